#!/usr/bin/env bash
# ingest.sh -- `khabar ingest`, `articles` and `show` end to end on a temp
# store: a directory of small articles written here (text files and a JSONL
# with dates, outlets, a duplicate body and a non-English article), the
# summary counts, idempotence, listing filters, show by id and key prefix,
# the default store path (KHABAR_DB), and exit codes (0 / 1 / 2).
set -u
KHABAR=${KHABAR:?set KHABAR to the khabar binary}
[ -x "$KHABAR" ] || { echo "no khabar binary at $KHABAR" >&2; exit 1; }
T=$(mktemp -d /tmp/kb-ingest-XXXXXX)
trap 'rm -rf "$T"' EXIT
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }
# expect CODE DESCRIPTION -- CMD...: run CMD, stdout in $T/out, stderr in $T/err
expect() {
    local want=$1 what=$2; shift 3
    "$@" >"$T/out" 2>"$T/err"
    local got=$?
    [ "$got" = "$want" ] || { fail "$what: exit $got, want $want"; sed 's/^/  | /' "$T/err" >&2; }
}
summary() { grep -E '^read [0-9]+, new [0-9]+, already there [0-9]+, failed [0-9]+(; coded [0-9]+, not English [0-9]+, mentions [0-9]+)? \(' "$T/err"; }

mkdir -p "$T/in/sub"
cat >"$T/in/border.txt" <<'EOF'
Border crossing reopens after two weeks

The main border crossing between the two countries reopened on Tuesday after a closure of two weeks, officials said, allowing hundreds of trucks carrying fruit and cement to pass.

Traders on both sides had complained of heavy losses during the closure, which followed clashes between border guards. A customs official said that traffic was expected to return to normal by the end of the week.
EOF
cat >"$T/in/sub/floods.txt" <<'EOF'
Floods cut off mountain villages

Heavy rain caused flash floods in the northern valleys on Monday, cutting off dozens of villages and washing away two bridges, the disaster management authority said.

Rescue teams reached some of the villages by foot. The authority said that food and tents were being sent by helicopter to the worst affected areas.
EOF
cat >"$T/in/wire.jsonl" <<'EOF'
{"id": "w-001", "url": "https://wire.example.org/2025/10/21/talks", "title": "Ministers meet for trade talks", "date": "2025-10-21", "text": "The trade ministers of the two countries met in the capital on Tuesday to discuss tariffs on farm goods, according to a statement from the commerce ministry.\n\nBoth sides agreed to meet again next month, the statement said."}
{"id": "w-002", "url": "https://news.example.net/2025/10/23/appeal", "title": "Agency appeals for aid", "date": "2025-10-23", "text": "The United Nations refugee agency appealed on Thursday for more money to help families returning across the border before the winter.\n\nThe agency said it had received less than half of the funds it asked for this year."}
{"id": "w-003", "title": "Le ministre rencontre les syndicats", "date": "2025-10-22", "text": "Le ministre du Travail a rencontré mardi les représentants des principaux syndicats pour discuter de la réforme des retraites, a indiqué son cabinet.\n\nUne nouvelle réunion est prévue la semaine prochaine, selon la même source."}
{"id": "w-004-copy", "title": "Floods cut off mountain villages", "text": "Heavy rain caused flash floods in the northern valleys on Monday, cutting off dozens of villages and washing away two bridges, the disaster management authority said.\n\nRescue teams reached some of the villages by foot."}
{"id": "w-004-copy2", "title": "Floods cut off mountain villages", "text": "Heavy rain caused flash floods in the northern valleys on Monday, cutting off dozens of villages and washing away two bridges, the disaster management authority said.\n\nRescue teams reached some of the villages by foot."}
EOF
DB="$T/k.db"

# ---- usage errors: exit 2 ----
expect 2 "ingest without input" -- "$KHABAR" ingest --db "$DB"
expect 2 "ingest with an unknown option" -- "$KHABAR" ingest --nope "$T/in"
expect 0 "ingest --help" -- "$KHABAR" ingest --help
grep -q 'usage: khabar ingest' "$T/out" || fail "ingest --help prints usage"
[ -e "$DB" ] && fail "a usage error created the store"

# ---- first ingest: 7 read, 6 new (the second copy in wire.jsonl is the same article) ----
expect 0 "first ingest" -- "$KHABAR" ingest --db "$DB" "$T/in"
summary >/dev/null || fail "first ingest: no summary line: $(cat "$T/err")"
summary | grep -q '^read 7, new 6, already there 1, failed 0[ ;]' ||
    fail "first ingest summary: $(summary)"
