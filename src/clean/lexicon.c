/*
 * lexicon.c -- load and match the boilerplate cues of lexicon/boilerplate.txt.
 *
 * The file is the user-editable half of the plain-text cleaner (textclean.c):
 * one cue a line, "KIND WEIGHT PATTERN", documented at the top of the file.
 * Kinds: chrome (the line is site chrome), block (the line and the paragraph
 * after it are chrome, e.g. a disclaimer), end (the article is over: comment
 * prompts, "related stories"), credit (a wire credit that starts a line; its
 * <outlet> names the outlet). Patterns are case-insensitive globs over the
 * whole line: * any text, <digits> <letters> <alnum> runs, <date> any date
 * kbc_date_parse reads, <outlet> (credit only) any text, captured; a space
 * matches one or more spaces; \ escapes the next character.
 *
 * Compiled once into read-only arrays. A pattern covers the whole line, so a
 * cue that starts with a literal can only match lines that start with it:
 * such cues are bucketed by their first two bytes and tried only on lines
 * that start with those; else, a cue that ends with a literal, by its last
 * two bytes against the line's last two. The rest ("* follow us on *") have
 * a required literal (their longest literal run) and are bucketed by its
 * first two bytes, so one pass over the line finds the candidates. Only
 * candidates run the (step-bounded) backtracking matcher.
 */
#include "lexicon.h"
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { T_LIT, T_ANY, T_DIGITS, T_LETTERS, T_ALNUM, T_DATE, T_OUTLET, T_SPACE };
enum { K_CHROME, K_BLOCK, K_END, K_CREDIT };

#define KBC_MAX_CUES 4096
#define KBC_STEP_BUDGET 4000
#define KBC_NBUCKET 4096

/* Bucket of a byte pair (already lower-cased): 6 bits of each, so ASCII
 * letter pairs never share one; collisions are resolved by the literal test. */
static unsigned pair_key(unsigned a, unsigned b)
{
    return (a & 63) << 6 | (b & 63);
}

typedef struct tok {
    uint8_t op;
    uint16_t off, len; /* literal bytes in pat->lit */
} tok;

typedef struct pat {
    int kind;
    float weight;
    tok *toks;
    int ntoks;
    char *lit;            /* literal bytes, lower-cased */
    int req_off, req_len; /* the required literal, in lit */
    int next;             /* next cue in the same bucket, -1 = none */
} pat;

enum { B_START, B_END, B_INSIDE }; /* where a cue's bucketed literal must be in the line */

struct kbc_lexicon {
    pat *pats;
    size_t n;
    /* chain heads by two bytes (lower case), -1 = empty: the first two of the
     * line (B_START), its last two (B_END), any two inside it (B_INSIDE) */
    int32_t bucket[3][KBC_NBUCKET];
    uint8_t pair_ok[65536]; /* by pair_at(): two bytes that start (in either case) a B_INSIDE cue's literal */
    int *always;                     /* cues with no usable literal */
    size_t n_always;
    int *credits;
    size_t n_credits;
};

