#!/usr/bin/env bash
# eval_casualty.sh -- `khabar eval casualty` end to end on ../shared/eval/casualty/:
#   - the 18 hand-written cases are all right (value, min, max, approx of killed and injured);
#   - on the clean subset of gva_news_casualties.jsonl, killed exact >= 0.80 and injured
#     exact >= 0.70 (issue 5's bar; the regex baseline gets 0.587 and 0.480);
#   - --pred-out writes one {"id","killed","injured"} line per document;
#   - bad usage exits 2, a missing file exits 1.
# Skips (77) without $KB_SHARED/eval/casualty.
set -u
KHABAR=${KHABAR:?set KHABAR to the khabar binary}
[ -x "$KHABAR" ] || { echo "no khabar binary at $KHABAR" >&2; exit 1; }
C=${KB_SHARED:-}/eval/casualty
[ -n "${KB_SHARED:-}" ] && [ -f "$C/gva_news_casualties.jsonl" ] || { echo "skip: no \$KB_SHARED/eval/casualty"; exit 77; }
T=$(mktemp -d /tmp/kb-eval-casualty-XXXXXX)
trap 'rm -rf "$T"' EXIT
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

# field NAME from a one-line JSON object (numbers only)
field() { sed -n "s/.*\"$1\":\([0-9.]*\).*/\1/p"; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a + 0 >= b + 0) }'; }

out=$("$KHABAR" eval casualty --json -v "$C/handwritten_casualty_cases.jsonl" 2>"$T/hw.err") ||
    fail "handwritten: exit $?"
cases=$(echo "$out" | field cases)
right=$(echo "$out" | field right)
[ -n "$cases" ] && [ "$cases" = 18 ] && [ "$right" = 18 ] ||
    { fail "handwritten: $right of $cases right"; cat "$T/hw.err" >&2; }

out=$("$KHABAR" eval casualty --json --pred-out "$T/pred.jsonl" "$C/gva_news_casualties.jsonl") ||
    fail "gva: exit $?"
echo "$out"
k=$(echo "$out" | field clean_killed_exact)
i=$(echo "$out" | field clean_injured_exact)
ge "${k:-0}" 0.80 || fail "clean killed exact $k < 0.80"
ge "${i:-0}" 0.70 || fail "clean injured exact $i < 0.70"
n=$(wc -l <"$T/pred.jsonl")
g=$(grep -c . "$C/gva_news_casualties.jsonl")
[ "$n" = "$g" ] || fail "--pred-out: $n lines for $g documents"
head -1 "$T/pred.jsonl" | grep -q '^{"id":"[^"]*","killed":[0-9]*,"injured":[0-9]*}$' ||
    fail "--pred-out line: $(head -1 "$T/pred.jsonl")"

"$KHABAR" eval casualty >/dev/null 2>&1
[ $? = 2 ] || fail "no file: exit not 2"
"$KHABAR" eval casualty "$T/missing.jsonl" >/dev/null 2>&1
[ $? = 1 ] || fail "missing file: exit not 1"

[ $fails = 0 ] && echo "eval_casualty: ok"
exit $((fails > 0))
