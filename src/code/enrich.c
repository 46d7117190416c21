/*
 * enrich.c -- when, where and how many for coded events (issue 5; API in
 * enrich.h). Runs after kb_code_doc over one document and its events, with
 * one scan of each annotator per document:
 *
 *  1. The article's date: the caller's date, else d->date (the cleaner's:
 *     metadata, dateline, or the filing day of a wire id that overrules an
 *     older dateline). The text's own full dates ("27 October 2025") are the
 *     check: the latest of them lying more than two days after that date
 *     replaces it (a stale dateline); with no date at all it is only a lower
 *     bound and is not used. A wire id's day that the text does not bear out
 *     (its latest full day sits by the dateline, a month or more before the id)
 *     gives way to the dateline. Any overruling marks date_conflict.
 *  2. Time expressions (kba_times, against that date). An event's date is
 *     the expression governing its clause (around its verb, up to the
 *     nearest comma or semicolon), else its sentence's (kba_time_governing);
 *     more than 7 days before the article it is historical. Undated, it takes
 *     the article's day (an undated past act only its month: "lowered
 *     honestly", unless a day-dated act was told in its sentence or one of the
 *     two before: that day); the coder's own historical year stands when
 *     nothing dates it.
 *  3. Places (kba_geo_find once, kba_geo_place_of_span per event): statements
 *     only where the text says they were made (strict); material acts (roots
 *     17-20) whose sentence names no place take a sub-country place of the
 *     sentence before, else after ("... a raid in the Chitral district. The
 *     TTP claimed the assault"). Never a country centroid posing as a city:
 *     the precision says what the place is.
 *  4. Tolls (kba_tolls once, kba_toll_in_span per event): only attacks,
 *     fights and mass violence (roots 18, 19, 20) of the day; aggregates and
 *     other incidents are left out by the annotator.
 * kbe_event_json_enriched prints the coder's JSON line with these filled.
 */
#include "enrich.h"
#include "annotate/geo.h"
#include "annotate/time.h"
#include "annotate/toll.h"
#include "code/kbe.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <strings.h>

struct kb_enricher {
    kba_gaz *gaz;
    kba_geo *geo;
    char geo_err[256];
    /* the places kb_enrich_hint found, for kb_enrich_doc on the same text */
    const char *hint_text;
    size_t hint_len;
    kba_toponym *hint_tops;
    size_t hint_ntop;
    uint64_t unrest_idx[26][16]; /* (unrest_index) */
    kba_sovs sovs;               /* dependencies and their sovereigns (kba_organ_state) */
};

static void unrest_index(uint64_t idx[26][16]);

kb_enricher *kb_enricher_new(const char *gaz_path, kb_err *err)
{
    kb_enricher *en = calloc(1, sizeof *en);
    if (!en) {
        kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
        return NULL;
    }
    kb_err ge = {0};
    unrest_index(en->unrest_idx);
    char gdir[4096];
    kba_sovs_load(&en->sovs, kba_geo_dir(gdir, sizeof gdir));
    en->gaz = kba_gaz_open(gaz_path, &ge);
    if (en->gaz) en->geo = kba_geo_new(en->gaz, &ge);
    if (!en->geo) {
        const char *m = ge.msg[0] ? ge.msg : "gazetteer index not available";
        size_t ml = strlen(m);
        if (ml >= sizeof en->geo_err) ml = sizeof en->geo_err - 1;
        memcpy(en->geo_err, m, ml);
        en->geo_err[ml] = 0;
        if (en->gaz) kba_gaz_close(en->gaz);
        en->gaz = NULL;
    }
    return en;
}

void kb_enricher_free(kb_enricher *en)
{
    if (!en) return;
    if (en->geo) kba_geo_free(en->geo);
    if (en->gaz) kba_gaz_close(en->gaz);
    free(en);
}

const char *kb_enricher_geo_error(const kb_enricher *en)
{
    return en && !en->geo ? en->geo_err : NULL;
}

/* ------------------------------------------------------------ dates */

static int is_word_ch(char c);
static int word_eq(const char *w, size_t n, const char *lit);

/* Days since 1970-01-01 of "YYYY-MM-DD"; -1 if it is not one. */
static long day_of(const char *s)
{
    long z;
    return s && strlen(s) >= 10 && kbu_day_of_ymd(s, &z) ? z : -1;
}

/* The days "N days after", "a day after", "two weeks after" counts, when it opens the clause of the
 * verb at vs (the "after" within the seven words before it, no comma between); 0 if none */
static long days_after_before(const char *text, uint32_t s0, uint32_t vs)
{
    static const char *const NUM[] = {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                      "ten", NULL};
    uint32_t i = vs, words = 0;
    while (i > s0 && words < 7) {
        uint32_t e = i;
        while (e > s0 && !is_word_ch(text[e - 1])) {
            if (text[e - 1] == ',' || text[e - 1] == ';') return 0;
            e--;
        }
        uint32_t b = e;
        while (b > s0 && is_word_ch(text[b - 1])) b--;
        if (b == e) return 0;
        if (word_eq(text + b, e - b, "after")) {
            /* the unit and the count before "after" */
            uint32_t ue = b;
            while (ue > s0 && text[ue - 1] == ' ') ue--;
            uint32_t ub = ue;
            while (ub > s0 && is_word_ch(text[ub - 1])) ub--;
            int unit = word_eq(text + ub, ue - ub, "day") || word_eq(text + ub, ue - ub, "days")     ? 1
                       : word_eq(text + ub, ue - ub, "week") || word_eq(text + ub, ue - ub, "weeks") ? 7
                                                                                                    : 0;
            if (!unit) return 0;
            uint32_t ne = ub;
            while (ne > s0 && text[ne - 1] == ' ') ne--;
            uint32_t nb = ne;
            while (nb > s0 && is_word_ch(text[nb - 1])) nb--;
            long n = 0;
            if (ne > nb && text[nb] >= '0' && text[nb] <= '9') n = strtol(text + nb, NULL, 10);
            for (int k = 0; NUM[k] && !n; k++)
                if (word_eq(text + nb, ne - nb, NUM[k])) n = k ? k : 1;
            return n > 0 && n <= 60 ? n * unit : 0;
        }
        i = b;
        words++;
    }
    return 0;
}

/* Does a future or a deadline lead up to text[at] within its clause ("will
 * meet on 3 May 2026", "scheduled for", "until", "by")? Such a day is not a
 * report of what already happened. Looks back at most 80 bytes. */
static int future_context(const char *text, uint32_t at)
{
    static const char *const cue[] = {"will", "would", "shall", "scheduled", "due", "until", "till",
                                      "by", "deadline", "expire", "expires", "planned", "next",
                                      "before", "ahead", "from", "to", NULL};
    uint32_t lo = at > 80 ? at - 80 : 0;
    uint32_t i = at;
    while (i > lo) {
        char c = text[i - 1];
        if (c == '.' || c == ';' || c == '\n') break;
        if (is_word_ch(c)) {
            uint32_t j = i;
            while (i > lo && is_word_ch(text[i - 1])) i--;
            for (int k = 0; cue[k]; k++)
                if (word_eq(text + i, j - i, cue[k])) return 1;
            continue;
        }
        i--;
    }
    return 0;
}

/* The latest day the text writes out in full (with its year), leaving out
 * days told as future or deadlines; -1 if none. */
static long latest_full_day(const char *text, const kba_timex *tx, size_t n, const char **val)
{
    long best = -1;
    for (size_t i = 0; i < n; i++) {
        if (!tx[i].absolute || tx[i].prec != KBA_PREC_DAY || tx[i].type != KBA_TX_DATE) continue;
        if (future_context(text, tx[i].start)) continue;
        long z = day_of(tx[i].value);
        if (z > best) {
            best = z;
            *val = tx[i].value;
        }
    }
    return best;
}

/* What a page's date line says its date is: 1 only an edit ("Last updated: 24.11.2026 09:15"),
 * -1 the publication ("Published: 23/10/2025 08:15 | Updated: 23/10/2025 09:40"), 0 nothing
 * ("26.06.2026 | 10:15"). */
static int stamp_kind(const char *dl)
{
    int edit = 0;
    for (const char *p = dl; p && *p; p++) {
        if (p != dl && isalpha((unsigned char)p[-1])) continue;
        /* (also in the page's own language: "Mis à jour le 02/02/2027", "Actualizado",
         * "Aktualisiert", "Atualizado") */
        if (!strncasecmp(p, "updated", 7) || !strncasecmp(p, "modified", 8) || !strncasecmp(p, "mis \xc3\xa0 jour", 11) ||
            !strncasecmp(p, "mis a jour", 10) || !strncasecmp(p, "actualizado", 11) || !strncasecmp(p, "aktualisiert", 12) ||
            !strncasecmp(p, "atualizado", 10))
            edit = 1;
        /* ("Published", "Publicado", "Publié", "Posted", "First published") */
        if (!strncasecmp(p, "publi", 5) || !strncasecmp(p, "posted", 6) || !strncasecmp(p, "first", 5)) return -1;
    }
    return edit;
}

/* The weekday whose name starts in text[lo, hi) (ISO 1 = Monday .. 7), 0 if none */
static int weekday_written(const char *text, uint32_t lo, uint32_t hi)
{
    static const char *const WDAYS[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                        "Sunday"};
    for (uint32_t k = lo; k < hi; k++)
        for (int w = 0; w < 7; w++)
            if (!strncmp(text + k, WDAYS[w], strlen(WDAYS[w]))) return w + 1;
    return 0;
}

/* The latest day the text names by its month and day with no year ("on Monday, October 12"),
 * taken in the year up to the day before; -1 if none. *wk: the weekday written beside it (ISO,
 * 1-7; 0 if none: "Monday, October 12", "Friday's (August 7)"), so that the text's bare weekday
 * of that name is that day. (No future test: such a day lies before the page's stamp, and the
 * cues of future_context include the passive's "by".) */
static long latest_named_day(const char *text, const kba_timex *tx, size_t n, long before, int *wk)
{
    static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    long best = -1;
    for (size_t i = 0; i < n; i++) {
        if (tx[i].absolute || tx[i].prec != KBA_PREC_DAY || tx[i].type != KBA_TX_DATE) continue;
        int digit = 0, month = 0;
        for (uint32_t k = tx[i].start; k < tx[i].end; k++) {
            if (isdigit((unsigned char)text[k])) digit = 1;
            if (k + 3 <= tx[i].end && (k == tx[i].start || !isalpha((unsigned char)text[k - 1])))
                for (int m = 0; m < 12 && !month; m++) month = !strncmp(text + k, mon[m], 3);
        }
        long z = digit && month ? day_of(tx[i].value) : -1;
        if (z > before) { /* (read as the next one: the one before the stamp) */
            long y;
            int m, d;
            kbu_civil_from_days(z, &y, &m, &d);
            z = kbu_days_from_civil(y - 1, m, d);
        }
        if (z <= best) continue;
        best = z;
        *wk = weekday_written(text, tx[i].start > 14 ? tx[i].start - 14 : 0, tx[i].end);
    }
    return best;
}

/* Does the text tell of weekday wk (ISO) bare, with no month or day beside it ("Sunday's attack",
 * "on Sunday")? */
static int bare_weekday_told(const char *text, const kba_timex *tx, size_t n, int wk)
{
    for (size_t i = 0; i < n; i++) {
        if (tx[i].absolute || tx[i].prec != KBA_PREC_DAY || tx[i].type != KBA_TX_DATE) continue;
        int digit = 0;
        for (uint32_t k = tx[i].start; k < tx[i].end && !digit; k++) digit = isdigit((unsigned char)text[k]);
        if (!digit && weekday_written(text, tx[i].start, tx[i].end) == wk) return 1;
    }
    return 0;
}

/* The latest day after the page's day (by three days to a year) the text names by its month and
 * day with the weekday that day has written beside it, in past words ("seized it on Tuesday, July
 * 14" on a page stamped June 17); -1 if none. */
static long told_day_after(const char *text, const kba_timex *tx, size_t n, long page)
{
    long best = -1;
    for (size_t i = 0; i < n; i++) {
        if (tx[i].absolute || tx[i].prec != KBA_PREC_DAY || tx[i].type != KBA_TX_DATE ||
            future_context(text, tx[i].start))
            continue;
        long z = day_of(tx[i].value);
        if (z < page + 3 || z > page + 366 || z <= best) continue;
        if (weekday_written(text, tx[i].start, tx[i].end) == kbu_iso_weekday(z)) best = z;
    }
    return best;
}

/* "YYYY-MM-DD" of a day number into out[11]. */
static void day_str(long z, char out[11])
{
    long y;
    int m, d;
    kbu_civil_from_days(z, &y, &m, &d);
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%04ld-%02d-%02d", y % 10000, m % 100, d % 100);
    memcpy(out, tmp, 10);
    out[10] = 0;
}

/* The day a dateline line writes ("Tuesday, 02 January 2024 12:17 GMT"): the
 * first date at the start of one of its words; -1 if none. */
static long dateline_day(const char *dl, char out[11])
{
    if (!dl) return -1;
    size_t n = strlen(dl);
    for (size_t k = 0; k < n; k++) {
        if (k && !(dl[k - 1] == ' ' || dl[k - 1] == '|' || dl[k - 1] == ':' || dl[k - 1] == ',' ||
                   dl[k - 1] == '(' || dl[k - 1] == '-'))
            continue;
        if (kbc_date_parse(dl + k, n - k, out)) return day_of(out);
    }
    return -1;
}

/* Year and month of a day number (inverse of day_of). */
static void ym_of_day(long z, int *y, int *m)
{
    long yy;
    int d;
    kbu_civil_from_days(z, &yy, m, &d);
    *y = (int)yy;
}

/* Date string and precision of a governing expression's value, in arena a. */
static void date_of_value(kb_arena *a, const kba_timex *x, const char **date, const char **prec)
{
    const char *v = x->value;
    size_t n = strcspn(v, "T");
    switch (x->prec) {
    case KBA_PREC_DAY:
    case KBA_PREC_PARTOFDAY:
    case KBA_PREC_HOUR:
    case KBA_PREC_MINUTE:
        *date = kb_arena_strndup(a, v, n < 10 ? n : 10);
        *prec = "day";
        return;
    case KBA_PREC_MONTH:
        *date = kb_arena_strndup(a, v, n < 7 ? n : 7);
        *prec = "month";
        return;
    case KBA_PREC_YEAR:
        *date = kb_arena_strndup(a, v, n < 4 ? n : 4);
        *prec = "year";
        return;
    case KBA_PREC_WEEK: {
        /* a week: the month of its middle day (a week across two months is still
         * nearer a month than a year) */
        long f, l;
        if (kba_value_days(v, &f, &l)) {
            int y, m;
            ym_of_day(f + (l - f) / 2, &y, &m);
            char buf[16];
            snprintf(buf, sizeof buf, "%04d-%02d", y % 10000, m % 100);
            *date = kb_arena_strdup(a, buf);
            *prec = "month";
            return;
        }
        *date = kb_arena_strndup(a, v, 4);
        *prec = "year";
        return;
    }
    case KBA_PREC_SEASON:
    case KBA_PREC_QUARTER:
    case KBA_PREC_HALF: {
        /* a span inside one month is that month, else its year */
        long f, l;
        if (n >= 7 && kba_value_days(v, &f, &l)) {
            int fy, fm, ly, lm;
            ym_of_day(f, &fy, &fm);
            ym_of_day(l, &ly, &lm);
            char buf[16];
            if (fy == ly && fm == lm) {
                snprintf(buf, sizeof buf, "%04d-%02d", fy % 10000, fm % 100);
                *date = kb_arena_strdup(a, buf);
                *prec = "month";
            } else {
                snprintf(buf, sizeof buf, "%04d", fy % 10000);
                *date = kb_arena_strdup(a, buf);
                *prec = "year";
            }
            return;
        }
        *date = kb_arena_strndup(a, v, 4);
        *prec = "year";
        return;
    }
    default:
        *date = kb_arena_strndup(a, v, n);
        *prec = kba_prec_name(x->prec);
        return;
    }
}

static int is_word_ch(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' ||
           (unsigned char)c >= 0x80;
}

static int word_eq(const char *w, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    if (n != k) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != lit[i]) return 0;
    }
    return 1;
}

/* Is the verb [vs, ve) a past participle after a noun, with its doer after "by" ("teachers
 * kidnapped by separatists"), not a passive ("were kidnapped by")? */
static int reduced_relative(const char *text, uint32_t s0, uint32_t vs, uint32_t ve, uint32_t s1)
{
    static const char *const AUX[] = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                                      "get", "got", "and", "or", "then", NULL};
    if (ve + 4 > s1 || memcmp(text + ve, " by ", 4) || ve - vs < 3 || memcmp(text + ve - 2, "ed", 2)) return 0;
    uint32_t b = vs;
    while (b > s0 && text[b - 1] == ' ') b--;
    uint32_t a = b;
    while (a > s0 && is_word_ch(text[a - 1])) a--;
    if (a == b || !(text[a] >= 'a' && text[a] <= 'z')) return 0;
    for (int k = 0; AUX[k]; k++)
        if (word_eq(text + a, b - a, AUX[k])) return 0;
    return 1;
}

/* A participle of custody or force on people between a and b (" detained ", " arrested ", " held
 * ", " captured ", " fired "), its word before no auxiliary: "the two Swedish men detained by
 * ...", "the co-driver of the Chinese lorry fired on at the checkpoint last Tuesday". */
static int held_between(const char *text, uint32_t a, uint32_t b)
{
    static const char *const HELD[] = {"detained", "arrested", "held", "captured", NULL};
    /* (force, a participle only when "by" or a stranded "on" follows: "the lorry fired on at the
     * checkpoint", "the man shot by guards"; not "when gunmen fired throughout the border") */
    static const char *const FORCE[] = {"fired",  "shot",   "wounded", "injured",
                                        "beaten", "seized", NULL};
    static const char *const DET[] = {"the", "a",   "an",  "its",   "their",
                                      "his", "her", "two", "three", NULL};
    static const char *const AUX[] = {"is",    "are", "was",  "were", "be", "been",
                                      "being", "has", "have", "had",  NULL};
    for (uint32_t i = a; i < b; i++) {
        if (!is_word_ch(text[i]) || (i > a && is_word_ch(text[i - 1]))) continue;
        uint32_t j = i;
        while (j < b && is_word_ch(text[j]))
            j++;
        int held = 0;
        for (int k = 0; HELD[k] && !held; k++)
            held = word_eq(text + i, j - i, HELD[k]);
        for (int k = 0; FORCE[k] && !held; k++)
            if (word_eq(text + i, j - i, FORCE[k])) {
                uint32_t x = j, y;
                while (x < b && text[x] == ' ')
                    x++;
                for (y = x; y < b && is_word_ch(text[y]); y++) {
                }
                if (word_eq(text + x, y - x, "by"))
                    held = 1;
                else if (word_eq(text + x, y - x, "on") || word_eq(text + x, y - x, "upon")) {
                    uint32_t u = y, w;
                    while (u < b && text[u] == ' ')
                        u++;
                    for (w = u; w < b && is_word_ch(text[w]); w++) {
                    }
                    held = 1;
                    for (int d = 0; DET[d] && held; d++)
                        held = !word_eq(text + u, w - u, DET[d]);
                    if (u < b && text[u] >= 'A' && text[u] <= 'Z') held = 0;
                }
            }
        if (!held) continue;
        uint32_t q = i;
        while (q > a && text[q - 1] == ' ')
            q--;
        uint32_t p = q;
        while (p > a && is_word_ch(text[p - 1]))
            p--;
        int aux = p == q;
        for (int k = 0; AUX[k] && !aux; k++)
            aux = word_eq(text + p, q - p, AUX[k]);
        if (!aux) return 1;
    }
    return 0;
}

/* Is the event's verb told in the past ("struck", "has warned", "was held")? */
static int verb_past(const char *text, uint32_t s0, uint32_t vs, uint32_t ve)
{
    static const char *const aux[] = {"has", "have", "had", "was", "were", "did", "didn't", "didn’t", NULL};
    static const char *const irr[] = {"said", "told", "struck", "met", "held", "sent", "took", "made",
                                      "gave", "fought", "shot", "left", "began", "led", "won", "lost",
                                      "drove", "threw", "came", "went", "saw", "spoke", "wrote", "sought",
                                      "brought", "fled", "stood", "kept", "set", "blew", "seized", "hit",
                                      "overran", "slew", "stole", "beat", "broke", "froze", "withdrew",
                                      "undertook", "laid", "paid", "got", "put", "read", "cut", "spent",
                                      "bombed", NULL};
    /* first word of the verb span */
    uint32_t i = vs;
    while (i < ve && !is_word_ch(text[i])) i++;
    uint32_t j = i;
    while (j < ve && is_word_ch(text[j])) j++;
    if (j > i) {
        size_t n = j - i;
        if (n > 3 && word_eq(text + j - 2, 2, "ed")) return 1;
        for (int k = 0; irr[k]; k++)
            if (word_eq(text + i, n, irr[k])) return 1;
        for (int k = 0; aux[k]; k++)
            if (word_eq(text + i, n, aux[k])) return 1;
    }
    /* an auxiliary just before it ("has warned", "were killed") */
    uint32_t b = vs;
    while (b > s0 && text[b - 1] == ' ') b--;
    uint32_t a = b;
    while (a > s0 && is_word_ch(text[a - 1])) a--;
    if (b > a)
        for (int k = 0; aux[k]; k++)
            if (word_eq(text + a, b - a, aux[k])) return 1;
    return 0;
}

/* The event's clause: its verb span widened to the nearest , ; : or the sentence's ends. */
static void clause_of(const char *text, uint32_t s0, uint32_t s1, uint32_t vs, uint32_t ve,
                      uint32_t *c0, uint32_t *c1)
{
    if (vs < s0 || ve > s1 || vs >= ve) {
        *c0 = s0;
        *c1 = s1;
        return;
    }
    uint32_t a = vs;
    while (a > s0 && text[a - 1] != ',' && text[a - 1] != ';' && text[a - 1] != ':') a--;
    uint32_t b = ve;
    while (b < s1 && text[b] != ',' && text[b] != ';' && text[b] != ':') b++;
    *c0 = a;
    *c1 = b;
}

