/*
 * cmd_lexicon.c -- `khabar lexicon check [--dir DIR]`: load every lexicon, report
 * malformed lines, duplicates and conflicts as FILE:LINE: message, print counts and
 * the load time. Exit 1 if there is an error (a malformed line), else 0.
 * `khabar lexicon import --from tabari|petrarch ... --out DIR`: translate TABARI or
 * PETRARCH dictionaries into a lexicon directory (src/lexicon/import.c), print what
 * could not be said as FILE:LINE notes and the counts.
 */
#include "cli.h"
#include "kb_internal.h"
#include "lexicon/kbl.h"
#include "lexicon/kbl_import.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char lexicon_usage[] =
    "usage: khabar lexicon check [--dir DIR] [--quiet]\n"
    "       khabar lexicon import --from tabari|petrarch [--actors F] [--agents F] [--verbs F]\n"
    "                             [--discards F] --out DIR [--base DIR] [--no-grammar] [--quiet]\n"
    "\n"
    "Load the lexicons (lexicon/actors/ files, agents.txt, verbs.txt, cameo.tsv, plover.tsv\n"
    "and the iso-codes country list) and report malformed lines (errors), duplicates and\n"
    "conflicts (warnings) as FILE:LINE: message. Exit 1 if there is an error.\n"
    "  --dir DIR   lexicon directory (default: $KHABAR_LEXICON or the built-in one)\n"
    "  --quiet     print only the summary\n"
    "\n"
    "import translates TABARI / PETRARCH dictionaries into a lexicon directory DIR (use it\n"
    "with KHABAR_LEXICON=DIR or `eval coder --lexicon DIR`); what cannot be translated is\n"
    "reported as FILE:LINE notes (dropped / approximated) and counted.\n"
    "  --base DIR    lexicon whose codebook and other files are copied (default: built-in)\n"
    "  --no-grammar  leave out khabar's SAY/INT/ASP verbs (attribution, intent, aspect)\n";

static int read_file(const char *path, kbu_buf *b)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    char tmp[8192];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0) kbu_buf_append(b, tmp, k);
    fclose(f);
    return 0;
}

static int lexicon_import(const char *from, const char *const files[4], const char *out, const char *base,
                          int grammar, int quiet)
{
    int kind = !from ? 0 : !strcmp(from, "tabari") ? KBL_IMP_TABARI : !strcmp(from, "petrarch") ? KBL_IMP_PETRARCH : 0;
    if (!kind || !out) {
        cli_error("lexicon import: --from tabari|petrarch and --out DIR are required");
        return CLI_USAGE;
    }
    kbl_imp *im = kbl_imp_new(kind);
    if (!im) {
        cli_error("lexicon import: out of memory");
        return CLI_PARTIAL;
    }
    int rc = CLI_OK;
    for (int k = 0; k < 4; k++) {
        if (!files[k]) continue;
        kbu_buf b = {0};
        if (read_file(files[k], &b)) {
            cli_error("lexicon import: %s: cannot read", files[k]);
            rc = CLI_PARTIAL;
        } else {
            kbl_imp_feed(im, k, files[k], b.data ? b.data : "", b.len);
        }
        kbu_buf_free(&b);
    }
    kb_err err = {0};
    if (kbl_imp_write(im, base, out, grammar, &err) != KB_OK) {
        cli_error("%s", err.msg);
        rc = CLI_PARTIAL;
    }
    for (size_t i = 0; !quiet && i < kbl_imp_n_notes(im); i++) {
        const kbl_imp_note *n = kbl_imp_note_at(im, i);
        fprintf(stderr, "%s:%d: %s: %s\n", n->file, n->line, n->dropped ? "dropped" : "approximated", n->msg);
    }
    kbl_imp_counts c;
    kbl_imp_get_counts(im, &c);
    printf("imported into %s: %ld actors, %ld agents, %ld verbs; %ld patterns read -> %ld khabar verb lines "
           "(%ld null-coded left out); %ld foreign codes added to cameo.tsv; %ld dropped, %ld approximated\n",
           out, c.actors, c.agents, c.verbs, c.patterns_in, c.lines_out, c.null_coded, c.codes_foreign, c.dropped,
           c.approximated);
    kbl_imp_free(im);
    return rc;
}

int cmd_lexicon(int argc, char **argv)
{
    const char *dir = NULL, *from = NULL, *out = NULL, *base_dir = NULL, *files[4] = {NULL, NULL, NULL, NULL};
    int quiet = 0, no_grammar = 0;
    cli_opt opts[] = {{"dir", 'd', 1, &dir, NULL},          {"quiet", 'q', 0, NULL, &quiet},
                      {"from", 0, 1, &from, NULL},          {"out", 'o', 1, &out, NULL},
                      {"base", 0, 1, &base_dir, NULL},          {"actors", 0, 1, &files[KBL_IMP_ACTORS], NULL},
                      {"agents", 0, 1, &files[KBL_IMP_AGENTS], NULL}, {"verbs", 0, 1, &files[KBL_IMP_VERBS], NULL},
                      {"discards", 0, 1, &files[KBL_IMP_DISCARDS], NULL}, {"no-grammar", 0, 0, NULL, &no_grammar},
                      {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    int npos = 0;
    int rc = cli_parse(argc, argv, opts, pos, &npos, lexicon_usage);
    if (rc != CLI_OK) {
        free(pos);
        return rc < 0 ? 0 : rc;
    }
    if (npos == 1 && !strcmp(pos[0], "import")) {
        free(pos);
        return lexicon_import(from, files, out, base_dir, !no_grammar, quiet);
    }
    if (npos != 1 || strcmp(pos[0], "check")) {
        cli_error("lexicon: expected 'check' or 'import'");
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
        /* (a registry table outside the lexicon is named by its own path) */
        if (!quiet)
            printf("%s%s%s:%d: %s: %s\n", d->file[0] == '/' ? "" : base, d->file[0] == '/' ? "" : "/", d->file,
                   d->line, d->severity >= 2 ? "error" : "warning", d->msg);
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