static int lc(int c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}
static int lx_is_digit(int c)
{
    return c >= '0' && c <= '9';
}
static int lx_is_letter(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

size_t kbc_cue_count(const kbc_lexicon *lx)
{
    return lx ? lx->n : 0;
}

void kbc_lexicon_free(kbc_lexicon *lx)
{
    if (!lx) return;
    for (size_t i = 0; i < lx->n; i++) {
        free(lx->pats[i].toks);
        free(lx->pats[i].lit);
    }
    free(lx->pats);
    free(lx->always);
    free(lx->credits);
    free(lx);
}

/* Compile pattern text p[0..n) into pt. Returns NULL or an error message. */
static const char *compile(const char *p, size_t n, int kind, pat *pt)
{
    pt->toks = calloc(n + 1, sizeof *pt->toks);
    pt->lit = malloc(n + 1);
    if (!pt->toks || !pt->lit) return "out of memory";
    int nt = 0, nl = 0, has_outlet = 0;
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)p[i];
        if (c == ' ' || c == '\t') {
            while (i < n && (p[i] == ' ' || p[i] == '\t'))
                i++;
            if (nt && pt->toks[nt - 1].op == T_SPACE) continue;
            pt->toks[nt++].op = T_SPACE;
            continue;
        }
        if (c == '*') {
            i++;
            if (nt && pt->toks[nt - 1].op == T_ANY) continue;
            pt->toks[nt++].op = T_ANY;
            continue;
        }
        if (c == '<') {
            size_t j = i + 1;
            while (j < n && p[j] != '>' && p[j] != '<')
                j++;
            if (j >= n || p[j] != '>') return "'<' without '>' (write \\< for a literal <)";
            size_t wl = j - i - 1;
            const char *w = p + i + 1;
            int op = -1;
            if (wl == 6 && !memcmp(w, "digits", 6))
                op = T_DIGITS;
            else if (wl == 7 && !memcmp(w, "letters", 7))
                op = T_LETTERS;
            else if (wl == 5 && !memcmp(w, "alnum", 5))
                op = T_ALNUM;
            else if (wl == 4 && !memcmp(w, "date", 4))
                op = T_DATE;
            else if (wl == 6 && !memcmp(w, "outlet", 6))
                op = T_OUTLET;
            if (op < 0) return "unknown <...> class (digits, letters, alnum, date, outlet)";
            if (op == T_OUTLET) {
                if (kind != K_CREDIT) return "<outlet> only in credit cues";
                if (has_outlet) return "more than one <outlet>";
                has_outlet = 1;
            }
            pt->toks[nt++].op = (uint8_t)op;
            i = j + 1;
            continue;
        }
        if (c == '\\') {
            if (i + 1 >= n) return "'\\' at the end of the pattern";
            i++;
            c = (unsigned char)p[i];
        } else if (c == '>') {
            return "'>' without '<' (write \\> for a literal >)";
        }
        /* literal byte: append to the current literal token */
        if (!nt || pt->toks[nt - 1].op != T_LIT) {
            pt->toks[nt].op = T_LIT;
            pt->toks[nt].off = (uint16_t)nl;
            pt->toks[nt].len = 0;
            nt++;
        }
        pt->lit[nl++] = (char)lc(c);
        pt->toks[nt - 1].len++;
        i++;
    }
    pt->lit[nl] = '\0';
    /* trailing or leading spaces were trimmed by the caller; a pattern of
     * only wildcards would match everything */
    int best = -1;
    for (int k = 0; k < nt; k++)
        if (pt->toks[k].op == T_LIT && (best < 0 || pt->toks[k].len > pt->toks[best].len)) best = k;
    int only_wild = 1;
    for (int k = 0; k < nt; k++)
        if (pt->toks[k].op != T_ANY && pt->toks[k].op != T_SPACE && pt->toks[k].op != T_OUTLET)
            only_wild = 0;
    if (only_wild) return "pattern matches any line";
    if (kind == K_CREDIT && !has_outlet) return "credit cue without <outlet>";
    pt->ntoks = nt;
    pt->req_off = best >= 0 ? pt->toks[best].off : 0;
    pt->req_len = best >= 0 ? pt->toks[best].len : 0;
    return NULL;
}

typedef struct mstate {
    const char *s;
    size_t n;
    int budget;
    int prefix; /* match a prefix of s (credits) instead of all of s */
    size_t cap_off, cap_len;
} mstate;

/* Can s[0..n) be an outlet's name in a credit? "Frontier Wire", "AFP", "The Daily
 * Ledger", "dawn.com": at most KBC_MAX_OUTLET bytes and six words, each starting with a
 * capital or a digit (short function words "of", "the", "and", "de" aside), no sentence
 * punctuation. So "(CNN) ..." gives CNN, while "(file photo)" or "(updated 5:30 pm)"
 * are no credit. */
