/*
 * merge.h -- near-duplicate articles and stories (issue 6), internal API (prefix kbm_).
 *
 * sign.c turns an article (text, title, date) into a kbm_sig: a content hash
 * for exact copies, two MinHash signatures -- one over word 3-shingles, one
 * over "anchor" bigrams (consecutive names, numbers and dates: what a
 * synonym spinner cannot change) -- and a short weighted term vector (names
 * count double) for story grouping. index.c keeps the signatures of a store
 * in memory with LSH band buckets, links copies and groups stories with two
 * union-finds, and writes the labels back through the store (kb_merge_* in
 * khabar.h). All decisions are symmetric functions of two signatures, so the
 * result does not depend on the order in which articles arrive.
 */
#ifndef KBM_MERGE_H
#define KBM_MERGE_H

#include "kb_internal.h"

#define KBM_K 64        /* MinHash values per signature */
#define KBM_TERMS 24    /* story terms kept per article */
#define KBM_XTERMS 32   /* language-independent items kept per article */
#define KBM_NODAY INT32_MIN

/* Kinds of language-independent items (low 2 bits of an item). */
enum { KBM_X_NUM = 0, KBM_X_NAME = 1, KBM_X_PLACE = 2, KBM_X_CONCEPT = 3 };
/* Bit 2 of a KBM_X_PLACE item: a country, region, capital or province; of a KBM_X_NAME
 * item: initials in capitals (an organisation). Names of a whole conflict, not of one
 * happening (kbm_story_score of undated reports). */
#define KBM_X_TOPIC 4u
/* Concepts (xling.c): kinds of events (KBM_C_FIGHT..KBM_C_TALKS, one bit each in
 * kbm_sig.kinds), then companions that do not tell kinds apart. */
enum {
    KBM_C_FIGHT = 1, KBM_C_BOMB, KBM_C_CRASH, KBM_C_QUAKE, KBM_C_FLOOD, KBM_C_VOTE, KBM_C_ECON,
    KBM_C_PROTEST, KBM_C_TALKS, KBM_C_MIL, KBM_C_DEAD, KBM_C_HURT
};
#define KBM_C_KINDS KBM_C_TALKS

typedef struct kbm_sig {
    uint64_t chash;          /* hash of the letters and digits of the text, lower-cased */
    int32_t day;             /* days since 1970-01-01 of the date, KBM_NODAY if unknown */
    uint32_t n_words;        /* distinct word shingles */
    uint32_t n_anchors;      /* distinct anchor bigrams */
    uint16_t mw[KBM_K];      /* MinHash of word 3-shingles (16 bits of each minimum) */
    uint16_t ma[KBM_K];      /* MinHash of anchor bigrams */
    uint32_t n_terms;
    uint32_t term[KBM_TERMS]; /* term hashes, sorted; bit 0 set = written as a name */
    uint8_t tw[KBM_TERMS];    /* weights (16 = 1.0) */
    /* language-independent evidence, for reports in different languages */
    char lang[4];             /* ISO 639-1 code of the text ("" unknown) */
    uint16_t kinds;           /* the kinds of event the text is mostly about: bit c-1 for KBM_C_c */
    uint32_t n_x;
    uint32_t x[KBM_XTERMS];   /* items, sorted; low 2 bits KBM_X_*: numbers and days, names,
                                 gazetteer places, concepts */
    uint8_t xw[KBM_XTERMS];   /* weights (16 = 1.0) */
} kbm_sig;

/* Serialised size of a kbm_sig (little-endian, fixed layout). */
#define KBM_SIG_BYTES (8 + 4 + 4 + 4 + 2 * KBM_K * 2 + 4 + KBM_TERMS * 5 + 4 + 4 + 4 + KBM_XTERMS * 5)

typedef struct kbm_signer kbm_signer; /* stemmer + scratch; one per thread */
kbm_signer *kbm_signer_new(void);
void kbm_signer_free(kbm_signer *g);
/* Sign an article. title and date may be NULL. */
int kbm_sign(kbm_signer *g, const char *text, size_t len, const char *title, const char *date,
             kbm_sig *out);
/* The same for a text in language lang (ISO 639-1, NULL or "und" unknown: English rules):
 * story terms are stemmed with that language's stemmer and stop words. */
int kbm_sign_lang(kbm_signer *g, const char *text, size_t len, const char *title,
                  const char *date, const char *lang, kbm_sig *out);
/* Let the signer map names to gazetteer places (g borrowed; NULL: names only). */
struct kba_gaz;
void kbm_signer_set_gaz(kbm_signer *g, const struct kba_gaz *gaz);

/* "YYYY-MM-DD..." -> days since 1970-01-01, KBM_NODAY if not a date. */
int32_t kbm_day(const char *date);

/* Copy score of two articles in [0,1]: 1 for equal content hashes, else the
 * containment of word shingles (the shorter text in the longer), or 0.75 x
 * the containment of anchor bigrams when those are nearly all shared and
 * some words are too (spun copies). A pair is a copy when the score >= KBM_COPY. */