/* Position pos of [s0, ...) lies in a relative clause (", which ...,", ", who ...," or ", whose ...,") that is
 * not the clause [c0, c1) of the event. */
static int in_relative(const char *text, uint32_t s0, uint32_t pos, uint32_t c0, uint32_t c1)
{
    uint32_t a = pos;
    while (a > s0 && text[a - 1] != ',' && text[a - 1] != ';') a--;
    if (a <= s0 || text[a - 1] != ',' || (a >= c0 && a < c1)) return 0;
    while (text[a] == ' ') a++;
    /* (and an apposition: "The FLA, an alliance of rebel movements formed in November 2024,
     * claimed the attack") */
    return !strncmp(text + a, "which ", 6) || !strncmp(text + a, "who ", 4) || !strncmp(text + a, "whose ", 6) ||
           !strncmp(text + a, "an ", 3) || !strncmp(text + a, "a ", 2);
}

/* Does "since " open the time x ("since 2021", "since Tuesday"): the start of a span, no act's
 * day? */
static int after_since(const char *text, const kba_timex *x)
{
    return x->start >= 6 && !memcmp(text + x->start - 6, "since ", 6);
}

/* Does text[a, b) hold w (a word with its spaces, " when ")? */
static int says(const char *text, uint32_t a, uint32_t b, const char *w)
{
    size_t n = strlen(w);
    for (uint32_t i = a; i + n <= b; i++)
        if (text[i] == w[0] && !memcmp(text + i, w, n)) return 1;
    return 0;
}

/* Does a "when" open a clause in text[a, b), before an act's verb ("... on Monday of wounds
 * suffered when troops fired")? */
static int prec_when(const char *text, uint32_t a, uint32_t b) { return says(text, a, b, " when "); }

/* Actor x becomes state cc's, its role kept ("---COP" -> "PAKCOP"); -1 when out of memory. */
static int state_actor(kb_arena *a, kb_actor *x, const char *cc)
{
    size_t n = strlen(x->code);
    char *c = kb_arena_alloc(a, n + 1);
    if (!c) return -1;
    memcpy(c, cc, 3);
    strcpy(c + 3, x->code + 3);
    x->code = c;
    x->country = cc;
    return 0;
}

/* Is s words of no capital letter ("fishermen", "several hundred farmers"): people no demonym
 * or name gave a state? */
static int lower_words(const char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z') return 0;
    return 1;
}

/* ------------------------------------------------------------ places */
/* Is a a state's organ by its code ("---MIL", "PAKCOP": army, police, government, intelligence)? */
static int state_forces(const kb_actor *a)
{
    const char *c = a->code;
    return c && strlen(c) == 6 &&
           (!strcmp(c + 3, "MIL") || !strcmp(c + 3, "COP") || !strcmp(c + 3, "GOV") || !strcmp(c + 3, "SPY"));
}


static int statement_root(const char *root)
{
    static const char *const r[] = {"01", "02", "03", "05", "10", "11", "12", "13", NULL};
    for (int i = 0; r[i]; i++)
        if (!strcmp(root, r[i])) return 1;
    return 0;
}

/* Is event e's place a town or post written in its own sentence (not the dateline opening it,
 * nor a sentence before, nor a whole country)? */
static int placed_in_own_words(const kb_event *e)
{
    return e->place.name && e->place.written_end > e->place.written_start && e->place.written_start > e->start &&
           e->place.written_end <= e->end && e->place.precision && strcmp(e->place.precision, "country") &&
           strcmp(e->place.precision, "region");
}

static int material_root(const char *root)
{
    return !strcmp(root, "17") || !strcmp(root, "18") || !strcmp(root, "19") || !strcmp(root, "20");
}

/* An event's killed/injured figure as CODING-RULES has it: the number the text gives
 * ("at least N" and "more than N" give N), null for vague amounts ("dozens"); the
 * bounds stay in killed_min/max and injured_min/max. */
static int event_figure(const kba_count *c)
{
    if (c->value >= 0) return c->value;
    if (c->above && c->min > 0) return c->min - 1;
    return -1;
}

static int violent_root(const char *root)
{
    return !strcmp(root, "18") || !strcmp(root, "19") || !strcmp(root, "20");
}

/* an assault's or a fight's root (18, 19): the two a shooting is coded in by whom it struck */
static int fight_root(const char *root) { return !strcmp(root, "18") || !strcmp(root, "19"); }

/* An act whose sentence's toll is its own: violence, violent repression (175), a riot (145). */
static int toll_act(const kb_event *e)
{
    return violent_root(e->root) || (e->code && (!strncmp(e->code, "175", 3) || !strncmp(e->code, "145", 3)));
}

/* "Boko Haram fighters attacked Kerawa on Saturday. ... The death toll has risen to 15": an
 * updated toll told in a sentence of no violent act of its own raises the killed figure of the
 * last violent act of the day told before it (of each side of it, when the sentence told it both
 * ways) */
static void updated_tolls(const kba_toll *tl, size_t ntl, kb_event *ev, size_t n)
{
    for (size_t x = 0; x < ntl; x++) {
        const kba_toll *u = &tl[x];
        if (u->kind != KBA_KILLED || !(u->flags & KBA_TF_UPDATE) ||
            (u->flags & (KBA_TF_AGGREGATE | KBA_TF_OTHER | KBA_TF_APART | KBA_TF_PAST | KBA_TF_ZERO)))
            continue;
        int fig = kba_count_figure(&u->n), own = 0;
        if (fig <= 0) continue;
        size_t last = n;
        for (size_t i = 0; i < n && !own; i++) {
            if (!toll_act(&ev[i]) || ev[i].historical) continue;
            if (ev[i].start <= u->start && u->start < ev[i].end) own = 1;
            else if (ev[i].end <= u->start && (last == n || ev[i].start >= ev[last].start)) last = i;
        }
        if (own || last == n) continue;
        for (size_t i = 0; i < n; i++)
            if (ev[i].sentence == ev[last].sentence && toll_act(&ev[i]) && !ev[i].historical && ev[i].killed < fig) {
                ev[i].killed = fig;
                ev[i].killed_min = u->n.min;
                ev[i].killed_max = u->n.max;
            }
    }
}

/* Index of the first toponym starting at or after pos (toponyms are in text
 * order): each event looks only at its own stretch, so a long document with
 * many events stays linear-ish. */
static size_t first_top(const kba_toponym *tops, size_t n, uint32_t pos)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (tops[mid].start < pos) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Index of the sentence holding byte pos (the coder's own sentence index may
 * count another splitter's sentences); ns if none. */
static size_t sentence_at(const kb_span *sents, size_t ns, uint32_t pos)
{
    size_t lo = 0, hi = ns;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (sents[mid].end <= pos) lo = mid + 1;
        else hi = mid;
    }
    return lo < ns && sents[lo].start <= pos ? lo : ns;
}

static void set_place(kb_place *dst, const kba_place *p)
{
    dst->name = p->name;
    dst->country = p->country;
    dst->adm1 = p->adm1;
    dst->lat = p->lat;
    dst->lon = p->lon;
    dst->precision = p->precision;
    dst->written_start = p->at;
    dst->written_end = p->at_end;
}

static int sub_country(const kba_place *p)
{
    return p->precision && strcmp(p->precision, "country") && strcmp(p->precision, "region");
}

/* ---------------------------------------------------- places the gazetteer lacks */

/* A letter of a word at byte i: ASCII or any UTF-8 byte (accented Latin, "Glorieuses", "Ak-Zhol") */
static int name_byte(unsigned char b) { return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80; }

/* A capital opening a word at i: ASCII, or a Latin capital with a diacritic ("Île", "Ólafsvík") */
static int cap_byte(const char *t, size_t n, size_t i)
{
    unsigned char b = (unsigned char)t[i];
    return (b >= 'A' && b <= 'Z') ||
           (b == 0xC3 && i + 1 < n && (unsigned char)t[i + 1] >= 0x80 && (unsigned char)t[i + 1] <= 0x9E);
}

/* The end of the word at i (inner hyphens and apostrophes kept: "Saudi-Ampatuan"), i if none */
static size_t name_word_end(const char *t, size_t n, size_t i)
{
    size_t j = i;
    while (j < n && (name_byte((unsigned char)t[j]) ||
                     ((t[j] == '-' || t[j] == '\'') && j > i && j + 1 < n && name_byte((unsigned char)t[j + 1]))))
        j++;
    return j;
}

/* Is the word [i, e) w, case and all? */
static int cs_eq(const char *t, size_t i, size_t e, const char *w)
{
    size_t l = strlen(w);
    return e - i == l && !memcmp(t + i, w, l);
}

static int cs_in(const char *t, size_t i, size_t e, const char *const *ws)
{
    for (; *ws; ws++)
        if (cs_eq(t, i, e, *ws)) return 1;
    return 0;
}

/* One to three capitalised words from i, one space apart (a lower-case particle between them
 * kept: "Maguindanao del Sur"): their end, i if none; *words their count */
static size_t cap_run(const char *t, size_t n, size_t i, int *words)
{
    static const char *const PARTICLES[] = {"de", "del", "da", "do", "la", "al", "el", NULL};
    size_t e = i;
    *words = 0;
    while (*words < 3 && e < n && cap_byte(t, n, e)) {
        size_t we = name_word_end(t, n, e);
        if (we == e) break;
        e = we;
        ++*words;
        if (e + 1 < n && t[e] == ' ' && cap_byte(t, n, e + 1)) {
            e++;
            continue;
        }
        size_t pe = e + 1 < n && t[e] == ' ' ? name_word_end(t, n, e + 1) : e + 1;
        if (e + 1 < n && t[e] == ' ' && cs_in(t, e + 1, pe, PARTICLES) && pe + 1 < n && t[pe] == ' ' &&
            cap_byte(t, n, pe + 1)) {
            e = pe + 1;
            continue;
        }
        break;
    }
    return *words ? e : i;
}

/* Does a gazetteer toponym or a name the coder read as an actor lie over [s, e)? */
static int known_name(const kb_doc *d, const kba_toponym *tops, size_t ntop, uint32_t s, uint32_t e)
{
    /* (a toponym over the whole name: "Abu" of "Abu Kammash" is none) */
    for (size_t k = first_top(tops, ntop, s > 40 ? s - 40 : 0); k < ntop && tops[k].start < e; k++)
        if (tops[k].start <= s && tops[k].end >= e && tops[k].rec >= 0) return 1;
    for (size_t k = 0; k < d->n_actor_spans; k++)
        if (d->actor_spans[k].start < e && d->actor_spans[k].end > s) return 1;
    return 0;
}

/* Is text[s, e) written in capitals only ("NATO", "FACA")? */
static int all_caps_word(const char *text, size_t s, size_t e)
{
    for (size_t k = s; k < e; k++)
        if (text[k] >= 'a' && text[k] <= 'z') return 0;
    return e > s;
}

/* The first place in [b, e) that a cue names and the gazetteer does not know: a name with a
 * geographic head after a preposition ("near Migingo Island", "off Sir Creek", "the edge of the
 * Liguasan marsh", "in Kpendjal prefecture"), a name right after "near", "outside" or "around"
 * ("near Abu Kammash"), a name a word for an island opens ("near Isla Conejo"), a settlement's
 * ("the village of Kitango") or a crossing's ("the Ras Jedir crossing", "the Ak-Zhol border
 * crossing"), or a name of one or two words after "in" or "at" that a clause's edge closes ("raids
 * in Bamunka and Babessi"). Its span in *ps, *pe; 0 if none. */
static int unlisted_place(const kb_doc *d, const char *text, size_t len, const kba_toponym *tops, size_t ntop,
                          uint32_t b, uint32_t e, uint32_t *ps, uint32_t *pe)
{
    static const char *const PREP[] = {"near", "off", "at", "in", "on", "around", "outside", "of", "to", NULL};
    /* (and a division's lower-case word: "in Kpendjal prefecture", "in Sinan county") */
    static const char *const HEADS[] = {"Island", "Islands", "Islet", "Creek", "Bay", "Marsh", "Reef", "Atoll",
                                        "Lagoon", "Cay", "island", "islands", "islet", "creek", "marsh",
                                        "prefecture", "district", "county", "commune", "municipality", NULL};
    static const char *const OPENERS[] = {"Isla", "Islas", "Ilha", "Île", "Ile", "Pulau", "Jazirat", "Ostrov", NULL};
    static const char *const SETTLE[] = {"village", "town", "hamlet", "settlement", "island", "islet", NULL};
    static const char *const PASS[] = {"crossing", "checkpoint", NULL};
    static const char *const NEAR[] = {"near", "outside", "around", NULL};
    /* (days, months and titles after "near" are no places: "near Christmas", "near President X") */
    static const char *const NOT_PLACE[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                            "Sunday", "January", "February", "March", "April", "May", "June",
                                            "July", "August", "September", "October", "November", "December",
                                            "Christmas", "Easter", "Ramadan", "President", "Prime", "Mr", "Mrs",
                                            "Ms", "Dr", "General", "Lake", "Mount", "Mt", NULL};
    if (e > len) e = (uint32_t)len;
    for (size_t i = b; i < e; i++) {
        if (text[i] != ' ') continue;
        size_t w = i + 1, we = name_word_end(text, e, w);
        if (we == w || we + 1 >= e || text[we] != ' ') continue;
        int prep = cs_in(text, w, we, PREP);
        size_t j = we + 1;
        int the = j + 4 < e && !memcmp(text + j, "the ", 4);
        if (the) j += 4;
        /* (a crossing's name after any verb: "closed the Ras Jedir crossing") */
        if (!prep && !the) continue;
        /* "the village of Kitango" */
        size_t se = name_word_end(text, e, j);
        if (the && cs_in(text, j, se, SETTLE) && se + 4 < e && !memcmp(text + se, " of ", 4)) {
            int nw;
            size_t ne = cap_run(text, e, se + 4, &nw);
            if (ne > se + 4 && !known_name(d, tops, ntop, (uint32_t)(se + 4), (uint32_t)ne)) {
                *ps = (uint32_t)(se + 4), *pe = (uint32_t)ne;
                return 1;
            }
            continue;
        }
        int nw;
        size_t ne = cap_run(text, e, j, &nw);
        if (ne == j) continue;
        size_t he = ne + 1 < e && text[ne] == ' ' ? name_word_end(text, e, ne + 1) : ne;
        uint32_t s0 = (uint32_t)j, s1 = 0;
        /* the last word of the name its head, kept when it is capitalised ("Migingo Island",
         * "Sir Creek"); a lower-case head is no part of it ("Lolwe island", "the Liguasan marsh") */
        size_t lw = ne;
        while (lw > j && text[lw - 1] != ' ') lw--;
        if (!prep) {
            if (!the || !(he > ne + 1 && (cs_in(text, ne + 1, he, PASS) || cs_eq(text, ne + 1, he, "border"))))
                continue;
        }
        if (nw >= 2 && cs_in(text, lw, ne, HEADS))
            s1 = (uint32_t)ne;
        else if (he > ne + 1 && cs_in(text, ne + 1, he, HEADS))
            s1 = (uint32_t)(cap_byte(text, e, ne + 1) ? he : ne);
        else if (!the && cs_in(text, w, we, NEAR) && !cs_in(text, j, name_word_end(text, e, j), NOT_PLACE) &&
                 (ne >= e || text[ne] == ',' || text[ne] == '.' || text[ne] == ';' || text[ne] == ' '))
            s1 = (uint32_t)ne; /* "near Abu Kammash", "outside Mamasapano" */
        else if (nw >= 2 && cs_in(text, j, name_word_end(text, e, j), OPENERS))
            s1 = (uint32_t)ne; /* "Isla Conejo" */
        /* "raids in Bamunka and Babessi", "arrested in Sadda on Saturday": a name of one or two
         * words after "in" or "at", closed by a clause's edge, that no lexicon knows (not a
         * day or month, nor a word in capitals) */
        else if (!the && nw <= 2 && (cs_eq(text, w, we, "in") || cs_eq(text, w, we, "at")) &&
                 !cs_in(text, j, name_word_end(text, e, j), NOT_PLACE) && !all_caps_word(text, j, ne) &&
                 (ne >= e || text[ne] == ',' || text[ne] == '.' || text[ne] == ';' ||
                  (text[ne] == ' ' && he > ne + 1 &&
                   (cs_eq(text, ne + 1, he, "on") || cs_eq(text, ne + 1, he, "and") || cs_eq(text, ne + 1, he, "late") ||
                    cs_eq(text, ne + 1, he, "early") || cs_eq(text, ne + 1, he, "last") ||
                    cs_eq(text, ne + 1, he, "overnight")))))
            s1 = (uint32_t)ne;
        else if (the && he > ne + 1 &&
                 (cs_in(text, ne + 1, he, PASS) ||
                  (cs_eq(text, ne + 1, he, "border") && he + 1 < e && text[he] == ' ' &&
                   cs_in(text, he + 1, name_word_end(text, e, he + 1), PASS))))
            s1 = (uint32_t)ne; /* "the Ras Jedir crossing": the crossing's name */
        /* (a capitalised head names the whole: "the Marsh Arabs" is no place) */
        if (!s1 || known_name(d, tops, ntop, s0, (uint32_t)ne)) continue;
        /* "in Tanzania's Kyela": a known place's possessive before the name is no part of it
         * (one the gazetteer lacks whole stays: "Mohale's Hoek") */
        for (uint32_t q = s0; q + 3 < s1; q++) {
            uint32_t after = !strncmp(text + q, "'s ", 3) ? q + 3 : !strncmp(text + q, "\xe2\x80\x99s ", 5) ? q + 5 : 0;
            if (!after) continue;
            for (size_t k = first_top(tops, ntop, s0); k < ntop && tops[k].start <= s0; k++)
                if (tops[k].start == s0 && tops[k].end == q && tops[k].rec >= 0 && after < s1) s0 = after;
            break;
        }
        *ps = s0, *pe = s1;
        return 1;
    }
    return 0;
}

/* Is toponym t a post ("the African Union's special representative in Bangui", "its ambassador
 * in London", "the UN office in Geneva")? Where the envoy sits, which another place the
 * clause names for the act outranks. */
static int post_top(const char *text, uint32_t s0, const kba_toponym *t)
{
    static const char *const POST[] = {"representative", "ambassador", "envoy", "correspondent", "embassy",
                                       "consulate", "bureau", "office", "delegate", "attache",
                                       "affaires", "commissioner", "reporter", NULL};
    if (t->start < s0 + 4 || strncmp(text + t->start - 4, " in ", 4)) return 0;
    uint32_t b = t->start - 4, a = b;
    while (a > s0 && is_word_ch(text[a - 1])) a--;
    for (int k = 0; POST[k]; k++)
        if (word_eq(text + a, b - a, POST[k])) return 1;
    return 0;
}

/* Is toponym t a name that acts or names something else, not a location?
 *  - the subject right before the event's verb ("Islamabad closed ..."),
 *  - a capital's possessive ("Islamabad's action"): its government,
 *  - the Y of an institution "X of Y" ("Voice of America", "Bank of England");
 *    geographic heads ("Gulf of Aden", "Province of Punjab") and sites ("the Tanchi
 *    Bazaar of Bannu", "the Grand Mosque of Herat") are places. */
static int acting_top(const kb_enricher *en, const char *text, uint32_t s0, uint32_t vs,
                      const kba_toponym *t)
{
    if (!(t->flags & KBA_T_PREP) && t->end <= vs) {
        uint32_t k = t->end;
        while (k < vs && text[k] == ' ') k++;
        if (k == vs) return 1;
    }
    const kba_grec *r = kba_gaz_rec(en->gaz, (uint32_t)t->rec);
    if (r && r->rank == 3 &&
        (!strncmp(text + t->end, "'s ", 3) || !strncmp(text + t->end, "\xe2\x80\x99s ", 5)))
        return 1;
    /* a group's name ("the Wagner group", "the Hamas movement") */
    {
        static const char *const BODY[] = {"group", "Group", "militia", "movement", "Movement", "brigade",
                                           "Brigade", "faction", "gang", NULL};
        uint32_t a = t->end;
        if (text[a] == ' ') a++;
        uint32_t b = a;
        while (is_word_ch(text[b])) b++;
        for (int k = 0; BODY[k] && b > a; k++)
            if (b - a == strlen(BODY[k]) && !memcmp(text + a, BODY[k], b - a)) return 1;
    }
    /* "... Word of <t>" */
    if (t->start >= s0 + 4 && !strncmp(text + t->start - 4, " of ", 4)) {
        uint32_t b = t->start - 4;
        uint32_t a = b;
        while (a > s0 && is_word_ch(text[a - 1])) a--;
        if (b > a && text[a] >= 'A' && text[a] <= 'Z') {
            static const char *const geo[] = {
                "gulf", "strait", "straits", "bay", "sea", "city", "province", "state", "republic",
                "kingdom", "islands", "isle", "port", "district", "county", "region", "governorate",
                "department", "prefecture", "emirate", "sultanate", "commonwealth", "outskirts",
                "south", "north", "east", "west", "centre", "center", "heart", "capital",
                /* sites and quarters: "the Tanchi Bazaar of Bannu" is in Bannu */
                "bazaar", "bazar", "market", "area", "town", "village", "tehsil", "valley",
                "suburb", "suburbs", "neighbourhood", "neighborhood", "quarter", "square",
                "camp", "mosque", "hospital", NULL};
            for (int k = 0; geo[k]; k++)
                if (word_eq(text + a, b - a, geo[k])) return 0;
            return 1;
        }
    }
    return 0;
}

/* Does place p come only from acting names in [s0, s1) (see acting_top)? 0
 * when some mention of it there is a location, or none is found. */
