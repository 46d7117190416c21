/*
 * time.c -- time expressions in English news text (issue 5, part 1).
 *
 * One pass over the text builds a small token array (words lowercased,
 * numbers with their value and suffix, punctuation), each word looked up once
 * in a sorted table of time vocabulary (month and weekday names, number words,
 * units, seasons, parts of the day: facts, no rules). Then at each token a set
 * of hand-written matchers (each looks at a bounded number of tokens ahead, so
 * the scan is linear) proposes an expression; the longest wins and is
 * normalised to a TIMEX3 type and value against the document creation time
 * (DCT). Relative weekdays, months, seasons and quarters are resolved with a
 * cheap tense cue: a future marker (will, plans, expected, next ...) in a
 * window before the expression within the sentence picks the next occurrence,
 * otherwise the most recent one. "A year earlier" and "the year-ago quarter"
 * refer back to the last quarter the text named.
 *
 * Used by src/eval/time.c (scoring) and by the event coder through
 * kba_time_governing(). See time.h.
 */
#include "annotate/time.h"
#include "kb_internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* ---- calendar arithmetic -------------------------------------------------- */
static int is_leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int mdays(long y, int m)
{
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 31;
    return m == 2 && is_leap(y) ? 29 : d[m - 1];
}
/* ISO weekday 1 = Monday .. 7 = Sunday */
static int wday(long z) { return kbu_iso_weekday(z); }
static void iso_week(long z, long *wy, int *wk)
{
    long th = z - wday(z) + 4, y;
    int m, d;
    kbu_civil_from_days(th, &y, &m, &d);
    *wy = y;
    *wk = (int)((th - kbu_days_from_civil(y, 1, 1)) / 7 + 1);
}

/* ---- tokens ------------------------------------------------------------- */
enum { K_WORD = 1, K_NUM, K_PUNCT };
enum { F_COMMA = 1, F_DEC = 2, F_CLOCK = 4, F_CLOCKS = 8, F_ODD = 16, F_STRONG = 32 };
enum {
    C_NONE = 0, C_MONTH, C_WDAY, C_NUMW, C_FEW, C_ORD, C_UNIT, C_SEASON, C_PART, C_DAYREF,
    C_REL, C_TRIG
};
enum { U_SEC = 1, U_MIN, U_HOUR, U_DAY, U_WEEK, U_FORTNIGHT, U_MONTH, U_QUARTER, U_YEAR,
       U_DECADE, U_CENT, U_WEEKEND };

typedef struct tok {
    uint32_t s, e;
    uint8_t kind, cap, sp, flags, ndig, cat;
    int16_t val;   /* category value */
    uint32_t sent; /* sentence number */
    long num;      /* NUM: value (clock: hours) */
    int mins;      /* clock minutes */
    char w[16];    /* WORD: lowercase; NUM: letter suffix; PUNCT: the char */
} tok;

typedef struct vocab {
    const char *w;
    uint8_t cat;
    int16_t val;
} vocab;

/* Sorted (strcmp order): kba_time_vocab_ok() checks it (unit test). */
static const vocab VOC[] = {
    {"a", C_TRIG, 0}, {"about", C_TRIG, 0}, {"afternoon", C_PART, 2},
    {"afternoons", C_PART, 102}, {"ago", C_TRIG, 0}, {"almost", C_TRIG, 0}, {"an", C_TRIG, 0},
    {"annual", C_TRIG, 0}, {"annually", C_TRIG, 1}, {"approximately", C_TRIG, 0},
    {"apr", C_MONTH, 104}, {"april", C_MONTH, 4}, {"around", C_TRIG, 0}, {"at", C_TRIG, 0},
    {"aug", C_MONTH, 108}, {"august", C_MONTH, 8}, {"autumn", C_SEASON, 3},
    {"biweekly", C_TRIG, 1}, {"centuries", C_UNIT, 100 + U_CENT}, {"century", C_UNIT, U_CENT},
    {"christmas", C_TRIG, 1}, {"couple", C_FEW, 2}, {"current", C_REL, 0},
    {"currently", C_TRIG, 1}, {"daily", C_TRIG, 1}, {"day", C_UNIT, U_DAY},
    {"days", C_UNIT, 100 + U_DAY}, {"dec", C_MONTH, 112}, {"decade", C_UNIT, U_DECADE},
    {"decades", C_UNIT, 100 + U_DECADE}, {"december", C_MONTH, 12}, {"dozen", C_NUMW, 12},
    {"each", C_TRIG, 0}, {"earlier", C_TRIG, 0}, {"early", C_TRIG, 0}, {"eight", C_NUMW, 8},
    {"eighteen", C_NUMW, 18}, {"eighth", C_ORD, 8}, {"eighty", C_NUMW, 80},
    {"eleven", C_NUMW, 11}, {"eleventh", C_ORD, 11}, {"end", C_TRIG, 0}, {"evening", C_PART, 3},
    {"evenings", C_PART, 103}, {"every", C_TRIG, 0}, {"fall", C_SEASON, 3},
    {"feb", C_MONTH, 102}, {"february", C_MONTH, 2}, {"few", C_FEW, -1},
    {"fifteen", C_NUMW, 15}, {"fifth", C_ORD, 5}, {"fifty", C_NUMW, 50}, {"first", C_ORD, 1},
    {"fiscal", C_TRIG, 1}, {"five", C_NUMW, 5}, {"following", C_REL, 1},
    {"formerly", C_TRIG, 0}, {"fortnight", C_UNIT, U_FORTNIGHT}, {"forty", C_NUMW, 40},
    {"four", C_NUMW, 4}, {"fourteen", C_NUMW, 14}, {"fourth", C_ORD, 4}, {"friday", C_WDAY, 5},
    {"fridays", C_WDAY, 105}, {"future", C_TRIG, 1}, {"half", C_TRIG, 0},
    {"hour", C_UNIT, U_HOUR}, {"hourly", C_TRIG, 1}, {"hours", C_UNIT, 100 + U_HOUR},
    {"jan", C_MONTH, 101}, {"january", C_MONTH, 1}, {"jul", C_MONTH, 107}, {"july", C_MONTH, 7},
    {"jun", C_MONTH, 106}, {"june", C_MONTH, 6}, {"last", C_REL, -1}, {"late", C_TRIG, 0},
    {"lately", C_TRIG, 1}, {"later", C_TRIG, 0}, {"latest", C_TRIG, 0}, {"less", C_TRIG, 0},
    {"mar", C_MONTH, 103}, {"march", C_MONTH, 3}, {"may", C_MONTH, 5}, {"mere", C_TRIG, 0},
    {"mid", C_TRIG, 0}, {"midday", C_TRIG, 1}, {"middle", C_TRIG, 0}, {"midnight", C_TRIG, 1},
    {"minute", C_UNIT, U_MIN}, {"minutes", C_UNIT, 100 + U_MIN}, {"monday", C_WDAY, 1},
    {"mondays", C_WDAY, 101}, {"month", C_UNIT, U_MONTH}, {"monthly", C_TRIG, 1},
    {"months", C_UNIT, 100 + U_MONTH}, {"more", C_TRIG, 0}, {"morning", C_PART, 1},
    {"mornings", C_PART, 101}, {"nearly", C_TRIG, 0}, {"new", C_TRIG, 0}, {"next", C_REL, 1},
    {"night", C_PART, 4}, {"nightly", C_TRIG, 1}, {"nights", C_PART, 104}, {"nine", C_NUMW, 9},
    {"nineteen", C_NUMW, 19}, {"ninety", C_NUMW, 90}, {"ninth", C_ORD, 9}, {"noon", C_TRIG, 1},
    {"nov", C_MONTH, 111}, {"november", C_MONTH, 11}, {"now", C_TRIG, 1},
    {"nowadays", C_TRIG, 1}, {"oct", C_MONTH, 110}, {"october", C_MONTH, 10},
    {"one", C_NUMW, 1}, {"over", C_TRIG, 0}, {"overnight", C_TRIG, 1}, {"past", C_REL, -1},
    {"per", C_TRIG, 0}, {"period", C_TRIG, 1}, {"present", C_TRIG, 1}, {"presently", C_TRIG, 1}, {"previous", C_REL, -1},
    {"previously", C_TRIG, 0}, {"quarter", C_UNIT, U_QUARTER}, {"quarterly", C_TRIG, 0},
    {"quarters", C_UNIT, 100 + U_QUARTER}, {"recent", C_TRIG, 1}, {"recently", C_TRIG, 1},
    {"roughly", C_TRIG, 0}, {"saturday", C_WDAY, 6}, {"saturdays", C_WDAY, 106},
    {"second", C_ORD, 2}, {"seconds", C_UNIT, 100 + U_SEC}, {"sep", C_MONTH, 109},
    {"sept", C_MONTH, 109}, {"september", C_MONTH, 9}, {"seven", C_NUMW, 7},
    {"seventeen", C_NUMW, 17}, {"seventh", C_ORD, 7}, {"seventy", C_NUMW, 70},
    {"several", C_FEW, -1}, {"six", C_NUMW, 6}, {"sixteen", C_NUMW, 16}, {"sixth", C_ORD, 6},
    {"sixty", C_NUMW, 60}, {"some", C_TRIG, 0}, {"soon", C_TRIG, 1}, {"spring", C_SEASON, 1},
    {"summer", C_SEASON, 2}, {"sunday", C_WDAY, 7}, {"sundays", C_WDAY, 107},
    {"ten", C_NUMW, 10}, {"tenth", C_ORD, 10}, {"thanksgiving", C_TRIG, 1}, {"the", C_TRIG, 0},
    {"third", C_ORD, 3}, {"thirteen", C_NUMW, 13}, {"thirty", C_NUMW, 30}, {"this", C_REL, 0},
    {"three", C_NUMW, 3}, {"thursday", C_WDAY, 4}, {"thursdays", C_WDAY, 104},
    {"today", C_DAYREF, 0}, {"tomorrow", C_DAYREF, 1}, {"tonight", C_DAYREF, 10},
    {"tuesday", C_WDAY, 2}, {"tuesdays", C_WDAY, 102}, {"twelfth", C_ORD, 12},
    {"twelve", C_NUMW, 12}, {"twentieth", C_ORD, 20}, {"twenty", C_NUMW, 20},
    {"twice", C_TRIG, 0}, {"two", C_NUMW, 2}, {"upcoming", C_REL, 1}, {"wednesday", C_WDAY, 3},
    {"wednesdays", C_WDAY, 103}, {"week", C_UNIT, U_WEEK}, {"weekend", C_UNIT, U_WEEKEND},
    {"weekends", C_UNIT, 100 + U_WEEKEND}, {"weekly", C_TRIG, 1},
    {"weeks", C_UNIT, 100 + U_WEEK}, {"winter", C_SEASON, 4}, {"year", C_UNIT, U_YEAR},
    {"yearly", C_TRIG, 1}, {"years", C_UNIT, 100 + U_YEAR}, {"yesterday", C_DAYREF, -1},
};
#define NVOC (sizeof VOC / sizeof *VOC)

int kba_time_vocab_ok(void)
{
    for (size_t i = 1; i < NVOC; i++)
        if (strcmp(VOC[i - 1].w, VOC[i].w) >= 0) return 0;
    return 1;
}

/* An open-addressing hash over VOC, built once (pthread_once), read-only after:
 * most words of a text miss on an empty slot without a single strcmp. */
#define VOC_HBITS 10
static uint16_t voc_slot[1u << VOC_HBITS]; /* index + 1, 0 = empty */
static pthread_once_t voc_once = PTHREAD_ONCE_INIT;

static uint32_t voc_hash(const char *w)
{
    uint32_t h = 2166136261u;
    for (; *w; w++) h = (h ^ (unsigned char)*w) * 16777619u;
    return h;
}
static void voc_build(void)
{
    for (size_t i = 0; i < NVOC; i++) {
        uint32_t h = voc_hash(VOC[i].w) & ((1u << VOC_HBITS) - 1);
        while (voc_slot[h]) h = (h + 1) & ((1u << VOC_HBITS) - 1);
        voc_slot[h] = (uint16_t)(i + 1);
    }
}
static const vocab *voc_find(const char *w)
{
    uint32_t h = voc_hash(w) & ((1u << VOC_HBITS) - 1);
    for (uint16_t s; (s = voc_slot[h]) != 0; h = (h + 1) & ((1u << VOC_HBITS) - 1))
        if (!strcmp(w, VOC[s - 1].w)) return &VOC[s - 1];
    return NULL;
}

static int is_alpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* words after which a period does not end a sentence */
static int abbrev_word(const tok *t)
{
    if (t->kind != K_WORD) return 0;
    if (t->cat == C_MONTH && t->val > 100) return 1;
    if (!t->w[1]) return 1; /* initials */
    if (t->w[2] && t->w[3] && t->w[4]) return 0; /* all the abbreviations below are short */
    static const char *const A[] = {"mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep",
                                    "lt", "col", "sgt", "capt", "no", "vs", "inc", "corp",
                                    "co", "jr", "sr", "prof", "rev", "mt", "ft", "u.s"};
    for (size_t i = 0; i < sizeof A / sizeof *A; i++)
        if (!strcmp(t->w, A[i])) return 1;
    return 0;
}

typedef struct tokv {
    tok *t;
    size_t n, cap;
} tokv;

static tok *tok_push(tokv *v)
{
    if (v->n == v->cap) {
        size_t nc = v->cap ? v->cap * 2 : 256;
        tok *nt = realloc(v->t, nc * sizeof *nt);
        if (!nt) return NULL;
        v->t = nt;
        v->cap = nc;
    }
    tok *t = &v->t[v->n++];
    memset(t, 0, sizeof *t);
    return t;
}

/* A synonym engine's words for "last" and "year" read as those ("final Sunday", "Final yr"): "yr"
 * always, "final" only before a weekday or a unit of the calendar, and not after "the" ("the
 * final week of the talks") */
static void spun_words(tokv *v)
{
    static const char *const NEXT[] = {"monday",   "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday",  "week",      "weekend",  "month",
                                       "year",     "yr",      "night",     "evening",  NULL};
    for (size_t i = 0; i < v->n; i++) {
        tok *t = &v->t[i];
        if (t->kind != K_WORD) continue;
        const char *as = NULL;
        if (!strcmp(t->w, "yr"))
            as = "year";
        else if (!strcmp(t->w, "final") && i + 1 < v->n && v->t[i + 1].kind == K_WORD &&
                 !(i > 0 && v->t[i - 1].kind == K_WORD && !strcmp(v->t[i - 1].w, "the")))
            for (int k = 0; NEXT[k] && !as; k++)
                if (!strcmp(v->t[i + 1].w, NEXT[k])) as = "last";
        if (!as) continue;
        strcpy(t->w, as);
        const vocab *vv = voc_find(t->w);
        t->cat = vv ? vv->cat : 0;
        t->val = vv ? vv->val : 0;
    }
}

