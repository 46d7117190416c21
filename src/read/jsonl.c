/*
 * jsonl.c -- JSON Lines reader: one article a line, parsed with jansson.
 *
 * Fields used: id, url, title, date, text, html (others ignored). html
 * present -> KB_CT_HTML with data = html; else text -> KB_CT_TEXT. A line
 * that is not a JSON object or has neither text nor html is reported
 * ("FILE: line N: ...") and the next call goes on with the next line.
 * Blank lines are skipped. A line longer than KBR_MAX_DOC is skipped
 * without being buffered. Invalid UTF-8 inside a line is repaired (U+FFFD)
 * before parsing, since that is the cleaner's business, not an error.
 *
 * Fast path: jansson builds a tree of every value and copies each string
 * twice, some 140 instructions a byte. The common line -- one flat object of
 * strings, small integers, true/false/null, valid UTF-8, keys without
 * escapes -- is checked in one pass (flat_scan) and its wanted strings are
 * then unescaped in place in the line buffer. Anything else (nesting, reals,
 * odd escapes, invalid text) goes to jansson, which also gives the error
 * messages; so both paths accept the same lines and give the same fields
 * (tests/unit/test_jsonl_fast.c compares them, also on random mutations).
 */
#include "read/read.h"
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static int is_blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n') return 0;
    return 1;
}

/* first line of p (window) parses as a JSON object? */
int kbr_jsonl_looks(const unsigned char *p, size_t n, int name_says_jsonl)
{
    size_t i = 0;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) i = 3;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
        i++;
    if (i >= n || p[i] != '{') return 0;
    if (name_says_jsonl) return 1;
    const unsigned char *e = memchr(p + i, '\n', n - i);
    if (!e) {
        if (n >= (256 << 10)) return 1; /* a very long first line starting with '{' */
        e = p + n;                      /* a one-line file without a final newline */
    }
    json_error_t je;
    json_t *j = json_loadb((const char *)p + i, (size_t)(e - p) - i, JSON_DECODE_ANY, &je);
    if (!j) {
        /* invalid UTF-8 does not make it non-JSON */
        kbu_buf tmp = {0};
        if (kbr_utf8_repair(p + i, (size_t)(e - p) - i, &tmp) == KB_OK)
            j = json_loadb(tmp.data, tmp.len, JSON_DECODE_ANY, &je);
        kbu_buf_free(&tmp);
    }
    int ok = j && json_is_object(j);
    json_decref(j);
    return ok;
}

/* ---- fast path ----------------------------------------------------- */

enum { F_ID, F_URL, F_TITLE, F_DATE, F_TEXT, F_HTML, F_N };
enum { V_NONE, V_STR, V_INT, V_OTHER };

typedef struct flat_field {
    int type;      /* V_*, of the last occurrence of the key */
    size_t s, e;   /* V_STR: the escaped bytes between the quotes */
    long long num; /* V_INT */
} flat_field;

static int is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 32) >= 'a' && (c | 32) <= 'f') return (c | 32) - 'a' + 10;
    return -1;
}
static long hex4(const char *p)
{
    long v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(p[k]);
        if (h < 0) return -1;
        v = v << 4 | h;
    }
    return v;
}

/* A JSON string at p[i] == '"': its end (the closing quote) or 0 if it is not
 * one jansson would take the same way (control bytes, bad escapes, \u0000,
 * unpaired surrogates). UTF-8 was checked for the whole line. */
