/*
 * cmd_articles.c -- the store's read side: `khabar articles` lists stored
 * articles (filters by date range, outlet, id; ordered by date then id) and
 * `khabar show` prints one article (by id or key prefix) with its text.
 * Both read through kb_store_articles' pull-style query.
 */
#include "cli.h"
#include "kb_internal.h"
#include <stdlib.h>
#include <string.h>

static const char articles_usage[] =
    "usage: khabar articles [--db FILE] [--from DATE] [--to DATE] [--outlet NAME]\n"
    "                       [--format text|jsonl] [--limit N]\n"
    "\n"
    "List stored articles, ordered by date (unknown dates first), then id.\n"
    "  --db FILE          the store (default: $KHABAR_DB, else ./khabar.db)\n"
    "  --from, --to DATE  inclusive bounds, YYYY-MM-DD\n"
    "  --outlet NAME      outlets containing NAME (any case)\n"
    "  --format text      aligned columns: date, id, outlet, lang, title (default)\n"
    "  --format jsonl     one metadata object a line (no text)\n"
    "  --limit N          at most N articles\n";

static const char show_usage[] =
    "usage: khabar show [--db FILE] [--format text|jsonl] ID\n"
    "\n"
    "Print one stored article: metadata, then its text.\n"
    "  ID              the article's id, or a prefix of its key (4+ hex digits)\n"
    "  --db FILE       the store (default: $KHABAR_DB, else ./khabar.db)\n"
    "  --format text   metadata lines, a blank line, the text (default)\n"
    "  --format jsonl  one object with the text and \"sentences\": [[start,end],...]\n"
    "                  (byte offsets into the text)\n";

/* Print s in exactly width columns (one column per code point; control
 * characters shown as spaces); an ellipsis marks a cut. */
static void put_cell(kbu_buf *b, const char *s, int width, int pad)
{
    if (!s || !*s) s = "-";
    int cols = 0;
    const unsigned char *p = (const unsigned char *)s;
    /* count code points first to know whether it fits */
    int total = 0;
    for (const unsigned char *q = p; *q; q++)
        if ((*q & 0xC0) != 0x80) total++;
    int limit = total > width ? width - 1 : width;
    while (*p && cols < limit) {
        size_t n = 1;
        if (*p >= 0xF0)
            n = 4;
        else if (*p >= 0xE0)
            n = 3;
        else if (*p >= 0xC0)
            n = 2;
        size_t k = 1;
        while (k < n && p[k] && (p[k] & 0xC0) == 0x80)
            k++;
        if (*p < 0x20 || *p == 0x7F)
            kbu_buf_putc(b, ' ');
        else
            kbu_buf_append(b, p, k);
        p += k;
        cols++;
    }
    if (total > width) {
        kbu_buf_append(b, "\xE2\x80\xA6", 3); /* U+2026 */
        cols++;
    }
    if (pad)
        for (; cols < width; cols++)
            kbu_buf_putc(b, ' ');
}

static void json_meta(kbu_buf *b, const kb_article *r)
{
    kbu_buf_append(b, "{\"key\":", 7);
    kbu_json_cstr(b, r->key);
    kbu_buf_append(b, ",\"id\":", 6);
    kbu_json_cstr(b, r->id);
    kbu_buf_append(b, ",\"url\":", 7);
    kbu_json_cstr(b, r->url);
    kbu_buf_append(b, ",\"title\":", 9);
    kbu_json_cstr(b, r->title);
    kbu_buf_append(b, ",\"date\":", 8);
    kbu_json_cstr(b, r->date);
    kbu_buf_append(b, ",\"date_source\":", 15);
    kbu_json_cstr(b, r->date_source);
    kbu_buf_append(b, ",\"outlet\":", 10);
    kbu_json_cstr(b, r->outlet);
    kbu_buf_append(b, ",\"lang\":", 8);
    kbu_json_cstr(b, r->lang);
    kbu_buf_append(b, ",\"dateline\":", 12);
    kbu_json_cstr(b, r->dateline);
    kbu_buf_printf(b, ",\"n_sents\":%d", r->n_sents);
    kbu_buf_append(b, ",\"origin\":", 10);
    kbu_json_cstr(b, r->origin);
    kbu_buf_append(b, ",\"ingested_at\":", 15);
    kbu_json_cstr(b, r->ingested_at);
}

