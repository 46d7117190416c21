#!/usr/bin/env bash
# sigkill.sh -- crash safety of `khabar ingest`: kill -9 it mid-batch several
# times (different delays), then run it to completion, and check that the
# store holds every article exactly once (the same keys as an uninterrupted
# reference run), that a further run adds nothing, and that PRAGMA
# integrity_check is ok after every kill; the coded mentions and the merged events
# are the same as the reference run's too. Input: a few thousand synthetic
# articles generated here, plus the BBC corpus when $KB_SHARED has it.
set -u
KHABAR=${KHABAR:?set KHABAR to the khabar binary}
[ -x "$KHABAR" ] || { echo "no khabar binary at $KHABAR" >&2; exit 1; }
N=${KB_SIGKILL_DOCS:-4000}
T=$(mktemp -d /tmp/kb-sigkill-XXXXXX)
trap 'rm -rf "$T"' EXIT
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

# ---- input: N distinct synthetic articles, ~1.5 KB each ----
awk -v n="$N" 'BEGIN {
    srand(42)
    split("minister police army court farmers traders villagers officials protesters rescuers", who, " ")
    split("met attacked visited criticised praised blocked rebuilt closed reopened inspected", did, " ")
    split("the bridge|the market|the border post|the district office|the power plant|the main road|the school|the airport", what, "|")
    for (i = 1; i <= n; i++) {
        m = 1 + i % 12; d = 1 + i % 28
        text = ""
        for (p = 1; p <= 4; p++) {
            para = ""
            for (s = 1; s <= 3; s++) {
                para = para sprintf("The %s %s %s on day %d of story %d, sentence %d.%d, and %d people were there. ",
                    who[1 + int(rand() * 10)], did[1 + int(rand() * 10)], what[1 + int(rand() * 8)],
                    d, i, p, s, int(rand() * 1000))
            }
            text = text (p > 1 ? "\\n\\n" : "") para
        }
        printf "{\"id\": \"syn-%05d\", \"url\": \"https://syn.example.org/2024/%02d/%02d/story-%d\", \"title\": \"Story %d\", \"date\": \"2024-%02d-%02d\", \"text\": \"%s\"}\n", i, m, d, i, i, m, d, text
    }
}' >"$T/syn.jsonl"
INPUTS=("$T/syn.jsonl")
BBC="${KB_SHARED:-}/corpus/bbc-news-2225.jsonl.gz"
[ -n "${KB_SHARED:-}" ] && [ -f "$BBC" ] && INPUTS+=("$BBC")

count() { # articles in store $1 (0 if killed before the schema was committed)
    local n
    if command -v sqlite3 >/dev/null; then
        n=$(sqlite3 "$1" "SELECT count(*) FROM sqlite_master WHERE name = 'articles'")
        if [ "$n" = 1 ]; then n=$(sqlite3 "$1" 'SELECT count(*) FROM articles'); fi
    else
        n=$("$KHABAR" articles --db "$1" --format jsonl 2>/dev/null | wc -l)
    fi
    echo "${n:-0}"
}
keys() { # sorted keys of store $1
    if command -v sqlite3 >/dev/null; then
        sqlite3 "$1" 'SELECT key FROM articles ORDER BY key'
    else
        "$KHABAR" articles --db "$1" --format jsonl | sed 's/^{"key":"\([0-9a-f]*\)".*/\1/' | sort
    fi
}
integrity() {
    command -v sqlite3 >/dev/null || return 0
    local r
    r=$(sqlite3 "$1" 'PRAGMA integrity_check' 2>&1)
    [ "$r" = ok ] || fail "integrity_check after $2: $r"
}

# ---- reference: one uninterrupted run ----
"$KHABAR" ingest --db "$T/ref.db" "${INPUTS[@]}" 2>"$T/ref.err" || { fail "reference ingest"; cat "$T/ref.err" >&2; }
want=$(count "$T/ref.db")
[ "$want" -gt 0 ] || fail "reference store is empty"
echo "reference: $(tail -n 1 "$T/ref.err") -> $want articles"

