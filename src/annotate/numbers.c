/*
 * numbers.c -- the toll scanner's tokens and the quantities of news prose.
 *
 * kba_tokenize() cuts a sentence into words and punctuation marks (a word keeps
 * inner apostrophes, hyphens and the , . between digits, so "1,524",
 * "twenty-three", "25-year-old" and "a.m" are one token each) and hashes each
 * word lower-cased. kba_quantity() reads a count at a token: digits and number
 * words, modifiers that give bounds ("at least", "more than", "nearly", "up to",
 * "between X and Y"), ranges ("12 to 15", "12-15"), "a dozen", and the vague
 * plurals ("dozens" >= 24, "hundreds" >= 200, "scores of" >= 40). Numbers that
 * are not counts of people -- ages, clock times, money, percentages, years,
 * addresses -- are refused by looking at the tokens around them.
 * Used by toll.c; see toll.h.
 */
#include "annotate/toll.h"

#include <pthread.h>
#include <string.h>

#define FNV_OFF 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

static int is_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* U+2018/2019 (’) at p? */
static int is_rsquo(const char *p, const char *end)
{
    return end - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
           ((unsigned char)p[2] == 0x99 || (unsigned char)p[2] == 0x98);
}
/* A UTF-8 lead byte of a letter-ish character (not the E2 punctuation block). */
static int is_word_hi(const char *p, const char *end)
{
    unsigned char c = (unsigned char)*p;
    if (c < 0x80) return 0;
    if (c == 0xE2 && end - p >= 2 && ((unsigned char)p[1] == 0x80 || (unsigned char)p[1] == 0x81))
        return 0; /* quotes, dashes, ellipsis */
    if (c == 0xC2) return 0; /* NBSP, «, », ¡ ... */
    return c >= 0xC3;
}
static size_t u8len(unsigned char c)
{
    return c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

uint64_t kba_hash_word(const char *w, size_t n)
{
    uint64_t h = FNV_OFF;
    const char *end = w + n;
    for (const char *p = w; p < end; p++) {
        unsigned char c = (unsigned char)*p;
        if (is_rsquo(p, end)) {
            c = '\'';
            p += 2;
        } else if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        h = (h ^ c) * FNV_PRIME;
    }
    return h;
}

size_t kba_tokenize(const char *text, uint32_t s, uint32_t e, kba_tok *out, size_t cap)
{
    size_t n = 0;
    const char *end = text + e;
    const char *p = text + s;
    while (p < end && n < cap) {
        unsigned char c = (unsigned char)*p;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            p++;
            continue;
        }
        if ((unsigned char)c == 0xC2 && p + 1 < end && (unsigned char)p[1] == 0xA0) {
            p += 2; /* NBSP */
            continue;
        }
        const char *q = p;
        if (is_alnum(c) || is_word_hi(p, end)) {
            while (q < end) {
                unsigned char d = (unsigned char)*q;
                if (is_alnum(d)) {
                    q++;
                } else if (is_word_hi(q, end)) {
                    size_t k = u8len(d);
                    q += (size_t)(end - q) < k ? (size_t)(end - q) : k;
                } else if ((d == '\'' || d == '-') && q + 1 < end && q > p &&
                           (is_alnum((unsigned char)q[1]) || is_word_hi(q + 1, end))) {
                    q++;
                } else if (is_rsquo(q, end) && q + 3 < end && is_alnum((unsigned char)q[3])) {
                    q += 3;
                } else if ((d == ',' || d == '.') && q + 1 < end && is_digit((unsigned char)q[-1]) &&
                           is_digit((unsigned char)q[1])) {
                    q++;
                } else
                    break;
            }
        } else {
            size_t k = u8len(c);
            q += (size_t)(end - q) < k ? (size_t)(end - q) : k;
        }
        kba_tok *t = &out[n++];
        t->s = (uint32_t)(p - text);
        t->e = (uint32_t)(q - text);
        t->h = kba_hash_word(p, (size_t)(q - p));
        t->punct = !(is_alnum(c) || is_word_hi(p, end));
        t->cap = c >= 'A' && c <= 'Z';
        t->digit = is_digit(c);
        p = q;
    }
    return n;
}