/* Open an existing store; prints the error. */
static kb_store *open_store(const char *cmd, const char *db)
{
    kb_err err = {0};
    if (db && !*db) {
        cli_error("%s: --db needs a file name", cmd);
        return NULL;
    }
    kb_store *s = kb_store_open_ex(db, KB_STORE_NOCREATE, &err);
    if (!s) cli_error("%s", err.msg);
    return s;
}

static int check_format(const char *cmd, const char *format)
{
    if (strcmp(format, "text") && strcmp(format, "jsonl")) {
        cli_error("%s: unknown format '%s' (text or jsonl)", cmd, format);
        return CLI_USAGE;
    }
    return CLI_OK;
}

static int valid_ymd(const char *s)
{
    if (strlen(s) != 10) return 0;
    for (int i = 0; i < 10; i++)
        if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9')) return 0;
    return 1;
}

int cmd_articles(int argc, char **argv)
{
    const char *db = NULL, *from = NULL, *to = NULL, *outlet = NULL, *format = "text",
               *limit_s = NULL;
    cli_opt opts[] = {{"db", 0, 1, &db, NULL},           {"from", 0, 1, &from, NULL},
                      {"to", 0, 1, &to, NULL},           {"outlet", 0, 1, &outlet, NULL},
                      {"format", 'f', 1, &format, NULL}, {"limit", 'n', 1, &limit_s, NULL},
                      {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    int npos = 0;
    if (!pos) return CLI_PARTIAL;
    int rc = cli_parse(argc, argv, opts, pos, &npos, articles_usage);
    free(pos);
    if (rc != CLI_OK) return rc < 0 ? 0 : rc;
    if (npos > 0) {
        cli_error("articles: unexpected argument (filters are --from, --to, --outlet)");
        fputs(articles_usage, stderr);
        return CLI_USAGE;
    }
    if (check_format("articles", format) != CLI_OK) return CLI_USAGE;
    if ((from && !valid_ymd(from)) || (to && !valid_ymd(to))) {
        cli_error("articles: bad date '%s' (YYYY-MM-DD)", (from && !valid_ymd(from)) ? from : to);
        return CLI_USAGE;
    }
    long limit = -1;
    if (limit_s) {
        char *end;
        limit = strtol(limit_s, &end, 10);
        if (!*limit_s || *end || limit < 0) {
            cli_error("articles: --limit needs a number >= 0, not '%s'", limit_s);
            return CLI_USAGE;
        }
    }
    kb_store *s = open_store("articles", db);
    if (!s) return CLI_PARTIAL;
    kb_err err = {0};
    kb_article_filter f = {.from = from, .to = to, .outlet = outlet, .meta_only = 1};
    kb_query *q = kb_store_articles(s, &f, &err);
    if (!q) {
        cli_error("%s", err.msg);
        kb_store_close(s);
        return err.code == KB_EUSAGE ? CLI_USAGE : CLI_PARTIAL;
    }
    int jsonl = !strcmp(format, "jsonl");
    kbu_buf b = {0};
    kb_article r;
    long n = 0;
    int st = KB_DONE;
    while ((limit < 0 || n < limit) && (st = kb_query_step(q, &r, &err)) == KB_OK) {
        kbu_buf_clear(&b);
        if (jsonl) {
            json_meta(&b, &r);
            kbu_buf_append(&b, "}\n", 2);
        } else {
            char date[11];
            snprintf(date, sizeof date, "%s", r.date ? r.date : "-");
            put_cell(&b, date, 10, 1);
            kbu_buf_append(&b, "  ", 2);
            put_cell(&b, r.id, 24, 1);
            kbu_buf_append(&b, "  ", 2);
            put_cell(&b, r.outlet, 18, 1);
            kbu_buf_append(&b, "  ", 2);
            put_cell(&b, r.lang, 3, 1);
            kbu_buf_append(&b, "  ", 2);
            put_cell(&b, r.title, 60, 0);
            kbu_buf_putc(&b, '\n');
        }
        fwrite(b.data, 1, b.len, stdout);
        n++;
    }
    kbu_buf_free(&b);
    int ret = CLI_OK;
    if (st < 0) {
        cli_error("%s", err.msg);
        ret = CLI_PARTIAL;
    }
    kb_query_free(q);
    kb_store_close(s);
    if (fflush(stdout) != 0) {
        cli_error("articles: cannot write output");
        ret = CLI_PARTIAL;
    }
    return ret;
}

static void show_text(kbu_buf *b, const kb_article *r)
{
    static const char *const none = "-";
#define LINE(label, v) kbu_buf_printf(b, "%-12s %s\n", label, (v) ? (v) : none)
    LINE("key:", r->key);
    LINE("id:", r->id);
    LINE("url:", r->url);
    LINE("title:", r->title);
    if (r->date)
        kbu_buf_printf(b, "%-12s %s (%s)\n", "date:", r->date,
                       r->date_source ? r->date_source : "?");
    else
        LINE("date:", r->date);
    LINE("outlet:", r->outlet);
    LINE("lang:", r->lang);
    if (r->dateline) LINE("dateline:", r->dateline);
    kbu_buf_printf(b, "%-12s %d\n", "sentences:", r->n_sents);
    LINE("origin:", r->origin);
    LINE("ingested:", r->ingested_at);
#undef LINE
    kbu_buf_putc(b, '\n');
    kbu_buf_append(b, r->text, r->text_len);
    kbu_buf_putc(b, '\n');
}

static void show_jsonl(kbu_buf *b, const kb_article *r)
{
    json_meta(b, r);
    kbu_buf_append(b, ",\"text\":", 8);
    kbu_json_str(b, r->text, r->text_len);
    kbu_buf_append(b, ",\"sentences\":[", 14);
    for (int i = 0; i < r->n_sents && r->sents; i++)
        kbu_buf_printf(b, "%s[%u,%u]", i ? "," : "", r->sents[i].start, r->sents[i].end);
    kbu_buf_append(b, "]}\n", 3);
}

int cmd_show(int argc, char **argv)
{
    const char *db = NULL, *format = "text";
    cli_opt opts[] = {
        {"db", 0, 1, &db, NULL}, {"format", 'f', 1, &format, NULL}, {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    int npos = 0;
    if (!pos) return CLI_PARTIAL;
    int rc = cli_parse(argc, argv, opts, pos, &npos, show_usage);
    const char *id = npos == 1 ? pos[0] : NULL;
    free(pos);
    if (rc != CLI_OK) return rc < 0 ? 0 : rc;
    if (npos != 1 || !*id) {
        cli_error("show: give exactly one article id or key prefix");
        fputs(show_usage, stderr);
        return CLI_USAGE;
    }
    if (check_format("show", format) != CLI_OK) return CLI_USAGE;
    kb_store *s = open_store("show", db);
    if (!s) return CLI_PARTIAL;
    kb_err err = {0};
    kb_article_filter f = {.id = id};
    kb_query *q = kb_store_articles(s, &f, &err);
    if (!q) {
        cli_error("%s", err.msg);
        kb_store_close(s);
        return CLI_PARTIAL;
    }
    kbu_buf out = {0}, first = {0};
    kb_article r;
    int ret = CLI_OK;
    int st = kb_query_step(q, &r, &err);
    if (st == KB_DONE) {
        cli_error("show: no article with id or key prefix '%s'", id);
        ret = CLI_PARTIAL;
    } else if (st == KB_OK) {
        if (!strcmp(format, "jsonl"))
            show_jsonl(&out, &r);
        else
            show_text(&out, &r);
        kbu_buf_printf(&first, "  %s  %s  %s  %s\n", r.key, r.id, r.date ? r.date : "-",
                       r.title ? r.title : "-");
        st = kb_query_step(q, &r, &err);
        if (st == KB_OK) {
            /* several match: list them rather than pick one */
            cli_error("show: '%s' matches several articles; give more of the key:", id);
            fputs(first.data, stderr);
            int n = 1;
            do {
                if (++n > 20) {
                    fputs("  ...\n", stderr);
                    break;
                }
                fprintf(stderr, "  %s  %s  %s  %s\n", r.key, r.id, r.date ? r.date : "-",
                        r.title ? r.title : "-");
            } while ((st = kb_query_step(q, &r, &err)) == KB_OK);
            ret = CLI_PARTIAL;
        } else if (st == KB_DONE) {
            fwrite(out.data, 1, out.len, stdout);
        }
    }
    if (st < 0) {
        cli_error("%s", err.msg);
        ret = CLI_PARTIAL;
    }
    kbu_buf_free(&out);
    kbu_buf_free(&first);
    kb_query_free(q);
    kb_store_close(s);
    if (fflush(stdout) != 0) {
        cli_error("show: cannot write output");
        ret = CLI_PARTIAL;
    }
    return ret;
}
