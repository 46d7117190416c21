/*
 * geo.c -- toponym recognition and resolution in context, and the place of a
 * span for the event coder.
 *
 * Recognition: capitalised word runs (up to six words, with "of", "de", ...
 * inside) are folded and looked up in the gazetteer, longest match first.
 * Cheap cues drop what is not a place: the supplement's stop words, a
 * sentence-initial word the article also uses in lower case, a word after a
 * title or a first name ("Mr. Jackson", "John Kerry"), abbreviations away
 * from a "Town, St." pattern, tiny places known only by an alternate name.
 *
 * Resolution: all mentions of one name share one reading. Each candidate gets
 * a prior (population, kind, capital/seat, name vs alternate name), then the
 * readings are refined a few rounds by the article's other places: the same
 * country, the same admin-1, nearby points, and "X, Y" containment
 * ("Peshawar, Khyber Pakhtunkhwa", "Dublin, Ohio"), and a soft vote of every
 * reading of the other names for their admin-1 units. Flags keep demonyms
 * ("Pakistani") and metonyms ("Islamabad said") apart from places proper.
 */
#include "annotate/geo.h"
#include <math.h>
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define MAXCAND 400
/* weights of the context: same country, same admin-1, nearby places */
#define W_C 3.0
#define W_A 2.0
#define W_N 2.0
#define W_S 1.0
#define MAXWORDS 6

typedef struct tok {
    uint32_t s, e;
    uint8_t cap, lower_fn; /* capitalised; a connecting lower-case word (of, de, ...) */
} tok;

typedef struct cand {
    uint32_t rec;
    uint8_t mt;
    double prior, score, bonus;
} cand;

typedef struct group { /* one distinct name of the document */
    char key[128];
    uint32_t c0, nc; /* candidates [c0, c0+nc) */
    int32_t best;    /* index into cands */
    double w, soft;
} group;

typedef struct wset {
    uint64_t *h;
    uint32_t *g; /* the generation that wrote h[i]; not gen: a free slot */
    size_t cap;
    uint32_t gen;
} wset;

struct kba_geo {
    const kba_gaz *g;
    kba_toponym *tops;
    size_t n, cap;
    tok *toks;
    size_t ntok, tokcap;
    cand *cands;
    size_t ncand, candcap;
    group *groups;
    size_t ngroup, groupcap;
    uint32_t *gof; /* group of each toponym */
    size_t gofcap;
    double *cw, *aw; /* country and admin-1 evidence */
    double *sw;      /* soft admin-1 evidence: every candidate's admin-1, by group */
    uint32_t *stamp; /* per admin-1: the last group that voted (distinct counting) */
    struct npt *pts;
    size_t npts, ptscap;
    uint32_t *ghash; /* group of a key hash, open addressing */
    size_t ghcap;
    size_t ncw, naw;
    struct lmemo *memo; /* the last lookups of the longest-match scan, across documents */
    wset sets[2];       /* kba_geo_find's people's names and lower-case words */
};

/* A memo of gazetteer lookups (one slot per key hash, the last key wins): the same
 * names come back article after article, and the index probes are cache misses. */
#define LMEMO_SLOTS 4096
typedef struct lmemo {
    const uint32_t *post;
    uint32_t n;
    uint8_t len; /* 0 = empty */
    char key[51];
} lmemo;

static int grow(void **p, size_t *cap, size_t need, size_t el)
{
    if (need <= *cap) return 0;
    size_t nc = *cap ? *cap : 64;
    while (nc < need)
        nc *= 2;
    void *q = realloc(*p, nc * el);
    if (!q) return -1;
    *p = q;
    *cap = nc;
    return 0;
}

kba_geo *kba_geo_new(const kba_gaz *g, kb_err *err)
{
    kba_geo *geo = calloc(1, sizeof *geo);
    if (!geo) {
        kb_err_set(err, KB_ENOMEM, "out of memory");
        return NULL;
    }
    geo->g = g;
    return geo;
}

void kba_geo_free(kba_geo *geo)
{
    if (!geo) return;
    free(geo->tops);
    free(geo->toks);
    free(geo->cands);
    free(geo->groups);
    free(geo->gof);
    free(geo->cw);
    free(geo->aw);
    free(geo->sw);
    free(geo->stamp);
    free(geo->pts);
    free(geo->ghash);
    free(geo->memo);
    for (int i = 0; i < 2; i++) {
        free(geo->sets[i].h);
        free(geo->sets[i].g);
    }
    free(geo);
}

/* ---- small text helpers ------------------------------------------------ */
/* ASCII letters and digits (isalnum in the C locale), one load a byte for tokenize's runs */
#define AN1(x) [(x)] = 1
#define AN2(x) AN1(x), AN1((x) + 1)
#define AN8(x) AN2(x), AN2((x) + 2), AN2((x) + 4), AN2((x) + 6)
#define AN26(x) AN8(x), AN8((x) + 8), AN8((x) + 16), AN2((x) + 24)
static const uint8_t ALNUM[256] = {AN8('0'), AN2('8'), AN26('A'), AN26('a')};
#undef AN26
#undef AN8
#undef AN2
#undef AN1
static inline int ascii_alnum(unsigned char c) { return ALNUM[c]; }

static int is_word_byte(const unsigned char *p, const unsigned char *e)
{
    if (*p < 0x80) return ascii_alnum(*p);
    utf8proc_int32_t cp;
    utf8proc_ssize_t l = utf8proc_iterate(p, e - p, &cp);
    if (l <= 0) return 0;
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_MC) || c == UTF8PROC_CATEGORY_ND;
}

static size_t cp_len(const unsigned char *p, const unsigned char *e)
{
    if (*p < 0x80) return 1;
    utf8proc_int32_t cp;
    utf8proc_ssize_t l = utf8proc_iterate(p, e - p, &cp);
    return l > 0 ? (size_t)l : 1;
}

static int is_upper_at(const unsigned char *p, const unsigned char *e)
{
    if (*p < 0x80) return *p >= 'A' && *p <= 'Z';
    utf8proc_int32_t cp;
    utf8proc_ssize_t l = utf8proc_iterate(p, e - p, &cp);
    return l > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

static int word_eq(const char *s, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != w[i]) return 0; /* also stops at the end of w */
    }
    return w[n] == 0;
}

static int scan_list(const char *s, size_t n, const char *const *list)
{
    if (!n) return 0; /* no list holds an empty word */
    char c0 = s[0] >= 'A' && s[0] <= 'Z' ? (char)(s[0] + 32) : s[0];
    for (; *list; list++) /* the first byte inline: most words differ there */
        if ((*list)[0] == c0 && word_eq(s, n, *list)) return 1;
    return 0;
}

static const char *const connectors[] = {
    "of",  "de", "del", "la", "le", "upon", "on",  "and", "the", "al",       "el", "es",
    "sur", "am", "an",  "da", "do", "dos",  "das", "di",  "du",  "des",      "y",  "en",
    "im",  "in", "i",   "e",  "ul", "ud",   "ur",  "los", "las", "\xc3\xa0", NULL};
/* ("\xc3\xa0" is "à" between hyphens: "Anse-à-Pitres") */
/* connectors[] as a set of packed keys (a word's bytes, A-Z folded as word_eq folds them, and
 * its length), built once: tokenize asks it for every short lower-case word. */
#define CONN_SLOTS 64
static uint64_t conn_set[CONN_SLOTS]; /* 0: empty (a key holds its length, never 0) */
static pthread_once_t conn_once = PTHREAD_ONCE_INIT;