/* ---- word sets: hashed lists of words, looked up by a token's hash ------- */

void kba_wordset_init(kba_wordset *ws, const char *const *words)
{
    memset(ws, 0, sizeof *ws);
    for (; *words; words++) {
        uint64_t h = kba_hash_word(*words, strlen(*words)) | 1; /* 0 = empty slot */
        unsigned k = (unsigned)(h >> 7) & (KBA_WORDSET_SLOTS - 1);
        for (unsigned probe = 0; probe < KBA_WORDSET_SLOTS; probe++) {
            unsigned x = (k + probe) & (KBA_WORDSET_SLOTS - 1);
            if (ws->slot[x] == h) break;
            if (!ws->slot[x]) {
                ws->slot[x] = h;
                break;
            }
        }
    }
}

int kba_wordset_has(const kba_wordset *ws, uint64_t h)
{
    h |= 1;
    unsigned k = (unsigned)(h >> 7) & (KBA_WORDSET_SLOTS - 1);
    for (unsigned probe = 0; probe < KBA_WORDSET_SLOTS; probe++) {
        uint64_t v = ws->slot[(k + probe) & (KBA_WORDSET_SLOTS - 1)];
        if (v == h) return 1;
        if (!v) return 0;
    }
    return 0;
}

/* ---- number words ------------------------------------------------------- */

static const char *const ones[] = {"zero",    "one",     "two",       "three",    "four",
                                   "five",    "six",     "seven",     "eight",    "nine",
                                   "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                   "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
static const char *const tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                   "eighty", "ninety"};

static int eqi_n(const char *w, const char *lit, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        if (c != (unsigned char)lit[i]) return 0;
    }
    return 1;
}
static int eqi(const char *w, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    return k == n && eqi_n(w, lit, n);
}

static uint64_t g_num_h[28];
static pthread_once_t g_num_once = PTHREAD_ONCE_INIT;
static void num_init(void)
{
    for (int i = 0; i < 20; i++) g_num_h[i] = kba_hash_word(ones[i], strlen(ones[i]));
    for (int i = 0; i < 8; i++) g_num_h[20 + i] = kba_hash_word(tens[i], strlen(tens[i]));
}

static long small_word(const char *w, size_t n)
{
    if (n < 3 || n > 9) return -1;
    pthread_once(&g_num_once, num_init);
    uint64_t h = kba_hash_word(w, n);
    for (int i = 0; i < 28; i++)
        if (g_num_h[i] == h && eqi(w, n, i < 20 ? ones[i] : tens[i - 20]))
            return i < 20 ? i : 20 + 10 * (i - 20);
    return -1;
}

long kba_word_number(const char *w, size_t n)
{
    if (!n) return -1;
    if (is_digit((unsigned char)w[0])) {
        long v = 0;
        size_t digits = 0;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)w[i];
            if (is_digit(c)) {
                if (v > 100000000L) return -1;
                v = v * 10 + (c - '0');
                digits++;
            } else if (c == ',' && i + 3 < n + 1 && i > 0) {
                /* thousands separator: exactly three digits follow */
                size_t k = i + 1;
                while (k < n && is_digit((unsigned char)w[k])) k++;
                if (k - i - 1 != 3) return -1;
            } else
                return -1;
        }
        return digits ? v : -1;
    }
    long v = small_word(w, n);
    if (v >= 0) return v;
    if (eqi(w, n, "dozen")) return 12;
    /* twenty-three */
    const char *dash = memchr(w, '-', n);
    if (dash) {
        long a = small_word(w, (size_t)(dash - w));
        long b = small_word(dash + 1, n - (size_t)(dash - w) - 1);
        if (a >= 20 && a % 10 == 0 && b >= 1 && b <= 9) return a + b;
    }
    return -1;
}

/* ---- quantities --------------------------------------------------------- */

