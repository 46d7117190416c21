/*
 * lexicon.c -- load and compile khabar's lexicons (see kbl.h and lexicon/README.md).
 *
 * Everything is read once into one arena and a few hash tables:
 *   - an interner: normalised token -> id;
 *   - a phrase trie over token ids, (node, token) -> child in one open-addressing table,
 *     whose nodes carry the actor a phrase names (states, agents, groups, IGOs, people);
 *   - verb patterns, indexed by their first token, longest first;
 *   - the CAMEO codebook (lexicon/cameo.tsv) with the PLOVER mapping (lexicon/plover.tsv).
 * Countries come from the iso-codes package's JSON (names, official and common names);
 * the project's own files add demonyms, short forms, capitals, agents, groups and people.
 * Malformed lines, duplicates and conflicts become diagnostics (file:line) for
 * `khabar lexicon check`; loading goes on without the bad line.
 */
#include "lexicon/kbl.h"
#include "kb_internal.h"
#include "annotate/geo.h"

#include <ctype.h>
#include <dirent.h>
#include <jansson.h>
#include <libstemmer.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PHRASE_TOKS 16
#define MAX_ALTS 48 /* alternatives in one slot of a verb pattern */
#define MAX_LINE 4096

typedef struct {
    uint64_t key;
    int32_t val;
} kv;

/* a form a line's stem must not match ("residents | !residence": the house is no people) */
typedef struct kbl_not {
    int32_t actor;
    const char *low;
} kbl_not;

struct kbl_lexicon {
    kb_arena *arena;
    kbl_not *nots; /* the lines' excluded forms and (actor -1) the %notverb words: few, a scan */
    size_t n_nots, cap_nots;
    uint64_t notverb_bits; /* bit (stem id & 63) set for each %notverb word: most tokens skip the scan */
    /* interner */
    char **tok_str;
    uint32_t *tok_len;
    size_t n_tok, cap_tok;
    int32_t *tok_tab; /* open addressing: token id or -1 */
    size_t tok_tab_cap;
    /* trie */
    kv *edges;
    size_t n_edges, edges_cap;
    int32_t *node_val;
    uint8_t *node_flags;
    uint8_t *node_src; /* 1 = from iso-codes (project files override silently) */
    size_t n_nodes, cap_nodes;
    /* actors */
    kbl_actor *actors;
    size_t n_actors, cap_actors;
    /* patterns */
    kbl_pattern *pats;
    size_t n_pats, cap_pats;
    uint32_t *pat_set; /* while loading: index + 1 of each pattern by its elements, 0 empty */
    uint64_t *root_bits; /* once loaded: bit tok set if a phrase starts with tok */
    size_t pat_set_cap;
    const kbl_pattern **pat_index; /* sorted by first token, longest first */
    uint32_t *pat_off;             /* n_tok + 1 offsets into pat_index */
    uint64_t *pat_bits;            /* bit tok set if a pattern starts with tok */
    /* codebook */
    kbl_cameo *cameo;
    size_t n_cameo, cap_cameo;
    /* %intent / %negate: code prefix (a root or a finer code) -> code; longest prefix wins */
    struct kbl_remap {
        char pre[6], code[8];
    } intent[192], negate[192];
    size_t n_intent, n_negate;
    int intent_same;     /* "%intent * =": an act under modality keeps its own code */
    int target_required; /* "%target required": an event needs a target */
    int32_t *cues;
    size_t n_cues, cap_cues;
    uint8_t *is_cue; /* per token id */
    char (*states)[4]; /* sorted state codes */
    size_t n_states;
    kba_sovs sovs; /* dependencies and their sovereigns */
    /* diagnostics */
    kbl_diag *diags;
    size_t n_diags, cap_diags;
    struct sb_stemmer *stem;
    struct kbl_memo *memo; /* while loading: word -> normalised form (names repeat on a line) */
};

/* ---------------------------------------------------------------- helpers */

static int grow(void **p, size_t *cap, size_t need, size_t elsz) { return kbu_grow(p, cap, need, elsz); }

static void diag(kbl_lexicon *lx, const char *file, int line, int sev, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
static void diag(kbl_lexicon *lx, const char *file, int line, int sev, const char *fmt, ...)
{
    if (grow((void **)&lx->diags, &lx->cap_diags, lx->n_diags + 1, sizeof *lx->diags)) return;
    kbl_diag *d = &lx->diags[lx->n_diags++];
    d->file = file;
    d->line = line;
    d->severity = sev;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(d->msg, sizeof d->msg, fmt, ap);
    va_end(ap);
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
        s[--n] = '\0';
    return s;
}

/* ---------------------------------------------------------------- tokens */

static int is_wordbyte(unsigned char c) { return isalnum(c) || c >= 0x80; }

/* UTF-8 punctuation we treat as such: curly quotes, dashes, ellipsis, NBSP (space). */
static int utf8_punct(const unsigned char *p, size_t left)
{
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x90 && p[2] <= 0xA6) return 3;
    if (left >= 2 && p[0] == 0xC2 && (p[1] == 0xAB || p[1] == 0xBB)) return 2; /* guillemets */
    return 0;
}
static int is_apos(const unsigned char *p, size_t left)
{
    if (left >= 1 && p[0] == '\'') return 1;
    if (left >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99) return 3;
    return 0;
}

/* Byte classes of the ASCII fast paths (the C locale's isalnum/isdigit/isspace). */
enum { B_ALPHA = 1, B_DIGIT = 2, B_SPACE = 4, B_SLOW = 8 };
static const uint8_t BCLS[256] = {
#define R8(x) x, x, x, x, x, x, x, x
    ['\t'] = B_SPACE, B_SPACE, B_SPACE, B_SPACE, B_SPACE, [' '] = B_SPACE, ['\''] = B_SLOW,
    ['0'] = R8(B_DIGIT), B_DIGIT, B_DIGIT,
    ['A'] = R8(B_ALPHA), R8(B_ALPHA), R8(B_ALPHA), B_ALPHA, B_ALPHA,
    ['a'] = R8(B_ALPHA), R8(B_ALPHA), R8(B_ALPHA), B_ALPHA, B_ALPHA,
    [0x80] = R8(R8(B_SLOW)), R8(R8(B_SLOW)),
#undef R8
};