static uint64_t conn_key(const char *s, size_t n) /* n <= 7 */
{
    uint64_t k = n;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        k |= (uint64_t)c << (8 * (i + 1));
    }
    return k;
}
static size_t conn_slot(uint64_t k) { return (size_t)((k * 0x9E3779B97F4A7C15ull) >> 58); }
static void conn_build(void)
{
    for (const char *const *w = connectors; *w; w++) {
        size_t i = conn_slot(conn_key(*w, strlen(*w)));
        while (conn_set[i]) i = (i + 1) & (CONN_SLOTS - 1);
        conn_set[i] = conn_key(*w, strlen(*w));
    }
}
/* in_list(s, n, connectors) for a word of at most 4 bytes (every connector is that short) */
static int is_connector(const char *s, size_t n)
{
    if (n == 0 || n > 4) return 0;
    pthread_once(&conn_once, conn_build);
    uint64_t k = conn_key(s, n);
    for (size_t i = conn_slot(k); conn_set[i]; i = (i + 1) & (CONN_SLOTS - 1))
        if (conn_set[i] == k) return 1;
    return 0;
}
static const char *const titles[] = {
    "mr",          "mrs",       "ms",          "miss",       "dr",         "sir",
    "gov",         "sen",       "rep",         "gen",        "col",        "capt",
    "lt",          "sgt",       "prof",        "president",  "minister",   "senator",
    "governor",    "mayor",     "judge",       "chief",      "officer",    "sheriff",
    "deputy",      "director",  "secretary",   "king",       "queen",      "prince",
    "princess",    "pope",      "coach",       "father",     "rev",        "pastor",
    "brother",     "sister",    "lord",        "lady",       "justice",    "commissioner",
    "detective",   "trooper",   "sergeant",    "lieutenant", "captain",    "colonel",
    "general",     "private",   "agent",       "attorney",   "councilman", "councilwoman",
    "assemblyman", "spokesman", "spokeswoman", "mrs",        "st",         "saint",
    "san",         "santa",     "fort",        "ft",         "mount",      "mt",
    "port",        "lake",      "cape",        NULL};
/* titles[] ends with words that make a following word part of a name ("St.", "San"),
 * checked separately: a match is never cut out of those. */
static const char *const name_prefixes[] = {
    "st",   "saint", "san", "santa", "fort",  "ft",   "mount", "mt",    "port",
    "lake", "cape",  "new", "north", "south", "east", "west",  "upper", "lower",
    "el",   "al",    "la",  "los",   "las",   "le",   "des",   "du",    NULL};
static const char *const qualifiers[] = {
    "northern",     "southern",     "eastern",      "western",  "central", "northeastern",
    "northwestern", "southeastern", "southwestern", "downtown", "greater", "rural",
    "suburban",     "metro",        "metropolitan", "coastal",  "outer",   "inner",
    "neighboring",  "neighbouring", "occupied",     "mainland", "upstate", "downstate",
    "north",        "south",        "east",         "west",     NULL};
static const char *const speech[] = {
    "said",     "says",    "say",       "has",      "have",      "had",        "will",
    "would",    "wants",   "wanted",    "accused",  "accuses",   "announced",  "announces",
    "warned",   "warns",   "condemned", "condemns", "denied",    "denies",     "claimed",
    "claims",   "urged",   "urges",     "rejected", "rejects",   "told",       "tells",
    "agreed",   "agrees",  "demanded",  "demands",  "insisted",  "insists",    "vowed",
    "vows",     "refused", "refuses",   "decided",  "decides",   "threatened", "threatens",
    "signed",   "signs",   "voted",     "votes",    "responded", "responds",   "believes",
    "believed", "sought",  "seeks",     "hopes",    "hoped",     "plans",      "planned",
    "pledged",  "pledges", "called",    "calls",    "asked",     "asks",       "is",
    "was",      "should",  "could",     "may",      "must",      "needs",      "did",
    "does",     NULL};
static const char *const preps[] = {
    "in",      "at",         "near",   "outside", "across", "inside",  "into",
    "around",  "from",       "to",     "of",      "on",     "towards", "toward",
    "through", "throughout", "within", "off",     "along",  "between", NULL};

/* the prepositions that put a place (not "to", "of", "from": "spoke to Ramos") */
static const char *const LOCATIVE[] = {"in", "at", "near", "outside", "inside", "around", "across", "through",
                                       "throughout", "within", "off", "along", NULL};

/* the last word of a body's name ("the Leh Apex Body", "the Kargil Democratic Alliance") */
static const char *const BODIES[] = {"body", "alliance", "association", "council", "committee", "front",
                                     "union", "movement", "party", "forum", "federation", "league",
                                     "coalition", "organisation", "organization", "society", NULL};

/* the last word of a building's or an institution's name ("Arawa General Hospital") */
static const char *const BUILDINGS[] = {"hospital", "university", "airport", "stadium", "college", "academy",
                                        "mosque", "cathedral", "prison", "barracks", NULL};

/* The lists above as sets of packed keys (a word's first 15 bytes, A-Z folded as word_eq
 * folds them, and its length), built once: in_list asks them about every capitalised pair
 * and place. Other lists, and longer words, are scanned. */
#define LSET_SLOTS 256
typedef struct lkey {
    uint64_t a, b; /* bytes 0-7; bytes 8-14 and the length in the top byte (never 0) */
} lkey;
static const char *const *const lset_list[] = {connectors, titles, name_prefixes, qualifiers, speech, preps};
#define N_LSETS (sizeof lset_list / sizeof *lset_list)
static lkey lset[N_LSETS][LSET_SLOTS];
static pthread_once_t lset_once = PTHREAD_ONCE_INIT;

static lkey lset_key(const char *s, size_t n) /* n <= 15 */
{
    lkey k = {0, (uint64_t)n << 56};
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        if (i < 8) k.a |= (uint64_t)c << (8 * i);
        else k.b |= (uint64_t)c << (8 * (i - 8));
    }
    return k;
}
static size_t lset_slot(lkey k)
{
    return (size_t)(((k.a * 0x9E3779B97F4A7C15ull) ^ (k.b * 0xC2B2AE3D27D4EB4Full)) >> 56);
}
static void lset_build(void)
{
    for (size_t l = 0; l < N_LSETS; l++)
        for (const char *const *w = lset_list[l]; *w; w++) {
            size_t n = strlen(*w);
            if (n > 15) continue; /* scanned: see in_list */
            lkey k = lset_key(*w, n);
            size_t i = lset_slot(k);
            while (lset[l][i].b) i = (i + 1) & (LSET_SLOTS - 1);
            lset[l][i] = k;
        }
}
static int in_list(const char *s, size_t n, const char *const *list)
{
    if (!n || n > 15) return scan_list(s, n, list);
    size_t l = 0;
    while (l < N_LSETS && lset_list[l] != list) l++;
    if (l == N_LSETS) return scan_list(s, n, list);
    pthread_once(&lset_once, lset_build);
    lkey k = lset_key(s, n);
    for (size_t i = lset_slot(k); lset[l][i].b; i = (i + 1) & (LSET_SLOTS - 1))
        if (lset[l][i].a == k.a && lset[l][i].b == k.b) return 1;
    return 0;
}

/* ---- tokens ------------------------------------------------------------ */
static int tokenize(kba_geo *geo, const char *text, size_t len)
{
    const unsigned char *b = (const unsigned char *)text, *e = b + len, *p = b;
    geo->ntok = 0;
    while (p < e) {
        if (*p < 0x80 && !ascii_alnum(*p)) { /* ASCII space and marks: no call */
            p++;
            continue;
        }
        if (!is_word_byte(p, e)) {
            p += cp_len(p, e);
            continue;
        }
        const unsigned char *s = p, *poss = NULL; /* (past a final 's: no token "s") */
        while (p < e) {
            while (p < e && ascii_alnum(*p)) p++; /* the run of ASCII letters and digits */
            if (p >= e) break;
            if (*p >= 0x80 && is_word_byte(p, e)) {
                p += cp_len(p, e);
                continue;
            }
            /* inner dots (U.S., N.Y.) and apostrophes (O'Hare), not a final 's */
            if (p + 1 < e && (*p == '.' || *p == '\'') && is_word_byte(p + 1, e)) {
                if (*p == '\'' && (p[1] == 's' || p[1] == 'S') &&
                    (p + 2 >= e || !is_word_byte(p + 2, e))) {
                    poss = p + 2;
                    break;
                }
                if (*p == '.' && !(p - s == 1 || (p - s >= 2 && p[-2] == '.'))) break;
                p++;
                continue;
            }
            if (p + 3 < e && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99 &&
                is_word_byte(p + 3, e)) {
                if ((p[3] == 's' || p[3] == 'S') && (p + 4 >= e || !is_word_byte(p + 4, e))) {
                    poss = p + 4;
                    break;
                }
                p += 3;
                continue;
            }
            break;
        }
        /* "U.S." keeps its final dot */
        if (p < e && *p == '.' && p - s >= 3 && p[-2] == '.')
            p++;
        else if (p < e && *p == '.' && p - s == 1 && is_upper_at(s, e))
            p++;
        if (grow((void **)&geo->toks, &geo->tokcap, geo->ntok + 1, sizeof(tok))) return KB_ENOMEM;
        tok *t = &geo->toks[geo->ntok++];
        t->s = (uint32_t)(s - b);
        t->e = (uint32_t)(p - b);
        t->cap = (uint8_t)is_upper_at(s, e);
        t->lower_fn = (uint8_t)(!t->cap && is_connector((const char *)s, (size_t)(p - s)));
        if (poss) p = poss;
    }
    return KB_OK;
}

