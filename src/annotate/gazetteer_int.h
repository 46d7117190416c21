/*
 * gazetteer_int.h -- the on-disk layout of the compiled gazetteer index,
 * shared by its writer (gazetteer_build.c) and its reader (gazetteer.c).
 *
 * One file, native byte order, every section 8-byte aligned:
 *   header | records | countries | admin-1 | admin-2 | keys | slots | postings |
 *   stop slots | string pool
 * A key is a folded name; slots are an open-addressing hash table (power of
 * two, linear probing) of key index + 1; each key points at its run of
 * postings (record << 2 | match type).
 *
 * The header ends with the version of the builder that wrote the index (KBA_GAZ_BUILDER, geo.h): an
 * index whose records start before that field was written before it existed (builder 0).
 * The layout is the same for every builder, so any khabar reads any index; an index of an
 * older builder is rebuilt (kba_gaz_open, scripts/gazetteer), one of a newer is kept.
 */
#ifndef KBA_GAZETTEER_INT_H
#define KBA_GAZETTEER_INT_H

#include "annotate/geo.h"

#define KBA_GAZ_MAGIC "KBGAZ\0\0\3"
#define KBA_GAZ_SEED 0x6b6867617a303031ULL
/* A key no name folds to (no postings): present when the index holds the names in other
 * scripts (kba_fold_script), so an index built by an older khabar is rebuilt. */
#define KBA_GAZ_SCRIPTS_KEY "\001scripts"

typedef struct kba_gaz_hdr {
    char magic[8];
    uint32_t n_rec, n_country, n_adm1, n_adm2, n_keys, n_slots, n_post, n_stop;
    uint64_t off_rec, off_country, off_adm1, off_adm2, off_keys, off_slots, off_post, off_stop,
        off_str, n_str, total;
    uint32_t builder, reserved; /* KBA_GAZ_BUILDER; older indexes lack it (see above) */
} kba_gaz_hdr;

typedef struct kba_gcountry {
    char iso2[4], iso3[4];
    uint32_t rec; /* its record + 1, 0 = none */
} kba_gcountry;

typedef struct kba_gkey {
    uint32_t str, post, n;
} kba_gkey;

static inline uint64_t kba_key_hash(const char *k, size_t n)
{
    return kbu_hash64(k, n, KBA_GAZ_SEED);
}

#endif
