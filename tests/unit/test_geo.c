/*
 * test_geo.c -- the gazetteer and the toponym resolver on a small synthetic
 * gazetteer (built here from a few rows in the registry formats plus the
 * project's lexicon/places.txt), so the tests need no npm data.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "annotate/gazetteer_int.h"
#include "annotate/geo.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

static char dir[256];
static char idx[300];
static kba_gaz *G;

static const char *cities =
    "1\tPeshawar\tPeshawar\tPeshawer,\u067e\u0634\u0627\u0648\u0631\t34.008\t71."
    "57849\tP\tPPLA\tPK\t\t03\t\t\t\t1218773\t\t340\tAsia/Karachi\t2020-01-01\n"
    "2\tIslamabad\tIslamabad\t\t33.72148\t73.04329\tP\tPPLC\tPK\t\t08\t\t\t\t1014825\t\t508\tAsia/"
    "Karachi\t2020-01-01\n"
    "3\tDublin\tDublin\tBaile Atha "
    "Cliath\t53.33306\t-6.24889\tP\tPPLC\tIE\t\tL\t33\t\t\t1024027\t\t17\tEurope/"
    "Dublin\t2020-01-01\n"
    "4\tDublin\tDublin\t\t40.09923\t-83.11408\tP\tPPL\tUS\t\tOH\t049\t\t\t45098\t\t253\tAmerica/"
    "New_York\t2020-01-01\n"
    "5\tColumbus\tColumbus\t\t39.96118\t-82."
    "99879\tP\tPPLA\tUS\t\tOH\t049\t\t\t905748\t\t237\tAmerica/New_York\t2020-01-01\n"
    "6\tKabul\tKabul\tKaboul,\u06a9\u0627\u0628\u0644\t34.52813\t69.17233\tP\tPPLC\tAF\t\t13\t\t\t\t3043532\t\t1791\tAsia/"
    "Kabul\t2020-01-01\n"
    "7\tParis\tParis\t\t48.85341\t2.3488\tP\tPPLC\tFR\t\t11\t75\t\t\t2138551\t\t42\tEurope/"
    "Paris\t2020-01-01\n"
    "8\tParis\tParis\t\t33.66094\t-95.55551\tP\tPPLA2\tUS\t\tTX\t277\t\t\t24171\t\t180\tAmerica/"
    "Chicago\t2020-01-01\n"
    "9\tJones\tJones\t\t35.56\t-97.29\tP\tPPL\tUS\t\tOK\t\t\t\t3000\t\t300\tAmerica/"
    "Chicago\t2020-01-01\n"
    "10\tSankt Michael\tSankt "
    "Michael\tMichael\t47.1\t16.27\tP\tPPL\tAT\t\t01\t\t\t\t2000\t\t300\tEurope/"
    "Vienna\t2020-01-01\n"
    "11\tChaman\tChaman\t\t30.92\t66.45\tP\tPPL\tPK\t\t02\t\t\t\t123000\t\t1300\tAsia/"
    "Karachi\t2020-01-01\n"
    "12\tSana\u2019a\tSana'a\tSanaa\t15.35\t44.21\tP\tPPLC\tYE\t\t26\t\t\t\t1937451\t\t2200\tAsia/"
    "Aden\t2020-01-01\n"
    "13\tFar\u012bdpur\tFaridpur\t\t23.6\t89.84\tP\tPPLA2\tBD\t\t81\t\t\t\t121632\t\t10\tAsia/"
    "Dhaka\t2020-01-01\n";

static const char *admin1 =
    "[{\"code\":\"PK.03\",\"name\":\"Khyber "
    "Pakhtunkhwa\"},{\"code\":\"PK.08\",\"name\":\"Islamabad\"},"
    "{\"code\":\"PK.02\",\"name\":\"Balochistan\"},{\"code\":\"IE.L\",\"name\":\"Leinster\"},"
    "{\"code\":\"US.OH\",\"name\":\"Ohio\"},{\"code\":\"US.TX\",\"name\":\"Texas\"},"
    "{\"code\":\"US.OK\",\"name\":\"Oklahoma\"},{\"code\":\"AF.13\",\"name\":\"Kabul\"},"
    "{\"code\":\"FR.11\",\"name\":\"\\u00cele-de-France\"},{\"code\":\"AT.01\",\"name\":"
    "\"Burgenland\"},{\"code\":\"BD.81\",\"name\":\"Dhaka Division\"}]";

static const char *admin2 = "[{\"code\":\"US.OH.049\",\"name\":\"Franklin County\"}]";

static const char *countries = "[{\"name\":{\"common\":\"Pakistan\",\"official\":\"Islamic "
                               "Republic of Pakistan\"},\"cca2\":\"PK\",\"cca3\":\"PAK\","
                               "\"latlng\":[30,70],\"altSpellings\":[\"PK\"],\"translations\":{\"urd\":"
                               "{\"common\":\"\u067e\u0627\u06a9\u0633\u062a\u0627\u0646\"},"
                               "\"fra\":{\"common\":\"Pakistan\"}},\"demonyms\":{\"eng\":"
                               "{\"f\":\"Pakistani\",\"m\":\"Pakistani\"}}},"
                               "{\"name\":{\"common\":\"Ireland\",\"official\":\"Republic of "
                               "Ireland\"},\"cca2\":\"IE\",\"cca3\":\"IRL\","
                               "\"latlng\":[53,-8],\"altSpellings\":[\"IE\",\"Eire\"],\"demonyms\":"
                               "{\"eng\":{\"f\":\"Irish\",\"m\":\"Irish\"}}},"
                               "{\"name\":{\"common\":\"United States\",\"official\":\"United "
                               "States of America\"},\"cca2\":\"US\",\"cca3\":\"USA\","
                               "\"latlng\":[38,-97],\"altSpellings\":[\"US\",\"USA\"],\"demonyms\":"
                               "{\"eng\":{\"f\":\"American\",\"m\":\"American\"}}},"
                               "{\"name\":{\"common\":\"Afghanistan\",\"official\":\"Islamic "
                               "Republic of Afghanistan\"},\"cca2\":\"AF\",\"cca3\":\"AFG\","
                               "\"latlng\":[33,65],\"altSpellings\":[\"AF\"],\"demonyms\":{\"eng\":"
                               "{\"f\":\"Afghan\",\"m\":\"Afghan\"}}},"
                               "{\"name\":{\"common\":\"France\",\"official\":\"French "
                               "Republic\"},\"cca2\":\"FR\",\"cca3\":\"FRA\","
                               "\"latlng\":[46,2],\"altSpellings\":[\"FR\"],\"demonyms\":{\"eng\":{"
                               "\"f\":\"French\",\"m\":\"French\"}}}]";

static void put(const char *name, const char *s)
{
    char p[400];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs(s, f);
    fclose(f);
}

static int setup(void **state)
{
    (void)state;
    snprintf(dir, sizeof dir, "/tmp/kb-test-geo-XXXXXX");
    if (!mkdtemp(dir)) return -1;
    put("cities.txt", cities);
    put("admin1.json", admin1);
    put("admin2.json", admin2);
    put("countries.json", countries);
    char c[400], a1[400], a2[400], co[400], pl[600];
    snprintf(c, sizeof c, "%s/cities.txt", dir);
    snprintf(a1, sizeof a1, "%s/admin1.json", dir);
    snprintf(a2, sizeof a2, "%s/admin2.json", dir);
    snprintf(co, sizeof co, "%s/countries.json", dir);
    const char *src = getenv("KB_SRC");
    snprintf(pl, sizeof pl, "%s/lexicon/places.txt", src ? src : ".");
    snprintf(idx, sizeof idx, "%s/gazetteer.idx", dir);
    kba_gaz_sources s = {c, a1, a2, co, pl};
    kb_err err = {0};
    if (kba_gaz_build(&s, idx, &err) != KB_OK) {
        fprintf(stderr, "build: %s\n", err.msg);
        return -1;
    }
    G = kba_gaz_open(idx, &err);
    return G ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    kba_gaz_close(G);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* ASCII folding as specified: letters lower-cased, digits kept, ' . ` dropped, any other byte
 * one space, runs of spaces one, none at either end; -1 when out cannot hold it */
