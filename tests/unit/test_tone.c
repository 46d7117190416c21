/* test_tone.c -- the article tone (src/answer/tone.c, lexicon/tone.txt): GDELT's
 * AvgTone arithmetic (positive% - negative% of words) on sentences written here,
 * stem matching, empty text, and a malformed or self-contradicting lexicon
 * refused with FILE:LINE. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "answer/answer.h"

static kbx_tone *TONE;

static int setup(void **state)
{
    (void)state;
    kb_err err = {0};
    TONE = kbx_tone_load(NULL, &err);
    if (!TONE) fprintf(stderr, "tone lexicon: %s\n", err.msg);
    return TONE ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    kbx_tone_free(TONE);
    return 0;
}

static kbx_tone_score score(const char *s)
{
    kbx_tone_score sc;
    kb_err err = {0};
    assert_int_equal(kbx_tone_of(TONE, s, strlen(s), &sc, &err), KB_OK);
    return sc;
}

static void test_arithmetic(void **state)
{
    (void)state;
    /* 11 words, three negative: gunmen -1, killed -1, attack -1 */
    kbx_tone_score s = score("Gunmen in a van killed two guards near the attack site.");
    assert_int_equal(s.words, 11);
    assert_float_equal(s.negative, 300.0 / 11, 1e-9);
    assert_float_equal(s.positive, 0.0, 1e-9);
    assert_float_equal(s.tone, -300.0 / 11, 1e-9);
    /* 8 words: welcome +1, agreement +1 */
    s = score("Both sides welcome the agreement signed on Monday.");
    assert_int_equal(s.words, 8);
    assert_float_equal(s.tone, 25.0, 1e-9);
    /* numbers and punctuation are not words */
    s = score("1,524 -- 12 !");
    assert_int_equal(s.words, 0);
    assert_float_equal(s.tone, 0.0, 1e-9);
}

static void test_stems_and_signs(void **state)
{
    (void)state;
    kbx_tone_score a = score("The army attacked.");
    kbx_tone_score b = score("The army attacks.");
    assert_true(a.negative > 0);
    assert_float_equal(a.tone, b.tone, 1e-9);
    assert_true(score("Leaders praised the peace talks and pledged cooperation.").tone > 0);
    assert_true(score("A suicide bomber killed dozens; the blast injured many more.").tone < 0);
    assert_int_equal(score("").words, 0);
}

static void test_bad_lexicons(void **state)
{
    (void)state;
    char dir[] = "/tmp/kb-tone-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/tone.txt", dir);
    static const char *bad[] = {"peace 1\nwar\n", "peace 2\n", "peace 0\n", "attack -1\nattacks -0.5\n",
                                "# only a comment\n", "war -1 extra\n"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        FILE *f = fopen(path, "w");
        assert_non_null(f);
        fputs(bad[i], f);
        fclose(f);
        kb_err err = {0};
        kbx_tone *t = kbx_tone_load(dir, &err);
        if (t) fprintf(stderr, "accepted: %s", bad[i]);
        assert_null(t);
        assert_non_null(strstr(err.msg, "tone.txt"));
    }
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("# ok\npeace 1\nwar -0.5\n", f);
    fclose(f);
    kb_err err = {0};
    kbx_tone *t = kbx_tone_load(dir, &err);
    assert_non_null(t);
    kbx_tone_score sc;
    assert_int_equal(kbx_tone_of(t, "war war peace now", 17, &sc, &err), KB_OK);
    assert_float_equal(sc.tone, 0.0, 1e-9);
    assert_float_equal(sc.negative, 25.0, 1e-9);
    kbx_tone_free(t);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_arithmetic),
        cmocka_unit_test(test_stems_and_signs),
        cmocka_unit_test(test_bad_lexicons),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
