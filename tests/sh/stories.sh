#!/usr/bin/env bash
# stories.sh -- issue 6 merge bar: reports of one happening (three outlets in their own
# words, a wire copy under a new headline, a synonym-spun copy, as content farms make them)
# and a different happening on the same day at the same place, plus an unrelated report;
# a second set: an earthquake (three outlets, one a short follow-up), a bus crash the same
# day in the same province, a budget story; then reports in other languages: the clash in
# French and German, which must join its story, the truck accident in Spanish (same day,
# same places as the clash: it must join the accident), the earthquake in French, the bus
# crash in Spanish (tests/data/merge/reports.jsonl, written by gen_reports.py; "expect"
# holds the answer).
# Checks: copies linked to their originals, the reports form one story, the other
# happenings their own; the shared events (the clash, as each outlet's sentence codes
# it) are one event each with all their mentions, copies counted once; re-ingesting,
# ingesting in reverse order, one at a time, and `khabar dedup --rebuild` all give the
# same stories, copies and events (ids included).
set -euo pipefail
: "${KHABAR:?}" "${KB_SRC:?}"
command -v python3 >/dev/null || exit 77
tmp=$(mktemp -d /tmp/kb-stories-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
data=$KB_SRC/tests/data/merge/reports.jsonl

check() { # $1 = stories jsonl
  python3 - "$1" "$data" <<'PY'
import json, sys
out = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
gold = [json.loads(l) for l in open(sys.argv[2])]
story_of = {}
for s in out:
    for a in s["articles"]:
        assert a not in story_of, ("article in two stories", a)
        story_of[a] = s["story"]
copies = {c["doc"]: c["of"] for s in out for c in s["copies"]}
ids = [g["id"] for g in gold]
assert sorted(story_of) == sorted(ids), (sorted(story_of), ids)
for g in gold:
    want = g["expect"]["copy_of"]
    assert copies.get(g["id"]) == want, (g["id"], copies.get(g["id"]), want)
    for h in gold:
        same = g["expect"]["story"] == h["expect"]["story"]
        got = story_of[g["id"]] == story_of[h["id"]]
        assert same == got, ("story grouping", g["id"], h["id"], same, got)
print("ok: %d articles, %d stories, %d copies" % (len(ids), len(out), len(copies)))
PY
}

check_events() { # $1 = stories jsonl, $2 = events jsonl
  python3 - "$1" "$2" "$data" <<'PY'
import json, sys
stories = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
events = [json.loads(l) for l in open(sys.argv[2]) if l.strip()]
gold = {g["id"]: g["expect"] for g in map(json.loads, open(sys.argv[3]))}
by_id = {e["event_id"]: e for e in events}
# a story lists exactly the events its articles mention
for s in stories:
    want = sorted({e["event_id"] for e in events
                   for m in e["mentions"] if m["doc"] in s["articles"]})
    assert s["events"] == want, (s["story"], s["events"], want)
# no event mixes two happenings
for e in events:
    kinds = {gold[m["doc"]]["story"] for m in e["mentions"]}
    assert len(kinds) == 1, ("event across happenings", e["event_id"], kinds)
    # counts: a copy and its original are one article, copies are not sources
    groups = {gold[m["doc"]]["copy_of"] or m["doc"] for m in e["mentions"]}
    assert e["num_articles"] == len(groups), (e["event_id"], e["num_articles"], groups)
    outlets = {m["outlet"] for m in e["mentions"] if not m["copy"]}
    assert e["num_sources"] == max(1, len(outlets)), (e["event_id"], e["num_sources"], outlets)
    assert e["num_mentions"] == len(e["mentions"])
    ks = [m["killed"] for m in e["mentions"] if m["killed"] is not None]
    if ks:
        assert e["killed_min"] == min(ks) and e["killed_max"] == max(ks), e
# the shared event: the clash of 3 March as the reports code it (an attack or a fight,
# root 18/19, between Pakistani and Afghan forces) is one event, with every such
# mention of every report and copy
clash = [(e["event_id"], m) for e in events for m in e["mentions"]
         if gold[m["doc"]]["story"] == "clash" and e["root"] in ("18", "19")
         and m["date"] == "2025-03-03"
         and {(m["source"] or "")[:3], (m["target"] or "")[:3]} & {"PAK", "AFG"}
         and {(m["source"] or "---")[:3], (m["target"] or "---")[:3]} <= {"PAK", "AFG", "---"}
         and m["source"] and m["target"]]
assert clash, "no clash mention coded"
ids = {i for i, _ in clash}
assert len(ids) == 1, ("the clash is split into events", ids)
ev = by_id[ids.pop()]
docs = {m["doc"] for m in ev["mentions"]}
assert len({gold[d]["copy_of"] or d for d in docs}) >= 2, ("one report only", docs)
assert any(gold[d]["copy_of"] for d in docs), ("no copy among the clash's mentions", docs)
assert ev["num_copies"] >= 1 and ev["num_articles"] < len(docs), ev
print("ok: %d events; the clash: %d mentions in %d articles, %d sources" %
      (len(events), ev["num_mentions"], ev["num_articles"], ev["num_sources"]))
PY
}

# 1. in file order
"$KHABAR" ingest --quiet --db "$tmp/a.db" "$data" 2>/dev/null
"$KHABAR" stories --db "$tmp/a.db" --format jsonl >"$tmp/a.jsonl"
check "$tmp/a.jsonl"
"$KHABAR" events --db "$tmp/a.db" --format jsonl >"$tmp/a.events"
check_events "$tmp/a.jsonl" "$tmp/a.events"
"$KHABAR" stories --db "$tmp/a.db" >"$tmp/a.txt"
grep -q "copy of geo-torkham-border" "$tmp/a.txt"

# 2. re-ingesting changes nothing
"$KHABAR" ingest --quiet --db "$tmp/a.db" "$data" 2>"$tmp/err"
grep -q "new 0, already there 22" "$tmp/err"
"$KHABAR" stories --db "$tmp/a.db" --format jsonl >"$tmp/a2.jsonl"
cmp "$tmp/a.jsonl" "$tmp/a2.jsonl"

# 3. reverse order, in one run
tac "$data" >"$tmp/rev.jsonl"
"$KHABAR" ingest --quiet --db "$tmp/b.db" "$tmp/rev.jsonl" 2>/dev/null
"$KHABAR" stories --db "$tmp/b.db" --format jsonl >"$tmp/b.jsonl"
cmp "$tmp/a.jsonl" "$tmp/b.jsonl"
"$KHABAR" events --db "$tmp/b.db" --format jsonl >"$tmp/b.events"
cmp "$tmp/a.events" "$tmp/b.events"

# 4. one article per run, copies first (an original arriving after its copy takes over)
mkdir "$tmp/one"
i=0
while IFS= read -r line; do
  i=$((i + 1))
  printf '%s\n' "$line" >"$tmp/one/$i.jsonl"
done < <(tac "$data" | sort -t'"' -k4 -r)
for f in "$tmp"/one/*.jsonl; do "$KHABAR" ingest --quiet --db "$tmp/c.db" "$f" 2>/dev/null; done
"$KHABAR" stories --db "$tmp/c.db" --format jsonl >"$tmp/c.jsonl"
cmp "$tmp/a.jsonl" "$tmp/c.jsonl"
"$KHABAR" events --db "$tmp/c.db" --format jsonl >"$tmp/c.events"
cmp "$tmp/a.events" "$tmp/c.events"

# 5. a full rebuild agrees
"$KHABAR" dedup --db "$tmp/c.db" --rebuild 2>"$tmp/err"
grep -q "articles 22, signed 22, copies 2, stories 6" "$tmp/err"
"$KHABAR" stories --db "$tmp/c.db" --format jsonl >"$tmp/c2.jsonl"
cmp "$tmp/a.jsonl" "$tmp/c2.jsonl"
"$KHABAR" events --db "$tmp/c.db" --format jsonl >"$tmp/c2.events"
cmp "$tmp/a.events" "$tmp/c2.events"

# 6. --from/--to select stories by their articles' dates
"$KHABAR" stories --db "$tmp/a.db" --from 2025-03-04 --to 2025-03-04 --format jsonl >"$tmp/d.jsonl"
[ "$(wc -l <"$tmp/d.jsonl")" -eq 1 ]
"$KHABAR" stories --db "$tmp/a.db" --from 2025-03-05 --to 2025-06-13 --format jsonl >"$tmp/e.jsonl"
[ ! -s "$tmp/e.jsonl" ]
if "$KHABAR" stories --db "$tmp/a.db" --from 3/4/2025 >/dev/null 2>&1; then exit 1; fi
if "$KHABAR" stories --db "$tmp/nope.db" >/dev/null 2>&1; then exit 1; fi
echo "stories.sh: ok"