[ -s "$T/out" ] && fail "ingest wrote to stdout"

# ---- again: nothing new ----
expect 0 "second ingest" -- "$KHABAR" ingest --db "$DB" "$T/in"
summary | grep -q '^read 7, new 0, already there 7, failed 0[ ;]' ||
    fail "second ingest summary: $(summary)"

# ---- articles ----
expect 0 "articles" -- "$KHABAR" articles --db "$DB"
[ "$(wc -l <"$T/out")" = 6 ] || fail "articles lists 6, got: $(cat "$T/out")"
grep -q 'w-001' "$T/out" || fail "articles shows id w-001"
grep -q 'wire.example.org' "$T/out" || fail "articles shows the outlet"
# dated ones in date order, after the undated ones
tail -n 3 "$T/out" | awk '{print $2}' | tr '\n' ' ' | grep -q '^w-001 w-003 w-002 $' ||
    fail "articles order by date: $(cat "$T/out")"
expect 0 "articles --format jsonl" -- "$KHABAR" articles --db "$DB" --format jsonl
[ "$(wc -l <"$T/out")" = 6 ] || fail "jsonl lists 6"
if command -v python3 >/dev/null; then
    python3 -c '
import json, sys
for line in open(sys.argv[1]):
    o = json.loads(line)
    assert len(o["key"]) == 32 and o["id"] and "text" not in o, o
' "$T/out" || fail "articles jsonl is not valid metadata JSON"
fi
grep -q '"lang":"fr"' "$T/out" || grep -q '"id":"w-003"' "$T/out" || fail "non-English article stored"
expect 0 "articles --from --to" -- "$KHABAR" articles --db "$DB" --from 2025-10-21 --to 2025-10-22
[ "$(wc -l <"$T/out")" = 2 ] || fail "--from/--to keeps 2: $(cat "$T/out")"
expect 0 "articles --outlet" -- "$KHABAR" articles --db "$DB" --outlet WIRE.EXAMPLE
[ "$(wc -l <"$T/out")" = 1 ] || fail "--outlet keeps 1: $(cat "$T/out")"
expect 0 "articles --limit" -- "$KHABAR" articles --db "$DB" --limit 2
[ "$(wc -l <"$T/out")" = 2 ] || fail "--limit 2"
expect 2 "articles bad date" -- "$KHABAR" articles --db "$DB" --from 21/10/2025
expect 2 "articles bad format" -- "$KHABAR" articles --db "$DB" --format xml
expect 2 "articles bad limit" -- "$KHABAR" articles --db "$DB" --limit many
expect 1 "articles on a missing store" -- "$KHABAR" articles --db "$T/none.db"
[ -e "$T/none.db" ] && fail "articles created a store"

# ---- show ----
expect 0 "show by id" -- "$KHABAR" show --db "$DB" w-002
grep -q 'refugee agency appealed' "$T/out" || fail "show prints the text"
grep -q '^title: *Agency appeals for aid' "$T/out" || fail "show prints the title"
KEY=$("$KHABAR" articles --db "$DB" --format jsonl | grep '"id":"w-002"' | sed 's/.*"key":"\([0-9a-f]*\)".*/\1/')
expect 0 "show by key prefix" -- "$KHABAR" show --db "$DB" "${KEY:0:8}"
grep -q 'refugee agency appealed' "$T/out" || fail "show by key prefix prints the text"
expect 0 "show --format jsonl" -- "$KHABAR" show --db "$DB" --format jsonl w-002
grep -q '"sentences":\[' "$T/out" || fail "show jsonl has sentences"
grep -q '"text":"The United Nations' "$T/out" || fail "show jsonl has the text"
expect 1 "show a missing id" -- "$KHABAR" show --db "$DB" no-such-article
grep -q "no-such-article" "$T/err" || fail "show names the missing id"
expect 2 "show without id" -- "$KHABAR" show --db "$DB"
expect 2 "show with two ids" -- "$KHABAR" show --db "$DB" a b

# ---- a missing input: the rest is still stored, exit 1 ----
cat >"$T/extra.txt" <<'EOF'
Parliament passes budget

The national assembly passed the budget for the next fiscal year late on Friday after a long debate, with the opposition walking out before the vote.
EOF
expect 1 "ingest with a missing input" -- "$KHABAR" ingest --db "$DB" "$T/missing.txt" "$T/extra.txt"
grep -q 'missing.txt' "$T/err" || fail "the error names the missing file"
summary | grep -q '^read 1, new 1, already there 0, failed 1[ ;]' || fail "partial summary: $(summary)"

