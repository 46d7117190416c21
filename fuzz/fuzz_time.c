/*
 * fuzz_time.c -- libFuzzer target for the time annotator (src/annotate/time.c).
 *
 * Input: the first 10 bytes are taken as the DCT (any bytes: a valid date,
 * garbage, or a date that does not exist), the rest is the text. Asserts:
 *   - kba_times returns KB_OK; spans satisfy start < end <= len, are ordered
 *     and do not overlap;
 *   - every value is NUL-terminated, non-empty, printable ASCII, and its
 *     precision agrees with kba_prec_of_value (DATE/TIME) or is NONE;
 *   - a span never starts on a UTF-8 continuation byte;
 *   - the governing-date helper returns NULL or one of the expressions
 *     inside the requested ranges.
 * fuzz-max-len: 65536
 */
#include "annotate/time.h"
#include <stdlib.h>
#include <string.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char dct[11] = "2013-03-22";
    if (size >= 10) {
        memcpy(dct, data, 10);
        data += 10;
        size -= 10;
    }
    const char *text = (const char *)data;
    kb_arena *a = kb_arena_new(4096);
    if (!a) return 0;
    kba_timex *t = NULL;
    size_t n = 0;
    CHECK(kba_times(text, size, dct, a, &t, &n) == KB_OK);
    CHECK(n == 0 || t != NULL);
    for (size_t i = 0; i < n; i++) {
        CHECK(t[i].start < t[i].end && t[i].end <= size);
        if (i) CHECK(t[i].start >= t[i - 1].end);
        size_t L = strnlen(t[i].value, sizeof t[i].value);
        CHECK(L > 0 && L < sizeof t[i].value);
        for (size_t k = 0; k < L; k++) CHECK(t[i].value[k] > 32 && t[i].value[k] < 127);
        if (t[i].type == KBA_TX_DATE || t[i].type == KBA_TX_TIME)
            CHECK(t[i].prec == kba_prec_of_value(t[i].value));
        else
            CHECK(t[i].prec == KBA_PREC_NONE);
        /* spans start at a token: never on a UTF-8 continuation byte */
        CHECK(((unsigned char)text[t[i].start] & 0xC0) != 0x80);
    }
    uint32_t mid = (uint32_t)(size / 2);
    const kba_timex *g = kba_time_governing(t, n, mid / 2, mid, 0, (uint32_t)size);
    if (g) {
        CHECK(g >= t && g < t + n);
        CHECK(g->end <= size);
    }
    kb_arena_free(a);
    return 0;
}
