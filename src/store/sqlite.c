/*
 * sqlite.c -- the SQLite store backend (the default; see store.h).
 *
 * One database file in WAL mode (synchronous=NORMAL, busy_timeout, foreign
 * keys on). The schema is versioned with PRAGMA user_version: `migrations`
 * below is an ordered list of SQL steps, step i takes the schema from
 * version i to i+1, each in its own transaction. docs/STORE.md describes the
 * tables. An article's identity is its key (kb_doc.key): putting it again is
 * a no-op. Writers batch many puts in one kb_store_begin/commit transaction;
 * WAL makes every committed batch survive a crash (SIGKILL) of the process.
 * Statements are prepared once per handle and reused.
 */
#include "store/sqlite_int.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define KBS_APP_ID 1802003058 /* "khbr": PRAGMA application_id of a khabar store */

/* ---- schema ------------------------------------------------------------- */
/* Never edit a step once released: add a new one. Small columns come first
 * in a row so listings do not walk the overflow pages of the text. */
static const char *const migrations[] = {
    /* v1: articles */
    "CREATE TABLE articles ("
    " key TEXT PRIMARY KEY NOT NULL," /* hex of 128-bit hash of cleaned text + URL */
    " id TEXT NOT NULL,"              /* container id (JSONL id, WARC record, file stem) */
    " url TEXT,"
    " title TEXT,"
    " date TEXT," /* YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ */
    " date_source TEXT,"
    " outlet TEXT,"
    " lang TEXT NOT NULL,"
    " dateline TEXT,"
    " n_sents INTEGER NOT NULL,"
    " origin TEXT,"               /* input path and position */
    " ingested_at TEXT NOT NULL," /* UTC, YYYY-MM-DDThh:mm:ssZ */
    " text TEXT NOT NULL,"
    " sentences BLOB" /* n_sents little-endian uint32 (start,end) pairs */
    ");"
    "CREATE INDEX articles_date ON articles(date, id);"
    "CREATE INDEX articles_outlet ON articles(outlet);"
    "CREATE INDEX articles_id ON articles(id);"
    "PRAGMA application_id = 1802003058;",
    /* v2: merge (issue 6) -- signatures, copies and stories of articles */
    "CREATE TABLE article_sigs ("
    " key TEXT PRIMARY KEY NOT NULL REFERENCES articles(key) ON DELETE CASCADE,"
    " day INTEGER,"                /* days since 1970-01-01 of the date, NULL if unknown */
    " content_hash TEXT NOT NULL," /* hash of the lower-cased words: exact copies */
    " sig BLOB NOT NULL,"          /* serialised merge signature (src/merge/merge.h) */
    " copy_of TEXT REFERENCES articles(key)," /* the original, NULL if not a copy */
    " similarity REAL,"            /* copy score against the original */
    " story TEXT NOT NULL"         /* story id: the smallest key among its articles */
    ");"
    "CREATE INDEX article_sigs_content ON article_sigs(content_hash);"
    "CREATE INDEX article_sigs_copy ON article_sigs(copy_of) WHERE copy_of IS NOT NULL;"
    "CREATE INDEX article_sigs_story ON article_sigs(story);"
    "CREATE VIEW copies AS SELECT key, copy_of AS of_key, similarity FROM article_sigs"
    " WHERE copy_of IS NOT NULL;"
    "CREATE VIEW story_articles AS SELECT story AS story_id, key FROM article_sigs;"
    "CREATE VIEW stories AS SELECT s.story AS story_id, min(a.date) AS first_date,"
    " max(a.date) AS last_date, count(*) AS n_articles, count(s.copy_of) AS n_copies"
    " FROM article_sigs s JOIN articles a ON a.key = s.key GROUP BY s.story;",
    /* v3: events (issue 4 section 3, issue 6) -- coded mentions and merged events */
    "CREATE TABLE mentions ("
    " doc TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL,"      /* index among the article's coded events */
    " sentence INTEGER NOT NULL,"
    " sent_start INTEGER NOT NULL, sent_end INTEGER NOT NULL," /* evidence: bytes of text */
    " verb_start INTEGER, verb_end INTEGER,"
    " source_code TEXT, source_name TEXT, source_country TEXT,"
    " target_code TEXT, target_name TEXT, target_country TEXT,"
    " code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER, goldstein REAL, plover TEXT,"
    " date TEXT, date_precision TEXT, date_source TEXT, historical INTEGER NOT NULL,"
    " day_first INTEGER, day_last INTEGER," /* days since 1970 the date covers */
    " place_name TEXT, place_country TEXT, place_adm1 TEXT, place_lat REAL, place_lon REAL,"
    " place_precision TEXT,"
    " killed INTEGER, killed_min INTEGER, killed_max INTEGER,"
    " injured INTEGER, injured_min INTEGER, injured_max INTEGER,"
    " pattern TEXT, confidence REAL,"
    " event_id INTEGER NOT NULL,"
    " PRIMARY KEY (doc, seq)"
    ") WITHOUT ROWID;"
    "CREATE INDEX mentions_event ON mentions(event_id);"
    "CREATE INDEX mentions_root_day ON mentions(root, historical, day_first);"
    "CREATE INDEX article_sigs_story_key ON article_sigs(story, key);" /* a story's members */
    "CREATE TABLE events ("
    " event_id INTEGER PRIMARY KEY," /* hash of the first mention's identity, not a counter */
    " date TEXT, date_precision TEXT, historical INTEGER NOT NULL,"
    " source_code TEXT, source_name TEXT, source_country TEXT,"
    " target_code TEXT, target_name TEXT, target_country TEXT,"
    " code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER, goldstein REAL, plover TEXT,"
    " place_name TEXT, place_country TEXT, place_adm1 TEXT, place_lat REAL, place_lon REAL,"
    " place_precision TEXT,"
    " killed_min INTEGER, killed_max INTEGER, killed_mode INTEGER,"
    " injured_min INTEGER, injured_max INTEGER, injured_mode INTEGER,"
    " num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL,"
    " num_articles INTEGER NOT NULL, num_copies INTEGER NOT NULL,"
    " confidence REAL,"
    " first_doc TEXT REFERENCES articles(key) ON DELETE SET NULL, first_seq INTEGER,"
    " date_added TEXT"
    ");"
    "CREATE INDEX events_date ON events(date);"
    "CREATE INDEX events_source ON events(source_code);"
    "CREATE INDEX events_target ON events(target_code);"
    "CREATE VIEW event_rows AS SELECT e.event_id, e.date, e.date_precision, e.historical,"
    " e.source_code, e.source_name, e.source_country, e.target_code, e.target_name,"
    " e.target_country, e.code, e.root, e.quad, e.goldstein, e.plover, e.place_name,"
    " e.place_country, e.place_adm1, e.place_lat, e.place_lon, e.place_precision,"
    " e.killed_min, e.killed_max, e.killed_mode, e.injured_min, e.injured_max, e.injured_mode,"
    " e.num_mentions, e.num_sources, e.num_articles, e.num_copies, e.confidence,"
    " e.first_doc, e.first_seq, e.date_added,"
    " a.id AS first_doc_id, a.url AS source_url, a.date AS article_date,"
    " a.outlet AS first_outlet, m.sentence AS first_sentence,"
    " CAST(substr(CAST(a.text AS BLOB), m.sent_start + 1, m.sent_end - m.sent_start) AS TEXT)"
    " AS evidence, g.story AS story"
    " FROM events e LEFT JOIN articles a ON a.key = e.first_doc"
    " LEFT JOIN mentions m ON m.doc = e.first_doc AND m.seq = e.first_seq"
    " LEFT JOIN article_sigs g ON g.key = e.first_doc;"
    "CREATE VIEW event_mentions AS SELECT m.event_id, e.date AS event_date,"
    " m.doc AS doc_key, a.id AS doc_id, a.outlet, a.url, a.date AS article_date, a.ingested_at,"
    " length(CAST(a.text AS BLOB)) AS doc_len, g.copy_of,"
    " m.seq, m.sentence, m.sent_start, m.sent_end, m.verb_start, m.verb_end,"
    " CAST(substr(CAST(a.text AS BLOB), m.sent_start + 1, m.sent_end - m.sent_start) AS TEXT)"
    " AS evidence, m.confidence,"
    " m.source_code, m.source_name, m.source_country, m.target_code, m.target_name,"
    " m.target_country, m.code, m.root, m.quad, m.goldstein, m.plover, m.date,"
    " m.date_precision, m.date_source, m.historical, m.place_name, m.place_country,"
    " m.place_adm1, m.place_lat, m.place_lon, m.place_precision, m.killed, m.killed_min,"
    " m.killed_max, m.injured, m.injured_min, m.injured_max, m.pattern"
    " FROM mentions m JOIN articles a ON a.key = m.doc"
    " LEFT JOIN events e ON e.event_id = m.event_id"
    " LEFT JOIN article_sigs g ON g.key = m.doc;",
};
enum { N_MIGRATIONS = sizeof migrations / sizeof *migrations };

