/*
 * sqlite_events.c -- the SQLite side of stored events (schema v3, docs/STORE.md):
 * writing mentions, the row access the event merge needs (mentions of an
 * article, of an event, and the candidates near a mention), writing merged
 * events, and the queries behind kb_store_events / kb_store_mentions /
 * kb_store_story_events. The merge rule itself is in src/merge/events.c.
 */
#include "store/sqlite_int.h"
#include <stdlib.h>
#include <math.h>
#include <string.h>

/* The columns of a mention as the merge reads it (read_mention knows the order): its own,
 * its article's merge labels (story, copy_of), then the article's outlet, date and ingest
 * time. The candidate searches (MEN_LIGHT) read the mentions table alone, NULL for the
 * rest: the merge knows every article's story from its index, and reading article rows
 * for every candidate is what costs. */
#define MEN_OWN                                                                                   \
    "m.doc,m.seq,m.event_id,m.sentence,m.sent_start,m.sent_end,m.source_code,m.source_name,"      \
    "m.source_country,m.target_code,m.target_name,m.target_country,m.code,m.root,m.quad,"        \
    "m.goldstein,m.plover,m.date,m.date_precision,m.historical,m.day_first,m.day_last,"          \
    "m.place_name,m.place_country,m.place_adm1,m.place_lat,m.place_lon,m.place_precision,"       \
    "m.killed,m.killed_min,m.killed_max,m.injured,m.injured_min,m.injured_max,m.confidence,"
#define MEN_FULL MEN_OWN "g.story,g.copy_of,a.outlet,a.date,a.ingested_at,m.date_source"          \
    " FROM mentions m JOIN articles a ON a.key = m.doc LEFT JOIN article_sigs g ON g.key = m.doc"
#define MEN_LIGHT MEN_OWN "NULL,NULL,NULL,NULL,NULL,m.date_source FROM mentions m"

void kbs_sq_events_finalize(sq_store *s)
{
    sqlite3_stmt **all[] = {&s->men_ins, &s->men_doc, &s->men_day, &s->men_story,
                            &s->men_event, &s->ev_del, &s->ev_move, &s->ev_ins, &s->men_move};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
        sqlite3_finalize(*all[i]);
        *all[i] = NULL;
    }
}

static void bind_int_opt(sqlite3_stmt *st, int i, int v) /* v < 0: NULL */
{
    if (v >= 0)
        sqlite3_bind_int(st, i, v);
    else
        sqlite3_bind_null(st, i);
}

static void bind_day(sqlite3_stmt *st, int i, int32_t d)
{
    if (d == INT32_MIN)
        sqlite3_bind_null(st, i);
    else
        sqlite3_bind_int(st, i, d);
}

static void bind_place(sqlite3_stmt *st, int i, const kb_place *p)
{
    kbs_sq_bind_opt(st, i, p->name);
    kbs_sq_bind_opt(st, i + 1, p->name ? p->country : NULL);
    kbs_sq_bind_opt(st, i + 2, p->name ? p->adm1 : NULL);
    if (p->name && isfinite(p->lat) && isfinite(p->lon)) {
        sqlite3_bind_double(st, i + 3, p->lat);
        sqlite3_bind_double(st, i + 4, p->lon);
    } else {
        sqlite3_bind_null(st, i + 3);
        sqlite3_bind_null(st, i + 4);
    }
    kbs_sq_bind_opt(st, i + 5, p->name ? p->precision : NULL);
}

static void bind_actor(sqlite3_stmt *st, int i, const kb_actor *a)
{
    kbs_sq_bind_opt(st, i, a->code);
    kbs_sq_bind_opt(st, i + 1, a->code ? a->name : NULL);
    kbs_sq_bind_opt(st, i + 2, a->code ? a->country : NULL);
}

static int step_done(sq_store *s, sqlite3_stmt *st, kb_err *err, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return kbs_sq_fail(s->path, s->db, rc, err, what);
    return KB_OK;
}

