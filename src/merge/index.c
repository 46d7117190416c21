/*
 * index.c -- the merge index of a store (kb_merge_*, khabar.h): copies and stories.
 *
 * Every article's kbm_sig (sign.c) is kept in memory. Two bucket tables find
 * candidates without comparing all pairs:
 *  - copies: LSH over the MinHash signatures, KBM_BANDS bands of KBM_ROWS
 *    values for the word shingles and as many for the anchor bigrams, plus one
 *    bucket for the exact content hash. A candidate is verified with
 *    kbm_copy_score; a copy joins its candidate's copy group (union-find).
 *  - stories: each article's KBM_STORY_KEYS heaviest terms, bucketed by week;
 *    an article looks in the weeks within KBM_STORY_DAYS of its date and
 *    verifies candidates sharing at least two of those terms with
 *    kbm_story_score. Copies are always in their original's story.
 * Labels are functions of the groups, not of arrival order: a copy group's
 * original is its earliest-dated article (then the smallest key), a story is
 * named after its smallest key. The pair tests are symmetric and candidate
 * generation finds a pair from either side, so the groups are the connected
 * components of one graph whatever the order (a bucket holding more than
 * KBM_BUCKET_CAP articles is only partly scanned: the one exception, for
 * pathological buckets such as a shared boilerplate page).
 * kb_merge_flush writes the rows whose labels changed through the store.
 */
#include "merge/merge.h"
#include "annotate/geo.h"
#include "store/store.h"
#include <stdlib.h>
#include <string.h>

#define KBM_BANDS 32 /* 32 bands of 2 values: pairs at Jaccard 0.3 (a third of a text cut) are found 95% of the time */
#define KBM_ROWS 2
#define KBM_STORY_KEYS 8
#define KBM_BUCKET_CAP 2000
#define KBM_XLANGS 32 /* languages told apart for cross-language candidates */
#define KBM_XBLOOM 65536 /* bits of each language's filter of its name buckets */

typedef struct art {
    char key[33];
    uint8_t is_new;       /* signature not yet written */
    int32_t stored_copy;  /* index of the stored copy_of (-1 none, -2 unknown) */
    int32_t stored_story; /* index of the stored story (-2 unknown) */
    kbm_sig sig;
} art;

/* u64 -> head of a chain of entries (open addressing, key 0 = empty) */
typedef struct btab {
    uint64_t *keys;
    int32_t *heads;
    size_t cap, n;
    int32_t *e_art, *e_next; /* entries */
    size_t e_n, e_cap;
} btab;

struct kb_merge {
    kb_store *store;
    const kbs_merge_ops *ops;
    kbm_signer *signer;
    art *a;
    size_t n, cap;
    int32_t *dpar, *spar;   /* union-find parents: copy groups, stories */
    int32_t *dbest, *sbest; /* label of a root: original, smallest key */
    /* key -> index */
    int32_t *kmap;
    size_t kmap_cap;
    btab copy_tab, story_tab;
    btab xstory_tab;            /* names and places by week and language */
    char langs[KBM_XLANGS][4];  /* the languages seen */
    int n_langs;
    /* per language, a Bloom filter (2 bits a key) of its name-bucket keys: an article
     * looks in another language's buckets only when the filter says they may exist, so
     * the few articles of a second language cost the many of the first almost nothing */
    uint64_t (*xbloom)[KBM_XBLOOM / 64];
    kba_gaz *gaz;               /* for the signer's places; NULL if none */
    int32_t *stamp, *count; /* candidate de-duplication */
    int32_t cur_stamp;
    long signed_now, written;
    int dirty;
};

/* ---- bucket tables -------------------------------------------------------- */
static int btab_grow(btab *t)
{
    size_t cap = t->cap ? 2 * t->cap : 1024;
    uint64_t *k = calloc(cap, sizeof *k);
    int32_t *h = malloc(cap * sizeof *h);
    if (!k || !h) {
        free(k);
        free(h);
        return KB_ENOMEM;
    }
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->keys[i]) continue;
        size_t j = (size_t)t->keys[i] & (cap - 1);
        while (k[j])
            j = (j + 1) & (cap - 1);
        k[j] = t->keys[i];
        h[j] = t->heads[i];
    }
    free(t->keys);
    free(t->heads);
    t->keys = k;
    t->heads = h;
    t->cap = cap;
    return KB_OK;
}

