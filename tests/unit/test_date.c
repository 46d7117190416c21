/* test_date.c -- kbc_date_parse (news date forms, validation, bytes consumed)
 * and kbc_date_from_url (dates in URL paths). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "kb_internal.h"

/* Parse s; expect ymd (NULL = no date) and, if consumed >= 0, that many bytes. */
static void check(const char *s, const char *ymd, long consumed)
{
    char out[11] = "";
    size_t n = kbc_date_parse(s, strlen(s), out);
    if (!ymd) {
        if (n != 0) fail_msg("'%s' parsed as %s (%zu bytes), expected no date", s, out, n);
        return;
    }
    if (n == 0) fail_msg("'%s' not parsed, expected %s", s, ymd);
    if (strcmp(out, ymd) != 0) fail_msg("'%s' -> %s, expected %s", s, out, ymd);
    if (consumed >= 0 && (long)n != consumed)
        fail_msg("'%s' consumed %zu bytes, expected %ld", s, n, consumed);
}

static void iso_forms(void **state)
{
    (void)state;
    check("2025-10-12", "2025-10-12", 10);
    check("  2025-10-12 and more", "2025-10-12", 12);
    check("2025-10-12T08:00:00+05:00", "2025-10-12", 25);
    check("2025-10-12T08:00:00Z", "2025-10-12", 20);
    check("2025-10-12T08:00:00.123+0000 rest", "2025-10-12", 28);
    check("2025-10-12 08:00", "2025-10-12", 16);
    check("2025/1/5", "2025-01-05", 8);
    check("2025.10.12", "2025-10-12", 10);
    check("2024-02-29", "2024-02-29", 10);
    check("2025-10-12T08", "2025-10-12", 10);
    check("2019-11-19 08:03:00 +0000 x", "2019-11-19", 25);
}

