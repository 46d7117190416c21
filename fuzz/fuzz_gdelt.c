/*
 * fuzz_gdelt.c -- libFuzzer target for the GDELT 2.0 checker
 * (src/answer/gdelt_check.c), which parses files from outside.
 *
 * Input: the first byte picks the table (even: events, odd: mentions), the
 * rest is split into lines as `khabar check gdelt` splits a file. The code
 * tables are loaded once (the list checks are fuzzed too when the geo data of
 * scripts/gazetteer is there). Asserts:
 *   - the returned count equals the number of callbacks;
 *   - every callback names a column of the table, or "row";
 *   - every message is non-empty, NUL-terminated and shorter than 300 bytes.
 * fuzz-max-len: 16384
 */
#include "answer/answer.h"
#include <stdlib.h>
#include <string.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct seen {
    kbx_gdelt_kind kind;
    size_t n;
} seen;

static void on_violation(void *ctx, const char *column, const char *msg)
{
    seen *s = ctx;
    s->n++;
    CHECK(column && msg);
    size_t ml = strnlen(msg, 300);
    CHECK(ml > 0 && ml < 300);
    if (!strcmp(column, "row")) return;
    const char *const *names = s->kind == KBX_GDELT_MENTIONS ? kbx_gdelt_mention_cols : kbx_gdelt_event_cols;
    size_t nc = s->kind == KBX_GDELT_MENTIONS ? KBX_GDELT_MENTION_COLS : KBX_GDELT_EVENT_COLS;
    int found = 0;
    for (size_t i = 0; i < nc && !found; i++) found = names[i] == column;
    CHECK(found);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static kbx_codes *codes;
    static int loaded;
    if (!loaded) {
        kb_err err = {0};
        codes = kbx_codes_load(NULL, NULL, 0, &err); /* NULL: shapes only */
        loaded = 1;
    }
    if (size == 0) return 0;
    seen s = {data[0] & 1 ? KBX_GDELT_MENTIONS : KBX_GDELT_EVENTS, 0};
    const char *p = (const char *)data + 1, *end = (const char *)data + size;
    while (p <= end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        s.n = 0;
        size_t n = kbx_gdelt_check_line(codes, s.kind, p, len, on_violation, &s);
        CHECK(n == s.n);
        if (!nl) break;
        p = nl + 1;
    }
    return 0;
}
