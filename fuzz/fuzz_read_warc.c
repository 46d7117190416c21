/*
 * fuzz_read_warc.c -- libFuzzer target for the WARC/WET reader and the HTTP payload decoding
 * (chunked, gzip) behind it (format forced). The input is read as one in-memory file through
 * kbr_input_open_mem and every document is drained; each kb_raw must be NUL-terminated with
 * non-NULL id/origin/position_kind.
 * fuzz-max-len: 131072
 */
#include "read/read.h"
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kb_input *in = kbr_input_open_mem("fuzz.warc", data, size, KBR_WARC);
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
