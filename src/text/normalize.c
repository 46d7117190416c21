/*
 * normalize.c -- the first step of the text layer: raw extracted text ->
 * clean UTF-8 (kbt_normalize) and UTF-8 repair for metadata (kbt_utf8_repair).
 *
 * One pass over the input decodes UTF-8 (repairing invalid sequences to
 * U+FFFD and counting them), drops control and zero-width characters, maps
 * exotic spaces to ' ' and rare quote forms to the standard ones, and
 * rebuilds the whitespace: trimmed lines, single spaces, paragraphs
 * separated by exactly "\n\n". ASCII runs are copied by a tight loop. The
 * pass also notes whether any code point could be changed by NFC; only then
 * is utf8proc run (whole text), so ASCII and already-NFC text skip it.
 * clean.c calls kbt_normalize on every article before splitting.
 */
#include "text_int.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* ---- NFC quick check ---------------------------------------------------- */

/* The Unicode NFC quick check: a text is NFC if none of its characters has
 * NFC_QC = No or Maybe and its combining marks are in canonical order. The
 * property is derived once from utf8proc's data: a character is No when
 * NFC maps it to something else (singletons, composition exclusions), and
 * every non-initial character of a primary composite's full canonical
 * decomposition is Maybe (it may combine with what precedes), as are the
 * Hangul vowel and trailing jamo. Code points past U+2FFFF have no
 * canonical decomposition and are Yes. */
enum { QC_YES = 0, QC_MAYBE = 1, QC_NO = 2 };
#define QC_LIMIT 0x30000
static uint8_t qc_tab[QC_LIMIT];
static pthread_once_t qc_once = PTHREAD_ONCE_INIT;

