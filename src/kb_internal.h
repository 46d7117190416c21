/*
 * kb_internal.h -- declarations shared between the modules of libkhabar.
 * Not installed; the CLI and tests may include it for white-box access.
 */
#ifndef KB_INTERNAL_H
#define KB_INTERNAL_H

#include "khabar.h"
#include <stdbool.h>
#include <stdio.h>

/* ---- util: growable byte buffer (malloc-backed, for streaming) ---------- */
typedef struct kbu_buf {
    char *data;
    size_t len, cap;
} kbu_buf;
int kbu_buf_reserve(kbu_buf *b, size_t extra); /* KB_OK or KB_ENOMEM */
int kbu_buf_append(kbu_buf *b, const void *p, size_t n);
int kbu_buf_putc(kbu_buf *b, int c);
int kbu_buf_printf(kbu_buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void kbu_buf_clear(kbu_buf *b);  /* len = 0, keeps memory; data stays NUL-terminated */
void kbu_buf_free(kbu_buf *b);
/* Grow an array *p of *cap elements of elsz bytes to hold need (doubling, at least 16):
 * 0, or -1 when out of memory (*p and *cap unchanged). */
int kbu_grow(void **p, size_t *cap, size_t need, size_t elsz);
/* The whole file at path, NUL-terminated (free it), its length in *len; NULL if unreadable. */
char *kbu_slurp(const char *path, size_t *len);

/* The value of a decimal digit of ASCII, Arabic-Indic (U+0660..) or Extended Arabic-Indic
 * (Persian, Urdu: U+06F0..) script; -1 for anything else. */
static inline int kbu_digit_value(uint32_t cp)
{
    if (cp >= '0' && cp <= '9') return (int)(cp - '0');
    if (cp >= 0x660 && cp <= 0x669) return (int)(cp - 0x660);
    if (cp >= 0x6F0 && cp <= 0x6F9) return (int)(cp - 0x6F0);
    return -1;
}

/* 128-bit non-cryptographic hash (two independent 64-bit lanes), hex out[33]. */
void kbu_hash128_hex(const void *p1, size_t n1, const void *p2, size_t n2, char out[33]);
uint64_t kbu_hash64(const void *p, size_t n, uint64_t seed);
/* Calendar arithmetic (proleptic Gregorian): days since 1970-01-01 of a date, its
 * inverse, and the day of a "YYYY-MM-DD" prefix (*z; 0 if s does not start with one). */
long kbu_days_from_civil(long y, int m, int d);
void kbu_civil_from_days(long z, long *y, int *m, int *d);
/* ISO weekday of day number z: 1 = Monday .. 7 = Sunday */
int kbu_iso_weekday(long z);
int kbu_day_of_ymd(const char *s, long *z);

/* JSON string escaping for output (valid UTF-8 assumed; control chars escaped). */
void kbu_json_str(kbu_buf *b, const char *s, size_t n);       /* writes "..." */
void kbu_json_cstr(kbu_buf *b, const char *s);                /* NULL -> null */
void kbu_json_latlon(kbu_buf *b, double lat, double lon);     /* ,"lat":..,"lon":.. (NaN -> null) */

/* ---- text: normalisation, paragraphs, sentences, tokens (src/text) ------ */
/* UTF-8 repair (invalid sequences -> U+FFFD, counted), NFC (utf8proc),
 * whitespace normalisation (runs of spaces/tabs/NBSP -> one space, trimmed
 * lines, paragraph breaks kept as "\n\n", no more than one blank line),
 * control characters dropped, rare quote variants mapped to the standard
 * typographic ones (U+2018/2019/201C/201D and ASCII quotes are kept as written).
 * Input lines separated by a single '\n' are kept as separate lines only if
 * keep_lines; otherwise single newlines inside a paragraph become spaces.
 * Result allocated in arena, NUL-terminated. */
int kbt_normalize(kb_arena *a, const char *in, size_t len, bool keep_lines,
                  char **out, size_t *out_len, size_t *n_repaired);
/* Repair invalid UTF-8 only (no NFC); used for metadata strings. */
char *kbt_utf8_repair(kb_arena *a, const char *in, size_t len, size_t *n_repaired);
/* Paragraph spans: blocks separated by blank lines. */
int kbt_paragraphs(kb_arena *a, const char *text, size_t len, kb_span **out, size_t *n);
/* Sentence spans that cope with news prose (abbreviations, initials,
 * decimals, quotes, datelines). Never cross a paragraph break. Spans are trimmed. */
int kbt_sentences(kb_arena *a, const char *text, size_t len, kb_span **out, size_t *n);
/* Token spans: words (letters/digits with inner ' - . for abbreviations and
 * numbers like 1,524 or 3.5), and each punctuation mark alone. */
int kbt_tokens(kb_arena *a, const char *text, size_t len, kb_span **out, size_t *n);

/* ---- clean: extractors (src/clean) ------------------------------------- */
/* What an extractor finds on one page. Strings in the doc's arena, NULL if unknown. */
typedef struct kbc_page {
    char *text; size_t text_len;  /* main text, paragraphs separated by "\n\n"; not yet normalised */
    const char *title;
    const char *date;         /* "YYYY-MM-DD" or with time */
    const char *date_source;
    const char *outlet;
    const char *url;          /* canonical URL if found */
    const char *lang;         /* declared language (<html lang>, og:locale), NULL if none */
    const char *dateline;
} kbc_page;

typedef struct kbc_lexicon kbc_lexicon; /* compiled boilerplate cues (lexicon/boilerplate.txt) */
kbc_lexicon *kbc_lexicon_load(const char *dir, kb_err *err);
void kbc_lexicon_free(kbc_lexicon *lx);

/* HTML page -> main text + metadata (libxml2 HTML parser). */
int kbc_html_extract(const char *html, size_t len, const char *charset, const char *url,
                     kb_arena *a, kbc_page *out, kb_err *err);
/* Scraped plain text -> main text + metadata, by line classification. */
int kbc_text_extract(const kbc_lexicon *lx, const char *text, size_t len, const char *url,
                     kb_arena *a, kbc_page *out, kb_err *err);
/* The same, when the container states the title (JSONL "title"): it is not guessed
 * from the lines (out->title stays NULL), and lines repeating it leave the text. */
int kbc_text_extract_titled(const kbc_lexicon *lx, const char *text, size_t len, const char *url,
                            const char *title, kb_arena *a, kbc_page *out, kb_err *err);
/* Parse a date in any common news form ("2025-10-12", "12 October 2025",
 * "Oct. 12, 2025", "Tuesday, 02 January 2024 12:17 GMT", RFC 2822, ISO 8601
 * with time). Writes "YYYY-MM-DD" into out and returns the number of bytes of
 * s consumed, or 0 if s does not start with a date (leading spaces allowed). */
size_t kbc_date_parse(const char *s, size_t len, char out[11]);
/* A month and day with no year ("April 17", "17 April"): bytes read, 0 if none. */
size_t kbc_date_parse_md(const char *s, size_t len, int *month, int *day);
/* The year of a month and day a page states with no year ("TRIPOLI, Jan 10 (Wire) -"), from its
 * text: the latest month and year it tells ("in August 2023", "since May 2025") bounds it below
 * (a background year long past, "In January 2010, ...", is only that bound); of the years from
 * there to `now` (the current year; 0 if unknown, then six years), the one whose calendar puts
 * the weekdays the text names ("on Saturday", "late on Thursday") closest before the day (least
 * sum of squared distances, so that one weekday six days back outweighs several one day back),
 * each year before `now` adding 3 (a weekday two days off adds 4: "on Saturday" in a Monday
 * dateline is this year's, not seven years back, when the day was a Saturday); of years that
 * fit equally, the latest, as a page read now is most likely recent. 0 when the text names no
 * year or no weekday, or, with `now` unknown, two years fit equally. */
int kbc_date_year_of_md(const char *text, size_t len, int month, int day, int now);
/* The current year for dating pages that state none: KHABAR_TODAY (YYYY-MM-DD, for reproducible
 * runs) or the clock. */
int kbc_date_now_year(void);
/* Today as YYYY-MM-DD, KHABAR_TODAY's or the clock's: 1, or 0 when neither gives one. */
int kbc_date_today(char ymd[11]);
/* The least month the text's present can be by its own words, as YYYYMM ("a year after the
 * agreement of April 2025": 202604; "more than two years have passed since ... December 2023":
 * 202512; "since the start of 2026": 202601; "since March 2026": 202603; a year alone counts
 * from its January), 0 if it says none. */
int kbc_date_min_present_month(const char *text, size_t len);
/* An undated page's date from the text: a weekday with its month and day ("on Friday, October
 * 16") in the year near year_hint (the copyright year) whose calendar agrees, moved on to the
 * day of the week after it that the text's other weekdays lie closest before ("on Monday" after a
 * Friday: the Monday; "on Wednesday" beside a Thursday: that Thursday). 1 and ymd if found. */
int kbc_date_from_weekday_md(const char *text, size_t len, int year_hint, char ymd[11]);
/* ... and one a page's furniture writes in French, Spanish, Portuguese, Italian or German with
 * no year ("mardi 20 octobre"), in its head or foot, never after not_after ("" for no bound). */
int kbc_date_from_foreign_weekday(const char *text, size_t len, int year_hint, const char *not_after, char ymd[11]);
/* A page's first numeric date whose day and month can be read either way ("07/10/2026"): the
 * order whose day the text's weekdays lie closest before, day first on a tie, never after
 * not_after; 0 if none, or the first numeric date is unambiguous. */
int kbc_date_numeric_by_weekdays(const char *text, size_t len, const char *not_after, char ymd[11]);
/* Find a date inside a URL path (/2025/10/12/, /20251012/, -2025-10-12). 1 if found. */
int kbc_date_from_url(const char *url, char out[11]);
/* Language of a text: ISO 639-1 code ("en"), or "und". is_reliable set if known. */
const char *kbc_lang_detect(const char *text, size_t len, int *is_reliable);
/* Looks like HTML? (sniff the first KB of data) */
bool kbc_looks_like_html(const char *data, size_t len);

/* ---- eval (src/eval) ---------------------------------------------------- */
typedef struct kbv_extract_result {
    size_t n_docs;
    double f1, precision, recall, accuracy;
    size_t n_missing;
} kbv_extract_result;
/* Score predictions (JSONL {"id","text"} file, possibly gzip) against a gold
 * JSON {"id":{"articleBody"}}, exactly as shared/eval/extract/evaluate.py. */
int kbv_extract_score(const char *pred_path, const char *gold_path, kbv_extract_result *r,
                      kb_err *err);

#endif