static int tokenize(const char *text, size_t len, tokv *v)
{
    const unsigned char *s = (const unsigned char *)text;
    size_t i = 0;
    uint32_t sent = 0;
    int sp = 1, brk = 0;
    while (i < len) {
        unsigned char c = s[i];
        if (is_space(c)) {
            int nl = 0;
            while (i < len && is_space(s[i])) nl += s[i++] == '\n';
            sp = 1;
            if (nl >= 2) brk = 1;
            continue;
        }
        if (brk) {
            sent++;
            brk = 0;
        }
        tok *t = tok_push(v);
        if (!t) return KB_ENOMEM;
        t->s = (uint32_t)i;
        t->sp = (uint8_t)sp;
        sp = 0;
        t->sent = sent;
        if (is_alpha(c) || c >= 0x80) {
            /* typographic quotes and dashes (U+2010..U+201F) are punctuation */
            if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80 && s[i + 2] >= 0x90 &&
                s[i + 2] <= 0x9F) {
                unsigned char k = s[i + 2];
                t->kind = K_PUNCT;
                t->w[0] = (k >= 0x90 && k <= 0x95) ? '-' : (k == 0x98 || k == 0x99) ? '\'' : '"';
                i += 3;
                t->e = (uint32_t)i;
                continue;
            }
            size_t j = i, k = 0;
            int odd = 0;
            while (j < len) {
                unsigned char b = s[j];
                if (is_alpha(b)) {
                    if (k < sizeof t->w - 1) t->w[k++] = (char)(b | 32);
                    else odd = 1;
                    j++;
                } else if (b >= 0x80) {
                    if (b == 0xE2 && j + 2 < len && s[j + 1] == 0x80 && s[j + 2] >= 0x90 &&
                        s[j + 2] <= 0x9F)
                        break;
                    odd = 1;
                    j++;
                } else if (b == '.' && j + 2 < len && is_alpha(s[j + 1]) && s[j + 2] == '.' &&
                           k > 0 && k < 3) {
                    /* u.s. / a.m. / p.m.: keep the inner period */
                    if (k < sizeof t->w - 2) t->w[k++] = '.';
                    j++;
                } else
                    break;
            }
            t->w[k] = 0;
            t->kind = K_WORD;
            t->cap = (c >= 'A' && c <= 'Z');
            if (odd) {
                t->flags |= F_ODD;
                t->w[0] = 0;
            } else {
                const vocab *vv = voc_find(t->w);
                if (vv) {
                    t->cat = vv->cat;
                    t->val = vv->val;
                }
            }
            i = j;
            t->e = (uint32_t)i;
            continue;
        }
        if (is_digit(c)) {
            size_t j = i;
            long n = 0;
            int nd = 0;
            while (j < len && is_digit(s[j])) {
                if (nd < 9) n = n * 10 + (s[j] - '0');
                nd++;
                j++;
            }
            t->kind = K_NUM;
            /* thousands groups 1,524,000 */
            while (j + 3 < len + 0 && s[j] == ',' && is_digit(s[j + 1]) && is_digit(s[j + 2]) &&
                   is_digit(s[j + 3]) && (j + 4 >= len || !is_digit(s[j + 4]))) {
                t->flags |= F_COMMA;
                for (int q = 1; q <= 3; q++)
                    if (nd < 9) n = n * 10 + (s[j + q] - '0');
                nd += 3;
                j += 4;
            }
            if (j + 1 < len && s[j] == '.' && is_digit(s[j + 1])) {
                t->flags |= F_DEC;
                j++;
                while (j < len && is_digit(s[j])) j++;
            } else if (j + 2 < len && s[j] == ':' && is_digit(s[j + 1]) && is_digit(s[j + 2]) &&
                       nd <= 2 && (j + 3 >= len || !is_digit(s[j + 3]))) {
                t->flags |= F_CLOCK;
                t->mins = (s[j + 1] - '0') * 10 + (s[j + 2] - '0');
                j += 3;
                if (j + 2 < len && s[j] == ':' && is_digit(s[j + 1]) && is_digit(s[j + 2])) {
                    t->flags |= F_CLOCKS;
                    j += 3;
                }
            }
            size_t k = 0;
            while (j < len && is_alpha(s[j])) {
                if (k < sizeof t->w - 1) t->w[k++] = (char)(s[j] | 32);
                else t->flags |= F_ODD;
                j++;
            }
            t->w[k] = 0;
            t->num = n;
            t->ndig = (uint8_t)(nd > 200 ? 200 : nd);
            i = j;
            t->e = (uint32_t)i;
            continue;
        }
        t->kind = K_PUNCT;
        t->w[0] = (char)c;
        i++;
        t->e = (uint32_t)i;
        if ((c == '.' || c == '!' || c == '?') && v->n >= 2 && !(c == '.' && abbrev_word(&v->t[v->n - 2])))
            brk = 1;
        if (c == ';') brk = 0;
    }
    spun_words(v);
    return KB_OK;
}

/* ---- matching ---------------------------------------------------------- */
typedef struct ctx {
    const char *text;
    tok *t;
    int n;
    int have_dct;
    long dy;
    int dm, dd;
    long dz; /* DCT as day number */
    /* the last quarter the text named (for "a year earlier", "the year-ago quarter") */
    long ref_qy;
    int ref_q;
    uint32_t ref_q_sent;
    /* the last year and day the text named ("that year", "the next day") */
    long ref_y, ref_z;
    int ref_m; /* month of the last month- or day-precision date, 0 if none */
    int has_ref_y, has_ref_z;
    /* the day of the expression that ended at token last_end ("Friday at 8 pm") */
    long last_z;
    int last_end, has_last_z;
} ctx;

typedef struct res {
    int end; /* token index, exclusive */
    kba_tx_type type;
    char value[28];
    const char *mod;
    int is_quarter; long qy; int q;
} res;

/* t's word is lit (the first byte compared inline: most words differ there) */
static int word_is_str(const tok *t, const char *lit) { return t->w[0] == lit[0] && !strcmp(t->w, lit); }
static int is_word_at(const ctx *c, int i) { return i >= 0 && i < c->n && c->t[i].kind == K_WORD; }
static int W_str(const ctx *c, int i, const char *w) { return is_word_at(c, i) && word_is_str(&c->t[i], w); }
/* The same for a word literal ("" lit compiles for nothing else), the common case: one that
 * fits w[] with its NUL is one fixed-size memcmp, inlined as a few loads (equal bytes up to
 * the literal's NUL are the equal string). */
#define LIT_N(lit) (sizeof(lit) <= sizeof ((tok *)0)->w ? sizeof(lit) : 1)
#define word_is(t, lit) \
    (sizeof("" lit) <= sizeof ((tok *)0)->w ? !memcmp((t)->w, "" lit, LIT_N(lit)) : word_is_str((t), (lit)))
#define W(c, i, lit) (is_word_at((c), (i)) && word_is(&(c)->t[(i)], lit))
static int P(const ctx *c, int i, char ch)
{
    return i >= 0 && i < c->n && c->t[i].kind == K_PUNCT && c->t[i].w[0] == ch;
}
static int CAT(const ctx *c, int i, int cat)
{
    return i >= 0 && i < c->n && c->t[i].kind == K_WORD && c->t[i].cat == cat;
}
static int NUM(const ctx *c, int i)
{
    return i >= 0 && i < c->n && c->t[i].kind == K_NUM && !(c->t[i].flags & (F_ODD));
}
/* plain integer: no comma, decimals, clock or suffix */
static int INT(const ctx *c, int i)
{
    return NUM(c, i) && !(c->t[i].flags & (F_COMMA | F_DEC | F_CLOCK)) && !c->t[i].w[0];
}
/* token i follows i-1 with no space */
static int tight(const ctx *c, int i) { return i > 0 && i < c->n && !c->t[i].sp; }

#include <stdarg.h>
static void vset(res *r, const char *fmt, ...)
{
    char tmp[96];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    size_t k = strlen(tmp);
    if (k >= sizeof r->value) k = sizeof r->value - 1;
    memcpy(r->value, tmp, k);
    r->value[k] = 0;
}
static void vcat(res *r, const char *fmt, ...)
{
    char tmp[96];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    size_t L = strlen(r->value), k = strlen(tmp);
    if (L + k >= sizeof r->value) return;
    memcpy(r->value + L, tmp, k + 1);
}
static int okyear(long y) { return y >= 1 && y <= 9999; }
static void val_day(res *r, long z)
{
    long y;
    int m, d;
    kbu_civil_from_days(z, &y, &m, &d);
    if (!okyear(y)) strcpy(r->value, "XXXX-XX-XX");
    else vset(r, "%04ld-%02d-%02d", y, m, d);
}
static void val_week(res *r, long z)
{
    long wy;
    int wk;
    iso_week(z, &wy, &wk);
    if (!okyear(wy)) strcpy(r->value, "XXXX-WXX");
    else vset(r, "%04ld-W%02d", wy, wk);
}
static void val_month(res *r, long y, int m)
{
    /* m may be out of 1..12: normalise */
    long t = y * 12 + (m - 1);
    y = t >= 0 ? t / 12 : (t - 11) / 12;
    m = (int)(t - y * 12) + 1;
    if (!okyear(y)) strcpy(r->value, "XXXX-XX");
    else vset(r, "%04ld-%02d", y, m);
}
static void val_year(res *r, long y)
{
    if (!okyear(y)) strcpy(r->value, "XXXX");
    else vset(r, "%04ld", y);
}
static void val_quarter(res *r, long y, int q)
{
    long t = y * 4 + (q - 1);
    y = t >= 0 ? t / 4 : (t - 3) / 4;
    q = (int)(t - y * 4) + 1;
    if (!okyear(y)) strcpy(r->value, "XXXX-QX");
    else vset(r, "%04ld-Q%d", y, q);
    r->is_quarter = 1;
    r->qy = y;
    r->q = q;
}

/* ---- tense cue ---------------------------------------------------------- */
static int future_word(const ctx *c, int i)
{
    static const char *const F[] = {"will", "shall", "plans", "plan", "planned", "planning",
                                    "expected", "expects", "expect", "scheduled", "schedule",
                                    "upcoming", "intends", "intend", "next", "would", "due",
                                    "postponed", "delayed", "deferred", "adjourned",
                                    "hopes", "aims", "slated", "tomorrow", "wo", "going", "set"};
    const tok *t = &c->t[i];
    if (t->kind != K_WORD) return 0;
    if (!strcmp(t->w, "ll") && P(c, i - 1, '\'')) return 1;
    /* "is to resume", "are to meet" */
    if (!strcmp(t->w, "to") && (W(c, i - 1, "is") || W(c, i - 1, "are"))) return 1;
    for (size_t k = 0; k < sizeof F / sizeof *F; k++)
        if (!strcmp(t->w, F[k])) {
            /* words that are also nouns or causal ("the plan", "due to the rain") need "to" */
            if ((!strcmp(t->w, "going") || !strcmp(t->w, "set") || !strcmp(t->w, "plan") ||
                 !strcmp(t->w, "plans") || !strcmp(t->w, "planned") || !strcmp(t->w, "planning") ||
                 !strcmp(t->w, "hopes") || !strcmp(t->w, "aims") || !strcmp(t->w, "schedule") ||
                 !strcmp(t->w, "expect") || !strcmp(t->w, "intend")) &&
                !W(c, i + 1, "to"))
                return 0;
            if (!strcmp(t->w, "expected") &&
                (W(c, i - 1, "than") || P(c, i - 1, '-') || W(c, i - 1, "as")))
                return 0;
            if (!strcmp(t->w, "due") &&
                (!W(c, i + 1, "to") || W(c, i + 2, "the") || W(c, i + 2, "a") ||
                 W(c, i + 2, "an") || W(c, i + 2, "his") || W(c, i + 2, "her") ||
                 W(c, i + 2, "their") || W(c, i + 2, "its") || W(c, i + 2, "heavy") ||
                 W(c, i + 2, "high") || W(c, i + 2, "low") || W(c, i + 2, "poor") ||
                 W(c, i + 2, "bad") || W(c, i + 2, "lack") || W(c, i + 2, "concerns")))
                return 0;
            return 1;
        }
    return 0;
}
static int past_word(const ctx *c, int i)
{
    static const char *const Pw[] = {"was", "were", "had", "did", "said", "ago", "last",
                                     "yesterday", "earlier"};
    const tok *t = &c->t[i];
    if (t->kind != K_WORD) return 0;
    for (size_t k = 0; k < sizeof Pw / sizeof *Pw; k++)
        if (!strcmp(t->w, Pw[k])) return 1;
    /* a past form: "announced", "closed" (future words are checked first) */
    size_t L = strlen(t->w);
    if (W(c, i - 1, "be")) return 0; /* "will be held", "to be published" */
    /* forms that look ahead even without "to": "planned for March", "scheduled for" */
    static const char *const Fed[] = {"planned", "scheduled", "expected", "slated", "postponed",
                                      "delayed", "deferred", "adjourned", "need", "indeed"};
    for (size_t k = 0; k < sizeof Fed / sizeof *Fed; k++)
        if (!strcmp(t->w, Fed[k])) return 0;
    return L >= 5 && t->w[L - 2] == 'e' && t->w[L - 1] == 'd';
}
/* The tense around the expression at tokens [a, b): 1 a future cue (will, plans to,
 * next ...) up to 10 tokens before it in the sentence or 3 after, -1 a past cue
 * (was, said, an -ed form) up to 3 tokens before it, 0 neither. */
static int tense(const ctx *c, int a, int b)
{
    uint32_t s = c->t[a].sent;
    for (int i = a - 1; i >= 0 && i >= a - 10 && c->t[i].sent == s; i--) {
        if (future_word(c, i)) return 1;
        if (past_word(c, i) && a - i <= 3) return -1;
    }
    for (int i = b; i < c->n && i < b + 3 && c->t[i].sent == s; i++)
        if (future_word(c, i)) return 1;
    return 0;
}
static int is_future(const ctx *c, int a, int b) { return tense(c, a, b) == 1; }

