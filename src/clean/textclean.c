/*
 * textclean.c -- scraped plain text -> main text + metadata (kbc_text_extract).
 *
 * Text copied or dumped from a web page (w3m, a scraper, a feed) still holds
 * the site chrome: menus ("  • Item" lists), breadcrumbs, share bars, "Also
 * Read" teasers, bylines, datelines, comment prompts, disclaimers, feed ids.
 * clean.c calls this for every document that is not HTML. The cleaner works
 * on lines:
 *
 *  0. Split into lines (bullets and indentation removed); a block of
 *     hard-wrapped lines (similar width, running on) is joined into one.
 *  1. Features per line: length, words, sentence-final punctuation, share of
 *     capitalised words, list bullet, "|" separators, image/form brackets,
 *     a date at the start, text printed twice, and the cues of
 *     lexicon/boilerplate.txt (lexicon.c) with their weights and kinds
 *     (chrome, block, end, credit).
 *  2. A value per line: prose is worth its length, chrome costs a fixed
 *     amount (more with cues, separators or bullets). Long lines repeated on
 *     the page, lines in the last 15% of it, and prose after an "end" cue
 *     (comments) are worth less; a "block" cue takes the paragraph after it.
 *     The main text is the run of lines with the largest total (maximum-sum
 *     segment, linear), so short chrome between paragraphs is crossed while
 *     menus, link lists and footers are not. The run is then extended over a
 *     few lines of known chrome (cue lines, link bullets, image markers) to
 *     a lead paragraph before it or more prose after it.
 *  3. Inside the run, chrome lines go; short lines stay only when prose is
 *     on both sides and the run of them is short (subheadings, a one-line
 *     quote), and not right after a cue ("Also Read" + teaser headline).
 *  4. Metadata from what was dropped: the outlet (the <outlet> of a wire
 *     credit "(AGENCY- Outlet)", cut from the start of its line; else the
 *     owner in the copyright line), the title (a headline-shaped line just
 *     above the text, preferring one repeated on the page -- a breadcrumb --
 *     or matching the URL slug), the dateline (the nearest short line above
 *     the text with a date in it), and the filing day of a dropped wire/feed
 *     story id ("ABCD27102025...ID...", letters then DDMMYYYY), which dates
 *     the article when nothing else does or the dateline is older than it.
 *
 * Kept lines become paragraphs separated by a blank line. Linear in the input
 * (cue matching is bounded per line; see lexicon.c). Never prints.
 */
#include "lexicon.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Tuning, set on the w3m dumps of the extraction dev pages (shared/eval/extract). */
#define BULLET_SKIP 1     /* short bulleted lines are never kept by context smoothing */
#define TITLE_MIN 0.75f   /* least score for a title candidate */
#define EXTEND_BACK 8     /* known-chrome lines crossed back to a cut-off lead paragraph */
#define EXTEND_GAP 4      /* known-chrome lines crossed forward to more prose */
#define SHORT_V -0.8f     /* value of a short plain line (2+ words, no bullet) */
#define DUP_FACTOR 0.1f   /* a long line repeated on the page keeps this share of its value */

typedef struct tline {
    size_t s, e;        /* content in the input: trimmed, bullet removed */
    int blank, bullet;
    int nchars, nwords, nalw, ncapw;
    int endp;           /* 2: . ! ? at the end; 1: : or ; */
    int pipes, brackets;
    int titlecase;
    size_t date_len;    /* a date starts the line (bytes of content) */
    kbc_cue_result cue;
    float v;            /* value for the maximum-sum run */
    int prose;          /* 2 prose, 1 medium, 0 short */
    int drop;           /* forced out (cue, block, date...) */
    int keep;
    uint64_t hash;      /* of the content, for repeated long lines (nwords >= 6) */
} tline;

/* Days since 1970-01-01 of "YYYY-MM-DD" (civil calendar); 0 if unreadable. */
static long ymd_days(const char *s)
{
    int y, m, d;
    if (!s || sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3) return 0;
    return kbu_days_from_civil(y, m, d);
}

/* A line that is one wire/feed story id with its filing day in it: 2..12
 * ASCII letters, then DDMMYYYY (a valid day, year 1990..2099), then more
 * digits and letters, 16..64 bytes in all, with at least 8 more digits. */
/* A wire dateline at the start of a line: a city in capitals, a comma, perhaps a country, and a
 * date, then a dash within a few words ("NIAMEY, April 17 (WAPA) -", "JUBA, South Sudan, Feb. 12
 * -", "GOMA, 3 March 2025 -"). out gets a full date, or "" with *m and *d when the year is not
 * written. Returns the dateline's length, 0 if the line opens with none. */
static size_t inline_dateline(const char *c, size_t cn, char out[11], int *m, int *d)
{
    size_t i = 0;
    out[0] = 0;
    /* ("N'DJAMENA"; "ZÁHONY", a capital beyond ASCII second) */
    if (cn < 8 || !(c[0] >= 'A' && c[0] <= 'Z') ||
        !((c[1] >= 'A' && c[1] <= 'Z') || (c[1] == '\'' && c[2] >= 'A' && c[2] <= 'Z') ||
          ((unsigned char)c[1] >= 0xC3 && (unsigned char)c[1] <= 0xC5)))
        return 0;
    /* (two bureaus: "TEL AVIV/CAIRO, June 12 (Meridian Wire) -") */
    while (i < cn && i < 40 && ((c[i] >= 'A' && c[i] <= 'Z') || c[i] == ' ' || c[i] == '-' || c[i] == '.' ||
                                c[i] == '\'' || (unsigned char)c[i] >= 0x80 ||
                                (c[i] == '/' && i + 1 < cn && c[i + 1] >= 'A' && c[i + 1] <= 'Z')))
        i++;
    if (i < cn && c[i] == '(') { /* "MAROUA (Cameroon), Aug. 3 --": the country in brackets */
        size_t k = i + 1;
        while (k < cn && k < i + 40 && c[k] != ')' && c[k] != ',') k++;
        if (k >= cn || c[k] != ')') return 0;
        i = k + 1;
    }
    for (int seg = 0; seg < 2; seg++) {
        if (i >= cn || c[i] != ',') return 0;
        i++;
        while (i < cn && c[i] == ' ') i++;
        size_t e = kbc_date_parse(c + i, cn - i, out);
        if (!e) e = kbc_date_parse_md(c + i, cn - i, m, d);
        if (e) {
            size_t k0 = i + e;
            while (k0 < cn && c[k0] == ' ') k0++;
            if (k0 < cn && c[k0] == ':') return k0; /* "IMPHAL, November 10, 2025: Two farmers ..." */
            /* (the dash may end the line: "JERUSALEM, May 20 (GNA) -" above the text) */
            for (size_t k = i + e; k + 1 < cn && k < i + e + 40; k++)
                if (c[k] == ' ' && (c[k + 1] == '-' ||
                                    (k + 2 < cn && (unsigned char)c[k + 1] == 0xE2 && (unsigned char)c[k + 2] == 0x80)))
                    return k;
            out[0] = 0;
            return 0;
        }
        /* "JUBA, South Sudan, ...": one segment of a place's name first */
        size_t k = i;
        while (k < cn && k < i + 30 && c[k] != ',' && c[k] != '-' && !(c[k] >= '0' && c[k] <= '9')) k++;
        i = k;
    }
    return 0;
}