/* The next toponym from tops[*i] on, ending by s1, that names place p; NULL if none. */
static const kba_toponym *next_of_place(const kb_enricher *en, const kba_toponym *tops, size_t ntop, size_t *i,
                                        uint32_t s1, const kba_place *p)
{
    for (; *i < ntop && tops[*i].end <= s1; (*i)++) {
        const kba_toponym *t = &tops[*i];
        if (t->rec < 0) continue;
        kba_place q;
        kba_place_of_top(en->gaz, t, &q);
        if (q.name == p->name || (q.name && p->name && !strcmp(q.name, p->name))) {
            (*i)++;
            return t;
        }
    }
    return NULL;
}

static int acting_place(const kb_enricher *en, const char *text, const kba_toponym *tops,
                        size_t ntop, uint32_t s0, uint32_t s1, uint32_t vs, const kba_place *p)
{
    int seen = 0;
    size_t i = first_top(tops, ntop, s0);
    for (const kba_toponym *t; (t = next_of_place(en, tops, ntop, &i, s1, p));) {
        if (!acting_top(en, text, s0, vs, t)) return 0;
        seen = 1;
    }
    return seen;
}

/* The end of a dateline opening the sentence [s0, s1) ("PESHAWAR, Pakistan (AP) - ",
 * "NAIROBI, March 3 (Reuters) -- "): the offset after its dash, else 0. Before the dash no word
 * in lower case, and a first word in capitals or an agency in brackets. */
static uint32_t dateline_end(const char *text, uint32_t s0, uint32_t s1)
{
    int caps = 0, paren = 0;
    for (uint32_t i = s0; i < s1 && i < s0 + 80; i++) {
        unsigned char ch = (unsigned char)text[i];
        if (ch == ' ' && i + 2 < s1 &&
            (text[i + 1] == '-' || (!memcmp(text + i + 1, "\xe2\x80", 2) && i + 4 < s1 &&
                                    ((unsigned char)text[i + 3] == 0x94 || (unsigned char)text[i + 3] == 0x93)))) {
            uint32_t j = i + 1;
            while (j < s1 && (text[j] == '-' || (unsigned char)text[j] >= 0x80)) j++;
            if (j >= s1 || text[j] != ' ' || !(caps || paren)) return 0;
            return j + 1;
        }
        if (ch == '(') paren = 1;
        /* (capitals beyond ASCII too: "EDİRNE, Sept. 15 —", "ZÁHONY, Feb. 17 —": a first word of
         * three bytes or more, opening with an ASCII capital, in no lower-case ASCII) */
        if (i == s0 + 2 && text[s0] >= 'A' && text[s0] <= 'Z') {
            uint32_t q = s0;
            while (q < s1 && q < s0 + 40 && text[q] != ' ' && text[q] != ',' && !(text[q] >= 'a' && text[q] <= 'z')) q++;
            caps = q - s0 >= 3 && (q >= s1 || text[q] == ' ' || text[q] == ',');
        }
        /* a word starting in lower case (outside brackets) is prose */
        if (ch >= 'a' && ch <= 'z' && (i == s0 || text[i - 1] == ' ') && !paren) return 0;
    }
    return 0;
}

/* Is place p named in [s0, s1) only within the sentence's dateline? */
static int dateline_place(const kb_enricher *en, const char *text, const kba_toponym *tops, size_t ntop,
                          uint32_t s0, uint32_t s1, const kba_place *p)
{
    uint32_t dl = dateline_end(text, s0, s1);
    if (!dl) return 0;
    int seen = 0;
    size_t i = first_top(tops, ntop, s0);
    for (const kba_toponym *t; (t = next_of_place(en, tops, ntop, &i, s1, p));) {
        if (t->start >= dl) return 0;
        seen = 1;
    }
    return seen;
}

/* Does a word of text[s0, s1) satisfy pred(word, length, ctx)? */
static int any_word(const char *text, uint32_t s0, uint32_t s1,
                    int (*pred)(const char *w, size_t n, const void *ctx), const void *ctx)
{
    uint32_t i = s0;
    while (i < s1) {
        if (!is_word_ch(text[i])) {
            i++;
            continue;
        }
        uint32_t j = i;
        while (j < s1 && is_word_ch(text[j])) j++;
        if (pred(text + i, j - i, ctx)) return 1;
        i = j;
    }
    return 0;
}

/* w is one of the NULL-terminated list ctx */
static int word_of_list(const char *w, size_t n, const void *ctx)
{
    for (const char *const *l = ctx; *l; l++)
        if (word_eq(w, n, *l)) return 1;
    return 0;
}

/* Is place p named in its sentence only after the act's verb and a word opening another clause
 * ("exchanged fire ... before the attackers withdrew towards the river, which marks the border
 * with Congo")? Then it places another act, not whom this one hit. */
static int place_past_clause(const kb_enricher *en, const char *text, const kba_toponym *tops, size_t ntop,
                             uint32_t s0, uint32_t s1, uint32_t ve, const kba_place *p)
{
    static const char *const OPENS[] = {"before", "after", "when", "which", "while", "until", "as", "where", "who",
                                        NULL};
    size_t i = first_top(tops, ntop, s0);
    const kba_toponym *t = next_of_place(en, tops, ntop, &i, s1, p);
    return t && t->start > ve && any_word(text, ve, t->start, word_of_list, OPENS);
}

/* A time that names a thing rather than dates an act: a year before a noun ("the 2018 peace
 * agreement", "the 2023 coup") or a day owning a noun after a preposition of sequence ("after
 * Monday's attack", "since Sunday's vote"). */
static int names_a_thing(const char *text, size_t len, const kba_timex *x)
{
    /* "at around 6 a.m.": a time of day with no day of its own is resolved against the
     * article's day, which it does not say */
    if (x->type == KBA_TX_TIME && !x->absolute && x->end <= len) {
        static const char *const DAYISH[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                             "sunday", "today", "yesterday", "tonight", "tomorrow", "last", "this",
                                             "january", "february", "march", "april", "may", "june", "july",
                                             "august", "september", "october", "november", "december", NULL};
        if (!any_word(text, x->start, x->end, word_of_list, DAYISH)) return 1;
    }
    static const char *const FUNC[] = {"in", "on", "at", "and", "or", "but", "to", "of", "for", "when", "after",
                                       "before", "as", "with", "by", "from", "until", "that", "which", NULL};
    static const char *const SEQ[] = {"after", "before", "since", "following", "despite", "of", NULL};
    uint32_t a = x->start, b = x->end;
    if (b > len) return 0;
    /* (... and a month with its year: "the June 2025 protests"; and after an adjective: "the
     * failed May 2015 coup attempt") */
    int det = a >= 4 && !memcmp(text + a - 4, "the ", 4);
    if (!det && a >= 2 && text[a - 1] == ' ') {
        uint32_t q = a - 1;
        while (q > 0 && text[q - 1] >= 'a' && text[q - 1] <= 'z') q--;
        det = q + 1 < a - 1 && q >= 4 && !memcmp(text + q - 4, "the ", 4) &&
              !word_of_list(text + q, a - 1 - q, FUNC);
    }
    if ((x->prec == KBA_PREC_YEAR || x->prec == KBA_PREC_MONTH) && b - a >= 4 && det && b + 2 < len &&
        text[b] == ' ' && text[b + 1] >= 'a' && text[b + 1] <= 'z') {
        uint32_t e = b + 1;
        while (e < len && is_word_ch(text[e])) e++;
        return !word_of_list(text + b + 1, e - b - 1, FUNC);
    }
    if (b + 2 < len && (!memcmp(text + b, "'s ", 3) || (b + 4 < len && !memcmp(text + b, "\xe2\x80\x99s ", 5)))) {
        uint32_t p = a;
        while (p > 0 && text[p - 1] == ' ') p--;
        uint32_t q = p;
        while (q > 0 && is_word_ch(text[q - 1])) q--;
        return p > q && word_of_list(text + q, p - q, SEQ);
    }
    return 0;
}

/* The end of "that" after a saying word before an act's verb ("the spokesman told reporters
 * on Tuesday that the militia attacked ..."): where the act's own words begin; 0 if none. */
static uint32_t told_that(const char *text, uint32_t s0, uint32_t vs)
{
    static const char *const SAY[] = {"said", "says", "told", "announced", "stated", "added", "reported",
                                      "claimed", "alleged", "saying", "mentioned", NULL};
    for (uint32_t i = s0; i + 6 <= vs; i++)
        if (!memcmp(text + i, " that ", 6)) return any_word(text, s0, i, word_of_list, SAY) ? i + 6 : 0;
    return 0;
}


static int is_word(const char *w, size_t n, const void *lower) { return word_eq(w, n, lower); }

/* Is the word text[a, b) (any case) also in text[s0, s1)? */
static int word_in(const char *text, uint32_t a, uint32_t b, uint32_t s0, uint32_t s1)
{
    char w[32];
    size_t n = b - a;
    if (n >= sizeof w) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = text[a + i];
        w[i] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    w[n] = 0;
    return any_word(text, s0, s1, is_word, w);
}

static int is_attack_word(const char *w, size_t n)
{
    static const char *const aw[] = {"attack", "attacks", "attacked", "assault", "assaults",
                                     "raid", "raids", "raided", "ambush", "ambushed", "bombing",
                                     "blast", "explosion", "strike", "strikes", "stormed", "bomb",
                                     "bombs", "bomber", "bombers", "suicide", "explosives",
                                     "gunmen", "shelling", "airstrike", "airstrikes", NULL};
    for (int k = 0; aw[k]; k++)
        if (word_eq(w, n, aw[k])) return 1;
    return 0;
}

static int attack_pred(const char *w, size_t n, const void *ctx)
{
    (void)ctx;
    return is_attack_word(w, n);
}

static int attack_in(const char *text, uint32_t s0, uint32_t s1)
{
    return any_word(text, s0, s1, attack_pred, NULL);
}

/* Is the neighbouring sentence's toponym t about the event's thing? A content
 * word of five letters or more within six words of it also occurs in the
 * event's sentence [e0, e1) ("a crucial border crossing" / "the Torkham border
 * gate"; "the assault" / "the cross-border Chitral assault"), or both speak of
 * an attack ("militants raided posts in Chitral" / "claimed the assault"). */
static int shares_context(const char *text, uint32_t n0, uint32_t n1, const kba_toponym *t,
                          uint32_t e0, uint32_t e1)
{
    static const char *const stop[] = {"about", "after", "against", "their", "there", "these",
                                       "those", "which", "while", "where", "would", "could",
                                       "should", "being", "other", "under", "between", "since",
                                       "before", "within", "people", NULL};
    for (int dir = -1; dir <= 1; dir += 2) {
        uint32_t i = dir < 0 ? t->start : t->end;
        for (int k = 0; k < 6; k++) {
            uint32_t a, b;
            if (dir < 0) {
                while (i > n0 && !is_word_ch(text[i - 1])) i--;
                b = i;
                while (i > n0 && is_word_ch(text[i - 1])) i--;
                a = i;
            } else {
                while (i < n1 && !is_word_ch(text[i])) i++;
                a = i;
                while (i < n1 && is_word_ch(text[i])) i++;
                b = i;
            }
            if (b <= a) break;
            if (is_attack_word(text + a, b - a) && attack_in(text, e0, e1)) return 1;
            if (b - a < 5 || text[a] < 'a' || text[a] > 'z') continue;
            int is_stop = 0;
            for (int q = 0; stop[q] && !is_stop; q++) is_stop = word_eq(text + a, b - a, stop[q]);
            if (!is_stop && word_in(text, a, b, e0, e1)) return 1;
        }
    }
    return 0;
}

/* The most specific sub-country place named in [s0, s1) about the event (a town or point
 * before a district before a province; the first of equals), demonyms and
 * metonyms left out. 1 and *p filled, or 0. */
static int neighbour_place(const kb_enricher *en, const char *text, const kba_toponym *tops,
                           size_t ntop, uint32_t s0, uint32_t s1, uint32_t e0, uint32_t e1,
                           kba_place *p)
{
    int best = 0;
    for (size_t i = first_top(tops, ntop, s0); i < ntop; i++) {
        const kba_toponym *t = &tops[i];
        if (t->end > s1) break;
        if (t->rec < 0 || (t->flags & (KBA_T_DEMONYM | KBA_T_METONYM)) ||
            acting_top(en, text, s0, 0, t) || !shares_context(text, s0, s1, t, e0, e1))
            continue;
        kba_place q;
        kba_place_of_top(en->gaz, t, &q);
        if (!sub_country(&q)) continue;
        int rank = !strcmp(q.precision, "adm1") ? 1 : !strcmp(q.precision, "district") ? 2 : 3;
        if (rank > best) {
            best = rank;
            *p = q;
        }
    }
    return best > 0;
}

/* The most specific place introduced by a preposition inside the clause
 * [c0, c1) (a town before a district before a province before a country; the
 * first of equals); demonyms, metonyms and name modifiers left out. hit (bits):
 * 1, a town the verb takes as its object counts too (verb_object); 2, the town
 * naming the crossing the verb takes (verb_crossing). */
static int span_place(const kb_enricher *en, const char *text, const kba_toponym *tops, size_t ntop,
                      uint32_t c0, uint32_t c1, uint32_t vs, int need_prep, kba_place *p);
static int span_place_(const kb_enricher *en, const char *text, const kba_toponym *tops, size_t ntop,
                       uint32_t c0, uint32_t c1, uint32_t vs, int need_prep, int hit, kba_place *p);

/* "near Bagan in Lower Kurram": a town said to lie in a place of another country is a
 * namesake the gazetteer read wrongly (a Bagan of Russia for one in Pakistan); the place it
 * lies in is the better place */
static int contained_elsewhere(const kb_enricher *en, const char *text, const kba_toponym *t,
                               const kba_toponym *u, const kba_place *q)
{
    if (u->rec < 0 || u->start <= t->end || u->start - t->end > 20 || strncmp(text + t->end, " in ", 4) || !q->country)
        return 0;
    /* (" in ", then at most one capitalised word before the name: "in Lower Kurram") */
    uint32_t k = t->end + 4, words = 0;
    while (k < u->start) {
        if (!(text[k] >= 'A' && text[k] <= 'Z')) return 0;
        while (k < u->start && text[k] != ' ') k++;
        while (k < u->start && text[k] == ' ') k++;
        if (++words > 1) return 0;
    }
    kba_place y;
    kba_place_of_rec(en->gaz, (uint32_t)u->rec, &y);
    return y.country && strcmp(y.country, q->country);
}

/* a name before a geographic head ("Balochistan province", "Kunar district") is the place */
static int geo_head(const char *text, uint32_t at, uint32_t end)
{
    static const char *const HEAD[] = {"province", "district", "region", "state", "county", "governorate",
                                       "city", "town", "village", "area", NULL};
    uint32_t a = at;
    while (a < end && text[a] == ' ') a++;
    uint32_t b = a;
    while (b < end && is_word_ch(text[b])) b++;
    for (int k = 0; HEAD[k]; k++)
        if (word_eq(text + a, b - a, HEAD[k])) return 1;
    return 0;
}

/* ... or a province owning a named unit ("in Cabo Delgado's Macomia district": the town the
 * gazetteer lacks lies in the province) */
static int owns_unit(const char *text, uint32_t at, uint32_t end)
{
    if (at + 3 > end || text[at] != '\'' || text[at + 1] != 's' || text[at + 2] != ' ') return 0;
    uint32_t a = at + 3;
    for (int w = 0; w < 3 && a < end && text[a] >= 'A' && text[a] <= 'Z'; w++) {
        while (a < end && is_word_ch(text[a])) a++;
        if (geo_head(text, a, end)) return 1;
        while (a < end && text[a] == ' ') a++;
    }
    return 0;
}

static int clause_place(const kb_enricher *en, const char *text, const kba_toponym *tops,
                        size_t ntop, uint32_t c0, uint32_t c1, uint32_t vs, int hit, kba_place *p)
{
    return span_place_(en, text, tops, ntop, c0, c1, vs, 1, hit, p);
}

/* ... and with need_prep 0, any such place named in [c0, c1) */
static int span_place(const kb_enricher *en, const char *text, const kba_toponym *tops, size_t ntop,
                      uint32_t c0, uint32_t c1, uint32_t vs, int need_prep, kba_place *p)
{
    return span_place_(en, text, tops, ntop, c0, c1, vs, need_prep, 0, p);
}

/* Does the word at byte `at` follow the one-word verb at byte vs as its object, over an article the
 * gazetteer's name leaves out ("attacked El Geneina", "Al Fashir"), inside [c0, ...)? */
static int verb_object(const char *text, uint32_t c0, uint32_t vs, uint32_t at)
{
    uint32_t b = at, a;
    while (b > c0 && text[b - 1] == ' ') b--;
    for (a = b; a > c0 && is_word_ch(text[a - 1]); a--) {}
    if (a < b && b - a <= 3 && text[a] >= 'A' && text[a] <= 'Z' && a > c0 && text[a - 1] == ' ') {
        for (b = a; b > c0 && text[b - 1] == ' '; b--) {}
        for (a = b; a > c0 && is_word_ch(text[a - 1]); a--) {}
    }
    return a == vs && b > a;
}

/* The word before "the" before byte at (after c0), as [*wa, *wb); 0 when no "the" stands there */
static int word_before_the(const char *text, uint32_t c0, uint32_t at, uint32_t *wa, uint32_t *wb)
{
    uint32_t b = at, a;
    while (b > c0 && text[b - 1] == ' ')
        b--;
    for (a = b; a > c0 && is_word_ch(text[a - 1]); a--) {
    }
    if (!word_eq(text + a, b - a, "the")) return 0;
    for (b = a; b > c0 && text[b - 1] == ' '; b--) {
    }
    for (a = b; a > c0 && is_word_ch(text[a - 1]); a--) {
    }
    *wa = a;
    *wb = b;
    return 1;
}

/* Is the word after byte at (before c1) one of list? */
static int word_after_in(const char *text, uint32_t at, uint32_t c1, const char *const *list)
{
    uint32_t x = at;
    while (x < c1 && text[x] == ' ')
        x++;
    uint32_t y = x;
    while (y < c1 && is_word_ch(text[y]))
        y++;
    for (int k = 0; list[k]; k++)
        if (word_eq(text + x, y - x, list[k])) return 1;
    return 0;
}

/* ... or names the crossing that verb takes ("closed the Ivangorod checkpoint to travellers
 * coming from Narva", "reopened the Salloum land port"): the crossing's town is where */
static int verb_crossing(const char *text, uint32_t c0, uint32_t vs, const kba_toponym *t,
                         uint32_t c1)
{
    /* (not a bridge or gate, which a saint or a far city may name: "closed the Santiago bridge") */
    static const char *const POST[] = {"checkpoint", "crossing", "port",   "post", "terminal",
                                       "road",       "land",     "border", NULL};
    uint32_t a, b;
    return word_before_the(text, c0, t->start, &a, &b) && a == vs && b > a &&
           word_after_in(text, t->end, c1, POST);
}

/* How fine a place is: a region 1, a country 2, a province 3, a district 4, a town or point 5 */
static int place_rank(const kba_place *q)
{
    if (!q->precision) return 0;
    return !strcmp(q->precision, "region")     ? 1
           : !strcmp(q->precision, "country")  ? 2
           : !strcmp(q->precision, "adm1")     ? 3
           : !strcmp(q->precision, "district") ? 4
                                               : 5;
}

/* Is the toponym at byte `at` where a road or bridge leads ("blocked the bridge to Epitaciolândia",
 * "the road to Torkham"), after c0? Where it goes is not where the act was. */
static int route_end(const char *text, uint32_t c0, uint32_t at)
{
    static const char *const ROUTES[] = {"road",    "bridge", "highway", "motorway", "route",
                                         "railway", "roads",  "bridges", NULL};
    if (at < c0 + 4 || strncmp(text + at - 4, " to ", 4)) return 0;
    uint32_t b = at - 4, a = b;
    while (a > c0 && is_word_ch(text[a - 1]))
        a--;
    for (int k = 0; ROUTES[k]; k++)
        if (word_eq(text + a, b - a, ROUTES[k])) return 1;
    return 0;
}

/* Is toponym t the name of a crossing after "at the", "near the" ...: "met at the Yarag-Kazmalyar
 * checkpoint", "blocked the highway at the Holili border post" (a name that modifies a post's
 * noun, after a preposition and "the", places the act as the name alone would) */
static int crossing_top(const char *text, uint32_t c0, const kba_toponym *t, uint32_t c1)
{
    /* (and a post's other nouns: "the Agartala integrated check post", "the Akhaura land port",
     * "the Agartala ICP", and a border town's market: "at the Holili market") */
    static const char *const POST[] = {"checkpoint", "crossing", "post",   "border", "port",
                                       "terminal",   "pass",     "icp",    "land",   "integrated",
                                       "market",     "mart",     "bazaar", NULL};
    /* ("in the customs yard of the Albu Kamal crossing") */
    static const char *const PREP[] = {"at",     "near",    "in", "on", "outside",
                                       "across", "through", "by", "of", NULL};
    uint32_t a, b;
    if (!word_after_in(text, t->end, c1, POST) || !word_before_the(text, c0, t->start, &a, &b))
        return 0;
    for (int k = 0; PREP[k]; k++)
        if (word_eq(text + a, b - a, PREP[k])) return 1;
    return 0;
}

/* Is toponym t where people come from, after " from " and a word for people ("14 fishermen from
 * Rameswaram", "a boda boda rider from Taveta", "a 23-year-old from Rivera")? */
static int people_from(const char *text, uint32_t c0, const kba_toponym *t)
{
    static const char *const ONE[] = {
        "rider", "driver",   "trader",   "farmer", "herder",  "man", "woman",    "boy",     "girl",
        "youth", "resident", "villager", "worker", "student", "old", "national", "citizen", NULL};
    if (t->start < c0 + 6 || strncmp(text + t->start - 6, " from ", 6)) return 0;
    uint32_t b = t->start - 6, a = b;
    while (a > c0 && is_word_ch(text[a - 1]))
        a--;
    if (b - a > 3 && (text[b - 1] == 's' || !strncmp(text + b - 3, "men", 3))) return 1;
    for (int k = 0; ONE[k]; k++)
        if (word_eq(text + a, b - a, ONE[k])) return 1;
    return 0;
}

/* ... and with hit set, a town the verb at vs takes as its object counts as one after a
 * preposition (an attack's object is where it fell) */
