/*
 * store.c -- the public kb_store_* API: picks a backend for the target
 * (store.h's vtable; SQLite unless a later backend claims the target, e.g.
 * "postgres://..."), then dispatches every call through it. Also the small
 * helpers every backend shares: sentence-span blobs and date checks.
 */
#include "store/store.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct kb_store {
    const kbs_backend *be;
    void *impl;
};

struct kb_query {
    const kbs_backend *be;
    void *impl;
};

/* Backends in the order they are asked; the last one (SQLite) takes any path. */
static const kbs_backend *const backends[] = {&kbs_sqlite_backend};

kb_store *kb_store_open_ex(const char *target, int flags, kb_err *err)
{
    if (!target || !*target) {
        const char *e = getenv("KHABAR_DB");
        target = (e && *e) ? e : "khabar.db";
    }
    const kbs_backend *be = NULL;
    for (size_t i = 0; i < sizeof backends / sizeof *backends && !be; i++)
        if (backends[i]->accepts(target)) be = backends[i];
    if (!be) { /* e.g. "postgres://..." before postgres.c exists */
        kb_err_set(err, KB_EUSAGE, "%s: no store backend for this kind of target is built in",
                   target);
        return NULL;
    }
    kb_store *s = calloc(1, sizeof *s);
    if (!s) {
        kb_err_set(err, KB_ENOMEM, "%s: out of memory", target);
        return NULL;
    }
    s->be = be;
    s->impl = be->open(target, flags, err);
    if (!s->impl) {
        free(s);
        return NULL;
    }
    return s;
}

kb_store *kb_store_open(const char *target, kb_err *err)
{
    return kb_store_open_ex(target, 0, err);
}

void kb_store_close(kb_store *s)
{
    if (!s) return;
    s->be->close(s->impl);
    free(s);
}

void *kbs_impl(kb_store *s)
{
    return s ? s->impl : NULL;
}

int kbs_exec(kb_store *s, const char *sql, kb_err *err)
{
    return s->be->exec(s->impl, sql, err);
}

int kb_store_begin(kb_store *s, kb_err *err)
{
    return s->be->begin(s->impl, err);
}
int kb_store_commit(kb_store *s, kb_err *err)
{
    return s->be->commit(s->impl, err);
}
int kb_store_rollback(kb_store *s, kb_err *err)
{
    return s->be->rollback(s->impl, err);
}

int kb_store_put_article_from(kb_store *s, const kb_doc *d, const char *origin, int *is_new,
                              kb_err *err)
{
    int dummy;
    return s->be->put_article(s->impl, d, origin, is_new ? is_new : &dummy, err);
}

int kb_store_put_article(kb_store *s, const kb_doc *d, int *is_new, kb_err *err)
{
    return kb_store_put_article_from(s, d, NULL, is_new, err);
}

kb_query *kb_store_articles(kb_store *s, const kb_article_filter *f, kb_err *err)
{
    static const kb_article_filter none = {0};
    if (!f) f = &none;
    if ((f->from && !kbs_is_ymd(f->from)) || (f->to && !kbs_is_ymd(f->to))) {
        kb_err_set(err, KB_EUSAGE, "bad date '%s': expected YYYY-MM-DD",
                   (f->from && !kbs_is_ymd(f->from)) ? f->from : f->to);
        return NULL;
    }
    kb_query *q = calloc(1, sizeof *q);
    if (!q) {
        kb_err_set(err, KB_ENOMEM, "out of memory");
        return NULL;
    }
    q->be = s->be;
    q->impl = s->be->articles(s->impl, f, err);
    if (!q->impl) {
        free(q);
        return NULL;
    }
    return q;
}

int kb_query_step(kb_query *q, kb_article *row, kb_err *err)
{
    return q->be->query_step(q->impl, row, err);
}

void kb_query_free(kb_query *q)
{
    if (!q) return;
    q->be->query_free(q->impl);
    free(q);
}

long kb_store_count_articles(kb_store *s)
{
    return s->be->count_articles(s->impl);
}
int kb_store_schema_version(kb_store *s)
{
    return s->be->schema_version(s->impl);
}

/* ---- shared helpers ----------------------------------------------------- */
size_t kbs_spans_encode(const kb_span *spans, size_t n, unsigned char *out)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t v[2] = {spans[i].start, spans[i].end};
        for (int k = 0; k < 2; k++) {
            out[8 * i + 4 * (size_t)k + 0] = (unsigned char)(v[k]);
            out[8 * i + 4 * (size_t)k + 1] = (unsigned char)(v[k] >> 8);
            out[8 * i + 4 * (size_t)k + 2] = (unsigned char)(v[k] >> 16);
            out[8 * i + 4 * (size_t)k + 3] = (unsigned char)(v[k] >> 24);
        }
    }
    return 8 * n;
}

size_t kbs_spans_decode(const void *blob, size_t len, kb_span *out, size_t max)
{
    const unsigned char *p = blob;
    size_t n = len / 8;
    if (n > max) n = max;
    for (size_t i = 0; i < n; i++) {
        const unsigned char *b = p + 8 * i;
        out[i].start =
            (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
        out[i].end =
            (uint32_t)b[4] | (uint32_t)b[5] << 8 | (uint32_t)b[6] << 16 | (uint32_t)b[7] << 24;
    }
    return n;
}

int kbs_is_ymd(const char *s)
{
    if (!s || strlen(s) != 10) return 0;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-') return 0;
        } else if (s[i] < '0' || s[i] > '9') {
            return 0;
        }
    }
    return 1;
}

