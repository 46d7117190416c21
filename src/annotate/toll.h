/*
 * toll.h -- casualty tolls (issue 5, part 3): how many were killed and injured.
 *
 * kba_tolls() reads a text sentence by sentence (hand-written token scanner,
 * no regex) and returns every casualty mention it finds: a victim group ("4
 * troopers and 12 assailants", "a 25-year-old man", "dozens", "no one") tied to
 * a cue from lexicon/toll.txt ("were killed", "killing", "left ... dead", "the
 * death toll rose to", "sustained injuries"), with the count and its bounds
 * and flags saying whether it is an aggregate over a period ("this year",
 * "since January"), another (earlier) incident, an updated toll, a zero.
 * kba_toll_summary() picks the main incident's killed and injured for a whole
 * document; kba_toll_in_span() gives the toll of one sentence or clause (the
 * event coder calls it for an event's evidence).
 *
 * Numbers ("1,524", "twenty-three", "a dozen", "dozens", "at least", "between
 * 30 and 40") are parsed in numbers.c; the cue words live in lexicon/toll.txt,
 * loaded once per process from kb_lexicon_dir().
 *
 * Prefix: kba_ (annotate), kbv_ (eval).
 */
#ifndef KB_ANNOTATE_TOLL_H
#define KB_ANNOTATE_TOLL_H

#include "khabar.h"
#include <stdio.h>

/* A count as the text gives it. -1 = not stated. */
typedef struct kba_count {
    int32_t value;  /* the figure ("at least 11" -> 11, "nearly 50" -> 50); -1 if only bounds */
    int32_t min;    /* lower bound ("at least 11" -> 11, "more than 20" -> 21, "dozens" -> 24) */
    int32_t max;    /* upper bound ("nearly 50" -> 50, "up to 15" -> 15) */
    int approx;     /* vague or approximate ("dozens", "nearly", "about", ranges) */
    int above;      /* min is a strict bound the text states: "more than 20" (min 21), so an
                     * event's figure is 20 by CODING-RULES; 0 for "dozens" (min 24, figure null) */
} kba_count;

typedef enum {
    KBA_KILLED = 1,
    KBA_INJURED = 2,
    KBA_HIT = 3,       /* shot / hit: killed and injured together ("four people were shot") */
    KBA_CASUALTIES = 4 /* killed and injured, not told apart ("no casualties") */
} kba_toll_kind;

enum {
    KBA_TF_AGGREGATE = 1 << 0, /* a total over a period: "1,524 fatalities in 2023", "this year" */
    KBA_TF_OTHER = 1 << 1,     /* another, earlier incident: "last year a similar attack killed 40" */
    KBA_TF_UPDATE = 1 << 2,    /* an updated toll: "the death toll rose to 23" */
    KBA_TF_ZERO = 1 << 3,      /* explicit zero: "no one was killed" */
    KBA_TF_DEFINITE = 1 << 4,  /* refers back to known victims: "he died", "the victim was hurt" */
    KBA_TF_SUBSET = 1 << 5,    /* part of a group counted elsewhere: "two of them fatally" */
    KBA_TF_ELSE = 1 << 6,      /* "no one else was hurt": zero more, not zero in all */
    KBA_TF_TOLL = 1 << 7,      /* from a toll noun: "the death toll ...", "the number of dead ..." */
    KBA_TF_PAST = 1 << 8,      /* told as past ("last year"): used only when nothing else is */
    KBA_TF_APART = 1 << 9      /* a separate incident ("separately, three civilians were killed"):
                                * not the article's, but the toll of its own sentence's act */
};

/* One casualty mention. */
typedef struct kba_toll {
    uint32_t start, end;   /* byte span: the victim group and its cue */
    uint32_t sentence;     /* index into the sentence array given */
    kba_toll_kind kind;
    unsigned flags;        /* KBA_TF_* */
    kba_count n;
} kba_toll;

/* The toll of a document, a sentence or a clause. */
typedef struct kba_toll_sum {
    kba_count killed, injured;  /* value -1 and no bounds = not stated */
    int killed_aggregate;       /* killed comes only from an aggregate (not one attack's toll) */
    int injured_aggregate;
    int killed_from, injured_from; /* index of the deciding mention, -1 if none */
} kba_toll_sum;

/* Load lexicon/toll.txt (once per process, thread-safe). KB_OK, or an error
 * status with err filled when the file is missing or malformed. kba_tolls()
 * calls it itself; call it first to get the message. */
int kba_toll_init(kb_err *err);

