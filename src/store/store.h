/*
 * store.h -- the store's one internal interface: a small vtable of backend
 * operations. The public kb_store_* functions (store.c) dispatch through it;
 * sqlite.c is the default backend, and a postgres.c can be added beside it
 * by filling one more kbs_backend and listing it in store.c.
 *
 * A backend owns its state (the `impl` pointers) and fills kb_err itself, so
 * error messages name the database ("khabar.db: ...").
 */
#ifndef KBS_STORE_H
#define KBS_STORE_H

#include "kb_internal.h"

typedef struct kbs_backend {
    const char *name; /* "sqlite" */
    /* 1 if this backend serves target (e.g. "postgres://..." or a file path). */
    int (*accepts)(const char *target);
    /* Open (and migrate) the store; flags are KB_STORE_* from khabar.h. NULL on error. */
    void *(*open)(const char *target, int flags, kb_err *err);
    void (*close)(void *impl);
    int (*begin)(void *impl, kb_err *err);
    int (*commit)(void *impl, kb_err *err);
    int (*rollback)(void *impl, kb_err *err);
    int (*put_article)(void *impl, const kb_doc *d, const char *origin, int *is_new, kb_err *err);
    /* Articles matching f, ordered by date (unknown dates first), id, key. */
    void *(*articles)(void *impl, const kb_article_filter *f, kb_err *err);
    int (*query_step)(void *q, kb_article *row, kb_err *err);
    void (*query_free)(void *q);
    long (*count_articles)(void *impl);
    int (*schema_version)(void *impl);
    /* Run one or more SQL statements (tests, maintenance). */
    int (*exec)(void *impl, const char *sql, kb_err *err);
} kbs_backend;

extern const kbs_backend kbs_sqlite_backend;

/* The backend state behind a public handle (white-box tests). */
void *kbs_impl(kb_store *s);
/* Run SQL on the store (tests and maintenance only; KB_OK or KB_ESTORE). */
int kbs_exec(kb_store *s, const char *sql, kb_err *err);

/* Sentence spans <-> compact blob: little-endian uint32 start,end pairs
 * (8 bytes a sentence). kbs_spans_decode returns the number of spans. */
size_t kbs_spans_encode(const kb_span *spans, size_t n, unsigned char *out);
size_t kbs_spans_decode(const void *blob, size_t len, kb_span *out, size_t max);

/* Is s a YYYY-MM-DD date (digits and dashes in place)? */
int kbs_is_ymd(const char *s);


/* ---- merge (issue 6): article signatures, copy and story labels --------- */
typedef struct kbs_sigrow {
    const char *key;
    int32_t day;              /* days since 1970-01-01; INT32_MIN = unknown (NULL) */
    const char *content_hash; /* hex, exact-copy lookups */
    const void *sig;          /* serialised kbm_sig */
    size_t sig_len;
    const char *copy_of;      /* the original's key, NULL if not a copy */
    double similarity;
    const char *story;        /* story id (smallest key of the story) */
} kbs_sigrow;
typedef struct kbs_merge_ops {
    /* Insert or replace an article's signature row; with sig NULL, update the
     * labels (copy_of, similarity, story) of an existing row. */
    int (*sig_put)(void *impl, const kbs_sigrow *r, kb_err *err);
    /* Every stored signature row, in key order; cb returns KB_OK to go on. */
    int (*sig_scan)(void *impl, int (*cb)(void *ctx, const kbs_sigrow *r), void *ctx,
                    kb_err *err);
    /* Articles (with text) that have no signature row (all = 1: every article), key order. */
    int (*sig_missing)(void *impl, int all, int (*cb)(void *ctx, const kb_article *a), void *ctx,
                       kb_err *err);
    void *(*stories)(void *impl, const char *from, const char *to, kb_err *err);
    int (*story_step)(void *q, kb_story_row *row, kb_err *err);
    void (*story_free)(void *q);
} kbs_merge_ops;
extern const kbs_merge_ops kbs_sqlite_merge_ops;
/* The merge operations of a store's backend (NULL if it has none). */
const kbs_merge_ops *kbs_merge_ops_of(kb_store *s);

