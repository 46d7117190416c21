#!/usr/bin/env bash
# stories_undated.sh -- reports without a date (scraped pages often lose their dateline)
# have no date window to keep happenings apart, and everything written about one conflict
# shares its countries, capitals, province and groups. Two outlets' reports of one bombing
# (tests/data/merge/undated.jsonl, "expect" as in reports.jsonl; bench/merge_pairs.py scores it) must form one story; a
# foreign-office briefing and a minister's interview about the same conflict, undated
# too, must each stay alone. Needs the gazetteer for the place test (skips without it).
set -euo pipefail
: "${KHABAR:?}" "${KB_SRC:?}"
command -v python3 >/dev/null || exit 77
tmp=$(mktemp -d /tmp/kb-undated-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
data=$KB_SRC/tests/data/merge/undated.jsonl
"$KHABAR" ingest --quiet --db "$tmp/u.db" "$data" 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
if grep -q "no places" "$tmp/err"; then echo "skip: no gazetteer"; exit 77; fi
"$KHABAR" stories --db "$tmp/u.db" --format jsonl >"$tmp/s.jsonl"
python3 - "$tmp/s.jsonl" "$data" <<'PY'
import json, sys
out = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
gold = {o["id"]: o["expect"]["story"] for o in map(json.loads, open(sys.argv[2]))}
got = sorted(sorted(s["articles"]) for s in out)
want = {}
for doc, happening in gold.items():
    want.setdefault(happening, []).append(doc)
want = sorted(sorted(v) for v in want.values())
assert got == want, ("stories", got, "want", want)
print("ok: %d undated reports, %d stories" % (len(gold), len(got)))
PY
# the bombing, reported by both outlets with no attacker named, is one event of two mentions
"$KHABAR" events --db "$tmp/u.db" --format jsonl >"$tmp/e.jsonl"
python3 - "$tmp/e.jsonl" <<'PY'
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
bomb = [e for e in ev if e["root"] == "18" and any(m["doc"].startswith("bannu") for m in e["mentions"])]
assert len(bomb) == 1, [(e["event_id"], [m["doc"] for m in e["mentions"]]) for e in bomb]
b = bomb[0]
assert sorted(m["doc"] for m in b["mentions"]) == ["bannu-market-a", "bannu-market-b"], b
assert b["source"] is None or b["source"]["code"] is None, b["source"]
assert b["killed_mode"] == 7 and b["place"]["name"] == "Bannu", b
print("ok: the bombing is one event with %d mentions" % len(b["mentions"]))
PY