static int sq_put_mention(void *impl, const char *doc, int seq, const kb_event *e,
                          int32_t day_first, int32_t day_last, double confidence,
                          int64_t event_id, kb_err *err)
{
    sq_store *s = impl;
    if (!s->men_ins &&
        kbs_sq_prepare(s,
                       "INSERT INTO mentions(doc,seq,sentence,sent_start,sent_end,verb_start,"
                       "verb_end,source_code,source_name,source_country,target_code,target_name,"
                       "target_country,code,root,quad,goldstein,plover,date,date_precision,"
                       "date_source,historical,day_first,day_last,place_name,place_country,"
                       "place_adm1,place_lat,place_lon,place_precision,killed,killed_min,"
                       "killed_max,injured,injured_min,injured_max,pattern,confidence,event_id)"
                       " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,"
                       "?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29,?30,?31,?32,?33,?34,?35,?36,"
                       "?37,?38,?39) ON CONFLICT(doc,seq) DO NOTHING",
                       &s->men_ins, err) != KB_OK)
        return KB_ESTORE;
    sqlite3_stmt *st = s->men_ins;
    sqlite3_bind_text(st, 1, doc, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, seq);
    sqlite3_bind_int64(st, 3, (sqlite3_int64)e->sentence);
    sqlite3_bind_int64(st, 4, e->start);
    sqlite3_bind_int64(st, 5, e->end);
    sqlite3_bind_int64(st, 6, e->verb_start);
    sqlite3_bind_int64(st, 7, e->verb_end);
    bind_actor(st, 8, &e->source);
    bind_actor(st, 11, &e->target);
    sqlite3_bind_text(st, 14, e->code ? e->code : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 15, e->root, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 16, e->quad);
    sqlite3_bind_double(st, 17, e->goldstein);
    kbs_sq_bind_opt(st, 18, e->plover);
    kbs_sq_bind_opt(st, 19, e->date);
    kbs_sq_bind_opt(st, 20, e->date_precision);
    kbs_sq_bind_opt(st, 21, e->date_source);
    sqlite3_bind_int(st, 22, e->historical ? 1 : 0);
    bind_day(st, 23, day_first);
    bind_day(st, 24, day_last);
    bind_place(st, 25, &e->place);
    bind_int_opt(st, 31, e->killed);
    bind_int_opt(st, 32, e->killed_min);
    bind_int_opt(st, 33, e->killed_max);
    bind_int_opt(st, 34, e->injured);
    bind_int_opt(st, 35, e->injured_min);
    bind_int_opt(st, 36, e->injured_max);
    kbs_sq_bind_opt(st, 37, e->pattern);
    sqlite3_bind_double(st, 38, confidence);
    sqlite3_bind_int64(st, 39, event_id);
    return step_done(s, st, err, "cannot store a mention");
}

static void read_actor(sqlite3_stmt *st, int i, kb_actor *a) /* code, name, country */
{
    a->code = kbs_sq_col(st, i);
    a->name = kbs_sq_col(st, i + 1);
    a->country = kbs_sq_col(st, i + 2);
}

static void read_place(sqlite3_stmt *st, int i, kb_place *p) /* name..precision, 6 columns */
{
    p->name = kbs_sq_col(st, i);
    p->country = kbs_sq_col(st, i + 1);
    p->adm1 = kbs_sq_col(st, i + 2);
    /* (a place named only, that no gazetteer locates, has no coordinates: NULL, read as NaN) */
    p->lat = sqlite3_column_type(st, i + 3) == SQLITE_NULL ? NAN : sqlite3_column_double(st, i + 3);
    p->lon = sqlite3_column_type(st, i + 4) == SQLITE_NULL ? NAN : sqlite3_column_double(st, i + 4);
    p->precision = kbs_sq_col(st, i + 5);
}

static int col_int(sqlite3_stmt *st, int i) /* NULL -> -1 */
{
    return sqlite3_column_type(st, i) == SQLITE_NULL ? -1 : sqlite3_column_int(st, i);
}

