/*
 * fuzz_html.c -- libFuzzer target for the HTML cleaner: kbc_html_extract on
 * the raw bytes with a fresh arena, once with no declared charset (sniffing,
 * UTF-8 repair, pre-filter) and once declared ISO-8859-1 when the input is
 * small. Checks: KB_OK, text NUL-terminated with the announced length,
 * paragraphs never start or end with whitespace, metadata strings
 * NUL-terminated, dates "YYYY-MM-DD".
 * fuzz-max-len: 262144
 */
#include "kb_internal.h"
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(const kbc_page *p)
{
    if (!p->text || strlen(p->text) != p->text_len) abort();
    if (p->text_len && (p->text[0] == ' ' || p->text[0] == '\n' || p->text[p->text_len - 1] == ' ' ||
                        p->text[p->text_len - 1] == '\n'))
        abort();
    const char *m[] = {p->title, p->outlet, p->url, p->lang, p->date_source};
    for (size_t i = 0; i < sizeof m / sizeof *m; i++)
        if (m[i]) (void)strlen(m[i]);
    if (p->date) {
        if (strlen(p->date) != 10 || p->date[4] != '-' || p->date[7] != '-') abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kb_arena *a = kb_arena_new(0);
    if (!a) return 0;
    kbc_page p;
    kb_err err;
    if (kbc_html_extract((const char *)data, size, NULL, "https://fuzz.example/2024/01/02/x", a, &p,
                         &err) != KB_OK)
        abort();
    check(&p);
    if (size < 4096) {
        kb_arena_reset(a);
        if (kbc_html_extract((const char *)data, size, "ISO-8859-1", NULL, a, &p, &err) != KB_OK)
            abort();
        check(&p);
    }
    kb_arena_free(a);
    return 0;
}
