#!/usr/bin/env bash
# run.sh -- run every libFuzzer target of a build for a while.
#
#   fuzz/run.sh BUILD_DIR [SECONDS]      (SECONDS default 60)
#
# Picks up every executable BUILD_DIR/fuzz_* (so new fuzz/fuzz_NAME.c files
# are run without touching this script). Each runs on a scratch copy of its
# seeds (fuzz/seeds/NAME/ and the inputs of tests/golden/NAME/, if any) for SECONDS seconds. The maximum input
# length comes from a "fuzz-max-len: N" line in fuzz/fuzz_NAME.c (default
# 65536). Prints "fuzz_NAME: N execs, no crash" per target, or a CRASH line
# with the log and crash file kept under BUILD_DIR/fuzz-logs/; exits 1 if any
# target crashed. FUZZ_ONLY=fuzz_x,fuzz_y limits the run to those targets.
set -u
BUILD=${1:?usage: fuzz/run.sh BUILD_DIR [SECONDS]}
if [ ! -d "$BUILD" ]; then
    echo "run.sh: no build directory $BUILD" >&2
    exit 2
fi
BUILD=$(cd "$BUILD" && pwd) # the targets run from the log directory
SECS=${2:-60}
HERE=$(cd "$(dirname "$0")" && pwd)
LOGS=$BUILD/fuzz-logs
mkdir -p "$LOGS"
shopt -s nullglob
bins=()
for b in "$BUILD"/fuzz_*; do
    [ -f "$b" ] && [ -x "$b" ] && bins+=("$b")
done
if [ ${#bins[@]} -eq 0 ]; then
    echo "run.sh: no fuzz_* executables in $BUILD (configure with -DKB_FUZZ=ON)" >&2
    exit 2
fi
crashed=0
for b in "${bins[@]}"; do
    name=$(basename "$b")
    if [ -n "${FUZZ_ONLY:-}" ] && [[ ",$FUZZ_ONLY," != *",$name,"* ]]; then continue; fi
    short=${name#fuzz_}
    maxlen=65536
    if [ -f "$HERE/$name.c" ]; then
        m=$(grep -o 'fuzz-max-len: *[0-9]\+' "$HERE/$name.c" | head -1 | grep -o '[0-9]\+$')
        [ -n "$m" ] && maxlen=$m
    fi
    corpus=$(mktemp -d "${TMPDIR:-/tmp}/kb-fuzz-$short.XXXXXX")
    if [ -d "$HERE/seeds/$short" ]; then
        cp -r "$HERE/seeds/$short/." "$corpus/" 2>/dev/null
    fi
    # the golden inputs of a topic are seeds too (tests/golden/NAME/*, inputs only)
    if [ -d "$HERE/../tests/golden/$short" ]; then
        for g in "$HERE/../tests/golden/$short"/*; do
            case "$g" in *.expected*|*.out) continue ;; esac
            [ -f "$g" ] && cp "$g" "$corpus/golden-$(basename "$g")"
        done
    fi
    log=$LOGS/$name.log
    (cd "$LOGS" && ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} \
        "$b" -max_total_time="$SECS" -max_len="$maxlen" -timeout=30 -rss_limit_mb=2560 \
        -print_final_stats=1 -artifact_prefix="$LOGS/$name-" "$corpus" >"$log" 2>&1)
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]\+' "$log" | tail -1 | grep -o '[0-9]\+$')
    if [ -z "$execs" ]; then
        execs=$(grep -o '^#[0-9]\+' "$log" | tail -1 | tr -d '#')
    fi
    if [ $rc -eq 0 ]; then
        echo "$name: ${execs:-0} execs, no crash"
    else
        crashed=1
        art=$(grep -o 'Test unit written to [^ ]*' "$log" | tail -1 | sed 's/Test unit written to //')
        echo "$name: CRASH after ${execs:-?} execs (exit $rc; log $log${art:+; input $art})"
    fi
    rm -rf "$corpus"
done
exit $crashed