static void read_mention(sqlite3_stmt *st, kbs_mention *m)
{
    memset(m, 0, sizeof *m);
    kb_event *e = &m->ev;
    m->doc = kbs_sq_col(st, 0);
    m->seq = sqlite3_column_int(st, 1);
    m->event_id = sqlite3_column_int64(st, 2);
    e->sentence = (size_t)sqlite3_column_int64(st, 3);
    e->start = (uint32_t)sqlite3_column_int64(st, 4);
    e->end = (uint32_t)sqlite3_column_int64(st, 5);
    read_actor(st, 6, &e->source);
    read_actor(st, 9, &e->target);
    e->code = kbs_sq_col(st, 12);
    const char *root = kbs_sq_col(st, 13);
    if (root) {
        e->root[0] = root[0];
        e->root[1] = root[0] ? root[1] : 0;
    }
    e->quad = sqlite3_column_int(st, 14);
    e->goldstein = sqlite3_column_double(st, 15);
    e->plover = kbs_sq_col(st, 16);
    e->date = kbs_sq_col(st, 17);
    e->date_precision = kbs_sq_col(st, 18);
    e->historical = sqlite3_column_int(st, 19);
    m->day_first = sqlite3_column_type(st, 20) == SQLITE_NULL ? INT32_MIN
                                                              : sqlite3_column_int(st, 20);
    m->day_last = sqlite3_column_type(st, 21) == SQLITE_NULL ? INT32_MIN
                                                             : sqlite3_column_int(st, 21);
    read_place(st, 22, &e->place);
    e->killed = col_int(st, 28);
    e->killed_min = col_int(st, 29);
    e->killed_max = col_int(st, 30);
    e->injured = col_int(st, 31);
    e->injured_min = col_int(st, 32);
    e->injured_max = col_int(st, 33);
    e->enriched = 1;
    m->confidence = sqlite3_column_double(st, 34);
    m->story = kbs_sq_col(st, 35);
    m->copy_of = kbs_sq_col(st, 36);
    m->outlet = kbs_sq_col(st, 37);
    m->article_date = kbs_sq_col(st, 38);
    m->ingested_at = kbs_sq_col(st, 39);
    e->date_source = kbs_sq_col(st, 40);
}

/* Step a bound statement, calling cb on each mention; resets it. */
static int each_mention(sq_store *s, sqlite3_stmt *st, kbs_mention_cb cb, void *ctx, kb_err *err)
{
    int rc, r = KB_OK;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        kbs_mention m;
        read_mention(st, &m);
        if (!m.doc || !m.ev.code) continue;
        if ((r = cb(ctx, &m)) != KB_OK) break;
    }
    if (r == KB_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        r = kbs_sq_fail(s->path, s->db, rc, err, "cannot read mentions");
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return r;
}

static int sq_of_doc(void *impl, const char *doc, kbs_mention_cb cb, void *ctx, kb_err *err)
{
    sq_store *s = impl;
    if (!s->men_doc && kbs_sq_prepare(s,
                                      "SELECT " MEN_LIGHT " WHERE m.doc = ?1 ORDER BY m.seq",
                                      &s->men_doc, err) != KB_OK)
        return KB_ESTORE;
    sqlite3_bind_text(s->men_doc, 1, doc, -1, SQLITE_STATIC);
    return each_mention(s, s->men_doc, cb, ctx, err);
}

static int sq_of_event(void *impl, int64_t event_id, kbs_mention_cb cb, void *ctx, kb_err *err)
{
    sq_store *s = impl;
    if (!s->men_event && kbs_sq_prepare(s,
                                        "SELECT " MEN_FULL
                                        " WHERE m.event_id = ?1 ORDER BY m.doc, m.seq",
                                        &s->men_event, err) != KB_OK)
        return KB_ESTORE;
    sqlite3_bind_int64(s->men_event, 1, event_id);
    return each_mention(s, s->men_event, cb, ctx, err);
}