static size_t scan_string(const char *p, size_t n, size_t i, int *escaped)
{
    *escaped = 0;
    const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
    for (i++; i < n; i++) {
#ifdef __SSE2__
        /* 16 bytes at a time while none is a quote, a backslash or a control byte */
        const __m128i cq = _mm_set1_epi8('"'), cb = _mm_set1_epi8('\\'), c1f = _mm_set1_epi8(0x1f);
        for (; i + 16 <= n; i += 16) {
            __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
            __m128i ctl = _mm_cmpeq_epi8(_mm_min_epu8(x, c1f), x); /* <= 0x1f */
            __m128i hit = _mm_or_si128(ctl, _mm_or_si128(_mm_cmpeq_epi8(x, cq), _mm_cmpeq_epi8(x, cb)));
            if (_mm_movemask_epi8(hit)) break;
        }
#endif
        /* 8 bytes at a time while none is a quote, a backslash or a control byte */
        for (; i + 8 <= n; i += 8) {
            uint64_t v, q, b;
            memcpy(&v, p + i, 8);
            q = v ^ (0x22 * ones);
            b = v ^ (0x5C * ones);
            if (((q - ones) & ~q & high) || ((b - ones) & ~b & high) || ((v - 0x20 * ones) & ~v & high)) break;
        }
        if (i >= n) break;
        unsigned char c = (unsigned char)p[i];
        if (c == '"') return i;
        if (c < 0x20) return 0;
        if (c != '\\') continue;
        *escaped = 1;
        if (++i >= n) return 0;
        switch (p[i]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            break;
        case 'u': {
            if (i + 4 >= n) return 0;
            long v = hex4(p + i + 1);
            if (v <= 0 || (v >= 0xDC00 && v <= 0xDFFF)) return 0;
            i += 4;
            if (v >= 0xD800 && v <= 0xDBFF) { /* a low surrogate must follow */
                if (i + 6 >= n || p[i + 1] != '\\' || p[i + 2] != 'u') return 0;
                long lo = hex4(p + i + 3);
                if (lo < 0xDC00 || lo > 0xDFFF) return 0;
                i += 6;
            }
            break;
        }
        default:
            return 0;
        }
    }
    return 0;
}

/* One pass over a flat object; 1 if it is one and every field is found. */
static int flat_scan(const char *p, size_t n, flat_field f[F_N])
{
    static const char *const names[F_N] = {"id", "url", "title", "date", "text", "html"};
    memset(f, 0, F_N * sizeof *f);
    size_t i = 0;
    while (i < n && is_ws(p[i]))
        i++;
    if (i >= n || p[i] != '{') return 0;
    i++;
    while (i < n && is_ws(p[i]))
        i++;
    if (i < n && p[i] == '}') {
        i++;
        goto end;
    }
    for (;;) {
        /* key */
        if (i >= n || p[i] != '"') return 0;
        int esc;
        size_t ke = scan_string(p, n, i, &esc);
        if (!ke || esc) return 0;
        int which = -1;
        for (int k = 0; k < F_N; k++)
            if (strlen(names[k]) == ke - i - 1 && !memcmp(p + i + 1, names[k], ke - i - 1))
                which = k;
        i = ke + 1;
        while (i < n && is_ws(p[i]))
            i++;
        if (i >= n || p[i] != ':') return 0;
        i++;
        while (i < n && is_ws(p[i]))
            i++;
        if (i >= n) return 0;
        /* value */
        flat_field v = {V_OTHER, 0, 0, 0};
        char c = p[i];
        if (c == '"') {
            size_t e = scan_string(p, n, i, &esc);
            if (!e) return 0;
            v.type = V_STR, v.s = i + 1, v.e = e;
            i = e + 1;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            size_t st = i;
            if (c == '-') i++;
            if (i >= n || p[i] < '0' || p[i] > '9') return 0;
            if (p[i] == '0' && i + 1 < n && p[i + 1] >= '0' && p[i + 1] <= '9') return 0;
            while (i < n && p[i] >= '0' && p[i] <= '9')
                i++;
            if (i - st > 18) return 0; /* far from overflow, or jansson decides */
            if (i < n && (p[i] == '.' || p[i] == 'e' || p[i] == 'E')) return 0; /* reals: jansson */
            v.type = V_INT;
            v.num = strtoll(p + st, NULL, 10);
        } else {
            static const char *const lits[] = {"true", "false", "null"};
            size_t l = 0;
            for (int k = 0; k < 3 && !l; k++) {
                size_t ll = strlen(lits[k]);
                if (n - i >= ll && !memcmp(p + i, lits[k], ll)) l = ll;
            }
            if (!l) return 0; /* nested values and anything else: jansson */
            i += l;
            if (i < n && ((p[i] | 32) >= 'a' && (p[i] | 32) <= 'z')) return 0;
        }
        if (which >= 0) f[which] = v; /* the last of a repeated key wins, as in jansson */
        while (i < n && is_ws(p[i]))
            i++;
        if (i >= n) return 0;
        if (p[i] == '}') {
            i++;
            break;
        }
        if (p[i] != ',') return 0;
        i++;
        while (i < n && is_ws(p[i]))
            i++;
    }
end:
    while (i < n && is_ws(p[i]))
        i++;
    return i == n;
}

