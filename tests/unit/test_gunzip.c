/* test_gunzip.c -- the gzip fast path (gunzip.c) against zlib: members that
 * zlib writes at every level and strategy (stored, fixed and dynamic blocks,
 * long and short match distances) must decode to the same bytes; headers
 * with a name, comment, extra field and header CRC are read; and for
 * thousands of random corruptions and cuts, whenever the fast path accepts,
 * zlib (as source.c runs it: no CRC check) must give the same bytes without
 * an error. Also the reader on a gzip memory block, through the fast path. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "read/read.h"

static uint32_t rng = 12345;
static unsigned rnd(unsigned n)
{
    rng = rng * 1103515245u + 12345u;
    return (rng >> 8) % n;
}

/* Text-like input: words and markup drawn from a small vocabulary, runs of
 * one byte, short periods and random bytes, so that every kind of match and
 * code length occurs. */
static unsigned char *sample(size_t n, int kind)
{
    static const char *words[] = {"the ", "<div class=\"story\">", "police ", "said ", "\n    ",
                                  "</p>", "protest ", "2026 ", "&amp; ", "\xc3\xa9t\xc3\xa9 "};
    unsigned char *p = malloc(n + 1);
    size_t i = 0;
    while (i < n) {
        unsigned r = kind == 2 ? 9 : rnd(10);
        if (r < 6) {
            const char *w = words[rnd(10)];
            for (size_t k = 0; w[k] && i < n; k++) p[i++] = (unsigned char)w[k];
        } else if (r == 6) {
            unsigned char c = (unsigned char)rnd(256);
            for (unsigned k = rnd(300); k && i < n; k--) p[i++] = c;
        } else if (r == 7) {
            unsigned per = 2 + rnd(6);
            unsigned char pat[8];
            for (unsigned k = 0; k < per; k++) pat[k] = (unsigned char)rnd(256);
            for (unsigned k = 0, m = rnd(200); k < m && i < n; k++) p[i++] = pat[k % per];
        } else {
            for (unsigned k = rnd(kind == 2 ? 4000 : 40); k && i < n; k--) p[i++] = (unsigned char)rnd(256);
        }
    }
    return p;
}

static unsigned char *gz(const unsigned char *p, size_t n, int level, int strategy, size_t *out_n)
{
    z_stream z = {.next_in = (unsigned char *)(uintptr_t)p, .avail_in = (uInt)n};
    assert_int_equal(deflateInit2(&z, level, Z_DEFLATED, 16 + 15, 8, strategy), Z_OK);
    uLong cap = deflateBound(&z, (uLong)n) + 64;
    unsigned char *o = malloc(cap);
    z.next_out = o, z.avail_out = (uInt)cap;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    *out_n = z.total_out;
    deflateEnd(&z);
    return o;
}

/* zlib as source.c runs it; returns the length, or -1 on error. */
static long zlib_gunzip(const unsigned char *p, size_t n, unsigned char *out, size_t cap)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) return -1;
    inflateValidate(&z, 0);
    z.next_in = (unsigned char *)(uintptr_t)p;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    int rc = inflate(&z, Z_FINISH);
    long got = (long)(cap - z.avail_out);
    inflateEnd(&z);
    return rc == Z_STREAM_END ? got : -1;
}

/* The fast path on [p, n): -1 declined, else the length (out filled). */
static long fast(const unsigned char *p, size_t n, unsigned char **out)
{
    size_t size = kbr_gunzip_size(p, n);
    *out = NULL;
    if (!size || size > ((size_t)16 << 20)) return -1;
    *out = malloc(size + KBR_GUNZIP_SLACK);
    if (kbr_gunzip_fast(p, n, *out, size) != 0) {
        free(*out);
        *out = NULL;
        return -1;
    }
    return (long)size;
}

static void test_zlib_streams(void **st)
{
    (void)st;
    static const int strategies[] = {Z_DEFAULT_STRATEGY, Z_FILTERED, Z_HUFFMAN_ONLY, Z_RLE, Z_FIXED};
    static const size_t sizes[] = {1, 7, 100, 5000, 70000, 300000};
    int accepted = 0, tried = 0;
    for (int kind = 0; kind < 3; kind++)
        for (size_t si = 0; si < sizeof sizes / sizeof *sizes; si++) {
            unsigned char *in = sample(sizes[si], kind);
            for (int level = 0; level <= 9; level += 3)
                for (size_t k = 0; k < sizeof strategies / sizeof *strategies; k++) {
                    size_t zn;
                    unsigned char *z = gz(in, sizes[si], level, strategies[k], &zn);
                    unsigned char *out;
                    long got = fast(z, zn, &out);
                    tried++;
                    if (got >= 0) {
                        accepted++;
                        assert_int_equal(got, (long)sizes[si]);
                        assert_memory_equal(out, in, sizes[si]);
                    }
                    free(out);
                    free(z);
                }
            free(in);
        }
    /* declining is allowed (incomplete codes), but must stay rare */
    assert_true(accepted * 10 >= tried * 9);
}

static void put_le32(unsigned char *p, uint32_t v)
{
    for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i));
}