static void written_forms(void **state)
{
    (void)state;
    check("12 October 2025", "2025-10-12", 15);
    /* a page's furniture in another language: between a day and a four-digit year only */
    check("16. septembra 2026. u 08:12", "2026-09-16", -1);
    check("16 de septiembre de 2026", "2026-09-16", -1);
    check("3 de março de 2026", "2026-03-03", -1);
    check("16. März 2026", "2026-03-16", -1);
    check("2 août 2026", "2026-08-02", -1);
    check("14 Ağustos 2026", "2026-08-14", -1);
    check("16. juuli 2026", "2026-07-16", -1);
    check("3 maart 2026", "2026-03-03", -1);
    check("7 września 2026", "2026-09-07", -1);
    check("16. heinäkuuta 2026", "2026-07-16", -1);
    check("2026. március 10., kedd 14:32", "2026-03-10", -1); /* (session 27) Hungarian, year first */
    check("2026. november 3.", "2026-11-03", -1);
    check("2026. 03 10", NULL, 0);
    check("Вторник, 3 ноября 2026", "2026-11-03", -1); /* (session 20) Russian, weekday and all */
    /* (session 21) Thai, its year the Buddhist era's (2569 = 2026); an English month keeps its year */
    check("18 มีนาคม 2569", "2026-03-18", -1);
    check("3 พฤศจิกายน 2569", "2026-11-03", -1);
    check("18 March 2569", NULL, -1);
    /* (session 22) Filipino, month first as in English, weekday and all */
    check("Miyerkules, Oktubre 7, 2026", "2026-10-07", -1);
    check("Jumanne, Juni 2, 2026", "2026-06-02", -1); /* Swahili */
    check("Jumapili, Desemba 13, 2026", "2026-12-13", -1);
    check("Laboraro, 26 Phato 2026", "2026-08-26", -1); /* Sesotho */
    /* (session 55) Swahili day first, Azerbaijani, Uzbek and Tajik (bare and with the ezafe) */
    check("Alhamisi, 17 Septemba 2026", "2026-09-17", -1);
    check("10 oktyabr 2026, şənbə", "2026-10-10", -1);
    check("3 sentabr 2026", "2026-09-03", -1);
    check("10 июни 2026, 11:15", "2026-06-10", -1);
    check("1 сентябр 2026", "2026-09-01", -1);
    check("17 Septemba", NULL, -1);
    check("Disyembre 31, 2025", "2025-12-31", -1);
    check("Oktubre 7", NULL, -1);
    /* (session 23) Armenian and Ukrainian; the month alone is no date */
    check("18 ապրիլի 2026", "2026-04-18", -1);
    check("8 жовтня 2026", "2026-10-08", -1);
    check("Sâmbătă, 10 octombrie 2026", NULL, 0); /* (the Romanian weekday is no English one) */
    check("10 octombrie 2026", "2026-10-10", -1);
    /* (session 30) Arabic, the Levant's months and Egypt's; a two-word month is no date */
    check("9 تموز 2026", "2026-07-09", -1);
    check("3 يناير 2026", "2026-01-03", -1);
    check("9 تشرين الأول 2026", NULL, 0);
    /* (session 31) Kurmanji, the day and the month with the ezafe "ê"; the bare month too */
    check("19ê Adarê 2026", "2026-03-19", -1);
    check("3 Mijdar 2026", "2026-11-03", -1);
    check("3. října 2026", "2026-10-03", -1);
    check("3 октомври 2026", "2026-10-03", -1);
    /* (session 24) Fijian and Samoan; the Fijian weekday is no English one */
    check("14 Feperueri 2026", "2026-02-14", -1);
    check("3 Okotova 2026", "2026-10-03", -1);
    check("Vakarauwai, 14 Feperueri 2026", NULL, 0);
    check("21 Aokuso 2026", "2026-08-21", -1);
    check("18 ապրիլի", NULL, -1);
    check("2026年6月6日 星期六", "2026-06-06", 15); /* Chinese and Japanese */
    check("2026年6月", NULL, 0);
    /* a page date in Bengali or Hindi, digits and all (the Bangla calendar's date after it is
     * left alone) */
    check("\u09AE\u0999\u09CD\u0997\u09B2\u09AC\u09BE\u09B0, \u09E7\u09E6 \u09A8\u09AD\u09C7\u09AE\u09CD\u09AC\u09B0 \u09E8\u09E6\u09E8\u09EC | \u09E8\u09EB", "2026-11-10", 67);
    check("\u092E\u0902\u0917\u0932\u0935\u093E\u0930, 10 \u0928\u0935\u0902\u092C\u0930 2026", "2026-11-10", -1);
    check("\u09E7\u09E6 \u0995\u09BE\u09B0\u09CD\u09A4\u09BF\u0995 \u09E7\u09EA\u09E9\u09E9", NULL, 0); /* Kartik: no Gregorian month */
    check("16 septembra", NULL, 0);
    check("16 mars", NULL, 0);
    check("12 October, 2025", "2025-10-12", 16);
    check("1st Oct. 2025", "2025-10-01", 13);
    check("3rd of March 2020", "2020-03-03", -1);
    check("12-Oct-2025", "2025-10-12", 11);
    check("October 12, 2025", "2025-10-12", 16);
    check("October 12 2025", "2025-10-12", 15);
    check("Oct. 12, 2025", "2025-10-12", 13);
    check("Sept. 5, 2019", "2019-09-05", 13);
    check("Sep 5th, 2019", "2019-09-05", 13);
    check("december 31, 1999", "1999-12-31", -1);
    check("Nov. 19, 2019 8:03 am ET", "2019-11-19", 24);
    check("Tuesday, 02 January 2024 12:17 GMT", "2024-01-02", 34);
    check("Tuesday, 02 January 2024 12:17 GMT\nnext line", "2024-01-02", 34);
    check("Tue, 02 Jan 2024 12:17:00 GMT", "2024-01-02", 29);
    check("Tue, 02 Jan 2024 12:17:00 +0000", "2024-01-02", 31);
    check("Wed 3 Jan 2024", "2024-01-03", 14);
    check("Thursday, October 9, 2025", "2025-10-09", -1);
    check("Monday 12 October 2025 at 10:15", "2025-10-12", -1);
    check("12 Oct 2025 | 10:15 PKT", "2025-10-12", 23);
    check("May 4, 2021, 9:30 PM", "2021-05-04", -1);
}

