/*
 * sovereign.c -- whose organs a dependency's are (kba_sovs_parse, kba_sovs_load, kba_organ_state).
 *
 * The registry's country table (npm country-code-info, installed with the gazetteer) says of
 * each code whether it is a state ("independent": "Yes") or a dependency and of whom ("Part of
 * FR", "Territory of NO", "Crown dependency of GB", "Associated with NZ"). Which dependencies'
 * police, courts and prefects are the sovereign's own is the project's judgement, kept here:
 * France's and Norway's (see kba_organ_state).
 *
 * The table is an array of flat objects of string values, read with a scan of its own: a general
 * JSON parser took 15 M instructions for its 60 KB, at every start of the coder and enricher.
 */
#include "annotate/geo.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The string value of "key" in the object text [s, e), copied to out (cap bytes with its NUL);
 * 0 if the object has none or it does not fit. Escapes are not decoded (codes hold none). */
static int field(const char *s, const char *e, const char *key, char *out, size_t cap)
{
    size_t kl = strlen(key);
    for (const char *p = s; p + kl + 2 < e; p++) {
        if (*p != '"' || memcmp(p + 1, key, kl) || p[kl + 1] != '"') continue;
        const char *q = p + kl + 2;
        while (q < e && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')) q++;
        if (q >= e || *q != ':') continue;
        q++;
        while (q < e && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')) q++;
        if (q >= e || *q != '"') return 0;
        const char *v = ++q;
        while (q < e && *q != '"' && *q != '\\') q++;
        if (q >= e || *q != '"' || (size_t)(q - v) >= cap) return 0;
        memcpy(out, v, (size_t)(q - v));
        out[q - v] = '\0';
        return 1;
    }
    return 0;
}

void kba_sovs_parse(kba_sovs *t, const char *txt, size_t len)
{
    t->n = 0;
    /* (the objects' codes first: each dependency names its sovereign by its alpha-2) */
    enum { MAXC = 400 };
    struct row {
        char a2[3], a3[4], ind[40];
    } *rows = malloc(MAXC * sizeof *rows);
    if (!rows) return;
    size_t nr = 0;
    const char *p = txt, *end = txt + len;
    while (p < end && nr < MAXC) {
        const char *s = memchr(p, '{', (size_t)(end - p));
        if (!s) break;
        const char *e = memchr(s, '}', (size_t)(end - s));
        if (!e) break;
        struct row *r = &rows[nr];
        if (field(s, e, "a2", r->a2, sizeof r->a2) && field(s, e, "a3", r->a3, sizeof r->a3) &&
            strlen(r->a2) == 2 && strlen(r->a3) == 3 && field(s, e, "independent", r->ind, sizeof r->ind))
            nr++;
        p = e + 1;
    }
    for (size_t i = 0; i < nr && t->n < sizeof t->r / sizeof *t->r; i++) {
        int part = !strncmp(rows[i].ind, "Part of ", 8);
        const char *a2 = part ? rows[i].ind + 8 : !strncmp(rows[i].ind, "Territory of ", 13) ? rows[i].ind + 13 : NULL;
        if (!a2 || strlen(a2) != 2) continue;
        for (size_t k = 0; k < nr; k++)
            if (!strcmp(rows[k].a2, a2)) {
                memcpy(t->r[t->n].dep, rows[i].a3, 4);
                memcpy(t->r[t->n].sov, rows[k].a3, 4);
                t->r[t->n++].part = part;
                break;
            }
    }
    free(rows);
}

int kba_sovs_load(kba_sovs *t, const char *geo_dir)
{
    t->n = 0;
    char path[4200];
    if (!geo_dir ||
        snprintf(path, sizeof path, "%s/node_modules/country-code-info/data/countries.json", geo_dir) >=
            (int)sizeof path)
        return -1;
    size_t len = 0;
    char *txt = kbu_slurp(path, &len);
    if (!txt) return -1;
    kba_sovs_parse(t, txt, len);
    free(txt);
    return (int)t->n;
}

/* The organs a state keeps in its overseas lands are its own: France's prefects, gendarmes,
 * police and courts in Mayotte or New Caledonia, Norway's coast guard and governor off Svalbard.
 * For the states that rule their dependencies so (FRA, NOR), a dependency's organ is the
 * sovereign's -- every organ in an integral part ("Part of FR": Mayotte, Reunion), the forces,
 * police, spies and courts in a territory with a government of its own ("Territory of FR": New
 * Caledonia). Other dependencies keep their own (Hong Kong's police, the Cook Islands',
 * Gibraltar's). */
const char *kba_organ_state(const kba_sovs *t, const char *code, const char *country)
{
    static const char *const RULERS[] = {"FRA", "NOR", NULL};
    static const char *const ORGANS[] = {"GOV", "LEG", "MIL", "COP", "SPY", "JUD", NULL};
    if (!t || !code || !country || strlen(code) != 6) return NULL;
    int organ = -1;
    for (int k = 0; ORGANS[k] && organ < 0; k++)
        if (!strcmp(code + 3, ORGANS[k])) organ = k;
    if (organ < 0) return NULL;
    for (size_t i = 0; i < t->n; i++) {
        if (strncmp(t->r[i].dep, country, 3)) continue;
        if (!t->r[i].part && organ < 2) return NULL; /* (a territory's government is its own) */
        for (int k = 0; RULERS[k]; k++)
            if (!strcmp(t->r[i].sov, RULERS[k])) return RULERS[k];
        return NULL;
    }
    return NULL;
}

int kba_sovereign_organs(const kba_sovs *t, kb_arena *a, kb_event *ev, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (int side = 0; side < 2; side++) {
            kb_actor *x = side ? &ev[i].target : &ev[i].source;
            const char *sov = kba_organ_state(t, x->code, x->country);
            if (!sov) continue;
            char *code = kb_arena_alloc(a, 7);
            if (!code) return -1;
            memcpy(code, sov, 3);
            memcpy(code + 3, x->code + 3, 4);
            x->code = code;
            x->country = sov;
        }
    return 0;
}