/* Unescape the string p[s..e) in place (it only shrinks) and end it with NUL;
 * its length. flat_scan has checked every escape. */
static size_t unescape(char *p, size_t s, size_t e)
{
    size_t o = s;
    for (size_t i = s; i < e; i++) {
        /* the plain run up to the next backslash, moved at once */
        const char *bs = memchr(p + i, '\\', e - i);
        size_t run = bs ? (size_t)(bs - (p + i)) : e - i;
        if (o != i) memmove(p + o, p + i, run);
        o += run;
        i += run;
        if (i >= e) break;
        char c = p[++i];
        switch (c) {
        case 'b':
            p[o++] = '\b';
            break;
        case 'f':
            p[o++] = '\f';
            break;
        case 'n':
            p[o++] = '\n';
            break;
        case 'r':
            p[o++] = '\r';
            break;
        case 't':
            p[o++] = '\t';
            break;
        case 'u': {
            long v = hex4(p + i + 1);
            i += 4;
            if (v >= 0xD800 && v <= 0xDBFF) {
                v = 0x10000 + ((v - 0xD800) << 10) + (hex4(p + i + 3) - 0xDC00);
                i += 6;
            }
            if (v < 0x80) {
                p[o++] = (char)v;
            } else if (v < 0x800) {
                p[o++] = (char)(0xC0 | v >> 6);
                p[o++] = (char)(0x80 | (v & 0x3F));
            } else if (v < 0x10000) {
                p[o++] = (char)(0xE0 | v >> 12);
                p[o++] = (char)(0x80 | (v >> 6 & 0x3F));
                p[o++] = (char)(0x80 | (v & 0x3F));
            } else {
                p[o++] = (char)(0xF0 | v >> 18);
                p[o++] = (char)(0x80 | (v >> 12 & 0x3F));
                p[o++] = (char)(0x80 | (v >> 6 & 0x3F));
                p[o++] = (char)(0x80 | (v & 0x3F));
            }
            break;
        }
        default:
            p[o++] = c; /* " \ / */
        }
    }
    p[o] = '\0';
    return o - s;
}

/* The fast path: 1 with raw filled, 0 to let jansson read the line. */
static int jsonl_fast(kbr_reader *r, char *p, size_t n, kb_raw *raw, kb_err *err, int *rc)
{
    flat_field f[F_N];
    if (kbr_utf8_valid((const unsigned char *)p, n) < n || !flat_scan(p, n, f)) return 0;
    const char *v[F_N] = {NULL};
    size_t len[F_N] = {0};
    for (int k = 0; k < F_N; k++) /* spans are disjoint and each only shrinks */
        if (f[k].type == V_STR) len[k] = unescape(p, f[k].s, f[k].e), v[k] = p + f[k].s;
    if (v[F_HTML] && len[F_HTML] > 0) {
        raw->type = KB_CT_HTML, raw->data = v[F_HTML], raw->len = len[F_HTML];
    } else if (v[F_TEXT]) {
        raw->type = KB_CT_TEXT, raw->data = v[F_TEXT], raw->len = len[F_TEXT];
    } else {
        *rc = kb_err_set(err, KB_EFORMAT, "%s: line %llu: no \"text\" or \"html\" string",
                         r->origin, (unsigned long long)r->line);
        return 1;
    }
    char tmp[300];
    if (v[F_ID] && len[F_ID] > 0) {
        raw->id = v[F_ID];
    } else {
        if (f[F_ID].type == V_INT)
            snprintf(tmp, sizeof tmp, "%lld", f[F_ID].num);
        else
            snprintf(tmp, sizeof tmp, "%s:%llu", r->stem, (unsigned long long)r->line);
        raw->id = kb_arena_strdup(r->arena, tmp);
        if (!raw->id) {
            *rc = kb_err_set(err, KB_ENOMEM, "%s: out of memory", r->origin);
            return 1;
        }
    }
    raw->url = v[F_URL];
    raw->title = v[F_TITLE];
    raw->date = v[F_DATE];
    raw->position = r->line;
    raw->position_kind = "line";
    *rc = KB_OK;
    return 1;
}