size_t kbl_tokenize(const char *str, size_t n, kbl_tok *out, size_t cap)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0, k = 0;
    while (i < n && k < cap) {
        unsigned char c = s[i];
        uint8_t bc = BCLS[c];
        if (bc & B_SPACE) {
            i++;
            continue;
        }
        if (!bc) { /* ASCII punctuation (not the apostrophe): one byte */
            out[k].s = (uint32_t)i;
            out[k].e = (uint32_t)(i + 1);
            out[k++].kind = KBL_T_PUNCT;
            i++;
            continue;
        }
        if (bc & B_SLOW) { /* the apostrophe, NBSP, UTF-8 punctuation, else a word */
            if (c == 0xC2 && i + 1 < n && s[i + 1] == 0xA0) { /* NBSP */
                i += 2;
                continue;
            }
            int ap = is_apos(s + i, n - i);
            if (ap) {
                /* 's as its own token */
                size_t j = i + (size_t)ap;
                if (k > 0 && out[k - 1].e == i && out[k - 1].kind == KBL_T_WORD && j < n &&
                    (s[j] == 's' || s[j] == 'S') && (j + 1 >= n || !is_wordbyte(s[j + 1]))) {
                    out[k].s = (uint32_t)i;
                    out[k].e = (uint32_t)(j + 1);
                    out[k++].kind = KBL_T_WORD;
                    i = j + 1;
                    continue;
                }
                out[k].s = (uint32_t)i;
                out[k].e = (uint32_t)j;
                out[k++].kind = KBL_T_PUNCT;
                i = j;
                continue;
            }
            int up = utf8_punct(s + i, n - i);
            if (up) {
                out[k].s = (uint32_t)i;
                out[k].e = (uint32_t)(i + (size_t)up);
                out[k++].kind = KBL_T_PUNCT;
                i += (size_t)up;
                continue;
            }
            if (!is_wordbyte(c)) {
                out[k].s = (uint32_t)i;
                out[k].e = (uint32_t)(i + 1);
                out[k++].kind = KBL_T_PUNCT;
                i++;
                continue;
            }
        }
        size_t st = i;
        int digits = (bc & B_DIGIT) != 0, alpha = 0, periods = 0;
        if (!(bc & B_SLOW)) {
            /* fast path: a run of ASCII letters and digits that the next byte ends (the
             * end, a space, ASCII punctuation but . , and '), as the loop below would end it
             * after its first turn; else that loop goes on from the run's end */
            unsigned acc = 0;
            do acc |= BCLS[s[i++]];
            while (i < n && (BCLS[s[i]] & (B_ALPHA | B_DIGIT)));
            if (acc & B_DIGIT) digits = 1;
            if (acc & B_ALPHA) alpha = 1;
            if (i >= n || (!(BCLS[s[i]] & B_SLOW) && s[i] != '.' && s[i] != ',')) {
                out[k].s = (uint32_t)st;
                out[k].e = (uint32_t)i;
                out[k++].kind = (digits && !alpha) ? KBL_T_NUM : KBL_T_WORD;
                continue;
            }
        }
        while (i < n) {
            unsigned char d = s[i];
            if (BCLS[d] & (B_ALPHA | B_DIGIT)) { /* a run of ASCII letters and digits */
                unsigned acc = 0;
                do acc |= BCLS[s[i++]];
                while (i < n && (BCLS[s[i]] & (B_ALPHA | B_DIGIT)));
                if (acc & B_DIGIT) digits = 1;
                if (acc & B_ALPHA) alpha = 1;
                continue;
            }
            /* a space or an ASCII mark other than . , ' ends the word, and so does an NBSP */
            if (!(BCLS[d] & B_SLOW) && d != '.' && d != ',') break;
            if (d == 0xC2 && i + 1 < n && s[i + 1] == 0xA0) break;
            /* (ASCII is never UTF-8 punctuation: no call for it) */
            if (is_wordbyte(d) && (d < 0x80 || !utf8_punct(s + i, n - i))) {
                if (isdigit(d)) digits = 1;
                else alpha = 1;
                if (d >= 0x80) { /* whole UTF-8 sequence */
                    i++;
                    while (i < n && (s[i] & 0xC0) == 0x80) i++;
                    continue;
                }
                i++;
                continue;
            }
            /* inner period: U.S, U.N; number 3.5; inner comma 1,524 */
            if ((d == '.' || d == ',') && i + 1 < n && isalnum(s[i + 1])) {
                if (d == ',' && !(digits && !alpha && isdigit(s[i + 1]))) break;
                if (d == '.' && !((digits && !alpha && isdigit(s[i + 1])) ||
                                  (alpha && i - st <= 2 + 2 * (size_t)periods && isalpha(s[i + 1]) &&
                                   (i + 2 >= n || !isalpha(s[i + 2])))))
                    break;
                if (d == '.') periods++;
                i++;
                continue;
            }
            int a2 = is_apos(s + i, n - i);
            if (a2 && i + (size_t)a2 < n && isalpha(s[i + (size_t)a2])) {
                size_t j = i + (size_t)a2;
                /* n't: split before the n */
                if ((s[j] == 't' || s[j] == 'T') && (j + 1 >= n || !is_wordbyte(s[j + 1])) &&
                    i > st + 1 && (s[i - 1] == 'n' || s[i - 1] == 'N')) {
                    if (i - 1 > st) {
                        out[k].s = (uint32_t)st;
                        out[k].e = (uint32_t)(i - 1);
                        out[k++].kind = KBL_T_WORD;
                        if (k >= cap) return k;
                    }
                    st = i - 1;
                    i = j + 1;
                    break;
                }
                /* 's, 're, 've, 'll, 'd: stop, let the apostrophe branch handle 's */
                if ((s[j] == 's' || s[j] == 'S') && (j + 1 >= n || !is_wordbyte(s[j + 1]))) break;
                if (j + 1 < n && !is_wordbyte(s[j + 1]) && (s[j] == 'd' || s[j] == 'm')) break;
                if (j + 2 <= n && ((s[j] == 'l' && s[j + 1] == 'l') || (s[j] == 'r' && s[j + 1] == 'e') ||
                                   (s[j] == 'v' && s[j + 1] == 'e')) &&
                    (j + 2 >= n || !is_wordbyte(s[j + 2])))
                    break;
                i = j; /* O'Brien */
                continue;
            }
            break;
        }
        /* "U.S." : absorb the final period of a dotted abbreviation */
        if (periods && alpha && i < n && s[i] == '.' && i - st <= 6) i++;
        out[k].s = (uint32_t)st;
        out[k].e = (uint32_t)i;
        out[k++].kind = (digits && !alpha) ? KBL_T_NUM : KBL_T_WORD;
    }
    return k;
}

/* kbl_norm stems only lower-case ASCII letters, which read the same in Latin-1 as in UTF-8:
 * the stemmer's Latin-1 module gives the same stems as its UTF-8 one without decoding each
 * character (about a quarter fewer instructions a word); the UTF-8 one if it is missing. */
struct sb_stemmer *kbl_stemmer_new(void)
{
    struct sb_stemmer *st = sb_stemmer_new("english", "ISO_8859_1");
    return st ? st : sb_stemmer_new("english", NULL);
}
void kbl_stemmer_free(struct sb_stemmer *st)
{
    if (st) sb_stemmer_delete(st);
}

/* The ASCII letter a Latin letter with a diacritic folds to, U+00C0..U+017F ('.' none): "Bogotá"
 * matches "Bogota", "Yaoundé" "Yaounde", "Asunción" "Asuncion" (generated from Unicode's
 * canonical decompositions; æ, ø, ß, đ, ł, œ by their usual transliteration's first letter) */
static const char LATIN_FOLD[] = "AAAAAAACEEEEIIIIDNOOOOO.OUUUUYTsaaaaaaaceeeeiiiidnooooo.ouuuuyty"
                                 "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKk.LlLlLl."
                                 ".LlNnNnNn...OoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz.";

/* the letter the two bytes at w fold to, 0 if none */
static int fold_latin(const unsigned char *w, size_t left)
{
    if (left < 2 || (w[1] & 0xC0) != 0x80) return 0;
    unsigned cp = (unsigned)(w[0] & 0x1F) << 6 | (w[1] & 0x3F);
    if (cp >= 0xC0 && cp < 0x180 && LATIN_FOLD[cp - 0xC0] != '.') return LATIN_FOLD[cp - 0xC0];
    if (cp >= 0x218 && cp <= 0x21B) return "SsTt"[cp - 0x218]; /* Romanian ș, ț */
    return 0;
}

size_t kbl_norm(struct sb_stemmer *st, const char *w, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    int ascii_alpha = 1, upper = 0, lower = 0;
    if (cap == 0) return 0;
    for (size_t i = 0; i < n; i++) {
        if (isupper((unsigned char)w[i])) upper++;
        if (islower((unsigned char)w[i])) lower++;
    }
    if (upper >= 2 && !lower) st = NULL; /* acronyms are not stemmed: ISIS, US */
    /* ... nor their plurals, which lose their "s" ("IEDs": "ied", which the stemmer's -ed
     * rule made "i", the pronoun) */
    if (upper >= 2 && lower == 1 && n > 2 && w[n - 1] == 's' && isupper((unsigned char)w[n - 2])) {
        st = NULL;
        n--;
    }
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)w[i + 1] == 0x80 &&
            (unsigned char)w[i + 2] == 0x99) {
            out[k++] = '\'';
            i += 2;
            ascii_alpha = 0;
            continue;
        }
        if (c == '.') continue;
        if (c >= 0xC3 && c <= 0xC8) {
            int f = fold_latin((const unsigned char *)w + i, n - i);
            if (f) {
                out[k++] = (char)tolower(f);
                i++;
                continue;
            }
        }
        if (!isalpha(c)) ascii_alpha = 0;
        out[k++] = (char)tolower(c);
    }
    out[k] = '\0';
    if (k == 3 && !strcmp(out, "n't")) {
        memcpy(out, "not", 4);
        return 3;
    }
    if (st && ascii_alpha && k > 2) {
        const sb_symbol *r = sb_stemmer_stem(st, (const sb_symbol *)out, (int)k);
        int rl = sb_stemmer_length(st);
        if (r && rl > 0 && (size_t)rl < cap) {
            memcpy(out, r, (size_t)rl);
            out[rl] = '\0';
            k = (size_t)rl;
        }
        /* the stemmer undoubles a final consonant after -ed/-ing ("boycotted" -> "boycot") but
         * keeps it in the base form ("boycott"): undouble both (not l, s, z: "shell", "press") */
        if (k >= 5 && out[k - 1] == out[k - 2] && !strchr("aeiouylsz", out[k - 1])) out[--k] = '\0';
    }
    return k;
}

/* kbl_norm with a memo of the words seen while loading: the people files repeat each name
 * in its aliases, and stemming is most of the load's cost. Words longer than the slot and
 * crowded slots go straight to kbl_norm. */
#define KBL_MEMO 8192
struct kbl_memo {
    uint64_t h;
    uint8_t rl, sl;
    char raw[30], stem[30];
};

static size_t norm_memo(kbl_lexicon *lx, const char *w, size_t n, char *out, size_t cap)
{
    if (!lx->memo) lx->memo = calloc(KBL_MEMO, sizeof *lx->memo);
    if (!lx->memo || n == 0 || n >= sizeof lx->memo->raw) return kbl_norm(lx->stem, w, n, out, cap);
    uint64_t h = kbu_hash64(w, n, 0x6e6f726d);
    for (size_t i = 0, j = h & (KBL_MEMO - 1); i < 8; i++, j = (j + 1) & (KBL_MEMO - 1)) {
        struct kbl_memo *e = &lx->memo[j];
        if (!e->rl) {
            size_t k = kbl_norm(lx->stem, w, n, out, cap);
            if (k < sizeof e->stem) {
                e->h = h;
                e->rl = (uint8_t)n;
                memcpy(e->raw, w, n);
                e->sl = (uint8_t)k;
                memcpy(e->stem, out, k);
            }
            return k;
        }
        if (e->h == h && e->rl == n && !memcmp(e->raw, w, n) && e->sl < cap) {
            memcpy(out, e->stem, e->sl);
            out[e->sl] = '\0';
            return e->sl;
        }
    }
    return kbl_norm(lx->stem, w, n, out, cap);
}

