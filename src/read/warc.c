/*
 * warc.c -- WARC/WET reader (ISO 28500, WARC 1.0 and 1.1).
 *
 * Streams one record at a time: version line, named fields, then exactly
 * Content-Length bytes of block. Yields
 *   - response records whose HTTP payload is HTML (status 2xx; HTTP status
 *     line and headers stripped; Transfer-Encoding: chunked de-chunked;
 *     Content-Encoding: gzip/deflate decoded; charset from the HTTP
 *     Content-Type passed on in kb_raw.charset);
 *   - resource records (HTML or plain text by their Content-Type);
 *   - conversion records (WET plain text) as KB_CT_TEXT.
 * warcinfo, request, metadata, revisit, continuation and non-HTML payloads
 * (images, PDF...) are skipped without being buffered.
 * id = WARC-Record-ID without "<urn:uuid:" ">", url = WARC-Target-URI
 * without <>, date = WARC-Date. position = offset of the record's version
 * line in the decoded (uncompressed) stream, position_kind "byte".
 * A record cut short -> "FILE: record at byte N: truncated" (the reader then
 * stops); a garbled header is reported once and the reader resynchronises at
 * the next line starting with "WARC/".
 */
#include "read/read.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MAX_HEADER_LINE ((size_t)64 << 10)
#define MAX_HEADER_LINES 1000

typedef struct warc_hdr {
    char type[32];
    char *id, *uri, *date, *ctype, *ptype;
    uint64_t clen;
    int has_clen;
} warc_hdr;

static int ci_eq(const char *a, size_t an, const char *b)
{
    size_t bn = strlen(b);
    if (an != bn) return 0;
    for (size_t i = 0; i < an; i++)
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i])) return 0;
    return 1;
}

static char *dup_trim(kb_arena *a, const char *v, size_t n, int strip_angle)
{
    while (n && (*v == ' ' || *v == '\t'))
        v++, n--;
    while (n && (v[n - 1] == ' ' || v[n - 1] == '\t' || v[n - 1] == '\r' || v[n - 1] == '\n'))
        n--;
    if (strip_angle && n >= 2 && v[0] == '<' && v[n - 1] == '>') v++, n -= 2;
    return kb_arena_strndup(a, v, n);
}

static int is_blank_line(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != '\r' && p[i] != '\n' && p[i] != ' ' && p[i] != '\t') return 0;
    return 1;
}

static int is_version_line(const char *p, size_t n)
{
    return n >= 6 && !memcmp(p, "WARC/", 5) && p[5] >= '0' && p[5] <= '9';
}

/* Parse one "Name: value" line into h (continuations are appended by caller). */
static void header_field(kb_arena *a, warc_hdr *h, const char *p, size_t n)
{
    const char *colon = memchr(p, ':', n);
    if (!colon) return;
    size_t nn = (size_t)(colon - p);
    const char *v = colon + 1;
    size_t vn = (size_t)(p + n - v);
    if (ci_eq(p, nn, "WARC-Type")) {
        char *t = dup_trim(a, v, vn, 0);
        if (t) snprintf(h->type, sizeof h->type, "%s", t);
        for (char *q = h->type; *q; q++)
            *q = (char)tolower((unsigned char)*q);
    } else if (ci_eq(p, nn, "WARC-Record-ID")) {
        h->id = dup_trim(a, v, vn, 1);
    } else if (ci_eq(p, nn, "WARC-Target-URI")) {
        h->uri = dup_trim(a, v, vn, 1);
    } else if (ci_eq(p, nn, "WARC-Date")) {
        h->date = dup_trim(a, v, vn, 0);
    } else if (ci_eq(p, nn, "Content-Type")) {
        h->ctype = dup_trim(a, v, vn, 0);
    } else if (ci_eq(p, nn, "WARC-Identified-Payload-Type")) {
        h->ptype = dup_trim(a, v, vn, 0);
    } else if (ci_eq(p, nn, "Content-Length")) {
        while (vn && (*v == ' ' || *v == '\t'))
            v++, vn--;
        uint64_t x = 0;
        size_t i = 0;
        for (; i < vn && v[i] >= '0' && v[i] <= '9'; i++) {
            if (x > (UINT64_MAX - 9) / 10) return;
            x = x * 10 + (uint64_t)(v[i] - '0');
        }
        if (i == 0) return;
        while (i < vn && (v[i] == ' ' || v[i] == '\t' || v[i] == '\r' || v[i] == '\n'))
            i++;
        if (i != vn) return;
        h->clen = x;
        h->has_clen = 1;
    }
}

