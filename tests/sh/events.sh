#!/usr/bin/env bash
# events.sh -- stored events (issue 4 section 3, issue 6): `khabar ingest` codes what it
# stores and merges the mentions of one happening; `khabar events`, `timeline`, `series`.
# Data: tests/golden/events/reports.jsonl -- three outlets report one strike in Kunar in
# their own words (tolls 12, 15, 12), an article recalls the 2001 invasion and reports a
# new strike three days later, a trade deal, an accusation a week later.
# Checks: the strike is one event with its three mentions and a toll summary (min, max,
# most reported), the new strike and the historical mention stay apart; ingesting in
# reverse order or one article at a time gives the same events (ids included);
# re-ingesting is a no-op; timeline order and directions; series zero-filled by day,
# week, month; filters; --no-code stores no events.
set -euo pipefail
: "${KHABAR:?}" "${KB_SRC:?}"
command -v python3 >/dev/null || exit 77
tmp=$(mktemp -d /tmp/kb-events-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
data=$KB_SRC/tests/golden/events/reports.jsonl
k() { "$KHABAR" "$@"; }

k ingest --quiet --db "$tmp/a.db" "$data" 2>"$tmp/err"
grep -q '^read 6, new 6, already there 0, failed 0; coded 6, not English 0, mentions [0-9]' "$tmp/err" ||
  { cat "$tmp/err"; exit 1; }
k events --db "$tmp/a.db" --format jsonl >"$tmp/a.jsonl"
python3 - "$tmp/a.jsonl" <<'PY'
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
def docs(e): return sorted({m["doc"] for m in e["mentions"]})
strike = [e for e in ev if e["root"] == "19" and e["date"] == "2025-05-10"]
assert len(strike) == 1, ("the strike of 10 May should be one event", [docs(e) for e in strike])
s = strike[0]
assert docs(s) == ["kunar-dawn", "kunar-geo", "kunar-wire"], docs(s)
assert (s["num_mentions"], s["num_sources"], s["num_articles"], s["num_copies"]) == (3, 3, 3, 0), s
# conflicting tolls are summarised, never averaged
assert (s["killed_min"], s["killed_max"], s["killed_mode"]) == (12, 15, 12), s
assert sorted(m["killed"] for m in s["mentions"]) == [12, 12, 15]
assert s["source"]["code"].startswith("PAK"), s
assert s["place"] is None or s["place"]["name"] == "Kunar", s  # None without a gazetteer
assert 0.9 < s["confidence"] <= 1.0 and s["first_doc"] in ("kunar-dawn", "kunar-geo")
# the strike of Tuesday is another event; the 2001 invasion is historical, on its own
recall = [e for e in ev if "kunar-recall" in docs(e)]
assert len(recall) == 2, recall
hist = [e for e in recall if e["historical"]]
assert len(hist) == 1 and hist[0]["date"] == "2001" and hist[0]["num_mentions"] == 1, recall
new = [e for e in recall if not e["historical"]][0]
assert new["event_id"] != s["event_id"] and new["date"] == "2025-05-13" and new["killed_mode"] == 4
# every mention carries its evidence: the sentence, with its span
for e in ev:
    for m in e["mentions"]:
        assert m["evidence"] and m["end"] - m["start"] == len(m["evidence"].encode()), m
# listed by date, undated last
dates = [e["date"] for e in ev if e["date"]]
assert dates == sorted(dates), dates
print("events ok: %d events, the strike with %d mentions" % (len(ev), s["num_mentions"]))
PY

# re-ingesting is a no-op
k ingest --quiet --db "$tmp/a.db" "$data" 2>"$tmp/err"
grep -q '^read 6, new 0, already there 6, failed 0; coded 0, not English 0, mentions 0 ' "$tmp/err"
k events --db "$tmp/a.db" --format jsonl >"$tmp/a2.jsonl"
cmp "$tmp/a.jsonl" "$tmp/a2.jsonl"

# another order, in one run; one article a run
tac "$data" >"$tmp/rev.jsonl"
k ingest --quiet --db "$tmp/b.db" "$tmp/rev.jsonl" 2>/dev/null
k events --db "$tmp/b.db" --format jsonl >"$tmp/b.jsonl"
cmp "$tmp/a.jsonl" "$tmp/b.jsonl"
mkdir "$tmp/one"
i=0
while IFS= read -r line; do
  i=$((i + 1))
  printf '%s\n' "$line" >"$tmp/one/$i.jsonl"
done <"$tmp/rev.jsonl"
for f in "$tmp"/one/*.jsonl; do k ingest --quiet --db "$tmp/c.db" "$f" 2>/dev/null; done
k events --db "$tmp/c.db" --format jsonl >"$tmp/c.jsonl"
cmp "$tmp/a.jsonl" "$tmp/c.jsonl"
# a rebuild of the merge index recomputes the events: the same again
k dedup --db "$tmp/c.db" --rebuild 2>/dev/null
k events --db "$tmp/c.db" --format jsonl >"$tmp/c2.jsonl"
cmp "$tmp/a.jsonl" "$tmp/c2.jsonl"

# stories list their events
k stories --db "$tmp/a.db" --format jsonl >"$tmp/stories.jsonl"
python3 - "$tmp/stories.jsonl" "$tmp/a.jsonl" <<'PY'
import json, sys
st = [json.loads(l) for l in open(sys.argv[1])]
ev = [json.loads(l) for l in open(sys.argv[2])]
listed = sorted(i for s in st for i in s["events"])
assert listed == sorted(e["event_id"] for e in ev), (listed, [e["event_id"] for e in ev])
PY

# timeline: a dyad's events in date order, both directions, codes by prefix
k timeline --db "$tmp/a.db" pak --format jsonl >"$tmp/t.jsonl"
python3 - "$tmp/t.jsonl" <<'PY'
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
pairs = [(e["date"], e["source"]["code"], (e["target"] or {}).get("code")) for e in ev]
assert [p[0] for p in pairs] == sorted(p[0] for p in pairs), pairs
assert all(p[1].startswith("PAK") or (p[2] or "").startswith("PAK") for p in pairs), pairs
assert any(p[1] == "IND" for p in pairs) and any(p[1] == "PAKMIL" for p in pairs), pairs
PY
[ "$(k timeline --db "$tmp/a.db" IND PAK --format tsv | tail -n +2 | cut -f3,4)" = "$(printf 'IND\tPAK')" ]
[ "$(k timeline --db "$tmp/a.db" PAK IND --format tsv | tail -n +2 | wc -l)" = 1 ]
k timeline --db "$tmp/a.db" PAK AFG | grep -q 'PAKMIL -> AFG'
if k timeline --db "$tmp/a.db" >/dev/null 2>&1; then exit 1; fi

# series: CSV, zero-filled, by day, week (Monday) and month
k series --db "$tmp/a.db" --from 2025-05-09 --to 2025-05-21 >"$tmp/s.csv"
python3 - "$tmp/s.csv" "$tmp/a.jsonl" <<'PY'
import csv, datetime, json, sys
rows = list(csv.DictReader(open(sys.argv[1])))
ev = [json.loads(l) for l in open(sys.argv[2])]
days = [r["period"] for r in rows]
d0 = datetime.date(2025, 5, 9)
assert days == [str(d0 + datetime.timedelta(i)) for i in range(13)], days
by = {r["period"]: r for r in rows}
assert by["2025-05-14"] == {"period": "2025-05-14", "events": "0", "mentions": "0", "killed": "0", "injured": "0"}
dayev = [e for e in ev if e["date_precision"] == "day"]
assert sum(int(r["events"]) for r in rows) == len(dayev)
assert sum(int(r["mentions"]) for r in rows) == sum(e["num_mentions"] for e in dayev)
assert by["2025-05-10"]["killed"] == "12" and by["2025-05-13"]["killed"] == "4", by
PY
k series --db "$tmp/a.db" --by week --root 19 >"$tmp/w.csv"
[ "$(head -1 "$tmp/w.csv")" = "period,events,mentions,killed,injured" ]
grep -q '^2025-05-05,1,3,12,0$' "$tmp/w.csv"
grep -q '^2025-05-12,1,1,4,0$' "$tmp/w.csv"
[ "$(k series --db "$tmp/a.db" --by month --quad 4 | tail -n +2)" = "2025-05,2,4,16,0" ]
[ "$(k series --db "$tmp/a.db" --by month --country IRQ | tail -n +2)" = "2025-05,1,1,0,0" ]
# by year: every dated event counts (day, month and year precision alike), zero-filled;
# the daily series says on stderr how many it left out
k series --db "$tmp/a.db" --by year >"$tmp/y.csv" 2>"$tmp/y.err"
k series --db "$tmp/a.db" >/dev/null 2>"$tmp/d.err"
python3 - "$tmp/y.csv" "$tmp/a.jsonl" "$tmp/y.err" "$tmp/d.err" <<'PY'
import csv, json, re, sys
rows = list(csv.DictReader(open(sys.argv[1])))
ev = [json.loads(l) for l in open(sys.argv[2])]
dated = [e for e in ev if e["date"]]
years = sorted({int(e["date"][:4]) for e in dated})
assert [r["period"] for r in rows] == [str(y) for y in range(years[0], years[-1] + 1)], rows
assert sum(int(r["events"]) for r in rows) == len(dated), (rows, len(dated))
undated = len(ev) - len(dated)
yerr = open(sys.argv[3]).read()
assert (undated == 0 and yerr == "") or ("%d event" % undated) in yerr, yerr
coarse = len(ev) - len([e for e in ev if e["date_precision"] == "day"])
m = re.search(r"series: (\d+) events? not counted", open(sys.argv[4]).read())
assert coarse == 0 or (m and int(m.group(1)) == coarse), (coarse, m)
PY
if k series --db "$tmp/a.db" --by decade >/dev/null 2>&1; then exit 1; fi

# filters
[ "$(k events --db "$tmp/a.db" --doc kunar-geo --format jsonl | wc -l)" = 1 ]
[ "$(k events --db "$tmp/a.db" --source pak --target afg --format jsonl | wc -l)" = 2 ]
k events --db "$tmp/a.db" --root 19 --format jsonl | python3 -c '
import json, sys
assert all(json.loads(l)["root"] == "19" for l in sys.stdin)'
[ "$(k events --db "$tmp/a.db" --from 2025-05-12 --to 2025-05-13 --format jsonl | wc -l)" = 2 ]
if k events --db "$tmp/a.db" --root 9 >/dev/null 2>&1; then exit 1; fi
if k events --db "$tmp/nope.db" >/dev/null 2>&1; then exit 1; fi
k events --db "$tmp/a.db" --format tsv | awk -F'\t' 'NR > 1 && NF != 25 { exit 1 }'

# --no-code stores the articles only
k ingest --quiet --no-code --db "$tmp/n.db" "$data" 2>"$tmp/err"
grep -q '^read 6, new 6, already there 0, failed 0 (' "$tmp/err"
[ ! -s "$(k events --db "$tmp/n.db" --format jsonl >"$tmp/n.jsonl"; echo "$tmp/n.jsonl")" ]
echo "events.sh: ok"
