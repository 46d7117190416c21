/*
 * extract.c -- the main-text extraction metric (kbv_extract_score), a C
 * re-implementation of shared/eval/extract/evaluate.py (see its README):
 *
 *   tokens    maximal runs of word characters, as Python's re \w+: Unicode
 *             general category L* or N*, or '_' (utf8proc_category); no case
 *             folding, no normalisation, so combining marks split words;
 *   shingles  multiset of token 4-grams (1-3 tokens: one shorter shingle);
 *   per doc   tp/fp/fn from the two multisets, divided by their sum;
 *   macro     precision = mean over docs with tp+fp > 0, recall = mean over
 *             docs with tp+fn > 0, F1 = harmonic mean of the two means;
 *   accuracy  share of docs whose token lists are identical.
 * Documents are visited in sorted id order and sums are taken left to right
 * in doubles, so the figures match the Python scorer to the last bits.
 *
 * Predictions: JSON Lines {"id","text"} (".jsonl"/".jsonl.gz"), or a JSON
 * object {"id": "text"}, {"id": {"articleBody": ...}} or the benchmark's
 * {"version","output"} wrapper; gzip or not. Gold: {"id":{"articleBody"}}.
 * Ids missing from the predictions score as empty texts (counted in
 * n_missing; the CLI warns). Library code: no printing.
 */
#include "kb_internal.h"
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <zlib.h>

/* ---- reading ------------------------------------------------------------ */

static int read_all(const char *path, kbu_buf *b, kb_err *err)
{
    gzFile f = gzopen(path, "rb");
    if (!f) return kb_err_set(err, KB_EIO, "%s: cannot open", path);
    for (;;) {
        if (kbu_buf_reserve(b, 1 << 16) != KB_OK) {
            gzclose(f);
            return kb_err_set(err, KB_ENOMEM, "%s: out of memory", path);
        }
        int n = gzread(f, b->data + b->len, 1 << 16);
        if (n < 0) {
            int zerr;
            const char *m = gzerror(f, &zerr);
            kb_err_set(err, KB_EIO, "%s: read error: %s", path, m ? m : "?");
            gzclose(f);
            return KB_EIO;
        }
        if (n == 0) break;
        b->len += (size_t)n;
    }
    gzclose(f);
    if (kbu_buf_reserve(b, 1) != KB_OK) return kb_err_set(err, KB_ENOMEM, "out of memory");
    b->data[b->len] = '\0';
    return KB_OK;
}

static int ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && !strcmp(s + n - m, suf);
}

/* Python's str(v) for the scalar values a prediction file may hold. */
static json_t *as_text(json_t *v)
{
    char buf[64];
    if (!v || json_is_null(v)) return json_string("");
    if (json_is_string(v)) return json_incref(v);
    if (json_is_true(v)) return json_string("True");
    if (json_is_false(v)) return json_string("False");
    if (json_is_integer(v)) {
        snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(v));
        return json_string(buf);
    }
    if (json_is_real(v)) {
        double d = json_real_value(v);
        for (int p = 1; p <= 17; p++) { /* shortest repr that round-trips */
            snprintf(buf, sizeof buf, "%.*g", p, d);
            if (strtod(buf, NULL) == d) break;
        }
        if (!strpbrk(buf, ".eninf")) strcat(buf, ".0");
        return json_string(buf);
    }
    return json_string(""); /* lists and objects: not supported, scored empty */
}

/* Load predictions into an object id -> string. */
static json_t *load_pred(const char *path, kb_err *err)
{
    kbu_buf b = {0};
    if (read_all(path, &b, err) != KB_OK) {
        kbu_buf_free(&b);
        return NULL;
    }
    json_t *map = json_object();
    json_error_t je;
    if (ends_with(path, ".jsonl") || ends_with(path, ".jsonl.gz")) {
        size_t i = 0, line = 0;
        while (i < b.len) {
            char *nl = memchr(b.data + i, '\n', b.len - i);
            size_t e = nl ? (size_t)(nl - b.data) : b.len;
            line++;
            size_t a = i;
            while (a < e && (b.data[a] == ' ' || b.data[a] == '\t' || b.data[a] == '\r')) a++;
            if (a < e) {
                json_t *row = json_loadb(b.data + a, e - a, JSON_ALLOW_NUL, &je);
                if (!row || !json_is_object(row)) {
                    kb_err_set(err, KB_EFORMAT, "%s: line %zu: %s", path, line,
                               row ? "not a JSON object" : je.text);
                    json_decref(row);
                    json_decref(map);
                    kbu_buf_free(&b);
                    return NULL;
                }
                json_t *id = json_object_get(row, "id");
                if (json_is_string(id)) {
                    json_t *t = json_object_get(row, "text");
                    if (!t) t = json_object_get(row, "articleBody");
                    json_object_set_new(map, json_string_value(id),
                                        json_is_string(t) ? json_incref(t) : json_string(""));
                }
                json_decref(row);
            }
            i = e + 1;
        }
        kbu_buf_free(&b);
        return map;
    }
    json_t *root = json_loadb(b.data, b.len, JSON_ALLOW_NUL, &je);
    kbu_buf_free(&b);
    if (!root || !json_is_object(root)) {
        kb_err_set(err, KB_EFORMAT, "%s: line %d: %s", path, root ? 1 : je.line,
                   root ? "predictions are not a JSON object" : je.text);
        json_decref(root);
        json_decref(map);
        return NULL;
    }
    json_t *data = root;
    if (json_object_size(root) == 2 && json_object_get(root, "version") &&
        json_is_object(json_object_get(root, "output")))
        data = json_object_get(root, "output");
    const char *k;
    json_t *v;
    json_object_foreach(data, k, v) {
        if (json_is_object(v)) v = json_object_get(v, "articleBody");
        json_object_set_new(map, k, as_text(v));
    }
    json_decref(root);
    return map;
}

