/*
 * test_eval_extract.c -- unit tests of the extraction scorer
 * (kbv_extract_score): the \w+ tokenizer on Unicode edge cases (combining
 * marks split words, '_' joins them, digits of other scripts are word
 * characters), the shingle arithmetic on hand-computed cases, the
 * inclusion rules for empty predictions, missing ids, and the accepted
 * prediction formats. Writes its small files under /tmp.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "kb_internal.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

static char gold_path[256], pred_path[256];

static void write_file(const char *path, const char *s)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(s, f);
    fclose(f);
}

static kbv_extract_result score(const char *gold, const char *pred, const char *ext)
{
    snprintf(gold_path, sizeof gold_path, "/tmp/kb_test_eval_%d_gold.json", (int)getpid());
    snprintf(pred_path, sizeof pred_path, "/tmp/kb_test_eval_%d_pred%s", (int)getpid(), ext);
    write_file(gold_path, gold);
    write_file(pred_path, pred);
    kbv_extract_result r;
    kb_err err = {0};
    int rc = kbv_extract_score(pred_path, gold_path, &r, &err);
    if (rc != KB_OK) fail_msg("score failed: %s", err.msg);
    unlink(gold_path);
    unlink(pred_path);
    return r;
}

#define NEAR(a, b) assert_true(fabs((a) - (b)) < 1e-12)

/* One gold doc, one prediction: identical token lists? */
static int same_tokens(const char *g, const char *p)
{
    char gold[1024], pred[1024];
    snprintf(gold, sizeof gold, "{\"d\": {\"articleBody\": \"%s\", \"url\": \"u\"}}", g);
    snprintf(pred, sizeof pred, "{\"id\": \"d\", \"text\": \"%s\"}\n", p);
    kbv_extract_result r = score(gold, pred, ".jsonl");
    return r.accuracy == 1.0;
}

static void test_tokenizer_unicode(void **state)
{
    (void)state;
    /* Hindi: virama and vowel signs are marks, so they split words */
    assert_true(same_tokens("\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xA8\xE0\xA5\x8D\xE0\xA4\xA6\xE0\xA5\x80",
                            "\xE0\xA4\xB9 \xE0\xA4\xA8 \xE0\xA4\xA6"));
    /* e + combining acute: two words "cafe", ""... the mark splits */
    assert_true(same_tokens("cafe\\u0301s", "cafe s"));
    /* precomposed e-acute is a letter */
    assert_false(same_tokens("caf\\u00e9s", "caf s"));
    /* underscore joins, hyphen and apostrophe split */
    assert_false(same_tokens("foo_bar", "foo bar"));
    assert_true(same_tokens("don't well-known", "don t well known"));
    /* other scripts' digits and letters; No (superscript two) is a word char */
    assert_true(same_tokens("\\u0663\\u0664 \\u00b2x", "\\u0663\\u0664 \\u00b2x"));
    assert_false(same_tokens("x\\u00b2", "x"));
    /* punctuation and symbols are separators only; no case folding */
    assert_true(same_tokens("Hello, world! \\u2014 $5", "Hello world 5"));
    assert_false(same_tokens("Hello", "hello"));
    /* CJK ideographs form one run */
    assert_false(same_tokens("\\u6771\\u4eac", "\\u6771 \\u4eac"));
}

static void test_shingle_math(void **state)
{
    (void)state;
    /* truth: a b c d e (2 shingles); prediction: a b c d (1 shingle) */
    kbv_extract_result r = score("{\"x\": {\"articleBody\": \"a b c d e\"}}",
                                 "{\"id\": \"x\", \"text\": \"a b c d\"}\n", ".jsonl");
    /* tp=1 fn=1 fp=0 -> P=1, R=0.5 */
    NEAR(r.precision, 1.0);
    NEAR(r.recall, 0.5);
    NEAR(r.f1, 2 * 0.5 / 1.5);
    NEAR(r.accuracy, 0.0);
    /* short texts: one shorter shingle */
    r = score("{\"x\": {\"articleBody\": \"a b\"}}", "{\"x\": \"a b\"}", ".json");
    NEAR(r.f1, 1.0);
    NEAR(r.accuracy, 1.0);
    /* repeated shingles count as a multiset: truth a a a a a (2 x "a a a a") */
    r = score("{\"x\": {\"articleBody\": \"a a a a a\"}}", "{\"x\": \"a a a a\"}", ".json");
    NEAR(r.recall, 0.5);
    NEAR(r.precision, 1.0);
}