#define ART_COLS "key,id,url,title,date,date_source,outlet,lang,dateline,n_sents,origin,ingested_at"


typedef struct sq_query {
    sq_store *s;
    sqlite3_stmt *st;
    int with_text;
    kb_span *spans;
    size_t spans_cap;
} sq_query;

/* Fill err from the connection's last error, naming the database and what failed. */
int kbs_sq_fail(const char *path, sqlite3 *db, int rc, kb_err *err, const char *what)
{
    const char *msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    const char *hint = "";
    switch (rc & 0xff) {
    case SQLITE_FULL:
        hint = " (the disk, or the database's size limit, is full: free space and run again;"
               " batches committed before are kept)";
        break;
    case SQLITE_CORRUPT:
        hint = " (the database file is damaged)";
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        hint = " (another process holds the database; try again)";
        break;
    case SQLITE_READONLY:
        hint = " (no write permission)";
        break;
    case SQLITE_IOERR:
        break; /* the system's reason follows */
    case SQLITE_CANTOPEN:
        hint = " (check the path and permissions)";
        break;
    default:
        break;
    }
    if ((rc & 0xff) == SQLITE_NOTADB)
        return kb_err_set(err, KB_ESTORE, "%s: not an SQLite database, so not a khabar store",
                          path);
    int code = KB_ESTORE;
    if ((rc & 0xff) == SQLITE_NOMEM) code = KB_ENOMEM;
    int sys = db ? sqlite3_system_errno(db) : 0;
    if (sys && ((rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_FULL ||
                (rc & 0xff) == SQLITE_CANTOPEN)) {
        const char *why = strerror(sys);
        if (sys == ENOSPC || sys == EFBIG || sys == EDQUOT)
            hint = " (the disk, a quota or the file size limit is full: free space and run"
                   " again; batches committed before are kept)";
        return kb_err_set(err, code, "%s: %s: %s: %s%s", path, what, msg, why, hint);
    }
    if ((rc & 0xff) == SQLITE_IOERR && db &&
        (sqlite3_extended_errcode(db) == SQLITE_IOERR_WRITE ||
         sqlite3_extended_errcode(db) == SQLITE_IOERR_FSYNC))
        hint = " (a write failed: is the disk full? batches committed before are kept)";
    return kb_err_set(err, code, "%s: %s: %s%s", path, what, msg, hint);
}

int kbs_sq_exec(sq_store *s, const char *sql, kb_err *err, const char *what)
{
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
    if (rc != SQLITE_OK) return kbs_sq_fail(s->path, s->db, rc, err, what);
    return KB_OK;
}

/* One integer from a single-row query (PRAGMA user_version...). */
static int sq_int(sq_store *s, const char *sql, long *out, kb_err *err)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) {
            *out = (long)sqlite3_column_int64(st, 0);
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            *out = 0;
            rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK) {
        int r = kbs_sq_fail(s->path, s->db, rc, err, "cannot read the database");
        sqlite3_finalize(st);
        return r;
    }
    sqlite3_finalize(st);
    return KB_OK;
}