static int sq_near(void *impl, const char *root, int historical, int32_t lo, int32_t hi,
                   int32_t reach, const char *story, kbs_mention_cb cb, void *ctx, kb_err *err)
{
    sq_store *s = impl;
    int r = KB_OK;
    if (lo != INT32_MIN) {
        /* index (root, historical, day_first): a tight range when reach is 0 */
        if (!s->men_day &&
            kbs_sq_prepare(s,
                           "SELECT " MEN_LIGHT " WHERE m.root = ?1 AND m.historical = ?2"
                           " AND m.day_first BETWEEN ?3 - ?5 AND ?4 AND m.day_last >= ?3",
                           &s->men_day, err) != KB_OK)
            return KB_ESTORE;
        sqlite3_bind_text(s->men_day, 1, root, -1, SQLITE_STATIC);
        sqlite3_bind_int(s->men_day, 2, historical ? 1 : 0);
        sqlite3_bind_int(s->men_day, 3, lo);
        sqlite3_bind_int(s->men_day, 4, hi);
        sqlite3_bind_int(s->men_day, 5, reach);
        if ((r = each_mention(s, s->men_day, cb, ctx, err)) != KB_OK) return r;
    }
    if (story) {
        if (!s->men_story &&
            kbs_sq_prepare(s,
                           "SELECT " MEN_OWN "NULL,NULL,NULL,NULL,NULL,m.date_source"
                           " FROM article_sigs g JOIN mentions m ON m.doc = g.key"
                           " WHERE g.story = ?1 AND m.root = ?2 AND m.historical = ?3",
                           &s->men_story, err) != KB_OK)
            return KB_ESTORE;
        sqlite3_bind_text(s->men_story, 1, story, -1, SQLITE_STATIC);
        sqlite3_bind_text(s->men_story, 2, root, -1, SQLITE_STATIC);
        sqlite3_bind_int(s->men_story, 3, historical ? 1 : 0);
        r = each_mention(s, s->men_story, cb, ctx, err);
    }
    return r;
}

static int sq_put_event(void *impl, const kbs_event_sum *e, const int64_t *old, size_t n_old,
                        kb_err *err)
{
    sq_store *s = impl;
    if (!s->ev_del &&
        (kbs_sq_prepare(s, "DELETE FROM events WHERE event_id = ?1", &s->ev_del, err) != KB_OK ||
         kbs_sq_prepare(s, "UPDATE mentions SET event_id = ?1 WHERE event_id = ?2", &s->ev_move,
                        err) != KB_OK ||
         kbs_sq_prepare(s,
                        "INSERT OR REPLACE INTO events(event_id,date,date_precision,historical,"
                        "source_code,source_name,source_country,target_code,target_name,"
                        "target_country,code,root,quad,goldstein,plover,place_name,place_country,"
                        "place_adm1,place_lat,place_lon,place_precision,killed_min,killed_max,"
                        "killed_mode,injured_min,injured_max,injured_mode,num_mentions,"
                        "num_sources,num_articles,num_copies,confidence,first_doc,first_seq,"
                        "date_added) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,"
                        "?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29,?30,?31,?32,?33,"
                        "?34,?35)",
                        &s->ev_ins, err) != KB_OK))
        return KB_ESTORE;
    int r;
    for (size_t i = 0; i < n_old; i++) {
        if (old[i] == e->event_id) continue;
        sqlite3_bind_int64(s->ev_move, 1, e->event_id);
        sqlite3_bind_int64(s->ev_move, 2, old[i]);
        if ((r = step_done(s, s->ev_move, err, "cannot merge events")) != KB_OK) return r;
        sqlite3_bind_int64(s->ev_del, 1, old[i]);
        if ((r = step_done(s, s->ev_del, err, "cannot merge events")) != KB_OK) return r;
    }
    sqlite3_stmt *st = s->ev_ins;
    sqlite3_bind_int64(st, 1, e->event_id);
    kbs_sq_bind_opt(st, 2, e->date);
    kbs_sq_bind_opt(st, 3, e->date_precision);
    sqlite3_bind_int(st, 4, e->historical ? 1 : 0);
    bind_actor(st, 5, &e->source);
    bind_actor(st, 8, &e->target);
    sqlite3_bind_text(st, 11, e->code ? e->code : "", -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 12, e->root ? e->root : "", -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 13, e->quad);
    sqlite3_bind_double(st, 14, e->goldstein);
    kbs_sq_bind_opt(st, 15, e->plover);
    bind_place(st, 16, &e->place);
    bind_int_opt(st, 22, e->killed_min);
    bind_int_opt(st, 23, e->killed_max);
    bind_int_opt(st, 24, e->killed_mode);
    bind_int_opt(st, 25, e->injured_min);
    bind_int_opt(st, 26, e->injured_max);
    bind_int_opt(st, 27, e->injured_mode);
    sqlite3_bind_int(st, 28, e->num_mentions);
    sqlite3_bind_int(st, 29, e->num_sources);
    sqlite3_bind_int(st, 30, e->num_articles);
    sqlite3_bind_int(st, 31, e->num_copies);
    sqlite3_bind_double(st, 32, e->confidence);
    kbs_sq_bind_opt(st, 33, e->first_doc);
    sqlite3_bind_int(st, 34, e->first_seq);
    kbs_sq_bind_opt(st, 35, e->date_added);
    return step_done(s, st, err, "cannot store an event");
}

