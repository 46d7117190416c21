/*
 * reader.c -- kbr_reader: one input (a file, stdin, or a memory block).
 *
 * Opens the byte stream (source.c, gzip transparent), sniffs the format
 * from the decoded content -- "WARC/" prefix -> WARC; first non-space byte
 * '{' and the first line parses as a JSON object (or the name says .jsonl
 * or .ndjson) -> JSON Lines; anything else is one text/HTML document -- and dispatches
 * to warc.c / jsonl.c. The whole-file document reader lives here: it reads
 * the file (capped at KBR_MAX_DOC), converts a UTF-16 file with a BOM to
 * UTF-8, rejects binary data and empty files, and yields one kb_raw of
 * type KB_CT_UNKNOWN (the cleaner sniffs HTML vs text).
 */
#include "read/read.h"
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* ---- small helpers ------------------------------------------------------ */

static int ext_like(const char *e, size_t n)
{
    if (n < 1 || n > 5) return 0;
    int letter = 0;
    for (size_t i = 0; i < n; i++) {
        char c = e[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            letter = 1;
        else if (!(c >= '0' && c <= '9'))
            return 0;
    }
    return letter;
}

void kbr_stem(const char *path, char *out, size_t outsz)
{
    if (!outsz) return;
    if (!strcmp(path, "-")) {
        snprintf(out, outsz, "stdin");
        return;
    }
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/')
        n--;
    const char *b = path;
    for (size_t i = 0; i < n; i++)
        if (path[i] == '/') b = path + i + 1;
    size_t len = (size_t)(path + n - b);
    /* strip extensions from the end while they look like extensions */
    for (;;) {
        const char *dot = NULL;
        for (size_t i = len; i > 1; i--)
            if (b[i - 1] == '.') {
                dot = b + i - 1;
                break;
            }
        if (!dot || dot == b) break;
        if (!ext_like(dot + 1, (size_t)(b + len - dot - 1))) break;
        len = (size_t)(dot - b);
    }
    if (len == 0) len = (size_t)(path + n - b);
    snprintf(out, outsz, "%.*s", (int)(len < outsz ? len : outsz - 1), b);
}

size_t kbr_utf8_valid(const unsigned char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        uint64_t v;
        if (i + 8 <= n && (memcpy(&v, p + i, 8), !(v & 0x8080808080808080ULL))) { /* 8 ASCII bytes */
            i += 8;
            continue;
        }
        unsigned c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t k;
        unsigned min;
        if (c >= 0xC2 && c <= 0xDF)
            k = 1, min = 0x80;
        else if (c >= 0xE0 && c <= 0xEF)
            k = 2, min = 0x800;
        else if (c >= 0xF0 && c <= 0xF4)
            k = 3, min = 0x10000;
        else
            return i;
        if (i + k >= n) return i; /* cut sequence */
        unsigned cp = c & (0x3F >> k);
        for (size_t j = 1; j <= k; j++) {
            if ((p[i + j] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (p[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += k + 1;
    }
    return n;
}

int kbr_utf8_repair(const unsigned char *p, size_t n, kbu_buf *out)
{
    size_t i = 0;
    while (i < n) {
        size_t v = kbr_utf8_valid(p + i, n - i);
        if (kbu_buf_append(out, p + i, v)) return KB_ENOMEM;
        i += v;
        if (i < n) {
            if (kbu_buf_append(out, "\xEF\xBF\xBD", 3)) return KB_ENOMEM;
            i++;
        }
    }
    if (!out->data) return kbu_buf_append(out, "", 0);
    return KB_OK;
}

/* Control bytes that text never holds: below 0x20 but not \t \n \v \f \r
 * or ESC (ISO-2022 shifts). Bit c set for such a byte c. */
#define KBR_CTRL_MASK (~((1u << '\t') | (1u << '\n') | (1u << '\v') | (1u << '\f') | (1u << '\r') | (1u << 0x1b)))

int kbr_is_binary(const unsigned char *p, size_t n, size_t *where)
{
    size_t ctrl = 0, nul = 0, first = (size_t)-1, invalid = 0;
    size_t i = 0;
    /* eight bytes at a time: the bytes below 0x20 of a word are flagged in
     * m (and perhaps a 0x20 after one, by the borrow), and only those are
     * looked at; in text they are mostly line breaks */
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
#ifdef __SSE2__
    /* sixteen bytes at a time, line breaks and tabs included: only a block
     * with a byte of the mask goes to the word loop below */
    const __m128i c1f = _mm_set1_epi8(0x1f), c9 = _mm_set1_epi8(9), c4 = _mm_set1_epi8(4),
                  cesc = _mm_set1_epi8(0x1b);
    while (i + 16 <= n) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(x, c1f), x);  /* < 0x20 */
        __m128i y = _mm_sub_epi8(x, c9);
        __m128i ws = _mm_cmpeq_epi8(_mm_min_epu8(y, c4), y);    /* \t \n \v \f \r */
        __m128i ok = _mm_or_si128(ws, _mm_cmpeq_epi8(x, cesc)); /* and ESC */
        if (_mm_movemask_epi8(_mm_andnot_si128(ok, low))) break;
        i += 16;
    }
#endif
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        w = __builtin_bswap64(w); /* byte k of the input in bits 8k.. */
#endif
        uint64_t m = (w - 0x20 * ones) & ~w & highs;
        while (m) {
            size_t k = i + (size_t)(__builtin_ctzll(m) >> 3);
            unsigned c = p[k];
            if (c < 0x20 && (KBR_CTRL_MASK >> c & 1u)) {
                ctrl++;
                if (!c) nul++;
                if (first == (size_t)-1) first = k;
            }
            m &= m - 1;
        }
    }
    for (; i < n; i++) {
        unsigned c = p[i];
        if (c < 0x20 && (KBR_CTRL_MASK >> c & 1u)) {
            ctrl++;
            if (!c) nul++;
            if (first == (size_t)-1) first = i;
        }
    }
    if (!ctrl) return 0;
    if (where) *where = first;
    /* a few stray control bytes are the cleaner's business; binary formats
     * (images, PDFs, archives, random bytes) have many, or NULs with
     * mostly non-UTF-8 high bytes */
    if (ctrl * 50 > n) return 1;
    if (nul) {
        size_t i = 0;
        while (i < n) {
            size_t v = kbr_utf8_valid(p + i, n - i);
            i += v;
            if (i < n) invalid++, i++;
        }
        if (invalid * 4 > n || nul * 200 > n) return 1;
    }
    return 0;
}

/* UTF-16 with a BOM -> UTF-8 (unpaired surrogates -> U+FFFD). */
static int utf16_to_utf8(const unsigned char *p, size_t n, int big, kbu_buf *out)
{
    for (size_t i = 0; i + 1 < n; i += 2) {
        unsigned u = big ? (unsigned)(p[i] << 8 | p[i + 1]) : (unsigned)(p[i + 1] << 8 | p[i]);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
            unsigned u2 =
                big ? (unsigned)(p[i + 2] << 8 | p[i + 3]) : (unsigned)(p[i + 3] << 8 | p[i + 2]);
            if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                u = 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00);
                i += 2;
            } else {
                u = 0xFFFD;
            }
        } else if (u >= 0xD800 && u <= 0xDFFF) {
            u = 0xFFFD;
        }
        unsigned char b[4];
        size_t k;
        if (u < 0x80)
            b[0] = (unsigned char)u, k = 1;
        else if (u < 0x800)
            b[0] = (unsigned char)(0xC0 | u >> 6), b[1] = (unsigned char)(0x80 | (u & 0x3F)), k = 2;
        else if (u < 0x10000)
            b[0] = (unsigned char)(0xE0 | u >> 12),
            b[1] = (unsigned char)(0x80 | ((u >> 6) & 0x3F)),
            b[2] = (unsigned char)(0x80 | (u & 0x3F)), k = 3;
        else
            b[0] = (unsigned char)(0xF0 | u >> 18),
            b[1] = (unsigned char)(0x80 | ((u >> 12) & 0x3F)),
            b[2] = (unsigned char)(0x80 | ((u >> 6) & 0x3F)),
            b[3] = (unsigned char)(0x80 | (u & 0x3F)), k = 4;
        if (kbu_buf_append(out, b, k)) return KB_ENOMEM;
    }
    if (!out->data) return kbu_buf_append(out, "", 0);
    return KB_OK;
}

