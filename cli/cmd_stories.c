/*
 * cmd_stories.c -- `khabar stories` lists the stories of a store (articles
 * about one happening, grouped by the merge index, src/merge) with their
 * articles, copies and merged events, and `khabar dedup` builds or rebuilds that index over
 * the stored articles (ingest keeps it up to date as articles arrive).
 */
#include "cli.h"
#include "kb_internal.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char stories_usage[] =
    "usage: khabar stories [--db FILE] [--from DATE] [--to DATE] [--format text|jsonl]\n"
    "\n"
    "List stories: the articles about one happening, copies linked to their originals.\n"
    "  --db FILE          the store (default: $KHABAR_DB, else ./khabar.db)\n"
    "  --from, --to DATE  stories with an article dated within (YYYY-MM-DD, inclusive)\n"
    "  --format text      each story, then its articles: date, id, outlet, title (default)\n"
    "  --format jsonl     one {\"story\",\"articles\":[ids],\"copies\":[{\"doc\",\"of\"}],\"events\":[ids]}\n"
    "                     a line (doc ids as khabar clean gives them; event ids as khabar events)\n"
    "Articles ingested by an older khabar are indexed first (as khabar dedup does).\n";

static const char dedup_usage[] =
    "usage: khabar dedup [--db FILE] [--rebuild]\n"
    "\n"
    "Sign the stored articles that have no merge signature yet, link copies to their\n"
    "originals and group stories. --rebuild recomputes every signature and group.\n"
    "Ends with \"articles N, signed N, copies N, stories N, written N (T s)\" on stderr.\n";

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Open the merge index, write what it computed, commit. */
static int run_merge(kb_store *st, int rebuild, kb_merge_stats *stats, kb_err *err)
{
    kb_merge *m = kb_merge_open(st, rebuild, err);
    if (!m) return err->code ? err->code : KB_ESTORE;
    int r = kb_store_begin(st, err);
    if (r == KB_OK) r = kb_merge_flush(m, err);
    if (r == KB_OK) {
        r = kb_store_commit(st, err);
    } else {
        kb_err e2 = {0};
        kb_store_rollback(st, &e2);
    }
    if (stats) kb_merge_get_stats(m, stats);
    kb_merge_close(m);
    return r;
}

