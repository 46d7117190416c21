/*
 * lexicon.h -- the compiled boilerplate lexicon (lexicon/boilerplate.txt),
 * private to the plain-text cleaner (textclean.c) and its tests.
 *
 * lexicon.c parses the file into patterns, indexes them by a required
 * literal, and matches one normalised line at a time (see kbc_cue_match).
 */
#ifndef KB_CLEAN_LEXICON_H
#define KB_CLEAN_LEXICON_H

#include "kb_internal.h"

/* What the cues say about one line. */
typedef struct kbc_cue_result {
    float chrome;        /* summed weight of matching chrome cues (0 = none) */
    int block;           /* a "block" cue matched: this line and the paragraph after are chrome */
    int end;             /* an "end" cue matched: what follows the article is chrome */
    size_t credit_len;   /* a wire credit starts the line: its length in bytes (0 = none) */
    size_t outlet_off, outlet_len; /* the outlet named inside the credit */
} kbc_cue_result;

/* Lines longer than this are only tested against credit cues (at their start). */
#define KBC_MAX_CUE_LINE 1000
#define KBC_MAX_OUTLET 60 /* longest outlet name a credit cue captures */

/* Match line s[0..n) (whitespace collapsed to single spaces, trimmed, any
 * list bullet removed) against every cue. Linear in n for a given lexicon. */
void kbc_cue_match(const kbc_lexicon *lx, const char *s, size_t n, kbc_cue_result *r);

/* Number of cues loaded (for tests). */
size_t kbc_cue_count(const kbc_lexicon *lx);

/* Load from a file path directly (kbc_lexicon_load uses DIR/boilerplate.txt). */
kbc_lexicon *kbc_lexicon_load_file(const char *path, const char *display_name, kb_err *err);
/* Compile from a string (for tests and the fuzzer); name is used in messages. */
kbc_lexicon *kbc_lexicon_load_string(const char *text, size_t len, const char *name, kb_err *err);

#endif
