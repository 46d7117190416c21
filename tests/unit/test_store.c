/* test_store.c -- the SQLite store on temporary databases: schema version and
 * migration, idempotent puts, transactions, filters and order, sentence spans,
 * clear errors for files that are not khabar stores and for a full database. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "kb_internal.h"
#include "store/store.h"

#define TMPDIR_TAG "store"
#include "tmpdir.h"

/* A cleaned-looking doc: text, metadata, sentences and key. */
static kb_doc *make_doc(const char *id, const char *url, const char *date, const char *outlet,
                        const char *text)
{
    kb_doc *d = kb_doc_new();
    kb_arena *a = d->arena;
    d->id = kb_arena_strdup(a, id);
    d->url = kb_arena_strdup(a, url);
    d->title = kb_arena_strdup(a, "A title");
    d->date = kb_arena_strdup(a, date);
    d->date_source = date ? "meta" : NULL;
    d->outlet = kb_arena_strdup(a, outlet);
    d->lang = "en";
    d->text = kb_arena_strdup(a, text);
    d->text_len = strlen(text);
    /* sentences: split at ". " */
    d->sents = kb_arena_alloc(a, sizeof(kb_span) * 16);
    size_t start = 0;
    for (size_t i = 0; i < d->text_len && d->n_sents < 15; i++) {
        if (text[i] == '.' && (i + 1 == d->text_len || text[i + 1] == ' ')) {
            d->sents[d->n_sents++] = (kb_span){(uint32_t)start, (uint32_t)(i + 1)};
            start = i + 2;
        }
    }
    const char *u = url ? url : "";
    kbu_hash128_hex(d->text, d->text_len, u, strlen(u), d->key);
    return d;
}

static kb_store *open_ok(void)
{
    kb_err err = {0};
    kb_store *s = kb_store_open(dbpath, &err);
    if (!s) fprintf(stderr, "open: %s\n", err.msg);
    assert_non_null(s);
    return s;
}

static void fresh_db_has_schema(void **state)
{
    (void)state;
    kb_store *s = open_ok();
    assert_int_equal(kb_store_schema_version(s), 3); /* v3: events (issue 4, 6) */
    assert_int_equal(kb_store_count_articles(s), 0);
    kb_store_close(s);
    /* the file is a WAL-mode khabar database */
    sqlite3 *db;
    assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_string_equal((const char *)sqlite3_column_text(st, 0), "wal");
    sqlite3_finalize(st);
    assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA application_id", -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    assert_int_equal(sqlite3_column_int(st, 0), 1802003058);
    sqlite3_finalize(st);
    sqlite3_close(db);
    /* reopening does not migrate again */
    s = open_ok();
    assert_int_equal(kb_store_schema_version(s), 3); /* v3: events (issue 4, 6) */
    kb_store_close(s);
}

static void migrates_empty_files(void **state)
{
    (void)state;
    /* a zero-byte file */
    FILE *f = fopen(dbpath, "wb");
    assert_non_null(f);
    fclose(f);
    kb_store *s = open_ok();
    assert_int_equal(kb_store_schema_version(s), 3); /* v3: events (issue 4, 6) */
    kb_store_close(s);
    unlink(dbpath);
    /* an SQLite database with nothing in it (user_version 0, no tables) */
    sqlite3 *db;
    assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA page_size=8192; VACUUM", NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    s = open_ok();
    assert_int_equal(kb_store_schema_version(s), 3); /* v3: events (issue 4, 6) */
    kb_doc *d = make_doc("a1", "https://x.org/a1", "2025-01-02", "X", "One. Two.");
    int is_new = -1;
    kb_err err = {0};
    assert_int_equal(kb_store_put_article(s, d, &is_new, &err), KB_OK);
    assert_int_equal(is_new, 1);
    kb_doc_free(d);
    kb_store_close(s);
}

