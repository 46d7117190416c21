/*
 * kbe.h -- internal API of the event coder (src/code): what the CLI, the coder
 * scorer (src/eval/coder.c), tests and fuzz targets need beyond khabar.h.
 */
#ifndef KBE_H
#define KBE_H

#include "kb_internal.h"
#include "khabar.h"
#include "lexicon/kbl.h"

const kbl_lexicon *kbe_lexicon(const kb_coder *c);
/* Tests: on = 1 makes c read every token byte by byte (no 8-byte path for short ASCII
 * words); the two ways give the same tokens (tests/unit/test_code_tokens.c). */
void kbe_tokens_bytewise(kb_coder *c, int on);

/* Code text[0..n) as a document of its own (d is reset and filled: id, text, date).
 * one_sentence: the whole text is one sentence (khabar code --sentences, gold cases);
 * else it is split into sentences. date: "YYYY-MM-DD", "YYYYMMDD" or NULL. */
int kbe_code_text(kb_coder *c, kb_doc *d, const char *id, const char *text, size_t n,
                  const char *date, int one_sentence, kb_event **ev, size_t *nev, kb_err *err);

/* Output: one JSON object line / one TSV line (with the newline). */
void kbe_event_json(kbu_buf *b, const kb_doc *d, const kb_event *e);
void kbe_event_tsv(kbu_buf *b, const kb_doc *d, const kb_event *e);
void kbe_tsv_header(kbu_buf *b);

/* a role of people hit by violence, not the armed ("CVL", "MIL", "GOV" ...; not "INS"): the
 * coder's victims and the enrichment's own side (src/code/enrich.c) */
int kbe_victim_role(const char *role);
/* a role of people, neither the armed nor a state's organs ("CVL", "AGR", "BUS" ...) */
int kbe_people_role(const char *role);
/* Did group gc act beside a state's forces among events ev[0..n) (state cc's, or any state's
 * organs when cc is NULL): the same code on the same target in one sentence ("Malian soldiers and
 * fighters of Russia's Africa Corps killed six herders")? Then the unnamed armed men those forces
 * fight are not that group's (the coder's memory of the last group, the one-group rule). */
int kbe_fought_beside(const kb_event *ev, size_t n, const char *gc, const char *cc);
/* Fallback sentence splitter used when the document has no sentence spans. */
size_t kbe_split_sentences(const char *text, size_t len, kb_span *out, size_t cap);

/* ---- scoring the coder against the shared gold format (src/eval/coder.c) ---- */
typedef struct kbv_coder_score {
    char file[256];
    long cases, scored, exact, noev_cases, noev_right;
    long tp, fp, fn;       /* exact (source, target, code) triples */
    long rtp, rfp, rfn;    /* root codes */
    long ptp, pfp, pfn;    /* PLOVER (source, target, type), only where the gold has PLOVER */
    long p3tp, p3fp, p3fn; /* PLOVER with actors compared on their first three letters */
    long pttp, ptfp, ptfn; /* PLOVER event types alone (per case multisets, actors ignored) */
    long flagged; /* cases in the README's flagged subsets (tabari_options, sentence=false, ...) */
    int has_plover;
} kbv_coder_score;

enum { KBV_ALL, KBV_STANDARD, KBV_FLAGGED }; /* which cases kbv_coder_eval scores */

/* Score one gold file ({"id","date","text","expected":[...],"notes":[...]} lines). pred: if not
 * NULL, each case's predictions are written there as {"id","events":[{source,target,code,plover}]}.
 * verbose: if not NULL, each wrong case is described there. */
int kbv_coder_eval(kb_coder *c, const char *path, int subset, FILE *pred, FILE *verbose,
                   kbv_coder_score *s, kb_err *err);
/* PLOVER type of a CAMEO code in the 0.6 vocabulary the PLOVER gold records use
 * (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT ...); NULL for roots 01 and 02. */
const char *kbv_plover06(const char *code);

#endif
