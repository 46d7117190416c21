/*
 * fuzz_textclean.c -- libFuzzer target for the plain-text cleaner and its
 * helpers: kbc_text_extract (with the project's lexicon, or a small built-in
 * one if that cannot be loaded), the lexicon compiler and matcher
 * (kbc_lexicon_load_string on the raw bytes), kbc_date_parse and kbc_date_parse_md at every offset and
 * kbc_date_from_url. Checks: output NUL-terminated, no bytes invented beyond
 * the input length, dates well-formed.
 * The cleaner's sources are compiled into this target (not taken from the
 * library archive) so that libFuzzer's coverage instrumentation sees them:
 * the library itself is built without -fsanitize=fuzzer-no-link.
 * fuzz-max-len: 65536
 */
#include "clean/lexicon.h"
#include "../src/clean/date.c"
#include "../src/clean/lexicon.c"
#include "../src/clean/textclean.c"
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static kbc_lexicon *lexicon(void)
{
    static kbc_lexicon *lx;
    static int tried;
    if (!tried) {
        tried = 1;
        kb_err err;
        lx = kbc_lexicon_load(kb_lexicon_dir(), &err);
        if (!lx) {
            static const char builtin[] =
                "chrome 5 also read*\nchrome 3 share*\nend 5 leave a reply*\n"
                "block 5 disclaimer*\ncredit 0 (<letters>- <outlet>)\nchrome 5 <date>\n"
                "chrome 2 * on <date>*said:\n";
            lx = kbc_lexicon_load_string(builtin, sizeof builtin - 1, "builtin", &err);
        }
        if (!lx) abort();
    }
    return lx;
}

static void check_ymd(const char *d)
{
    if (strlen(d) != 10 || d[4] != '-' || d[7] != '-') abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    /* 1. the cleaner on the bytes as a scraped page; the first line doubles as a URL */
    kb_arena *a = kb_arena_new(0);
    if (!a) return 0;
    char url[256];
    size_t ul = 0;
    while (ul < size && ul < sizeof url - 1 && data[ul] != '\n' && data[ul]) {
        url[ul] = s[ul];
        ul++;
    }
    url[ul] = '\0';
    kbc_page pg;
    kb_err err;
    if (kbc_text_extract(lexicon(), s, size, url, a, &pg, &err) == KB_OK) {
        if (!pg.text || pg.text[pg.text_len] != '\0' || pg.text_len > size + 2 * size) abort();
        if (pg.date) check_ymd(pg.date);
        volatile size_t sink = (pg.title ? strlen(pg.title) : 0) + (pg.outlet ? strlen(pg.outlet) : 0) +
                               (pg.dateline ? strlen(pg.dateline) : 0);
        (void)sink;
    }
    kb_arena_free(a);

    /* 2. the bytes as a lexicon file */
    kbc_lexicon *lx = kbc_lexicon_load_string(s, size, "fuzz.txt", &err);
    if (lx) {
        kbc_cue_result r;
        kbc_cue_match(lx, s, size, &r);
        if (r.credit_len > size || r.outlet_off + r.outlet_len > size) abort();
        kbc_lexicon_free(lx);
    } else if (!strstr(err.msg, "fuzz.txt")) {
        abort(); /* every error names the file */
    }

    /* 3. dates at every offset (bounded) and in the URL */
    char ymd[11];
    for (size_t i = 0; i < size && i < 4096; i++) {
        size_t n = kbc_date_parse(s + i, size - i, ymd);
        if (n > size - i) abort();
        if (n) check_ymd(ymd);
        int m = 0, d = 0; /* a month and day with no year */
        n = kbc_date_parse_md(s + i, size - i, &m, &d);
        if (n > size - i || (n && (m < 1 || m > 12 || d < 1 || d > 31))) abort();
    }
    if (kbc_date_from_url(url, ymd)) check_ymd(ymd);
    return 0;
}
