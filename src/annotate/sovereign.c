/*
 * sovereign.c -- whose organs a dependency's are (kba_sovs_load, kba_organ_state).
 *
 * The registry's country table (npm country-code-info, installed with the gazetteer) says of
 * each code whether it is a state ("independent": "Yes") or a dependency and of whom ("Part of
 * FR", "Territory of NO", "Crown dependency of GB", "Associated with NZ"). Which dependencies'
 * police, courts and prefects are the sovereign's own is the project's judgement, kept here:
 * France's and Norway's (see kba_organ_state).
 */
#include "annotate/geo.h"
#include <jansson.h>
#include <stdio.h>
#include <string.h>

void kba_sovs_load(kba_sovs *t, const char *geo_dir)
{
    t->n = 0;
    char path[4200];
    if (!geo_dir ||
        snprintf(path, sizeof path, "%s/node_modules/country-code-info/data/countries.json", geo_dir) >=
            (int)sizeof path)
        return;
    json_error_t je;
    json_t *arr = json_load_file(path, 0, &je);
    if (!json_is_array(arr)) {
        json_decref(arr);
        return;
    }
    size_t i;
    json_t *e;
    json_array_foreach(arr, i, e)
    {
        const char *a3 = json_string_value(json_object_get(e, "a3"));
        const char *ind = json_string_value(json_object_get(e, "independent"));
        if (!a3 || strlen(a3) != 3 || !ind || t->n == sizeof t->r / sizeof *t->r) continue;
        int part = !strncmp(ind, "Part of ", 8);
        const char *a2 = part ? ind + 8 : !strncmp(ind, "Territory of ", 13) ? ind + 13 : NULL;
        if (!a2 || strlen(a2) != 2) continue;
        /* (the sovereign's alpha-3 from its alpha-2, in the same table) */
        size_t k;
        json_t *s;
        json_array_foreach(arr, k, s)
        {
            const char *s2 = json_string_value(json_object_get(s, "a2"));
            const char *s3 = json_string_value(json_object_get(s, "a3"));
            if (!s2 || !s3 || strcmp(s2, a2) || strlen(s3) != 3) continue;
            memcpy(t->r[t->n].dep, a3, 4);
            memcpy(t->r[t->n].sov, s3, 4);
            t->r[t->n++].part = part;
            break;
        }
    }
    json_decref(arr);
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
