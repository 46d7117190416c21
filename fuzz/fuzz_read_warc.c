/*
 * fuzz_read_warc.c -- libFuzzer target for the WARC/WET reader and the HTTP payload decoding
 * (chunked, gzip) behind it (format forced). The input is read as one in-memory file through
 * kbr_input_open_mem and every document is drained; each kb_raw must be NUL-terminated with
 * non-NULL id/origin/position_kind.
 * fuzz-max-len: 131072
 */
#include "read_drain.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_read_drain("fuzz.warc", data, size, KBR_WARC);
}