static int32_t btab_head(const btab *t, uint64_t key)
{
    if (!t->cap) return -1;
    if (!key) key = 1;
    size_t j = (size_t)key & (t->cap - 1);
    while (t->keys[j]) {
        if (t->keys[j] == key) return t->heads[j];
        j = (j + 1) & (t->cap - 1);
    }
    return -1;
}

static int btab_add(btab *t, uint64_t key, int32_t art_i)
{
    if (!key) key = 1;
    if (2 * (t->n + 1) > t->cap && btab_grow(t) != KB_OK) return KB_ENOMEM;
    if (t->e_n == t->e_cap) {
        size_t cap = t->e_cap ? 2 * t->e_cap : 4096;
        int32_t *a = realloc(t->e_art, cap * sizeof *a);
        if (!a) return KB_ENOMEM;
        t->e_art = a;
        int32_t *nx = realloc(t->e_next, cap * sizeof *nx);
        if (!nx) return KB_ENOMEM;
        t->e_next = nx;
        t->e_cap = cap;
    }
    size_t j = (size_t)key & (t->cap - 1);
    while (t->keys[j] && t->keys[j] != key)
        j = (j + 1) & (t->cap - 1);
    int32_t e = (int32_t)t->e_n++;
    t->e_art[e] = art_i;
    if (!t->keys[j]) {
        t->keys[j] = key;
        t->n++;
        t->e_next[e] = -1;
    } else {
        t->e_next[e] = t->heads[j];
    }
    t->heads[j] = e;
    return KB_OK;
}

static void btab_free(btab *t)
{
    free(t->keys);
    free(t->heads);
    free(t->e_art);
    free(t->e_next);
}

