/*
 * test_read.c -- unit tests of the READ stage on in-memory inputs: helpers
 * (stem, UTF-8, binary sniffing, HTTP parsing, de-chunking, inflate), the
 * gzip-transparent source, and the JSONL, WARC and whole-file readers
 * through kbr_input_open_mem (errors, continuation, positions).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "read/read.h"

/* gzip-compress p into a malloc'd buffer (one member). */
static unsigned char *gz(const void *p, size_t n, size_t *out_n)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    assert_int_equal(deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
    size_t cap = deflateBound(&zs, (uLong)n) + 64;
    unsigned char *o = malloc(cap);
    zs.next_in = (Bytef *)(uintptr_t)p;
    zs.avail_in = (uInt)n;
    zs.next_out = o;
    zs.avail_out = (uInt)cap;
    assert_int_equal(deflate(&zs, Z_FINISH), Z_STREAM_END);
    *out_n = cap - zs.avail_out;
    deflateEnd(&zs);
    return o;
}

typedef struct got {
    int n_ok, n_err;
    char ids[16][128];
    char errs[16][512];
    int types[16];
    char data[16][256];
    uint64_t pos[16];
} got;

static void drain(kb_input *in, got *g)
{
    memset(g, 0, sizeof *g);
    kb_raw r;
    kb_err e;
    int st, guard = 0;
    while ((st = kb_input_next(in, &r, &e)) != KB_DONE) {
        assert_true(++guard < 1000);
        if (st < 0) {
            if (g->n_err < 16) snprintf(g->errs[g->n_err], 512, "%s", e.msg);
            g->n_err++;
            continue;
        }
        assert_int_equal(st, KB_OK);
        assert_non_null(r.data);
        assert_non_null(r.id);
        assert_non_null(r.origin);
        assert_non_null(r.position_kind);
        assert_int_equal(r.data[r.len], '\0');
        if (g->n_ok < 16) {
            snprintf(g->ids[g->n_ok], 128, "%s", r.id);
            snprintf(g->data[g->n_ok], 256, "%.*s", (int)(r.len < 255 ? r.len : 255), r.data);
            g->types[g->n_ok] = r.type;
            g->pos[g->n_ok] = r.position;
        }
        g->n_ok++;
    }
    /* stays done */
    assert_int_equal(kb_input_next(in, &r, &e), KB_DONE);
    kb_input_close(in);
}

static void mem(const char *name, const void *p, size_t n, int fmt, got *g)
{
    kb_input *in = kbr_input_open_mem(name, p, n, fmt);
    assert_non_null(in);
    drain(in, g);
}

/* ---- helpers ------------------------------------------------------------ */

static void test_stem(void **st)
{
    (void)st;
    char b[64];
    kbr_stem("seeds/000_abc.txt", b, sizeof b);
    assert_string_equal(b, "000_abc");
    kbr_stem("x.html.gz", b, sizeof b);
    assert_string_equal(b, "x");
    kbr_stem("/a/b/c.warc.wet.gz", b, sizeof b);
    assert_string_equal(b, "c");
    kbr_stem("dir/2024.10.12-report.txt", b, sizeof b);
    assert_string_equal(b, "2024.10.12-report");
    kbr_stem("noext", b, sizeof b);
    assert_string_equal(b, "noext");
    kbr_stem("-", b, sizeof b);
    assert_string_equal(b, "stdin");
    kbr_stem(".hidden", b, sizeof b);
    assert_string_equal(b, ".hidden");
}

static void test_utf8(void **st)
{
    (void)st;
    const unsigned char ok[] = "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80";
    assert_int_equal(kbr_utf8_valid(ok, sizeof ok - 1), sizeof ok - 1);
    const unsigned char bad[] = "ab\xe9"
                                "cd";
    assert_int_equal(kbr_utf8_valid(bad, 5), 2);
    assert_int_equal(kbr_utf8_valid((const unsigned char *)"\xc0\xaf", 2), 0);     /* overlong */
    assert_int_equal(kbr_utf8_valid((const unsigned char *)"\xed\xa0\x80", 3), 0); /* surrogate */
    assert_int_equal(kbr_utf8_valid((const unsigned char *)"a\xe2\x82", 3), 1);    /* cut */
    kbu_buf b = {0};
    assert_int_equal(kbr_utf8_repair(bad, 5, &b), KB_OK);
    assert_string_equal(b.data, "ab\xef\xbf\xbd"
                                "cd");
    kbu_buf_free(&b);
}