static int fold_ascii_spec(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\'' || c == '.' || c == '`') continue;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
            if (o == 0 || out[o - 1] == ' ') continue;
            c = ' ';
        }
        if (o + 1 >= cap) return -1;
        out[o++] = c;
    }
    while (o && out[o - 1] == ' ') o--;
    out[o] = 0;
    return (int)o;
}

/* kba_fold's ASCII path against the specification on random strings of ASCII bytes */
static void test_fold_ascii_random(void **state)
{
    (void)state;
    static const char alpha[] = "aZ09 .'`-,\t(x)Q_";
    uint32_t r = 12345;
    for (int round = 0; round < 20000; round++) {
        char s[24], a[16], b[16];
        size_t n = (size_t)(round % 23);
        for (size_t i = 0; i < n; i++) {
            r = r * 1103515245u + 12345u;
            s[i] = (r >> 16) % 4 ? alpha[(r >> 8) % (sizeof alpha - 1)] : (char)((r >> 20) % 128);
        }
        size_t cap = 1 + (size_t)(round % 15);
        int ka = kba_fold(s, n, a, cap), kb = fold_ascii_spec(s, n, b, cap);
        assert_int_equal(ka, kb);
        if (ka >= 0) assert_string_equal(a, b);
    }
}

static void test_fold(void **state)
{
    (void)state;
    char k[64];
    assert_int_equal(kba_fold("Khyber-Pakhtunkhwa", 18, k, sizeof k), 18);
    assert_string_equal(k, "khyber pakhtunkhwa");
    const char *ile = "\xc3\x8ele-de-France";
    assert_true(kba_fold(ile, strlen(ile), k, sizeof k) > 0);
    assert_string_equal(k, "ile de france");
    kba_fold("U.S.", 4, k, sizeof k);
    assert_string_equal(k, "us");
    kba_fold("  St. John's  ", 14, k, sizeof k);
    assert_string_equal(k, "st johns");
    const char *ru = "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0"; /* Cyrillic */
    assert_int_equal(kba_fold(ru, strlen(ru), k, sizeof k), -1);
    assert_int_equal(kba_fold("Peshawar", 8, k, 4), -1); /* too long for the buffer */
    /* other scripts: kept, case-folded; Arabic-script spelling variants as one */
    assert_true(kba_fold_script(ru, strlen(ru), k, sizeof k) > 0);
    assert_string_equal(k, "\xd0\xbc\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0"); /* москва */
    char k2[64];
    const char *ur = "\xda\xa9\xd8\xa7\xd8\xa8\xd9\x84";     /* کابل, Urdu keheh */
    const char *ar = "\xd9\x83\xd8\xa7\xd8\xa8\xd9\x84";     /* كابل, Arabic kaf */
    assert_true(kba_fold_script(ur, strlen(ur), k, sizeof k) > 0);
    assert_true(kba_fold_script(ar, strlen(ar), k2, sizeof k2) > 0);
    assert_string_equal(k, k2);
    const char *hamza = "\xd8\xa3\xd9\x81\xd8\xba\xd8\xa7\xd9\x86"; /* أفغان */
    const char *bare = "\xd8\xa7\xd9\x81\xd8\xba\xd8\xa7\xd9\x86";  /* افغان */
    kba_fold_script(hamza, strlen(hamza), k, sizeof k);
    kba_fold_script(bare, strlen(bare), k2, sizeof k2);
    assert_string_equal(k, k2);
    kba_fold_script("\xdb\xb2\xdb\xb6", 4, k, sizeof k); /* ۲۶ */
    assert_string_equal(k, "26");
    assert_int_equal(kba_fold_script("Peshawar", 8, k, sizeof k), 8); /* Latin: as kba_fold */
    assert_string_equal(k, "peshawar");
}

