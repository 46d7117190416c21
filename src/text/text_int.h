/*
 * text_int.h -- helpers shared by the files of the text layer (src/text):
 * a repairing UTF-8 decoder, character classes used by the sentence
 * splitter and the tokenizer, and the compiled-in abbreviation table.
 * Private to src/text; the public entry points are in kb_internal.h.
 */
#ifndef KB_TEXT_INT_H
#define KB_TEXT_INT_H

#include "kb_internal.h"
#include <stdint.h>

/* Decode one code point at s (n > 0 bytes available). Returns the number of
 * bytes consumed (>= 1). An invalid or truncated sequence yields U+FFFD and
 * consumes its maximal valid prefix (at least one byte), as the Unicode
 * standard recommends; *bad is set to 1 then (0 otherwise). */
static inline size_t kbt_dec(const unsigned char *s, size_t n, uint32_t *cp, int *bad)
{
    unsigned c = s[0];
    *bad = 0;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t need;
    uint32_t v;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        v = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;
        else if (c == 0xED) hi = 0x9F; /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        v = c & 0x07;
        if (c == 0xF0) lo = 0x90;
        else if (c == 0xF4) hi = 0x8F;
    } else {
        *cp = 0xFFFD;
        *bad = 1;
        return 1;
    }
    size_t i = 1;
    for (; i <= need; i++) {
        if (i >= n) break;
        unsigned b = s[i];
        if (b < lo || b > hi) break;
        lo = 0x80;
        hi = 0xBF;
        v = (v << 6) | (b & 0x3F);
    }
    if (i <= need) {
        *cp = 0xFFFD;
        *bad = 1;
        return i;
    }
    *cp = v;
    return need + 1;
}

/* Decode the code point ending just before position i (i > 0) of a valid
 * UTF-8 text; returns its start. Tolerates invalid bytes (steps one byte). */
static inline size_t kbt_prev(const char *text, size_t i, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t j = i - 1;
    size_t lim = i >= 4 ? i - 4 : 0;
    while (j > lim && (s[j] & 0xC0) == 0x80) j--;
    int bad;
    size_t l = kbt_dec(s + j, i - j, cp, &bad);
    if (j + l != i) { /* not a clean sequence: take the last byte alone */
        *cp = 0xFFFD;
        return i - 1;
    }
    return j;
}

/* Character classes. */
enum {
    KBT_C_OTHER = 0, /* symbol or punctuation */
    KBT_C_SPACE,     /* whitespace */
    KBT_C_UPPER,     /* Lu, Lt */
    KBT_C_LOWER,     /* Ll */
    KBT_C_LETTER,    /* Lm, Lo (caseless) */
    KBT_C_DIGIT,     /* N* */
    KBT_C_MARK       /* M*, ZWJ, variation selectors: attach to what precedes */
};
int kbt_class(uint32_t cp);

/* Abbreviation table (abbrev.c). Classes of a word written before a period. */
enum {
    KBT_AB_NONE = 0,
    KBT_AB_TITLE = 1,   /* Mr, Dr, Gen, Sen...: never ends a sentence */
    KBT_AB_NUMBER = 2,  /* No, Fig, Art, Vol...: no end before a number */
    KBT_AB_MONTH = 4,   /* Jan..Dec, Sept: no end before a number */
    KBT_AB_MAYEND = 8,  /* etc, Dept, hrs: ends before a capital */
    KBT_AB_NEVER = 16,  /* e.g, i.e, vs, cf, approx: never ends a sentence */
    KBT_AB_NAME = 32    /* Jr, Inc, Corp, Ltd: the end of a name; ends before a capital
                         * unless two capitalised words follow, the name going on into a
                         * title or another name ("Acme Corp. Chief Executive Jo Lee") */
};
/* Class of word w[0..n) (without the final period), case-insensitive. */
int kbt_abbrev_class(const char *w, size_t n);
/* Is w[0..n) a common sentence opener ("The", "He", "But"...), exact case? */
int kbt_is_starter(const char *w, size_t n);

/* Growable span vector (malloc), copied into the arena when done. */
typedef struct kbt_vec {
    kb_span *v;
    size_t n, cap;
} kbt_vec;
int kbt_vec_grow(kbt_vec *x);
static inline int kbt_vec_push(kbt_vec *x, size_t start, size_t end)
{
    if (x->n == x->cap && kbt_vec_grow(x) != KB_OK) return KB_ENOMEM;
    x->v[x->n].start = (uint32_t)start;
    x->v[x->n].end = (uint32_t)end;
    x->n++;
    return KB_OK;
}
/* Move the spans into arena a (*out NULL when there are none); frees x. */
int kbt_vec_finish(kbt_vec *x, kb_arena *a, kb_span **out, size_t *n);

/* Paragraph scan shared by kbt_paragraphs and kbt_sentences: calls fn for
 * each block of non-blank lines, trimmed. Returns KB_OK or fn's error. */
int kbt_each_paragraph(const char *text, size_t len,
                       int (*fn)(void *ctx, size_t start, size_t end), void *ctx);

static inline int kbt_is_ascii_space(unsigned c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

#endif
