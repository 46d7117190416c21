/* test_toll.c -- the toll annotator: number words and quantities (numbers.c),
 * casualty mentions (toll.c), document and clause tolls (toll_doc.c), and the
 * golden cases of tests/golden/toll/cases.tsv (the project's own sentences). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "annotate/toll.h"
#include "kb_internal.h"

static void words(void **state)
{
    (void)state;
    struct {
        const char *w;
        long v;
    } c[] = {{"7", 7},         {"1,524", 1524},     {"seven", 7}, {"Twenty-three", 23},
             {"dozen", 12},    {"nineteen", 19},    {"1,52", -1}, {"twenty-ten", -1},
             {"people", -1},   {"0", 0},            {"ninety-nine", 99}};
    for (size_t i = 0; i < sizeof c / sizeof *c; i++) {
        long v = kba_word_number(c[i].w, strlen(c[i].w));
        if (v != c[i].v) fail_msg("'%s' -> %ld, expected %ld", c[i].w, v, c[i].v);
    }
}

/* the quantity at the start of s */
static void qty(const char *s, int32_t v, int32_t mn, int32_t mx, int approx)
{
    kba_tok t[64];
    size_t n = kba_tokenize(s, 0, (uint32_t)strlen(s), t, 64);
    kba_count q;
    size_t k = kba_quantity(s, t, 0, n, &q);
    if (v == -2) {
        if (k) fail_msg("'%s' read as a quantity (%d)", s, q.value);
        return;
    }
    if (!k) fail_msg("'%s': no quantity", s);
    if (q.value != v || q.min != mn || q.max != mx || (q.approx != 0) != approx)
        fail_msg("'%s' -> %d/%d/%d/%d, expected %d/%d/%d/%d", s, q.value, q.min, q.max, q.approx,
                 v, mn, mx, approx);
}

static void quantities(void **state)
{
    (void)state;
    qty("1,524 people", 1524, -1, -1, 0);
    qty("seven soldiers", 7, -1, -1, 0);
    qty("twenty three people", 23, -1, -1, 0);
    qty("a dozen people", 12, -1, -1, 0);
    qty("dozens of people", -1, 24, -1, 1);
    qty("hundreds of people", -1, 200, -1, 1);
    qty("scores of people", -1, 40, -1, 1);
    qty("at least 11 people", 11, 11, -1, 0);
    qty("more than 20 people", -1, 21, -1, 1);
    qty("nearly 50 people", 50, -1, 50, 1);
    qty("up to 15 people", 15, -1, 15, 1);
    qty("between 30 and 40", -1, 30, 40, 1);
    qty("12 to 15 people", -1, 12, 15, 1);
    qty("12-15 people", -1, 12, 15, 1);
    qty("two hundred people", 200, -1, -1, 0);
    qty("25-year-old", -2, 0, 0, 0);
    qty("2023 was", -2, 0, 0, 0);
    qty("11:30 p.m.", -2, 0, 0, 0);
    qty("10 billion rupees", -2, 0, 0, 0);
    qty("30 percent", -2, 0, 0, 0);
    qty("3 years", -2, 0, 0, 0);
    qty("some people", -2, 0, 0, 0);
}

/* Summary of one text (sentences from the text layer). */
static void summarise(const char *text, kba_toll_sum *s, kba_toll **tl, size_t *n, kb_arena *a)
{
    kb_span *sents;
    size_t ns;
    assert_int_equal(kbt_sentences(a, text, strlen(text), &sents, &ns), KB_OK);
    assert_int_equal(kba_tolls(text, strlen(text), sents, ns, a, tl, n), KB_OK);
    kba_toll_summary(*tl, *n, s);
}

static int parse_count(const char *f, kba_count *c)
{
    *c = (kba_count){-1, -1, -1, 0, 0};
    if (!strcmp(f, "-")) return 1;
    char a[16], b[16], d[16];
    int ap;
    if (sscanf(f, "%15[^,],%15[^,],%15[^,],%d", a, b, d, &ap) != 4) return 0;
    c->value = strcmp(a, "-") ? atoi(a) : -1;
    c->min = strcmp(b, "-") ? atoi(b) : -1;
    c->max = strcmp(d, "-") ? atoi(d) : -1;
    c->approx = ap;
    return 1;
}

