/* test_util.c -- arena, buffer, hashing and JSON escaping. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>
#include "kb_internal.h"

static void arena_alignment_and_growth(void **state)
{
    (void)state;
    kb_arena *a = kb_arena_new(128);
    for (int i = 1; i < 200; i++) {
        char *p = kb_arena_alloc(a, (size_t)i);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % 16, 0);
        memset(p, 'x', (size_t)i); /* ASan catches overruns */
    }
    char *big = kb_arena_alloc(a, 100000); /* larger than a chunk */
    assert_non_null(big);
    memset(big, 0, 100000);
    assert_true(kb_arena_used(a) >= 100000);
    kb_arena_reset(a);
    assert_int_equal(kb_arena_used(a), 0);
    char *s = kb_arena_strndup(a, "hello world", 5);
    assert_string_equal(s, "hello");
    assert_null(kb_arena_strdup(a, NULL));
    kb_arena_free(a);
}

static void buffer_printf_and_append(void **state)
{
    (void)state;
    kbu_buf b = {0};
    for (int i = 0; i < 1000; i++) kbu_buf_printf(&b, "%d,", i);
    assert_int_equal(b.data[b.len], '\0');
    assert_memory_equal(b.data, "0,1,2,", 6);
    char longs[600];
    memset(longs, 'a', sizeof longs - 1);
    longs[sizeof longs - 1] = 0;
    size_t before = b.len;
    kbu_buf_printf(&b, "%s", longs);
    assert_int_equal(b.len, before + 599);
    kbu_buf_clear(&b);
    assert_int_equal(b.len, 0);
    kbu_buf_free(&b);
}

static void hash_separates_fields(void **state)
{
    (void)state;
    char h1[33], h2[33], h3[33];
    kbu_hash128_hex("ab", 2, "c", 1, h1);
    kbu_hash128_hex("a", 1, "bc", 2, h2);
    kbu_hash128_hex("ab", 2, "c", 1, h3);
    assert_string_equal(h1, h3);
    assert_string_not_equal(h1, h2);
    assert_int_equal(strlen(h1), 32);
    assert_true(kbu_hash64("x", 1, 1) != kbu_hash64("x", 1, 2));
}

static void json_escapes(void **state)
{
    (void)state;
    kbu_buf b = {0};
    kbu_json_str(&b, "a\"b\\c\n\x01", 7);
    assert_string_equal(b.data, "\"a\\\"b\\\\c\\n\\u0001\"");
    kbu_buf_clear(&b);
    kbu_json_cstr(&b, NULL);
    assert_string_equal(b.data, "null");
    kbu_buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(arena_alignment_and_growth),
        cmocka_unit_test(buffer_printf_and_append),
        cmocka_unit_test(hash_separates_fields),
        cmocka_unit_test(json_escapes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
