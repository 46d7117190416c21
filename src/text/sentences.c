/*
 * sentences.c -- sentence spans for news prose (kbt_sentences).
 *
 * Works paragraph by paragraph (a sentence never crosses a blank line). In
 * a paragraph, each candidate end ('.', '!', '?', '...', U+2026, and the
 * CJK/Arabic/Indic full stops) is judged from the word before it and the
 * text after it:
 *   - Latin terminators must be followed by whitespace (after any closing
 *     quotes and brackets), so "3.5", "U.S.-led", "Yahoo!'s" never split;
 *   - the sentence goes on when the next word starts in lower case
 *     ('"Stop!" he said.');
 *   - titles (Mr., Gen., Sen.) never end a sentence; "No.", "Jan." and the
 *     like do not before a number; "etc.", "Inc." end one before a capital;
 *   - single capitals are initials ("George W. Bush") and initialisms
 *     ("U.S.", "a.m.") end a sentence only before a common sentence opener
 *     ("...in the U.S. The president...");
 *   - a line of its own without final punctuation (a headline inside a
 *     keep_lines paragraph) is a sentence when the next line starts with a
 *     capital;
 *   - a run of more than KBT_MAX_WORDS words or KBT_MAX_BYTES bytes with no
 *     end is cut, so no sentence is unbounded.
 * Spans are trimmed of whitespace.
 */
#include "text_int.h"
#include <stdlib.h>
#include <string.h>

#define KBT_MAX_WORDS 1000
#define KBT_MAX_BYTES 16384

typedef struct {
    const char *t;
    kbt_vec *v;
} sctx;

static int emit(sctx *c, size_t s, size_t e)
{
    const char *t = c->t;
    while (s < e && kbt_is_ascii_space((unsigned char)t[s])) s++;
    while (e > s && kbt_is_ascii_space((unsigned char)t[e - 1])) e--;
    if (s >= e) return KB_OK;
    return kbt_vec_push(c->v, s, e);
}

static inline uint32_t cp_at(const char *t, size_t i, size_t end, size_t *l)
{
    uint32_t cp;
    int bad;
    *l = kbt_dec((const unsigned char *)t + i, end - i, &cp, &bad);
    return cp;
}

static int is_closer(uint32_t cp)
{
    switch (cp) {
    case '"': case '\'': case ')': case ']': case '}':
    case 0x2019: case 0x201D: case 0xBB: case 0x203A: case 0x300D: case 0x300F:
    case 0xFF09: case 0x3011: case 0xFF63:
        return 1;
    default:
        return 0;
    }
}

static int is_opener(uint32_t cp)
{
    switch (cp) {
    case '"': case '\'': case '(': case '[': case '{':
    case 0x2018: case 0x201C: case 0xAB: case 0x2039: case 0x300C: case 0x300E:
    case 0xFF08: case 0x3010:
        return 1;
    default:
        return 0;
    }
}

/* Terminators that end a sentence without a following space. */
static int is_cjk_stop(uint32_t cp)
{
    return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF0E || cp == 0x061F ||
           cp == 0x06D4 || cp == 0x0964 || cp == 0x0965;
}

/* Class of what starts at m: letter case, digit; opening quotes are looked
 * through. */
static int next_class(const char *t, size_t m, size_t pe)
{
    size_t l;
    for (int k = 0; k < 3 && m < pe; k++) {
        uint32_t cp = cp_at(t, m, pe, &l);
        if (!is_opener(cp)) return kbt_class(cp);
        m += l;
    }
    return KBT_C_OTHER;
}

static int next_is_starter(const char *t, size_t m, size_t pe)
{
    size_t e = m;
    while (e < pe && ((t[e] >= 'A' && t[e] <= 'Z') || (t[e] >= 'a' && t[e] <= 'z'))) e++;
    if (e == m) return 0;
    if (e < pe && !(kbt_is_ascii_space((unsigned char)t[e]) || t[e] == ',' || t[e] == '\''))
        return 0;
    return kbt_is_starter(t + m, e - m);
}