/* Names in Arabic script: the registry's alternate names, the countries' translations,
 * the supplement's aliases; an index without them is told apart. */
static void test_script_names(void **state)
{
    (void)state;
    assert_true(kba_gaz_has_scripts(G));
    static const char *const q[][2] = {
        {"\xd9\xbe\xd8\xb4\xd8\xa7\xd9\x88\xd8\xb1", "Peshawar"},         /* پشاور */
        {"\xd9\x83\xd8\xa7\xd8\xa8\xd9\x84", "Kabul"},                    /* كابل */
        {"\xd9\xbe\xd8\xa7\xda\xa9\xd8\xb3\xd8\xaa\xd8\xa7\xd9\x86", "Pakistan"}, /* پاکستان */
        {"\xd8\xb7\xd9\x88\xd8\xb1\xd8\xae\xd9\x85", "Torkham"},         /* طورخم */
    };
    for (size_t i = 0; i < sizeof q / sizeof *q; i++) {
        char k[64];
        int kl = kba_fold_script(q[i][0], strlen(q[i][0]), k, sizeof k);
        assert_true(kl > 0);
        uint32_t n = 0;
        const uint32_t *p = kba_gaz_lookup(G, k, (size_t)kl, &n);
        assert_true(n >= 1);
        int found = 0;
        for (uint32_t j = 0; j < n; j++)
            found |= !strcmp(kba_gaz_str(G, kba_gaz_rec(G, p[j] >> 2)->name), q[i][1]);
        assert_true(found);
    }
}

