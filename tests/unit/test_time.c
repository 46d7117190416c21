/* test_time.c -- the time annotator (src/annotate/time.c): normalisation against
 * the DCT (tense, ISO weeks across years, leap days), spans in bytes over UTF-8,
 * no DCT, precision of values, the governing-date helper, hostile input. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "annotate/time.h"

/* the expression whose text is span must exist with this type and value */
static void check(const char *dct, const char *text, const char *span, const char *type,
                  const char *value)
{
    kb_arena *a = kb_arena_new(0);
    kba_timex *t;
    size_t n;
    assert_int_equal(kba_times(text, strlen(text), dct, a, &t, &n), KB_OK);
    for (size_t i = 0; i < n; i++) {
        if (strlen(span) != t[i].end - t[i].start || memcmp(span, text + t[i].start, strlen(span)))
            continue;
        char got[64];
        snprintf(got, sizeof got, "%s", t[i].value);
        kba_tx_type gt = t[i].type;
        kb_arena_free(a);
        if (strcmp(type, kba_tx_type_name(gt)) || strcmp(value, got))
            fail_msg("'%s' (%s): '%s' -> %s %s, expected %s %s", text, dct ? dct : "-", span,
                     kba_tx_type_name(gt), got, type, value);
        return;
    }
    fprintf(stderr, "got:");
    for (size_t i = 0; i < n; i++)
        fprintf(stderr, " [%.*s]=%s", (int)(t[i].end - t[i].start), text + t[i].start, t[i].value);
    fprintf(stderr, "\n");
    kb_arena_free(a);
    fail_msg("'%s' (%s): no expression '%s'", text, dct ? dct : "-", span);
}

static size_t count(const char *dct, const char *text)
{
    kb_arena *a = kb_arena_new(0);
    kba_timex *t;
    size_t n;
    assert_int_equal(kba_times(text, strlen(text), dct, a, &t, &n), KB_OK);
    kb_arena_free(a);
    return n;
}

static void vocab(void **state)
{
    (void)state;
    assert_true(kba_time_vocab_ok());
}

static void absolute(void **state)
{
    (void)state;
    const char *d = "2025-10-14";
    check(d, "on Oct. 12 the border closed", "Oct. 12", "DATE", "2025-10-12");
    check(d, "on 12 October 2025", "12 October 2025", "DATE", "2025-10-12");
    check(d, "dated 2025-10-12.", "2025-10-12", "DATE", "2025-10-12");
    check(d, "in October 2024 and", "October 2024", "DATE", "2024-10");
    check(d, "in 2001, troops", "2001", "DATE", "2001");
    check(d, "in the 1990s", "the 1990s", "DATE", "199");
    check(d, "in the 1800s", "the 1800s", "DATE", "18");
    check(d, "the 20th century", "20th century", "DATE", "19");
    check(d, "a third-quarter loss", "third-quarter", "DATE", "2025-Q3");
    check(d, "the eight-year war", "eight-year", "DURATION", "P8Y");
    check(d, "up to 180 days", "up to 180 days", "DURATION", "P180D");
    check(d, "on 10/12/2025,", "10/12/2025", "DATE", "2025-10-12");
    check(d, "Sunday, Oct. 12, 2025 -", "Sunday, Oct. 12, 2025", "DATE", "2025-10-12");
    check(d, "fiscal 2024 results", "fiscal 2024", "DATE", "2024");
    check(d, "in nineteen ninety-six", "nineteen ninety-six", "DATE", "1996");
    check(d, "on 12.10.2025.", "12.10.2025", "DATE", "2025-10-12");
    check(d, "at 1400 GMT", "1400 GMT", "TIME", "2025-10-14T14:00");
    check(d, "until 5 p.m. EST, Oct. 20", "5 p.m. EST, Oct. 20", "TIME", "2025-10-20T17:00");
    check(d, "Call me Sunday night at 8 PM", "8 PM", "TIME", "2025-10-12T20:00");
    assert_int_equal(count(d, "growth of 10.12 percent"), 0);
    check(d, "January nineteen ninety-seven", "January nineteen ninety-seven", "DATE", "1997-01");
    check(d, "On May 22, 1995, he won; the following year he left", "the following year", "DATE",
          "1996");
    check(d, "In April 2024, gunmen raided a bank. Troops arrested dozens of men that month.", "that month", "DATE",
          "2024-04");
    check(d, "In the 2016 clashes, troops fired; that year the border closed", "that year", "DATE", "2016");
    check(d, "in the second half of 2024", "the second half of 2024", "DATE", "2024-H2");
    check(d, "Christmas 2024", "Christmas 2024", "DATE", "2024-12-25");
    check(d, "on Thanksgiving 2025", "Thanksgiving 2025", "DATE", "2025-11-27");
}