/* ---- the reader ---------------------------------------------------------- */

static int name_says_jsonl(const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    /* not ".json": a pretty-printed JSON document is not JSON Lines */
    return strstr(b, ".jsonl") || strstr(b, ".ndjson") ? 1 : 0;
}

static kbr_reader *reader_new(const char *origin)
{
    kbr_reader *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    r->origin = strdup(origin);
    r->arena = kb_arena_new(0);
    if (!r->origin || !r->arena) {
        free(r->origin);
        kb_arena_free(r->arena);
        free(r);
        return NULL;
    }
    kbr_stem(origin, r->stem, sizeof r->stem);
    r->name_jsonl = name_says_jsonl(origin);
    return r;
}

kbr_reader *kbr_reader_open_path(const char *path, kb_err *err)
{
    int fd;
    if (!strcmp(path, "-")) {
        fd = 0;
    } else {
        fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            kb_err_set(err, KB_EIO, "%s: cannot open: %s", path, strerror(errno));
            return NULL;
        }
    }
    kbr_reader *r = reader_new(path);
    if (!r || kbr_src_open_fd(&r->src, fd) != KB_OK) {
        if (r)
            kbr_reader_close(r);
        else if (fd > 0)
            close(fd);
        kb_err_set(err, KB_ENOMEM, "%s: out of memory", path);
        return NULL;
    }
    return r;
}

