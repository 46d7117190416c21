/*
 * cmd_check.c -- `khabar check gdelt`: check GDELT 2.0 events exports and
 * mentions tables row by row against the codebook's column rules
 * (src/answer/gdelt_check.c). Each violation is printed as
 * FILE:LINE:COLUMN: message; a summary goes to stderr.
 */
#include "answer/answer.h"
#include "cli.h"
#include <stdlib.h>
#include <string.h>

static const char check_usage[] =
    "usage: khabar check gdelt [--mentions FILE] [--max N] [--quiet] [EVENTS_FILE...]\n"
    "\n"
    "Check GDELT 2.0 files (tab-separated, no header; '-' = standard input):\n"
    "EVENTS_FILE are events exports (61 columns), --mentions FILE a mentions table\n"
    "(16 columns). Every field is checked for its type and code list (docs/EXPORT.md).\n"
    "Each violation is printed as FILE:LINE:COLUMN: message, then on stderr\n"
    "\"FILE: N rows, N violations\" per file and a total line.\n"
    "  --max N   print at most N violations per file (all are counted)\n"
    "  --quiet   print only the summary\n"
    "Exit status: 0 no violation, 1 violations (or an unreadable file), 2 usage.\n";

typedef struct report {
    const char *file;
    size_t line;
    long printed, max;
} report;

static void on_violation(void *arg, const char *column, const char *msg)
{
    report *r = arg;
    if (r->max >= 0 && r->printed >= r->max) return;
    r->printed++;
    printf("%s:%zu:%s: %s\n", r->file, r->line, column, msg);
}

/* Check one file; returns the number of violations, -1 if it cannot be read. */
static long check_file(const kbx_codes *codes, kbx_gdelt_kind kind, const char *path, long max,
                       int quiet)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) {
        cli_error("check: %s: cannot open", path);
        return -1;
    }
    report r = {path, 0, 0, quiet ? 0 : max};
    char *line = NULL;
    size_t cap = 0, rows = 0, bad = 0;
    ssize_t n;
    while ((n = getline(&line, &cap, f)) >= 0) {
        r.line++;
        size_t len = (size_t)n;
        if (len && line[len - 1] == '\n') len--;
        rows++;
        bad += kbx_gdelt_check_line(codes, kind, line, len, on_violation, &r);
    }
    free(line);
    if (f != stdin) fclose(f);
    fprintf(stderr, "%s: %zu rows, %zu violations\n", path, rows, bad);
    return (long)bad;
}

static int check_gdelt(int argc, char **argv)
{
    const char *mentions = NULL, *max_s = NULL;
    int quiet = 0;
    cli_opt opts[] = {{"mentions", 0, 1, &mentions, NULL},
                      {"max", 0, 1, &max_s, NULL},
                      {"quiet", 'q', 0, NULL, &quiet},
                      {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    if (!pos) return CLI_PARTIAL;
    int npos = 0;
    int rc = cli_parse(argc, argv, opts, pos, &npos, check_usage);
    if (rc != CLI_OK) {
        free(pos);
        return rc < 0 ? 0 : rc;
    }
    long max = -1;
    if (max_s) {
        char *end;
        max = strtol(max_s, &end, 10);
        if (*end || max < 0) {
            cli_error("check gdelt: --max needs a number >= 0");
            free(pos);
            return CLI_USAGE;
        }
    }
    if (!npos && !mentions) {
        cli_error("check gdelt: no file to check");
        fputs(check_usage, stderr);
        free(pos);
        return CLI_USAGE;
    }
    kb_err err = {0};
    kbx_codes *codes = kbx_codes_load(NULL, NULL, 0, &err);
    if (!codes) {
        cli_error("check gdelt: %s", err.msg);
        free(pos);
        return CLI_PARTIAL;
    }
    long total = 0;
    int unreadable = 0;
    for (int i = 0; i <= npos; i++) {
        const char *p = i < npos ? pos[i] : mentions;
        if (!p) continue;
        long v = check_file(codes, i < npos ? KBX_GDELT_EVENTS : KBX_GDELT_MENTIONS, p, max, quiet);
        if (v < 0)
            unreadable = 1;
        else
            total += v;
    }
    fflush(stdout);
    fprintf(stderr, "total: %ld violations\n", total);
    kbx_codes_free(codes);
    free(pos);
    return total || unreadable ? CLI_PARTIAL : CLI_OK;
}

int cmd_check(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "gdelt")) return check_gdelt(argc - 1, argv + 1);
    if (argc >= 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
        fputs(check_usage, stdout);
        return CLI_OK;
    }
    cli_error("check: unknown or missing subcommand (try: khabar check gdelt FILE)");
    fputs(check_usage, stderr);
    return CLI_USAGE;
}