static void relative(void **state)
{
    (void)state;
    const char *d = "2013-03-22"; /* a Friday, ISO week 12 */
    check(d, "Militants struck on Sunday.", "Sunday", "DATE", "2013-03-17");
    check(d, "Talks will resume on Sunday.", "Sunday", "DATE", "2013-03-24");
    check(d, "They met on Friday.", "Friday", "DATE", "2013-03-22");
    check(d, "last Friday", "last Friday", "DATE", "2013-03-15");
    check(d, "next Monday", "next Monday", "DATE", "2013-03-25");
    check(d, "Officials met last week.", "last week", "DATE", "2013-W11");
    check(d, "this week", "this week", "DATE", "2013-W12");
    check(d, "two days ago", "two days ago", "DATE", "2013-03-20");
    check(d, "six months ago", "six months ago", "DATE", "2012-09");
    check(d, "four years ago", "four years ago", "DATE", "2009");
    check(d, "Earlier this month it rained", "Earlier this month", "DATE", "2013-03");
    check(d, "It happened in July.", "July", "DATE", "2012-07");
    check(d, "It will happen in July.", "July", "DATE", "2013-07");
    check(d, "It happened in March.", "March", "DATE", "2013-03");
    check(d, "yesterday", "yesterday", "DATE", "2013-03-21");
    check(d, "today", "today", "DATE", "2013-03-22");
    check(d, "tomorrow", "tomorrow", "DATE", "2013-03-23");
    check(d, "last night", "last night", "TIME", "2013-03-21TNI");
    check(d, "this morning", "this morning", "TIME", "2013-03-22TMO");
    check(d, "Friday afternoon", "Friday afternoon", "TIME", "2013-03-22TAF");
    check(d, "at 8 p.m. on Friday", "8 p.m. on Friday", "TIME", "2013-03-22T20:00");
    check(d, "at 15:00 GMT", "15:00 GMT", "TIME", "2013-03-22T15:00");
    check(d, "now", "now", "DATE", "PRESENT_REF");
    check(d, "currently", "currently", "DATE", "PRESENT_REF");
    check(d, "recently", "recently", "DATE", "PAST_REF");
    check(d, "in the future", "the future", "DATE", "FUTURE_REF");
    check(d, "next year", "next year", "DATE", "2014");
    check(d, "this year", "this year", "DATE", "2013");
    check(d, "last month", "last month", "DATE", "2013-02");
    check(d, "last summer", "last summer", "DATE", "2012-SU");
    check(d, "this past spring", "this past spring", "DATE", "2012-SP");
    check("2013-10-05", "last summer", "last summer", "DATE", "2013-SU");
    check("2013-12-20", "this winter", "this winter", "DATE", "2013-WI");
    check("2014-01-15", "this winter", "this winter", "DATE", "2013-WI");
    check("2014-01-15", "last winter", "last winter", "DATE", "2012-WI");
    check("2013-07-10", "next summer", "next summer", "DATE", "2014-SU");
    check(d, "the third quarter", "the third quarter", "DATE", "2012-Q3");
    check(d, "the first quarter", "the first quarter", "DATE", "2013-Q1");
    check(d, "the weekend", "the weekend", "DATE", "2013-W11-WE");
    check(d, "until June", "June", "DATE", "2013-06");
    check(d, "The attack came on the 12th.", "the 12th", "DATE", "2013-03-12");
    check(d, "It will resume on the 5th.", "the 5th", "DATE", "2013-04-05");
    check(d, "It came on the 25th.", "the 25th", "DATE", "2013-02-25");
    assert_int_equal(count(d, "He lives on the 12th floor."), 0);
    check(d, "payable April 2", "April 2", "DATE", "2013-04-02");
    check(d, "on Oct. 1", "Oct. 1", "DATE", "2012-10-01");
    check("2013-11-02", "payable Jan. 2", "Jan. 2", "DATE", "2014-01-02");
}

