#!/usr/bin/env bash
# annotate_bench.sh -- `khabar code` with dates, places and tolls on (--enrich) over the
# BBC corpus, against the issue-5 bars:
#   1. throughput: title + text bytes of ../shared/corpus/bbc-news-2225.jsonl.gz through
#      `khabar code --enrich` (read + clean + code + enrich), CPU seconds (user+sys, one
#      core), best of REPEATS runs -> MB/s. Bar: >= 10 MB/s. The same without --enrich
#      for comparison: the difference is what the enrichment itself costs (reading,
#      cleaning and language identification are most of the pipeline's time).
#   2. peak RSS of that run. Bar: <= 300 MB.
#   3. gazetteer index load (mmap + checks, `khabar eval geo --json`'s index_load_ms),
#      best of REPEATS. Bar: <= 50 ms.
# Prints one line per measure and "PASS"/"FAIL" per bar; exit 1 if a bar fails.
#
#   bench/annotate_bench.sh [BUILD_DIR]        (default: build; REPEATS=5)
set -u
BUILD=${1:-build}
KHABAR=$(cd "$BUILD" && pwd)/khabar
HERE=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=${KB_SHARED:-$HERE/../shared}/corpus/bbc-news-2225.jsonl.gz
REPEATS=${REPEATS:-5}
[ -x "$KHABAR" ] || { echo "annotate_bench: no $KHABAR" >&2; exit 2; }
[ -f "$CORPUS" ] || { echo "annotate_bench: no $CORPUS" >&2; exit 2; }
command -v python3 >/dev/null || { echo "annotate_bench: needs python3" >&2; exit 2; }
export KHABAR_LEXICON=${KHABAR_LEXICON:-$HERE/lexicon}
T=$(mktemp -d /tmp/kb-annot-bench-XXXXXX)
trap 'rm -rf "$T"' EXIT

bytes=$(python3 - "$CORPUS" "$T/all.jsonl" <<'PY'
import gzip, json, sys
n = 0
with open(sys.argv[2], "w") as out:
    for l in gzip.open(sys.argv[1], "rt"):
        d = json.loads(l)
        out.write(json.dumps({"id": d["id"], "title": d["title"], "text": d["text"]}) + "\n")
        n += len(d["title"].encode()) + len(d["text"].encode())
print(n)
PY
)

# best CPU time of REPEATS runs of khabar code ARGS; sets cpu, rss
run_best() {
    cpu=""
    rss=0
    for _ in $(seq 1 "$REPEATS"); do
        /usr/bin/time -f "%U %S %M" -o "$T/time" "$KHABAR" code --quiet "$@" "$T/all.jsonl" > "$T/ev.jsonl" 2> "$T/err"
        read -r u s r < "$T/time"
        c=$(python3 -c "print($u + $s)")
        if [ -z "$cpu" ] || python3 -c "import sys; sys.exit(0 if $c < $cpu else 1)"; then cpu=$c; fi
        [ "$r" -gt "$rss" ] && rss=$r
    done
}

fails=0
run_best --no-enrich
base_cpu=$cpu
run_best --enrich
nev=$(wc -l < "$T/ev.jsonl")
python3 -c "
b=$bytes; c=max($cpu, 0.01); base=max($base_cpu, 0.01)
print('code --enrich: %.2f MB of text in %.2f s CPU = %.1f MB/s (coder alone %.2f s = %.1f MB/s); %d events' % (b/1e6, c, b/1e6/c, base, b/1e6/base, $nev))"
python3 -c "
b=$bytes; d=max($cpu - $base_cpu, 0.001)
print('  the enrichment itself (dates, places, tolls): %.2f s CPU = %.1f MB/s' % (d, b/1e6/d))"
ok=$(python3 -c "print(1 if $bytes / 1e6 / max($cpu, 0.01) >= 10 else 0)")
[ "$ok" = 1 ] && echo "  PASS >= 10 MB/s" || { echo "  FAIL >= 10 MB/s"; fails=$((fails + 1)); }
python3 -c "
import json,sys
n=p=k=d=0
for l in open('$T/ev.jsonl'):
    e=json.loads(l); n+=1; p+=e.get('place') is not None; k+=e.get('killed') is not None; d+=e.get('date_source') in ('clause','sentence')
print('  events with a place %d, a toll %d, their own date %d (of %d)' % (p, k, d, n))"
rss_mb=$(python3 -c "print('%.1f' % ($rss / 1024))")
echo "peak RSS: $rss_mb MB"
python3 -c "import sys; sys.exit(0 if $rss / 1024 <= 300 else 1)" && echo "  PASS <= 300 MB" || { echo "  FAIL <= 300 MB"; fails=$((fails + 1)); }
grep -i "warning" "$T/err" && echo "  (no gazetteer: places were not measured)"

echo '{"id":"x","text":"Peshawar","toponyms":[]}' > "$T/one.jsonl"
best=""
for _ in $(seq 1 "$REPEATS"); do
    ms=$("$KHABAR" eval geo --json "$T/one.jsonl" 2>/dev/null |
        python3 -c "import json,sys; print(json.load(sys.stdin)['index_load_ms'])" 2>/dev/null)
    [ -n "$ms" ] || continue
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $ms < $best else 1)"; then best=$ms; fi
done
if [ -n "$best" ]; then
    echo "gazetteer index load: $best ms (best of $REPEATS)"
    python3 -c "import sys; sys.exit(0 if $best <= 50 else 1)" && echo "  PASS <= 50 ms" || { echo "  FAIL <= 50 ms"; fails=$((fails + 1)); }
else
    echo "gazetteer index load: not measured (no index: run scripts/gazetteer)"
fi
[ $fails -eq 0 ]
