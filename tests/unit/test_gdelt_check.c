/* test_gdelt_check.c -- the GDELT 2.0 checker (src/answer/gdelt_check.c): a valid
 * events row and a valid mentions row pass, with the code tables and without
 * them; then each rule is broken on its own (one field changed) and the checker
 * must report a violation in the expected column. Rows are written here, not
 * taken from ../shared. The code tables need the geo data of scripts/gazetteer
 * (country-code-info); without it the list checks are skipped. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "answer/answer.h"

static kbx_codes *CODES;

static const char *const GOOD_EVENT[KBX_GDELT_EVENT_COLS] = {
    "1000001", "20251012", "202510", "2025", "2025.7726",
    "PAKMIL", "PAKISTANI TROOPS", "PAK", "", "", "", "", "MIL", "", "",
    "IGOUNO", "UNITED NATIONS", "", "UNO", "", "", "", "IGO", "", "",
    "1", "190", "190", "19", "4", "-10.0", "3", "2", "3", "-4.5",
    "1", "Pakistan", "PK", "PK", "", "30", "70", "PK",
    "0", "", "", "", "", "", "", "",
    "4", "Peshawar, Khyber Pakhtunkhwa, Pakistan", "PK", "PK03", "", "34.008", "71.5785", "-2763460",
    "20251012143000", "https://www.dawn.com/news/1"};

static const char *const GOOD_MENTION[KBX_GDELT_MENTION_COLS] = {
    "1000001", "20251012143000", "20251012150000", "1", "dawn.com", "https://www.dawn.com/news/1",
    "2", "10", "-1", "25", "1", "80", "2500", "-3.2", "", ""};

typedef struct seen {
    char cols[4096];
    size_t n;
} seen;

static void collect(void *ctx, const char *column, const char *msg)
{
    seen *s = ctx;
    assert_non_null(msg);
    assert_true(strlen(msg) > 0);
    size_t l = strlen(s->cols);
    snprintf(s->cols + l, sizeof s->cols - l, "|%s|", column);
    s->n++;
}

/* Join fields with tabs, replacing field `col` by `val` (col < 0: none). */
static void build(char *out, size_t cap, const char *const *f, size_t n, int col, const char *val)
{
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        const char *v = (int)i == col ? val : f[i];
        w += (size_t)snprintf(out + w, cap - w, "%s%s", i ? "\t" : "", v);
    }
}

static size_t check(kbx_gdelt_kind kind, const kbx_codes *codes, const char *line, seen *s)
{
    memset(s, 0, sizeof *s);
    size_t n = kbx_gdelt_check_line(codes, kind, line, strlen(line), collect, s);
    assert_int_equal(n, s->n);
    return n;
}

static int setup(void **state)
{
    (void)state;
    kb_err err = {0};
    CODES = kbx_codes_load(NULL, NULL, 1, &err);
    if (!CODES) fprintf(stderr, "note: no code tables (%s): list checks skipped\n", err.msg);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    kbx_codes_free(CODES);
    return 0;
}

static void test_good_rows_pass(void **state)
{
    (void)state;
    char line[4096];
    seen s;
    build(line, sizeof line, GOOD_EVENT, KBX_GDELT_EVENT_COLS, -1, NULL);
    check(KBX_GDELT_EVENTS, NULL, line, &s);
    assert_string_equal(s.cols, "");
    if (CODES) {
        check(KBX_GDELT_EVENTS, CODES, line, &s);
        assert_string_equal(s.cols, "");
    }
    build(line, sizeof line, GOOD_MENTION, KBX_GDELT_MENTION_COLS, -1, NULL);
    check(KBX_GDELT_MENTIONS, CODES, line, &s);
    assert_string_equal(s.cols, "");
}

typedef struct breakage {
    int col;
    const char *value;
    const char *expect; /* a column that must be reported */
    int needs_codes;    /* a code-list rule */
} breakage;