/* ---- candidates -------------------------------------------------------- */
static const char *const strip_suffix[] = {
    " county",      " city",    " province",   " district", " state",  " region",
    " governorate", " oblast",  " prefecture", " township", " parish", " municipality",
    " area",        " village", " town",       NULL};

/* "Qusayr" for GeoNames' "Al Qusayr": a name the gazetteer has only with the Arabic article,
 * taken when every place of that name lies in an Arabic-speaking state (the Arab League's
 * members: where the article is part of the name); the candidate's strength still decides
 * (GeoNames' "El Hermel", population 0, is found here and not taken) */
static const uint32_t *arabic_article_lookup(const kba_gaz *g, const char *key, size_t kl, uint32_t *n)
{
    static const char *const ARAB[] = {"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT",
                                       "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
                                       NULL};
    char tmp[160];
    *n = 0;
    if (kl < 3 || kl + 3 >= sizeof tmp || memchr(key, ' ', kl)) return NULL;
    for (int a = 0; a < 2; a++) {
        memcpy(tmp, a ? "el " : "al ", 3);
        memcpy(tmp + 3, key, kl);
        uint32_t np = 0;
        const uint32_t *p = kba_gaz_lookup(g, tmp, kl + 3, &np);
        int arab = np > 0;
        for (uint32_t k = 0; k < np && arab; k++) {
            const kba_grec *r = kba_gaz_rec(g, p[k]);
            const char *iso = r ? kba_gaz_iso3(g, r->country) : NULL;
            int in = 0;
            for (int q = 0; iso && ARAB[q] && !in; q++) in = !strcmp(iso, ARAB[q]);
            arab = in;
        }
        if (arab) {
            *n = np;
            return p;
        }
    }
    return NULL;
}

static const uint32_t *lookup_variants(const kba_gaz *g, const char *text, uint32_t s, uint32_t e,
                                       char *key, size_t kcap, uint32_t *n)
{
    int kl = kba_fold(text + s, e - s, key, kcap);
    *n = 0;
    if (kl <= 0) return NULL;
    const uint32_t *p = kba_gaz_lookup(g, key, (size_t)kl, n);
    if (*n) return p;
    char tmp[160];
    /* "the Netherlands", "Pakistan's", "St Louis" */
    if (kl > 4 && !strncmp(key, "the ", 4)) {
        p = kba_gaz_lookup(g, key + 4, (size_t)kl - 4, n);
        if (*n) return p;
    }
    if (e - s > 2 && (text[e - 1] == 's') &&
        (text[e - 2] == '\'' || (e - s > 4 && (unsigned char)text[e - 2] == 0x99))) {
        p = kba_gaz_lookup(g, key, (size_t)kl - 1, n);
        if (*n) return p;
    }
    for (const char *const *sf = strip_suffix; *sf; sf++) {
        size_t sl = strlen(*sf);
        if ((size_t)kl > sl + 2 && !memcmp(key + kl - sl, *sf, sl)) {
            p = kba_gaz_lookup(g, key, (size_t)kl - sl, n);
            if (*n) return p;
        }
    }
    /* "Miami-Dade" -> "Miami-Dade County" */
    if ((size_t)kl + 7 < sizeof tmp) {
        memcpy(tmp, key, (size_t)kl);
        memcpy(tmp + kl, " county", 7);
        p = kba_gaz_lookup(g, tmp, (size_t)kl + 7, n);
        if (*n) return p;
    }
    /* "Southern California", "North London", "Greater Toronto" -> the place itself */
    static const char *const qual[] = {
        "north ",        "south ",        "east ",         "west ",
        "central ",      "northern ",     "southern ",     "eastern ",
        "western ",      "upper ",        "lower ",        "greater ",
        "downtown ",     "northeast ",    "northwest ",    "southeast ",
        "southwest ",    "northeastern ", "northwestern ", "southeastern ",
        "southwestern ", "metro ",        "rural ",        NULL};
    for (const char *const *q = qual; *q; q++) {
        size_t ql = strlen(*q);
        if ((size_t)kl > ql + 2 && !memcmp(key, *q, ql)) {
            p = lookup_variants(g, key + ql, 0, (uint32_t)((size_t)kl - ql), tmp, sizeof tmp, n);
            if (*n) return p;
            break;
        }
    }
    static const char *const pre[][2] = {{"st ", "saint "},
                                         {"saint ", "st "},
                                         {"ft ", "fort "},
                                         {"mt ", "mount "},
                                         {"mount ", "mt "}};
    for (size_t i = 0; i < sizeof pre / sizeof pre[0]; i++) {
        size_t a = strlen(pre[i][0]), bl = strlen(pre[i][1]);
        if ((size_t)kl > a && !memcmp(key, pre[i][0], a) && kl - a + bl < sizeof tmp) {
            memcpy(tmp, pre[i][1], bl);
            memcpy(tmp + bl, key + a, (size_t)kl - a);
            p = kba_gaz_lookup(g, tmp, (size_t)kl - a + bl, n);
            if (*n) return p;
        }
    }
    return arabic_article_lookup(g, key, (size_t)kl, n);
}

static double prior_of(const kba_grec *r, int mt)
{
    double p = log10((double)r->pop + 1.0);
    switch (r->kind) {
    case KBA_COUNTRY:
        p += mt == KBA_M_NAME ? 5.0 : 3.5;
        break;
    case KBA_ADM1:
        p += 1.5;
        break;
    case KBA_REGION:
        p += 4.0;
        break;
    case KBA_ADM2:
        p += 0.3;
        break;
    case KBA_POINT:
        p += 5.0;
        break;
    default:
        /* the news talks of big cities more than their size alone says */
        if (r->pop > 316228) p += (log10((double)r->pop) - 5.5) * 1.5;
        if (r->rank == 3)
            p += 2.5;
        else if (r->rank == 1)
            p += 0.8;
        else if (r->rank == 2)
            p += 0.3;
        else if (r->rank == 4)
            p -= 1.5;
        break;
    }
    if (mt == KBA_M_ALT) p -= 1.5;
    if (mt == KBA_M_ABBR) p -= 1.0; /* "Ga." is Georgia after "Town,"; the pair bonus says so */
    return p;
}

static double dist_km(double la1, double lo1, double la2, double lo2)
{
    const double r = 6371.0088, d = M_PI / 180.0;
    double p1 = la1 * d, p2 = la2 * d, dp = p2 - p1, dl = (lo2 - lo1) * d;
    double a = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2);
    if (a > 1) a = 1;
    return 2 * r * asin(sqrt(a));
}

