#!/usr/bin/env bash
# eval_extract.sh -- `khabar eval extract` end to end, against the Python
# reference scorer shared/eval/extract/evaluate.py:
#   - the ground truth scored against itself (as JSONL) gives F1 1.0000;
#   - the w3m dumps (text-w3m-dev.jsonl.gz) give the same F1, P, R and
#     accuracy as evaluate.py to 4 decimals (both are run here);
#   - a prediction file missing ids warns and scores them as empty, and
#     --strict makes that an error; `khabar eval --help` lists extract;
#     bad usage exits 2, an unreadable file exits 1.
# Skips (77) without python3 or $KB_SHARED.
set -u
KHABAR=${KHABAR:?set KHABAR to the khabar binary}
[ -x "$KHABAR" ] || { echo "no khabar binary at $KHABAR" >&2; exit 1; }
E=${KB_SHARED:-}/eval/extract
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }
[ -n "${KB_SHARED:-}" ] && [ -f "$E/evaluate.py" ] || { echo "skip: no \$KB_SHARED/eval/extract"; exit 77; }
T=$(mktemp -d /tmp/kb-eval-extract-XXXXXX)
trap 'rm -rf "$T"' EXIT
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

GT=$E/ground-truth-dev.json

# Python's figures, formatted as the C table prints them
py_table() {
    python3 "$E/evaluate.py" "$1" --ground-truth "$GT" --json 2>/dev/null | python3 -c '
import json, sys
r = json.load(sys.stdin)
print("documents  %d (missing %d)" % (r["n"], r["missing"]))
for k in ("f1", "precision", "recall", "accuracy"):
    print("%-10s %.4f" % (k, r[k]))'
}

# 1. ground truth against itself, as JSONL
python3 -c '
import json, sys
gt = json.load(open(sys.argv[1], encoding="utf-8"))
with open(sys.argv[2], "w", encoding="utf-8") as f:
    for k, v in gt.items():
        f.write(json.dumps({"id": k, "text": v["articleBody"]}) + "\n")' "$GT" "$T/self.jsonl"
"$KHABAR" eval extract "$T/self.jsonl" "$GT" >"$T/self.out" 2>"$T/self.err" || fail "self: exit $?"
grep -q '^f1         1.0000$' "$T/self.out" || { fail "self: F1 is not 1.0000"; cat "$T/self.out" >&2; }
grep -q '^accuracy   1.0000$' "$T/self.out" || fail "self: accuracy is not 1.0000"

# 2. the w3m dumps: C and Python must agree to 4 decimals
W3M=$E/text-w3m-dev.jsonl.gz
"$KHABAR" eval extract "$W3M" "$GT" >"$T/c.out" 2>"$T/c.err" || fail "w3m: exit $?"
py_table "$W3M" >"$T/py.out"
if ! diff -u "$T/py.out" "$T/c.out" >&2; then
    fail "w3m: khabar eval extract differs from evaluate.py"
else
    echo "w3m: agrees with evaluate.py: $(grep '^f1' "$T/c.out")"
fi
# full precision via --json
"$KHABAR" eval extract --json "$W3M" "$GT" >"$T/c.json" || fail "w3m --json: exit $?"
python3 "$E/evaluate.py" "$W3M" --ground-truth "$GT" --json >"$T/py.json" 2>/dev/null
python3 - "$T/c.json" "$T/py.json" <<'PY' || fail "w3m --json: figures differ beyond 1e-9"
import json, sys
c = json.load(open(sys.argv[1])); p = json.load(open(sys.argv[2]))
bad = [k for k in ("f1", "precision", "recall", "accuracy") if abs(c[k] - p[k]) > 1e-9]
bad += [k for k in ("n", "missing") if c[k] != p[k]]
sys.exit(1 if bad else 0)
PY

# 3. a partial prediction file (every other id), JSON object form
python3 -c '
import json, sys
gt = json.load(open(sys.argv[1], encoding="utf-8"))
keep = {k: v["articleBody"][: len(v["articleBody"]) // 2] for i, (k, v) in enumerate(sorted(gt.items())) if i % 2}
json.dump(keep, open(sys.argv[2], "w", encoding="utf-8"))' "$GT" "$T/half.json"
"$KHABAR" eval extract "$T/half.json" "$GT" >"$T/h.out" 2>"$T/h.err" || fail "half: exit $?"
grep -q 'missing from predictions' "$T/h.err" || fail "half: no warning about missing ids"
py_table "$T/half.json" >"$T/hpy.out"
diff -u "$T/hpy.out" "$T/h.out" >&2 || fail "half: differs from evaluate.py"
"$KHABAR" eval extract --strict "$T/half.json" "$GT" >/dev/null 2>&1
[ $? = 1 ] || fail "--strict with missing ids should exit 1"

# 4. help and usage
"$KHABAR" eval --help | grep -q '^  extract ' || fail "eval --help does not list extract"
"$KHABAR" eval extract --help | grep -q 'usage: khabar eval extract' || fail "eval extract --help"
"$KHABAR" eval nosuch >/dev/null 2>&1; [ $? = 2 ] || fail "unknown subcommand should exit 2"
"$KHABAR" eval extract "$W3M" >/dev/null 2>&1; [ $? = 2 ] || fail "missing GOLD should exit 2"
"$KHABAR" eval extract /nonexistent.jsonl "$GT" >/dev/null 2>"$T/ne.err"; [ $? = 1 ] || fail "unreadable PRED should exit 1"
grep -q '/nonexistent.jsonl' "$T/ne.err" || fail "error does not name the file"

[ $fails = 0 ] && echo "eval_extract: all passed"
exit $((fails > 0))