static void qc_init(void)
{
    for (uint32_t cp = 0xC0; cp < QC_LIMIT; cp++) { /* composites start at U+00C0 */
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;
        if (cp >= 0xAC00 && cp <= 0xD7A3) continue; /* Hangul syllables: NFC */
        const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
        if (p->decomp_seqindex == UINT16_MAX || p->decomp_type != 0) continue;
        utf8proc_uint8_t buf[4];
        utf8proc_ssize_t l = utf8proc_encode_char((utf8proc_int32_t)cp, buf);
        utf8proc_uint8_t *res = NULL;
        utf8proc_ssize_t rl = utf8proc_map(buf, l, &res, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
        int same = rl == l && res && memcmp(res, buf, (size_t)l) == 0;
        free(res);
        if (!same) {
            qc_tab[cp] = QC_NO;
            continue;
        }
        utf8proc_int32_t d[8];
        int last = 0;
        utf8proc_ssize_t nd = utf8proc_decompose_char((utf8proc_int32_t)cp, d, 8,
                                                      UTF8PROC_DECOMPOSE, &last);
        for (utf8proc_ssize_t k = 1; k < nd && k < 8; k++)
            if (d[k] >= 0 && d[k] < QC_LIMIT && qc_tab[d[k]] != QC_NO) qc_tab[d[k]] = QC_MAYBE;
    }
    for (uint32_t cp = 0x1161; cp <= 0x1175; cp++) qc_tab[cp] = QC_MAYBE;
    for (uint32_t cp = 0x11A8; cp <= 0x11C2; cp++) qc_tab[cp] = QC_MAYBE;
}

/* Does cp (>= 0x300) after a character of combining class *last_ccc make
 * the text possibly non-NFC? Updates *last_ccc. */
static int nfc_suspect(uint32_t cp, int *last_ccc)
{
    pthread_once(&qc_once, qc_init);
    int ccc = utf8proc_get_property((utf8proc_int32_t)cp)->combining_class;
    int bad = (ccc && *last_ccc > ccc) || (cp < QC_LIMIT && qc_tab[cp] != QC_YES);
    *last_ccc = ccc;
    return bad;
}

/* ---- byte classes for the ASCII fast path ------------------------------- */
enum { B_PLAIN = 0, B_SPACE, B_NL, B_CR, B_CTRL, B_HIGH, B_TICK, B_APOS };
static const uint8_t bclass[256] = {
    /* 0x00-0x1F: controls, with \t \n \v \f \r */
    [0x00] = B_CTRL, [0x01] = B_CTRL, [0x02] = B_CTRL, [0x03] = B_CTRL, [0x04] = B_CTRL,
    [0x05] = B_CTRL, [0x06] = B_CTRL, [0x07] = B_CTRL, [0x08] = B_CTRL, [0x09] = B_SPACE,
    [0x0A] = B_NL,   [0x0B] = B_SPACE, [0x0C] = B_SPACE, [0x0D] = B_CR,  [0x0E] = B_CTRL,
    [0x0F] = B_CTRL, [0x10] = B_CTRL, [0x11] = B_CTRL, [0x12] = B_CTRL, [0x13] = B_CTRL,
    [0x14] = B_CTRL, [0x15] = B_CTRL, [0x16] = B_CTRL, [0x17] = B_CTRL, [0x18] = B_CTRL,
    [0x19] = B_CTRL, [0x1A] = B_CTRL, [0x1B] = B_CTRL, [0x1C] = B_CTRL, [0x1D] = B_CTRL,
    [0x1E] = B_CTRL, [0x1F] = B_CTRL, [' '] = B_SPACE, ['`'] = B_TICK, ['\''] = B_APOS,
    [0x7F] = B_CTRL,
#define H8(x) [x] = B_HIGH, [x + 1] = B_HIGH, [x + 2] = B_HIGH, [x + 3] = B_HIGH, \
              [x + 4] = B_HIGH, [x + 5] = B_HIGH, [x + 6] = B_HIGH, [x + 7] = B_HIGH
    H8(0x80), H8(0x88), H8(0x90), H8(0x98), H8(0xA0), H8(0xA8), H8(0xB0), H8(0xB8),
    H8(0xC0), H8(0xC8), H8(0xD0), H8(0xD8), H8(0xE0), H8(0xE8), H8(0xF0), H8(0xF8),
#undef H8
};

/* What a non-ASCII code point becomes. */
enum { M_KEEP, M_DROP, M_SPACE, M_NL, M_PARA, M_MAP };

static int map_cp(uint32_t cp, uint32_t *to)
{
    if (cp < 0xA0) {
        if (cp == 0x85) return M_NL; /* NEL */
        return M_DROP;               /* C1 controls */
    }
    if (cp < 0x2000) {
        switch (cp) {
        case 0xA0: case 0x1680: return M_SPACE;
        case 0xAD: case 0x180E: return M_DROP; /* soft hyphen, Mongolian vowel sep. */
        default: return M_KEEP;
        }
    }
    if (cp <= 0x206F) {
        if (cp <= 0x200A) return M_SPACE;
        switch (cp) {
        case 0x200B: case 0x200E: case 0x200F: case 0x202A: case 0x202B: case 0x202C:
        case 0x202D: case 0x202E: case 0x2060: case 0x2066: case 0x2067: case 0x2068:
        case 0x2069:
            return M_DROP;
        case 0x2028: return M_NL;
        case 0x2029: return M_PARA;
        case 0x202F: case 0x205F: return M_SPACE;
        case 0x201A: case 0x201B: *to = 0x2018; return M_MAP;
        case 0x201E: case 0x201F: *to = 0x201C; return M_MAP;
        case 0x2032: *to = '\''; return M_MAP;
        case 0x2033: *to = '"'; return M_MAP;
        default: return M_KEEP;
        }
    }
    switch (cp) {
    case 0x3000: return M_SPACE;
    case 0xFEFF: return M_DROP;
    case 0xFF02: *to = '"'; return M_MAP;
    case 0xFF07: *to = '\''; return M_MAP;
    default: return M_KEEP;
    }
}

static inline size_t enc(char *o, uint32_t cp)
{
    unsigned char *u = (unsigned char *)o;
    if (cp < 0x80) {
        u[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        u[0] = (unsigned char)(0xC0 | (cp >> 6));
        u[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        u[0] = (unsigned char)(0xE0 | (cp >> 12));
        u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    u[0] = (unsigned char)(0xF0 | (cp >> 18));
    u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    u[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* NFC of valid UTF-8 t[0..n) into b, running utf8proc only on the segments
 * that need it: a segment starts at the last starter before a character
 * that fails the quick check and ends before the next starter that passes
 * it (such a character never combines with what precedes it, so the
 * segments are independent). */
static int nfc_segments(const char *t, size_t n, kbu_buf *b)
{
    pthread_once(&qc_once, qc_init);
    const unsigned char *s = (const unsigned char *)t;
    size_t i = 0, copied = 0, last_starter = 0, seg = 0;
    int last_ccc = 0, in_seg = 0;
    for (;;) {
        uint32_t cp = 0;
        size_t l = 1;
        int ccc = 0, qc = QC_YES;
        if (i < n) {
            int bad;
            l = kbt_dec(s + i, n - i, &cp, &bad);
            if (cp >= 0x300) {
                ccc = utf8proc_get_property((utf8proc_int32_t)cp)->combining_class;
                qc = cp < QC_LIMIT ? qc_tab[cp] : QC_YES;
            }
        }
        if (in_seg && (i >= n || (ccc == 0 && qc == QC_YES))) {
            utf8proc_uint8_t *res = NULL;
            utf8proc_ssize_t rl = utf8proc_map(s + seg, (utf8proc_ssize_t)(i - seg), &res,
                                               UTF8PROC_COMPOSE | UTF8PROC_STABLE);
            if (rl < 0) {
                free(res);
                return rl == UTF8PROC_ERROR_NOMEM ? KB_ENOMEM : KB_EFORMAT;
            }
            int rc = kbu_buf_append(b, t + copied, seg - copied);
            if (rc == KB_OK) rc = kbu_buf_append(b, res, (size_t)rl);
            free(res);
            if (rc != KB_OK) return rc;
            copied = i;
            in_seg = 0;
        }
        if (i >= n) break;
        if (!in_seg && (qc != QC_YES || (ccc && last_ccc > ccc))) {
            in_seg = 1;
            seg = last_starter;
        }
        if (ccc == 0) last_starter = i;
        last_ccc = ccc;
        i += l;
    }
    return kbu_buf_append(b, t + copied, n - copied);
}

/* Write an apostrophe at o[n]; after an opening TeX quote, a second one
 * right after the first closes it (''). Returns the new length. The check
 * looks at the output, so characters dropped in between do not matter and
 * normalising twice gives the same text. */
static size_t emit_apos(char *o, size_t n, int *tex_open)
{
    if (*tex_open && n && o[n - 1] == '\'') {
        *tex_open = 0;
        return n - 1 + enc(o + n - 1, 0x201D);
    }
    o[n] = '\'';
    return n + 1;
}

/* Are the 8 bytes at p copied as they are by the fast path of kbt_normalize (after a
 * plain byte)? Yes when each is plain (bclass B_PLAIN: 0x21..0x7E but ` and ') or a
 * single space, and the last is no space: the fast path's byte loop then copies every
 * byte, each space being followed by a plain byte. Per byte, exactly: z(v) has the
 * high bit of each zero byte of v; lt has a high bit iff some byte is below 0x20
 * (that test is exact about whether there is one, which is all that is asked). */
static inline int plain8(const unsigned char *p)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x80 * ones, low7 = 0x7F * ones;
    uint64_t x;
    memcpy(&x, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    x = __builtin_bswap64(x); /* byte k in bits 8k.., for the neighbour test */
#endif
#define Z8(v) (~((((v) & low7) + low7) | (v) | low7))
    uint64_t lt = (x - 0x20 * ones) & ~x & high;     /* a control byte */
    uint64_t hi = ((x & low7) + ones) | x;             /* a byte >= 0x7F */
    uint64_t quote = Z8(x ^ ('`' * ones)) | Z8(x ^ ('\'' * ones));
    uint64_t sp = Z8(x ^ (' ' * ones));
#undef Z8
    uint64_t bad = lt | (hi & high) | quote | (sp & (sp >> 8)) | (sp & (high << 56));
    return !bad;
}

/* Bytes the output may need beyond the input: 2 per byte >= 0x80 and 1 per
 * ` or ' (see kbt_normalize). Eight bytes at a time: per byte, 2 * (high bit)
 * + (byte == '`') + (byte == '\''), summed across the word by a multiply. */
static size_t bound_extra(const unsigned char *s, size_t len)
{
    const uint64_t ones = 0x0101010101010101ull, low7 = 0x7F7F7F7F7F7F7F7Full;
    size_t extra = 0, i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        uint64_t hi = (x >> 7) & ones;
        uint64_t a = x ^ (ones * '`'), b = x ^ (ones * '\'');
        /* high bit of a byte set iff that byte of a (b) is zero */
        uint64_t za = ~(((a & low7) + low7) | a | low7), zb = ~(((b & low7) + low7) | b | low7);
        uint64_t per = 2 * hi + (za >> 7) + (zb >> 7); /* each byte <= 4 */
        extra += (size_t)((per * ones) >> 56);        /* sum of the 8 bytes <= 32 */
    }
    for (; i < len; i++) {
        unsigned c = s[i];
        extra += (c >= 0x80) * 2u + (c == '`' || c == '\'');
    }
    return extra;
}

int kbt_normalize(kb_arena *a, const char *in, size_t len, bool keep_lines, char **out,
                  size_t *out_len, size_t *n_repaired)
{
    const unsigned char *s = (const unsigned char *)in;
    *out = NULL;
    *out_len = 0;
    if (n_repaired) *n_repaired = 0;
    if (!in) len = 0;
    /* Output bound: an invalid byte becomes U+FFFD (3 bytes); `` and '' become
     * 3 bytes; every other input byte yields at most one output byte. */
    char *o = kb_arena_alloc(a, len + bound_extra(s, len) + 1);
    if (!o) return KB_ENOMEM;
    size_t n = 0, rep = 0;
    int pend_sp = 0, pend_nl = 0, tex_open = 0, need_nfc = 0, last_ccc = 0;
    size_t i = 0;

#define SEP()                                                                   \
    do {                                                                        \
        if (n) {                                                                \
            if (pend_nl >= 2) {                                                 \
                o[n++] = '\n';                                                  \
                o[n++] = '\n';                                                  \
                tex_open = 0;                                                   \
            } else if (pend_nl == 1) {                                          \
                o[n++] = keep_lines ? '\n' : ' ';                               \
            } else if (pend_sp) {                                               \
                o[n++] = ' ';                                                   \
            }                                                                   \
        }                                                                       \
        if (pend_sp || pend_nl) last_ccc = 0;                                   \
        pend_sp = pend_nl = 0;                                                  \
    } while (0)

    while (i < len) {
        unsigned c = s[i];
        switch (bclass[c]) {
        case B_PLAIN: {
            SEP();
            last_ccc = 0;
            /* fast path: copy a run of plain ASCII, single spaces between
             * words and apostrophes that cannot close a TeX quote included */
            size_t j = i;
            for (;;) {
                while (j + 8 <= len && plain8(s + j)) { /* eight bytes a step while they allow it */
                    memcpy(o + n, s + j, 8);
                    n += 8;
                    j += 8;
                }
                while (j < len && bclass[s[j]] == B_PLAIN) o[n++] = (char)s[j++];
                if (j + 1 < len && s[j] == ' ' && bclass[s[j + 1]] == B_PLAIN) {
                    o[n++] = ' ';
                    j++;
                    continue;
                }
                if (j + 1 < len && s[j] == '\'' && !tex_open && bclass[s[j + 1]] == B_PLAIN) {
                    o[n++] = '\'';
                    j++;
                    continue;
                }
                break;
            }
            i = j;
            continue;
        }
        case B_SPACE:
            pend_sp = 1;
            i++;
            continue;
        case B_NL:
            pend_nl++;
            i++;
            continue;
        case B_CR:
            pend_nl++;
            i += (i + 1 < len && s[i + 1] == '\n') ? 2 : 1;
            continue;
        case B_CTRL:
            i++;
            continue;
        case B_TICK:
            SEP();
            last_ccc = 0;
            if (n && o[n - 1] == '`') { /* TeX opening quote `` */
                n--;
                n += enc(o + n, 0x201C);
                tex_open = 1;
            } else {
                o[n++] = '`';
            }
            i++;
            continue;
        case B_APOS:
            SEP();
            last_ccc = 0;
            n = emit_apos(o, n, &tex_open);
            i++;
            continue;
        default: { /* B_HIGH */
            uint32_t cp, to = 0;
            int bad;
            size_t l = kbt_dec(s + i, len - i, &cp, &bad);
            i += l;
            if (bad) rep++;
            switch (map_cp(cp, &to)) {
            case M_DROP: continue;
            case M_SPACE: pend_sp = 1; continue;
            case M_NL: pend_nl++; continue;
            case M_PARA: pend_nl += 2; continue;
            case M_MAP: cp = to; break;
            default: break;
            }
            SEP();
            if (cp == '\'') {
                last_ccc = 0;
                n = emit_apos(o, n, &tex_open);
                continue;
            }
            if (need_nfc) {
            } else if (cp < 0x300) {
                last_ccc = 0;
            } else if (nfc_suspect(cp, &last_ccc)) {
                need_nfc = 1;
            }
            n += enc(o + n, cp);
            continue;
        }
        }
    }
#undef SEP
    o[n] = '\0';
    if (n_repaired) *n_repaired = rep;
    if (need_nfc) {
        kbu_buf nb = {0};
        int rc = nfc_segments(o, n, &nb);
        if (rc != KB_OK) {
            kbu_buf_free(&nb);
            return rc;
        }
        char *o2 = kb_arena_alloc(a, nb.len + 1);
        if (!o2) {
            kbu_buf_free(&nb);
            return KB_ENOMEM;
        }
        memcpy(o2, nb.data, nb.len);
        o2[nb.len] = '\0';
        o = o2;
        n = nb.len;
        kbu_buf_free(&nb);
        /* NFC maps U+1FEF to '`': a new `` pair must become a quote too */
        const char *bt = n > 1 ? memchr(o, '`', n - 1) : NULL;
        while (bt && bt[1] != '`') {
            size_t off = (size_t)(bt - o) + 1;
            bt = off < n - 1 ? memchr(o + off, '`', n - 1 - off) : NULL;
        }
        if (bt) {
            size_t rep2;
            return kbt_normalize(a, o, n, keep_lines, out, out_len, &rep2);
        }
    }
    *out = o;
    *out_len = n;
    return KB_OK;
}

char *kbt_utf8_repair(kb_arena *a, const char *in, size_t len, size_t *n_repaired)
{
    const unsigned char *s = (const unsigned char *)in;
    size_t high = 0;
    if (!in) len = 0;
    for (size_t i = 0; i < len; i++) high += s[i] >= 0x80;
    char *o = kb_arena_alloc(a, len + 2 * high + 1);
    if (!o) return NULL;
    size_t n = 0, rep = 0, i = 0;
    while (i < len) {
        if (s[i] < 0x80) {
            o[n++] = (char)s[i++];
            continue;
        }
        uint32_t cp;
        int bad;
        size_t l = kbt_dec(s + i, len - i, &cp, &bad);
        if (bad) {
            rep++;
            n += enc(o + n, 0xFFFD);
        } else {
            memcpy(o + n, s + i, l);
            n += l;
        }
        i += l;
    }
    o[n] = '\0';
    if (n_repaired) *n_repaired = rep;
    return o;
}
