/*
 * toll.c -- casualty mentions: victim groups tied to kill / injury cues.
 *
 * For each sentence: tokens (numbers.c), then the victim groups found left to
 * right ("4 troopers and 12 assailants", "a 25-year-old man", "Oscar Garcia,
 * 22,", "no one", "dozens", "he"), then the cues of lexicon/toll.txt, longest
 * phrase first. A cue takes its victims before it ("seven were killed", "15
 * dead", walking back over auxiliaries, adverbs and "including ..." asides)
 * or after it ("killed 4 troopers and 12 assailants", "the killing of seven");
 * groups joined by "and" or commas are added up, "including" and "of them"
 * subsets are not. Toll nouns ("the death toll rose to 23") take the next
 * quantity of their clause. Each mention is then flagged by the words of its
 * clause: an aggregate over a period ("this year", "in 2023"), another
 * incident ("last year", "a similar attack"), an update ("rose to").
 *
 * The lexicon is loaded once per process (pthread_once); everything else is
 * per call, allocated in the caller's arena, linear in the text.
 * See toll.h; document-level choices are in toll_doc.c.
 */
#include "annotate/toll.h"
#include "kb_internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* ---- lexicon ------------------------------------------------------------ */

enum { C_KILL = 1, C_INJURE, C_HIT, C_CAS, C_TOLLK, C_TOLLI, C_NOUN, C_AGG, C_OTHER, C_UPDATE, C_PAST, C_APART };
enum { F_P = 1, F_A = 2, F_O = 4, F_N = 8, F_SING = 16, F_PLUR = 32, F_H = 64 };

#define MAXW 8
typedef struct entry {
    uint64_t h[MAXW];
    uint8_t nw, cls, flags, count; /* count: a fixed number of victims ("double homicide"), 0 = none */
    int next; /* chain in the bucket, -1 = end */
} entry;

#define NBUCKET 2048
static struct {
    entry *e;
    size_t n;
    int head[NBUCKET];
    int rc;
    char msg[256];
} g_lex;
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

static int cls_of(const char *w, size_t n)
{
    static const struct {
        const char *name;
        int c;
    } m[] = {{"kill", C_KILL},      {"injure", C_INJURE},     {"hit", C_HIT},
             {"cas", C_CAS},        {"tollkill", C_TOLLK},    {"tollinjure", C_TOLLI},
             {"noun", C_NOUN},      {"agg", C_AGG},           {"other", C_OTHER},      {"apart", C_APART},
             {"update", C_UPDATE},  {"past", C_PAST}};
    for (size_t i = 0; i < sizeof m / sizeof *m; i++)
        if (strlen(m[i].name) == n && !memcmp(m[i].name, w, n)) return m[i].c;
    return 0;
}

static int cmp_nw(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    return (int)x->nw - (int)y->nw;
}

static int parse_lexicon(const char *buf, size_t len)
{
    size_t cap = 512;
    g_lex.e = malloc(cap * sizeof *g_lex.e);
    if (!g_lex.e) return KB_ENOMEM;
    size_t line = 0;
    const char *p = buf, *end = buf + len;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol) eol = end;
        line++;
        const char *q = p;
        while (q < eol && (*q == ' ' || *q == '\t')) q++;
        if (q < eol && *q != '#' && *q != '\r') {
            const char *w0 = q;
            while (q < eol && *q != ' ' && *q != '\t') q++;
            int cls = cls_of(w0, (size_t)(q - w0));
            while (q < eol && (*q == ' ' || *q == '\t')) q++;
            const char *f0 = q;
            while (q < eol && *q != ' ' && *q != '\t') q++;
            uint8_t flags = 0, count = 0;
            for (const char *f = f0; f < q; f++) {
                if (*f >= '1' && *f <= '9') {
                    count = (uint8_t)(*f - '0');
                    continue;
                }
                switch (*f) {
                case 'P': flags |= F_P; break;
                case 'A': flags |= F_A; break;
                case 'O': flags |= F_O; break;
                case 'N': flags |= F_N; break;
                case 's': flags |= F_SING; break;
                case 'p': flags |= F_PLUR; break;
                case 'H': flags |= F_H; break;
                case '-': break;
                default: cls = 0;
                }
            }
            const char *ph = q;
            const char *phe = eol;
            while (phe > ph && (phe[-1] == ' ' || phe[-1] == '\r' || phe[-1] == '\t')) phe--;
            if (!cls || phe <= ph) {
                snprintf(g_lex.msg, sizeof g_lex.msg, "toll.txt:%zu: malformed line", line);
                return KB_EFORMAT;
            }
            kba_tok toks[MAXW + 1];
            size_t nt = kba_tokenize(buf, (uint32_t)(ph - buf), (uint32_t)(phe - buf), toks, MAXW + 1);
            if (nt == 0 || nt > MAXW) {
                snprintf(g_lex.msg, sizeof g_lex.msg, "toll.txt:%zu: phrase of 1 to %d words",
                         line, MAXW);
                return KB_EFORMAT;
            }
            if (g_lex.n == cap) {
                cap *= 2;
                entry *ne = realloc(g_lex.e, cap * sizeof *ne);
                if (!ne) return KB_ENOMEM;
                g_lex.e = ne;
            }
            entry *en = &g_lex.e[g_lex.n++];
            memset(en, 0, sizeof *en);
            for (size_t k = 0; k < nt; k++) en->h[k] = toks[k].h;
            en->nw = (uint8_t)nt;
            en->cls = (uint8_t)cls;
            en->flags = flags;
            en->count = count;
        }
        p = eol + 1;
    }
    /* chains: longest phrase first (insert shortest first, prepend) */
    qsort(g_lex.e, g_lex.n, sizeof *g_lex.e, cmp_nw);
    for (int b = 0; b < NBUCKET; b++) g_lex.head[b] = -1;
    for (size_t k = 0; k < g_lex.n; k++) {
        unsigned b = (unsigned)(g_lex.e[k].h[0] & (NBUCKET - 1));
        g_lex.e[k].next = g_lex.head[b];
        g_lex.head[b] = (int)k;
    }
    return KB_OK;
}

static void sets_init(void);
static void load_once(void)
{
    sets_init();
    char path[4096];
    const char *dir = kb_lexicon_dir();
    snprintf(path, sizeof path, "%s/toll.txt", dir ? dir : "lexicon");
    FILE *f = fopen(path, "rb");
    if (!f) {
        g_lex.rc = KB_ENOTFOUND;
        snprintf(g_lex.msg, sizeof g_lex.msg, "%.200s: cannot open", path);
        return;
    }
    kbu_buf b = {0};
    char tmp[4096];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
        if (kbu_buf_append(&b, tmp, k) != KB_OK) {
            g_lex.rc = KB_ENOMEM;
            break;
        }
    fclose(f);
    if (g_lex.rc == KB_OK) g_lex.rc = parse_lexicon(b.data ? b.data : "", b.len);
    kbu_buf_free(&b);
}