static int sq_migrate(sq_store *s, kb_err *err)
{
    long ver = 0, app = 0, ntables = 0;
    int r;
    /* one snapshot: another process may be creating the schema right now */
    if ((r = kbs_sq_exec(s, "BEGIN", err, "cannot read the database")) != KB_OK) return r;
    if ((r = sq_int(s, "PRAGMA user_version", &ver, err)) != KB_OK ||
        (r = sq_int(s, "PRAGMA application_id", &app, err)) != KB_OK ||
        (r = sq_int(s, "SELECT count(*) FROM sqlite_master", &ntables, err)) != KB_OK)
        goto fail;
    if ((r = kbs_sq_exec(s, "COMMIT", err, "cannot read the database")) != KB_OK) goto fail;
    if (app != 0 && app != KBS_APP_ID)
        return kb_err_set(err, KB_ESTORE,
                          "%s: an SQLite database of another application (application_id %ld),"
                          " not a khabar store",
                          s->path, app);
    if (ver == 0 && ntables > 0)
        return kb_err_set(err, KB_ESTORE,
                          "%s: an SQLite database with other tables, not a khabar store", s->path);
    if (ver > N_MIGRATIONS)
        return kb_err_set(err, KB_ESTORE,
                          "%s: schema version %ld is newer than this khabar knows (%d):"
                          " upgrade khabar",
                          s->path, ver, (int)N_MIGRATIONS);
    while (ver < N_MIGRATIONS) {
        if ((r = kbs_sq_exec(s, "BEGIN IMMEDIATE", err, "cannot start the schema migration")) != KB_OK)
            return r;
        long now = 0;
        if ((r = sq_int(s, "PRAGMA user_version", &now, err)) != KB_OK) goto fail;
        if (now == ver) { /* nobody migrated it meanwhile */
            char what[64], bump[64];
            snprintf(what, sizeof what, "schema migration to version %ld failed", ver + 1);
            if ((r = kbs_sq_exec(s, migrations[ver], err, what)) != KB_OK) goto fail;
            snprintf(bump, sizeof bump, "PRAGMA user_version = %ld", ver + 1);
            if ((r = kbs_sq_exec(s, bump, err, what)) != KB_OK) goto fail;
            now = ver + 1;
        }
        if ((r = kbs_sq_exec(s, "COMMIT", err, "cannot commit the schema migration")) != KB_OK)
            goto fail;
        ver = now;
    }
    return KB_OK;
fail:
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return r;
}

