/*
 * test_text.c -- unit tests of the text layer (src/text): UTF-8 repair,
 * normalisation (NFC, whitespace, controls, quotes, lines), paragraph and
 * token spans, and the sentence bounds. Sentence splitting proper is
 * covered by the golden cases (test_text_golden.c).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "kb_internal.h"
#include <stdlib.h>
#include <string.h>

static kb_arena *A;

static int setup(void **state)
{
    (void)state;
    A = kb_arena_new(0);
    return A ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    kb_arena_free(A);
    return 0;
}

static const char *norm(const char *in, size_t len, bool keep, size_t *rep)
{
    char *out;
    size_t ol, r;
    assert_int_equal(kbt_normalize(A, in, len, keep, &out, &ol, &r), KB_OK);
    assert_int_equal(strlen(out), ol);
    if (rep) *rep = r;
    return out;
}

#define N(s) norm(s, sizeof(s) - 1, false, NULL)
#define NL(s) norm(s, sizeof(s) - 1, true, NULL)

static void test_repair(void **state)
{
    (void)state;
    static const struct {
        const char *in;
        size_t len;
        const char *out;
        size_t rep;
    } cases[] = {
        {"ok", 2, "ok", 0},
        {"a\xC0\x80z", 4, "a\xEF\xBF\xBD\xEF\xBF\xBDz", 2},     /* overlong NUL: C0 and 80 */
        {"a\xE0\x80\x80z", 5, "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDz", 3}, /* overlong 3-byte */
        {"a\xED\xA0\x80z", 5, "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDz", 3}, /* surrogate */
        {"a\xE2\x82", 3, "a\xEF\xBF\xBD", 1},                    /* truncated at end */
        {"a\xE2\x82z", 4, "a\xEF\xBF\xBDz", 1},                  /* truncated mid-text */
        {"\xF5\xFF", 2, "\xEF\xBF\xBD\xEF\xBF\xBD", 2},          /* bytes > F4 */
        {"\x80", 1, "\xEF\xBF\xBD", 1},                          /* lone continuation */
        {"\xF4\x90\x80\x80", 4, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD", 4},
        {"\xF0\x9F\x98\x80", 4, "\xF0\x9F\x98\x80", 0},          /* valid emoji */
        {"\xEF\xBF\xBD", 3, "\xEF\xBF\xBD", 0},                  /* a real U+FFFD is not counted */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t rep = 99;
        char *r = kbt_utf8_repair(A, cases[i].in, cases[i].len, &rep);
        assert_string_equal(r, cases[i].out);
        assert_int_equal(rep, cases[i].rep);
        const char *n = norm(cases[i].in, cases[i].len, false, &rep);
        assert_string_equal(n, cases[i].out);
        assert_int_equal(rep, cases[i].rep);
    }
}

static void test_nfc(void **state)
{
    (void)state;
    assert_string_equal(N("Cafe\xCC\x81 ole"), "Caf\xC3\xA9 ole");                 /* e + acute */
    assert_string_equal(N("\xE2\x84\xAB"), "\xC3\x85");                            /* Angstrom */
    assert_string_equal(N("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"), "\xED\x95\x9C"); /* jamo */
    assert_string_equal(N("caf\xC3\xA9"), "caf\xC3\xA9");                          /* NFC already */
    assert_string_equal(N("xe\xCC\x91"), "x\xC8\x87"); /* e + inverted breve: composite < U+0300 */
    /* marks out of canonical order are reordered (dot below 220 before acute 230) */
    assert_string_equal(N("q\xCC\x81\xCC\xA3"), "q\xCC\xA3\xCC\x81");
    /* a decomposed word inside ASCII text: only that part changes */
    assert_string_equal(N("plain text Cafe\xCC\x81 more plain text"), "plain text Caf\xC3\xA9 more plain text");
    assert_string_equal(N("plain ASCII text."), "plain ASCII text.");
}