static void test_binary(void **st)
{
    (void)st;
    size_t where = 0;
    const char *text = "Hello world.\nA line\twith tab.\r\n";
    assert_false(kbr_is_binary((const unsigned char *)text, strlen(text), &where));
    /* latin-1 text is not binary */
    const char *latin = "Caf\xe9 cr\xe8me br\xfbl\xe9"
                        "e, na\xefve.\n";
    assert_false(kbr_is_binary((const unsigned char *)latin, strlen(latin), &where));
    unsigned char junk[4096];
    uint32_t x = 12345;
    for (size_t i = 0; i < sizeof junk; i++) {
        x = x * 1103515245u + 12345u;
        junk[i] = (unsigned char)(x >> 16);
    }
    assert_true(kbr_is_binary(junk, sizeof junk, &where));
    assert_true(where < 200);
    unsigned char png[64] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
                             0,    0,   0,   13,  'I',  'H',  'D',  'R'};
    assert_true(kbr_is_binary(png, sizeof png, &where));
    assert_int_equal(where, 6);
    /* one control byte anywhere in a text (blocks of 16 and words of 8 are
     * scanned first): found at its place, still text; the allowed ones
     * (\t \n \v \f \r ESC) are never counted */
    char line[300];
    for (size_t k = 0; k < sizeof line; k++) line[k] = (char)("The quick brown fox\n"[k % 20]);
    for (size_t k = 0; k < sizeof line; k++) {
        char keep = line[k];
        line[k] = 0x01;
        where = (size_t)-1;
        assert_false(kbr_is_binary((const unsigned char *)line, sizeof line, &where));
        assert_int_equal(where, k);
        static const char allowed[] = "\t\n\v\f\r\x1b";
        line[k] = allowed[k % 6];
        where = (size_t)-1;
        assert_false(kbr_is_binary((const unsigned char *)line, sizeof line, &where));
        assert_int_equal(where, (size_t)-1);
        line[k] = keep;
    }
}

static void test_http(void **st)
{
    (void)st;
    const char *m = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"ISO-8859-1\"\r\n"
                    "transfer-encoding:  chunked \r\nX-Crawler-Content-Encoding: gzip\r\n\r\nBODY";
    kbr_http h;
    assert_int_equal(kbr_http_parse(m, strlen(m), &h), 0);
    assert_int_equal(h.status, 200);
    assert_int_equal(h.tenc_len, 7);
    assert_null(h.cenc);
    assert_string_equal(m + h.body_off, "BODY");
    char mime[32], cs[32];
    kbr_mime(h.ctype, h.ctype_len, mime, sizeof mime);
    assert_string_equal(mime, "text/html");
    assert_true(kbr_charset(h.ctype, h.ctype_len, cs, sizeof cs));
    assert_string_equal(cs, "ISO-8859-1");
    assert_int_equal(kbr_http_parse("GET / HTTP/1.1\r\n\r\n", 18, &h), -1);
    /* LF-only headers */
    const char *m2 = "HTTP/1.0 404 Not Found\nContent-Type: text/plain\n\nnope";
    assert_int_equal(kbr_http_parse(m2, strlen(m2), &h), 0);
    assert_int_equal(h.status, 404);
    assert_string_equal(m2 + h.body_off, "nope");
}

static void test_dechunk(void **st)
{
    (void)st;
    kbu_buf b = {0};
    const char *c = "5\r\nHello\r\n7;ext=1\r\n, world\r\n0\r\nTrailer: x\r\n\r\n";
    assert_int_equal(kbr_dechunk(c, strlen(c), &b), KB_OK);
    assert_string_equal(b.data, "Hello, world");
    kbu_buf_clear(&b);
    assert_int_equal(kbr_dechunk("<html>", 6, &b), KB_EFORMAT);
    assert_int_equal(b.len, 0);
    /* cut in the middle of a chunk keeps what is there */
    assert_int_equal(kbr_dechunk("a\r\n0123", 7, &b), KB_OK);
    assert_string_equal(b.data, "0123");
    kbu_buf_free(&b);
}

