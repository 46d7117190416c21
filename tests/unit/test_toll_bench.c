/* test_toll_bench.c -- the toll annotator's cost on the BBC corpus
 * ($KB_SHARED/corpus/bbc-news-2225.jsonl.gz, 2,225 articles, ~5 MB): sentences
 * (kbt_sentences) then kba_tolls + kba_toll_summary on every text. Prints the CPU
 * time (ctest -V); fails only if far off the budget (the whole corpus in well under
 * 0.2 s; 1 s allowed here, 10 s under the sanitizers). Skipped without the corpus. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>
#include "annotate/toll.h"
#include "kb_internal.h"

#if defined(__SANITIZE_ADDRESS__)
#define KB_TB_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KB_TB_SANITIZED 1
#endif
#endif
#ifndef KB_TB_SANITIZED
#define KB_TB_SANITIZED 0
#endif

static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void bbc(void **state)
{
    (void)state;
    const char *shared = getenv("KB_SHARED");
    char path[4096];
    snprintf(path, sizeof path, "%s/corpus/bbc-news-2225.jsonl.gz", shared ? shared : "../shared");
    gzFile f = gzopen(path, "rb");
    if (!f) {
        printf("skip: no %s\n", path);
        skip();
    }
    assert_int_equal(kba_toll_init(NULL), KB_OK);
    size_t cap = 1 << 20;
    char *line = malloc(cap);
    assert_non_null(line);
    kb_arena *a = kb_arena_new(0);
    double t = 0;
    size_t docs = 0, bytes = 0, mentions = 0, with_killed = 0;
    while (gzgets(f, line, (int)cap)) {
        json_t *o = json_loads(line, 0, NULL);
        if (!o) continue;
        const char *text = json_string_value(json_object_get(o, "text"));
        if (text) {
            size_t len = strlen(text);
            kb_arena_reset(a);
            double t0 = cpu_s();
            kb_span *s;
            size_t ns;
            kba_toll *tl;
            size_t n;
            assert_int_equal(kbt_sentences(a, text, len, &s, &ns), KB_OK);
            assert_int_equal(kba_tolls(text, len, s, ns, a, &tl, &n), KB_OK);
            kba_toll_sum sum;
            kba_toll_summary(tl, n, &sum);
            t += cpu_s() - t0;
            docs++;
            bytes += len;
            mentions += n;
            with_killed += sum.killed.value > 0;
        }
        json_decref(o);
    }
    gzclose(f);
    free(line);
    kb_arena_free(a);
    printf("toll bench: %zu docs, %.1f MB, %zu mentions, %zu with killed > 0: %.3f s CPU "
           "(%.0f MB/s)\n", docs, bytes / 1e6, mentions, with_killed, t, bytes / 1e6 / (t > 0 ? t : 1e-9));
    assert_true(docs == 2225);
    assert_true(t < (KB_TB_SANITIZED ? 10.0 : 1.0));
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(bbc)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
