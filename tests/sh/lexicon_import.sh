#!/usr/bin/env bash
# lexicon_import.sh -- `khabar lexicon import` end to end on the validation dictionaries of
# TABARI and PETRARCH in $KB_SHARED/eval/coder/dicts (read there, never copied):
#   - each import writes a directory that `khabar lexicon check` loads with no error;
#   - every note on standard error names FILE:LINE and says dropped or approximated,
#     and the summary's counts match the notes;
#   - `khabar eval coder --lexicon DIR` scores the three fictional-actor sets at or above
#     floors a little under today's figures (tabari 0.43, petrarch1 0.455, udpetrarch 0.48
#     case accuracy), and far above the default lexicon, which knows none of their actors;
#   - bad usage exits 2.
# Skips (77) without $KB_SHARED/eval/coder/dicts.
set -u
KHABAR=${KHABAR:?set KHABAR to the khabar binary}
[ -x "$KHABAR" ] || { echo "no khabar binary at $KHABAR" >&2; exit 1; }
E=${KB_SHARED:-}/eval/coder
D=$E/dicts
[ -n "${KB_SHARED:-}" ] && [ -d "$D/tabari" ] || { echo "skip: no \$KB_SHARED/eval/coder/dicts"; exit 77; }
T=$(mktemp -d /tmp/kb-lexicon-import-XXXXXX)
trap 'rm -rf "$T"' EXIT
fails=0
fail() { echo "FAIL: $*" >&2; fails=$((fails + 1)); }

imp() { # name from files...
    local name=$1 from=$2
    shift 2
    "$KHABAR" lexicon import --from "$from" "$@" --out "$T/$name" > "$T/$name.sum" 2> "$T/$name.notes" ||
        { fail "$name: import failed: $(cat "$T/$name.notes" | tail -3)"; return; }
    # every note: FILE:LINE: dropped|approximated: message
    if grep -Ev '^[^:]+:[0-9]+: (dropped|approximated): .' "$T/$name.notes" | grep -q .; then
        fail "$name: a note without FILE:LINE: $(grep -Ev '^[^:]+:[0-9]+: (dropped|approximated): ' "$T/$name.notes" | head -1)"
    fi
    local nd na sd sa
    nd=$(grep -c ': dropped: ' "$T/$name.notes")
    na=$(grep -c ': approximated: ' "$T/$name.notes")
    sd=$(sed -n 's/.* \([0-9]*\) dropped, .*/\1/p' "$T/$name.sum")
    sa=$(sed -n 's/.* \([0-9]*\) approximated$/\1/p' "$T/$name.sum")
    [ "$nd" = "$sd" ] && [ "$na" = "$sa" ] || fail "$name: notes $nd/$na, summary says '$(cat "$T/$name.sum")'"
    "$KHABAR" lexicon check --quiet --dir "$T/$name" > "$T/$name.check" || fail "$name: lexicon check: $(cat "$T/$name.check")"
    grep -q ' 0 errors' "$T/$name.check" || fail "$name: lexicon check: $(cat "$T/$name.check")"
}

imp tab tabari --actors "$D/tabari/TABARI.Demo.actors" --agents "$D/tabari/Validate.agents" \
    --verbs "$D/tabari/TABARI.Demo.verbs"
imp p1 petrarch --actors "$D/petrarch1/PETR.Validate.actors.txt" --agents "$D/petrarch1/PETR.Validate.agents.txt" \
    --verbs "$D/petrarch1/PETR.Validate.verbs.txt" --discards "$D/petrarch1/PETR.Validate.discards.txt"
imp ud petrarch --actors "$D/udpetrarch/PETR_Validate_actors_2_02.txt" \
    --agents "$D/udpetrarch/PETR_Validate_agents_2_02.txt" --verbs "$D/udpetrarch/PETR_Validate_verbs_2_02.txt" \
    --discards "$D/udpetrarch/PETR_Validate_discards_2_02.txt"
grep -q 'TABARI.Demo.verbs:[0-9]*: dropped: time shift' "$T/tab.notes" || fail "tab: the <TIME> lines are not noted"
grep -q 'discards.txt:[0-9]*: dropped: ' "$T/p1.notes" || fail "p1: the discards are not noted"

# case accuracy of each set: imported lexicon >= floor, default lexicon far below
check() { # name set floor
    local acc base
    acc=$("$KHABAR" eval coder --lexicon "$T/$1" "$E/$2.dev.jsonl" | awk 'NR == 2 { print $3 }')
    base=$("$KHABAR" eval coder "$E/$2.dev.jsonl" | awk 'NR == 2 { print $3 }')
    echo "$2: case accuracy $acc with the imported dictionaries ($base with the default lexicon)"
    awk -v a="$acc" -v f="$3" 'BEGIN { exit !(a >= f) }' || fail "$2: case accuracy $acc < $3"
    awk -v a="$acc" -v b="$base" 'BEGIN { exit !(a >= b + 0.2) }' || fail "$2: $acc is not far above the default lexicon's $base"
}
check tab tabari 0.41
check p1 petrarch1_unittest 0.42
check ud udpetrarch_validate 0.45

"$KHABAR" lexicon import --out "$T/x" > /dev/null 2>&1
[ $? -eq 2 ] || fail "import without --from: exit is not 2"
"$KHABAR" lexicon import --from tabari --verbs /nonexistent/x.verbs --out "$T/y" > /dev/null 2>&1
[ $? -eq 1 ] || fail "import of a missing file: exit is not 1"

[ $fails -eq 0 ] && echo "lexicon_import: ok"
exit $((fails > 0))