static int outlet_ok(const char *s, size_t n)
{
    if (!n || n > KBC_MAX_OUTLET || s[0] == ' ' || s[n - 1] == ' ') return 0;
    int words = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        unsigned char c = (unsigned char)s[i];
        int cap = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
        size_t wl = j - i;
        int small = (wl == 2 && (!memcmp(s + i, "of", 2) || !memcmp(s + i, "de", 2))) ||
                    (wl == 3 && (!memcmp(s + i, "the", 3) || !memcmp(s + i, "and", 3)));
        int domain = wl > 3 && memchr(s + i + 1, '.', wl - 2) != NULL; /* "dawn.com" */
        if (!cap && !domain && !(small && words)) return 0;
        for (size_t k = i; k < j; k++)
            if (strchr(",;:!?()[]\"", s[k])) return 0;
        if (++words > 6) return 0;
        i = j;
        while (i < n && s[i] == ' ')
            i++;
    }
    return 1;
}

/* 0 when token t surely fails at s[j] (a line of n bytes) in match_at's first step, with
 * no recursion: a literal that does not fit or whose first byte differs, a space, digit,
 * letter or alnum run that does not start there. 1 otherwise (and for other tokens). */
static inline int can_start(const pat *pt, const tok *t, const char *s, size_t j, size_t n)
{
    int c = j < n ? (unsigned char)s[j] : -1;
    switch (t->op) {
    case T_LIT: return n - j >= t->len && lc(c) == (unsigned char)pt->lit[t->off];
    case T_SPACE: return c == ' ' || c == '\t';
    case T_DIGITS: return c >= 0 && lx_is_digit(c);
    case T_LETTERS: return c >= 0 && lx_is_letter(c);
    case T_ALNUM: return c >= 0 && (lx_is_digit(c) || lx_is_letter(c));
    default: return 1;
    }
}

/* If match_at(pt, k, i, m) surely fails among literals and spaces (tokens with no
 * choice to go back over), the steps it takes to fail (its loop turns, each a unit of
 * budget); 0 if it meets another token or the end first. */
static int fails_in(const pat *pt, int k, size_t i, const mstate *m)
{
    const char *s = m->s;
    for (int steps = 1;; steps++, k++) {
        if (k == pt->ntoks) return 0;
        const tok *t = &pt->toks[k];
        if (t->op == T_LIT) {
            if (m->n - i < t->len) return steps;
            const char *l = pt->lit + t->off;
            for (size_t q = 0; q < t->len; q++)
                if (lc((unsigned char)s[i + q]) != (unsigned char)l[q]) return steps;
            i += t->len;
        } else if (t->op == T_SPACE) {
            size_t j = i;
            while (j < m->n && (s[j] == ' ' || s[j] == '\t')) j++;
            if (j == i) return steps;
            i = j;
        } else {
            return 0;
        }
    }
}