static void test_inclusion_rules(void **state)
{
    (void)state;
    /* doc 1 perfect, doc 2 empty prediction (out of precision, recall 0),
     * doc 3 missing (same), doc 4 both empty (out of both) */
    kbv_extract_result r = score(
        "{\"1\": {\"articleBody\": \"one two three four\"}, \"2\": {\"articleBody\": \"x y\"},"
        " \"3\": {\"articleBody\": \"p q r s t\"}, \"4\": {\"articleBody\": \"...\"}}",
        "{\"id\": \"1\", \"text\": \"one two three four\"}\n\n"
        "{\"id\": \"2\", \"text\": \"\"}\n{\"id\": \"4\", \"text\": null}\n"
        "{\"id\": \"9\", \"text\": \"extra\"}\n",
        ".jsonl");
    assert_int_equal(r.n_docs, 4);
    assert_int_equal(r.n_missing, 1);
    NEAR(r.precision, 1.0);     /* only doc 1 */
    NEAR(r.recall, 1.0 / 3.0);  /* docs 1, 2, 3 */
    NEAR(r.f1, 2 * (1.0 / 3.0) / (4.0 / 3.0));
    NEAR(r.accuracy, 0.5);      /* docs 1 and 4 have identical (empty) token lists */
}

static void test_formats(void **state)
{
    (void)state;
    const char *gold = "{\"a\": {\"articleBody\": \"alpha beta gamma delta\", \"url\": \"u\"}}";
    kbv_extract_result r;
    r = score(gold, "{\"a\": {\"articleBody\": \"alpha beta gamma delta\"}}", ".json");
    NEAR(r.f1, 1.0);
    r = score(gold, "{\"version\": \"1\", \"output\": {\"a\": \"alpha beta gamma delta\"}}", ".json");
    NEAR(r.f1, 1.0);
    r = score(gold, "{\"id\": \"a\", \"articleBody\": \"alpha beta gamma delta\"}", ".jsonl");
    NEAR(r.f1, 1.0);
    /* later lines win */
    r = score(gold, "{\"id\": \"a\", \"text\": \"zzz\"}\n{\"id\": \"a\", \"text\": \"alpha beta gamma delta\"}\n",
              ".jsonl");
    NEAR(r.f1, 1.0);
    /* gzip JSONL */
    snprintf(gold_path, sizeof gold_path, "/tmp/kb_test_eval_%d_gold.json", (int)getpid());
    snprintf(pred_path, sizeof pred_path, "/tmp/kb_test_eval_%d_pred.jsonl.gz", (int)getpid());
    write_file(gold_path, gold);
    gzFile z = gzopen(pred_path, "wb");
    assert_non_null(z);
    gzputs(z, "{\"id\": \"a\", \"text\": \"alpha beta gamma delta\"}\n");
    gzclose(z);
    kb_err err = {0};
    assert_int_equal(kbv_extract_score(pred_path, gold_path, &r, &err), KB_OK);
    NEAR(r.f1, 1.0);
    /* errors are reported, not printed */
    write_file(pred_path, "not json\n");
    unlink(pred_path);
    assert_int_not_equal(kbv_extract_score("/nonexistent/pred.jsonl", gold_path, &r, &err), KB_OK);
    assert_non_null(strstr(err.msg, "/nonexistent/pred.jsonl"));
    snprintf(pred_path, sizeof pred_path, "/tmp/kb_test_eval_%d_bad.jsonl", (int)getpid());
    write_file(pred_path, "{\"id\": \"a\"}\n{broken\n");
    assert_int_equal(kbv_extract_score(pred_path, gold_path, &r, &err), KB_EFORMAT);
    assert_non_null(strstr(err.msg, "line 2"));
    unlink(pred_path);
    unlink(gold_path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokenizer_unicode),
        cmocka_unit_test(test_shingle_math),
        cmocka_unit_test(test_inclusion_rules),
        cmocka_unit_test(test_formats),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