#define TW(i) (text + t[i].s), (size_t)(t[i].e - t[i].s)
static int tis_n(const char *text, const kba_tok *t, size_t i, size_t n, const char *lit, size_t k)
{
    return i < n && t[i].e - t[i].s == k && eqi(text + t[i].s, k, lit);
}
#define tis(text, t, i, n, lit) tis_n(text, t, i, n, lit, sizeof(lit) - 1)
static int ends_with_n(const char *text, const kba_tok *t, size_t i, const char *suf, size_t k)
{
    size_t m = t[i].e - t[i].s;
    return m >= k && eqi_n(text + t[i].e - k, suf, k);
}
#define ends_with(text, t, i, suf) ends_with_n(text, t, i, suf, sizeof(suf) - 1)

static const char *const UNITS[] = {
        "year",    "years",   "yr",      "month",   "months",  "day",     "days",    "hour",
        "hours",   "minute",  "minutes", "second",  "seconds", "week",    "weeks",   "percent",
        "per",     "%",       "am",      "pm",      "o'clock", "block",   "times",   "rounds",
        "round",   "shots",   "shot",    "bullets", "feet",    "foot",    "miles",   "mile",
        "mph",     "yards",   "degrees", "dollars", "cents",   "million", "billion", "crore",
        "lakh",    "km",      "kilometres", "kilometers", "metres", "meters", "kg",  "pounds",
        "inch",    "inches",  "grams",   "calibre", "caliber", "mm",      "th",      "st",
        "nd",      "rd",      "gauge",   "decades", "decade",  "centuries", "century", "acres",
        "points",  "votes",   "seats",   "games",   "goals",   "runs",    "wickets", "overs",
        "cases",   "counts",  "charges", "vehicles", "cars",   "homes",   "houses",  "buildings",
        "storey",  "story",   "floors",  "rupees",  "dollar",  "euros",   "pence",   "mph",
        "ft",      "pages",   "items",   "guns",    "weapons", "rifles",  "handguns", "firearms",
        "bullet",  "casings", "shell",   "shells",  "grand",   "k", NULL};
static const char *const PRE[] = {"$",     "£",     "€",      "rs",    "rs.",  "no",
                                      "#",     "route", "highway", "page",  "aged", "age",
                                      "ages",  "interstate", "i",  "us",    "room", "apartment",
                                      "unit",  "suite", "channel", "number", "rupees", "pkr",
                                      "usd",   "flight", "bus",   "line",  "ward", "precinct", NULL};
static kba_wordset g_units, g_pre;
static pthread_once_t g_sets_once = PTHREAD_ONCE_INIT;
static void sets_init(void)
{
    kba_wordset_init(&g_units, UNITS);
    kba_wordset_init(&g_pre, PRE);
}

/* Words after a number that say it is not a count of people. */
static int unit_after(const char *text, const kba_tok *t, size_t i, size_t n)
{

    if (i >= n) return 0;
    if (kba_wordset_has(&g_units, t[i].h)) return 1;
    if (t[i].e - t[i].s > 7 && (ends_with(text, t, i, "-year-old") || ends_with(text, t, i, "-year-olds") ||
        ends_with(text, t, i, "-month-old") || ends_with(text, t, i, "-day-old")))
        return 1;
    /* 12:40, 3.5 */
    if (tis(text, t, i, n, ":") && i + 1 < n && t[i + 1].digit) return 1;
    /* a.m. / p.m. */
    if ((tis(text, t, i, n, "a") || tis(text, t, i, n, "p")) && tis(text, t, i + 1, n, "."))
        return 1;
    if (tis(text, t, i, n, "a.m") || tis(text, t, i, n, "p.m")) return 1;
    return 0;
}

/* Words before a number that say it is not a count of people. */
static int unit_before(const kba_tok *t, size_t i)
{
    if (i == 0) return 0;

    if (kba_wordset_has(&g_pre, t[i - 1].h)) return 1;
    return 0;
}

static int is_year(const char *w, size_t n)
{
    if (n != 4) return 0;
    for (size_t k = 0; k < 4; k++)
        if (!is_digit((unsigned char)w[k])) return 0;
    long v = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
    return v >= 1800 && v <= 2100;
}

/* One number at token i, possibly of two tokens ("twenty three", "two hundred"
 * "1.5 million" is refused as money elsewhere). Returns tokens used. */