static int span_place_(const kb_enricher *en, const char *text, const kba_toponym *tops, size_t ntop,
                       uint32_t c0, uint32_t c1, uint32_t vs, int need_prep, int hit, kba_place *p)
{
    int best = 0;
    size_t inherit = SIZE_MAX; /* (the place a namesake was said to lie in takes its preposition) */
    for (size_t i = first_top(tops, ntop, c0); i < ntop; i++) {
        const kba_toponym *t = &tops[i];
        if (t->end > c1) break;
        /* (a town the event's verb takes as its object is as good as one after a preposition:
         * "attacked El Geneina, driving thousands across the border into Chad") */
        int crossing = crossing_top(text, c0, t, c1);
        int unprepped = need_prep && !(t->flags & KBA_T_PREP) && i != inherit && !crossing;
        if (t->rec < 0 ||
            (unprepped && !((hit & 1) && verb_object(text, c0, vs, t->start)) &&
             !((hit & 2) && verb_crossing(text, c0, vs, t, c1))) ||
            (t->flags & (KBA_T_DEMONYM | KBA_T_METONYM)) ||
            ((t->flags & KBA_T_MODIFIER) && !geo_head(text, t->end, c1) &&
             !owns_unit(text, t->end, c1) && !crossing) ||
            acting_top(en, text, c0, vs, t))
            continue;
        kba_place q;
        kba_place_of_top(en->gaz, t, &q);
        if (!q.precision) continue;
        if (route_end(text, c0, t->start)) continue;
        /* "14 fishermen from Rameswaram": where people come from is not where the act was */
        if (people_from(text, c0, t)) continue;
        if (t->start >= c0 + 6 && !strncmp(text + t->start - 6, " from ", 6)) {
            uint32_t b = t->start - 6, a = b;
            while (a > c0 && is_word_ch(text[a - 1]))
                a--;
            /* (... and where travellers come from: "closed the Ivangorod checkpoint to travellers
             * coming from Narva") */
            /* (people or vehicles coming: not "the bus was travelling from Elwak" when attacked) */
            static const char *const COMING[] = {"coming", "arriving", NULL};
            int coming = 0;
            for (int k = 0; COMING[k] && !coming; k++)
                coming = word_eq(text + a, b - a, COMING[k]);
            uint32_t pe = a;
            while (pe > c0 && text[pe - 1] == ' ')
                pe--;
            if (coming && pe > c0 && text[pe - 1] == 's') continue;
        }
        if (i + 1 < ntop && contained_elsewhere(en, text, t, &tops[i + 1], &q)) {
            inherit = i + 1;
            continue;
        }
        int rank =
            2 * place_rank(&q) - post_top(text, c0, t); /* (a post loses to a place of its rank) */
        if (rank > best) {
            best = rank;
            *p = q;
        }
    }
    return best > 0;
}

/* Where an event's toll stops looking: at a later happening the sentence
 * tells after the event's verb ("..., a day after militants attacked a post,
 * killing seven"), else the sentence's end. */
static uint32_t toll_end(const char *text, uint32_t ve, uint32_t s1)
{
    static const char *const sub[] = {"after", "following", "since", "before", NULL};
    uint32_t i = ve;
    while (i < s1) {
        if (!is_word_ch(text[i])) {
            i++;
            continue;
        }
        uint32_t j = i;
        while (j < s1 && is_word_ch(text[j])) j++;
        for (int k = 0; sub[k]; k++) {
            if (!word_eq(text + i, j - i, sub[k])) continue;
            /* "after midnight", "before dawn": a time, not another happening */
            static const char *const when[] = {"midnight", "dawn", "dusk", "noon", "sunset",
                                               "sunrise", "nightfall", "dark", "darkness",
                                               "prayers", "iftar", NULL};
            uint32_t a = j;
            while (a < s1 && text[a] == ' ') a++;
            uint32_t b = a;
            while (b < s1 && is_word_ch(text[b])) b++;
            int time_word = 0;
            for (int q = 0; when[q] && !time_word; q++) time_word = word_eq(text + a, b - a, when[q]);
            /* ... nor "after more than three hours of fighting": a span */
            if (!time_word) {
                static const char *const about[] = {"more", "than", "nearly", "about", "almost", "some", "over",
                                                    "several", "a", "an", NULL};
                static const char *const span[] = {"hours", "hour", "days", "day", "minutes", "weeks",
                                                   "week", "months", NULL};
                uint32_t x = a;
                for (int w = 0; w < 5 && x < s1 && !time_word; w++) {
                    uint32_t y = x;
                    while (y < s1 && is_word_ch(text[y])) y++;
                    int skip = 0;
                    for (int q = 0; about[q] && !skip; q++) skip = word_eq(text + x, y - x, about[q]);
                    for (int q = 0; span[q] && !time_word; q++) time_word = word_eq(text + x, y - x, span[q]);
                    if (!skip && !time_word && !(text[x] >= '0' && text[x] <= '9') &&
                        !(y - x >= 3 && (word_eq(text + x, y - x, "two") || word_eq(text + x, y - x, "three") ||
                                         word_eq(text + x, y - x, "four") || word_eq(text + x, y - x, "five") ||
                                         word_eq(text + x, y - x, "six") || word_eq(text + x, y - x, "ten"))))
                        break;
                    x = y;
                    while (x < s1 && text[x] == ' ') x++;
                }
            }
            if (!time_word) return i;
        }
        i = j;
    }
    return s1;
}

/* ------------------------------------------------------------ the document */

static void earlier_report(const char *text, kb_event *ev, size_t n);
static uint32_t organ_in_town(const char *text, uint32_t s0, uint32_t s1, const char *organ);
static int town_before(const kb_enricher *en, const char *text, const kba_toponym *tops, size_t ntop,
                       uint32_t s0, uint32_t s1, const char *organ, kba_place *p);
static int town_at(const kb_enricher *en, const kba_toponym *tops, size_t ntop, uint32_t at, kba_place *p);

/* a place that is a whole country or a region, no town or province */
static int broad_place(const kb_place *p)
{
    return p->precision && (!strcmp(p->precision, "country") || !strcmp(p->precision, "region"));
}

/* Does the text report violence or unrest (two different words of it: "gunmen", "killed",
 * "curfew", "protesters" ...)? The country hint serves such reports; elsewhere ("the club's
 * spokesman", "judges sentence offenders") a bare organ with no country named is better left
 * uncoded. */
/* (at most 64 words: bits of a mask) */
static const char *const UNREST[] = {
    /* force and its toll */
    "shot", "raid", "slain", "killed", "ambush", "wounded", "injured", "massacre", "shelling",
    "bombed", "bombing", "airstrike", "airstrikes", "gunbattle", "firefight", "grenade",
    "explosion", "killing", "injuring", "gunfire", "attacked", "stormed", "torched", "looted",
    "beaten", "clashes", "clashed",
    /* armed men */
    "troops", "rebels", "gunmen", "soldiers", "fighters", "militants", "attackers", "insurgents",
    "combatants",
    /* custody and the courts */
    "abducted", "kidnapped", "hostages", "arrested", "detained", "seized", "captured", "custody",
    "remanded", "charged", "jailed", "deported", "expelled",
    /* the street */
    "curfew", "protesters", "demonstrators", "rioters", "rallied", "marched", "protested",
    "protest", "blockade", NULL};

/* The cues of UNREST by first letter and length: a word is compared with those only. */
static void unrest_index(uint64_t idx[26][16])
{
    memset(idx, 0, sizeof(uint64_t) * 26 * 16);
    for (int k = 0; UNREST[k]; k++) idx[UNREST[k][0] - 'a'][strlen(UNREST[k])] |= (uint64_t)1 << k;
}

static int unrest_report(const uint64_t idx[26][16], const char *text, size_t len)
{
    uint64_t seen = 0;
    int n = 0;
    const unsigned char *t = (const unsigned char *)text;
    for (size_t i = 0; i < len && n < 2;) {
        unsigned ch = t[i] | 0x20u;
        if (ch < 'a' || ch > 'z' || t[i] >= 0x80) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < len && (t[j] | 0x20u) >= 'a' && (t[j] | 0x20u) <= 'z' && t[j] < 0x80) j++;
        size_t wl = j - i;
        uint64_t m = wl < 16 ? idx[ch - 'a'][wl] & ~seen : 0;
        for (int k = 0; m; k++, m >>= 1) {
            if (!(m & 1)) continue;
            const char *c = UNREST[k];
            size_t q = 1;
            while (q < wl && (unsigned char)c[q] == (t[i + q] | 0x20u)) q++;
            if (q == wl) {
                seen |= (uint64_t)1 << k;
                n++;
                break;
            }
        }
        i = j;
    }
    return n >= 2;
}

/* A town the gazetteer can place only in a country no other place of the report lies in, while
 * the report's places agree on another ("near Delft" in a report of Jaffna, Rameswaram and
 * Kankesanthurai: a Dutch Delft), is a namesake the gazetteer lacks the right reading of: no
 * place. Not a capital or a city of a million, which reports name from afar. A town named over
 * and over is still one town: of a country the report never names (nor its people or its
 * capital's government), it is a namesake though said four times ("Ruma" of Bandarban, where
 * the gazetteer knows a Serbian Ruma only). */
static void drop_outliers(const kb_enricher *en, kba_toponym *tops, size_t ntop)
{
    uint16_t cc[16];
    int cn[16], named[16], nc = 0;
    int32_t first[16], second[16]; /* two distinct places of each country (-1: none yet) */
    int nd[16];                    /* distinct places, counted to 3 */
    for (size_t i = 0; i < ntop; i++) {
        if (tops[i].rec < 0) continue;
        const kba_grec *r = kba_gaz_rec(en->gaz, (uint32_t)tops[i].rec);
        if (!r || !r->country) continue;
        int k = 0;
        while (k < nc && cc[k] != r->country) k++;
        if (k == nc) {
            if (nc == 16) continue;
            cc[nc] = r->country, cn[nc] = named[nc] = nd[nc] = 0, first[nc] = second[nc] = -1, nc++;
        }
        if ((tops[i].flags & (KBA_T_DEMONYM | KBA_T_METONYM)) || r->kind == KBA_COUNTRY) named[k] = 1;
        if (tops[i].flags & (KBA_T_DEMONYM | KBA_T_METONYM)) continue;
        cn[k]++;
        if (tops[i].rec != first[k] && tops[i].rec != second[k] && nd[k] < 3) {
            if (first[k] < 0) first[k] = tops[i].rec;
            else if (second[k] < 0) second[k] = tops[i].rec;
            nd[k]++;
        }
    }
    int best = 0, most = 0;
    for (int k = 1; k < nc; k++)
        if (cn[k] > cn[best]) best = k;
    for (int k = 0; k < nc; k++)
        if (nd[k] > most) most = nd[k];
    if (nc < 2 || cn[best] < 3) return; /* (a town named twice needs twice the agreement) */
    for (size_t i = 0; i < ntop; i++) {
        if (tops[i].rec < 0 || (tops[i].flags & (KBA_T_DEMONYM | KBA_T_METONYM))) continue;
        const kba_grec *r = kba_gaz_rec(en->gaz, (uint32_t)tops[i].rec);
        if (!r || r->kind != KBA_CITY || r->rank == 3 || r->pop >= 1000000 || r->country == cc[best]) continue;
        int k = 0;
        while (k < nc && cc[k] != r->country) k++;
        if (k < nc && ((cn[k] == 1 && cn[best] >= 3) || (cn[k] == 2 && cn[best] >= 6) ||
                       (!named[k] && nd[k] == 1 && most >= 3)))
            tops[i].rec = -1;
    }
}

/* Does the clause [c0, c1) tell its time only as some time after or before what was told
 * ("days later", "weeks earlier": no count, no date of its own)? (Not when a date of its own
 * comes first: "In early April, Lao police detained 11 Thai fishermen ... and released them two
 * days later" is April's.) */
static int later_than_told(const char *text, const kba_timex *tx, size_t ntx, uint32_t c0, uint32_t c1)
{
    uint32_t dated = UINT32_MAX;
    for (size_t k = 0; k < ntx; k++) {
        const kba_timex *x = &tx[k];
        if (x->start >= c0 && x->end <= c1 && x->value[0] && strcmp(x->value, "FUTURE_REF") &&
            strcmp(x->value, "PAST_REF") && strcmp(x->value, "PRESENT_REF") && x->start < dated)
            dated = x->start;
    }
    for (size_t k = 0; k < ntx; k++) {
        const kba_timex *x = &tx[k];
        if (x->start < c0 || x->end > c1 || x->end < x->start + 5 || dated < x->start) continue;
        if (strcmp(x->value, "FUTURE_REF") && strcmp(x->value, "PAST_REF")) continue;
        if (!memcmp(text + x->end - 5, "later", 5) || (x->end >= x->start + 7 && !memcmp(text + x->end - 7, "earlier", 7)))
            return 1;
    }
    return 0;
}

/* Does the text at s open with a count ("nine days later", "3 weeks later", "a few days
 * later"), not a day named ("Monday ... later")? */
static int opens_with_count(const char *text, uint32_t s)
{
    static const char *const COUNT[] = {"a ", "an ", "one ", "two ", "three ", "four ", "five ", "six ", "seven ",
                                        "eight ", "nine ", "ten ", "eleven ", "twelve ", "several ", "few ",
                                        "days ", "weeks ", "months ", NULL};
    if (isdigit((unsigned char)text[s])) return 1;
    for (int k = 0; COUNT[k]; k++)
        if (!strncasecmp(text + s, COUNT[k], strlen(COUNT[k]))) return 1;
    return 0;
}

/* Does the clause tell what came of the act before ("In the killings that followed", "in the
 * ensuing clashes")? */
static int follows_told(const char *text, uint32_t c0, uint32_t c1)
{
    static const char *const AFTER[] = {" that followed", " which followed", " that ensued", "the ensuing ", NULL};
    for (int k = 0; AFTER[k]; k++) {
        size_t n = strlen(AFTER[k]);
        for (uint32_t j = c0; j + n <= c1; j++)
            if (!strncasecmp(text + j, AFTER[k], n)) return 1;
    }
    return 0;
}

/* The index of the largest of n counts (the first on a tie), -1 when n is 0; *second gets the
 * largest of the others */
static int leader(const int *v, int n, int *second)
{
    int best = -1;
    *second = 0;
    for (int k = 0; k < n; k++) {
        if (best < 0 || v[k] > v[best]) {
            if (best >= 0) *second = v[best];
            best = k;
        } else if (v[k] > *second)
            *second = v[k];
    }
    return best;
}

int kb_enrich_hint(kb_enricher *en, kb_doc *d, kb_err *err)
{
    (void)err;
    d->country_hint = NULL;
    d->place_refs = NULL;
    d->n_place_refs = 0;
    if (en) en->hint_text = NULL;
    if (!en || !en->geo || !d->text || !d->text_len) return KB_OK;
    /* (most news reports no violence: no places looked up here, kb_enrich_doc finds them if
     * the coder finds events) */
    if (!unrest_report(en->unrest_idx, d->text, d->text_len)) return KB_OK;
    kba_toponym *tops = NULL;
    size_t ntop = 0;
    if (kba_geo_find(en->geo, d->text, d->text_len, &tops, &ntop) != KB_OK) return KB_OK;
    drop_outliers(en, tops, ntop);
    en->hint_text = d->text;
    en->hint_len = d->text_len;
    en->hint_tops = tops;
    en->hint_ntop = ntop;
    /* towns and provinces by country; a country's own name counts against the others only
     * (the coder counts it itself) */
    uint16_t cc[16];
    int sub[16], all[16], body[16], bsub[16], nc = 0;
    /* (a place counts twice at most: a name said over and over, often a namesake of something
     * else, "Los Lobos" the gang, outweighs no two towns) */
    int32_t seen[64];
    int seen_n[64], nseen = 0;
    for (size_t i = 0; i < ntop; i++) {
        const kba_toponym *t = &tops[i];
        if (t->rec < 0 || (t->flags & (KBA_T_DEMONYM | KBA_T_METONYM | KBA_T_MODIFIER))) continue;
        const kba_grec *r = kba_gaz_rec(en->gaz, (uint32_t)t->rec);
        if (!r || !r->country) continue;
        int q = 0;
        while (q < nseen && seen[q] != t->rec) q++;
        if (q == nseen && nseen < 64) seen[nseen] = t->rec, seen_n[nseen++] = 0;
        if (q < nseen && ++seen_n[q] > 2) continue;
        int k = 0;
        while (k < nc && cc[k] != r->country) k++;
        if (k == nc) {
            if (nc == 16) continue;
            cc[nc] = r->country, sub[nc] = all[nc] = body[nc] = bsub[nc] = 0, nc++;
        }
        /* (a wire dateline's city, "HONIARA, Aug 19 (Pacific Wire) -", tells where the report
         * was filed: it counts three times) */
        /* (... or a dash after it, with no date: "NOVI SAD - A court ...", "SAN SALVADOR —") */
        int w = 1;
        const char *a = d->text + t->end;
        size_t left = d->text_len - (t->end < d->text_len ? t->end : d->text_len);
        if (t->start < d->text_len && t->end <= d->text_len && (t->start == 0 || d->text[t->start - 1] == '\n') &&
            t->end < d->text_len &&
            (a[0] == ',' || (left >= 3 && a[0] == ' ' && a[1] == '-' && a[2] == ' ') ||
             (left >= 5 && a[0] == ' ' && (unsigned char)a[1] == 0xE2 && (unsigned char)a[2] == 0x80 &&
              ((unsigned char)a[3] == 0x93 || (unsigned char)a[3] == 0x94) && a[4] == ' '))) {
            int caps = 1;
            for (uint32_t q = t->start; q < t->end && caps; q++)
                caps = !(d->text[q] >= 'a' && d->text[q] <= 'z');
            if (caps) w = 3;
        }
        all[k] += w;
        body[k]++;
        if (r->kind != KBA_COUNTRY && r->kind != KBA_REGION) sub[k] += w, bsub[k]++;
    }
    /* (the towns and provinces themselves, for the coder: "fishermen from Rameswaram") */
    size_t nref = 0;
    /* (and a region's name on a noun: "22 Rote fishermen") */
    /* (and its possessive towns, flagged: "Batken's regional governor") */
    for (size_t i = 0; i < ntop; i++) nref += tops[i].rec >= 0 && !(tops[i].flags & KBA_T_DEMONYM);
    d->place_refs = nref ? kb_arena_alloc(d->arena, nref * sizeof *d->place_refs) : NULL;
    d->n_place_refs = 0;
    for (size_t i = 0; d->place_refs && i < ntop; i++) {
        const kba_toponym *t = &tops[i];
        if (t->rec < 0 || (t->flags & KBA_T_DEMONYM)) continue;
        const kba_grec *r = kba_gaz_rec(en->gaz, (uint32_t)t->rec);
        const char *iso3 = r && r->country && r->kind != KBA_COUNTRY ? kba_gaz_iso3(en->gaz, r->country) : NULL;
        if (!iso3) continue;
        struct kb_place_ref *pr = &d->place_refs[d->n_place_refs++];
        pr->start = t->start;
        pr->end = t->end;
        memcpy(pr->country, iso3, 3);
        pr->country[3] = '\0';
        pr->metonym = (t->flags & KBA_T_METONYM) != 0;
    }
    int second = 0, best = leader(all, nc, &second);
    /* (... or its towns three times another's, when it leads: a report of Novi Sad that names
     * Croatia twice and Zagreb once) */
    int subsecond = 0;
    for (int k = 0; k < nc; k++)
        if (k != best && sub[k] > subsecond) subsecond = sub[k];
    int pick = best >= 0 && sub[best] >= 2 && (all[best] >= 2 * second || (sub[best] >= 3 * subsecond && sub[best] >= 4))
                   ? best
                   : -1;
    /* ... else the land the body's own places name twice as often as any other, the dateline
     * counted once: a wire's bureau in a neighbour's capital ("SAN JOSE, Costa Rica, March 23
     * - Armed settlers killed five villagers near Musawás, in Nicaragua's Bosawás reserve") */
    if (pick < 0) {
        best = leader(body, nc, &second);
        if (best >= 0 && bsub[best] >= 3 && body[best] >= 2 * second) pick = best;
    }
    const char *iso3 = pick >= 0 ? kba_gaz_iso3(en->gaz, cc[pick]) : NULL;
    if (iso3) d->country_hint = kb_arena_strndup(d->arena, iso3, 3);
    return KB_OK;
}

/* The day of date dct ("YYYY-MM-DD") moved to year y, written to out; -1 if there is none (29
 * February) */
static long in_year(const char *dct, int y, char out[11])
{
    char fixed[16];
    snprintf(fixed, sizeof fixed, "%04d%s", y % 10000, dct + 4);
    long z = day_of(fixed);
    memcpy(out, fixed, 10);
    out[10] = '\0';
    return z;
}

/* The count of years before "years ago" ending at text[p) ("fourteen", "21"), skipping a
 * hedge before it ("more than 21 years ago": *more set, "nearly 20": *less set); 0 if none. */
static int years_count(const char *text, uint32_t p, int *more, int *less)
{
    while (p > 0 && text[p - 1] == ' ') p--;
    uint32_t w = p;
    while (w > 0 && isalnum((unsigned char)text[w - 1])) w--;
    long n = w < p ? kba_word_number(text + w, p - w) : -1; /* ("21", "Fourteen": toll.h's reader) */
    *more = *less = 0;
    if (w >= 10 && !strncmp(text + w - 10, "more than ", 10)) *more = 1;
    else if (w >= 5 && !strncmp(text + w - 5, "over ", 5)) *more = 1;
    else if ((w >= 7 && !strncmp(text + w - 7, "nearly ", 7)) || (w >= 7 && !strncmp(text + w - 7, "almost ", 7)))
        *less = 1;
    return n > 0 && n <= 100 ? (int)n : 0;
}