/* ---- small parsers ------------------------------------------------------- */
/* A count: digits, number words ("twenty-four", "a dozen"), "a"/"an", "few",
 * "several", "a couple of", ranges ("12 to 18", "two or three") as unknown (-1).
 * Returns tokens consumed (0 = none); *v = value or -1 for unknown. */
static int parse_count(const ctx *c, int i, long *v)
{
    int j = i;
    long n;
    if (i >= c->n) return 0;
    const tok *t = &c->t[i];
    if (W(c, i, "a") || W(c, i, "an")) {
        if (CAT(c, i + 1, C_FEW)) {
            *v = c->t[i + 1].val == 2 ? 2 : -1;
            j = i + 2;
            if (W(c, j, "of")) j++;
            return j - i;
        }
        if (W(c, i + 1, "dozen")) {
            *v = 12;
            return 2;
        }
        *v = 1;
        return 1;
    }
    if (t->kind == K_WORD && t->cat == C_FEW) {
        *v = t->val == 2 ? 2 : -1;
        j = i + 1;
        if (W(c, j, "of")) j++;
        return j - i;
    }
    if (W(c, i, "some") || W(c, i, "many")) {
        *v = -1;
        return 1;
    }
    if (INT(c, i) && t->ndig <= 4) {
        n = t->num;
        j = i + 1;
    } else if (NUM(c, i) && (t->flags & F_COMMA) && !(t->flags & F_DEC) && !t->w[0]) {
        n = t->num;
        j = i + 1;
    } else if (t->kind == K_WORD && t->cat == C_NUMW) {
        n = t->val;
        j = i + 1;
        if (n >= 20 && n <= 90 && n % 10 == 0) {
            int k = j;
            if (P(c, k, '-') && tight(c, k) && tight(c, k + 1)) k++;
            if (CAT(c, k, C_NUMW) && c->t[k].val < 10) {
                n += c->t[k].val;
                j = k + 1;
            }
        }
        if (W(c, j, "hundred")) {
            n *= 100;
            j++;
        }
    } else
        return 0;
    /* ranges: "12 to 18", "two or three", "10-15" */
    if ((W(c, j, "to") || W(c, j, "or") || (P(c, j, '-') && tight(c, j) && tight(c, j + 1))) &&
        (INT(c, j + 1) || CAT(c, j + 1, C_NUMW))) {
        long dummy;
        int k = parse_count(c, j + 1, &dummy);
        if (k) {
            *v = -1;
            return j + 1 + k - i;
        }
    }
    *v = n;
    return j - i;
}

static const char *unit_code(int u)
{
    switch (u) {
    case U_SEC: return "S";
    case U_MIN: return "M";
    case U_HOUR: return "H";
    case U_DAY: return "D";
    case U_WEEK: return "W";
    case U_MONTH: return "M";
    case U_QUARTER: return "Q";
    case U_YEAR: return "Y";
    case U_DECADE: return "DE";
    case U_CENT: return "CE";
    case U_WEEKEND: return "WE";
    default: return "X";
    }
}
/* Duration value for n (-1 unknown) units, with a half ("and a half") */
static void val_dur(res *r, long n, int u, int half)
{
    int timeu = (u == U_SEC || u == U_MIN || u == U_HOUR);
    if (n < 0 && u == U_MIN) {
        /* the TimeML corpora (TimeBank, TE3) write unknown minutes as "PXM" */
        strcpy(r->value, "PXM");
        return;
    }
    if (n < 0) {
        vset(r, timeu ? "PTX%s" : "PX%s", unit_code(u));
        return;
    }
    if (n > 100000) n = 100000;
    if (u == U_FORTNIGHT) {
        n *= 2;
        u = U_WEEK;
    }
    if (u == U_DECADE) {
        n *= 10;
        u = U_YEAR;
        if (half) n += 5, half = 0;
    }
    if (u == U_CENT) {
        n *= 100;
        u = U_YEAR;
        if (half) n += 50, half = 0;
    }
    if (half) {
        switch (u) {
        case U_YEAR: vset(r, "P%ldY6M", n); return;
        case U_MONTH: vset(r, "P%ldM15D", n); return;
        case U_WEEK: vset(r, "P%ldD", n * 7 + 3); return;
        case U_DAY: vset(r, "PT%ldH", n * 24 + 12); return;
        case U_HOUR: vset(r, "PT%ldH30M", n); return;
        case U_MIN: vset(r, "PT%ldM30S", n); return;
        default: break;
        }
    }
    vset(r, timeu ? "PT%ld%s" : "P%ld%s", n, unit_code(u));
}

/* "eight trading days", "two more years": a word between a count and its unit */
static int count_adj(const ctx *c, int j)
{
    static const char *const A[] = {"trading", "business", "working", "calendar", "straight",
                                    "consecutive", "additional", "more", "full", "extra",
                                    "further", "long", "short", "successive"};
    if (j >= c->n || c->t[j].kind != K_WORD) return j;
    for (size_t k = 0; k < sizeof A / sizeof *A; k++)
        if (!strcmp(c->t[j].w, A[k])) return CAT(c, j + 1, C_UNIT) ? j + 1 : j;
    return j;
}

/* unit at token i: returns unit (1..), plural in *pl; 0 if none */
static int unit_at(const ctx *c, int i, int *pl)
{
    if (!CAT(c, i, C_UNIT)) {
        /* "second" is an ordinal in the table; "seconds" a unit */
        return 0;
    }
    int v = c->t[i].val;
    *pl = v > 100;
    return v % 100;
}

/* ---- matchers -------------------------------------------------------------
 * Each takes the start token i and fills r (r->end = end token) or returns 0. */

/* duration: [approx] [the] [past|last|next|first|coming|following] COUNT[-]UNIT[s]['] [and a half] */
static const char *approx_prefix(const ctx *c, int i, int *k)
{
    *k = 0;
    if (W(c, i, "about") || W(c, i, "around") || W(c, i, "roughly") ||
        W(c, i, "approximately") || W(c, i, "some") || W(c, i, "nearly") || W(c, i, "almost")) {
        *k = 1;
        return W(c, i, "nearly") || W(c, i, "almost") ? "LESS_THAN" : "APPROX";
    }
    if ((W(c, i, "more") || W(c, i, "less") || W(c, i, "fewer")) && W(c, i + 1, "than")) {
        *k = 2;
        return W(c, i, "more") ? "MORE_THAN" : "LESS_THAN";
    }
    if (W(c, i, "at") && (W(c, i + 1, "least") || W(c, i + 1, "most"))) {
        *k = 2;
        return W(c, i + 1, "least") ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
    }
    if (W(c, i, "a") && W(c, i + 1, "mere")) {
        *k = 2;
        return NULL;
    }
    if (W(c, i, "up") && W(c, i + 1, "to")) {
        *k = 2;
        return "EQUAL_OR_LESS";
    }
    if (W(c, i, "no") && (W(c, i + 1, "more") || W(c, i + 1, "less")) && W(c, i + 2, "than")) {
        *k = 3;
        return W(c, i + 1, "more") ? "EQUAL_OR_LESS" : "EQUAL_OR_MORE";
    }
    if ((W(c, i, "over") || W(c, i, "under")) && !W(c, i + 1, "the")) {
        *k = 1;
        return W(c, i, "over") ? "MORE_THAN" : "LESS_THAN";
    }
    return NULL;
}

static int m_duration(ctx *c, int i, res *r)
{
    int j = i, k;
    const char *mod = approx_prefix(c, j, &k);
    j += k;
    int the = 0, rel = 0;
    if (W(c, j, "the")) {
        the = 1;
        j++;
    }
    if (W(c, j, "past") || W(c, j, "last") || W(c, j, "next") || W(c, j, "first") ||
        W(c, j, "coming") || W(c, j, "following") || W(c, j, "previous") ||
        W(c, j, "final") || W(c, j, "initial") || W(c, j, "recent")) {
        rel = 1;
        j++;
    }
    long n;
    int nc = parse_count(c, j, &n);
    int pl = 0, u, half = 0;
    if (nc) {
        int q = j + nc;
        /* "5 1/2 hours" */
        if (INT(c, q) && c->t[q].num == 1 && P(c, q + 1, '/') && INT(c, q + 2) &&
            c->t[q + 2].num == 2 && tight(c, q + 1) && tight(c, q + 2)) {
            half = 1;
            q += 3;
        }
        if (P(c, q, '-') && tight(c, q) && tight(c, q + 1)) {
            /* an adjective ("the eight-year war"): the span leaves the determiner out */
            if (the && !rel && j == i + 1 + k) return 0;
            q++;
        }
        q = count_adj(c, q);
        u = unit_at(c, q, &pl);
        if (!u) return 0;
        j = q + 1;
        if (u == U_WEEKEND) return 0;
        /* ages: "52 years old", "a 6-year-old"; fractions: "three-quarters", "a quarter of" */
        if (W(c, j, "old") || (P(c, j, '-') && W(c, j + 1, "old")) ||
            (W(c, j, "of") && W(c, j + 1, "age")))
            return 0;
        if (u == U_QUARTER && ((pl && P(c, q - 1, '-')) || W(c, j, "of") || W(c, j, "point") ||
                               W(c, j, "points") || P(c, j, '%')))
            return 0;
    } else {
        /* no count: "the past decade", "the next decade", "recent weeks", "the first hours" */
        u = unit_at(c, j, &pl);
        if (!u) return 0;
        if (!rel && !the && pl && u != U_WEEKEND && u != U_QUARTER && u != U_SEC && k == 0 &&
            !W(c, i - 1, "of") && !W(c, i - 1, "early") && !W(c, i - 1, "late") &&
            !W(c, i - 1, "than") && !NUM(c, i - 1) && !CAT(c, i - 1, C_NUMW) &&
            !W(c, i - 1, "hundred") && !W(c, i - 1, "thousand") && !P(c, i - 1, '-') &&
            !W(c, i - 1, "those") && !W(c, i - 1, "these") && !W(c, i - 1, "trading") &&
            !W(c, i - 1, "business") && !W(c, i - 1, "working") && !P(c, i - 1, '\'') &&
            !W(c, j + 1, "of") && !W(c, j + 1, "ago") && !W(c, j + 1, "later") &&
            !W(c, j + 1, "earlier") && !W(c, j + 1, "old") && !P(c, j + 1, '-')) {
            /* "for years", "within weeks" */
            r->end = j + 1;
            r->type = KBA_TX_DURATION;
            r->mod = NULL;
            val_dur(r, -1, u, 0);
            return 1;
        }
        if (!rel) return 0;
        if (!pl) {
            if (u != U_DECADE && u != U_CENT) return 0;
            n = 1;
        } else
            n = -1;
        j++;
    }
    if (W(c, j, "and") && W(c, j + 1, "a") && W(c, j + 2, "half")) {
        half = 1;
        j += 3;
    }
    if (P(c, j, '\'') && tight(c, j) && pl) j++; /* five years' */
    /* "two years ago" is longer and so goes to m_ago; "a month earlier than usual" stays */
    (void)the;
    r->end = j;
    r->type = KBA_TX_DURATION;
    r->mod = mod;
    val_dur(r, n, u, half);
    return 1;
}

static void shift_unit(const ctx *c, res *r, long n, int u, int dir)
{
    long y = c->dy;
    switch (u) {
    case U_DAY: val_day(r, c->dz + dir * n); break;
    case U_WEEK: val_week(r, c->dz + dir * 7 * n); break;
    case U_FORTNIGHT: val_week(r, c->dz + dir * 14 * n); break;
    case U_MONTH: val_month(r, y, c->dm + (int)(dir * n)); break;
    case U_QUARTER: val_quarter(r, y, (c->dm - 1) / 3 + 1 + (int)(dir * n)); break;
    case U_YEAR: val_year(r, y + dir * n); break;
    case U_DECADE: val_year(r, y + dir * 10 * n); break;
    case U_CENT: val_year(r, y + dir * 100 * n); break;
    default: val_day(r, c->dz); break;
    }
}

/* [approx] COUNT UNIT(s) ago|earlier|before|later|from now|hence */
static int m_ago(ctx *c, int i, res *r)
{
    int j = i, k;
    const char *mod = approx_prefix(c, j, &k);
    j += k;
    long n;
    int nc = parse_count(c, j, &n);
    int pl = 0, u;
    if (!nc) {
        /* "years ago", "months earlier" */
        u = unit_at(c, j, &pl);
        if (!u || !pl) return 0;
        n = -1;
        j++;
    } else {
        int q = count_adj(c, j + nc);
        u = unit_at(c, q, &pl);
        if (!u) return 0;
        j = q + 1;
    }
    int dir, back = 0;
    if (W(c, j, "ago")) dir = -1, j++;
    else if (W(c, j, "earlier") || W(c, j, "before")) dir = -1, back = 1, j++;
    else if (W(c, j, "later") || W(c, j, "hence")) dir = 1, back = 1, j++;
    else if (W(c, j, "from") && W(c, j + 1, "now")) dir = 1, j += 2;
    else return 0;
    if (back && W(c, j, "than")) return 0; /* "a month earlier than usual": a duration */
    if (back && W(c, j - 1, "before") && !P(c, j, '.') && !P(c, j, ',') && j < c->n &&
        c->t[j].sent == c->t[j - 1].sent)
        return 0; /* "two days before the vote": a duration and a preposition */
    r->end = j;
    r->type = KBA_TX_DATE;
    r->mod = mod;
    if (!c->have_dct) {
        strcpy(r->value, "XXXX");
        return 1;
    }
    if (n < 0 || u == U_SEC || u == U_MIN || u == U_HOUR) {
        if (u == U_SEC || u == U_MIN || u == U_HOUR) {
            r->type = KBA_TX_TIME;
            strcpy(r->value, dir < 0 ? "PAST_REF" : "FUTURE_REF");
        } else
            strcpy(r->value, dir < 0 ? "PAST_REF" : "FUTURE_REF");
        return 1;
    }
    /* financial news: "a year earlier" / "a year ago" right after a quarter */
    if (u == U_YEAR && c->ref_q && c->t[i].sent <= c->ref_q_sent + 2) {
        val_quarter(r, c->ref_qy + dir * n, c->ref_q);
        r->is_quarter = 0;
        return 1;
    }
    /* "three days later", "two years earlier": from the date the text named last */
    if (back && c->has_ref_z && (u == U_DAY || u == U_WEEK)) {
        if (u == U_DAY) val_day(r, c->ref_z + dir * n);
        else val_week(r, c->ref_z + dir * 7 * n);
        return 1;
    }
    if (back && c->has_ref_y && c->ref_m && u == U_MONTH) {
        val_month(r, c->ref_y, c->ref_m + (int)(dir * n));
        return 1;
    }
    if (back && u == U_YEAR && n == 1) { /* "a year earlier": the reporting year's last */
        val_year(r, c->dy - 1);
        return 1;
    }
    shift_unit(c, r, n, u, dir);
    return 1;
}