static void test_open_errors(void **state)
{
    (void)state;
    kb_err err = {0};
    char p[400];
    snprintf(p, sizeof p, "%s/none.idx", dir);
    assert_null(kba_gaz_open(p, &err));
    assert_int_equal(err.code, KB_ENOTFOUND);
    snprintf(p, sizeof p, "%s/cities.txt", dir);
    assert_null(kba_gaz_open(p, &err));
    assert_int_equal(err.code, KB_EFORMAT);
    /* a truncated index is refused */
    char t[400];
    snprintf(t, sizeof t, "%s/trunc.idx", dir);
    FILE *in = fopen(idx, "rb"), *out = fopen(t, "wb");
    assert_non_null(in);
    assert_non_null(out);
    char buf[4096];
    size_t n = fread(buf, 1, sizeof buf, in);
    fwrite(buf, 1, n, out);
    fclose(in);
    fclose(out);
    assert_null(kba_gaz_open(t, &err));
    assert_int_equal(err.code, KB_EFORMAT);
}

/* The index carries the version of its builder; a copy marked as an older builder's still
 * opens (any khabar reads any index), and tells its version, so that it is rebuilt. */
static void test_builder_version(void **state)
{
    (void)state;
    assert_int_equal(kba_gaz_builder(G), KBA_GAZ_BUILDER);
    assert_int_equal(kba_gaz_builder(NULL), 0);
    char t[400];
    snprintf(t, sizeof t, "%s/old.idx", dir);
    FILE *in = fopen(idx, "rb"), *out = fopen(t, "wb");
    assert_non_null(in);
    assert_non_null(out);
    kba_gaz_hdr h;
    assert_int_equal(fread(&h, 1, sizeof h, in), sizeof h);
    h.builder = 0;
    fwrite(&h, 1, sizeof h, out);
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0) fwrite(buf, 1, n, out);
    fclose(in);
    fclose(out);
    kb_err err = {0};
    kba_gaz *old = kba_gaz_open(t, &err);
    assert_non_null(old);
    assert_int_equal(kba_gaz_builder(old), 0);
    assert_int_equal(kba_gaz_nrec(old), kba_gaz_nrec(G));
    kba_gaz_close(old);
    unlink(t);
}

/* names are shown as news writes them: a city's ASCII name, a province without its unit
 * word or marks; both still found by their full names */