static void test_whitespace(void **state)
{
    (void)state;
    assert_string_equal(N("  a \t b  "), "a b");
    assert_string_equal(N("a\r\nb\rc\n"), "a b c");
    assert_string_equal(N("p1 line\nmore\n\n\n\n  p2  \n \n\np3"), "p1 line more\n\np2\n\np3");
    assert_string_equal(NL("t1\n  t2 \n\n\np2"), "t1\nt2\n\np2");
    assert_string_equal(N("a\xC2\xA0\xE2\x80\x83\xE3\x80\x80" "b"), "a b"); /* NBSP, em space, ideographic */
    assert_string_equal(N("a\xE2\x80\x89\xE2\x80\x8A" "b"), "a b");
    assert_string_equal(N("\xEF\xBB\xBFstart"), "start");                    /* BOM */
    assert_string_equal(N("zero\xE2\x80\x8Bwidth"), "zerowidth");
    assert_string_equal(N("a\x01\x02\x7F" "b\x1B"), "ab");                   /* controls */
    assert_string_equal(N("a\xC2\x85" "b"), "a b");                          /* NEL: a newline */
    assert_string_equal(N("p1\xE2\x80\xA9p2"), "p1\n\np2");                 /* paragraph sep. */
    assert_string_equal(N("soft\xC2\xADhyphen"), "softhyphen");
    assert_string_equal(N(""), "");
    assert_string_equal(N(" \n\n \t"), "");
}

static void test_quotes(void **state)
{
    (void)state;
    /* kept as written */
    assert_string_equal(N("\xE2\x80\x9CHi\xE2\x80\x9D \xE2\x80\x98x\xE2\x80\x99 \"y\" 'z'"),
                        "\xE2\x80\x9CHi\xE2\x80\x9D \xE2\x80\x98x\xE2\x80\x99 \"y\" 'z'");
    /* rare forms mapped */
    assert_string_equal(N("\xE2\x80\x9EHallo\xE2\x80\x9C"), "\xE2\x80\x9CHallo\xE2\x80\x9C");
    assert_string_equal(N("\xE2\x80\x9Ax\xE2\x80\x9B"), "\xE2\x80\x98x\xE2\x80\x98");
    assert_string_equal(N("\xE2\x80\x9Fx"), "\xE2\x80\x9Cx");
    assert_string_equal(N("5\xE2\x80\xB2 6\xE2\x80\xB3"), "5' 6\"");
    assert_string_equal(N("\xEF\xBC\x82q\xEF\xBC\x82 \xEF\xBC\x87s"), "\"q\" 's");
    assert_string_equal(N("``TeX''"), "\xE2\x80\x9CTeX\xE2\x80\x9D");
    assert_string_equal(N("it's '' fine"), "it's '' fine"); /* no open `` */
    assert_string_equal(N("a `b` c"), "a `b` c");
}

static void check_spans(const char *t, size_t len, const kb_span *s, size_t n)
{
    uint32_t prev = 0;
    for (size_t i = 0; i < n; i++) {
        assert_true(s[i].start < s[i].end);
        assert_true(s[i].end <= len);
        assert_true(s[i].start >= prev);
        prev = s[i].end;
        assert_true((t[s[i].start] & 0xC0) != 0x80);
        assert_true(s[i].end == len || (t[s[i].end] & 0xC0) != 0x80);
    }
}

static void test_paragraphs(void **state)
{
    (void)state;
    const char *t = N("One.\n\nTwo two.\n\n\nThree");
    kb_span *p;
    size_t n;
    assert_int_equal(kbt_paragraphs(A, t, strlen(t), &p, &n), KB_OK);
    assert_int_equal(n, 3);
    assert_memory_equal(t + p[1].start, "Two two.", 8);
    assert_int_equal(p[1].end - p[1].start, 8);
    /* raw text with blank lines holding spaces */
    const char *raw = "  a\n \t \nb  \n\n";
    assert_int_equal(kbt_paragraphs(A, raw, strlen(raw), &p, &n), KB_OK);
    assert_int_equal(n, 2);
    assert_int_equal(p[0].start, 2);
    assert_int_equal(p[0].end, 3);
    assert_int_equal(kbt_paragraphs(A, "", 0, &p, &n), KB_OK);
    assert_int_equal(n, 0);
}

