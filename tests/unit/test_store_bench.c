/* test_store_bench.c -- the store's own cost on a BBC-sized batch: 2,225
 * synthetic articles (~2.4 KB, 20 sentences each) put in transactions of 500,
 * then put again (all "already there"), then listed. Prints the timings
 * (ctest -V); fails only if far off the budget (the whole BBC ingest must
 * take <= 3 s, so the store should stay well under 0.5 s). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "kb_internal.h"

#define N_DOCS 2225
#define BATCH 500

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void fill_doc(kb_doc *d, int i)
{
    kb_doc_reset(d);
    kb_arena *a = d->arena;
    char *text = kb_arena_alloc(a, 4096);
    size_t len = 0;
    d->sents = kb_arena_alloc(a, sizeof(kb_span) * 20);
    for (int k = 0; k < 20; k++) {
        size_t start = len;
        len += (size_t)snprintf(text + len, 4096 - len,
                                "Sentence %d of article %d says what the minister said about the"
                                " budget and trade talks.",
                                k, i);
        d->sents[k] = (kb_span){(uint32_t)start, (uint32_t)len};
        text[len++] = (k % 5 == 4) ? '\n' : ' ';
        if (k % 5 == 4) text[len++] = '\n';
    }
    text[len] = '\0';
    d->text = text;
    d->text_len = len;
    d->n_sents = 20;
    char id[32], date[16]; /* (room for any int, as -Wformat-truncation counts in a Debug build) */
    snprintf(id, sizeof id, "bench-%05d", i);
    snprintf(date, sizeof date, "2005-%02d-%02d", 1 + i % 12, 1 + i % 28);
    d->id = kb_arena_strdup(a, id);
    d->title = "A bench title of a usual length for news";
    d->date = kb_arena_strdup(a, date);
    d->date_source = "container";
    d->outlet = "BBC News";
    d->lang = "en";
    kbu_hash128_hex(text, len, "", 0, d->key);
}

static double put_all(kb_store *s, kb_doc *d, long *n_new)
{
    kb_err err = {0};
    double t0 = now_s();
    *n_new = 0;
    for (int i = 0; i < N_DOCS; i++) {
        if (i % BATCH == 0) assert_int_equal(kb_store_begin(s, &err), KB_OK);
        fill_doc(d, i);
        int is_new = 0;
        assert_int_equal(kb_store_put_article_from(s, d, "bench.jsonl", &is_new, &err), KB_OK);
        *n_new += is_new;
        if (i % BATCH == BATCH - 1 || i == N_DOCS - 1)
            assert_int_equal(kb_store_commit(s, &err), KB_OK);
    }
    return now_s() - t0;
}

static void bench_put_2225(void **state)
{
    (void)state;
    char dir[] = "/tmp/kb-bench-store-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[64];
    snprintf(path, sizeof path, "%s/b.db", dir);
    kb_err err = {0};
    double t0 = now_s();
    kb_store *s = kb_store_open(path, &err);
    assert_non_null(s);
    double t_open = now_s() - t0;
    kb_doc *d = kb_doc_new();

    /* the cost of building the docs alone, to subtract */
    t0 = now_s();
    for (int i = 0; i < N_DOCS; i++)
        fill_doc(d, i);
    double t_fill = now_s() - t0;

    long n_new;
    double t_put = put_all(s, d, &n_new);
    assert_int_equal(n_new, N_DOCS);
    double t_again = put_all(s, d, &n_new);
    assert_int_equal(n_new, 0);

    t0 = now_s();
    kb_article_filter f = {.meta_only = 1};
    kb_query *q = kb_store_articles(s, &f, &err);
    assert_non_null(q);
    kb_article r;
    long n = 0;
    while (kb_query_step(q, &r, &err) == KB_OK)
        n++;
    kb_query_free(q);
    double t_list = now_s() - t0;
    assert_int_equal(n, N_DOCS);
    assert_int_equal(kb_store_count_articles(s), N_DOCS);

    t0 = now_s();
    kb_store_close(s);
    double t_close = now_s() - t0;
    kb_doc_free(d);

    printf("store bench (%d docs, ~2 KB text, 20 sentences each): open %.3f s,"
           " put new %.3f s, put again %.3f s (each includes building the docs, %.3f s),"
           " list %.3f s, close %.3f s\n",
           N_DOCS, t_open, t_put, t_again, t_fill, t_list, t_close);
    assert_true(t_put < 10.0); /* generous: ASan builds and a busy machine */

    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    assert_int_equal(system(cmd), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(bench_put_2225)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