kbr_reader *kbr_reader_open_mem(const char *origin, const void *p, size_t n, int format)
{
    kbr_reader *r = reader_new(origin);
    if (!r) return NULL;
    if (kbr_src_open_mem(&r->src, p, n) != KB_OK) {
        kbr_reader_close(r);
        return NULL;
    }
    r->format = format;
    return r;
}

void kbr_reader_close(kbr_reader *r)
{
    if (!r) return;
    if (r->json) json_decref((json_t *)r->json);
    if (r->src.raw || r->src.win || r->src.fd > 0) kbr_src_close(&r->src);
    kbu_buf_free(&r->buf);
    kbu_buf_free(&r->buf2);
    kb_arena_free(r->arena);
    free(r->origin);
    free(r);
}

int kbr_src_error(kbr_reader *r, kb_err *err)
{
    r->done = 1;
    if (!r->src.err || r->src_err_reported) return KB_DONE;
    r->src_err_reported = 1;
    return kb_err_set(err, r->src.err, "%s: %s", r->origin, r->src.errmsg);
}

static void sniff(kbr_reader *r)
{
    const unsigned char *p;
    size_t n = kbr_src_peek(&r->src, 256 << 10, &p);
    size_t i = 0;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) i = 3;
    if (n - i >= 6 && !memcmp(p + i, "WARC/", 5) && p[i + 5] >= '0' && p[i + 5] <= '9') {
        r->format = KBR_WARC;
        return;
    }
    r->format = kbr_jsonl_looks(p, n, r->name_jsonl) ? KBR_JSONL : KBR_TEXT;
}

static void shrink(kbu_buf *b)
{
    /* keep memory bounded by the typical document, not the largest seen */
    if (b->cap > ((size_t)8 << 20)) kbu_buf_free(b), memset(b, 0, sizeof *b);
    kbu_buf_clear(b);
}

static int text_next(kbr_reader *r, kb_raw *raw, kb_err *err)
{
    r->done = 1;
    shrink(&r->buf);
    const unsigned char *p;
    size_t n = kbr_src_peek(&r->src, r->src.win_cap, &p), i = 0;
    if (r->src.eof && !r->src.err && n < r->src.win_cap && n == r->src.win_len - r->src.win_pos) {
        /* the whole input is in the window (most pages): use it in place,
         * NUL-terminated like a kbu_buf (the window has the byte) */
        r->src.win[r->src.win_pos + n] = 0;
        kbr_src_consume(&r->src, n);
    } else {
        size_t got = kbr_src_read(&r->src, &r->buf, KBR_MAX_DOC + 1);
        if (r->src.err) return kbr_src_error(r, err);
        if (got > KBR_MAX_DOC)
            return kb_err_set(err, KB_EFORMAT, "%s: file larger than %s, skipped", r->origin,
                              KBR_MAX_DOC_TEXT);
        p = (const unsigned char *)r->buf.data;
        n = r->buf.len;
    }
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n' || p[i] == '\f'))
        i++;
    if (i == n) return kb_err_set(err, KB_EFORMAT, "%s: empty file", r->origin);
    const char *data = (const char *)p;
    size_t len = n;
    if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
        shrink(&r->buf2);
        if (utf16_to_utf8(p + 2, n - 2, p[0] == 0xFE, &r->buf2))
            return kb_err_set(err, KB_ENOMEM, "%s: out of memory", r->origin);
        data = r->buf2.data;
        len = r->buf2.len;
    } else {
        size_t where = 0;
        if (kbr_is_binary(p, n < (64 << 10) ? n : (64 << 10), &where))
            return kb_err_set(err, KB_EFORMAT, "%s: byte %zu: binary data, not text", r->origin,
                              where);
    }
    raw->data = data;
    raw->len = len;
    raw->type = KB_CT_UNKNOWN;
    raw->id = r->stem;
    raw->position = 0;
    raw->position_kind = "byte";
    return KB_OK;
}

int kbr_reader_next(kbr_reader *r, kb_raw *raw, kb_err *err)
{
    memset(raw, 0, sizeof *raw);
    if (r->done) return KB_DONE;
    kb_arena_reset(r->arena);
    if (r->json) {
        json_decref((json_t *)r->json);
        r->json = NULL;
    }
    if (r->format == KBR_AUTO) sniff(r);
    raw->origin = r->origin;
    switch (r->format) {
    case KBR_WARC:
        return kbr_warc_next(r, raw, err);
    case KBR_JSONL:
        return kbr_jsonl_next(r, raw, err);
    default:
        return text_next(r, raw, err);
    }
}
