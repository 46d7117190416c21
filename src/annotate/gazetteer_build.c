/*
 * gazetteer_build.c -- compile the gazetteer sources into the binary index.
 *
 * Sources (see geo.h): GeoNames cities500 TSV, admin-1 and admin-2 name lists
 * (JSON), world-countries (JSON: ISO codes, centroid, names, demonyms), and the
 * project's supplement lexicon/places.txt. Admin units get a record each; their
 * point is the middle of the 2nd-98th percentile box of their member places
 * unless the supplement gives one, and their population is the sum of their
 * members'. Every name, ASCII name and alternate name is folded (kba_fold; names
 * in other scripts -- Arabic, Urdu, Persian, Cyrillic... -- by kba_fold_script, and
 * the countries' names in those scripts from world-countries' translations) into a
 * key pointing at its records. The writer lays the sections
 * out as gazetteer_int.h says and renames the file into place at the end.
 */
#include "annotate/gazetteer_int.h"
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utf8proc.h>

/* ---- growable arrays --------------------------------------------------- */
#define VEC(T)                                                                                     \
    struct {                                                                                       \
        T *v;                                                                                      \
        size_t n, cap;                                                                             \
    }
#define VPUSH(vec, x)                                                                              \
    ((vec).n == (vec).cap ? vgrow((void **)&(vec).v, &(vec).cap, sizeof *(vec).v) : 0)             \
        ? KB_ENOMEM                                                                                \
        : ((vec).v[(vec).n++] = (x), KB_OK)

static int vgrow(void **v, size_t *cap, size_t el)
{
    size_t nc = *cap ? *cap * 2 : 64;
    void *p = realloc(*v, nc * el);
    if (!p) return 1;
    *v = p;
    *cap = nc;
    return 0;
}

typedef struct bkey {
    uint64_t h;
    uint32_t str, head, n;
} bkey;

typedef struct unitpts { /* member points of an admin unit or country */
    VEC(float) lat;
    VEC(float) lon;
    uint64_t pop;
    int fixed; /* coordinates given by a source: keep them */
} unitpts;

typedef struct code_ent { /* small string -> index map (admin codes, ISO2, gid) */
    uint64_t h;
    char *code;
    uint32_t idx;
} code_ent;

typedef struct code_map {
    code_ent *t;
    size_t cap, n;
} code_map;

typedef struct bld {
    VEC(kba_grec) rec;
    VEC(kba_gcountry) country;
    VEC(uint32_t) adm1; /* record of each admin-1 */
    VEC(uint32_t) adm2;
    unitpts *cpts, *a1pts, *a2pts; /* parallel to country/adm1/adm2 (grown with them) */
    size_t cpts_cap, a1pts_cap, a2pts_cap;
    kbu_buf str;
    bkey *keys;
    size_t kcap, kn;
    VEC(uint32_t) pval;
    VEC(uint32_t) pnext;
    code_map cc, a1, a2, gid, sup; /* sup: the supplement's own places by first name */
    VEC(uint32_t) stop;            /* string offsets of stop words */
    kb_err *err;
} bld;

/* ---- string pool ------------------------------------------------------- */
static uint32_t str_add(bld *b, const char *s, size_t n)
{
    uint32_t off = (uint32_t)b->str.len;
    if (kbu_buf_append(&b->str, s, n) || kbu_buf_putc(&b->str, 0)) return 0;
    return off;
}

/* ---- code maps --------------------------------------------------------- */
static int cm_find(const code_map *m, const char *s, size_t n, uint32_t *idx)
{
    if (!m->cap) return 0;
    uint64_t h = kbu_hash64(s, n, 7);
    for (size_t i = h & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->t[i].code) return 0;
        if (m->t[i].h == h && strlen(m->t[i].code) == n && !memcmp(m->t[i].code, s, n)) {
            *idx = m->t[i].idx;
            return 1;
        }
    }
}

static int cm_put(code_map *m, const char *s, size_t n, uint32_t idx)
{
    if ((m->n + 1) * 2 > m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 256;
        code_ent *t = calloc(nc, sizeof *t);
        if (!t) return KB_ENOMEM;
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->t[i].code) continue;
            size_t j = m->t[i].h & (nc - 1);
            while (t[j].code)
                j = (j + 1) & (nc - 1);
            t[j] = m->t[i];
        }
        free(m->t);
        m->t = t;
        m->cap = nc;
    }
    uint64_t h = kbu_hash64(s, n, 7);
    size_t i = h & (m->cap - 1);
    while (m->t[i].code) {
        if (m->t[i].h == h && strlen(m->t[i].code) == n && !memcmp(m->t[i].code, s, n)) {
            m->t[i].idx = idx;
            return KB_OK;
        }
        i = (i + 1) & (m->cap - 1);
    }
    char *c = malloc(n + 1);
    if (!c) return KB_ENOMEM;
    memcpy(c, s, n);
    c[n] = 0;
    m->t[i].h = h;
    m->t[i].code = c;
    m->t[i].idx = idx;
    m->n++;
    return KB_OK;
}

static void cm_free(code_map *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->t[i].code);
    free(m->t);
}

