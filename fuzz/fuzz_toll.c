/*
 * fuzz_toll.c -- libFuzzer target for the toll annotator on arbitrary bytes.
 *
 * The input is taken as a text twice: raw with one sentence span over the
 * whole of it (kba_tolls must survive any bytes), and normalised and split
 * by the text layer (kbt_normalize, kbt_sentences) as the pipeline does.
 * Asserts: every mention lies inside its sentence (start < end <= the
 * sentence's end, start >= its start), sentences are in order, counts are
 * consistent (min <= max when both are set, no value below -1), and the
 * document summary and the per-sentence clause tolls never pick a mention
 * that does not exist. The quantity parser is run at every token as well.
 * fuzz-max-len: 65536
 */
#include "annotate/toll.h"
#include "kb_internal.h"
#include <stdlib.h>
#include <string.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_count(const kba_count *q)
{
    CHECK(q->value >= -1 && q->min >= -1 && q->max >= -1);
    if (q->min >= 0 && q->max >= 0) CHECK(q->min <= q->max);
}

static void check(const char *text, size_t len, const kb_span *sents, size_t ns, kb_arena *a)
{
    kba_toll *t;
    size_t n;
    if (kba_tolls(text, len, sents, ns, a, &t, &n) != KB_OK) return;
    uint32_t prev = 0;
    for (size_t k = 0; k < n; k++) {
        CHECK(t[k].start < t[k].end && t[k].end <= len);
        if (sents) {
            CHECK(t[k].sentence < ns);
            CHECK(t[k].start >= sents[t[k].sentence].start);
            CHECK(t[k].end <= sents[t[k].sentence].end);
        }
        CHECK(t[k].sentence >= prev);
        prev = t[k].sentence;
        CHECK(t[k].kind >= KBA_KILLED && t[k].kind <= KBA_CASUALTIES);
        check_count(&t[k].n);
    }
    kba_toll_sum s;
    kba_toll_summary(t, n, &s);
    check_count(&s.killed);
    check_count(&s.injured);
    CHECK(s.killed_from < (int)n && s.injured_from < (int)n);
    for (size_t k = 0; sents && k < ns; k++) {
        kba_toll_in_span(t, n, sents[k].start, sents[k].end, &s);
        check_count(&s.killed);
        check_count(&s.injured);
        CHECK(s.killed_from < (int)n && s.injured_from < (int)n);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static kb_arena *a;
    if (!a) a = kb_arena_new(0);
    if (kba_toll_init(NULL) != KB_OK) abort(); /* the lexicon must load (KHABAR_LEXICON) */
    kb_arena_reset(a);
    char *raw = kb_arena_alloc(a, size + 1);
    memcpy(raw, data, size);
    raw[size] = 0;
    kb_span whole = {0, (uint32_t)size};
    check(raw, size, size ? &whole : NULL, size ? 1 : 0, a);
    /* the quantity parser at every token */
    kba_tok toks[256];
    size_t nt = kba_tokenize(raw, 0, (uint32_t)(size < 2000 ? size : 2000), toks, 256);
    for (size_t i = 0; i < nt; i++) {
        CHECK(toks[i].s < toks[i].e && toks[i].e <= size);
        kba_count q;
        size_t used = kba_quantity(raw, toks, i, nt, &q);
        CHECK(i + used <= nt);
        if (used) check_count(&q);
    }
    char *norm;
    size_t nlen, nrep;
    if (kbt_normalize(a, raw, size, false, &norm, &nlen, &nrep) != KB_OK) return 0;
    kb_span *sents;
    size_t ns;
    if (kbt_sentences(a, norm, nlen, &sents, &ns) != KB_OK) return 0;
    check(norm, nlen, sents, ns, a);
    return 0;
}