static int quarter_ord(const ctx *c, int i)
{
    if (CAT(c, i, C_ORD) && c->t[i].val >= 1 && c->t[i].val <= 4) return c->t[i].val;
    if (NUM(c, i) && c->t[i].num >= 1 && c->t[i].num <= 4 &&
        (!strcmp(c->t[i].w, "st") || !strcmp(c->t[i].w, "nd") || !strcmp(c->t[i].w, "rd") ||
         !strcmp(c->t[i].w, "th")))
        return (int)c->t[i].num;
    if (W(c, i, "q1") || W(c, i, "q2") || W(c, i, "q3") || W(c, i, "q4"))
        return c->t[i].w[1] - '0';
    return 0;
}

/* a 4-digit year token (1000..2199) */
static int year_tok(const ctx *c, int i, long *y)
{
    if (!INT(c, i) || c->t[i].ndig != 4) return 0;
    long v = c->t[i].num;
    if (v < 1000 || v > 2199) return 0;
    *y = v;
    return 1;
}

/* "nineteen ninety-six", "eighteen twelve": tokens consumed, 0 if none */
static int spelled_year(const ctx *c, int j, long *y)
{
    if (!(W(c, j, "nineteen") || W(c, j, "eighteen")) || !CAT(c, j + 1, C_NUMW) ||
        c->t[j + 1].val < 10)
        return 0;
    long v = (W(c, j, "nineteen") ? 1900 : 1800) + c->t[j + 1].val;
    int k = j + 2;
    if (c->t[j + 1].val >= 20 && c->t[j + 1].val % 10 == 0) {
        if (P(c, k, '-') && tight(c, k) && CAT(c, k + 1, C_NUMW) && c->t[k + 1].val < 10) {
            v += c->t[k + 1].val;
            k += 2;
        } else if (CAT(c, k, C_NUMW) && c->t[k].val < 10) {
            v += c->t[k].val;
            k++;
        }
    }
    *y = v;
    return k - j;
}

/* "of YEAR", "of this year", "of last year", ", YEAR" after a month or quarter */
static int year_suffix(const ctx *c, int j, long *y)
{
    int k = j;
    if (W(c, k, "of") || P(c, k, ',')) k++;
    if (W(c, k, "fiscal")) k++;
    if (year_tok(c, k, y)) return k + 1 - j;
    int sk = spelled_year(c, k, y);
    if (sk) return k + sk - j;
    if (P(c, j, ',')) return 0;
    if ((W(c, k, "this") || W(c, k, "last") || W(c, k, "next")) && W(c, k + 1, "year")) {
        *y = c->dy + (W(c, k, "last") ? -1 : W(c, k, "next") ? 1 : 0);
        return k + 2 - j;
    }
    if (W(c, k, "the") && (W(c, k + 1, "current") || W(c, k + 1, "same") || W(c, k + 1, "fiscal")) &&
        W(c, k + 2, "year")) {
        *y = c->dy;
        return k + 3 - j;
    }
    return 0;
}

/* quarters and halves */
static int m_quarter(ctx *c, int i, res *r)
{
    int j = i;
    long y = 0;
    int hasy = 0, fut = 0, yearago = 0;
    if (W(c, j, "the") || W(c, j, "a")) j++;
    if (W(c, j, "comparable") || W(c, j, "same") || W(c, j, "corresponding")) j++;
    if (year_tok(c, j, &y)) {
        hasy = 1;
        j++;
    } else if (W(c, j, "fiscal") && year_tok(c, j + 1, &y)) {
        hasy = 1;
        j += 2;
    } else if ((W(c, j, "last") || W(c, j, "this") || W(c, j, "next")) && W(c, j + 1, "year") &&
               P(c, j + 2, '\'') && W(c, j + 3, "s")) {
        y = c->dy + (W(c, j, "last") ? -1 : W(c, j, "next") ? 1 : 0);
        hasy = 1;
        j += 4;
    } else if (W(c, j, "year") && P(c, j + 1, '-') && (W(c, j + 2, "ago") || W(c, j + 2, "earlier"))) {
        yearago = 1;
        j += 3;
    }
    if (hasy && P(c, j, '\'') && W(c, j + 1, "s")) j += 2;
    int q = quarter_ord(c, j), half = 0;
    if (q) {
        int det = (j == i + 1) && (W(c, i, "the") || W(c, i, "a"));
        j++;
        if (P(c, j, '-') && tight(c, j)) {
            if (det) return 0; /* "a third-quarter loss": the adjective alone */
            j++;
        }
        if (W(c, j, "half") && q <= 2) half = q;
        else if (!W(c, j, "quarter")) return 0;
        j++;
    } else if ((W(c, j, "quarter") || W(c, j, "period")) && (yearago || hasy)) {
        j++;
    } else if (W(c, j, "last") && W(c, j + 1, "half")) {
        half = 2;
        j += 2;
    } else if (yearago) {
        /* bare "year-ago"/"year-earlier" as a modifier ("year-earlier profit") */
    } else {
        /* "the quarter", "the latest quarter", "this quarter", "last quarter" */
        int k = i, rel = -2;
        if (W(c, k, "the")) {
            k++;
            if (W(c, k, "latest") || W(c, k, "recent") || W(c, k, "previous") ||
                W(c, k, "last") || W(c, k, "just") ) {
                if (W(c, k, "just")) k += P(c, k + 1, '-') ? 3 : 2;
                else k++;
                rel = -1;
            } else if (W(c, k, "most") && W(c, k + 1, "recent")) {
                k += 2;
                rel = -1;
            } else if (W(c, k, "current")) {
                k++;
                rel = 0;
            } else if (W(c, k, "next") || W(c, k, "coming")) {
                k++;
                rel = 1;
            } else if (W(c, k, "quarter")) {
                rel = -1;
            }
        } else if (W(c, k, "this") || W(c, k, "last") || W(c, k, "next")) {
            rel = W(c, k, "this") ? 0 : W(c, k, "last") ? -1 : 1;
            k++;
        }
        if (rel == -2) return 0;
        if (W(c, k, "quarter") || ((W(c, k, "period")) && W(c, i + 1, "latest"))) {
            r->end = k + 1;
            r->type = KBA_TX_DATE;
            if (!c->have_dct) strcpy(r->value, "XXXX-QX");
            else val_quarter(r, c->dy, (c->dm - 1) / 3 + 1 + rel);
            return 1;
        }
        return 0;
    }
    long yy;
    int k = year_suffix(c, j, &yy);
    if (k) {
        y = yy;
        hasy = 1;
        j += k;
    }
    r->end = j;
    r->type = KBA_TX_DATE;
    if (!q && !half && !yearago) {
        /* "the 1988 quarter", "last year's period": the quarter named last, in that year */
        if (c->ref_q) {
            val_quarter(r, y, c->ref_q);
            r->is_quarter = 0;
        } else
            val_year(r, y);
        return 1;
    }
    if (!hasy && !c->have_dct) {
        strcpy(r->value, half ? "XXXX-HX" : "XXXX-QX");
        return 1;
    }
    if (yearago) {
        if (c->ref_q && !q) {
            val_quarter(r, c->ref_qy - 1, c->ref_q);
        } else if (q) {
            val_quarter(r, (c->ref_q ? c->ref_qy : c->dy) - 1, q);
        } else if (!c->have_dct) {
            strcpy(r->value, "XXXX");
        } else {
            val_quarter(r, c->dy - 1, (c->dm - 1) / 3);
        }
        r->is_quarter = 0;
        if (!q && !W(c, j - 1, "quarter") && !W(c, j - 1, "period")) {
            /* a modifier: "year-earlier levels", without its determiner */
            if (j - i < 3 || W(c, i, "the") || W(c, i, "a")) return 0;
        }
        return 1;
    }
    if (!hasy) {
        y = c->dy;
        int dq = (c->dm - 1) / 3 + 1;
        fut = is_future(c, i, j);
        if (!half && q > dq && q - dq >= 2 && !fut) y--;
    }
    if (half) {
        if (!okyear(y)) strcpy(r->value, "XXXX-HX");
        else vset(r, "%04ld-H%d", y, half);
    } else
        val_quarter(r, y, q);
    return 1;
}

static const char *part_code(int p)
{
    switch (p % 100) {
    case 1: return "MO";
    case 2: return "AF";
    case 3: return "EV";
    default: return "NI";
    }
}

/* resolve weekday w (1..7) around the DCT */
static long resolve_wday(const ctx *c, int w, int rel, int fut)
{
    int wd = wday(c->dz);
    if (rel < 0) {
        int back = (wd - w + 7) % 7;
        if (!back) back = 7;
        return c->dz - back;
    }
    if (rel > 0) {
        int fwd = (w - wd + 7) % 7;
        if (!fwd) fwd = 7;
        return c->dz + fwd;
    }
    if (fut) return c->dz + (w - wd + 7) % 7;
    return c->dz - (wd - w + 7) % 7;
}

/* month m (1..12) without a year: the year it most likely means */
static long resolve_month_year(const ctx *c, int m, int d, int rel, int fut)
{
    long y = c->dy;
    int cmp = (m != c->dm) ? (m < c->dm ? -1 : 1) : (d && d != c->dd ? (d < c->dd ? -1 : 1) : 0);
    if (rel == -1) return cmp < 0 ? y : y - 1;
    if (rel == 1) return cmp > 0 ? y : y + 1;
    if (rel == 0) return y; /* "this May" */
    if (fut < 0) return cmp > 0 ? y - 1 : y; /* a past cue: the most recent */
    if (d && !fut) {
        /* a day without a year and without a tense cue: the nearest of last, this and next
         * year's, looking back rather than ahead (a date ahead counts double, and only up to
         * half a year): "payable Jan. 2" in November is next January, "on Oct. 1" last month */
        long best = y, bestd = -1;
        for (long yy = y - 1; yy <= y + 1; yy++) {
            if (d > mdays(yy, m)) continue;
            long dz = kbu_days_from_civil(yy, m, d) - c->dz;
            long cost = dz >= 0 ? (dz > 183 ? -1 : 2 * dz) : -dz;
            if (cost < 0) continue;
            if (bestd < 0 || cost < bestd) {
                bestd = cost;
                best = yy;
            }
        }
        return best;
    }
    if (fut) return cmp >= 0 ? y : (c->dm - m >= 3 || cmp < 0 ? y + 1 : y);
    /* past or unmarked: the most recent; a month a little ahead stays this year */
    if (cmp > 0) return (d == 0 && m - c->dm <= 0) ? y : y - 1;
    return y;
}

/* a day-of-month number: 1..31, optional ordinal suffix */
static int day_tok(const ctx *c, int i)
{
    if (!NUM(c, i) || (c->t[i].flags & (F_COMMA | F_DEC | F_CLOCK)) || c->t[i].ndig > 2) return 0;
    const char *s = c->t[i].w;
    if (s[0] && strcmp(s, "st") && strcmp(s, "nd") && strcmp(s, "rd") && strcmp(s, "th")) return 0;
    if (c->t[i].num < 1 || c->t[i].num > 31) return 0;
    return (int)c->t[i].num;
}
static int month_tok(const ctx *c, int i, int *abbr)
{
    if (!CAT(c, i, C_MONTH)) return 0;
    const tok *t = &c->t[i];
    if (!t->cap) return 0;
    *abbr = t->val > 100;
    return t->val % 100;
}

static int after_time_words(const ctx *c, int j, res *r);

/* dates with month names; weekday prefix; bare months */
static int m_anaphor(ctx *c, int i, res *r);

/* The tokens of "that year", "of the same year", "the following year" at j (0 if none), and
 * that year (the one the text named last) in *y: m_anaphor's year, over an "of" */
static int anaphor_year(ctx *c, int j, long *y)
{
    int k = j + (W(c, j, "of") ? 1 : 0);
    res a;
    memset(&a, 0, sizeof a);
    if (!m_anaphor(c, k, &a) || strlen(a.value) != 4 || a.value[0] < '0' || a.value[0] > '9') return 0;
    *y = atol(a.value);
    return a.end - j;
}

