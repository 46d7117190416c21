/*
 * fuzz_sovs.c -- libFuzzer target for the reader of the registry's dependency table
 * (kba_sovs_parse in src/annotate/sovereign.c: country-code-info's countries.json).
 *
 * Input: the table's text (any bytes). Asserts:
 *   - the entry count never exceeds the table's room, and parsing the same text twice gives the
 *     same entries;
 *   - every code is three bytes and NUL-terminated, and "part" is 0 or 1;
 *   - kba_organ_state answers only "FRA", "NOR" or NULL for any entry's organs.
 * fuzz-max-len: 16384
 */
#include "annotate/geo.h"
#include <stdlib.h>
#include <string.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static kba_sovs a, b;
    const char *text = (const char *)data;
    kba_sovs_parse(&a, text, size);
    kba_sovs_parse(&b, text, size);
    CHECK(a.n <= sizeof a.r / sizeof *a.r);
    CHECK(a.n == b.n);
    for (size_t i = 0; i < a.n; i++) {
        CHECK(strlen(a.r[i].dep) == 3 && strlen(a.r[i].sov) == 3);
        CHECK(a.r[i].part == 0 || a.r[i].part == 1);
        CHECK(!strcmp(a.r[i].dep, b.r[i].dep) && !strcmp(a.r[i].sov, b.r[i].sov) && a.r[i].part == b.r[i].part);
        char code[7];
        memcpy(code, a.r[i].dep, 3);
        memcpy(code + 3, "COP", 4);
        const char *s = kba_organ_state(&a, code, a.r[i].dep);
        CHECK(!s || !strcmp(s, "FRA") || !strcmp(s, "NOR"));
    }
    return 0;
}
