#!/usr/bin/env bash
# seeds_events.sh -- code the five seed articles with dates, places and tolls
# (`khabar code --enrich`) and score them with the shared scorer
# (score_events.py seeds -v): all 17 expected events found, and over the matched
# ones every stated date, place, place country and killed toll right. Also the
# seed whose dateline (2024) contradicts its news (October 2025): its events are
# dated from the article's true date and flagged date_conflict.
# Env: KHABAR (binary), KB_SHARED (shared data). Skips (77) without the seeds,
# the scorer or python3. Places need the gazetteer index (scripts/gazetteer):
# without it the place figures are not asserted.
set -u
KHABAR=${KHABAR:-build/khabar}
KB_SHARED=${KB_SHARED:-../shared}
seeds=$KB_SHARED/seeds
scorer=$KB_SHARED/eval/score_events.py
[ -d "$seeds" ] && [ -f "$scorer" ] || { echo "skip: no $seeds or $scorer"; exit 77; }
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }
T=$(mktemp -d "${TMPDIR:-/tmp}/seeds_events.XXXXXX")
trap 'rm -rf "$T"' EXIT
"$KHABAR" code --enrich --format jsonl "$seeds"/*.txt > "$T/ev.jsonl" 2> "$T/err" ||
    { echo "khabar code failed: $(cat "$T/err")"; exit 1; }
nogeo=0
grep -q "warning: no places" "$T/err" && nogeo=1
python3 "$scorer" seeds "$T/ev.jsonl" -v > "$T/score" 2>&1 || { cat "$T/score"; echo "scorer failed"; exit 1; }
python3 - "$T/score" "$T/ev.jsonl" "$nogeo" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read()
nogeo = sys.argv[3] == "1"
fails = []
m = re.search(r"recall\s+([\d.]+) \((\d+)/(\d+)\)", text)
if not m or m.group(2) != m.group(3) or int(m.group(3)) < 17:
    fails.append("found: %s" % (m.group(0) if m else "no recall line"))
for field in ("date", "place", "country", "killed"):
    if nogeo and field in ("place", "country"):
        continue
    m = re.search(r"^\s+%s\s+([\d.]+|n/a) \((\d+)/(\d+)\)" % field, text, re.M)
    if not m or m.group(2) != m.group(3) or m.group(3) == "0":
        fails.append("%s: %s" % (field, m.group(0).strip() if m else "missing"))
# the stale dateline: the article's date comes from its content, flagged as a conflict
evs = [json.loads(l) for l in open(sys.argv[2])]
conf = [e for e in evs if e.get("date_conflict")]
if not conf or any(not (e.get("article_date") or "").startswith("2025-10") for e in conf):
    fails.append("no date_conflict with an October 2025 article date")
for e in evs:
    d = e.get("date")
    if d and not e.get("historical") and d.startswith("2024"):
        fails.append("an event dated by the stale dateline: %s" % d)
        break
for f in fails:
    print("FAIL:", f)
print("\n".join(l for l in text.splitlines() if l.startswith("recall")))
sys.exit(1 if fails else 0)
PY