static int m_month(ctx *c, int i, res *r)
{
    int j = i, abbr = 0, m, d = 0, wdp = 0, wdv = 0, relw = 9;
    long y = 0;
    int hasy = 0;
    if ((W(c, j, "last") || W(c, j, "next") || W(c, j, "this")) && CAT(c, j + 1, C_MONTH) &&
        c->t[j + 1].cap) {
        relw = W(c, j, "last") ? -1 : W(c, j, "next") ? 1 : 0;
        j++;
    }
    if (relw == 9 && CAT(c, j, C_WDAY) && c->t[j].val < 100 && c->t[j].cap) {
        wdp = 1;
        wdv = c->t[j].val;
        j++;
        if (P(c, j, ',')) j++;
    }
    int j0 = j;
    if (W(c, j, "the") && day_tok(c, j + 1) && (W(c, j + 2, "of") || CAT(c, j + 2, C_MONTH))) j++;
    if ((d = day_tok(c, j)) && c->t[j].kind == K_NUM) {
        /* 12 October [2025] / 12th of October */
        int k = j + 1;
        if (W(c, k, "of")) k++;
        m = month_tok(c, k, &abbr);
        if (!m) return 0;
        j = k + 1;
        if (abbr && P(c, j, '.') && tight(c, j)) j++;
        if (P(c, j, ',') && year_tok(c, j + 1, &y)) {
            hasy = 1;
            j += 2;
        } else if (year_tok(c, j, &y)) {
            hasy = 1;
            j++;
        }
    } else {
        m = month_tok(c, j, &abbr);
        if (!m) return 0;
        j++;
        int had_dot = 0;
        if (abbr && P(c, j, '.') && tight(c, j)) {
            j++;
            had_dot = 1;
        }
        if ((d = day_tok(c, j)) && !(W(c, j + 1, "percent")) &&
            !P(c, j + 1, '%')) {
            j++;
            if (P(c, j, ',') && year_tok(c, j + 1, &y)) {
                hasy = 1;
                j += 2;
            } else if (year_tok(c, j, &y)) {
                hasy = 1;
                j++;
            }
        } else {
            d = 0;
            long yy;
            int k = year_suffix(c, j, &yy);
            if (k && !(P(c, j, ',') && !year_tok(c, j + 1, &yy))) {
                y = yy;
                hasy = 1;
                j += k;
            } else if (year_tok(c, j, &y)) {
                hasy = 1;
                j++;
            } else if ((k = spelled_year(c, j, &y)) != 0) {
                hasy = 1;
                j += k;
            } else {
                /* bare month: guard the verbs/modals "may", "march" and bare abbreviations */
                if (abbr && !had_dot) return 0;
                if ((m == 5 || m == 3) && relw == 9) {
                    int p = j0 - 1;
                    int ok = W(c, p, "in") || W(c, p, "since") || W(c, p, "until") ||
                             W(c, p, "by") || W(c, p, "last") || W(c, p, "next") ||
                             W(c, p, "this") || W(c, p, "early") || W(c, p, "late") ||
                             W(c, p, "mid") || W(c, p, "of") || W(c, p, "from") ||
                             W(c, p, "through") || W(c, p, "till") || W(c, p, "during") ||
                             W(c, p, "before") || W(c, p, "after") || P(c, p, '-') ||
                             W(c, p, "between") || W(c, p, "to") || W(c, p, "and") ||
                             W(c, p, "for");
                    /* "a May election", "the March survey" (not "the May Department Stores") */
                    if (!ok && (W(c, p, "a") || W(c, p, "an") || W(c, p, "the") || W(c, p, "his") ||
                                W(c, p, "her") || W(c, p, "its") || W(c, p, "their")) &&
                        j < c->n && c->t[j].kind == K_WORD && !c->t[j].cap)
                        ok = 1;
                    if (!ok) return 0;
                }
                if (wdp) return 0;
            }
        }
    }
    /* "In May that year", "on 3 June of the same year", "in March the following year": the
     * year the text named last */
    int ka;
    if (!hasy && (ka = anaphor_year(c, j, &y)) > 0) {
        hasy = 1;
        j += ka;
    }
    if (d && hasy && d > mdays(y, m)) return 0;
    if (d && !hasy && d > mdays(2000, m)) return 0;
    r->type = KBA_TX_DATE;
    r->end = j;
    if (!hasy) {
        if (!c->have_dct) {
            if (d) vset(r, "XXXX-%02d-%02d", m, d);
            else vset(r, "XXXX-%02d", m);
            return 1;
        }
        int fut = tense(c, i, j);
        int ahead = (m - c->dm + 12) % 12; /* months ahead of the DCT's, cyclically */
        /* "until June", "through June": a month up to half a year ahead is to come */
        if (fut == 0 && relw == 9 && ahead >= 1 && ahead <= 6 &&
            (W(c, i - 1, "until") || W(c, i - 1, "through") || W(c, i - 1, "till") ||
             W(c, i - 1, "by")))
            fut = 1;
        /* a bare month one or two ahead, with no tense cue, is usually still to come */
        if (fut == 0 && relw == 9 && !d && ahead >= 1 && ahead <= 2) fut = 1;
        y = resolve_month_year(c, m, d, relw, fut);
        /* "Tuesday, October 13": the year, of the one before and the one after, whose October 13
         * is a Tuesday (a page dated April tells of last October or of this one) */
        if (wdp && d && wday(kbu_days_from_civil(y, m, d)) != wdv) {
            long best = y;
            for (long yy = y - 1; yy <= y + 1; yy++)
                if (yy != y && d <= mdays(yy, m) && wday(kbu_days_from_civil(yy, m, d)) == wdv) best = yy;
            y = best;
        }
    }
    if (d) {
        long z = kbu_days_from_civil(y, m, d);
        val_day(r, z);
        after_time_words(c, j, r);
    } else
        val_month(r, y, m);
    return 1;
}

/* "Friday morning" etc.: extend r with a part of day */
static int after_time_words(const ctx *c, int j, res *r)
{
    if (CAT(c, j, C_PART) && c->t[j].val < 100) {
        size_t L = strlen(r->value);
        if (L + 3 < sizeof r->value) {
            r->value[L] = 'T';
            strcpy(r->value + L + 1, part_code(c->t[j].val));
        }
        r->type = KBA_TX_TIME;
        r->end = j + 1;
        return 1;
    }
    return 0;
}

/* weekdays: [last|next|this|on] WEEKDAY [morning|...]; plurals as sets */
static int m_wday(ctx *c, int i, res *r)
{
    int j = i, rel = 2;
    if (W(c, j, "last") || W(c, j, "next") || W(c, j, "this") || W(c, j, "past") ||
        W(c, j, "coming")) {
        rel = (W(c, j, "last") || W(c, j, "past")) ? -1 : W(c, j, "this") ? 0 : 1;
        j++;
        if (rel == 0 && (W(c, j, "past") || W(c, j, "coming"))) {
            rel = W(c, j, "past") ? -1 : 1;
            j++;
        }
    }
    if (!CAT(c, j, C_WDAY) || !c->t[j].cap) return 0;
    int w = c->t[j].val;
    j++;
    if (w > 100) {
        if (rel != 2) return 0;
        r->end = j;
        r->type = KBA_TX_SET;
        vset(r, "XXXX-WXX-%d", w - 100);
        if (CAT(c, j, C_PART)) {
            vcat(r, "T%s", part_code(c->t[j].val));
            r->end = j + 1;
        }
        return 1;
    }
    r->end = j;
    r->type = KBA_TX_DATE;
    if (!c->have_dct) {
        vset(r, "XXXX-WXX-%d", w);
        return 1;
    }
    long z = resolve_wday(c, w, rel == 2 ? 0 : rel, rel == 2 ? is_future(c, i, j) : 0);
    if (rel == 0) z = resolve_wday(c, w, 0, is_future(c, i, j));
    val_day(r, z);
    if (CAT(c, j, C_PART) && c->t[j].val < 100) after_time_words(c, j, r);
    return 1;
}

/* today / yesterday / tomorrow / tonight [morning ...]; "last night", "this morning" */
static int m_dayref(ctx *c, int i, res *r)
{
    int j = i;
    int part = 0;
    long z;
    if (CAT(c, j, C_PART) && c->t[j].val < 100 && CAT(c, j + 1, C_DAYREF) &&
        c->t[j + 1].val != 10) {
        part = c->t[j].val; /* "afternoon yesterday" */
        j++;
    }
    if (CAT(c, j, C_DAYREF)) {
        int v = c->t[j].val;
        j++;
        if (v == 10) {
            part = 4;
            v = 0;
        }
        z = c->dz + v;
        if (!part && CAT(c, j, C_PART) && c->t[j].val < 100) {
            part = c->t[j].val;
            j++;
        }
    } else if ((W(c, j, "this") || W(c, j, "last")) && CAT(c, j + 1, C_PART) &&
               c->t[j + 1].val < 100) {
        int last = W(c, j, "last");
        part = c->t[j + 1].val;
        if (last && part != 4 && part != 3) return 0;
        z = c->dz - last;
        j += 2;
    } else
        return 0;
    r->end = j;
    r->type = part ? KBA_TX_TIME : KBA_TX_DATE;
    if (!c->have_dct) {
        strcpy(r->value, "XXXX-XX-XX");
    } else
        val_day(r, z);
    if (part) {
        vcat(r, "T%s", part_code(part));
    }
    return 1;
}

/* The year label of season s (1 SP Mar-May, 2 SU Jun-Aug, 3 FA Sep-Nov, 4 WI Dec-Feb,
 * labelled by the year of its December) meant by rel (-1 last, 0 this, 1 next, 9 none)
 * with tense t (1 future, -1 past, 0 none) around the DCT. */
static long season_year(const ctx *c, int s, int rel, int t)
{
    long y = c->dy;
    int m = c->dm;
    /* the season running at the DCT, or the last one that started, as an index
     * (year * 4 + season - 1) */
    long cur;
    if (m == 12) cur = y * 4 + 3;
    else if (m <= 2) cur = (y - 1) * 4 + 3;
    else cur = y * 4 + (m - 3) / 3;
    long same = (cur / 4) * 4 + (s - 1); /* season s in cur's year */
    long prev = same <= cur ? same : same - 4;        /* the latest s that has started */
    long next = same > cur ? same : same + 4;         /* the first s after the current one */
    int running = (prev == cur);
    long pick;
    if (rel == -1) pick = running ? prev - 4 : prev;
    else if (rel == 1) pick = next;
    else if (rel == 0) pick = running ? cur : (t < 0 ? prev : (same > cur ? same : prev));
    else if (t > 0) pick = running ? cur : next;
    else if (t < 0) pick = prev;
    else pick = running ? cur : (same / 4 == y ? same : prev); /* "the summer": this year's */
    return pick >= 0 ? pick / 4 : -1;
}

/* relative units: last week, this month, next year, the weekend, earlier this year,
 * seasons, "the past"/"the future" */
static int m_rel(ctx *c, int i, res *r)
{
    int j = i, rel = 9, the = 0;
    if (W(c, j, "the")) {
        the = 1;
        j++;
    }
    if (CAT(c, j, C_REL) || W(c, j, "current")) {
        rel = c->t[j].val;
        if (W(c, j, "current")) rel = 0;
        if (the && W(c, j, "this")) return 0;
        j++;
        if (W(c, j, "past") && W(c, j - 1, "this")) {
            rel = -1;
            j++;
        }
        if (W(c, j, "fiscal") || W(c, j, "calendar")) j++;
    }
    int pl = 0, u = unit_at(c, j, &pl);
    int s = CAT(c, j, C_SEASON) ? c->t[j].val : 0;
    long yy0;
    if (s && (W(c, j, "fall") || W(c, j, "spring")) && rel == 9 && !the &&
        !year_tok(c, j + 1, &yy0) && !(W(c, j + 1, "of") && year_tok(c, j + 2, &yy0)))
        return 0;
    if (u && pl) return 0;
    if (s) {
        j++;
        long y;
        int k = year_suffix(c, j, &y);
        if (!k && year_tok(c, j, &y)) k = 1;
        r->end = j + k;
        r->type = KBA_TX_DATE;
        static const char *const SC[] = {"", "SP", "SU", "FA", "WI"};
        if (!k) {
            if (!c->have_dct) {
                vset(r, "XXXX-%s", SC[s]);
                return 1;
            }
            y = season_year(c, s, rel, tense(c, i, j));
        }
        if (!okyear(y)) strcpy(r->value, "XXXX-SU");
        else vset(r, "%04ld-%s", y, SC[s]);
        return 1;
    }
    if (!u) return 0;
    if (rel == 9) {
        /* "the weekend" */
        if (the && u == U_WEEKEND) {
            r->end = j + 1;
            r->type = KBA_TX_DATE;
            if (!c->have_dct) {
                strcpy(r->value, "XXXX-WXX-WE");
                return 1;
            }
            int wd = wday(c->dz), fut = is_future(c, i, j + 1);
            long z = c->dz;
            if (!fut && wd < 6) z -= 7;
            if (fut && wd == 7) z += 7;
            val_week(r, z);
            vcat(r, "-WE");
            return 1;
        }
        return 0;
    }
    if (the && rel < 0 && (u == U_DECADE || u == U_CENT)) return 0; /* durations */
    if (the && rel > 0 && u != U_WEEKEND) {
        if (u == U_DECADE || u == U_CENT || u == U_YEAR) return 0; /* "the next year": duration-ish */
    }
    j++;
    r->end = j;
    r->type = KBA_TX_DATE;
    if (!c->have_dct) {
        strcpy(r->value, "XXXX");
        return 1;
    }
    switch (u) {
    case U_DAY:
        if (rel == 0 && !the) {
            val_day(r, c->dz);
            return 1;
        }
        return 0;
    case U_WEEK: val_week(r, c->dz + 7 * rel); break;
    case U_WEEKEND:
        /* last: the previous ISO week's; this: the DCT's week's; next: the following week's */
        val_week(r, c->dz + 7 * rel);
        vcat(r, "-WE");
        break;
    case U_MONTH: val_month(r, c->dy, c->dm + rel); break;
    case U_QUARTER: return 0; /* m_quarter */
    case U_YEAR: val_year(r, c->dy + rel); break;
    case U_DECADE:
        if (c->dy + 10 * rel < 0) return 0;
        vset(r, "%03ld", (c->dy + 10 * rel) / 10);
        break;
    case U_CENT:
        if (c->dy + 100 * rel < 0) return 0;
        vset(r, "%02ld", (c->dy + 100 * rel) / 100);
        break;
    default: return 0;
    }
    return 1;
}

/* generic references: now, currently, recently, the past, the future, soon ... */
static int m_ref(ctx *c, int i, res *r)
{
    int j = i;
    const char *v = NULL;
    int pl;
    if (W(c, j, "now") && !P(c, j + 1, '-')) {
        if (W(c, j - 1, "right") || W(c, j - 1, "just")) {
            /* keep the simple span */
        }
        v = "PRESENT_REF";
        j++;
    } else if (W(c, j, "currently") || W(c, j, "presently") || W(c, j, "nowadays")) {
        v = "PRESENT_REF";
        j++;
    } else if (W(c, j, "current") && !W(c, j + 1, "account") && !W(c, j + 1, "accounts") &&
               !W(c, j + 1, "affairs") && !W(c, j + 1, "events") && !P(c, j + 1, ',') &&
               !W(c, j + 1, "and") && !W(c, j + 1, "or") && !unit_at(c, j + 1, &pl)) {
        v = "PRESENT_REF";
        j++;
    } else if (W(c, j, "these") && W(c, j + 1, "days")) {
        v = "PRESENT_REF";
        j += 2;
    } else if (W(c, j, "at") && W(c, j + 1, "present")) {
        v = "PRESENT_REF";
        j += 2;
        r->end = j;
        r->type = KBA_TX_DATE;
        strcpy(r->value, v);
        return 1;
    } else if (W(c, j, "recently") || W(c, j, "lately")) {
        v = "PAST_REF";
        j++;
    } else if (W(c, j, "recent")) {
        int u = unit_at(c, j + 1, &pl);
        if (u && pl && u != U_YEAR) {
            r->end = j + 2;
            r->type = KBA_TX_DURATION;
            val_dur(r, -1, u, 0);
            return 1;
        }
        if (u != U_YEAR || !pl) return 0; /* "recent" alone: too often just an adjective */
        v = "PAST_REF";
        j += 2;
    } else if (W(c, j, "the") && W(c, j + 1, "past") && !CAT(c, j + 2, C_NUMW) &&
               !CAT(c, j + 2, C_FEW) && !NUM(c, j + 2) && !unit_at(c, j + 2, &pl) &&
               !CAT(c, j + 2, C_SEASON) && !CAT(c, j + 2, C_WDAY) && !W(c, j + 2, "a") &&
               !(W(c, j + 2, "two") || W(c, j + 2, "several"))) {
        v = "PAST_REF";
        j += 2;
    } else if ((W(c, j, "the") && (W(c, j + 1, "future") ||
                                   (W(c, j + 1, "near") && W(c, j + 2, "future"))))) {
        v = "FUTURE_REF";
        j += W(c, j + 1, "near") ? 3 : 2;
    } else if (W(c, j, "soon") && !W(c, j + 1, "after") && !W(c, j - 1, "as")) {
        v = "FUTURE_REF";
        j++;
    } else if (W(c, j, "future") && !W(c, j - 1, "the") && !W(c, j - 1, "near")) {
        int u = unit_at(c, j + 1, &pl);
        if (!u || !pl) return 0; /* "future" alone is mostly an adjective */
        v = "FUTURE_REF";
        j += 2;
    } else
        return 0;
    r->end = j;
    r->type = KBA_TX_DATE;
    strcpy(r->value, v);
    return 1;
}