static void put_twice_is_noop(void **state)
{
    (void)state;
    kb_store *s = open_ok();
    kb_err err = {0};
    kb_doc *d = make_doc("n1", "https://example.com/n1", "2025-10-12", "Example News",
                         "Talks resumed in Doha. Both sides attended.");
    int is_new = -1;
    assert_int_equal(kb_store_put_article_from(s, d, "in.jsonl:line 1", &is_new, &err), KB_OK);
    assert_int_equal(is_new, 1);
    assert_int_equal(kb_store_put_article_from(s, d, "in.jsonl:line 1", &is_new, &err), KB_OK);
    assert_int_equal(is_new, 0);
    /* same text and URL, different id: the same article */
    kb_doc *d2 = make_doc("other-id", "https://example.com/n1", "2025-10-12", "Example News",
                          "Talks resumed in Doha. Both sides attended.");
    assert_string_equal(d->key, d2->key);
    assert_int_equal(kb_store_put_article(s, d2, &is_new, &err), KB_OK);
    assert_int_equal(is_new, 0);
    /* same text, another URL: another article */
    kb_doc *d3 = make_doc("n1", "https://example.com/n1?amp", "2025-10-12", "Example News",
                          "Talks resumed in Doha. Both sides attended.");
    assert_int_equal(kb_store_put_article(s, d3, &is_new, &err), KB_OK);
    assert_int_equal(is_new, 1);
    assert_int_equal(kb_store_count_articles(s), 2);
    /* inside a transaction too */
    assert_int_equal(kb_store_begin(s, &err), KB_OK);
    assert_int_equal(kb_store_put_article(s, d, &is_new, &err), KB_OK);
    assert_int_equal(is_new, 0);
    assert_int_equal(kb_store_commit(s, &err), KB_OK);
    kb_store_close(s);

    /* round trip of every field, after reopening */
    s = open_ok();
    kb_article_filter f = {.id = "n1"};
    kb_query *q = kb_store_articles(s, &f, &err);
    assert_non_null(q);
    kb_article r;
    assert_int_equal(kb_query_step(q, &r, &err), KB_OK);
    assert_string_equal(r.key, d->key);
    assert_string_equal(r.id, "n1");
    assert_string_equal(r.url, "https://example.com/n1");
    assert_string_equal(r.title, "A title");
    assert_string_equal(r.date, "2025-10-12");
    assert_string_equal(r.date_source, "meta");
    assert_string_equal(r.outlet, "Example News");
    assert_string_equal(r.lang, "en");
    assert_string_equal(r.origin, "in.jsonl:line 1");
    assert_non_null(r.ingested_at);
    assert_int_equal(strlen(r.ingested_at), 20);
    assert_int_equal(r.text_len, d->text_len);
    assert_memory_equal(r.text, d->text, d->text_len);
    assert_int_equal(r.n_sents, 2);
    assert_int_equal(r.sents[0].start, 0);
    assert_int_equal(r.sents[0].end, 22);
    assert_int_equal(r.sents[1].start, 23);
    assert_int_equal(r.sents[1].end, (uint32_t)d->text_len);
    assert_int_equal(kb_query_step(q, &r, &err), KB_OK); /* d3: same id */
    assert_int_equal(kb_query_step(q, &r, &err), KB_DONE);
    kb_query_free(q);
    kb_store_close(s);
    kb_doc_free(d);
    kb_doc_free(d2);
    kb_doc_free(d3);
}