/* ---- keys and postings ------------------------------------------------- */
static int key_slot(bld *b, const char *k, size_t n, uint64_t h, size_t *slot)
{
    if ((b->kn + 1) * 2 > b->kcap) {
        size_t nc = b->kcap ? b->kcap * 2 : 1 << 16;
        bkey *t = calloc(nc, sizeof *t);
        if (!t) return KB_ENOMEM;
        for (size_t i = 0; i < b->kcap; i++) {
            if (!b->keys[i].str) continue;
            size_t j = b->keys[i].h & (nc - 1);
            while (t[j].str)
                j = (j + 1) & (nc - 1);
            t[j] = b->keys[i];
        }
        free(b->keys);
        b->keys = t;
        b->kcap = nc;
    }
    size_t i = h & (b->kcap - 1);
    while (b->keys[i].str) {
        if (b->keys[i].h == h && !strncmp(b->str.data + b->keys[i].str, k, n) &&
            b->str.data[b->keys[i].str + n] == 0)
            break;
        i = (i + 1) & (b->kcap - 1);
    }
    if (!b->keys[i].str) {
        uint32_t off = str_add(b, k, n);
        if (!off) return KB_ENOMEM;
        b->keys[i].h = h;
        b->keys[i].str = off;
        b->keys[i].head = UINT32_MAX;
        b->kn++;
    }
    *slot = i;
    return KB_OK;
}

/* Add a folded key for record rec with match type mt. */
static int key_add_folded(bld *b, const char *k, size_t n, uint32_t rec, int mt)
{
    if (n < 2) return KB_OK;
    size_t s;
    if (key_slot(b, k, n, kba_key_hash(k, n), &s)) return KB_ENOMEM;
    bkey *e = &b->keys[s];
    /* the same record under the same key: keep the best match type */
    for (uint32_t p = e->head, steps = 0; p != UINT32_MAX && steps < 4;
         p = b->pnext.v[p], steps++) {
        if ((b->pval.v[p] >> 2) == rec) {
            if ((int)(b->pval.v[p] & 3) > mt) b->pval.v[p] = rec << 2 | (uint32_t)mt;
            return KB_OK;
        }
    }
    if (VPUSH(b->pval, rec << 2 | (uint32_t)mt) || VPUSH(b->pnext, e->head)) return KB_ENOMEM;
    e->head = (uint32_t)(b->pval.n - 1);
    e->n++;
    return KB_OK;
}

/* A name's key: kba_fold, else (letters of another script) kba_fold_script when that
 * keeps at least two letters. */
static int fold_key(const char *s, size_t n, char *k, size_t cap)
{
    int kl = kba_fold(s, n, k, cap);
    if (kl >= 0) return kl;
    kl = kba_fold_script(s, n, k, cap);
    int letters = 0;
    for (int i = 0; i < kl; i++)
        letters += ((unsigned char)k[i] & 0xC0) != 0x80;
    return letters >= 2 ? kl : -1;
}

static int key_add(bld *b, const char *s, size_t n, uint32_t rec, int mt)
{
    char k[256];
    int kl = fold_key(s, n, k, sizeof k);
    if (kl < 2) return KB_OK;
    for (int i = 0; i < kl; i++)
        if (k[i] >= '0' && k[i] <= '9' && mt != KBA_M_ABBR) return KB_OK; /* codes, not names */
    if (mt == KBA_M_ALT && kl < 3) return KB_OK;
    return key_add_folded(b, k, (size_t)kl, rec, mt);
}

/* ---- units ------------------------------------------------------------- */
static unitpts *pts_at(unitpts **arr, size_t *cap, size_t i)
{
    if (i >= *cap) {
        size_t nc = *cap ? *cap : 64;
        while (nc <= i)
            nc *= 2;
        unitpts *p = realloc(*arr, nc * sizeof *p);
        if (!p) return NULL;
        memset(p + *cap, 0, (nc - *cap) * sizeof *p);
        *arr = p;
        *cap = nc;
    }
    return &(*arr)[i];
}

static int new_rec(bld *b, const char *name, size_t nlen, int kind, uint32_t *out)
{
    kba_grec r;
    memset(&r, 0, sizeof r);
    r.lat = r.lon = NAN;
    r.kind = (uint8_t)kind;
    r.rank = 5;
    r.name = str_add(b, name, nlen);
    if (!r.name || VPUSH(b->rec, r)) return KB_ENOMEM;
    *out = (uint32_t)(b->rec.n - 1);
    return KB_OK;
}

/* Country index + 1 for an ISO2 code, created (without a record) if new. */
static uint16_t country_of(bld *b, const char *iso2, size_t n)
{
    uint32_t idx;
    if (n != 2) return 0;
    if (cm_find(&b->cc, iso2, 2, &idx)) return (uint16_t)(idx + 1);
    kba_gcountry c;
    memset(&c, 0, sizeof c);
    memcpy(c.iso2, iso2, 2);
    if (VPUSH(b->country, c)) return 0;
    idx = (uint32_t)(b->country.n - 1);
    if (!pts_at(&b->cpts, &b->cpts_cap, idx) || cm_put(&b->cc, iso2, 2, idx)) return 0;
    return (uint16_t)(idx + 1);
}

static int pts_add(unitpts *u, float lat, float lon, uint32_t pop)
{
    if (!u) return KB_OK;
    u->pop += pop;
    if (VPUSH(u->lat, lat) || VPUSH(u->lon, lon)) return KB_ENOMEM;
    return KB_OK;
}

