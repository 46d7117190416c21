/* test_code_golden.c -- runs the data-driven coder cases of tests/golden/code/ (every .txt)
 * (format in tests/golden/code/cases.txt): each sentence or article must give exactly
 * the listed events (source, target, code, historical flag), in any order. Every case is
 * also coded by a clone reading its tokens byte by byte (kbe_tokens_bytewise), which must
 * give the same events, byte for byte in their JSON: the check of tokenize's 8-byte path. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code/kbe.h"

typedef struct exp_ev {
    char s[32], t[32], c[8];
    int hist, used;
} exp_ev;

static kb_coder *coder, *bytewise;

/* The events of d as JSON lines (the caller frees the string). */
static char *events_json(const kb_doc *d, const kb_event *ev, size_t n)
{
    kbu_buf b = {0};
    for (size_t i = 0; i < n; i++) kbe_event_json(&b, d, &ev[i]);
    char *s = strndup(b.data ? (const char *)b.data : "", b.len);
    kbu_buf_free(&b);
    return s;
}

/* Does the byte-by-byte clone code text as ev[0..n) of d? */
static int same_bytewise(const kb_doc *d, const kb_event *ev, size_t n, const char *date, const char *text,
                         int one_sentence)
{
    kb_doc *d2 = kb_doc_new();
    kb_err err = {0};
    kb_event *ev2 = NULL;
    size_t n2 = 0;
    int rc = kbe_code_text(bytewise, d2, "case", text, strlen(text), date, one_sentence, &ev2, &n2, &err);
    char *a = events_json(d, ev, n), *b = rc == KB_OK ? events_json(d2, ev2, n2) : NULL;
    int ok = b && !strcmp(a, b);
    if (!ok) fprintf(stderr, "tokens differ byte by byte on: %s\n  fast: %s\n  bytes: %s\n", text, a, b ? b : err.msg);
    free(a);
    free(b);
    kb_doc_free(d2);
    return ok;
}

static int run_case(kb_doc *d, const char *file, int line, const char *date, const char *text, int article,
                    exp_ev *ex, int nex)
{
    kb_err err = {0};
    kb_event *ev = NULL;
    size_t n = 0;
    int rc = kbe_code_text(coder, d, "case", text, strlen(text), date, !article, &ev, &n, &err);
    if (rc != KB_OK) {
        fprintf(stderr, "%s:%d: error %s\n", file, line, err.msg);
        return 0;
    }
    if (!same_bytewise(d, ev, n, date, text, !article)) return 0;
    int ok = (int)n == nex;
    for (int i = 0; i < nex; i++) ex[i].used = 0;
    for (size_t i = 0; i < n && ok; i++) {
        const char *s = ev[i].source.code ? ev[i].source.code : "-";
        const char *t = ev[i].target.code ? ev[i].target.code : "-";
        int found = 0;
        for (int j = 0; j < nex; j++)
            if (!ex[j].used && !strcmp(ex[j].s, s) && !strcmp(ex[j].t, t) && !strcmp(ex[j].c, ev[i].code) &&
                ex[j].hist == ev[i].historical) {
                ex[j].used = found = 1;
                break;
            }
        if (!found) ok = 0;
    }
    if (!ok) {
        fprintf(stderr, "%s:%d: %s\n  want:", file, line, text);
        for (int j = 0; j < nex; j++) fprintf(stderr, " %s>%s:%s%s", ex[j].s, ex[j].t, ex[j].c, ex[j].hist ? "(h)" : "");
        fprintf(stderr, "\n  got: ");
        for (size_t i = 0; i < n; i++)
            fprintf(stderr, " %s>%s:%s%s [%s]", ev[i].source.code ? ev[i].source.code : "-",
                    ev[i].target.code ? ev[i].target.code : "-", ev[i].code, ev[i].historical ? "(h)" : "",
                    ev[i].pattern);
        fprintf(stderr, "\n");
    }
    return ok;
}

static int run_file(const char *path, int *ncases)
{
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    kb_doc *d = kb_doc_new();
    char line[4096], text[4096] = "", date[16] = "";
    int have = 0, article = 0, case_line = 0, ln = 0, fails = 0, nex = 0;
    exp_ev ex[32];
    for (;;) {
        char *got = fgets(line, sizeof line, f);
        if (got) {
            ln++;
            line[strcspn(line, "\r\n")] = '\0';
        }
        int starts_case = got && line[0] == '>';
        if ((!got || starts_case || line[0] == '@') && have) {
            (*ncases)++;
            if (!run_case(d, path, case_line, date[0] ? date : NULL, text, article, ex, nex)) fails++;
            have = 0;
        }
        if (!got) break;
        if (line[0] == '@') {
            if (sscanf(line, "@date %15s", date) != 1 || !strcmp(date, "-")) date[0] = '\0';
        } else if (starts_case) {
            article = line[1] == '>';
            snprintf(text, sizeof text, "%s", line + (article ? 3 : 2));
            have = 1;
            nex = 0;
            case_line = ln;
        } else if (line[0] == '=' && have && nex < 32) {
            exp_ev *e = &ex[nex];
            memset(e, 0, sizeof *e);
            e->hist = line[1] == 'h';
            if (sscanf(line + (e->hist ? 2 : 1), "%31s %31s %7s", e->s, e->t, e->c) != 3) {
                fprintf(stderr, "%s:%d: malformed expectation\n", path, ln);
                fails++;
                continue;
            }
            nex++;
        }
    }
    kb_doc_free(d);
    fclose(f);
    return fails;
}

static void golden_cases(void **state)
{
    (void)state;
    const char *src = getenv("KB_SRC");
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/tests/golden/code", src ? src : ".");
    DIR *dp = opendir(dir);
    assert_non_null(dp);
    struct dirent *de;
    int fails = 0, ncases = 0;
    while ((de = readdir(dp))) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".txt")) continue;
        char p[2048];
        snprintf(p, sizeof p, "%s/%s", dir, de->d_name);
        fails += run_file(p, &ncases);
    }
    closedir(dp);
    fprintf(stderr, "coder golden: %d cases, %d failed\n", ncases, fails);
    assert_true(ncases > 20);
    assert_int_equal(fails, 0);
}

/* A clone shares the lexicons and codes the same. */
static void clone_codes_the_same(void **state)
{
    (void)state;
    kb_err err = {0};
    kb_coder *c2 = kb_coder_clone(coder, &err);
    assert_non_null(c2);
    kb_doc *d = kb_doc_new();
    const char *s = "Pakistan and Afghanistan agreed to a ceasefire.";
    kb_event *ev = NULL;
    size_t n = 0;
    assert_int_equal(kbe_code_text(c2, d, "x", s, strlen(s), "2025-10-20", 1, &ev, &n, &err), KB_OK);
    assert_int_equal(n, 2);
    assert_string_equal(ev[0].code, "0871");
    kb_doc_free(d);
    kb_coder_free(c2);
}

static int setup(void **state)
{
    (void)state;
    kb_err err = {0};
    coder = kb_coder_new(getenv("KHABAR_LEXICON"), &err);
    if (!coder) fprintf(stderr, "%s\n", err.msg);
    bytewise = coder ? kb_coder_clone(coder, &err) : NULL;
    if (bytewise) kbe_tokens_bytewise(bytewise, 1);
    return bytewise ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    kb_coder_free(bytewise);
    kb_coder_free(coder);
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(golden_cases), cmocka_unit_test(clone_codes_the_same)};
    return cmocka_run_group_tests(tests, setup, teardown);
}