static int sq_accepts(const char *target)
{
    return strstr(target, "://") == NULL;
}

static void sq_close(void *impl)
{
    sq_store *s = impl;
    if (!s) return;
    if (s->db && !sqlite3_get_autocommit(s->db)) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_finalize(s->ins);
    sqlite3_finalize(s->begin);
    sqlite3_finalize(s->commit);
    sqlite3_finalize(s->rollback);
    sqlite3_finalize(s->sig_ins);
    sqlite3_finalize(s->sig_upd);
    kbs_sq_events_finalize(s);
    if (s->db) {
        sqlite3_exec(s->db, "PRAGMA optimize", NULL, NULL, NULL);
        sqlite3_close_v2(s->db);
    }
    free(s->blob);
    free(s->path);
    free(s);
}

int kbs_sq_prepare(sq_store *s, const char *sql, sqlite3_stmt **st, kb_err *err)
{
    int rc = sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL);
    if (rc != SQLITE_OK) return kbs_sq_fail(s->path, s->db, rc, err, "cannot prepare a statement");
    return KB_OK;
}

static void *sq_open(const char *target, int flags, kb_err *err)
{
    sq_store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(target))) {
        free(s);
        kb_err_set(err, KB_ENOMEM, "%s: out of memory", target);
        return NULL;
    }
    struct stat sb;
    if (stat(target, &sb) == 0) {
        if (S_ISDIR(sb.st_mode)) {
            kb_err_set(err, KB_EIO, "%s: is a directory, not a database file", target);
            goto fail;
        }
    } else if (flags & KB_STORE_NOCREATE) {
        kb_err_set(err, KB_ENOTFOUND, "%s: no such store (run khabar ingest first)", target);
        goto fail;
    }
    int oflags = SQLITE_OPEN_READWRITE | ((flags & KB_STORE_NOCREATE) ? 0 : SQLITE_OPEN_CREATE);
    int rc = sqlite3_open_v2(target, &s->db, oflags, NULL);
    if (rc != SQLITE_OK) {
        kbs_sq_fail(target, s->db, rc, err, "cannot open the database");
        goto fail;
    }
    sqlite3_busy_timeout(s->db, 10000);
    long dummy;
    /* the first read notices a file that is not a database */
    if (sq_int(s, "PRAGMA schema_version", &dummy, err) != KB_OK) goto fail;
    /* Switching a new file to WAL needs it alone, and SQLite does not always
     * wait for that with the busy handler: retry while others set it up. */
    for (int tries = 0;; tries++) {
        int jrc = sqlite3_exec(s->db, "PRAGMA journal_mode=WAL", NULL, NULL, NULL);
        if (jrc == SQLITE_OK) break;
        if (((jrc & 0xff) != SQLITE_BUSY && (jrc & 0xff) != SQLITE_LOCKED) || tries >= 500) {
            kbs_sq_fail(s->path, s->db, jrc, err, "cannot switch to WAL mode");
            goto fail;
        }
        sqlite3_sleep(20);
    }
    if (kbs_sq_exec(s, "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA cache_size=-16000",
                err, "cannot set up the connection") != KB_OK)
        goto fail;
    if (sq_migrate(s, err) != KB_OK) goto fail;
    if (kbs_sq_prepare(s,
                   "INSERT INTO articles(" ART_COLS ",text,sentences)"
                   " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)"
                   " ON CONFLICT(key) DO NOTHING",
                   &s->ins, err) != KB_OK ||
        kbs_sq_prepare(s, "BEGIN IMMEDIATE", &s->begin, err) != KB_OK ||
        kbs_sq_prepare(s, "COMMIT", &s->commit, err) != KB_OK ||
        kbs_sq_prepare(s, "ROLLBACK", &s->rollback, err) != KB_OK)
        goto fail;
    return s;
fail:
    sq_close(s);
    return NULL;
}

static int sq_run(sq_store *s, sqlite3_stmt *st, kb_err *err, const char *what)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return kbs_sq_fail(s->path, s->db, rc, err, what);
    return KB_OK;
}

static int sq_begin(void *impl, kb_err *err)
{
    sq_store *s = impl;
    if (!sqlite3_get_autocommit(s->db))
        return kb_err_set(err, KB_EUSAGE, "%s: a transaction is already open", s->path);
    return sq_run(s, s->begin, err, "cannot start a transaction");
}

