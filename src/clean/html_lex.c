/*
 * html_lex.c -- the HTML cleaner's boilerplate cues.
 *
 * Loads lexicon/html_boilerplate.txt (from kb_lexicon_dir()) once per process
 * under pthread_once; after that the tables are read-only, so any number of
 * threads may classify. If the file cannot be read, a small built-in list is
 * used so the cleaner still works (e.g. in a fuzzer).
 *
 * kbh_cues_classify() cuts a class/id string into words (at non-alphanumerics
 * and camelCase humps) and answers NEG / POS / NOISE. Inside one class name
 * ("story-body__share") the last cue word wins, since BEM-style names go from
 * general to specific; across the names of one attribute, any positive name
 * protects the element.
 */
#include "html_int.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { SEC_NEG = 0, SEC_POS, SEC_NOISE, SEC_DROP, SEC_EDGE, SEC_N };
enum { M_EXACT = 0, M_PREFIX, M_SUFFIX, M_SUB };

typedef struct cue {
    char *w;
    size_t n;
    int mode;
    int sec; /* its section (in g_cls, which holds three) */
} cue;

#define K2_N 512 /* buckets of the two-byte index */

typedef struct cue_list {
    cue *v;
    size_t n, cap;
    /* index built after loading: cues of two bytes or more by their first
     * two bytes (exact, prefix) or last two (suffix); one-byte cues by
     * their byte; and the few substring ones */
    uint16_t *by_head[K2_N], *by_tail[K2_N], *by_first[256], *by_last[256], *sub;
    uint16_t n_head[K2_N], n_tail[K2_N], n_first[256], n_last[256], n_sub;
} cue_list;

static unsigned k2(unsigned char a, unsigned char b) { return ((unsigned)a * 31u + b) & (K2_N - 1); }

static cue_list g_cues[SEC_N];
/* the negative, positive and noise cues in one index, so that a word of a
 * class name is looked up once for all three */
static cue_list g_cls;
static int g_init_rc = KB_OK;
static pthread_once_t g_once = PTHREAD_ONCE_INIT;

static const char fallback_lexicon[] =
    "[negative]\nnav\nmenu\nbreadcrumb*\nsidebar*\nfooter*\nshare*\nsocial*\ncomment*\n"
    "related*\npromo*\nadvert*\nnewsletter*\nsubscribe*\ncookie*\npopup*\nmodal*\n"
    "[positive]\narticle*\ncontent*\nstory*\nbody*\nentry*\npost*\ntext*\nmain*\n"
    "[noise]\nbyline*\nauthor*\ncaption*\ncredit*\ndate*\n"
    "[drop]\nadvertisement\nread more*\n";

static int add_cue(cue_list *l, const char *w, size_t n, int literal)
{
    int mode = M_EXACT;
    if (literal) goto store; /* [edge] phrases: substrings, '*' not special */
    int lead = n && w[0] == '*', trail = n > 1 && w[n - 1] == '*';
    if (lead && trail) mode = M_SUB;
    else if (lead) mode = M_SUFFIX;
    else if (trail) mode = M_PREFIX;
    if (lead) { w++; n--; }
    if (trail) n--;
store:
    if (!n) return KB_OK;
    if (l->n == l->cap) {
        size_t c = l->cap ? l->cap * 2 : 64;
        cue *v = realloc(l->v, c * sizeof *v);
        if (!v) return KB_ENOMEM;
        l->v = v;
        l->cap = c;
    }
    char *s = malloc(n + 1);
    if (!s) return KB_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        s[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    s[n] = 0;
    l->v[l->n++] = (cue){s, n, mode, (int)(l - g_cues)};
    return KB_OK;
}

static int parse_lexicon(const char *text, size_t len)
{
    int sec = -1;
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        while (j < len && text[j] != '\n') j++;
        const char *s = text + i;
        size_t n = j - i;
        i = j + 1;
        while (n && kbh_is_space((unsigned char)*s)) { s++; n--; }
        while (n && kbh_is_space((unsigned char)s[n - 1])) n--;
        if (!n || *s == '#') continue;
        if (*s == '[') {
            if (n >= 10 && !strncmp(s, "[negative]", 10)) sec = SEC_NEG;
            else if (n >= 10 && !strncmp(s, "[positive]", 10)) sec = SEC_POS;
            else if (n >= 7 && !strncmp(s, "[noise]", 7)) sec = SEC_NOISE;
            else if (n >= 6 && !strncmp(s, "[drop]", 6)) sec = SEC_DROP;
            else if (n >= 6 && !strncmp(s, "[edge]", 6)) sec = SEC_EDGE;
            else sec = -1;
            continue;
        }
        if (sec < 0) continue;
        if (add_cue(&g_cues[sec], s, n, sec == SEC_EDGE) != KB_OK) return KB_ENOMEM;
    }
    return KB_OK;
}

