/*
 * html_bench.c -- time the HTML cleaner alone (libxml2 parse + extraction).
 *
 * Loads every page given (plain or .gz) into memory first, then runs
 * kbc_html_extract over all of them ROUNDS times (default 5) with one arena
 * reset per page, and prints CPU ms/page (mean of the best round) and peak RSS.
 * Not built by CMake; compile against the static library:
 *   cc -O2 -Isrc -Iinclude bench/html_bench.c BUILD/libkhabar.a \
 *      $(pkg-config --cflags --libs libxml-2.0 sqlite3 libutf8proc jansson zlib) \
 *      -lstemmer -lcld2 -lstdc++ -lm -o /tmp/html_bench
 *   /tmp/html_bench ../shared/eval/extract/html/*.html.gz
 */
#include "kb_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <zlib.h>

static char *load(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb");
    if (!f) return NULL;
    kbu_buf b = {0};
    char tmp[65536];
    int k;
    while ((k = gzread(f, tmp, sizeof tmp)) > 0) kbu_buf_append(&b, tmp, (size_t)k);
    gzclose(f);
    if (!b.data) kbu_buf_append(&b, "", 0);
    *len = b.len;
    return b.data;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); /* CPU time: robust to a busy machine */
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    int n = argc - 1;
    if (n <= 0) {
        fprintf(stderr, "usage: html_bench PAGE...\n");
        return 2;
    }
    int rounds = getenv("ROUNDS") ? atoi(getenv("ROUNDS")) : 5;
    char **pages = calloc((size_t)n, sizeof *pages);
    size_t *lens = calloc((size_t)n, sizeof *lens);
    size_t total = 0;
    for (int i = 0; i < n; i++) {
        pages[i] = load(argv[i + 1], &lens[i]);
        if (!pages[i]) {
            fprintf(stderr, "cannot read %s\n", argv[i + 1]);
            return 1;
        }
        total += lens[i];
    }
    kb_arena *a = kb_arena_new(0);
    double best = 1e30;
    size_t out_bytes = 0;
    for (int r = 0; r < rounds; r++) {
        double t0 = now();
        out_bytes = 0;
        for (int i = 0; i < n; i++) {
            kbc_page pg;
            kb_err err;
            kb_arena_reset(a);
            if (kbc_html_extract(pages[i], lens[i], NULL, NULL, a, &pg, &err) == KB_OK)
                out_bytes += pg.text_len;
        }
        double dt = now() - t0;
        if (dt < best) best = dt;
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("pages %d, %.1f MB html, %zu bytes text\n", n, (double)total / 1e6, out_bytes);
    printf("best of %d rounds: %.3f ms/page (%.1f MB/s); peak RSS %.1f MB (pages held in memory)\n",
           rounds, best * 1e3 / n, (double)total / 1e6 / best, (double)ru.ru_maxrss / 1024.0);
    kb_arena_free(a);
    for (int i = 0; i < n; i++) free(pages[i]);
    free(pages);
    free(lens);
    return 0;
}