/* ---------------------------------------------------------------- interner */

static uint32_t hstr(const char *s, size_t n) { return (uint32_t)kbu_hash64(s, n, 0x6b686162); }

int32_t kbl_token_id(const kbl_lexicon *lx, const char *s, size_t n)
{
    if (!lx->tok_tab_cap) return -1;
    size_t m = lx->tok_tab_cap - 1, h = hstr(s, n) & m;
    for (;;) {
        int32_t id = lx->tok_tab[h];
        if (id < 0) return -1;
        if (lx->tok_len[id] == n && !memcmp(lx->tok_str[id], s, n)) return id;
        h = (h + 1) & m;
    }
}

static int32_t intern(kbl_lexicon *lx, const char *s, size_t n)
{
    int32_t id = kbl_token_id(lx, s, n);
    if (id >= 0) return id;
    if ((lx->n_tok + 1) * 2 > lx->tok_tab_cap) {
        size_t nc = lx->tok_tab_cap ? lx->tok_tab_cap * 2 : 4096;
        int32_t *t = malloc(nc * sizeof *t);
        if (!t) return -1;
        for (size_t i = 0; i < nc; i++) t[i] = -1;
        for (size_t i = 0; i < lx->n_tok; i++) {
            size_t h = hstr(lx->tok_str[i], lx->tok_len[i]) & (nc - 1);
            while (t[h] >= 0) h = (h + 1) & (nc - 1);
            t[h] = (int32_t)i;
        }
        free(lx->tok_tab);
        lx->tok_tab = t;
        lx->tok_tab_cap = nc;
    }
    size_t c1 = lx->cap_tok, c2 = lx->cap_tok;
    if (grow((void **)&lx->tok_str, &c1, lx->n_tok + 1, sizeof *lx->tok_str) ||
        grow((void **)&lx->tok_len, &c2, lx->n_tok + 1, sizeof *lx->tok_len))
        return -1;
    lx->cap_tok = c1 < c2 ? c1 : c2;
    char *cp = kb_arena_strndup(lx->arena, s, n);
    if (!cp) return -1;
    id = (int32_t)lx->n_tok++;
    lx->tok_str[id] = cp;
    lx->tok_len[id] = (uint32_t)n;
    size_t m = lx->tok_tab_cap - 1, h = hstr(s, n) & m;
    while (lx->tok_tab[h] >= 0) h = (h + 1) & m;
    lx->tok_tab[h] = id;
    return id;
}

/* The token id of a word of a lexicon line, normalised as text's words are (its stem). */
static int32_t word_id(kbl_lexicon *lx, const char *w, size_t n)
{
    char buf[128];
    size_t k = norm_memo(lx, w, n, buf, sizeof buf);
    return intern(lx, buf, k);
}

/* ---------------------------------------------------------------- trie */

static uint64_t ekey(int32_t node, int32_t tok) { return ((uint64_t)(uint32_t)node << 32) | (uint32_t)tok; }
static size_t ehash(uint64_t k) { return (size_t)((k * 0x9E3779B97F4A7C15ull) >> 20); }

int32_t kbl_trie_child(const kbl_lexicon *lx, int32_t node, int32_t tok)
{
    if (!lx->edges_cap || tok < 0) return -1;
    /* most words of a text start no phrase: one bit says so, without a probe */
    if (node == 0 && lx->root_bits && (size_t)tok < lx->n_tok && !(lx->root_bits[tok >> 6] >> (tok & 63) & 1))
        return -1;
    uint64_t k = ekey(node, tok);
    size_t m = lx->edges_cap - 1, h = ehash(k) & m;
    for (;;) {
        if (lx->edges[h].val < 0) return -1;
        if (lx->edges[h].key == k) return lx->edges[h].val;
        h = (h + 1) & m;
    }
}

const uint64_t *kbl_phrase_starts(const kbl_lexicon *lx, size_t *n)
{
    *n = lx->root_bits ? lx->n_tok : 0;
    return lx->root_bits;
}

static int32_t new_node(kbl_lexicon *lx)
{
    size_t c1 = lx->cap_nodes, c2 = lx->cap_nodes, c3 = lx->cap_nodes;
    if (grow((void **)&lx->node_val, &c1, lx->n_nodes + 1, sizeof *lx->node_val) ||
        grow((void **)&lx->node_flags, &c2, lx->n_nodes + 1, 1) ||
        grow((void **)&lx->node_src, &c3, lx->n_nodes + 1, 1))
        return -1;
    lx->cap_nodes = c1;
    lx->node_val[lx->n_nodes] = -1;
    lx->node_flags[lx->n_nodes] = 0;
    lx->node_src[lx->n_nodes] = 0;
    return (int32_t)lx->n_nodes++;
}

static int32_t trie_add_child(kbl_lexicon *lx, int32_t node, int32_t tok)
{
    int32_t c = kbl_trie_child(lx, node, tok);
    if (c >= 0) return c;
    if ((lx->n_edges + 1) * 2 > lx->edges_cap) {
        size_t nc = lx->edges_cap ? lx->edges_cap * 2 : 8192;
        kv *t = malloc(nc * sizeof *t);
        if (!t) return -1;
        for (size_t i = 0; i < nc; i++) t[i].val = -1;
        for (size_t i = 0; i < lx->edges_cap; i++)
            if (lx->edges[i].val >= 0) {
                size_t h = ehash(lx->edges[i].key) & (nc - 1);
                while (t[h].val >= 0) h = (h + 1) & (nc - 1);
                t[h] = lx->edges[i];
            }
        free(lx->edges);
        lx->edges = t;
        lx->edges_cap = nc;
    }
    c = new_node(lx);
    if (c < 0) return -1;
    uint64_t k = ekey(node, tok);
    size_t m = lx->edges_cap - 1, h = ehash(k) & m;
    while (lx->edges[h].val >= 0) h = (h + 1) & m;
    lx->edges[h].key = k;
    lx->edges[h].val = c;
    lx->n_edges++;
    return c;
}

int32_t kbl_trie_value(const kbl_lexicon *lx, int32_t node, unsigned *flags)
{
    if (node < 0 || (size_t)node >= lx->n_nodes) return -1;
    if (flags) *flags = lx->node_flags[node];
    return lx->node_val[node];
}

const kbl_actor *kbl_actor_at(const kbl_lexicon *lx, int32_t i)
{
    return (i >= 0 && (size_t)i < lx->n_actors) ? &lx->actors[i] : NULL;
}

const char *kbl_actor_code(const kbl_actor *a, int32_t date)
{
    if (!a->n_roles) return a->role;
    if (date) {
        for (int i = 0; i < a->n_roles; i++) {
            const kbl_role *r = &a->roles[i];
            if ((!r->from || date >= r->from) && (!r->to || date <= r->to)) return r->code;
        }
        /* no dated role fits: the undated fallback, if any */
        for (int i = 0; i < a->n_roles; i++)
            if (!a->roles[i].from && !a->roles[i].to) return a->roles[i].code;
        return NULL;
    }
    /* date unknown: the role still open (no end), else the last listed */
    for (int i = 0; i < a->n_roles; i++)
        if (a->roles[i].from && !a->roles[i].to) return a->roles[i].code;
    for (int i = 0; i < a->n_roles; i++)
        if (!a->roles[i].from && !a->roles[i].to) return a->roles[i].code;
    return a->roles[a->n_roles - 1].code;
}

/* Add one phrase for actor idx. src: 1 = iso-codes, 0 = project file. */
static void add_phrase(kbl_lexicon *lx, const char *phrase, int32_t idx, int src, const char *file,
                       int line)
{
    kbl_tok toks[MAX_PHRASE_TOKS];
    size_t pl = strlen(phrase);
    size_t nt = kbl_tokenize(phrase, pl, toks, MAX_PHRASE_TOKS);
    if (nt == 0 || nt >= MAX_PHRASE_TOKS) {
        if (!src) diag(lx, file, line, 2, "phrase '%s' is empty or too long", phrase);
        return;
    }
    unsigned flags = 0;
    int has_lower = 0, n_alpha = 0;
    for (const char *p = phrase; *p; p++) {
        if (islower((unsigned char)*p)) has_lower = 1;
        if (isalpha((unsigned char)*p)) n_alpha++;
    }
    if (!has_lower && n_alpha >= 2) flags |= KBL_F_CASE;
    /* "LeT", "JuD": a one-word name with a capital after its first letter is not "Let", "Jud" */
    if (nt == 1 && has_lower && isupper((unsigned char)phrase[0]))
        for (const char *q = phrase + 1; *q && !(flags & KBL_F_INNER); q++)
            if (isupper((unsigned char)*q)) flags |= KBL_F_INNER;
    const kbl_actor *a = &lx->actors[idx];
    if (isupper((unsigned char)phrase[0])) flags |= KBL_F_CAP; /* "General" (a title), never "general" */
    int32_t node = 0;
    for (size_t i = 0; i < nt; i++) {
        size_t wl = toks[i].e - toks[i].s;
        if (wl >= 128) wl = 127; /* (word_id's buffer) */
        int32_t t = word_id(lx, phrase + toks[i].s, wl);
        if (t < 0 || (node = trie_add_child(lx, node, t)) < 0) return;
    }
    int32_t old = lx->node_val[node];
    if (old == idx) return; /* two forms of one phrase (stems) */
    if (old >= 0 && !src && !lx->node_src[node]) {
        const kbl_actor *o = &lx->actors[old];
        const char *oc = kbl_actor_code(o, 0), *nc = kbl_actor_code(a, 0);
        if (oc && nc && !strcmp(oc, nc))
            diag(lx, file, line, 1, "duplicate phrase '%s' (also %s:%d)", phrase, o->file, o->line);
        else
            diag(lx, file, line, 1, "conflict: phrase '%s' is %s here and %s at %s:%d", phrase,
                 nc ? nc : "?", oc ? oc : "?", o->file, o->line);
        return; /* the first wins */
    }
    if (old >= 0 && src) return; /* iso-codes never overrides */
    lx->node_val[node] = idx;
    lx->node_flags[node] = (uint8_t)flags;
    lx->node_src[node] = (uint8_t)src;
}