int kba_toll_init(kb_err *err)
{
    pthread_once(&g_once, load_once);
    if (g_lex.rc != KB_OK)
        return kb_err_set(err, g_lex.rc, "%s", g_lex.msg[0] ? g_lex.msg : "toll lexicon");
    return KB_OK;
}

/* The longest entry of a class in mask (bit 1<<cls) starting at token i. */
static const entry *lex_at(const kba_tok *t, size_t i, size_t n, unsigned mask)
{
    if (i >= n || t[i].punct) return NULL;
    for (int k = g_lex.head[t[i].h & (NBUCKET - 1)]; k >= 0; k = g_lex.e[k].next) {
        const entry *e = &g_lex.e[k];
        if (!(mask & (1u << e->cls)) || i + e->nw > n) continue;
        size_t w = 0;
        while (w < e->nw && t[i + w].h == e->h[w]) w++;
        if (w == e->nw) return e;
    }
    return NULL;
}

/* ---- per-sentence scanning --------------------------------------------- */

typedef struct grp {
    size_t s, e;      /* tokens [s, e) */
    kba_count q;
    uint8_t def, neg, subset, else_, others, incl, ord; /* ord: "a third victim" = 3 */
} grp;

typedef struct sctx {
    const char *text;
    const kba_tok *t;
    size_t n;
    uint32_t sent;
    kba_toll *out;
    size_t nout, cap;
    kb_arena *a;
    int *gend;   /* gend[k]: index of the group ending at token k (exclusive end), -1 */
    grp *g;
    size_t ng;
} sctx;

#define CUE_MASK ((1u << C_KILL) | (1u << C_INJURE) | (1u << C_HIT) | (1u << C_CAS) | \
                  (1u << C_TOLLK) | (1u << C_TOLLI))

static int eqlit(const char *w, size_t n, const char *lit)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        if (c != (unsigned char)lit[i]) return 0;
    }
    return 1;
}
static int is_n(const sctx *c, size_t i, const char *lit, size_t k)
{
    return i < c->n && c->t[i].e - c->t[i].s == k && eqlit(c->text + c->t[i].s, k, lit);
}
/* token i is the word lit (a string literal), case-insensitively */
#define is(c, i, lit) is_n(c, i, lit, sizeof(lit) - 1)
static int is_any(const sctx *c, size_t i, const kba_wordset *ws)
{
    return i < c->n && kba_wordset_has(ws, c->t[i].h);
}
static size_t toklen(const sctx *c, size_t i) { return c->t[i].e - c->t[i].s; }
static int tok_ends_n(const sctx *c, size_t i, const char *suf, size_t k)
{
    if (i >= c->n) return 0;
    size_t m = toklen(c, i);
    return m >= k && eqlit(c->text + c->t[i].e - k, k, suf);
}
#define tok_ends(c, i, suf) tok_ends_n(c, i, suf, sizeof(suf) - 1)

static const char *const FUNC[] = {
    "and", "or", "but", "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "that",
    "who", "which", "when", "while", "after", "before", "as", "said", "says", "say",
    "it", "its", "this", "these", "those", "their", "his", "her", "he", "she", "they", "we",
    "i", "you", "not", "no", "near", "during", "into", "over", "under", "than", "then", "there",
    "where", "also", "all", "both", "each", "one", "other", "others", "including", "if", NULL};

static const char *const NONPERSON_CAP[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sept", "sep", "oct", "nov", "dec", "police", "the", "a", "an", "in", "on", "at", "this",
    "that", "it", "he", "she", "they", "we", "i", "officials", "authorities", "witnesses",
    "investigators", "detectives", "officers", "deputies", "but", "and", "after", "when",
    "according", "while", "one", "two", "three", "there", "here", "some", "several", NULL};

static const char *const THINGS[] = {
            "gun", "guns", "weapon", "rifle", "pistol", "handgun", "shotgun", "round", "rounds",
            "shot", "shots", "bullet", "bullets", "video", "photo", "footage", "film", "scene",
            "ball", "goal", "deer", "dog", "cat", "animal", "bear", "car", "vehicle", "house",
            "home", "window", "door", "tire", "tires", "way", "time", "first", "last", "case",
            "picture", "pictures", "movie", "episode", "season", "game", "lock", "way", "fire",
            "hole", "holes", "wall", "roof", "truck", "suv", "van", "building", "heart", "head",
            "leg", "arm", "chest", "back", "hand", "foot", "shoulder", "neck", "face", "eye",
            "stomach", "abdomen", "knee", "hip", "thigh", "feelings", "chances", "reputation",
            "business", "economy", "sales", "image", "career", "case", "cause", "chance",
            "community", "city", "family", "life", "mood", "morale", "party", "pride", "relationship",
            "team", "trade", "trust", "country", "town", "area", "neighborhood", "neighbourhood",
            "effort", "efforts", "plan", "campaign", "deal", "idea", "bill", "program", "programme",
            "project", "proposal", "process", "talks", "hopes", "engine", "lights", "light", "power",
            "ankle", "wrist", "finger", "jaw", "spine", "lung", "buttocks", "groin", "torso", NULL};
static const char *const OPEN[] = {",", "and", "but", "while", "when", "after", "as", "said",
                                       "that", ";", "say", "says", "where", "before", NULL};

/* Words a victim group may start with (besides digits and capitals). */
static const char *const START[] = {
    "a", "an", "another", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "zero", "the", "his", "her", "its", "their", "this", "both", "all", "no", "nobody",
    "none", "no-one", "he", "she", "him", "himself", "herself", "at", "more", "over", "nearly",
    "almost", "under", "close", "about", "around", "roughly", "approximately", "some",
    "estimated", "up", "as", "between", "fewer", "less", "upwards", "above", "dozens",
    "hundreds", "thousands", "scores", "half", "my", "our", NULL};

static const char *const PLACEPREP[] = {"inside", "in", "at", "on", "near", "outside", "from",
                                         "behind", NULL};

static kba_wordset WS_PLACEPREP, WS_FUNC, WS_START, WS_NONPERSON, WS_PREP, WS_THINGS, WS_OPEN, WS_AUX;

/* Singular (1) or plural (2) victim noun at token i; 3 = a "25-year-old" word. */
static int noun_at(const sctx *c, size_t i, size_t *len)
{
    if (i >= c->n || c->t[i].punct) return 0;
    const entry *e = lex_at(c->t, i, c->n, 1u << C_NOUN);
    if (e) {
        *len = e->nw;
        return (e->flags & F_PLUR) ? 2 : 1;
    }
    *len = 1;
    if (tok_ends(c, i, "-year-old") || tok_ends(c, i, "-month-old")) return 3;
    if (tok_ends(c, i, "-year-olds") || tok_ends(c, i, "-month-olds")) return 2;
    return 0;
}

/* A word that may stand between a quantity and its noun ("three other nearby TSU"). */
static int modifier_at(const sctx *c, size_t i)
{
    if (i >= c->n || c->t[i].punct || c->t[i].digit) return 0;
    if (is_any(c, i, &WS_FUNC) && !is(c, i, "other")) return 0;
    if (lex_at(c->t, i, c->n, CUE_MASK)) return 0;
    return 1;
}

