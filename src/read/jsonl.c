/*
 * jsonl.c -- JSON Lines reader: one article a line, parsed with jansson.
 *
 * Fields used: id, url, title, date, text, html (others ignored). html
 * present -> KB_CT_HTML with data = html; else text -> KB_CT_TEXT. A line
 * that is not a JSON object or has neither text nor html is reported
 * ("FILE: line N: ...") and the next call goes on with the next line.
 * Blank lines are skipped. A line longer than KBR_MAX_DOC is skipped
 * without being buffered. Invalid UTF-8 inside a line is repaired (U+FFFD)
 * before parsing, since that is the cleaner's business, not an error.
 */
#include "read/read.h"
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static int is_blank(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\t' && p[i] != '\r' && p[i] != '\n') return 0;
    return 1;
}

/* first line of p (window) parses as a JSON object? */
int kbr_jsonl_looks(const unsigned char *p, size_t n, int name_says_jsonl)
{
    size_t i = 0;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) i = 3;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n'))
        i++;
    if (i >= n || p[i] != '{') return 0;
    if (name_says_jsonl) return 1;
    const unsigned char *e = memchr(p + i, '\n', n - i);
    if (!e) {
        if (n >= (256 << 10)) return 1; /* a very long first line starting with '{' */
        e = p + n;                      /* a one-line file without a final newline */
    }
    json_error_t je;
    json_t *j = json_loadb((const char *)p + i, (size_t)(e - p) - i, JSON_DECODE_ANY, &je);
    if (!j) {
        /* invalid UTF-8 does not make it non-JSON */
        kbu_buf tmp = {0};
        if (kbr_utf8_repair(p + i, (size_t)(e - p) - i, &tmp) == KB_OK)
            j = json_loadb(tmp.data, tmp.len, JSON_DECODE_ANY, &je);
        kbu_buf_free(&tmp);
    }
    int ok = j && json_is_object(j);
    json_decref(j);
    return ok;
}

static const char *field_str(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (json_is_string(v)) return json_string_value(v);
    return NULL;
}

int kbr_jsonl_next(kbr_reader *r, kb_raw *raw, kb_err *err)
{
    for (;;) {
        if (r->buf.cap > ((size_t)8 << 20))
            kbu_buf_free(&r->buf), memset(&r->buf, 0, sizeof r->buf);
        kbu_buf_clear(&r->buf);
        int nl = 0;
        int st = kbr_src_line(&r->src, &r->buf, KBR_MAX_DOC, &nl);
        if (st == KBR_LINE_EOF) return kbr_src_error(r, err);
        r->line++;
        if (!nl && r->src.err) return kbr_src_error(r, err); /* cut by a stream error */
        if (st == KBR_LINE_LONG)
            return kb_err_set(err, KB_EFORMAT, "%s: line %llu: line longer than %s, skipped",
                              r->origin, (unsigned long long)r->line, KBR_MAX_DOC_TEXT);
        const char *p = r->buf.data;
        size_t n = r->buf.len;
        if (r->line == 1 && n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) p += 3, n -= 3;
        while (n && (p[n - 1] == '\n' || p[n - 1] == '\r'))
            n--;
        if (is_blank(p, n)) continue;
        json_error_t je;
        json_t *j = json_loadb(p, n, JSON_DECODE_ANY, &je);
        if (!j && kbr_utf8_valid((const unsigned char *)p, n) < n) {
            kbu_buf_clear(&r->buf2);
            if (kbr_utf8_repair((const unsigned char *)p, n, &r->buf2) == KB_OK)
                j = json_loadb(r->buf2.data, r->buf2.len, JSON_DECODE_ANY, &je);
        }
        if (!j)
            return kb_err_set(err, KB_EFORMAT, "%s: line %llu: invalid JSON: %s (column %d)",
                              r->origin, (unsigned long long)r->line, je.text, je.column);
        r->json = j;
        if (!json_is_object(j))
            return kb_err_set(err, KB_EFORMAT, "%s: line %llu: not a JSON object", r->origin,
                              (unsigned long long)r->line);
        json_t *html = json_object_get(j, "html");
        json_t *text = json_object_get(j, "text");
        json_t *body = NULL;
        if (json_is_string(html) && json_string_length(html) > 0) {
            body = html;
            raw->type = KB_CT_HTML;
        } else if (json_is_string(text)) {
            body = text;
            raw->type = KB_CT_TEXT;
        }
        if (!body)
            return kb_err_set(err, KB_EFORMAT, "%s: line %llu: no \"text\" or \"html\" string",
                              r->origin, (unsigned long long)r->line);
        raw->data = json_string_value(body);
        raw->len = json_string_length(body);
        json_t *id = json_object_get(j, "id");
        char tmp[300];
        if (json_is_string(id) && json_string_length(id) > 0) {
            raw->id = json_string_value(id);
        } else {
            if (json_is_integer(id))
                snprintf(tmp, sizeof tmp, "%" JSON_INTEGER_FORMAT, json_integer_value(id));
            else
                snprintf(tmp, sizeof tmp, "%s:%llu", r->stem, (unsigned long long)r->line);
            raw->id = kb_arena_strdup(r->arena, tmp);
            if (!raw->id) return kb_err_set(err, KB_ENOMEM, "%s: out of memory", r->origin);
        }
        raw->url = field_str(j, "url");
        raw->title = field_str(j, "title");
        raw->date = field_str(j, "date");
        raw->position = r->line;
        raw->position_kind = "line";
        return KB_OK;
    }
}