/* The years the text is written in by its own count back to a dated past: "Fourteen years ago,
 * in March 2012" (2026), "two years ago in 2024", "in April 2005, more than 21 years ago"
 * (2026 or later: *hi 2027), "nearly 20 years ago" (one year less allowed); the lowest such
 * year, *hi the highest; 0 if the text counts none, or counts that disagree. */
static int years_ago_year(const char *text, size_t len, const kba_timex *tx, size_t ntx, int *hi)
{
    int lo = 0, top = 0;
    for (size_t i = 0; i < ntx; i++) {
        long f, l;
        if (!tx[i].absolute || tx[i].type != KBA_TX_DATE || !kba_value_days(tx[i].value, &f, &l)) continue;
        int n = 0, more = 0, less = 0;
        /* "<N> years ago, in " just before the date */
        uint32_t p = tx[i].start;
        if (p >= 3 && !strncmp(text + p - 3, "in ", 3)) p -= 3;
        while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == ',')) p--;
        if (p >= 9 && !strncmp(text + p - 9, "years ago", 9)) n = years_count(text, p - 9, &more, &less);
        /* ... or ", <N> years ago" just after it */
        if (!n) {
            uint32_t q = tx[i].end;
            if (q < len && text[q] == ',') q++;
            while (q < len && text[q] == ' ') q++;
            uint32_t w = q;
            while (w < len && (isalnum((unsigned char)text[w]) || text[w] == ' ') && w < q + 24) {
                if (w + 9 <= len && !strncmp(text + w, "years ago", 9)) {
                    n = years_count(text, w, &more, &less);
                    break;
                }
                w++;
            }
        }
        if (!n) continue;
        int y, m;
        ym_of_day(f, &y, &m);
        int a = y + n - less, b = y + n + more;
        if (lo && (b < lo || a > top)) return 0;
        if (!lo || a > lo) lo = a;
        if (!top || b < top) top = b;
    }
    *hi = top;
    return lo;
}