static const char *const PREP_AFTER_BARE[] = {
    "in", "at", "on", "near", "during", "after", "and", "as", "when", "while", "including",
    "from", "inside", "outside", "by", "were", "was", "have", "had", "are", "is", "also", "others",
    "people", "so", "since", "last", "this", "early", "late", "overnight", "yesterday", "today",
    "following", "across", "along", "around", "within", "with", "among", "following", "of", NULL};

/* Unknown word that looks like a plural noun of people ("worshippers", "Pakistanis"). */
static int plural_like(const sctx *c, size_t i)
{
    if (i >= c->n || c->t[i].punct || c->t[i].digit) return 0;
    size_t m = toklen(c, i);
    if (m < 4) return 0;
    const char *w = c->text + c->t[i].s;
    if (w[m - 1] != 's' || w[m - 2] == 's') return 0;
    if (is_any(c, i, &WS_FUNC)) return 0;
    if (lex_at(c->t, i, c->n, CUE_MASK)) return 0;
    return 1;
}

/* After a quantity at [s, j): optional "other", modifiers and a noun. Sets *e
 * past the noun. Returns 2 plural noun, 1 singular, 0 bare, -1 not people. */
static int noun_tail(const sctx *c, size_t j, size_t *e, grp *g)
{
    if (is(c, j, "other") || is(c, j, "additional") || is(c, j, "more") ||
        is(c, j, "others")) {
        g->others = 1;
        if (is(c, j, "others") || (is(c, j, "more") && !noun_at(c, j + 1, &(size_t){0}) &&
                                   !modifier_at(c, j + 1))) {
            *e = j + 1;
            return 2;
        }
        j++;
    }
    if (is(c, j, "of") && is(c, j + 1, "the") &&
        (is(c, j + 2, "injured") || is(c, j + 2, "wounded") || is(c, j + 2, "dead") ||
         is(c, j + 2, "victims") || is(c, j + 2, "casualties"))) {
        g->subset = 1; /* "three of the injured" */
        *e = j + 3;
        return 2;
    }
    if (is(c, j, "of") && (is(c, j + 1, "them") || is(c, j + 1, "whom") || is(c, j + 1, "those") ||
                           (is(c, j + 1, "the") && noun_at(c, j + 2, &(size_t){0})))) {
        if (!is(c, j + 1, "the")) {
            g->subset = 1;
            *e = j + 2;
            size_t nl;
            if (noun_at(c, j + 2, &nl) == 2) *e += nl; /* "one of those people" */
            return 2;
        }
        size_t nl;
        noun_at(c, j + 2, &nl);
        *e = j + 2 + nl;
        return 2;
    }
    for (size_t k = 0; k <= 4 && j + k < c->n; k++) {
        size_t nl;
        int nk = noun_at(c, j + k, &nl);
        if (nk == 3) {
            /* "25-year-old" then maybe a noun ("9-year-old Vista boy") */
            size_t nl2;
            for (size_t m = j + k + 1; m < c->n && m <= j + k + 3; m++) {
                int nk2 = noun_at(c, m, &nl2);
                if (nk2 == 1 || nk2 == 2) {
                    *e = m + nl2;
                    return nk2;
                }
                if (!(c->t[m].cap && !is_any(c, m, &WS_NONPERSON)) && !modifier_at(c, m)) break;
            }
            *e = j + k + 1;
            if (modifier_at(c, j + k + 1) && !plural_like(c, j + k + 1) &&
                !c->t[j + k + 1].cap) {
                size_t x = j + k + 2;
                if (x >= c->n || c->t[x].punct || is_any(c, x, &WS_PREP) ||
                    lex_at(c->t, x, c->n, CUE_MASK))
                    *e = x;
            }
            return 1;
        }
        if (nk) {
            *e = j + k + nl;
            return nk;
        }
        if (plural_like(c, j + k)) {
            size_t x = j + k + 1;
            if (x >= c->n || c->t[x].punct || is_any(c, x, &WS_PREP) ||
                lex_at(c->t, x, c->n, CUE_MASK)) {
                *e = x;
                return 2;
            }
        }
        if (!modifier_at(c, j + k)) break;
    }
    *e = j;
    if (j >= c->n || c->t[j].punct || is_any(c, j, &WS_PREP) ||
        lex_at(c->t, j, c->n, CUE_MASK))
        return 0;
    if (tok_ends(c, j, "ly") && lex_at(c->t, j + 1, c->n, CUE_MASK)) return 0; /* "one seriously wounded" */
    return -1;
}

/* Skip what may follow a group's noun: "of a family", "in his 20s", ", 22,", "aged 20". */
static size_t post_noun(const sctx *c, size_t e)
{
    for (int round = 0; round < 3; round++) {
        if (is(c, e, "of") && (is(c, e + 1, "a") || is(c, e + 1, "the") || is(c, e + 1, "his") ||
                               is(c, e + 1, "her") || is(c, e + 1, "their") ||
                               is(c, e + 1, "one"))) {
            size_t k = e + 2;
            if (is(c, k, "same")) k++;
            if (is(c, k, "family") || is(c, k, "household")) {
                e = k + 1;
                continue;
            }
        }
        if (is(c, e, "in") && (is(c, e + 1, "his") || is(c, e + 1, "her") || is(c, e + 1, "their")) &&
            e + 2 < c->n && (c->t[e + 2].digit || tok_ends(c, e + 2, "teens") ||
                             tok_ends(c, e + 2, "ties") || tok_ends(c, e + 2, "s"))) {
            e += 3;
            if (is(c, e, "and") && is(c, e + 1, "early")) e += 2;
            continue;
        }
        if (is(c, e, "aged") && e + 1 < c->n && c->t[e + 1].digit) {
            e += 2;
            continue;
        }
        if (is(c, e, ",") && e + 2 < c->n && c->t[e + 1].digit && toklen(c, e + 1) <= 3 &&
            is(c, e + 2, ",")) {
            e += 3;
            continue;
        }
        break;
    }
    return e;
}

static void cnt_set(kba_count *q, int32_t v)
{
    q->value = v;
    q->min = q->max = -1;
    q->approx = 0;
}

/* A victim group starting at token i; 1 if found. object: after a verb. */
static int ordinal(const sctx *c, size_t j)
{
    return is(c, j, "second") ? 2 : is(c, j, "third") ? 3 : is(c, j, "fourth") ? 4
         : is(c, j, "fifth") ? 5 : is(c, j, "sixth") ? 6 : 0;
}