static void test_shown_names(void **state)
{
    (void)state;
    uint32_t n;
    const uint32_t *p = kba_gaz_lookup(G, "faridpur", 8, &n);
    assert_non_null(p);
    const kba_grec *r = kba_gaz_rec(G, p[0] >> 2);
    assert_string_equal(kba_gaz_str(G, r->name), "Faridpur");
    assert_string_equal(kba_gaz_adm1_name(G, r->adm1), "Dhaka");
    p = kba_gaz_lookup(G, "ile de france", 13, &n);
    assert_non_null(p);
    assert_string_equal(kba_gaz_str(G, kba_gaz_rec(G, p[0] >> 2)->name), "Ile-de-France");
}

static void test_lookup(void **state)
{
    (void)state;
    uint32_t n;
    const uint32_t *p = kba_gaz_lookup(G, "dublin", 6, &n);
    assert_non_null(p);
    assert_int_equal(n, 2);
    p = kba_gaz_lookup(G, "pakistani", 9, &n);
    assert_int_equal(n, 1);
    assert_int_equal(p[0] & 3, KBA_M_DEMONYM);
    const kba_grec *r = kba_gaz_rec(G, p[0] >> 2);
    assert_int_equal(r->kind, KBA_COUNTRY);
    assert_string_equal(kba_gaz_iso3(G, r->country), "PAK");
    /* the supplement's border crossing and its aliases */
    p = kba_gaz_lookup(G, "torkham", 7, &n);
    assert_int_equal(n, 1);
    r = kba_gaz_rec(G, p[0] >> 2);
    assert_int_equal(r->kind, KBA_POINT);
    assert_string_equal(kba_gaz_adm1_name(G, r->adm1), "Khyber Pakhtunkhwa");
    p = kba_gaz_lookup(G, "kpk", 3, &n);
    assert_int_equal(n, 1);
    assert_int_equal(kba_gaz_rec(G, p[0] >> 2)->kind, KBA_ADM1);
    /* admin-1 point from its members, population summed */
    p = kba_gaz_lookup(G, "ohio", 4, &n);
    assert_int_equal(n, 1);
    r = kba_gaz_rec(G, p[0] >> 2);
    assert_true(fabs(r->lat - 40.03) < 0.2);
    assert_true(r->pop >= 905748 + 45098);
    assert_true(kba_gaz_is_stop(G, "monday", 6));
    assert_false(kba_gaz_is_stop(G, "dublin", 6));
}

static const kba_toponym *find_word(const char *text, kba_toponym *t, size_t n, const char *w)
{
    const char *p = strstr(text, w);
    for (size_t i = 0; p && i < n; i++)
        if (t[i].start == (uint32_t)(p - text) && t[i].end == (uint32_t)(p - text + strlen(w)))
            return &t[i];
    return NULL;
}

