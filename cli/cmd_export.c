/*
 * cmd_export.c -- `khabar export`: write the stored events as GDELT 2.0 events
 * (+ the mentions table), JSON Lines or CSV (src/answer/export.c,
 * docs/EXPORT.md). Opens the store once through the library (which checks and
 * migrates it), then exports from its SQL views.
 */
#include "answer/export.h"
#include "cli.h"
#include <stdlib.h>
#include <string.h>

static const char export_usage[] =
    "usage: khabar export [--db FILE] [--format gdelt|jsonl|csv] [--mentions FILE] [-o FILE]\n"
    "                     [--from DATE] [--to DATE] [--source CODE] [--target CODE]\n"
    "                     [--root NN] [--country ISO3] [--quiet]\n"
    "\n"
    "Export the stored events (docs/EXPORT.md).\n"
    "  --format gdelt   GDELT 2.0 events export: 61 tab-separated columns, no header (default)\n"
    "  --format jsonl   one JSON object per event: every column of the store's event_rows\n"
    "                   view, avg_tone, first_seen, and its mentions with their evidence\n"
    "  --format csv     the same columns as CSV (RFC 4180, with a header row)\n"
    "  --mentions FILE  also write the mentions: the GDELT 2.0 mentions table (16 columns)\n"
    "                   with --format gdelt, else every column of event_mentions\n"
    "  -o, --output FILE  write the events there (default: standard output)\n"
    "  --from, --to DATE  events dated within (YYYY-MM-DD, inclusive)\n"
    "  --source, --target CODE  actor code prefix (PAK matches PAK, PAKMIL, PAKGOV)\n"
    "  --root NN        CAMEO root code (01-20)\n"
    "  --country ISO3   events placed in, or with an actor of, that country\n"
    "  --db FILE        the store (default: $KHABAR_DB, else ./khabar.db)\n"
    "Ends with \"export: N events, N mentions\" on stderr (unless --quiet).\n";

typedef struct outs {
    FILE *f[2];
} outs;

static int write_out(void *ctx, int table, const char *data, size_t len)
{
    outs *o = ctx;
    FILE *f = o->f[table ? 1 : 0];
    if (!f) return KB_OK;
    return fwrite(data, 1, len, f) == len ? KB_OK : KB_EIO;
}

int cmd_export(int argc, char **argv)
{
    const char *db = NULL, *format = "gdelt", *mentions = NULL, *output = NULL;
    kbx_export_opts o;
    memset(&o, 0, sizeof o);
    int quiet = 0;
    cli_opt opts[] = {{"db", 0, 1, &db, NULL},
                      {"format", 'f', 1, &format, NULL},
                      {"mentions", 0, 1, &mentions, NULL},
                      {"output", 'o', 1, &output, NULL},
                      {"from", 0, 1, &o.from, NULL},
                      {"to", 0, 1, &o.to, NULL},
                      {"source", 0, 1, &o.source, NULL},
                      {"target", 0, 1, &o.target, NULL},
                      {"root", 0, 1, &o.root, NULL},
                      {"country", 0, 1, &o.country, NULL},
                      {"quiet", 'q', 0, NULL, &quiet},
                      {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    if (!pos) return CLI_PARTIAL;
    int npos = 0;
    int rc = cli_parse(argc, argv, opts, pos, &npos, export_usage);
    if (rc == CLI_OK && npos) {
        cli_error("export: unexpected argument '%s'", pos[0]);
        rc = CLI_USAGE;
    }
    free(pos);
    if (rc != CLI_OK) return rc < 0 ? 0 : rc;
    if (!strcmp(format, "gdelt"))
        o.format = KBX_FMT_GDELT;
    else if (!strcmp(format, "jsonl"))
        o.format = KBX_FMT_JSONL;
    else if (!strcmp(format, "csv"))
        o.format = KBX_FMT_CSV;
    else {
        cli_error("export: unknown format '%s' (gdelt, jsonl, csv)", format);
        return CLI_USAGE;
    }
    if (o.root && (strlen(o.root) != 2 || strspn(o.root, "0123456789") != 2)) {
        cli_error("export: --root needs a two-digit CAMEO root (01-20)");
        return CLI_USAGE;
    }
    if (!db) db = getenv("KHABAR_DB");
    if (!db || !*db) db = "khabar.db";
    o.db = db;
    o.with_mentions = mentions != NULL;

    kb_err err = {0};
    kb_store *st = kb_store_open_ex(db, KB_STORE_NOCREATE, &err); /* checks and migrates */
    if (!st) {
        cli_error("%s", err.msg);
        return err.code == KB_EUSAGE ? CLI_USAGE : CLI_PARTIAL;
    }
    kb_store_close(st);
    kbx_codes *codes = kbx_codes_load(NULL, NULL, 1, &err);
    kbx_tone *tone = codes ? kbx_tone_load(NULL, &err) : NULL;
    if (!codes || !tone) {
        cli_error("export: %s", err.msg);
        kbx_codes_free(codes);
        return CLI_PARTIAL;
    }
    outs out = {{stdout, NULL}};
    if (output && strcmp(output, "-") && !(out.f[0] = fopen(output, "w"))) {
        cli_error("export: %s: cannot write", output);
        rc = CLI_PARTIAL;
    }
    if (rc == CLI_OK && mentions && !(out.f[1] = fopen(mentions, "w"))) {
        cli_error("export: %s: cannot write", mentions);
        rc = CLI_PARTIAL;
    }
    kbx_export_stats stats = {0, 0};
    if (rc == CLI_OK) {
        int r = kbx_export(&o, codes, tone, write_out, &out, &stats, &err);
        if (r != KB_OK) {
            cli_error("export: %s", err.msg);
            rc = r == KB_EUSAGE ? CLI_USAGE : CLI_PARTIAL;
        }
    }
    for (int i = 0; i < 2; i++)
        if (out.f[i] && out.f[i] != stdout && fclose(out.f[i]) != 0) {
            cli_error("export: %s: write failed", i ? mentions : output);
            rc = CLI_PARTIAL;
        }
    if (fflush(stdout) != 0) rc = CLI_PARTIAL;
    if (!quiet && rc == CLI_OK)
        fprintf(stderr, "export: %ld events, %ld mentions\n", stats.events, stats.mentions);
    kbx_tone_free(tone);
    kbx_codes_free(codes);
    return rc;
}