/* Is the whole line a wire dateline ("JERUSALEM, May 20 (GNA) -", the text on the next line)? */
static int dateline_line(const char *c, size_t cn)
{
    char ymd[11];
    int m, d;
    size_t len = inline_dateline(c, cn, ymd, &m, &d);
    if (!len) return 0;
    while (len < cn && (c[len] == ' ' || c[len] == '-' || (unsigned char)c[len] >= 0x80)) len++;
    return len == cn;
}

static int copyright_year(const char *text, const tline *L, size_t n);

/* Month m and day d in the page's copyright year: ymd gets the date; 0 if the page states no
 * year or the day is no date. */
static int md_copyright(const char *text, const tline *L, size_t n, int m, int d, char ymd[11])
{
    int y = copyright_year(text, L, n);
    if (!y) return 0;
    char tmp[40];
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
    memcpy(ymd, tmp, 10);
    ymd[10] = 0;
    return ymd_days(ymd) > 0;
}

/* A synonym engine's "May" in a page's date line: "Could 22, 2026 by Information Desk". Read as
 * May only with its day and year (a month and day alone stay the modal verb they look like). */
static size_t spun_may(const char *s, size_t n, char ymd[11])
{
    char buf[48];
    if (n < 8 || memcmp(s, "Could ", 6) || s[6] < '1' || s[6] > '9') return 0;
    if (n > sizeof buf - 1) n = sizeof buf - 1;
    memcpy(buf, "May", 3);
    memcpy(buf + 3, s + 5, n - 5);
    size_t got = kbc_date_parse(buf, n - 2, ymd);
    return got > 8 && buf[got - 1] >= '0' && buf[got - 1] <= '9' && strlen(ymd) == 10 ? got : 0;
}

/* Does the word before byte k of line c say the date after it is a time limit or a span's end
 * ("to April 30", "until May 2", "by June 1")? */
static int after_preposition(const char *c, size_t k)
{
    static const char *const PREP[] = {"to", "until", "till", "by", "before", "after", "from", "since",
                                       "through", "deadline", NULL};
    size_t e = k;
    while (e > 0 && c[e - 1] == ' ') e--;
    size_t s = e;
    while (s > 0 && ((c[s - 1] >= 'a' && c[s - 1] <= 'z') || (c[s - 1] >= 'A' && c[s - 1] <= 'Z'))) s--;
    if (s == e || e == k) return 0;
    for (int q = 0; PREP[q]; q++)
        if (strlen(PREP[q]) == e - s && !strncasecmp(c + s, PREP[q], e - s)) return 1;
    return 0;
}

/* A month and day at s ("Oct 14") in the page's copyright year (md_copyright); 0 if none. */
static int md_in_year(const char *text, const tline *L, size_t n, const char *s, size_t len, char ymd[11])
{
    int m = 0, d = 0;
    return kbc_date_parse_md(s, len, &m, &d) && md_copyright(text, L, n, m, d, ymd);
}

/* The latest year a copyright line of the page states ("(c) 2026", "Copyright 2019-2026",
 * "\u00a9 2025 ..."), 0 if none. */
static int copyright_year(const char *text, const tline *L, size_t n)
{
    int best = 0;
    for (size_t j = 0; j < n; j++) {
        if (L[j].blank || L[j].e - L[j].s > 300) continue;
        const char *c = text + L[j].s, *e = text + L[j].e;
        for (const char *q = c; q < e; q++) {
            const char *y = NULL;
            if (*q != '(' && (*q | 0x20) != 'c' && (unsigned char)*q != 0xC2) continue; /* (the cheap test) */
            if (e - q >= 2 && (unsigned char)q[0] == 0xC2 && (unsigned char)q[1] == 0xA9) y = q + 2;
            else if (e - q >= 3 && !strncasecmp(q, "(c)", 3)) y = q + 3;
            else if (e - q >= 9 && !strncasecmp(q, "copyright", 9)) y = q + 9;
            if (!y) continue;
            /* "(c) Pan-African Wire 2026": the holder's name first, a few words */
            {
                const char *z = y;
                while (z < e && *z == ' ') z++;
                int words = 0;
                while (z < e && words < 5 && !(*z >= '0' && *z <= '9')) {
                    while (z < e && *z != ' ' && !(*z >= '0' && *z <= '9')) z++;
                    while (z < e && *z == ' ') z++;
                    words++;
                }
                if (z < e && *z >= '0' && *z <= '9' && words < 5) y = z;
            }
            for (;;) {
                while (y < e && (*y == ' ' || *y == '-' || *y == ',')) y++;
                if (e - y < 4 || !(y[0] >= '1' && y[0] <= '2')) break;
                int v = 0, k = 0;
                for (; k < 4 && y[k] >= '0' && y[k] <= '9'; k++) v = v * 10 + (y[k] - '0');
                if (k < 4 || (y + 4 < e && y[4] >= '0' && y[4] <= '9')) break;
                if (v >= 1990 && v <= 2100 && v > best) best = v;
                y += 4;
            }
        }
    }
    return best;
}

static int feed_id_date(const char *c, size_t cn, char out[11])
{
    if (cn < 16 || cn > 64) return 0;
    size_t i = 0;
    while (i < cn && ((c[i] >= 'A' && c[i] <= 'Z') || (c[i] >= 'a' && c[i] <= 'z'))) i++;
    if (i < 2 || i > 12 || i + 8 > cn) return 0;
    int digits_after = 0;
    for (size_t k = i; k < cn; k++) {
        unsigned char ch = (unsigned char)c[k];
        if (ch >= '0' && ch <= '9') {
            if (k >= i + 8) digits_after++;
        } else if (!((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')))
            return 0;
    }
    if (digits_after < 8) return 0;
    for (size_t k = i; k < i + 8; k++)
        if (c[k] < '0' || c[k] > '9') return 0;
    int d = (c[i] - '0') * 10 + (c[i + 1] - '0');
    int m = (c[i + 2] - '0') * 10 + (c[i + 3] - '0');
    int y = (c[i + 4] - '0') * 1000 + (c[i + 5] - '0') * 100 + (c[i + 6] - '0') * 10 + (c[i + 7] - '0');
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1990 || y > 2099 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1]) return 0;
    if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) return 0;
    memcpy(out, c + i + 4, 4);
    out[4] = '-';
    out[5] = c[i + 2];
    out[6] = c[i + 3];
    out[7] = '-';
    out[8] = c[i];
    out[9] = c[i + 1];
    out[10] = '\0';
    return 1;
}

static int is_sp(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n';
}

/* Width of a whitespace character at p (ASCII space or NBSP, U+2000..200B, U+3000), 0 if none. */
static inline size_t space_at(const char *p, size_t n)
{
    const unsigned char *u = (const unsigned char *)p;
    if (!n || (u[0] > ' ' && u[0] < 0x80)) return 0; /* the common case */
    if (is_sp(u[0])) return 1;
    if (n >= 2 && u[0] == 0xC2 && u[1] == 0xA0) return 2;
    if (n >= 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] <= 0x8B || u[2] == 0xAF)) return 3;
    if (n >= 3 && u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80) return 3;
    return 0;
}

