/*
 * kbl_import.h -- read TABARI and PETRARCH dictionaries (.actors, .agents, .verbs,
 * discards) and translate them into a khabar lexicon directory (actors/imported.txt,
 * agents.txt, verbs.txt, cameo.tsv with the foreign codes added) that kbl_load
 * compiles like the project's own files. An importer, not a second engine: what the
 * khabar pattern language cannot say is reported as a note with FILE:LINE and
 * counted, never dropped silently. Used by `khabar lexicon import`.
 */
#ifndef KBL_IMPORT_H
#define KBL_IMPORT_H

#include "khabar.h"
#include <stddef.h>

enum { KBL_IMP_TABARI = 1, KBL_IMP_PETRARCH = 2 };
/* what a fed text is */
enum { KBL_IMP_ACTORS = 0, KBL_IMP_AGENTS, KBL_IMP_VERBS, KBL_IMP_DISCARDS };
/* translated texts */
enum { KBL_OUT_ACTORS = 0, KBL_OUT_AGENTS, KBL_OUT_VERBS, KBL_OUT_CODES, KBL_OUT_N };

typedef struct kbl_imp_note {
    const char *file;
    int line;
    int dropped; /* 1: not translated at all; 0: translated with a loss (approximated) */
    char msg[200];
} kbl_imp_note;

typedef struct kbl_imp_counts {
    long actors, agents, verbs;   /* entries written */
    long patterns_in, lines_out;  /* source verb patterns (and verbs) read; khabar lines written */
    long null_coded;              /* [---] patterns: no event, so no line */
    long dropped, approximated;   /* notes by kind */
    long codes_foreign;           /* codes added to cameo.tsv */
} kbl_imp_counts;

typedef struct kbl_imp kbl_imp;

kbl_imp *kbl_imp_new(int from);
void kbl_imp_free(kbl_imp *im);
/* Translate one dictionary text (kind KBL_IMP_*); file names the notes. KB_OK or KB_ENOMEM. */
int kbl_imp_feed(kbl_imp *im, int kind, const char *file, const char *text, size_t n);
/* The translated text so far (NUL-terminated), out = KBL_OUT_*. KBL_OUT_CODES: one
 * "code<TAB>file:line" row per code used, in first-use order. */
const char *kbl_imp_text(const kbl_imp *im, int out, size_t *len);
size_t kbl_imp_n_notes(const kbl_imp *im);
const kbl_imp_note *kbl_imp_note_at(const kbl_imp *im, size_t i);
void kbl_imp_get_counts(const kbl_imp *im, kbl_imp_counts *c);

/* Write the lexicon directory out_dir (created if missing): actors/imported.txt, agents.txt,
 * verbs.txt (plus, if grammar, the SAY/INT/ASP lines of base_dir/verbs.txt: the engine's
 * attribution, intent and aspect verbs, which code nothing themselves), cameo.tsv (base_dir's
 * rows plus a row for each foreign code: goldstein 0, quad from a CAMEO root, else 0), and a
 * copy of every other plain file of base_dir (plover.tsv, boilerplate, places ...), so that
 * KHABAR_LEXICON=out_dir works for every command. base_dir NULL = kb_lexicon_dir(). */
int kbl_imp_write(kbl_imp *im, const char *base_dir, const char *out_dir, int grammar, kb_err *err);

#endif