static int fcmp(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return (x > y) - (x < y);
}

/* Middle of the 2nd-98th percentile box of the unit's points. */
static void pts_centre(unitpts *u, kba_grec *r)
{
    uint64_t pop = u->pop > UINT32_MAX ? UINT32_MAX : u->pop;
    if (r->pop < pop) r->pop = (uint32_t)pop;
    if (u->fixed || !u->lat.n) return;
    if (!isnan(r->lat)) return;
    qsort(u->lat.v, u->lat.n, sizeof(float), fcmp);
    qsort(u->lon.v, u->lon.n, sizeof(float), fcmp);
    size_t n = u->lat.n, lo = n / 50, hi = n - 1 - n / 50;
    r->lat = (u->lat.v[lo] + u->lat.v[hi]) / 2;
    float w0 = u->lon.v[lo], w1 = u->lon.v[hi];
    if (w1 - w0 > 180) { /* straddles the antimeridian: use the median instead */
        r->lon = u->lon.v[n / 2];
    } else {
        r->lon = (w0 + w1) / 2;
    }
}

/* ---- file helpers ------------------------------------------------------ */
static json_t *load_json(const char *path, kb_err *err)
{
    json_error_t je;
    json_t *j = json_load_file(path, 0, &je);
    if (!j) kb_err_set(err, KB_EFORMAT, "%s: line %d: %s", path, je.line, je.text);
    return j;
}