/* ---- events (schema v3): mentions and merged events --------------------- */
/* A stored mention as the event merge sees it (strings valid during the callback). */
typedef struct kbs_mention {
    const char *doc;             /* article key */
    int seq;
    int64_t event_id;
    kb_event ev;                 /* actors, code, root, quad, goldstein, plover, date, place,
                                  * tolls, historical (sentence and spans too) */
    int32_t day_first, day_last; /* INT32_MIN = undated */
    double confidence;
    const char *story, *copy_of; /* merge labels of the article (NULL if not signed yet) */
    const char *outlet, *article_date, *ingested_at;
} kbs_mention;
/* A merged event, as the merge writes it. */
typedef struct kbs_event_sum {
    int64_t event_id;
    const char *date, *date_precision;
    int historical;
    kb_actor source, target;
    const char *code, *root, *plover;
    int quad;
    double goldstein;
    kb_place place;
    int killed_min, killed_max, killed_mode, injured_min, injured_max, injured_mode; /* -1 none */
    int num_mentions, num_sources, num_articles, num_copies;
    double confidence;
    const char *first_doc;
    int first_seq;
    const char *date_added;
} kbs_event_sum;
typedef int (*kbs_mention_cb)(void *ctx, const kbs_mention *m);
typedef struct kbs_event_ops {
    /* Store mention (doc, seq) of event e in its own event event_id; a no-op if stored. */
    int (*put_mention)(void *impl, const char *doc, int seq, const kb_event *e,
                       int32_t day_first, int32_t day_last, double confidence, int64_t event_id,
                       kb_err *err);
    /* Mentions of one article / of one event, in (doc, seq) order. of_doc and near
     * leave the article's fields NULL (story, copy_of, outlet, dates): the merge knows
     * the stories; of_event fills them. */
    int (*of_doc)(void *impl, const char *doc, kbs_mention_cb cb, void *ctx, kb_err *err);
    int (*of_event)(void *impl, int64_t event_id, kbs_mention_cb cb, void *ctx, kb_err *err);
    /* Candidates: mentions with this root and historical flag whose dates overlap
     * [lo, hi] (days; lo INT32_MIN: none) and begin at most reach days before lo, and
     * (story not NULL) the mentions with this root and flag in that story. */
    int (*near)(void *impl, const char *root, int historical, int32_t lo, int32_t hi,
                int32_t reach, const char *story, kbs_mention_cb cb, void *ctx, kb_err *err);
    /* Replace the events old[0..n_old) by e: their mentions move to e->event_id. */
    int (*put)(void *impl, const kbs_event_sum *e, const int64_t *old, size_t n_old,
               kb_err *err);
    /* Queries behind kb_store_events, kb_store_mentions, kb_store_story_events. */
    void *(*events)(void *impl, const kb_event_filter *f, kb_err *err);
    int (*event_step)(void *q, kb_event_row *row, kb_err *err);
    void (*event_free)(void *q);
    void *(*mentions)(void *impl, int64_t event_id, kb_err *err);
    int (*mention_step)(void *q, kb_mention_row *row, kb_err *err);
    void (*mention_free)(void *q);
    int (*story_events)(void *impl, const char *story, int64_t **ids, size_t *n, kb_err *err);
    /* Move mention (doc, seq) to event event_id (the merge splits a chained group);
     * NULL in a backend that cannot: groups are then never split. */
    int (*move_mention)(void *impl, const char *doc, int seq, int64_t event_id, kb_err *err);
} kbs_event_ops;
extern const kbs_event_ops kbs_sqlite_event_ops;
/* The event operations of a store's backend (NULL if it has none). */
const kbs_event_ops *kbs_event_ops_of(kb_store *s);
/* The mention id of (doc, seq), the seed of event ids: 53 bits, > 0. */
int64_t kbs_mention_id(const char *doc, int seq);

#endif
