/*
 * fuzz_read_jsonl.c -- libFuzzer target for the JSON Lines reader (format forced, so every input
 * reaches it). The body is fuzz/read_drain.h.
 * fuzz-max-len: 65536
 */
#include "read_drain.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_read_drain("fuzz.jsonl", data, size, KBR_JSONL);
}
