/*
 * test_text_golden.c -- golden tests of the sentence splitter.
 *
 * For every tests/golden/sentences/NAME.txt: kbt_normalize (keep_lines when
 * NAME starts with "lines_"), then kbt_sentences; the sentences, one a line,
 * must equal NAME.expected (newlines inside a sentence printed as spaces). All mismatches are printed before failing.
 * Set KB_GOLDEN_UPDATE=1 to print the actual output instead of comparing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "kb_internal.h"
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    kbu_buf b = {0};
    char tmp[4096];
    size_t r;
    while ((r = fread(tmp, 1, sizeof tmp, f)) > 0) kbu_buf_append(&b, tmp, r);
    fclose(f);
    kbu_buf_putc(&b, 0);
    *n = b.len - 1;
    return b.data;
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_golden_sentences(void **state)
{
    (void)state;
    const char *src = getenv("KB_SRC");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/tests/golden/sentences", src ? src : ".");
    DIR *d = opendir(dir);
    assert_non_null(d);
    char *names[1024];
    size_t nn = 0;
    struct dirent *e;
    while ((e = readdir(d)) && nn < 1024) {
        size_t l = strlen(e->d_name);
        if (l > 4 && !strcmp(e->d_name + l - 4, ".txt")) names[nn++] = strndup(e->d_name, l - 4);
    }
    closedir(d);
    qsort(names, nn, sizeof *names, cmp_name);
    int failures = 0;
    for (size_t k = 0; k < nn; k++) {
        char p[8192];
        size_t in_len = 0, exp_len = 0;
        snprintf(p, sizeof p, "%s/%s.txt", dir, names[k]);
        char *in = slurp(p, &in_len);
        snprintf(p, sizeof p, "%s/%s.expected", dir, names[k]);
        char *exp = slurp(p, &exp_len);
        assert_non_null(in);
        kb_arena *a = kb_arena_new(0);
        char *t;
        size_t tl, rep;
        assert_int_equal(kbt_normalize(a, in, in_len, !strncmp(names[k], "lines_", 6), &t, &tl, &rep),
                         KB_OK);
        kb_span *s;
        size_t ns;
        assert_int_equal(kbt_sentences(a, t, tl, &s, &ns), KB_OK);
        kbu_buf got = {0};
        for (size_t i = 0; i < ns; i++) {
            for (uint32_t j = s[i].start; j < s[i].end; j++) /* a line a sentence */
                kbu_buf_putc(&got, t[j] == '\n' ? ' ' : t[j]);
            kbu_buf_putc(&got, '\n');
        }
        kbu_buf_putc(&got, 0);
        got.len--;
        if (getenv("KB_GOLDEN_UPDATE")) {
            printf("=== %s\n%s", names[k], got.data);
        } else if (!exp) {
            printf("MISSING %s.expected\n", names[k]);
            failures++;
        } else {
            while (exp_len && exp[exp_len - 1] == '\n') exp_len--;
            size_t gl = got.len;
            while (gl && got.data[gl - 1] == '\n') gl--;
            if (gl != exp_len || memcmp(got.data, exp, gl)) {
                printf("FAIL %s\n--- expected\n%.*s\n--- got\n%.*s\n", names[k], (int)exp_len, exp,
                       (int)gl, got.data);
                failures++;
            }
        }
        kbu_buf_free(&got);
        kb_arena_free(a);
        free(in);
        free(exp);
        free(names[k]);
    }
    printf("golden sentences: %zu cases, %d failures\n", nn, failures);
    assert_true(nn >= 60);
    assert_int_equal(failures, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_golden_sentences)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
