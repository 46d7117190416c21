/*
 * http.c -- the HTTP side of WARC response records: parse the status line
 * and the headers we need (Content-Type, Transfer-Encoding,
 * Content-Encoding, Last-Modified), undo chunked transfer coding and
 * gzip/deflate content coding (bounded output), sniff HTML. Pure functions
 * over memory; warc.c decides what to do with a record.
 */
#include "read/read.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static int ci_prefix(const char *s, size_t n, const char *pre)
{
    size_t k = strlen(pre);
    if (n < k) return 0;
    for (size_t i = 0; i < k; i++)
        if (tolower((unsigned char)s[i]) != tolower((unsigned char)pre[i])) return 0;
    return 1;
}

int kbr_ci_contains(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (ci_prefix(s + i, n - i, needle)) return 1;
    return 0;
}

static void trim(const char **p, size_t *n)
{
    while (*n && (**p == ' ' || **p == '\t'))
        (*p)++, (*n)--;
    while (*n && ((*p)[*n - 1] == ' ' || (*p)[*n - 1] == '\t' || (*p)[*n - 1] == '\r'))
        (*n)--;
}

int kbr_http_parse(const char *msg, size_t len, kbr_http *h)
{
    memset(h, 0, sizeof *h);
    if (len < 12 || memcmp(msg, "HTTP/", 5) != 0) return -1;
    const char *p = msg, *end = msg + len;
    const char *eol = memchr(p, '\n', len);
    if (!eol) {
        h->body_off = len;
        return 0;
    }
    const char *sp = memchr(p, ' ', (size_t)(eol - p));
    if (sp) { /* three-digit status code; the message is not NUL-terminated */
        int code = 0, k = 0;
        for (const char *q = sp + 1; q < eol && k < 3 && *q >= '0' && *q <= '9'; q++, k++)
            code = code * 10 + (*q - '0');
        h->status = k == 3 ? code : 0;
    }
    p = eol + 1;
    while (p < end) {
        eol = memchr(p, '\n', (size_t)(end - p));
        const char *le = eol ? eol : end;
        size_t ln = (size_t)(le - p);
        if (ln && p[ln - 1] == '\r') ln--;
        if (ln == 0) {
            p = eol ? eol + 1 : end;
            break;
        }
        const char *colon = memchr(p, ':', ln);
        if (colon) {
            const char *v = colon + 1;
            size_t vn = (size_t)(p + ln - v);
            size_t nn = (size_t)(colon - p);
            trim(&v, &vn);
            if (nn == 12 && ci_prefix(p, nn, "content-type"))
                h->ctype = v, h->ctype_len = vn;
            else if (nn == 17 && ci_prefix(p, nn, "transfer-encoding"))
                h->tenc = v, h->tenc_len = vn;
            else if (nn == 16 && ci_prefix(p, nn, "content-encoding"))
                h->cenc = v, h->cenc_len = vn;
            else if (nn == 13 && ci_prefix(p, nn, "last-modified"))
                h->lastmod = v, h->lastmod_len = vn;
        }
        p = eol ? eol + 1 : end;
    }
    h->body_off = (size_t)(p - msg);
    return 0;
}

void kbr_mime(const char *ct, size_t n, char *out, size_t outsz)
{
    size_t k = 0;
    if (!outsz) return;
    if (ct) {
        trim(&ct, &n);
        for (size_t i = 0; i < n && ct[i] != ';' && ct[i] != ' ' && ct[i] != '\t' && k + 1 < outsz;
             i++)
            out[k++] = (char)tolower((unsigned char)ct[i]);
    }
    out[k] = '\0';
}