static const char *jstr(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* ---- sources ----------------------------------------------------------- */
static int add_demonym(bld *b, const char *d, uint32_t rec)
{
    size_t n = strlen(d);
    if (key_add(b, d, n, rec, KBA_M_DEMONYM)) return KB_ENOMEM;
    if (n > 2 && (d[n - 1] == 'n' || d[n - 1] == 'i')) { /* Afghans, Iraqis */
        char pl[128];
        if (n + 2 > sizeof pl) return KB_OK;
        memcpy(pl, d, n);
        pl[n] = 's';
        if (key_add(b, pl, n + 1, rec, KBA_M_DEMONYM)) return KB_ENOMEM;
    }
    return KB_OK;
}

static int load_countries(bld *b, const char *path)
{
    json_t *j = load_json(path, b->err);
    if (!j) return KB_EFORMAT;
    size_t i;
    json_t *c;
    int rc = KB_OK;
    json_array_foreach(j, i, c)
    {
        const char *iso2 = jstr(c, "cca2"), *iso3 = jstr(c, "cca3");
        json_t *nm = json_object_get(c, "name");
        const char *common = nm ? jstr(nm, "common") : NULL;
        if (!iso2 || !iso3 || !common || strlen(iso2) != 2) continue;
        uint16_t ci = country_of(b, iso2, 2);
        if (!ci) {
            rc = KB_ENOMEM;
            break;
        }
        uint32_t rec;
        if (new_rec(b, common, strlen(common), KBA_COUNTRY, &rec)) {
            rc = KB_ENOMEM;
            break;
        }
        kba_gcountry *gc = &b->country.v[ci - 1];
        /* (the registry writes Kosovo "UNK", a placeholder; the codebook and the lexicon write XKX) */
        snprintf(gc->iso3, sizeof gc->iso3, "%.3s", strcmp(iso2, "XK") ? iso3 : "XKX");
        gc->rec = rec + 1;
        kba_grec *r = &b->rec.v[rec];
        r->country = ci;
        json_t *ll = json_object_get(c, "latlng");
        if (json_array_size(ll) == 2) {
            r->lat = (float)json_number_value(json_array_get(ll, 0));
            r->lon = (float)json_number_value(json_array_get(ll, 1));
        }
        if (key_add(b, common, strlen(common), rec, KBA_M_NAME)) {
            rc = KB_ENOMEM;
            break;
        }
        const char *off = jstr(nm, "official");
        if (off && key_add(b, off, strlen(off), rec, KBA_M_NAME)) {
            rc = KB_ENOMEM;
            break;
        }
        size_t k;
        json_t *a;
        json_array_foreach(json_object_get(c, "altSpellings"), k, a)
        {
            const char *s = json_string_value(a);
            if (s && strlen(s) > 3 && key_add(b, s, strlen(s), rec, KBA_M_ALT)) rc = KB_ENOMEM;
        }
        /* the names in other languages that are written in another script (Arabic,
         * Persian, Urdu, Russian, Chinese...): the Latin-script ones would make common
         * words of English text places */
        const char *lk;
        json_t *tr;
        json_object_foreach(json_object_get(c, "translations"), lk, tr)
        {
            const char *names[2] = {jstr(tr, "common"), jstr(tr, "official")};
            char tmp[256];
            for (int t = 0; t < 2; t++)
                if (names[t] && kba_fold(names[t], strlen(names[t]), tmp, sizeof tmp) < 0 &&
                    key_add(b, names[t], strlen(names[t]), rec, KBA_M_NAME))
                    rc = KB_ENOMEM;
        }
        json_t *dm = json_object_get(json_object_get(c, "demonyms"), "eng");
        const char *m = dm ? jstr(dm, "m") : NULL, *f = dm ? jstr(dm, "f") : NULL;
        if (m && add_demonym(b, m, rec)) rc = KB_ENOMEM;
        if (f && (!m || strcmp(f, m)) && add_demonym(b, f, rec)) rc = KB_ENOMEM;
        if (rc) break;
    }
    json_decref(j);
    return rc;
}

/* The length of an admin unit's name without its last word when that word is the kind of unit
 * ("Zamfara State" -> 7), else 0. */
static size_t unit_word_stem(const char *name)
{
    static const char *const UNIT[] = {"State", "Province", "Region", "Governorate", "Department", "Oblast",
                                       "District", "Prefecture", "Division", "County", "Municipality", NULL};
    /* words that name no place alone ("Northern Region", "Capital Governorate", "Free State") */
    static const char *const GENERIC[] = {"North", "South", "East", "West", "Northern", "Southern", "Eastern",
                                          "Western", "Northeastern", "Northwestern", "Southeastern", "Southwestern",
                                          "North-Eastern", "North-Western", "South-Eastern", "South-Western",
                                          "Central", "Capital", "Federal", "Free", "Gulf", "Plateau", "Rivers",
                                          "Lakes", "Lacs", "Midlands", "Cascades", "Savanes", "Lagunes", "Cordillera",
                                          "Coast", "Coastal", "Upper", "Lower", "Greater", "Middle", "Islands",
                                          "Island", "Highlands", "Lowlands", "Valley", "Mountain", "Lake", "River",
                                          "Autonomous", "Special", "National", "Metropolitan", "City", "Province",
                                          "Region", "State", NULL};
    const char *sp = strrchr(name, ' ');
    if (!sp || sp == name) return 0;
    size_t n = 0;
    for (const char *const *u = UNIT; *u && !n; u++)
        if (!strcmp(sp + 1, *u)) n = (size_t)(sp - name);
    for (size_t i = 0; i < n;) { /* a stem of generic words only is no name */
        size_t j = i;
        while (j < n && name[j] != ' ') j++;
        int generic = 0;
        for (const char *const *g = GENERIC; *g && !generic; g++)
            generic = strlen(*g) == j - i && !memcmp(name + i, *g, j - i);
        if (!generic) return n;
        i = j + 1;
    }
    return 0;
}

/* Is name[0..n) a country's name or alias already in the keys? */
static int country_named(bld *b, const char *name, size_t n)
{
    char k[256];
    int kl = fold_key(name, n, k, sizeof k);
    if (kl < 2 || !b->kcap) return 0;
    uint64_t h = kba_key_hash(k, (size_t)kl);
    for (size_t i = h & (b->kcap - 1); b->keys[i].str; i = (i + 1) & (b->kcap - 1)) {
        const bkey *e = &b->keys[i];
        if (e->h != h || strncmp(b->str.data + e->str, k, (size_t)kl) || b->str.data[e->str + (size_t)kl]) continue;
        for (uint32_t p = e->head; p != UINT32_MAX; p = b->pnext.v[p])
            if (b->rec.v[b->pval.v[p] >> 2].kind == KBA_COUNTRY) return 1;
        return 0;
    }
    return 0;
}

/* name[0..n) without its combining marks (utf8proc), into out; the name as it is if that fails */
static void shown_name(const char *name, size_t n, char *out, size_t cap)
{
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t l = utf8proc_map((const utf8proc_uint8_t *)name, (utf8proc_ssize_t)n, &m,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK);
    const char *src = l > 0 ? (const char *)m : name;
    size_t sl = l > 0 ? (size_t)l : n;
    if (sl >= cap) sl = cap - 1;
    memcpy(out, src, sl);
    out[sl] = '\0';
    free(m);
}

/* admin-1 (level 1) or admin-2 (level 2) names. */
static int load_admin(bld *b, const char *path, int level)
{
    json_t *j = load_json(path, b->err);
    if (!j) return KB_EFORMAT;
    size_t i;
    json_t *o;
    int rc = KB_OK;
    json_array_foreach(j, i, o)
    {
        const char *code = jstr(o, "code"), *name = jstr(o, "name");
        if (!code || !name || strlen(code) < 4 || code[2] != '.') continue;
        uint16_t ci = country_of(b, code, 2);
        if (!ci) {
            rc = KB_ENOMEM;
            break;
        }
        uint32_t rec;
        /* a province is shown as news names it: no unit word, no marks ("Dhaka Division":
         * "Dhaka", "Ouham-Pendé": "Ouham-Pende"); "Niger State" keeps its word */
        char shown[256];
        size_t bare0 = level == 1 ? unit_word_stem(name) : 0;
        if (bare0 && country_named(b, name, bare0)) bare0 = 0;
        shown_name(name, bare0 ? bare0 : strlen(name), shown, sizeof shown);
        if (new_rec(b, shown, strlen(shown), level == 1 ? KBA_ADM1 : KBA_ADM2, &rec)) {
            rc = KB_ENOMEM;
            break;
        }
        b->rec.v[rec].country = ci;
        if (level == 1) {
            if (VPUSH(b->adm1, rec) || b->adm1.n > 65534) {
                rc = KB_ENOMEM;
                break;
            }
            uint32_t idx = (uint32_t)(b->adm1.n - 1);
            if (!pts_at(&b->a1pts, &b->a1pts_cap, idx) || cm_put(&b->a1, code, strlen(code), idx)) {
                rc = KB_ENOMEM;
                break;
            }
            b->rec.v[rec].adm1 = (uint16_t)(idx + 1);
        } else {
            const char *dot = strchr(code + 3, '.');
            uint32_t a1;
            if (dot && cm_find(&b->a1, code, (size_t)(dot - code), &a1))
                b->rec.v[rec].adm1 = (uint16_t)(a1 + 1);
            if (VPUSH(b->adm2, rec)) {
                rc = KB_ENOMEM;
                break;
            }
            uint32_t idx = (uint32_t)(b->adm2.n - 1);
            if (!pts_at(&b->a2pts, &b->a2pts_cap, idx) || cm_put(&b->a2, code, strlen(code), idx)) {
                rc = KB_ENOMEM;
                break;
            }
            b->rec.v[rec].adm2 = idx + 1;
        }
        if (key_add(b, name, strlen(name), rec, KBA_M_NAME)) {
            rc = KB_ENOMEM;
            break;
        }
        /* "Zamfara State", "Cabo Delgado Province": news names the province bare ("in
         * Zamfara", "Cabo Delgado's Macomia district"): an alternate name, weaker than a name
         * where a person may be meant ("Flores", "Nelson": geo.c, cands_strength) */
        /* (not a country's name: "Niger State" is not Niger) */
        size_t bare = level == 1 ? unit_word_stem(name) : 0;
        if (bare && !country_named(b, name, bare) && key_add(b, name, bare, rec, KBA_M_ALT)) {
            rc = KB_ENOMEM;
            break;
        }
    }
    json_decref(j);
    return rc;
}

static int rank_of(const char *fcode)
{
    if (!strcmp(fcode, "PPLC")) return 3;
    if (!strcmp(fcode, "PPLA")) return 1;
    if (!strncmp(fcode, "PPLA", 4)) return 2;
    if (!strcmp(fcode, "PPLX") || !strcmp(fcode, "PPLL")) return 4;
    if (!strcmp(fcode, "PPL") || !strcmp(fcode, "PPLG") || !strcmp(fcode, "PPLS")) return 0;
    return 5;
}

/* A display name without the apostrophe letters of a transliteration (’ ʼ ʻ): news writes
 * "Debre Markos", "Sanaa", "Marib" for GeoNames' "Debre Mark’os", "Sana’a", "Ma’rib". */
static int plain_name(const char *name, char *out, size_t cap)
{
    size_t n = 0;
    int cut = 0;
    for (const char *p = name; *p; p++) {
        if (!strncmp(p, "\xE2\x80\x99", 3) || !strncmp(p, "\xCA\xBC", 2) || !strncmp(p, "\xCA\xBB", 2)) {
            p += (unsigned char)*p == 0xE2 ? 2 : 1;
            cut = 1;
            continue;
        }
        if (n + 1 >= cap) return 0;
        out[n++] = *p;
    }
    out[n] = '\0';
    return cut && n;
}

static int load_cities(bld *b, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) return kb_err_set(b->err, KB_EIO, "%s: %s", path, strerror(errno));
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int rc = KB_OK;
    long lineno = 0;
    while ((len = getline(&line, &cap, f)) > 0) {
        lineno++;
        char *fld[19];
        int nf = 0;
        char *p = line;
        if (line[len - 1] == '\n') line[--len] = 0;
        while (nf < 19) {
            fld[nf++] = p;
            char *t = strchr(p, '\t');
            if (!t) break;
            *t = 0;
            p = t + 1;
        }
        if (nf < 15) continue;
        const char *name = fld[1], *ascii = fld[2], *alts = fld[3], *fcode = fld[7];
        char code[64], plain[256];
        uint32_t rec;
        /* "Debre Mark’os" is shown as news writes it, "Debre Markos"; "Farīdpur" as "Faridpur"
         * (GeoNames' ASCII name: English news drops the marks) */
        const char *shown = plain_name(name, plain, sizeof plain) ? plain : name;
        for (const char *q = shown; *q; q++)
            if ((unsigned char)*q >= 0x80 && ascii[0]) {
                shown = ascii;
                break;
            }
        if (new_rec(b, shown, strlen(shown), KBA_CITY, &rec)) {
            rc = KB_ENOMEM;
            break;
        }
        kba_grec *r = &b->rec.v[rec];
        r->gid = (uint32_t)strtoul(fld[0], NULL, 10);
        r->lat = strtof(fld[4], NULL);
        r->lon = strtof(fld[5], NULL);
        r->rank = (uint8_t)rank_of(fcode);
        unsigned long pop = strtoul(fld[14], NULL, 10);
        r->pop = pop > UINT32_MAX ? UINT32_MAX : (uint32_t)pop;
        r->country = country_of(b, fld[8], strlen(fld[8]));
        uint32_t a;
        snprintf(code, sizeof code, "%s.%s", fld[8], fld[10]);
        if (cm_find(&b->a1, code, strlen(code), &a)) {
            r->adm1 = (uint16_t)(a + 1);
            snprintf(code, sizeof code, "%s.%s.%s", fld[8], fld[10], fld[11]);
            if (fld[11][0] && cm_find(&b->a2, code, strlen(code), &a)) r->adm2 = a + 1;
        }
        if (cm_put(&b->gid, fld[0], strlen(fld[0]), rec)) {
            rc = KB_ENOMEM;
            break;
        }
        float lat = r->lat, lon = r->lon;
        uint32_t rp = r->rank == 4 ? 0 : r->pop; /* sections are counted in their city */
        uint16_t ci = r->country, a1 = r->adm1;
        uint32_t a2 = r->adm2;
        if (ci && pts_add(pts_at(&b->cpts, &b->cpts_cap, ci - 1u), lat, lon, rp)) rc = KB_ENOMEM;
        if (a1 && pts_add(pts_at(&b->a1pts, &b->a1pts_cap, a1 - 1u), lat, lon, rp)) rc = KB_ENOMEM;
        if (a2 && pts_add(pts_at(&b->a2pts, &b->a2pts_cap, a2 - 1u), lat, lon, rp)) rc = KB_ENOMEM;
        if (rc) break;
        if (key_add(b, name, strlen(name), rec, KBA_M_NAME) ||
            key_add(b, ascii, strlen(ascii), rec, KBA_M_NAME)) {
            rc = KB_ENOMEM;
            break;
        }
        for (const char *s = alts; *s;) {
            const char *c = strchr(s, ',');
            size_t n = c ? (size_t)(c - s) : strlen(s);
            if (key_add(b, s, n, rec, KBA_M_ALT)) {
                rc = KB_ENOMEM;
                break;
            }
            if (!c) break;
            s = c + 1;
        }
        if (rc) break;
    }
    free(line);
    fclose(f);
    return rc;
}