static int parse_group(const sctx *c, size_t i, grp *g, int object)
{
    memset(g, 0, sizeof *g);
    g->s = i;
    if (i >= c->n || c->t[i].punct) return 0;
    size_t e;
    /* zero */
    if ((is(c, i, "no") && (is(c, i + 1, "one") || is(c, i + 1, "-"))) || is(c, i, "nobody") ||
        (is(c, i, "none") && !(is(c, i + 1, "of") && !is(c, i + 2, "them") && !is(c, i + 2, "those") &&
                               !(is(c, i + 2, "the") && noun_at(c, i + 3, &(size_t){0})))) ||
        is(c, i, "no-one")) {
        e = i + ((is(c, i, "no") ? 2 : 1));
        if (is(c, i, "no") && is(c, i + 1, "-") && is(c, i + 2, "one")) e = i + 3;
        cnt_set(&g->q, 0);
        g->neg = 1;
        if (is(c, e, "else")) {
            g->else_ = 1;
            e++;
        }
        if (is(c, i, "none") && is(c, e, "of")) e += 2;
        g->e = e;
        return 1;
    }
    if (is(c, i, "no")) {
        int nk = noun_tail(c, i + 1, &e, g);
        if (nk == 2 || nk == 1) {
            cnt_set(&g->q, 0);
            g->neg = 1;
            g->else_ = g->others;
            g->e = e;
            return 1;
        }
        return 0;
    }
    /* "23-year-old Davienne Lewis", "6-year-old boy" */
    if (!c->t[i].cap || c->t[i].digit) {
        size_t nl;
        if (noun_at(c, i, &nl) == 3) {
            size_t j = i + 1, nl2;
            int nk2 = 0;
            for (size_t m = j; m < c->n && m <= i + 3; m++) {
                nk2 = noun_at(c, m, &nl2);
                if (nk2 == 1) {
                    j = m + nl2;
                    break;
                }
                if (!(c->t[m].cap && !is_any(c, m, &WS_NONPERSON)) && !modifier_at(c, m)) break;
            }
            if (nk2 != 1)
                while (j < c->n && j < i + 6 && c->t[j].cap && !c->t[j].punct &&
                       !is_any(c, j, &WS_NONPERSON))
                    j++;
            cnt_set(&g->q, 1);
            g->e = post_noun(c, j);
            return 1;
        }
    }
    /* a headline: "Teen killed in ...", "9-year-old Vista boy killed" */
    if (i == 0 || is(c, i - 1, ":") || is(c, i - 1, "\xE2\x80\x94") || is(c, i - 1, "-")) {
        for (size_t k = i; k < c->n && k < i + 3; k++) {
            size_t nl;
            int nk = noun_at(c, k, &nl);
            if (nk == 1 && k + nl < c->n && lex_at(c->t, k + nl, c->n, CUE_MASK)) {
                cnt_set(&g->q, 1);
                g->ord = (uint8_t)ordinal(c, i);
                g->e = k + nl;
                return 1;
            }
            if (nk || !modifier_at(c, k)) break;
        }
    }
    /* pronouns */
    if (is(c, i, "he") || is(c, i, "she") || is(c, i, "himself") || is(c, i, "herself") ||
        (object && is(c, i, "him"))) {
        cnt_set(&g->q, 1);
        g->def = !(is(c, i, "himself") || is(c, i, "herself"));
        g->e = i + 1;
        return 1;
    }
    /* a quantity */
    kba_count q;
    size_t k = kba_quantity(c->text, c->t, i, c->n, &q);
    if (k) {
        g->q = q;
        int nk = noun_tail(c, i + k, &e, g);
        if (nk < 0) return 0;
        if (nk == 1 && q.value > 1) return 0; /* "two house" -- not people */
        if (nk == 0 && i > 0 && is(c, i - 1, ",") && is(c, e, ",")) return 0; /* ", 25," an age */
        g->e = post_noun(c, e);
        return 1;
    }
    /* a / an / another / one other + singular noun */
    if (is(c, i, "a") || is(c, i, "an") || is(c, i, "another") ||
        (is(c, i, "one") && is(c, i + 1, "other"))) {
        size_t j = i + 1 + (is(c, i, "one") ? 1 : 0);
        int another = is(c, i, "another") || is(c, i, "one");
        if (ordinal(c, j)) {
            g->ord = (uint8_t)ordinal(c, j);
            j++;
            another = 1;
        }
        int nk = noun_tail(c, j, &e, g);
        if (nk == 1 || (nk == 0 && another && e == j)) {
            cnt_set(&g->q, 1);
            g->others = (uint8_t)another;
            g->e = post_noun(c, e);
            return 1;
        }
        return 0;
    }
    /* definite: the / his / its ... [number] noun */
    if (is(c, i, "the") || is(c, i, "his") || is(c, i, "her") || is(c, i, "its") ||
        is(c, i, "their") || is(c, i, "this") || is(c, i, "both") || is(c, i, "all")) {
        int both = is(c, i, "both");
        size_t j = i + 1;
        if (both && is(c, j, "the")) j++;
        if (is(c, i, "all") && !(is(c, j, "the") || c->t[j < c->n ? j : 0].digit)) return 0;
        if (is(c, i, "all") && is(c, j, "the")) j++;
        k = kba_quantity(c->text, c->t, j, c->n, &q);
        int nk = noun_tail(c, j + k, &e, g);
        if (nk <= 0 && !(k && nk == 0 && !both && !is(c, i, "all"))) return 0; /* "both 19": ages */
        if (k)
            g->q = q;
        else if (both)
            cnt_set(&g->q, 2);
        else if (nk == 1) {
            cnt_set(&g->q, 1);
            /* "his son" is someone new, and so is "the fourth victim" */
            g->def = (is(c, i, "the") || is(c, i, "this")) && !ordinal(c, j) && !is(c, j, "other");
        } else
            return 0;
        g->e = post_noun(c, e);
        return 1;
    }
    /* after a verb: a determiner and a head word -- "killing its driver", "shot his grandfather" */
    if (object && (is(c, i, "a") || is(c, i, "an") || is(c, i, "his") || is(c, i, "her") ||
                   is(c, i, "their") || is(c, i, "its") || is(c, i, "the") || is(c, i, "my") ||
                   is(c, i, "our"))) {

        for (size_t k = i + 1; k < c->n && k <= i + 3; k++) {
            if (!modifier_at(c, k) || c->t[k].cap) break;
            size_t x = k + 1;
            if (x >= c->n || c->t[x].punct || is_any(c, x, &WS_PREP)) {
                if (is_any(c, k, &WS_THINGS) || plural_like(c, k)) break;
                cnt_set(&g->q, 1);
                g->def = is(c, i, "the");
                g->e = x;
                return 1;
            }
        }
    }
    /* a name: "Oscar Garcia, 22," or, after a verb, "Selmon" */
    if (c->t[i].cap && !is_any(c, i, &WS_NONPERSON) && !lex_at(c->t, i, c->n, CUE_MASK)) {
        size_t j = i;
        while (j < c->n && j < i + 4 && c->t[j].cap && !c->t[j].punct &&
               !is_any(c, j, &WS_NONPERSON))
            j++;
        if (is(c, j, ",") && j + 1 < c->n && c->t[j + 1].digit && toklen(c, j + 1) <= 3 &&
            (j + 2 >= c->n || is(c, j + 2, ",") || is(c, j + 2, ".") || is(c, j + 2, "and") ||
             is(c, j + 2, ")") || is(c, j + 2, ";"))) {
            cnt_set(&g->q, 1); /* "Charlene Ellis, 18" */
            g->e = j + 2 + (is(c, j + 2, ",") ? 1 : 0);
            return 1;
        }
        if (object && j - i <= 3 &&
            (j >= c->n || is(c, j, ",") || is(c, j, ".") || is(c, j, "and") || is(c, j, "in") ||
             is(c, j, "on") || is(c, j, "at") || is(c, j, "as") || is(c, j, "outside") ||
             is(c, j, "inside") || is(c, j, "during") || is(c, j, "after"))) {
            cnt_set(&g->q, 1);
            g->def = 1;
            g->e = j;
            return 1;
        }
    }
    return 0;
}

