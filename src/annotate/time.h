/*
 * time.h -- time expressions (issue 5, part 1): recognition and TIMEX3
 * normalisation of dates, times, durations and sets in English news text,
 * against the document creation time (the article's date).
 *
 * kba_times() scans a text once (hand-written token scanner, no regex) and
 * returns the time expressions it finds, in text order, with byte spans, the
 * TIMEX3 type and value ("2013-03-22", "2013-W11", "P3Y", "PRESENT_REF", ...)
 * and a precision. kba_time_governing() picks the expression that dates an
 * event (the one in its clause, else the sentence's). The evaluation side
 * (kbv_time_*) scores the annotator against TempEval-3 style JSONL gold files
 * (../shared/eval/time/) exactly as score_time.py does.
 *
 * Prefix: kba_ (annotate), kbv_ (eval).
 */
#ifndef KB_ANNOTATE_TIME_H
#define KB_ANNOTATE_TIME_H

#include "khabar.h"
#include <stdio.h>

typedef enum { KBA_TX_DATE = 0, KBA_TX_TIME, KBA_TX_DURATION, KBA_TX_SET } kba_tx_type;

/* How precise a value is (DATE/TIME; durations and sets get KBA_PREC_NONE). */
typedef enum {
    KBA_PREC_NONE = 0, /* unresolved, a duration, a set */
    KBA_PREC_REF,      /* PAST_REF, PRESENT_REF, FUTURE_REF */
    KBA_PREC_CENTURY,
    KBA_PREC_DECADE,
    KBA_PREC_YEAR,
    KBA_PREC_HALF,
    KBA_PREC_QUARTER,
    KBA_PREC_SEASON,
    KBA_PREC_MONTH,
    KBA_PREC_WEEK,
    KBA_PREC_DAY,
    KBA_PREC_PARTOFDAY,
    KBA_PREC_HOUR,
    KBA_PREC_MINUTE
} kba_prec;

typedef struct kba_timex {
    uint32_t start, end; /* byte span in the text, end exclusive */
    kba_tx_type type;
    kba_prec prec;
    char value[28];      /* TIMEX3 value, NUL-terminated */
    const char *mod;     /* "START", "MID", "END", "APPROX", "MORE_THAN", ...; NULL if none */
    int absolute;        /* 1: the span writes its year ("12 October 2025", "the 1990s"),
                          * 0: the value was resolved against the DCT (or is not a date) */
} kba_timex;

/* Find and normalise the time expressions of text[0..len) (UTF-8). dct is the
 * document creation time "YYYY-MM-DD" (a longer ISO string is cut to the day);
 * NULL or unparsable leaves relative expressions unresolved ("XXXX..."). The
 * array is allocated in arena a; *n may be 0 (then *out is NULL).
 * Returns KB_OK or KB_ENOMEM. Thread-safe (no global state). */
int kba_times(const char *text, size_t len, const char *dct, kb_arena *a, kba_timex **out,
              size_t *n);

/* The time expression that dates an event: the DATE/TIME expression with a
 * resolved value that lies inside the event's clause [cl_start, cl_end)
 * (the nearest to it when several), else the nearest one inside its sentence
 * [s_start, s_end). NULL if none. tx must be in text order (as kba_times gives). */
const kba_timex *kba_time_governing(const kba_timex *tx, size_t n, uint32_t cl_start,
                                    uint32_t cl_end, uint32_t s_start, uint32_t s_end);

/* The article's date checked against its own dated content. meta_date is the
 * date the metadata gave ("YYYY-MM-DD...", NULL if none). out receives the date
 * to use: meta_date, or the latest day the text writes out in full (with its
 * year) when there is no meta date or that day lies more than two days after
 * the meta date (*conflict = 1 then: a dateline older than the news it carries).
 * out is "" when neither exists. Returns KB_OK or KB_ENOMEM. */
int kba_dct_check(const char *text, size_t len, const char *meta_date, char out[11],
                  int *conflict);

/* The days a DATE value covers, as days since 1970-01-01: "2013-03" gives
 * 2013-03-01..2013-03-31; also years, decades, centuries, quarters, halves,
 * ISO weeks (and their weekends), seasons. 0 if the value is not a calendar date. */
int kba_value_days(const char *value, long *first, long *last);
/* 1 if a DATE value lies wholly more than 7 days before the DCT (CODING-RULES:
 * such an event is historical: it keeps its own date, never news of the day). */
int kba_time_historical(const char *value, const char *dct);

const char *kba_tx_type_name(kba_tx_type t);  /* "DATE", "TIME", "DURATION", "SET" */
const char *kba_prec_name(kba_prec p);        /* "day", "month", "year", ... */
/* 1 if the built-in vocabulary table is sorted (a self-check for the tests). */
int kba_time_vocab_ok(void);
/* Precision of a TIMEX3 value string (for dates coming from elsewhere). */
kba_prec kba_prec_of_value(const char *v);

/* ---- evaluation (src/eval/time.c) ---------------------------------------- */
typedef struct kbv_time_result {
    size_t n_docs, n_gold, n_pred;
    size_t strict, relaxed, type_ok, value_ok; /* matched counts as score_time.py counts them */
    /* value accuracy on gold DATE spans (the README's oracle-span figure): the value of the
     * prediction overlapping the gold span, else of the gold span's text annotated alone */
    size_t n_gold_date, date_value_ok;
} kbv_time_result;

/* Annotate every document of a TempEval-3 JSONL gold file ({"id","dct","text",
 * "timexes"}) and score the predictions as score_time.py does. If pred_out is
 * not NULL, write one line per document {"id","timexes":[{start,end,text,type,
 * value}]} with offsets in Unicode code points. */
int kbv_time_eval(const char *gold_path, FILE *pred_out, kbv_time_result *r, kb_err *err);

/* P, R, F1 in percent (as score_time.py: P = matched / predicted, R = matched / gold). */
void kbv_time_prf(size_t matched, size_t n_pred, size_t n_gold, double *p, double *r, double *f);

#endif
