#!/usr/bin/env bash
# gate.sh -- the checks to pass before a commit; exits 1 when any fails, so that
# `scripts/gate.sh && git commit ...` never commits past a failure.
#
#   scripts/gate.sh [ASAN_BUILD_DIR]     (default /tmp/basan)
#
# 1. build/ (make build) and its whole ctest; 2. the ASan+UBSan build's coder, enrichment,
# geo, toll, date and events tests (configure it once: cmake -S . -B /tmp/basan
# -DKB_SANITIZE=ON -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++
# -DCMAKE_BUILD_TYPE=RelWithDebInfo); 3. the golden coder cases; 4. `khabar lexicon check` with
# no error and no warning; 5. `duplicates --change` (when the tool is there). Each check's last
# lines are printed: read them.
set -u
cd "$(git rev-parse --show-toplevel)" || exit 1
ASAN=${1:-/tmp/basan}
export KHABAR_LEXICON=$PWD/lexicon
rc=0
fail() { echo "GATE: $1 failed"; rc=1; }
out=$(cmake --build build -j2 2>&1) || fail "build"
grep -E "error|warning" <<<"$out" && fail "build (warnings)"
out=$(cd build && ctest -j2 2>&1 | tail -4); echo "$out"
grep -q "100% tests passed" <<<"$out" || fail "ctest"
if [ -d "$ASAN" ]; then
  out=$(cmake --build "$ASAN" -j2 2>&1) || fail "ASan build"
  out=$(cd "$ASAN" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 ctest -j2 \
        -R "golden|test_code|test_enrich|test_lexicon|geo|toll|date|events_dev|sh/code|lexicon_codes" 2>&1 | tail -4)
  echo "$out"
  grep -q "100% tests passed" <<<"$out" || fail "ASan ctest"
else
  echo "GATE: no ASan build at $ASAN (configure it: see the head of this script)"; rc=1
fi
out=$(KB_SRC=$PWD build/test_code_golden 2>&1 | grep "golden:"); echo "$out"
grep -q " 0 failed" <<<"$out" || fail "golden cases"
out=$(build/khabar lexicon check 2>&1 | tail -1); echo "$out"
grep -q "0 errors, 0 warnings" <<<"$out" || fail "lexicon check"
if command -v duplicates > /dev/null; then
  out=$(duplicates --change 2>&1 | tail -5); echo "$out"
  grep -q "no duplicates" <<<"$out" || fail "duplicates --change (read the pairs)"
fi
echo "GATE rc=$rc"
exit $rc