/* Does pattern tokens t[k..] match s from i? Returns the end position or -1. */
static long match_at(const pat *pt, int k, size_t i, mstate *m)
{
    for (;;) {
        if (--m->budget < 0) return -1;
        if (k == pt->ntoks) return (m->prefix || i == m->n) ? (long)i : -1;
        const tok *t = &pt->toks[k];
        const char *s = m->s;
        switch (t->op) {
        case T_LIT: {
            if (m->n - i < t->len) return -1;
            const char *l = pt->lit + t->off;
            for (size_t j = 0; j < t->len; j++)
                if (lc((unsigned char)s[i + j]) != (unsigned char)l[j]) return -1;
            i += t->len;
            k++;
            continue;
        }
        case T_SPACE: {
            size_t j = i;
            while (j < m->n && (s[j] == ' ' || s[j] == '\t'))
                j++;
            if (j == i) return -1;
            i = j;
            k++;
            continue;
        }
        case T_DATE: {
            char ymd[11];
            size_t used = kbc_date_parse(s + i, m->n - i, ymd);
            if (!used) return -1;
            i += used;
            k++;
            continue;
        }
        case T_ANY:
        case T_OUTLET: {
            size_t min = t->op == T_OUTLET ? 1 : 0;
            if (t->op == T_ANY && k + 1 == pt->ntoks && !m->prefix) {
                /* a final '*': the loop below would fail at every end but the line's, one
                 * step each, and match there; take those steps at once */
                m->budget -= (int)(m->n - i + 1);
                return m->budget < 0 ? -1 : (long)m->n;
            }
            /* After '*': where the next token cannot start (see can_start), the call below
             * would fail on its first step; skip those ends, counting their steps, so the
             * budget runs out exactly where it did */
            const tok *nx = t->op == T_ANY && k + 1 < pt->ntoks ? &pt->toks[k + 1] : NULL;
            for (size_t j = i + min; j <= m->n; j++) { /* shortest first */
                if (nx) {
                    size_t j0 = j;
                    while (j <= m->n && !can_start(pt, nx, s, j, m->n)) j++;
                    m->budget -= (int)(j - j0);
                    if (m->budget < 0 || j > m->n) return -1;
                    int f = fails_in(pt, k + 1, j, m); /* "* follow us": a space, then not the literal */
                    if (f) {
                        m->budget -= f;
                        if (m->budget < 0) return -1;
                        continue;
                    }
                }
                if (t->op == T_OUTLET && !outlet_ok(s + i, j - i)) {
                    if (j - i > KBC_MAX_OUTLET) return -1;
                    continue;
                }
                long r = match_at(pt, k + 1, j, m);
                if (r >= 0) {
                    if (t->op == T_OUTLET) {
                        m->cap_off = i;
                        m->cap_len = j - i;
                    }
                    return r;
                }
                if (m->budget < 0) return -1;
            }
            return -1;
        }
        default: { /* runs of digits / letters / alnum: longest first */
            size_t j = i;
            while (j < m->n) {
                int c = (unsigned char)s[j];
                int ok = t->op == T_DIGITS    ? lx_is_digit(c)
                         : t->op == T_LETTERS ? lx_is_letter(c)
                                              : (lx_is_digit(c) || lx_is_letter(c));
                if (!ok) break;
                j++;
            }
            if (j == i) return -1;
            if (k + 1 == pt->ntoks || pt->toks[k + 1].op == T_LIT ||
                pt->toks[k + 1].op == T_SPACE) {
                /* followed by a literal or the end: try every length, longest first */
                for (size_t e = j; e > i; e--) {
                    long r = match_at(pt, k + 1, e, m);
                    if (r >= 0) return r;
                    if (m->budget < 0) return -1;
                }
                return -1;
            }
            i = j;
            k++;
            continue;
        }
        }
    }
}

static void apply(const pat *pt, kbc_cue_result *r)
{
    r->chrome += pt->weight;
    if (pt->kind == K_BLOCK) r->block = 1;
    if (pt->kind == K_END) r->end = 1;
}

/* Run the cues of chain `id` (a bucket) on line s[0..n). */
static void match_chain(const kbc_lexicon *lx, int id, const char *s, size_t n, kbc_cue_result *r)
{
    for (; id >= 0; id = lx->pats[id].next) {
        mstate m = {s, n, KBC_STEP_BUDGET, 0, 0, 0};
        if (match_at(&lx->pats[id], 0, 0, &m) >= 0) apply(&lx->pats[id], r);
    }
}

/* The two bytes at s as one 16-bit index, in the machine's byte order: one load in the
 * scan of kbc_cue_match (the table is filled through the same function). */
static inline unsigned pair_at(const char *s)
{
    uint16_t v;
    memcpy(&v, s, 2);
    return v;
}