static void numeric_forms(void **state)
{
    (void)state;
    check("25/10/2025", "2025-10-25", 10); /* day > 12: day first */
    check("10/25/2025", "2025-10-25", 10); /* US order, unambiguous */
    check("05/05/2025", "2025-05-05", 10);
    check("25.10.2025", "2025-10-25", 10);
    check("12/10/2025", NULL, 0);          /* ambiguous */
    check("09.02.2026 14:25", "2026-02-09", 16); /* dots write the day first */
    check("1/2/2025", NULL, 0);
    /* a leading weekday that fits one order only: 3 June 2026 was a Wednesday, 6 March a Friday */
    check("Wednesday, 3/6/2026 09:12", "2026-06-03", 25);
    check("Friday, 3/6/2026", "2026-03-06", 16);
    check("Monday, 3/6/2026", NULL, 0); /* neither */
    /* (session 20) a "published" in a language that writes the day first reads the day first */
    check("Publié le 11/04/2026 à 09h15", "2026-04-11", -1);
    check("Publicado el 05/10/2026", "2026-10-05", -1);
    check("Published 11/04/2026", NULL, 0);
    /* ... also in the page's language (5 October 2026 was a Monday, 10 May a Sunday) */
    check("lunes 05/10/2026 - 08:40", "2026-10-05", 16);
    check("domingo 05/10/2026", "2026-05-10", 18);
    check("Sábado, 3/10/2026", "2026-10-03", 18);
    check("mardi 05/10/2026", NULL, 0); /* neither */
    check("19.05.26 a 09h40", "2026-05-19", 8); /* a dotted two-digit year: day first */
    check("19/05/26", NULL, 0);                  /* (only with dots) */
    check("31.02.26", NULL, 0);
}

static void negatives(void **state)
{
    (void)state;
    check("", NULL, 0);
    check("   ", NULL, 0);
    check("20251012", NULL, 0);          /* compact: only in URLs */
    check("2025", NULL, 0);
    check("October 2025", NULL, 0);      /* no day */
    check("2025-13-01", NULL, 0);
    check("2025-00-10", NULL, 0);
    check("2025-02-29", NULL, 0);        /* not a leap year */
    check("1900-02-29", NULL, 0);
    check("2025-04-31", NULL, 0);
    check("1899-12-31", NULL, 0);
    check("2101-01-01", NULL, 0);
    check("32 October 2025", NULL, 0);
    check("October 32, 2025", NULL, 0);
    check("12 Octobra 2025", NULL, 0); /* ("12 octobre 2025" is French, a date) */
    check("12 Mayday 2025", NULL, 0);
    check("Tuesday", NULL, 0);
    check("Tuesday, the day", NULL, 0);
    check("2025-10-123", NULL, 0);
    check("2025-10-12x", NULL, 0);
    check("12 October 20255", NULL, 0);
    check("123 October 2025", NULL, 0);
    check("The 12 October 2025", NULL, 0);
    check("Pakistan urged the Taliban", NULL, 0);
    check("2025-10/12", NULL, 0);
    check("March on Washington", NULL, 0);
    check("May 4 people", NULL, 0);
}

static void length_limits(void **state)
{
    (void)state;
    char out[11];
    /* the date must lie within len */
    assert_int_equal(kbc_date_parse("2025-10-12", 8, out), 0);
    assert_int_equal(kbc_date_parse("2025-10-12", 9, out), 9); /* "2025-10-1" is a date */
    assert_int_equal(kbc_date_parse("12 October 2025", 14, out), 0);
    assert_int_equal(kbc_date_parse("2025-10-12", 10, out), 10);
    assert_int_equal(kbc_date_parse(NULL, 0, out), 0);
}