/* ---- tokens and shingles -------------------------------------------------- */

typedef struct {
    const char *p;
    uint32_t n;
    uint64_t h;
} tok;

typedef struct {
    tok *v;
    size_t n, cap;
} toks;

static inline int ascii_word(unsigned c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_';
}

static int is_word_cp(int32_t cp)
{
    if (cp < 128) return ascii_word((unsigned)cp);
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           (c >= UTF8PROC_CATEGORY_ND && c <= UTF8PROC_CATEGORY_NO);
}

/* re.findall(r'\w+') over s[0..n) (valid UTF-8 from the JSON parser). */
static int tokenize(const char *s, size_t n, toks *out)
{
    out->n = 0;
    size_t i = 0, start = 0;
    int in = 0;
    while (i <= n) {
        int w = 0;
        size_t l = 1;
        if (i < n) {
            unsigned char c = (unsigned char)s[i];
            if (c < 0x80) {
                w = ascii_word(c);
            } else {
                utf8proc_int32_t cp;
                utf8proc_ssize_t r =
                    utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
                if (r <= 0) {
                    r = 1;
                    cp = 0xFFFD;
                }
                l = (size_t)r;
                w = is_word_cp(cp);
            }
        }
        if (w && !in) {
            in = 1;
            start = i;
        } else if (!w && in) {
            in = 0;
            if (out->n == out->cap) {
                size_t nc = out->cap ? out->cap * 2 : 256;
                tok *nv = realloc(out->v, nc * sizeof *nv);
                if (!nv) return KB_ENOMEM;
                out->v = nv;
                out->cap = nc;
            }
            tok *t = &out->v[out->n++];
            t->p = s + start;
            t->n = (uint32_t)(i - start);
            t->h = kbu_hash64(t->p, t->n, 0x9e3779b97f4a7c15ULL);
        }
        i += l;
    }
    return KB_OK;
}

static int toks_equal(const toks *a, const toks *b)
{
    if (a->n != b->n) return 0;
    for (size_t i = 0; i < a->n; i++)
        if (a->v[i].n != b->v[i].n || a->v[i].h != b->v[i].h ||
            memcmp(a->v[i].p, b->v[i].p, a->v[i].n))
            return 0;
    return 1;
}

typedef struct {
    uint64_t h;        /* 0 = empty slot */
    const tok *first;  /* the shingle's tokens */
    uint32_t k;        /* shingle length */
    int64_t ct, cp;    /* counts in truth and prediction */
} slot;

typedef struct {
    slot *s;
    size_t cap;
} shtab;

static uint64_t shingle_hash(const tok *t, uint32_t k)
{
    uint64_t h = 0x243f6a8885a308d3ULL ^ k;
    for (uint32_t i = 0; i < k; i++) {
        h ^= t[i].h;
        h *= 0x9fb21c651e98df25ULL;
        h ^= h >> 29;
    }
    return h ? h : 1;
}

static int shingle_eq(const tok *a, const tok *b, uint32_t k)
{
    for (uint32_t i = 0; i < k; i++)
        if (a[i].n != b[i].n || a[i].h != b[i].h || memcmp(a[i].p, b[i].p, a[i].n)) return 0;
    return 1;
}

static void add_shingles(shtab *tab, const toks *t, int side)
{
    if (!t->n) return;
    uint32_t k = t->n < 4 ? (uint32_t)t->n : 4;
    size_t count = t->n < 4 ? 1 : t->n - 3;
    for (size_t i = 0; i < count; i++) {
        const tok *f = t->v + i;
        uint64_t h = shingle_hash(f, k);
        size_t m = tab->cap - 1, j = (size_t)h & m;
        for (;;) {
            slot *s = &tab->s[j];
            if (!s->h) {
                s->h = h;
                s->first = f;
                s->k = k;
                s->ct = s->cp = 0;
            }
            if (s->h == h && s->k == k && shingle_eq(s->first, f, k)) {
                if (side) s->cp++;
                else s->ct++;
                break;
            }
            j = (j + 1) & m;
        }
    }
}