static size_t plain_number(const char *text, const kba_tok *t, size_t i, size_t n, long *v)
{
    if (i >= n || t[i].punct) return 0;
    const char *w = text + t[i].s;
    size_t wl = t[i].e - t[i].s;
    if (is_year(w, wl)) return 0;
    /* a digit token with a decimal point is not a head count */
    if (t[i].digit && memchr(w, '.', wl)) return 0;
    long a = kba_word_number(w, wl);
    if (a < 0) return 0;
    if (eqi(w, wl, "dozen")) return 0; /* only as "a dozen" / "two dozen" */
    size_t used = 1;
    if (a >= 20 && a % 10 == 0 && !t[i].digit && i + 1 < n) {
        long b = small_word(TW(i + 1));
        if (b >= 1 && b <= 9) {
            a += b;
            used = 2;
        }
    }
    if (i + used < n && a > 0 && a < 1000) {
        if (tis(text, t, i + used, n, "hundred")) {
            a *= 100;
            used++;
            if (tis(text, t, i + used, n, "and") && i + used + 1 < n) {
                long b = kba_word_number(TW(i + used + 1));
                if (b > 0 && b < 100) {
                    a += b;
                    used += 2;
                }
            }
        } else if (tis(text, t, i + used, n, "thousand")) {
            a *= 1000;
            used++;
        } else if (tis(text, t, i + used, n, "dozen")) {
            a *= 12;
            used++;
        }
    }
    *v = a;
    return used;
}

static void qset(kba_count *q, int32_t v, int32_t mn, int32_t mx, int approx)
{
    q->value = v;
    q->min = mn;
    q->max = mx;
    q->approx = approx;
    q->above = 0;
}

