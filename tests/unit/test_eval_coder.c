/* test_eval_coder.c -- the coder scorer (src/eval/coder.c) on a small gold file written
 * here: case accuracy, exact and root triples, PLOVER with exact actors, with actors on
 * three letters and by type alone, and the joint-subject (SRC/TAR) reading. The sentences
 * are our own; each expected figure is counted by hand in the comments. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TMPDIR_TAG "evcoder"
#include "code/kbe.h"
#include "tmpdir.h"

static kb_coder *coder;

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void score(const char *gold, kbv_coder_score *s)
{
    char path[400];
    snprintf(path, sizeof path, "%s/gold.jsonl", tmpdir);
    write_file(path, gold);
    kb_err err = {0};
    assert_int_equal(kbv_coder_eval(coder, path, KBV_ALL, NULL, NULL, s, &err), KB_OK);
}

/* Three cases the coder gets right or wrong in known ways:
 *  1. "Pakistan condemned India." gold PAK>IND 111: exact hit.
 *  2. the same act with a wrong source in the gold (AFG): exact miss, type hit.
 *  3. a no-event case with a sentence that codes nothing. */
static void test_triples_and_types(void **state)
{
    (void)state;
    kbv_coder_score s;
    score("{\"id\":\"a\",\"date\":\"20200101\",\"text\":\"Pakistan condemned India.\","
          "\"expected\":[{\"source\":\"PAK\",\"target\":\"IND\",\"code\":\"111\",\"plover\":\"DISAPPROVE\"}]}\n"
          "{\"id\":\"b\",\"date\":\"20200101\",\"text\":\"Pakistan condemned India.\","
          "\"expected\":[{\"source\":\"AFG\",\"target\":\"IND\",\"code\":\"111\",\"plover\":\"DISAPPROVE\"}]}\n"
          "{\"id\":\"c\",\"date\":\"20200101\",\"text\":\"The weather was mild on Tuesday.\","
          "\"expected\":[],\"notes\":[\"no_event\"]}\n",
          &s);
    assert_int_equal(s.scored, 3);
    assert_int_equal(s.exact, 2);      /* a and c */
    assert_int_equal(s.tp, 1);         /* a */
    assert_int_equal(s.fp, 1);         /* b's PAK>IND */
    assert_int_equal(s.fn, 1);         /* b's AFG>IND */
    assert_int_equal(s.noev_cases, 1);
    assert_int_equal(s.noev_right, 1);
    assert_true(s.has_plover);
    assert_int_equal(s.ptp, 1);        /* exact actors: only a */
    assert_int_equal(s.p3tp, 1);       /* AFG is not PAK on three letters either */
    assert_int_equal(s.pttp, 2);       /* by type alone both DISAPPROVE events match */
    assert_int_equal(s.ptfp, 0);
    assert_int_equal(s.ptfn, 0);
}

/* A joint subject marked SRC/TAR in the gold's markup is read as both dyads; a wrong
 * type costs in every PLOVER figure. */
static void test_joint_subject_and_wrong_type(void **state)
{
    (void)state;
    kbv_coder_score s;
    score("{\"id\":\"j\",\"date\":\"20200101\",\"text\":\"Pakistan and India held talks.\","
          "\"expected\":[{\"source\":\"PAK\",\"target\":null,\"plover\":\"CONSULT\"},"
          "{\"source\":\"IND\",\"target\":null,\"plover\":\"CONSULT\"}],"
          "\"markup\":\"(SRC/TAR: Pakistan) and (SRC/TAR: India) held (EVT: talks).\"}\n"
          "{\"id\":\"w\",\"date\":\"20200101\",\"text\":\"Pakistan condemned India.\","
          "\"expected\":[{\"source\":\"PAK\",\"target\":\"IND\",\"plover\":\"THREATEN\"}]}\n",
          &s);
    assert_int_equal(s.ptp, 2);  /* PAK>IND and IND>PAK CONSULT */
    assert_int_equal(s.pttp, 2);
    assert_int_equal(s.pfn, 1);  /* THREATEN missed */
    assert_int_equal(s.ptfn, 1);
    assert_int_equal(s.ptfp, 1); /* DISAPPROVE predicted */
}

/* Notes carry explanations after a colon. A skipped case is left out; a flagged one is
 * counted in the standard subset's complement only. */
static void test_notes_and_subsets(void **state)
{
    (void)state;
    const char *gold =
        "{\"id\":\"s\",\"text\":\"Pakistan condemned India.\",\"expected\":[],"
        "\"notes\":[\"tabari_check_skipped: expected events unknown\"]}\n"
        "{\"id\":\"f\",\"text\":\"Pakistan condemned India.\","
        "\"expected\":[{\"source\":\"PAK\",\"target\":\"IND\",\"code\":\"111\"}],"
        "\"notes\":[\"tabari_options:SET: CODE ALL\"]}\n"
        "{\"id\":\"u\",\"text\":\"Pakistan condemned India.\",\"expected\":[],"
        "\"unchecked\":[{\"source\":\"PAK\"}],\"notes\":[\"unchecked_events_present\"]}\n"
        "{\"id\":\"n\",\"text\":\"Pakistan condemned India.\",\"expected\":[],\"notes\":[\"no_event\"]}\n";
    char path[400];
    snprintf(path, sizeof path, "%s/gold.jsonl", tmpdir);
    write_file(path, gold);
    kb_err err = {0};
    kbv_coder_score a, st, fl;
    assert_int_equal(kbv_coder_eval(coder, path, KBV_ALL, NULL, NULL, &a, &err), KB_OK);
    assert_int_equal(kbv_coder_eval(coder, path, KBV_STANDARD, NULL, NULL, &st, &err), KB_OK);
    assert_int_equal(kbv_coder_eval(coder, path, KBV_FLAGGED, NULL, NULL, &fl, &err), KB_OK);
    assert_int_equal(a.cases, 4);
    assert_int_equal(a.scored, 3); /* s is skipped */
    assert_int_equal(a.flagged, 1);
    assert_int_equal(fl.scored, 1);
    assert_int_equal(fl.exact, 1);
    assert_int_equal(st.scored, 2);
    assert_int_equal(st.exact, 1); /* u: extra predictions after "-{" are not errors; n: wrong */
    assert_int_equal(st.fp, 1);    /* only n's event counts against precision */
}

int main(void)
{
    kb_err err = {0};
    coder = kb_coder_new(getenv("KHABAR_LEXICON"), &err);
    if (!coder) {
        fprintf(stderr, "coder: %s\n", err.msg);
        return 1;
    }
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_triples_and_types),
        cmocka_unit_test(test_joint_subject_and_wrong_type),
        cmocka_unit_test(test_notes_and_subsets),
    };
    int rc = cmocka_run_group_tests(tests, setup, teardown);
    kb_coder_free(coder);
    return rc;
}