static void url_check(const char *url, const char *ymd)
{
    char out[11] = "";
    int r = kbc_date_from_url(url, out);
    if (!ymd) {
        if (r) fail_msg("%s -> %s, expected no date", url, out);
        return;
    }
    if (!r) fail_msg("%s: no date, expected %s", url, ymd);
    if (strcmp(out, ymd)) fail_msg("%s -> %s, expected %s", url, out, ymd);
}

static void url_dates(void **state)
{
    (void)state;
    url_check("https://example.com/2025/10/12/some-story.html", "2025-10-12");
    url_check("https://example.com/news/2025/1/5/story", "2025-01-05");
    url_check("https://example.com/world/20251012/story", "2025-10-12");
    url_check("https://example.com/world/story-2025-10-12", "2025-10-12");
    url_check("https://example.com/world/story-2025-10-12.html?x=1", "2025-10-12");
    url_check("https://example.com/a/2025-10-12/b", "2025-10-12");
    url_check("http://example.com/news/article_20191119.html", "2019-11-19");
    url_check("https://example.com/2025/10/", NULL);          /* month only */
    url_check("https://example.com/2025/10/story", NULL);
    url_check("https://example.com/2025/13/12/story", NULL);
    url_check("https://example.com/2025/02/30/story", NULL);
    url_check("https://example.com/story/202510123456", NULL); /* a long id */
    url_check("https://example.com/story/12345-20251012", "2025-10-12");
    url_check("https://2025-10-12.example.com/story", NULL);   /* host, not path */
    url_check("https://example.com/story/id=99", NULL);
    url_check("", NULL);
    char out[11];
    assert_int_equal(kbc_date_from_url(NULL, out), 0);
}

/* month and day with no year, as wire datelines write them */
static void month_day_forms(void **state)
{
    (void)state;
    int m = 0, d = 0;
    assert_int_equal(kbc_date_parse_md("April 17 (WAPA) -", 17, &m, &d), 8);
    assert_int_equal(m, 4);
    assert_int_equal(d, 17);
    assert_int_equal(kbc_date_parse_md("Feb. 12th -", 11, &m, &d), 9);
    assert_int_equal(m, 2);
    assert_int_equal(d, 12);
    assert_int_equal(kbc_date_parse_md("17 April", 8, &m, &d), 8);
    assert_int_equal(d, 17);
    assert_int_equal(kbc_date_parse_md("Feb 29", 6, &m, &d), 6);
    assert_int_equal(kbc_date_parse_md("Feb 30", 6, &m, &d), 0);
    assert_int_equal(kbc_date_parse_md("April", 5, &m, &d), 0);
    assert_int_equal(kbc_date_parse_md("Mayor 12", 8, &m, &d), 0);
    assert_int_equal(kbc_date_parse_md("April 170", 9, &m, &d), 0);
    assert_int_equal(kbc_date_parse_md(NULL, 0, &m, &d), 0);
}

