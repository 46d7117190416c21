/* test_jsonl_fast.c -- the JSONL reader's fast path (jsonl.c) against jansson:
 * for hand-picked lines (escapes, surrogates, numbers, literals, nesting,
 * repeated keys, malformed lines, invalid UTF-8) and for thousands of random
 * mutations of them, the reader must give exactly what jansson's reading of
 * the same line gives: the same error or success, type, body, id, url,
 * title and date. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "read/read.h"

typedef struct expect {
    int ok;
    kb_content_type type;
    char *data, *id, *url, *title, *date;
    size_t len;
} expect;

static char *dup_or_null(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? strdup(json_string_value(v)) : NULL;
}

/* What the reader gave before the fast path: jansson on the line (repaired
 * when it is not valid UTF-8). */
static expect by_jansson(const char *line, size_t n)
{
    expect x = {0};
    json_error_t je;
    json_t *j = json_loadb(line, n, JSON_DECODE_ANY, &je);
    if (!j && kbr_utf8_valid((const unsigned char *)line, n) < n) {
        kbu_buf b = {0};
        if (kbr_utf8_repair((const unsigned char *)line, n, &b) == KB_OK)
            j = json_loadb(b.data, b.len, JSON_DECODE_ANY, &je);
        kbu_buf_free(&b);
    }
    if (!j || !json_is_object(j)) goto out;
    json_t *html = json_object_get(j, "html"), *text = json_object_get(j, "text"), *body = NULL;
    if (json_is_string(html) && json_string_length(html) > 0)
        body = html, x.type = KB_CT_HTML;
    else if (json_is_string(text))
        body = text, x.type = KB_CT_TEXT;
    if (!body) goto out;
    x.ok = 1;
    x.len = json_string_length(body);
    x.data = malloc(x.len + 1);
    memcpy(x.data, json_string_value(body), x.len + 1);
    json_t *id = json_object_get(j, "id");
    char tmp[64];
    if (json_is_string(id) && json_string_length(id) > 0)
        x.id = strdup(json_string_value(id));
    else if (json_is_integer(id))
        snprintf(tmp, sizeof tmp, "%" JSON_INTEGER_FORMAT, json_integer_value(id)),
            x.id = strdup(tmp);
    else
        x.id = strdup("t:1");
    x.url = dup_or_null(j, "url");
    x.title = dup_or_null(j, "title");
    x.date = dup_or_null(j, "date");
out:
    json_decref(j);
    return x;
}

static void expect_free(expect *x)
{
    free(x->data), free(x->id), free(x->url), free(x->title), free(x->date);
}

static int same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && !strcmp(a, b));
}

/* 1 if the reader agrees with jansson on line[0..n). */
static int agrees(const char *line, size_t n)
{
    expect x = by_jansson(line, n);
    kbr_reader *r = kbr_reader_open_mem("t.jsonl", line, n, KBR_JSONL);
    kb_raw raw;
    memset(&raw, 0, sizeof raw);
    kb_err err = {0};
    int st = kbr_reader_next(r, &raw, &err);
    int ok;
    if (st == KB_DONE)
        ok = 0; /* a blank line: neither reads a document */
    else
        ok = st == KB_OK;
    int same = ok == x.ok;
    if (same && ok)
        same = raw.type == x.type && raw.len == x.len && !memcmp(raw.data, x.data, x.len) &&
               same_str(raw.id, x.id) && same_str(raw.url, x.url) && same_str(raw.title, x.title) &&
               same_str(raw.date, x.date);
    if (!same)
        fprintf(stderr, "differs from jansson (%s): %.*s\n", ok ? "read" : err.msg, (int)n, line);
    kbr_reader_close(r);
    expect_free(&x);
    return same;
}

