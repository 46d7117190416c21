/* test_time_golden.c -- the time annotator against tests/golden/time/cases.jsonl:
 * for each case, kba_times on the text with its DCT must give exactly the expected
 * expressions (span text, type, value, precision), in order. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "annotate/time.h"

static void golden(void **state)
{
    (void)state;
    const char *src = getenv("KB_SRC");
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/golden/time/cases.jsonl", src ? src : ".");
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    char *line = NULL;
    size_t cap = 0;
    int ncase = 0, bad = 0;
    kb_arena *a = kb_arena_new(0);
    while (getline(&line, &cap, f) > 0) {
        json_error_t je;
        json_t *o = json_loads(line, 0, &je);
        assert_non_null(o);
        const char *dct = json_string_value(json_object_get(o, "dct"));
        const char *text = json_string_value(json_object_get(o, "text"));
        json_t *exp = json_object_get(o, "expected");
        assert_non_null(text);
        kba_timex *t;
        size_t n;
        kb_arena_reset(a);
        assert_int_equal(kba_times(text, strlen(text), dct, a, &t, &n), KB_OK);
        ncase++;
        int ok = n == json_array_size(exp);
        for (size_t i = 0; ok && i < n; i++) {
            json_t *e = json_array_get(exp, i);
            const char *et = json_string_value(json_object_get(e, "text"));
            size_t sl = t[i].end - t[i].start;
            ok = strlen(et) == sl && !memcmp(et, text + t[i].start, sl) &&
                 !strcmp(json_string_value(json_object_get(e, "type")), kba_tx_type_name(t[i].type)) &&
                 !strcmp(json_string_value(json_object_get(e, "value")), t[i].value) &&
                 !strcmp(json_string_value(json_object_get(e, "precision")), kba_prec_name(t[i].prec));
        }
        if (!ok) {
            bad++;
            fprintf(stderr, "case %d (%s): %s\n  got:", ncase, dct, text);
            for (size_t i = 0; i < n; i++)
                fprintf(stderr, " [%.*s %s %s]", (int)(t[i].end - t[i].start), text + t[i].start,
                        kba_tx_type_name(t[i].type), t[i].value);
            fprintf(stderr, "\n");
        }
        json_decref(o);
    }
    free(line);
    fclose(f);
    kb_arena_free(a);
    assert_true(ncase >= 30);
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(golden)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