/* A list bullet at p followed by a space or the end: its width, else 0. */
static size_t bullet_at(const char *p, size_t n)
{
    static const char *marks[] = {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x97\x8F", "\xE2\x97\x8B",
                                  "\xE2\x97\xA6", "\xE2\x96\xA1", "\xE2\x96\xA0", "\xE2\x98\x86",
                                  "\xE2\x98\x85", "\xE2\x96\xAA", "\xE2\x96\xBA", "\xE2\x96\xB8",
                                  "\xC2\xBB",     "*",            "-",            "+"};
    if (!n) return 0;
    unsigned char c0 = (unsigned char)p[0];
    if (c0 != 0xE2 && c0 != 0xC2 && c0 != '*' && c0 != '-' && c0 != '+') return 0;
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        size_t l = (unsigned char)marks[k][0] >= 0xE0 ? 3 : (unsigned char)marks[k][0] >= 0xC0 ? 2 : 1;
        if (n >= l && !memcmp(p, marks[k], l) && (n == l || space_at(p + l, n - l))) return l;
    }
    return 0;
}

static int is_ascii_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int is_ascii_lower(int c) { return c >= 'a' && c <= 'z'; }

/* Sentence-final punctuation at the end of s[0..n), looking past closing quotes and brackets. */
static int end_punct(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    while (n) {
        unsigned char c = u[n - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ']' || c == ' ') { n--; continue; }
        if (n >= 3 && u[n - 3] == 0xE2 && u[n - 2] == 0x80 && (c == 0x9D || c == 0x99)) { n -= 3; continue; } /* ” ’ */
        if (n >= 2 && u[n - 2] == 0xC2 && c == 0xBB) { n -= 2; continue; } /* » */
        break;
    }
    if (!n) return 0;
    unsigned char c = u[n - 1];
    if (c == '.' || c == '!' || c == '?') return 2;
    if (n >= 3 && u[n - 3] == 0xE2 && u[n - 2] == 0x80 && c == 0xA6) return 2;             /* … */
    if (n >= 3 && u[n - 3] == 0xE3 && u[n - 2] == 0x80 && c == 0x82) return 2;             /* 。 */
    if (n >= 3 && u[n - 3] == 0xEF && u[n - 2] == 0xBC && (c == 0x81 || c == 0x9F)) return 2; /* ！？ */
    if (c == ':' || c == ';') return 1;
    return 0;
}

/* Byte classes of count_words' ASCII run: is_sp whitespace, letters and digits, the two
 * marks it counts, and bytes >= 0x80 (which may start a space: NBSP, U+2000..). */
enum { W_SP = 1, W_ALNUM = 2, W_MARK = 4, W_HIGH = 8, W_STOP = W_SP | W_MARK | W_HIGH };
static const uint8_t WCLS[256] = {
#define R8(x) x, x, x, x, x, x, x, x
    ['\t'] = W_SP, ['\n'] = W_SP, ['\v'] = W_SP, ['\f'] = W_SP, ['\r'] = W_SP, [' '] = W_SP,
    ['0'] = R8(W_ALNUM), W_ALNUM, W_ALNUM,
    ['A'] = R8(W_ALNUM), R8(W_ALNUM), R8(W_ALNUM), W_ALNUM, W_ALNUM,
    ['a'] = R8(W_ALNUM), R8(W_ALNUM), R8(W_ALNUM), W_ALNUM, W_ALNUM,
    ['|'] = W_MARK, ['['] = W_MARK,
    [0x80] = R8(R8(W_HIGH)), R8(R8(W_HIGH)),
#undef R8
};

/* What count_words looks for at the start of a word: an ASCII letter (upper or lower
 * case), or a digit or byte >= 0x80 (F_OTHER); 0 for what it passes over. */
enum { F_LOWER = 1, F_UPPER, F_OTHER };
static const uint8_t FIRSTC[256] = {
#define R8(x) x, x, x, x, x, x, x, x
    ['0'] = R8(F_OTHER), F_OTHER, F_OTHER,
    ['A'] = R8(F_UPPER), R8(F_UPPER), R8(F_UPPER), F_UPPER, F_UPPER,
    ['a'] = R8(F_LOWER), R8(F_LOWER), R8(F_LOWER), F_LOWER, F_LOWER,
    [0x80] = R8(R8(F_OTHER)), R8(R8(F_OTHER)),
#undef R8
};

/* Word, capital and CJK counts of the content. *plain is set to 1 when cue_norm would
 * return the content unchanged (every whitespace character a single ASCII space between
 * two other characters, every multi-byte character whole), else 0: the caller then
 * matches cues on the content itself instead of a normalised copy. */
static void count_words(tline *L, const char *s, size_t n, int *plain)
{
    const unsigned char *u = (const unsigned char *)s;
    int words = 0, alw = 0, capw = 0, chars = 0, cjk = 0, pl = 1;
    size_t i = 0;
    while (i < n) {
        if (u[i] == ' ') { /* the common space, plain when single and inside */
            if (i == 0 || i + 1 == n || space_at(s + i + 1, n - i - 1)) pl = 0;
            i++;
            chars++;
            continue;
        }
        size_t w = space_at(s + i, n - i);
        if (w) {
            pl = 0;
            i += w;
            chars++;
            continue;
        }
        size_t st = i;
        int has_alnum = 0;
        for (;;) { /* the word: up to the next whitespace character */
            size_t r = i;
            unsigned acc = 0;
            for (; i + 4 <= n; i += 4) { /* plain ASCII, one byte a character: four a test */
                unsigned a4 = WCLS[u[i]] | WCLS[u[i + 1]] | WCLS[u[i + 2]] | WCLS[u[i + 3]];
                if (a4 & W_STOP) break;
                acc |= a4;
            }
            while (i < n && !(WCLS[u[i]] & W_STOP)) acc |= WCLS[u[i++]];
            chars += (int)(i - r);
            if (acc & W_ALNUM) has_alnum = 1;
            if (i >= n) break;
            unsigned char c = u[i];
            if (WCLS[c] & W_SP) break;
            if (WCLS[c] & W_MARK) {
                if (c == '|') L->pipes++;
                else L->brackets++;
                i++;
                chars++;
                continue;
            }
            if (space_at(s + i, n - i)) break;
            size_t l = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : (c >= 0xC0) ? 2 : 1;
            if (i + l > n) l = n - i;
            for (size_t q = 1; q < l; q++) /* cue_norm looks at every byte: a cut character is not plain */
                if ((u[i + q] & 0xC0) != 0x80) pl = 0;
            if (c >= 0xC3 && !(c == 0xE2 && l == 3)) has_alnum = 1; /* letters beyond Latin-1 punctuation */
            if (c == 0xE3 || (c >= 0xE4 && c <= 0xE9)) cjk++;        /* kana, CJK ideographs */
            i += l;
            chars++;
        }
        if (!has_alnum) continue;
        words++;
        size_t k = st; /* its first letter, digit or non-ASCII byte: an ASCII letter makes it alphabetic */
        while (k < i && !FIRSTC[u[k]]) k++;
        if (k < i && FIRSTC[u[k]] != F_OTHER) {
            alw++;
            if (FIRSTC[u[k]] == F_UPPER) capw++;
        }
    }
    L->nwords = words + cjk / 2;
    L->nalw = alw;
    L->ncapw = capw;
    L->nchars = chars;
    *plain = pl;
}