/* ---- resolution -------------------------------------------------------- */
static int build_groups(kba_geo *geo, const char *text, kba_toponym *tops, size_t n)
{
    const kba_gaz *g = geo->g;
    geo->ngroup = geo->ncand = 0;
    if (grow((void **)&geo->gof, &geo->gofcap, n + 1, sizeof(uint32_t))) return KB_ENOMEM;
    size_t hc = 64;
    while (hc < 2 * n + 16)
        hc <<= 1;
    if (hc > geo->ghcap) {
        free(geo->ghash);
        geo->ghash = malloc(hc * sizeof(uint32_t));
        if (!geo->ghash) {
            geo->ghcap = 0;
            return KB_ENOMEM;
        }
        geo->ghcap = hc;
    }
    memset(geo->ghash, 0, hc * sizeof(uint32_t)); /* this call uses hc slots */
    for (size_t i = 0; i < n; i++) {
        char key[128];
        uint32_t np;
        const uint32_t *post =
            lookup_variants(g, text, tops[i].start, tops[i].end, key, sizeof key, &np);
        size_t gi = geo->ngroup;
        uint64_t h = kbu_hash64(key, strlen(key), 5);
        size_t slot = h & (hc - 1);
        for (; geo->ghash[slot]; slot = (slot + 1) & (hc - 1))
            if (!strcmp(geo->groups[geo->ghash[slot] - 1].key, key)) {
                gi = geo->ghash[slot] - 1;
                break;
            }
        if (gi == geo->ngroup) {
            geo->ghash[slot] = (uint32_t)gi + 1;
            if (grow((void **)&geo->groups, &geo->groupcap, gi + 1, sizeof(group)))
                return KB_ENOMEM;
            group *gr = &geo->groups[gi];
            memcpy(gr->key, key, sizeof key);
            gr->c0 = (uint32_t)geo->ncand;
            gr->nc = 0;
            gr->best = -1;
            gr->w = 0;
            geo->ngroup++;
            if (np > MAXCAND) np = MAXCAND;
            if (grow((void **)&geo->cands, &geo->candcap, geo->ncand + np, sizeof(cand)))
                return KB_ENOMEM;
            for (uint32_t k = 0; k < np; k++) {
                const kba_grec *r = kba_gaz_rec(g, post[k] >> 2);
                if (!r || isnan(r->lat) || isnan(r->lon)) continue;
                cand *c = &geo->cands[geo->ncand++];
                c->rec = post[k] >> 2;
                c->mt = (uint8_t)(post[k] & 3);
                c->prior = prior_of(r, c->mt);
                c->score = c->prior;
                c->bonus = 0;
                gr->nc++;
            }
            /* a district named after its town: the name means the town ("Mardan") */
            for (uint32_t x = 0; x < gr->nc; x++) {
                cand *cx = &geo->cands[gr->c0 + x];
                const kba_grec *rx = kba_gaz_rec(g, cx->rec);
                if (rx->kind != KBA_ADM2) continue;
                for (uint32_t y = 0; y < gr->nc; y++) {
                    const kba_grec *ry = kba_gaz_rec(g, geo->cands[gr->c0 + y].rec);
                    if (ry->kind == KBA_CITY && kba_gaz_within(g, ry, rx)) {
                        cx->prior -= 2.0;
                        break;
                    }
                }
            }
        }
        geo->gof[i] = (uint32_t)gi;
        geo->groups[gi].w += 1;
    }
    return KB_OK;
}

/* gap between two spans is ", " / " (" / ", the state of " ... */
static int comma_pair(const char *text, uint32_t e1, uint32_t s2)
{
    if (s2 <= e1 || s2 - e1 > 4) return 0;
    int comma = 0;
    for (uint32_t k = e1; k < s2; k++) {
        char c = text[k];
        if (c == ',' || c == '(')
            comma++;
        else if (c != ' ')
            return 0;
    }
    return comma == 1;
}

static void pair_bonus(kba_geo *geo, const char *text, kba_toponym *tops, size_t n)
{
    const kba_gaz *g = geo->g;
    for (size_t i = 0; i + 1 < n; i++) {
        if (!comma_pair(text, tops[i].end, tops[i + 1].start)) continue;
        group *a = &geo->groups[geo->gof[i]], *b = &geo->groups[geo->gof[i + 1]];
        if (a == b) continue;
        for (uint32_t x = 0; x < a->nc; x++) {
            cand *ca = &geo->cands[a->c0 + x];
            const kba_grec *ra = kba_gaz_rec(g, ca->rec);
            for (uint32_t y = 0; y < b->nc; y++) {
                cand *cb = &geo->cands[b->c0 + y];
                const kba_grec *rb = kba_gaz_rec(g, cb->rec);
                if (kba_gaz_within(g, ra, rb)) {
                    if (ca->bonus < 6) ca->bonus = 6;
                    if (cb->bonus < 3) cb->bonus = 3;
                }
            }
        }
    }
}

static int evidence_alloc(kba_geo *geo)
{
    size_t nc = 1024, na = 65536;
    if (!geo->cw) {
        geo->cw = calloc(nc, sizeof(double));
        geo->aw = calloc(na, sizeof(double));
        geo->sw = calloc(na, sizeof(double));
        geo->stamp = calloc(na, sizeof(uint32_t));
        if (!geo->cw || !geo->aw || !geo->sw || !geo->stamp) return KB_ENOMEM;
        geo->ncw = nc;
        geo->naw = na;
    }
    return KB_OK;
}

/* Points chosen this round, sorted by latitude, for the nearby-places term. */
typedef struct npt {
    float lat, lon;
    const kba_grec *r;
    uint32_t group;
} npt;

static int npt_cmp(const void *a, const void *b)
{
    float x = ((const npt *)a)->lat, y = ((const npt *)b)->lat;
    return (x > y) - (x < y);
}

static int collect_points(kba_geo *geo)
{
    const kba_gaz *g = geo->g;
    geo->npts = 0;
    if (grow((void **)&geo->pts, &geo->ptscap, geo->ngroup + 1, sizeof(npt))) return KB_ENOMEM;
    npt *P = geo->pts;
    for (size_t gj = 0; gj < geo->ngroup; gj++) {
        if (geo->groups[gj].best < 0) continue;
        const kba_grec *o = kba_gaz_rec(g, geo->cands[geo->groups[gj].best].rec);
        if (o->kind != KBA_CITY && o->kind != KBA_POINT && o->kind != KBA_ADM2) continue;
        P[geo->npts].lat = o->lat;
        P[geo->npts].lon = o->lon;
        P[geo->npts].r = o;
        P[geo->npts].group = (uint32_t)gj;
        geo->npts++;
    }
    qsort(P, geo->npts, sizeof *P, npt_cmp);
    return KB_OK;
}

/* Sum over the other names' chosen points within 150 km of r of (1 - d/150);
 * at most 64 points looked at. */
static double near_sum(const kba_geo *geo, const kba_grec *r, size_t gi)
{
    const npt *P = geo->pts;
    size_t lo = 0, hi = geo->npts;
    float from = r->lat - 1.5f;
    while (lo < hi) {
        size_t m = (lo + hi) / 2;
        if (P[m].lat < from)
            lo = m + 1;
        else
            hi = m;
    }
    double near = 0;
    int seen = 0;
    for (size_t k = lo; k < geo->npts && P[k].lat <= r->lat + 1.5f && seen < 64; k++) {
        if (P[k].group == gi || P[k].r == r)
            continue; /* "Mexico City" is no evidence that "Mexico" is it */
        seen++;
        double d = dist_km(r->lat, r->lon, P[k].lat, P[k].lon);
        if (d < 150) near += 1.0 - d / 150;
    }
    return near;
}

/* A small town, the one reading of its name, in a country nothing else in the text lies in,
 * while three other names or more lie in one other country ("the village of Denia" in a report
 * on Cyprus is no Spanish town: the gazetteer lacks the Cypriot one): no place. */
static void drop_strays(kba_geo *geo)
{
    const kba_gaz *g = geo->g;
    double top = 0; /* (the most names any one country holds) */
    for (size_t gi = 0; gi < geo->ngroup; gi++) {
        const group *gr = &geo->groups[gi];
        if (gr->best < 0) continue;
        const kba_grec *r = kba_gaz_rec(g, geo->cands[gr->best].rec);
        if (r->country && r->country < geo->ncw && ++geo->cw[r->country] > top) top = geo->cw[r->country];
    }
    for (size_t gi = 0; top >= 3 && gi < geo->ngroup; gi++) {
        group *gr = &geo->groups[gi];
        if (gr->best < 0 || gr->nc != 1) continue;
        const kba_grec *r = kba_gaz_rec(g, geo->cands[gr->best].rec);
        if ((r->kind == KBA_CITY || r->kind == KBA_POINT) && r->rank != 3 && r->pop < 100000 && r->country &&
            r->country < geo->ncw && geo->cw[r->country] == 1)
            gr->best = -1;
    }
    for (size_t gi = 0; gi < geo->ngroup; gi++) {
        const group *gr = &geo->groups[gi];
        for (uint32_t k = 0; k < gr->nc; k++) {
            const kba_grec *r = kba_gaz_rec(g, geo->cands[gr->c0 + k].rec);
            if (r->country < geo->ncw) geo->cw[r->country] = 0;
        }
    }
}

