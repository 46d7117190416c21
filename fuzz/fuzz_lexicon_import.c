/*
 * fuzz_lexicon_import.c -- libFuzzer target for the TABARI/PETRARCH dictionary importer
 * (src/lexicon/import.c).
 *
 * Input: the first byte picks the format (bit 0: TABARI or PETRARCH) and the kind of
 * dictionary (bits 1-2: actors, agents, verbs, discards); the rest is the dictionary text
 * (any bytes). Asserts:
 *   - kbl_imp_feed returns KB_OK, and feeding the same text again does too;
 *   - every translated text is NUL-terminated at its length and holds no NUL before it;
 *   - every note names the file and a line within the text (1..lines+1), and its
 *     message is NUL-terminated and non-empty;
 *   - the counts agree with the notes (dropped + approximated = number of notes).
 * fuzz-max-len: 16384
 */
#include "lexicon/kbl_import.h"
#include <stdlib.h>
#include <string.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    int from = (data[0] & 1) ? KBL_IMP_PETRARCH : KBL_IMP_TABARI;
    int kind = (data[0] >> 1) & 3;
    const char *text = (const char *)data + 1;
    size_t n = size - 1;
    long lines = 1;
    for (size_t i = 0; i < n; i++)
        if (text[i] == '\n') lines++;
    kbl_imp *im = kbl_imp_new(from);
    if (!im) return 0;
    CHECK(kbl_imp_feed(im, kind, "fuzz", text, n) == KB_OK);
    CHECK(kbl_imp_feed(im, kind, "fuzz", text, n) == KB_OK);
    for (int o = 0; o < KBL_OUT_N; o++) {
        size_t len = 0;
        const char *t = kbl_imp_text(im, o, &len);
        CHECK(t != NULL && t[len] == '\0' && strlen(t) == len);
    }
    kbl_imp_counts c;
    kbl_imp_get_counts(im, &c);
    size_t nn = kbl_imp_n_notes(im);
    CHECK((long)nn == c.dropped + c.approximated);
    for (size_t i = 0; i < nn; i++) {
        const kbl_imp_note *x = kbl_imp_note_at(im, i);
        CHECK(x && x->file && !strcmp(x->file, "fuzz"));
        CHECK(x->line >= 1 && x->line <= lines + 1);
        CHECK(memchr(x->msg, '\0', sizeof x->msg) != NULL && x->msg[0]);
    }
    kbl_imp_free(im);
    return 0;
}