static const char *field_str(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (json_is_string(v)) return json_string_value(v);
    return NULL;
}

int kbr_jsonl_next(kbr_reader *r, kb_raw *raw, kb_err *err)
{
    for (;;) {
        if (r->buf.cap > ((size_t)8 << 20))
            kbu_buf_free(&r->buf), memset(&r->buf, 0, sizeof r->buf);
        kbu_buf_clear(&r->buf);
        int nl = 0;
        int st = kbr_src_line(&r->src, &r->buf, KBR_MAX_DOC, &nl);
        if (st == KBR_LINE_EOF) return kbr_src_error(r, err);
        r->line++;
        if (!nl && r->src.err) return kbr_src_error(r, err); /* cut by a stream error */
        if (st == KBR_LINE_LONG)
            return kb_err_set(err, KB_EFORMAT, "%s: line %llu: line longer than %s, skipped",
                              r->origin, (unsigned long long)r->line, KBR_MAX_DOC_TEXT);
        const char *p = r->buf.data;
        size_t n = r->buf.len;
        if (r->line == 1 && n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) p += 3, n -= 3;
        while (n && (p[n - 1] == '\n' || p[n - 1] == '\r'))
            n--;
        if (is_blank(p, n)) continue;
        int rc;
        if (jsonl_fast(r, (char *)p, n, raw, err, &rc)) return rc;
        json_error_t je;
        json_t *j = json_loadb(p, n, JSON_DECODE_ANY, &je);
        if (!j && kbr_utf8_valid((const unsigned char *)p, n) < n) {
            kbu_buf_clear(&r->buf2);
            if (kbr_utf8_repair((const unsigned char *)p, n, &r->buf2) == KB_OK)
                j = json_loadb(r->buf2.data, r->buf2.len, JSON_DECODE_ANY, &je);
        }
        if (!j)
            return kb_err_set(err, KB_EFORMAT, "%s: line %llu: invalid JSON: %s (column %d)",
                              r->origin, (unsigned long long)r->line, je.text, je.column);
        r->json = j;
        if (!json_is_object(j))
            return kb_err_set(err, KB_EFORMAT, "%s: line %llu: not a JSON object", r->origin,
                              (unsigned long long)r->line);
        json_t *html = json_object_get(j, "html");
        json_t *text = json_object_get(j, "text");
        json_t *body = NULL;
        if (json_is_string(html) && json_string_length(html) > 0) {
            body = html;
            raw->type = KB_CT_HTML;
        } else if (json_is_string(text)) {
            body = text;
            raw->type = KB_CT_TEXT;
        }
        if (!body)
            return kb_err_set(err, KB_EFORMAT, "%s: line %llu: no \"text\" or \"html\" string",
                              r->origin, (unsigned long long)r->line);
        raw->data = json_string_value(body);
        raw->len = json_string_length(body);
        json_t *id = json_object_get(j, "id");
        char tmp[300];
        if (json_is_string(id) && json_string_length(id) > 0) {
            raw->id = json_string_value(id);
        } else {
            if (json_is_integer(id))
                snprintf(tmp, sizeof tmp, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
            else
                snprintf(tmp, sizeof tmp, "%s:%llu", r->stem, (unsigned long long)r->line);
            raw->id = kb_arena_strdup(r->arena, tmp);
            if (!raw->id) return kb_err_set(err, KB_ENOMEM, "%s: out of memory", r->origin);
        }
        raw->url = field_str(j, "url");
        raw->title = field_str(j, "title");
        raw->date = field_str(j, "date");
        raw->position = r->line;
        raw->position_kind = "line";
        return KB_OK;
    }
}
