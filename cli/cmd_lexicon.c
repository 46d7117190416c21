/*
 * cmd_lexicon.c -- `khabar lexicon check [--dir DIR]`: load every lexicon, report
 * malformed lines, duplicates and conflicts as FILE:LINE: message, print counts and
 * the load time. Exit 1 if there is an error (a malformed line), else 0.
 */
#include "cli.h"
#include "lexicon/kbl.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char lexicon_usage[] =
    "usage: khabar lexicon check [--dir DIR] [--quiet]\n"
    "\n"
    "Load the lexicons (lexicon/actors/ files, agents.txt, verbs.txt, cameo.tsv, plover.tsv\n"
    "and the iso-codes country list) and report malformed lines (errors), duplicates and\n"
    "conflicts (warnings) as FILE:LINE: message. Exit 1 if there is an error.\n"
    "  --dir DIR   lexicon directory (default: $KHABAR_LEXICON or the built-in one)\n"
    "  --quiet     print only the summary\n";

int cmd_lexicon(int argc, char **argv)
{
    const char *dir = NULL;
    int quiet = 0;
    cli_opt opts[] = {{"dir", 'd', 1, &dir, NULL}, {"quiet", 'q', 0, NULL, &quiet}, {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    int npos = 0;
    int rc = cli_parse(argc, argv, opts, pos, &npos, lexicon_usage);
    if (rc != CLI_OK) {
        free(pos);
        return rc < 0 ? 0 : rc;
    }
    if (npos != 1 || strcmp(pos[0], "check")) {
        cli_error("lexicon: expected 'check'");
        fputs(lexicon_usage, stderr);
        free(pos);
        return CLI_USAGE;
    }
    free(pos);
    kb_err err = {0};
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    kbl_lexicon *lx = kbl_load(dir, NULL, &err);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (!lx) {
        cli_error("%s", err.msg);
        return CLI_PARTIAL;
    }
    const char *base = dir ? dir : kb_lexicon_dir();
    size_t nerr = 0, nwarn = 0;
    for (size_t i = 0; i < kbl_n_diags(lx); i++) {
        const kbl_diag *d = kbl_diag_at(lx, i);
        if (d->severity >= 2) nerr++;
        else nwarn++;
        if (!quiet)
            printf("%s/%s:%d: %s: %s\n", base, d->file, d->line, d->severity >= 2 ? "error" : "warning",
                   d->msg);
    }
    size_t na, np, nt, nc;
    kbl_counts(lx, &na, &np, &nt, &nc);
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    printf("lexicon %s: %zu actors, %zu verb patterns, %zu tokens, %zu CAMEO codes; "
           "%zu errors, %zu warnings; loaded in %.1f ms\n",
           base, na, np, nt, nc, nerr, nwarn, ms);
    kbl_free(lx);
    return nerr ? CLI_PARTIAL : CLI_OK;
}