static void resolve_groups(kba_geo *geo)
{
    const kba_gaz *g = geo->g;
    /* initial choice: the best prior (+ pair bonus) */
    for (size_t gi = 0; gi < geo->ngroup; gi++) {
        group *gr = &geo->groups[gi];
        gr->best = -1;
        double bs = -1e9;
        for (uint32_t k = 0; k < gr->nc; k++) {
            cand *c = &geo->cands[gr->c0 + k];
            c->score = c->prior + c->bonus;
            if (c->score > bs) {
                bs = c->score;
                gr->best = (int32_t)(gr->c0 + k);
            }
        }
    }
    /* soft evidence: each name votes for the admin-1 units its readings lie in,
     * 1/sqrt(k) each when they lie in k units ("Paris" and "Henry County" both
     * have a reading in Tennessee) */
    for (size_t gi = 0; gi < geo->ngroup; gi++) {
        group *gr = &geo->groups[gi];
        uint32_t k = 0, mark = (uint32_t)gi + 1;
        for (uint32_t x = 0; x < gr->nc; x++) {
            const kba_grec *r = kba_gaz_rec(g, geo->cands[gr->c0 + x].rec);
            if (!r->adm1 || r->adm1 >= geo->naw || geo->stamp[r->adm1] == mark) continue;
            geo->stamp[r->adm1] = mark;
            k++;
        }
        gr->soft = k ? 1.0 / sqrt((double)k) : 0;
        for (uint32_t x = 0; x < gr->nc; x++) {
            const kba_grec *r = kba_gaz_rec(g, geo->cands[gr->c0 + x].rec);
            if (!r->adm1 || r->adm1 >= geo->naw || geo->stamp[r->adm1] != mark) continue;
            geo->stamp[r->adm1] = 0; /* counted once */
            geo->sw[r->adm1] += gr->soft;
        }
    }
    for (int round = 0; round < 3; round++) {
        if (collect_points(geo)) return;
        /* evidence from the current choices */
        for (size_t gi = 0; gi < geo->ngroup; gi++) {
            group *gr = &geo->groups[gi];
            if (gr->best < 0) continue;
            const kba_grec *r = kba_gaz_rec(g, geo->cands[gr->best].rec);
            double w = 1.0 + 0.25 * log(gr->w);
            if (r->country && r->country < geo->ncw) geo->cw[r->country] += w;
            if (r->adm1 && r->adm1 < geo->naw) geo->aw[r->adm1] += w;
        }
        for (size_t gi = 0; gi < geo->ngroup; gi++) {
            group *gr = &geo->groups[gi];
            if (gr->nc < 2) continue;
            const kba_grec *cur = gr->best >= 0 ? kba_gaz_rec(g, geo->cands[gr->best].rec) : NULL;
            double selfw = 1.0 + 0.25 * log(gr->w);
            double bs = -1e9;
            int32_t best = gr->best;
            for (uint32_t k = 0; k < gr->nc; k++) {
                cand *c = &geo->cands[gr->c0 + k];
                const kba_grec *r = kba_gaz_rec(g, c->rec);
                double ec = r->country && r->country < geo->ncw ? geo->cw[r->country] : 0;
                double ea = r->adm1 && r->adm1 < geo->naw ? geo->aw[r->adm1] : 0;
                if (cur && cur->country == r->country) ec -= selfw;
                if (cur && cur->adm1 && cur->adm1 == r->adm1) ea -= selfw;
                if (ec < 0) ec = 0;
                if (ea < 0) ea = 0;
                double near = 0;
                if (r->kind == KBA_CITY || r->kind == KBA_POINT || r->kind == KBA_ADM2)
                    near = near_sum(geo, r, gi);
                double es = r->adm1 && r->adm1 < geo->naw ? geo->sw[r->adm1] - gr->soft : 0;
                if (es < 0) es = 0;
                c->score = c->prior + c->bonus + W_C * log1p(ec) + W_A * log1p(ea) +
                           W_N * log1p(near) + W_S * log1p(es);
                if (c->score > bs) {
                    bs = c->score;
                    best = (int32_t)(gr->c0 + k);
                }
            }
            gr->best = best;
        }
        /* clear the evidence touched */
        for (size_t gi = 0; gi < geo->ngroup; gi++)
            for (uint32_t k = 0; k < geo->groups[gi].nc; k++) {
                const kba_grec *r = kba_gaz_rec(g, geo->cands[geo->groups[gi].c0 + k].rec);
                if (r->country < geo->ncw) geo->cw[r->country] = 0;
                if (r->adm1 < geo->naw) geo->aw[r->adm1] = 0;
            }
    }
    for (size_t gi = 0; gi < geo->ngroup; gi++)
        for (uint32_t k = 0; k < geo->groups[gi].nc; k++) {
            const kba_grec *r = kba_gaz_rec(g, geo->cands[geo->groups[gi].c0 + k].rec);
            if (r->adm1 < geo->naw) geo->sw[r->adm1] = 0;
        }
    drop_strays(geo);
}

static void set_flags(kba_geo *geo, const char *text, size_t len, kba_toponym *t, const cand *c)
{
    const kba_grec *r = kba_gaz_rec(geo->g, c->rec);
    if (c->mt == KBA_M_DEMONYM) t->flags |= KBA_T_DEMONYM;
    /* the next word: a verb of saying/deciding after a country or capital = the government */
    size_t p = t->end;
    while (p < len && text[p] == ' ')
        p++;
    size_t q = p;
    while (q < len && ((text[q] >= 'a' && text[q] <= 'z')))
        q++;
    if (q > p && p > t->end && in_list(text + p, q - p, speech) &&
        (r->kind == KBA_COUNTRY || (r->kind == KBA_CITY && r->rank == 3)))
        t->flags |= KBA_T_METONYM;
    /* the previous word: a preposition */
    size_t s = t->start;
    while (s > 0 && text[s - 1] == ' ')
        s--;
    if (s > 0 && text[s - 1] == ',') {
        /* "in Peshawar, Khyber Pakhtunkhwa": inherits nothing, but not a modifier */
    }
    size_t w = s;
    while (w > 0 && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') ||
                     (text[w - 1] >= 'A' && text[w - 1] <= 'Z')))
        w--;
    if (w < s && s < t->start && in_list(text + w, s - w, preps)) t->flags |= KBA_T_PREP;
    /* "the Kabul police", "Texas Rangers": followed by a capitalised or lower-case noun */
    if (q > p && p == t->end + 1 && !(t->flags & KBA_T_METONYM) &&
        !in_list(text + p, q - p, connectors) && !in_list(text + p, q - p, speech) &&
        !(t->flags & KBA_T_PREP) && r->kind != KBA_CITY)
        t->flags |= KBA_T_MODIFIER;
}

int kba_geo_resolve(kba_geo *geo, const char *text, size_t len, kba_toponym *tops, size_t n)
{
    if (!geo || !geo->g) return KB_EUSAGE;
    if (evidence_alloc(geo)) return KB_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        if (tops[i].end > len || tops[i].start > tops[i].end) return KB_EUSAGE;
        tops[i].rec = -1;
        tops[i].flags = 0;
        tops[i].score = 0;
    }
    if (build_groups(geo, text, tops, n)) return KB_ENOMEM;
    pair_bonus(geo, text, tops, n);
    resolve_groups(geo);
    for (size_t i = 0; i < n; i++) {
        group *gr = &geo->groups[geo->gof[i]];
        if (gr->best < 0) continue;
        cand *c = &geo->cands[gr->best];
        tops[i].rec = (int32_t)c->rec;
        tops[i].score = c->score;
        set_flags(geo, text, len, &tops[i], c);
    }
    return KB_OK;
}

/* ---- recognition ------------------------------------------------------- */
/* Sets of words of this article (hashes of folded words): people's names
 * ("David Jones" marks both) and words used in lower case. At least twice the
 * number of tokens, so lookups stay O(1) on any text. The geo keeps them from one
 * article to the next: a slot is in use when its generation is the article's, so
 * a new article starts with none in use without clearing them. */