/* The first position from i on where a B_INSIDE cue's literal may start (pair_ok, which
 * says exactly which two bytes start one), else n - 1 or more. Unrolled: it runs over
 * every byte of every line. */
static inline size_t next_inside(const uint8_t *ok, const char *s, size_t i, size_t n)
{
    for (; i + 4 < n; i += 4) {
        if (ok[pair_at(s + i)]) return i;
        if (ok[pair_at(s + i + 1)]) return i + 1;
        if (ok[pair_at(s + i + 2)]) return i + 2;
        if (ok[pair_at(s + i + 3)]) return i + 3;
    }
    while (i + 1 < n && !ok[pair_at(s + i)]) i++;
    return i;
}

static unsigned line_key(const char *s)
{
    return pair_key((unsigned)lc((unsigned char)s[0]), (unsigned)lc((unsigned char)s[1]));
}

void kbc_cue_match(const kbc_lexicon *lx, const char *s, size_t n, kbc_cue_result *r)
{
    memset(r, 0, sizeof *r);
    if (!lx || !n) return;
    /* credits: a prefix of any line */
    for (size_t c = 0; c < lx->n_credits && !r->credit_len; c++) {
        const pat *pt = &lx->pats[lx->credits[c]];
        mstate m = {s, n < 200 ? n : 200, KBC_STEP_BUDGET, 1, 0, 0};
        long e = match_at(pt, 0, 0, &m);
        if (e > 0 && m.cap_len) {
            r->credit_len = (size_t)e;
            r->outlet_off = m.cap_off;
            r->outlet_len = m.cap_len;
            r->chrome += pt->weight;
        }
    }
    if (n > KBC_MAX_CUE_LINE) return;
    uint64_t seen[KBC_MAX_CUES / 64];
    memset(seen, 0, ((lx->n + 63) / 64) * sizeof *seen); /* only the words in use */
    for (size_t a = 0; a < lx->n_always; a++) {
        int id = lx->always[a];
        const pat *pt = &lx->pats[id];
        mstate m = {s, n, KBC_STEP_BUDGET, 0, 0, 0};
        if (match_at(pt, 0, 0, &m) >= 0) apply(pt, r);
    }
    if (n >= 2) {
        match_chain(lx, lx->bucket[B_START][line_key(s)], s, n, r);
        match_chain(lx, lx->bucket[B_END][line_key(s + n - 2)], s, n, r);
    }
    for (size_t i = next_inside(lx->pair_ok, s, 0, n); i + 1 < n; i = next_inside(lx->pair_ok, s, i + 1, n)) {
        unsigned key = line_key(s + i);
        for (int id = lx->bucket[B_INSIDE][key]; id >= 0; id = lx->pats[id].next) {
            if (seen[id >> 6] >> (id & 63) & 1) continue;
            const pat *pt = &lx->pats[id];
            if ((size_t)pt->req_len > n - i) continue;
            const char *l = pt->lit + pt->req_off;
            int j = 0;
            while (j < pt->req_len && lc((unsigned char)s[i + j]) == (unsigned char)l[j])
                j++;
            if (j < pt->req_len) continue;
            seen[id >> 6] |= 1ull << (id & 63);
            mstate m = {s, n, KBC_STEP_BUDGET, 0, 0, 0};
            if (match_at(pt, 0, 0, &m) >= 0) apply(pt, r);
        }
    }
}

static int parse_kind(const char *w, size_t n)
{
    if (n == 6 && !memcmp(w, "chrome", 6)) return K_CHROME;
    if (n == 5 && !memcmp(w, "block", 5)) return K_BLOCK;
    if (n == 3 && !memcmp(w, "end", 3)) return K_END;
    if (n == 6 && !memcmp(w, "credit", 6)) return K_CREDIT;
    return -1;
}