/* sets: every week, each Monday, daily, weekly, annually, twice a year, per year */
static int m_set(ctx *c, int i, res *r)
{
    int j = i, pl;
    static const struct {
        const char *w;
        const char *v;
    } ADV[] = {{"daily", "P1D"},     {"weekly", "P1W"},   {"monthly", "P1M"},
               {"yearly", "P1Y"},    {"annually", "P1Y"}, {"hourly", "PT1H"},
               {"nightly", "P1D"},  {"biweekly", "P2W"}};
    for (size_t k = 0; k < sizeof ADV / sizeof *ADV; k++)
        if (W_str(c, j, ADV[k].w)) {
            r->end = j + 1;
            r->type = KBA_TX_SET;
            strcpy(r->value, ADV[k].v);
            return 1;
        }
    if (W(c, j, "every") || W(c, j, "each")) {
        j++;
        if (W(c, j, "other")) j++;
        long n = 1;
        int nc = parse_count(c, j, &n);
        if (nc && !W(c, j, "a")) j += nc;
        else n = 1;
        int u = unit_at(c, j, &pl);
        if (u) {
            r->end = j + 1;
            r->type = KBA_TX_SET;
            val_dur(r, n < 0 ? 1 : n, u, 0);
            return 1;
        }
        if (CAT(c, j, C_WDAY)) {
            r->end = j + 1;
            r->type = KBA_TX_SET;
            vset(r, "XXXX-WXX-%d", c->t[j].val % 100);
            return 1;
        }
        if (CAT(c, j, C_PART)) {
            r->end = j + 1;
            r->type = KBA_TX_SET;
            vset(r, "XXXX-XX-XXT%s", part_code(c->t[j].val));
            return 1;
        }
        if (CAT(c, j, C_MONTH) && c->t[j].cap) {
            r->end = j + 1;
            r->type = KBA_TX_SET;
            vset(r, "XXXX-%02d", c->t[j].val % 100);
            return 1;
        }
        if (CAT(c, j, C_SEASON)) {
            static const char *const SC[] = {"", "SP", "SU", "FA", "WI"};
            r->end = j + 1;
            r->type = KBA_TX_SET;
            vset(r, "XXXX-%s", SC[c->t[j].val % 5]);
            return 1;
        }
        return 0;
    }
    /* "a year" / "per day" after a number, money or a frequency word */
    if ((W(c, j, "a") || W(c, j, "an") || W(c, j, "per")) && unit_at(c, j + 1, &pl) && !pl) {
        int p = i - 1;
        int ok = W(c, p, "twice") || W(c, p, "once") || W(c, p, "thrice") || W(c, p, "times") ||
                 W(c, j, "per");
        if (!ok) return 0;
        int u = unit_at(c, j + 1, &pl);
        if (u == U_WEEKEND) return 0;
        r->end = j + 2;
        r->type = KBA_TX_SET;
        val_dur(r, 1, u, 0);
        return 1;
    }
    return 0;
}

/* clock times: 8 pm, 8:30 a.m., 15:00 GMT, noon, midnight [+ weekday/dayref] */
static int m_month(ctx *c, int i, res *r);
static int parse_dct(const char *s, long *y, int *m, int *d);
static int is_tz(const ctx *c, int i)
{
    static const char *const Z[] = {"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt",
                                    "pst", "pdt", "bst", "cet", "cest", "ist", "pkt", "ast"};
    if (i >= c->n || c->t[i].kind != K_WORD) return 0;
    for (size_t k = 0; k < sizeof Z / sizeof *Z; k++)
        if (!strcmp(c->t[i].w, Z[k])) return 1;
    return 0;
}
static int m_clock(ctx *c, int i, res *r)
{
    int j = i, h = -1, mi = 0, ampm = 0;
    if (W(c, j, "noon") || W(c, j, "midday")) {
        h = 12;
        j++;
    } else if (W(c, j, "midnight")) {
        h = 24;
        j++;
    } else if (INT(c, j) && c->t[j].ndig == 4 && c->t[j].num % 100 < 60 &&
               c->t[j].num / 100 <= 23 && is_tz(c, j + 1)) {
        /* military time: "1400 GMT" */
        h = (int)(c->t[j].num / 100);
        mi = (int)(c->t[j].num % 100);
        j++;
    } else if (NUM(c, j) && !(c->t[j].flags & (F_COMMA | F_DEC | F_CLOCKS)) && c->t[j].ndig <= 2) {
        h = (int)c->t[j].num;
        if (c->t[j].flags & F_CLOCK) mi = c->t[j].mins;
        const char *suf = c->t[j].w;
        j++;
        if (!strcmp(suf, "am") || !strcmp(suf, "pm")) ampm = suf[0];
        else if (suf[0]) return 0;
        else if (W(c, j, "am") || W(c, j, "pm") || W(c, j, "a.m") || W(c, j, "p.m")) {
            ampm = c->t[j].w[0];
            j++;
            if (P(c, j, '.') && tight(c, j) && c->t[j - 1].w[1] == '.') j++;
        } else if (W(c, j, "o") && P(c, j + 1, '\'') && W(c, j + 2, "clock")) {
            j += 3;
        } else if ((c->t[j - 1].flags & F_CLOCK) && (is_tz(c, j) || W(c, i - 1, "at") ||
                                                     (W(c, j, "local") && W(c, j + 1, "time")))) {
            /* 24-hour clock */
        } else
            return 0;
        if (h > 24 || mi > 59) return 0;
        if (ampm == 'p' && h < 12) h += 12;
        if (ampm == 'a' && h == 12) h = 0;
    } else
        return 0;
    if (is_tz(c, j)) j++;
    else if (W(c, j, "local") && W(c, j + 1, "time")) j += 2;
    long z = c->dz;
    /* "Sunday night at 8 pm", "on March 3 at 10:30 GMT": the day just named */
    if (c->has_last_z && (c->last_end == i || (c->last_end == i - 1 && (W(c, i - 1, "at") ||
                                                                          P(c, i - 1, ',')))))
        z = c->last_z;
    /* "4 in the morning" */
    if (W(c, j, "in") && W(c, j + 1, "the") && CAT(c, j + 2, C_PART)) {
        int p = c->t[j + 2].val;
        if ((p == 2 || p == 3 || p == 4) && h < 12 && !ampm) h += 12;
        if (p == 4 && h >= 12 && h < 17 && !ampm) h -= 12;
        j += 3;
    }
    /* trailing day: "15:00 GMT Saturday", "midnight Friday", "8 pm today" */
    res tmp;
    memset(&tmp, 0, sizeof tmp);
    int k = j;
    if (P(c, k, ',')) k++;
    if (W(c, k, "on")) k++;
    if (c->have_dct && CAT(c, k, C_WDAY) && c->t[k].val < 100 && c->t[k].cap) {
        z = resolve_wday(c, c->t[k].val, 0, is_future(c, i, k + 1));
        j = k + 1;
    } else if (c->have_dct && CAT(c, k, C_DAYREF) && c->t[k].val != 10) {
        z = c->dz + c->t[k].val;
        j = k + 1;
    } else if ((CAT(c, k, C_MONTH) || day_tok(c, k)) && m_month(c, k, &tmp) &&
               tmp.type == KBA_TX_DATE &&
               kba_prec_of_value(tmp.value) == KBA_PREC_DAY) {
        /* "5 p.m. EST, Nov. 6" */
        long yy;
        int mm, dd;
        if (parse_dct(tmp.value, &yy, &mm, &dd)) {
            z = kbu_days_from_civil(yy, mm, dd);
            j = tmp.end;
        }
    }
    r->end = j;
    r->type = KBA_TX_TIME;
    if (!c->have_dct) {
        vset(r, "XXXX-XX-XXT%02d:%02d", h, mi);
        return 1;
    }
    val_day(r, z);
    if (h == 24 && mi == 0) vcat(r, "T24");
    else vcat(r, "T%02d:%02d", h, mi);
    return 1;
}

/* years, decades, centuries, fiscal years, numeric dates */
static int m_year(ctx *c, int i, res *r)
{
    int j = i;
    long y;
    int fiscal = 0;
    if (W(c, j, "fiscal") || W(c, j, "fy")) {
        fiscal = 1;
        j++;
        if (W(c, j, "year")) j++;
    }
    /* numeric dates: 2025-10-12, 2025/10/12, 10/12/2025, 10/12/25 */
    if (!fiscal && INT(c, j) && (P(c, j + 1, '-') || P(c, j + 1, '/')) && tight(c, j + 1) &&
        INT(c, j + 2) && tight(c, j + 2) && P(c, j + 3, c->t[j + 1].w[0]) && tight(c, j + 3) &&
        INT(c, j + 4) && tight(c, j + 4) && !(tight(c, j + 5) && (NUM(c, j + 5) || P(c, j + 5, '/')))) {
        long a = c->t[j].num, b = c->t[j + 2].num, d = c->t[j + 4].num, yy, mm, dd;
        if (c->t[j].ndig == 4) yy = a, mm = b, dd = d;
        else if (c->t[j + 4].ndig == 4 || c->t[j + 4].ndig == 2) {
            yy = c->t[j + 4].ndig == 2 ? (d < 50 ? 2000 + d : 1900 + d) : d;
            if (a > 12 && b <= 12) mm = b, dd = a;
            else mm = a, dd = b;
            if (c->t[j + 1].w[0] == '-' && c->t[j + 4].ndig == 2) return 0;
        } else
            return 0;
        if (mm < 1 || mm > 12 || dd < 1 || dd > mdays(yy, (int)mm) || yy < 1000 || yy > 2199)
            return 0;
        r->end = j + 5;
        r->type = KBA_TX_DATE;
        val_day(r, kbu_days_from_civil(yy, (int)mm, (int)dd));
        /* ISO time after it: 2025-10-12T08:00 */
        return 1;
    }
    /* European dotted dates: 12.10.2025 (the tokenizer saw "12.10" as a decimal) */
    if (!fiscal && NUM(c, j) && (c->t[j].flags & F_DEC) && !c->t[j].w[0] && P(c, j + 1, '.') &&
        tight(c, j + 1) && INT(c, j + 2) && tight(c, j + 2) && c->t[j + 2].ndig == 4) {
        const char *b = c->text + c->t[j].s;
        size_t L = c->t[j].e - c->t[j].s;
        const char *dot = memchr(b, '.', L);
        long dd = 0, mm = 0, yy = c->t[j + 2].num;
        size_t n1 = dot ? (size_t)(dot - b) : 0, n2 = dot ? L - n1 - 1 : 0;
        if (dot && n1 >= 1 && n1 <= 2 && n2 >= 1 && n2 <= 2) {
            for (size_t q = 0; q < n1; q++) dd = dd * 10 + (b[q] - '0');
            for (size_t q = 0; q < n2; q++) mm = mm * 10 + (dot[1 + q] - '0');
            if (mm >= 1 && mm <= 12 && dd >= 1 && dd <= mdays(yy, (int)mm) && yy >= 1000 &&
                yy <= 2199 && !(tight(c, j + 3) && (NUM(c, j + 3) || (P(c, j + 3, '.') && NUM(c, j + 4) && tight(c, j + 4))))) {
                r->end = j + 3;
                r->type = KBA_TX_DATE;
                val_day(r, kbu_days_from_civil(yy, (int)mm, (int)dd));
                return 1;
            }
        }
    }
    int the = W(c, j, "the");
    if (the) j++;
    /* '90s */
    if (P(c, j, '\'') && NUM(c, j + 1) && tight(c, j + 1) && c->t[j + 1].ndig == 2 &&
        !strcmp(c->t[j + 1].w, "s") && c->t[j + 1].num % 10 == 0) {
        long dd = c->t[j + 1].num;
        long cent = (c->have_dct && dd <= (c->dy % 100)) ? c->dy / 100 : 19;
        if (c->have_dct && dd <= c->dy % 100 && dd + 100 - c->dy % 100 < 30) cent = c->dy / 100;
        r->end = j + 2;
        r->type = KBA_TX_DATE;
        vset(r, "%02ld%ld", cent % 100, dd / 10);
        return 1;
    }
    /* 20th century / the twentieth century */
    {
        int k = j, n = 0;
        if (NUM(c, k) && c->t[k].ndig <= 2 && (!strcmp(c->t[k].w, "th") || !strcmp(c->t[k].w, "st") ||
                                               !strcmp(c->t[k].w, "nd") || !strcmp(c->t[k].w, "rd")))
            n = (int)c->t[k].num;
        else if (CAT(c, k, C_ORD))
            n = c->t[k].val;
        else if (W(c, k, "twenty") && P(c, k + 1, '-') && CAT(c, k + 2, C_ORD)) {
            n = 20 + c->t[k + 2].val;
            k += 2;
        }
        if (n >= 1 && n <= 30) {
            int q = k + 1;
            if (P(c, q, '-') && tight(c, q)) q++;
            if (W(c, q, "century")) {
                if (the) return 0; /* "the 20th century": the span starts at "20th" */
                r->end = q + 1;
                r->type = KBA_TX_DATE;
                vset(r, "%02d", n - 1);
                return 1;
            }
        }
    }
    /* spelled-out years of transcripts: "nineteen ninety-six", "two thousand (and) one" */
    int sk = fiscal ? 0 : spelled_year(c, j, &y);
    if (sk && (c->t[j + 1].val >= 20 || W(c, i - 1, "in") || W(c, i - 1, "since") ||
               W(c, i - 1, "year"))) {
        int k = j + sk;
        r->end = k;
        r->type = KBA_TX_DATE;
        val_year(r, y);
        return 1;
    }
    if (!fiscal && W(c, j, "two") && W(c, j + 1, "thousand") &&
        (W(c, i - 1, "in") || W(c, i - 1, "since") || W(c, i - 1, "year") || W(c, i - 1, "until") ||
         W(c, i - 1, "by") || W(c, i - 1, "of"))) {
        int k = j + 2;
        y = 2000;
        if (W(c, k, "and") && CAT(c, k + 1, C_NUMW) && c->t[k + 1].val < 20) {
            y += c->t[k + 1].val;
            k += 2;
        } else if (CAT(c, k, C_NUMW) && c->t[k].val < 20) {
            y += c->t[k].val;
            k++;
        }
        r->end = k;
        r->type = KBA_TX_DATE;
        val_year(r, y);
        return 1;
    }
    if (!NUM(c, j) || c->t[j].ndig != 4 || (c->t[j].flags & (F_COMMA | F_DEC | F_CLOCK)))
        return 0;
    y = c->t[j].num;
    const char *suf = c->t[j].w;
    if (!strcmp(suf, "s")) {
        if (y < 1000 || y > 2190 || y % 10) return 0;
        r->end = j + 1;
        r->type = KBA_TX_DATE;
        if (y % 100 == 0 && !W(c, j - 1, "early") && !W(c, j - 1, "late") && !W(c, j - 1, "mid"))
            vset(r, "%02ld", y / 100);
        else
            vset(r, "%03ld", y / 10);
        return 1;
    }
    if (suf[0]) return 0;
    if (y < 1000 || y > 2199) return 0;
    /* quantities, not years */
    int p = j - 1;
    if (P(c, p, '$') || P(c, p, '#') || P(c, p, '.') || (P(c, p, ',') && NUM(c, p - 1)) ||
        W(c, p, "no") || W(c, p, "number") || W(c, p, "route") || W(c, p, "flight") ||
        W(c, p, "room") || W(c, p, "page") || W(c, p, "about") || W(c, p, "some") ||
        W(c, p, "nearly") || W(c, p, "than") || W(c, p, "and") || W(c, p, "almost"))
        if (!fiscal && !(W(c, p, "and") && year_tok(c, p - 1, &y)) &&
            !(W(c, p, "and") && W(c, p - 1, "between")))
            return 0;
    y = c->t[j].num;
    int q = j + 1;
    if (P(c, q, '%') || W(c, q, "percent") || W(c, q, "people") || W(c, q, "troops") ||
        W(c, q, "soldiers") || W(c, q, "dollars") || W(c, q, "shares") || W(c, q, "times") ||
        W(c, q, "feet") || W(c, q, "meters") || W(c, q, "metres") || W(c, q, "miles") ||
        W(c, q, "tons") || W(c, q, "workers") || W(c, q, "members") || W(c, q, "units") ||
        W(c, q, "employees") || W(c, q, "jobs") || W(c, q, "cars") || W(c, q, "residents") ||
        W(c, q, "km") || W(c, q, "kilometers") || W(c, q, "pounds") || W(c, q, "yen") ||
        W(c, q, "points") || W(c, q, "acres") || W(c, q, "votes") || W(c, q, "students") ||
        W(c, q, "hours") || W(c, q, "days") || W(c, q, "years") || W(c, q, "men") ||
        W(c, q, "women") || W(c, q, "children") || W(c, q, "homes") || W(c, q, "houses") ||
        (P(c, q, ':') && tight(c, q)))
        return 0;
    if (y < 1800 && !fiscal) {
        int ok = W(c, p, "in") || W(c, p, "since") || W(c, p, "of") || W(c, p, "from") ||
                 W(c, p, "until") || W(c, p, "before") || W(c, p, "after") || W(c, p, "by") ||
                 W(c, p, "during");
        if (!ok) return 0;
    }
    if (the && !W(c, q, "period")) return 0; /* "the 1988 election": the year alone, later */
    r->end = q;
    if (the && W(c, q, "period")) r->end = q + 1;
    r->type = KBA_TX_DATE;
    val_year(r, y);
    r->mod = NULL;
    return 1;
}