static int index_list(cue_list *l)
{
    for (size_t i = 0; i < l->n && i < 65535; i++) {
        const cue *c = &l->v[i];
        unsigned char k;
        uint16_t **arr;
        uint16_t *cnt;
        if (c->mode == M_SUB) {
            arr = &l->sub;
            cnt = &l->n_sub;
        } else if (c->mode == M_SUFFIX && c->n >= 2) {
            unsigned h = k2((unsigned char)c->w[c->n - 1], (unsigned char)c->w[c->n - 2]);
            arr = &l->by_tail[h];
            cnt = &l->n_tail[h];
        } else if (c->n >= 2) {
            unsigned h = k2((unsigned char)c->w[0], (unsigned char)c->w[1]);
            arr = &l->by_head[h];
            cnt = &l->n_head[h];
        } else if (c->mode == M_SUFFIX) {
            k = (unsigned char)c->w[c->n - 1];
            arr = &l->by_last[k];
            cnt = &l->n_last[k];
        } else {
            k = (unsigned char)c->w[0];
            arr = &l->by_first[k];
            cnt = &l->n_first[k];
        }
        uint16_t *na = realloc(*arr, ((size_t)*cnt + 1) * sizeof **arr);
        if (!na) return KB_ENOMEM;
        *arr = na;
        na[(*cnt)++] = (uint16_t)i;
    }
    return KB_OK;
}

static void load_once(void)
{
    char path[4096];
    const char *dir = kb_lexicon_dir();
    snprintf(path, sizeof path, "%s/html_boilerplate.txt", dir ? dir : "lexicon");
    FILE *f = fopen(path, "rb");
    if (f) {
        kbu_buf b = {0};
        char tmp[4096];
        size_t k;
        while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
            if (kbu_buf_append(&b, tmp, k) != KB_OK) break;
        fclose(f);
        if (b.len) g_init_rc = parse_lexicon(b.data, b.len);
        kbu_buf_free(&b);
    }
    if (g_init_rc == KB_OK && !g_cues[SEC_NEG].n && !g_cues[SEC_POS].n)
        g_init_rc = parse_lexicon(fallback_lexicon, sizeof fallback_lexicon - 1);
    for (int k = 0; k < SEC_N && g_init_rc == KB_OK; k++) g_init_rc = index_list(&g_cues[k]);
    static const int cls_secs[3] = {SEC_NEG, SEC_POS, SEC_NOISE};
    for (int k = 0; k < 3 && g_init_rc == KB_OK; k++) {
        const cue_list *l = &g_cues[cls_secs[k]];
        for (size_t i = 0; i < l->n && g_init_rc == KB_OK; i++) {
            if (g_cls.n == g_cls.cap) {
                size_t c = g_cls.cap ? g_cls.cap * 2 : 64;
                cue *v = realloc(g_cls.v, c * sizeof *v);
                if (!v) {
                    g_init_rc = KB_ENOMEM;
                    break;
                }
                g_cls.v = v;
                g_cls.cap = c;
            }
            g_cls.v[g_cls.n++] = l->v[i]; /* shares the word */
        }
    }
    if (g_init_rc == KB_OK) g_init_rc = index_list(&g_cls);
}