/* "country:US", "adm1:US.GA", "adm2:US.OH.049", "gid:1168197", "name:Foo" -> record */
static int target_rec(bld *b, const char *t, uint32_t *rec)
{
    uint32_t idx;
    if (!strncmp(t, "country:", 8)) {
        if (!cm_find(&b->cc, t + 8, strlen(t + 8), &idx) || !b->country.v[idx].rec) return 0;
        *rec = b->country.v[idx].rec - 1;
        return 1;
    }
    if (!strncmp(t, "adm1:", 5)) {
        if (!cm_find(&b->a1, t + 5, strlen(t + 5), &idx)) return 0;
        *rec = b->adm1.v[idx];
        return 1;
    }
    if (!strncmp(t, "adm2:", 5)) {
        if (!cm_find(&b->a2, t + 5, strlen(t + 5), &idx)) return 0;
        *rec = b->adm2.v[idx];
        return 1;
    }
    if (!strncmp(t, "gid:", 4)) return cm_find(&b->gid, t + 4, strlen(t + 4), rec);
    if (!strncmp(t, "place:", 6)) return cm_find(&b->sup, t + 6, strlen(t + 6), rec);
    return 0;
}

static int kind_of(const char *s)
{
    static const char *k[] = {"", "city", "district", "adm1", "country", "region", "point"};
    for (int i = 1; i < 7; i++)
        if (!strcmp(s, k[i])) return i;
    return 0;
}