kbc_lexicon *kbc_lexicon_load_string(const char *text, size_t len, const char *name, kb_err *err)
{
    kbc_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx) {
        kb_err_set(err, KB_ENOMEM, "%s: out of memory", name);
        return NULL;
    }
    size_t cap = 64;
    lx->pats = calloc(cap, sizeof *lx->pats);
    if (!lx->pats) goto oom;
    for (int b = 0; b < 3; b++)
        for (size_t i = 0; i < KBC_NBUCKET; i++)
            lx->bucket[b][i] = -1;

    size_t pos = 0;
    int lineno = 0;
    while (pos < len) {
        size_t e = pos;
        while (e < len && text[e] != '\n')
            e++;
        lineno++;
        const char *l = text + pos;
        size_t ln = e - pos;
        pos = e + 1;
        if (ln && l[ln - 1] == '\r') ln--;
        size_t i = 0;
        while (i < ln && (l[i] == ' ' || l[i] == '\t'))
            i++;
        if (i == ln || l[i] == '#') continue; /* blank or comment */
        if (memchr(l, '\0', ln)) {
            kb_err_set(err, KB_EFORMAT, "%s:%d: NUL byte", name, lineno);
            goto fail;
        }
        /* kind */
        size_t ks = i;
        while (i < ln && l[i] != ' ' && l[i] != '\t')
            i++;
        int kind = parse_kind(l + ks, i - ks);
        if (kind < 0) {
            kb_err_set(err, KB_EFORMAT, "%s:%d: unknown kind '%.*s' (chrome, block, end, credit)",
                       name, lineno, (int)(i - ks > 40 ? 40 : i - ks), l + ks);
            goto fail;
        }
        while (i < ln && (l[i] == ' ' || l[i] == '\t'))
            i++;
        /* weight */
        size_t ws = i;
        while (i < ln && l[i] != ' ' && l[i] != '\t')
            i++;
        char wb[32];
        size_t wl = i - ws;
        if (wl == 0 || wl >= sizeof wb) {
            kb_err_set(err, KB_EFORMAT, "%s:%d: missing weight after the kind", name, lineno);
            goto fail;
        }
        memcpy(wb, l + ws, wl);
        wb[wl] = '\0';
        char *endp = NULL;
        errno = 0;
        double w = strtod(wb, &endp);
        if (errno || !endp || *endp || !(w >= 0 && w <= 100)) { /* also rejects nan */
            kb_err_set(err, KB_EFORMAT, "%s:%d: weight '%s' is not a number from 0 to 100", name,
                       lineno, wb);
            goto fail;
        }
        while (i < ln && (l[i] == ' ' || l[i] == '\t'))
            i++;
        size_t pe = ln;
        while (pe > i && (l[pe - 1] == ' ' || l[pe - 1] == '\t'))
            pe--;
        if (pe > i && l[pe - 1] == '\\' && pe < ln) pe++; /* "\ " keeps a trailing space */
        if (pe == i) {
            kb_err_set(err, KB_EFORMAT, "%s:%d: missing pattern", name, lineno);
            goto fail;
        }
        if (pe - i > 1000) {
            kb_err_set(err, KB_EFORMAT, "%s:%d: pattern longer than 1000 bytes", name, lineno);
            goto fail;
        }
        if (lx->n >= KBC_MAX_CUES) {
            kb_err_set(err, KB_EFORMAT, "%s:%d: more than %d cues", name, lineno, KBC_MAX_CUES);
            goto fail;
        }
        if (lx->n == cap) {
            pat *np = realloc(lx->pats, 2 * cap * sizeof *np);
            if (!np) goto oom;
            memset(np + cap, 0, cap * sizeof *np);
            lx->pats = np;
            cap *= 2;
        }
        pat *pt = &lx->pats[lx->n++];
        pt->kind = kind;
        pt->weight = (float)w;
        pt->next = -1;
        const char *msg = compile(l + i, pe - i, kind, pt);
        if (msg) {
            kb_err_set(err, KB_EFORMAT, "%s:%d: %s", name, lineno, msg);
            goto fail;
        }
    }
    /* index */
    lx->always = malloc((lx->n + 1) * sizeof *lx->always);
    lx->credits = malloc((lx->n + 1) * sizeof *lx->credits);
    if (!lx->always || !lx->credits) goto oom;
    for (size_t k = lx->n; k-- > 0;) { /* reverse, so buckets list cues in file order */
        pat *pt = &lx->pats[k];
        if (pt->kind == K_CREDIT) continue;
        const tok *first = &pt->toks[0], *last = &pt->toks[pt->ntoks - 1];
        const unsigned char *l = (const unsigned char *)pt->lit;
        unsigned key;
        int b;
        if (first->op == T_LIT && first->len >= 2) {
            b = B_START;
            key = pair_key(l[first->off], l[first->off + 1]);
        } else if (last->op == T_LIT && last->len >= 2) {
            b = B_END;
            key = pair_key(l[last->off + last->len - 2], l[last->off + last->len - 1]);
        } else if (pt->req_len >= 2) {
            b = B_INSIDE;
            key = pair_key(l[pt->req_off], l[pt->req_off + 1]);
            /* the two raw bytes, in either case, that can start its required literal */
            unsigned char c0 = l[pt->req_off], c1 = l[pt->req_off + 1];
            for (int u0 = 0; u0 < 2; u0++)
                for (int u1 = 0; u1 < 2; u1++) {
                    if ((u0 && !(c0 >= 'a' && c0 <= 'z')) || (u1 && !(c1 >= 'a' && c1 <= 'z'))) continue;
                    char ab[2] = {(char)(u0 ? c0 - 32 : c0), (char)(u1 ? c1 - 32 : c1)};
                    lx->pair_ok[pair_at(ab)] = 1;
                }
        } else {
            continue; /* an "always" cue */
        }
        pt->next = lx->bucket[b][key];
        lx->bucket[b][key] = (int32_t)k;
    }
    for (size_t k = 0; k < lx->n; k++) {
        if (lx->pats[k].kind == K_CREDIT)
            lx->credits[lx->n_credits++] = (int)k;
        else if (lx->pats[k].req_len < 2)
            lx->always[lx->n_always++] = (int)k;
    }
    return lx;
