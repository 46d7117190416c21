/* html.c -- STUB: replaced by the HTML extractor. */
#include "kb_internal.h"
#include <string.h>
int kbc_html_extract(const char *html, size_t len, const char *charset, const char *url,
                     kb_arena *a, kbc_page *out, kb_err *err)
{
    (void)charset; (void)url; (void)err;
    memset(out, 0, sizeof *out);
    out->text = kb_arena_strndup(a, html, len);
    out->text_len = len;
    return KB_OK;
}
