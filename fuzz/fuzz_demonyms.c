/*
 * fuzz_demonyms.c -- libFuzzer target for the reader of the registry's world-countries table
 * (kbl_demonym_rows in src/lexicon/lexicon.c: the CSV the lexicon loader takes demonyms from).
 *
 * Input: the CSV text (any bytes). Asserts:
 *   - the row count never exceeds the room given, and parsing the same text twice gives the
 *     same rows;
 *   - every field is NUL-terminated within its array (a3 at most 3 bytes, demonyms at most 63);
 *   - text that holds no "cca3" once its quotation marks are dropped (no such column) gives no
 *     row.
 * fuzz-max-len: 16384
 */
#include "lexicon/kbl.h"
#include <stdlib.h>
#include <string.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    enum { CAP = 64 };
    static kbl_demonym_row a[CAP], b[CAP];
    const char *text = (const char *)data;
    size_t n = kbl_demonym_rows(text, size, a, CAP);
    CHECK(n <= CAP);
    CHECK(kbl_demonym_rows(text, size, b, CAP) == n);
    for (size_t i = 0; i < n; i++) {
        CHECK(memchr(a[i].a3, 0, sizeof a[i].a3) != NULL);
        CHECK(memchr(a[i].dm[0], 0, sizeof a[i].dm[0]) != NULL);
        CHECK(memchr(a[i].dm[1], 0, sizeof a[i].dm[1]) != NULL);
        CHECK(!strcmp(a[i].a3, b[i].a3) && !strcmp(a[i].dm[0], b[i].dm[0]) && !strcmp(a[i].dm[1], b[i].dm[1]));
    }
    char *bare = malloc(size + 1);
    if (!bare) return 0;
    size_t bn = 0;
    for (size_t i = 0; i < size; i++)
        if (text[i] != '"') bare[bn++] = text[i];
    int header = 0;
    for (size_t i = 0; i + 4 <= bn && !header; i++) header = !memcmp(bare + i, "cca3", 4);
    free(bare);
    if (!header) CHECK(n == 0);
    return 0;
}
