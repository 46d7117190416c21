#!/usr/bin/env bash
# bench/merge_bench.sh BUILD_DIR [N] -- the merge bench (issue 6).
#
# Generates N (default 100000) synthetic-variant articles from the BBC corpus
# (bench/merge_bench.py gen: the BBC articles, copies of them made by synonym spinning,
# sentence drops, cut endings, new headlines and boilerplate lines, and many non-copies
# built from sentences of six or more BBC articles), ingests them into a fresh store
# (ingest links copies and stories as they arrive), then times `khabar dedup --rebuild`,
# which recomputes every signature, copy link and story of the store from scratch, on one
# core (taskset), with its peak memory. Finally scores the copy groups that
# `khabar stories --format jsonl` reports against the generator's truth: pairwise
# precision and recall. Bars: <= 60 s, <= 1 GB, recall >= 0.95, precision >= 0.99.
set -euo pipefail
build=${1:-build}
n=${2:-100000}
khabar=$(cd "$build" && pwd)/khabar
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${KB_SHARED:-$repo/../shared}
out=$repo/bench/out
mkdir -p "$out"
export KHABAR_LEXICON=${KHABAR_LEXICON:-$repo/lexicon}
one=""
command -v taskset >/dev/null && one="taskset -c 0"

echo "== generate $n articles from $shared/corpus/bbc-news-2225.jsonl.gz"
python3 "$repo/bench/merge_bench.py" gen "$shared/corpus/bbc-news-2225.jsonl.gz" \
  "$out/merge.jsonl" "$out/merge.truth.tsv" "$n"
rm -f "$out/merge.db" "$out/merge.db-wal" "$out/merge.db-shm"
echo "== ingest (clean + store + incremental merge)"
/usr/bin/time -f "ingest: %e s wall, %U s user, %S s sys, peak RSS %M KB" \
  $one "$khabar" ingest --quiet --db "$out/merge.db" "$out/merge.jsonl" 2>&1 | tail -2
"$khabar" stories --db "$out/merge.db" --format jsonl >"$out/merge.stories.ingest.jsonl"
echo "== merge: khabar dedup --rebuild (one core)"
/usr/bin/time -f "dedup --rebuild: %e s wall, %U s user, %S s sys, peak RSS %M KB" \
  $one "$khabar" dedup --db "$out/merge.db" --rebuild 2>&1 | tail -2
"$khabar" stories --db "$out/merge.db" --format jsonl >"$out/merge.stories.jsonl"
echo "== copies against the truth"
printf "after dedup --rebuild: "
python3 "$repo/bench/merge_bench.py" score "$out/merge.truth.tsv" "$out/merge.stories.jsonl"
printf "as ingest linked them:  "
python3 "$repo/bench/merge_bench.py" score "$out/merge.truth.tsv" "$out/merge.stories.ingest.jsonl"
if cmp -s "$out/merge.stories.jsonl" "$out/merge.stories.ingest.jsonl"; then
  echo "ingest (incremental) and dedup --rebuild give the same stories and copies"
else
  echo "ingest (incremental) and dedup --rebuild differ"
fi
