/* test_lang.c -- the cheap English test that runs before cld2 (lang_en.c):
 * it says English for English news, and never for a text in another language
 * (tests/golden/lang/LANG.txt: 17 languages, Scots among them), nor for an
 * English text with a fifth of its window in another language, nor for short
 * texts or texts in other scripts. Where it says English, cld2 agrees. */
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
#include "clean/lang.h"

static kbc_english EN;

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *b = malloc(1 << 16);
    *n = b ? fread(b, 1, (1 << 16) - 1, f) : 0;
    fclose(f);
    if (b) b[*n] = '\0';
    return b;
}

static char *golden(const char *name, size_t *n)
{
    const char *src = getenv("KB_SRC");
    char p[1024];
    snprintf(p, sizeof p, "%s/tests/golden/lang/%s", src ? src : ".", name);
    char *b = slurp(p, n);
    if (!b) fail_msg("cannot read %s", p);
    return b;
}

static int is_english_sample(const char *name)
{
    return !strncmp(name, "en_", 3);
}

/* English text of at least KBC_LANG_WINDOW bytes: the English samples, repeated. */
static char *english_text(size_t *n)
{
    size_t a, b;
    char *x = golden("en_news.txt", &a), *y = golden("en_sport.txt", &b);
    char *t = malloc(4 * (a + b) + 1);
    size_t o = 0;
    for (int k = 0; k < 4; k++) {
        memcpy(t + o, x, a), o += a;
        memcpy(t + o, y, b), o += b;
    }
    t[o] = '\0';
    *n = o;
    free(x);
    free(y);
    return t;
}

#define MAX_SAMPLES 64
static char *NAME[MAX_SAMPLES], *TEXT[MAX_SAMPLES];
static size_t LEN[MAX_SAMPLES], NS;

/* Every tests/golden/lang/NAME.txt, read once. */
static int load_samples(void **state)
{
    (void)state;
    const char *src = getenv("KB_SRC");
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/tests/golden/lang", src ? src : ".");
    DIR *d = opendir(dir);
    if (!d) return -1;
    struct dirent *de;
    while ((de = readdir(d)) && NS < MAX_SAMPLES) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".txt")) continue;
        NAME[NS] = strdup(de->d_name);
        TEXT[NS] = golden(de->d_name, &LEN[NS]);
        NS++;
    }
    closedir(d);
    return 0;
}

static int free_samples(void **state)
{
    (void)state;
    for (size_t i = 0; i < NS; i++)
        free(NAME[i]), free(TEXT[i]);
    return 0;
}

static void test_samples(void **state)
{
    (void)state;
    int n_en = 0, n_other = 0;
    for (size_t i = 0; i < NS; i++) {
        int en = kbc_lang_surely_english(&EN, TEXT[i], LEN[i]);
        if (is_english_sample(NAME[i])) {
            if (!en) fail_msg("%s: English not recognised", NAME[i]);
            n_en++;
        } else {
            if (en) fail_msg("%s: called English", NAME[i]);
            n_other++;
        }
    }
    assert_int_equal(n_en, 2);
    assert_true(n_other >= 17);
}

/* English, then another language for `share` percent of the window. */
static void test_mixed(void **state)
{
    (void)state;
    size_t en_n;
    char *en = english_text(&en_n);
    char *mix = malloc(3 * KBC_LANG_WINDOW);
    int checked = 0;
    for (size_t i = 0; i < NS; i++) {
        if (is_english_sample(NAME[i])) continue;
        const char *f = TEXT[i];
        size_t fn = LEN[i];
        for (int share = 5; share <= 50; share += 5) {
            size_t eb = KBC_LANG_WINDOW * (size_t)(100 - share) / 100;
            while (eb > 0 && en[eb - 1] != ' ')
                eb--; /* cut between words */
            memcpy(mix, en, eb);
            size_t o = eb;
            while (o < 2 * KBC_LANG_WINDOW) {
                size_t k = fn < 2 * KBC_LANG_WINDOW - o ? fn : 2 * KBC_LANG_WINDOW - o;
                memcpy(mix + o, f, k);
                o += k;
            }
            int sure = kbc_lang_surely_english(&EN, mix, o);
            if (share >= 20 && sure)
                fail_msg("%s: %d%% of it after English called English", NAME[i], share);
            if (sure) { /* where it answers, cld2 answers the same */
                const char *c = kbc_lang_detect(mix, o, NULL);
                if (strcmp(c, "en"))
                    fail_msg("%s at %d%%: English, but cld2 says %s", NAME[i], share, c);
            }
            checked++;
        }
    }
    free(mix);
    free(en);
    assert_true(checked >= 170);
}

static void test_edges(void **state)
{
    (void)state;
    size_t n;
    char *en = english_text(&n);
    /* short texts are left to cld2 */
    assert_int_equal(
        kbc_lang_surely_english(&EN, "The minister said that the plan would work.", 44), 0);
    assert_int_equal(kbc_lang_surely_english(&EN, "", 0), 0);
    assert_int_equal(kbc_lang_surely_english(&EN, en, n), 1);
    /* accented letters beyond 1% of the letters: not sure */
    char *acc = malloc(n + 400);
    size_t o = 0;
    int ne = 0;
    for (size_t i = 0; i < n && o < KBC_LANG_WINDOW; i++) {
        if (en[i] == 'e' && ne++ % 4 == 0)
            acc[o++] = '\xc3', acc[o++] = '\xa9'; /* é: 3% of letters */
        else
            acc[o++] = en[i];
    }
    assert_int_equal(kbc_lang_surely_english(&EN, acc, o), 0);
    /* another script */
    const char *ru = "\xd0\x9f\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8c"
                     "\xd1\x81\xd1\x82\xd0\xb2\xd0\xbe the and which "; /* Правительство */
    o = 0;
    while (o + strlen(ru) < KBC_LANG_WINDOW)
        memcpy(acc + o, ru, strlen(ru)), o += strlen(ru);
    assert_int_equal(kbc_lang_surely_english(&EN, acc, o), 0);
    /* curly quotes, dashes and a BOM are no foreign letters */
    o = 0;
    memcpy(acc, "\xef\xbb\xbf", 3), o = 3;
    for (size_t i = 0; i < n && o < KBC_LANG_WINDOW; i++) {
        if (en[i] == '\'')
            acc[o++] = '\xe2', acc[o++] = '\x80', acc[o++] = '\x99';
        else if (en[i] == ',')
            acc[o++] = ',', acc[o++] = ' ', acc[o++] = '\xe2', acc[o++] = '\x80', acc[o++] = '\x94';
        else
            acc[o++] = en[i];
    }
    assert_int_equal(kbc_lang_surely_english(&EN, acc, o), 1);
    /* a window cut inside a UTF-8 sequence */
    assert_int_equal(kbc_lang_surely_english(&EN, "\xc3", 1), 0);
    free(acc);
    free(en);
}

int main(void)
{
    kbc_english_init(&EN);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_samples),
        cmocka_unit_test(test_mixed),
        cmocka_unit_test(test_edges),
    };
    return cmocka_run_group_tests(tests, load_samples, free_samples);
}
