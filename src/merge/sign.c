/*
 * sign.c -- an article's merge signature (kbm_sig, see merge.h).
 *
 * One pass over the text splits it into words (letters and digits; inner
 * hyphens, and commas/points between digits, stay inside a word; apostrophes,
 * quotes and dashes split). From the words come:
 *  - the content hash (exact copies): the lower-cased words in order;
 *  - word 3-shingles (lower-cased), MinHashed into mw;
 *  - anchors: numbers, and capitalised words that do not open a sentence
 *    (names, places, months, days) -- a synonym spinner replaces common words
 *    and leaves these alone. Consecutive anchor pairs are MinHashed into ma;
 *  - story terms: stemmed words that are not stop words, names and title
 *    words counted double; the KBM_TERMS heaviest are kept.
 * kbm_copy_score and kbm_story_score compare two signatures.
 */
#include "merge/merge.h"
#include "annotate/geo.h"
#include <libstemmer.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define KBM_PCANDS 4 /* candidate places kept for a name */
typedef struct pcand {
    uint64_t id;      /* country: 2^36 + country index; else record + 1 */
    uint32_t pop;
    uint16_t country; /* country index + 1, 0 none */
    uint8_t kind;     /* KBA_CITY ... */
    uint8_t alt;      /* known by an alternate name only */
} pcand;
typedef struct pentry {
    uint64_t key; /* hash of the folded name (cache) */
    uint8_t n, topic, script;
    pcand c[KBM_PCANDS];
} pentry;

struct kbm_signer {
    struct sb_stemmer *stem;
    kbm_xl *xl;             /* other languages' stemmers and lists, concepts */
    const kba_gaz *gaz;     /* borrowed; NULL: names are not mapped to places */
    uint32_t ccount[KBM_C_HURT + 1]; /* concepts of the text being signed */
    struct term *xt;        /* language-independent items (open addressing by h) */
    size_t xt_cap, n_xt;
    pentry *pcache;         /* folded name -> its candidate places, direct-mapped */
    pentry *pend;           /* the names of the text being signed that may be places */
    size_t n_pend, pend_cap;
    uint64_t *set;    /* open-addressing set of shingle hashes (0 = empty) */
    size_t set_cap;
    uint64_t *elems;  /* distinct elements of the set being built */
    size_t n_elems, elems_cap;
    struct term { uint32_t h; uint32_t w; uint32_t name; } *terms; /* open addressing by h (0 = empty) */
    size_t terms_cap, n_terms;
};

static const char *const stop[] = {
    "a", "about", "above", "after", "again", "against", "ago", "all", "almost", "along", "already",
    "also", "although", "among", "an", "and", "another", "any", "are", "around", "as", "at",
    "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could",
    "did", "do", "does", "during", "each", "earlier", "either", "else", "even", "ever", "every",
    "few", "first", "for", "from", "further", "had", "has", "have", "having", "he", "her",
    "here", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its",
    "just", "last", "later", "least", "less", "like", "made", "make", "many", "may", "me",
    "more", "most", "much", "must", "my", "near", "new", "news", "next", "no", "nor", "not",
    "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own",
    "per", "said", "same", "say", "says", "several", "she", "should", "since", "so", "some",
    "still", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "three", "through", "thursday", "to", "told", "too", "two", "under",
    "until", "up", "upon", "us", "very", "was", "we", "week", "were", "what", "when", "where",
    "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
    "without", "would", "year", "years", "yet", "you", "your", "monday", "tuesday", "wednesday",
    "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr", "according", "added", "reported",
    "reports", "statement", "spokesman", "official", "officials", "people", "day", "days",
    "time", "well", "way", "get", "got", "go", "going", "take", "took", "told", "says", "saying",
    "just", "another", "whose", "said", "s", "t", "don", "isn", "didn", "wasn", "weren",
};

/* Capitalised words that name no one thing ("the Iowa City Police Department"):
 * story terms like any other word, but they do not count as a shared name. */
static const char *const generic[] = {
    "agency", "airport", "army", "assembly", "avenue", "bank", "board", "bridge", "center",
    "centre", "chief", "city", "college", "commission", "committee", "council", "county",
    "court", "department", "district", "east", "federal", "force", "forces", "general",
    "government", "high", "highway", "hospital", "house", "international", "lieutenant",
    "market", "medical", "minister", "ministry", "national", "north", "northern", "office",
    "officer", "party", "police", "president", "prime", "province", "provincial", "public",
    "road", "school", "secretary", "security", "senior", "service", "services", "sheriff",
    "south", "southern", "state", "station", "street", "supreme", "town", "university",
    "west", "western", "eastern", "united", "new", "group", "company", "news", "press",
};
/* The stop and generic lists as open-addressing sets of their words (every word of a
 * text is looked up: a hash probe instead of a binary search of string compares). */
enum { WSET_CAP = 1024 }; /* > 2 x the longer list */
typedef struct wset {
    const char *w[WSET_CAP];
} wset;

static wset stop_set, generic_set;

static size_t wset_slot(const wset *ws, const char *w, size_t n)
{
    size_t i = (size_t)kbu_hash64(w, n, 0x73746f70ULL) & (WSET_CAP - 1);
    while (ws->w[i] && (strncmp(ws->w[i], w, n) || ws->w[i][n]))
        i = (i + 1) & (WSET_CAP - 1);
    return i;
}

static void wset_fill(wset *ws, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        ws->w[wset_slot(ws, list[k], strlen(list[k]))] = list[k];
}

static int wset_has(const wset *ws, const char *w)
{
    return ws->w[wset_slot(ws, w, strlen(w))] != NULL;
}

static void stop_init(void)
{
    static int done;
    if (done) return;
    wset_fill(&stop_set, stop, sizeof stop / sizeof *stop);
    wset_fill(&generic_set, generic, sizeof generic / sizeof *generic);
    done = 1;
}

static int is_generic(const char *w)
{
    return wset_has(&generic_set, w);
}

static int is_stop(const char *w)
{
    return wset_has(&stop_set, w);
}

kbm_signer *kbm_signer_new(void)
{
    kbm_signer *g = calloc(1, sizeof *g);
    if (!g) return NULL;
    stop_init();
    g->stem = sb_stemmer_new("english", NULL);
    g->xl = kbm_xl_new();
    if (!g->stem || !g->xl) {
        if (g->stem) sb_stemmer_delete(g->stem);
        kbm_xl_free(g->xl);
        free(g);
        return NULL;
    }
    return g;
}

#define KBM_PCACHE 16384 /* names looked up in the gazetteer, remembered (a name recurs) */

void kbm_signer_set_gaz(kbm_signer *g, const struct kba_gaz *gaz)
{
    g->gaz = gaz;
    free(g->pcache);
    g->pcache = gaz ? calloc(KBM_PCACHE, sizeof *g->pcache) : NULL;
    if (!g->pcache) g->gaz = NULL; /* no memory: names only, as without a gazetteer */
}

void kbm_signer_free(kbm_signer *g)
{
    if (!g) return;
    if (g->stem) sb_stemmer_delete(g->stem);
    kbm_xl_free(g->xl);
    free(g->set);
    free(g->elems);
    free(g->terms);
    free(g->xt);
    free(g->pcache);
    free(g->pend);
    free(g);
}