/* ---- cues and mentions --------------------------------------------------- */

static const char *const AUX[] = {"were", "was", "been", "be", "being", "is", "are", "got", "get",
                                  "gets", "have", "has", "had", "reportedly", "allegedly",
                                  "also", "later", "all", "both", "each", "who", "that", "which",
                                  "subsequently", "eventually", "initially", "apparently",
                                  "critically", "seriously", "fatally", "badly", "slightly",
                                  "mortally", "severely", "gravely", "instantly", "immediately",
                                  "found", "reported", "then", "tragically", "believed",
                                  "confirmed", "feared", "presumed", "now", "since", "not",
                                  "never", "just", "police", "say", "said", "lying", "remains", "remained",
                                  "remain", "listed", "still", "currently", "being", "initially",
                                  "left", "being", "will", "would", "may", "might", "could", NULL};

static int emit(sctx *c, size_t gs, size_t ce, int kind, kba_count q, unsigned flags)
{
    if (c->nout == c->cap) {
        size_t nc = c->cap ? c->cap * 2 : 16;
        kba_toll *no = kb_arena_alloc(c->a, nc * sizeof *no);
        if (!no) return KB_ENOMEM;
        if (c->nout) memcpy(no, c->out, c->nout * sizeof *no);
        c->out = no;
        c->cap = nc;
    }
    kba_toll *m = &c->out[c->nout++];
    m->start = c->t[gs].s;
    m->end = c->t[ce - 1].e;
    m->sentence = c->sent;
    m->kind = (kba_toll_kind)kind;
    m->flags = flags;
    m->n = q;
    return KB_OK;
}

static void cnt_add(kba_count *a, const kba_count *b)
{
    int32_t alo = a->min >= 0 ? a->min : a->value, blo = b->min >= 0 ? b->min : b->value;
    int32_t ahi = a->max >= 0 ? a->max : a->value, bhi = b->max >= 0 ? b->max : b->value;
    int bounds = a->min >= 0 || b->min >= 0 || a->max >= 0 || b->max >= 0;
    a->value = (a->value >= 0 && b->value >= 0) ? a->value + b->value : -1;
    if (bounds) {
        a->min = (alo >= 0 && blo >= 0) ? alo + blo : -1;
        a->max = (ahi >= 0 && bhi >= 0 && (a->max >= 0 || b->max >= 0)) ? ahi + bhi : -1;
        if (a->min >= 0 && a->min == a->value && !(a->max >= 0)) {
            /* "at least N" + M: still at least */
        }
    }
    a->approx = a->approx || b->approx;
}

/* The group chain ending right before token k (walking back over auxiliaries and
 * asides). Returns 1 and fills the summed group. */
static int left_group(const sctx *c, size_t k, grp *out, int *negated)
{
    size_t p = k;
    *negated = 0;
    int steps = 0;
    while (p > 0 && steps < 8) {
        int gi = c->gend[p];
        if (gi >= 0 && c->g[gi].subset && !c->g[gi].incl &&
            (c->g[gi].s == 0 || !is(c, c->g[gi].s - 1, ","))) {
            *out = c->g[gi]; /* "two of them died": a subset, counted as such */
            return 1;
        }
        if (gi >= 0 && !c->g[gi].subset && !c->g[gi].incl) {
            *out = c->g[gi];
            /* chain: "A and B", "A, B and C" */
            size_t s = out->s;
            while (s >= 2) {
                size_t x = s;
                if (is(c, x - 1, "and") || is(c, x - 1, ",") || is(c, x - 1, "&")) {
                    x--;
                    if (c->gend[x] < 0 && x >= 1 && is(c, x - 1, ",")) x--;
                } else
                    break;
                int gj = c->gend[x];
                if (gj < 0 || c->g[gj].subset) break;
                if (c->g[gj].incl) break;
                cnt_add(&out->q, &c->g[gj].q);
                out->def = 0;
                out->neg = out->neg && c->g[gj].neg;
                out->s = c->g[gj].s;
                s = out->s;
            }
            return 1;
        }
        if (gi >= 0 && (c->g[gi].subset || c->g[gi].incl)) {
            /* an aside: ", including three children," / ", two of them children," */
            p = c->g[gi].s;
            if (p > 0 && (is(c, p - 1, "including") || is(c, p - 1, "among"))) p--;
            if (p > 0 && is(c, p - 1, ",")) p--;
            steps++;
            continue;
        }
        size_t x = p - 1;
        if (is_any(c, x, &WS_AUX) || tok_ends(c, x, "ly")) {
            if (is(c, x, "not") || is(c, x, "never")) *negated = 1;
            p--;
            steps++;
            continue;
        }
        if (is(c, x, ",") && c->gend[x] >= 0 && (c->g[c->gend[x]].subset || c->g[c->gend[x]].incl)) {
            p--;
            steps++;
            continue;
        }
        if (is(c, x, ",")) {
            /* an aside ", four of them women," / ", including a child," */
            size_t q = x;
            int aside = 0;
            while (q > 0 && x - q < 8) {
                q--;
                if (is(c, q, ",")) {
                    if (is(c, q + 1, "including") || is(c, q + 1, "among")) aside = 1;
                    for (size_t r = q + 1; r < x && !aside; r++)
                        if (c->gend[r] >= 0 && c->g[c->gend[r]].s == q + 1 &&
                            (c->g[c->gend[r]].subset || c->g[c->gend[r]].incl))
                            aside = 1;
                    break;
                }
            }
            if (aside && q > 0) {
                p = q;
                steps++;
                continue;
            }
            if (steps == 0) return 0; /* a bare comma ends it */
        }
        /* "were shot and" before "killed" is a cue phrase; "shot and" leftover */
        if (is(c, x, "and") && x > 0 && is(c, x - 1, "shot")) {
            p -= 2;
            steps++;
            continue;
        }
        /* a place after the group: "both men inside the car were killed" */
        for (size_t q = x; q + 6 > x && q > 0; q--) {
            if (c->t[q].punct || lex_at(c->t, q, c->n, CUE_MASK)) break;
            if (is_any(c, q, &WS_PLACEPREP) && c->gend[q] >= 0 && !c->g[c->gend[q]].subset &&
                !c->g[c->gend[q]].incl && q < x) {
                p = q;
                steps++;
                goto next;
            }
            if (!(modifier_at(c, q) || c->t[q].cap || is(c, q, "the") || is(c, q, "a") ||
                  is(c, q, "an") || is(c, q, "his") || is(c, q, "her") || is(c, q, "their")))
                break;
        }
        break;
    next:;
    }
    return 0;
}

