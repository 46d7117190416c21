/* text.c -- STUB: replaced by the text layer (normalise, sentences, tokens). */
#include "kb_internal.h"
#include <string.h>
int kbt_normalize(kb_arena *a, const char *in, size_t len, bool keep_lines,
                  char **out, size_t *out_len, size_t *n_repaired)
{
    (void)keep_lines;
    *out = kb_arena_strndup(a, in, len);
    *out_len = len;
    *n_repaired = 0;
    return *out ? KB_OK : KB_ENOMEM;
}
char *kbt_utf8_repair(kb_arena *a, const char *in, size_t len, size_t *n_repaired)
{ *n_repaired = 0; return kb_arena_strndup(a, in, len); }
int kbt_paragraphs(kb_arena *a, const char *text, size_t len, kb_span **out, size_t *n)
{ (void)a; (void)text; (void)len; *out = NULL; *n = 0; return KB_OK; }
int kbt_sentences(kb_arena *a, const char *text, size_t len, kb_span **out, size_t *n)
{ (void)a; (void)text; (void)len; *out = NULL; *n = 0; return KB_OK; }
int kbt_tokens(kb_arena *a, const char *text, size_t len, kb_span **out, size_t *n)
{ (void)a; (void)text; (void)len; *out = NULL; *n = 0; return KB_OK; }