/* Whether text[a, b) holds a year, four digits from 1900 to 2099 standing alone */
static int names_year(const char *text, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i + 4 <= b; i++)
        if ((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0'))
            if (isdigit((unsigned char)text[i + 2]) && isdigit((unsigned char)text[i + 3]) &&
                (i == a || !isalnum((unsigned char)text[i - 1])) &&
                (i + 4 == b || !isalnum((unsigned char)text[i + 4])))
                return 1;
    return 0;
}

/* The town of the report's dateline ("TBILISI - Riot police ..."): the first of its first
 * sentences that opens with a dateline naming a place below a country, when the body names no
 * other; 0 if none. */
static int report_town(const kb_enricher *en, const char *text, const kba_toponym *tops, size_t ntop,
                       const kb_span *sents, size_t ns, kba_place *p)
{
    for (size_t k = 0; k < ns && k < 12; k++) {
        uint32_t dl = dateline_end(text, sents[k].start, sents[k].end);
        if (!dl) continue;
        if (!span_place(en, text, tops, ntop, sents[k].start, dl, sents[k].start, 0, p) || !sub_country(p)) return 0;
        /* (only a report whose body names no other town or province: else the acts it does not
         * place may lie in any of them) */
        for (size_t j = k; j < ns; j++) {
            kba_place q;
            uint32_t s0 = j == k ? dl : sents[j].start;
            /* (a sentence that names a year recalls the past: "in 2018 ... in the village of
             * Velka Maca" is no other ground of this report) */
            if (names_year(text, s0, sents[j].end)) continue;
            if (span_place(en, text, tops, ntop, s0, sents[j].end, s0, 0, &q) && sub_country(&q) &&
                (!q.name || !p->name || strcmp(q.name, p->name)))
                return 0;
        }
        return 1;
    }
    return 0;
}

int kb_enrich_doc(kb_enricher *en, kb_doc *d, const char *date, kb_event *ev, size_t n,
                   kb_err *err)
{
    if (!n) return KB_OK;
    kb_arena *a = d->arena;
    const char *text = d->text ? d->text : "";
    size_t len = d->text ? d->text_len : 0;

    /* sentences */
    const kb_span *sents = d->sents;
    size_t ns = d->n_sents;
    if (!ns && len) {
        kb_span *tmp;
        if (kbt_sentences(a, text, len, &tmp, &ns) != KB_OK)
            return kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
        sents = tmp;
    }

    /* 1. the article's date */
    const char *meta = date ? date : d->date;
    char dct[11] = "";
    const char *src = NULL;
    int conflict = 0;
    if (meta && day_of(meta) >= 0) {
        memcpy(dct, meta, 10);
        dct[10] = 0;
        src = date ? "given" : d->date_source ? d->date_source : "meta";
        /* the cleaner preferred a wire id's filing day over an older dateline */
        if (!date && d->date_source && !strcmp(d->date_source, "feed_id") && d->dateline) conflict = 1;
    }

    /* 2. time expressions */
    kba_timex *tx = NULL;
    size_t ntx = 0;
    if (len && kba_times(text, len, dct[0] ? dct : NULL, a, &tx, &ntx) != KB_OK)
        return kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
    const char *lv = NULL;
    long latest = latest_full_day(text, tx, ntx, &lv);
    long meta_day = dct[0] ? day_of(dct) : -1;
    /* with no date at all the text's latest day is only a lower bound (an
     * article recalling "December 31, 2014" was written later): relative
     * dates then stay unresolved rather than wrong */
    /* a wire id's day that the text's own dates do not bear out: when the
     * text's latest full day sits by the overruled dateline (within a week)
     * and a month or more before the id's day, the dateline stands */
    if (conflict && latest >= 0) {
        char dl[11];
        long dld = dateline_day(d->dateline, dl);
        if (dld >= 0 && latest <= dld + 7 && latest + 7 >= dld && latest + 30 < meta_day) {
            memcpy(dct, dl, 11);
            meta_day = dld;
            conflict = 0;
            src = "dateline";
            if (kba_times(text, len, dct, a, &tx, &ntx) != KB_OK)
                return kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
        }
    }
    /* a page date a year or more before a month the text tells as past ("11/11/2024" on a report
     * recalling "in September 2025, two months before"): its day and month in the first year after
     * that month ("2025-11-11") */
    char redated[11] = "";
    if (meta_day >= 0 && (latest < 0 || latest <= meta_day + 2)) {
        long lm = -1;
        for (size_t i = 0; i < ntx; i++) {
            long f, l;
            if (!tx[i].absolute || tx[i].prec != KBA_PREC_MONTH || tx[i].type != KBA_TX_DATE ||
                future_context(text, tx[i].start) || !kba_value_days(tx[i].value, &f, &l))
                continue;
            if (l > lm) lm = l;
        }
        if (lm > meta_day + 31) {
            int ly, lmon;
            ym_of_day(lm, &ly, &lmon);
            for (int y = ly; y <= ly + 1 && !redated[0]; y++)
                if (in_year(dct, y, redated) <= lm) redated[0] = '\0';
        }
    }
    /* ... or whose year the text's own count of years belies: "Fourteen years ago, in March
     * 2012" on a page stamped 10/09/2025 was written in 2026 (its day and month kept) */
    if (meta_day >= 0 && !redated[0]) {
        int hy = 0, ay = years_ago_year(text, len, tx, ntx, &hy), my, mm;
        ym_of_day(meta_day, &my, &mm);
        int to = my < ay ? ay : hy;
        if (ay > 0 && (my < ay || my > hy) && to - my <= 2 && my - to <= 2 && in_year(dct, to, redated) < 0)
            redated[0] = '\0';
    }
    /* ... or a month or more behind the days its text tells as past by their weekdays ("17.06.2026"
     * over "seized it on Tuesday, July 14"; "15.04.2026" over "beat two fishermen ... on the
     * evening of Tuesday, October 13"): its day in the month that follows them */
    if (meta_day >= 0 && !redated[0]) {
        long nd = told_day_after(text, tx, ntx, meta_day);
        long y;
        int m, d;
        kbu_civil_from_days(meta_day, &y, &m, &d);
        for (int k = 1; k <= 12 && nd >= 0 && !redated[0]; k++) {
            int mm = (m - 1 + k) % 12 + 1;
            long yy = y + (m - 1 + k) / 12;
            long z = kbu_days_from_civil(yy, mm, d);
            if (z >= nd && z - nd <= 7) day_str(z, redated);
        }
    }
    if (redated[0]) {
        memcpy(dct, redated, 11);
        meta_day = day_of(dct);
        conflict = 1;
        src = "text";
        if (kba_times(text, len, dct, a, &tx, &ntx) != KB_OK)
            return kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
    }
    if (latest >= 0 && meta_day >= 0 && latest > meta_day + 2) {
        /* the text reports, as already dated, a day after its supposed publication */
        conflict = 1;
        memcpy(dct, lv, 10);
        dct[10] = 0;
        src = "text";
        if (kba_times(text, len, dct, a, &tx, &ntx) != KB_OK)
            return kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
    }
    /* a page stamped only by its last edit, weeks or months after the days its text names ("Last
     * updated: 24.11.2026" over "detained on Monday, October 12 ... freed late on Thursday"):
     * written in the week after the latest named day (a yearless day, so within the year before
     * the stamp), on the day after the latest its weekdays then reach ("on the night of March 7
     * ... on Tuesday night ... on Sunday morning": Monday 16 March) */
    /* (... and a page date that says not what it is, three weeks or more after a day the text
     * names beside its own weekday, "late on Saturday, May 23" under "26.06.2026 | 10:15": a
     * writer names the weekday of a day of the week just past) */
    /* (... and so does a "Published" one, when the text also tells of that weekday bare: "Sunday's
     * attack" beside "the attack on Sunday, September 13" under "Published: 16/10/2026" is the
     * week of September 13; a month on, the writer would not call it Sunday's) */
    int stamp = meta_day >= 0 && !date ? stamp_kind(d->dateline) : -2;
    if (stamp >= -1 && latest + 7 < meta_day) {
        int wk = 0;
        long nd = latest_named_day(text, tx, ntx, meta_day, &wk);
        int named_week = (!stamp || (stamp < 0 && bare_weekday_told(text, tx, ntx, wk))) && wk && nd >= 0 &&
                         wk == kbu_iso_weekday(nd) && nd + 21 < meta_day;
        if ((stamp == 1 || named_week) && nd >= 0 && nd >= latest && nd + 7 < meta_day &&
            nd + 366 >= meta_day) {
            /* (its weekdays fall in the seven days after it, or from it when its own is written) */
            long top = wk ? nd + 6 : nd + 7;
            day_str(top + 1, dct);
            if (kba_times(text, len, dct, a, &tx, &ntx) != KB_OK)
                return kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
            long last = nd;
            for (size_t i = 0; i < ntx; i++) {
                if (tx[i].prec != KBA_PREC_DAY || tx[i].type != KBA_TX_DATE || future_context(text, tx[i].start))
                    continue;
                long z = day_of(tx[i].value);
                if (z > last && z <= top) last = z;
            }
            day_str(last + 1, dct);
            meta_day = last + 1;
            conflict = 1;
            src = "text";
            if (kba_times(text, len, dct, a, &tx, &ntx) != KB_OK)
                return kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
        }
    }
    const char *adate = dct[0] ? kb_arena_strdup(a, dct) : NULL;
    const char *amonth = dct[0] ? kb_arena_strndup(a, dct, 7) : NULL;
    /* times that name another thing, not when an act happened: "the 2018 peace agreement",
     * "after Monday's attack" */
    size_t kept = 0;
    for (size_t k = 0; k < ntx; k++)
        if (!names_a_thing(text, len, &tx[k])) tx[kept++] = tx[k];
    ntx = kept;

    /* 3. places, 4. tolls: once per document */
    kba_toponym *tops = NULL;
    size_t ntop = 0;
    int have_geo = en && en->geo && len;
    if (have_geo && en->hint_text == text && en->hint_len == len) {
        tops = en->hint_tops; /* (kb_enrich_hint found them; geo has not run since) */
        ntop = en->hint_ntop;
    } else if (have_geo && kba_geo_find(en->geo, text, len, &tops, &ntop) != KB_OK)
        have_geo = 0;
    else if (have_geo)
        drop_outliers(en, tops, ntop);
    if (en) en->hint_text = NULL;
    /* a town that only tells where an actor is based is no place of its acts ("Prisoners
     * Defenders, a Madrid-based rights group, said") */
    for (size_t i = 0; have_geo && i < ntop; i++) {
        size_t e = tops[i].end;
        if (e + 6 <= len && (text[e] == '-' || text[e] == ' ') && !strncmp(text + e + 1, "based", 5) &&
            (e + 6 == len || !isalpha((unsigned char)text[e + 6])))
            tops[i].rec = -1;
    }
    /* a name the coder read as a group, a person or a body is no place ("Los Lobos", "the Wagner
     * group"): both in text order */
    for (size_t i = 0, k = 0; have_geo && i < ntop && k < d->n_actor_spans; i++) {
        while (k < d->n_actor_spans && d->actor_spans[k].end <= tops[i].start) k++;
        if (k < d->n_actor_spans && d->actor_spans[k].start < tops[i].end) tops[i].rec = -1;
    }
    /* "Maguindanao del Sur", "Santiago de Cuba" the gazetteer lacks whole: the name after the
     * particle ("Sur", a town of Oman) is no place of its own */
    static const char *const NAME_PARTICLES[] = {"de", "del", "da", "do", "di", NULL};
    for (size_t i = 0; have_geo && i < ntop; i++) {
        size_t q = tops[i].start;
        if (q < 6 || text[q - 1] != ' ') continue;
        size_t pb = q - 1;
        while (pb > 0 && text[pb - 1] >= 'a' && text[pb - 1] <= 'z') pb--;
        if (pb < 2 || text[pb - 1] != ' ' || !cs_in(text, pb, q - 1, NAME_PARTICLES)) continue;
        size_t wb = pb - 1;
        while (wb > 0 && name_byte((unsigned char)text[wb - 1])) wb--;
        if (wb < pb - 1 && cap_byte(text, len, wb)) tops[i].rec = -1;
    }
    kba_toll *tl = NULL;
    size_t ntl = 0;
    int have_toll = 0;
    for (size_t i = 0; i < n && !have_toll; i++) have_toll = toll_act(&ev[i]);
    if (have_toll && kba_tolls(text, len, sents, ns, a, &tl, &ntl) != KB_OK) have_toll = 0;
    /* (the dateline's town, looked up once when an act needs it) */
    kba_place dl_town;
    memset(&dl_town, 0, sizeof dl_town);
    int dl_ok = have_geo ? -1 : 0;

    for (size_t i = 0; i < n; i++) {
        kb_event *e = &ev[i];
        e->enriched = 1;
        e->article_date = adate;
        e->article_date_source = adate ? src : NULL;
        e->date_conflict = conflict;
        e->killed = e->injured = -1;
        e->killed_min = e->killed_max = e->injured_min = e->injured_max = -1;
        memset(&e->place, 0, sizeof e->place);
        uint32_t s0 = e->start, s1 = e->end;
        if (s1 > len || s0 > s1) continue;
        uint32_t vs = e->verb_start, ve = e->verb_end;
        if (vs < s0 || ve > s1 || vs >= ve) {
            vs = s0;
            ve = s1;
        }

        /* date */
        uint32_t c0, c1;
        clause_of(text, s0, s1, vs, ve, &c0, &c1);
        /* a dateline's day ("NIAMEY, 16 April 2026 - ... on Tuesday") is the report's, not the
         * act's, when the sentence dates the act itself */
        uint32_t b0 = dateline_end(text, s0, s1);
        if (b0 < s0 || b0 > vs) b0 = s0;
        /* "told reporters in Juba on Tuesday that the militia attacked": the act's clause starts
         * after the "that" of the saying (its place and day are the telling's) */
        uint32_t told = told_that(text, b0, vs);
        if (told > c0) c0 = told;
        /* "seized the pilot in February 2023 and freed him in September 2024": two acts joined
         * by "and", each with its own time, are two clauses */
        {
            int after = 0, before_and = 0;
            uint32_t and_l = 0, and_r = 0;
            for (uint32_t k = c0; k + 5 <= vs; k++)
                if (text[k] == ' ' && text[k + 1] == 'a' && !memcmp(text + k, " and ", 5)) and_l = k + 5;
            for (uint32_t k = ve; k + 5 <= c1 && !and_r; k++)
                if (text[k] == ' ' && text[k + 1] == 'a' && !memcmp(text + k, " and ", 5)) and_r = k;
            for (size_t k = 0; k < ntx; k++) {
                if (tx[k].start >= ve && tx[k].end <= c1) after = 1;
                if (and_r && tx[k].start >= ve && tx[k].end <= and_r) before_and = 1;
            }
            int words = 0; /* ("and freed him", "and later freed him"; not "Pakistan and India agreed") */
            for (uint32_t k = and_l; and_l && k < vs; k++) words += text[k] == ' ';
            if (and_l && after && words <= 1 && (and_l == vs || !(text[and_l] >= 'A' && text[and_l] <= 'Z')))
                c0 = and_l;
            if (and_r && before_and) c1 = and_r;
        }
        /* "the drivers detained by police since Tuesday were released yesterday": a span's start
         * before the verb dates the span, not the act, when a time after the verb dates that */
        {
            int later = 0;
            for (size_t k = 0; k < ntx && !later; k++) later = tx[k].start >= ve && tx[k].end <= c1;
            for (size_t k = 0; later && k < ntx; k++)
                if (tx[k].start >= c0 + 6 && tx[k].end <= vs && after_since(text, &tx[k]))
                    c0 = tx[k].end;
        }
        const kba_timex *g = kba_time_governing(tx, ntx, c0 < b0 ? b0 : c0, c1, b0, s1);
        if (!g && b0 > s0) g = kba_time_governing(tx, ntx, c0, c1, s0, s1);
        else if (c0 < b0) c0 = b0;
        /* "handed the two Swedish men detained ... last Friday over to Swedish police on Tuesday":
         * a time inside a participle of custody on the act's object dates that custody; a later
         * time in the clause dates the act */
        uint32_t vw = vs; /* (after the verb's first word) */
        while (vw < ve && is_word_ch(text[vw]))
            vw++;
        if (g && g->start >= vw && g->end <= c1 && held_between(text, vw, g->start)) {
            const kba_timex *held = g;
            for (size_t k = 0; k < ntx; k++)
                if (tx[k].start >= g->end && tx[k].end <= c1 &&
                    (tx[k].type == KBA_TX_DATE || tx[k].type == KBA_TX_TIME) &&
                    isdigit((unsigned char)tx[k].value[0]) &&
                    !held_between(text, g->end, tx[k].start)) {
                    g = &tx[k];
                    break;
                }
            /* (... else the time the sentence opens on: "On Sunday, the army handed four of the
             * six drivers detained at the terminal last Tuesday to Jordanian officials") */
            for (size_t k = ntx; g == held && k-- > 0;)
                if (tx[k].start >= b0 && tx[k].end <= vs &&
                    (tx[k].type == KBA_TX_DATE || tx[k].type == KBA_TX_TIME) &&
                    isdigit((unsigned char)tx[k].value[0]) &&
                    !in_relative(text, s0, tx[k].start, c0, c1) && !after_since(text, &tx[k]))
                    g = &tx[k];
        }
        if (g && g->prec < KBA_PREC_YEAR && g->prec != KBA_PREC_DECADE && g->prec != KBA_PREC_CENTURY)
            g = NULL;
        /* "In March 2025, gunmen killed 44 worshippers ... during Friday prayers": a day the
         * article's date resolved does not date an act the sentence, before its verb, puts in an
         * earlier month or year it writes out */
        if (g && !g->absolute && adate)
            for (size_t k = 0; k < ntx; k++) {
                const kba_timex *x = &tx[k];
                long xf, xl, gf0, gl0;
                if (x->start < b0 || x->end > vs || !x->absolute || x->type != KBA_TX_DATE ||
                    after_since(text, x) || x->prec < KBA_PREC_YEAR ||
                    !kba_value_days(x->value, &xf, &xl) || !kba_value_days(g->value, &gf0, &gl0) ||
                    (gf0 >= xf && gl0 <= xl) || !kba_time_historical(x->value, adate))
                    continue;
                g = x;
                break;
            }
        /* "freed five of the seven teachers kidnapped by separatists": the participle tells an
         * earlier act, which the clause's day before it does not date */
        if (g && g->end <= vs && reduced_relative(text, s0, vs, ve, s1)) g = NULL;
        /* a time in another clause's relative clause dates that clause only ("ISWAP, which broke
         * away from Boko Haram a decade ago, said ...") */
        if (g && (g->end <= c0 || g->start >= c1) && in_relative(text, s0, g->start, c0, c1)) g = NULL;
        /* "since 2021" starts a span: no act's date ("has long accused Kabul of sheltering
         * militants, who have stepped up attacks since 2021") */
        if (g && after_since(text, g)) g = NULL;
        /* a day after the article's is the day of what is planned ("agreed to meet again
         * in December"): the event coded is the agreement or the threat, made by then */
        long gf, gl;
        /* "was killed in a military operation in March" in a February report: last March */
        kba_timex back;
        if (g && adate && !g->absolute && g->prec == KBA_PREC_MONTH && kba_value_days(g->value, &gf, &gl) &&
            gf > day_of(adate) && verb_past(text, s0, vs, ve) && !future_context(text, g->start) &&
            isdigit((unsigned char)g->value[0])) {
            back = *g;
            int y = atoi(back.value);
            char yb[8];
            snprintf(yb, sizeof yb, "%04d", (y - 1) % 10000);
            memcpy(back.value, yb, 4);
            g = &back;
        }
        if (g && adate && kba_value_days(g->value, &gf, &gl) && gf > day_of(adate)) g = NULL;
        /* "said on Monday that one of their drones had destroyed two vehicles near Mijek, east of
         * the wall, on Sunday": the act's own day, told after its verb past a comma, over the
         * telling's */
        if (g && told && g->end <= told)
            for (size_t k = 0; k < ntx; k++) {
                const kba_timex *x = &tx[k];
                long xf, xl;
                if (x->start < ve || x->end > s1 || x->type != KBA_TX_DATE ||
                    x->prec < KBA_PREC_DAY || after_since(text, x) ||
                    !kba_value_days(x->value, &xf, &xl) || (adate && xf > day_of(adate)))
                    continue;
                g = x;
                break;
            }
        /* "died on Monday of wounds suffered when security forces fired on a crowd on Saturday":
         * an act told in a "when" clause after another's day has its own day after it */
        if (g && g->end <= vs && prec_when(text, g->end, vs))
            for (size_t k = 0; k < ntx; k++) {
                const kba_timex *x = &tx[k];
                long xf, xl;
                if (x->start < ve || x->end > s1 || x->type != KBA_TX_DATE || x->prec < KBA_PREC_DAY ||
                    !kba_value_days(x->value, &xf, &xl) || (adate && xf > day_of(adate)))
                    continue;
                g = x;
                break;
            }
        /* "died on Monday, raising to six the number killed in Saturday night's attack": a violent
         * act named with a day's possessive ("killed in Tuesday's assault", "Friday's attack on")
         * has that day, whatever day the sentence's own verb has */
        if (violent_root(e->root))
            for (size_t k = 0; k < ntx; k++) {
                const kba_timex *x = &tx[k];
                long xf, xl;
                if (x->start < s0 || x->end + 3 > s1 || x->type != KBA_TX_DATE || x->prec < KBA_PREC_DAY ||
                    memcmp(text + x->end, "'s ", 3) || !kba_value_days(x->value, &xf, &xl) ||
                    (adate && xf > day_of(adate)))
                    continue;
                /* (the act's own noun right after it, or the verb's "in"/"during" before it) */
                uint32_t n0 = x->end + 3;
                int own = n0 == vs;
                if (!own && x->start >= ve && x->start <= ve + 14) {
                    const char *w = text + ve;
                    while (w < text + x->start && *w == ' ') w++;
                    own = !strncmp(w, "in ", 3) || !strncmp(w, "during ", 7);
                }
                /* (... or the attack itself, anywhere in the sentence: "wounded in the raid died
                 * on Monday, raising to six the number killed in Saturday night's attack") */
                if (!own) {
                    static const char *const ATTACK[] = {"attack", "assault", "raid", "ambush", "bombing",
                                                         "shooting", "massacre", "clash", "clashes", NULL};
                    uint32_t w = n0;
                    for (int words = 0; words < 2 && !own && w < s1; words++) {
                        uint32_t we = w;
                        while (we < s1 && is_word_ch(text[we])) we++;
                        own = word_of_list(text + w, we - w, ATTACK);
                        w = we + 1;
                    }
                }
                if (!own) continue;
                g = x;
                break;
            }
        /* "An officer who was injured on Friday night died on Sunday, raising to three the number
         * of officers killed when a narco boat rammed their boat": the act a toll's update tells
         * in a "when" clause has the day its victims were hurt */
        if (violent_root(e->root) && g && g->end <= vs && says(text, g->end, ve, " number "))
            for (size_t k = 0; k < ntx; k++) {
                const kba_timex *x = &tx[k];
                if (x->start < s0 + 8 || x->end > g->start || (x->type != KBA_TX_DATE && x->type != KBA_TX_TIME) ||
                    x->prec < KBA_PREC_DAY)
                    continue;
                if (!memcmp(text + x->start - 11, "injured on ", 11) || !memcmp(text + x->start - 11, "wounded on ", 11) ||
                    !memcmp(text + x->start - 8, "hurt on ", 8)) {
                    g = x;
                    break;
                }
            }
        int coder_hist = e->historical;
        /* "In August 2025, fighters seized 14 fishermen. The group freed them nine days later":
         * a span after the past the sentence before told counts from it, not from the report */
        const kb_event *past = NULL;
        for (size_t k = 0; k < ntx && !past; k++) {
            const kba_timex *x = &tx[k];
            if (x->start < c0 || x->end > c1 || x->end < x->start + 7 || memcmp(text + x->end - 6, " later", 6) ||
                !opens_with_count(text, x->start) || (g && g != x))
                continue;
            for (size_t q = 0; q < i && !past; q++)
                if (ev[q].historical && ev[q].date && ev[q].sentence + 1 == e->sentence) past = &ev[q];
        }
        if (past) g = NULL;
        /* an earlier year the coder read in the act's own words ("two years since demonstrators
         * stormed Parliament") over a day of another clause */
        if (g && coder_hist && e->date && (g->end <= c0 || g->start >= c1)) g = NULL;
        if (g) {
            date_of_value(a, g, &e->date, &e->date_precision);
            e->date_source = g->start >= c0 && g->end <= c1 ? "clause" : "sentence";
            /* "told reporters on Tuesday that the militia attacked": the day of the telling */
            if (told && g->end <= told) e->date_source = "speech";
            if (adate)
                e->historical = kba_time_historical(g->value, adate);
            else
                e->historical = coder_hist;
        } else if (coder_hist && e->date) {
            e->date_source = "coder"; /* the coder's earlier year */
        } else if (past || (i > 0 && ev[i - 1].historical && ev[i - 1].date && ev[i - 1].sentence + 1 >= e->sentence &&
                            (later_than_told(text, tx, ntx, c0, c1) || follows_told(text, s0, c1)))) {
            /* "In April 2016, soldiers shot dead a boy ... Guatemala responded by sending troops
             * to the border days later": the past the sentence before told, not the report's day */
            if (!past) past = &ev[i - 1];
            e->date = past->date;
            e->date_precision = past->date_precision;
            e->historical = 1;
            e->date_source = "sentence";
        } else if (adate) {
            e->historical = 0;
            const kb_event *f = i > 0 ? &ev[i - 1] : NULL;
            /* (not a closure its sentence's reopening tells "five days after" it: the reopening's
             * day) */
            while (f && f > ev && f->verb_start >= 6 && f->verb_start <= len &&
                   !memcmp(text + f->verb_start - 6, "after ", 6) && f[-1].sentence == f->sentence)
                f--;
            if (verb_past(text, s0, vs, ve) && f && f->sentence + 2 >= e->sentence && f->date &&
                f->date_precision && !strcmp(f->date_precision, "day") && !f->historical) {
                /* "Riot police fired tear gas at the march on Sunday ... Police detained 15 people
                 * at the roadblock": an undated act told in the same sentence as a dated one, or
                 * in one of the two after it, goes on that day (so does an answer: "X accused Y on
                 * Monday. Y rejected the accusation"); over the events sets the day beats the
                 * month (date accuracy 0.889 -> 0.932 in session 34; the next sentence only, 0.919;
                 * nine sentences on, 0.934; within the paragraph only, 0.887) */
                e->date = f->date;
                e->date_precision = "day";
            } else if (verb_past(text, s0, vs, ve)) {
                e->date = amonth;
                e->date_precision = "month";
            } else {
                e->date = adate;
                e->date_precision = "day";
            }
            e->date_source = "article";
        } else {
            e->date = NULL;
            e->date_precision = NULL;
            e->date_source = NULL;
        }
        /* "The talks came three days after a roadside bomb killed three rangers": an act in a
         * clause that "N days after" opens, dated by the clause before it, lies N days earlier */
        long ago;
        if (e->date && e->date_precision && !strcmp(e->date_precision, "day") && strcmp(e->date_source, "clause") &&
            (ago = days_after_before(text, s0, vs)) > 0) {
            char *v = kb_arena_alloc(a, 11);
            if (!v) return kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
            day_str(day_of(e->date) - ago, v);
            e->date = v;
        }

        /* place */
        if (have_geo) {
            kba_place p;
            int strict = statement_root(e->root);
            /* a place its own clause introduces ("struck hideouts in Kunar province
             * on Sunday, a day after ... in Peshawar") before the sentence's */
            int ok = clause_place(en, text, tops, ntop, c0, c1, vs, violent_root(e->root), &p);
            /* (... or the crossing its verb takes, in the land of a side: "closed the Ivangorod
             * checkpoint to travellers coming from Narva"; not "closed the Enguri crossing", a
             * river of a third land's name) */
            /* (over a broader one: "closed the Adré border crossing, the main route for UN aid into
             * Darfur") */
            kba_place xp;
            if ((!ok || place_rank(&p) < 5) &&
                (violent_root(e->root) || !strncmp(e->code, "0872", 4)) &&
                clause_place(en, text, tops, ntop, c0, c1, vs, 2, &xp) && xp.country &&
                (!ok || place_rank(&p) < place_rank(&xp)) &&
                ((e->source.country && !strncmp(xp.country, e->source.country, 3)) ||
                 (e->target.country && !strncmp(xp.country, e->target.country, 3)))) {
                p = xp;
                ok = 1;
            }
            int in_clause = ok;
            /* ("In Lisbon, Portugal's foreign ministry urged the authorities in Bissau to ...":
             * words are said where the sentence opens, not where they are aimed) */
            if (strict && s1 > s0 + 5 && !memcmp(text + s0, "In ", 3)) {
                size_t k = first_top(tops, ntop, s0 + 3);
                while (k < ntop && tops[k].start == s0 + 3 && tops[k].rec < 0) k++;
                if (k < ntop && tops[k].start == s0 + 3 && tops[k].end < s1 && text[tops[k].end] == ',' &&
                    tops[k].end < vs) {
                    kba_place_of_top(en->gaz, &tops[k], &p);
                    ok = 1;
                }
            }
            /* ("Speaking to reporters in Niamey on Tuesday, Prime Minister X accused Benin of ...
             * attacks on Niger": so too where an opening phrase has the speaker speak) */
            if (strict && s1 > s0 + 12 &&
                (!memcmp(text + s0, "Speaking ", 9) || !memcmp(text + s0, "Addressing ", 11) ||
                 !memcmp(text + s0, "Talking to ", 11))) {
                const char *comma = memchr(text + s0, ',', vs > s0 ? vs - s0 : 0);
                uint32_t ce = comma ? (uint32_t)(comma - text) : s0;
                for (size_t k = first_top(tops, ntop, s0); k < ntop && tops[k].end <= ce; k++) {
                    if (tops[k].rec < 0 || !(tops[k].flags & KBA_T_PREP) ||
                        (tops[k].flags & (KBA_T_DEMONYM | KBA_T_METONYM)))
                        continue;
                    kba_place_of_top(en->gaz, &tops[k], &p);
                    ok = 1;
                    break;
                }
            }
            /* (what was told after "that": not the place it was told in) */
            if (!ok && told) ok = span_place(en, text, tops, ntop, told, s1, vs, strict, &p);
            else if (!ok) ok = kba_geo_place_of_span(en->geo, text, len, sents, ns, vs, ve, strict, &p);
            if (ok && acting_place(en, text, tops, ntop, s0, s1, vs, &p)) {
                /* "Islamabad closed ...": the capital acts, it is not where */
                ok = !strict && kba_geo_place_of_span(en->geo, text, len, sents, ns, vs, ve, 1, &p) &&
                     !acting_place(en, text, tops, ntop, s0, s1, vs, &p);
            }
            size_t si = sentence_at(sents, ns, s0);
            /* a dateline's city ("PESHAWAR, Pakistan (AP) -") or a bare country is where the
             * report was filed or a region: a sub-country place of the next or the previous
             * sentence about the act, in that country, is more specific */
            int from_dl = ok && material_root(e->root) && !e->historical &&
                          dateline_place(en, text, tops, ntop, s0, s1, &p);
            int weak = ok && material_root(e->root) && !e->historical && (!sub_country(&p) || from_dl);
            kba_place own;
            /* "GAZA/CAIRO (Reuters) - Israeli strikes killed 30 across the Gaza Strip": the
             * sentence's own place after its dateline first */
            if (from_dl && span_place(en, text, tops, ntop, dateline_end(text, s0, s1), s1, vs, 0, &own)) {
                p = own;
                weak = !sub_country(&p);
            }
            /* "in Pakistan's Balochistan province": a sub-country place of the clause in that
             * country, though no preposition introduces it */
            if (weak && !from_dl && span_place(en, text, tops, ntop, c0, c1, vs, 0, &own) && sub_country(&own) &&
                own.country && p.country && !strcmp(own.country, p.country)) {
                p = own;
                weak = 0;
            }
            /* (a town or province of the act's own sentence, not its dateline's) */
            int sent_place = ok && !weak && sub_country(&p) && !(from_dl && !material_root(e->root));
            if (weak && si < ns) {
                for (int dlt = 1; dlt >= -1; dlt -= 2) {
                    if (dlt < 0 && si == 0) continue;
                    size_t k = si + (size_t)(long)dlt;
                    kba_place q;
                    if (k < ns &&
                        neighbour_place(en, text, tops, ntop, sents[k].start, sents[k].end, s0, s1, &q) &&
                        q.country && p.country && !strcmp(q.country, p.country)) {
                        p = q;
                        break;
                    }
                }
            }
            if (!ok && material_root(e->root) && !e->historical && si < ns) {
                for (int dlt = -1; dlt <= 1 && !ok; dlt += 2) {
                    if (dlt < 0 && si == 0) continue;
                    size_t k = si + (size_t)(long)dlt;
                    if (k >= ns) continue;
                    kba_place q;
                    if (neighbour_place(en, text, tops, ntop, sents[k].start, sents[k].end, s0, s1,
                                        &q)) {
                        p = q;
                        ok = 1;
                    }
                }
            }
            /* "Riot police used tear gas to break up the protest" in a report from "TBILISI -" that
             * names no place for it: the dateline's town, when it lies in the land of the act's
             * side (the report's own ground; not a capital far from a border incident) */
            if (!ok && material_root(e->root) && !e->historical && dl_ok < 0)
                dl_ok = report_town(en, text, tops, ntop, sents, ns, &dl_town);
            if (!ok && material_root(e->root) && !e->historical && dl_ok > 0 && dl_town.country &&
                ((e->target.country && !strncmp(e->target.country, dl_town.country, 3)) ||
                 (e->source.country && !strncmp(e->source.country, dl_town.country, 3)))) {
                p = dl_town;
                ok = 1;
            }
            if (ok) set_place(&e->place, &p);
            /* a place the gazetteer lacks, named by a cue in the act's own clause or sentence
             * ("opened fire on Kenyan fishing boats near Migingo Island"), over a weaker one: none,
             * a country, the dateline's city or a neighbour sentence's. Named only: no
             * coordinates */
            uint32_t us, ue;
            if (!strict && (!ok || !sub_country(&p) || from_dl || p.at < s0 || p.at >= s1) &&
                (unlisted_place(d, text, len, tops, ntop, c0, c1, &us, &ue) ||
                 unlisted_place(d, text, len, tops, ntop, s0, s1, &us, &ue))) {
                e->place.name = kb_arena_strndup(a, text + us, ue - us);
                /* (the country of a dateline's city; a country named elsewhere in the sentence
                 * may be another's: "near Rugombo ... the border with Congo") */
                /* (... or of a country named before it that the act was placed in: "China's
                 * crackdown on protesters in Tiananmen Square"; not one named after, "near Rugombo
                 * ... the border with Congo") */
                e->place.country =
                    ok && ((from_dl && sub_country(&p)) || (!sub_country(&p) && p.at_end > p.at && p.at < us))
                        ? p.country
                        : NULL;
                e->place.adm1 = NULL;
                e->place.lat = e->place.lon = NAN;
                e->place.precision = "named";
                e->place.written_start = e->place.written_end = 0;
                ok = 1;
            }
            /* "Lin Jian told a regular news briefing in Beijing ... He urged Hanoi to ...": a
             * speaker's words with no place of their own, told in the sentence after its last
             * placed words, were said there */
            if (!ok && statement_root(e->root) && !e->historical && i > 0 && e->source.code) {
                const kb_event *f = &ev[i - 1];
                if (f->place.name && f->source.code && !strcmp(f->source.code, e->source.code) &&
                    statement_root(f->root) && !f->historical && f->sentence + 1 >= e->sentence)
                    e->place = f->place;
            }
            /* people no word gave a state, protesting in a town of another than the one the coder
             * guessed from whom they address ("fishermen rallied at the port of Nemuro, demanding
             * that Moscow stop detaining Japanese boats"): the town's */
            if (ok && in_clause && !memcmp(e->root, "14", 2) && e->source.code && !e->source_recalled &&
                strlen(e->source.code) == 6 && e->source.country && e->place.country && sub_country(&p) &&
                strncmp(e->source.country, e->place.country, 3) && e->source.name && lower_words(e->source.name) &&
                (!strcmp(e->source.code + 3, "CVL") || !strcmp(e->source.code + 3, "OPP") ||
                 !strcmp(e->source.code + 3, "LAB") || !strcmp(e->source.code + 3, "AGR"))) {
                if (state_actor(a, &e->source, e->place.country))
                    return kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
            }
            /* victims the text gave no country (an unnamed attacker's): the place's; the
             * article's state the coder put stands unless the act's own clause or sentence
             * places it in a town or province ("beheading five civilians" after "in Cabo
             * Delgado's Macomia district", in a report that names Rwanda most) */
            /* (... but where the sentence says they come from, after the act's verb, that town's:
             * "arrested a 58-year-old man from Gradiška at the Stara Gradiška crossing") */
            int victims = ok && e->target_inferred && e->target.code && strlen(e->target.code) >= 3;
            const char *victims_land = e->place.country;
            for (size_t k = victims && have_geo ? first_top(tops, ntop, ve) : ntop;
                 k < ntop && tops[k].end <= s1; k++) {
                kba_place q;
                if (tops[k].rec < 0 || !people_from(text, s0, &tops[k])) continue;
                kba_place_of_top(en->gaz, &tops[k], &q);
                if (q.country && sub_country(&q)) victims_land = q.country;
                break;
            }
            if (victims && victims_land &&
                (!e->target.country ||
                 ((in_clause || sent_place) && strcmp(e->target.country, victims_land)))) {
                if (state_actor(a, &e->target, victims_land))
                    return kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
                /* (and the bare police or organ that repressed that crowd: "Police fired tear gas
                 * at demonstrators near Dhirkot", the coder's kept act of no one's yet) */
                if (e->source.code && !e->source.country && strlen(e->source.code) == 6 &&
                    !memcmp(e->source.code, "---", 3) && state_forces(&e->source) &&
                    (!strncmp(e->code, "175", 3) || !strcmp(e->source.code + 3, "COP")) &&
                    state_actor(a, &e->source, e->place.country))
                    return kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
            }
            /* a state's organ or a people's body no one gave a country, named by its town ("A
             * court in Pskov fined the man", "Civil society groups in Beni accused"): the town's
             * state (not armed men, who may come from anywhere) */
            uint32_t town = 0;
            kba_place tp;
            /* ... or named by the town before it ("Mumbai police arrested nine men", "Karachi
             * police"): the town's state, over the article's state the coder lent it */
            if (have_geo && state_forces(&e->source) && e->source.name && lower_words(e->source.name) &&
                town_before(en, text, tops, ntop, s0, s1, e->source.name, &tp) && tp.country &&
                (!e->source.country || strncmp(e->source.country, tp.country, 3))) {
                if (state_actor(a, &e->source, tp.country))
                    return kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
            }
            if (have_geo && e->source.code && strlen(e->source.code) == 6 && e->source.name &&
                strcmp(e->source.code + 3, "INS") && strcmp(e->source.code + 3, "REB") &&
                !memcmp(e->source.code, "---", 3) && !e->source.country &&
                (town = organ_in_town(text, s0, s1, e->source.name)) &&
                town_at(en, tops, ntop, town, &tp) && tp.country &&
                !(tp.precision && (!strcmp(tp.precision, "country") || !strcmp(tp.precision, "region")))) {
                const char *old = e->source.code;
                if (state_actor(a, &e->source, tp.country))
                    return kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
                /* (and as the target of the answers to it: "The UPDF rejected the accusation") */
                for (size_t q = i + 1; q < n; q++)
                    if (ev[q].target.code && !strcmp(ev[q].target.code, old) && ev[q].target.name &&
                        !strcmp(ev[q].target.name, e->source.name)) {
                        ev[q].target.code = e->source.code;
                        ev[q].target.country = tp.country;
                    }
            }
            /* "Federal police detained at least 31 Eritrean nationals in raids in Addis Ababa": a
             * bare police's or court's custody of another land's people, placed in a town by its
             * own clause, is the town's state's */
            if (in_clause && e->source.code && strlen(e->source.code) == 6 && !memcmp(e->source.code, "---", 3) &&
                !e->source.country && (!strcmp(e->source.code + 3, "COP") || !strcmp(e->source.code + 3, "JUD")) &&
                !strncmp(e->code, "17", 2) && e->place.country && e->place.precision &&
                strcmp(e->place.precision, "country") && strcmp(e->place.precision, "region") &&
                e->target.country && strncmp(e->target.country, e->place.country, 3) &&
                state_actor(a, &e->source, e->place.country))
                return kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
        }

        /* "M23 rebels took control of Walikale", "Fano fighters attacked Bahir Dar": a named
         * doer's violence with no target named lands on the state of its place (CODING-RULES:
         * an act on another state's territory is coded against that state), not on its own */
        if (violent_root(e->root) && !e->target.code && e->source.code && memcmp(e->source.code, "---", 3) &&
            e->place.country && strcmp(e->place.precision ? e->place.precision : "", "region") &&
            (!e->source.country || strncmp(e->source.country, e->place.country, 3)) &&
            !(have_geo && place_past_clause(en, text, tops, ntop, s0, s1, ve,
                                            &(kba_place){.name = e->place.name, .country = e->place.country}))) {
            e->target.code = e->place.country;
            e->target.country = e->place.country;
            e->target.name = e->place.name;
        }
        /* (... and, placed at a post on its own side, on the land of another town or province its
         * sentence names: "shot dead by Swiss border officers at the Chiasso-Brogeda crossing ...,
         * a 38-year-old from Como", "beat three traders from Sikkim at the Renqinggang border trade
         * mart") */
        else if (have_geo && violent_root(e->root) && !e->target.code && e->source.code &&
                 memcmp(e->source.code, "---", 3) && e->source.country && e->place.country &&
                 !strncmp(e->source.country, e->place.country, 3) &&
                 sub_country(&(kba_place){.precision = e->place.precision})) {
            /* (after its verb: not "Nine crew members of the Shandong trawler were handed over
             * ..., four days after South Korean officers shot dead one of their shipmates") */
            for (size_t k = first_top(tops, ntop, ve); k < ntop && tops[k].end <= s1; k++) {
                const kba_toponym *t = &tops[k];
                if (t->rec < 0 || (t->flags & (KBA_T_DEMONYM | KBA_T_METONYM))) continue;
                kba_place q;
                kba_place_of_top(en->gaz, t, &q);
                if (!q.country || !sub_country(&q) || !strncmp(q.country, e->source.country, 3))
                    continue;
                e->target.code = q.country;
                e->target.country = q.country;
                e->target.name = q.name;
                break;
            }
        }
        /* toll */
        /* (and violent repression or a riot: "a protester was killed when police fired", 175;
         * and a past act, its own sentence's toll: "in December 2022 troops shot dead six") */
        if (have_toll && toll_act(e)) {
            kba_toll_sum s;
            kba_toll_in_span(tl, ntl, s0, toll_end(text, ve, s1), &s);
            if (!s.killed_aggregate) {
                e->killed = event_figure(&s.killed);
                e->killed_min = s.killed.min;
                e->killed_max = s.killed.max;
            }
            if (!s.injured_aggregate) {
                e->injured = event_figure(&s.injured);
                e->injured_min = s.injured.min;
                e->injured_max = s.injured.max;
            }
        }
    }
    if (have_toll) updated_tolls(tl, ntl, ev, n);
    earlier_report(text, ev, n);
    /* an organ a place gave a dependency's state is its sovereign's, as the coder's are
     * ("Police arrested five men in Mamoudzou": France's) */
    if (kba_sovereign_organs(&en->sovs, a, ev, n)) return kb_err_set(err, KB_ENOMEM, "enrich: out of memory");
    return KB_OK;
}

/* "Militants attacked army posts in Kayes on Tuesday. ... JNIM said it had carried out the
 * operation": an act of violence the text does not date (dated by the article) on the same
 * side as an earlier act of violence of the article that its own words date is that act told
 * again: it takes that date, and that place where its own is none or only a country or region. */
/* the side an actor stands for: its state, else its code (NULL: none named) */
static const char *side_of(const kb_actor *a) { return a->country ? a->country : a->code; }

/* Is f, dated by its own words to a day, the act e (dated by the article) tells again, answers,
 * or continues? also: e opens with the same speaker's "also" in the sentence after f's. */
static int shares_day(const kb_event *e, const kb_event *f, int also)
{
    if (f->sentence >= e->sentence || f->historical || !f->date || !f->date_precision ||
        strcmp(f->date_precision, "day") || !f->date_source ||
        (strcmp(f->date_source, "clause") && strcmp(f->date_source, "sentence")) || !f->target.code)
        return 0;
    /* (people a state's forces seized in a fight are that fight's: "Guinean soldiers also seized
     * three Sierra Leonean construction workers") */
    int held = !strncmp(e->code, "173", 3) && state_forces(&e->source);
    if (also && !violent_root(e->root) && !held)
        return f->sentence + 1 == e->sentence && f->source.code && e->source.code &&
               !strcmp(f->source.code, e->source.code);
    if (!violent_root(f->root)) return 0;
    const char *et = side_of(&e->target), *ft = side_of(&f->target);
    if (!strncmp(et, ft, 3) && memcmp(ft, "---", 3)) return 1;
    /* (a crossing closed is no fight the other side's act answers) */
    if (!strncmp(f->code, "191", 3)) return 0;
    /* (... and the answer to it told right after: "Government troops repelled the assault and
     * killed 16 of the attackers") */
    const char *es = e->source.code ? side_of(&e->source) : NULL, *fs = f->source.code ? side_of(&f->source) : NULL;
    return es && fs && memcmp(fs, "---", 3) && !strncmp(et, fs, 3) && !strncmp(es, ft, 3) &&
           f->sentence + 2 >= e->sentence;
}

static void earlier_report(const char *text, kb_event *ev, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        kb_event *e = &ev[i];
        if (e->historical || !e->date_source || strcmp(e->date_source, "article") || !e->target.code) continue;
        /* "The Foreign Ministry on Tuesday declared ... It also summoned ...": an act told as
         * the same speaker's further step in the next sentence shares its day */
        int also = 0;
        for (uint32_t q = e->start; q + 6 < e->end && q < e->start + 40 && !also; q++)
            also = !memcmp(text + q, " also ", 6);
        if (!violent_root(e->root) && !also) continue;
        for (size_t k = i; k-- > 0;) {
            const kb_event *f = &ev[k];
            if (!shares_day(e, f, also)) continue;
            e->date = f->date;
            e->date_precision = f->date_precision;
            e->date_source = "earlier";
            int weak = !e->place.name || broad_place(&e->place);
            if (weak && f->place.name) e->place = f->place;
            break;
        }
    }
}