/* Normalise content for cue matching: whitespace runs -> one space. */
static size_t cue_norm(const char *s, size_t n, char *buf)
{
    size_t o = 0, i = 0;
    int sp = 0;
    while (i < n) {
        size_t w = space_at(s + i, n - i);
        if (w) {
            sp = 1;
            i += w;
            continue;
        }
        if (sp && o) buf[o++] = ' ';
        sp = 0;
        buf[o++] = s[i++];
    }
    return o;
}

/* Lower-case ASCII words of the URL's last path segment (the slug), '-' or '_' separated. */
static size_t url_slug(const char *url, char *buf, size_t cap)
{
    if (cap) buf[0] = '\0'; /* (no slug: an empty one, never an unset buffer) */
    if (!url) return 0;
    const char *p = strstr(url, "://");
    p = p ? p + 3 : url;
    const char *path = strchr(p, '/');
    if (!path) return 0;
    size_t plen = strcspn(path, "?#");
    /* the longest segment with a '-' or '_' */
    size_t best_s = 0, best_n = 0, i = 0;
    while (i < plen) {
        while (i < plen && path[i] == '/') i++;
        size_t st = i;
        int dash = 0;
        while (i < plen && path[i] != '/') dash |= path[i] == '-' || path[i] == '_', i++;
        if (dash && i - st > best_n) best_s = st, best_n = i - st;
    }
    size_t o = 0;
    for (size_t k = 0; k < best_n && o + 1 < cap; k++) {
        char c = path[best_s + k];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c == '-' || c == '_' || c == '.' || c == '+') c = ' ';
        buf[o++] = c;
    }
    buf[o] = '\0';
    return o;
}

/* Share of the line's ASCII words (3+ letters) found in the slug. */
static float slug_overlap(const char *slug, const char *s, size_t n)
{
    if (!slug || !*slug) return 0;
    int words = 0, hits = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && !(is_ascii_lower((unsigned char)s[i]) || is_ascii_upper((unsigned char)s[i]))) i++;
        size_t st = i;
        while (i < n && (is_ascii_lower((unsigned char)s[i]) || is_ascii_upper((unsigned char)s[i]))) i++;
        size_t wl = i - st;
        if (wl < 3 || wl > 30) continue;
        char w[34];
        w[0] = ' ';
        for (size_t k = 0; k < wl; k++) {
            char c = s[st + k];
            w[k + 1] = (char)(is_ascii_upper((unsigned char)c) ? c + 32 : c);
        }
        w[wl + 1] = '\0';
        words++;
        /* whole word inside " slug " */
        const char *q = slug;
        size_t sl = strlen(slug);
        for (;;) {
            const char *f = strstr(q, w + 1);
            if (!f) break;
            int left = f == slug || f[-1] == ' ';
            int right = (size_t)(f - slug) + wl == sl || f[wl] == ' ';
            if (left && right) {
                hits++;
                break;
            }
            q = f + 1;
        }
    }
    return words ? (float)hits / (float)words : 0;
}

static int same_ci(const char *a, size_t an, const char *b, size_t bn)
{
    if (an != bn) return 0;
    for (size_t i = 0; i < an; i++) {
        int x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (is_ascii_upper(x)) x += 32;
        if (is_ascii_upper(y)) y += 32;
        if (x != y) return 0;
    }
    return 1;
}

int kbc_text_extract(const kbc_lexicon *lx, const char *text, size_t len, const char *url,
                     kb_arena *a, kbc_page *out, kb_err *err)
{
    return kbc_text_extract_titled(lx, text, len, url, NULL, a, out, err);
}