static int add_names(bld *b, char *names, uint32_t rec, int mt)
{
    for (char *s = names; s && *s;) {
        char *bar = strchr(s, '|');
        size_t n = bar ? (size_t)(bar - s) : strlen(s);
        int rc = mt == KBA_M_DEMONYM ? KB_OK : KB_OK;
        char k[256];
        int kl = fold_key(s, n, k, sizeof k);
        if (kl >= 2)
            rc = key_add_folded(b, k, (size_t)kl, rec, mt);
        else if (kl == 1 && mt == KBA_M_ABBR)
            rc = key_add_folded(b, k, 1, rec, mt);
        if (rc) return rc;
        s = bar ? bar + 1 : NULL;
    }
    return KB_OK;
}

static int load_places(bld *b, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) return kb_err_set(b->err, KB_EIO, "%s: %s", path, strerror(errno));
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int rc = KB_OK, lineno = 0;
    while (rc == KB_OK && (len = getline(&line, &cap, f)) > 0) {
        lineno++;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = 0;
        if (!len || line[0] == '#') continue;
        char *fld[9] = {0};
        int nf = 0;
        for (char *p = line; nf < 9 && p;) {
            fld[nf++] = p;
            char *t = strchr(p, '\t');
            if (t) *t++ = 0;
            p = t;
        }
        const char *d = fld[0];
        uint32_t rec;
        if (!strcmp(d, "place") && nf >= 6) {
            /* place NAMES LAT LON KIND CC [ADM1CODE] [POP] */
            int kind = kind_of(fld[4]);
            if (!kind) goto bad;
            char *first = fld[1];
            size_t fl = strcspn(first, "|");
            if (new_rec(b, first, fl, kind, &rec)) {
                rc = KB_ENOMEM;
                break;
            }
            kba_grec *r = &b->rec.v[rec];
            r->lat = strtof(fld[2], NULL);
            r->lon = strtof(fld[3], NULL);
            r->country = country_of(b, fld[5], strlen(fld[5]));
            r->rank = kind == KBA_CITY ? 0 : 5;
            uint32_t a;
            if (nf > 6 && fld[6][0] && cm_find(&b->a1, fld[6], strlen(fld[6]), &a))
                r->adm1 = (uint16_t)(a + 1);
            if (nf > 7) r->pop = (uint32_t)strtoul(fld[7], NULL, 10);
            if (!r->pop && kind == KBA_REGION) r->pop = 1000000; /* a region is no village */
            if (kind == KBA_COUNTRY && r->country && !b->country.v[r->country - 1].rec)
                b->country.v[r->country - 1].rec = rec + 1;
            rc = cm_put(&b->sup, first, fl, rec);
            if (!rc) rc = add_names(b, fld[1], rec, KBA_M_NAME);
        } else if ((!strcmp(d, "alias") || !strcmp(d, "abbr") || !strcmp(d, "demonym")) &&
                   nf >= 3) {
            if (!target_rec(b, fld[2], &rec)) continue; /* target absent from this build */
            int mt = d[0] == 'a' ? (d[1] == 'l' ? KBA_M_ALT : KBA_M_ABBR) : KBA_M_DEMONYM;
            if (mt == KBA_M_ALT)
                mt = KBA_M_NAME; /* the supplement's aliases are as good as names */
            rc = add_names(b, fld[1], rec, mt);
        } else if (!strcmp(d, "coord") && nf >= 4) {
            if (!target_rec(b, fld[1], &rec)) continue;
            b->rec.v[rec].lat = strtof(fld[2], NULL);
            b->rec.v[rec].lon = strtof(fld[3], NULL);
            kba_grec *r = &b->rec.v[rec];
            unitpts *u = NULL;
            if (r->kind == KBA_ADM1 && r->adm1) u = &b->a1pts[r->adm1 - 1];
            if (r->kind == KBA_ADM2 && r->adm2) u = &b->a2pts[r->adm2 - 1];
            if (u) u->fixed = 1;
        } else if (!strcmp(d, "name") && nf >= 3) {
            /* name TARGET NEWNAME: the display name news uses ("Khost", not "Khowst") */
            if (!target_rec(b, fld[1], &rec)) continue;
            uint32_t off = str_add(b, fld[2], strlen(fld[2]));
            if (!off) {
                rc = KB_ENOMEM;
                break;
            }
            b->rec.v[rec].name = off;
            rc = add_names(b, fld[2], rec, KBA_M_NAME);
        } else if (!strcmp(d, "stop") && nf >= 2) {
            for (char *s = fld[1]; s && *s;) {
                char *bar = strchr(s, '|');
                size_t n = bar ? (size_t)(bar - s) : strlen(s);
                char k[128];
                int kl = kba_fold(s, n, k, sizeof k);
                if (kl > 0) {
                    uint32_t off = str_add(b, k, (size_t)kl);
                    if (!off || VPUSH(b->stop, off)) {
                        rc = KB_ENOMEM;
                        break;
                    }
                }
                s = bar ? bar + 1 : NULL;
            }
        } else {
        bad:
            rc = kb_err_set(b->err, KB_EFORMAT, "%s: line %d: bad entry", path, lineno);
        }
    }
    free(line);
    fclose(f);
    return rc;
}

