#!/usr/bin/env bash
# bench/run.sh BUILD_DIR -- khabar's throughput against its speed anchors, in one run.
#
#  1. clean: the 108 extraction dev pages (HTML, gzip) -> main text.
#     khabar (whole process) vs Readability.js + linkedom (its own timed loop, which
#     leaves out node start-up: a conservative ratio for khabar). ms/page, ratio, peak RSS,
#     and the F1 of both outputs.
#  2. ingest: shared/corpus/bbc-news-2225.jsonl.gz into a fresh SQLite store; then again (0 new).
#  3. callgrind instruction count of cleaning the 108 pages (repeatable on a noisy machine),
#     when valgrind is present and KB_BENCH_CALLGRIND=1.
# Repeats each timing REPEATS times (default 3) after one untimed warm-up run of each tool,
# and prints every run; compare figures of one run.
set -euo pipefail
build=${1:-build}
khabar=$(cd "$build" && pwd)/khabar
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${KB_SHARED:-$repo/../shared}
repeats=${REPEATS:-3}
out=$repo/bench/out
mkdir -p "$out"
html=$shared/eval/extract/html
gold=$shared/eval/extract/ground-truth-dev.json
[ -d "$html" ] || { echo "bench: $html not found" >&2; exit 1; }
npages=$(ls "$html"/*.html.gz | wc -l)

rss_of() { awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$1"; }
cpu_of() { awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.3f", u+s}' "$1"; }
secs_of() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; printf "%.3f", s}' "$1"; }

echo "== clean: $npages dev pages ($(du -sh "$html" | cut -f1) gzip)"
have_rd=0
if bash "$shared/baselines/readability/setup.sh" >/dev/null 2>&1; then have_rd=1; fi
# one untimed run of each first: the shared libraries and the pages in the page cache, as
# every later run has them (the first run after the npm set-up was ~25% slower)
"$khabar" clean --format jsonl "$html"/*.html.gz >/dev/null 2>&1 || true
[ $have_rd = 1 ] && bash "$shared/baselines/readability/run.sh" "$html" "$out/readability.jsonl" >/dev/null 2>&1
for i in $(seq 1 "$repeats"); do
  t0=$(date +%s.%N)
  /usr/bin/time -v "$khabar" clean --format jsonl "$html"/*.html.gz >"$out/clean.jsonl" 2>"$out/clean.time"
  t1=$(date +%s.%N)
  ks=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", b-a}'); krss=$(rss_of "$out/clean.time")
  kms=$(awk -v s="$ks" -v n="$npages" 'BEGIN{printf "%.3f", 1000*s/n}')
  kcpu=$(cpu_of "$out/clean.time")
  kcms=$(awk -v s="$kcpu" -v n="$npages" 'BEGIN{printf "%.3f", 1000*s/n}')
  line="run $i: khabar ${kms} ms/page wall (${ks} s whole process; CPU ${kcms} ms/page), peak RSS ${krss} MB"
  if [ $have_rd = 1 ]; then
    t0=$(date +%s.%N)
    rd=$(bash "$shared/baselines/readability/run.sh" "$html" "$out/readability.jsonl" 2>/dev/null | tail -1)
    t1=$(date +%s.%N)
    rms=$(echo "$rd" | awk '{for(i=1;i<=NF;i++) if($i=="ms_per_page") print $(i+1)}')
    rwms=$(awk -v a="$t0" -v b="$t1" -v n="$npages" 'BEGIN{printf "%.1f", 1000*(b-a)/n}')
    ratio=$(awk -v a="$rms" -v b="$kms" 'BEGIN{printf "%.1f", a/b}')
    wratio=$(awk -v a="$rwms" -v b="$kms" 'BEGIN{printf "%.1f", a/b}')
    line="$line | readability ${rms} ms/page in its timed loop (${rwms} whole process) | khabar ${ratio}x faster (whole process vs loop; ${wratio}x process vs process)"
  fi
  echo "$line"
done
if command -v python3 >/dev/null; then
  printf "F1 khabar:      "; python3 "$shared/eval/extract/evaluate.py" "$out/clean.jsonl" --ground-truth "$gold" 2>/dev/null | tr '\n' ' '; echo
  [ $have_rd = 1 ] && { printf "F1 readability: "; python3 "$shared/eval/extract/evaluate.py" "$out/readability.jsonl" --ground-truth "$gold" 2>/dev/null | tr '\n' ' '; echo; }
fi

bbc=$shared/corpus/bbc-news-2225.jsonl.gz
echo "== ingest: $bbc"
for i in $(seq 1 "$repeats"); do
  rm -f "$out/bbc.db" "$out/bbc.db-wal" "$out/bbc.db-shm"
  /usr/bin/time -v "$khabar" ingest --quiet --db "$out/bbc.db" "$bbc" 2>"$out/ingest.time" >/dev/null || true
  s1=$(secs_of "$out/ingest.time"); r1=$(rss_of "$out/ingest.time")
  sum1=$(grep -E '^read ' "$out/ingest.time" || grep -iE 'read [0-9]' "$out/ingest.time" | tail -1)
  /usr/bin/time -v "$khabar" ingest --quiet --db "$out/bbc.db" "$bbc" 2>"$out/ingest2.time" >/dev/null || true
  s2=$(secs_of "$out/ingest2.time")
  sum2=$(grep -iE 'read [0-9]' "$out/ingest2.time" | tail -1)
  mb=$(zcat "$bbc" | wc -c)
  echo "run $i: first ${s1} s ($(awk -v b="$mb" -v s="$s1" 'BEGIN{printf "%.1f", b/1e6/s}') MB/s of JSONL, peak RSS ${r1} MB) [$sum1]; again ${s2} s [$sum2]"
done

if [ "${KB_BENCH_CALLGRIND:-0}" = 1 ] && command -v valgrind >/dev/null; then
  echo "== callgrind: clean of $npages pages"
  valgrind --tool=callgrind --callgrind-out-file="$out/callgrind.out" "$khabar" clean --format jsonl "$html"/*.html.gz >/dev/null 2>"$out/callgrind.log" || true
  grep -E "Collected" "$out/callgrind.log" | sed 's/^==[0-9]*== /  /'
fi