static int same(const kba_count *a, const kba_count *b)
{
    return a->value == b->value && a->min == b->min && a->max == b->max &&
           (a->approx != 0) == (b->approx != 0);
}

static void golden(void **state)
{
    (void)state;
    FILE *f = fopen("tests/golden/toll/cases.tsv", "r");
    assert_non_null(f);
    kb_arena *a = kb_arena_new(0);
    char line[2048];
    int cases = 0, bad = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n') continue;
        line[strcspn(line, "\n")] = 0;
        char *k = strtok(line, "\t"), *i = strtok(NULL, "\t"), *text = strtok(NULL, "\t");
        assert_non_null(text);
        kba_count gk, gi;
        assert_true(parse_count(k, &gk) && parse_count(i, &gi));
        kb_arena_reset(a);
        kba_toll_sum s;
        kba_toll *tl;
        size_t n;
        summarise(text, &s, &tl, &n, a);
        cases++;
        if (!same(&s.killed, &gk) || !same(&s.injured, &gi)) {
            bad++;
            fprintf(stderr, "golden: %s\n  killed %d/%d/%d/%d (want %s), injured %d/%d/%d/%d (want %s)\n",
                    text, s.killed.value, s.killed.min, s.killed.max, s.killed.approx, k,
                    s.injured.value, s.injured.min, s.injured.max, s.injured.approx, i);
        }
    }
    fclose(f);
    kb_arena_free(a);
    assert_true(cases >= 20);
    if (bad) fail_msg("%d of %d golden toll cases wrong", bad, cases);
}

static void mentions_and_spans(void **state)
{
    (void)state;
    kb_arena *a = kb_arena_new(0);
    const char *text = "Hundreds of people have died since January. On Monday a car bomb killed "
                       "six people and wounded 12 in the market.";
    kba_toll_sum s;
    kba_toll *tl;
    size_t n;
    summarise(text, &s, &tl, &n, a);
    assert_true(n >= 3);
    assert_true(tl[0].flags & KBA_TF_AGGREGATE);
    assert_int_equal(s.killed.value, 6);
    assert_int_equal(s.injured.value, 12);
    /* the clause toll of the first sentence: the aggregate is left out */
    kba_toll_sum c;
    const char *dot = strchr(text, '.');
    kba_toll_in_span(tl, n, 0, (uint32_t)(dot - text + 1), &c);
    assert_int_equal(c.killed.value, -1);
    kba_toll_in_span(tl, n, (uint32_t)(dot - text + 1), (uint32_t)strlen(text), &c);
    assert_int_equal(c.killed.value, 6);
    assert_int_equal(c.injured.value, 12);
    /* spans point at the words */
    for (size_t k = 0; k < n; k++) assert_true(tl[k].start < tl[k].end && tl[k].end <= strlen(text));
    /* a separate incident told now: not the article's toll, but its own sentence's */
    const char *apart = "Militants killed nine soldiers at a base on Thursday. Separately, three civilians "
                        "were killed when a roadside bomb hit a minibus.";
    summarise(apart, &s, &tl, &n, a);
    assert_int_equal(s.killed.value, 9);
    dot = strchr(apart, '.');
    kba_toll_in_span(tl, n, (uint32_t)(dot - apart + 1), (uint32_t)strlen(apart), &c);
    assert_int_equal(c.killed.value, 3);
    /* nothing at all */
    summarise("The minister met the ambassador on Tuesday.", &s, &tl, &n, a);
    assert_int_equal(n, 0);
    assert_int_equal(s.killed.value, -1);
    assert_int_equal(kba_count_figure(&s.killed), 0);
    /* empty text */
    assert_int_equal(kba_tolls("", 0, NULL, 0, a, &tl, &n), KB_OK);
    assert_int_equal(n, 0);
    kb_arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(words),
        cmocka_unit_test(quantities),
        cmocka_unit_test(golden),
        cmocka_unit_test(mentions_and_spans),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