/* ---- writer ------------------------------------------------------------ */
static int wr(FILE *f, const void *p, size_t n, uint64_t *off)
{
    if (n && fwrite(p, 1, n, f) != n) return KB_EIO;
    *off += n;
    static const char zero[8] = {0};
    size_t pad = (8 - (*off & 7)) & 7;
    if (pad && fwrite(zero, 1, pad, f) != pad) return KB_EIO;
    *off += pad;
    return KB_OK;
}

static int write_index(bld *b, const char *out_path)
{
    kba_gaz_hdr h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, KBA_GAZ_MAGIC, 8);
    h.builder = KBA_GAZ_BUILDER;
    h.n_rec = (uint32_t)b->rec.n;
    h.n_country = (uint32_t)b->country.n;
    h.n_adm1 = (uint32_t)b->adm1.n;
    h.n_adm2 = (uint32_t)b->adm2.n;
    h.n_keys = (uint32_t)b->kn;
    size_t ns = 1;
    while (ns < b->kn * 2)
        ns <<= 1;
    h.n_slots = (uint32_t)ns;
    h.n_post = (uint32_t)b->pval.n;
    size_t nstop = 16;
    while (nstop < b->stop.n * 2)
        nstop <<= 1;
    h.n_stop = (uint32_t)nstop;

    kba_gkey *keys = calloc(b->kn ? b->kn : 1, sizeof *keys);
    uint32_t *slots = calloc(ns, sizeof *slots);
    uint32_t *post = malloc((b->pval.n ? b->pval.n : 1) * sizeof *post);
    uint32_t *stop = calloc(nstop, sizeof *stop);
    uint32_t *adm = malloc((b->adm1.n + b->adm2.n + 1) * sizeof *adm);
    int rc = KB_OK;
    if (!keys || !slots || !post || !stop || !adm) {
        rc = KB_ENOMEM;
        goto out;
    }
    size_t ki = 0, pi = 0;
    for (size_t i = 0; i < b->kcap; i++) {
        bkey *e = &b->keys[i];
        if (!e->str) continue;
        keys[ki].str = e->str;
        keys[ki].post = (uint32_t)pi;
        keys[ki].n = e->n;
        for (uint32_t p = e->head; p != UINT32_MAX; p = b->pnext.v[p])
            post[pi++] = b->pval.v[p];
        size_t j = e->h & (ns - 1);
        while (slots[j])
            j = (j + 1) & (ns - 1);
        slots[j] = (uint32_t)(ki + 1);
        ki++;
    }
    for (size_t i = 0; i < b->stop.n; i++) {
        const char *s = b->str.data + b->stop.v[i];
        size_t j = kba_key_hash(s, strlen(s)) & (nstop - 1);
        while (stop[j])
            j = (j + 1) & (nstop - 1);
        stop[j] = b->stop.v[i];
    }
    size_t plen = strlen(out_path);
    char *tmp = malloc(plen + 32);
    if (!tmp) {
        rc = KB_ENOMEM;
        goto out;
    }
    snprintf(tmp, plen + 32, "%s.tmp.%ld", out_path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        rc = kb_err_set(b->err, KB_EIO, "%s: %s", tmp, strerror(errno));
        free(tmp);
        goto out;
    }
    uint64_t off = 0;
    rc = wr(f, &h, sizeof h, &off);
    h.off_rec = off;
    if (!rc) rc = wr(f, b->rec.v, b->rec.n * sizeof(kba_grec), &off);
    h.off_country = off;
    if (!rc) rc = wr(f, b->country.v, b->country.n * sizeof(kba_gcountry), &off);
    h.off_adm1 = off;
    if (!rc) rc = wr(f, b->adm1.v, b->adm1.n * sizeof(uint32_t), &off);
    h.off_adm2 = off;
    if (!rc) rc = wr(f, b->adm2.v, b->adm2.n * sizeof(uint32_t), &off);
    h.off_keys = off;
    if (!rc) rc = wr(f, keys, b->kn * sizeof *keys, &off);
    h.off_slots = off;
    if (!rc) rc = wr(f, slots, ns * sizeof *slots, &off);
    h.off_post = off;
    if (!rc) rc = wr(f, post, b->pval.n * sizeof *post, &off);
    h.off_stop = off;
    if (!rc) rc = wr(f, stop, nstop * sizeof *stop, &off);
    h.off_str = off;
    h.n_str = b->str.len;
    if (!rc) rc = wr(f, b->str.data, b->str.len, &off);
    h.total = off;
    if (!rc && (fseek(f, 0, SEEK_SET) || fwrite(&h, 1, sizeof h, f) != sizeof h)) rc = KB_EIO;
    if (fclose(f)) rc = KB_EIO;
    if (!rc && rename(tmp, out_path)) rc = KB_EIO;
    if (rc) {
        kb_err_set(b->err, rc, "%s: cannot write the index: %s", out_path, strerror(errno));
        unlink(tmp);
    }
    free(tmp);
