/*
 * tone.c -- the tone of an article as GDELT defines AvgTone: the percentage of
 * its words that are positive minus the percentage that are negative, with
 * khabar's own word list (lexicon/tone.txt, weights in [-1, 1]). Words are
 * tokenised and stemmed as the coder's lexicons are (kbl_tokenize,
 * kbl_norm), and looked up in an open-addressing table of stems.
 */
#include "answer/answer.h"
#include "lexicon/kbl.h"
#include <stdlib.h>
#include <string.h>

typedef struct tone_slot {
    char *stem; /* NULL = empty */
    double w;
} tone_slot;

struct kbx_tone {
    tone_slot *slot;
    size_t cap; /* power of two */
    size_t n;
    struct sb_stemmer *st;
    kbl_tok *toks;
    size_t toks_cap;
};

static tone_slot *find(const kbx_tone *t, const char *s, size_t n)
{
    size_t i = (size_t)kbu_hash64(s, n, 0x746f6e65u) & (t->cap - 1);
    while (t->slot[i].stem && (strlen(t->slot[i].stem) != n || memcmp(t->slot[i].stem, s, n)))
        i = (i + 1) & (t->cap - 1);
    return &t->slot[i];
}

void kbx_tone_free(kbx_tone *t)
{
    if (!t) return;
    for (size_t i = 0; i < t->cap; i++) free(t->slot[i].stem);
    free(t->slot);
    free(t->toks);
    if (t->st) kbl_stemmer_free(t->st);
    free(t);
}

kbx_tone *kbx_tone_load(const char *lexicon_dir, kb_err *err)
{
    if (!lexicon_dir) lexicon_dir = kb_lexicon_dir();
    char path[4096];
    snprintf(path, sizeof path, "%s/tone.txt", lexicon_dir);
    FILE *f = fopen(path, "r");
    if (!f) {
        kb_err_set(err, KB_EIO, "%s: cannot read the tone lexicon", path);
        return NULL;
    }
    kbx_tone *t = calloc(1, sizeof *t);
    if (t) {
        t->cap = 1024;
        t->slot = calloc(t->cap, sizeof *t->slot);
        t->st = kbl_stemmer_new();
    }
    if (!t || !t->slot || !t->st) {
        fclose(f);
        kbx_tone_free(t);
        kb_err_set(err, KB_ENOMEM, "out of memory");
        return NULL;
    }
    char line[512], norm[128];
    int lineno = 0, rc = KB_OK;
    while (rc == KB_OK && fgets(line, sizeof line, f)) {
        lineno++;
        char *p = line + strspn(line, " \t");
        if (*p == '#' || *p == '\n' || *p == '\r' || *p == 0) continue;
        size_t wl = strcspn(p, " \t\r\n");
        char *end;
        double w = strtod(p + wl, &end);
        end += strspn(end, " \t\r\n");
        if (wl == 0 || end == p + wl || *end || w == 0 || w < -1 || w > 1) {
            rc = kb_err_set(err, KB_EFORMAT, "%s:%d: expected WORD WEIGHT (weight in [-1, 1], not 0)",
                            path, lineno);
            break;
        }
        size_t nl = kbl_norm(t->st, p, wl, norm, sizeof norm);
        if (!nl) continue;
        if (t->n * 2 >= t->cap) {
            rc = kb_err_set(err, KB_EFORMAT, "%s:%d: too many words (at most %zu)", path, lineno,
                            t->cap / 2);
            break;
        }
        tone_slot *s = find(t, norm, nl);
        if (s->stem) {
            rc = kb_err_set(err, KB_EFORMAT, "%s:%d: '%.*s' repeats the stem '%s' of an earlier line",
                            path, lineno, (int)wl, p, norm);
            break;
        }
        s->stem = malloc(nl + 1);
        if (!s->stem) {
            rc = kb_err_set(err, KB_ENOMEM, "out of memory");
            break;
        }
        memcpy(s->stem, norm, nl + 1);
        s->w = w;
        t->n++;
    }
    fclose(f);
    if (rc == KB_OK && !t->n) rc = kb_err_set(err, KB_EFORMAT, "%s: no words", path);
    if (rc != KB_OK) {
        kbx_tone_free(t);
        return NULL;
    }
    return t;
}

int kbx_tone_of(kbx_tone *t, const char *text, size_t len, kbx_tone_score *out, kb_err *err)
{
    memset(out, 0, sizeof *out);
    if (!t || !text) return kb_err_set(err, KB_EUSAGE, "tone: no lexicon or text");
    if (len + 1 > t->toks_cap) {
        kbl_tok *nt = realloc(t->toks, (len + 1) * sizeof *nt);
        if (!nt) return kb_err_set(err, KB_ENOMEM, "out of memory");
        t->toks = nt;
        t->toks_cap = len + 1;
    }
    size_t n = kbl_tokenize(text, len, t->toks, t->toks_cap);
    double pos = 0, neg = 0;
    char norm[128];
    for (size_t i = 0; i < n; i++) {
        if (t->toks[i].kind != KBL_T_WORD) continue;
        out->words++;
        size_t nl = kbl_norm(t->st, text + t->toks[i].s, t->toks[i].e - t->toks[i].s, norm,
                             sizeof norm);
        if (!nl) continue;
        const tone_slot *s = find(t, norm, nl);
        if (!s->stem) continue;
        if (s->w > 0)
            pos += s->w;
        else
            neg -= s->w;
    }
    if (out->words) {
        out->positive = 100.0 * pos / (double)out->words;
        out->negative = 100.0 * neg / (double)out->words;
    }
    out->tone = out->positive - out->negative;
    return KB_OK;
}