static int sq_move_mention(void *impl, const char *doc, int seq, int64_t event_id, kb_err *err)
{
    sq_store *s = impl;
    if (!s->men_move &&
        kbs_sq_prepare(s, "UPDATE mentions SET event_id = ?1 WHERE doc = ?2 AND seq = ?3",
                       &s->men_move, err) != KB_OK)
        return KB_ESTORE;
    sqlite3_bind_int64(s->men_move, 1, event_id);
    sqlite3_bind_text(s->men_move, 2, doc, -1, SQLITE_STATIC);
    sqlite3_bind_int(s->men_move, 3, seq);
    return step_done(s, s->men_move, err, "cannot move a mention");
}

/* ---- queries ------------------------------------------------------------- */
typedef struct sq_ev_q {
    sq_store *s;
    sqlite3_stmt *st;
} sq_ev_q;

static void *prepare_q(sq_store *s, const char *sql, kb_err *err, const char *what)
{
    sq_ev_q *q = calloc(1, sizeof *q);
    if (!q) {
        kb_err_set(err, KB_ENOMEM, "%s: out of memory", s->path);
        return NULL;
    }
    q->s = s;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &q->st, NULL);
    if (rc != SQLITE_OK) {
        kbs_sq_fail(s->path, s->db, rc, err, what);
        free(q);
        return NULL;
    }
    return q;
}

static void sq_q_free(void *impl)
{
    sq_ev_q *q = impl;
    if (!q) return;
    sqlite3_finalize(q->st);
    free(q);
}

/* Step a query: KB_OK on a row, KB_DONE at the end, or an error naming what failed. */
static int next_row(sq_ev_q *q, kb_err *err, const char *what)
{
    int rc = sqlite3_step(q->st);
    if (rc == SQLITE_DONE) return KB_DONE;
    if (rc != SQLITE_ROW) return kbs_sq_fail(q->s->path, q->s->db, rc, err, what);
    return KB_OK;
}

/* A code prefix test that does not trip over LIKE's wildcards. */
#define PREFIX(col, n) " substr(" col ", 1, length(?" #n ")) = ?" #n