int kbh_cues_init(void)
{
    pthread_once(&g_once, load_once);
    return g_init_rc;
}

static int same_bytes(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i] != b[i]) return 0;
    return 1;
}

static int cue_hit(const cue *c, const char *w, size_t n)
{
    if (c->n > n) return 0;
    switch (c->mode) {
    case M_EXACT: return c->n == n && same_bytes(c->w, w, n);
    case M_PREFIX: return same_bytes(c->w, w, c->n);
    case M_SUFFIX: return same_bytes(c->w, w + n - c->n, c->n);
    default:
        for (size_t k = 0; k + c->n <= n; k++)
            if (!memcmp(c->w, w + k, c->n)) return 1;
        return 0;
    }
}

/* The sections (bit 1 << SEC_*) of the cues of l that match the word. */
static int word_mask(const cue_list *l, const char *w, size_t n)
{
    int m = 0;
    if (!n) return 0;
    unsigned char f = (unsigned char)w[0], e = (unsigned char)w[n - 1];
    if (n >= 2) {
        unsigned h = k2(f, (unsigned char)w[1]), t = k2(e, (unsigned char)w[n - 2]);
        for (uint16_t i = 0; i < l->n_head[h]; i++)
            if (cue_hit(&l->v[l->by_head[h][i]], w, n)) m |= 1 << l->v[l->by_head[h][i]].sec;
        for (uint16_t i = 0; i < l->n_tail[t]; i++)
            if (cue_hit(&l->v[l->by_tail[t][i]], w, n)) m |= 1 << l->v[l->by_tail[t][i]].sec;
    }
    for (uint16_t i = 0; i < l->n_first[f]; i++)
        if (cue_hit(&l->v[l->by_first[f][i]], w, n)) m |= 1 << l->v[l->by_first[f][i]].sec;
    for (uint16_t i = 0; i < l->n_last[e]; i++)
        if (cue_hit(&l->v[l->by_last[e][i]], w, n)) m |= 1 << l->v[l->by_last[e][i]].sec;
    for (uint16_t i = 0; i < l->n_sub; i++)
        if (cue_hit(&l->v[l->sub[i]], w, n)) m |= 1 << l->v[l->sub[i]].sec;
    return m;
}

