#!/usr/bin/env bash
# code_bench.sh -- speed, memory and false alarms of the event coder on the BBC corpus.
#
#   bench/code_bench.sh [BUILD_DIR]        (default: build)
#
# 1. coding alone: the corpus text (title + body, one paragraph a line, 5.1 MB) through
#    `khabar code --sentences`, CPU seconds (user+sys, one core) -> MB/s, peak RSS with
#    all lexicons loaded. Bar: >= 15 MB/s, <= 200 MB. (TABARI -O2: ~1.8 MB/s here.)
# 2. the whole pipeline: `khabar code` over the JSONL corpus (read + clean +
#    language + code), with the enrichment (dates, places, tolls; the default)
#    and with --no-enrich: best CPU seconds of 3 runs each -> MB/s of text,
#    peak RSS. Bars: >= 10 MB/s enriched with <= 300 MB (issue 5), >= 15 MB/s
#    without with <= 200 MB (issue 4).
# 3. false alarms: conflict events (quad 3-4) on the 897 sport and entertainment
#    articles, per 100 articles. Bar: <= 1.
# Needs python3 and ../shared/corpus/bbc-news-2225.jsonl.gz.
set -u
BUILD=${1:-build}
KHABAR=$BUILD/khabar
HERE=$(cd "$(dirname "$0")/.." && pwd)
CORPUS=${KB_SHARED:-$HERE/../shared}/corpus/bbc-news-2225.jsonl.gz
[ -x "$KHABAR" ] || { echo "code_bench: no $KHABAR" >&2; exit 2; }
[ -f "$CORPUS" ] || { echo "code_bench: no $CORPUS" >&2; exit 2; }
export KHABAR_LEXICON=${KHABAR_LEXICON:-$HERE/lexicon}
T=$(mktemp -d /tmp/kb-code-bench-XXXXXX)
trap 'rm -rf "$T"' EXIT

python3 - "$CORPUS" "$T" <<'PY'
import gzip, json, sys
src, out = sys.argv[1], sys.argv[2]
lines = open(out + "/paras.txt", "w")
allj = open(out + "/all.jsonl", "w")
se = open(out + "/se.jsonl", "w")
for l in gzip.open(src, "rt"):
    d = json.loads(l)
    body = d["title"] + "\n\n" + d["text"]
    for p in body.split("\n"):
        if p.strip(): lines.write(p.strip() + "\n")
    rec = json.dumps({"id": d["id"], "title": d["title"], "text": d["text"]}) + "\n"
    allj.write(rec)
    if d.get("category") in ("sport", "entertainment"): se.write(rec)
PY
bytes=$(wc -c < "$T/paras.txt")

best=""
for i in 1 2 3; do
    /usr/bin/time -f "%U %S %M" -o "$T/time" "$KHABAR" code --quiet --sentences "$T/paras.txt" > "$T/ev.jsonl"
    read -r u s rss < "$T/time"
    cpu=$(python3 -c "print($u + $s)")
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $cpu < $best else 1)"; then best=$cpu; brss=$rss; fi
done
nev=$(wc -l < "$T/ev.jsonl")
python3 -c "
b=$bytes; c=max($best, 0.01)
print('coding alone: %.2f MB in %.2f s CPU = %.1f MB/s; peak RSS %.1f MB; %d events' % (b/1e6, c, b/1e6/c, $brss/1024, $nev))"

for mode in --enrich --no-enrich; do
    best=""
    for i in 1 2 3; do
        /usr/bin/time -f "%U %S %M %e" -o "$T/time" "$KHABAR" code --quiet $mode "$T/all.jsonl" > "$T/all_ev.jsonl" 2>/dev/null
        read -r u s rss wall < "$T/time"
        cpu=$(python3 -c "print($u + $s)")
        if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $cpu < $best else 1)"; then best=$cpu; bwall=$wall; fi
        brss=$rss
    done
    python3 -c "
b=$bytes; c=max($best, 0.01)
print('whole pipeline $mode (read + clean + code, JSONL): %.2f s CPU (%.2f s wall) = %.1f MB/s; peak RSS %.1f MB; %d events' % (c, $bwall, b/1e6/c, $brss/1024, $(wc -l < "$T/all_ev.jsonl")))"
done

"$KHABAR" code --quiet "$T/se.jsonl" > "$T/se_ev.jsonl" 2>/dev/null
python3 - "$T/se_ev.jsonl" "$T/se.jsonl" <<'PY'
import json, sys
docs = sum(1 for _ in open(sys.argv[2]))
n = 0
for l in open(sys.argv[1]):
    e = json.loads(l)
    if e["quad"] in (3, 4):
        n += 1
        print("  false alarm? %s %s>%s %s: %s" % (e["doc"], (e["source"] or {}).get("code"),
              (e["target"] or {}).get("code"), e["code"], e["evidence"][:110]))
print("false alarms: %d conflict events on %d sport+entertainment articles = %.2f per 100" % (n, docs, 100.0 * n / max(docs, 1)))
PY