static int sq_commit(void *impl, kb_err *err)
{
    sq_store *s = impl;
    if (sqlite3_get_autocommit(s->db))
        return kb_err_set(err, KB_ESTORE,
                          "%s: no transaction to commit (it was rolled back after an error)",
                          s->path);
    return sq_run(s, s->commit, err, "cannot commit");
}

static int sq_rollback(void *impl, kb_err *err)
{
    sq_store *s = impl;
    if (sqlite3_get_autocommit(s->db)) return KB_OK; /* nothing open: already rolled back */
    return sq_run(s, s->rollback, err, "cannot roll back");
}

static const char *sq_stamp(sq_store *s)
{
    time_t t = time(NULL);
    if (t != s->stamp_t || !s->stamp[0]) {
        struct tm tm;
        gmtime_r(&t, &tm);
        strftime(s->stamp, sizeof s->stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
        s->stamp_t = t;
    }
    return s->stamp;
}

void kbs_sq_bind_opt(sqlite3_stmt *st, int i, const char *v)
{
    if (v)
        sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(st, i);
}

static int sq_put(void *impl, const kb_doc *d, const char *origin, int *is_new, kb_err *err)
{
    sq_store *s = impl;
    *is_new = 0;
    if (!d->key[0])
        return kb_err_set(err, KB_EUSAGE, "%s: article '%s' has no key (not cleaned?)", s->path,
                          d->id ? d->id : "");
    if (d->n_sents > (SIZE_MAX / 8) || d->text_len > (size_t)INT32_MAX)
        return kb_err_set(err, KB_EUSAGE, "%s: article '%s' is too large to store", s->path,
                          d->id ? d->id : "");
    size_t need = 8 * d->n_sents;
    if (need > s->blob_cap) {
        size_t cap = s->blob_cap ? s->blob_cap : 1024;
        while (cap < need)
            cap *= 2;
        unsigned char *p = realloc(s->blob, cap);
        if (!p) return kb_err_set(err, KB_ENOMEM, "%s: out of memory", s->path);
        s->blob = p;
        s->blob_cap = cap;
    }
    kbs_spans_encode(d->sents, d->n_sents, s->blob);

    sqlite3_stmt *st = s->ins;
    sqlite3_bind_text(st, 1, d->key, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, d->id ? d->id : "", -1, SQLITE_STATIC);
    kbs_sq_bind_opt(st, 3, d->url);
    kbs_sq_bind_opt(st, 4, d->title);
    kbs_sq_bind_opt(st, 5, d->date);
    kbs_sq_bind_opt(st, 6, d->date_source);
    kbs_sq_bind_opt(st, 7, d->outlet);
    sqlite3_bind_text(st, 8, d->lang ? d->lang : "und", -1, SQLITE_STATIC);
    kbs_sq_bind_opt(st, 9, d->dateline);
    sqlite3_bind_int64(st, 10, (sqlite3_int64)d->n_sents);
    kbs_sq_bind_opt(st, 11, origin);
    sqlite3_bind_text(st, 12, sq_stamp(s), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 13, d->text ? d->text : "", d->text ? (int)d->text_len : 0,
                      SQLITE_STATIC);
    sqlite3_bind_blob(st, 14, s->blob, (int)need, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    int changed = (rc == SQLITE_DONE) ? sqlite3_changes(s->db) : 0;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE) {
        char what[160];
        snprintf(what, sizeof what, "cannot store article '%.100s'", d->id ? d->id : "");
        return kbs_sq_fail(s->path, s->db, rc, err, what);
    }
    *is_new = changed > 0;
    return KB_OK;
}

static int is_hex(const char *p)
{
    if (!*p) return 0;
    for (; *p; p++)
        if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f') || (*p >= 'A' && *p <= 'F')))
            return 0;
    return 1;
}

static void *sq_articles(void *impl, const kb_article_filter *f, kb_err *err)
{
    sq_store *s = impl;
    sq_query *q = calloc(1, sizeof *q);
    kbu_buf sql = {0};
    if (!q) goto oom;
    q->s = s;
    q->with_text = !f->meta_only;
    char prefix[33] = "";
    if (f->id && strlen(f->id) >= 4 && strlen(f->id) <= 32 && is_hex(f->id)) {
        for (size_t i = 0; f->id[i]; i++)
            prefix[i] = (char)((f->id[i] >= 'A' && f->id[i] <= 'F') ? f->id[i] + 32 : f->id[i]);
        prefix[strlen(f->id)] = '\0';
    }
    if (kbu_buf_printf(&sql, "SELECT " ART_COLS "%s FROM articles WHERE 1",
                       q->with_text ? ",text,sentences" : ""))
        goto oom;
    if (f->from) kbu_buf_printf(&sql, " AND date >= ?1");
    /* "2025-10-12~" sorts after "2025-10-12" and "2025-10-12T..." */
    if (f->to) kbu_buf_printf(&sql, " AND date <= ?2 || '~'");
    if (f->outlet) kbu_buf_printf(&sql, " AND instr(lower(outlet), lower(?3)) > 0");
    if (f->id && prefix[0])
        kbu_buf_printf(&sql, " AND (id = ?4 OR (key >= ?5 AND key < ?5 || 'g'))");
    else if (f->id)
        kbu_buf_printf(&sql, " AND id = ?4");
    if (kbu_buf_printf(&sql, " ORDER BY date, id, key")) goto oom;
    int rc = sqlite3_prepare_v2(s->db, sql.data, -1, &q->st, NULL);
    if (rc != SQLITE_OK) {
        kbs_sq_fail(s->path, s->db, rc, err, "cannot query articles");
        goto fail;
    }
    if (f->from) sqlite3_bind_text(q->st, 1, f->from, -1, SQLITE_TRANSIENT);
    if (f->to) sqlite3_bind_text(q->st, 2, f->to, -1, SQLITE_TRANSIENT);
    if (f->outlet) sqlite3_bind_text(q->st, 3, f->outlet, -1, SQLITE_TRANSIENT);
    if (f->id) sqlite3_bind_text(q->st, 4, f->id, -1, SQLITE_TRANSIENT);
    if (f->id && prefix[0]) sqlite3_bind_text(q->st, 5, prefix, -1, SQLITE_TRANSIENT);
    kbu_buf_free(&sql);
    return q;
oom:
    kb_err_set(err, KB_ENOMEM, "%s: out of memory", s->path);
fail:
    kbu_buf_free(&sql);
    if (q) sqlite3_finalize(q->st);
    free(q);
    return NULL;
}

const char *kbs_sq_col(sqlite3_stmt *st, int i)
{
    return (const char *)sqlite3_column_text(st, i);
}

static int sq_step(void *impl, kb_article *row, kb_err *err)
{
    sq_query *q = impl;
    int rc = sqlite3_step(q->st);
    if (rc == SQLITE_DONE) return KB_DONE;
    if (rc != SQLITE_ROW) return kbs_sq_fail(q->s->path, q->s->db, rc, err, "cannot read articles");
    memset(row, 0, sizeof *row);
    sqlite3_stmt *st = q->st;
    row->key = kbs_sq_col(st, 0);
    row->id = kbs_sq_col(st, 1);
    row->url = kbs_sq_col(st, 2);
    row->title = kbs_sq_col(st, 3);
    row->date = kbs_sq_col(st, 4);
    row->date_source = kbs_sq_col(st, 5);
    row->outlet = kbs_sq_col(st, 6);
    row->lang = kbs_sq_col(st, 7);
    row->dateline = kbs_sq_col(st, 8);
    row->n_sents = sqlite3_column_int(st, 9);
    row->origin = kbs_sq_col(st, 10);
    row->ingested_at = kbs_sq_col(st, 11);
    if (q->with_text) {
        row->text = kbs_sq_col(st, 12);
        row->text_len = (size_t)sqlite3_column_bytes(st, 12);
        if (!row->text) row->text = "";
        const void *blob = sqlite3_column_blob(st, 13);
        size_t len = (size_t)sqlite3_column_bytes(st, 13);
        size_t n = len / 8;
        if (n > q->spans_cap) {
            kb_span *p = realloc(q->spans, n * sizeof *p);
            if (!p) return kb_err_set(err, KB_ENOMEM, "%s: out of memory", q->s->path);
            q->spans = p;
            q->spans_cap = n;
        }
        row->sents = q->spans;
        row->n_sents = (int)kbs_spans_decode(blob, len, q->spans, n);
    }
    return KB_OK;
}

static void sq_query_free(void *impl)
{
    sq_query *q = impl;
    if (!q) return;
    sqlite3_finalize(q->st);
    free(q->spans);
    free(q);
}

static long sq_count(void *impl)
{
    sq_store *s = impl;
    long n = -1;
    if (sq_int(s, "SELECT count(*) FROM articles", &n, NULL) != KB_OK) return -1;
    return n;
}

static int sq_schema_version(void *impl)
{
    sq_store *s = impl;
    long v = -1;
    if (sq_int(s, "PRAGMA user_version", &v, NULL) != KB_OK) return -1;
    return (int)v;
}

static int sq_exec_api(void *impl, const char *sql, kb_err *err)
{
    return kbs_sq_exec(impl, sql, err, "SQL failed");
}

const kbs_backend kbs_sqlite_backend = {
    .name = "sqlite",
    .accepts = sq_accepts,
    .open = sq_open,
    .close = sq_close,
    .begin = sq_begin,
    .commit = sq_commit,
    .rollback = sq_rollback,
    .put_article = sq_put,
    .articles = sq_articles,
    .query_step = sq_step,
    .query_free = sq_query_free,
    .count_articles = sq_count,
    .schema_version = sq_schema_version,
    .exec = sq_exec_api,
};

/* ---- merge (issue 6): signature rows, copies, stories ------------------- */
/* Labels only (r->sig NULL): the row exists, its copy link or story changed. */
static int sq_sig_relabel(sq_store *s, const kbs_sigrow *r, kb_err *err)
{
    if (!s->sig_upd &&
        kbs_sq_prepare(s, "UPDATE article_sigs SET copy_of=?2, similarity=?3, story=?4 WHERE key=?1",
                   &s->sig_upd, err) != KB_OK)
        return KB_ESTORE;
    sqlite3_stmt *st = s->sig_upd;
    sqlite3_bind_text(st, 1, r->key, -1, SQLITE_STATIC);
    kbs_sq_bind_opt(st, 2, r->copy_of);
    if (r->copy_of)
        sqlite3_bind_double(st, 3, r->similarity);
    else
        sqlite3_bind_null(st, 3);
    sqlite3_bind_text(st, 4, r->story, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE) return kbs_sq_fail(s->path, s->db, rc, err, "cannot update a story");
    return KB_OK;
}

static int sq_sig_put(void *impl, const kbs_sigrow *r, kb_err *err)
{
    sq_store *s = impl;
    if (!r->sig) return sq_sig_relabel(s, r, err);
    if (!s->sig_ins &&
        kbs_sq_prepare(s,
                   "INSERT OR REPLACE INTO article_sigs(key,day,content_hash,sig,copy_of,"
                   "similarity,story) VALUES(?1,?2,?3,?4,?5,?6,?7)",
                   &s->sig_ins, err) != KB_OK)
        return KB_ESTORE;
    sqlite3_stmt *st = s->sig_ins;
    sqlite3_bind_text(st, 1, r->key, -1, SQLITE_STATIC);
    if (r->day == INT32_MIN)
        sqlite3_bind_null(st, 2);
    else
        sqlite3_bind_int64(st, 2, r->day);
    sqlite3_bind_text(st, 3, r->content_hash, -1, SQLITE_STATIC);
    sqlite3_bind_blob(st, 4, r->sig, (int)r->sig_len, SQLITE_STATIC);
    kbs_sq_bind_opt(st, 5, r->copy_of);
    if (r->copy_of)
        sqlite3_bind_double(st, 6, r->similarity);
    else
        sqlite3_bind_null(st, 6);
    sqlite3_bind_text(st, 7, r->story, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE) return kbs_sq_fail(s->path, s->db, rc, err, "cannot store a signature");
    return KB_OK;
}

static int sq_sig_scan(void *impl, int (*cb)(void *ctx, const kbs_sigrow *r), void *ctx,
                       kb_err *err)
{
    sq_store *s = impl;
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(s->db,
                                "SELECT key,day,content_hash,sig,copy_of,similarity,story"
                                " FROM article_sigs ORDER BY key",
                                -1, &st, NULL);
    if (rc != SQLITE_OK) return kbs_sq_fail(s->path, s->db, rc, err, "cannot read signatures");
    int r = KB_OK;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        kbs_sigrow row = {0};
        row.key = kbs_sq_col(st, 0);
        row.day = sqlite3_column_type(st, 1) == SQLITE_NULL ? INT32_MIN
                                                             : (int32_t)sqlite3_column_int64(st, 1);
        row.content_hash = kbs_sq_col(st, 2);
        row.sig = sqlite3_column_blob(st, 3);
        row.sig_len = (size_t)sqlite3_column_bytes(st, 3);
        row.copy_of = kbs_sq_col(st, 4);
        row.similarity = sqlite3_column_double(st, 5);
        row.story = kbs_sq_col(st, 6);
        if (!row.key || !row.story) continue;
        if ((r = cb(ctx, &row)) != KB_OK) break;
    }
    if (r == KB_OK && rc != SQLITE_DONE) r = kbs_sq_fail(s->path, s->db, rc, err, "cannot read signatures");
    sqlite3_finalize(st);
    return r;
}