static void test_inflate(void **st)
{
    (void)st;
    const char *txt = "<html><body><p>Hello gzip</p></body></html>";
    size_t zn;
    unsigned char *z = gz(txt, strlen(txt), &zn);
    kbu_buf b = {0};
    assert_int_equal(kbr_inflate((char *)z, zn, 1, KBR_MAX_DOC, &b), KB_OK);
    assert_string_equal(b.data, txt);
    kbu_buf_clear(&b);
    assert_int_equal(kbr_inflate((char *)z, zn / 2, 1, KBR_MAX_DOC, &b), KB_EFORMAT);
    kbu_buf_clear(&b);
    assert_int_equal(kbr_inflate((char *)z, zn, 1, 10, &b), KB_EUSAGE);
    assert_int_equal(b.len, 10);
    kbu_buf_clear(&b);
    /* zlib-wrapped deflate */
    unsigned char zl[256];
    uLongf zln = sizeof zl;
    assert_int_equal(compress2(zl, &zln, (const Bytef *)txt, strlen(txt), 6), Z_OK);
    assert_int_equal(kbr_inflate((char *)zl, zln, 0, KBR_MAX_DOC, &b), KB_OK);
    assert_string_equal(b.data, txt);
    kbu_buf_free(&b);
    free(z);
}

/* ---- source: multi-member gzip, truncation ------------------------------- */

static void test_gzip_members(void **st)
{
    (void)st;
    const char *a = "{\"id\":\"a\",\"text\":\"first\"}\n";
    const char *b = "{\"id\":\"b\",\"text\":\"second\"}\n";
    size_t na, nb;
    unsigned char *za = gz(a, strlen(a), &na), *zb = gz(b, strlen(b), &nb);
    unsigned char *cat = malloc(na + nb + 8);
    memcpy(cat, za, na);
    memcpy(cat + na, zb, nb);
    memset(cat + na + nb, 0, 8); /* zero padding is tolerated */
    got g;
    mem("m.jsonl.gz", cat, na + nb + 8, KBR_AUTO, &g);
    assert_int_equal(g.n_err, 0);
    assert_int_equal(g.n_ok, 2);
    assert_string_equal(g.ids[0], "a");
    assert_string_equal(g.ids[1], "b");
    assert_int_equal(g.pos[1], 2);
    /* cut inside the second member: the first doc, then one error */
    mem("m.jsonl.gz", cat, na + nb / 2, KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 1);
    assert_int_equal(g.n_err, 1);
    char want[64];
    snprintf(want, sizeof want, "m.jsonl.gz: byte %zu: truncated gzip stream", na + nb / 2);
    assert_string_equal(g.errs[0], want);
    /* garbage after the stream */
    memcpy(cat + na + nb, "junk!", 5);
    mem("m.jsonl.gz", cat, na + nb + 5, KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 2);
    assert_int_equal(g.n_err, 1);
    assert_non_null(strstr(g.errs[0], "data after the end of the gzip stream"));
    free(za);
    free(zb);
    free(cat);
}

/* ---- JSONL ------------------------------------------------------------- */

static void test_jsonl(void **st)
{
    (void)st;
    const char *j = "{\"id\":\"one\",\"title\":\"T\",\"url\":\"http://x/"
                    "\",\"date\":\"2024-01-02\",\"text\":\"Body one.\"}\n"
                    "\n"
                    "{\"id\": 42, \"html\": \"<p>two</p>\", \"text\": \"ignored\"}\r\n"
                    "{not json}\n"
                    "{\"id\":\"four\",\"title\":\"no body\"}\n"
                    "[1,2]\n"
                    "{\"text\":\"caf\xe9 latin-1\"}\n"
                    "{\"id\":\"last\",\"text\":\"no newline\"}";
    got g;
    mem("t.jsonl", j, strlen(j), KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 4);
    assert_int_equal(g.n_err, 3);
    assert_string_equal(g.ids[0], "one");
    assert_int_equal(g.types[0], KB_CT_TEXT);
    assert_int_equal(g.pos[0], 1);
    assert_string_equal(g.ids[1], "42");
    assert_int_equal(g.types[1], KB_CT_HTML);
    assert_string_equal(g.data[1], "<p>two</p>");
    assert_int_equal(g.pos[1], 3);
    assert_string_equal(g.ids[2], "t:7");
    assert_string_equal(g.data[2], "caf\xef\xbf\xbd latin-1");
    assert_string_equal(g.ids[3], "last");
    assert_true(!strncmp(g.errs[0], "t.jsonl: line 4: invalid JSON", 29));
    assert_string_equal(g.errs[1], "t.jsonl: line 5: no \"text\" or \"html\" string");
    assert_string_equal(g.errs[2], "t.jsonl: line 6: not a JSON object");
}