# ---- a page with no main text is not stored: failed, exit 1 ----
printf '<html><head><title>Nothing</title></head><body></body></html>\n' >"$T/empty.html"
expect 1 "ingest a page without text" -- "$KHABAR" ingest --db "$DB" "$T/empty.html"
grep -q 'empty.html.*no main text' "$T/err" || fail "no-text message: $(cat "$T/err")"
summary | grep -q '^read 1, new 0, already there 0, failed 1[ ;]' || fail "no-text summary: $(summary)"

# ---- --quiet: no progress line, still the summary ----
expect 0 "ingest --quiet" -- "$KHABAR" ingest --db "$DB" --quiet "$T/extra.txt"
[ "$(cat "$T/err")" = "$(summary)" ] || fail "--quiet printed more than the summary: $(cat "$T/err")"

# ---- KHABAR_DB and ./khabar.db ----
(cd "$T" && KHABAR_DB="$T/env.db" "$KHABAR" ingest "$T/extra.txt" 2>/dev/null) || fail "ingest with KHABAR_DB"
[ -e "$T/env.db" ] || fail "KHABAR_DB names the store"
(cd "$T" && unset KHABAR_DB && "$KHABAR" ingest "$T/extra.txt" 2>/dev/null) || fail "ingest into ./khabar.db"
[ -e "$T/khabar.db" ] || fail "default store ./khabar.db"

# ---- several ingests at once into a new store: they take turns ----
for trial in 1 2 3; do
    rm -f "$T/par.db" "$T/par.db-wal" "$T/par.db-shm"
    pids=()
    for i in 1 2 3 4; do
        "$KHABAR" ingest --db "$T/par.db" "$T/in" 2>"$T/par.$i.err" &
        pids+=($!)
    done
    for i in 0 1 2 3; do
        wait "${pids[$i]}" || fail "parallel ingest $((i + 1)) (trial $trial): $(cat "$T/par.$((i + 1)).err")"
    done
    n=$("$KHABAR" articles --db "$T/par.db" | wc -l)
    [ "$n" = 6 ] || fail "parallel ingests stored $n articles, want 6"
done

# ---- a file that is not a store ----
echo "just text, not a database, long enough to be read as a header......................................" >"$T/notdb.db"
expect 1 "ingest into a non-database" -- "$KHABAR" ingest --db "$T/notdb.db" "$T/extra.txt"
grep -q 'notdb.db' "$T/err" || fail "the error names the file: $(cat "$T/err")"
grep -qi 'not a' "$T/err" || fail "the error says it is not a database: $(cat "$T/err")"

# ---- a full disk (a file size limit stands in): clear error, exit 1, store still sound ----
awk 'BEGIN { for (i = 1; i <= 1500; i++) {
    t = ""; for (k = 1; k <= 12; k++) t = t sprintf("Item %d of report %d tells what the officials said about the floods. ", k, i)
    printf "{\"id\": \"big-%d\", \"text\": \"%s\"}\n", i, t } }' >"$T/big.jsonl"
( trap '' XFSZ; ulimit -f 600; exec "$KHABAR" ingest --db "$T/full.db" "$T/big.jsonl" ) >"$T/out" 2>"$T/err"
rc=$?
[ $rc = 1 ] || fail "ingest on a full disk: exit $rc, want 1: $(cat "$T/err")"
grep -q 'full.db' "$T/err" || fail "the disk-full error names the store: $(cat "$T/err")"
grep -qi 'full' "$T/err" || fail "the disk-full error says so: $(cat "$T/err")"
grep -q 'AddressSanitizer\|runtime error' "$T/err" && fail "ingest on a full disk crashed"
expect 0 "ingest after the disk is freed" -- "$KHABAR" ingest --db "$T/full.db" "$T/big.jsonl"
summary | grep -q '^read 1500, new [0-9]*, already there [0-9]*, failed 0[ ;]' || fail "after a full disk: $(summary)"
expect 0 "articles after a full disk" -- "$KHABAR" articles --db "$T/full.db" --format jsonl
[ "$(wc -l <"$T/out")" = 1500 ] || fail "1500 articles after a full disk, got $(wc -l <"$T/out")"

if command -v sqlite3 >/dev/null; then
    [ "$(sqlite3 "$T/full.db" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check after a full disk"
    [ "$(sqlite3 "$DB" 'PRAGMA integrity_check')" = ok ] || fail "integrity_check"
    [ "$(sqlite3 "$DB" 'SELECT count(*) FROM articles')" = 7 ] || fail "7 articles in the store"
fi

[ $fails = 0 ] && echo "ingest.sh: all passed"
[ $fails = 0 ]
