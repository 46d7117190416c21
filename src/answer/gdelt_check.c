/*
 * gdelt_check.c -- checks one line of a GDELT 2.0 events export (61 columns)
 * or mentions table (16 columns) against the column rules of the codebook
 * (../shared/eval/gdelt/README.md; docs/EXPORT.md lists every rule): field
 * count, UTF-8 and no control characters, integer/float/date shapes, dates
 * that exist and agree with each other, CAMEO event codes that are in the
 * table and consistent (base, root, quad class, Goldstein), actor codes made of
 * their parts, FIPS geo country codes, ADM1 codes under their country,
 * latitude/longitude ranges, URL shape. `khabar check gdelt` (cli/cmd_check.c)
 * runs it over files; khabar's own export is tested with it.
 */
#include "answer/answer.h"
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *const kbx_gdelt_event_cols[KBX_GDELT_EVENT_COLS] = {
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL"};

const char *const kbx_gdelt_mention_cols[KBX_GDELT_MENTION_COLS] = {
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo",
    "Extras"};

typedef struct fld {
    const char *s;
    size_t n;
} fld;

typedef struct ctx {
    const kbx_codes *codes;
    const char *const *names;
    const fld *f;
    kbx_violation_fn fn;
    void *arg;
    size_t count;
} ctx;

static void bad(ctx *c, int col, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void bad(ctx *c, int col, const char *fmt, ...)
{
    char msg[300];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    c->count++;
    if (c->fn) c->fn(c->arg, col < 0 ? "row" : c->names[col], msg);
}

/* Field col as a short C string for messages and lookups (cut at 63 bytes). */
static const char *fstr(const ctx *c, int col, char *buf, size_t cap)
{
    size_t n = c->f[col].n < cap - 1 ? c->f[col].n : cap - 1;
    memcpy(buf, c->f[col].s, n);
    buf[n] = 0;
    return buf;
}

static int is_empty(const ctx *c, int col) { return c->f[col].n == 0; }

static int all_of(const fld *f, const char *set)
{
    for (size_t i = 0; i < f->n; i++)
        if (!strchr(set, f->s[i]) || f->s[i] == 0) return 0;
    return 1;
}

#define DIGITS "0123456789"
#define UPPER "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#define LOWER "abcdefghijklmnopqrstuvwxyz"

/* -?digits, at most 18 of them. */
static int parse_int(const fld *f, long long *v)
{
    size_t i = f->n && f->s[0] == '-';
    if (f->n <= i || f->n - i > 18) return 0;
    long long x = 0;
    for (size_t k = i; k < f->n; k++) {
        if (f->s[k] < '0' || f->s[k] > '9') return 0;
        x = x * 10 + (f->s[k] - '0');
    }
    *v = i ? -x : x;
    return 1;
}

/* -?digits[.digits][e[+-]digits] */
static int parse_float(const fld *f, double *v)
{
    size_t i = 0, n = f->n;
    const char *s = f->s;
    if (i < n && s[i] == '-') i++;
    size_t d0 = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    if (i == d0 || i - d0 > 300) return 0;
    if (i < n && s[i] == '.') {
        size_t d1 = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
        if (i == d1) return 0;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        size_t d2 = i;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
        if (i == d2 || i - d2 > 3) return 0;
    }
    if (i != n || n > 400) return 0;
    char buf[401];
    memcpy(buf, s, n);
    buf[n] = 0;
    *v = strtod(buf, NULL);
    return isfinite(*v);
}

static int days_in(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return d[m - 1];
}

/* YYYYMMDD (n = 8) or YYYYMMDDHHMMSS (n = 14) of a day that exists. */
static int valid_date(const fld *f, size_t n, long long *v)
{
    if (f->n != n || !parse_int(f, v) || f->s[0] == '-') return 0;
    long long d = n == 14 ? *v / 1000000 : *v;
    int y = (int)(d / 10000), m = (int)(d / 100 % 100), day = (int)(d % 100);
    if (y < 1000 || m < 1 || m > 12 || day < 1 || day > days_in(y, m)) return 0;
    if (n == 14) {
        long long t = *v % 1000000;
        if (t / 10000 > 23 || t / 100 % 100 > 59 || t % 100 > 59) return 0;
    }
    return 1;
}

/* An integer (integer = 1) or a number within [lo, hi]; *out (may be NULL) gets it. */
static int check_num(ctx *c, int col, int integer, double lo, double hi, double *out)
{
    long long iv = 0;
    double v = 0;
    int ok = integer ? parse_int(&c->f[col], &iv) : parse_float(&c->f[col], &v);
    if (integer) v = (double)iv;
    if (!ok) {
        char b[64];
        bad(c, col, "'%s' is not %s", fstr(c, col, b, sizeof b), integer ? "an integer" : "a number");
        return 0;
    }
    if (v < lo || v > hi) {
        bad(c, col, "%.15g is out of range [%.15g, %.15g]", v, lo, hi);
        return 0;
    }
    if (out) *out = v;
    return 1;
}

static int check_int(ctx *c, int col, long long lo, long long hi, long long *out)
{
    double v;
    if (!check_num(c, col, 1, (double)lo, (double)hi, &v)) return 0;
    if (out) *out = (long long)v;
    return 1;
}

static int check_float(ctx *c, int col, double lo, double hi, double *out)
{
    return check_num(c, col, 0, lo, hi, out);
}

static int check_date(ctx *c, int col, size_t n, long long *out)
{
    if (valid_date(&c->f[col], n, out)) return 1;
    char b[64];
    bad(c, col, "'%s' is not a date %s", fstr(c, col, b, sizeof b),
        n == 8 ? "YYYYMMDD" : "YYYYMMDDHHMMSS");
    return 0;
}

/* UTF-8 well-formed (no overlongs, no surrogates) and no control characters. */
static int check_text(ctx *c, int col)
{
    const unsigned char *s = (const unsigned char *)c->f[col].s;
    size_t n = c->f[col].n;
    for (size_t i = 0; i < n;) {
        unsigned b = s[i];
        if (b < 0x20 || b == 0x7F) {
            bad(c, col, "control character 0x%02X at byte %zu", b, i);
            return 0;
        }
        if (b < 0x80) {
            i++;
            continue;
        }
        size_t len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 0;
        int ok = len && i + len <= n;
        for (size_t k = 1; ok && k < len; k++) ok = (s[i + k] & 0xC0) == 0x80;
        if (ok && len == 3) ok = !(b == 0xE0 && s[i + 1] < 0xA0) && !(b == 0xED && s[i + 1] >= 0xA0);
        if (ok && len == 4) ok = !(b == 0xF0 && s[i + 1] < 0x90) && !(b == 0xF4 && s[i + 1] >= 0x90);
        if (!ok) {
            bad(c, col, "invalid UTF-8 at byte %zu", i);
            return 0;
        }
        i += len;
    }
    return 1;
}

/* "http(s)://host[:port][/...]" without spaces, or a citation (plain text). */
static void check_url(ctx *c, int col)
{
    const fld *f = &c->f[col];
    if (!f->n) {
        bad(c, col, "empty: a URL or citation is required");
        return;
    }
    const char *s = f->s;
    size_t n = f->n, sch = 0;
    while (sch < n && (strchr(LOWER UPPER DIGITS "+.-", s[sch]) && s[sch])) sch++;
    int is_url = sch + 3 <= n && !memcmp(s + sch, "://", 3);
    if (!is_url) return; /* a citation: its text was checked as text */
    if (!(sch == 4 && !strncasecmp(s, "http", 4)) && !(sch == 5 && !strncasecmp(s, "https", 5))) {
        bad(c, col, "URL scheme is not http or https");
        return;
    }
    size_t h = sch + 3, e = h;
    while (e < n && s[e] != '/' && s[e] != '?' && s[e] != '#' && s[e] != ':') e++;
    if (e == h) {
        bad(c, col, "URL has no host");
        return;
    }
    for (size_t i = h; i < e; i++)
        if (!strchr(LOWER UPPER DIGITS ".-_", s[i]) || !s[i]) {
            if ((unsigned char)s[i] >= 0x80) continue; /* an IDN host */
            bad(c, col, "URL host has '%c'", s[i]);
            return;
        }
    for (size_t i = 0; i < n; i++)
        if (s[i] == ' ') {
            bad(c, col, "URL has a space at byte %zu", i);
            return;
        }
}

/* ---- events ------------------------------------------------------------- */
static void check_actor(ctx *c, int b)
{
    char code[64], part[64];
    const fld *fc = &c->f[b];
    for (int k = b; k < b + 10; k++) check_text(c, k);
    fstr(c, b, code, sizeof code);
    if (fc->n && (fc->n % 3 || fc->n > 60 || !all_of(fc, UPPER LOWER DIGITS)))
        bad(c, b, "'%s' is not a CAMEO actor code (3-character segments)", code);
    /* [col, shape, list] of the parts */
    for (int k = b + 2; k < b + 10; k++) {
        if (is_empty(c, k)) continue;
        const fld *f = &c->f[k];
        fstr(c, k, part, sizeof part);
        int off = k - b;
        const char *set = off == 4 ? LOWER : off == 3 ? UPPER DIGITS : UPPER;
        if (f->n != 3 || !all_of(f, set)) {
            bad(c, k, "'%s' is not a three-%s code", part,
                off == 4 ? "lower-case letter" : off == 3 ? "character" : "letter");
            continue;
        }
        if (off == 2 && c->codes && !kbx_is_actor_country(c->codes, part))
            bad(c, k, "'%s' is not an ISO 3166 alpha-3 or CAMEO region code", part);
        if (off >= 7 && c->codes && !kbx_is_actor_type(c->codes, part))
            bad(c, k, "'%s' is not a CAMEO actor type code", part);
        int found = 0;
        for (size_t i = 0; i + 3 <= fc->n && !found; i += 3) found = !memcmp(fc->s + i, part, 3);
        if (!found) bad(c, k, "'%s' is not part of %s '%s'", part, c->names[b], code);
    }
}

static void check_geo(ctx *c, int b)
{
    long long type = -1;
    for (int k = b + 1; k < b + 8; k++) check_text(c, k);
    if (!check_int(c, b, 0, 5, &type)) return;
    if (type == 0) {
        for (int k = b + 1; k < b + 8; k++)
            if (!is_empty(c, k)) bad(c, k, "set, but %s is 0 (no place)", c->names[b]);
        return;
    }
    char cc[64], a1[64];
    fstr(c, b + 2, cc, sizeof cc);
    if (c->f[b + 2].n != 2 || !all_of(&c->f[b + 2], UPPER))
        bad(c, b + 2, "'%s' is not a two-letter FIPS 10-4 code", cc);
    else if (c->codes && !kbx_is_fips(c->codes, cc))
        bad(c, b + 2, "'%s' is not a FIPS 10-4 country code", cc);
    if ((type == 2 || type == 3) && strcmp(cc, "US"))
        bad(c, b + 2, "'%s' with %s %lld (a US state or city)", cc, c->names[b], type);
    const fld *fa = &c->f[b + 3];
    fstr(c, b + 3, a1, sizeof a1);
    if (fa->n && (fa->n > 8 || !all_of(fa, UPPER DIGITS)))
        bad(c, b + 3, "'%s' is not an ADM1 code", a1);
    else if (fa->n && (fa->n < 2 || strncmp(a1, cc, 2)))
        bad(c, b + 3, "'%s' does not start with its country code '%s'", a1, cc);
    const fld *f2 = &c->f[b + 4];
    int us2 = f2->n == 5 && strchr(UPPER, f2->s[0]) && strchr(UPPER, f2->s[1]) && f2->s[0] &&
              f2->s[1] && strspn(f2->s + 2, DIGITS) >= 3;
    if (f2->n && !(f2->n <= 12 && all_of(f2, DIGITS)) && !us2) {
        char b2[64];
        bad(c, b + 4, "'%s' is not an ADM2 code (GAUL number, or US state + county)",
            fstr(c, b + 4, b2, sizeof b2));
    }
    int nlat = !is_empty(c, b + 5), nlon = !is_empty(c, b + 6);
    if (nlat) check_float(c, b + 5, -90, 90, NULL);
    if (nlon) check_float(c, b + 6, -180, 180, NULL);
    if (nlat != nlon) bad(c, nlat ? b + 6 : b + 5, "empty while the other coordinate is set");
    const fld *ff = &c->f[b + 7];
    long long dummy;
    if (ff->n && !parse_int(ff, &dummy) && !(ff->n <= 12 && all_of(ff, UPPER DIGITS))) {
        char b2[64];
        bad(c, b + 7, "'%s' is not a feature id (a number, or a code)", fstr(c, b + 7, b2, sizeof b2));
    }
}

static void check_event_codes(ctx *c)
{
    char ev[64], base[64], root[64];
    fstr(c, 26, ev, sizeof ev);
    fstr(c, 27, base, sizeof base);
    fstr(c, 28, root, sizeof root);
    const kbx_cameo *ce = NULL, *cr = NULL;
    int ok = c->f[26].n >= 2 && c->f[26].n <= 4 && all_of(&c->f[26], DIGITS);
    if (!ok)
        bad(c, 26, "'%s' is not a CAMEO code (2-4 digits, leading zero kept)", ev);
    else if (c->codes && !(ce = kbx_cameo_get(c->codes, ev)))
        bad(c, 26, "'%s' is not in the CAMEO table", ev);
    if (ok) {
        char want[4] = {0};
        memcpy(want, ev, c->f[26].n < 3 ? c->f[26].n : 3);
        if (strcmp(base, want)) bad(c, 27, "'%s', but EventCode '%s' gives '%s'", base, ev, want);
        want[2] = 0;
        if (strcmp(root, want)) bad(c, 28, "'%s', but EventCode '%s' gives '%s'", root, ev, want);
    }
    if (c->f[28].n != 2 || !all_of(&c->f[28], DIGITS) || atoi(root) < 1 || atoi(root) > 20)
        bad(c, 28, "'%s' is not a CAMEO root code 01-20", root);
    else if (c->codes && !(cr = kbx_cameo_get(c->codes, root)))
        bad(c, 28, "'%s' is not in the CAMEO table", root);
    if (c->f[27].n && c->codes && !kbx_cameo_get(c->codes, base))
        bad(c, 27, "'%s' is not in the CAMEO table", base);
    long long quad;
    if (check_int(c, 29, 1, 4, &quad) && cr && cr->quad != quad)
        bad(c, 29, "%lld, but root %s is quad class %d", quad, root, cr->quad);
    double g;
    if (check_float(c, 30, -10, 10, &g) && ce && fabs(ce->goldstein - g) > 1e-6)
        bad(c, 30, "%g, but the CAMEO table gives %g for %s", g, ce->goldstein, ev);
}

static void check_events(ctx *c)
{
    long long id, d8, my, yr;
    check_int(c, 0, 0, 999999999999999999LL, &id);
    int dok = check_date(c, 1, 8, &d8);
    if (check_int(c, 2, 100001, 999912, &my) && dok && my != d8 / 100)
        bad(c, 2, "%lld, but SQLDATE %lld gives %lld", my, d8, d8 / 100);
    int yok = check_int(c, 3, 1000, 9999, &yr);
    if (yok && dok && yr != d8 / 10000) bad(c, 3, "%lld, but SQLDATE gives %lld", yr, d8 / 10000);
    double fd;
    if (check_float(c, 4, 1000, 10000, &fd) && yok && (fd < (double)yr || fd >= (double)yr + 1.0001))
        bad(c, 4, "%g is not within Year %lld", fd, yr);
    check_actor(c, 5);
    check_actor(c, 15);
    check_int(c, 25, 0, 1, NULL);
    check_event_codes(c);
    long long nm = 0, ns = 0, na = 0;
    int okm = check_int(c, 31, 1, 999999999, &nm), oks = check_int(c, 32, 1, 999999999, &ns),
        oka = check_int(c, 33, 1, 999999999, &na);
    if (oka && oks && ns > na) bad(c, 32, "%lld sources, more than %lld articles", ns, na);
    if (oka && okm && na > nm) bad(c, 33, "%lld articles, more than %lld mentions", na, nm);
    check_float(c, 34, -100, 100, NULL);
    check_geo(c, 35);
    check_geo(c, 43);
    check_geo(c, 51);
    /* DATEADDED may precede SQLDATE: an event announced for a later day */
    long long added;
    check_date(c, 59, 14, &added);
    if (check_text(c, 60)) check_url(c, 60);
}

/* ---- mentions ------------------------------------------------------------ */
static void check_mentions(ctx *c)
{
    long long ev, me;
    check_int(c, 0, 0, 999999999999999999LL, NULL);
    int eok = check_date(c, 1, 14, &ev), mok = check_date(c, 2, 14, &me);
    if (eok && mok && me < ev) bad(c, 2, "%lld is before EventTimeDate %lld", me, ev);
    check_int(c, 3, 1, 6, NULL);
    if (check_text(c, 4) && is_empty(c, 4)) bad(c, 4, "empty");
    if (check_text(c, 5)) check_url(c, 5);
    check_int(c, 6, 1, 999999999, NULL);
    for (int k = 7; k <= 9; k++) check_int(c, k, -1, 999999999, NULL);
    check_int(c, 10, 0, 1, NULL);
    check_int(c, 11, 0, 100, NULL);
    check_int(c, 12, 0, 999999999999LL, NULL);
    check_float(c, 13, -100, 100, NULL);
    check_text(c, 14);
    check_text(c, 15);
}

size_t kbx_gdelt_check_line(const kbx_codes *codes, kbx_gdelt_kind kind, const char *line,
                            size_t len, kbx_violation_fn fn, void *arg)
{
    size_t want = kind == KBX_GDELT_MENTIONS ? KBX_GDELT_MENTION_COLS : KBX_GDELT_EVENT_COLS;
    fld f[KBX_GDELT_EVENT_COLS];
    ctx c = {codes, kind == KBX_GDELT_MENTIONS ? kbx_gdelt_mention_cols : kbx_gdelt_event_cols,
             f, fn, arg, 0};
    if (len && line[len - 1] == '\r') {
        bad(&c, -1, "line ends in CR LF; GDELT files end lines in LF");
        len--;
    }
    size_t n = 0, start = 0;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && line[i] != '\t') continue;
        if (n < want) f[n] = (fld){line + start, i - start};
        n++;
        start = i + 1;
    }
    if (n != want) {
        bad(&c, -1, "%zu tab-separated fields, expected %zu", n, want);
        return c.count;
    }
    if (kind == KBX_GDELT_MENTIONS)
        check_mentions(&c);
    else
        check_events(&c);
    return c.count;
}
