/*
 * fuzz_read_http.c -- libFuzzer target for the HTTP payload helpers of the
 * WARC reader (src/read/http.c): header parsing, Content-Type media type
 * and charset, de-chunking and bounded gzip/deflate decoding, HTML sniffing.
 * fuzz-max-len: 65536
 */
#include "read/read.h"
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *p = (const char *)data;
    volatile size_t sink = 0;
    kbr_http h;
    if (kbr_http_parse(p, size, &h) == 0) {
        if (h.body_off > size) abort();
        char mime[64], cs[64];
        kbr_mime(h.ctype, h.ctype_len, mime, sizeof mime);
        if (kbr_charset(h.ctype, h.ctype_len, cs, sizeof cs)) sink += strlen(cs);
        sink += strlen(mime) + (size_t)kbr_sniff_html(p + h.body_off, size - h.body_off);
    }
    kbu_buf b = {0};
    if (kbr_dechunk(p, size, &b) == KB_OK && b.len > size) abort();
    kbu_buf_free(&b);
    kbu_buf z = {0};
    (void)kbr_inflate(p, size, size && (data[0] & 1), (size_t)1 << 20, &z);
    if (z.len > ((size_t)1 << 20)) abort();
    kbu_buf_free(&z);
    (void)sink;
    return 0;
}