/* Word w (lower-cased here) must not name actor (-1: must not start a verb pattern). */
static int add_not(kbl_lexicon *lx, int32_t actor, const char *w)
{
    if (grow((void **)&lx->nots, &lx->cap_nots, lx->n_nots + 1, sizeof *lx->nots)) return -1;
    char *low = kb_arena_strdup(lx->arena, w);
    if (!low) return -1;
    for (char *q = low; *q; q++) *q = (char)tolower((unsigned char)*q);
    lx->nots[lx->n_nots].actor = actor;
    lx->nots[lx->n_nots++].low = low;
    return 0;
}

static int32_t new_actor(kbl_lexicon *lx, kbl_kind kind, const char *name, const char *file, int line)
{
    if (grow((void **)&lx->actors, &lx->cap_actors, lx->n_actors + 1, sizeof *lx->actors)) return -1;
    kbl_actor *a = &lx->actors[lx->n_actors];
    memset(a, 0, sizeof *a);
    a->kind = kind;
    a->name = kb_arena_strdup(lx->arena, name);
    a->file = file;
    a->line = line;
    return (int32_t)lx->n_actors++;
}

/* ---------------------------------------------------------------- iso-codes */

static void add_iso_name(kbl_lexicon *lx, const char *nm, int32_t idx)
{
    if (!nm || !*nm) return;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", nm);
    /* "Holy See (Vatican City State)": both parts */
    char *par = strchr(buf, '(');
    if (par) {
        char inner[256];
        snprintf(inner, sizeof inner, "%s", par + 1);
        char *cl = strchr(inner, ')');
        if (cl) *cl = '\0';
        add_iso_name(lx, trim(inner), idx);
        *par = '\0';
    }
    char *comma = strchr(buf, ',');
    if (comma) {
        /* "Iran, Islamic Republic of" -> "Iran" and "Islamic Republic of Iran" */
        *comma = '\0';
        char *rest = trim(comma + 1);
        char full[300];
        size_t rl = strlen(rest);
        if (rl > 3 && !strcmp(rest + rl - 3, " of")) {
            snprintf(full, sizeof full, "%s %s", rest, trim(buf));
            add_phrase(lx, full, idx, 1, "iso-codes", 0);
        }
    }
    add_phrase(lx, trim(buf), idx, 1, "iso-codes", 0);
}

static int load_iso(kbl_lexicon *lx, const char *path, kb_err *err)
{
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root) return kb_err_set(err, KB_EIO, "%s: line %d: %s", path, je.line, je.text);
    json_t *arr = json_object_get(root, "3166-1");
    size_t i;
    json_t *c;
    const char *file = kb_arena_strdup(lx->arena, path);
    json_array_foreach(arr, i, c)
    {
        const char *a3 = json_string_value(json_object_get(c, "alpha_3"));
        const char *nm = json_string_value(json_object_get(c, "name"));
        if (!a3 || !nm) continue;
        const char *cn = json_string_value(json_object_get(c, "common_name"));
        int32_t idx = new_actor(lx, KBL_STATE, cn ? cn : nm, file, (int)i + 1);
        if (idx < 0) break;
        kbl_actor *a = &lx->actors[idx];
        a->country = kb_arena_strdup(lx->arena, a3);
        kbl_role *r = kb_arena_calloc(lx->arena, sizeof *r);
        r->code = a->country;
        a->roles = r;
        a->n_roles = 1;
        add_iso_name(lx, nm, idx);
        add_iso_name(lx, json_string_value(json_object_get(c, "official_name")), idx);
        add_iso_name(lx, cn, idx);
    }
    json_decref(root);
    return KB_OK;
}

/* ---------------------------------------------------------------- demonyms */

/* One CSV field of *p (RFC 4180 quotes) into out[cap]; *p moved past its comma. Returns 1 at
 * the end of a record (newline or end of text), 0 before the next field. */
static int csv_field(const char **p, const char *end, char *out, size_t cap)
{
    const char *q = *p;
    size_t n = 0;
    int quoted = q < end && *q == '"';
    if (quoted) q++;
    while (q < end) {
        if (quoted && *q == '"') {
            if (q + 1 < end && q[1] == '"') {
                if (n + 1 < cap) out[n++] = '"';
                q += 2;
                continue;
            }
            quoted = 0;
            q++;
            continue;
        }
        if (!quoted && (*q == ',' || *q == '\n' || *q == '\r')) break;
        if (n + 1 < cap) out[n++] = *q;
        q++;
    }
    out[n] = '\0';
    int eor = q >= end || *q != ',';
    if (q < end && *q == ',') q++;
    while (eor && q < end && (*q == '\r' || *q == '\n')) q++;
    *p = q;
    return eor;
}

size_t kbl_demonym_rows(const char *text, size_t len, kbl_demonym_row *out, size_t cap)
{
    const char *p = text, *end = text + len;
    char f[512];
    int col = 0, c3 = -1, cm = -1, cf = -1;
    for (int eor = 0; !eor && p < end; col++) {
        eor = csv_field(&p, end, f, sizeof f);
        if (!strcmp(f, "cca3")) c3 = col;
        else if (!strcmp(f, "demonyms.eng.m")) cm = col;
        else if (!strcmp(f, "demonyms.eng.f")) cf = col;
    }
    if (c3 < 0 || cm < 0) return 0;
    size_t rows = 0;
    while (p < end && rows < cap) {
        kbl_demonym_row *r = &out[rows];
        memset(r, 0, sizeof *r);
        col = 0;
        for (int eor = 0; !eor && p < end; col++) {
            eor = csv_field(&p, end, f, sizeof f);
            if (col == c3) snprintf(r->a3, sizeof r->a3, "%.3s", f);
            else if (col == cm) snprintf(r->dm[0], sizeof r->dm[0], "%.63s", f);
            else if (col == cf) snprintf(r->dm[1], sizeof r->dm[1], "%.63s", f);
        }
        rows++;
    }
    return rows;
}

/* Demonyms from the npm registry's world-countries table (dist/countries.csv, installed with the
 * gazetteer): "Guyanese soldiers" is Guyana's military. The project's actor files win; a
 * demonym shared by two countries ("Channel Islander") or equal to a country's name
 * ("Djibouti") is left out; "Antiguan, Barbudan" gives both. A missing table is no error. */
static void load_demonyms(kbl_lexicon *lx, const char *path, int32_t iso_first, int32_t iso_end)
{
    size_t len = 0;
    char *txt = kbu_slurp(path, &len);
    if (!txt) return;
    enum { MAXROWS = 400 };
    kbl_demonym_row *dr = calloc(MAXROWS, sizeof *dr);
    size_t rows = dr ? kbl_demonym_rows(txt, len, dr, MAXROWS) : 0;
    const char *file = kb_arena_strdup(lx->arena, path);
    if (!rows) diag(lx, file, 1, 1, "no demonyms read (no \"cca3\" and \"demonyms.eng.m\" columns, or no rows)");
    for (size_t r = 0; r < rows; r++) {
        int32_t idx = -1;
        for (int32_t i = iso_first; i < iso_end; i++)
            if (lx->actors[i].country && !strcmp(lx->actors[i].country, dr[r].a3)) {
                idx = i;
                break;
            }
        if (idx < 0) continue;
        for (int k = 0; k < 2; k++) {
            const char *d = dr[r].dm[k];
            if (!d[0] || (k && !strcmp(dr[r].dm[0], d))) continue;
            int shared = 0;
            for (size_t o = 0; o < rows && !shared; o++)
                if (o != r && (!strcmp(dr[o].dm[0], d) || !strcmp(dr[o].dm[1], d))) shared = 1;
            for (int32_t i = iso_first; i < iso_end && !shared; i++)
                if (!strcmp(lx->actors[i].name, d)) shared = 1;
            if (shared) continue;
            char one[64];
            const char *s = d;
            while (*s) {
                size_t n = strcspn(s, ",");
                snprintf(one, sizeof one, "%.*s", (int)n, s);
                add_phrase(lx, trim(one), idx, 1, file, (int)r + 2); /* stems take plurals */
                s += n;
                while (*s == ',' || *s == ' ') s++;
            }
        }
    }
    free(dr);
    free(txt);
}

