/*
 * fuzz_code.c -- libFuzzer target for the event coder on arbitrary bytes.
 *
 * The first byte picks the mode (one sentence, or an article split into sentences)
 * and the article date; the rest is coded with the project's lexicons (KHABAR_LEXICON
 * or the built-in directory). Asserts for every event: the evidence span lies in the
 * text, the verb lies in the evidence, the code is a CAMEO code with root = code[:2],
 * quad 1..4, at least one actor is named, and the JSON/TSV writers run.
 * fuzz-max-len: 16384
 */
#include "code/kbe.h"
#include <stdlib.h>
#include <string.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static kb_coder *coder;
static kb_doc *doc;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!coder) {
        kb_err err = {0};
        coder = kb_coder_new(NULL, &err);
        if (!coder) abort();
        doc = kb_doc_new();
    }
    if (size < 1) return 0;
    static const char *const dates[] = {NULL, "2015-06-01", "2023-01-01", "20240610"};
    int one = data[0] & 1;
    const char *date = dates[(data[0] >> 1) & 3];
    kb_err err = {0};
    kb_event *ev = NULL;
    size_t n = 0;
    if (kbe_code_text(coder, doc, "fuzz", (const char *)data + 1, size - 1, date, one, &ev, &n, &err) != KB_OK)
        return 0;
    kbu_buf b = {0};
    for (size_t i = 0; i < n; i++) {
        const kb_event *e = &ev[i];
        CHECK(e->start < e->end && e->end <= doc->text_len);
        CHECK(e->verb_start >= e->start && e->verb_end <= e->end && e->verb_start < e->verb_end);
        CHECK(e->code && strlen(e->code) >= 2 && !strncmp(e->code, e->root, 2));
        CHECK(kbl_cameo_get(kbe_lexicon(coder), e->code) != NULL);
        CHECK(e->quad >= 1 && e->quad <= 4);
        CHECK(e->source.code || e->target.code);
        kbe_event_json(&b, doc, e);
        kbe_event_tsv(&b, doc, e);
    }
    kbu_buf_free(&b);
    return 0;
}
