#!/usr/bin/env bash
# export.sh -- issue 6 answer bar: `khabar export --format gdelt` on a store passes
# `khabar check gdelt` (61 fields on every row, each of its type and code list), the
# mentions table too; values checked: CAMEO code, quad class, Goldstein, FIPS of a
# Pakistani place (PK), ADM1 under it, counts (NumMentions = mention rows,
# NumMentions >= NumArticles >= NumSources); filters; jsonl and csv carry every event
# with its evidence and mentions; the checker fails a broken copy, and passes the real
# GDELT file of ../shared. Stores: samples/ and tests/data/merge/reports.jsonl (reports
# of one happening by several outlets, so events with several mentions).
set -euo pipefail
: "${KHABAR:?}" "${KB_SRC:?}"
command -v python3 >/dev/null || exit 77
geo=${KHABAR_GEO_DATA:-$KB_SRC/data/geo}
if [ ! -f "$geo/node_modules/country-code-info/data/countries.json" ]; then
  echo "skip: no FIPS table (run scripts/gazetteer)" >&2
  exit 77
fi
tmp=$(mktemp -d /tmp/kb-export-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/s.db
# an outlet whose URL has a space and a tab: the export percent-encodes them
printf '%s\n' '{"id":"odd-url","url":"https://odd.example/a b\tc","title":"Clash","date":"2025-11-03","text":"KABUL, Nov 3 (Odd) - Afghan forces attacked Pakistani troops near Torkham on Monday, officials said.\n\nThe border crossing was closed after the clash."}' >"$tmp/odd.jsonl"
"$KHABAR" ingest --quiet --db "$db" "$KB_SRC/samples/" "$KB_SRC/tests/data/merge/reports.jsonl" "$tmp/odd.jsonl" 2>"$tmp/ingest.err" ||
  { cat "$tmp/ingest.err" >&2; exit 1; }

if ! "$KHABAR" export --db "$db" --mentions "$tmp/m.tsv" >"$tmp/e.tsv" 2>"$tmp/export.err"; then
  cat "$tmp/export.err" >&2
  # until the store keeps events (schema version 3), there is nothing to export
  grep -q 'schema version 3 is needed' "$tmp/export.err" && exit 77
  exit 1
fi
cat "$tmp/export.err"
"$KHABAR" check gdelt "$tmp/e.tsv" --mentions "$tmp/m.tsv" >"$tmp/check.out" 2>"$tmp/check.err" ||
  { cat "$tmp/check.out" "$tmp/check.err" >&2; echo "FAIL: khabar's export breaks GDELT rules" >&2; exit 1; }
grep -q '^total: 0 violations$' "$tmp/check.err"

python3 - "$tmp/e.tsv" "$tmp/m.tsv" <<'PY'
import collections, sys
ev = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
me = [l.rstrip("\n").split("\t") for l in open(sys.argv[2], encoding="utf-8")]
assert len(ev) >= 20, len(ev)
assert all(len(r) == 61 for r in ev), set(len(r) for r in ev)
assert all(len(r) == 16 for r in me), set(len(r) for r in me)
ids = [r[0] for r in ev]
assert len(set(ids)) == len(ids), "GLOBALEVENTID repeats"
per_event = collections.Counter(r[0] for r in me)
for r in ev:
    nm, ns, na = int(r[31]), int(r[32]), int(r[33])
    assert per_event[r[0]] == nm, ("NumMentions is not the mention rows", r[0], nm, per_event[r[0]])
    assert nm >= na >= ns >= 1, (nm, na, ns)
    assert r[27] == r[26][:3] and r[28] == r[26][:2], r[26:29]
    assert r[1][:6] == r[2] and r[1][:4] == r[3], r[1:4]
assert max(int(r[31]) for r in ev) >= 3, "no event with several mentions"
# the clash at Torkham: Afghan forces (AFGMIL) fired on Pakistani soldiers (PAKMIL), code 190
clash = [r for r in ev if r[26] == "190" and r[5] == "AFGMIL" and r[15] == "PAKMIL"]
assert clash, "no 190 AFGMIL -> PAKMIL"
c = clash[0]
assert c[7] == "AFG" and c[12] == "MIL" and c[17] == "PAK", c[5:25]
assert c[29] == "4" and c[30] == "-10.0", (c[29], c[30])
assert "Torkham" in c[52] and c[53] == "PK" and c[54] == "PK03" and c[51] == "4", c[51:59]
# ADM1 is 4 characters below country level (FIPS + admin-1, or + "00"), the country at type 1
for r in ev:
    for b in (35, 43, 51):
        if r[b] == "1":
            assert r[b + 3] == r[b + 2], r[b:b + 8]
        elif r[b] != "0":
            assert len(r[b + 3]) == 4 and r[b + 3][:2] == r[b + 2], r[b:b + 8]
assert abs(float(c[56]) - 34.1) < 0.2 and abs(float(c[57]) - 71.1) < 0.2, c[56:58]
assert int(c[31]) >= 2 and c[60].startswith("http"), (c[31], c[60])
# an IGO code splits into type and known group: IGOUNO = IGO + UNO, no country
un = [r for r in ev if r[5] == "IGOUNO"]
assert un, "no UN event in the samples"
assert all(r[7] == "" and r[8] == "UNO" and r[12] == "IGO" for r in un), [r[5:15] for r in un]
# every Pakistani place is FIPS PK; a talk in Doha is Qatar (QA), quad 1
for r in ev:
    if "Pakistan" in r[52]:
        assert r[53] == "PK", r[51:59]
doha = [r for r in ev if r[52].startswith("Doha")]
assert doha and all(r[53] == "QA" for r in doha), [r[51:59] for r in doha]
assert all(r[29] in "12" for r in doha if r[28] in ("04", "03")), "cooperation is quad 1/2"
# actors stand where the action is; without a place, in their country (FIPS, centroid)
assert c[35:43] == c[51:59], (c[35:43], c[51:59])
unplaced = [r for r in ev if r[51] == "0" and r[5][:3] == "PAK"]
assert unplaced, "no unplaced event with a Pakistani source"
for r in unplaced:
    assert r[35] == "1" and r[37] == "PK" and r[36] == "Pakistan" and r[40] and r[41], r[35:43]
odd = [r for r in ev if "odd.example" in r[60]]
assert odd and all(r[60].startswith("https://odd.example/a%20b%") and " " not in r[60] for r in odd), [r[60] for r in odd]
# tone: the reports of the clash are negative
assert float(c[34]) < 0, c[34]
print("ok: %d events, %d mentions, the clash has %s mentions" % (len(ev), len(me), c[31]))
PY

# filters
"$KHABAR" export --db "$db" --root 19 -q >"$tmp/f19.tsv"
test -s "$tmp/f19.tsv"
awk -F'\t' '$29 != "19" { exit 1 }' "$tmp/f19.tsv"
"$KHABAR" export --db "$db" --source PAK -q >"$tmp/fpak.tsv"
test -s "$tmp/fpak.tsv"
awk -F'\t' 'substr($6, 1, 3) != "PAK" { exit 1 }' "$tmp/fpak.tsv"
"$KHABAR" export --db "$db" --country QAT --from 2025-10-19 --to 2025-10-19 -q >"$tmp/fqat.tsv"
test -s "$tmp/fqat.tsv"
awk -F'\t' '$2 != "20251019" { exit 1 }' "$tmp/fqat.tsv"
test "$(wc -l <"$tmp/fqat.tsv")" -lt "$(wc -l <"$tmp/e.tsv")"
if "$KHABAR" export --db "$db" --from 2025-13 -q >/dev/null 2>&1; then
  echo "FAIL: a bad date was accepted" >&2; exit 1
fi

# jsonl and csv: every event, its evidence and mentions
"$KHABAR" export --db "$db" --format jsonl -q >"$tmp/e.jsonl"
"$KHABAR" export --db "$db" --format csv --mentions "$tmp/m.csv" -q >"$tmp/e.csv"
python3 - "$tmp/e.tsv" "$tmp/e.jsonl" "$tmp/e.csv" "$tmp/m.csv" <<'PY'
import csv, json, sys
ev = [l.split("\t") for l in open(sys.argv[1], encoding="utf-8")]
js = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert sorted(str(j["event_id"]) for j in js) == sorted(r[0] for r in ev)
for j in js:
    assert j["evidence"] and j["code"] and len(j["mentions"]) == j["num_mentions"], j["event_id"]
    for m in j["mentions"]:
        assert m["evidence"] and m["doc_id"] and m["event_id"] == j["event_id"]
        assert "doc_tone" in m
    assert "avg_tone" in j and "first_seen" in j
rows = list(csv.DictReader(open(sys.argv[3], encoding="utf-8", newline="")))
assert len(rows) == len(js) and all(r["evidence"] for r in rows)
mrows = list(csv.DictReader(open(sys.argv[4], encoding="utf-8", newline="")))
assert len(mrows) == sum(j["num_mentions"] for j in js)
assert all(r["evidence"] and r["event_id"] for r in mrows)
print("ok: jsonl %d events, csv %d events, %d mentions" % (len(js), len(rows), len(mrows)))
PY

# the checker fails a broken copy: QuadClass 4 -> 1 on the first 190 row
awk -F'\t' 'BEGIN { OFS = "\t" } !done && $27 == "190" { $30 = "1"; done = 1 } { print }' "$tmp/e.tsv" >"$tmp/bad.tsv"
if "$KHABAR" check gdelt "$tmp/bad.tsv" >"$tmp/bad.out" 2>/dev/null; then
  echo "FAIL: the checker passed a broken QuadClass" >&2; exit 1
fi
grep -q "^$tmp/bad.tsv:[0-9]*:QuadClass: " "$tmp/bad.out"

# the real GDELT 2.0 file
real=${KB_SHARED:-$KB_SRC/../shared}/eval/gdelt/20191024143000.export.CSV
if [ -f "$real" ]; then
  "$KHABAR" check gdelt "$real" >"$tmp/real.out" 2>"$tmp/real.err" ||
    { head -20 "$tmp/real.out" >&2; echo "FAIL: the real GDELT file breaks the checker's rules" >&2; exit 1; }
  grep -q ': 2111 rows, 0 violations$' "$tmp/real.err"
  echo "ok: the real GDELT export: 2111 rows, 0 violations"
fi
echo "export.sh: all passed"