/* ---------------------------------------------------------------- actor files */

/* the number written by the n digits at s, -1 if one is not a digit */
static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* "2017", "2017-08", "2017-08-15" as YYYYMMDD (the first of a month or year); 0 if empty, -1
 * if malformed. By hand: sscanf was an eighth of the lexicon's load. */
static int32_t parse_date(const char *s, size_t n)
{
    if (n == 0) return 0;
    int y = n >= 4 ? digits(s, 4) : -1, m = 1, d = 1;
    if (y < 0 || (n != 4 && n != 7 && n != 10)) return -1;
    if (n >= 7 && (s[4] != '-' || (m = digits(s + 5, 2)) < 1 || m > 12)) return -1;
    if (n == 10 && (s[7] != '-' || (d = digits(s + 8, 2)) < 1 || d > 31)) return -1;
    return y * 10000 + m * 100 + d;
}

/* the next word of *p (spaces skipped) into out[cap], *p moved past it; its length */
static size_t next_word(const char **p, char *out, size_t cap)
{
    const char *q = *p;
    size_t n = 0;
    while (*q == ' ' || *q == '\t') q++;
    while (*q && *q != ' ' && *q != '\t') {
        if (n + 1 < cap) out[n++] = *q;
        q++;
    }
    out[n] = '\0';
    *p = q;
    return n;
}

static int valid_code(const char *s)
{
    size_t n = strlen(s);
    if (n < 2 || n > 24) return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)s[i]) && !isdigit((unsigned char)s[i]) && s[i] != '-') return 0;
    return 1;
}

/* "PHRASE | PHRASE => CODE [FROM..TO], CODE ... ; home=XXX" */
static void actor_line(kbl_lexicon *lx, kbl_kind kind, char *line, const char *file, int ln)
{
    char *arrow = strstr(line, "=>");
    if (!arrow) {
        diag(lx, file, ln, 2, "malformed line: expected 'PHRASE | PHRASE => CODE'");
        return;
    }
    *arrow = '\0';
    char *rhs = arrow + 2;
    char *opts = strchr(rhs, ';');
    if (opts) *opts++ = '\0';
    /* roles */
    kbl_role roles[16];
    int nr = 0;
    char *save = NULL;
    for (char *part = strtok_r(rhs, ",", &save); part; part = strtok_r(NULL, ",", &save)) {
        part = trim(part);
        if (!*part) continue;
        char code[32] = {0}, range[64] = {0};
        const char *q = part;
        if (!next_word(&q, code, sizeof code)) continue;
        next_word(&q, range, sizeof range);
        if (!valid_code(code)) {
            diag(lx, file, ln, 2, "bad code '%s' (capitals, digits, '-')", code);
            return;
        }
        int32_t from = 0, to = 0;
        if (range[0]) {
            char *dd = strstr(range, "..");
            if (!dd) {
                diag(lx, file, ln, 2, "bad date range '%s' (FROM..TO, either may be empty)", range);
                return;
            }
            from = parse_date(range, (size_t)(dd - range));
            to = parse_date(dd + 2, strlen(dd + 2));
            if (from < 0 || to < 0 || (from && to && to < from)) {
                diag(lx, file, ln, 2, "bad date range '%s'", range);
                return;
            }
            if (to && to % 100 == 1 && strlen(dd + 2) == 4) to = to - 101 + 1231; /* ..2017 = end of 2017 */
        }
        if (nr < 16) {
            roles[nr].code = kb_arena_strdup(lx->arena, code);
            roles[nr].from = from;
            roles[nr].to = to;
            nr++;
        }
    }
    if (!nr) {
        diag(lx, file, ln, 2, "no code after '=>'");
        return;
    }
    char home[8] = {0}, cond[8] = {0};
    if (opts) {
        char *h = strstr(opts, "home=");
        if (h && sscanf(h + 5, "%3s", home) != 1) home[0] = '\0';
        char *f = strstr(opts, "if=");
        if (f && (sscanf(f + 3, "%3[A-Z]", cond) != 1 || strlen(cond) != 3)) {
            diag(lx, file, ln, 2, "bad 'if=' (a state's three capitals: if=BGR)");
            return;
        }
    }
    char *phr[256], *nots[16];
    int np = 0, nn = 0;
    save = NULL;
    for (char *p = strtok_r(line, "|", &save); p; p = strtok_r(NULL, "|", &save)) {
        p = trim(p);
        if (!*p) continue;
        if (*p == '!') { /* an excluded form: "residents | !residence" */
            if (nn < 16 && p[1]) nots[nn++] = p + 1;
            else diag(lx, file, ln, 2, "empty or more than 16 excluded forms");
            continue;
        }
        if (np == 256) {
            diag(lx, file, ln, 2, "more than 256 phrases on one line");
            break;
        }
        phr[np++] = p;
    }
    if (!np) {
        diag(lx, file, ln, 2, "no phrase before '=>'");
        return;
    }
    int32_t idx = new_actor(lx, kind, phr[0], file, ln);
    if (idx < 0) return;
    kbl_actor *a = &lx->actors[idx];
    if (kind == KBL_AGENT) {
        a->role = roles[0].code;
        /* (a role is three letters and has no home: a group's line under [agent] is a slip) */
        if (home[0] || strlen(a->role) != 3)
            diag(lx, file, ln, 1, "an agent's role is a three-letter code with no home: is this line a group's, "
                                  "under [agent]?");
    } else {
        kbl_role *r = kb_arena_alloc(lx->arena, sizeof *r * (size_t)nr);
        memcpy(r, roles, sizeof *r * (size_t)nr);
        a->roles = r;
        a->n_roles = nr;
        if (home[0]) a->country = kb_arena_strdup(lx->arena, home);
        else if (kind == KBL_STATE || kind == KBL_PERSON)
            a->country = kb_arena_strndup(lx->arena, roles[0].code, 3);
    }
    if (cond[0]) a->cond = kb_arena_strdup(lx->arena, cond);
    for (int i = 0; i < np; i++) add_phrase(lx, phr[i], idx, 0, file, ln);
    for (int k = 0; k < nn; k++) {
        /* (it must share the stem of a one-word phrase of its line, or it excludes nothing) */
        char a[128], b[128];
        size_t an = kbl_norm(lx->stem, nots[k], strlen(nots[k]), a, sizeof a), hit = 0;
        for (int i = 0; i < np && !hit; i++)
            if (!strchr(phr[i], ' ')) {
                size_t bn = kbl_norm(lx->stem, phr[i], strlen(phr[i]), b, sizeof b);
                hit = an == bn && !memcmp(a, b, an);
            }
        if (!hit) {
            diag(lx, file, ln, 1, "excluded form '%s' shares the stem of no one-word phrase of its line", nots[k]);
            continue;
        }
        if (add_not(lx, idx, nots[k])) return;
    }
}

int kbl_not_verb(const kbl_lexicon *lx, int32_t id, const char *low)
{
    return id >= 0 && (lx->notverb_bits >> (id & 63) & 1) && kbl_excluded(lx, -1, low);
}

int kbl_excluded(const kbl_lexicon *lx, int32_t actor, const char *low)
{
    for (size_t i = 0; i < lx->n_nots; i++)
        if (lx->nots[i].actor == actor && !strcmp(lx->nots[i].low, low)) return 1;
    return 0;
}

static int read_lines(kbl_lexicon *lx, const char *path, const char *file,
                      void (*fn)(kbl_lexicon *, const char *, int, char *, kbl_kind *), kb_err *err)
{
    FILE *f = fopen(path, "r");
    if (!f) return kb_err_set(err, KB_EIO, "%s: cannot open", path);
    char buf[MAX_LINE];
    int ln = 0;
    kbl_kind kind = KBL_STATE;
    while (fgets(buf, sizeof buf, f)) {
        ln++;
        size_t n = strlen(buf);
        if (n == sizeof buf - 1 && buf[n - 1] != '\n') {
            diag(lx, file, ln, 2, "line too long");
            int ch;
            while ((ch = fgetc(f)) != EOF && ch != '\n') {}
            continue;
        }
        char *s = trim(buf);
        if (!*s || *s == '#') continue;
        fn(lx, file, ln, s, &kind);
    }
    fclose(f);
    return KB_OK;
}

static void actor_file_line(kbl_lexicon *lx, const char *file, int ln, char *s, kbl_kind *kind)
{
    if (*s == '[') {
        if (!strcmp(s, "[state]")) *kind = KBL_STATE;
        else if (!strcmp(s, "[group]")) *kind = KBL_GROUP;
        else if (!strcmp(s, "[igo]")) *kind = KBL_IGO;
        else if (!strcmp(s, "[person]")) *kind = KBL_PERSON;
        else if (!strcmp(s, "[agent]")) *kind = KBL_AGENT;
        else diag(lx, file, ln, 2, "unknown section %s ([state] [group] [igo] [person] [agent])", s);
        return;
    }
    actor_line(lx, *kind, s, file, ln);
}

