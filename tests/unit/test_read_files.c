/*
 * test_read_files.c -- READ stage on real files: the shared WARC/WET/JSONL
 * fixtures ($KB_SHARED, skipped when absent), per-record gzip members,
 * directory walking (name order, hidden files, nested directories, a
 * dangling symlink as the unreadable entry) and error continuation.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "read/read.h"

typedef struct tally {
    int ok, err, html, text, unknown;
    char first_id[128], last_id[128], first_url[512], first_date[64], first_cs[32];
    char first_err[512];
    size_t first_len;
    char first_head[64];
    uint64_t first_pos;
    char first_kind[8];
    char ids[32][64];
} tally;

static void run(const char *const *paths, size_t n, tally *t)
{
    memset(t, 0, sizeof *t);
    kb_input *in = kb_input_open(paths, n);
    assert_non_null(in);
    kb_raw r;
    kb_err e;
    int st;
    while ((st = kb_input_next(in, &r, &e)) != KB_DONE) {
        if (st < 0) {
            if (!t->err++) snprintf(t->first_err, sizeof t->first_err, "%s", e.msg);
            continue;
        }
        assert_int_equal(r.data[r.len], '\0');
        if (!t->ok) {
            snprintf(t->first_id, sizeof t->first_id, "%s", r.id);
            snprintf(t->first_url, sizeof t->first_url, "%s", r.url ? r.url : "(null)");
            snprintf(t->first_date, sizeof t->first_date, "%s", r.date ? r.date : "(null)");
            snprintf(t->first_cs, sizeof t->first_cs, "%s", r.charset ? r.charset : "(null)");
            snprintf(t->first_head, sizeof t->first_head, "%.*s", (int)(r.len < 40 ? r.len : 40),
                     r.data);
            snprintf(t->first_kind, sizeof t->first_kind, "%s", r.position_kind);
            t->first_len = r.len;
            t->first_pos = r.position;
        }
        if (t->ok < 32) snprintf(t->ids[t->ok], 64, "%s", r.id);
        snprintf(t->last_id, sizeof t->last_id, "%s", r.id);
        t->ok++;
        if (r.type == KB_CT_HTML)
            t->html++;
        else if (r.type == KB_CT_TEXT)
            t->text++;
        else
            t->unknown++;
    }
    kb_input_close(in);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static const char *shared(const char *rel, char *buf, size_t n)
{
    const char *s = getenv("KB_SHARED");
    if (!s) s = "../shared";
    snprintf(buf, n, "%s/%s", s, rel);
    if (access(buf, R_OK) != 0) return NULL;
    return buf;
}

#define SHARED_OR_SKIP(rel, var)                                                                   \
    char var##_b[1024];                                                                            \
    const char *var = shared(rel, var##_b, sizeof var##_b);                                        \
    if (!var) {                                                                                    \
        skip();                                                                                    \
        return;                                                                                    \
    }

static void test_whirlwind(void **st)
{
    (void)st;
    SHARED_OR_SKIP("eval/warc/whirlwind.warc.gz", p);
    tally t;
    run(&p, 1, &t);
    assert_int_equal(t.err, 0);
    assert_int_equal(t.ok, 1);
    assert_int_equal(t.html, 1);
    assert_string_equal(t.first_id, "2aabeff2-67f5-4608-8466-e87c6296e2b6");
    assert_string_equal(t.first_url, "https://an.wikipedia.org/wiki/Escopete");
    assert_string_equal(t.first_date, "2024-05-18T01:58:10Z");
    assert_string_equal(t.first_cs, "UTF-8");
    assert_string_equal(t.first_kind, "byte");
    assert_int_equal(t.first_len, 72848); /* body already decoded by Common Crawl */
    assert_true(!strncmp(t.first_head, "<!DOCTYPE html>", 15));
}

