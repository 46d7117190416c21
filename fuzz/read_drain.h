/*
 * read_drain.h -- the body shared by the fuzz_read_* targets: read the input as
 * one in-memory file in the given format and drain every document. The
 * iterator must make progress, and each kb_raw must be NUL-terminated with
 * non-NULL id/origin/position_kind; anything else aborts (a finding).
 */
#ifndef KB_FUZZ_READ_DRAIN_H
#define KB_FUZZ_READ_DRAIN_H
#include "read/read.h"
#include <stdlib.h>
#include <string.h>

static int fuzz_read_drain(const char *name, const uint8_t *data, size_t size, int format)
{
    kb_input *in = kbr_input_open_mem(name, data, size, format);
    if (!in) return 0;
    kb_raw r;
    kb_err e;
    int st;
    size_t guard = 0;
    volatile size_t sink = 0;
    while ((st = kb_input_next(in, &r, &e)) != KB_DONE) {
        if (++guard > 1000000) abort(); /* the iterator must make progress */
        if (st < 0) {
            sink += strlen(e.msg);
            continue;
        }
        if (!r.data || r.data[r.len] != '\0' || !r.id || !r.origin || !r.position_kind) abort();
        sink += r.len + strlen(r.id) + (r.url ? strlen(r.url) : 0) + (r.date ? strlen(r.date) : 0) +
                (r.charset ? strlen(r.charset) : 0) + (r.title ? strlen(r.title) : 0);
        if (r.len) sink += (unsigned char)r.data[0] + (unsigned char)r.data[r.len - 1];
    }
    kb_input_close(in);
    (void)sink;
    return 0;
}
#endif