static const char *record_id(const char *id)
{
    if (!id) return NULL;
    if (!strncmp(id, "urn:uuid:", 9)) return id + 9;
    return id;
}

static int is_html_mime(const char *m)
{
    return !strcmp(m, "text/html") || !strcmp(m, "application/xhtml+xml");
}

/* Decide what a kept record yields. Returns 1 = yield, 0 = skip, <0 error. */
static int payload(kbr_reader *r, const warc_hdr *h, uint64_t at, kb_raw *raw, kb_err *err)
{
    char *blk = r->buf.data;
    size_t n = r->buf.len;
    char mime[96];
    if (!strcmp(h->type, "conversion")) {
        raw->data = blk;
        raw->len = n;
        raw->type = KB_CT_TEXT;
        return n > 0;
    }
    if (!strcmp(h->type, "resource")) {
        kbr_mime(h->ctype, h->ctype ? strlen(h->ctype) : 0, mime, sizeof mime);
        if (is_html_mime(mime))
            raw->type = KB_CT_HTML;
        else if (!strcmp(mime, "text/plain"))
            raw->type = KB_CT_TEXT;
        else if (!mime[0] && kbr_sniff_html(blk, n))
            raw->type = KB_CT_HTML;
        else
            return 0;
        char cs[64];
        if (h->ctype && kbr_charset(h->ctype, strlen(h->ctype), cs, sizeof cs))
            raw->charset = kb_arena_strdup(r->arena, cs);
        raw->data = blk;
        raw->len = n;
        return n > 0;
    }
    /* response */
    kbr_http hp;
    if (kbr_http_parse(blk, n, &hp) != 0) return 0; /* dns:, ftp... not HTTP */
    if (hp.status < 200 || hp.status > 299) return 0;
    kbr_mime(hp.ctype, hp.ctype_len, mime, sizeof mime);
    if (!mime[0] && h->ptype) kbr_mime(h->ptype, strlen(h->ptype), mime, sizeof mime);
    char *body = blk + hp.body_off;
    size_t blen = n - hp.body_off;
    if (mime[0] && !is_html_mime(mime)) return 0;
    char cs[64];
    if (hp.ctype && kbr_charset(hp.ctype, hp.ctype_len, cs, sizeof cs))
        raw->charset = kb_arena_strdup(r->arena, cs);
    if (hp.tenc && kbr_ci_contains(hp.tenc, hp.tenc_len, "chunked")) {
        kbu_buf_clear(&r->buf2);
        int rc = kbr_dechunk(body, blen, &r->buf2);
        if (rc == KB_ENOMEM) return kb_err_set(err, KB_ENOMEM, "%s: out of memory", r->origin);
        if (rc == KB_OK) {
            /* de-chunked in place: the result is never longer */
            memcpy(body, r->buf2.data, r->buf2.len);
            blen = r->buf2.len;
            body[blen] = '\0';
        }
    }
    if (hp.cenc && blen >= 2) {
        int gz = kbr_ci_contains(hp.cenc, hp.cenc_len, "gzip");
        int defl = kbr_ci_contains(hp.cenc, hp.cenc_len, "deflate");
        int ident = kbr_ci_contains(hp.cenc, hp.cenc_len, "identity");
        const unsigned char *u = (const unsigned char *)body;
        if (gz && !(u[0] == 0x1f && u[1] == 0x8b)) gz = 0; /* stored already decoded */
        if (gz || defl) {
            kbu_buf_clear(&r->buf2);
            int rc = kbr_inflate(body, blen, gz, KBR_MAX_DOC, &r->buf2);
            if (rc == KB_ENOMEM) return kb_err_set(err, KB_ENOMEM, "%s: out of memory", r->origin);
            if (rc == KB_EUSAGE)
                return kb_err_set(
                    err, KB_EFORMAT,
                    "%s: record at byte %llu: payload larger than %s when decoded, skipped",
                    r->origin, (unsigned long long)at, KBR_MAX_DOC_TEXT);
            if (rc != KB_OK && r->buf2.len == 0)
                return kb_err_set(err, KB_EFORMAT,
                                  "%s: record at byte %llu: cannot decode %s payload", r->origin,
                                  (unsigned long long)at, gz ? "gzip" : "deflate");
            body = r->buf2.data;
            blen = r->buf2.len;
        } else if (!ident && !kbr_sniff_html(body, blen)) {
            char enc[32];
            snprintf(enc, sizeof enc, "%.*s", (int)(hp.cenc_len < 31 ? hp.cenc_len : 31), hp.cenc);
            return kb_err_set(err, KB_EFORMAT,
                              "%s: record at byte %llu: unsupported Content-Encoding '%s', skipped",
                              r->origin, (unsigned long long)at, enc);
        }
    }
    if (!mime[0] && !kbr_sniff_html(body, blen)) return 0;
    if (blen == 0) return 0;
    raw->data = body;
    raw->len = blen;
    raw->type = KB_CT_HTML;
    return 1;
}