static int wset_init(wset *w, size_t n)
{
    size_t cap = 64;
    while (cap < 2 * n + 16)
        cap <<= 1;
    if (cap > w->cap || w->gen == UINT32_MAX) {
        if (cap < w->cap) cap = w->cap;
        free(w->h);
        free(w->g);
        w->h = malloc(cap * sizeof *w->h);
        w->g = calloc(cap, sizeof *w->g); /* generation 0: free */
        w->cap = w->h && w->g ? cap : 0;
        w->gen = 0;
        if (!w->cap) return -1;
    }
    w->gen++;
    return 0;
}

/* FNV-1a over a word (most are a few bytes: cheaper than kbu_hash64 there) */
#define WSET_BASIS 0xcbf29ce484222325ULL
static inline uint64_t wset_step(uint64_t h, unsigned char c) { return (h ^ c) * 0x100000001b3ULL; }
static inline uint64_t wset_final(uint64_t h) { return h ^ (h >> 32); }
static uint64_t wset_hash(const char *k, size_t n)
{
    uint64_t h = WSET_BASIS;
    for (size_t i = 0; i < n; i++) h = wset_step(h, (unsigned char)k[i]);
    return wset_final(h);
}

static void wset_put(wset *w, uint64_t h)
{
    for (size_t i = h & (w->cap - 1), s = 0; s < w->cap; i = (i + 1) & (w->cap - 1), s++) {
        if (w->g[i] != w->gen) {
            w->g[i] = w->gen;
            w->h[i] = h;
            return;
        }
        if (w->h[i] == h) return;
    }
}

static void wset_add(wset *w, const char *k, size_t n) { wset_put(w, wset_hash(k, n)); }

static int wset_has(const wset *w, const char *k, size_t n)
{
    uint64_t h = wset_hash(k, n);
    for (size_t i = h & (w->cap - 1), s = 0; s < w->cap; i = (i + 1) & (w->cap - 1), s++) {
        if (w->g[i] != w->gen) return 0;
        if (w->h[i] == h) return 1;
    }
    return 0;
}

/* Does the article use this word in lower case somewhere ("Will", "Reading")? */
static int used_lower(const wset *lower, const char *w, size_t n)
{
    char k[96];
    if (n > 80) return 0;
    int kl = kba_fold(w, n, k, sizeof k);
    return kl > 0 && wset_has(lower, k, (size_t)kl);
}

static int sentence_initial(const char *text, uint32_t s)
{
    size_t p = s;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '"' || text[p - 1] == '\'' ||
                     text[p - 1] == '(' || (unsigned char)text[p - 1] == 0x9c ||
                     (unsigned char)text[p - 1] == 0x80 || (unsigned char)text[p - 1] == 0xe2))
        p--;
    if (p == 0) return 1;
    char c = text[p - 1];
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '-';
}

static int gap_ok(const char *text, uint32_t e, uint32_t s)
{
    if (s == e + 1 && (text[e] == ' ' || text[e] == '-')) return 1;
    /* (a possessive inside a name: "Mohale's Hoek", "Qacha’s Nek") */
    if (s == e + 3 && text[e] == '\'' && text[e + 1] == 's' && text[e + 2] == ' ') return 1;
    if (s == e + 5 && (unsigned char)text[e] == 0xE2 && (unsigned char)text[e + 1] == 0x80 &&
        (unsigned char)text[e + 2] == 0x99 && text[e + 3] == 's' && text[e + 4] == ' ')
        return 1;
    return 0;
}

/* What the candidates of a name are worth: 0 none usable, 1 weak (only small
 * towns or alternate names), 2 a real place name, 3 strong (a country, an
 * admin-1 unit, a region, a city of a million). */
static int cands_strength(const kba_gaz *g, const uint32_t *post, uint32_t np, int single,
                          int after_comma, int allcaps, int short_word)
{
    uint32_t best_pop = 0, name_pop = 0;
    int any = 0, strong = 0, named = 0;
    for (uint32_t k = 0; k < np && k < MAXCAND; k++) {
        const kba_grec *r = kba_gaz_rec(g, post[k] >> 2);
        int mt = post[k] & 3;
        if (!r || isnan(r->lat)) continue;
        if (mt == KBA_M_ABBR && !after_comma && single) continue;
        if (allcaps && single && mt == KBA_M_ALT) continue;
        any = 1;
        if (mt != KBA_M_ALT) {
            named = 1;
            if (r->pop > name_pop) name_pop = r->pop;
            if (r->kind == KBA_COUNTRY || r->kind == KBA_ADM1 || r->kind == KBA_REGION ||
                r->kind == KBA_POINT || r->pop >= 1000000)
                strong = 1;
        } else if (r->kind == KBA_ADM1) {
            /* a province named without its unit word ("Zamfara"): a real place name, not a
             * strong one (it may be a person's: "Flores") */
            named = 1;
            if (name_pop < 5000) name_pop = 5000;
        }
        if (r->pop > best_pop) best_pop = r->pop;
    }
    if (!any) return 0;
    if (strong) return 3;
    if (named) return name_pop >= 5000 || !single ? 2 : 1;
    /* known only by an alternate name: a big place or nothing ("Tom", "Joe", "Inc") */
    return best_pop >= 500000 && !(single && short_word) ? 2 : 0;
}

static uint32_t max_pop(const kba_gaz *g, const uint32_t *post, uint32_t np)
{
    uint32_t m = 0;
    for (uint32_t k = 0; k < np && k < MAXCAND; k++) {
        const kba_grec *r = kba_gaz_rec(g, post[k] >> 2);
        if (r && r->pop > m) m = r->pop;
    }
    return m;
}

static int fold_tok(const char *text, const tok *t, char *k, size_t cap)
{
    size_t n = t->e - t->s;
    if (n && text[t->s + n - 1] == '.') n--;
    return kba_fold(text + t->s, n, k, cap);
}

/* kba_gaz_lookup through the memo (keys of up to 50 bytes; the index is read-only, so a
 * remembered answer is the index's answer) */
static const uint32_t *memo_lookup(kba_geo *geo, const char *key, size_t kl, uint32_t *n)
{
    if (kl == 0 || kl >= sizeof ((lmemo *)0)->key) return kba_gaz_lookup(geo->g, key, kl, n);
    if (!geo->memo && !(geo->memo = calloc(LMEMO_SLOTS, sizeof *geo->memo))) return kba_gaz_lookup(geo->g, key, kl, n);
    lmemo *m = &geo->memo[wset_hash(key, kl) & (LMEMO_SLOTS - 1)];
    if (m->len == kl && !memcmp(m->key, key, kl)) {
        *n = m->n;
        return m->post;
    }
    const uint32_t *p = kba_gaz_lookup(geo->g, key, kl, n);
    m->post = p;
    m->n = *n;
    m->len = (uint8_t)kl;
    memcpy(m->key, key, kl);
    return p;
}

/* The strongest reading of a word alone: 0 no place, else cands_strength. */
static int word_strength(kba_geo *geo, const char *text, const tok *t)
{
    char k[96];
    int kl = fold_tok(text, t, k, sizeof k);
    if (kl <= 0) return 0;
    uint32_t np;
    const uint32_t *p = memo_lookup(geo, k, (size_t)kl, &np);
    return np ? cands_strength(geo->g, p, np, 1, 0, 0, t->e - t->s <= 3) : 0;
}

static int is_contraction(const char *w, size_t n)
{
    static const char *const ends[] = {"'re",
                                       "'ve",
                                       "'ll",
                                       "'d",
                                       "'m",
                                       "n't",
                                       "\xe2\x80\x99"
                                       "re",
                                       "\xe2\x80\x99"
                                       "ve",
                                       "\xe2\x80\x99"
                                       "ll",
                                       "\xe2\x80\x99"
                                       "d",
                                       "\xe2\x80\x99"
                                       "m",
                                       "n\xe2\x80\x99"
                                       "t",
                                       NULL};
    /* every ending ends in e, l, d, m or t */
    char last = n ? w[n - 1] : 0;
    if (last != 'e' && last != 'l' && last != 'd' && last != 'm' && last != 't') return 0;
    for (const char *const *e = ends; *e; e++) {
        size_t l = strlen(*e);
        if (n > l && !memcmp(w + n - l, *e, l)) return 1;
    }
    return 0;
}

static int all_caps(const char *w, size_t n)
{
    int up = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] >= 'a' && w[i] <= 'z') return 0;
        if (w[i] >= 'A' && w[i] <= 'Z') up++;
    }
    return up >= 2;
}