/* A group chain starting at token k (after an active verb). */
static int right_group(const sctx *c, size_t k, grp *out)
{
    if (!parse_group(c, k, out, 1)) return 0;
    size_t e = out->e;
    for (int round = 0; round < 6; round++) {
        size_t x = e;
        if (is(c, x, ",") && (is(c, x + 1, "including") || is(c, x + 1, "among"))) break;
        if (is(c, x, "to") || is(c, x, "in")) break;
        if (is(c, x, ",")) x++;
        if (is(c, x, "and") || is(c, x, "&")) x++;
        if (x == e) break;
        grp g2;
        if (!parse_group(c, x, &g2, 1) || g2.subset) break;
        if (g2.def && g2.q.value == 1 && !c->t[x].cap && !out->def) break; /* "and his son"? keep simple */
        cnt_add(&out->q, &g2.q);
        e = out->e = g2.e;
    }
    return 1;
}

/* The subject of the cue's clause: a group that opens the clause, with no
 * cue between ("A three-year-old was rushed to hospital with a gunshot wound"). */
static int clause_subject(const sctx *c, size_t i, grp *out)
{

    for (size_t k = i; k > 0 && i - k < 16; k--) {
        size_t x = k - 1;
        if (is(c, x, ";") || is(c, x, "(") || is(c, x, "after") || is(c, x, "because") ||
            is(c, x, "following") || is(c, x, "charged") || is(c, x, "arrested") ||
            is(c, x, "accused") || is(c, x, "shot") || is(c, x, "killed"))
            return 0;
        if (x + 1 < i && lex_at(c->t, x, c->n, CUE_MASK)) return 0;
        int gi = c->gend[k];
        if (gi >= 0) {
            const grp *g = &c->g[gi];
            if (g->subset || g->incl || g->neg) return 0;
            if (g->s == 0 || is_any(c, g->s - 1, &WS_OPEN)) {
                *out = *g;
                return 1;
            }
            return 0;
        }
    }
    return 0;
}

static int is_year_tok(const sctx *c, size_t i)
{
    if (i >= c->n || toklen(c, i) != 4 || !c->t[i].digit) return 0;
    const char *w = c->text + c->t[i].s;
    for (int k = 0; k < 4; k++)
        if (w[k] < '0' || w[k] > '9') return 0;
    return (w[0] == '1' && w[1] >= '8') || (w[0] == '2' && w[1] == '0');
}

/* Flags from the words of the clause around tokens [gs, ce). */
static unsigned clause_flags(const sctx *c, size_t gs, size_t ce)
{
    /* at most 24 tokens either side: linear time however long the sentence */
    size_t cs = gs;
    while (cs > 0 && gs - cs < 24 && !is(c, cs - 1, ";")) cs--;
    size_t cend = ce;
    while (cend < c->n && cend - ce < 24 && !is(c, cend, ";") && !is(c, cend, ",") &&
           !(is(c, cend, "and") && cend > ce + 1))
        cend++;
    unsigned f = 0;
    for (size_t k = cs; k < cend; k++) {
        if (k >= gs && k < ce) continue;
        const entry *e = lex_at(c->t, k, c->n,
                                (1u << C_AGG) | (1u << C_OTHER) | (1u << C_UPDATE) | (1u << C_PAST) |
                                    (1u << C_APART));
        if (e) {
            if (e->cls == C_AGG) f |= KBA_TF_AGGREGATE;
            else if (e->cls == C_OTHER) f |= KBA_TF_OTHER;
            else if (e->cls == C_APART) f |= KBA_TF_APART;
            else if (e->cls == C_PAST) f |= KBA_TF_PAST;
            else if (k >= ce || e->nw > 1) f |= KBA_TF_UPDATE;
        }
        if ((is(c, k, "in") || is(c, k, "during") || is(c, k, "since") || is(c, k, "throughout") ||
             is(c, k, "for")) &&
            is_year_tok(c, k + 1) && !is(c, k + 2, "block")) {
            /* "1,524 fatalities in 2023", "In 2023, 1,524 people were killed": a year's
             * total; a year elsewhere in the clause dates the incident */
            if ((k >= ce && k <= ce + 3) || k + 2 == gs || (k + 3 == gs && is(c, k + 2, ",")))
                f |= KBA_TF_AGGREGATE;
            else
                f |= KBA_TF_PAST;
        }
    }
    return f;
}

static int mention(sctx *c, const grp *g, size_t cs, size_t ce, int kind, unsigned extra)
{
    size_t s = g->s < cs ? g->s : cs, e = g->e > ce ? g->e : ce;
    if (e > c->n) e = c->n;
    if (e <= s) e = s + 1;
    unsigned f = extra | clause_flags(c, s, e);
    if ((f & KBA_TF_AGGREGATE) && g->q.value == 1 && g->q.min < 0) /* one death is no total */
        f = (f & ~(unsigned)KBA_TF_AGGREGATE) | KBA_TF_PAST;
    if (g->neg) f |= KBA_TF_ZERO;
    if (g->else_) f |= KBA_TF_ELSE;
    if (g->def) f |= KBA_TF_DEFINITE;
    if (g->subset) f |= KBA_TF_SUBSET;
    if (g->ord > 1 && kind == KBA_KILLED && !g->neg) {
        /* "a third victim has died": the toll is now three */
        kba_count q = {g->ord, -1, -1, 0, 0};
        return emit(c, s, e, kind, q, f | KBA_TF_UPDATE);
    }
    if (kind == KBA_HIT && g->others) kind = KBA_INJURED; /* "three others were shot" */
    return emit(c, s, e, kind, g->q, f);
}

/* After a group of people shot, the comma at x may open the part of them who
 * died: ", one fatally", ", two of them mortally". Records that subset as
 * killed (a subset: not added to the group twice). */
static int fatal_subset(sctx *c, size_t x)
{
    kba_count q;
    size_t used = kba_quantity(c->text, c->t, x + 1, c->n, &q);
    if (!used) return KB_OK;
    size_t y = x + 1 + used;
    if (is(c, y, "of") && (is(c, y + 1, "them") || is(c, y + 1, "whom"))) y += 2;
    if (!is(c, y, "fatally") && !is(c, y, "mortally")) return KB_OK;
    grp sg;
    memset(&sg, 0, sizeof sg);
    sg.s = x + 1;
    sg.q = q;
    sg.subset = 1;
    sg.e = y + 1;
    return mention(c, &sg, x + 1, y + 1, KBA_KILLED, 0);
}


static int kind_of(int cls)
{
    switch (cls) {
    case C_KILL: case C_TOLLK: return KBA_KILLED;
    case C_INJURE: case C_TOLLI: return KBA_INJURED;
    case C_HIT: return KBA_HIT;
    default: return KBA_CASUALTIES;
    }
}