static void expect_tokens(const char *text, const char *const *want, size_t nwant)
{
    kb_span *s;
    size_t n;
    assert_int_equal(kbt_tokens(A, text, strlen(text), &s, &n), KB_OK);
    check_spans(text, strlen(text), s, n);
    for (size_t i = 0; i < n && i < nwant; i++) {
        size_t l = s[i].end - s[i].start;
        if (l != strlen(want[i]) || memcmp(text + s[i].start, want[i], l))
            fail_msg("token %zu: got '%.*s', want '%s'", i, (int)l, text + s[i].start, want[i]);
    }
    assert_int_equal(n, nwant);
}

#define TOKS(text, ...)                                                       \
    do {                                                                      \
        static const char *const w_[] = {__VA_ARGS__};                        \
        expect_tokens(text, w_, sizeof w_ / sizeof *w_);                      \
    } while (0)

static void test_tokens(void **state)
{
    (void)state;
    TOKS("Don't stop, O\xE2\x80\x99" "Brien!", "Don't", "stop", ",", "O\xE2\x80\x99" "Brien", "!");
    TOKS("a well-known COVID-19 case", "a", "well-known", "COVID-19", "case");
    TOKS("1,524 and 13,500 or 3.5% of $1.13bn", "1,524", "and", "13,500", "or", "3.5", "%", "of",
         "$", "1.13bn");
    TOKS("2004,2005", "2004", ",", "2005");
    TOKS("the U.S. and e.g. Mr. Smith", "the", "U.S.", "and", "e.g.", "Mr.", "Smith");
    TOKS("George W. Bush", "George", "W.", "Bush");
    TOKS("end... (yes) \"no\"", "end", ".", ".", ".", "(", "yes", ")", "\"", "no", "\"");
    TOKS("players' club", "players", "'", "club");
    TOKS("bbc.co.uk rocks", "bbc.co.uk", "rocks");
    TOKS("\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xA8\xE0\xA5\x8D\xE0\xA4\xA6\xE0\xA5\x80 ok", /* Hindi */
         "\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xA8\xE0\xA5\x8D\xE0\xA4\xA6\xE0\xA5\x80", "ok");
    TOKS("\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9 x", /* man ZWJ woman */
         "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9", "x");
    TOKS("\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x82", "\xE6\x9D\xB1\xE4\xBA\xAC", "\xE3\x80\x82");
    TOKS("a\xE2\x80\x94" "b", "a", "\xE2\x80\x94", "b");
    kb_span *s;
    size_t n;
    assert_int_equal(kbt_tokens(A, "  \n ", 4, &s, &n), KB_OK);
    assert_int_equal(n, 0);
}

static void test_sentence_bounds(void **state)
{
    (void)state;
    /* 3000 words without punctuation: cut into sentences of <= 1000 words */
    kbu_buf b = {0};
    for (int i = 0; i < 3000; i++) kbu_buf_append(&b, "word ", 5);
    kb_span *s;
    size_t n;
    assert_int_equal(kbt_sentences(A, b.data, b.len, &s, &n), KB_OK);
    assert_int_equal(n, 3);
    for (size_t i = 0; i < n; i++) assert_true(s[i].end - s[i].start <= 1000 * 5);
    /* 50,000 bytes without a space: cut at the byte bound, on UTF-8 boundaries */
    kbu_buf_clear(&b);
    for (int i = 0; i < 25000; i++) kbu_buf_append(&b, "\xC3\xA9", 2);
    assert_int_equal(kbt_sentences(A, b.data, b.len, &s, &n), KB_OK);
    assert_true(n >= 3);
    check_spans(b.data, b.len, s, n);
    for (size_t i = 0; i < n; i++) assert_true(s[i].end - s[i].start <= 16384);
    kbu_buf_free(&b);
    assert_int_equal(kbt_sentences(A, "", 0, &s, &n), KB_OK);
    assert_int_equal(n, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_repair),     cmocka_unit_test(test_nfc),
        cmocka_unit_test(test_whitespace), cmocka_unit_test(test_quotes),
        cmocka_unit_test(test_paragraphs), cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_sentence_bounds),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