static void test_whirlwind_wet(void **st)
{
    (void)st;
    SHARED_OR_SKIP("eval/warc/whirlwind.warc.wet.gz", p);
    tally t;
    run(&p, 1, &t);
    assert_int_equal(t.err, 0);
    assert_int_equal(t.ok, 1);
    assert_int_equal(t.text, 1);
    assert_string_equal(t.first_id, "ba729a40-ff84-4085-8d48-0a5b2ee0c42d");
    assert_int_equal(t.first_len, 4456);
    assert_true(!strncmp(t.first_head, "Escopete - Biquipedia", 21));
}

static void test_whirlwind_wat(void **st)
{
    (void)st;
    SHARED_OR_SKIP("eval/warc/whirlwind.warc.wat.gz", p);
    tally t;
    run(&p, 1, &t);
    assert_int_equal(t.err, 0);
    assert_int_equal(t.ok, 0); /* only metadata records */
}

static void test_warcio_gzip_payload(void **st)
{
    (void)st;
    SHARED_OR_SKIP("eval/warc/warcio-example.warc.gz", p);
    tally t;
    run(&p, 1, &t);
    assert_int_equal(t.err, 0);
    assert_int_equal(t.ok, 1); /* the revisit is skipped */
    assert_string_equal(t.first_id, "a9c51e3e-0221-11e7-bf66-0242ac120005");
    assert_string_equal(t.first_url, "http://example.com/");
    assert_int_equal(t.first_len, 1270);
    assert_true(!strncmp(t.first_head, "<!doctype html>", 15));
}

static void test_warcio_chunked(void **st)
{
    (void)st;
    SHARED_OR_SKIP("eval/warc/warcio-example-iana.org-chunked.warc", p);
    tally t;
    run(&p, 1, &t);
    assert_int_equal(t.err, 0);
    assert_int_equal(t.ok, 1);
    assert_string_equal(t.first_url, "http://www.iana.org/");
    assert_string_equal(t.first_cs, "UTF-8");
    assert_true(!strncmp(t.first_head, "<!doctype html>", 15)); /* no chunk-size line */
    assert_int_equal(t.first_len, 7223);
}

static void test_aeb_news(void **st)
{
    (void)st;
    SHARED_OR_SKIP("eval/warc/aeb-dev-news.warc.gz", p);
    tally t;
    double t0 = now();
    run(&p, 1, &t);
    double dt = now() - t0;
    print_message("read aeb-dev-news.warc.gz: %.3f s\n", dt);
    assert_true(dt < 5.0);
    assert_int_equal(t.err, 0);
    assert_int_equal(t.ok, 108);
    assert_int_equal(t.html, 108);
    assert_string_equal(t.first_id, "96741b87-4a96-54f6-8cf5-4af728c05c4f");
    assert_true(!strncmp(t.first_url, "https://www.wsj.com/articles/", 29));
    assert_string_equal(t.first_kind, "byte");
    assert_int_equal(t.first_pos, 485); /* after the warcinfo record */
}

static void test_jsonl_shared(void **st)
{
    (void)st;
    SHARED_OR_SKIP("eval/extract/text-w3m-dev.jsonl.gz", p);
    tally t;
    run(&p, 1, &t);
    assert_int_equal(t.err, 0);
    assert_int_equal(t.ok, 108);
    assert_int_equal(t.text, 108);
    assert_string_equal(t.first_id,
                        "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856");
    assert_string_equal(t.first_kind, "line");
    assert_int_equal(t.first_pos, 1);
}

static void test_bbc(void **st)
{
    (void)st;
    SHARED_OR_SKIP("corpus/bbc-news-2225.jsonl.gz", p);
    tally t;
    double t0 = now();
    run(&p, 1, &t);
    double dt = now() - t0;
    print_message("read bbc-news-2225.jsonl.gz: %.3f s\n", dt);
    assert_true(dt < 5.0); /* ~0.1 s in a release build; generous for ASan */
    assert_int_equal(t.err, 0);
    assert_int_equal(t.ok, 2225);
    assert_string_equal(t.first_id, "bbc-business-001");
    assert_true(!strncmp(t.first_head, "Quarterly profits at US media giant", 35));
}