static void calendar_edges(void **state)
{
    (void)state;
    check("2021-01-03", "this week", "this week", "DATE", "2020-W53");
    check("2015-12-31", "next week", "next week", "DATE", "2016-W01");
    check("2024-03-01", "yesterday", "yesterday", "DATE", "2024-02-29");
    check("2024-03-01", "a year ago", "a year ago", "DATE", "2023");
    check("2013-01-05", "last month", "last month", "DATE", "2012-12");
    check("2013-03-22T10:00:00Z", "yesterday", "yesterday", "DATE", "2013-03-21");
    /* no or bad DCT: relative values stay unresolved, absolute ones are kept */
    check(NULL, "yesterday", "yesterday", "DATE", "XXXX-XX-XX");
    check("garbage", "in 2012", "2012", "DATE", "2012");
    check(NULL, "on Friday", "Friday", "DATE", "XXXX-WXX-5");
    check("2013-02-30", "on March 3", "March 3", "DATE", "XXXX-03-03");
}

static void durations_sets(void **state)
{
    (void)state;
    const char *d = "2013-03-22";
    check(d, "for three years", "three years", "DURATION", "P3Y");
    check(d, "a month", "a month", "DURATION", "P1M");
    check(d, "24 hours", "24 hours", "DURATION", "PT24H");
    check(d, "a two-year deal", "two-year", "DURATION", "P2Y");
    check(d, "twenty-four hours", "twenty-four hours", "DURATION", "PT24H");
    check(d, "a year and a half", "a year and a half", "DURATION", "P1Y6M");
    check(d, "the past two years", "the past two years", "DURATION", "P2Y");
    check(d, "the next few months", "the next few months", "DURATION", "PXM");
    check(d, "for decades", "decades", "DURATION", "PXDE");
    check(d, "two decades", "two decades", "DURATION", "P20Y");
    check(d, "about 90 minutes", "about 90 minutes", "DURATION", "PT90M");
    check(d, "every week", "every week", "SET", "P1W");
    check(d, "weekly", "weekly", "SET", "P1W");
    check(d, "twice a year", "a year", "SET", "P1Y");
    check(d, "every Monday", "every Monday", "SET", "XXXX-WXX-1");
    /* not durations: ages, fractions */
    assert_int_equal(count(d, "a 52-year-old man, 40 years old"), 0);
    assert_int_equal(count(d, "three-quarters of the vote"), 0);
    /* not dates: quantities, modals, the verb march */
    assert_int_equal(count(d, "2,013 votes, $2013, 2013 people, 1999%"), 0);
    assert_int_equal(count(d, "They may march on the capital."), 0);
}

static void spans_bytes(void **state)
{
    (void)state;
    const char *text = "Z\xc3\xbcrich \xe2\x80\x94 on Friday \xe2\x80\x9c" "2012\xe2\x80\x9d";
    kb_arena *a = kb_arena_new(0);
    kba_timex *t;
    size_t n;
    assert_int_equal(kba_times(text, strlen(text), "2013-03-22", a, &t, &n), KB_OK);
    assert_int_equal(n, 2);
    assert_int_equal(t[0].start, 15);
    assert_int_equal(t[0].end, 21);
    assert_int_equal(t[1].start, 25);
    assert_int_equal(t[1].end, 29);
    assert_int_equal(t[0].prec, KBA_PREC_DAY);
    assert_int_equal(t[1].prec, KBA_PREC_YEAR);
    /* empty input */
    assert_int_equal(kba_times("", 0, "2013-03-22", a, &t, &n), KB_OK);
    assert_int_equal(n, 0);
    assert_null(t);
    kb_arena_free(a);
}

