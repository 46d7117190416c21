/*
 * fuzz_read_text.c -- libFuzzer target for the whole READ path from raw bytes: gzip source, format
 * sniffing, text/HTML file reader (binary and empty checks, UTF-16), and whatever format the bytes
 * sniff as. The input is read as one in-memory file through kbr_input_open_mem and every document
 * is drained; each kb_raw must be NUL-terminated with non-NULL id/origin/position_kind.
 * fuzz-max-len: 131072
 */
#include "read_drain.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_read_drain("fuzz.txt", data, size, KBR_AUTO);
}