static void test_context(void **state)
{
    (void)state;
    kb_err err = {0};
    kba_geo *geo = kba_geo_new(G, &err);
    assert_non_null(geo);
    kba_toponym *t;
    size_t n;
    const char *a = "Police in Dublin, Ohio, arrested two men near Columbus on Sunday.";
    assert_int_equal(kba_geo_find(geo, a, strlen(a), &t, &n), KB_OK);
    const kba_toponym *d = find_word(a, t, n, "Dublin");
    assert_non_null(d);
    assert_true(fabs(kba_gaz_rec(G, (uint32_t)d->rec)->lat - 40.1) < 0.1);
    assert_non_null(find_word(a, t, n, "Ohio"));
    assert_non_null(find_word(a, t, n, "Columbus"));
    assert_null(find_word(a, t, n, "Sunday"));
    assert_true(d->flags & KBA_T_PREP);

    const char *b = "Protesters marched in Dublin and Paris.";
    assert_int_equal(kba_geo_find(geo, b, strlen(b), &t, &n), KB_OK);
    assert_int_equal(n, 2);
    kba_place p;
    kba_place_of_rec(G, (uint32_t)t[0].rec, &p);
    assert_string_equal(p.country, "IRL");
    kba_place_of_rec(G, (uint32_t)t[1].rec, &p);
    assert_string_equal(p.country, "FRA");
    assert_string_equal(p.precision, "city");

    /* a small town, the one reading of its name, in a country nothing else lies in, among
     * three names of one other country: no place (the text's own village is not in the
     * gazetteer); a capital stays */
    const char *e = "Police in Peshawar, Islamabad and Chaman detained two farmers from Sankt Michael and a man from Kabul.";
    assert_int_equal(kba_geo_find(geo, e, strlen(e), &t, &n), KB_OK);
    assert_non_null(find_word(e, t, n, "Chaman"));
    assert_non_null(find_word(e, t, n, "Kabul"));
    assert_null(find_word(e, t, n, "Sankt Michael"));
    const char *f = "Police in Peshawar detained two farmers from Sankt Michael.";
    assert_int_equal(kba_geo_find(geo, f, strlen(f), &t, &n), KB_OK);
    assert_non_null(find_word(f, t, n, "Sankt Michael"));

    /* (session 21) a town's name at the head of an organisation's ("the Jones Civic Body")
     * is no person's first name: the town stays a place */
    const char *g = "Marchers of the Jones Civic Body were fired on in Jones.";
    assert_int_equal(kba_geo_find(geo, g, strlen(g), &t, &n), KB_OK);
    int in_jones = 0;
    for (size_t k = 0; k < n; k++) in_jones |= t[k].start == (uint32_t)(strstr(g, "in Jones") - g) + 3;
    assert_true(in_jones);
    /* ... nor is one a building's word ends ("Jones General Hospital") */
    const char *h = "She died in Jones General Hospital. Police fired on marchers in Jones.";
    assert_int_equal(kba_geo_find(geo, h, strlen(h), &t, &n), KB_OK);
    in_jones = 0;
    for (size_t k = 0; k < n; k++) in_jones |= t[k].start == (uint32_t)(strstr(h, "in Jones.") - h) + 3;
    assert_true(in_jones);

    /* people are not places */
    const char *c = "David Jones spoke first. Later, Jones said Michael would stay.";
    assert_int_equal(kba_geo_find(geo, c, strlen(c), &t, &n), KB_OK);
    assert_int_equal(n, 0);
    kba_geo_free(geo);
}