static void agent_file_line(kbl_lexicon *lx, const char *file, int ln, char *s, kbl_kind *kind)
{
    (void)kind;
    actor_line(lx, KBL_AGENT, s, file, ln);
}

/* ---------------------------------------------------------------- codebook */

static int cameo_cmp(const void *a, const void *b)
{
    return strcmp(((const kbl_cameo *)a)->code, ((const kbl_cameo *)b)->code);
}

const kbl_cameo *kbl_cameo_get(const kbl_lexicon *lx, const char *code)
{
    if (!code) return NULL;
    kbl_cameo key = {.code = code};
    return bsearch(&key, lx->cameo, lx->n_cameo, sizeof key, cameo_cmp);
}

static void cameo_line(kbl_lexicon *lx, const char *file, int ln, char *s, kbl_kind *kind)
{
    (void)kind;
    char *f[5] = {0};
    int nf = 0;
    char *p = s;
    while (nf < 5) {
        f[nf++] = p;
        char *t = strchr(p, '\t');
        if (!t) break;
        *t = '\0';
        p = t + 1;
    }
    if (!strcmp(f[0], "code")) return; /* header */
    if (nf < 4) {
        diag(lx, file, ln, 2, "expected code<TAB>name<TAB>goldstein<TAB>quad");
        return;
    }
    if (grow((void **)&lx->cameo, &lx->cap_cameo, lx->n_cameo + 1, sizeof *lx->cameo)) return;
    kbl_cameo *c = &lx->cameo[lx->n_cameo++];
    memset(c, 0, sizeof *c);
    c->code = kb_arena_strdup(lx->arena, f[0]);
    c->name = kb_arena_strdup(lx->arena, f[1]);
    c->goldstein = atof(f[2]);
    c->quad = atoi(f[3]);
}

static void plover_line(kbl_lexicon *lx, const char *file, int ln, char *s, kbl_kind *kind)
{
    (void)kind;
    char *code = s, *ev = strchr(s, '\t');
    if (!ev) {
        diag(lx, file, ln, 2, "expected code<TAB>event[<TAB>mode]");
        return;
    }
    *ev++ = '\0';
    char *mode = strchr(ev, '\t');
    if (mode) {
        *mode++ = '\0';
        char *t = strchr(mode, '\t');
        if (t) *t = '\0';
    }
    if (!strcmp(code, "code")) return;
    kbl_cameo key = {.code = code};
    kbl_cameo *c = bsearch(&key, lx->cameo, lx->n_cameo, sizeof key, cameo_cmp);
    if (!c) {
        diag(lx, file, ln, 2, "unknown CAMEO code '%s'", code);
        return;
    }
    if (*ev) c->plover = kb_arena_strdup(lx->arena, ev);
    if (mode && *mode) c->plover_mode = kb_arena_strdup(lx->arena, mode);
}

/* the code of the longest prefix of code in a %intent or %negate table */
static const char *remap(const struct kbl_remap *t, size_t n, const char *code)
{
    if (!code || !isdigit((unsigned char)code[0]) || !isdigit((unsigned char)code[1])) return NULL;
    const char *best = NULL;
    size_t bl = 0;
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(t[i].pre);
        if (l > bl && !strncmp(code, t[i].pre, l)) {
            best = t[i].code;
            bl = l;
        }
    }
    return best;
}

const char *kbl_negate_code(const kbl_lexicon *lx, const char *root)
{
    return remap(lx->negate, lx->n_negate, root);
}

const char *kbl_intent_code(const kbl_lexicon *lx, const char *root)
{
    const char *r = remap(lx->intent, lx->n_intent, root);
    return r || !lx->intent_same ? r : root;
}

int kbl_target_required(const kbl_lexicon *lx) { return lx->target_required; }

const struct kba_sovs *kbl_sovs(const kbl_lexicon *lx) { return &lx->sovs; }

/* ---------------------------------------------------------------- verbs */

/* The pattern whose elements are el[0..n), or -1: patterns are unique by their elements
 * (a line's duplicates are reported, never added), so a hash set finds them. */
static size_t pat_slot(const kbl_lexicon *lx, const int32_t *el, int n)
{
    size_t m = lx->pat_set_cap - 1, h = (size_t)kbu_hash64(el, sizeof *el * (size_t)n, 0x70617473) & m;
    for (;; h = (h + 1) & m) {
        uint32_t v = lx->pat_set[h];
        if (!v) return h;
        const kbl_pattern *q = &lx->pats[v - 1];
        if (q->n_el == n && !memcmp(q->el, el, sizeof *el * (size_t)n)) return h;
    }
}

static long pat_find(const kbl_lexicon *lx, const int32_t *el, int n)
{
    if (!lx->pat_set_cap) return -1;
    uint32_t v = lx->pat_set[pat_slot(lx, el, n)];
    return v ? (long)v - 1 : -1;
}

static int pat_set_add(kbl_lexicon *lx, size_t idx)
{
    if ((lx->n_pats + 1) * 2 > lx->pat_set_cap) {
        size_t cap = lx->pat_set_cap ? lx->pat_set_cap * 2 : 1024;
        uint32_t *ns = calloc(cap, sizeof *ns), *old = lx->pat_set;
        if (!ns) return -1;
        lx->pat_set = ns;
        lx->pat_set_cap = cap;
        for (size_t i = 0; i < idx; i++) lx->pat_set[pat_slot(lx, lx->pats[i].el, lx->pats[i].n_el)] = (uint32_t)i + 1;
        free(old);
    }
    lx->pat_set[pat_slot(lx, lx->pats[idx].el, lx->pats[idx].n_el)] = (uint32_t)idx + 1;
    return 0;
}

static void add_pattern(kbl_lexicon *lx, const char *code, unsigned flags, int32_t *el, int n,
                        const char *text, const char *file, int ln)
{
    if (grow((void **)&lx->pats, &lx->cap_pats, lx->n_pats + 1, sizeof *lx->pats)) return;
    int32_t *e = kb_arena_alloc(lx->arena, sizeof *e * (size_t)n);
    if (!e) return;
    kbl_pattern *p = &lx->pats[lx->n_pats];
    memcpy(e, el, sizeof *e * (size_t)n);
    p->code = code;
    p->el = e;
    p->n_el = n;
    p->flags = flags;
    p->text = text;
    p->file = file;
    p->line = ln;
    memset(p->need, 0, sizeof p->need);
    int32_t hyphen = kbl_token_id(lx, "-", 1);
    for (int i = 0; i < n; i++)
        if (el[i] >= 0 && el[i] != hyphen) { /* a sentence's word bits leave "-" out */
            unsigned b = kbl_word_bit(el[i]);
            p->need[b >> 6] |= 1ull << (b & 63);
        }
    if (pat_set_add(lx, lx->n_pats)) return;
    lx->n_pats++;
}