static int is_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* One class name (no spaces): the last cue word decides. */
static int classify_name(const char *s, size_t n)
{
    int verdict = CUE_NONE, noise = 0;
    size_t i = 0;
    char w[64];
    while (i < n) {
        while (i < n && !is_alnum((unsigned char)s[i])) i++;
        size_t k = 0;
        while (i < n && is_alnum((unsigned char)s[i])) {
            unsigned char c = (unsigned char)s[i];
            /* camelCase hump: "relatedArticles" -> related | articles */
            if (k && c >= 'A' && c <= 'Z' && w[k - 1] >= 'a' && w[k - 1] <= 'z') break;
            if (k + 1 < sizeof w) w[k++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
            i++;
        }
        if (!k) continue;
        /* a whole hyphenated name also counts as one word ("read-more") */
        int m = word_mask(&g_cls, w, k);
        if (m & (1 << SEC_NEG)) verdict = CUE_NEG;
        else if (m & (1 << SEC_POS)) verdict = CUE_POS;
        if (m & (1 << SEC_NOISE)) noise = 1;
    }
    if (n < 64) {
        char whole[64];
        size_t k = 0;
        for (size_t j = 0; j < n; j++) {
            unsigned char c = (unsigned char)s[j];
            whole[k++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        }
        if (k && memchr(whole, '-', k) == NULL) k = 0; /* only hyphenated names */
        if (k && word_mask(&g_cues[SEC_NEG], whole, k)) verdict = CUE_NEG;
    }
    return verdict | (noise ? CUE_NOISE : 0);
}

/* classify_name through the caller's memo (page class lists repeat their
 * names in many combinations). */
static int classify_name_memo(const char *s, size_t n, kbh_name_memo *m)
{
    if (!m) return classify_name(s, n);
    uint64_t h = kbu_hash64(s, n, 0x243f6a8885a308d3ull) | 1; /* 0 = empty slot */
    size_t k0 = (size_t)h & (KBH_NAME_MEMO - 1), k = k0;
    for (int probe = 0; probe < 8; probe++, k = (k + 1) & (KBH_NAME_MEMO - 1)) {
        if (m->key[k] == h) return m->val[k];
        if (m->key[k] == 0) break;
    }
    if (m->key[k] != 0) k = k0; /* a full run: the first slot makes room (long-lived memos) */
    int v = classify_name(s, n);
    m->key[k] = h;
    m->val[k] = (int8_t)v;
    return v;
}

int kbh_cues_classify(const char *s) { return kbh_cues_classify_memo(s, NULL); }

int kbh_cues_classify_memo(const char *s, kbh_name_memo *m)
{
    if (!s || !*s) return CUE_NONE;
    int neg = 0, pos = 0, noise = 0;
    const char *p = s;
    size_t budget = 32; /* class lists can be long; the first names are enough */
    while (*p && budget--) {
        while (*p && kbh_is_space((unsigned char)*p)) p++;
        const char *q = p;
        while (*q && !kbh_is_space((unsigned char)*q)) q++;
        if (q > p) {
            int v = classify_name_memo(p, (size_t)(q - p), m);
            if (v & CUE_NEG) neg = 1;
            if (v & CUE_POS) pos = 1;
            if (v & CUE_NOISE) noise = 1;
        }
        p = q;
    }
    int r = CUE_NONE;
    if (pos) r |= CUE_POS;
    else if (neg) r |= CUE_NEG;
    if (noise) r |= CUE_NOISE;
    return r;
}

int kbh_drop_para(const char *s, size_t n)
{
    if (n == 0 || n > 80) return 0;
    char w[96];
    size_t k = 0;
    /* lowercase ASCII, trim punctuation at both ends */
    size_t i = 0;
    while (i < n && !is_alnum((unsigned char)s[i]) && (unsigned char)s[i] < 0x80) i++;
    size_t e = n;
    while (e > i && !is_alnum((unsigned char)s[e - 1]) && (unsigned char)s[e - 1] < 0x80 &&
           s[e - 1] != '.')
        e--;
    while (e > i && s[e - 1] == '.' && !(e >= i + 3 && s[e - 2] == '.' && s[e - 3] == '.')) e--;
    for (; i < e && k + 1 < sizeof w; i++) {
        unsigned char c = (unsigned char)s[i];
        w[k++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    w[k] = 0;
    if (!k) return 0;
    const cue_list *l = &g_cues[SEC_DROP];
    for (size_t j = 0; j < l->n; j++) {
        const cue *c = &l->v[j];
        if (c->mode == M_EXACT && c->n == k && !memcmp(c->w, w, k)) return 1;
        if (c->mode == M_PREFIX && c->n <= k && !memcmp(c->w, w, c->n)) return 1;
    }
    return 0;
}

int kbh_edge_para(const char *s, size_t n)
{
    if (n == 0 || n >= 400) return 0;
    char w[400];
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        w[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    /* at each position, only the phrases that start with its two bytes
     * (index_list files these literal phrases by their first two bytes) */
    const cue_list *l = &g_cues[SEC_EDGE];
    for (size_t k = 0; k < n; k++) {
        if (k + 1 < n) {
            unsigned h = k2((unsigned char)w[k], (unsigned char)w[k + 1]);
            for (uint16_t i = 0; i < l->n_head[h]; i++) {
                const cue *c = &l->v[l->by_head[h][i]];
                if (c->n <= n - k && !memcmp(w + k, c->w, c->n)) return 1;
            }
        }
        unsigned char f = (unsigned char)w[k];
        for (uint16_t i = 0; i < l->n_first[f]; i++)
            if (l->v[l->by_first[f][i]].n == 1) return 1;
    }
    return 0;
}
