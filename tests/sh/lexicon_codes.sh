#!/usr/bin/env bash
# lexicon_codes.sh -- the actor codes of lexicon/actors/*.txt keep the rules of lexicon/README.md
# ("Actor codes"), which `khabar lexicon check` cannot see (it checks phrases, not codes):
#   - a [group] code with no date range (the group's own code) is never a state's code
#     (iso-codes alpha-3, lexicon/gdelt_codes.txt [country]), a CAMEO region or a role/type
#     code: the group would be taken for the state, or scored as it ("PAKREBTTP holds TTP");
#     a dated code may be a state's (the Taliban are AFG from 2021-08-15);
#   - no three-letter part of an IGO/NGO code after its prefix is a state's code;
#   - one code names one group: two [group] lines with one undated code are the same group
#     (al-Qaeda and AQAP) only when a comment says so -- here: the code's first line is
#     listed in SHARED below;
#   - and the checker itself fails on a lexicon that breaks them (a copy with bad lines).
# Needs python3; skips (77) without iso-codes.
set -u
KHABAR=${KHABAR:?set KHABAR to the khabar binary}
SRC=${KB_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
LEX=${KHABAR_LEXICON:-$SRC/lexicon}
ISO=${KHABAR_ISO3166:-/usr/share/iso-codes/json/iso_3166-1.json}
[ -f "$ISO" ] || { echo "skip: no $ISO"; exit 77; }
command -v python3 > /dev/null || { echo "skip: no python3"; exit 77; }
T=$(mktemp -d /tmp/kb-lexicon-codes-XXXXXX)
trap 'rm -rf "$T"' EXIT
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

cat > "$T/check.py" << 'PY'
import json, re, sys, glob, os
lex, iso_path = sys.argv[1], sys.argv[2]
iso = {c["alpha_3"] for c in json.load(open(iso_path))["3166-1"]}
states, other, sec = set(iso), set(), None
for l in open(os.path.join(lex, "gdelt_codes.txt")):
    m = re.match(r"\[(\w+)\]", l)
    if m:
        sec = m.group(1)
        continue
    m = re.match(r"([A-Z]{3})\b", l)
    if m and sec == "country":
        states.add(m.group(1))
    elif m and sec in ("region", "type"):
        other.add(m.group(1))
# groups that share one undated code on purpose: al-Qaeda and its affiliates, Hezbollah and its 1980s cover name
SHARED = {"AQA", "HEZ"}
bad, owner = 0, {}
for f in sorted(glob.glob(os.path.join(lex, "actors", "*.txt"))):
    sec = None
    for n, l in enumerate(open(f, encoding="utf-8"), 1):
        l = l.strip()
        if not l or l.startswith("#"):
            continue
        if l.startswith("["):
            sec = l
            continue
        if "=>" not in l:
            continue
        lhs, rhs = l.split("=>", 1)
        first = lhs.split("|")[0].strip()
        for part in rhs.split(";")[0].split(","):
            w = part.split()
            if not w:
                continue
            code, dated = w[0], len(w) > 1
            where = "%s:%d" % (os.path.relpath(f, lex), n)
            if sec == "[group]" and not dated and len(code) == 3:
                if code in states or code in other:
                    print("%s: group code %s is a state, region or role code" % (where, code))
                    bad += 1
                prev = owner.setdefault(code, (first, where))
                if prev[0] != first and code not in SHARED:
                    print("%s: group code %s also names '%s' (%s)" % (where, code, prev[0], prev[1]))
                    bad += 1
            if sec == "[igo]" and code[:3] in ("IGO", "NGO"):
                for i in range(3, len(code) - 2, 3):
                    if code[i:i + 3] in iso:
                        print("%s: IGO code %s holds the state code %s" % (where, code, code[i:i + 3]))
                        bad += 1
print("%d code problems" % bad)
sys.exit(1 if bad else 0)
PY

python3 "$T/check.py" "$LEX" "$ISO" > "$T/out" || fail "lexicon codes: $(grep -v 'code problems' "$T/out" | head -5)"

# the checker must catch each kind of mistake: a copy of the lexicon with three bad lines
cp -r "$LEX" "$T/lex"
cat >> "$T/lex/actors/groups.txt" << 'EOF'
[group]
Test Liberation Front => PAK ; home=PAK
Other Test Front => BLA ; home=PAK
[igo]
Test Organisation => IGOAFRIND
EOF
python3 "$T/check.py" "$T/lex" "$ISO" > "$T/bad" && fail "the checker passed a lexicon with bad codes"
for want in "group code PAK is a state" "group code BLA also names" "holds the state code IND"; do
    grep -q "$want" "$T/bad" || fail "the checker missed: $want"
done

# and khabar loads the repository's lexicon with no warning
"$KHABAR" lexicon check --dir "$LEX" --quiet > "$T/check" 2>&1 || fail "khabar lexicon check: $(tail -3 "$T/check")"
grep -q " 0 errors, 0 warnings" "$T/check" || fail "khabar lexicon check: $(tail -1 "$T/check")"

[ "$fails" -eq 0 ] && echo "lexicon codes: ok ($(tail -1 "$T/out"))"
exit $((fails > 0))