static const char *const LINES[] = {
    "{\"id\":\"a\",\"text\":\"hello\"}",
    " { \"id\" : \"a\" , \"title\":\"T\", \"text\" : \"hello\\nworld\" } ",
    "{\"text\":\"esc \\\" \\\\ \\/ \\b \\f \\n \\r \\t end\",\"url\":\"http://x/y\"}",
    "{\"text\":\"\\u00e9t\\u00C9 \\u20ac \\ud83d\\ude00 \\u0041\",\"date\":\"2025-10-12\"}",
    "{\"text\":\"lone high \\ud83d x\"}",
    "{\"text\":\"lone low \\ude00 x\"}",
    "{\"text\":\"nul \\u0000 x\"}",
    "{\"text\":\"bad \\x escape\"}",
    "{\"text\":\"bad hex \\u12G4\"}",
    "{\"text\":\"cut \\u12\"}",
    "{\"id\":42,\"text\":\"x\"}",
    "{\"id\":-7,\"text\":\"x\"}",
    "{\"id\":0,\"text\":\"x\"}",
    "{\"id\":01,\"text\":\"x\"}",
    "{\"id\":1.5,\"text\":\"x\"}",
    "{\"id\":1e3,\"text\":\"x\"}",
    "{\"id\":12345678901234567890123,\"text\":\"x\"}",
    "{\"id\":-,\"text\":\"x\"}",
    "{\"id\":\"\",\"text\":\"x\"}",
    "{\"id\":true,\"a\":false,\"b\":null,\"text\":\"x\"}",
    "{\"id\":nul,\"text\":\"x\"}",
    "{\"id\":truex,\"text\":\"x\"}",
    "{\"a\":[1,{\"b\":2}],\"text\":\"x\"}",
    "{\"a\":{\"text\":\"inner\"},\"text\":\"outer\"}",
    "{\"text\":\"first\",\"text\":\"second\",\"id\":\"1\",\"id\":2}",
    "{\"t\\u0065xt\":\"escaped key\"}",
    "{\"html\":\"\",\"text\":\"t\"}",
    "{\"html\":\"<p>h</p>\",\"text\":\"t\"}",
    "{\"html\":5,\"text\":\"t\"}",
    "{\"title\":\"no body\"}",
    "{\"text\":\"x\"} x",
    "{\"text\":\"x\",}",
    "{\"text\" \"x\"}",
    "{\"text\":\"unterminated}",
    "{\"text\":\"raw\ttab\"}",
    "{\"text\":\"bad \xC3\x28 utf8\",\"id\":\"\xE2\x82\"}",
    "{\"text\":\"overlong \xC0\xAF\"}",
    "{\"text\":\"ok \xC3\xA9 \xF0\x9F\x98\x80\"}",
    "[1,2]",
    "\"str\"",
    "5",
    "{}",
    "{\"text\":\"x\"}}",
    "{\"text\":\"x\" , \"url\" : null , \"title\" : 3 }",
    "{\"text\":\"\"}",
};

static void test_lines(void **state)
{
    (void)state;
    int bad = 0;
    for (size_t i = 0; i < sizeof LINES / sizeof *LINES; i++)
        bad += !agrees(LINES[i], strlen(LINES[i]));
    assert_int_equal(bad, 0);
}

/* Random byte edits (replace, delete, insert) of the lines above. */
static void test_mutations(void **state)
{
    (void)state;
    static const char alphabet[] = "{}[]\":,\\ u0189aefnrtlsx-.eE\x01\xC3\xA9\xED\xA0\x80\xF0";
    uint64_t seed = 12345;
    int bad = 0, n = 0;
    char buf[512];
    for (int round = 0; round < 40; round++)
        for (size_t i = 0; i < sizeof LINES / sizeof *LINES; i++) {
            size_t len = strlen(LINES[i]);
            memcpy(buf, LINES[i], len);
            for (int e = 0; e < 1 + round % 3; e++) {
                seed = seed * 6364136223846793005ull + 1442695040888963407ull;
                size_t pos = (size_t)(seed >> 33) % (len + 1);
                char c = alphabet[(seed >> 20) % (sizeof alphabet - 1)];
                int op = (int)((seed >> 10) % 3);
                if (op == 0 && pos < len)
                    buf[pos] = c;
                else if (op == 1 && pos < len)
                    memmove(buf + pos, buf + pos + 1, len - pos - 1), len--;
                else if (len + 1 < sizeof buf)
                    memmove(buf + pos + 1, buf + pos, len - pos), buf[pos] = c, len++;
            }
            if (memchr(buf, '\n', len)) continue; /* one line at a time */
            bad += !agrees(buf, len);
            n++;
        }
    assert_true(n > 1500);
    assert_int_equal(bad, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lines),
        cmocka_unit_test(test_mutations),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
