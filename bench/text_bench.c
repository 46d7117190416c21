/*
 * text_bench.c -- throughput of the text layer: kbt_normalize + paragraphs
 * + sentences + tokens over the "text" fields of a JSONL(.gz) corpus
 * (default: ../shared/corpus/bbc-news-2225.jsonl.gz), one arena per
 * document as kb_clean does. Prints MB/s of input text for each stage and
 * for the whole layer (best of ROUNDS passes), from the thread's CPU time so
 * that other jobs on the machine disturb the figure less.
 *
 * Build (not part of the CMake targets; links the static library):
 *   cc -O2 -Iinclude -Isrc bench/text_bench.c BUILD/libkhabar.a \
 *      $(pkg-config --libs libutf8proc jansson zlib) -lstdc++ -o text_bench
 *   ./text_bench [CORPUS.jsonl.gz] [ROUNDS]
 */
#include "kb_internal.h"
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts); /* CPU time: robust to a busy machine */
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "../shared/corpus/bbc-news-2225.jsonl.gz";
    int rounds = argc > 2 ? atoi(argv[2]) : 5;
    gzFile f = gzopen(path, "rb");
    if (!f) {
        fprintf(stderr, "text_bench: cannot open %s\n", path);
        return 1;
    }
    size_t cap = 4096, n = 0, total = 0;
    char **docs = malloc(cap * sizeof *docs);
    size_t *lens = malloc(cap * sizeof *lens);
    static char line[1 << 22];
    while (gzgets(f, line, sizeof line)) {
        json_error_t je;
        json_t *o = json_loads(line, 0, &je);
        json_t *t = o ? json_object_get(o, "text") : NULL;
        if (json_is_string(t)) {
            if (n == cap) {
                cap *= 2;
                docs = realloc(docs, cap * sizeof *docs);
                lens = realloc(lens, cap * sizeof *lens);
            }
            lens[n] = json_string_length(t);
            docs[n] = malloc(lens[n] + 1);
            memcpy(docs[n], json_string_value(t), lens[n] + 1);
            total += lens[n];
            n++;
        }
        json_decref(o);
    }
    gzclose(f);
    kb_arena *a = kb_arena_new(0);
    double best[5] = {1e9, 1e9, 1e9, 1e9, 1e9};
    size_t nsent = 0, ntok = 0, npara = 0;
    for (int r = 0; r < rounds; r++) {
        double tm[5] = {0};
        nsent = ntok = npara = 0;
        for (size_t i = 0; i < n; i++) {
            kb_arena_reset(a);
            char *o;
            size_t ol, rep;
            kb_span *s;
            size_t ns;
            double t0 = now();
            kbt_normalize(a, docs[i], lens[i], false, &o, &ol, &rep);
            double t1 = now();
            kbt_paragraphs(a, o, ol, &s, &ns);
            npara += ns;
            double t2 = now();
            kbt_sentences(a, o, ol, &s, &ns);
            nsent += ns;
            double t3 = now();
            kbt_tokens(a, o, ol, &s, &ns);
            ntok += ns;
            double t4 = now();
            tm[0] += t1 - t0;
            tm[1] += t2 - t1;
            tm[2] += t3 - t2;
            tm[3] += t4 - t3;
            tm[4] += t4 - t0;
        }
        for (int k = 0; k < 5; k++)
            if (tm[k] < best[k]) best[k] = tm[k];
    }
    double mb = total / 1e6;
    printf("corpus     %s: %zu docs, %.2f MB of text\n", path, n, mb);
    printf("counts     %zu paragraphs, %zu sentences, %zu tokens\n", npara, nsent, ntok);
    const char *names[5] = {"normalize", "paragraphs", "sentences", "tokens", "all"};
    for (int k = 0; k < 5; k++)
        printf("%-10s %8.1f MB/s  (%.1f ms)\n", names[k], mb / best[k], best[k] * 1e3);
    kb_arena_free(a);
    for (size_t i = 0; i < n; i++) free(docs[i]);
    free(docs);
    free(lens);
    return 0;
}