int cmd_dedup(int argc, char **argv)
{
    const char *db = NULL;
    int rebuild = 0, quiet = 0;
    cli_opt opts[] = {{"db", 0, 1, &db, NULL},
                      {"rebuild", 0, 0, NULL, &rebuild},
                      {"quiet", 'q', 0, NULL, &quiet},
                      {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    int npos = 0;
    if (!pos) return CLI_PARTIAL;
    int rc = cli_parse(argc, argv, opts, pos, &npos, dedup_usage);
    if (rc != CLI_OK || npos) {
        if (rc == CLI_OK) cli_error("dedup: unexpected argument '%s'", pos[0]);
        free(pos);
        return rc == CLI_OK ? CLI_USAGE : rc < 0 ? 0 : rc;
    }
    free(pos);
    double t0 = now_s();
    kb_err err = {0};
    kb_store *st = kb_store_open_ex(db, KB_STORE_NOCREATE, &err);
    if (!st) {
        cli_error("%s", err.msg);
        return err.code == KB_EUSAGE ? CLI_USAGE : CLI_PARTIAL;
    }
    kb_merge_stats s = {0};
    int r = run_merge(st, rebuild, &s, &err);
    kb_store_close(st);
    if (r != KB_OK) {
        cli_error("%s", err.msg);
        return CLI_PARTIAL;
    }
    (void)quiet; /* accepted as ingest does: the summary line is always printed */
    fprintf(stderr, "articles %ld, signed %ld, copies %ld, stories %ld, written %ld (%.1f s)\n",
            s.articles, s.signed_now, s.copies, s.stories, s.written, now_s() - t0);
    return CLI_OK;
}

typedef struct story_acc {
    char story[33];
    kbu_buf ids;    /* JSON array items */
    kbu_buf copies; /* JSON array items */
    int n;
} story_acc;

/* The story's events: the merged events its articles mention (text: one line). */
static int story_events(kb_store *st, const char *story, int jsonl, kbu_buf *out, kb_err *err)
{
    int64_t *ids = NULL;
    size_t n = 0;
    int r = kb_store_story_events(st, story, &ids, &n, err);
    if (r != KB_OK) return r;
    if (!jsonl && n) kbu_buf_printf(out, "  events:");
    for (size_t i = 0; i < n; i++)
        kbu_buf_printf(out, jsonl ? "%s%lld" : " %s%lld", (jsonl && i) ? "," : "",
                       (long long)ids[i]);
    if (!jsonl && n) kbu_buf_putc(out, '\n');
    free(ids);
    return KB_OK;
}

static int emit_jsonl(kb_store *st, story_acc *a, kbu_buf *out, kb_err *err)
{
    if (!a->n) return KB_OK;
    kbu_buf_printf(out, "{\"story\":");
    kbu_json_cstr(out, a->story);
    kbu_buf_printf(out, ",\"articles\":[%s],\"copies\":[%s],\"events\":[",
                   a->ids.data ? a->ids.data : "", a->copies.data ? a->copies.data : "");
    int r = story_events(st, a->story, 1, out, err);
    kbu_buf_printf(out, "]}\n");
    kbu_buf_clear(&a->ids);
    kbu_buf_clear(&a->copies);
    a->n = 0;
    return r;
}

int cmd_stories(int argc, char **argv)
{
    const char *db = NULL, *from = NULL, *to = NULL, *format = "text";
    cli_opt opts[] = {{"db", 0, 1, &db, NULL},
                      {"from", 0, 1, &from, NULL},
                      {"to", 0, 1, &to, NULL},
                      {"format", 'f', 1, &format, NULL},
                      {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    int npos = 0;
    if (!pos) return CLI_PARTIAL;
    int rc = cli_parse(argc, argv, opts, pos, &npos, stories_usage);
    if (rc != CLI_OK) {
        free(pos);
        return rc < 0 ? 0 : rc;
    }
    if (npos) {
        cli_error("stories: unexpected argument '%s'", pos[0]);
        free(pos);
        return CLI_USAGE;
    }
    free(pos);
    int jsonl = !strcmp(format, "jsonl");
    if (!jsonl && strcmp(format, "text")) {
        cli_error("stories: unknown format '%s' (text or jsonl)", format);
        return CLI_USAGE;
    }
    kb_err err = {0};
    kb_store *st = kb_store_open_ex(db, KB_STORE_NOCREATE, &err);
    if (!st) {
        cli_error("%s", err.msg);
        return err.code == KB_EUSAGE ? CLI_USAGE : CLI_PARTIAL;
    }
    /* articles stored before the merge index existed are indexed now */
    int pending = kb_merge_pending(st, &err);
    if (pending < 0 || (pending > 0 && run_merge(st, 0, NULL, &err) != KB_OK)) {
        cli_error("%s", err.msg);
        kb_store_close(st);
        return CLI_PARTIAL;
    }
    kb_story_query *q = kb_store_stories(st, from, to, &err);
    if (!q) {
        cli_error("%s", err.msg);
        kb_store_close(st);
        return err.code == KB_EUSAGE ? CLI_USAGE : CLI_PARTIAL;
    }
    kbu_buf out = {0};
    story_acc acc = {0};
    kb_story_row row;
    int r, n_stories = 0;
    while ((r = kb_story_step(q, &row, &err)) == KB_OK) {
        if (strcmp(acc.story, row.story)) {
            if (jsonl && (r = emit_jsonl(st, &acc, &out, &err)) != KB_OK) break;
            if (!jsonl && acc.story[0] && (r = story_events(st, acc.story, 0, &out, &err)) != KB_OK)
                break;
            snprintf(acc.story, sizeof acc.story, "%s", row.story);
            n_stories++;
            if (!jsonl) kbu_buf_printf(&out, "%sstory %s\n", n_stories > 1 ? "\n" : "", row.story);
        }
        if (jsonl) {
            if (acc.n) kbu_buf_putc(&acc.ids, ',');
            kbu_json_cstr(&acc.ids, row.id);
            if (row.of_key) {
                if (acc.copies.len) kbu_buf_putc(&acc.copies, ',');
                kbu_buf_printf(&acc.copies, "{\"doc\":");
                kbu_json_cstr(&acc.copies, row.id);
                kbu_buf_printf(&acc.copies, ",\"of\":");
                kbu_json_cstr(&acc.copies, row.of_id);
                kbu_buf_printf(&acc.copies, ",\"similarity\":%.2f}", row.similarity);
            }
        } else {
            kbu_buf_printf(&out, "  %-10.10s  %-24s  %-20.20s  %s", row.date ? row.date : "-",
                           row.id ? row.id : "-", row.outlet ? row.outlet : "-",
                           row.title ? row.title : "-");
            if (row.of_key)
                kbu_buf_printf(&out, "  [copy of %s, %.2f]", row.of_id ? row.of_id : row.of_key,
                               row.similarity);
            kbu_buf_putc(&out, '\n');
        }
        acc.n++;
        if (out.len > (1 << 16)) {
            fwrite(out.data, 1, out.len, stdout);
            kbu_buf_clear(&out);
        }
    }
    if (r == KB_DONE && acc.story[0]) {
        int e = jsonl ? emit_jsonl(st, &acc, &out, &err) : story_events(st, acc.story, 0, &out, &err);
        if (e != KB_OK) r = e;
    }
    if (out.len) fwrite(out.data, 1, out.len, stdout);
    kbu_buf_free(&out);
    kbu_buf_free(&acc.ids);
    kbu_buf_free(&acc.copies);
    kb_story_query_free(q);
    kb_store_close(st);
    if (r != KB_DONE) {
        cli_error("%s", err.msg);
        return CLI_PARTIAL;
    }
    return CLI_OK;
}