static void test_place_of_span(void **state)
{
    (void)state;
    kb_err err = {0};
    kba_geo *geo = kba_geo_new(G, &err);
    kba_toponym *t;
    size_t n;
    const char *a =
        "Two soldiers were killed near Torkham in Khyber Pakhtunkhwa, Pakistani officials said. "
        "Islamabad said it would respond. Talks were held in Kabul.";
    assert_int_equal(kba_geo_find(geo, a, strlen(a), &t, &n), KB_OK);
    const kba_toponym *pk = find_word(a, t, n, "Pakistani");
    assert_non_null(pk);
    assert_true(pk->flags & KBA_T_DEMONYM);
    const kba_toponym *isb = find_word(a, t, n, "Islamabad");
    assert_non_null(isb);
    assert_true(isb->flags & KBA_T_METONYM);
    kba_place p;
    const char *kill = strstr(a, "killed");
    assert_int_equal(kba_geo_place_of_span(geo, a, strlen(a), NULL, 0, (uint32_t)(kill - a),
                                           (uint32_t)(kill - a + 6), 0, &p),
                     1);
    assert_string_equal(p.name, "Torkham");
    assert_string_equal(p.country, "PAK");
    assert_string_equal(p.adm1, "Khyber Pakhtunkhwa");
    assert_string_equal(p.precision, "point");
    const char *said = strstr(a, "said it");
    assert_int_equal(kba_geo_place_of_span(geo, a, strlen(a), NULL, 0, (uint32_t)(said - a),
                                           (uint32_t)(said - a + 4), 0, &p),
                     0);
    const char *talk = strstr(a, "Talks");
    kb_span sents[3] = {{0, (uint32_t)(strstr(a, " Islamabad") - a)},
                        {(uint32_t)(strstr(a, "Islamabad") - a), (uint32_t)(talk - a - 1)},
                        {(uint32_t)(talk - a), (uint32_t)strlen(a)}};
    assert_int_equal(kba_geo_place_of_span(geo, a, strlen(a), sents, 3, (uint32_t)(talk - a),
                                           (uint32_t)(talk - a + 5), 0, &p),
                     1);
    assert_string_equal(p.name, "Kabul");
    assert_string_equal(p.country, "AFG");
    /* a place named as a modifier is still where it happened; no place = none */
    const char *b = "Pakistani and Afghan officials reopened the Torkham crossing on Monday.";
    assert_int_equal(kba_geo_find(geo, b, strlen(b), &t, &n), KB_OK);
    const char *re = strstr(b, "reopened");
    assert_int_equal(kba_geo_place_of_span(geo, b, strlen(b), NULL, 0, (uint32_t)(re - b),
                                           (uint32_t)(re - b + 8), 0, &p),
                     1);
    assert_string_equal(p.name, "Torkham");
    /* a statement's place is only where the text says it was made */
    const char *d = "Islamabad condemned the attack in Peshawar. Officials told reporters in Kabul "
                    "that talks would go on.";
    assert_int_equal(kba_geo_find(geo, d, strlen(d), &t, &n), KB_OK);
    const char *cond = strstr(d, "condemned"), *told = strstr(d, "told");
    assert_int_equal(kba_geo_place_of_span(geo, d, strlen(d), NULL, 0, (uint32_t)(told - d),
                                           (uint32_t)(told - d + 4), 1, &p),
                     1);
    assert_string_equal(p.name, "Kabul");
    assert_int_equal(kba_geo_place_of_span(geo, d, strlen(d), NULL, 0, (uint32_t)(cond - d),
                                           (uint32_t)(cond - d + 9), 0, &p),
                     1);
    assert_string_equal(p.name, "Peshawar");
    /* a town a distance is measured from is no place of the act; a transliteration's
     * apostrophe letter is not shown ("Sana’a" is "Sanaa") */
    const char *e = "Militants attacked a post near Chaman, 300 kilometres from Kabul. Jets struck Sanaa.";
    assert_int_equal(kba_geo_find(geo, e, strlen(e), &t, &n), KB_OK);
    const char *att = strstr(e, "attacked"), *st = strstr(e, "struck");
    assert_int_equal(kba_geo_place_of_span(geo, e, strlen(e), NULL, 0, (uint32_t)(att - e),
                                           (uint32_t)(att - e + 8), 0, &p),
                     1);
    assert_string_equal(p.name, "Chaman");
    kb_span es[2] = {{0, (uint32_t)(strstr(e, " Jets") - e)}, {(uint32_t)(strstr(e, "Jets") - e), (uint32_t)strlen(e)}};
    assert_int_equal(kba_geo_place_of_span(geo, e, strlen(e), es, 2, (uint32_t)(st - e), (uint32_t)(st - e + 6), 0,
                                           &p),
                     1);
    assert_string_equal(p.name, "Sanaa");
    const char *c = "Officials met on Monday.";
    assert_int_equal(kba_geo_find(geo, c, strlen(c), &t, &n), KB_OK);
    assert_int_equal(kba_geo_place_of_span(geo, c, strlen(c), NULL, 0, 0, 9, 0, &p), 0);
    kba_geo_free(geo);
}