/* (tp, fp, fn) of one document, normalised to sum to 1 (or all 0). */
static int doc_counts(const toks *t, const toks *p, shtab *tab, double out[3])
{
    size_t need = (t->n + p->n + 2) * 2;
    size_t cap = 64;
    while (cap < need) cap <<= 1;
    if (cap > tab->cap) {
        slot *ns = realloc(tab->s, cap * sizeof *ns);
        if (!ns) return KB_ENOMEM;
        tab->s = ns;
        tab->cap = cap;
    }
    memset(tab->s, 0, tab->cap * sizeof *tab->s);
    add_shingles(tab, t, 0);
    add_shingles(tab, p, 1);
    int64_t tp = 0, fp = 0, fn = 0;
    for (size_t j = 0; j < tab->cap; j++) {
        const slot *s = &tab->s[j];
        if (!s->h) continue;
        tp += s->ct < s->cp ? s->ct : s->cp;
        fp += s->cp > s->ct ? s->cp - s->ct : 0;
        fn += s->ct > s->cp ? s->ct - s->cp : 0;
    }
    int64_t total = tp + fp + fn;
    if (total == 0) {
        out[0] = out[1] = out[2] = 0.0;
    } else {
        out[0] = (double)tp / (double)total;
        out[1] = (double)fp / (double)total;
        out[2] = (double)fn / (double)total;
    }
    return KB_OK;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int kbv_extract_score(const char *pred_path, const char *gold_path, kbv_extract_result *r,
                      kb_err *err)
{
    memset(r, 0, sizeof *r);
    kbu_buf gb = {0};
    if (read_all(gold_path, &gb, err) != KB_OK) {
        kbu_buf_free(&gb);
        return err ? err->code : KB_EIO;
    }
    json_error_t je;
    json_t *gold = json_loadb(gb.data, gb.len, JSON_ALLOW_NUL, &je);
    kbu_buf_free(&gb);
    if (!gold || !json_is_object(gold)) {
        int rc = kb_err_set(err, KB_EFORMAT, "%s: line %d: %s", gold_path, gold ? 1 : je.line,
                            gold ? "ground truth is not a JSON object" : je.text);
        json_decref(gold);
        return rc;
    }
    json_t *pred = load_pred(pred_path, err);
    if (!pred) {
        json_decref(gold);
        return err ? err->code : KB_EFORMAT;
    }

    size_t n = json_object_size(gold);
    const char **ids = calloc(n ? n : 1, sizeof *ids);
    toks tt = {0}, tp = {0};
    shtab tab = {0};
    int rc = KB_OK;
    if (!ids) {
        rc = kb_err_set(err, KB_ENOMEM, "out of memory");
        goto done;
    }
    size_t k = 0;
    const char *key;
    json_t *v;
    json_object_foreach(gold, key, v) ids[k++] = key;
    qsort(ids, n, sizeof *ids, cmp_str);

    double psum = 0, rsum = 0, asum = 0;
    size_t pn = 0, rn = 0;
    for (size_t d = 0; d < n; d++) {
        json_t *g = json_object_get(gold, ids[d]);
        if (json_is_object(g)) g = json_object_get(g, "articleBody");
        const char *gs = json_is_string(g) ? json_string_value(g) : "";
        size_t gl = json_is_string(g) ? json_string_length(g) : 0;
        json_t *p = json_object_get(pred, ids[d]);
        if (!p) r->n_missing++;
        const char *ps = json_is_string(p) ? json_string_value(p) : "";
        size_t pl = json_is_string(p) ? json_string_length(p) : 0;
        if (tokenize(gs, gl, &tt) != KB_OK || tokenize(ps, pl, &tp) != KB_OK) {
            rc = kb_err_set(err, KB_ENOMEM, "out of memory");
            goto done;
        }
        double c[3];
        if (doc_counts(&tt, &tp, &tab, c) != KB_OK) {
            rc = kb_err_set(err, KB_ENOMEM, "out of memory");
            goto done;
        }
        int perfect = c[1] == 0 && c[2] == 0;
        if (c[0] + c[1] > 0) {
            psum += perfect ? 1.0 : c[0] / (c[0] + c[1]);
            pn++;
        }
        if (c[0] + c[2] > 0) {
            rsum += perfect ? 1.0 : c[0] / (c[0] + c[2]);
            rn++;
        }
        asum += toks_equal(&tt, &tp) ? 1.0 : 0.0;
    }
    r->n_docs = n;
    r->precision = pn ? psum / (double)pn : 0.0;
    r->recall = rn ? rsum / (double)rn : 0.0;
    r->f1 = r->precision + r->recall > 0
                ? 2 * r->precision * r->recall / (r->precision + r->recall)
                : 0.0;
    r->accuracy = n ? asum / (double)n : 0.0;
done:
    free(ids);
    free(tt.v);
    free(tp.v);
    free(tab.s);
    json_decref(gold);
    json_decref(pred);
    return rc;
}