# ---- kill -9 at different moments, each run starting over the same store ----
DB="$T/k.db"
killed=0
for delay in 0.05 0.2 0.35 0.5 0.8; do
    "$KHABAR" ingest --db "$DB" --quiet "${INPUTS[@]}" 2>>"$T/k.err" &
    pid=$!
    sleep "$delay"
    if kill -0 "$pid" 2>/dev/null; then
        kill -9 "$pid" 2>/dev/null && killed=$((killed + 1))
    fi
    wait "$pid" 2>/dev/null
    [ -e "$DB" ] || continue
    integrity "$DB" "kill at $delay s"
    have=$(count "$DB")
    echo "killed at $delay s: $have articles stored"
    [ "$have" -le "$want" ] || fail "more articles than the input has after kill at $delay s"
done
[ $killed -gt 0 ] || echo "note: every run finished before it could be killed (fast machine?)"

# ---- run to completion, then once more ----
"$KHABAR" ingest --db "$DB" "${INPUTS[@]}" 2>"$T/final.err" || { fail "final ingest"; cat "$T/final.err" >&2; }
echo "final: $(tail -n 1 "$T/final.err")"
integrity "$DB" "the final run"
have=$(count "$DB")
[ "$have" = "$want" ] || fail "store has $have articles, want $want"
keys "$T/ref.db" >"$T/ref.keys"
keys "$DB" >"$T/k.keys"
cmp -s "$T/ref.keys" "$T/k.keys" || fail "keys differ from the uninterrupted run"
[ "$(sort -u "$T/k.keys" | wc -l)" = "$have" ] || fail "a key is stored twice"
"$KHABAR" ingest --db "$DB" "${INPUTS[@]}" 2>"$T/again.err" || fail "ingest again"
grep -q ', new 0, ' "$T/again.err" || fail "a further run added articles: $(cat "$T/again.err")"
# the coded events too: every mention exactly once (the same as the uninterrupted run),
# and the same merged events
if command -v sqlite3 >/dev/null; then
    men() { sqlite3 "$1" 'SELECT doc, seq, code, sent_start FROM mentions ORDER BY doc, seq'; }
    men "$T/ref.db" >"$T/ref.men"
    men "$DB" >"$T/k.men"
    [ -s "$T/ref.men" ] || echo "note: the reference run coded no events"
    cmp -s "$T/ref.men" "$T/k.men" || fail "mentions differ from the uninterrupted run"
fi
"$KHABAR" events --db "$T/ref.db" --format jsonl >"$T/ref.events" || fail "events (reference)"
"$KHABAR" events --db "$DB" --format jsonl >"$T/k.events" || fail "events"
cmp -s "$T/ref.events" "$T/k.events" || fail "events differ from the uninterrupted run"
echo "events: $(wc -l <"$T/k.events") events, the same as the uninterrupted run"

# ---- SIGTERM: stops cleanly, commits what it has, says what is stored ----
"$KHABAR" ingest --db "$T/term.db" "${INPUTS[@]}" 2>"$T/term.err" &
pid=$!
sleep 0.3
kill -TERM "$pid" 2>/dev/null
wait "$pid"
rc=$?
if [ $rc = 130 ]; then
    grep -q 'interrupted' "$T/term.err" || fail "SIGTERM: no 'interrupted' message"
    new=$(sed -n 's/^read [0-9]*, new \([0-9]*\),.*/\1/p' "$T/term.err")
    [ "$new" = "$(count "$T/term.db")" ] || fail "SIGTERM: summary says new $new, store has $(count "$T/term.db")"
    integrity "$T/term.db" "SIGTERM"
    echo "SIGTERM: $(tail -n 1 "$T/term.err")"
elif [ $rc != 0 ]; then
    fail "SIGTERM: exit $rc, want 130"
fi

[ $fails = 0 ] && echo "sigkill.sh: all passed ($killed runs killed)"
[ $fails = 0 ]