/* After the end of a name ("Inc.", "Jr."): is the word at m followed by a
 * capitalised word ("Chief Executive", "CEO Tim")? Then the name goes on
 * into a title or another name and the period does not end the sentence;
 * "Shares rose" or "It changed" start a new one. */
static int second_word_capital(const char *t, size_t m, size_t pe)
{
    size_t e = m;
    while (e < pe && !kbt_is_ascii_space((unsigned char)t[e])) e++;
    if (e > m && (t[e - 1] == '.' || t[e - 1] == ',' || t[e - 1] == ':' || t[e - 1] == ';'))
        return 0;
    if (next_is_starter(t, m, pe)) return 0;
    while (e < pe && kbt_is_ascii_space((unsigned char)t[e])) e++;
    return e < pe && t[e] >= 'A' && t[e] <= 'Z';
}

/* Initialism: letters in groups of one or two separated by periods, at
 * least two groups ("U.S", "e.g", "Ph.D", "a.m"). w excludes the last '.'. */
static int is_initialism(const char *w, size_t n)
{
    size_t groups = 0, run = 0;
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            if (++run > 2) return 0;
        } else if (c == '.') {
            if (run == 0) return 0;
            groups++;
            run = 0;
        } else {
            return 0;
        }
    }
    if (run == 0) return 0;
    return groups + 1 >= 2;
}

/* Decide whether the single period at i (word before it starts at ps or
 * after whitespace) ends the sentence, given the next non-space at m. */
static int period_ends(const char *t, size_t ps, size_t i, size_t m, size_t pe)
{
    int nc = next_class(t, m, pe);
    /* the word before the period */
    size_t ws = i;
    while (ws > ps && !kbt_is_ascii_space((unsigned char)t[ws - 1])) ws--;
    /* strip opening quotes/brackets */
    for (;;) {
        size_t l;
        if (ws >= i) break;
        uint32_t cp = cp_at(t, ws, i, &l);
        if (!is_opener(cp)) break;
        ws += l;
    }
    size_t wn = i - ws;
    const char *w = t + ws;
    if (wn == 0) return nc != KBT_C_LOWER;
    /* single capital: an initial */
    {
        size_t l;
        uint32_t cp = cp_at(t, ws, i, &l);
        if (l == wn && kbt_class(cp) == KBT_C_UPPER) return next_is_starter(t, m, pe);
    }
    /* abbreviations: look at the part after the last hyphen or slash */
    size_t as = ws;
    for (size_t k = ws; k < i; k++)
        if (t[k] == '-' || t[k] == '/') as = k + 1;
    int cls = kbt_abbrev_class(t + as, i - as);
    if (cls & (KBT_AB_TITLE | KBT_AB_NEVER)) return 0;
    if (cls & (KBT_AB_NUMBER | KBT_AB_MONTH)) {
        if (nc == KBT_C_DIGIT) return 0;
        return nc != KBT_C_LOWER;
    }
    if (cls & KBT_AB_MAYEND) return nc == KBT_C_UPPER || nc == KBT_C_LETTER;
    if (cls & KBT_AB_NAME) return nc == KBT_C_UPPER && !second_word_capital(t, m, pe);
    if (memchr(w, '.', wn) && is_initialism(w, wn)) return next_is_starter(t, m, pe);
    return nc != KBT_C_LOWER;
}

/* Bytes the scan must look at: terminators, newlines, and the lead bytes of
 * the non-ASCII terminators (U+2026, CJK, Arabic, Devanagari stops). */
static const uint8_t interesting[256] = {
    ['.'] = 1, ['!'] = 1, ['?'] = 1, ['\n'] = 1,
    [0xD8] = 1, [0xDB] = 1, [0xE0] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1,
};

/* Number of word starts (non-space after space, or at ss) in [a, b). */
static size_t count_words(const char *t, size_t ss, size_t a, size_t b)
{
    size_t n = 0;
    int prev_space = a == ss ? 1 : kbt_is_ascii_space((unsigned char)t[a - 1]);
    for (size_t p = a; p < b; p++) {
        int sp = kbt_is_ascii_space((unsigned char)t[p]);
        n += prev_space && !sp;
        prev_space = sp;
    }
    return n;
}