static void test_jsonl_fields(void **st)
{
    (void)st;
    const char *j = "{\"id\":\"x\",\"title\":\"Title\",\"url\":\"http://a/"
                    "b\",\"date\":\"2024-01-02\",\"text\":\"T\"}\n";
    kb_input *in = kbr_input_open_mem("f.jsonl", j, strlen(j), KBR_AUTO);
    kb_raw r;
    kb_err e;
    assert_int_equal(kb_input_next(in, &r, &e), KB_OK);
    assert_string_equal(r.title, "Title");
    assert_string_equal(r.url, "http://a/b");
    assert_string_equal(r.date, "2024-01-02");
    assert_string_equal(r.origin, "f.jsonl");
    assert_string_equal(r.position_kind, "line");
    assert_null(r.charset);
    assert_int_equal(kb_input_next(in, &r, &e), KB_DONE);
    kb_input_close(in);
}

static void test_sniff(void **st)
{
    (void)st;
    got g;
    /* '{' but not JSON, name not .jsonl: one text document */
    const char *t = "{{template}} Some article text here.\nMore.\n";
    mem("a.txt", t, strlen(t), KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 1);
    assert_int_equal(g.types[0], KB_CT_UNKNOWN);
    assert_string_equal(g.ids[0], "a");
    /* JSONL with a broken first line is still JSONL when named so */
    const char *j = "{broken\n{\"text\":\"ok\"}\n";
    mem("b.jsonl", j, strlen(j), KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 1);
    assert_int_equal(g.n_err, 1);
    /* JSONL detected from content whatever the name */
    const char *j2 = "  {\"text\":\"ok\"}\n";
    mem("c.dat", j2, strlen(j2), KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 1);
    assert_int_equal(g.types[0], KB_CT_TEXT);
    assert_string_equal(g.ids[0], "c:1");
    /* one line, no final newline */
    const char *j3 = "{\"id\":\"solo\",\"text\":\"ok\"}";
    mem("d", j3, strlen(j3), KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 1);
    assert_string_equal(g.ids[0], "solo");
    /* a pretty-printed .json document is one text document, not 4 bad lines */
    const char *pj = "{\n  \"a\": 1,\n  \"b\": 2\n}\n";
    mem("e.json", pj, strlen(pj), KBR_AUTO, &g);
    assert_int_equal(g.n_err, 0);
    assert_int_equal(g.n_ok, 1);
    assert_int_equal(g.types[0], KB_CT_UNKNOWN);
}

/* ---- whole-file documents ----------------------------------------------- */

static void test_text_file(void **st)
{
    (void)st;
    got g;
    mem("e.txt", "", 0, KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 0);
    assert_int_equal(g.n_err, 1);
    assert_string_equal(g.errs[0], "e.txt: empty file");
    mem("w.txt", " \n\n\t", 4, KBR_AUTO, &g);
    assert_string_equal(g.errs[0], "w.txt: empty file");
    const char bin[] = "\x7f"
                       "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0";
    mem("b.txt", bin, sizeof bin - 1, KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 0);
    assert_string_equal(g.errs[0], "b.txt: byte 4: binary data, not text");
    /* invalid UTF-8 is not an error */
    mem("l.txt", "na\xefve caf\xe9\n", 11, KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 1);
    assert_int_equal(g.n_err, 0);
    /* UTF-16LE with BOM -> UTF-8 */
    const char u16[] = "\xff\xfeH\0i\0 \0\xe9\0";
    mem("u.txt", u16, sizeof u16 - 1, KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 1);
    assert_string_equal(g.data[0], "Hi \xc3\xa9");
    /* gzip'd HTML */
    const char *h = "<!doctype html><html><body><p>x</p></body></html>";
    size_t zn;
    unsigned char *z = gz(h, strlen(h), &zn);
    mem("p.html.gz", z, zn, KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 1);
    assert_string_equal(g.ids[0], "p");
    assert_string_equal(g.data[0], h);
    /* truncated: no partial document, one error */
    mem("p.html.gz", z, zn - 6, KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 0);
    assert_int_equal(g.n_err, 1);
    assert_non_null(strstr(g.errs[0], "truncated gzip stream"));
    free(z);
}

