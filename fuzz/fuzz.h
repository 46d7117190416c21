/*
 * fuzz.h -- what every fuzz target shares: CHECK(c) aborts when an invariant the
 * target asserts does not hold, so that libFuzzer records the input as a finding
 * (assert() would vanish under NDEBUG).
 */
#ifndef KB_FUZZ_H
#define KB_FUZZ_H
#include <stdlib.h>

#define CHECK(c)           \
    do {                   \
        if (!(c)) abort(); \
    } while (0)

#endif