static int sq_sig_missing(void *impl, int all, int (*cb)(void *ctx, const kb_article *a),
                          void *ctx, kb_err *err)
{
    sq_store *s = impl;
    sqlite3_stmt *st = NULL;
    const char *sql = all ? "SELECT key,id,title,date,text,lang FROM articles ORDER BY key"
                          : "SELECT key,id,title,date,text,lang FROM articles a WHERE NOT EXISTS"
                            " (SELECT 1 FROM article_sigs s WHERE s.key = a.key) ORDER BY key";
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc != SQLITE_OK) return kbs_sq_fail(s->path, s->db, rc, err, "cannot read articles");
    int r = KB_OK;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        kb_article a = {0};
        a.key = kbs_sq_col(st, 0);
        a.id = kbs_sq_col(st, 1);
        a.title = kbs_sq_col(st, 2);
        a.date = kbs_sq_col(st, 3);
        a.text = kbs_sq_col(st, 4);
        a.text_len = (size_t)sqlite3_column_bytes(st, 4);
        a.lang = kbs_sq_col(st, 5); /* the merge signs each language by its own rules */
        if (!a.text) a.text = "";
        if ((r = cb(ctx, &a)) != KB_OK) break; /* an error, or KB_DONE: enough */
    }
    if (r == KB_OK && rc != SQLITE_DONE) r = kbs_sq_fail(s->path, s->db, rc, err, "cannot read articles");
    sqlite3_finalize(st);
    return r;
}

