/*
 * paragraphs.c -- paragraph spans (blocks of text separated by blank lines)
 * and the small span vector the splitters share. In normalised text the
 * blocks are separated by exactly "\n\n"; the scan also copes with any text
 * (blank lines holding spaces, tabs or CRs), so it is safe on raw input.
 */
#include "text_int.h"
#include <stdlib.h>
#include <string.h>

int kbt_vec_grow(kbt_vec *x)
{
    size_t nc = x->cap ? x->cap * 2 : 256;
    kb_span *nv = realloc(x->v, nc * sizeof *nv);
    if (!nv) return KB_ENOMEM;
    x->v = nv;
    x->cap = nc;
    return KB_OK;
}

int kbt_vec_finish(kbt_vec *x, kb_arena *a, kb_span **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    int rc = KB_OK;
    if (x->n) {
        kb_span *v = kb_arena_alloc(a, x->n * sizeof *v);
        if (v) {
            memcpy(v, x->v, x->n * sizeof *v);
            *out = v;
            *n = x->n;
        } else {
            rc = KB_ENOMEM;
        }
    }
    free(x->v);
    x->v = NULL;
    x->n = x->cap = 0;
    return rc;
}

int kbt_each_paragraph(const char *text, size_t len,
                       int (*fn)(void *ctx, size_t start, size_t end), void *ctx)
{
    size_t i = 0;
    size_t pstart = SIZE_MAX, plast = 0; /* first and one-past-last non-space byte */
    while (i < len) {
        /* one line: [i, eol) */
        const char *nl = memchr(text + i, '\n', len - i);
        size_t eol = nl ? (size_t)(nl - text) : len;
        size_t a = i, b = eol;
        while (a < b && kbt_is_ascii_space((unsigned char)text[a])) a++;
        while (b > a && kbt_is_ascii_space((unsigned char)text[b - 1])) b--;
        if (a == b) { /* blank line: close the paragraph */
            if (pstart != SIZE_MAX) {
                int rc = fn(ctx, pstart, plast);
                if (rc != KB_OK) return rc;
                pstart = SIZE_MAX;
            }
        } else {
            if (pstart == SIZE_MAX) pstart = a;
            plast = b;
        }
        i = eol + 1;
    }
    if (pstart != SIZE_MAX) return fn(ctx, pstart, plast);
    return KB_OK;
}

static int push_para(void *ctx, size_t start, size_t end)
{
    return kbt_vec_push(ctx, start, end);
}

int kbt_paragraphs(kb_arena *a, const char *text, size_t len, kb_span **out, size_t *n)
{
    kbt_vec v = {0};
    *out = NULL;
    *n = 0;
    if (!text || !len) return KB_OK;
    if (len > UINT32_MAX) return KB_EUSAGE;
    int rc = kbt_each_paragraph(text, len, push_para, &v);
    if (rc != KB_OK) {
        free(v.v);
        return rc;
    }
    return kbt_vec_finish(&v, a, out, n);
}