/* Look at the HTTP head of a response block before buffering it: 0 when it
 * is surely not wanted (not HTTP, not 2xx, or a non-HTML media type), so
 * images, PDFs and redirects are skipped without being read into memory. */
static int response_wanted(kbr_reader *r, const warc_hdr *h)
{
    const unsigned char *p;
    size_t want = h->clen < ((uint64_t)64 << 10) ? (size_t)h->clen : (size_t)64 << 10;
    size_t n = kbr_src_peek(&r->src, want, &p);
    if (n < want) return 1; /* cut short: let the reader report it */
    kbr_http hp;
    if (kbr_http_parse((const char *)p, n, &hp) != 0) return n < 5 ? 1 : 0;
    if (hp.body_off >= n && n < h->clen) return 1; /* head longer than the peek */
    if (hp.status < 200 || hp.status > 299) return 0;
    char mime[96];
    kbr_mime(hp.ctype, hp.ctype_len, mime, sizeof mime);
    if (!mime[0] && h->ptype) kbr_mime(h->ptype, strlen(h->ptype), mime, sizeof mime);
    return !mime[0] || is_html_mime(mime);
}

int kbr_warc_next(kbr_reader *r, kb_raw *raw, kb_err *err)
{
    for (;;) {
        kb_arena_reset(r->arena);
        if (r->buf.cap > ((size_t)8 << 20))
            kbu_buf_free(&r->buf), memset(&r->buf, 0, sizeof r->buf);
        if (r->buf2.cap > ((size_t)8 << 20))
            kbu_buf_free(&r->buf2), memset(&r->buf2, 0, sizeof r->buf2);
        /* version line, after any blank lines */
        uint64_t at;
        int nl, st;
        for (;;) {
            kbu_buf_clear(&r->buf);
            at = kbr_src_tell(&r->src);
            st = kbr_src_line(&r->src, &r->buf, MAX_HEADER_LINE, &nl);
            if (st == KBR_LINE_EOF) return kbr_src_error(r, err);
            if (st == KBR_LINE_OK && is_version_line(r->buf.data, r->buf.len)) break;
            if (st == KBR_LINE_OK && is_blank_line(r->buf.data, r->buf.len)) continue;
            if (!r->resync) {
                r->resync = 1;
                if (!nl && r->src.err) return kbr_src_error(r, err);
                return kb_err_set(
                    err, KB_EFORMAT,
                    "%s: byte %llu: not a WARC record header, skipping to the next record",
                    r->origin, (unsigned long long)at);
            }
        }
        r->resync = 0;
        if (!nl) {
            if (r->src.err) return kbr_src_error(r, err);
            r->done = 1;
            return kb_err_set(err, KB_EFORMAT, "%s: record at byte %llu: truncated", r->origin,
                              (unsigned long long)at);
        }
        /* named fields */
        warc_hdr h;
        memset(&h, 0, sizeof h);
        kbu_buf field = {0};
        int lines = 0, ended = 0, bad = 0;
        for (;;) {
            kbu_buf_clear(&r->buf);
            st = kbr_src_line(&r->src, &r->buf, MAX_HEADER_LINE, &nl);
            if (st == KBR_LINE_EOF || (!nl && st == KBR_LINE_OK)) break;
            if (st == KBR_LINE_LONG || ++lines > MAX_HEADER_LINES) {
                bad = 1;
                break;
            }
            const char *p = r->buf.data;
            size_t n = r->buf.len;
            while (n && (p[n - 1] == '\n' || p[n - 1] == '\r'))
                n--;
            if ((p[0] == ' ' || p[0] == '\t') && n && field.len) { /* continuation */
                if (field.len + n < MAX_HEADER_LINE) kbu_buf_append(&field, p, n);
                continue;
            }
            if (field.len) header_field(r->arena, &h, field.data, field.len);
            kbu_buf_clear(&field);
            if (n == 0) {
                ended = 1;
                break;
            }
            kbu_buf_append(&field, p, n);
        }
        kbu_buf_free(&field);
        if (bad) {
            r->resync = 1;
            return kb_err_set(err, KB_EFORMAT, "%s: record at byte %llu: header too long",
                              r->origin, (unsigned long long)at);
        }
        if (!ended) {
            if (r->src.err) return kbr_src_error(r, err);
            r->done = 1;
            return kb_err_set(err, KB_EFORMAT, "%s: record at byte %llu: truncated", r->origin,
                              (unsigned long long)at);
        }
        if (!h.has_clen) {
            r->resync = 1;
            return kb_err_set(
                err, KB_EFORMAT,
                "%s: record at byte %llu: no valid Content-Length, skipping to the next record",
                r->origin, (unsigned long long)at);
        }
        int want = !strcmp(h.type, "response") || !strcmp(h.type, "resource") ||
                   !strcmp(h.type, "conversion");
        if (want && !strcmp(h.type, "response") && !response_wanted(r, &h)) want = 0;
        if (want && h.clen > KBR_MAX_DOC) {
            uint64_t got = kbr_src_skip(&r->src, h.clen);
            if (got < h.clen) {
                if (r->src.err) return kbr_src_error(r, err);
                r->done = 1;
                return kb_err_set(err, KB_EFORMAT, "%s: record at byte %llu: truncated", r->origin,
                                  (unsigned long long)at);
            }
            return kb_err_set(err, KB_EFORMAT,
                              "%s: record at byte %llu: record larger than %s, skipped", r->origin,
                              (unsigned long long)at, KBR_MAX_DOC_TEXT);
        }
        if (!want) {
            if (kbr_src_skip(&r->src, h.clen) < h.clen) {
                if (r->src.err) return kbr_src_error(r, err);
                r->done = 1;
                return kb_err_set(err, KB_EFORMAT, "%s: record at byte %llu: truncated", r->origin,
                                  (unsigned long long)at);
            }
            continue;
        }
        kbu_buf_clear(&r->buf);
        if (kbr_src_read(&r->src, &r->buf, (size_t)h.clen) < h.clen) {
            if (r->src.err) return kbr_src_error(r, err);
            r->done = 1;
            return kb_err_set(err, KB_EFORMAT, "%s: record at byte %llu: truncated", r->origin,
                              (unsigned long long)at);
        }
        if (!r->buf.data) kbu_buf_append(&r->buf, "", 0);
        memset(raw, 0, sizeof *raw);
        raw->origin = r->origin;
        int y = payload(r, &h, at, raw, err);
        if (y < 0) return y;
        if (y == 0) continue;
        const char *id = record_id(h.id);
        if (!id || !*id) {
            char tmp[300];
            snprintf(tmp, sizeof tmp, "%s@%llu", r->stem, (unsigned long long)at);
            id = kb_arena_strdup(r->arena, tmp);
        }
        raw->id = id ? id : r->stem;
        raw->url = h.uri && *h.uri ? h.uri : NULL;
        raw->date = h.date && *h.date ? h.date : NULL;
        raw->position = at;
        raw->position_kind = "byte";
        return KB_OK;
    }
}