static void test_header_fields(void **st)
{
    (void)st;
    const char *text = "A header with every optional field, then a body that repeats, repeats, repeats.";
    size_t n = strlen(text);
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY), Z_OK);
    unsigned char raw[512];
    z.next_in = (unsigned char *)(uintptr_t)text;
    z.avail_in = (uInt)n;
    z.next_out = raw;
    z.avail_out = sizeof raw;
    assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
    size_t rn = sizeof raw - z.avail_out;
    deflateEnd(&z);
    unsigned char g[1024];
    size_t w = 0;
    static const unsigned char head[10] = {0x1f, 0x8b, 8, 2 | 4 | 8 | 16, 0, 0, 0, 0, 0, 3};
    memcpy(g, head, 10);
    w = 10;
    g[w++] = 5, g[w++] = 0; /* FEXTRA of 5 bytes */
    memcpy(g + w, "ab\0cd", 5), w += 5;
    memcpy(g + w, "page.html", 10), w += 10; /* FNAME with its NUL */
    memcpy(g + w, "a comment", 10), w += 10; /* FCOMMENT */
    g[w++] = 0x12, g[w++] = 0x34;            /* FHCRC (not checked) */
    memcpy(g + w, raw, rn), w += rn;
    put_le32(g + w, (uint32_t)crc32(0, (const unsigned char *)text, (uInt)n)), w += 4;
    put_le32(g + w, (uint32_t)n), w += 4;
    unsigned char *out;
    assert_int_equal(fast(g, w, &out), (long)n);
    assert_memory_equal(out, text, n);
    free(out);
    /* a reserved flag bit: zlib refuses, so must the fast path */
    g[3] |= 0x20;
    assert_int_equal(fast(g, w, &out), -1);
    g[3] &= (unsigned char)~0x20;
    /* a wrong size in the trailer, one byte more or less of input */
    put_le32(g + w - 4, (uint32_t)n + 1);
    assert_int_equal(fast(g, w, &out), -1);
    free(out);
    put_le32(g + w - 4, (uint32_t)n);
    assert_int_equal(fast(g, w - 1, &out), -1);
    g[w] = 0;
    assert_int_equal(fast(g, w + 1, &out), -1);
}

static void test_two_members_decline(void **st)
{
    (void)st;
    const unsigned char a[] = "first member ", b[] = "second member";
    size_t an, bn;
    unsigned char *za = gz(a, sizeof a - 1, 6, Z_DEFAULT_STRATEGY, &an);
    unsigned char *zb = gz(b, sizeof b - 1, 6, Z_DEFAULT_STRATEGY, &bn);
    unsigned char *both = malloc(an + bn);
    memcpy(both, za, an);
    memcpy(both + an, zb, bn);
    unsigned char *out;
    assert_int_equal(fast(both, an + bn, &out), -1);
    /* the reader still gives both members (through zlib) */
    kbr_src s;
    assert_int_equal(kbr_src_open_mem(&s, both, an + bn), KB_OK);
    kbu_buf buf = {0};
    kbr_src_read(&s, &buf, 1000);
    assert_int_equal(s.err, 0);
    assert_int_equal(buf.len, sizeof a - 1 + sizeof b - 1);
    assert_memory_equal(buf.data, "first member second member", buf.len);
    kbu_buf_free(&buf);
    kbr_src_close(&s);
    free(both);
    free(za);
    free(zb);
}

static void test_corruptions(void **st)
{
    (void)st;
    unsigned char *in = sample(20000, 0);
    size_t zn;
    unsigned char *z = gz(in, 20000, 6, Z_DEFAULT_STRATEGY, &zn);
    unsigned char *m = malloc(zn);
    size_t cap = (size_t)1 << 20;
    unsigned char *ref = malloc(cap);
    int accepted = 0;
    for (int t = 0; t < 3000; t++) {
        memcpy(m, z, zn);
        size_t n = zn;
        int flips = 1 + (int)rnd(4);
        for (int f = 0; f < flips; f++) {
            size_t at = 10 + rnd((unsigned)(zn - 18)); /* the deflate data */
            m[at] ^= (unsigned char)(1u << rnd(8));
        }
        if (rnd(4) == 0) { /* also cut, keeping a plausible trailer */
            size_t cut = 1 + rnd((unsigned)(zn - 20));
            memmove(m + zn - 8 - cut, m + zn - 8, 8);
            n = zn - cut;
        }
        unsigned char *out;
        long got = fast(m, n, &out);
        if (got < 0) continue;
        accepted++;
        long zgot = zlib_gunzip(m, n, ref, cap);
        assert_int_equal(zgot, got);
        assert_memory_equal(ref, out, (size_t)got);
        free(out);
    }
    assert_true(accepted > 0); /* flips in literals decode fine: some are accepted */
    free(ref);
    free(m);
    free(z);
    free(in);
}

static void test_reader_uses_it(void **st)
{
    (void)st;
    unsigned char *in = sample(400000, 0); /* larger than the zlib window */
    memcpy(in, "<html>", 6);
    size_t zn;
    unsigned char *z = gz(in, 400000, 6, Z_DEFAULT_STRATEGY, &zn);
    kbr_src s;
    assert_int_equal(kbr_src_open_mem(&s, z, zn), KB_OK);
    assert_true(s.eof); /* decoded at once */
    const unsigned char *p;
    assert_int_equal(kbr_src_peek(&s, 400000, &p), 400000);
    assert_memory_equal(p, in, 400000);
    kbr_src_close(&s);
    free(z);
    free(in);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_zlib_streams),     cmocka_unit_test(test_header_fields),
        cmocka_unit_test(test_two_members_decline), cmocka_unit_test(test_corruptions),
        cmocka_unit_test(test_reader_uses_it),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