static void rollback_discards(void **state)
{
    (void)state;
    kb_store *s = open_ok();
    kb_err err = {0};
    kb_doc *d = make_doc("r1", NULL, NULL, NULL, "Rolled back.");
    int is_new;
    assert_int_equal(kb_store_begin(s, &err), KB_OK);
    assert_int_equal(kb_store_begin(s, &err), KB_EUSAGE); /* no nesting */
    assert_int_equal(kb_store_put_article(s, d, &is_new, &err), KB_OK);
    assert_int_equal(is_new, 1);
    assert_int_equal(kb_store_rollback(s, &err), KB_OK);
    assert_int_equal(kb_store_count_articles(s), 0);
    assert_int_equal(kb_store_rollback(s, &err), KB_OK); /* nothing open: fine */
    assert_int_equal(kb_store_commit(s, &err), KB_ESTORE);
    /* a transaction left open at close is rolled back */
    assert_int_equal(kb_store_begin(s, &err), KB_OK);
    assert_int_equal(kb_store_put_article(s, d, &is_new, &err), KB_OK);
    kb_store_close(s);
    s = open_ok();
    assert_int_equal(kb_store_count_articles(s), 0);
    /* a doc without a key is refused */
    kb_doc *e = kb_doc_new();
    assert_int_equal(kb_store_put_article(s, e, &is_new, &err), KB_EUSAGE);
    kb_doc_free(e);
    kb_store_close(s);
    kb_doc_free(d);
}

/* Collect ids of a query into buf, comma-separated. */
static int ids_of(kb_store *s, const kb_article_filter *f, char *buf, size_t cap)
{
    kb_err err = {0};
    kb_query *q = kb_store_articles(s, f, &err);
    if (!q) return -1;
    buf[0] = '\0';
    kb_article r;
    int n = 0, st;
    while ((st = kb_query_step(q, &r, &err)) == KB_OK) {
        if (n++) strncat(buf, ",", cap - strlen(buf) - 1);
        strncat(buf, r.id, cap - strlen(buf) - 1);
        if (f && f->meta_only)
            assert_null(r.text);
        else
            assert_non_null(r.text);
    }
    kb_query_free(q);
    return st == KB_DONE ? n : -1;
}

static void filters_and_order(void **state)
{
    (void)state;
    kb_store *s = open_ok();
    kb_err err = {0};
    static const struct {
        const char *id, *date, *outlet;
    } rows[] = {
        {"c", "2025-10-12", "Dawn"},
        {"a", "2025-10-12T08:30:00Z", "The News"},
        {"b", "2025-10-11", "dawn.com"},
        {"d", NULL, "Geo"},
        {"e", "2025-10-13", "Express Tribune"},
        {"b2", "2025-10-12", NULL},
    };
    char keyof_e[33] = "";
    assert_int_equal(kb_store_begin(s, &err), KB_OK);
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        char text[64], url[64];
        snprintf(text, sizeof text, "Article %s text.", rows[i].id);
        snprintf(url, sizeof url, "https://n.example/%s", rows[i].id);
        kb_doc *d = make_doc(rows[i].id, url, rows[i].date, rows[i].outlet, text);
        if (!strcmp(rows[i].id, "e")) memcpy(keyof_e, d->key, 33);
        int is_new;
        assert_int_equal(kb_store_put_article(s, d, &is_new, &err), KB_OK);
        assert_int_equal(is_new, 1);
        kb_doc_free(d);
    }
    assert_int_equal(kb_store_commit(s, &err), KB_OK);

    char buf[256];
    /* order: date (unknown first), then id */
    assert_int_equal(ids_of(s, NULL, buf, sizeof buf), 6);
    assert_string_equal(buf, "d,b,b2,c,a,e");
    kb_article_filter f = {.from = "2025-10-12", .to = "2025-10-12"};
    assert_int_equal(ids_of(s, &f, buf, sizeof buf), 3);
    assert_string_equal(buf, "b2,c,a"); /* a has a time on the 12th: inside */
    f = (kb_article_filter){.from = "2025-10-12"};
    assert_int_equal(ids_of(s, &f, buf, sizeof buf), 4);
    assert_string_equal(buf, "b2,c,a,e");
    f = (kb_article_filter){.to = "2025-10-11", .meta_only = 1};
    assert_int_equal(ids_of(s, &f, buf, sizeof buf), 1);
    assert_string_equal(buf, "b");
    f = (kb_article_filter){.outlet = "DAWN"};
    assert_int_equal(ids_of(s, &f, buf, sizeof buf), 2);
    assert_string_equal(buf, "b,c");
    f = (kb_article_filter){.outlet = "news", .from = "2025-10-01"};
    assert_int_equal(ids_of(s, &f, buf, sizeof buf), 1);
    assert_string_equal(buf, "a");
    f = (kb_article_filter){.id = "b"};
    assert_int_equal(ids_of(s, &f, buf, sizeof buf), 1);
    assert_string_equal(buf, "b");
    /* key prefix, any case */
    char pfx[9];
    memcpy(pfx, keyof_e, 8);
    pfx[8] = '\0';
    for (int i = 0; i < 8; i++)
        if (pfx[i] >= 'a' && pfx[i] <= 'f') pfx[i] = (char)(pfx[i] - 32);
    f = (kb_article_filter){.id = pfx};
    assert_int_equal(ids_of(s, &f, buf, sizeof buf), 1);
    assert_string_equal(buf, "e");
    f = (kb_article_filter){.id = keyof_e};
    assert_int_equal(ids_of(s, &f, buf, sizeof buf), 1);
    f = (kb_article_filter){.id = "nope"};
    assert_int_equal(ids_of(s, &f, buf, sizeof buf), 0);
    /* a bad date is a usage error */
    f = (kb_article_filter){.from = "12/10/2025"};
    assert_null(kb_store_articles(s, &f, &err));
    assert_int_equal(err.code, KB_EUSAGE);
    assert_non_null(strstr(err.msg, "12/10/2025"));
    kb_store_close(s);
}