/* the year of a month and day stated with none, from the text's past months and weekdays */
static void year_of_month_day(void **state)
{
    (void)state;
#define YEAR(t, m, d) kbc_date_year_of_md(t, strlen(t), m, d, 0)
    /* 10 January: a Saturday in 2026, a Friday in 2025, a Sunday in 2027 */
    const char *tripoli = "Rival factions agreed on Saturday to a truce after fighting that began late on Thursday. "
                          "Dbeibah spoke on Friday. Tripoli saw heavy fighting in May 2025.";
    assert_int_equal(YEAR(tripoli, 1, 10), 2026);
    /* 25 May: a Monday in 2026; the truce of April 2022 only bounds it below */
    const char *marib = "Houthi fighters attacked on Sunday. The movement claimed it on Monday. "
                        "The front has been frozen since a truce in April 2022.";
    assert_int_equal(YEAR(marib, 5, 25), 2026);
    /* the day falls after the latest month the text tells: 9 November, after October 2024 */
    const char *lake = "Fighters stormed a post late on Sunday, the army said on Monday. It was the "
                       "deadliest attack since October 2024.";
    assert_int_equal(YEAR(lake, 11, 9), 2026);
    /* 16 March: a Monday in 2026, a Sunday in 2025; many "on Sunday"s one day back and one
     * "on Monday" the same day fit 2026, not 2025 where Monday would be six days back */
    const char *ruzizi = "Gunmen raided a camp late on Saturday, police said on Sunday. The governor spoke on "
                         "Sunday. Residents buried the dead on Sunday. Troops swept the hills on Sunday and "
                         "on Monday. The border was closed in January 2024.";
    assert_int_equal(YEAR(ruzizi, 3, 16), 2026);
    /* no weekday, no year, or no past month: no year */
    assert_int_equal(YEAR("The talks resumed in May 2025.", 1, 10), 0);
    assert_int_equal(YEAR("The talks resumed on Monday.", 1, 10), 0);
    assert_int_equal(YEAR("Elections are due on Monday in 2028.", 1, 10), 0);
    assert_int_equal(YEAR(tripoli, 2, 30), 0);
    assert_int_equal(kbc_date_year_of_md(NULL, 0, 1, 10, 0), 0);
    /* with the current year known, a background year long past only bounds it below: 4 March
     * is a Wednesday in 2015, 2020 and 2026, and the latest that fits is the one meant */
    const char *cabinda = "Rebels ambushed a convoy early on Tuesday, the ministry said on Tuesday evening. "
                          "The foreign ministry summoned the envoy on Wednesday. In January 2010, gunmen "
                          "attacked a bus. In August 2006, the government signed a memorandum.";
    assert_int_equal(YEAR(cabinda, 3, 4), 2015); /* unknown: the six years from 2010 */
    assert_int_equal(kbc_date_year_of_md(cabinda, strlen(cabinda), 3, 4, 2026), 2026);
    assert_int_equal(kbc_date_year_of_md(cabinda, strlen(cabinda), 3, 4, 2024), 2020);
    /* the current year bounds it above: 10 January 2027 is a Sunday, but the page is not from
     * the future */
    assert_int_equal(kbc_date_year_of_md(tripoli, strlen(tripoli), 1, 10, 2026), 2026);
    assert_int_equal(kbc_date_year_of_md(ruzizi, strlen(ruzizi), 3, 16, 2026), 2026);
    /* a weekday a few days back in a recent year outweighs an exact one years before: 16
     * February is a Monday in 2026, a Saturday in 2019 */
    const char *epp = "Guerrillas kidnapped a rancher on Saturday. The group attacked a patrol in July 2014.";
    assert_int_equal(kbc_date_year_of_md(epp, strlen(epp), 2, 16, 2026), 2026);
    /* a weekday or two back in the current year outweighs an exact fit the year before, however
     * often the text names the days: 17 September is a Thursday in 2026, a Wednesday in 2025 */
    const char *sweep = "Officers raided the camps on Tuesday. More arrived on Wednesday. Arrests went "
                        "on on Tuesday night and on Wednesday. A sweep in August 2024 found fewer.";
    assert_int_equal(kbc_date_year_of_md(sweep, strlen(sweep), 9, 17, 2026), 2026);
    /* "today": KHABAR_TODAY, else the clock */
    const char *saved = getenv("KHABAR_TODAY");
    char keep[32] = "";
    if (saved) snprintf(keep, sizeof keep, "%s", saved);
    setenv("KHABAR_TODAY", "2031-05-01", 1);
    assert_int_equal(kbc_date_now_year(), 2031);
    unsetenv("KHABAR_TODAY");
    assert_true(kbc_date_now_year() >= 2026);
    if (keep[0]) setenv("KHABAR_TODAY", keep, 1);
#undef YEAR
}