typedef struct sq_story_q {
    sq_store *s;
    sqlite3_stmt *st;
} sq_story_q;

static void *sq_stories(void *impl, const char *from, const char *to, kb_err *err)
{
    sq_store *s = impl;
    sq_story_q *q = calloc(1, sizeof *q);
    kbu_buf sql = {0};
    if (!q) {
        kb_err_set(err, KB_ENOMEM, "%s: out of memory", s->path);
        return NULL;
    }
    q->s = s;
    kbu_buf_printf(&sql,
                   "SELECT g.story, a.key, a.id, a.date, a.outlet, a.title, g.copy_of, o.id,"
                   " g.similarity FROM article_sigs g JOIN articles a ON a.key = g.key"
                   " LEFT JOIN articles o ON o.key = g.copy_of"
                   " JOIN (SELECT x.story AS story, min(coalesce(b.date, '')) AS first"
                   " FROM article_sigs x JOIN articles b ON b.key = x.key GROUP BY x.story");
    if (from || to) {
        kbu_buf_printf(&sql, " HAVING sum(b.date IS NOT NULL");
        if (from) kbu_buf_printf(&sql, " AND b.date >= ?1");
        if (to) kbu_buf_printf(&sql, " AND b.date <= ?2 || '~'");
        kbu_buf_printf(&sql, ") > 0");
    }
    if (kbu_buf_printf(&sql, ") t ON t.story = g.story"
                             " ORDER BY t.first, g.story, a.date, a.id, a.key")) {
        kbu_buf_free(&sql);
        free(q);
        kb_err_set(err, KB_ENOMEM, "%s: out of memory", s->path);
        return NULL;
    }
    int rc = sqlite3_prepare_v2(s->db, sql.data, -1, &q->st, NULL);
    kbu_buf_free(&sql);
    if (rc != SQLITE_OK) {
        kbs_sq_fail(s->path, s->db, rc, err, "cannot query stories");
        free(q);
        return NULL;
    }
    if (from) sqlite3_bind_text(q->st, 1, from, -1, SQLITE_TRANSIENT);
    if (to) sqlite3_bind_text(q->st, 2, to, -1, SQLITE_TRANSIENT);
    return q;
}