size_t kba_quantity(const char *text, const kba_tok *t, size_t i, size_t n, kba_count *q)
{
    if (i >= n) return 0;
    pthread_once(&g_sets_once, sets_init);
    size_t j = i;
    enum { M_NONE, M_ATLEAST, M_MORE, M_NEARLY, M_ABOUT, M_UPTO, M_BETWEEN, M_FEWER } mod = M_NONE;
    if (tis(text, t, j, n, "at") && (tis(text, t, j + 1, n, "least") || tis(text, t, j + 1, n, "minimum"))) {
        mod = M_ATLEAST;
        j += 2;
    } else if ((tis(text, t, j, n, "more") || tis(text, t, j, n, "over") ||
                tis(text, t, j, n, "upwards")) &&
               tis(text, t, j + 1, n, "than")) {
        mod = M_MORE;
        j += 2;
    } else if ((tis(text, t, j, n, "fewer") || tis(text, t, j, n, "less")) &&
               tis(text, t, j + 1, n, "than")) {
        mod = M_FEWER;
        j += 2;
    } else if (tis(text, t, j, n, "over") || tis(text, t, j, n, "above")) {
        mod = M_MORE;
        j += 1;
    } else if (tis(text, t, j, n, "nearly") || tis(text, t, j, n, "almost") ||
               tis(text, t, j, n, "under")) {
        mod = M_NEARLY;
        j += 1;
    } else if (tis(text, t, j, n, "close") && tis(text, t, j + 1, n, "to")) {
        mod = M_NEARLY;
        j += 2;
    } else if (tis(text, t, j, n, "about") || tis(text, t, j, n, "around") ||
               tis(text, t, j, n, "roughly") || tis(text, t, j, n, "approximately") ||
               tis(text, t, j, n, "some") || tis(text, t, j, n, "an") ||
               tis(text, t, j, n, "estimated") || tis(text, t, j, n, "reportedly")) {
        /* "some 40", "an estimated 30"; "some" alone is not a number */
        if (tis(text, t, j, n, "an") && !tis(text, t, j + 1, n, "estimated")) return 0;
        mod = M_ABOUT;
        j += tis(text, t, j, n, "an") ? 2 : 1;
    } else if (tis(text, t, j, n, "up") && tis(text, t, j + 1, n, "to")) {
        mod = M_UPTO;
        j += 2;
    } else if (tis(text, t, j, n, "as") && tis(text, t, j + 1, n, "many") &&
               tis(text, t, j + 2, n, "as")) {
        mod = M_UPTO;
        j += 3;
    } else if (tis(text, t, j, n, "between")) {
        mod = M_BETWEEN;
        j += 1;
    }

    /* vague plurals: dozens, hundreds, thousands, scores */
    if (j < n) {
        int32_t lb = -1;
        if (tis(text, t, j, n, "dozens")) lb = 24;
        else if (tis(text, t, j, n, "hundreds")) lb = 200;
        else if (tis(text, t, j, n, "thousands")) lb = 2000;
        else if (tis(text, t, j, n, "scores") && tis(text, t, j + 1, n, "of")) lb = 40;
        if (lb > 0 && (mod == M_NONE || mod == M_ABOUT)) {
            size_t e = j + 1;
            if (tis(text, t, e, n, "of")) e++;
            qset(q, -1, lb, -1, 1);
            return e - i;
        }
    }
    if (j < n && tis(text, t, j, n, "a") && tis(text, t, j + 1, n, "dozen")) {
        /* "a dozen" (12), "half a dozen" handled by the caller */
        int32_t v = 12;
        size_t e = j + 2;
        if (tis(text, t, e, n, "or") && tis(text, t, e + 1, n, "so")) e += 2;
        switch (mod) {
        case M_ATLEAST: qset(q, v, v, -1, 0); break;
        case M_MORE: qset(q, -1, v + 1, -1, 1); q->above = 1; break;
        case M_NEARLY: case M_UPTO: qset(q, v, -1, v, 1); break;
        case M_ABOUT: qset(q, v, -1, -1, 1); break;
        default: qset(q, v, -1, -1, 0);
        }
        return e - i;
    }
    if (j < n && (tis(text, t, j, n, "a") || tis(text, t, j, n, "half")) &&
        (tis(text, t, j + 1, n, "couple") || tis(text, t, j + 1, n, "pair")) && mod == M_NONE) {
        qset(q, 2, -1, -1, 0);
        return j + 2 - i + (tis(text, t, j + 2, n, "of") ? 1 : 0);
    }

    /* a digit range token "12-15" */
    if (j < n && t[j].digit && !unit_before(t, j)) {
        const char *w = text + t[j].s;
        size_t wl = t[j].e - t[j].s;
        const char *dash = memchr(w, '-', wl);
        if (dash) {
            long a = kba_word_number(w, (size_t)(dash - w));
            long b = kba_word_number(dash + 1, wl - (size_t)(dash - w) - 1);
            if (a >= 0 && b > a && b < 100000 && !unit_after(text, t, j + 1, n)) {
                qset(q, -1, (int32_t)a, (int32_t)b, 1);
                return j + 1 - i;
            }
            return 0;
        }
    }

    long a;
    size_t k = plain_number(text, t, j, n, &a);
    if (!k) return 0;
    if (unit_before(t, j) && mod == M_NONE) return 0;
    size_t e = j + k;
    /* a range: "12 to 15", "between 30 and 40", "two or three" */
    if (e + 1 < n && (tis(text, t, e, n, "to") || tis(text, t, e, n, "or") ||
                      (mod == M_BETWEEN && tis(text, t, e, n, "and")) || tis(text, t, e, n, "-") ||
                      tis(text, t, e, n, "\xE2\x80\x93"))) {
        long b;
        size_t k2 = plain_number(text, t, e + 1, n, &b);
        if (k2 && b > a) {
            if (unit_after(text, t, e + 1 + k2, n)) return 0;
            qset(q, -1, (int32_t)a, (int32_t)b, 1);
            return e + 1 + k2 - i;
        }
    }
    if (mod == M_BETWEEN) return 0;
    if (unit_after(text, t, e, n)) return 0;
    if (a > 10000000) return 0;
    int32_t v = (int32_t)a;
    switch (mod) {
    case M_ATLEAST: qset(q, v, v, -1, 0); break;
    case M_MORE: qset(q, -1, v + 1, -1, 1); q->above = 1; break;
    case M_FEWER: qset(q, -1, -1, v > 0 ? v - 1 : 0, 1); break;
    case M_NEARLY: qset(q, v, -1, v, 1); break;
    case M_UPTO: qset(q, v, -1, v, 1); break;
    case M_ABOUT: qset(q, v, -1, -1, 1); break;
    default: qset(q, v, -1, -1, 0);
    }
    return e - i;
}