static int scan_sentence(sctx *c)
{
    /* most sentences have no cue at all: nothing to do */
    size_t first_cue = c->n;
    for (size_t i = 0; i < c->n; i++)
        if (g_lex.head[c->t[i].h & (NBUCKET - 1)] >= 0 && lex_at(c->t, i, c->n, CUE_MASK)) {
            first_cue = i;
            break;
        }
    if (first_cue == c->n) return KB_OK;
    /* groups, left to right, not overlapping */
    for (size_t k = 0; k <= c->n; k++) c->gend[k] = -1;
    c->ng = 0;
    for (size_t i = 0; i < c->n;) {
        grp g;
        if (!c->t[i].punct && (c->t[i].digit || c->t[i].cap || kba_wordset_has(&WS_START, c->t[i].h) ||
                               (c->text[c->t[i].s] & 0x80)) &&
            parse_group(c, i, &g, 0) && g.e > i) {
            if (i > 0 && (is(c, i - 1, "including") ||
                          (is(c, i - 1, "among") && i > 1 && is(c, i - 2, ","))))
                g.incl = 1;
            c->g[c->ng] = g;
            c->gend[g.e] = (int)c->ng;
            c->ng++;
            i = g.e;
        } else
            i++;
    }
    int rc = KB_OK;
    grp last_g;
    size_t last_ce = 0;
    int have_last = 0;
    memset(&last_g, 0, sizeof last_g);
    for (size_t i = 0; i < c->n && rc == KB_OK;) {
        const entry *e = lex_at(c->t, i, c->n, CUE_MASK);
        if (!e) {
            i++;
            continue;
        }
        size_t ce = i + e->nw;
        int kind = kind_of(e->cls);
        if (e->nw == 1 && i > 0 && (e->cls == C_KILL || e->cls == C_INJURE) &&
            (is(c, i - 1, "the") || is(c, i - 1, "of")) && !(e->flags & F_N)) {
            i = ce; /* "the injured were taken to hospital": a noun, not a cue */
            continue;
        }
        /* "raising to 16 the number of villagers killed": the count before the toll noun */
        if ((e->cls == C_KILL || e->cls == C_INJURE || e->cls == C_TOLLK || e->cls == C_TOLLI) && i >= 3) {
            size_t of = SIZE_MAX;
            int found = 0;
            if (e->cls == C_TOLLK || e->cls == C_TOLLI) {
                if (is(c, i, "number") && is(c, i - 1, "the")) of = i - 1; /* ("the number of people injured") */
            } else
                for (size_t k = i - 1; k + 4 > i && k >= 2 && of == SIZE_MAX; k--)
                    if (is(c, k, "of") && is(c, k - 1, "number") && is(c, k - 2, "the")) of = k - 2;
            /* (the count right before "the", after "to", within five tokens) */
            for (size_t s0 = of != SIZE_MAX && of > 0 ? of - 1 : 0; s0 > 0 && s0 + 6 > of; s0--) {
                if (!is(c, s0 - 1, "to")) continue;
                kba_count q;
                size_t used = kba_quantity(c->text, c->t, s0, c->n, &q);
                if (used && s0 + used == of) {
                    grp g;
                    memset(&g, 0, sizeof g);
                    g.s = s0;
                    g.q = q;
                    g.e = of;
                    rc = mention(c, &g, s0, ce, kind, KBA_TF_TOLL | KBA_TF_UPDATE);
                    found = 1;
                    break;
                }
            }
            /* (a cue word of "the number of villagers killed" is no toll of its own; "the
             * number of dead rose to 23" goes on below) */
            if (found || (of != SIZE_MAX && (e->cls == C_KILL || e->cls == C_INJURE))) {
                i = ce;
                continue;
            }
        }
        if (e->nw == 1 && e->cls == C_INJURE) {
            const entry *nx = lex_at(c->t, ce, c->n, 1u << C_KILL);
            if (nx && !(nx->flags & F_N)) {
                i = ce; /* "two more injured succumbed": the injured as a noun */
                continue;
            }
        }
        grp g;
        int neg = 0;
        if (e->count) {
            /* "a double homicide": the cue itself says how many */
            memset(&g, 0, sizeof g);
            g.s = i;
            g.e = ce;
            cnt_set(&g.q, e->count);
            rc = mention(c, &g, i, ce, kind, 0);
            i = ce;
            continue;
        }
        if (e->cls == C_TOLLK || e->cls == C_TOLLI) {
            unsigned upd = 0;
            /* "The number of people killed in fighting between the two sides near Oog on Sunday,
             * November 1, has risen to 15": the figure the update gives, however far in its
             * clause, over the numbers on the way */
            size_t from = ce;
            for (size_t k = ce; k + 1 < c->n && k < ce + 30; k++) {
                if (is(c, k, ";") || is(c, k, ".")) break;
                if (!lex_at(c->t, k, c->n, 1u << C_UPDATE)) continue;
                size_t q0 = k + 1;
                while (q0 < c->n && q0 < k + 3 && !is(c, q0, "to")) q0++;
                if (q0 < c->n && is(c, q0, "to")) {
                    kba_count q;
                    if (kba_quantity(c->text, c->t, q0 + 1, c->n, &q)) from = q0 + 1;
                }
                break;
            }
            if (from != ce) upd = KBA_TF_UPDATE;
            for (size_t k = from; k < c->n && k < from + 10; k++) {
                if (is(c, k, ";") || is(c, k, ".")) break;
                if (lex_at(c->t, k, c->n, 1u << C_UPDATE)) upd = KBA_TF_UPDATE;
                kba_count q;
                size_t used = kba_quantity(c->text, c->t, k, c->n, &q);
                if (used) {
                    size_t after = k + used;
                    size_t ne;
                    grp tmp;
                    memset(&tmp, 0, sizeof tmp);
                    if (noun_tail(c, after, &ne, &tmp) < 0) continue;
                    memset(&g, 0, sizeof g);
                    g.s = i;
                    g.q = q;
                    g.e = after;
                    rc = mention(c, &g, i, after, kind, KBA_TF_TOLL | upd);
                    break;
                }
            }
            i = ce;
            continue;
        }
        if (e->flags & F_N) {
            /* "7 deaths", "no injuries", "no other injuries" */
            size_t p = i;
            int other = 0;
            while (p > 0 && i - p < 3 &&
                   (is(c, p - 1, "other") || is(c, p - 1, "more") || is(c, p - 1, "additional") ||
                    is(c, p - 1, "serious") || is(c, p - 1, "further") || is(c, p - 1, "known") ||
                    is(c, p - 1, "reported") || is(c, p - 1, "confirmed") ||
                    is(c, p - 1, "immediate") || is(c, p - 1, "life-threatening"))) {
                if (!is(c, p - 1, "serious") && !is(c, p - 1, "life-threatening") &&
                    !is(c, p - 1, "known") && !is(c, p - 1, "reported") &&
                    !is(c, p - 1, "confirmed") && !is(c, p - 1, "immediate"))
                    other = 1;
                p--;
            }
            if (p > 0 && (is(c, p - 1, "no") ||
                          (p > 2 && is(c, p - 1, "of") && is(c, p - 2, "reports") && is(c, p - 3, "no")))) {
                memset(&g, 0, sizeof g);
                g.s = is(c, p - 1, "no") ? p - 1 : p - 3;
                cnt_set(&g.q, 0);
                g.neg = 1;
                g.else_ = (uint8_t)other;
                rc = mention(c, &g, i, ce, kind, 0);
            } else if (kind != KBA_CASUALTIES || 1) {
                int gi = c->gend[p];
                if (gi >= 0 && c->g[gi].q.value != 1 && !c->g[gi].def) {
                    g = c->g[gi];
                    if (kind != KBA_CASUALTIES) rc = mention(c, &g, i, ce, kind, 0);
                } else if (p == i && p > 0) {
                    kba_count q;
                    /* the count right before: "1,524 fatalities" */
                    for (size_t s = p > 3 ? p - 3 : 0; s < p; s++) {
                        size_t used = kba_quantity(c->text, c->t, s, c->n, &q);
                        if (used && s + used == p) {
                            memset(&g, 0, sizeof g);
                            g.s = s;
                            g.q = q;
                            if (kind != KBA_CASUALTIES) rc = mention(c, &g, i, ce, kind, 0);
                            break;
                        }
                    }
                }
            }
            i = ce;
            continue;
        }
        int passive = i > 0 && (is(c, i - 1, "were") || is(c, i - 1, "was") || is(c, i - 1, "been") ||
                                is(c, i - 1, "be") || is(c, i - 1, "being") || is(c, i - 1, "is") ||
                                is(c, i - 1, "are") || is(c, i - 1, "got") ||
                                (tok_ends(c, i - 1, "ly") && i > 1 &&
                                 (is(c, i - 2, "were") || is(c, i - 2, "was") || is(c, i - 2, "been") ||
                                  is(c, i - 2, "is") || is(c, i - 2, "are") || is(c, i - 2, "be"))));
        int found = 0;
        if ((e->flags & F_A) && !passive) {
            size_t k = ce;
            if ((e->flags & F_O) && is(c, k, "of")) k++;
            int ok = right_group(c, k, &g);
            if (ok && (e->flags & F_H)) {
                size_t x = g.e;
                if (is(c, x, "to") || is(c, x, "in") || is(c, x, "into")) x++;
                else ok = 0;
                while (ok && x < c->n && x < g.e + 5 &&
                       (is(c, x, "the") || is(c, x, "a") || is(c, x, "area") || is(c, x, "local") ||
                        is(c, x, "nearby") || is(c, x, "several") || is(c, x, "different")))
                    x++;
                if (ok && !is(c, x, "hospital") && !is(c, x, "hospitals")) ok = 0;
                if (ok) g.e = x + 1;
            }
            if (ok) {
                found = 1;
                rc = mention(c, &g, i, ce, kind, 0);
                size_t ge = g.e;
                /* "shooting two people, one fatally" */
                if (rc == KB_OK && kind == KBA_HIT && is(c, ge, ",")) rc = fatal_subset(c, ge);
                i = ge > ce ? ge : ce;
                continue;
            }
        }
        /* "a boy shot his grandfather": the one before an active verb is not its victim */
        if (!found && (e->flags & F_A) && !passive &&
            (is(c, ce, "his") || is(c, ce, "her") || is(c, ce, "their") || is(c, ce, "its") ||
             is(c, ce, "my") || is(c, ce, "our") || is(c, ce, "him") || is(c, ce, "them") ||
             is(c, ce, "himself") || is(c, ce, "herself") || is(c, ce, "themselves") ||
             is(c, ce, "me") || is(c, ce, "us")))
            found = -1;
        if (!found && (e->flags & F_P)) {
            int got = left_group(c, i, &g, &neg);
            if (!got && !neg && i > 0 && (is(c, i - 1, "or") || is(c, i - 1, "and")) &&
                have_last && last_ce == i - 1) {
                g = last_g; /* "no one was killed or injured" */
                got = 1;
            }
            if (!got && !neg && e->cls == C_INJURE) got = clause_subject(c, i, &g);
            if (got && kind == KBA_HIT && !passive && (g.def || (g.others && g.e == g.s + 1)))
                got = 0; /* "he shot", "another shot": the shooter, or a shot */
            if (got && !neg) {
                /* "The two were shot, along with another woman" */
                size_t w = ce;
                while (w < c->n && w < ce + 4 && !c->t[w].punct) w++;
                if (is(c, w, ",") && is(c, w + 1, "along") && is(c, w + 2, "with")) {
                    grp g2;
                    if (parse_group(c, w + 3, &g2, 1) && !g2.subset && !g2.neg) {
                        cnt_add(&g.q, &g2.q);
                        g.def = 0;
                    }
                }
                last_g = g;
                last_ce = ce;
                have_last = 1;
                rc = mention(c, &g, i, ce, kind, 0);
                /* ", one fatally" / ", two of them critically" after a shot group */
                size_t x = ce;
                while (x < c->n && x < ce + 6 && !is(c, x, ",") && !is(c, x, ";")) x++;
                if (rc == KB_OK && kind == KBA_HIT && is(c, x, ",")) rc = fatal_subset(c, x);
            }
        }
        i = ce;
    }
    return rc;
}