static void min_present_year(void **state)
{
    (void)state;
#define MINY(t) kbc_date_min_present_month(t, strlen(t))
    assert_int_equal(MINY("The fighting came a year after the Lome agreement of April 2025, under which ..."), 202604);
    assert_int_equal(MINY("The boat was seized more than two years after July 2024."), 202607);
    assert_int_equal(MINY("Talks resumed 3 years after 2019."), 202201);
    assert_int_equal(MINY("More than two years have passed since the two met in Argyle in December 2023."), 202512);
    assert_int_equal(MINY("Five years since May 2020, the war goes on."), 202505);
    /* the latest such span wins; none, or a year past the sentence's end, gives 0 */
    assert_int_equal(MINY("A year after 2020 came war. Two years after March 2023 came peace."), 202503);
    assert_int_equal(MINY("The talks resumed in May 2025."), 0);
    assert_int_equal(MINY("It happened a year after the war. In 2019 they met."), 0);
    assert_int_equal(MINY("Every year after 2010 it rained."), 0);
    /* (session 31) what has gone on "since" a month or a part of a year */
    assert_int_equal(MINY("It is the fourth boat seized since the start of 2026, officials said."), 202601);
    assert_int_equal(MINY("Prices have doubled since late 2025."), 202512);
    assert_int_equal(MINY("He has been held since March 2026 and since 2019 before."), 202603);
    assert_int_equal(MINY("The town has been calm since 2012."), 0);
    assert_int_equal(MINY("Ever since the start of the war it rained."), 0);
#undef MINY
}

static void weekday_month_day(void **state)
{
    (void)state;
    char ymd[11];
    /* 16 October is a Friday in 2026; "on Monday" after it: the 19th */
    const char *t = "A farmer was shot dead on Friday, October 16. Britain on Monday imposed sanctions.";
    assert_true(kbc_date_from_weekday_md(t, strlen(t), 2026, ymd));
    assert_string_equal(ymd, "2026-10-19");
    /* the year before the copyright year when only it agrees (Friday 17 October 2025) */
    const char *u = "Talks opened on Friday, 17 October, in Doha.";
    assert_true(kbc_date_from_weekday_md(u, strlen(u), 2026, ymd));
    assert_string_equal(ymd, "2025-10-17");
    /* the date in brackets after its weekday (23 January 2026 is a Friday; "on Saturday": 24) */
    const char *w = "Police opened fire on Friday (January 23). He spoke on Saturday.";
    assert_true(kbc_date_from_weekday_md(w, strlen(w), 2026, ymd));
    assert_string_equal(ymd, "2026-01-24");
    /* weekdays before the dated one stay before it (4 June 2026 is a Thursday) */
    const char *x = "Troops boarded a ship on Monday. A minister spoke on Wednesday. Talks were held "
                    "on Thursday, June 4. The embassy protested on Tuesday.";
    assert_true(kbc_date_from_weekday_md(x, strlen(x), 2026, ymd));
    assert_string_equal(ymd, "2026-06-04");
    /* no weekday with a date, no agreeing year, or no year to start from: none */
    assert_false(kbc_date_from_weekday_md("Troops withdrew on Monday.", 26, 2026, ymd));
    assert_false(kbc_date_from_weekday_md("It ended on Tuesday, October 16.", 32, 2026, ymd));
    assert_false(kbc_date_from_weekday_md(t, strlen(t), 0, ymd));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(iso_forms),     cmocka_unit_test(written_forms),
        cmocka_unit_test(numeric_forms), cmocka_unit_test(negatives),
        cmocka_unit_test(length_limits), cmocka_unit_test(url_dates),
        cmocka_unit_test(month_day_forms), cmocka_unit_test(year_of_month_day),
        cmocka_unit_test(min_present_year), cmocka_unit_test(weekday_month_day),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