oom:
    kb_err_set(err, KB_ENOMEM, "%s: out of memory", name);
fail:
    kbc_lexicon_free(lx);
    return NULL;
}

kbc_lexicon *kbc_lexicon_load_file(const char *path, const char *display_name, kb_err *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        kb_err_set(err, KB_EIO, "%s: cannot open: %s", display_name, strerror(errno));
        return NULL;
    }
    kbu_buf b = {0};
    char tmp[8192];
    size_t k;
    int rc = KB_OK;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
        if ((rc = kbu_buf_append(&b, tmp, k)) != KB_OK) break;
    int bad = ferror(f);
    fclose(f);
    if (rc != KB_OK || bad) {
        kbu_buf_free(&b);
        kb_err_set(err, rc != KB_OK ? rc : KB_EIO, "%s: cannot read", display_name);
        return NULL;
    }
    kbc_lexicon *lx = kbc_lexicon_load_string(b.data ? b.data : "", b.len, display_name, err);
    kbu_buf_free(&b);
    return lx;
}

kbc_lexicon *kbc_lexicon_load(const char *dir, kb_err *err)
{
    if (!dir || !*dir) dir = ".";
    kbu_buf p = {0};
    if (kbu_buf_printf(&p, "%s/boilerplate.txt", dir) != KB_OK) {
        kb_err_set(err, KB_ENOMEM, "out of memory");
        return NULL;
    }
    kbc_lexicon *lx = kbc_lexicon_load_file(p.data, p.data, err);
    kbu_buf_free(&p);
    return lx;
}