/* ---- WARC --------------------------------------------------------------- */

static void add_rec(kbu_buf *w, const char *type, const char *extra, const char *block, size_t n)
{
    kbu_buf_printf(w,
                   "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s-id>\r\n"
                   "WARC-Date: 2024-05-18T01:58:10Z\r\n%sContent-Length: %zu\r\n\r\n",
                   type, type, extra, n);
    kbu_buf_append(w, block, n);
    kbu_buf_append(w, "\r\n\r\n", 4);
}

static void test_warc(void **st)
{
    (void)st;
    kbu_buf w = {0};
    add_rec(&w, "warcinfo", "", "software: test\r\n", 16);
    const char *req = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
    add_rec(&w, "request", "WARC-Target-URI: http://x/\r\n", req, strlen(req));
    /* chunked + gzip response */
    const char *html =
        "<html><head><title>T</title></head><body><p>Chunked gzip page.</p></body></html>";
    size_t zn;
    unsigned char *z = gz(html, strlen(html), &zn);
    kbu_buf resp = {0};
    kbu_buf_printf(&resp, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n"
                          "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n");
    size_t half = zn / 2;
    kbu_buf_printf(&resp, "%zx\r\n", half);
    kbu_buf_append(&resp, z, half);
    kbu_buf_printf(&resp, "\r\n%zx\r\n", zn - half);
    kbu_buf_append(&resp, z + half, zn - half);
    kbu_buf_printf(&resp, "\r\n0\r\n\r\n");
    add_rec(&w, "response",
            "WARC-Target-URI: <http://x/a>\r\nContent-Type: application/http; msgtype=response\r\n",
            resp.data, resp.len);
    uint64_t img_at = w.len;
    const char *img = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG\r\n\x1a\n";
    add_rec(&w, "response", "WARC-Target-URI: http://x/i.png\r\n", img, strlen(img));
    const char *redirect =
        "HTTP/1.1 301 Moved\r\nContent-Type: text/html\r\nLocation: /b\r\n\r\n<html>moved</html>";
    add_rec(&w, "response", "", redirect, strlen(redirect));
    add_rec(&w, "revisit", "", "HTTP/1.1 200 OK\r\n\r\n", 19);
    add_rec(&w, "resource", "WARC-Target-URI: file:///r.html\r\nContent-Type: text/html\r\n",
            "<html><body>res</body></html>", 29);
    uint64_t conv_at = w.len;
    add_rec(&w, "conversion", "WARC-Target-URI: http://x/a\r\nContent-Type: text/plain\r\n",
            "Plain WET text.", 15);
    add_rec(&w, "metadata", "", "fetchTimeMs: 5\r\n", 16);
    (void)img_at;

    got g;
    mem("t.warc", w.data, w.len, KBR_AUTO, &g);
    assert_int_equal(g.n_err, 0);
    assert_int_equal(g.n_ok, 3);
    assert_string_equal(g.ids[0], "response-id");
    assert_string_equal(g.data[0], html);
    assert_int_equal(g.types[0], KB_CT_HTML);
    assert_string_equal(g.ids[1], "resource-id");
    assert_int_equal(g.types[1], KB_CT_HTML);
    assert_string_equal(g.ids[2], "conversion-id");
    assert_int_equal(g.types[2], KB_CT_TEXT);
    assert_string_equal(g.data[2], "Plain WET text.");
    assert_int_equal(g.pos[2], conv_at);

    /* fields of the response */
    kb_input *in = kbr_input_open_mem("t.warc", w.data, w.len, KBR_AUTO);
    kb_raw r;
    kb_err e;
    assert_int_equal(kb_input_next(in, &r, &e), KB_OK);
    assert_string_equal(r.url, "http://x/a");
    assert_string_equal(r.date, "2024-05-18T01:58:10Z");
    assert_string_equal(r.charset, "windows-1252");
    assert_string_equal(r.position_kind, "byte");
    kb_input_close(in);

    /* the same, gzip-compressed as one member */
    size_t wn;
    unsigned char *wz = gz(w.data, w.len, &wn);
    mem("t.warc.gz", wz, wn, KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 3);
    assert_int_equal(g.n_err, 0);
    assert_int_equal(g.pos[2], conv_at);
    free(wz);

    /* cut in the middle of the conversion record */
    mem("t.warc", w.data, conv_at + 100, KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 2);
    assert_int_equal(g.n_err, 1);
    char want[80];
    snprintf(want, sizeof want, "t.warc: record at byte %llu: truncated",
             (unsigned long long)conv_at);
    assert_string_equal(g.errs[0], want);
    /* cut inside the header of the conversion record */
    mem("t.warc", w.data, conv_at + 30, KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 2);
    assert_int_equal(g.n_err, 1);
    assert_string_equal(g.errs[0], want);

    kbu_buf_free(&resp);
    kbu_buf_free(&w);
    free(z);
}