int kbc_text_extract_titled(const kbc_lexicon *lx, const char *text, size_t len, const char *url,
                            const char *title, kb_arena *a, kbc_page *out, kb_err *err)
{
    memset(out, 0, sizeof *out);
    if (!text) len = 0;
    /* ---- split into lines -------------------------------------------- */
    size_t nl = 1;
    for (const char *q = text, *end = text + len; q && q < end; nl++) {
        q = memchr(q, '\n', (size_t)(end - q));
        if (!q) break;
        q++;
    }
    tline *L = calloc(nl, sizeof *L);
    size_t maxlen = 0;
    if (!L) return kb_err_set(err, KB_ENOMEM, "out of memory");
    size_t n = 0, pos = 0;
    while (pos <= len && n < nl) {
        const char *q = pos < len ? memchr(text + pos, '\n', len - pos) : NULL;
        size_t e = q ? (size_t)(q - text) : len;
        size_t s = pos, t = e;
        for (;;) { /* trim, then drop bullets (w3m nests them) */
            size_t w;
            while (s < t && (w = space_at(text + s, t - s))) s += w;
            size_t b = bullet_at(text + s, t - s);
            if (!b) break;
            L[n].bullet = 1;
            s += b;
        }
        while (t > s) {
            size_t k = t - 1, w = 0;
            if (is_sp((unsigned char)text[k])) w = 1;
            else if (k >= s + 1 && (unsigned char)text[k - 1] == 0xC2 && (unsigned char)text[k] == 0xA0) w = 2;
            else if (k >= s + 2 && space_at(text + k - 2, 3) == 3) w = 3;
            if (!w) break;
            t -= w;
        }
        L[n].s = s;
        L[n].e = t;
        L[n].blank = s == t;
        if (t - s > maxlen) maxlen = t - s;
        n++;
        pos = e + 1;
    }
    /* hard-wrapped paragraphs (text cut at ~72 columns): a block of lines of
     * similar width that mostly run on without sentence punctuation becomes one line */
    for (size_t i = 0; i < n;) {
        if (L[i].blank) { i++; continue; }
        size_t j = i;
        while (j < n && !L[j].blank) j++;
        if (j - i >= 2) {
            size_t mn = (size_t)-1, mx = 0, runon = 0, bullets = 0;
            for (size_t k = i; k < j; k++) {
                bullets += L[k].bullet;
                if (k + 1 == j) break;
                size_t w = 0;
                for (size_t b = L[k].s; b < L[k].e; b++) w += ((unsigned char)text[b] & 0xC0) != 0x80;
                if (w < mn) mn = w;
                if (w > mx) mx = w;
                if (end_punct(text + L[k].s, L[k].e - L[k].s) != 2) runon++;
            }
            size_t nl1 = j - i - 1;
            int ok = !bullets && mn >= 40 && mx <= 110 && mx - mn <= 30 && runon * 2 >= nl1;
            if (ok && nl1 == 1) { /* two lines: the second must continue the sentence */
                unsigned char c1 = (unsigned char)text[L[i + 1].s];
                ok = (c1 >= 'a' && c1 <= 'z') || (c1 >= '0' && c1 <= '9');
            }
            for (size_t k = i; ok && k + 1 < j; k++) { /* prose-like: no form fields, five words */
                int words = 0, inw = 0;
                for (size_t b = L[k].s; b < L[k].e; b++) {
                    if (text[b] == '[' || text[b] == '|') ok = 0;
                    if (text[b] == ' ') inw = 0;
                    else if (!inw) inw = 1, words++;
                }
                if (words < 5) ok = 0;
            }
            if (ok) {
                L[i].e = L[j - 1].e;
                for (size_t k = i + 1; k < j; k++) L[k].blank = 1, L[k].s = L[k].e = L[i].e;
                if (L[i].e - L[i].s > maxlen) maxlen = L[i].e - L[i].s;
            }
        }
        i = j;
    }
    char *buf = malloc(maxlen + 1);
    if (!buf) {
        free(L);
        return kb_err_set(err, KB_ENOMEM, "out of memory");
    }

    /* ---- features and values ----------------------------------------- */
    for (size_t i = 0; i < n; i++) {
        tline *l = &L[i];
        if (l->blank) continue;
        const char *c = text + l->s;
        size_t cn = l->e - l->s;
        int plain;
        count_words(l, c, cn, &plain);
        l->endp = end_punct(c, cn);
        l->titlecase = l->nalw >= 3 && l->ncapw * 4 >= l->nalw * 3;
        char ymd[11];
        l->date_len = kbc_date_parse(c, cn, ymd);
        /* "Oct 14 - NewsPortal Desk": a month and day opening a short line */
        if (!l->date_len && l->nwords <= 6) {
            int m, d;
            l->date_len = kbc_date_parse_md(c, cn, &m, &d);
        }
        /* most lines need no normalising (count_words tells): match on the content itself */
        const char *nb = plain ? c : buf;
        size_t bn = plain ? cn : cue_norm(c, cn, buf);
        kbc_cue_match(lx, nb, bn, &l->cue);
        /* "[ 167 comments ]", "(Advertisement)": also match what the brackets enclose */
        if (bn >= 3 && ((nb[0] == '[' && nb[bn - 1] == ']') || (nb[0] == '(' && nb[bn - 1] == ')')) &&
            !memchr(nb + 1, nb[bn - 1], bn - 2)) {
            const char *cb = nb + 1;
            size_t cbn = bn - 2;
            while (cbn && *cb == ' ') cb++, cbn--;
            while (cbn && cb[cbn - 1] == ' ') cbn--;
            kbc_cue_result r2;
            kbc_cue_match(lx, cb, cbn, &r2);
            if (r2.chrome > l->cue.chrome) l->cue.chrome = r2.chrome;
            l->cue.end |= r2.end;
            l->cue.block |= r2.block;
        }

        int good = l->nwords >= 10 && l->endp == 2 && !l->titlecase;
        if (!good && l->nwords >= 20 && l->endp == 2) good = 1;
        if (!good && l->nwords >= 30 && !l->titlecase) good = 1;
        int medium = !good && ((l->nwords >= 5 && l->endp == 2) || (l->nwords >= 12 && !l->titlecase));
        l->prose = good ? 2 : medium ? 1 : 0;
        float v;
        if (good) v = (float)(l->nchars < 1000 ? l->nchars : 1000) / 40.0f;
        else if (medium) v = l->titlecase ? -0.3f : 0.5f;
        else if (l->nwords >= 2 && !l->bullet) v = SHORT_V;
        else v = -1.0f;
        if (l->pipes >= 2) v -= 1.0f + 0.5f * (float)l->pipes;
        if (l->bullet && !good) v -= 0.5f;
        if (l->brackets && l->nwords <= 3) v -= 0.5f;
        if (l->date_len && (l->date_len * 10 >= cn * 6 || l->nwords <= 6)) {
            l->drop = 1;
            v = v < -2.0f ? v : -2.0f;
        }
        float w = l->cue.chrome;
        if (good) w *= 0.5f; /* a cue at the start of long prose is only a hint */
        if (w >= 5.0f) {
            l->drop = 1;
            v = v < -3.0f ? v : -3.0f;
        } else if (w > 0) { /* a weak cue costs no more than a sure one */
            float floor = v < -3.0f ? v : -3.0f;
            v -= w;
            if (v < floor) v = floor;
        }
        if (l->cue.credit_len && l->cue.credit_len >= cn - 1) l->drop = 1; /* a credit alone */
        /* "Photo titlePhoto title": an image's text printed twice is not prose */
        if (cn >= 8 && l->nwords >= 1) {
            size_t h = cn / 2;
            if ((cn % 2 == 0 && !memcmp(c, c + h, h)) || (cn % 2 && c[h] == ' ' && !memcmp(c, c + h + 1, h))) {
                l->drop = 1;
                if (v > -1.5f) v = -1.5f;
            }
        }
        l->v = v;
    }
    /* the same long line twice on a page is a template (caption, teaser,
     * consent notice), not article prose */
    {
        size_t cap = 16;
        while (cap < 2 * n) cap <<= 1;
        uint64_t *h = calloc(cap, sizeof *h);
        uint32_t *cnt = calloc(cap, sizeof *cnt);
        if (h && cnt) {
            for (int pass = 0; pass < 2; pass++)
                for (size_t i = 0; i < n; i++) {
                    if (L[i].blank || L[i].nwords < 6) continue;
                    if (pass == 0) L[i].hash = kbu_hash64(text + L[i].s, L[i].e - L[i].s, 7) | 1;
                    uint64_t x = L[i].hash;
                    size_t k = (size_t)x & (cap - 1);
                    while (h[k] && h[k] != x) k = (k + 1) & (cap - 1);
                    h[k] = x;
                    if (pass == 0) cnt[k]++;
                    else if (cnt[k] > 1 && L[i].v > 0) L[i].v *= DUP_FACTOR;
                }
        }
        free(h);
        free(cnt);
    }
    /* the last lines of a page are its footer more often than its article */
    {
        size_t nb = 0, k = 0;
        for (size_t i = 0; i < n; i++) nb += !L[i].blank;
        for (size_t i = 0; i < n; i++) {
            if (L[i].blank) continue;
            k++;
            if (k * 100 > nb * 85 && L[i].v > 0) L[i].v *= 0.6f;
        }
    }
    /* block cues: the line and the paragraph after it */
    for (size_t i = 0; i < n; i++) {
        if (L[i].blank || !L[i].cue.block) continue;
        L[i].drop = 1;
        size_t j = i + 1;
        while (j < n && L[j].blank) j++;
        while (j < n && !L[j].blank) {
            L[j].drop = 1;
            if (L[j].v > -3.0f) L[j].v = -3.0f;
            j++;
        }
        if (L[i].v > -3.0f) L[i].v = -3.0f;
    }
    /* end cues: once some prose has been seen, prose after an end cue is worth little */
    {
        float prose_before = 0;
        int ended = 0;
        for (size_t i = 0; i < n; i++) {
            if (L[i].blank) continue;
            if (ended && L[i].v > 0) L[i].v *= 0.15f;
            if (!ended && L[i].cue.end && L[i].prose < 2 && prose_before >= 10.0f) {
                ended = 1;
                L[i].v -= 8.0f;
            }
            if (L[i].v > 0) prose_before += L[i].v;
        }
    }

    /* ---- the maximum-sum run of lines ----------------------------------- */
    float best = 0, cur = 0;
    size_t bs = 0, be = 0, cs = 0;
    int found = 0;
    for (size_t i = 0; i < n; i++) {
        if (cur <= 0) {
            cur = 0;
            cs = i;
        }
        cur += L[i].v;
        if (cur > best) {
            best = cur;
            bs = cs;
            be = i + 1;
            found = 1;
        }
    }

    /* extend past the run's end over a short gap of chrome (a teaser, an ad
     * line) to prose that continues the article */
    if (found && EXTEND_GAP > 0) {
        for (;;) {
            size_t j = be, gap = 0, nxt = n;
            int after_cue = 0;
            while (j < n) {
                if (L[j].blank) { j++; continue; }
                if (L[j].cue.end || L[j].cue.block) break;
                if (L[j].v > 0 && !L[j].drop && (L[j].prose == 2 || L[j].endp == 2)) { nxt = j; break; }
                /* only known chrome: cue lines, link bullets, the teaser line after a cue */
                int known = L[j].cue.chrome >= 5 || (L[j].bullet && !L[j].prose) || (after_cue && !L[j].prose);
                if (!known || ++gap > EXTEND_GAP) break;
                after_cue = L[j].cue.chrome >= 5;
                j++;
            }
            if (nxt == n) break;
            be = nxt + 1;
        }
    }

    /* and before its start, to a lead paragraph cut off by known chrome
     * (captions, "[audio-play]" markers, share bars) */
    if (found && EXTEND_BACK > 0) {
        for (;;) {
            size_t j = bs, gap = 0, prv = n;
            while (j-- > 0) {
                tline *l = &L[j];
                if (l->blank) continue;
                if (l->cue.end || l->cue.block) break;
                if (l->v > 0 && !l->drop && l->prose == 2) { prv = j; break; }
                int known = l->cue.chrome >= 5 || (l->bullet && !l->prose) || (l->brackets && l->nwords <= 3);
                if (!known || ++gap > EXTEND_BACK) break;
            }
            if (prv == n) break;
            bs = prv;
        }
    }

    if (found) {
        for (size_t i = bs; i < be; i++)
            L[i].keep = !L[i].blank && !L[i].drop && L[i].v > 0;
        /* short lines between prose: subheadings, one-line quotes, list items.
         * Runs of non-prose lines are measured once (linear). */
        for (size_t i = bs; i < be;) {
            if (L[i].blank || (L[i].keep && L[i].prose)) { i++; continue; }
            size_t j = i, run = 0, last = i;
            while (j < be && !(L[j].keep && L[j].prose)) {
                if (!L[j].blank) run++, last = j;
                j++;
            }
            /* prose on both sides, and at most three lines between */
            size_t pb = i;
            while (pb > bs && L[pb - 1].blank) pb--;
            int before = pb > bs && L[pb - 1].keep && L[pb - 1].prose;
            int after = j < be;
            if (before && after && run <= 3) {
                int prev_cue = 0; /* a line right after "Also Read" is a teaser, not a subheading */
                for (size_t k = i; k <= last; k++) {
                    tline *l = &L[k];
                    if (l->blank) continue;
                    int ok = !l->keep && !l->drop && l->cue.chrome <= 0 && l->pipes < 2 && l->nwords >= 2 &&
                             !(BULLET_SKIP && l->bullet) && !prev_cue;
                    if (ok) l->keep = 2;
                    prev_cue = l->cue.chrome >= 5 || l->drop;
                }
            }
            i = j;
        }
    } else {
        /* no prose run: keep what is not clearly chrome */
        for (size_t i = 0; i < n; i++)
            L[i].keep = !L[i].blank && !L[i].drop && L[i].nwords >= 3 && L[i].cue.chrome <= 0;
    }

    size_t first = n;
    for (size_t i = 0; i < n; i++)
        if (L[i].keep) {
            first = i;
            break;
        }

    /* ---- metadata ------------------------------------------------------- */
    /* wire credit: cut from the first kept lines, outlet from <outlet> */
    for (size_t i = 0; i < n; i++) {
        tline *l = &L[i];
        if (l->blank || !l->cue.credit_len) continue;
        if (!out->outlet) {
            const char *c = text + l->s;
            /* offsets are into the normalised line; the credit sits in its
             * first 200 bytes, where normalisation only collapsed spaces */
            size_t bn = cue_norm(c, l->e - l->s, buf);
            (void)bn;
            out->outlet = kb_arena_strndup(a, buf + l->cue.outlet_off, l->cue.outlet_len);
        }
        if (l->keep) {
            /* map the normalised credit length back to the content */
            size_t cn = l->e - l->s, o = 0, k = 0;
            const char *c = text + l->s;
            int sp = 0;
            while (k < cn && o < l->cue.credit_len) {
                size_t w = space_at(c + k, cn - k);
                if (w) { sp = 1; k += w; continue; }
                if (sp && o) o++;
                sp = 0;
                if (o >= l->cue.credit_len) break;
                o++;
                k++;
            }
            size_t w;
            while (k < cn && (w = space_at(c + k, cn - k))) k += w;
            l->s += k;
            if (l->s >= l->e) l->keep = 0;
        }
    }
    /* a line naming the outlet alone is chrome */
    if (out->outlet) {
        size_t on = strlen(out->outlet);
        for (size_t i = 0; i < n; i++)
            if (L[i].keep && same_ci(text + L[i].s, L[i].e - L[i].s, out->outlet, on)) L[i].keep = 0;
    }

    /* outlet from the copyright line ("(c) 2024 The Valley Times. All rights reserved.") */
    if (!out->outlet) {
        for (size_t j = n; j-- > 0 && !out->outlet;) {
            tline *l = &L[j];
            if (l->blank || l->keep || l->nwords > 40) continue;
            const char *c = text + l->s, *e = text + l->e;
            const char *m = NULL;
            for (const char *q = c; q + 1 < e; q++)
                if ((unsigned char)q[0] == 0xC2 && (unsigned char)q[1] == 0xA9) { m = q + 2; break; }
            if (!m && e - c > 9 && !strncasecmp(c, "copyright", 9)) m = c + 9;
            if (!m) continue;
            for (;;) { /* skip "Copyright", "(c)", years and separators */
                while (m < e && (*m == ' ' || *m == ',' || *m == '-' || (*m >= '0' && *m <= '9'))) m++;
                if (e - m >= 9 && !strncasecmp(m, "copyright", 9)) { m += 9; continue; }
                if (e - m >= 2 && (unsigned char)m[0] == 0xC2 && (unsigned char)m[1] == 0xA9) { m += 2; continue; }
                if (e - m >= 3 && !strncasecmp(m, "(c)", 3)) { m += 3; continue; }
                if (e - m >= 3 && (unsigned char)m[0] == 0xE2 && (unsigned char)m[1] == 0x80 &&
                    ((unsigned char)m[2] == 0x93 || (unsigned char)m[2] == 0x94)) { m += 3; continue; }
                break;
            }
            const char *q = m;
            int words = 0, inword = 0;
            while (q < e && *q != '|' && *q != ',' && *q != ';' && !(*q == '.' && (q + 1 == e || q[1] == ' ')) &&
                   !((unsigned char)q[0] == 0xE2 && q + 2 < e && (unsigned char)q[1] == 0x80 && (unsigned char)q[2] == 0xA2)) {
                if (e - q >= 4 && !strncasecmp(q, " all", 4)) break; /* All rights reserved */
                if (*q == ' ') inword = 0;
                else if (!inword) inword = 1, words++;
                q++;
            }
            while (q > m && q[-1] == ' ') q--;
            if (words >= 1 && words <= 6 && q - m >= 2 && q - m <= 60)
                out->outlet = kb_arena_strndup(a, m, (size_t)(q - m));
        }
    }

    /* title: the container states it (a JSONL "title"): no guess, and lines that
     * repeat it leave the text */
    if (title && *title) {
        size_t tn = strlen(title);
        for (size_t k = 0; k < n; k++)
            if (L[k].keep && same_ci(text + L[k].s, L[k].e - L[k].s, title, tn)) L[k].keep = 0;
    }
    /* else a headline-shaped line just above the text */
    else {
        char slug[512];
        url_slug(url, slug, sizeof slug);
        size_t lo = first > 40 ? first - 40 : 0;
        size_t hi = first < n ? first + 1 : n;
        float bestsc = 0;
        size_t bi = n, top3 = 0;
        int dist = 0;
        for (int seen = 0; top3 < n && seen < 3; top3++) seen += !L[top3].blank;
        for (size_t j = hi; j-- > lo;) {
            tline *l = &L[j];
            if (l->blank) continue;
            if (l->cue.chrome >= 5 || l->date_len || l->bullet || l->pipes || l->nwords < 2) continue;
            if (dateline_line(text + l->s, l->e - l->s)) continue; /* no headline, no distance */
            dist++; /* chrome in between does not make a headline further away */
            if (l->cue.chrome > 0 || l->cue.credit_len) continue;
            if (l->keep && l->prose == 2) continue;
            if (l->nwords > 35 || l->nchars < 10 || l->nchars > 300) continue;
            if (l->endp == 2 && text[l->e - 1] == '.') continue;
            const char *c = text + l->s;
            size_t cn = l->e - l->s;
            if (out->outlet && same_ci(c, cn, out->outlet, strlen(out->outlet))) continue;
            /* (a byline: "By Tendai Moyo, Senior Reporter") */
            if (cn > 4 && !memcmp(c, "By ", 3) && c[3] >= 'A' && c[3] <= 'Z' && l->nwords <= 8) continue;
            float sc = 1.0f - 0.1f * (float)(dist - 1);
            if (l->titlecase) sc += 0.5f;
            if (l->nwords >= 5) sc += 0.3f;      /* headlines have words, section labels few */
            else if (l->nwords <= 3) sc -= 0.4f;
            if (j < top3) sc -= 0.4f; /* the first lines of a page name the site */
            /* repeated on the page, or the tail of a breadcrumb */
            for (size_t k = 0; k < n; k++) {
                if (k == j || L[k].blank) continue;
                size_t kn = L[k].e - L[k].s;
                if (kn < cn || (kn > cn && k > first)) continue; /* breadcrumbs sit above the text */
                if (!memcmp(text + L[k].e - cn, c, cn)) {
                    sc += 1.5f;
                    break;
                }
            }
            sc += 2.5f * slug_overlap(slug, c, cn);
            if (sc > bestsc) {
                bestsc = sc;
                bi = j;
            }
        }
        if (bi < n && bestsc >= TITLE_MIN) {
            out->title = kb_arena_strndup(a, text + L[bi].s, L[bi].e - L[bi].s);
            L[bi].keep = 0;
            /* drop repeats of the title inside the kept text */
            size_t tn = L[bi].e - L[bi].s;
            for (size_t k = 0; k < n; k++)
                if (L[k].keep && L[k].e - L[k].s == tn && !memcmp(text + L[k].s, text + L[bi].s, tn))
                    L[k].keep = 0;
        }
    }

    /* dateline: the nearest short dropped line above the text (or among its
     * first lines) with a date at the start of one of its words
     * ("By A. Writer | Updated: 14 May 2024") */
    {
        size_t upto = first, kept = 0; /* above the text, or among its first lines */
        for (size_t j = first; j < n && kept < 3; j++) {
            kept += L[j].keep != 0;
            upto = j;
        }
        for (size_t j = upto < n ? upto : n; j-- > 0 && !out->date;) {
            tline *l = &L[j];
            if (l->blank || l->nwords > 16 || l->keep) continue;
            const char *c = text + l->s;
            size_t cn = l->e - l->s;
            for (size_t k = 0; k < cn; k++) {
                /* (or a digit right after a character of another script: "发布时间：2026-01-26") */
                if (k && !(c[k - 1] == ' ' || c[k - 1] == '|' || c[k - 1] == ':' ||
                           c[k - 1] == ',' || c[k - 1] == '(' || c[k - 1] == '-' ||
                           ((unsigned char)c[k - 1] >= 0x80 && c[k] >= '0' && c[k] <= '9')))
                    continue;
                char ymd[11];
                /* (a month and day with no year take the page's copyright year: "Oct 14 -
                 * NewsPortal Desk" over "Copyright 2026 NewsPortal") */
                if (!kbc_date_parse(c + k, cn - k, ymd) && !spun_may(c + k, cn - k, ymd) &&
                    /* (not a deadline a ticker names: "extends rates deadline to April 30") */
                    (after_preposition(c, k) || !md_in_year(text, L, n, c + k, cn - k, ymd)))
                    continue;
                {
                    out->date = kb_arena_strdup(a, ymd);
                    out->date_source = "dateline";
                    out->dateline = kb_arena_strndup(a, c, cn);
                    break;
                }
            }
        }
    }

    /* a wire dateline opening the text ("NIAMEY, April 17 (WAPA) - France ...") dates the
     * article when nothing above did; a month and day with no year take the page's copyright
     * year ("(c) 2026 West Africa Press Agency") */
    /* (or standing on its own line just above it) */
    size_t dl0 = first;
    for (size_t j = first, up = 0; j-- > 0 && up < 3;) {
        if (L[j].blank) continue;
        up++;
        if (dateline_line(text + L[j].s, L[j].e - L[j].s)) dl0 = j;
    }
    for (size_t j = dl0, seen = 0; j < n && seen < 2 && !out->date; j++) {
        if ((!L[j].keep && j != dl0) || L[j].blank) continue;
        seen++;
        char ymd[11];
        int m = 0, d = 0;
        size_t dlen = inline_dateline(text + L[j].s, L[j].e - L[j].s, ymd, &m, &d);
        if (!dlen) continue;
        if (!ymd[0] && !md_copyright(text, L, n, m, d, ymd)) {
            /* (no year on the page: the one the text's weekdays and past months point to) */
            int y = kbc_date_year_of_md(text, len, m, d, kbc_date_now_year());
            if (!y) break;
            char tmp[40];
            snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y % 10000, m % 100, d % 100);
            memcpy(ymd, tmp, 11);
        }
        out->date = kb_arena_strdup(a, ymd);
        out->date_source = "dateline";
        out->dateline = kb_arena_strndup(a, text + L[j].s, dlen);
    }

    /* feed id: a wire's story id with the day of filing in it
     * ("ABCD27102025000228011069ID1110251643": letters, DDMMYYYY, digits).
     * It dates the article when nothing else does, and overrides a dateline
     * older than it by more than two days (a stale page template date); the
     * dateline line stays in out->dateline so the conflict can be reported. */
    {
        char ymd[11];
        for (size_t j = 0; j < n; j++) {
            if (L[j].keep || L[j].blank) continue;
            if (!feed_id_date(text + L[j].s, L[j].e - L[j].s, ymd)) continue;
            if (!out->date) {
                out->date = kb_arena_strdup(a, ymd);
                out->date_source = "feed_id";
            } else if (ymd_days(ymd) > ymd_days(out->date) + 2) {
                out->date = kb_arena_strdup(a, ymd);
                out->date_source = "feed_id";
            }
            break;
        }
    }

    /* no date on the page at all: a weekday with its month and day in the text ("was shot dead
     * on Friday, October 16"), in the copyright year, moved on to the latest weekday the text
     * tells after it ("Britain on Monday imposed sanctions") */
    if (!out->date) {
        char ymd[11];
        int cy = copyright_year(text, L, n);
        char today[11];
        if (!kbc_date_today(today)) today[0] = 0;
        if (cy && (kbc_date_from_weekday_md(text, len, cy, ymd) ||
                   kbc_date_from_foreign_weekday(text, len, cy, today, ymd))) {
            out->date = kb_arena_strdup(a, ymd);
            out->date_source = "text";
        } else if (!cy) {
            /* (no year anywhere on the page: this year's or last year's, whichever calendar
             * agrees, as a page read now is most likely recent; never a day still to come) */
            if (today[0] && (kbc_date_from_weekday_md(text, len, atoi(today), ymd) ||
                             kbc_date_from_foreign_weekday(text, len, atoi(today), today, ymd)) &&
                strcmp(ymd, today) <= 0) {
                out->date = kb_arena_strdup(a, ymd);
                out->date_source = "text";
            }
        }
        /* ... and last, a numeric stamp that reads either way ("07/10/2026 - 18:05" over
         * "Sunday's attack ... on Tuesday": 7 October) */
        if (!out->date && kbc_date_numeric_by_weekdays(text, len, today, ymd)) {
            out->date = kb_arena_strdup(a, ymd);
            out->date_source = "text";
        }
    }

    /* a page date the text itself outdates ("Published: 20/04/2025" over "a year after the
     * N'Djamena agreement of April 2025"): the same day in the year the text's present is, when
     * the page's copyright year does not deny it (a stale template date, or a typed year) */
    if (out->date && strlen(out->date) == 10) {
        int y0 = atoi(out->date), m0 = atoi(out->date + 5), pmin = kbc_date_min_present_month(text, len);
        /* (the least year whose same day is not before that month) */
        int ymin = pmin / 100 + (pmin && m0 < pmin % 100);
        int cy = ymin > y0 ? copyright_year(text, L, n) : 0;
        if (ymin > y0 && ymin - y0 <= 2 && (!cy || cy >= ymin)) {
            char ymd[11];
            snprintf(ymd, sizeof ymd, "%04d%s", ymin % 10000, out->date + 4);
            if (ymd_days(ymd) > 0) out->date = kb_arena_strdup(a, ymd);
        }
    }

    /* ... and one whose year the text's own weekday and date deny ("Publie le 11/03/2025" over
     * "on Saturday, March 7", a Saturday in 2026 only): the same day a year on, when that falls
     * within a week of the day the text's weekdays point to */
    if (out->date && strlen(out->date) == 10) {
        int y0 = atoi(out->date);
        char wk[11], next[11];
        snprintf(next, sizeof next, "%04d%s", (y0 + 1) % 10000, out->date + 4);
        long dn = ymd_days(next), dw = kbc_date_from_weekday_md(text, len, y0 + 1, wk) ? ymd_days(wk) : 0;
        if (dn > 0 && dw > 0 && atoi(wk) == y0 + 1 && dw - dn <= 7 && dn - dw <= 7) out->date = kb_arena_strdup(a, next);
    }

    /* ... or one later than the text's own weekday and date, in a year that denies them
     * ("Updated: 14.01.2027" over "on Tuesday, September 22", a Tuesday in 2026): a stamp of a
     * later edit or a typed year; the day the text's weekdays point to (not over a wire's
     * story id, and not when the page names the stamp's year more than once: a text of that
     * year that recalls an older day) */
    if (out->date && strlen(out->date) == 10 && !(out->date_source && !strcmp(out->date_source, "feed_id"))) {
        int y0 = atoi(out->date), seen = 0;
        for (size_t q = 0; q + 4 <= len; q++)
            if (!memcmp(text + q, out->date, 4) && (q == 0 || text[q - 1] < '0' || text[q - 1] > '9') &&
                (q + 4 == len || text[q + 4] < '0' || text[q + 4] > '9'))
                seen++;
        char wk[11];
        long dp = ymd_days(out->date), dw = seen <= 1 && kbc_date_from_weekday_md(text, len, y0, wk) ? ymd_days(wk) : 0;
        /* (within half a year: a stamp a year after the text's day may be a typed year of a page
         * whose weekday the text got wrong, and stands) */
        if (dp > 0 && dw > 0 && atoi(wk) < y0 && dp - dw > 7 && dp - dw <= 183) {
            out->date = kb_arena_strdup(a, wk);
            out->date_source = "text";
        }
    }

    /* ---- output: kept lines as paragraphs ------------------------------ */
    size_t total = 0;
    for (size_t i = 0; i < n; i++)
        if (L[i].keep) total += L[i].e - L[i].s + 2;
    char *o = kb_arena_alloc(a, total + 1);
    if (!o) {
        free(buf);
        free(L);
        return kb_err_set(err, KB_ENOMEM, "out of memory");
    }
    size_t ol = 0;
    for (size_t i = 0; i < n; i++) {
        if (!L[i].keep) continue;
        if (ol) {
            o[ol++] = '\n';
            o[ol++] = '\n';
        }
        /* a line with no line break in it (all but joined hard-wrapped ones) is copied whole */
        size_t b = L[i].s, ln = L[i].e - L[i].s;
        if (!memchr(text + b, '\n', ln) && !memchr(text + b, '\r', ln)) {
            memcpy(o + ol, text + b, ln);
            ol += ln;
            continue;
        }
        for (; b < L[i].e; b++) { /* a wrapped paragraph's newlines become spaces */
            char ch = text[b];
            if (ch == '\n' || ch == '\r') {
                while (ol && (o[ol - 1] == ' ' || o[ol - 1] == '\t')) ol--;
                o[ol++] = ' ';
                while (b + 1 < L[i].e && is_sp((unsigned char)text[b + 1])) b++;
                continue;
            }
            o[ol++] = ch;
        }
    }
    o[ol] = '\0';
    out->text = o;
    out->text_len = ol;
    free(buf);
    free(L);
    return KB_OK;
}
