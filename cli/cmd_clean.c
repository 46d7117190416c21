/*
 * cmd_clean.c -- `khabar clean`: read inputs, clean each, print JSONL
 * {"id","url","title","date","date_source","outlet","lang","text"} or text.
 */
#include "cli.h"
#include "kb_internal.h"
#include <stdlib.h>
#include <string.h>

static const char clean_usage[] =
    "usage: khabar clean [--format jsonl|text] [--sentences] INPUT...\n"
    "\n"
    "Extract the main text and metadata of each article and print them.\n"
    "  --format jsonl  one {\"id\",\"url\",\"title\",\"date\",\"date_source\",\"outlet\",\"lang\",\"text\"}\n"
    "                  object a line (default)\n"
    "  --format text   a header line per article, then its text\n"
    "  --sentences     with jsonl, add \"sentences\": [[start,end],...] byte spans\n"
    "INPUT: text, HTML, JSONL or WARC files (gzip or not), directories, or - for stdin.\n";

static void print_jsonl(kbu_buf *b, const kb_doc *d, int with_sents)
{
    kbu_buf_clear(b);
    kbu_buf_append(b, "{\"id\":", 6);
    kbu_json_cstr(b, d->id);
    kbu_buf_append(b, ",\"url\":", 7);
    kbu_json_cstr(b, d->url);
    kbu_buf_append(b, ",\"title\":", 9);
    kbu_json_cstr(b, d->title);
    kbu_buf_append(b, ",\"date\":", 8);
    kbu_json_cstr(b, d->date);
    kbu_buf_append(b, ",\"date_source\":", 15);
    kbu_json_cstr(b, d->date_source);
    kbu_buf_append(b, ",\"outlet\":", 10);
    kbu_json_cstr(b, d->outlet);
    kbu_buf_append(b, ",\"lang\":", 8);
    kbu_json_cstr(b, d->lang);
    kbu_buf_append(b, ",\"text\":", 8);
    kbu_json_str(b, d->text ? d->text : "", d->text_len);
    if (with_sents) {
        kbu_buf_append(b, ",\"sentences\":[", 14);
        for (size_t i = 0; i < d->n_sents; i++)
            kbu_buf_printf(b, "%s[%u,%u]", i ? "," : "", d->sents[i].start, d->sents[i].end);
        kbu_buf_putc(b, ']');
    }
    kbu_buf_append(b, "}\n", 2);
    fwrite(b->data, 1, b->len, stdout);
}

static void print_text(const kb_doc *d)
{
    printf("=== %s | %s | %s | %s | %s\n", d->id, d->title ? d->title : "-",
           d->date ? d->date : "-", d->outlet ? d->outlet : "-", d->lang);
    fwrite(d->text, 1, d->text_len, stdout);
    fputs("\n\n", stdout);
}

int cmd_clean(int argc, char **argv)
{
    const char *format = "jsonl";
    int with_sents = 0;
    cli_opt opts[] = {{"format", 'f', 1, &format, NULL},
                      {"sentences", 0, 0, NULL, &with_sents},
                      {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    int npos = 0;
    int rc = cli_parse(argc, argv, opts, pos, &npos, clean_usage);
    if (rc != CLI_OK) {
        free(pos);
        return rc < 0 ? 0 : rc;
    }
    if (strcmp(format, "jsonl") && strcmp(format, "text")) {
        cli_error("clean: unknown format '%s' (jsonl or text)", format);
        free(pos);
        return CLI_USAGE;
    }
    if (npos == 0) {
        cli_error("clean: no input (use - for standard input)");
        fputs(clean_usage, stderr);
        free(pos);
        return CLI_USAGE;
    }
    kb_err err = {0};
    kb_cleaner *cl = kb_cleaner_new(NULL, &err);
    if (!cl) {
        cli_error("%s", err.msg);
        free(pos);
        return CLI_PARTIAL;
    }
    kb_input *in = kb_input_open(pos, (size_t)npos);
    kb_doc *d = kb_doc_new();
    kbu_buf out = {0};
    kb_raw raw;
    long failed = 0;
    while (cli_next_doc(in, cl, &raw, d, with_sents, &failed)) {
        if (!strcmp(format, "jsonl")) print_jsonl(&out, d, with_sents);
        else print_text(d);
    }
    kbu_buf_free(&out);
    kb_doc_free(d);
    kb_input_close(in);
    kb_cleaner_free(cl);
    free(pos);
    if (fflush(stdout) != 0) {
        cli_error("clean: cannot write output");
        return CLI_PARTIAL;
    }
    return failed ? CLI_PARTIAL : CLI_OK;
}