int kbr_charset(const char *ct, size_t n, char *out, size_t outsz)
{
    if (!ct || !outsz) return 0;
    for (size_t i = 0; i + 8 <= n; i++) {
        if (!ci_prefix(ct + i, n - i, "charset=")) continue;
        const char *v = ct + i + 8;
        size_t vn = n - i - 8;
        while (vn && (*v == '"' || *v == '\'' || *v == ' '))
            v++, vn--;
        size_t k = 0;
        while (k < vn && k + 1 < outsz && v[k] != ';' && v[k] != '"' && v[k] != '\'' &&
               v[k] != ' ' && v[k] != '\t' && v[k] != ',' && v[k] != '\r')
            k++;
        if (!k) return 0;
        memcpy(out, v, k);
        out[k] = '\0';
        return 1;
    }
    return 0;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c = tolower(c);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

int kbr_dechunk(const char *p, size_t n, kbu_buf *out)
{
    size_t i = 0, start_len = out->len;
    int first = 1;
    while (i < n) {
        /* chunk-size [; ext] CRLF */
        size_t sz = 0;
        int digits = 0;
        while (i < n && (p[i] == ' ' || p[i] == '\t'))
            i++;
        while (i < n && hexval((unsigned char)p[i]) >= 0) {
            if (sz > (SIZE_MAX >> 5)) return first ? KB_EFORMAT : KB_OK;
            sz = sz * 16 + (size_t)hexval((unsigned char)p[i]);
            i++;
            digits++;
        }
        if (!digits) {
            if (first) return KB_EFORMAT;
            break;
        }
        const char *eol = memchr(p + i, '\n', n - i);
        if (!eol) {
            if (first) return KB_EFORMAT;
            break;
        }
        if (first) {
            /* only spaces, ';' extensions or CR may follow the size */
            size_t j = i;
            while (p + j < eol && (p[j] == ' ' || p[j] == '\t' || p[j] == '\r'))
                j++;
            if (p + j < eol && p[j] != ';') return KB_EFORMAT;
        }
        first = 0;
        i = (size_t)(eol - p) + 1;
        if (sz == 0) break; /* last chunk; trailers ignored */
        size_t k = sz <= n - i ? sz : n - i;
        if (kbu_buf_append(out, p + i, k)) {
            out->len = start_len;
            return KB_ENOMEM;
        }
        i += k;
        /* CRLF after the data */
        if (i < n && p[i] == '\r') i++;
        if (i < n && p[i] == '\n') i++;
    }
    if (!out->data) return kbu_buf_append(out, "", 0);
    return KB_OK;
}

int kbr_inflate(const char *p, size_t n, int gzip, size_t max, kbu_buf *out)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    int wbits = gzip ? 16 + MAX_WBITS : MAX_WBITS;
    if (!gzip && n >= 1 &&
        (((unsigned char)p[0] & 0x0f) != 8 ||
         ((((unsigned char)p[0]) << 8) | (unsigned char)(n > 1 ? p[1] : 0)) % 31))
        wbits = -MAX_WBITS; /* raw deflate, no zlib header */
    if (inflateInit2(&zs, wbits) != Z_OK) return KB_ENOMEM;
    int rc = KB_OK;
    zs.next_in = (Bytef *)(uintptr_t)p;
    zs.avail_in = (uInt)(n > UINT32_MAX ? UINT32_MAX : n);
    for (;;) {
        if (kbu_buf_reserve(out, 65536)) {
            rc = KB_ENOMEM;
            break;
        }
        size_t room = out->cap - out->len - 1;
        zs.next_out = (Bytef *)out->data + out->len;
        zs.avail_out = (uInt)(room > UINT32_MAX ? UINT32_MAX : room);
        uInt before = zs.avail_out;
        int z = inflate(&zs, Z_NO_FLUSH);
        out->len += before - zs.avail_out;
        out->data[out->len] = '\0';
        if (out->len > max) {
            out->len = max;
            out->data[max] = '\0';
            rc = KB_EUSAGE;
            break;
        }
        if (z == Z_STREAM_END) {
            /* another gzip member? */
            if (gzip && zs.avail_in >= 2 && zs.next_in[0] == 0x1f && zs.next_in[1] == 0x8b) {
                inflateReset(&zs);
                continue;
            }
            break;
        }
        if (z == Z_OK) continue;
        if (z == Z_BUF_ERROR && zs.avail_out == 0) continue;
        rc = KB_EFORMAT; /* corrupt or cut: keep what we have */
        break;
    }
    inflateEnd(&zs);
    return rc;
}

int kbr_sniff_html(const char *p, size_t n)
{
    size_t i = 0;
    if (n >= 3 && (unsigned char)p[0] == 0xEF && (unsigned char)p[1] == 0xBB &&
        (unsigned char)p[2] == 0xBF)
        i = 3;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
        i++;
    if (i >= n || p[i] != '<') return 0;
    size_t lim = n - i < 2048 ? n - i : 2048;
    const char *s = p + i;
    return kbr_ci_contains(s, lim, "<html") || kbr_ci_contains(s, lim, "<!doctype html") ||
           kbr_ci_contains(s, lim, "<head") || kbr_ci_contains(s, lim, "<body") ||
           kbr_ci_contains(s, lim, "<title") || kbr_ci_contains(s, lim, "<meta") ||
           kbr_ci_contains(s, lim, "<div") || kbr_ci_contains(s, lim, "<p>");
}
