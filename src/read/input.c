/* input.c -- STUB: replaced by the readers (files, gzip, JSONL, WARC, dirs). */
#include "kb_internal.h"
#include <stdlib.h>
#include <string.h>
struct kb_input { const char *const *paths; size_t n, i; kbu_buf buf; char id[256]; };
kb_input *kb_input_open(const char *const *paths, size_t npaths)
{
    kb_input *in = calloc(1, sizeof *in);
    if (in) { in->paths = paths; in->n = npaths; }
    return in;
}
int kb_input_next(kb_input *in, kb_raw *raw, kb_err *err)
{
    if (in->i >= in->n) return KB_DONE;
    const char *p = in->paths[in->i++];
    FILE *f = fopen(p, "rb");
    if (!f) return kb_err_set(err, KB_EIO, "%s: cannot open", p);
    kbu_buf_clear(&in->buf);
    char tmp[65536]; size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0) kbu_buf_append(&in->buf, tmp, k);
    fclose(f);
    if (!in->buf.data) kbu_buf_append(&in->buf, "", 0);
    memset(raw, 0, sizeof *raw);
    const char *b = strrchr(p, '/'); b = b ? b + 1 : p;
    snprintf(in->id, sizeof in->id, "%.*s", (int)strcspn(b, "."), b);
    raw->data = in->buf.data; raw->len = in->buf.len; raw->id = in->id; raw->origin = p;
    raw->position_kind = "byte";
    return KB_OK;
}
void kb_input_close(kb_input *in) { if (in) { kbu_buf_free(&in->buf); free(in); } }