static void not_a_database(void **state)
{
    (void)state;
    FILE *f = fopen(dbpath, "wb");
    assert_non_null(f);
    for (int i = 0; i < 200; i++)
        fputs("this is a text file, not a database\n", f);
    fclose(f);
    kb_err err = {0};
    assert_null(kb_store_open(dbpath, &err));
    assert_int_equal(err.code, KB_ESTORE);
    assert_non_null(strstr(err.msg, dbpath));
    assert_non_null(strstr(err.msg, "not a"));
    unlink(dbpath);

    /* an SQLite database of something else */
    sqlite3 *db;
    assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    memset(&err, 0, sizeof err);
    assert_null(kb_store_open(dbpath, &err));
    assert_non_null(strstr(err.msg, "not a khabar store"));
    unlink(dbpath);

    /* a khabar store from the future */
    assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db,
                                  "PRAGMA application_id=1802003058; PRAGMA user_version=999;"
                                  "CREATE TABLE articles(key)",
                                  NULL, NULL, NULL),
                     SQLITE_OK);
    sqlite3_close(db);
    memset(&err, 0, sizeof err);
    assert_null(kb_store_open(dbpath, &err));
    assert_non_null(strstr(err.msg, "newer"));
    unlink(dbpath);

    /* a directory */
    memset(&err, 0, sizeof err);
    assert_null(kb_store_open(tmpdir, &err));
    assert_non_null(strstr(err.msg, "directory"));

    /* readers do not create a store */
    memset(&err, 0, sizeof err);
    assert_null(kb_store_open_ex(dbpath, KB_STORE_NOCREATE, &err));
    assert_int_equal(err.code, KB_ENOTFOUND);
    assert_int_equal(access(dbpath, F_OK), -1);

    /* no backend for a URL-like target yet */
    memset(&err, 0, sizeof err);
    assert_null(kb_store_open("postgres://localhost/khabar", &err));
    assert_int_equal(err.code, KB_EUSAGE);
}

static void env_default_path(void **state)
{
    (void)state;
    setenv("KHABAR_DB", dbpath, 1);
    kb_err err = {0};
    kb_store *s = kb_store_open(NULL, &err);
    assert_non_null(s);
    kb_store_close(s);
    unsetenv("KHABAR_DB");
    assert_int_equal(access(dbpath, F_OK), 0);
}