static int next_word_in(const char *text, size_t len, uint32_t e, const char *const *list)
{
    size_t p = e;
    if (p < len && text[p] == ',') return 0;
    while (p < len && text[p] == ' ')
        p++;
    size_t q = p;
    while (q < len && text[q] >= 'a' && text[q] <= 'z')
        q++;
    return q > p && p > e && in_list(text + p, q - p, list);
}

static int prev_word_in(const char *text, uint32_t s, const char *const *list)
{
    size_t p = s;
    while (p > 0 && text[p - 1] == ' ')
        p--;
    size_t w = p;
    while (w > 0 && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') ||
                     (text[w - 1] >= 'A' && text[w - 1] <= 'Z')))
        w--;
    return w < p && p < s && in_list(text + w, p - w, list);
}

static const char *const said[] = {"said",      "says",     "told",  "added",    "explained",
                                   "noted",     "stated",   "wrote", "recalled", "argued",
                                   "testified", "admitted", "asked", NULL};

int kba_geo_find(kba_geo *geo, const char *text, size_t len, kba_toponym **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    if (!geo || !geo->g || !text) return KB_EUSAGE;
    const kba_gaz *g = geo->g;
    if (tokenize(geo, text, len)) return KB_ENOMEM;
    geo->n = 0;
    tok *T = geo->toks;
    size_t nt = geo->ntok;
    wset *pset = &geo->sets[0], *lower = &geo->sets[1];
    if (wset_init(pset, nt) || wset_init(lower, nt)) return KB_ENOMEM;
    for (size_t i = 0; i < nt; i++) {
        if (T[i].cap || T[i].e - T[i].s > 80) continue;
        const char *w = text + T[i].s;
        size_t wl = T[i].e - T[i].s, j = 0;
        uint64_t h = WSET_BASIS; /* hashed while checked */
        while (j < wl && w[j] >= 'a' && w[j] <= 'z')
            h = wset_step(h, (unsigned char)w[j++]);
        if (j == wl) { /* already its own key */
            wset_put(lower, wset_final(h));
            continue;
        }
        char k[96];
        int kl = kba_fold(w, wl, k, sizeof k);
        if (kl > 0) wset_add(lower, k, (size_t)kl);
    }
    /* people: "David Jones", "Mr. Jones" mark their words as names in this article */
    for (size_t i = 0; i + 1 < nt; i++) {
        if (!T[i].cap || !T[i + 1].cap || !gap_ok(text, T[i].e, T[i + 1].s) || text[T[i].e] != ' ')
            continue;
        const char *w = text + T[i].s;
        size_t wl = T[i].e - T[i].s;
        if (wl && w[wl - 1] == '.') wl--;
        char k1[96], k2[96];
        int l1 = fold_tok(text, &T[i], k1, sizeof k1),
            l2 = fold_tok(text, &T[i + 1], k2, sizeof k2);
        if (l1 <= 0 || l2 <= 0) continue;
        /* "the Leh Apex Body", "the Kargil Democratic Alliance", "Arawa General Hospital": a
         * name that a body's or a building's word ends is an organisation's, not a person's */
        int the = i > 0 && T[i - 1].e + 1 == T[i].s && word_eq(text + T[i - 1].s, T[i - 1].e - T[i - 1].s, "the");
        if (the && in_list(text + T[i + 1].s, T[i + 1].e - T[i + 1].s, BODIES)) continue;
        /* (the building's word a few names on: "Kabale Regional Referral Hospital") */
        int org = 0;
        for (size_t k = i + 2; k < nt && k <= i + 4 && !org; k++) {
            if (!T[k].cap || text[T[k - 1].e] != ' ' || T[k - 1].e + 1 != T[k].s) break;
            org = in_list(text + T[k].s, T[k].e - T[k].s, BUILDINGS) ||
                  (the && in_list(text + T[k].s, T[k].e - T[k].s, BODIES));
        }
        if (org) continue;
        if (in_list(w, wl, titles) && !in_list(w, wl, name_prefixes)) {
            wset_add(pset, k2, (size_t)l2);
            continue;
        }
        if (kba_gaz_is_stop(g, k1, (size_t)l1) || kba_gaz_is_stop(g, k2, (size_t)l2)) continue;
        if (in_list(w, wl, qualifiers) || all_caps(w, wl)) continue;
        /* the pair itself a place ("New York", "Los Angeles")? */
        char kp[200];
        int lp = kba_fold(text + T[i].s, T[i + 1].e - T[i].s, kp, sizeof kp);
        uint32_t np;
        if (lp > 0 && memo_lookup(geo, kp, (size_t)lp, &np) && np) continue;
        if (word_strength(geo, text, &T[i]) >= 3 || word_strength(geo, text, &T[i + 1]) >= 3) continue;
        wset_add(pset, k1, (size_t)l1);
        wset_add(pset, k2, (size_t)l2);
    }
    int prev_place_end = -1; /* token index of the end of the last accepted place */
    for (size_t i = 0; i < nt; i++) {
        if (!T[i].cap) continue;
        /* longest match starting here */
        size_t best_j = SIZE_MAX;
        uint32_t best_np = 0;
        const uint32_t *best_post = NULL;
        char key[160];
        /* "al-Qusayr", "el-Fasher": the article's lower-case "al-" is part of the name
         * ("Al Qusayr"), tried first */
        int al = i > 0 && T[i - 1].e + 1 == T[i].s && text[T[i - 1].e] == '-' && T[i - 1].e - T[i - 1].s == 2 &&
                 (!memcmp(text + T[i - 1].s, "al", 2) || !memcmp(text + T[i - 1].s, "el", 2));
        uint32_t s0 = T[i].s;
        for (int pass = al ? 0 : 1; pass < 2 && best_j == SIZE_MAX; pass++) {
            s0 = pass ? T[i].s : T[i - 1].s;
            for (size_t j = i; j < nt && j < i + MAXWORDS; j++) {
                if (j > i && !gap_ok(text, T[j - 1].e, T[j].s)) break;
                if (!T[j].cap && !T[j].lower_fn) break;
                if (!T[j].cap) continue;
                int kl = kba_fold(text + s0, T[j].e - s0, key, sizeof key);
                if (kl <= 0) continue;
                uint32_t np;
                const uint32_t *post = memo_lookup(geo, key, (size_t)kl, &np);
                if (np) {
                    best_j = j;
                    best_np = np;
                    best_post = post;
                }
            }
        }
        if (best_j == SIZE_MAX) {
            int kl = kba_fold(text + T[i].s, T[i].e - T[i].s, key, sizeof key);
            uint32_t np = 0;
            const uint32_t *post = kl > 0 ? arabic_article_lookup(g, key, (size_t)kl, &np) : NULL;
            if (np) best_j = i, best_np = np, best_post = post;
        }
        if (best_j == SIZE_MAX) continue;
        int single = best_j == i;
        uint32_t s = s0, e = T[best_j].e;
        const char *w = text + s;
        size_t wl = T[i].e - T[i].s;
        int after_comma = i > 0 && comma_pair(text, T[i - 1].e, s) && prev_place_end == (int)i - 1;
        int caps = all_caps(w, wl);
        int st = cands_strength(g, best_post, best_np, single, after_comma, caps, wl <= 3);
        /* a town of 10,000 known only by another spelling, where the words put a place ("in
         * Khorog", GeoNames' Khorugh): a weak name */
        if (!st && single && !caps && wl > 3 && prev_word_in(text, s, LOCATIVE) && max_pop(g, best_post, best_np) >= 10000)
            st = 1;
        if (!st) continue;
        if (caps && single && st < 3 && wl <= 5) continue; /* "NATO", "ISI": acronyms */
        if (single) {
            char k1[96];
            int kl = fold_tok(text, &T[i], k1, sizeof k1);
            if (kl > 0 && kba_gaz_is_stop(g, k1, (size_t)kl)) continue;
            if (is_contraction(w, wl)) continue;
            if (sentence_initial(text, s) && used_lower(lower, w, wl)) continue;
            if (st < 3) {
                if (kl > 0 && wset_has(pset, k1, (size_t)kl))
                    continue; /* "Jones" after "David Jones" */
                if (next_word_in(text, len, e, said) && !prev_word_in(text, s, preps))
                    continue;                                      /* "Jones said" */
                if (st < 2 && used_lower(lower, w, wl)) continue; /* "Commerce", "Hope" */
                if (st == 2 && max_pop(g, best_post, best_np) < 20000 && used_lower(lower, w, wl))
                    continue;
                /* a first name: "David Smith" */
                if (best_j + 1 < nt && T[best_j + 1].cap && gap_ok(text, e, T[best_j + 1].s) &&
                    text[e] == ' ') {
                    char k2[96];
                    int l2 = fold_tok(text, &T[best_j + 1], k2, sizeof k2);
                    if (l2 > 0 && !kba_gaz_is_stop(g, k2, (size_t)l2) &&
                        !word_strength(geo, text, &T[best_j + 1]))
                        continue;
                }
            }
        }
        /* a word after a title or a first name is part of a person's name */
        if (i > 0 && gap_ok(text, T[i - 1].e, s) && T[i - 1].cap && prev_place_end != (int)i - 1) {
            const char *pw = text + T[i - 1].s;
            size_t pl = T[i - 1].e - T[i - 1].s;
            if (pl && pw[pl - 1] == '.') pl--;
            char pk[64];
            int pkl = kba_fold(pw, pl, pk, sizeof pk);
            if (in_list(pw, pl, titles) && !in_list(pw, pl, name_prefixes)) continue;
            /* "St. Michael", "Fort Pack": a name the gazetteer does not have */
            if (in_list(pw, pl, name_prefixes) && in_list(pw, pl, titles)) continue;
            if (st < 3 && !in_list(pw, pl, qualifiers) && !in_list(pw, pl, connectors) &&
                !(pkl > 0 && kba_gaz_is_stop(g, pk, (size_t)pkl)) &&
                !sentence_initial(text, T[i - 1].s))
                continue;
        }
        if (i > 0 && T[i - 1].e == s - 1 && text[s - 1] == '.' && T[i - 1].cap &&
            T[i - 1].e - T[i - 1].s <= 4)
            continue; /* "Mr.Jackson" */
        /* an abbreviation keeps its dot: "Calif." */
        if (e < len && text[e] == '.' && text[e - 1] != '.') {
            int abbr = 0;
            for (uint32_t k = 0; k < best_np && k < MAXCAND; k++)
                if ((best_post[k] & 3) == KBA_M_ABBR) abbr = 1;
            if (abbr && e - s <= 6) e++;
        }
        if (grow((void **)&geo->tops, &geo->cap, geo->n + 1, sizeof(kba_toponym))) {
            return KB_ENOMEM;
        }
        kba_toponym *t = &geo->tops[geo->n++];
        t->start = s;
        t->end = e;
        t->rec = -1;
        t->flags = 0;
        t->score = 0;
        prev_place_end = (int)best_j;
        i = best_j;
    }
    int rc = kba_geo_resolve(geo, text, len, geo->tops, geo->n);
    if (rc) return rc;
    /* drop what resolved to nothing */
    size_t k = 0;
    for (size_t i = 0; i < geo->n; i++)
        if (geo->tops[i].rec >= 0) geo->tops[k++] = geo->tops[i];
    geo->n = k;
    *out = geo->tops;
    *n = geo->n;
    return KB_OK;
}