static inline uint64_t mix(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

/* The copy buckets of a signature: bands of both MinHashes, then the content hash. */
static size_t copy_keys(const kbm_sig *s, uint64_t *out)
{
    size_t n = 0;
    out[n++] = mix(s->chash ^ 0xc0a7e47ULL);
    if (s->n_words >= 8) /* shorter texts: exact copies only */
        for (int b = 0; b < KBM_BANDS; b++) {
            uint64_t h = 0x1000 + (uint64_t)b;
            for (int r = 0; r < KBM_ROWS; r++)
                h = mix(h ^ s->mw[b * KBM_ROWS + r]) + (uint64_t)r;
            out[n++] = h;
        }
    if (s->n_anchors >= 4)
        for (int b = 0; b < KBM_BANDS; b++) {
            uint64_t h = 0x2000 + (uint64_t)b;
            for (int r = 0; r < KBM_ROWS; r++)
                h = mix(h ^ s->ma[b * KBM_ROWS + r]) + (uint64_t)r;
            out[n++] = h;
        }
    return n;
}

/* The heaviest story terms of a signature (at most KBM_STORY_KEYS). */
static size_t story_terms(const kbm_sig *s, uint32_t *out)
{
    int used[KBM_TERMS] = {0};
    size_t n = 0;
    while (n < KBM_STORY_KEYS && n < s->n_terms) {
        int best = -1;
        for (uint32_t i = 0; i < s->n_terms; i++)
            if (!used[i] && (best < 0 || s->tw[i] > s->tw[best])) best = (int)i;
        used[best] = 1;
        out[n++] = s->term[best] >> 1; /* without the name flag */
    }
    return n;
}

static int64_t week_of(int32_t day)
{
    if (day == KBM_NODAY) return INT64_MIN / 4;
    int64_t d = day;
    return d >= 0 ? d / 7 : -((-d + 6) / 7);
}

static uint64_t story_key(uint32_t term, int64_t week)
{
    return mix(((uint64_t)term << 32 | (uint32_t)week) ^ 0x5707e1ULL) ^ (uint64_t)(week >> 32);
}

/* ---- union-find ------------------------------------------------------- */
static int32_t find(int32_t *par, int32_t i)
{
    while (par[i] != i) {
        par[i] = par[par[i]];
        i = par[i];
    }
    return i;
}

/* Original of a copy group: earliest known date, then smallest key. */
static int orig_before(const kb_merge *m, int32_t x, int32_t y)
{
    int32_t dx = m->a[x].sig.day, dy = m->a[y].sig.day;
    if (dx != dy) {
        if (dx == KBM_NODAY) return 0;
        if (dy == KBM_NODAY) return 1;
        return dx < dy;
    }
    return strcmp(m->a[x].key, m->a[y].key) < 0;
}

static void unite_story(kb_merge *m, int32_t x, int32_t y)
{
    x = find(m->spar, x);
    y = find(m->spar, y);
    if (x == y) return;
    int32_t best = strcmp(m->a[m->sbest[x]].key, m->a[m->sbest[y]].key) < 0 ? m->sbest[x]
                                                                             : m->sbest[y];
    if (x < y) {
        m->spar[y] = x;
        m->sbest[x] = best;
    } else {
        m->spar[x] = y;
        m->sbest[y] = best;
    }
    m->dirty = 1;
}

static void unite_copy(kb_merge *m, int32_t x, int32_t y)
{
    unite_story(m, x, y);
    x = find(m->dpar, x);
    y = find(m->dpar, y);
    if (x == y) return;
    int32_t best = orig_before(m, m->dbest[x], m->dbest[y]) ? m->dbest[x] : m->dbest[y];
    if (x < y) {
        m->dpar[y] = x;
        m->dbest[x] = best;
    } else {
        m->dpar[x] = y;
        m->dbest[y] = best;
    }
    m->dirty = 1;
}

/* ---- keys ---------------------------------------------------------------- */
static int kmap_rebuild(kb_merge *m, size_t cap)
{
    int32_t *k = malloc(cap * sizeof *k);
    if (!k) return KB_ENOMEM;
    for (size_t i = 0; i < cap; i++)
        k[i] = -1;
    free(m->kmap);
    m->kmap = k;
    m->kmap_cap = cap;
    for (size_t i = 0; i < m->n; i++) {
        size_t j = (size_t)kbu_hash64(m->a[i].key, 32, 1) & (cap - 1);
        while (k[j] >= 0)
            j = (j + 1) & (cap - 1);
        k[j] = (int32_t)i;
    }
    return KB_OK;
}

static int32_t kmap_get(const kb_merge *m, const char *key)
{
    if (!m->kmap_cap || !key) return -1;
    size_t j = (size_t)kbu_hash64(key, strlen(key), 1) & (m->kmap_cap - 1);
    while (m->kmap[j] >= 0) {
        if (!strcmp(m->a[m->kmap[j]].key, key)) return m->kmap[j];
        j = (j + 1) & (m->kmap_cap - 1);
    }
    return -1;
}

/* Append an article (no linking yet). Returns its index or -1. */
static int32_t push_art(kb_merge *m, const char *key, const kbm_sig *sig)
{
    if (strlen(key) != 32) return -1;
    if (m->n == m->cap) {
        size_t cap = m->cap ? 2 * m->cap : 1024;
        art *a = realloc(m->a, cap * sizeof *a);
        if (!a) return -1;
        m->a = a;
        int32_t **arrs[] = {&m->dpar, &m->spar, &m->dbest, &m->sbest, &m->stamp, &m->count};
        for (size_t i = 0; i < sizeof arrs / sizeof *arrs; i++) {
            int32_t *p = realloc(*arrs[i], cap * sizeof *p);
            if (!p) return -1;
            *arrs[i] = p;
        }
        m->cap = cap;
    }
    int32_t i = (int32_t)m->n++;
    art *x = &m->a[i];
    memcpy(x->key, key, 33);
    x->is_new = 0;
    x->stored_copy = -1;
    x->stored_story = -2;
    x->sig = *sig;
    m->dpar[i] = m->spar[i] = m->dbest[i] = m->sbest[i] = i;
    m->stamp[i] = 0;
    m->count[i] = 0;
    if (2 * m->n > m->kmap_cap) {
        if (kmap_rebuild(m, m->kmap_cap ? 2 * m->kmap_cap : 4096) != KB_OK) return -1;
    } else {
        size_t j = (size_t)kbu_hash64(key, 32, 1) & (m->kmap_cap - 1);
        while (m->kmap[j] >= 0)
            j = (j + 1) & (m->kmap_cap - 1);
        m->kmap[j] = i;
    }
    return i;
}

/* The heaviest names and places of a signature (at most KBM_STORY_KEYS). */
static size_t name_items(const kbm_sig *s, uint32_t *out)
{
    int used[KBM_XTERMS] = {0};
    size_t n = 0;
    while (n < KBM_STORY_KEYS) {
        int best = -1;
        for (uint32_t i = 0; i < s->n_x; i++) {
            uint32_t k = s->x[i] & 3u;
            if (used[i] || (k != KBM_X_NAME && k != KBM_X_PLACE)) continue;
            if (best < 0 || s->xw[i] > s->xw[best]) best = (int)i;
        }
        if (best < 0) break;
        used[best] = 1;
        out[n++] = s->x[best];
    }
    return n;
}

static uint64_t xstory_key(uint32_t item, int64_t week, const char *lang)
{
    uint64_t l = kbu_hash64(lang, strnlen(lang, 4), 0x6c616e67ULL);
    return mix(((uint64_t)item << 32 | (uint32_t)week) ^ l) ^ (uint64_t)(week >> 32);
}

static int lang_index(kb_merge *m, const char *lang)
{
    for (int i = 0; i < m->n_langs; i++)
        if (!strncmp(m->langs[i], lang, 4)) return i;
    if (m->n_langs == KBM_XLANGS) return -1;
    if (!m->xbloom && !(m->xbloom = calloc(KBM_XLANGS, sizeof *m->xbloom))) return -1;
    memcpy(m->langs[m->n_langs], lang, 4);
    return m->n_langs++;
}

static int xbloom_has(const kb_merge *m, int l, uint64_t key)
{
    uint64_t a = key & (KBM_XBLOOM - 1), b = (key >> 32) & (KBM_XBLOOM - 1);
    return (m->xbloom[l][a / 64] >> (a % 64) & 1) && (m->xbloom[l][b / 64] >> (b % 64) & 1);
}

static void xbloom_add(kb_merge *m, int l, uint64_t key)
{
    uint64_t a = key & (KBM_XBLOOM - 1), b = (key >> 32) & (KBM_XBLOOM - 1);
    m->xbloom[l][a / 64] |= 1ULL << (a % 64);
    m->xbloom[l][b / 64] |= 1ULL << (b % 64);
}

/* Stories across languages: an article meets the articles of the other languages seen
 * that share two of its heaviest names or places in the weeks within KBM_STORY_DAYS of
 * its date, verified by kbm_story_score (kbm_xstory_score for two languages). Undated
 * articles never join across languages. In a store of one language this costs nothing. */
static int index_xlang(kb_merge *m, int32_t i, int link)
{
    const kbm_sig *s = &m->a[i].sig;
    if (s->day == KBM_NODAY) return KB_OK;
    uint32_t items[KBM_STORY_KEYS];
    size_t ni = name_items(s, items);
    if (ni < 2) return KB_OK;
    int li = lang_index(m, s->lang);
    if (link) {
        int64_t w0 = week_of(s->day - KBM_STORY_DAYS), w1 = week_of(s->day + KBM_STORY_DAYS);
        int32_t st = ++m->cur_stamp;
        m->stamp[i] = st;
        for (int l = 0; l < m->n_langs; l++) {
            if (l == li) continue;
            for (size_t t = 0; t < ni; t++)
                for (int64_t w = w0; w <= w1; w++) {
                    int scanned = 0;
                    uint64_t key = xstory_key(items[t], w, m->langs[l]);
                    if (!xbloom_has(m, l, key)) continue;
                    for (int32_t e = btab_head(&m->xstory_tab, key);
                         e >= 0 && scanned < KBM_BUCKET_CAP; e = m->xstory_tab.e_next[e], scanned++) {
                        int32_t c = m->xstory_tab.e_art[e];
                        if (m->stamp[c] != st) {
                            m->stamp[c] = st;
                            m->count[c] = 0;
                        }
                        if (++m->count[c] != 2) continue;
                        if (find(m->spar, c) == find(m->spar, i)) continue;
                        if (kbm_story_score(s, &m->a[c].sig) >= KBM_STORY) unite_story(m, i, c);
                    }
                }
        }
    }
    if (li < 0) return KB_OK; /* too many languages: this one is not found from others */
    for (size_t t = 0; t < ni; t++) {
        uint64_t key = xstory_key(items[t], week_of(s->day), s->lang);
        if (btab_add(&m->xstory_tab, key, i) != KB_OK) return KB_ENOMEM;
        xbloom_add(m, li, key);
    }
    return KB_OK;
}

/* Put article i into the buckets (and, if link, join it to its copies and story first). */
static int index_art(kb_merge *m, int32_t i, int link)
{
    const kbm_sig *s = &m->a[i].sig;
    uint64_t keys[1 + 2 * KBM_BANDS];
    size_t nk = copy_keys(s, keys);
    if (link) {
        if (++m->cur_stamp == INT32_MAX) {
            for (size_t j = 0; j < m->n; j++)
                m->stamp[j] = 0;
            m->cur_stamp = 1;
        }
        int32_t st = m->cur_stamp;
        m->stamp[i] = st;
        for (size_t k = 0; k < nk; k++) {
            int scanned = 0;
            for (int32_t e = btab_head(&m->copy_tab, keys[k]); e >= 0 && scanned < KBM_BUCKET_CAP;
                 e = m->copy_tab.e_next[e], scanned++) {
                int32_t c = m->copy_tab.e_art[e];
                if (m->stamp[c] == st) continue;
                m->stamp[c] = st;
                if (find(m->dpar, c) == find(m->dpar, i)) continue;
                if (kbm_copy_score(s, &m->a[c].sig) >= KBM_COPY) unite_copy(m, i, c);
            }
        }
    }
    for (size_t k = 0; k < nk; k++)
        if (btab_add(&m->copy_tab, keys[k], i) != KB_OK) return KB_ENOMEM;

    uint32_t terms[KBM_STORY_KEYS];
    size_t nt = story_terms(s, terms);
    int64_t w0 = week_of(s->day == KBM_NODAY ? KBM_NODAY : s->day - KBM_STORY_DAYS);
    int64_t w1 = week_of(s->day == KBM_NODAY ? KBM_NODAY : s->day + KBM_STORY_DAYS);
    if (link && nt >= 3) {
        int32_t st = ++m->cur_stamp;
        m->stamp[i] = st;
        for (size_t t = 0; t < nt; t++)
            for (int64_t w = w0; w <= w1; w++) {
                int scanned = 0;
                for (int32_t e = btab_head(&m->story_tab, story_key(terms[t], w));
                     e >= 0 && scanned < KBM_BUCKET_CAP; e = m->story_tab.e_next[e], scanned++) {
                    int32_t c = m->story_tab.e_art[e];
                    if (m->stamp[c] != st) {
                        m->stamp[c] = st;
                        m->count[c] = 0;
                    }
                    if (++m->count[c] != 2) continue; /* verify once, at the second shared term */
                    if (find(m->spar, c) == find(m->spar, i)) continue;
                    if (kbm_story_score(s, &m->a[c].sig) >= KBM_STORY) unite_story(m, i, c);
                }
            }
    }
    for (size_t t = 0; t < nt; t++)
        if (btab_add(&m->story_tab, story_key(terms[t], week_of(s->day)), i) != KB_OK)
            return KB_ENOMEM;
    return index_xlang(m, i, link);
}

/* ---- open: load stored rows, sign the rest -------------------------------- */
typedef struct load_ctx {
    kb_merge *m;
    int stale; /* a stored signature of another format: rebuild all */
    char (*labels)[2][33]; /* per loaded article: copy_of, story */
    size_t cap;
    kb_err *err;
} load_ctx;

static int load_row(void *ctx, const kbs_sigrow *r)
{
    load_ctx *c = ctx;
    kbm_sig sig;
    if (kbm_sig_decode(r->sig, r->sig_len, &sig) != KB_OK) {
        c->stale = 1; /* written by another version of khabar */
        return KB_DONE;
    }
    int32_t i = push_art(c->m, r->key, &sig);
    if (i < 0) return kb_err_set(c->err, KB_ENOMEM, "merge: out of memory");
    if ((size_t)i >= c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 1024;
        while (cap <= (size_t)i)
            cap *= 2;
        void *p = realloc(c->labels, cap * sizeof *c->labels);
        if (!p) return kb_err_set(c->err, KB_ENOMEM, "merge: out of memory");
        c->labels = p;
        c->cap = cap;
    }
    snprintf(c->labels[i][0], 33, "%s", r->copy_of ? r->copy_of : "");
    snprintf(c->labels[i][1], 33, "%s", r->story ? r->story : "");
    return KB_OK;
}

static int add_signed(kb_merge *m, const char *key, const char *text, size_t len,
                      const char *title, const char *date, const char *lang, kb_err *err)
{
    if (!key || strlen(key) != 32) return KB_OK; /* not a stored article */
    if (kmap_get(m, key) >= 0) return KB_OK;     /* already indexed */
    kbm_sig sig;
    if (kbm_sign_lang(m->signer, text, len, title, date, lang, &sig) != KB_OK)
        return kb_err_set(err, KB_ENOMEM, "merge: out of memory");
    int32_t i = push_art(m, key, &sig);
    if (i < 0) return kb_err_set(err, KB_ENOMEM, "merge: out of memory");
    m->a[i].is_new = 1;
    m->signed_now++;
    m->dirty = 1;
    if (index_art(m, i, 1) != KB_OK) return kb_err_set(err, KB_ENOMEM, "merge: out of memory");
    return KB_OK;
}

typedef struct miss_ctx {
    kb_merge *m;
    kb_err *err;
} miss_ctx;

static int missing_row(void *ctx, const kb_article *a)
{
    miss_ctx *c = ctx;
    return add_signed(c->m, a->key, a->text, a->text_len, a->title, a->date, a->lang, c->err);
}

kb_merge *kb_merge_open(kb_store *s, int rebuild, kb_err *err)
{
    const kbs_merge_ops *ops = kbs_merge_ops_of(s);
    if (!ops) {
        kb_err_set(err, KB_EUSAGE, "merge: this store backend keeps no signatures");
        return NULL;
    }
    kb_merge *m = calloc(1, sizeof *m);
    if (!m || !(m->signer = kbm_signer_new())) {
        free(m);
        kb_err_set(err, KB_ENOMEM, "merge: out of memory");
        return NULL;
    }
    m->store = s;
    m->ops = ops;
    /* names resolve to gazetteer places when there is one (stories across languages) */
    kb_err gerr = {0};
    m->gaz = kba_gaz_open(NULL, &gerr);
    kbm_signer_set_gaz(m->signer, m->gaz);
    if (!rebuild) {
        load_ctx c = {m, 0, NULL, 0, err};
        int r = ops->sig_scan(kbs_impl(s), load_row, &c, err);
        if (r < 0) {
            free(c.labels);
            kb_merge_close(m);
            return NULL;
        }
        if (c.stale) { /* signatures of another format: start again, recompute all */
            free(c.labels);
            kb_merge_close(m);
            return kb_merge_open(s, 1, err);
        }
        /* buckets, then the stored groups */
        for (size_t i = 0; i < m->n; i++)
            if (index_art(m, (int32_t)i, 0) != KB_OK) {
                free(c.labels);
                kb_merge_close(m);
                kb_err_set(err, KB_ENOMEM, "merge: out of memory");
                return NULL;
            }
        for (size_t i = 0; i < m->n; i++) {
            int32_t co = c.labels[i][0][0] ? kmap_get(m, c.labels[i][0]) : -1;
            int32_t so = kmap_get(m, c.labels[i][1]);
            m->a[i].stored_copy = (c.labels[i][0][0] && co < 0) ? -2 : co;
            m->a[i].stored_story = so < 0 ? -2 : so;
            if (co >= 0) unite_copy(m, (int32_t)i, co);
            if (so >= 0) unite_story(m, (int32_t)i, so);
        }
        free(c.labels);
        m->dirty = 0;
    }
    miss_ctx mc = {m, err};
    if (ops->sig_missing(kbs_impl(s), rebuild, missing_row, &mc, err) != KB_OK) {
        kb_merge_close(m);
        return NULL;
    }
    return m;
}

int kb_merge_add(kb_merge *m, const kb_doc *d, kb_err *err)
{
    return add_signed(m, d->key, d->text, d->text_len, d->title, d->date, d->lang, err);
}

/* The story label of a stored article (kbm_story_fn for the event merge). */
static const char *story_of(void *ctx, const char *doc)
{
    kb_merge *m = ctx;
    int32_t i = doc && strlen(doc) == 32 ? kmap_get(m, doc) : -1;
    return i < 0 ? NULL : m->a[m->sbest[find(m->spar, i)]].key;
}

int kb_merge_flush(kb_merge *m, kb_err *err)
{
    if (!m->dirty) return KB_OK;
    unsigned char blob[KBM_SIG_BYTES];
    /* the articles written: their mentions are merged into events afterwards */
    const char **chg = malloc((m->n ? m->n : 1) * sizeof *chg);
    size_t nchg = 0;
    if (!chg) return kb_err_set(err, KB_ENOMEM, "merge: out of memory");
    for (size_t j = 0; j < m->n; j++) {
        art *x = &m->a[j];
        int32_t orig = m->dbest[find(m->dpar, (int32_t)j)];
        int32_t copy = orig == (int32_t)j ? -1 : orig;
        int32_t story = m->sbest[find(m->spar, (int32_t)j)];
        if (!x->is_new && copy == x->stored_copy && story == x->stored_story) continue;
        char ch[17];
        snprintf(ch, sizeof ch, "%016llx", (unsigned long long)x->sig.chash);
        kbs_sigrow r = {0};
        r.key = x->key;
        r.day = x->sig.day;
        r.content_hash = ch;
        if (x->is_new) { /* else the stored signature stands: labels only */
            r.sig = blob;
            r.sig_len = kbm_sig_encode(&x->sig, blob);
        }
        r.copy_of = copy >= 0 ? m->a[copy].key : NULL;
        r.similarity = copy >= 0 ? kbm_copy_score(&x->sig, &m->a[copy].sig) : 0;
        r.story = m->a[story].key;
        int rc = m->ops->sig_put(kbs_impl(m->store), &r, err);
        if (rc != KB_OK) {
            free(chg);
            return rc;
        }
        x->is_new = 0;
        x->stored_copy = copy;
        x->stored_story = story;
        m->written++;
        chg[nchg++] = x->key;
    }
    int rc = kbm_events_update(m->store, chg, nchg, story_of, m, err);
    free(chg);
    if (rc != KB_OK) return rc;
    m->dirty = 0;
    return KB_OK;
}

void kb_merge_get_stats(const kb_merge *m, kb_merge_stats *st)
{
    memset(st, 0, sizeof *st);
    st->articles = (long)m->n;
    st->signed_now = m->signed_now;
    st->written = m->written;
    for (size_t j = 0; j < m->n; j++) {
        if (m->dbest[find(m->dpar, (int32_t)j)] != (int32_t)j) st->copies++;
        if (find(m->spar, (int32_t)j) == (int32_t)j) st->stories++;
    }
}

void kb_merge_close(kb_merge *m)
{
    if (!m) return;
    kbm_signer_free(m->signer);
    free(m->a);
    free(m->dpar);
    free(m->spar);
    free(m->dbest);
    free(m->sbest);
    free(m->stamp);
    free(m->count);
    free(m->kmap);
    btab_free(&m->copy_tab);
    btab_free(&m->story_tab);
    btab_free(&m->xstory_tab);
    free(m->xbloom);
    if (m->gaz) kba_gaz_close(m->gaz);
    free(m);
}

static int stop_at_first(void *ctx, const kb_article *a)
{
    (void)a;
    *(int *)ctx = 1;
    return KB_DONE;
}

int kb_merge_pending(kb_store *s, kb_err *err)
{
    const kbs_merge_ops *ops = kbs_merge_ops_of(s);
    if (!ops) return kb_err_set(err, KB_EUSAGE, "merge: this store backend keeps no signatures");
    int found = 0;
    int r = ops->sig_missing(kbs_impl(s), 0, stop_at_first, &found, err);
    if (r < 0) return r;
    return found;
}
