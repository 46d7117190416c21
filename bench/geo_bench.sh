#!/usr/bin/env bash
# bench/geo_bench.sh BUILD_DIR -- the gazetteer and the place resolver against their anchors:
#   1. index: size on disk, load time (mmap + checks) over REPEATS runs (anchor: <= 50 ms)
#   2. recognition + resolution throughput, end to end, on the BBC corpus
#      (shared/corpus/bbc-news-2225.jsonl.gz) and on the four geo gold sets: MB/s of text
#      on one core, peak RSS
#   3. the figures: oracle and end-to-end accuracy at 161 km and F1 on the four sets
# Needs the gazetteer (scripts/gazetteer). Prints one line per measure.
set -euo pipefail
build=${1:-build}
khabar=$(cd "$build" && pwd)/khabar
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${KB_SHARED:-$repo/../shared}
repeats=${REPEATS:-5}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
KHABAR="$khabar" bash "$repo/scripts/gazetteer" >/dev/null
idx=$(ls "${KHABAR_GEO_DATA:-$repo/data/geo}"/gazetteer.idx)
rss_of() { awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$1"; }
jf() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(d[sys.argv[2]])" "$1" "$2"; }

echo '{"id":"x","text":"Peshawar","toponyms":[]}' > "$tmp/one.jsonl"
"$khabar" eval geo --json "$tmp/one.jsonl" >/dev/null # compiles the index if stale
echo "== index: $idx ($(du -h "$idx" | cut -f1))"
for i in $(seq 1 "$repeats"); do
  "$khabar" eval geo --json "$tmp/one.jsonl" > "$tmp/one.json"
  echo "run $i: load $(jf "$tmp/one.json" index_load_ms) ms"
done

echo "== throughput, end to end (one core)"
sets=()
if [ -f "$shared/corpus/bbc-news-2225.jsonl.gz" ]; then
  zcat "$shared/corpus/bbc-news-2225.jsonl.gz" > "$tmp/bbc.jsonl"
  sets+=("$tmp/bbc.jsonl")
fi
for s in lgl tr-news geowebnews geovirus; do
  [ -f "$shared/eval/geo/$s.jsonl" ] && sets+=("$shared/eval/geo/$s.jsonl")
done
for f in "${sets[@]}"; do
  bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$f")
  best=""
  for i in $(seq 1 "$repeats"); do
    /usr/bin/time -v "$khabar" eval geo --json "$f" > "$tmp/r.json" 2> "$tmp/r.time"
    ms=$(jf "$tmp/r.json" run_ms)
    best=$(awk -v a="$ms" -v b="$best" 'BEGIN{print (b=="" || a<b) ? a : b}')
  done
  mbs=$(awk -v b="$bytes" -v ms="$best" 'BEGIN{printf "%.1f", (ms>0 ? b/1e6/(ms/1000) : 0)}')
  echo "$(basename "$f"): $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB text, best of $repeats ${best} ms = ${mbs} MB/s, peak RSS $(rss_of "$tmp/r.time") MB"
done

echo "== figures"
for s in lgl tr-news geowebnews geovirus; do
  g=$shared/eval/geo/$s.jsonl
  [ -f "$g" ] || continue
  "$khabar" eval geo --oracle --json "$g" > "$tmp/o.json"
  "$khabar" eval geo --json "$g" > "$tmp/e.json"
  echo "$s: oracle acc@161 $(jf "$tmp/o.json" 'acc@161km') (all gold $(jf "$tmp/o.json" 'acc@161km_all'), resolved $(jf "$tmp/o.json" recall)); end to end F1 $(jf "$tmp/e.json" f1) P $(jf "$tmp/e.json" precision) R $(jf "$tmp/e.json" recall) acc@161 $(jf "$tmp/e.json" 'acc@161km')"
done