out:
    free(keys);
    free(slots);
    free(post);
    free(stop);
    free(adm);
    return rc;
}

static void units_free(unitpts *u, size_t cap)
{
    for (size_t i = 0; i < cap && u; i++) {
        free(u[i].lat.v);
        free(u[i].lon.v);
    }
    free(u);
}

int kba_gaz_build(const kba_gaz_sources *src, const char *out_path, kb_err *err)
{
    if (!src || !src->cities || !out_path)
        return kb_err_set(err, KB_EUSAGE, "gazetteer: need the cities file and an output path");
    bld b;
    memset(&b, 0, sizeof b);
    b.err = err;
    int rc = kbu_buf_putc(&b.str, 0); /* offset 0 = no string */
    if (!rc && src->countries) rc = load_countries(&b, src->countries);
    if (!rc && src->admin1) rc = load_admin(&b, src->admin1, 1);
    if (!rc && src->admin2) rc = load_admin(&b, src->admin2, 2);
    if (!rc) rc = load_cities(&b, src->cities);
    if (!rc && src->places) rc = load_places(&b, src->places);
    size_t sk;
    if (!rc)
        rc = key_slot(&b, KBA_GAZ_SCRIPTS_KEY, strlen(KBA_GAZ_SCRIPTS_KEY),
                      kba_key_hash(KBA_GAZ_SCRIPTS_KEY, strlen(KBA_GAZ_SCRIPTS_KEY)), &sk);
    if (!rc) {
        for (size_t i = 0; i < b.adm1.n; i++)
            pts_centre(pts_at(&b.a1pts, &b.a1pts_cap, i), &b.rec.v[b.adm1.v[i]]);
        for (size_t i = 0; i < b.adm2.n; i++)
            pts_centre(pts_at(&b.a2pts, &b.a2pts_cap, i), &b.rec.v[b.adm2.v[i]]);
        for (size_t i = 0; i < b.country.n; i++)
            if (b.country.v[i].rec)
                pts_centre(pts_at(&b.cpts, &b.cpts_cap, i), &b.rec.v[b.country.v[i].rec - 1]);
        rc = write_index(&b, out_path);
    }
    if (rc == KB_ENOMEM && err && !err->msg[0]) kb_err_set(err, rc, "gazetteer: out of memory");
    free(b.rec.v);
    free(b.country.v);
    free(b.adm1.v);
    free(b.adm2.v);
    units_free(b.cpts, b.cpts_cap);
    units_free(b.a1pts, b.a1pts_cap);
    units_free(b.a2pts, b.a2pts_cap);
    kbu_buf_free(&b.str);
    free(b.keys);
    free(b.pval.v);
    free(b.pnext.v);
    free(b.stop.v);
    cm_free(&b.cc);
    cm_free(&b.a1);
    cm_free(&b.a2);
    cm_free(&b.gid);
    cm_free(&b.sup);
    return rc;
}
