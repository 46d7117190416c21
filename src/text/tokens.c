/*
 * tokens.c -- token spans (kbt_tokens) for the annotators downstream.
 *
 * A word is a run of letters, digits and combining marks, which may hold
 * an apostrophe between letters ("don't", "O’Brien"), a hyphen between
 * letters or digits ("well-known", "COVID-19"), a period between letters
 * or digits ("3.5", "U.S", "bbc.co.uk") and a thousands comma ("1,524",
 * "13,500"). An initialism keeps its final period ("U.S.", "e.g."), and so
 * do titles that never end a sentence ("Mr.", "Gen.") and single-capital
 * initials ("W."). Every other non-space character is a token of its own
 * (with any combining marks, ZWJ sequences and variation selectors that
 * follow it). Spans are byte offsets; they always fall on UTF-8 boundaries.
 */
#include "text_int.h"
#include <stdlib.h>
#include <string.h>

/* ASCII classes: 0 other, 1 space, 2 letter, 3 digit */
static const uint8_t acls[128] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
    ['0'] = 3, ['1'] = 3, ['2'] = 3, ['3'] = 3, ['4'] = 3, ['5'] = 3, ['6'] = 3, ['7'] = 3,
    ['8'] = 3, ['9'] = 3,
#define L(c) [c] = 2
    L('A'), L('B'), L('C'), L('D'), L('E'), L('F'), L('G'), L('H'), L('I'), L('J'), L('K'),
    L('L'), L('M'), L('N'), L('O'), L('P'), L('Q'), L('R'), L('S'), L('T'), L('U'), L('V'),
    L('W'), L('X'), L('Y'), L('Z'), L('a'), L('b'), L('c'), L('d'), L('e'), L('f'), L('g'),
    L('h'), L('i'), L('j'), L('k'), L('l'), L('m'), L('n'), L('o'), L('p'), L('q'), L('r'),
    L('s'), L('t'), L('u'), L('v'), L('w'), L('x'), L('y'), L('z'),
#undef L
};

enum { K_OTHER, K_SPACE, K_ALPHA, K_DIGIT, K_MARK };

/* Kind of the code point at i; *l its length. */
static inline int kind_at(const char *t, size_t i, size_t len, size_t *l, uint32_t *cpo)
{
    unsigned char b = (unsigned char)t[i];
    if (b < 0x80) {
        *l = 1;
        *cpo = b;
        return acls[b];
    }
    uint32_t cp;
    int bad;
    *l = kbt_dec((const unsigned char *)t + i, len - i, &cp, &bad);
    *cpo = cp;
    if (bad) return K_OTHER;
    if (cp == 0xFE0F || cp == 0xFE0E) return K_MARK;
    switch (kbt_class(cp)) {
    case KBT_C_SPACE: return K_SPACE;
    case KBT_C_UPPER: case KBT_C_LOWER: case KBT_C_LETTER: return K_ALPHA;
    case KBT_C_DIGIT: return K_DIGIT;
    case KBT_C_MARK: return K_MARK;
    default: return K_OTHER;
    }
}

static inline int isdig(const char *t, size_t i, size_t len)
{
    return i < len && t[i] >= '0' && t[i] <= '9';
}

static inline int is_wordk(int k) { return k == K_ALPHA || k == K_DIGIT; }

/* Word [s, e) followed by '.' at e: keep the period in the token? */
static int keeps_period(const char *t, size_t s, size_t e)
{
    size_t n = e - s;
    if (n == 1 && t[s] >= 'A' && t[s] <= 'Z') return 1;
    if (memchr(t + s, '.', n)) { /* initialism: groups of 1-2 letters */
        size_t run = 0;
        for (size_t i = s; i < e; i++) {
            char c = t[i];
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                if (++run > 2) return 0;
            } else if (c == '.' && run) {
                run = 0;
            } else {
                return 0;
            }
        }
        return run > 0;
    }
    return (kbt_abbrev_class(t + s, n) & (KBT_AB_TITLE | KBT_AB_NEVER)) != 0;
}

int kbt_tokens(kb_arena *a, const char *t, size_t len, kb_span **out, size_t *n)
{
    kbt_vec v = {0};
    *out = NULL;
    *n = 0;
    if (!t || !len) return KB_OK;
    if (len > UINT32_MAX) return KB_EUSAGE;
    size_t i = 0;
    int rc = KB_OK;
    while (i < len) {
        unsigned char b = (unsigned char)t[i];
        if (b < 0x80 && acls[b] == K_SPACE) {
            i++;
            continue;
        }
        size_t l;
        uint32_t cp;
        int k = kind_at(t, i, len, &l, &cp);
        if (k == K_SPACE) {
            i += l;
            continue;
        }
        size_t s = i;
        size_t j = i + l;
        if (is_wordk(k)) {
            int prevk = k;
            while (j < len) {
                unsigned char c = (unsigned char)t[j];
                if (c < 0x80) { /* fast ASCII path */
                    if (acls[c] >= K_ALPHA) {
                        prevk = acls[c];
                        j++;
                        continue;
                    }
                    if (c != '\'' && c != '-' && c != '.' && c != ',') break;
                }
                size_t l2, l3;
                uint32_t c2, c3;
                int k2 = kind_at(t, j, len, &l2, &c2);
                if (is_wordk(k2) || k2 == K_MARK) {
                    if (k2 != K_MARK) prevk = k2;
                    j += l2;
                    continue;
                }
                if (j + l2 >= len) break;
                int k3 = kind_at(t, j + l2, len, &l3, &c3);
                if ((c2 == '\'' || c2 == 0x2019) && prevk == K_ALPHA && k3 == K_ALPHA) {
                    j += l2;
                    continue;
                }
                if ((c2 == '-' || c2 == 0x2010) && is_wordk(k3)) {
                    j += l2;
                    continue;
                }
                if (c2 == '.' && is_wordk(k3)) {
                    j += l2;
                    continue;
                }
                if (c2 == ',' && prevk == K_DIGIT && isdig(t, j + 1, len) && isdig(t, j + 2, len) &&
                    isdig(t, j + 3, len) && !isdig(t, j + 4, len)) {
                    j += 4; /* thousands separator */
                    continue;
                }
                break;
            }
            if (j < len && t[j] == '.' && keeps_period(t, s, j)) j++;
        } else if (b < 0x80 && (j >= len || (unsigned char)t[j] < 0x80)) {
            /* ASCII punctuation: one byte */
        } else {
            /* a mark or symbol: one code point with what attaches to it */
            while (j < len) {
                size_t l2;
                uint32_t c2;
                int k2 = kind_at(t, j, len, &l2, &c2);
                if (k2 == K_MARK) {
                    j += l2;
                    if (c2 == 0x200D && j < len) { /* ZWJ joins the next symbol */
                        int k3 = kind_at(t, j, len, &l2, &c2);
                        if (k3 == K_OTHER) j += l2;
                    }
                    continue;
                }
                break;
            }
        }
        if ((rc = kbt_vec_push(&v, s, j)) != KB_OK) {
            free(v.v);
            return rc;
        }
        i = j;
    }
    return kbt_vec_finish(&v, a, out, n);
}
