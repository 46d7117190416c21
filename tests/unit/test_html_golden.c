/*
 * test_html_golden.c -- golden cases for the HTML cleaner.
 *
 * For every tests/golden/html/NAME.html, runs kbc_html_extract (no declared
 * charset, URL unknown) and compares a rendering of the result, metadata
 * header then main text, with NAME.expected.txt. Set KB_GOLDEN_UPDATE=1 to
 * (re)write the expected files instead, then review the diff.
 * Runs from the source directory (CTest's working directory).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kb_internal.h"

#define GOLDEN_DIR "tests/golden/html"

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    kbu_buf b = {0};
    char tmp[8192];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0) kbu_buf_append(&b, tmp, k);
    fclose(f);
    if (!b.data) kbu_buf_append(&b, "", 0);
    *len = b.len;
    return b.data;
}

static void render(kbu_buf *o, const kbc_page *p)
{
    kbu_buf_printf(o, "title: %s\n", p->title ? p->title : "-");
    kbu_buf_printf(o, "date: %s (%s)\n", p->date ? p->date : "-", p->date_source ? p->date_source : "-");
    kbu_buf_printf(o, "outlet: %s\n", p->outlet ? p->outlet : "-");
    kbu_buf_printf(o, "url: %s\n", p->url ? p->url : "-");
    kbu_buf_printf(o, "lang: %s\n", p->lang ? p->lang : "-");
    kbu_buf_append(o, "\n", 1);
    kbu_buf_append(o, p->text ? p->text : "", p->text ? p->text_len : 0);
    kbu_buf_append(o, "\n", 1);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void golden_cases(void **state)
{
    (void)state;
    DIR *d = opendir(GOLDEN_DIR);
    assert_non_null(d);
    char *names[256];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 256) {
        size_t l = strlen(e->d_name);
        if (l > 5 && !strcmp(e->d_name + l - 5, ".html")) names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_names);
    assert_true(n >= 5);
    int update = getenv("KB_GOLDEN_UPDATE") && *getenv("KB_GOLDEN_UPDATE") == '1';
    int failures = 0;
    for (size_t i = 0; i < n; i++) {
        char path[1024], exp_path[1024];
        snprintf(path, sizeof path, "%s/%s", GOLDEN_DIR, names[i]);
        snprintf(exp_path, sizeof exp_path, "%s/%.*s.expected.txt", GOLDEN_DIR,
                 (int)(strlen(names[i]) - 5), names[i]);
        size_t len = 0;
        char *html = slurp(path, &len);
        assert_non_null(html);
        kb_arena *a = kb_arena_new(0);
        kbc_page page;
        kb_err err = {0};
        assert_int_equal(kbc_html_extract(html, len, NULL, NULL, a, &page, &err), KB_OK);
        kbu_buf got = {0};
        render(&got, &page);
        if (update) {
            FILE *f = fopen(exp_path, "wb");
            assert_non_null(f);
            fwrite(got.data, 1, got.len, f);
            fclose(f);
        } else {
            size_t elen = 0;
            char *exp = slurp(exp_path, &elen);
            if (!exp) {
                fprintf(stderr, "missing %s\n", exp_path);
                failures++;
            } else if (elen != got.len || memcmp(exp, got.data, elen) != 0) {
                fprintf(stderr, "MISMATCH %s\n--- expected\n%s--- got\n%s", names[i], exp, got.data);
                failures++;
            }
            free(exp);
        }
        kbu_buf_free(&got);
        kb_arena_free(a);
        free(html);
        free(names[i]);
    }
    assert_int_equal(failures, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(golden_cases),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