static void test_warc_garbage(void **st)
{
    (void)st;
    kbu_buf w = {0};
    add_rec(&w, "conversion", "", "first", 5);
    size_t bad_at = w.len;
    kbu_buf_printf(&w, "garbage line\r\nmore garbage\r\n");
    add_rec(&w, "conversion", "", "second", 6);
    /* a record without Content-Length */
    kbu_buf_printf(&w, "WARC/1.0\r\nWARC-Type: conversion\r\n\r\nxx\r\n\r\n");
    add_rec(&w, "conversion", "", "third", 5);
    got g;
    mem("g.warc", w.data, w.len, KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 3);
    assert_int_equal(g.n_err, 2);
    char want[100];
    snprintf(want, sizeof want,
             "g.warc: byte %zu: not a WARC record header, skipping to the next record", bad_at);
    assert_string_equal(g.errs[0], want);
    assert_non_null(strstr(g.errs[1], "no valid Content-Length"));
    assert_string_equal(g.data[2], "third");
    kbu_buf_free(&w);
}

/* a response too big to buffer is skipped quietly when its head says image */
static void test_warc_big_image(void **st)
{
    (void)st;
    kbu_buf w = {0};
    const char *head = "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n";
    size_t body = KBR_MAX_DOC + 1000;
    char *blk = calloc(1, 256 + body);
    assert_non_null(blk);
    memcpy(blk, head, strlen(head));
    add_rec(&w, "response", "", blk, strlen(head) + body);
    /* and an HTML one that is too big: reported, then the next record */
    const char *hh = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>";
    memcpy(blk, hh, strlen(hh));
    uint64_t big_at = w.len;
    add_rec(&w, "response", "", blk, strlen(hh) + body);
    free(blk);
    add_rec(&w, "conversion", "", "after", 5);
    got g;
    mem("big.warc", w.data, w.len, KBR_AUTO, &g);
    assert_int_equal(g.n_ok, 1);
    assert_int_equal(g.n_err, 1);
    assert_string_equal(g.data[0], "after");
    char want[120];
    snprintf(want, sizeof want, "big.warc: record at byte %llu: record larger than 64 MiB, skipped",
             (unsigned long long)big_at);
    assert_string_equal(g.errs[0], want);
    kbu_buf_free(&w);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_stem),         cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_binary),       cmocka_unit_test(test_http),
        cmocka_unit_test(test_dechunk),      cmocka_unit_test(test_inflate),
        cmocka_unit_test(test_gzip_members), cmocka_unit_test(test_jsonl),
        cmocka_unit_test(test_jsonl_fields), cmocka_unit_test(test_sniff),
        cmocka_unit_test(test_text_file),    cmocka_unit_test(test_warc),
        cmocka_unit_test(test_warc_garbage), cmocka_unit_test(test_warc_big_image),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