/* ------------------------------------------------------------ restated events */

/* the first three letters of two actor codes agree (both none too) */
static int same_actor3(const char *a, const char *b) { return (!a && !b) || (a && b && !strncmp(a, b, 3)); }

/* Are f and e, one code in one sentence, one act told twice: one doer on one target by state
 * ("Saudi" and "Saudi Defence Minister X"), not two bodies of one kind (the IMF and the World
 * Bank, both IGO...), nor the two ways of a joint act within one state? */
static int one_doer(const kb_event *f, const kb_event *e)
{
    const char *a[2] = {f->source.code, f->target.code}, *b[2] = {e->source.code, e->target.code};
    for (int k = 0; k < 2; k++) {
        if (!a[k] || !b[k]) return 0;
        int body = !memcmp(a[k], "IGO", 3) || !memcmp(a[k], "NGO", 3) || !memcmp(a[k], "IMG", 3) ||
                   !memcmp(a[k], "---", 3);
        if (body && strcmp(a[k], b[k])) return 0;
    }
    return strncmp(a[0], a[1], 3) != 0; /* (ARGGOV and ARG: a joint act's two ways) */
}

/* One dyad's two tellings: the same states; within one state ("BOLGOV" accusing "BOLELI",
 * "BOLELI" accusing "BOLGOV") the same bodies on each side too, where both have them */
static int same_dyad(const kb_event *f, const kb_event *e)
{
    if (!same_actor3(f->source.code, e->source.code) || !same_actor3(f->target.code, e->target.code)) return 0;
    const char *fs = f->source.code, *ft = f->target.code, *es = e->source.code, *et = e->target.code;
    if (!fs || !ft || !es || !et || strncmp(fs, ft, 3) || !memcmp(fs, "---", 3)) return 1;
    if (strlen(fs) == 6 && strlen(es) == 6 && strcmp(fs + 3, es + 3)) return 0;
    if (strlen(ft) == 6 && strlen(et) == 6 && strcmp(ft + 3, et + 3)) return 0;
    return 1;
}

/* Two violent acts of a named doer on one state's people and on its forces, told in two
 * sentences ("attacked the village, killing eight civilians" ... "soldiers and the rebels
 * exchanged fire"): two happenings, though the dyad's states agree. */
static int civilians_and_forces(const kb_event *f, const kb_event *e)
{
    const char *a = f->target.code, *b = e->target.code;
    /* (a named doer's: unnamed gunmen's raid and their fire with the police may be one) */
    if (!f->source.code || !memcmp(f->source.code, "---", 3)) return 0;
    if (f->sentence == e->sentence || !a || !b || strlen(a) != 6 || strlen(b) != 6 || strncmp(a, b, 3)) return 0;
    static const char *const FORCES[] = {"MIL", "COP", "SPY", NULL};
    int fa = 0, fb = 0;
    for (const char *const *r = FORCES; *r; r++) {
        fa |= !strcmp(a + 3, *r);
        fb |= !strcmp(b + 3, *r);
    }
    /* (farmers, traders, workers and the like are civilians too: "opened fire on a group of Uzbek
     * farmers" ... "Uzbek border troops and the Turkmen guards then exchanged fire") */
    return (fa && kbe_people_role(b + 3)) || (fb && kbe_people_role(a + 3));
}

/* dates that may be one happening's: one missing or the article's default, or one a prefix of
 * the other ("2025-10" and "2025-10-26") */
static int dates_agree(const kb_event *a, const kb_event *b)
{
    if (!a->date || !b->date) return 1;
    if (!a->historical && !b->historical &&
        ((a->date_source && !strcmp(a->date_source, "article")) || (b->date_source && !strcmp(b->date_source, "article"))))
        return 1;
    /* an act dated by the day it was told of happened that day or up to three days before */
    for (int k = 0; k < 2; k++) {
        const kb_event *x = k ? b : a, *y = k ? a : b;
        long dx, dy;
        if (x->date_source && !strcmp(x->date_source, "speech") && !y->historical &&
            (dx = day_of(x->date)) >= 0 && (dy = day_of(y->date)) >= 0 && dy <= dx && dy + 3 >= dx)
            return 1;
    }
    size_t la = strlen(a->date), lb = strlen(b->date);
    return !strncmp(a->date, b->date, la < lb ? la : lb);
}

/* places that may be one happening's: one missing or a country or region, or the same */
static int places_agree(const kb_event *a, const kb_event *b)
{
    const kb_place *p = &a->place, *q = &b->place;
    if (!p->name || !q->name || p->name == q->name || !strcmp(p->name, q->name)) return 1;
    /* (a region of no one state, "the Sahel", contradicts no town; nor does a province the
     * town lies in: "Sebba" and Burkina's "Sahel" region) */
    if ((broad_place(p) && !p->country) || (broad_place(q) && !q->country)) return 1;
    for (int k = 0; k < 2; k++) {
        /* (nor does any place of a name no gazetteer knows, unless their countries differ: "on
         * Sitra island" and "Bahrain", or a town the act is told at elsewhere, of which it may be
         * a spot or a neighbour) */
        const kb_place *n = k ? q : p, *o = k ? p : q;
        if (n->precision && !strcmp(n->precision, "named") &&
            (!n->country || !o->country || !strcmp(n->country, o->country)))
            return 1;
    }
    for (int k = 0; k < 2; k++) {
        const kb_place *a = k ? q : p, *b = k ? p : q;
        if (a->precision && !strcmp(a->precision, "adm1") && b->adm1 && a->adm1 && !strcmp(a->adm1, b->adm1) &&
            a->country && b->country && !strcmp(a->country, b->country))
            return 1;
    }
    return (broad_place(p) || broad_place(q)) && p->country && q->country && !strcmp(p->country, q->country);
}

/* codes of one root that may tell one act: the same three digits, or one the root's plain
 * code ("100" and "1012") */
static int codes_agree(const char *a, const char *b)
{
    int ga = strlen(a) == 3 && a[2] == '0', gb = strlen(b) == 3 && b[2] == '0';
    return !strncmp(a, b, 3) || ga || gb;
}

/* f, which absorbs e, takes e's code (a finer one of the same happening) */
static void take_code(kb_event *f, const kb_event *e)
{
    memcpy(f->root, e->root, sizeof f->root);
    f->code = e->code;
    f->quad = e->quad;
    f->goldstein = e->goldstein;
    f->plover = e->plover;
    f->pattern = e->pattern;
}

/* the toll and place an event lacks, from another telling of its happening */
static void take_details(kb_event *f, const kb_event *e)
{
    if (!f->place.name && e->place.name) f->place = e->place;
    /* ... and its own day, when the kept telling had only the article's */
    if (e->date && e->date_source && strcmp(e->date_source, "article") && !e->historical && !f->historical &&
        f->date && f->date_source && !strcmp(f->date_source, "article")) {
        f->date = e->date;
        f->date_precision = e->date_precision;
        f->date_source = e->date_source;
    }
    if (f->killed < 0 && e->killed >= 0) {
        f->killed = e->killed;
        f->killed_min = e->killed_min;
        f->killed_max = e->killed_max;
    }
    if (f->injured < 0 && e->injured >= 0) {
        f->injured = e->injured;
        f->injured_min = e->injured_min;
        f->injured_max = e->injured_max;
    }
}

/* A claimed act f dated by its claim's day, up to three days after the unnamed attack e ("gunmen
 * shot dead four workers on Saturday ... the TPNPB claimed responsibility on Sunday") */
static int claim_told_after(const kb_event *f, const kb_event *e)
{
    long df, de;
    if (!f->date || !e->date || f->historical || e->historical || strlen(f->date) != 10 || strlen(e->date) != 10)
        return 0;
    df = day_of(f->date), de = day_of(e->date);
    return df >= 0 && de >= 0 && de <= df && de + 3 >= df;
}

/* The named sides' attacks an attack by no one named may be (claimed_elsewhere): violent, not
 * historical, with a target. Two lists, each sorted by (sentence, the target's first three
 * letters, position): the acts of doers who claim an act in the article (015), their sentence
 * taken as 0 since any sentence will do; and all of them, under their own sentence. An attack
 * by no one named looks by binary search at the acts on its own side in each list, in article
 * order: n log n, where comparing each with every act, and every act with every claim, was
 * cubic. */
typedef struct named_act {
    size_t s; /* sentence, 0 in the claimed list */
    const char *t;
    size_t k;
} named_act;

typedef struct named_acts {
    named_act *claimed, *all;
    size_t nc, na;
} named_acts;

static int cmp_cstr(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static int cmp_act_key(size_t s, const char *t, const named_act *y)
{
    if (s != y->s) return s < y->s ? -1 : 1;
    return strncmp(t, y->t, 3);
}

static int cmp_act(const void *a, const void *b)
{
    const named_act *x = a, *y = b;
    int c = cmp_act_key(x->s, x->t, y);
    return c ? c : (x->k > y->k) - (x->k < y->k);
}

/* Out of memory: no lists (nothing folded into a named side's act). */
static void named_acts_init(named_acts *na, const kb_event *ev, size_t n)
{
    memset(na, 0, sizeof *na);
    const char **claimers = malloc((n ? n : 1) * sizeof *claimers);
    na->claimed = malloc((n ? n : 1) * sizeof *na->claimed);
    na->all = malloc((n ? n : 1) * sizeof *na->all);
    if (!claimers || !na->claimed || !na->all) {
        free(na->claimed);
        free(na->all);
        memset(na, 0, sizeof *na);
        free(claimers);
        return;
    }
    size_t ncl = 0;
    for (size_t q = 0; q < n; q++)
        if (!strcmp(ev[q].code, "015") && ev[q].source.code) claimers[ncl++] = ev[q].source.code;
    qsort(claimers, ncl, sizeof *claimers, cmp_cstr);
    for (size_t k = 0; k < n; k++) {
        const kb_event *f = &ev[k];
        if (!violent_root(f->root) || f->historical || !f->source.code || !memcmp(f->source.code, "---", 3) ||
            !f->target.code)
            continue;
        na->all[na->na++] = (named_act){f->sentence, f->target.code, k};
        if (ncl && bsearch(&f->source.code, claimers, ncl, sizeof *claimers, cmp_cstr))
            na->claimed[na->nc++] = (named_act){0, f->target.code, k};
    }
    free(claimers);
    qsort(na->claimed, na->nc, sizeof *na->claimed, cmp_act);
    qsort(na->all, na->na, sizeof *na->all, cmp_act);
}

static void named_acts_free(named_acts *na)
{
    free(na->claimed);
    free(na->all);
}

/* the position of the first act of list[0..n) in sentence s on e's side that own_side has not
 * dropped, at dates and places that agree with e's; SIZE_MAX if none */
static size_t first_agreeing(const named_act *list, size_t n, size_t s, const kb_event *ev, const kb_event *e,
                             int any_place)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cmp_act_key(s, e->target.code, &list[mid]) > 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < n && !cmp_act_key(s, e->target.code, &list[lo]); lo++) {
        const kb_event *f = &ev[list[lo].k];
        /* (any place: for a claim told close by, its place a guess from other sentences) */
        int near = any_place && (f->sentence > e->sentence ? f->sentence - e->sentence : e->sentence - f->sentence) <= 2;
        if (violent_root(f->root) && (dates_agree(f, e) || (any_place && claim_told_after(f, e))) &&
            (near || places_agree(f, e)))
            return list[lo].k;
    }
    return SIZE_MAX;
}

/* An attack told with no attacker named ("militants attacked army posts in Kayes") that an
 * uncontested claim of the article gives a doer ("JNIM claimed the raids"): the claimed
 * attack, on the same side, on dates and places that agree, is that happening. So is a named
 * side's act on the same side in the same sentence ("Eleven soldiers were killed when
 * insurgents from ISWAP overran a base"), claimed or not. The first such act of the article. */
/* Where in text[s0, s1) a town names the body `organ` ("court in Pskov", "Civil society groups
 * in Beni"): the offset of the word after "in", or 0 */
static uint32_t organ_in_town(const char *text, uint32_t s0, uint32_t s1, const char *organ)
{
    size_t ol = strlen(organ);
    for (uint32_t i = s0; i + ol + 5 <= s1; i++)
        if ((text[i] | 0x20) == (organ[0] | 0x20) && !strncasecmp(text + i, organ, ol) &&
            !memcmp(text + i + ol, " in ", 4) && text[i + ol + 4] >= 'A' && text[i + ol + 4] <= 'Z')
            return i + (uint32_t)ol + 4;
    return 0;
}

/* A town (not a country or region) just before the organ's words in [s0, s1): "Mumbai police
 * arrested", "Karachi police said"; 1 with its place in *p */
static int town_before(const kb_enricher *en, const char *text, const kba_toponym *tops, size_t ntop,
                       uint32_t s0, uint32_t s1, const char *organ, kba_place *p)
{
    size_t ol = strlen(organ);
    for (size_t i = first_top(tops, ntop, s0); i < ntop && tops[i].end + 1 + ol <= s1; i++) {
        uint32_t at = tops[i].end + 1;
        if (tops[i].rec < 0 || text[tops[i].end] != ' ' || strncasecmp(text + at, organ, ol) ||
            (at + ol < s1 && ((text[at + ol] | 0x20) >= 'a' && (text[at + ol] | 0x20) <= 'z')))
            continue;
        kba_place_of_top(en->gaz, &tops[i], p);
        if (sub_country(p)) return 1;
    }
    return 0;
}

/* The place of the toponym that starts at offset at, if the gazetteer read one there */
static int town_at(const kb_enricher *en, const kba_toponym *tops, size_t ntop, uint32_t at, kba_place *p)
{
    for (size_t i = first_top(tops, ntop, at); i < ntop && tops[i].start <= at; i++)
        if (tops[i].start == at && tops[i].rec >= 0) {
            kba_place_of_top(en->gaz, &tops[i], p);
            return 1;
        }
    return 0;
}

static int claimed_elsewhere(const named_acts *na, kb_event *ev, size_t n, size_t i)
{
    const kb_event *e = &ev[i];
    if (!na->na || !violent_root(e->root) || e->historical || !e->target.code ||
        (e->source.code && memcmp(e->source.code, "---", 3)))
        return 0;
    /* (a state's forces no one gave a country are no group's men: "a military aircraft bombed
     * the market" is not the rebels' claimed raid on the army) */
    if (state_forces(&e->source)) return 0;
    /* (a claim told close by seldom tells the place again) */
    size_t kc = first_agreeing(na->claimed, na->nc, 0, ev, e, 1);
    size_t ks = first_agreeing(na->all, na->na, e->sentence, ev, e, 0);
    /* ... or, told with no doer at all, in the sentence before ("the militia attacked positions
     * of the army ... Nine soldiers were wounded, he said") */
    if (ks == SIZE_MAX && !e->source.code && e->sentence > 0)
        ks = first_agreeing(na->all, na->na, e->sentence - 1, ev, e, 0);
    /* (or two before, over a sentence that tells no act: "... the military said. Its aircraft
     * had struck vehicles, it said. A Syrian source said two members of the forces were
     * wounded.") */
    if (ks == SIZE_MAX && !e->source.code && e->sentence > 1) {
        int between = 0;
        for (size_t k = 0; k < n && !between; k++) between = ev[k].sentence + 1 == e->sentence;
        if (!between) ks = first_agreeing(na->all, na->na, e->sentence - 2, ev, e, 0);
    }
    size_t k = kc < ks ? kc : ks;
    if (k == SIZE_MAX) return 0;
    /* (the claimed act happened on the attack's day, not the claim's) */
    if (k == kc && !dates_agree(&ev[k], e) && claim_told_after(&ev[k], e)) {
        ev[k].date = e->date;
        ev[k].date_precision = e->date_precision;
        ev[k].date_source = e->date_source;
    }
    take_details(&ev[k], e);
    return 1;
}

/* "Indian and Pakistani troops exchanged fire, killing two civilians on the Pakistani side":
 * of a joint subject's result, the side whose own people died did not kill them when the
 * sentence has the other side killing them (their country known once the place is). */
static int own_side(const kb_event *ev, size_t n, size_t i)
{
    const kb_event *e = &ev[i];
    const char *tc = side_of(&e->target);
    if (!violent_root(e->root) || e->historical || !e->source.country || !tc || strlen(e->target.code) != 6 ||
        strncmp(e->source.country, tc, 3) || !kbe_victim_role(e->target.code + 3))
        return 0;
    for (size_t k = 0; k < n; k++) {
        const kb_event *f = &ev[k];
        if (k != i && f->sentence == e->sentence && f->source.country &&
            strncmp(f->source.country, e->source.country, 3) && f->target.code && !strcmp(f->target.code, e->target.code) &&
            !memcmp(f->root, e->root, 2))
            return 1;
    }
    return 0;
}

/* Does e's sentence hold a claim (015) by e's source? */
static int claim_sentence(const kb_event *ev, size_t n, const kb_event *e)
{
    for (size_t k = 0; k < n; k++)
        if (ev[k].sentence == e->sentence && !strcmp(ev[k].code, "015") && ev[k].source.code &&
            !strcmp(ev[k].source.code, e->source.code))
            return 1;
    return 0;
}

/* "Russia launched 150 drones at Ukraine ..." then "the Russian defence ministry said its forces
 * had struck facilities": a violent act of a named side with no target named, when the article
 * has that side's act of the same root on a target at an agreeing date, is that act retold. */