/* Position of the k-th word start in [ss, b) (b if there are fewer). */
static size_t nth_word_start(const char *t, size_t ss, size_t b, size_t k)
{
    size_t n = 0;
    int prev_space = 1;
    for (size_t p = ss; p < b; p++) {
        int sp = kbt_is_ascii_space((unsigned char)t[p]);
        if (prev_space && !sp && ++n == k) return p;
        prev_space = sp;
    }
    return b;
}

/* Split one paragraph [ps, pe). */
static int split_para(void *vc, size_t ps, size_t pe)
{
    sctx *c = vc;
    const char *t = c->t;
    size_t ss = ps;         /* current sentence start */
    size_t line_start = ps; /* start of the current line */
    size_t wpos = ps, words = 0; /* words counted in [ss, wpos) */
    size_t i = ps;
    int rc;
    while (i < pe) {
        size_t lim = pe - ss > KBT_MAX_BYTES ? ss + KBT_MAX_BYTES : pe;
        for (; i + 4 <= lim; i += 4) /* four bytes a test: the scan runs over all the text */
            if (interesting[(unsigned char)t[i]] | interesting[(unsigned char)t[i + 1]] |
                interesting[(unsigned char)t[i + 2]] | interesting[(unsigned char)t[i + 3]])
                break;
        while (i < lim && !interesting[(unsigned char)t[i]]) i++;
        if (i - wpos >= 2048 || i >= lim) { /* the word bound, counted lazily */
            words += count_words(t, ss, wpos, i);
            wpos = i;
            if (words > KBT_MAX_WORDS) {
                size_t cut = nth_word_start(t, ss, i, KBT_MAX_WORDS + 1);
                if ((rc = emit(c, ss, cut)) != KB_OK) return rc;
                ss = i = wpos = cut;
                words = 0;
                continue;
            }
        }
        if (i >= lim) {
            if (lim == pe) break;
            /* no end for KBT_MAX_BYTES: cut at a space near the bound, else
             * at a code point boundary */
            size_t cut = lim;
            while (cut > ss && lim - cut < 256 && !kbt_is_ascii_space((unsigned char)t[cut - 1]))
                cut--;
            if (cut == ss || lim - cut >= 256) {
                cut = lim;
                while (cut > ss && ((unsigned char)t[cut] & 0xC0) == 0x80) cut--;
                if (cut == ss) cut = lim;
            }
            if ((rc = emit(c, ss, cut)) != KB_OK) return rc;
            while (cut < pe && kbt_is_ascii_space((unsigned char)t[cut])) cut++;
            ss = i = wpos = cut;
            words = 0;
            continue;
        }
        unsigned char b = (unsigned char)t[i];
        size_t l = 1;
        uint32_t cp = b;
        if (b >= 0x80) cp = cp_at(t, i, pe, &l);

        if (b == '\n') {
            /* headline rule: a whole line with no final punctuation */
            size_t e = i;
            while (e > line_start && kbt_is_ascii_space((unsigned char)t[e - 1])) e--;
            size_t m = i + 1;
            while (m < pe && kbt_is_ascii_space((unsigned char)t[m])) m++;
            size_t fl = line_start;
            while (fl < i && kbt_is_ascii_space((unsigned char)t[fl])) fl++;
            if (ss == fl && e > ss && m < pe && count_words(t, ss, ss, e) <= 20) {
                uint32_t last = b;
                kbt_prev(t, e, &last);
                int lc = kbt_class(last);
                int nc = next_class(t, m, pe);
                int ends_open = 0;
                /* a dangling function word means the line goes on */
                size_t lw = e;
                while (lw > line_start && !kbt_is_ascii_space((unsigned char)t[lw - 1])) lw--;
                static const char *const cont[] = {"the", "a", "an", "of", "and", "to",
                                                   "in", "for", "on", "with", "at", "by",
                                                   "from", "or", "that", "as", "but"};
                for (size_t k = 0; k < sizeof cont / sizeof *cont; k++)
                    if (strlen(cont[k]) == e - lw && !memcmp(cont[k], t + lw, e - lw))
                        ends_open = 1;
                if (!ends_open &&
                    (lc == KBT_C_UPPER || lc == KBT_C_LOWER || lc == KBT_C_LETTER ||
                     lc == KBT_C_DIGIT || is_closer(last)) &&
                    (nc == KBT_C_UPPER || nc == KBT_C_DIGIT || nc == KBT_C_LETTER)) {
                    if ((rc = emit(c, ss, e)) != KB_OK) return rc;
                    line_start = i + 1;
                    ss = wpos = i = m;
                    words = 0;
                    continue;
                }
            }
            line_start = i + 1;
            i++;
            continue;
        }

        int latin = (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026);
        int cjk = !latin && is_cjk_stop(cp);
        if (!latin && !cjk) {
            i += l;
            continue;
        }
        /* the run of terminators */
        size_t j = i, periods = 0, others = 0;
        while (j < pe) {
            unsigned char d = (unsigned char)t[j];
            if (d == '.') {
                periods++;
                j++;
            } else if (d == '!' || d == '?') {
                others++;
                j++;
            } else if (d == ' ' && periods && !others && j + 1 < pe && t[j + 1] == '.' &&
                       (j + 2 >= pe || t[j + 2] == ' ' || t[j + 2] == '.')) {
                j++; /* spaced ellipsis ". . ." */
            } else if (d >= 0x80) {
                size_t l2;
                uint32_t c2 = cp_at(t, j, pe, &l2);
                if (c2 == 0x2026) {
                    periods += 3;
                } else if (is_cjk_stop(c2)) {
                    others++;
                    cjk = 1;
                } else {
                    break;
                }
                j += l2;
            } else {
                break;
            }
        }
        size_t term_end = j;
        size_t k = j;
        while (k < pe) {
            size_t l2;
            uint32_t c2 = cp_at(t, k, pe, &l2);
            if (!is_closer(c2)) break;
            k += l2;
        }
        if (cjk) {
            size_t l3;
            if (k > term_end && k < pe) { /* 「行く。」と言った: quoted, goes on */
                uint32_t c3 = cp_at(t, k, pe, &l3);
                if (c3 >= 0x3040 && c3 <= 0x309F) {
                    i = k;
                    continue;
                }
            }
            if ((rc = emit(c, ss, k)) != KB_OK) return rc;
            while (k < pe && kbt_is_ascii_space((unsigned char)t[k])) k++;
            ss = wpos = i = k;
            words = 0;
            continue;
        }
        if (k < pe && !kbt_is_ascii_space((unsigned char)t[k])) {
            i = term_end; /* "3.5", "U.S.", "Yahoo!'s": not an end */
            continue;
        }
        size_t m = k;
        while (m < pe && kbt_is_ascii_space((unsigned char)t[m])) m++;
        if (m >= pe) { /* paragraph end closes it anyway */
            i = k;
            continue;
        }
        int ends;
        int nc = next_class(t, m, pe);
        if (others) {
            ends = nc != KBT_C_LOWER;
        } else if (periods > 1) {
            ends = nc == KBT_C_UPPER || nc == KBT_C_LETTER;
        } else if (k > term_end) {
            ends = nc != KBT_C_LOWER; /* 'said." Next' */
        } else {
            ends = period_ends(t, ps, i, m, pe);
        }
        if (ends) {
            if ((rc = emit(c, ss, k)) != KB_OK) return rc;
            ss = wpos = i = m;
            words = 0;
            continue;
        }
        i = k;
    }
    return emit(c, ss, pe);
}

int kbt_sentences(kb_arena *a, const char *text, size_t len, kb_span **out, size_t *n)
{
    kbt_vec v = {0};
    *out = NULL;
    *n = 0;
    if (!text || !len) return KB_OK;
    if (len > UINT32_MAX) return KB_EUSAGE;
    sctx c = {text, &v};
    int rc = kbt_each_paragraph(text, len, split_para, &c);
    if (rc != KB_OK) {
        free(v.v);
        return rc;
    }
    return kbt_vec_finish(&v, a, out, n);
}