static void *sq_events(void *impl, const kb_event_filter *f, kb_err *err)
{
    sq_store *s = impl;
    kbu_buf sql = {0};
    kbu_buf_printf(&sql,
                   "SELECT event_id,date,date_precision,historical,source_code,source_name,"
                   "source_country,target_code,target_name,target_country,code,root,quad,"
                   "goldstein,plover,place_name,place_country,place_adm1,place_lat,place_lon,"
                   "place_precision,killed_min,killed_max,killed_mode,injured_min,injured_max,"
                   "injured_mode,num_mentions,num_sources,num_articles,num_copies,confidence,"
                   "first_doc_id,source_url,article_date,first_outlet,evidence,story,date_added"
                   " FROM event_rows e WHERE 1");
    if (f->from) kbu_buf_printf(&sql, " AND e.date >= ?1");
    if (f->to) kbu_buf_printf(&sql, " AND e.date <= ?2 || '~'");
    if (f->source || f->target) {
        kbu_buf_printf(&sql, " AND ((1");
        if (f->source) kbu_buf_printf(&sql, " AND" PREFIX("e.source_code", 3));
        if (f->target) kbu_buf_printf(&sql, " AND" PREFIX("e.target_code", 4));
        kbu_buf_printf(&sql, ")");
        if (f->either_way) {
            kbu_buf_printf(&sql, " OR (1");
            if (f->source) kbu_buf_printf(&sql, " AND" PREFIX("e.target_code", 3));
            if (f->target) kbu_buf_printf(&sql, " AND" PREFIX("e.source_code", 4));
            kbu_buf_printf(&sql, ")");
        }
        kbu_buf_printf(&sql, ")");
    }
    if (f->root) kbu_buf_printf(&sql, " AND e.root = ?5");
    if (f->quad) kbu_buf_printf(&sql, " AND e.quad = ?6");
    if (f->country)
        kbu_buf_printf(&sql, " AND (e.place_country = ?7 OR (e.place_country IS NULL AND"
                             " (e.source_country = ?7 OR e.target_country = ?7)))");
    if (f->doc)
        kbu_buf_printf(&sql, " AND e.event_id IN (SELECT m.event_id FROM mentions m JOIN articles"
                             " a ON a.key = m.doc WHERE a.id = ?8 OR (length(?8) BETWEEN 4 AND"
                             " 32 AND substr(a.key, 1, length(?8)) = lower(?8)))");
    if (kbu_buf_printf(&sql, " ORDER BY e.date IS NULL, e.date, e.event_id")) {
        kbu_buf_free(&sql);
        kb_err_set(err, KB_ENOMEM, "%s: out of memory", s->path);
        return NULL;
    }
    sq_ev_q *q = prepare_q(s, sql.data, err, "cannot query events");
    kbu_buf_free(&sql);
    if (!q) return NULL;
    if (f->from) sqlite3_bind_text(q->st, 1, f->from, -1, SQLITE_TRANSIENT);
    if (f->to) sqlite3_bind_text(q->st, 2, f->to, -1, SQLITE_TRANSIENT);
    if (f->source) sqlite3_bind_text(q->st, 3, f->source, -1, SQLITE_TRANSIENT);
    if (f->target) sqlite3_bind_text(q->st, 4, f->target, -1, SQLITE_TRANSIENT);
    if (f->root) sqlite3_bind_text(q->st, 5, f->root, -1, SQLITE_TRANSIENT);
    if (f->quad) sqlite3_bind_int(q->st, 6, f->quad);
    if (f->country) sqlite3_bind_text(q->st, 7, f->country, -1, SQLITE_TRANSIENT);
    if (f->doc) sqlite3_bind_text(q->st, 8, f->doc, -1, SQLITE_TRANSIENT);
    return q;
}

static int sq_event_step(void *impl, kb_event_row *row, kb_err *err)
{
    sq_ev_q *q = impl;
    int rc = next_row(q, err, "cannot read events");
    if (rc != KB_OK) return rc;
    sqlite3_stmt *st = q->st;
    memset(row, 0, sizeof *row);
    row->event_id = sqlite3_column_int64(st, 0);
    row->date = kbs_sq_col(st, 1);
    row->date_precision = kbs_sq_col(st, 2);
    row->historical = sqlite3_column_int(st, 3);
    read_actor(st, 4, &row->source);
    read_actor(st, 7, &row->target);
    row->code = kbs_sq_col(st, 10);
    row->root = kbs_sq_col(st, 11);
    row->quad = sqlite3_column_int(st, 12);
    row->goldstein = sqlite3_column_double(st, 13);
    row->plover = kbs_sq_col(st, 14);
    read_place(st, 15, &row->place);
    row->killed_min = col_int(st, 21);
    row->killed_max = col_int(st, 22);
    row->killed_mode = col_int(st, 23);
    row->injured_min = col_int(st, 24);
    row->injured_max = col_int(st, 25);
    row->injured_mode = col_int(st, 26);
    row->num_mentions = sqlite3_column_int(st, 27);
    row->num_sources = sqlite3_column_int(st, 28);
    row->num_articles = sqlite3_column_int(st, 29);
    row->num_copies = sqlite3_column_int(st, 30);
    row->confidence = sqlite3_column_double(st, 31);
    row->first_doc_id = kbs_sq_col(st, 32);
    row->source_url = kbs_sq_col(st, 33);
    row->article_date = kbs_sq_col(st, 34);
    row->first_outlet = kbs_sq_col(st, 35);
    row->evidence = kbs_sq_col(st, 36);
    row->story = kbs_sq_col(st, 37);
    row->date_added = kbs_sq_col(st, 38);
    return KB_OK;
}