/* ---- merge (issue 6) ---------------------------------------------------- */
const kbs_merge_ops *kbs_merge_ops_of(kb_store *s)
{
    return (s && s->be == &kbs_sqlite_backend) ? &kbs_sqlite_merge_ops : NULL;
}

struct kb_story_query {
    const kbs_merge_ops *ops;
    void *impl;
};

kb_story_query *kb_store_stories(kb_store *s, const char *from, const char *to, kb_err *err)
{
    if ((from && !kbs_is_ymd(from)) || (to && !kbs_is_ymd(to))) {
        kb_err_set(err, KB_EUSAGE, "bad date '%s': expected YYYY-MM-DD",
                   (from && !kbs_is_ymd(from)) ? from : to);
        return NULL;
    }
    const kbs_merge_ops *ops = kbs_merge_ops_of(s);
    if (!ops) {
        kb_err_set(err, KB_EUSAGE, "this store backend keeps no stories");
        return NULL;
    }
    kb_story_query *q = calloc(1, sizeof *q);
    if (!q) {
        kb_err_set(err, KB_ENOMEM, "out of memory");
        return NULL;
    }
    q->ops = ops;
    q->impl = ops->stories(s->impl, from, to, err);
    if (!q->impl) {
        free(q);
        return NULL;
    }
    return q;
}

int kb_story_step(kb_story_query *q, kb_story_row *row, kb_err *err)
{
    return q->ops->story_step(q->impl, row, err);
}

void kb_story_query_free(kb_story_query *q)
{
    if (!q) return;
    q->ops->story_free(q->impl);
    free(q);
}

/* ---- events (schema v3) ---------------------------------------------------- */
const kbs_event_ops *kbs_event_ops_of(kb_store *s)
{
    return (s && s->be == &kbs_sqlite_backend) ? &kbs_sqlite_event_ops : NULL;
}

int64_t kbs_mention_id(const char *doc, int seq)
{
    char buf[64];
    int n = snprintf(buf, sizeof buf, "%.40s:%d", doc, seq);
    uint64_t h = kbu_hash64(buf, (size_t)n, 0x6b6862ULL) & ((1ULL << 53) - 1);
    return h ? (int64_t)h : 1;
}

static int digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

struct kb_event_query {
    const kbs_event_ops *ops;
    void *impl;
};
struct kb_mention_query {
    const kbs_event_ops *ops;
    void *impl;
};

kb_event_query *kb_store_events(kb_store *s, const kb_event_filter *f, kb_err *err)
{
    static const kb_event_filter none = {0};
    if (!f) f = &none;
    if ((f->from && !kbs_is_ymd(f->from)) || (f->to && !kbs_is_ymd(f->to))) {
        kb_err_set(err, KB_EUSAGE, "bad date '%s': expected YYYY-MM-DD",
                   (f->from && !kbs_is_ymd(f->from)) ? f->from : f->to);
        return NULL;
    }
    if (f->root && (strlen(f->root) != 2 || !digits(f->root, 2))) {
        kb_err_set(err, KB_EUSAGE, "bad CAMEO root '%s': expected two digits (01..20)", f->root);
        return NULL;
    }
    if (f->quad < 0 || f->quad > 4) {
        kb_err_set(err, KB_EUSAGE, "bad quad class %d: expected 1..4", f->quad);
        return NULL;
    }
    const kbs_event_ops *ops = kbs_event_ops_of(s);
    if (!ops) {
        kb_err_set(err, KB_EUSAGE, "this store backend keeps no events");
        return NULL;
    }
    kb_event_query *q = calloc(1, sizeof *q);
    if (!q) {
        kb_err_set(err, KB_ENOMEM, "out of memory");
        return NULL;
    }
    q->ops = ops;
    if (!(q->impl = ops->events(s->impl, f, err))) {
        free(q);
        return NULL;
    }
    return q;
}

int kb_event_step(kb_event_query *q, kb_event_row *row, kb_err *err)
{
    return q->ops->event_step(q->impl, row, err);
}

void kb_event_query_free(kb_event_query *q)
{
    if (!q) return;
    q->ops->event_free(q->impl);
    free(q);
}

kb_mention_query *kb_store_mentions(kb_store *s, int64_t event_id, kb_err *err)
{
    const kbs_event_ops *ops = kbs_event_ops_of(s);
    if (!ops) {
        kb_err_set(err, KB_EUSAGE, "this store backend keeps no events");
        return NULL;
    }
    kb_mention_query *q = calloc(1, sizeof *q);
    if (!q) {
        kb_err_set(err, KB_ENOMEM, "out of memory");
        return NULL;
    }
    q->ops = ops;
    if (!(q->impl = ops->mentions(s->impl, event_id, err))) {
        free(q);
        return NULL;
    }
    return q;
}

int kb_mention_step(kb_mention_query *q, kb_mention_row *row, kb_err *err)
{
    return q->ops->mention_step(q->impl, row, err);
}

void kb_mention_query_free(kb_mention_query *q)
{
    if (!q) return;
    q->ops->mention_free(q->impl);
    free(q);
}

int kb_store_story_events(kb_store *s, const char *story, int64_t **ids, size_t *n, kb_err *err)
{
    const kbs_event_ops *ops = kbs_event_ops_of(s);
    *ids = NULL;
    *n = 0;
    if (!ops) return kb_err_set(err, KB_EUSAGE, "this store backend keeps no events");
    return ops->story_events(s->impl, story, ids, n, err);
}