static inline uint64_t mix64(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/* ---- distinct element sets -------------------------------------------- */
static int set_reset(kbm_signer *g, size_t want)
{
    size_t cap = 64;
    while (cap < 2 * want + 2)
        cap *= 2;
    if (cap > g->set_cap) {
        uint64_t *p = realloc(g->set, cap * sizeof *p);
        if (!p) return KB_ENOMEM;
        g->set = p;
        g->set_cap = cap;
    }
    memset(g->set, 0, cap * sizeof *g->set);
    g->n_elems = 0;
    if (want > g->elems_cap) {
        uint64_t *p = realloc(g->elems, want * sizeof *p);
        if (!p) return KB_ENOMEM;
        g->elems = p;
        g->elems_cap = want;
    }
    return KB_OK;
}

/* Set capacity in use: the smallest power of two >= 2*want+2 (as set_reset). */
static void set_add(kbm_signer *g, size_t cap, uint64_t h)
{
    if (!h) h = 1;
    size_t m = cap - 1, i = (size_t)h & m;
    while (g->set[i]) {
        if (g->set[i] == h) return;
        i = (i + 1) & m;
    }
    g->set[i] = h;
    g->elems[g->n_elems++] = h;
}

static size_t cap_for(size_t want)
{
    size_t cap = 64;
    while (cap < 2 * want + 2)
        cap *= 2;
    return cap;
}

static const uint64_t seed_base = 0x2545f4914f6cdd1dULL;

/* 16 bits of each minimum are kept: two different minima agree by chance once
 * in 65,536, and the signature is half the size (memory, store I/O). */
static void minhash(const uint64_t *el, size_t n, uint16_t out16[KBM_K])
{
    static uint64_t seeds[KBM_K];
    static int ready;
    if (!ready) {
        for (int i = 0; i < KBM_K; i++)
            seeds[i] = mix64(seed_base + (uint64_t)i * 0x9e3779b97f4a7c15ULL);
        ready = 1;
    }
    uint32_t out[KBM_K];
    for (int i = 0; i < KBM_K; i++)
        out[i] = UINT32_MAX;
    for (size_t j = 0; j < n; j++) {
        uint64_t x = mix64(el[j]);
        for (int i = 0; i < KBM_K; i++) {
            uint32_t v = (uint32_t)(((x ^ seeds[i]) * 0x9e3779b97f4a7c15ULL) >> 32);
            if (v < out[i]) out[i] = v;
        }
    }
    for (int i = 0; i < KBM_K; i++)
        out16[i] = (uint16_t)(out[i] ^ (out[i] >> 16));
}

/* ---- words ---------------------------------------------------------------- */
/* Decode one UTF-8 code point at p (n bytes left); *len gets its length. */
static uint32_t u8_cp(const unsigned char *p, size_t n, size_t *len)
{
    if (p[0] < 0x80) {
        *len = 1;
        return p[0];
    }
    size_t k = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : p[0] >= 0xC0 ? 2 : 1;
    if (k > n) k = n;
    uint32_t cp = k == 1 ? p[0] : (uint32_t)(p[0] & (0x3F >> (k - 1)));
    for (size_t i = 1; i < k; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *len = i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    *len = k;
    return cp;
}

static int is_wordch(uint32_t cp)
{
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    if (cp >= 0x80 && cp <= 0xBF) return 0;     /* Latin-1 punctuation, NBSP */
    if (cp == 0xD7 || cp == 0xF7) return 0;
    if (cp == 0x200C || cp == 0x200D) return 1; /* (non-)joiners inside Persian, Urdu words */
    if (cp >= 0x2000 && cp <= 0x206F) return 0; /* general punctuation: quotes, dashes */
    if (cp >= 0x3000 && cp <= 0x303F) return 0;
    if (cp == 0xFFFD || cp == 0xFEFF) return 0;
    /* Arabic-script punctuation: comma, semicolon, question mark, percent, star, the
     * Urdu full stop, ornate parentheses */
    if (cp == 0x60C || cp == 0x61B || cp == 0x61F || cp == 0x66A || cp == 0x66D ||
        cp == 0x6D4 || cp == 0xFD3E || cp == 0xFD3F)
        return 0;
    return 1;
}

typedef struct word {
    const char *p;
    size_t n;
    int sent_start; /* first word of a sentence (or of the text, or of a line) */
} word;

/* Next word at or after *pos; 0 at the end. Tracks sentence starts in *ss. */
static int next_word(const char *text, size_t len, size_t *pos, int *ss, word *w)
{
    const unsigned char *t = (const unsigned char *)text;
    size_t i = *pos;
    while (i < len) {
        size_t k;
        uint32_t cp = u8_cp(t + i, len - i, &k);
        if (is_wordch(cp)) break;
        if (cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == '\n' || cp == ';' ||
            cp == 0x6D4 || cp == 0x61F || cp == 0x61B)
            *ss = 1;
        i += k;
    }
    if (i >= len) {
        *pos = len;
        return 0;
    }
    size_t start = i;
    while (i < len) {
        size_t k;
        uint32_t cp = u8_cp(t + i, len - i, &k);
        if (is_wordch(cp)) {
            i += k;
            continue;
        }
        /* inner joiners: a-b, 1,000, 3.5 */
        if ((cp == '-' || cp == ',' || cp == '.') && i + 1 < len && i > start) {
            size_t k2;
            uint32_t nx = u8_cp(t + i + 1, len - i - 1, &k2);
            unsigned char pv = t[i - 1];
            int digits = (pv >= '0' && pv <= '9') && (nx >= '0' && nx <= '9');
            if ((cp == '-' && is_wordch(nx)) || ((cp == ',' || cp == '.') && digits)) {
                i += 1;
                continue;
            }
        }
        break;
    }
    w->p = text + start;
    w->n = i - start;
    w->sent_start = *ss;
    *ss = 0;
    *pos = i;
    return 1;
}

static void lower_into(const word *w, char *buf, size_t cap, size_t *n)
{
    size_t m = w->n < cap - 1 ? w->n : cap - 1;
    for (size_t i = 0; i < m; i++) {
        char c = w->p[i];
        buf[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    buf[m] = '\0';
    *n = m;
}

/* Lower-case a word beyond ASCII too (utf8proc), into buf (NUL-terminated). */
static void lower_u8(const word *w, char *buf, size_t cap, size_t *n)
{
    const unsigned char *p = (const unsigned char *)w->p;
    size_t i = 0, o = 0;
    while (i < w->n) {
        size_t k;
        uint32_t cp = u8_cp(p + i, w->n - i, &k);
        i += k;
        unsigned char enc[4];
        utf8proc_ssize_t e = utf8proc_encode_char(utf8proc_tolower((utf8proc_int32_t)cp), enc);
        if (e <= 0 || o + (size_t)e >= cap) break;
        memcpy(buf + o, enc, (size_t)e);
        o += (size_t)e;
    }
    buf[o] = '\0';
    *n = o;
}

static int has_digit(const word *w)
{
    for (size_t i = 0; i < w->n; i++)
        if (w->p[i] >= '0' && w->p[i] <= '9') return 1;
    return 0;
}

/* ---- story terms ------------------------------------------------------ */
/* Empty a term table (*t of *tcap slots) for want entries. */
static int table_reset(struct term **t, size_t *tcap, size_t *n, size_t want)
{
    size_t cap = cap_for(want);
    if (cap > *tcap) {
        void *p = realloc(*t, cap * sizeof **t);
        if (!p) return KB_ENOMEM;
        *t = p;
        *tcap = cap;
    }
    memset(*t, 0, cap * sizeof **t);
    *n = 0;
    return KB_OK;
}

static int terms_reset(kbm_signer *g, size_t want)
{
    return table_reset(&g->terms, &g->terms_cap, &g->n_terms, want);
}

static void term_add(kbm_signer *g, size_t cap, uint32_t h, uint32_t w, int name)
{
    h &= ~1u; /* bit 0 of a stored term flags a name */
    if (!h) h = 2;
    size_t m = cap - 1, i = h & m;
    while (g->terms[i].h && g->terms[i].h != h)
        i = (i + 1) & m;
    if (!g->terms[i].h) {
        g->terms[i].h = h;
        g->n_terms++;
    }
    g->terms[i].w += w;
    if (name) g->terms[i].name = 1;
}

/* The language of the text being signed: its stemmer, and its stop list (NULL: English). */
typedef struct lang_ctx {
    struct sb_stemmer *stem;
    const char *lang;   /* NULL for English and unknown */
    const char *ckey;   /* the concept lexicon's language: "en" for English and unknown */
    int unicode;        /* lower-case beyond ASCII (every language but English) */
} lang_ctx;

static void add_term_word(kbm_signer *g, const lang_ctx *lc, size_t tcap, const char *low,
                          size_t n, uint32_t weight, int name)
{
    if (n < 3 || is_stop(low) || (lc->lang && kbm_xl_stop(g->xl, lc->lang, low, n))) return;
    const sb_symbol *st = sb_stemmer_stem(lc->stem, (const sb_symbol *)low, (int)n);
    size_t sn = st ? (size_t)sb_stemmer_length(lc->stem) : n;
    const char *s = st ? (const char *)st : low;
    int c = kbm_xl_concept(g->xl, lc->ckey, s, sn);
    if (c) g->ccount[c]++;
    uint32_t h = (uint32_t)kbu_hash64(s, sn, 0x7465726dULL);
    term_add(g, tcap, h, weight, name && !is_generic(low));
}

static int cmp_term_desc(const void *a, const void *b)
{
    const struct term *x = a, *y = b;
    if (x->w != y->w) return x->w > y->w ? -1 : 1;
    return x->h < y->h ? -1 : x->h > y->h;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

int32_t kbm_day(const char *d)
{
    long z;
    return d && strlen(d) >= 10 && kbu_day_of_ymd(d, &z) ? (int32_t)z : KBM_NODAY;
}


/* The max heaviest entries of a term table (cap slots), sorted by key (h | name flag), with
 * their weights 16 x (1 + ln w). Returns how many. */
static size_t keep_heaviest(struct term *t, size_t cap, size_t max, uint32_t *keys, uint8_t *w)
{
    size_t k = 0;
    for (size_t i = 0; i < cap; i++)
        if (t[i].h) t[k++] = t[i];
    qsort(t, k, sizeof *t, cmp_term_desc);
    if (k > max) k = max;
    uint32_t tmp[64][2];
    if (k > 64) k = 64;
    for (size_t i = 0; i < k; i++) {
        double v = 16.0 * (1.0 + log((double)t[i].w));
        tmp[i][0] = t[i].h | t[i].name;
        tmp[i][1] = v > 255 ? 255 : (uint32_t)(v + 0.5);
    }
    qsort(tmp, k, sizeof tmp[0], cmp_u32);
    for (size_t i = 0; i < k; i++) {
        keys[i] = tmp[i][0];
        w[i] = (uint8_t)tmp[i][1];
    }
    return k;
}

/* ---- language-independent items (docs/MERGE.md "Stories across languages") ---- */
/* The leading figure of a word, normalised: digits of any script to ASCII, thousands
 * separators dropped ("2,600", "2.600", "2٬600" -> "2600"), a decimal comma or point as a
 * point ("5,9" -> "5.9"). *val gets the integer part (-1 if too long), *plain is set
 * when the word is digits only. Returns the length written, 0 if not a figure. */
static size_t num_norm(const word *w, char *out, size_t cap, long *val, int *plain)
{
    const unsigned char *p = (const unsigned char *)w->p;
    char grp[8][24];
    size_t gl[8] = {0}, ng = 1, i = 0;
    *plain = 1;
    while (i < w->n) {
        size_t k;
        uint32_t cp = u8_cp(p + i, w->n - i, &k);
        int d = kbu_digit_value(cp);
        if (d >= 0) {
            if (gl[ng - 1] < sizeof grp[0] - 1) grp[ng - 1][gl[ng - 1]++] = (char)('0' + d);
        } else if ((cp == ',' || cp == '.' || cp == 0x66B || cp == 0x66C) && gl[ng - 1] &&
                   ng < 8) {
            ng++;
            *plain = 0;
        } else {
            *plain = 0;
            break;
        }
        i += k;
    }
    if (!gl[0]) return 0;
    while (ng > 1 && !gl[ng - 1]) /* "12." */
        ng--;
    /* groups after the first: all of three digits = thousands; else the last is decimals */
    size_t last_int = ng;
    for (size_t j = 1; j < ng; j++)
        if (gl[j] != 3) {
            last_int = j == ng - 1 ? ng - 1 : 1;
            break;
        }
    size_t o = 0;
    for (size_t j = 0; j < last_int && j < ng; j++)
        for (size_t t = 0; t < gl[j]; t++)
            if (o < cap - 1 && !(o == 0 && grp[j][t] == '0' && !(j == last_int - 1 && t == gl[j] - 1)))
                out[o++] = grp[j][t];
    if (!o && cap > 1) out[o++] = '0';
    *val = -1;
    if (o <= 9) {
        *val = 0;
        for (size_t t = 0; t < o; t++)
            *val = *val * 10 + (out[t] - '0');
    }
    if (last_int == ng - 1 && ng > 1) { /* decimals, trailing zeros dropped */
        size_t dl = gl[ng - 1];
        while (dl && grp[ng - 1][dl - 1] == '0')
            dl--;
        if (dl && o + 1 + dl < cap) {
            out[o++] = '.';
            memcpy(out + o, grp[ng - 1], dl);
            o += dl;
        }
    }
    out[o] = '\0';
    return o;
}

static void x_add(kbm_signer *g, size_t cap, uint64_t h64, int kind, uint32_t w)
{
    uint32_t h = ((uint32_t)h64 & ~3u) | (uint32_t)kind;
    if (!(h >> 2)) h |= 4;
    size_t m = cap - 1, i = (h >> 2) & m;
    while (g->xt[i].h && g->xt[i].h != h)
        i = (i + 1) & m;
    if (!g->xt[i].h) {
        if (2 * (g->n_xt + 1) > cap) return; /* full: later items are left out */
        g->xt[i].h = h;
        g->n_xt++;
    }
    g->xt[i].w += w;
}

static int upper_first(const word *w)
{
    size_t k;
    uint32_t cp = u8_cp((const unsigned char *)w->p, w->n, &k);
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

static int all_caps(const word *w)
{
    size_t letters = 0;
    for (size_t i = 0; i < w->n; i++) {
        char c = w->p[i];
        if (c >= 'a' && c <= 'z') return 0;
        if (c >= 'A' && c <= 'Z') letters++;
    }
    return letters >= 3;
}

/* A folded name's candidate places in the gazetteer (not abbreviations, not stop-listed
 * words): a country for a country's name or demonym first, then the most populous records.
 * Which one a text means is decided with the countries the text names (place_pick). */
static void place_of(const kba_gaz *gaz, const char *k, size_t n, pentry *e)
{
    memset(e, 0, sizeof *e);
    if (!gaz || n < 3 || kba_gaz_is_stop(gaz, k, n)) return;
    e->script = (unsigned char)k[0] >= 0x80;
    uint32_t np = 0;
    const uint32_t *post = kba_gaz_lookup(gaz, k, n, &np);
    for (uint32_t i = 0; post && i < np; i++) {
        if ((post[i] & 3) == KBA_M_ABBR) continue;
        const kba_grec *r = kba_gaz_rec(gaz, post[i] >> 2);
        if (!r) continue;
        int country = r->kind == KBA_COUNTRY;
        /* "Kabul" is also a province and "Islamabad" a district: a name that can be a
         * country, a region or a capital is a topic place whichever record wins */
        e->topic |= country || r->kind == KBA_REGION || r->rank == 3 /* PPLC */;
        pcand c = {country ? 0x1000000000ULL + r->country : (uint64_t)(post[i] >> 2) + 1,
                   r->pop, r->country, r->kind, (post[i] & 3) == KBA_M_ALT};
        /* keep the KBM_PCANDS first in (country, population) order */
        size_t j = e->n < KBM_PCANDS ? e->n++ : KBM_PCANDS;
        while (j > 0) {
            const pcand *q = &e->c[j - 1];
            int qc = q->kind == KBA_COUNTRY;
            if (qc > country || (qc == country && q->pop >= c.pop)) break;
            if (j < KBM_PCANDS) e->c[j] = *q;
            j--;
        }
        if (j < KBM_PCANDS) e->c[j] = c;
    }
}

static int seen_country(const uint16_t *seen, size_t n_seen, uint16_t c)
{
    for (size_t i = 0; i < n_seen; i++)
        if (seen[i] == c) return 1;
    return 0;
}

/* The place item of a name (0 none), among its candidates: a country; else those in a
 * country the text names (seen; NULL: any), and of those a city or point rather than a
 * unit of the same name ten times as populous at most ("Kabul" the city, not the province;
 * "Punjab" the province, not a village), else the most populous. The same name in two texts
 * about one country resolves the same way, whatever the language ("Faizabad" and
 * "فیض آباد" in Afghanistan, not in India). */
static uint64_t place_pick(const pentry *e, const uint16_t *seen, size_t n_seen)
{
    if (!e->n) return 0;
    const pcand *best = &e->c[0];
    if (best->kind != KBA_COUNTRY) {
        int any = 0;
        for (size_t i = 0; seen && i < e->n; i++)
            any |= seen_country(seen, n_seen, e->c[i].country);
        uint32_t unit = 0;
        const pcand *city = NULL, *top = NULL;
        for (size_t i = 0; i < e->n; i++) {
            const pcand *c = &e->c[i];
            if (any && !seen_country(seen, n_seen, c->country)) continue;
            if (!top) top = c;
            if (c->kind == KBA_CITY || c->kind == KBA_POINT) {
                if (!city) city = c;
            } else if (c->pop > unit) {
                unit = c->pop;
            }
        }
        best = city && (uint64_t)city->pop * 10 >= unit ? city : top;
        /* a word that is only another name of a village ("Taliban", "Minister") is a
         * name, not a place; in a script without capitals (Arabic, Urdu) any word is
         * looked up, so only a town of some size ("جرم", crime, is also the village of
         * Jurm) in a country the text names, or a city of a million */
        if (best->alt && best->pop < (e->script ? 20000u : 10000u)) return 0;
        if (e->script && best->alt && best->pop < 1000000 &&
            !(seen && seen_country(seen, n_seen, best->country)))
            return 0;
    }
    /* bit 2 of the item marks a topic place (a country, its people, a region, a capital,
     * a province): every report of a conflict names them, so they say little about which
     * happening */
    uint64_t h = kbu_hash64(&best->id, sizeof best->id, 0x706c6163ULL) & ~(uint64_t)KBM_X_TOPIC;
    return e->topic || best->kind == KBA_ADM1 ? h | KBM_X_TOPIC : h;
}

/* place_of through the signer's cache: the same answer, without the gazetteer's random
 * reads for the names met before. NULL without a gazetteer. */
static const pentry *place_cached(kbm_signer *g, const char *k, size_t n)
{
    if (!g->gaz) return NULL;
    uint64_t h = kbu_hash64(k, n, 0x70636163ULL) | 1;
    pentry *e = &g->pcache[(size_t)(h >> 7) & (KBM_PCACHE - 1)];
    if (e->key == h) return e;
    place_of(g->gaz, k, n, e);
    e->key = h;
    return e;
}

/* Is the name a place in some text (whatever countries it names)? */
static int is_place(kbm_signer *g, const char *k, size_t n)
{
    const pentry *e = place_cached(g, k, n);
    return e && place_pick(e, NULL, 0) != 0;
}

/* Keep the name for x_end, which picks its place once the text's countries are known. */
static void place_defer(kbm_signer *g, const pentry *e)
{
    if (!e || !e->n) return;
    if (g->n_pend == g->pend_cap) {
        size_t nc = g->pend_cap ? 2 * g->pend_cap : 64;
        pentry *p = realloc(g->pend, nc * sizeof *p);
        if (!p) return; /* no memory: the name is left out */
        g->pend = p;
        g->pend_cap = nc;
    }
    g->pend[g->n_pend++] = *e;
}

static uint64_t day_item(long day)
{
    return kbu_hash64(&day, sizeof day, 0x646179ULL);
}

/* The day a month name and a day of the month give, in the year of the article (the
 * year before when that would be more than a month after it). */
static long month_day(int32_t art, int month, long dom)
{
    long y;
    int m, d;
    kbu_civil_from_days(art, &y, &m, &d);
    long z = kbu_days_from_civil(y, month + 1, (int)dom);
    if (z > (long)art + 31) z = kbu_days_from_civil(y - 1, month + 1, (int)dom);
    return z;
}

/* The state of the item scan over one text (pass 2 of kbm_sign_lang). */
typedef struct xstate {
    const char *text;
    size_t cap, idx;
    char pfl[128], pnum[32];
    size_t pfn, pnn, prev_name_idx, prev_num_idx, pend_end, month_idx;
    long pval, prev_val;
    int pend, pend_plain, month_wait, art;
} xstate;

static int x_begin(kbm_signer *g, size_t maxw, const char *text, const kbm_sig *out, xstate *xs)
{
    /* names, figures and days are a fraction of the words: a quarter is plenty, and
     * x_add keeps the table at most half full (a deterministic cut for odd texts) */
    size_t cap = cap_for(maxw / 4 + 32);
    if (table_reset(&g->xt, &g->xt_cap, &g->n_xt, maxw / 4 + 32) != KB_OK) return KB_ENOMEM;
    g->n_pend = 0;
    memset(xs, 0, sizeof *xs);
    xs->text = text;
    xs->cap = cap;
    xs->prev_name_idx = xs->prev_num_idx = (size_t)-1;
    xs->pval = xs->prev_val = -1;
    xs->month_wait = -1;
    xs->art = out->day != KBM_NODAY;
    return KB_OK;
}

static void x_flush_num(kbm_signer *g, xstate *xs)
{
    if (xs->pend && (xs->pval < 0 || xs->pval >= 10 || strchr(xs->pnum, '.')))
        x_add(g, xs->cap, kbu_hash64(xs->pnum, xs->pnn, 0x6e756dULL), KBM_X_NUM, 1);
    xs->pend = 0;
}

/* A name's item: its first six letters ("Pakistani", "Pakistan", "Pakistans" meet), with
 * bit 2 (KBM_X_TOPIC) set for initials in capitals ("TTP", "NATO"): an organisation,
 * named in every report about its conflict. */
static uint64_t name_item(const word *w, const char *fl, size_t fn)
{
    uint64_t h = kbu_hash64(fl, fn < 6 ? fn : 6, 0x6e616d65ULL) & ~(uint64_t)KBM_X_TOPIC;
    return all_caps(w) ? h | KBM_X_TOPIC : h;
}

/* Length in bytes of a leading Arabic proclitic of a folded word: wa-, fa-, bi-, li-,
 * ka- (one letter), each maybe before the article al- (ال), or li- with the article (لل);
 * the article alone. 0 if none or if too little would be left. */
static size_t ar_prefix(const char *f, size_t n)
{
    static const char *const one[] = {"\xd9\x88", "\xd9\x81", "\xd8\xa8", "\xd9\x84",
                                      "\xd9\x83"}; /* و ف ب ل ك */
    static const char al[] = "\xd8\xa7\xd9\x84";     /* ال */
    size_t p = 0;
    for (size_t i = 0; i < 5; i++)
        if (n > 2 && !memcmp(f, one[i], 2)) p = 2;
    if (n > p + 4 && !memcmp(f + p, al, 4)) p += 4;
    else if (p && n > 4 && !memcmp(f, "\xd9\x84\xd9\x84", 4)) p = 4; /* لل */
    return n >= p + 6 ? p : 0; /* three letters at least are left */
}

/* Length in bytes of an adjective or plural ending of a folded word of Arabic script:
 * -iyyin, -iyyun, -iyya (folded -iyh), -i; Urdu -iyon. 0 if none. */
static size_t ar_suffix(const char *f, size_t n)
{
    static const char *const suf[] = {
        "\xd9\x8a\xd9\x8a\xd9\x86", "\xd9\x8a\xd9\x88\xd9\x86", /* يين يون */
        "\xd9\x8a\xd9\x88\xda\xba",                             /* یوں (Urdu) */
        "\xd9\x8a\xd9\x87", "\xd9\x8a"};                        /* يه ي */
    for (size_t i = 0; i < sizeof suf / sizeof *suf; i++) {
        size_t k = strlen(suf[i]);
        if (n >= k + 6 && !memcmp(f + n - k, suf[i], k)) return k;
    }
    return 0;
}

/* A word of a script without capitals (Arabic, Urdu, Persian): any word may be a place,
 * so every word is looked up -- as written, without a proclitic or the article
 * ("بالباكستان"), without an adjective ending ("الباكستانية", "پاکستانیوں") -- and with
 * the word before it ("لنڈی کوتل", "فیض آباد"). Its other words say nothing across
 * languages: they are no items. */
static void x_script_place(kbm_signer *g, xstate *xs, const char *fl, size_t fn, size_t idx)
{
    const pentry *e = place_cached(g, fl, fn);
    size_t p = e && e->n ? 0 : ar_prefix(fl, fn);
    if (p) e = place_cached(g, fl + p, fn - p);
    if (!e || !e->n) {
        size_t k = ar_suffix(fl + p, fn - p);
        if (k) e = place_cached(g, fl + p, fn - p - k);
    }
    place_defer(g, e);
    if (xs->prev_name_idx + 1 == idx && xs->pfn + 1 + fn < sizeof xs->pfl) {
        xs->pfl[xs->pfn] = ' ';
        memcpy(xs->pfl + xs->pfn + 1, fl, fn);
        place_defer(g, place_cached(g, xs->pfl, xs->pfn + 1 + fn));
    }
    if (fn < sizeof xs->pfl) {
        memcpy(xs->pfl, fl, fn);
        xs->pfn = fn;
        xs->prev_name_idx = idx;
    }
}

/* One word of the text: numbers, dates, names (and their gazetteer places). */
static void x_word(kbm_signer *g, xstate *xs, const word *w, const kbm_sig *out)
{
    size_t idx = xs->idx++, cap = xs->cap;
    const char *text = xs->text;
    if ((unsigned char)w->p[0] < 0x80 && !(w->p[0] >= '0' && w->p[0] <= '9') &&
        !(w->p[0] >= 'A' && w->p[0] <= 'Z')) {
        /* a lower-case ASCII word: only a weekday or a month can matter */
        if (!xs->art || w->n < 3 || w->n > 10) {
            x_flush_num(g, xs);
            xs->month_wait = -1;
            return;
        }
    }
    long val;
    int plain;
    char num[32], fl[128];
    size_t nn = num_norm(w, num, sizeof num, &val, &plain);
    if (nn) {
        /* "2 600": a figure in groups of three separated by spaces */
        size_t gap = (size_t)(w->p - text) - xs->pend_end;
        const char *gp = text + xs->pend_end;
        int space = gap == 1 ? gp[0] == ' '
                             : (gap == 2 && !memcmp(gp, "\xc2\xa0", 2)) ||
                                   (gap == 3 && (!memcmp(gp, "\xe2\x80\xaf", 3) ||
                                                 !memcmp(gp, "\xe2\x80\x89", 3)));
        if (xs->pend && xs->pend_plain && plain && space && nn == 3 && xs->pval >= 0 &&
            xs->pval < 1000 && xs->pnn + 3 < sizeof xs->pnum && xs->prev_num_idx + 1 == idx) {
            memcpy(xs->pnum + xs->pnn, num, 4);
            xs->pnn += 3;
            xs->pval = xs->pval * 1000 + val;
        } else {
            x_flush_num(g, xs);
            memcpy(xs->pnum, num, nn + 1);
            xs->pnn = nn;
            xs->pval = val;
            xs->pend = 1;
            xs->pend_plain = plain;
        }
        xs->pend_end = (size_t)(w->p - text) + w->n;
        /* "March 3" */
        if (xs->art && xs->month_wait >= 0 && xs->month_idx + 1 == idx && plain && val >= 1 &&
            val <= 31)
            x_add(g, cap, day_item(month_day(out->day, xs->month_wait, val)), KBM_X_NUM, 1);
        xs->month_wait = -1;
        xs->prev_val = val;
        xs->prev_num_idx = idx;
        return;
    }
    x_flush_num(g, xs);
    xs->month_wait = -1;
    int fn, ascii = 1, script = 0;
    for (size_t i = 0; i < w->n; i++)
        if ((unsigned char)w->p[i] >= 0x80) ascii = 0;
    if (ascii) {
        size_t l;
        lower_into(w, fl, sizeof fl, &l);
        fn = (int)l;
    } else {
        fn = kba_fold(w->p, w->n, fl, sizeof fl); /* -1: not Latin script */
        if (fn < 0) {
            fn = kba_fold_script(w->p, w->n, fl, sizeof fl);
            script = fn > 0;
        }
    }
    if (fn <= 0) return;
    /* days: "Monday", "lundi"; "3 March", "3 mars", "3 de marzo", "3. März", "March 3" */
    int wd = xs->art ? kbm_xl_weekday(g->xl, fl, (size_t)fn) : -1;
    if (wd >= 0) {
        long aw = (((long)out->day % 7) + 7 + 3) % 7; /* 1970-01-01 was a Thursday */
        x_add(g, cap, day_item((long)out->day - (aw - wd + 7) % 7), KBM_X_NUM, 1);
        return;
    }
    /* an undated text cannot turn weekdays and months into days, but they are no names */
    if (!xs->art && (kbm_xl_weekday(g->xl, fl, (size_t)fn) >= 0 ||
                     kbm_xl_month(g->xl, fl, (size_t)fn) >= 0))
        return;
    int mo = xs->art ? kbm_xl_month(g->xl, fl, (size_t)fn) : -1;
    if (mo >= 0) {
        if (xs->prev_val >= 1 && xs->prev_val <= 31 && xs->prev_num_idx + 2 >= idx)
            x_add(g, cap, day_item(month_day(out->day, mo, xs->prev_val)), KBM_X_NUM, 1);
        else {
            xs->month_wait = mo;
            xs->month_idx = idx;
        }
        return;
    }
    if (script) {
        x_script_place(g, xs, fl, (size_t)fn, idx);
        return;
    }
    /* names: capitalised inside a sentence, or in capitals (datelines, acronyms) */
    int name = (upper_first(w) && !w->sent_start) || all_caps(w);
    if (!name || fn < 2 || is_stop(fl) || is_generic(fl) || kbm_xl_generic(g->xl, fl, (size_t)fn))
        return;
    const pentry *pe = place_cached(g, fl, (size_t)fn);
    int pl = pe && place_pick(pe, NULL, 0) != 0;
    /* German capitalises its nouns: there a capitalised word is a weaker sign of a name,
     * and one with a common-noun ending none */
    int de = !strcmp(out->lang, "de") && !all_caps(w);
    if (!pl && de && kbm_xl_de_noun(fl, (size_t)fn)) return;
    uint32_t nw = de ? 1 : 2;
    const char *hy = pl ? NULL : memchr(fl, '-', (size_t)fn);
    if (pl) {
        place_defer(g, pe);
    } else if (hy && hy > fl && hy + 1 < fl + fn) {
        /* "Afghan-Pakistan", "Pakistan-Afghanistan": the places of each part */
        size_t n1 = (size_t)(hy - fl), n2 = (size_t)fn - n1 - 1;
        /* only capitalised parts: the "led" of "US-led" is no place */
        const char *oh = memchr(w->p, '-', w->n);
        int cap2 = oh && oh + 1 < w->p + w->n && ((oh[1] >= 'A' && oh[1] <= 'Z') ||
                                                   (unsigned char)oh[1] >= 0x80);
        int p1 = is_place(g, fl, n1), p2 = cap2 && is_place(g, hy + 1, n2);
        if (p1) place_defer(g, place_cached(g, fl, n1));
        if (p2) place_defer(g, place_cached(g, hy + 1, n2));
        if (!p1 && !p2)
            x_add(g, cap, name_item(w, fl, (size_t)fn), KBM_X_NAME, nw);
    } else {
        x_add(g, cap, name_item(w, fl, (size_t)fn), KBM_X_NAME, nw);
    }
    if (xs->prev_name_idx + 1 == idx && xs->pfn + 1 + (size_t)fn < sizeof xs->pfl) {
        xs->pfl[xs->pfn] = ' '; /* "Landi Kotal" */
        memcpy(xs->pfl + xs->pfn + 1, fl, (size_t)fn);
        if (is_place(g, xs->pfl, xs->pfn + 1 + (size_t)fn))
            place_defer(g, place_cached(g, xs->pfl, xs->pfn + 1 + (size_t)fn));
    }
    memcpy(xs->pfl, fl, (size_t)fn);
    xs->pfn = (size_t)fn;
    xs->prev_name_idx = idx;
}

/* After the text and the title: the concepts (counted by pass 1 on the stems), the kinds
 * of event the text is mostly about, and the heaviest items. */
static void x_end(kbm_signer *g, xstate *xs, kbm_sig *out)
{
    size_t cap = xs->cap;
    x_flush_num(g, xs);
    /* the places of the names, now that the countries the text names are known */
    uint16_t seen[16];
    size_t n_seen = 0;
    for (size_t i = 0; i < g->n_pend; i++) {
        /* a country, its people, or one of its provinces by name ("سندھ", "Punjab") */
        const pcand *c = &g->pend[i].c[0];
        int named = c->kind == KBA_COUNTRY || (c->kind == KBA_ADM1 && !c->alt);
        if (named && c->country && n_seen < 16 && !seen_country(seen, n_seen, c->country))
            seen[n_seen++] = c->country;
    }
    for (size_t i = 0; i < g->n_pend; i++) {
        const pentry *e = &g->pend[i];
        uint64_t pl = place_pick(e, seen, n_seen);
        if (!pl && !e->script) pl = place_pick(e, NULL, 0);
        if (pl) x_add(g, cap, pl, KBM_X_PLACE, 2);
    }
    g->n_pend = 0;
    uint32_t top = 0;
    for (int c = 1; c <= KBM_C_HURT; c++) {
        if (!g->ccount[c]) continue;
        uint64_t h = kbu_hash64(&c, sizeof c, 0x636f6e63ULL);
        x_add(g, cap, h, KBM_X_CONCEPT, g->ccount[c]);
        if (c <= KBM_C_KINDS && g->ccount[c] > top) top = g->ccount[c];
    }
    for (int c = 1; c <= KBM_C_KINDS; c++)
        if (g->ccount[c] >= 2 && 2 * g->ccount[c] >= top) out->kinds |= (uint16_t)(1u << (c - 1));

    /* keep the heaviest items */
    out->n_x = (uint32_t)keep_heaviest(g->xt, cap, KBM_XTERMS, out->x, out->xw);
}

int kbm_sign(kbm_signer *g, const char *text, size_t len, const char *title, const char *date,
             kbm_sig *out)
{
    return kbm_sign_lang(g, text, len, title, date, NULL, out);
}

int kbm_sign_lang(kbm_signer *g, const char *text, size_t len, const char *title,
                  const char *date, const char *lang, kbm_sig *out)
{
    memset(out, 0, sizeof *out);
    out->day = kbm_day(date);
    memset(g->ccount, 0, sizeof g->ccount);
    /* English rules for English and unknown texts; another language's stemmer and stop
     * words for the others (languages with no stemmer keep the English one) */
    lang_ctx lc = {g->stem, NULL, "en", 0};
    if (lang && strlen(lang) >= 2 && strlen(lang) <= 3 && strcmp(lang, "und")) {
        memcpy(out->lang, lang, strlen(lang) + 1);
        if (strcmp(lang, "en")) {
            struct sb_stemmer *st = kbm_xl_stemmer(g->xl, lang);
            if (st) lc.stem = st;
            lc.lang = out->lang;
            lc.ckey = out->lang;
            lc.unicode = 1;
        }
    }
    if (!text) text = "";
    size_t maxw = len / 2 + 8; /* words are at least one byte plus a separator */
    if (set_reset(g, maxw) != KB_OK || terms_reset(g, maxw + (title ? strlen(title) : 0)) != KB_OK)
        return KB_ENOMEM;
    size_t scap = cap_for(maxw), tcap = cap_for(maxw + (title ? strlen(title) : 0));

    /* pass 1: content hash, word shingles, story terms */
    uint64_t ch = 0x6a09e667f3bcc908ULL, h1 = 0, h2 = 0;
    size_t pos = 0, nw = 0;
    int ss = 1;
    word w;
    char low[128];
    size_t ln;
    while (next_word(text, len, &pos, &ss, &w)) {
        if (lc.unicode)
            lower_u8(&w, low, sizeof low, &ln);
        else
            lower_into(&w, low, sizeof low, &ln);
        uint64_t h = kbu_hash64(low, ln, 0x776f7264ULL);
        ch = mix64(ch ^ h) + 0x9e3779b97f4a7c15ULL;
        if (nw >= 2) set_add(g, scap, mix64(h1 * 3 + h2 * 0x100000001b3ULL) ^ h);
        h1 = h2;
        h2 = h;
        nw++;
        if (!has_digit(&w)) {
            int name = !w.sent_start && w.p[0] >= 'A' && w.p[0] <= 'Z' && w.n >= 2;
            add_term_word(g, &lc, tcap, low, ln, name ? 2 : 1, name);
        }
    }
    if (nw > 0 && nw < 3) set_add(g, scap, mix64(h1 * 3 + h2)); /* tiny texts: one shingle */
    out->chash = ch ^ nw;
    out->n_words = (uint32_t)g->n_elems;
    minhash(g->elems, g->n_elems, out->mw);

    /* pass 2: anchor bigrams, and the language-independent items */
    set_reset(g, maxw);
    xstate xs;
    if (x_begin(g, maxw, text, out, &xs) != KB_OK) return KB_ENOMEM;
    pos = 0;
    ss = 1;
    uint64_t prev = 0;
    size_t na = 0;
    while (next_word(text, len, &pos, &ss, &w)) {
        uint64_t a;
        x_word(g, &xs, &w, out);
        if (has_digit(&w)) {
            char num[64];
            size_t k = 0;
            for (size_t i = 0; i < w.n && k < sizeof num - 1; i++)
                if (w.p[i] != ',') num[k++] = w.p[i];
            a = kbu_hash64(num, k, 0x6e756dULL);
        } else if (!w.sent_start && w.p[0] >= 'A' && w.p[0] <= 'Z' && w.n >= 2) {
            lower_into(&w, low, sizeof low, &ln);
            a = kbu_hash64(low, ln, 0x616e63ULL);
        } else {
            continue;
        }
        if (na > 0) set_add(g, scap, mix64(prev * 31 + 7) ^ a);
        prev = a;
        na++;
    }
    if (na == 1) set_add(g, scap, prev);
    out->n_anchors = (uint32_t)g->n_elems;
    minhash(g->elems, g->n_elems, out->ma);

    /* title words weigh double in the story terms */
    if (title) {
        size_t tl = strlen(title);
        pos = 0;
        ss = 1;
        while (next_word(title, tl, &pos, &ss, &w)) {
            if (has_digit(&w)) continue;
            if (lc.unicode)
                lower_u8(&w, low, sizeof low, &ln);
            else
                lower_into(&w, low, sizeof low, &ln);
            add_term_word(g, &lc, tcap, low, ln, 2, 0);
        }
    }
    /* keep the heaviest terms */
    out->n_terms = (uint32_t)keep_heaviest(g->terms, tcap, KBM_TERMS, out->term, out->tw);
    x_end(g, &xs, out);
    return KB_OK;
}

/* ---- comparisons ---------------------------------------------------------- */
static double jaccard(const uint16_t *a, const uint16_t *b)
{
    int eq = 0;
    for (int i = 0; i < KBM_K; i++)
        eq += a[i] == b[i];
    return (double)eq / KBM_K;
}

/* |A n B| / min(|A|,|B|) from a Jaccard estimate and the set sizes. */
static double containment(double j, uint32_t na, uint32_t nb)
{
    if (!na || !nb) return 0;
    double inter = j * ((double)na + (double)nb) / (1.0 + j);
    double c = inter / (double)(na < nb ? na : nb);
    return c > 1 ? 1 : c;
}

double kbm_copy_score(const kbm_sig *a, const kbm_sig *b)
{
    if (a->chash == b->chash) return 1.0;
    if (!a->n_words || !b->n_words) return 0;
    double jw = jaccard(a->mw, b->mw);
    /* a short text inside a long one is a brief, not a copy: weigh the size ratio */
    uint32_t lo = a->n_words < b->n_words ? a->n_words : b->n_words;
    if (lo < 8) return jw;
    double cw = containment(jw, a->n_words, b->n_words);
    /* a few shared sentences make a short text look contained in another, and
     * the estimate is poor for sets of very different sizes: containment counts
     * only with a real share of the union */
    double s = (jw >= 0.4 || (jw >= 0.25 && cw >= 0.85)) ? cw : jw;
    if (a->n_anchors >= 8 && b->n_anchors >= 8 && cw >= 0.2) {
        double ja = jaccard(a->ma, b->ma);
        double ca = containment(ja, a->n_anchors, b->n_anchors);
        /* spun copy: nearly all names and numbers in the same order while many
         * words changed; reports of one happening by two outlets share names
         * too, but in another order and with far fewer shared words */
        if (ja >= 0.5 && ca >= 0.8 && 0.75 * ca > s) s = 0.75 * ca;
    }
    return s;
}

/* Cosine of two sparse weighted vectors (keys sorted), -1 if one is empty; *shared and
 * *names count the keys in common and those that are names. terms: story terms (bit 0
 * flags a name, compared without it), else language-independent items (KBM_X_* kinds),
 * whose keys in common are also counted by their low three bits (kind and KBM_X_TOPIC)
 * in tally[8] when tally is not NULL. */
static double sparse_cos(const uint32_t *ka, const uint8_t *wa, uint32_t na_, const uint32_t *kb,
                         const uint8_t *wb, uint32_t nb_, int terms, uint32_t *shared,
                         uint32_t *names, uint32_t *tally)
{
    double dot = 0, na = 0, nb = 0;
    for (uint32_t i = 0; i < na_; i++)
        na += (double)wa[i] * wa[i];
    for (uint32_t i = 0; i < nb_; i++)
        nb += (double)wb[i] * wb[i];
    uint32_t i = 0, j = 0;
    *shared = *names = 0;
    while (i < na_ && j < nb_) {
        uint32_t x = terms ? ka[i] >> 1 : ka[i], y = terms ? kb[j] >> 1 : kb[j];
        if (x == y) {
            dot += (double)wa[i] * wb[j];
            (*shared)++;
            if (terms)
                *names += ((ka[i] | kb[j]) & 1u) != 0;
            else
                *names += (x & 3u) == KBM_X_NAME || (x & 3u) == KBM_X_PLACE;
            if (tally) tally[x & 7u]++;
            i++;
            j++;
        } else if (x < y) {
            i++;
        } else {
            j++;
        }
    }
    if (na <= 0 || nb <= 0) return -1;
    return dot / sqrt(na * nb);
}

/* Is the language written in a script without capitals (no names among its words)? */
static int caseless(const char *lang)
{
    static const char *const l[] = {"ar", "ur", "fa", "ps", "sd", "ug", "ckb", "he", "yi", "hi",
                                    "bn", "pa", "gu", "ta", "te", "kn", "ml", "mr", "ne", "si",
                                    "th", "lo", "km", "my", "ka", "am", "zh", "ja", "ko"};
    for (size_t i = 0; i < sizeof l / sizeof *l; i++)
        if (!strcmp(lang, l[i])) return 1;
    return 0;
}

int kbm_sig_xlang(const kbm_sig *a, const kbm_sig *b)
{
    return strncmp(a->lang, b->lang, sizeof a->lang) != 0;
}

double kbm_xstory_score(const kbm_sig *a, const kbm_sig *b)
{
    if (a->day == KBM_NODAY || b->day == KBM_NODAY) return 0;
    int64_t d = (int64_t)a->day - b->day;
    if (d > KBM_STORY_DAYS || d < -KBM_STORY_DAYS) return 0;
    /* a road crash is not a border clash, however many places they share */
    if (a->kinds && b->kinds && !(a->kinds & b->kinds)) return 0;
    uint32_t shared, names, tally[8] = {0};
    double c = sparse_cos(a->x, a->xw, a->n_x, b->x, b->xw, b->n_x, 0, &shared, &names, tally);
    /* names (places, people, groups) are the evidence; figures, days and concepts add. A
     * text in a script without capitals names no people, only places: two shared, one of
     * them no country or province (a town, a district), are enough there */
    uint32_t need = caseless(a->lang) || caseless(b->lang) ? 2 : 3;
    if (need == 2 && !tally[KBM_X_PLACE]) need = 3;
    if (names < need || shared < 5 || c < 0) return 0;
    return c;
}

/* Shared items that point at one happening rather than a topic (see kbm_story_score):
 * names and places without the topic bit, and figures (whatever their bit 2). */
static int undated_evidence(const kbm_sig *a, const kbm_sig *b)
{
    uint32_t shared, all_names, tally[8] = {0};
    sparse_cos(a->x, a->xw, a->n_x, b->x, b->xw, b->n_x, 0, &shared, &all_names, tally);
    uint32_t names = tally[KBM_X_NAME] + tally[KBM_X_PLACE];
    uint32_t figures = tally[KBM_X_NUM] + tally[KBM_X_NUM | KBM_X_TOPIC];
    return names >= 3 || (names >= 2 && figures >= 2);
}

double kbm_story_score(const kbm_sig *a, const kbm_sig *b)
{
    if (kbm_sig_xlang(a, b)) {
        double x = kbm_xstory_score(a, b) * (KBM_STORY / KBM_XSTORY);
        return x > 1 ? 1 : x;
    }
    if (a->day != KBM_NODAY && b->day != KBM_NODAY) {
        int64_t d = (int64_t)a->day - b->day;
        if (d > KBM_STORY_DAYS || d < -KBM_STORY_DAYS) return 0;
    } else if ((a->day == KBM_NODAY) != (b->day == KBM_NODAY)) {
        return 0;
    }
    uint32_t shared, names;
    double c = sparse_cos(a->term, a->tw, a->n_terms, b->term, b->tw, b->n_terms, 1, &shared,
                          &names, NULL);
    /* a script without capitals (Arabic, Urdu) shows no names among the terms: the
     * places the gazetteer found in both texts stand for them */
    if (names < 2 && caseless(a->lang)) {
        uint32_t xs, xn;
        sparse_cos(a->x, a->xw, a->n_x, b->x, b->xw, b->n_x, 0, &xs, &xn, NULL);
        names = xn;
    }
    /* generic words alone ("police", "shooting", "hospital") do not make one
     * happening: a shared name (a place, a person, a group) is needed too */
    if (shared < 3 || names < 2 || c < 0) return 0;
    /* two undated reports have no date window to keep them apart: everything written
     * about one conflict shares its countries, capitals, provinces, main groups and words.
     * They must also share what only one happening has: three names that are not topic
     * places (towns, people, groups), or two and two figures */
    if (a->day == KBM_NODAY && !undated_evidence(a, b)) return 0;
    /* many shared terms are more evidence than a high cosine of a few: a short
     * follow-up ("death toll rises to 15") shares 7+ terms with the first reports */
    if (shared >= 7) c += 0.08;
    return c > 1 ? 1 : c;
}

/* ---- serialisation ---------------------------------------------------- */
static unsigned char *put32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
    return p + 4;
}

static const unsigned char *get32(const unsigned char *p, uint32_t *v)
{
    *v = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    return p + 4;
}

size_t kbm_sig_encode(const kbm_sig *s, unsigned char *out)
{
    unsigned char *p = out;
    p = put32(p, (uint32_t)s->chash);
    p = put32(p, (uint32_t)(s->chash >> 32));
    p = put32(p, (uint32_t)s->day);
    p = put32(p, s->n_words);
    p = put32(p, s->n_anchors);
    for (int i = 0; i < KBM_K; i++, p += 2)
        p[0] = (unsigned char)s->mw[i], p[1] = (unsigned char)(s->mw[i] >> 8);
    for (int i = 0; i < KBM_K; i++, p += 2)
        p[0] = (unsigned char)s->ma[i], p[1] = (unsigned char)(s->ma[i] >> 8);
    p = put32(p, s->n_terms);
    for (int i = 0; i < KBM_TERMS; i++)
        p = put32(p, s->term[i]);
    for (int i = 0; i < KBM_TERMS; i++)
        *p++ = s->tw[i];
    memcpy(p, s->lang, 4);
    p += 4;
    p = put32(p, s->kinds);
    p = put32(p, s->n_x);
    for (int i = 0; i < KBM_XTERMS; i++)
        p = put32(p, s->x[i]);
    for (int i = 0; i < KBM_XTERMS; i++)
        *p++ = s->xw[i];
    return (size_t)(p - out);
}

int kbm_sig_decode(const void *blob, size_t n, kbm_sig *s)
{
    if (!blob || n != KBM_SIG_BYTES) return KB_EFORMAT;
    const unsigned char *p = blob;
    uint32_t lo, hi, v;
    p = get32(p, &lo);
    p = get32(p, &hi);
    s->chash = (uint64_t)hi << 32 | lo;
    p = get32(p, &v);
    s->day = (int32_t)v;
    p = get32(p, &s->n_words);
    p = get32(p, &s->n_anchors);
    for (int i = 0; i < KBM_K; i++, p += 2)
        s->mw[i] = (uint16_t)(p[0] | p[1] << 8);
    for (int i = 0; i < KBM_K; i++, p += 2)
        s->ma[i] = (uint16_t)(p[0] | p[1] << 8);
    p = get32(p, &s->n_terms);
    if (s->n_terms > KBM_TERMS) return KB_EFORMAT;
    for (int i = 0; i < KBM_TERMS; i++)
        p = get32(p, &s->term[i]);
    for (int i = 0; i < KBM_TERMS; i++)
        s->tw[i] = *p++;
    memcpy(s->lang, p, 4);
    s->lang[3] = '\0';
    p += 4;
    p = get32(p, &v);
    s->kinds = (uint16_t)v;
    p = get32(p, &s->n_x);
    if (s->n_x > KBM_XTERMS) return KB_EFORMAT;
    for (int i = 0; i < KBM_XTERMS; i++)
        p = get32(p, &s->x[i]);
    for (int i = 0; i < KBM_XTERMS; i++)
        s->xw[i] = *p++;
    return KB_OK;
}
