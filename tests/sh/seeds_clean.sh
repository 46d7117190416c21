#!/usr/bin/env bash
# seeds_clean.sh -- clean the five seed articles and score them with the shared
# checker (boilerplate gone, body kept, title and outlet found): 0 faults.
# Env: KHABAR (binary), KB_SHARED (shared data). Skips (77) without the seeds or python3.
set -u
KHABAR=${KHABAR:-build/khabar}
KB_SHARED=${KB_SHARED:-../shared}
seeds=$KB_SHARED/seeds
checker=$KB_SHARED/eval/seeds/check_clean.py
[ -d "$seeds" ] && [ -f "$checker" ] || { echo "skip: no $seeds"; exit 77; }
command -v python3 >/dev/null || { echo "skip: no python3"; exit 77; }
out=$(mktemp "${TMPDIR:-/tmp}/seeds_clean.XXXXXX.jsonl")
trap 'rm -f "$out"' EXIT
"$KHABAR" clean --format jsonl "$seeds"/*.txt > "$out" || { echo "khabar clean failed"; exit 1; }
faults=$(python3 "$checker" "$out" -v) || { echo "checker failed"; exit 1; }
echo "seeds: $faults faults"
[ "$faults" = "0" ]