static void precision(void **state)
{
    (void)state;
    assert_int_equal(kba_prec_of_value("2013-03-22"), KBA_PREC_DAY);
    assert_int_equal(kba_prec_of_value("2013-03"), KBA_PREC_MONTH);
    assert_int_equal(kba_prec_of_value("2013"), KBA_PREC_YEAR);
    assert_int_equal(kba_prec_of_value("199"), KBA_PREC_DECADE);
    assert_int_equal(kba_prec_of_value("19"), KBA_PREC_CENTURY);
    assert_int_equal(kba_prec_of_value("2013-W11"), KBA_PREC_WEEK);
    assert_int_equal(kba_prec_of_value("2013-W11-WE"), KBA_PREC_WEEK);
    assert_int_equal(kba_prec_of_value("2013-Q3"), KBA_PREC_QUARTER);
    assert_int_equal(kba_prec_of_value("2013-H1"), KBA_PREC_HALF);
    assert_int_equal(kba_prec_of_value("2012-SU"), KBA_PREC_SEASON);
    assert_int_equal(kba_prec_of_value("2012-WI"), KBA_PREC_SEASON);
    assert_int_equal(kba_prec_of_value("2013-03-22TNI"), KBA_PREC_PARTOFDAY);
    assert_int_equal(kba_prec_of_value("2013-03-22T20:00"), KBA_PREC_MINUTE);
    assert_int_equal(kba_prec_of_value("PRESENT_REF"), KBA_PREC_REF);
    assert_int_equal(kba_prec_of_value("P3Y"), KBA_PREC_NONE);
    assert_int_equal(kba_prec_of_value(""), KBA_PREC_NONE);
    assert_string_equal(kba_prec_name(KBA_PREC_DAY), "day");
    assert_string_equal(kba_prec_name(KBA_PREC_MONTH), "month");
}

static void governing(void **state)
{
    (void)state;
    const char *text =
        "Officials said on Friday that militants attacked the post on Tuesday. "
        "The army responded.";
    kb_arena *a = kb_arena_new(0);
    kba_timex *t;
    size_t n;
    assert_int_equal(kba_times(text, strlen(text), "2013-03-22", a, &t, &n), KB_OK);
    assert_int_equal(n, 2);
    const char *cl = strstr(text, "militants");
    uint32_t cs = (uint32_t)(cl - text), ce = (uint32_t)(strstr(text, ". The") - text);
    uint32_t ss = 0, se = ce + 1;
    const kba_timex *g = kba_time_governing(t, n, cs, ce, ss, se);
    assert_non_null(g);
    assert_string_equal(g->value, "2013-03-19");
    /* a clause without its own date takes the nearest in the sentence */
    uint32_t vs = (uint32_t)(strstr(text, "that") - text);
    g = kba_time_governing(t, n, vs, vs + 4, ss, se);
    assert_non_null(g);
    assert_string_equal(g->value, "2013-03-22");
    /* the next sentence has none */
    uint32_t s2 = se + 1;
    assert_null(kba_time_governing(t, n, s2, (uint32_t)strlen(text), s2, (uint32_t)strlen(text)));
    kb_arena_free(a);
}

static void dct_check(void **state)
{
    (void)state;
    char out[11];
    int conflict;
    const char *text = "The talks of 27 October 2025 in Istanbul ended on Sunday. In 2001 ...";
    /* a 2024 dateline over October 2025 news: conflict, the content's day wins */
    assert_int_equal(kba_dct_check(text, strlen(text), "2024-01-02", out, &conflict), KB_OK);
    assert_int_equal(conflict, 1);
    assert_string_equal(out, "2025-10-27");
    /* a consistent date stays */
    assert_int_equal(kba_dct_check(text, strlen(text), "2025-10-28T09:00:00Z", out, &conflict), KB_OK);
    assert_int_equal(conflict, 0);
    assert_string_equal(out, "2025-10-28");
    /* no meta date: the content's, no conflict; nothing at all: "" */
    assert_int_equal(kba_dct_check(text, strlen(text), NULL, out, &conflict), KB_OK);
    assert_int_equal(conflict, 0);
    assert_string_equal(out, "2025-10-27");
    assert_int_equal(kba_dct_check("on Sunday", 9, NULL, out, &conflict), KB_OK);
    assert_string_equal(out, "");
    /* absolute flags */
    kb_arena *a = kb_arena_new(0);
    kba_timex *t;
    size_t n;
    const char *s2 = "on Oct. 12, 2025, on Oct. 13, in the 1990s, last year";
    assert_int_equal(kba_times(s2, strlen(s2), "2025-10-14", a, &t, &n), KB_OK);
    assert_int_equal(n, 4);
    assert_int_equal(t[0].absolute, 1);
    assert_int_equal(t[1].absolute, 0);
    assert_int_equal(t[2].absolute, 1);
    assert_int_equal(t[3].absolute, 0);
    kb_arena_free(a);
}