static void test_resolve_spans(void **state)
{
    (void)state;
    kb_err err = {0};
    kba_geo *geo = kba_geo_new(G, &err);
    const char *a = "Fighting near Chaman and in Peshawer; the Irish embassy closed.";
    kba_toponym t[3];
    memset(t, 0, sizeof t);
    const char *w[] = {"Chaman", "Peshawer", "Irish"};
    for (int i = 0; i < 3; i++) {
        t[i].start = (uint32_t)(strstr(a, w[i]) - a);
        t[i].end = t[i].start + (uint32_t)strlen(w[i]);
    }
    assert_int_equal(kba_geo_resolve(geo, a, strlen(a), t, 3), KB_OK);
    for (int i = 0; i < 3; i++)
        assert_true(t[i].rec >= 0);
    assert_string_equal(kba_gaz_str(G, kba_gaz_rec(G, (uint32_t)t[1].rec)->name), "Peshawar");
    assert_true(t[2].flags & KBA_T_DEMONYM);
    /* bad spans are refused */
    t[0].end = 1000;
    assert_int_equal(kba_geo_resolve(geo, a, strlen(a), t, 1), KB_EUSAGE);
    kba_geo_free(geo);
}

/* (session 30) the registry's dependencies: whose organs a dependency's are */
static void test_sovereigns(void **state)
{
    (void)state;
    char d[400], p[500];
    snprintf(d, sizeof d, "%s/node_modules/country-code-info/data", dir);
    for (char *q = d + strlen(dir) + 1; *q; q++)
        if (*q == '/') {
            *q = 0;
            mkdir(d, 0700);
            *q = '/';
        }
    mkdir(d, 0700);
    snprintf(p, sizeof p, "%s/countries.json", d);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs("[{\"a2\":\"FR\",\"a3\":\"FRA\",\"independent\":\"Yes\"},"
          "{\"a2\":\"YT\",\"a3\":\"MYT\",\"independent\":\"Part of FR\"},"
          "{\"a2\":\"NC\",\"a3\":\"NCL\",\"independent\":\"Territory of FR\"},"
          "{\"a2\":\"CN\",\"a3\":\"CHN\",\"independent\":\"Yes\"},"
          "{\"a2\":\"HK\",\"a3\":\"HKG\",\"independent\":\"Part of CN\"},"
          "{\"a2\":\"GG\",\"a3\":\"GGY\",\"independent\":\"Crown dependency of GB\"}]",
          f);
    fclose(f);
    kba_sovs t;
    assert_int_equal(kba_sovs_load(&t, dir), 3);
    assert_int_equal(t.n, 3);
    /* every organ of an integral part; a territory's forces, police and courts, not its government */
    assert_string_equal(kba_organ_state(&t, "MYTGOV", "MYT"), "FRA");
    assert_string_equal(kba_organ_state(&t, "NCLCOP", "NCL"), "FRA");
    assert_null(kba_organ_state(&t, "NCLGOV", "NCL"));
    /* not its people, not another sovereign's dependency, not a state */
    assert_null(kba_organ_state(&t, "MYTCVL", "MYT"));
    assert_null(kba_organ_state(&t, "HKGCOP", "HKG"));
    assert_null(kba_organ_state(&t, "FRACOP", "FRA"));
    assert_null(kba_organ_state(&t, "MYT", "MYT"));
    /* no table: nothing maps */
    assert_int_equal(kba_sovs_load(&t, "/nonexistent"), -1);
    assert_int_equal(t.n, 0);
    /* a table with no dependency read: 0, told apart from none */
    f = fopen(p, "w");
    assert_non_null(f);
    fputs("[{\"a2\": \"FR\", \"a3\": \"FRA\"}, {\"a2\": \"YT\", truncated", f);
    fclose(f);
    assert_int_equal(kba_sovs_load(&t, dir), 0);
    assert_int_equal(t.n, 0);
    assert_null(kba_organ_state(&t, "MYTGOV", "MYT"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sovereigns),
        cmocka_unit_test(test_fold),          cmocka_unit_test(test_fold_ascii_random),          cmocka_unit_test(test_script_names),
        cmocka_unit_test(test_open_errors),   cmocka_unit_test(test_builder_version),
        cmocka_unit_test(test_lookup), cmocka_unit_test(test_shown_names),
        cmocka_unit_test(test_context),
        cmocka_unit_test(test_place_of_span), cmocka_unit_test(test_resolve_spans),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