static void *sq_mentions(void *impl, int64_t event_id, kb_err *err)
{
    sq_ev_q *q = prepare_q(impl,
                           "SELECT event_id,doc_key,doc_id,outlet,url,article_date,copy_of,seq,"
                           "sentence,sent_start,sent_end,evidence,source_code,source_name,"
                           "source_country,target_code,target_name,target_country,code,date,"
                           "date_precision,place_name,historical,killed,injured,confidence"
                           " FROM event_mentions WHERE event_id = ?1"
                           " ORDER BY article_date IS NULL, article_date, doc_key, seq",
                           err, "cannot query mentions");
    if (q) sqlite3_bind_int64(q->st, 1, event_id);
    return q;
}

static int sq_mention_step(void *impl, kb_mention_row *row, kb_err *err)
{
    sq_ev_q *q = impl;
    int rc = next_row(q, err, "cannot read mentions");
    if (rc != KB_OK) return rc;
    sqlite3_stmt *st = q->st;
    memset(row, 0, sizeof *row);
    row->event_id = sqlite3_column_int64(st, 0);
    row->doc_key = kbs_sq_col(st, 1);
    row->doc_id = kbs_sq_col(st, 2);
    row->outlet = kbs_sq_col(st, 3);
    row->url = kbs_sq_col(st, 4);
    row->article_date = kbs_sq_col(st, 5);
    row->copy_of = kbs_sq_col(st, 6);
    row->seq = sqlite3_column_int(st, 7);
    row->sentence = sqlite3_column_int(st, 8);
    row->start = (uint32_t)sqlite3_column_int64(st, 9);
    row->end = (uint32_t)sqlite3_column_int64(st, 10);
    row->evidence = kbs_sq_col(st, 11);
    read_actor(st, 12, &row->source);
    read_actor(st, 15, &row->target);
    row->code = kbs_sq_col(st, 18);
    row->date = kbs_sq_col(st, 19);
    row->date_precision = kbs_sq_col(st, 20);
    row->place_name = kbs_sq_col(st, 21);
    row->historical = sqlite3_column_int(st, 22);
    row->killed = col_int(st, 23);
    row->injured = col_int(st, 24);
    row->confidence = sqlite3_column_double(st, 25);
    return KB_OK;
}

static int sq_story_events(void *impl, const char *story, int64_t **ids, size_t *n, kb_err *err)
{
    sq_ev_q *q = prepare_q(impl,
                           "SELECT DISTINCT m.event_id FROM article_sigs g"
                           " JOIN mentions m ON m.doc = g.key WHERE g.story = ?1 ORDER BY 1",
                           err, "cannot query a story's events");
    *ids = NULL;
    *n = 0;
    if (!q) return err->code ? err->code : KB_ESTORE;
    sqlite3_bind_text(q->st, 1, story, -1, SQLITE_STATIC);
    size_t cap = 0;
    int rc, r = KB_OK;
    while ((rc = sqlite3_step(q->st)) == SQLITE_ROW) {
        if (*n == cap) {
            cap = cap ? 2 * cap : 16;
            int64_t *p = realloc(*ids, cap * sizeof *p);
            if (!p) {
                r = kb_err_set(err, KB_ENOMEM, "%s: out of memory", q->s->path);
                break;
            }
            *ids = p;
        }
        (*ids)[(*n)++] = sqlite3_column_int64(q->st, 0);
    }
    if (r == KB_OK && rc != SQLITE_DONE)
        r = kbs_sq_fail(q->s->path, q->s->db, rc, err, "cannot read a story's events");
    sq_q_free(q);
    if (r != KB_OK) {
        free(*ids);
        *ids = NULL;
        *n = 0;
    }
    return r;
}

const kbs_event_ops kbs_sqlite_event_ops = {
    .put_mention = sq_put_mention,
    .of_doc = sq_of_doc,
    .of_event = sq_of_event,
    .near = sq_near,
    .put = sq_put_event,
    .events = sq_events,
    .event_step = sq_event_step,
    .event_free = sq_q_free,
    .mentions = sq_mentions,
    .mention_step = sq_mention_step,
    .mention_free = sq_q_free,
    .story_events = sq_story_events,
    .move_mention = sq_move_mention,
};
