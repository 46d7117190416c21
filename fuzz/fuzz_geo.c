/*
 * fuzz_geo.c -- libFuzzer target for the toponym recogniser and resolver:
 * kba_fold, kba_geo_find, kba_geo_resolve on spans taken from the input, and
 * kba_geo_place_of_span, over a small synthetic gazetteer compiled at start-up
 * (registry formats + a few supplement lines), so no npm data is needed.
 * fuzz-max-len: 4096
 */
#include "annotate/geo.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static kba_gaz *G;
static kba_geo *GEO;

static void put(const char *dir, const char *name, const char *s)
{
    char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "w");
    if (!f) abort();
    fputs(s, f);
    fclose(f);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char dir[] = "/tmp/kb-fuzz-geo-XXXXXX";
    if (!mkdtemp(dir)) abort();
    put(dir, "c.txt",
        "1\tPeshawar\tPeshawar\tPeshawer\t34.008\t71."
        "578\tP\tPPLA\tPK\t\t03\t\t\t\t1218773\t\t0\tx\tx\n"
        "2\tIslamabad\tIslamabad\t\t33.72\t73.04\tP\tPPLC\tPK\t\t08\t\t\t\t1014825\t\t0\tx\tx\n"
        "3\tDublin\tDublin\t\xc3\x89ire "
        "City\t53.33\t-6.25\tP\tPPLC\tIE\t\tL\t33\t\t\t1024027\t\t0\tx\tx\n"
        "4\tDublin\tDublin\t\t40.1\t-83.11\tP\tPPL\tUS\t\tOH\t049\t\t\t45098\t\t0\tx\tx\n"
        "5\tKabul\tKabul\tKaboul\t34.53\t69.17\tP\tPPLC\tAF\t\t13\t\t\t\t3043532\t\t0\tx\tx\n"
        "6\tSankt Michael\tSankt "
        "Michael\tMichael,Mi\t47.1\t16.27\tP\tPPLX\tAT\t\t01\t\t\t\t2000\t\t0\tx\tx\n"
        "7\tSaint Louis\tSaint Louis\tSt. "
        "Louis\t38.63\t-90.2\tP\tPPL\tUS\t\tMO\t\t\t\t300000\t\t0\tx\tx\n");
    put(dir, "a1.json",
        "[{\"code\":\"PK.03\",\"name\":\"Khyber "
        "Pakhtunkhwa\"},{\"code\":\"US.OH\",\"name\":\"Ohio\"},"
        "{\"code\":\"US.MO\",\"name\":\"Missouri\"},{\"code\":\"AF.13\",\"name\":\"Kabul\"}]");
    put(dir, "a2.json", "[{\"code\":\"US.OH.049\",\"name\":\"Franklin County\"}]");
    put(dir, "co.json",
        "[{\"name\":{\"common\":\"Pakistan\",\"official\":\"Islamic Republic of "
        "Pakistan\"},\"cca2\":\"PK\","
        "\"cca3\":\"PAK\",\"latlng\":[30,70],\"altSpellings\":[\"PK\"],\"demonyms\":{\"eng\":{"
        "\"f\":\"Pakistani\","
        "\"m\":\"Pakistani\"}}},{\"name\":{\"common\":\"United "
        "States\"},\"cca2\":\"US\",\"cca3\":\"USA\","
        "\"latlng\":[38,-97],\"altSpellings\":[\"USA\"],\"demonyms\":{\"eng\":{\"m\":\"American\"}}"
        "}]");
    put(dir, "p.txt",
        "place\tTorkham|Torkham border\t34.11\t71.09\tpoint\tPK\tPK.03\n"
        "place\tNorth Waziristan\t32.95\t70.05\tdistrict\tPK\tPK.03\t543000\n"
        "place\tEurope|EU\t48.69\t9.14\tregion\t\t\t740000000\n"
        "alias\tU.S.|US|America\tcountry:US\n"
        "abbr\tMo.\tadm1:US.MO\n"
        "demonym\tEuropean\tplace:Europe\n"
        "stop\tThe|Monday|Mr|President\n");
    char c[64], a1[64], a2[64], co[64], p[64], idx[64];
    snprintf(c, sizeof c, "%s/c.txt", dir);
    snprintf(a1, sizeof a1, "%s/a1.json", dir);
    snprintf(a2, sizeof a2, "%s/a2.json", dir);
    snprintf(co, sizeof co, "%s/co.json", dir);
    snprintf(p, sizeof p, "%s/p.txt", dir);
    snprintf(idx, sizeof idx, "%s/g.idx", dir);
    kba_gaz_sources src = {c, a1, a2, co, p};
    kb_err err = {0};
    if (kba_gaz_build(&src, idx, &err) != KB_OK) abort();
    G = kba_gaz_open(idx, &err);
    if (!G) abort();
    GEO = kba_geo_new(G, &err);
    if (!GEO) abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16) return 0;
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = 0;
    char key[128];
    (void)kba_fold(text, size < 200 ? size : 200, key, sizeof key);
    kba_toponym *t;
    size_t n;
    if (kba_geo_find(GEO, text, size, &t, &n) == KB_OK) {
        for (size_t i = 0; i < n; i++) {
            if (t[i].start > t[i].end || t[i].end > size || t[i].rec < 0) abort();
            kba_place p;
            kba_place_of_rec(G, (uint32_t)t[i].rec, &p);
            if (!p.name || !p.precision) abort();
        }
        kba_place p;
        uint32_t a = size ? (uint32_t)(data[0] * size / 256) : 0, b = a + (size > a ? 1 : 0);
        (void)kba_geo_place_of_span(GEO, text, size, NULL, 0, a, b, 0, &p);
        kb_span s = {0, (uint32_t)size};
        (void)kba_geo_place_of_span(GEO, text, size, &s, 1, a, b, size & 1, &p);
    }
    /* spans from the input's own bytes */
    kba_toponym sp[8];
    size_t ns = 0;
    for (size_t i = 0; i + 1 < size && ns < 8; i += 2) {
        uint32_t a = (uint32_t)(data[i] * size / 256), l = data[i + 1] % 24;
        if (a + l > size) continue;
        sp[ns].start = a;
        sp[ns].end = a + l;
        ns++;
    }
    (void)kba_geo_resolve(GEO, text, size, sp, ns);
    free(text);
    return 0;
}