static int untargeted_retelling(kb_event *ev, size_t n, size_t i)
{
    const kb_event *e = &ev[i];
    /* ... and so is the looting or burning of that attack ("captured an outpost and seized
     * weapons", "stormed the town, setting homes on fire": 1711/1712 with no one named hit) */
    int seizure = !strncmp(e->code, "171", 3);
    if ((!violent_root(e->root) && !seizure) || e->historical || e->target.code || !e->source.code ||
        !memcmp(e->source.code, "---", 3))
        return 0;
    for (size_t k = 0; k < n; k++) {
        kb_event *f = &ev[k];
        /* (in its own sentence, whatever the violent root: "attacked the base, detonating a car
         * bomb at the gate") */
        int here = f->sentence == e->sentence && violent_root(f->root);
        /* (a burning or looting told in a sentence of its own is an act of its own: "In apparent
         * retaliation, gang members set fire to at least 12 buses") */
        if (seizure && !here && !claim_sentence(ev, n, e)) continue;
        /* (a shooting, whatever whom it struck made either: "opened fire after the fishermen tried
         * to ram the patrol boat" after "fired on a Guyanese fishing boat", 190 and 180) */
        int shots = (e->small_arms || f->small_arms) && fight_root(f->root);
        if (k == i || !f->root[0] ||
            (seizure || here ? !violent_root(f->root) : memcmp(f->root, e->root, 2) && !shots) || f->historical ||
            !f->target.code || !same_actor3(f->source.code, e->source.code) || !dates_agree(f, e))
            continue;
        take_details(f, e);
        return 1;
    }
    return 0;
}

/* "Rwandan troops killed 11 insurgents ..., adding that one of its soldiers was wounded": the
 * attacker's own losses, told with no one named for them in the sentence of its attack, are
 * that fight's toll, not another act. */
static int own_losses(kb_event *ev, size_t n, size_t i)
{
    const kb_event *e = &ev[i];
    if (!violent_root(e->root) || e->historical || !e->target.code || !e->target.country ||
        (e->source.code && memcmp(e->source.code, "---", 3)))
        return 0;
    for (size_t k = 0; k < n; k++) {
        const kb_event *f = &ev[k];
        /* (or, told with no doer at all, in the sentence after: "Troops clashed with about 15
         * militants ... Two soldiers were wounded.") */
        int here = f->sentence == e->sentence ||
                   (!e->source.code && f->sentence + 1 == e->sentence && f->source.code &&
                    !strcmp(f->source.code, e->target.code)); /* (its own troops, not its people) */
        /* (not the act that prompted the fight: "its forces had targeted Hezbollah positions
         * after gunmen attacked an army post") */
        if (k != i && f->root[0] && here && violent_root(f->root) && !f->historical &&
            f->source.country && f->target.code && !strncmp(f->source.country, e->target.country, 3) &&
            strncmp(f->target.code, e->target.country, 3) &&
            !(e->after_clause && f->verb_start < e->verb_start))
            return 1;
    }
    return 0;
}

/* "Separatist rebels ambushed an army convoy ..." then "FLEC said ... its fighters had carried
 * out the attack": an attack by no one named, when one group alone claims an act in the article
 * (015), with no denial by it and no act of its own on a named target to be that attack
 * (claimed_elsewhere's case), is the claimed one: an uncontested claim names the attacker. The
 * claim told the same day or after; a state's forces no one named are no group's men. */
static void claim_names_doer(kb_event *ev, size_t n)
{
    const kb_event *cl = NULL;
    for (size_t k = 0; k < n; k++) {
        const kb_event *f = &ev[k];
        if (f->historical || !f->source.code || f->source.country || !memcmp(f->source.code, "---", 3)) continue;
        if (!strcmp(f->code, "015")) {
            if (cl && strcmp(cl->source.code, f->source.code)) return; /* two claimers */
            cl = f;
        }
    }
    if (!cl) return;
    for (size_t k = 0; k < n; k++) {
        const kb_event *f = &ev[k];
        if (f->source.code && !strcmp(f->source.code, cl->source.code) && !f->historical &&
            (!strncmp(f->code, "016", 3) || (violent_root(f->root) && f->target.code)))
            return; /* a denial, or its own act on a named target */
    }
    for (size_t i = 0; i < n; i++) {
        kb_event *e = &ev[i];
        if (!violent_root(e->root) || e->historical || !e->target.code || e->sentence > cl->sentence ||
            (e->source.code && (memcmp(e->source.code, "---", 3) || strlen(e->source.code) != 6 ||
                                state_forces(&e->source))) ||
            !strncmp(e->target.code, cl->source.code, 3) || (!dates_agree(cl, e) && !claim_told_after(cl, e)))
            continue;
        e->source = cl->source;
    }
}

int kbe_fought_beside(const kb_event *ev, size_t n, const char *gc, const char *cc)
{
    for (size_t k = 0; k < n; k++) {
        const kb_event *e = &ev[k];
        if (!e->root[0] || !e->source.code || strcmp(e->source.code, gc) || !e->target.code) continue;
        for (size_t q = 0; q < n; q++) {
            const kb_event *f = &ev[q];
            if (f->root[0] && f->sentence == e->sentence && !strcmp(f->code, e->code) && f->target.code &&
                !strncmp(f->target.code, e->target.code, 3) &&
                (cc ? f->source.country && !strncmp(f->source.country, cc, 3) : state_forces(&f->source)))
                return 1;
        }
    }
    return 0;
}

/* Is a a generic armed side no one named: rebels, gunmen ("---REB", "---INS", or the land's:
 * "PRYREB")? */
static int generic_armed(const kb_actor *a)
{
    size_t l = a->code ? strlen(a->code) : 0;
    return l == 6 && (!strcmp(a->code + 3, "REB") || !strcmp(a->code + 3, "INS")) &&
           (!memcmp(a->code, "---", 3) || (a->country && !strncmp(a->code, a->country, 3)));
}

/* Is a a named non-state group: a code of its own, no state ("EPP", "FLE", or an international
 * armed group's, "IMGISI")? */
static int named_group(const kb_actor *a)
{
    size_t l = a->code ? strlen(a->code) : 0;
    return (l == 3 || (l == 6 && !memcmp(a->code, "IMG", 3))) && !a->country && memcmp(a->code, "---", 3) &&
           isupper((unsigned char)a->code[0]);
}

/* "Leftist guerrillas kidnapped a rancher ..." in a report whose only named armed group is the
 * EPP: the rebels or gunmen it tells of with no name are that group, as a reader takes them.
 * Not when the report names two groups, or none, or the group denies an act (a contested
 * attack's doer stays unnamed). */
static void generic_is_the_group(kb_event *ev, size_t n)
{
    const kb_actor *g = NULL;
    int generic = 0;
    for (size_t k = 0; k < n; k++)
        for (int side = 0; side < 2 && ev[k].root[0]; side++) {
            const kb_actor *a = side ? &ev[k].target : &ev[k].source;
            generic |= generic_armed(a);
            if (!named_group(a)) continue;
            if (g && strcmp(g->code, a->code)) return;
            g = a;
        }
    if (!g || !generic) return;
    /* (not a force that fights beside a state's: "Malian soldiers and fighters of Russia's Africa
     * Corps killed six herders" makes no insurgent of the Africa Corps) */
    if (kbe_fought_beside(ev, n, g->code, NULL)) return;
    /* (not a group that denies: then the attack is contested, and its doer unnamed) */
    for (size_t k = 0; k < n; k++)
        if (ev[k].root[0] && !strncmp(ev[k].code, "016", 3) && ev[k].source.code && !strcmp(ev[k].source.code, g->code))
            return;
    /* (nor, when the group is known by its claim of the day's attack, the doers of a past one
     * the report names it in no past act of: the Islamic State's claim of Sunday's attack names
     * no doer of "in June 2024, gunmen attacked two churches") */
    int claims = 0, in_past = 0;
    for (size_t k = 0; k < n; k++) {
        if (!ev[k].root[0]) continue;
        int src = ev[k].source.code && !strcmp(ev[k].source.code, g->code);
        int tgt = ev[k].target.code && !strcmp(ev[k].target.code, g->code);
        claims |= !ev[k].historical && src && !strcmp(ev[k].code, "015");
        in_past |= ev[k].historical && (src || tgt);
    }
    int past = !claims || in_past;
    kb_actor grp = *g;
    for (size_t k = 0; k < n; k++) {
        if (!ev[k].root[0] || (ev[k].historical && !past)) continue;
        /* (not armed men the words call unknown: "shot dead by unknown gunmen") */
        if (generic_armed(&ev[k].source) && !(ev[k].target.code && !strcmp(ev[k].target.code, grp.code)) &&
            !(ev[k].source.name && (!strncasecmp(ev[k].source.name, "unknown ", 8) ||
                                    !strncasecmp(ev[k].source.name, "unidentified ", 13)))) {
            grp.name = ev[k].source.name;
            ev[k].source = grp;
        }
        if (generic_armed(&ev[k].target) && !(ev[k].source.code && !strcmp(ev[k].source.code, grp.code))) {
            grp.name = ev[k].target.name;
            ev[k].target = grp;
        }
    }
}

/* An act between two sides of no state, that neither the article nor the places could give
 * one ("Police fired tear gas at demonstrators" in a report that names no country): no one's */
static int nobodys(const kb_event *e)
{
    /* (an investigation by an organ no place gave a state, of no one named: "The force's
     * directorate is investigating the circumstances") */
    if (!strcmp(e->root, "09") && !e->target.code && e->source.code && !e->source.country &&
        !memcmp(e->source.code, "---", 3))
        return 1;
    const kb_actor *a[2] = {&e->source, &e->target};
    for (int k = 0; k < 2; k++)
        if (!a[k]->code || a[k]->country || strlen(a[k]->code) != 6 || memcmp(a[k]->code, "---", 3)) return 0;
    return 1;
}

/* "Police fired tear gas and live rounds to break up an opposition march, killing three
 * people and wounding a nurse": the force on people its sentence also tells as the same
 * doer's repression (175) of that state's people is that repression, told once (CODING-RULES:
 * repression that kills is one event) */
static int repression_retold(kb_event *ev, size_t n, size_t i)
{
    kb_event *e = &ev[i];
    if (!violent_root(e->root) || !e->source.code || !e->target.code || strlen(e->target.code) != 6 ||
        !e->target.country || state_forces(&e->target))
        return 0;
    static const char *const PEOPLE[] = {"CVL", "HLH", "MED", "EDU", "OPP", "LAB", "REL", NULL};
    int people = 0;
    for (int q = 0; PEOPLE[q] && !people; q++) people = !strcmp(e->target.code + 3, PEOPLE[q]);
    if (!people) return 0;
    for (size_t k = 0; k < n; k++) {
        kb_event *f = &ev[k];
        if (k == i || f->sentence != e->sentence || strncmp(f->code, "175", 3) || !f->root[0] || !f->source.code ||
            strcmp(f->source.code, e->source.code) || f->historical != e->historical)
            continue;
        if (f->target.country && strncmp(f->target.country, e->target.country, 3)) continue;
        if (f->killed < 0 && e->killed >= 0) f->killed = e->killed;
        if (f->injured < 0 && e->injured >= 0) f->injured = e->injured;
        return 1;
    }
    return 0;
}

size_t kb_fold_restated(kb_event *ev, size_t n)
{
    size_t w = 0;
    named_acts na;
    claim_names_doer(ev, n);
    named_acts_init(&na, ev, n);
    for (size_t i = 0; i < n; i++)
        if (claimed_elsewhere(&na, ev, n, i) || own_side(ev, n, i) || untargeted_retelling(ev, n, i) ||
            own_losses(ev, n, i) || nobodys(&ev[i]) || repression_retold(ev, n, i))
            ev[i].root[0] = '\0'; /* dropped below */
    named_acts_free(&na);
    generic_is_the_group(ev, n);
    for (size_t i = 0; i < n; i++) {
        kb_event *e = &ev[i];
        if (!e->root[0]) continue;
        int violent = violent_root(e->root), folded = 0;
        for (size_t k = 0; k < w && !folded; k++) {
            kb_event *f = &ev[k];
            /* one sentence tells one happening of a violent dyad once ("launched drones at
             * Ukraine, targeting energy facilities in the Kyiv region"); other acts in one
             * sentence may be distinct */
            /* (... whatever its violent roots: "stormed the village, abducting 53 people and
             * killing four" is one raid, coded as the seizure, more telling than an attack) */
            int one_raid = violent && f->sentence == e->sentence && violent_root(f->root);
            /* (... and what a claim says the claimer did is its attack told before, whatever the
             * root: "stormed the base with a car bomb" ... "claimed the attack, saying its fighters
             * had killed 47 soldiers") */
            /* (... but people taken are an abduction of its own: "also said its fighters had taken
             * two soldiers prisoner") */
            int claimed = violent && violent_root(f->root) && e->source.code && claim_sentence(ev, n, e) &&
                          !(strncmp(e->code, "181", 3) == 0 && strncmp(f->code, "181", 3) != 0);
            /* (... but a consultation told twice in its sentence is one: "spoke by telephone and
             * discussed border security" is the call, 041, not also a 040) */
            /* (... and a shooting told again with another word, whatever whom it struck made
             * either: "fired on a fishing boat" (180) ... "had opened fire after the fishermen
             * tried to ram" (190)) */
            int one_shooting = (f->small_arms || e->small_arms) && fight_root(f->root) && fight_root(e->root);
            int one_talk = f->sentence == e->sentence && !memcmp(f->root, "04", 2) && !memcmp(e->root, "04", 2) &&
                           (!strcmp(f->code, "040") || !strcmp(e->code, "040"));
            /* (... and so is a riot: "stoned police vehicles and set fire to a bus", 145 twice) */
            int one_riot = f->sentence == e->sentence && !strncmp(f->code, "145", 3) && !strncmp(e->code, "145", 3);
            /* (... and so is one act told twice in its sentence with one code: "talks mediated by
             * Saudi X", "the Saudi mediation", 045 twice) */
            int one_act = f->sentence == e->sentence && !strcmp(f->code, e->code) && one_doer(f, e);
            /* (two bodies of one state speaking in two sentences say two things: "The FSB accused
             * the man of ..." and "Zakharova accused Tallinn of ...") */
            int two_voices = !violent && f->sentence != e->sentence && f->source.code && e->source.code &&
                             strlen(f->source.code) == 6 && strlen(e->source.code) == 6 &&
                             strcmp(f->source.code + 3, e->source.code + 3);
            /* (a crossing closed or a siege, 191, is no retelling of a fight: "exchanged fire at
             * the Chaman crossing" ... "Pakistan closed the Chaman crossing") */
            int closure = !strncmp(f->code, "191", 3) != !strncmp(e->code, "191", 3);
            /* (nor is an air or artillery strike, told in a sentence of its own, a retelling of a
             * gunfight: "returned fire, killing two of the rebels" ... "Army helicopters fired rockets
             * at suspected rebel positions") */
            int two_arms = f->sentence != e->sentence &&
                           ((f->small_arms && (!strcmp(e->code, "194") || !strcmp(e->code, "195"))) ||
                            (e->small_arms && (!strcmp(f->code, "194") || !strcmp(f->code, "195"))));
            closure |= two_arms;
            /* (nor is a telephone call a retelling of a meeting its own sentence places: "The
             * district magistrate ... met in Bhairahawa on Monday" ... "Jaishankar spoke by
             * telephone with his Nepali counterpart on Monday") */
            int call_f = !strcmp(f->code, "041"), call_e = !strcmp(e->code, "041");
            closure |= f->sentence != e->sentence && call_f != call_e &&
                       !memcmp(f->root, "04", 2) && !memcmp(e->root, "04", 2) &&
                       placed_in_own_words(call_f ? e : f);
            if ((f->sentence == e->sentence && !violent && !one_talk && !one_riot && !one_act) || two_voices || closure ||
                (memcmp(f->root, e->root, 2) && !one_raid && !claimed && !one_shooting) ||
                f->historical != e->historical ||
                !same_dyad(f, e) || (!violent && !codes_agree(f->code, e->code)) ||
                /* (a claim's own act on a day its clause tells is that day's: "said its artillery
                 * had shelled SSC-Khatumo positions near Yagoori on Tuesday" is no retelling of
                 * Sunday's battle) */
                (!dates_agree(f, e) && (!claimed || (e->date_source && !strcmp(e->date_source, "clause") &&
                                                     e->pattern && !strstr(e->pattern, "claim")))) ||
                (violent && !claimed && civilians_and_forces(f, e)) ||
                /* (and a blockade in another town is another blockade: the terminal at Sarpi,
                 * the coast road at Kemalpaşa) */
                (material_root(e->root) && !places_agree(f, e) && !claimed) ||
                (!strncmp(e->code, "144", 3) && !strncmp(f->code, "144", 3) && placed_in_own_words(f) &&
                 placed_in_own_words(e) && !places_agree(f, e)))
                continue;
            folded = 1;
            if (!claimed || f->sentence == e->sentence) take_details(f, e); /* (a claimer's figures are its own) */
            if (one_talk && !strcmp(f->code, "040") && strcmp(e->code, "040")) take_code(f, e);
            if (one_raid && !strcmp(f->code, "190") && !strncmp(e->code, "18", 2)) {
                take_code(f, e);
                f->verb_start = e->verb_start;
                f->verb_end = e->verb_end;
            }
        }
        if (!folded) ev[w++] = *e;
    }
    return w;
}

/* ------------------------------------------------------------ output */

/* The words of text that named place p, as the article spells them ("Kuźnica", "Güiria"),
 * when they are a town's or district's name written in mixed case on one line; else NULL (a
 * country or province goes by the gazetteer's name, "NOUMEA," in a dateline too). *n: length. */
static const char *written_name(const kb_doc *d, const kb_place *p, size_t *n)
{
    if (!d || !d->text || p->written_end <= p->written_start || p->written_end > d->text_len ||
        p->written_end - p->written_start > 80 || !p->precision ||
        (strcmp(p->precision, "city") && strcmp(p->precision, "point") && strcmp(p->precision, "district")))
        return NULL;
    const char *w = d->text + p->written_start;
    size_t l = p->written_end - p->written_start;
    int lower = 0;
    for (size_t i = 0; i < l; i++) {
        if (w[i] == '\n' || w[i] == '\r' || w[i] == '"') return NULL;
        lower |= w[i] >= 'a' && w[i] <= 'z';
    }
    if (!lower) return NULL;
    *n = l;
    return w;
}

static void place_json(kbu_buf *b, const kb_doc *d, const kb_place *p)
{
    if (!p->name) {
        kbu_buf_append(b, "null", 4);
        return;
    }
    size_t wl = 0;
    const char *w = written_name(d, p, &wl);
    kbu_buf_append(b, "{\"name\":", 8);
    if (w && (strlen(p->name) != wl || memcmp(p->name, w, wl))) {
        /* (the gazetteer's name beside it, the key places are merged by) */
        kbu_json_str(b, w, wl);
        kbu_buf_append(b, ",\"gazetteer_name\":", 18);
    }
    kbu_json_cstr(b, p->name);
    kbu_buf_append(b, ",\"country\":", 11);
    kbu_json_cstr(b, p->country);
    kbu_buf_append(b, ",\"adm1\":", 8);
    kbu_json_cstr(b, p->adm1);
    kbu_json_latlon(b, p->lat, p->lon); /* (null for a place named only, that no gazetteer locates) */
    kbu_buf_append(b, ",\"precision\":", 13);
    kbu_json_cstr(b, p->precision);
    kbu_buf_putc(b, '}');
}

static void int_json(kbu_buf *b, int v)
{
    if (v < 0)
        kbu_buf_append(b, "null", 4);
    else
        kbu_buf_printf(b, "%d", v);
}

void kbe_event_json_enriched(kbu_buf *b, const kb_doc *d, const kb_event *e)
{
    size_t at = b->len;
    kbe_event_json(b, d, e);
    if (!e->enriched) return;
    /* the coder's line ends with "}\n": take it apart at its null place/toll */
    static const char mark[] = ",\"place\":null,\"killed\":null,\"injured\":null";
    size_t ml = sizeof mark - 1;
    char *line = b->data + at;
    size_t ll = b->len - at;
    char *hit = NULL;
    for (size_t i = 0; i + ml <= ll; i++)
        if (line[i] == ',' && !memcmp(line + i, mark, ml)) {
            hit = line + i;
            break;
        }
    kbu_buf tail = {0};
    size_t keep;
    if (hit) {
        size_t off = (size_t)(hit - line);
        kbu_buf_append(&tail, line + off + ml, ll - off - ml);
        keep = at + off;
    } else {
        /* no such fields: add ours before the closing brace */
        kbu_buf_append(&tail, "}\n", 2);
        keep = b->len >= 2 ? b->len - 2 : b->len;
    }
    b->len = keep;
    kbu_buf_append(b, ",\"place\":", 9);
    place_json(b, d, &e->place);
    kbu_buf_append(b, ",\"killed\":", 10);
    int_json(b, e->killed);
    kbu_buf_append(b, ",\"injured\":", 11);
    int_json(b, e->injured);
    /* the rest of the coder's line minus its closing brace, then our additions */
    if (tail.len >= 2) kbu_buf_append(b, tail.data, tail.len - 2);
    kbu_buf_append(b, ",\"killed_min\":", 14);
    int_json(b, e->killed_min);
    kbu_buf_append(b, ",\"killed_max\":", 14);
    int_json(b, e->killed_max);
    kbu_buf_append(b, ",\"injured_min\":", 15);
    int_json(b, e->injured_min);
    kbu_buf_append(b, ",\"injured_max\":", 15);
    int_json(b, e->injured_max);
    kbu_buf_append(b, ",\"date_source\":", 15);
    kbu_json_cstr(b, e->date_source);
    kbu_buf_append(b, ",\"article_date\":", 16);
    kbu_json_cstr(b, e->article_date);
    kbu_buf_append(b, ",\"article_date_source\":", 23);
    kbu_json_cstr(b, e->article_date_source);
    kbu_buf_printf(b, ",\"date_conflict\":%s}\n", e->date_conflict ? "true" : "false");
    kbu_buf_free(&tail);
}