static void full_database_is_an_error(void **state)
{
    (void)state;
    kb_store *s = open_ok();
    kb_err err = {0};
    /* a size cap stands in for a full disk: both give SQLITE_FULL */
    assert_int_equal(kbs_exec(s, "PRAGMA max_page_count = 60", &err), KB_OK);
    char *text = malloc(20001);
    int rc = KB_OK, committed = 0, stored = 0;
    for (int i = 0; i < 200 && rc == KB_OK; i++) {
        rc = kb_store_begin(s, &err);
        for (int j = 0; j < 5 && rc == KB_OK; j++) {
            memset(text, 'a' + (i + j) % 26, 20000);
            snprintf(text, 40, "doc %d %d.", i, j);
            text[strlen(text)] = ' ';
            text[20000] = '\0';
            char id[32];
            snprintf(id, sizeof id, "big-%d-%d", i, j);
            kb_doc *d = make_doc(id, NULL, "2025-01-01", "X", text);
            int is_new;
            rc = kb_store_put_article(s, d, &is_new, &err);
            if (rc == KB_OK) stored++;
            kb_doc_free(d);
        }
        if (rc == KB_OK) rc = kb_store_commit(s, &err);
        if (rc == KB_OK) committed = stored;
    }
    free(text);
    assert_int_equal(rc, KB_ESTORE);
    assert_non_null(strstr(err.msg, dbpath));
    assert_non_null(strstr(err.msg, "full"));
    assert_int_equal(kb_store_rollback(s, &err), KB_OK);
    assert_true(committed > 0);
    assert_int_equal(kb_store_count_articles(s), committed);
    kb_store_close(s);
    /* still a sound database */
    s = open_ok();
    assert_int_equal(kb_store_count_articles(s), committed);
    kb_store_close(s);
}

/* WAL: a reader sees committed articles only, and is not blocked by a writer. */
static void reader_while_writing(void **state)
{
    (void)state;
    kb_store *w = open_ok();
    kb_store *r = open_ok();
    kb_err err = {0};
    kb_doc *d = make_doc("w1", NULL, "2025-02-03", "X", "Written while read.");
    int is_new;
    assert_int_equal(kb_store_begin(w, &err), KB_OK);
    assert_int_equal(kb_store_put_article(w, d, &is_new, &err), KB_OK);
    assert_int_equal(kb_store_count_articles(r), 0);
    kb_query *q = kb_store_articles(r, NULL, &err);
    assert_non_null(q);
    kb_article a;
    assert_int_equal(kb_query_step(q, &a, &err), KB_DONE);
    kb_query_free(q);
    assert_int_equal(kb_store_commit(w, &err), KB_OK);
    assert_int_equal(kb_store_count_articles(r), 1);
    kb_store_close(r);
    kb_store_close(w);
    kb_doc_free(d);
}

static void span_blob_round_trip(void **state)
{
    (void)state;
    kb_span in[3] = {{0, 5}, {6, 70000}, {70001, 4000000000u}};
    unsigned char blob[24];
    assert_int_equal(kbs_spans_encode(in, 3, blob), 24);
    assert_int_equal(blob[8], 6); /* little-endian */
    kb_span out[3];
    assert_int_equal(kbs_spans_decode(blob, 24, out, 3), 3);
    assert_memory_equal(in, out, sizeof in);
    assert_int_equal(kbs_spans_decode(blob, 23, out, 3), 2); /* a torn blob: whole pairs only */
    assert_int_equal(kbs_spans_decode(blob, 24, out, 1), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(fresh_db_has_schema, setup, teardown),
        cmocka_unit_test_setup_teardown(migrates_empty_files, setup, teardown),
        cmocka_unit_test_setup_teardown(put_twice_is_noop, setup, teardown),
        cmocka_unit_test_setup_teardown(rollback_discards, setup, teardown),
        cmocka_unit_test_setup_teardown(filters_and_order, setup, teardown),
        cmocka_unit_test_setup_teardown(not_a_database, setup, teardown),
        cmocka_unit_test_setup_teardown(env_default_path, setup, teardown),
        cmocka_unit_test_setup_teardown(full_database_is_an_error, setup, teardown),
        cmocka_unit_test_setup_teardown(reader_while_writing, setup, teardown),
        cmocka_unit_test(span_blob_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