#define KBM_COPY 0.6
double kbm_copy_score(const kbm_sig *a, const kbm_sig *b);
/* Story score in [0,1]: cosine of the term vectors, 0 when the dates are more
 * than KBM_STORY_DAYS apart (or one is unknown), or fewer than 3 terms and no
 * name are shared. Same story when >= KBM_STORY. Two texts in different languages
 * are compared by their language-independent items instead (kbm_xstory_score). */
#define KBM_STORY 0.40
#define KBM_STORY_DAYS 3
double kbm_story_score(const kbm_sig *a, const kbm_sig *b);
/* Cross-language score in [0,1]: cosine of the item vectors when both dates are known
 * and at most KBM_STORY_DAYS apart, the kinds of event do not exclude each other, and
 * enough names and items are shared. Same story when >= KBM_XSTORY. */
#define KBM_XSTORY 0.50
double kbm_xstory_score(const kbm_sig *a, const kbm_sig *b);
/* Are two signatures of texts in different languages? */
int kbm_sig_xlang(const kbm_sig *a, const kbm_sig *b);

/* ---- xling.c: language-dependent lists for the language-independent items ---- */
typedef struct kbm_xl kbm_xl;
kbm_xl *kbm_xl_new(void);
void kbm_xl_free(kbm_xl *x);
struct sb_stemmer;
struct sb_stemmer *kbm_xl_stemmer(kbm_xl *x, const char *lang); /* NULL if none */
int kbm_xl_stop(const kbm_xl *x, const char *lang, const char *w, size_t n);
int kbm_xl_generic(const kbm_xl *x, const char *folded, size_t n);
int kbm_xl_concept(kbm_xl *x, const char *lang, const char *stem, size_t n); /* KBM_C_* or 0 */
int kbm_xl_weekday(const kbm_xl *x, const char *folded, size_t n); /* Monday 0, -1 none */
int kbm_xl_de_noun(const char *folded, size_t n); /* a German common-noun ending? */
int kbm_xl_month(const kbm_xl *x, const char *folded, size_t n);   /* January 0, -1 none */

size_t kbm_sig_encode(const kbm_sig *s, unsigned char *out); /* KBM_SIG_BYTES */
int kbm_sig_decode(const void *p, size_t n, kbm_sig *s);     /* KB_OK or KB_EFORMAT */

/* ---- events (events.c): mentions of one happening merged into one event ---- */
#include "store/store.h"
#define KBM_EVENT_STORY_DAYS 3 /* one story: dates at most this many days apart, unless... */
#define KBM_EVENT_DAYS 1       /* ...both texts state the day; and across stories */
/* Two actor codes name compatible actors: equal, or one refines the other by whole
 * three-letter steps (PAK ~ PAKMIL), an unknown country "---" standing for any
 * (---MIL ~ AFGMIL, but ---MIL !~ PAK). Both NULL is compatible, one NULL is not. */
int kbm_actor_compatible(const char *a, const char *b);
/* Places that can be the same spot: one unknown, the same name, a country- or
 * region-level one in the same country, or the same first-level division. */
int kbm_place_compatible(const kb_place *a, const kb_place *b);
/* Are two mentions one mutual act (meeting, negotiating, fighting: CAMEO roots 04, 19)
 * told from the two sides (each mention's source the other's target, both named)? */
int kbm_mention_reversed(const kbs_mention *a, const kbs_mention *b);
/* May two mentions report one happening? Symmetric; docs/MERGE.md "Events". */
int kbm_mention_compatible(const kbs_mention *a, const kbs_mention *b);
/* Can two mentions not be one happening (two actors on one side, places of material acts
 * apart, days more than KBM_EVENT_STORY_DAYS apart)? Compatible mentions never conflict. */
int kbm_mention_conflict(const kbs_mention *a, const kbs_mention *b);
/* Split a chained group ms[0..n) (in canonical order) into clusters without conflicts:
 * cluster[i] gets mention i's cluster (0, 1, ...). A function of the set, not of the order
 * in which its mentions were merged. */
void kbm_split_group(const kbs_mention *ms, size_t n, int *cluster);
/* How sure the coder is of one mention, 0..1. */
double kbm_mention_confidence(const kb_event *e);
/* The event row of mentions ms[0..n) (pointers into ms). */
void kbm_event_summary(const kbs_mention *ms, size_t n, kbs_event_sum *e);
/* The story of a stored article (its merge label), NULL if unknown. */
typedef const char *(*kbm_story_fn)(void *ctx, const char *doc);
/* Merge the mentions of the articles keys[0..n) with the stored mentions they are
 * compatible with, and rewrite the events concerned. story_of tells each article's story
 * (the merge index's labels, as written). Inside the caller's transaction. */
int kbm_events_update(kb_store *s, const char *const *keys, size_t n, kbm_story_fn story_of,
                      void *story_ctx, kb_err *err);

#endif
