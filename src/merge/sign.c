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
#include <libstemmer.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

struct kbm_signer {
    struct sb_stemmer *stem;
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
static const char **generic_sorted;
static size_t n_generic;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static const char **stop_sorted;
static size_t n_stop;

static void stop_init(void)
{
    static const char *sorted[sizeof stop / sizeof *stop];
    if (stop_sorted) return;
    memcpy(sorted, stop, sizeof stop);
    qsort(sorted, sizeof stop / sizeof *stop, sizeof *sorted, cmp_str);
    n_stop = sizeof stop / sizeof *stop;
    stop_sorted = sorted;
    static const char *gsorted[sizeof generic / sizeof *generic];
    memcpy(gsorted, generic, sizeof generic);
    qsort(gsorted, sizeof generic / sizeof *generic, sizeof *gsorted, cmp_str);
    n_generic = sizeof generic / sizeof *generic;
    generic_sorted = gsorted;
}

static int is_generic(const char *w)
{
    return bsearch(&w, generic_sorted, n_generic, sizeof *generic_sorted, cmp_str) != NULL;
}

static int is_stop(const char *w)
{
    return bsearch(&w, stop_sorted, n_stop, sizeof *stop_sorted, cmp_str) != NULL;
}

kbm_signer *kbm_signer_new(void)
{
    kbm_signer *g = calloc(1, sizeof *g);
    if (!g) return NULL;
    stop_init();
    g->stem = sb_stemmer_new("english", NULL);
    if (!g->stem) {
        free(g);
        return NULL;
    }
    return g;
}

void kbm_signer_free(kbm_signer *g)
{
    if (!g) return;
    if (g->stem) sb_stemmer_delete(g->stem);
    free(g->set);
    free(g->elems);
    free(g->terms);
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
    if (cp >= 0x2000 && cp <= 0x206F) return 0; /* general punctuation: quotes, dashes */
    if (cp >= 0x3000 && cp <= 0x303F) return 0;
    if (cp == 0xFFFD || cp == 0xFEFF) return 0;
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
        if (cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == '\n' || cp == ';') *ss = 1;
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

static int has_digit(const word *w)
{
    for (size_t i = 0; i < w->n; i++)
        if (w->p[i] >= '0' && w->p[i] <= '9') return 1;
    return 0;
}

/* ---- story terms ------------------------------------------------------ */
static int terms_reset(kbm_signer *g, size_t want)
{
    size_t cap = cap_for(want);
    if (cap > g->terms_cap) {
        void *p = realloc(g->terms, cap * sizeof *g->terms);
        if (!p) return KB_ENOMEM;
        g->terms = p;
        g->terms_cap = cap;
    }
    memset(g->terms, 0, cap * sizeof *g->terms);
    g->n_terms = 0;
    return KB_OK;
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

static void add_term_word(kbm_signer *g, size_t tcap, const char *low, size_t n, uint32_t weight,
                          int name)
{
    if (n < 3 || is_stop(low)) return;
    const sb_symbol *st = sb_stemmer_stem(g->stem, (const sb_symbol *)low, (int)n);
    size_t sn = st ? (size_t)sb_stemmer_length(g->stem) : n;
    const char *s = st ? (const char *)st : low;
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

int kbm_sign(kbm_signer *g, const char *text, size_t len, const char *title, const char *date,
             kbm_sig *out)
{
    memset(out, 0, sizeof *out);
    out->day = kbm_day(date);
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
        lower_into(&w, low, sizeof low, &ln);
        uint64_t h = kbu_hash64(low, ln, 0x776f7264ULL);
        ch = mix64(ch ^ h) + 0x9e3779b97f4a7c15ULL;
        if (nw >= 2) set_add(g, scap, mix64(h1 * 3 + h2 * 0x100000001b3ULL) ^ h);
        h1 = h2;
        h2 = h;
        nw++;
        if (!has_digit(&w)) {
            int name = !w.sent_start && w.p[0] >= 'A' && w.p[0] <= 'Z' && w.n >= 2;
            add_term_word(g, tcap, low, ln, name ? 2 : 1, name);
        }
    }
    if (nw > 0 && nw < 3) set_add(g, scap, mix64(h1 * 3 + h2)); /* tiny texts: one shingle */
    out->chash = ch ^ nw;
    out->n_words = (uint32_t)g->n_elems;
    minhash(g->elems, g->n_elems, out->mw);

    /* pass 2: anchor bigrams */
    set_reset(g, maxw);
    pos = 0;
    ss = 1;
    uint64_t prev = 0;
    size_t na = 0;
    while (next_word(text, len, &pos, &ss, &w)) {
        uint64_t a;
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
            lower_into(&w, low, sizeof low, &ln);
            add_term_word(g, tcap, low, ln, 2, 0);
        }
    }
    /* keep the heaviest terms */
    size_t k = 0;
    for (size_t i = 0; i < tcap; i++)
        if (g->terms[i].h) g->terms[k++] = g->terms[i];
    qsort(g->terms, k, sizeof *g->terms, cmp_term_desc);
    if (k > KBM_TERMS) k = KBM_TERMS;
    uint32_t tmp[KBM_TERMS][2];
    for (size_t i = 0; i < k; i++) {
        double v = 16.0 * (1.0 + log((double)g->terms[i].w));
        tmp[i][0] = g->terms[i].h | g->terms[i].name;
        tmp[i][1] = v > 255 ? 255 : (uint32_t)(v + 0.5);
    }
    qsort(tmp, k, sizeof tmp[0], cmp_u32);
    out->n_terms = (uint32_t)k;
    for (size_t i = 0; i < k; i++) {
        out->term[i] = tmp[i][0];
        out->tw[i] = (uint8_t)tmp[i][1];
    }
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

double kbm_story_score(const kbm_sig *a, const kbm_sig *b)
{
    if (a->day != KBM_NODAY && b->day != KBM_NODAY) {
        int64_t d = (int64_t)a->day - b->day;
        if (d > KBM_STORY_DAYS || d < -KBM_STORY_DAYS) return 0;
    } else if ((a->day == KBM_NODAY) != (b->day == KBM_NODAY)) {
        return 0;
    }
    double dot = 0, na = 0, nb = 0;
    for (uint32_t i = 0; i < a->n_terms; i++)
        na += (double)a->tw[i] * a->tw[i];
    for (uint32_t i = 0; i < b->n_terms; i++)
        nb += (double)b->tw[i] * b->tw[i];
    uint32_t i = 0, j = 0, shared = 0, names = 0;
    while (i < a->n_terms && j < b->n_terms) {
        uint32_t x = a->term[i] >> 1, y = b->term[j] >> 1;
        if (x == y) {
            dot += (double)a->tw[i] * b->tw[j];
            shared++;
            names += ((a->term[i] | b->term[j]) & 1u) != 0;
            i++;
            j++;
        } else if (x < y) {
            i++;
        } else {
            j++;
        }
    }
    /* generic words alone ("police", "shooting", "hospital") do not make one
     * happening: a shared name (a place, a person, a group) is needed too */
    if (shared < 3 || names < 2 || na <= 0 || nb <= 0) return 0;
    double c = dot / sqrt(na * nb);
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
    return KB_OK;
}