static const breakage EVENT_BREAKS[] = {
    {0, "12a", "GLOBALEVENTID", 0},
    {1, "20251332", "SQLDATE", 0},
    {1, "20250229", "SQLDATE", 0},
    {2, "202511", "MonthYear", 0},
    {3, "2024", "Year", 0},
    {4, "2026.1000", "FractionDate", 0},
    {4, "2025,77", "FractionDate", 0},
    {5, "PAKMI", "Actor1Code", 0},
    {5, "PAK-MIL", "Actor1Code", 0},
    {7, "XYZ", "Actor1CountryCode", 1},
    {7, "pak", "Actor1CountryCode", 0},
    {9, "KUR", "Actor1EthnicCode", 0},
    {10, "MO", "Actor1Religion1Code", 0},
    {12, "FOO", "Actor1Type1Code", 1},
    {18, "UNX", "Actor2KnownGroupCode", 0},
    {22, "GOV", "Actor2Type1Code", 0},
    {25, "2", "IsRootEvent", 0},
    {26, "999", "EventCode", 1},
    {26, "19x", "EventCode", 0},
    {27, "191", "EventBaseCode", 0},
    {28, "18", "EventRootCode", 0},
    {28, "21", "EventRootCode", 0},
    {29, "3", "QuadClass", 1},
    {29, "5", "QuadClass", 0},
    {30, "-11", "GoldsteinScale", 0},
    {30, "-9.0", "GoldsteinScale", 1},
    {30, "n/a", "GoldsteinScale", 0},
    {31, "0", "NumMentions", 0},
    {32, "4", "NumSources", 0},
    {33, "4", "NumArticles", 0},
    {34, "-150", "AvgTone", 0},
    {35, "7", "Actor1Geo_Type", 0},
    {37, "ZZ", "Actor1Geo_CountryCode", 1},
    {37, "PAK", "Actor1Geo_CountryCode", 0},
    {38, "AF03", "Actor1Geo_ADM1Code", 0},
    {38, "PK-03", "Actor1Geo_ADM1Code", 0},
    {44, "Kabul", "Actor2Geo_FullName", 0},
    {51, "3", "ActionGeo_CountryCode", 0},
    {55, "AB", "ActionGeo_ADM2Code", 0},
    {56, "95", "ActionGeo_Lat", 0},
    {57, "181", "ActionGeo_Long", 0},
    {57, "", "ActionGeo_Long", 0},
    {58, "x y", "ActionGeo_FeatureID", 0},
    {59, "20251012250000", "DATEADDED", 0},
    {59, "20251012", "DATEADDED", 0},
    {60, "ftp://example.org/a", "SOURCEURL", 0},
    {60, "https:///path", "SOURCEURL", 0},
    {60, "https://exa mple.org/a", "SOURCEURL", 0},
    {60, "", "SOURCEURL", 0},
    {6, "BAD\001NAME", "Actor1Name", 0},
    {6, "BAD\xC3\x28NAME", "Actor1Name", 0},
    {6, "BAD\xED\xA0\x80NAME", "Actor1Name", 0},
    {6, "BAD\xF8\x80\x80NAME", "Actor1Name", 0},
    {6, "BAD\xE2\x82", "Actor1Name", 0},
};

/* Break each rule of breaks on its own; the expected column must be reported. */
static void run_breaks(kbx_gdelt_kind kind, const char *const *good, size_t ncols,
                       const char *const *names, const breakage *breaks, size_t n)
{
    char line[4096];
    seen s;
    for (size_t i = 0; i < n; i++) {
        const breakage *b = &breaks[i];
        if (b->needs_codes && !CODES) continue;
        build(line, sizeof line, good, ncols, b->col, b->value);
        size_t nv = check(kind, CODES, line, &s);
        char want[64];
        snprintf(want, sizeof want, "|%s|", b->expect);
        if (nv == 0 || !strstr(s.cols, want)) {
            fprintf(stderr, "break %zu: %s = '%s': got %s\n", i, names[b->col], b->value, s.cols);
            fail();
        }
    }
}

static void test_each_event_rule_fails(void **state)
{
    (void)state;
    run_breaks(KBX_GDELT_EVENTS, GOOD_EVENT, KBX_GDELT_EVENT_COLS, kbx_gdelt_event_cols,
               EVENT_BREAKS, sizeof EVENT_BREAKS / sizeof *EVENT_BREAKS);
}

static void test_future_event_passes(void **state)
{
    (void)state;
    /* an event dated after its batch (announced for a later day) is not a violation */
    char line[4096];
    seen s;
    build(line, sizeof line, GOOD_EVENT, KBX_GDELT_EVENT_COLS, 59, "20251011000000");
    assert_int_equal(check(KBX_GDELT_EVENTS, CODES, line, &s), 0);
}