/* ---- the place of a span ------------------------------------------------ */
static void sentence_of(const char *text, size_t len, const kb_span *sents, size_t ns, uint32_t pos,
                        uint32_t *s, uint32_t *e)
{
    for (size_t i = 0; sents && i < ns; i++)
        if (sents[i].start <= pos && pos < sents[i].end) {
            *s = sents[i].start;
            *e = sents[i].end;
            return;
        }
    size_t a = pos, b = pos;
    while (a > 0 && !((text[a - 1] == '.' || text[a - 1] == '!' || text[a - 1] == '?' ||
                       text[a - 1] == '\n') &&
                      (a >= len || text[a] == ' ' || text[a] == '\n')))
        a--;
    while (b < len && !((text[b] == '.' || text[b] == '!' || text[b] == '?' || text[b] == '\n') &&
                        (b + 1 >= len || text[b + 1] == ' ' || text[b + 1] == '\n')))
        b++;
    *s = (uint32_t)a;
    *e = (uint32_t)(b < len ? b + 1 : len);
}

static int clause_break(const char *text, uint32_t a, uint32_t b)
{
    if (a > b) {
        uint32_t t = a;
        a = b;
        b = t;
    }
    for (uint32_t k = a; k < b; k++)
        if (text[k] == ';') return 1;
    return 0;
}

/* "160 kilometres from Quetta", "20 miles north of Kabul": the place at start is a
 * reference point for a distance, not where something happened. */
static int distance_reference(const char *text, uint32_t start)
{
    static const char *const UNIT[] = {"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer",
                                       "miles", "mile", NULL};
    static const char *const DIR[] = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                                      "southwest", "north-east", "north-west", "south-east", "south-west", NULL};
    char w[3][16];
    int nw = 0;
    uint32_t i = start;
    while (nw < 3 && i > 0) {
        while (i > 0 && text[i - 1] == ' ') i--;
        uint32_t e = i;
        while (i > 0 && (isalnum((unsigned char)text[i - 1]) || text[i - 1] == '-')) i--;
        if (e == i || e - i >= sizeof w[0]) break;
        for (uint32_t k = i; k < e; k++) w[nw][k - i] = (char)tolower((unsigned char)text[k]);
        w[nw++][e - i] = '\0';
    }
    if (nw < 2 || (strcmp(w[0], "from") && strcmp(w[0], "of"))) return 0;
    int u = 1;
    for (const char *const *d = DIR; *d && u == 1; d++)
        if (!strcmp(w[1], *d)) u = 2;
    if (u >= nw) return 0;
    for (const char *const *x = UNIT; *x; x++)
        if (!strcmp(w[u], *x)) return 1;
    return 0;
}

int kba_geo_place_of_span(kba_geo *geo, const char *text, size_t len, const kb_span *sents,
                          size_t n_sents, uint32_t start, uint32_t end, int strict, kba_place *p)
{
    memset(p, 0, sizeof *p);
    if (!geo || !geo->g || start > len) return 0;
    uint32_t ss, se;
    sentence_of(text, len, sents, n_sents, start, &ss, &se);
    if (end > se) se = end < len ? end : (uint32_t)len;
    int best = -1;
    double bs = -1e9;
    for (size_t i = 0; i < geo->n; i++) {
        kba_toponym *t = &geo->tops[i];
        if (t->start < ss || t->end > se || t->rec < 0) continue;
        if (t->flags & (KBA_T_DEMONYM | KBA_T_METONYM)) continue;
        const kba_grec *r = kba_gaz_rec(geo->g, (uint32_t)t->rec);
        if (!r) continue;
        if (strict && (!(t->flags & KBA_T_PREP) || clause_break(text, t->start, start))) continue;
        double sc = 0;
        if (t->flags & KBA_T_MODIFIER && !(t->flags & KBA_T_PREP))
            sc -= 1; /* "the Torkham crossing" */
        if (t->flags & KBA_T_PREP) sc += 4;
        if (!clause_break(text, t->start, start)) sc += 2;
        if (t->start >= start && t->end <= end) sc += 1;
        /* the most specific place; the first when a sentence names several */
        static const double kindw[] = {0, 1.5, 1.2, 0.8, 0.3, 0.2, 1.6};
        sc += kindw[r->kind < 7 ? r->kind : 0];
        /* "Peshawar, Khyber Pakhtunkhwa": the town, not its province */
        if (i > 0 && comma_pair(text, geo->tops[i - 1].end, t->start) &&
            geo->tops[i - 1].rec >= 0 &&
            kba_gaz_within(geo->g, kba_gaz_rec(geo->g, (uint32_t)geo->tops[i - 1].rec), r))
            sc -= 3;
        if (distance_reference(text, t->start)) { /* "160 km from Quetta": near there, at best */
            if (strict) continue;
            sc -= 6;
        }
        sc -= (double)(t->start - ss) / 100000.0; /* the first of equals */
        if (sc > bs) {
            bs = sc;
            best = (int)i;
        }
    }
    if (best < 0) return 0;
    kba_place_of_top(geo->g, &geo->tops[best], p);
    return 1;
}