/* Find the casualty mentions of text[0..len) (UTF-8), sentence by sentence
 * (sents: byte spans, e.g. from kbt_sentences; NULL = the whole text is one
 * sentence). The array is allocated in arena a; *n may be 0 (*out NULL).
 * Linear in len. Returns KB_OK, KB_ENOMEM, or the lexicon's load error. */
int kba_tolls(const char *text, size_t len, const kb_span *sents, size_t n_sents, kb_arena *a,
              kba_toll **out, size_t *n);

/* The main incident's toll for a whole document: the first incident toll in
 * text order (aggregates, other incidents and figures more than 8 sentences
 * after the first casualty figure left out), raised by later updated tolls;
 * people shot and not said to be killed count as injured.
 * Nothing stated -> value -1 (callers wanting a figure use 0). When the text
 * has only aggregate figures, their bounds are kept with value -1 and the
 * *_aggregate flag set. */
void kba_toll_summary(const kba_toll *t, size_t n, kba_toll_sum *s);

/* The toll of the mentions that lie inside [start, end) (a sentence or a
 * clause of an event): groups of one kind in the span are added up, subsets
 * and back-references are not. Aggregates and other incidents are left out. */
void kba_toll_in_span(const kba_toll *t, size_t n, uint32_t start, uint32_t end,
                      kba_toll_sum *s);

/* A figure for scoring: value, else the lower bound, else the upper, else 0. */
int kba_count_figure(const kba_count *c);

/* ---- numbers (numbers.c) ------------------------------------------------ */

/* A token of the toll scanner: a word (letters, digits, inner ' - and
 * digit-separating , .) or one punctuation character. */
typedef struct kba_tok {
    uint32_t s, e;   /* byte span */
    uint64_t h;      /* hash of the lower-cased word (’ read as ') */
    uint8_t punct;   /* a punctuation mark */
    uint8_t cap;     /* starts with an ASCII capital */
    uint8_t digit;   /* starts with a digit */
} kba_tok;

/* Tokenise text[s..e) into out (capacity cap); returns the number written. */
size_t kba_tokenize(const char *text, uint32_t s, uint32_t e, kba_tok *out, size_t cap);
uint64_t kba_hash_word(const char *w, size_t n);

/* A set of words looked up by kba_hash_word (open addressing, read-only once built). */
#define KBA_WORDSET_SLOTS 512
typedef struct kba_wordset {
    uint64_t slot[KBA_WORDSET_SLOTS];
} kba_wordset;
void kba_wordset_init(kba_wordset *ws, const char *const *words); /* NULL-terminated, < 256 words */
int kba_wordset_has(const kba_wordset *ws, uint64_t h);

/* Value of one number word or digit string: "7", "1,524", "seven", "twenty-three",
 * "dozen" (12); -1 if it is none. */
long kba_word_number(const char *w, size_t n);

/* Parse a quantity starting at token i of t[0..n): "at least 11", "more than 20",
 * "nearly 50", "between 30 and 40", "12 to 15", "12-15", "a dozen", "dozens of",
 * "hundreds", "scores of", "twenty three", "two hundred". Ages, times, money,
 * percentages and years are refused. Returns the number of tokens used (0 = none). */
size_t kba_quantity(const char *text, const kba_tok *t, size_t i, size_t n, kba_count *q);

/* ---- evaluation (src/eval/casualty.c) ----------------------------------- */
typedef struct kbv_casualty_score {
    size_t docs, killed_ok, injured_ok, both_ok;
    double killed_abs, injured_abs;            /* sums of absolute errors (for MAE) */
    size_t clean_docs, clean_killed_ok, clean_injured_ok, clean_both_ok;
    double clean_killed_abs, clean_injured_abs;
    size_t hw_cases, hw_ok;                    /* handwritten-style files: cases all right */
    int handwritten;                           /* the file has {"killed":{"value",...}} cases */
} kbv_casualty_score;

/* Score a casualty gold file (JSONL: GVA style {"id","text","gold":{killed,injured},"hint"}
 * or handwritten style {"id","text","killed":{value,min,max,approx},"injured":{...}}).
 * A line's "title", when there is one, is read as the first paragraph of its text (as
 * a kb_doc has a title with its text) unless flags has KBV_CASUALTY_NO_TITLE.
 * pred (may be NULL) receives {"id","killed","injured"} lines; wrong (may be NULL)
 * a line per document scored wrong. */
#define KBV_CASUALTY_NO_TITLE 1 /* flags: ignore the lines' "title" (text only) */
int kbv_casualty_eval(const char *path, int flags, FILE *pred, FILE *wrong, kbv_casualty_score *s,
                      kb_err *err);

#endif