static void test_row_rules(void **state)
{
    (void)state;
    char line[4096];
    seen s;
    build(line, sizeof line, GOOD_EVENT, KBX_GDELT_EVENT_COLS - 1, -1, NULL); /* 60 fields */
    assert_int_equal(check(KBX_GDELT_EVENTS, CODES, line, &s), 1);
    assert_string_equal(s.cols, "|row|");
    build(line, sizeof line, GOOD_EVENT, KBX_GDELT_EVENT_COLS, -1, NULL);
    strcat(line, "\textra");
    assert_int_equal(check(KBX_GDELT_EVENTS, CODES, line, &s), 1);
    build(line, sizeof line, GOOD_EVENT, KBX_GDELT_EVENT_COLS, -1, NULL);
    strcat(line, "\r");
    assert_int_equal(check(KBX_GDELT_EVENTS, CODES, line, &s), 1);
    assert_string_equal(s.cols, "|row|");
    assert_int_equal(check(KBX_GDELT_EVENTS, CODES, "", &s), 1);
    /* a mentions row is not an events row */
    build(line, sizeof line, GOOD_MENTION, KBX_GDELT_MENTION_COLS, -1, NULL);
    assert_int_equal(check(KBX_GDELT_EVENTS, CODES, line, &s), 1);
}

static const breakage MENTION_BREAKS[] = {
    {0, "-", "GLOBALEVENTID", 0},
    {1, "2025101214300", "EventTimeDate", 0},
    {2, "20251012140000", "MentionTimeDate", 0},
    {3, "7", "MentionType", 0},
    {4, "", "MentionSourceName", 0},
    {5, "http://", "MentionIdentifier", 0},
    {6, "0", "SentenceID", 0},
    {7, "-2", "Actor1CharOffset", 0},
    {9, "x", "ActionCharOffset", 0},
    {10, "2", "InRawText", 0},
    {11, "101", "Confidence", 0},
    {12, "-1", "MentionDocLen", 0},
    {13, "tone", "MentionDocTone", 0},
    {15, "a\001b", "Extras", 0},
};

static void test_each_mention_rule_fails(void **state)
{
    (void)state;
    run_breaks(KBX_GDELT_MENTIONS, GOOD_MENTION, KBX_GDELT_MENTION_COLS, kbx_gdelt_mention_cols,
               MENTION_BREAKS, sizeof MENTION_BREAKS / sizeof *MENTION_BREAKS);
}

static void test_code_tables(void **state)
{
    (void)state;
    if (!CODES) skip();
    assert_string_equal(kbx_fips_of_iso3(CODES, "PAK"), "PK");
    assert_string_equal(kbx_fips_of_iso3(CODES, "GBR"), "UK");
    assert_string_equal(kbx_fips_of_iso3(CODES, "DEU"), "GM");
    assert_string_equal(kbx_fips_of_iso3(CODES, "SRB"), "RI");
    assert_string_equal(kbx_fips_of_iso3(CODES, "XKX"), "KV"); /* the project's supplement */
    assert_null(kbx_fips_of_iso3(CODES, "QQQ"));
    assert_true(kbx_is_fips(CODES, "OS"));
    assert_false(kbx_is_fips(CODES, "ZZ"));
    assert_true(kbx_is_actor_country(CODES, "EUR"));
    assert_true(kbx_is_actor_country(CODES, "AFG"));
    assert_false(kbx_is_actor_country(CODES, "MIL"));
    assert_true(kbx_is_actor_type(CODES, "MIL"));
    assert_false(kbx_is_actor_type(CODES, "PAK"));
    const kbx_cameo *c = kbx_cameo_get(CODES, "0251");
    assert_non_null(c);
    assert_int_equal(c->quad, 1);
    assert_null(kbx_cameo_get(CODES, "0259"));
    assert_string_equal(kbx_country_name(CODES, "IRN"), "Iran");
    double lat = 0, lon = 0;
    assert_true(kbx_country_centroid(CODES, "PAK", &lat, &lon));
    assert_true(lat > 23 && lat < 37 && lon > 60 && lon < 78);
    assert_false(kbx_country_centroid(CODES, "EUR", &lat, &lon));
    char a1[16];
    /* admin1.json comes with country-code-info (scripts/gazetteer installs both) */
    assert_true(kbx_adm1_code(CODES, "PAK", "Punjab", a1, sizeof a1));
    assert_string_equal(a1, "PK04");
    assert_true(kbx_adm1_code(CODES, "AFG", "Kabul", a1, sizeof a1));
    assert_string_equal(a1, "AF13");
    assert_false(kbx_adm1_code(CODES, "PAK", "No Such Province", a1, sizeof a1));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_good_rows_pass),
        cmocka_unit_test(test_each_event_rule_fails),
        cmocka_unit_test(test_row_rules),
        cmocka_unit_test(test_future_event_passes),
        cmocka_unit_test(test_each_mention_rule_fails),
        cmocka_unit_test(test_code_tables),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