static void ranges(void **state)
{
    (void)state;
    long f, l;
    assert_true(kba_value_days("2013-03", &f, &l));
    assert_int_equal(l - f, 30);
    assert_true(kba_value_days("2012-02", &f, &l));
    assert_int_equal(l - f, 28);
    assert_true(kba_value_days("2013-W11", &f, &l));
    assert_int_equal(l - f, 6);
    assert_true(kba_value_days("2013-W11-WE", &f, &l));
    assert_int_equal(l - f, 1);
    long f2, l2;
    assert_true(kba_value_days("2013-03-16", &f2, &l2)); /* the Saturday of 2013-W11 */
    assert_int_equal(f, f2);
    assert_true(kba_value_days("2012-Q4", &f, &l));
    assert_int_equal(l - f, 91);
    assert_true(kba_value_days("199", &f, &l));
    assert_true(kba_value_days("2012-WI", &f, &l));
    assert_false(kba_value_days("PRESENT_REF", &f, &l));
    assert_false(kba_value_days("P3Y", &f, &l));
    assert_false(kba_value_days("2013-13", &f, &l));
    assert_true(kba_time_historical("2001", "2025-10-12"));
    assert_true(kba_time_historical("2025-10-04", "2025-10-12"));
    assert_false(kba_time_historical("2025-10-05", "2025-10-12"));
    assert_false(kba_time_historical("2025-10", "2025-10-12"));
    assert_false(kba_time_historical("2025-W40", "2025-10-12")); /* ends 2025-10-05 */
    assert_true(kba_time_historical("2025-W39", "2025-10-12"));
    assert_false(kba_time_historical("PAST_REF", "2025-10-12"));
    assert_false(kba_time_historical("2001", NULL));
}

static void hostile(void **state)
{
    (void)state;
    /* huge numbers, years out of range, lone punctuation, long runs: no crash, sane values */
    check("2013-03-22", "9999 years", "9999 years", "DURATION", "P9999Y");
    assert_int_equal(count("2013-03-22", "99999999999999999999 years"), 0);
    assert_int_equal(count("9999-12-31", "next year, 10000 BC, 0000-00-00, 2013-13-45"), 1);
    check("0001-01-01", "last year", "last year", "DATE", "XXXX");
    size_t L = 200000;
    char *big = malloc(L + 1);
    assert_non_null(big);
    for (size_t i = 0; i < L; i++) big[i] = "a year ago, the 1990s - Friday'"[i % 31];
    big[L] = 0;
    kb_arena *a = kb_arena_new(0);
    kba_timex *t;
    size_t n;
    assert_int_equal(kba_times(big, L, "2013-03-22", a, &t, &n), KB_OK);
    assert_true(n > 1000);
    for (size_t i = 0; i < n; i++) {
        assert_true(t[i].start < t[i].end && t[i].end <= L);
        if (i) assert_true(t[i].start >= t[i - 1].end);
    }
    kb_arena_free(a);
    free(big);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(vocab),          cmocka_unit_test(absolute),
        cmocka_unit_test(relative),       cmocka_unit_test(calendar_edges),
        cmocka_unit_test(durations_sets), cmocka_unit_test(spans_bytes),
        cmocka_unit_test(precision),      cmocka_unit_test(governing),
        cmocka_unit_test(dct_check),      cmocka_unit_test(ranges),
        cmocka_unit_test(hostile),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
