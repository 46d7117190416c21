/* textclean.c -- STUB: replaced by the plain-text line classifier. */
#include "kb_internal.h"
#include <stdlib.h>
#include <string.h>
struct kbc_lexicon { int dummy; };
kbc_lexicon *kbc_lexicon_load(const char *dir, kb_err *err) { (void)dir; (void)err; return calloc(1, sizeof(kbc_lexicon)); }
void kbc_lexicon_free(kbc_lexicon *lx) { free(lx); }
int kbc_text_extract(const kbc_lexicon *lx, const char *text, size_t len, const char *url,
                     kb_arena *a, kbc_page *out, kb_err *err)
{
    (void)lx; (void)url; (void)err;
    memset(out, 0, sizeof *out);
    out->text = kb_arena_strndup(a, text, len);
    out->text_len = len;
    return KB_OK;
}