int kba_tolls(const char *text, size_t len, const kb_span *sents, size_t n_sents, kb_arena *a,
              kba_toll **out, size_t *n)
{
    *out = NULL;
    *n = 0;
    int rc = kba_toll_init(NULL);
    if (rc != KB_OK) return rc;
    if (!text || !len) return KB_OK;
    kb_span whole = {0, (uint32_t)len};
    if (!sents) {
        sents = &whole;
        n_sents = 1;
    }
    /* scratch sized for the longest sentence */
    size_t maxlen = 0;
    for (size_t s = 0; s < n_sents; s++) {
        if (sents[s].end > len || sents[s].start >= sents[s].end) continue;
        size_t l = sents[s].end - sents[s].start;
        if (l > maxlen) maxlen = l;
    }
    size_t cap = maxlen + 2;
    kba_tok *t = kb_arena_alloc(a, cap * sizeof *t);
    int *gend = kb_arena_alloc(a, (cap + 1) * sizeof *gend);
    grp *g = kb_arena_alloc(a, cap * sizeof *g);
    if (!t || !gend || !g) return KB_ENOMEM;
    sctx c = {.text = text, .t = t, .a = a, .gend = gend, .g = g};
    for (size_t s = 0; s < n_sents; s++) {
        if (sents[s].end > len || sents[s].start >= sents[s].end) continue;
        c.n = kba_tokenize(text, sents[s].start, sents[s].end, t, cap);
        c.sent = (uint32_t)s;
        rc = scan_sentence(&c);
        if (rc != KB_OK) return rc;
    }
    *out = c.out;
    *n = c.nout;
    return KB_OK;
}

static void sets_init(void)
{
    kba_wordset_init(&WS_FUNC, FUNC);
    kba_wordset_init(&WS_PLACEPREP, PLACEPREP);
    kba_wordset_init(&WS_START, START);
    kba_wordset_init(&WS_NONPERSON, NONPERSON_CAP);
    kba_wordset_init(&WS_PREP, PREP_AFTER_BARE);
    kba_wordset_init(&WS_THINGS, THINGS);
    kba_wordset_init(&WS_OPEN, OPEN);
    kba_wordset_init(&WS_AUX, AUX);
}