/* "on the 12th": a day of the month alone, the most recent one (the next with a future cue) */
static int m_ordday(ctx *c, int i, res *r)
{
    if (!W(c, i, "the") || !W(c, i - 1, "on")) return 0;
    const tok *t = &c->t[i + 1 < c->n ? i + 1 : i];
    if (i + 1 >= c->n || t->kind != K_NUM || (t->flags & (F_COMMA | F_DEC | F_CLOCK)) ||
        t->ndig > 2 || !t->w[0] || (strcmp(t->w, "st") && strcmp(t->w, "nd") &&
                                    strcmp(t->w, "rd") && strcmp(t->w, "th")))
        return 0;
    int d = (int)t->num;
    if (d < 1 || d > 31) return 0;
    if (W(c, i + 2, "of") || CAT(c, i + 2, C_MONTH) || W(c, i + 2, "century") ||
        CAT(c, i + 2, C_UNIT) || W(c, i + 2, "floor") || W(c, i + 2, "anniversary"))
        return 0;
    r->end = i + 2;
    r->type = KBA_TX_DATE;
    if (!c->have_dct) {
        vset(r, "XXXX-XX-%02d", d);
        return 1;
    }
    int fut = is_future(c, i, i + 2);
    long y = c->dy;
    int m = c->dm;
    if (fut ? d < c->dd : d > c->dd) m += fut ? 1 : -1;
    if (m < 1) m = 12, y--;
    if (m > 12) m = 1, y++;
    if (d > mdays(y, m)) return 0;
    val_day(r, kbu_days_from_civil(y, m, d));
    return 1;
}

/* holidays (fixed or computed dates) */
static int m_holiday(ctx *c, int i, res *r)
{
    int j = i, m = 0, d = 0, thanks = 0;
    if (W(c, j, "christmas") && c->t[j].cap) {
        j++;
        m = 12;
        d = 25;
        if (W(c, j, "eve") || W(c, j, "day")) {
            if (W(c, j, "eve")) d = 24;
            j++;
        }
    } else if (W(c, j, "new") && c->t[j].cap && W(c, j + 1, "year") && P(c, j + 2, '\'') &&
               W(c, j + 3, "s") && (W(c, j + 4, "day") || W(c, j + 4, "eve"))) {
        m = W(c, j + 4, "eve") ? 12 : 1;
        d = m == 12 ? 31 : 1;
        j += 5;
    } else if (W(c, j, "thanksgiving") && c->t[j].cap) {
        j++;
        if (W(c, j, "day")) j++;
        thanks = 1;
        m = 11;
    } else
        return 0;
    long y;
    int k = year_suffix(c, j, &y);
    if (!k && year_tok(c, j, &y)) k = 1;
    int rel = W(c, i - 1, "last") ? -1 : W(c, i - 1, "next") ? 1 : 9;
    if (!k) {
        if (!c->have_dct) return 0;
        y = resolve_month_year(c, m, thanks ? 22 : d, rel, is_future(c, i, j));
    }
    j += k;
    if (thanks) {
        /* fourth Thursday of November */
        long z1 = kbu_days_from_civil(y, 11, 1);
        int w = wday(z1);
        d = 1 + (4 - w + 7) % 7 + 21;
    }
    r->end = j;
    r->type = KBA_TX_DATE;
    val_day(r, kbu_days_from_civil(y, m, d));
    return 1;
}

/* modifier prefixes: early/late/mid(-)/the end of/the beginning of/earlier/later */
static int mod_prefix(const ctx *c, int i, const char **mod)
{
    if (W(c, i, "the") && (W(c, i + 1, "early") || W(c, i + 1, "late") || W(c, i + 1, "mid"))) {
        int k = mod_prefix(c, i + 1, mod);
        return k ? k + 1 : 0;
    }
    if (W(c, i, "early") || W(c, i, "late") || W(c, i, "mid") || W(c, i, "earlier") ||
        W(c, i, "later")) {
        *mod = W(c, i, "early") ? "START" : W(c, i, "late") ? "END" : W(c, i, "mid") ? "MID" : NULL;
        int k = 1;
        if (P(c, i + 1, '-') && tight(c, i + 1)) k++;
        if (W(c, i + k, "in") && W(c, i + k + 1, "the")) k++; /* earlier in the year */
        return k;
    }
    if (W(c, i, "the") &&
        (W(c, i + 1, "end") || W(c, i + 1, "beginning") || W(c, i + 1, "start") ||
         W(c, i + 1, "middle") || W(c, i + 1, "close") || W(c, i + 1, "turn")) &&
        W(c, i + 2, "of")) {
        *mod = W(c, i + 1, "end") || W(c, i + 1, "close") ? "END"
               : W(c, i + 1, "middle")                    ? "MID"
                                                          : "START";
        return 3;
    }
    return 0;
}

/* "the year", "the month", "the week", "year" after a modifier ("the end of the year") */
static int m_anaphor_unit(ctx *c, int i, res *r)
{
    int j = i;
    if (W(c, j, "the") || W(c, j, "this")) j++;
    int pl, u = unit_at(c, j, &pl);
    if (!u || pl) return 0;
    r->end = j + 1;
    r->type = KBA_TX_DATE;
    if (!c->have_dct) {
        strcpy(r->value, "XXXX");
        return 1;
    }
    switch (u) {
    case U_YEAR: val_year(r, c->dy); return 1;
    case U_MONTH: val_month(r, c->dy, c->dm); return 1;
    case U_WEEK: val_week(r, c->dz); return 1;
    case U_DECADE: vset(r, "%03ld", c->dy / 10); return 1;
    case U_CENT: vset(r, "%02ld", c->dy / 100); return 1;
    case U_DAY: val_day(r, c->dz); return 1;
    default: return 0;
    }
}

/* anaphoric dates: "that year", "the same day", "the following year", "the next day" */
static int m_anaphor(ctx *c, int i, res *r)
{
    int j = i, dir;
    if (W(c, j, "that")) {
        dir = 0;
        j++;
    } else if (W(c, j, "the") && W(c, j + 1, "same")) {
        dir = 0;
        j += 2;
    } else if (W(c, j, "the") && (W(c, j + 1, "following") || W(c, j + 1, "next") ||
                                  W(c, j + 1, "previous") || W(c, j + 1, "preceding"))) {
        dir = (W(c, j + 1, "following") || W(c, j + 1, "next")) ? 1 : -1;
        j += 2;
    } else
        return 0;
    int pl, u = unit_at(c, j, &pl);
    if (!u || pl) return 0;
    r->end = j + 1;
    r->type = KBA_TX_DATE;
    switch (u) {
    case U_YEAR:
        if (!c->has_ref_y) return 0;
        val_year(r, c->ref_y + dir);
        return 1;
    case U_MONTH:
        if (!c->has_ref_y || !c->ref_m) return 0;
        val_month(r, c->ref_y, c->ref_m + dir);
        return 1;
    case U_DAY:
        if (!c->has_ref_z && dir && c->has_ref_y && c->ref_m) { /* a day of a month told no closer */
            val_month(r, c->ref_y, c->ref_m);
            return 1;
        }
        if (!c->has_ref_z) return 0;
        val_day(r, c->ref_z + dir);
        return 1;
    case U_WEEK:
        if (!c->has_ref_z) return 0;
        val_week(r, c->ref_z + 7 * dir);
        return 1;
    default: return 0;
    }
}

typedef int (*matcher)(ctx *, int, res *);

static int core_at(ctx *c, int i, res *best, int dates_only)
{
    static const matcher M[] = {m_month, m_wday,     m_dayref, m_quarter, m_rel,
                                m_year,  m_holiday,  m_clock,  m_ago,     m_ref,
                                m_anaphor, m_duration, m_set, m_ordday};
    int found = 0;
    best->end = 0;
    for (size_t k = 0; k < sizeof M / sizeof *M; k++) {
        res r;
        memset(&r, 0, sizeof r);
        int rc = M[k](c, i, &r);
        if (!rc) continue;
        if (dates_only && r.type != KBA_TX_DATE && r.type != KBA_TX_TIME) continue;
        if (r.end > best->end || (r.end == best->end && r.type == KBA_TX_SET)) {
            *best = r;
            found = rc;
        }
    }
    return found;
}

/* does token i possibly start an expression? (cheap filter) */
/* a token that can anchor an expression: a number, a month, weekday, unit,
 * season, part of day, day word, or a word that is an expression by itself */
static int strong(const tok *t)
{
    if (t->kind == K_NUM) return 1;
    if (t->kind != K_WORD) return 0;
    switch (t->cat) {
    case C_MONTH: case C_WDAY: case C_UNIT: case C_SEASON: case C_PART: case C_DAYREF:
        return 1;
    case C_TRIG: return t->val == 1;
    case C_REL: return word_is(t, "past");
    default: break;
    }
    if (word_is(t, "nineteen") || word_is(t, "thousand")) return 1;
    return t->w[0] == 'q' && t->w[1] >= '1' && t->w[1] <= '4' && !t->w[2];
}

/* does token i possibly start an expression? Anchors do; function words
 * ("the", "a", "last", "about", "more" ...) only with an anchor in the next
 * four tokens. Keeps the matchers off most of the text. */
static int trigger(const ctx *c, int i)
{
    const tok *t = &c->t[i];
    if (t->flags & F_STRONG) return 1;
    int weak = (t->kind == K_PUNCT && t->w[0] == '\'') ||
               (t->kind == K_WORD && (t->cat != C_NONE || word_is(t, "these") ||
                                      word_is(t, "fy") || word_is(t, "more") ||
                                      word_is(t, "fewer") || word_is(t, "just") ||
                                      word_is(t, "only") || word_is(t, "under") ||
                                      word_is(t, "many") || word_is(t, "up") ||
                                      word_is(t, "no") || word_is(t, "that")));
    if (!weak) return 0;
    for (int k = i + 1; k < c->n && k <= i + 4; k++)
        if (c->t[k].flags & F_STRONG) return 1;
    return 0;
}

static int parse_dct(const char *s, long *y, int *m, int *d);

typedef struct outv {
    kba_timex *v;
    size_t n, cap;
} outv;