/* CODE pattern words ; +flags.  Slot alternatives a|b are expanded. */
static void verb_line(kbl_lexicon *lx, const char *file, int ln, char *s, kbl_kind *kind)
{
    (void)kind;
    if (*s == '%') {
        char root[6], code[8]; /* (root fits kbl_remap.pre: a Debug build's -Wformat-truncation) */
        /* imported dictionaries (TABARI, PETRARCH) code what is planned or promised as the act
         * itself and never an event without a target */
        if (!strcmp(s, "%intent * =")) {
            lx->intent_same = 1;
            return;
        }
        if (!strcmp(s, "%target required")) {
            lx->target_required = 1;
            return;
        }
        int isneg = !strncmp(s, "%negate", 7);
        if (sscanf(s, isneg ? "%%negate %5s %7s" : "%%intent %5s %7s", root, code) == 2 &&
            strlen(root) >= 2 && strlen(root) <= 4 && strspn(root, "0123456789") == strlen(root)) {
            if (!kbl_cameo_get(lx, code)) {
                diag(lx, file, ln, 2, "unknown CAMEO code '%s'", code);
                return;
            }
            struct kbl_remap *t = isneg ? lx->negate : lx->intent;
            size_t *n = isneg ? &lx->n_negate : &lx->n_intent, i = 0;
            while (i < *n && strcmp(t[i].pre, root)) i++; /* a later line for a prefix wins */
            if (i == *n) {
                if (*n >= sizeof lx->intent / sizeof lx->intent[0]) {
                    diag(lx, file, ln, 2, "too many %%intent/%%negate lines");
                    return;
                }
                (*n)++;
            }
            snprintf(t[i].pre, sizeof t[i].pre, "%s", root);
            snprintf(t[i].code, sizeof t[i].code, "%s", code);
            return;
        }
        /* "%sport" cue words tell sport or entertainment; "%hard" ones hard news (a hard word
         * is kept as -(id + 1)) */
        int hard = !strncmp(s, "%hard", 5) && (s[5] == ' ' || s[5] == '\t');
        if (hard || (!strncmp(s, "%sport", 6) && (s[6] == ' ' || s[6] == '\t'))) {
            char *sv = NULL;
            for (char *w = strtok_r(s + (hard ? 6 : 7), " \t", &sv); w; w = strtok_r(NULL, " \t", &sv)) {
                int32_t t = word_id(lx, w, strlen(w));
                if (t < 0 || grow((void **)&lx->cues, &lx->cap_cues, lx->n_cues + 1, sizeof *lx->cues))
                    return;
                lx->cues[lx->n_cues++] = hard ? -t - 1 : t;
            }
            return;
        }
        /* "%notverb critical allegedly": words whose stem a pattern's first word shares but that
         * start no act ("criticize" is "critical"'s stem) */
        if (!strncmp(s, "%notverb", 8) && (s[8] == ' ' || s[8] == '\t')) {
            char *sv = NULL;
            for (char *w = strtok_r(s + 9, " \t", &sv); w; w = strtok_r(NULL, " \t", &sv)) {
                int32_t t = word_id(lx, w, strlen(w));
                if (t < 0 || add_not(lx, -1, w)) return;
                lx->notverb_bits |= 1ull << (t & 63);
            }
            return;
        }
        diag(lx, file, ln, 2, "malformed directive (expected '%%intent CODE CODE', '%%intent * =', '%%negate CODE CODE', "
                              "'%%target required', '%%sport WORDS' or '%%notverb WORDS')");
        return;
    }
    char *text = kb_arena_strdup(lx->arena, s);
    char *fl = strchr(s, ';');
    unsigned flags = 0;
    if (fl) {
        *fl++ = '\0';
        char *save = NULL;
        for (char *w = strtok_r(fl, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
            if (!strcmp(w, "+mutual")) flags |= KBL_P_MUTUAL;
            else if (!strcmp(w, "+suppress")) flags |= KBL_P_SUPPRESS;
            else if (!strcmp(w, "+notarget")) flags |= KBL_P_NOTARGET;
            else if (!strcmp(w, "+noun")) flags |= KBL_P_NOUN;
            else if (!strcmp(w, "+self")) flags |= KBL_P_SELFTARGET;
            else if (!strcmp(w, "+verbonly")) flags |= KBL_P_VERBONLY;
            else if (!strcmp(w, "+reverse")) flags |= KBL_P_REVERSE;
            else if (!strcmp(w, "+claim")) flags |= KBL_P_CLAIM;
            else if (!strcmp(w, "+result")) flags |= KBL_P_RESULT;
            else if (!strcmp(w, "+governed")) flags |= KBL_P_GOVERNED;
            else if (!strcmp(w, "+refusal")) flags |= KBL_P_GOVERNED | KBL_P_REFUSAL;
            else {
                diag(lx, file, ln, 2, "unknown flag '%s'", w);
                return;
            }
        }
    }
    char *save = NULL;
    char *code = strtok_r(s, " \t", &save);
    if (!code) return;
    const char *codep = NULL;
    if (!strcmp(code, "SAY")) flags |= KBL_P_SAY;
    else if (!strcmp(code, "INT")) flags |= KBL_P_INTENT;
    else if (!strcmp(code, "ASP")) flags |= KBL_P_ASPECT;
    else {
        const kbl_cameo *c = kbl_cameo_get(lx, code);
        if (!c) {
            diag(lx, file, ln, 2, "unknown CAMEO code '%s' (or SAY / INT / ASP)", code);
            return;
        }
        codep = c->code;
    }
    /* slots */
    char *slots[MAX_PHRASE_TOKS];
    int ns = 0;
    for (char *w = strtok_r(NULL, " \t", &save); w; w = strtok_r(NULL, " \t", &save)) {
        if (ns >= MAX_PHRASE_TOKS) {
            diag(lx, file, ln, 2, "pattern too long");
            return;
        }
        slots[ns++] = w;
    }
    if (!ns) {
        diag(lx, file, ln, 2, "empty pattern");
        return;
    }
    if (!strcmp(slots[0], "*") || !strcmp(slots[0], "..") || !strcmp(slots[0], "...")) {
        diag(lx, file, ln, 2, "a pattern must start with a word");
        return;
    }
    /* alternatives per slot: expand (at most 256 combinations). An alternative is one word or
     * a hyphenated compound of up to three ("cease-fire", "re-open": word, "-", word). */
    int32_t alts[MAX_PHRASE_TOKS][MAX_ALTS][5];
    int nalt[MAX_PHRASE_TOKS], alen[MAX_PHRASE_TOKS][MAX_ALTS];
    long combos = 1;
    for (int i = 0; i < ns; i++) {
        nalt[i] = 0;
        if (!strcmp(slots[i], "*") || !strcmp(slots[i], "..") || !strcmp(slots[i], "...")) {
            alen[i][0] = 1;
            alts[i][nalt[i]++][0] = slots[i][0] == '*' ? KBL_STAR : slots[i][2] ? KBL_LONGGAP : KBL_GAP;
            continue;
        }
        char *sv = NULL;
        for (char *a = strtok_r(slots[i], "|", &sv); a; a = strtok_r(NULL, "|", &sv)) {
            if (nalt[i] >= MAX_ALTS) { /* never dropped in silence */
                diag(lx, file, ln, 2, "more than %d alternatives in one slot", MAX_ALTS);
                return;
            }
            kbl_tok tk[6];
            size_t nt = kbl_tokenize(a, strlen(a), tk, 6);
            int ok = nt % 2 == 1 && nt <= 5;
            for (size_t q = 0; ok && q < nt; q++)
                ok = (q % 2 == 0) == (tk[q].kind != KBL_T_PUNCT) &&
                     (q % 2 == 0 || (tk[q].e - tk[q].s == 1 && a[tk[q].s] == '-'));
            if (!ok) {
                /* "n't" style or other punctuation: not supported inside one slot */
                diag(lx, file, ln, 2, "slot '%s' is not one word", a);
                return;
            }
            for (size_t q = 0; q < nt; q++) {
                int32_t t = word_id(lx, a + tk[q].s, tk[q].e - tk[q].s);
                if (t < 0) return;
                alts[i][nalt[i]][q] = t;
            }
            alen[i][nalt[i]++] = (int)nt;
        }
        combos *= nalt[i];
    }
    if (combos > 256) {
        diag(lx, file, ln, 2, "too many alternatives (%ld combinations)", combos);
        return;
    }
    int idx[MAX_PHRASE_TOKS] = {0};
    for (long c = 0; c < combos; c++) {
        int32_t el[MAX_PHRASE_TOKS * 5];
        int nel = 0;
        for (int i = 0; i < ns; i++)
            for (int q = 0; q < alen[i][idx[i]]; q++) el[nel++] = alts[i][idx[i]][q];
        /* duplicate check: same elements already present */
        long j = pat_find(lx, el, nel);
        if (j >= 0) {
            const kbl_pattern *q = &lx->pats[j];
            if (q->line == ln && q->file == file) goto next; /* alternatives with one stem */
            const char *qc = q->code ? q->code : (q->flags & KBL_P_SAY ? "SAY" : q->flags & KBL_P_ASPECT ? "ASP" : "INT");
            if ((q->code == codep) && q->flags == flags)
                diag(lx, file, ln, 1, "duplicate pattern (also %s:%d)", q->file, q->line);
            else
                diag(lx, file, ln, 1, "conflict: pattern also at %s:%d with %s", q->file,
                     q->line, qc);
            goto next;
        }
        add_pattern(lx, codep, flags, el, nel, text, file, ln);
    next:
        for (int i = ns - 1; i >= 0; i--) {
            if (++idx[i] < nalt[i]) break;
            idx[i] = 0;
        }
    }
}

/* How fine a pattern's code is: a four-digit code 2, a three-digit one not ending in 0 1, a
 * root's general code (070, 100) or none 0. */
static int code_fineness(const kbl_pattern *p)
{
    if (!p->code) return 0;
    size_t n = strlen(p->code);
    return n >= 4 ? 2 : (n == 3 && p->code[2] != '0');
}

/* By first token; then longest first; among equally long ones the finer code first ("provided
 * .. humanitarian" 073 before "provided .. aid" 070, whichever line comes first); then file order. */
static int pat_cmp(const void *a, const void *b)
{
    const kbl_pattern *p = *(const kbl_pattern *const *)a, *q = *(const kbl_pattern *const *)b;
    if (p->el[0] != q->el[0]) return p->el[0] < q->el[0] ? -1 : 1;
    if (p->n_el != q->n_el) return q->n_el - p->n_el;
    int fp = code_fineness(p), fq = code_fineness(q);
    if (fp != fq) return fq - fp;
    return (p < q) ? -1 : (p > q);
}

static int build_pattern_index(kbl_lexicon *lx)
{
    lx->pat_index = malloc(sizeof *lx->pat_index * (lx->n_pats + 1));
    lx->pat_off = calloc(lx->n_tok + 1, sizeof *lx->pat_off);
    if (!lx->pat_index || !lx->pat_off) return -1;
    for (size_t i = 0; i < lx->n_pats; i++) lx->pat_index[i] = &lx->pats[i];
    qsort(lx->pat_index, lx->n_pats, sizeof *lx->pat_index, pat_cmp);
    size_t j = 0;
    for (size_t t = 0; t <= lx->n_tok; t++) {
        while (j < lx->n_pats && lx->pat_index[j]->el[0] < (int32_t)t) j++;
        lx->pat_off[t] = (uint32_t)j;
    }
    lx->pat_bits = calloc(lx->n_tok / 64 + 1, sizeof *lx->pat_bits);
    if (!lx->pat_bits) return -1;
    for (size_t t = 0; t < lx->n_tok; t++) {
        size_t n;
        kbl_patterns_for(lx, (int32_t)t, &n);
        if (n) lx->pat_bits[t >> 6] |= 1ull << (t & 63);
    }
    return 0;
}

const kbl_pattern *const *kbl_patterns_for(const kbl_lexicon *lx, int32_t tok, size_t *n)
{
    if (tok < 0 || (size_t)tok >= lx->n_tok) {
        *n = 0;
        return NULL;
    }
    size_t a = lx->pat_off[tok], b = (size_t)tok + 1 < lx->n_tok ? lx->pat_off[tok + 1] : lx->n_pats;
    *n = b - a;
    return (const kbl_pattern *const *)lx->pat_index + a;
}

const uint64_t *kbl_pattern_starts(const kbl_lexicon *lx, size_t *n)
{
    *n = lx->pat_bits ? lx->n_tok : 0;
    return lx->pat_bits;
}

/* ---------------------------------------------------------------- load */

static int name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static const char *path_in(kbl_lexicon *lx, const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = kb_arena_alloc(lx->arena, n);
    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

kbl_lexicon *kbl_load(const char *dir, const char *iso_json, kb_err *err)
{
    if (!dir) dir = kb_lexicon_dir();
    if (!iso_json) iso_json = getenv("KHABAR_ISO3166");
    if (!iso_json) iso_json = "/usr/share/iso-codes/json/iso_3166-1.json";
    kbl_lexicon *lx = calloc(1, sizeof *lx);
    if (!lx) {
        kb_err_set(err, KB_ENOMEM, "lexicon: out of memory");
        return NULL;
    }
    lx->arena = kb_arena_new(1 << 20);
    lx->stem = kbl_stemmer_new();
    if (!lx->arena || !lx->stem || new_node(lx) != 0) {
        kb_err_set(err, KB_ENOMEM, "lexicon: out of memory");
        kbl_free(lx);
        return NULL;
    }
    int rc;
    /* codebook first: verbs name codes */
    if ((rc = read_lines(lx, path_in(lx, dir, "cameo.tsv"), "cameo.tsv", cameo_line, err)) != KB_OK)
        goto fail;
    qsort(lx->cameo, lx->n_cameo, sizeof *lx->cameo, cameo_cmp);
    for (size_t i = 1; i < lx->n_cameo; i++)
        if (!strcmp(lx->cameo[i].code, lx->cameo[i - 1].code))
            diag(lx, "cameo.tsv", 0, 1, "duplicate code %s", lx->cameo[i].code);
    if ((rc = read_lines(lx, path_in(lx, dir, "plover.tsv"), "plover.tsv", plover_line, err)) != KB_OK)
        goto fail;
    /* project actor files (they win over iso-codes names) */
    const char *adir = path_in(lx, dir, "actors");
    DIR *dp = opendir(adir);
    if (!dp) {
        rc = kb_err_set(err, KB_EIO, "%s: cannot open directory", adir);
        goto fail;
    }
    char *names[256];
    int nn = 0;
    struct dirent *de;
    while ((de = readdir(dp)) && nn < 256) {
        size_t l = strlen(de->d_name);
        if (l > 4 && !strcmp(de->d_name + l - 4, ".txt"))
            names[nn++] = kb_arena_strdup(lx->arena, de->d_name);
    }
    closedir(dp);
    qsort(names, (size_t)nn, sizeof *names, name_cmp);
    for (int i = 0; i < nn; i++) {
        size_t fl = strlen(names[i]) + 8;
        char *file = kb_arena_alloc(lx->arena, fl);
        snprintf(file, fl, "actors/%s", names[i]);
        if ((rc = read_lines(lx, path_in(lx, dir, file), file, actor_file_line, err)) != KB_OK)
            goto fail;
    }
    if ((rc = read_lines(lx, path_in(lx, dir, "agents.txt"), "agents.txt", agent_file_line, err)) !=
        KB_OK)
        goto fail;
    int32_t iso_first = (int32_t)lx->n_actors;
    if ((rc = load_iso(lx, iso_json, err)) != KB_OK) goto fail;
    {
        /* (the folder as kba_geo_dir returns it: $KHABAR_GEO_DATA is not copied into gbuf) */
        char gbuf[4096], csv[4200];
        const char *gdir = kba_geo_dir(gbuf, sizeof gbuf);
        snprintf(csv, sizeof csv, "%s/node_modules/world-countries/dist/countries.csv", gdir);
        load_demonyms(lx, csv, iso_first, (int32_t)lx->n_actors);
        /* (a table read with no dependency in it is worth a word: no organ would map) */
        if (kba_sovs_load(&lx->sovs, gdir) == 0) {
            snprintf(csv, sizeof csv, "%s/node_modules/country-code-info/data/countries.json", gdir);
            diag(lx, kb_arena_strdup(lx->arena, csv), 1, 1,
                 "no dependencies read (no objects with \"a2\", \"a3\" and \"independent\": \"Part of ..\")");
        }
    }
    if ((rc = read_lines(lx, path_in(lx, dir, "verbs.txt"), "verbs.txt", verb_line, err)) != KB_OK)
        goto fail;
    lx->is_cue = calloc(lx->n_tok + 1, 1);
    lx->states = calloc(lx->n_actors + 1, sizeof *lx->states);
    if (!lx->is_cue || !lx->states) {
        kb_err_set(err, KB_ENOMEM, "lexicon: out of memory");
        goto fail;
    }
    for (size_t i = 0; i < lx->n_cues; i++)
        if (lx->cues[i] >= 0) lx->is_cue[lx->cues[i]] = KBL_CUE_SPORT;
        else lx->is_cue[-lx->cues[i] - 1] = KBL_CUE_HARD;
    for (size_t i = 0; i < lx->n_actors; i++)
        if (lx->actors[i].kind == KBL_STATE && lx->actors[i].country)
            snprintf(lx->states[lx->n_states++], 4, "%s", lx->actors[i].country);
    qsort(lx->states, lx->n_states, sizeof *lx->states, (int (*)(const void *, const void *))strcmp);
    if (build_pattern_index(lx)) {
        kb_err_set(err, KB_ENOMEM, "lexicon: out of memory");
        goto fail;
    }
    /* the words that start a phrase (the root's children), for kbl_trie_child */
    uint64_t *rb = calloc(lx->n_tok / 64 + 1, sizeof *rb);
    if (!rb) {
        kb_err_set(err, KB_ENOMEM, "lexicon: out of memory");
        goto fail;
    }
    for (size_t i = 0; i < lx->edges_cap; i++)
        if (lx->edges[i].val >= 0 && (uint32_t)(lx->edges[i].key >> 32) == 0) {
            uint32_t t = (uint32_t)lx->edges[i].key;
            if (t < lx->n_tok) rb[t >> 6] |= 1ull << (t & 63);
        }
    lx->root_bits = rb;
    free(lx->memo);
    lx->memo = NULL;
    return lx;
fail:
    kbl_free(lx);
    return NULL;
}

void kbl_free(kbl_lexicon *lx)
{
    if (!lx) return;
    free(lx->nots);
    free(lx->memo);
    free(lx->tok_str);
    free(lx->tok_len);
    free(lx->tok_tab);
    free(lx->edges);
    free(lx->node_val);
    free(lx->node_flags);
    free(lx->node_src);
    free(lx->actors);
    free(lx->pats);
    free(lx->pat_set);
    free(lx->root_bits);
    free(lx->pat_index);
    free(lx->pat_off);
    free(lx->pat_bits);
    free(lx->cameo);
    free(lx->diags);
    free(lx->cues);
    free(lx->is_cue);
    free(lx->states);
    kbl_stemmer_free(lx->stem);
    kb_arena_free(lx->arena);
    free(lx);
}

size_t kbl_n_diags(const kbl_lexicon *lx) { return lx->n_diags; }
const kbl_diag *kbl_diag_at(const kbl_lexicon *lx, size_t i)
{
    return i < lx->n_diags ? &lx->diags[i] : NULL;
}
void kbl_counts(const kbl_lexicon *lx, size_t *n_actors, size_t *n_patterns, size_t *n_tokens,
                size_t *n_codes)
{
    if (n_actors) *n_actors = lx->n_actors;
    if (n_patterns) *n_patterns = lx->n_pats;
    if (n_tokens) *n_tokens = lx->n_tok;
    if (n_codes) *n_codes = lx->n_cameo;
}

int kbl_is_cue(const kbl_lexicon *lx, int32_t tok)
{
    return tok >= 0 && (size_t)tok < lx->n_tok && lx->is_cue && lx->is_cue[tok] == KBL_CUE_SPORT;
}

const uint8_t *kbl_cue_flags(const kbl_lexicon *lx, size_t *n)
{
    *n = lx->is_cue ? lx->n_tok : 0;
    return lx->is_cue;
}

static int state_cmp(const void *a, const void *b) { return strncmp((const char *)a, (const char *)b, 3); }

int kbl_is_state_code(const kbl_lexicon *lx, const char *code3)
{
    if (!code3 || strlen(code3) < 3) return 0;
    return bsearch(code3, lx->states, lx->n_states, sizeof *lx->states, state_cmp) != NULL;
}
