#!/usr/bin/env bash
# score_sets.sh -- code every tests/data/events*/ set and the five seeds with one binary and
# score each with the shared scorer: the figures docs/CODER-EVAL.md and the README quote.
#
#   scripts/score_sets.sh [KHABAR_BINARY] [OUT_DIR]   (default build/khabar, /tmp/kb-sets)
#
# Writes OUT_DIR/ev_SET.jsonl (the events), OUT_DIR/SET.txt (the scorer's -v report: misses,
# false alarms, field errors) and prints "SET recall precision F1" a line (also OUT_DIR/summary).
# Compare two runs with `diff A/summary B/summary`. A set written blind and not yet measured
# (its README still says "Measured: (the lead fills this in)") is left out, since it must be
# measured once, on purpose, before anything looks at it (docs/TEAM-NOTES.md); SETS="events
# events2 ..." names the sets to score instead.
set -u
cd "$(git rev-parse --show-toplevel)" || exit 1
BIN=${1:-build/khabar}
OUT=${2:-/tmp/kb-sets}
SHARED=${KB_SHARED:-../shared}
mkdir -p "$OUT"
: "${KHABAR_LEXICON:=$PWD/lexicon}"
export KHABAR_LEXICON
if [ -z "${SETS:-}" ]; then
  SETS=""
  for d in tests/data/events/ $(ls -d tests/data/events[0-9]*/ | sort -V); do
    # (a set still being written has no README yet: blind too)
    if [ ! -f "$d/README.md" ] || grep -q "Measured: (the lead fills this in)" "$d/README.md" 2>/dev/null; then
      echo "$(basename "$d") blind, not scored" >&2
    else
      SETS="$SETS $(basename "$d")"
    fi
  done
fi
: > "$OUT/summary"
for s in $SETS seeds; do
  if [ "$s" = seeds ]; then
    "$BIN" code --format jsonl "$SHARED"/seeds/*.txt > "$OUT/ev_seeds.jsonl" 2>/dev/null
    python3 "$SHARED/eval/score_events.py" seeds "$OUT/ev_seeds.jsonl" -v > "$OUT/seeds.txt" 2>&1
  else
    "$BIN" code --format jsonl tests/data/$s/articles/*.txt > "$OUT/ev_$s.jsonl" 2>/dev/null
    python3 "$SHARED/eval/score_events.py" seeds --expected tests/data/$s/expected.jsonl \
      --seeds-dir tests/data/$s/articles "$OUT/ev_$s.jsonl" -v > "$OUT/$s.txt" 2>&1
  fi
  echo "$s $(grep -m1 '^recall' "$OUT/$s.txt" | cut -d' ' -f2,4,6)" | tee -a "$OUT/summary"
done
