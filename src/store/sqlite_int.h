/*
 * sqlite_int.h -- what the files of the SQLite backend share: the connection
 * state and the small helpers of sqlite.c (errors, prepared statements,
 * optional bindings). sqlite.c holds the schema, articles, signatures and
 * stories; sqlite_events.c the mentions and events (schema v3).
 */
#ifndef KBS_SQLITE_INT_H
#define KBS_SQLITE_INT_H

#include "store/store.h"
#include <sqlite3.h>
#include <time.h>

typedef struct sq_store {
    sqlite3 *db;
    char *path;
    sqlite3_stmt *ins, *begin, *commit, *rollback;
    sqlite3_stmt *sig_ins, *sig_upd; /* merge: prepared on first use */
    sqlite3_stmt *men_ins, *men_doc, *men_day, *men_story, *men_event; /* events: on first use */
    sqlite3_stmt *ev_del, *ev_move, *ev_ins;
    sqlite3_stmt *men_move; /* one mention to another event (event merge splits) */
    unsigned char *blob;
    size_t blob_cap;
    time_t stamp_t;
    char stamp[24];
} sq_store;

/* Fill err from the connection's last error, naming the database and what failed. */
int kbs_sq_fail(const char *path, sqlite3 *db, int rc, kb_err *err, const char *what);
int kbs_sq_exec(sq_store *s, const char *sql, kb_err *err, const char *what);
/* Prepare a statement kept for the life of the connection. */
int kbs_sq_prepare(sq_store *s, const char *sql, sqlite3_stmt **st, kb_err *err);
/* Bind v, or NULL when v is NULL. */
void kbs_sq_bind_opt(sqlite3_stmt *st, int i, const char *v);
const char *kbs_sq_col(sqlite3_stmt *st, int i);
/* Finalize the statements of sqlite_events.c (on close). */
void kbs_sq_events_finalize(sq_store *s);

#endif