static int emit(ctx *c, outv *o, int a, const res *r)
{
    if (o->n == o->cap) {
        size_t nc = o->cap ? o->cap * 2 : 32;
        kba_timex *nv = realloc(o->v, nc * sizeof *nv);
        if (!nv) return KB_ENOMEM;
        o->v = nv;
        o->cap = nc;
    }
    kba_timex *x = &o->v[o->n++];
    memset(x, 0, sizeof *x);
    x->start = c->t[a].s;
    x->end = c->t[r->end - 1].e;
    x->type = r->type;
    memcpy(x->value, r->value, sizeof x->value);
    x->value[sizeof x->value - 1] = 0;
    x->mod = r->mod;
    x->prec = (r->type == KBA_TX_DATE || r->type == KBA_TX_TIME) ? kba_prec_of_value(x->value)
                                                                   : KBA_PREC_NONE;
    /* absolute: the span itself writes the year the value starts with */
    if (x->prec >= KBA_PREC_CENTURY)
        for (int k = a; k < r->end; k++) {
            const tok *t = &c->t[k];
            if (t->kind != K_NUM || t->ndig != 4) continue;
            char ys[16];
            snprintf(ys, sizeof ys, "%04ld", t->num);
            size_t vl = 0;
            while (vl < 4 && is_digit((unsigned char)x->value[vl])) vl++;
            if (vl >= 2 && !strncmp(ys, x->value, vl)) {
                x->absolute = 1;
                break;
            }
        }
    if ((x->type == KBA_TX_DATE || (x->type == KBA_TX_TIME && x->prec == KBA_PREC_PARTOFDAY)) &&
        x->prec >= KBA_PREC_YEAR && x->prec != KBA_PREC_WEEK &&
        is_digit((unsigned char)x->value[0])) {
        long y = 0;
        for (int k = 0; k < 4; k++) y = y * 10 + (x->value[k] - '0');
        c->ref_y = y;
        c->has_ref_y = 1;
        c->ref_m = 0;
        if (x->prec == KBA_PREC_MONTH || x->prec == KBA_PREC_DAY)
            c->ref_m = (x->value[5] - '0') * 10 + (x->value[6] - '0');
        int m, d;
        long yy;
        /* (a part of a day is that day: "on Tuesday afternoon ... earlier that day") */
        if ((x->prec == KBA_PREC_DAY || x->prec == KBA_PREC_PARTOFDAY) && parse_dct(x->value, &yy, &m, &d)) {
            c->ref_z = kbu_days_from_civil(yy, m, d);
            c->has_ref_z = 1;
        } else if (x->prec == KBA_PREC_MONTH)
            c->has_ref_z = 0; /* ("Last July, ... and freed them the following day": July's) */
    }
    {
        long yy;
        int m, d;
        c->has_last_z = 0;
        if ((x->prec == KBA_PREC_DAY || x->prec == KBA_PREC_PARTOFDAY) &&
            parse_dct(x->value, &yy, &m, &d)) {
            c->last_z = kbu_days_from_civil(yy, m, d);
            c->last_end = r->end;
            c->has_last_z = 1;
        }
    }
    if (r->is_quarter) {
        c->ref_qy = r->qy;
        c->ref_q = r->q;
        c->ref_q_sent = c->t[a].sent;
    }
    return KB_OK;
}

static int parse_dct(const char *s, long *y, int *m, int *d)
{
    if (!s) return 0;
    for (int k = 0; k < 10; k++) {
        if (k == 4 || k == 7) {
            if (s[k] != '-') return 0;
        } else if (!is_digit((unsigned char)s[k]))
            return 0;
    }
    *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    *m = (s[5] - '0') * 10 + (s[6] - '0');
    *d = (s[8] - '0') * 10 + (s[9] - '0');
    return *y >= 1 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= mdays(*y, *m);
}

int kba_times(const char *text, size_t len, const char *dct, kb_arena *a, kba_timex **out,
              size_t *n)
{
    *out = NULL;
    *n = 0;
    tokv tv = {0};
    outv ov = {0};
    pthread_once(&voc_once, voc_build);
    int rc = tokenize(text, len, &tv);
    if (rc != KB_OK) {
        free(tv.t);
        return rc;
    }
    for (size_t i = 0; i < tv.n; i++)
        if (strong(&tv.t[i])) tv.t[i].flags |= F_STRONG;
    ctx c;
    memset(&c, 0, sizeof c);
    c.text = text;
    c.t = tv.t;
    c.n = (int)tv.n;
    if (parse_dct(dct, &c.dy, &c.dm, &c.dd)) {
        c.have_dct = 1;
        c.dz = kbu_days_from_civil(c.dy, c.dm, c.dd);
    } else {
        c.dy = 2000;
        c.dm = 1;
        c.dd = 1;
        c.dz = kbu_days_from_civil(2000, 1, 1);
    }
    for (int i = 0; i < c.n;) {
        if (!trigger(&c, i)) {
            i++;
            continue;
        }
        res best;
        memset(&best, 0, sizeof best);
        int start = i;
        const char *mod = NULL;
        int mk = mod_prefix(&c, i, &mod);
        int got = 0;
        if (mk) {
            got = core_at(&c, i + mk, &best, 1);
            if (!got) {
                res r2;
                memset(&r2, 0, sizeof r2);
                if (m_anaphor_unit(&c, i + mk, &r2)) {
                    best = r2;
                    got = 1;
                }
            }
            if (got && !best.mod) best.mod = mod;
        }
        if (!got) got = core_at(&c, i, &best, 0);
        if (!got || best.end <= start) {
            i++;
            continue;
        }
        /* "this" / "last" / "next" before a month were consumed by m_month only as context */
        if ((rc = emit(&c, &ov, start, &best)) != KB_OK) break;
        i = best.end;
    }
    free(tv.t);
    if (rc == KB_OK && ov.n) {
        kba_timex *arr = kb_arena_alloc(a, ov.n * sizeof *arr);
        if (!arr) rc = KB_ENOMEM;
        else {
            memcpy(arr, ov.v, ov.n * sizeof *arr);
            *out = arr;
            *n = ov.n;
        }
    }
    free(ov.v);
    return rc;
}

/* ---- helpers --------------------------------------------------------------- */
kba_prec kba_prec_of_value(const char *v)
{
    if (!v || !v[0]) return KBA_PREC_NONE;
    if (strstr(v, "_REF")) return KBA_PREC_REF;
    if (v[0] == 'P') return KBA_PREC_NONE;
    size_t L = strlen(v);
    const char *t = strchr(v, 'T');
    if (t) {
        if (is_digit((unsigned char)t[1])) return strchr(t, ':') ? KBA_PREC_MINUTE : KBA_PREC_HOUR;
        return KBA_PREC_PARTOFDAY;
    }
    if (!is_digit((unsigned char)v[0])) return KBA_PREC_NONE;
    if (L == 2) return KBA_PREC_CENTURY;
    if (L == 3) return KBA_PREC_DECADE;
    if (L == 4) return KBA_PREC_YEAR;
    if (L >= 6 && v[4] == '-') {
        switch (v[5]) {
        case 'H': return KBA_PREC_HALF;
        case 'Q': return KBA_PREC_QUARTER;
        case 'W':
            if (v[6] == 'I') return KBA_PREC_SEASON;
            return L >= 8 && (is_digit((unsigned char)v[6]) || v[6] == 'X') ? KBA_PREC_WEEK
                                                                          : KBA_PREC_YEAR;
        case 'S': case 'F': return KBA_PREC_SEASON;
        default: break;
        }
        if (L == 7) return KBA_PREC_MONTH;
        if (L == 10) return KBA_PREC_DAY;
    }
    return KBA_PREC_NONE;
}

const char *kba_tx_type_name(kba_tx_type t)
{
    switch (t) {
    case KBA_TX_DATE: return "DATE";
    case KBA_TX_TIME: return "TIME";
    case KBA_TX_DURATION: return "DURATION";
    case KBA_TX_SET: return "SET";
    }
    return "DATE";
}

const char *kba_prec_name(kba_prec p)
{
    static const char *const N[] = {"none",   "ref",    "century", "decade", "year",
                                    "half",   "quarter", "season", "month",  "week",
                                    "day",    "partofday", "hour", "minute"};
    return (unsigned)p < sizeof N / sizeof *N ? N[p] : "none";
}

static int resolved(const kba_timex *x)
{
    return (x->type == KBA_TX_DATE || x->type == KBA_TX_TIME) && is_digit((unsigned char)x->value[0]);
}

int kba_dct_check(const char *text, size_t len, const char *meta_date, char out[11],
                  int *conflict)
{
    *conflict = 0;
    out[0] = 0;
    long my = 0;
    int mm = 0, md = 0, have = parse_dct(meta_date, &my, &mm, &md);
    kb_arena *a = kb_arena_new(0);
    if (!a) return KB_ENOMEM;
    kba_timex *t;
    size_t n;
    int rc = kba_times(text, len, have ? meta_date : NULL, a, &t, &n);
    if (rc != KB_OK) {
        kb_arena_free(a);
        return rc;
    }
    long latest = -1, meta = have ? kbu_days_from_civil(my, mm, md) : 0;
    for (size_t i = 0; i < n; i++) {
        long y;
        int m, d;
        if (!t[i].absolute || t[i].prec != KBA_PREC_DAY || !parse_dct(t[i].value, &y, &m, &d))
            continue;
        long z = kbu_days_from_civil(y, m, d);
        if (z > latest) latest = z;
    }
    kb_arena_free(a);
    int use_content = 0;
    if (latest >= 0 && (!have || latest > meta + 2)) {
        /* the text reports, as already dated, a day after its supposed publication */
        *conflict = have;
        use_content = 1;
    }
    if (use_content) {
        res r;
        val_day(&r, latest);
        memcpy(out, r.value, 10);
        out[10] = 0;
    } else if (have) {
        memcpy(out, meta_date, 10);
        out[10] = 0;
    }
    return KB_OK;
}

int kba_value_days(const char *v, long *first, long *last)
{
    if (!v || !is_digit((unsigned char)v[0]) || !is_digit((unsigned char)v[1])) return 0;
    size_t L = 0;
    while (L < 4 && is_digit((unsigned char)v[L])) L++;
    long y = 0;
    for (size_t k = 0; k < L; k++) y = y * 10 + (v[k] - '0');
    if (L == 2) { /* century "19" = 1900-1999 */
        *first = kbu_days_from_civil(y * 100, 1, 1);
        *last = kbu_days_from_civil(y * 100 + 99, 12, 31);
        return 1;
    }
    if (L == 3) { /* decade "199" */
        *first = kbu_days_from_civil(y * 10, 1, 1);
        *last = kbu_days_from_civil(y * 10 + 9, 12, 31);
        return 1;
    }
    if (L != 4 || y < 1) return 0;
    if (v[4] != '-') {
        *first = kbu_days_from_civil(y, 1, 1);
        *last = kbu_days_from_civil(y, 12, 31);
        return v[4] == 0 || v[4] == 'T';
    }
    const char *p = v + 5;
    if (p[0] == 'Q' && p[1] >= '1' && p[1] <= '4') {
        int q = p[1] - '0';
        *first = kbu_days_from_civil(y, 3 * q - 2, 1);
        *last = kbu_days_from_civil(y, 3 * q, mdays(y, 3 * q));
        return 1;
    }
    if (p[0] == 'H' && (p[1] == '1' || p[1] == '2')) {
        int h = p[1] - '0';
        *first = kbu_days_from_civil(y, h == 1 ? 1 : 7, 1);
        *last = kbu_days_from_civil(y, h == 1 ? 6 : 12, h == 1 ? 30 : 31);
        return 1;
    }
    if (p[0] == 'W' && is_digit((unsigned char)p[1]) && is_digit((unsigned char)p[2])) {
        int w = (p[1] - '0') * 10 + (p[2] - '0');
        long jan4 = kbu_days_from_civil(y, 1, 4);
        long mon = jan4 - (wday(jan4) - 1) + 7L * (w - 1);
        *first = mon;
        *last = mon + 6;
        if (!strncmp(p + 3, "-WE", 3)) *first = mon + 5;
        return 1;
    }
    static const struct { const char *s; int m0, m1; } SE[] = {
        {"SP", 3, 5}, {"SU", 6, 8}, {"FA", 9, 11}, {"AU", 9, 11}, {"WI", 12, 14}};
    for (size_t k = 0; k < sizeof SE / sizeof *SE; k++)
        if (!strncmp(p, SE[k].s, 2)) {
            *first = kbu_days_from_civil(y, SE[k].m0, 1);
            long y1 = SE[k].m1 > 12 ? y + 1 : y;
            int m1 = SE[k].m1 > 12 ? SE[k].m1 - 12 : SE[k].m1;
            *last = kbu_days_from_civil(y1, m1, mdays(y1, m1));
            return 1;
        }
    if (is_digit((unsigned char)p[0]) && is_digit((unsigned char)p[1])) {
        int m = (p[0] - '0') * 10 + (p[1] - '0');
        if (m < 1 || m > 12) return 0;
        if (p[2] == '-' && is_digit((unsigned char)p[3]) && is_digit((unsigned char)p[4])) {
            int d = (p[3] - '0') * 10 + (p[4] - '0');
            if (d < 1 || d > mdays(y, m)) return 0;
            *first = *last = kbu_days_from_civil(y, m, d);
            return 1;
        }
        *first = kbu_days_from_civil(y, m, 1);
        *last = kbu_days_from_civil(y, m, mdays(y, m));
        return 1;
    }
    return 0;
}

int kba_time_historical(const char *value, const char *dct)
{
    long f, l, y;
    int m, d;
    if (!parse_dct(dct, &y, &m, &d)) return 0;
    if (!strcmp(value ? value : "", "PAST_REF")) return 0; /* unknown distance */
    if (!kba_value_days(value, &f, &l)) return 0;
    return l < kbu_days_from_civil(y, m, d) - 7;
}

const kba_timex *kba_time_governing(const kba_timex *tx, size_t n, uint32_t cl_start,
                                    uint32_t cl_end, uint32_t s_start, uint32_t s_end)
{
    const kba_timex *best = NULL;
    uint32_t bestd = UINT32_MAX;
    for (int pass = 0; pass < 2 && !best; pass++) {
        uint32_t a = pass ? s_start : cl_start, b = pass ? s_end : cl_end;
        for (size_t i = 0; i < n; i++) {
            const kba_timex *x = &tx[i];
            if (x->start < a || x->end > b || !resolved(x)) continue;
            uint32_t d = x->end <= cl_start ? cl_start - x->end : x->start >= cl_end ? x->start - cl_end : 0;
            if (d < bestd) {
                bestd = d;
                best = x;
            }
        }
    }
    return best;
}