static void test_seeds_dir(void **st)
{
    (void)st;
    SHARED_OR_SKIP("seeds", p);
    tally t;
    run(&p, 1, &t);
    assert_int_equal(t.err, 0);
    assert_true(t.ok >= 5);
    assert_int_equal(t.unknown, t.ok);
    assert_string_equal(t.first_id, "000_88672b9af954b798");
    for (int i = 1; i < t.ok && i < 32; i++)
        assert_true(strcmp(t.ids[i - 1], t.ids[i]) < 0);
}

/* ---- temp directories ---------------------------------------------------- */

static char tmpdir[256];

static void put(const char *rel, const void *p, size_t n)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, rel);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(p, 1, n, f), n);
    fclose(f);
}

static void sub(const char *rel)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, rel);
    assert_int_equal(mkdir(path, 0755), 0);
}

static void rmrf(const char *d)
{
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", d);
    assert_int_equal(system(cmd), 0);
}

static void test_directory(void **st)
{
    (void)st;
    const char *t0 = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/kbreadXXXXXX", t0 && *t0 ? t0 : "/tmp");
    assert_non_null(mkdtemp(tmpdir));
    put("b.txt", "bee text\n", 9);
    put("a.txt", "ay text\n", 8);
    put(".hidden.txt", "hidden\n", 7);
    sub("c");
    put("c/z.jsonl", "{\"id\":\"z1\",\"text\":\"zed\"}\n{\"id\":\"z2\",\"text\":\"zed2\"}\n", 50);
    sub("c/.git");
    put("c/.git/x.txt", "nope\n", 5);
    put("d.txt", "", 0);
    char link[512];
    snprintf(link, sizeof link, "%s/c/broken.txt", tmpdir);
    assert_int_equal(symlink("/nonexistent/kb-read-test", link), 0);
    put("e.txt", "last\n", 5);

    const char *paths[] = {tmpdir, "/nonexistent/kb-missing.txt", tmpdir};
    tally t;
    run(paths, 1, &t);
    /* a.txt b.txt c/broken.txt(err) c/z.jsonl(2) d.txt(err) e.txt */
    assert_int_equal(t.ok, 5);
    assert_int_equal(t.err, 2);
    assert_string_equal(t.ids[0], "a");
    assert_string_equal(t.ids[1], "b");
    assert_string_equal(t.ids[2], "z1");
    assert_string_equal(t.ids[3], "z2");
    assert_string_equal(t.ids[4], "e");
    char want[600];
    snprintf(want, sizeof want, "%s/c/broken.txt: cannot open: No such file or directory", tmpdir);
    assert_string_equal(t.first_err, want);

    run(paths, 3, &t);
    assert_int_equal(t.ok, 10);
    assert_int_equal(t.err, 5);

    rmrf(tmpdir);
}

static void test_symlink_loop(void **st)
{
    (void)st;
    const char *t0 = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/kbreadXXXXXX", t0 && *t0 ? t0 : "/tmp");
    assert_non_null(mkdtemp(tmpdir));
    put("a.txt", "ay text\n", 8);
    char link[512];
    snprintf(link, sizeof link, "%s/loop", tmpdir);
    assert_int_equal(symlink(".", link), 0);
    const char *paths[] = {tmpdir};
    tally t;
    run(paths, 1, &t);
    assert_int_equal(t.ok, 1);
    assert_int_equal(t.err, 0);
    rmrf(tmpdir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_whirlwind),      cmocka_unit_test(test_whirlwind_wet),
        cmocka_unit_test(test_whirlwind_wat),  cmocka_unit_test(test_warcio_gzip_payload),
        cmocka_unit_test(test_warcio_chunked), cmocka_unit_test(test_aeb_news),
        cmocka_unit_test(test_jsonl_shared),   cmocka_unit_test(test_bbc),
        cmocka_unit_test(test_seeds_dir),      cmocka_unit_test(test_directory),
        cmocka_unit_test(test_symlink_loop),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