static int sq_story_step(void *impl, kb_story_row *row, kb_err *err)
{
    sq_story_q *q = impl;
    int rc = sqlite3_step(q->st);
    if (rc == SQLITE_DONE) return KB_DONE;
    if (rc != SQLITE_ROW) return kbs_sq_fail(q->s->path, q->s->db, rc, err, "cannot read stories");
    sqlite3_stmt *st = q->st;
    memset(row, 0, sizeof *row);
    row->story = kbs_sq_col(st, 0);
    row->key = kbs_sq_col(st, 1);
    row->id = kbs_sq_col(st, 2);
    row->date = kbs_sq_col(st, 3);
    row->outlet = kbs_sq_col(st, 4);
    row->title = kbs_sq_col(st, 5);
    row->of_key = kbs_sq_col(st, 6);
    row->of_id = kbs_sq_col(st, 7);
    row->similarity = sqlite3_column_double(st, 8);
    return KB_OK;
}

static void sq_story_free(void *impl)
{
    sq_story_q *q = impl;
    if (!q) return;
    sqlite3_finalize(q->st);
    free(q);
}

const kbs_merge_ops kbs_sqlite_merge_ops = {
    .sig_put = sq_sig_put,
    .sig_scan = sq_sig_scan,
    .sig_missing = sq_sig_missing,
    .stories = sq_stories,
    .story_step = sq_story_step,
    .story_free = sq_story_free,
};
