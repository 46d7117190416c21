/*
 * cmd_eval_casualty.c -- `khabar eval casualty FILE.jsonl... [--pred-out PRED.jsonl] [-v]`:
 * annotate the casualty tolls of every document of the gold files and print the figures
 * of ../shared/eval/casualty/README.md: exact killed, exact injured, both exact and MAE,
 * on all documents and on the clean subset (GVA style files); cases all right (hand-written
 * style files). Dispatched from `khabar eval` (cmd_eval.c); the scorer is src/eval/casualty.c.
 */
#include "cli.h"
#include "annotate/toll.h"

#include <stdlib.h>
#include <string.h>

static const char eval_casualty_usage[] =
    "usage: khabar eval casualty [--pred-out PRED.jsonl] [--json] [--no-title] [-v] FILE.jsonl...\n"
    "\n"
    "Score document-level casualty tolls (killed, injured) against gold files:\n"
    "  {\"id\",\"text\",\"gold\":{\"killed\",\"injured\"},\"hint\":{...}} (GVA style): exact\n"
    "      killed / injured / both and MAE, on all documents and on the clean subset\n"
    "      (no hint false);\n"
    "  {\"id\",\"text\",\"killed\":{value,min,max,approx},\"injured\":{...}} (hand-written):\n"
    "      cases with every field right.\n"
    "  --pred-out F  write {\"id\",\"killed\",\"injured\"} lines (all files, in order)\n"
    "  --json        one JSON object per file instead of the table\n"
    "  --no-title    read the text only (by default a line's \"title\" is its first paragraph)\n"
    "  -v            list the documents scored wrong on standard error\n";

static double ratio(double a, double b) { return b > 0 ? a / b : 0.0; }

int cmd_eval_casualty(int argc, char **argv)
{
    const char *pred_out = NULL;
    int verbose = 0, as_json = 0, no_title = 0;
    cli_opt opts[] = {{"pred-out", 0, 1, &pred_out, NULL},
                      {"json", 0, 0, NULL, &as_json},
                      {"no-title", 0, 0, NULL, &no_title},
                      {"verbose", 'v', 0, NULL, &verbose},
                      {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    if (!pos) return CLI_PARTIAL;
    int npos = 0;
    int rc = cli_parse(argc, argv, opts, pos, &npos, eval_casualty_usage);
    if (rc != CLI_OK) {
        free(pos);
        return rc < 0 ? 0 : rc;
    }
    if (npos == 0) {
        cli_error("eval casualty: no gold file");
        fputs(eval_casualty_usage, stderr);
        free(pos);
        return CLI_USAGE;
    }
    FILE *pf = NULL;
    if (pred_out && !(pf = fopen(pred_out, "w"))) {
        cli_error("eval casualty: %s: cannot write", pred_out);
        free(pos);
        return CLI_PARTIAL;
    }
    int failed = 0;
    for (int i = 0; i < npos; i++) {
        kbv_casualty_score s;
        kb_err err = {0};
        if (kbv_casualty_eval(pos[i], no_title ? KBV_CASUALTY_NO_TITLE : 0, pf, verbose ? stderr : NULL, &s, &err) != KB_OK) {
            cli_error("%s", err.msg);
            failed = 1;
            continue;
        }
        const char *name = strrchr(pos[i], '/');
        name = name ? name + 1 : pos[i];
        if (s.handwritten && !s.docs) {
            if (as_json)
                printf("{\"file\":\"%s\",\"cases\":%zu,\"right\":%zu,\"accuracy\":%.4f}\n", name,
                       s.hw_cases, s.hw_ok, ratio((double)s.hw_ok, (double)s.hw_cases));
            else
                printf("%s: %zu cases, %zu right (%.3f)\n", name, s.hw_cases, s.hw_ok,
                       ratio((double)s.hw_ok, (double)s.hw_cases));
            continue;
        }
        if (as_json) {
            printf("{\"file\":\"%s\",\"docs\":%zu,\"killed_exact\":%.4f,\"injured_exact\":%.4f,"
                   "\"both_exact\":%.4f,\"killed_mae\":%.4f,\"injured_mae\":%.4f,"
                   "\"clean_docs\":%zu,\"clean_killed_exact\":%.4f,\"clean_injured_exact\":%.4f,"
                   "\"clean_both_exact\":%.4f,\"clean_killed_mae\":%.4f,\"clean_injured_mae\":%.4f}\n",
                   name, s.docs, ratio((double)s.killed_ok, (double)s.docs),
                   ratio((double)s.injured_ok, (double)s.docs), ratio((double)s.both_ok, (double)s.docs),
                   ratio(s.killed_abs, (double)s.docs), ratio(s.injured_abs, (double)s.docs),
                   s.clean_docs, ratio((double)s.clean_killed_ok, (double)s.clean_docs),
                   ratio((double)s.clean_injured_ok, (double)s.clean_docs),
                   ratio((double)s.clean_both_ok, (double)s.clean_docs),
                   ratio(s.clean_killed_abs, (double)s.clean_docs),
                   ratio(s.clean_injured_abs, (double)s.clean_docs));
            continue;
        }
        printf("%s\n", name);
        printf("  %-8s %6s %13s %14s %11s %11s %12s\n", "subset", "docs", "killed_exact",
               "injured_exact", "both_exact", "killed_MAE", "injured_MAE");
        printf("  %-8s %6zu %13.3f %14.3f %11.3f %11.3f %12.3f\n", "all", s.docs,
               ratio((double)s.killed_ok, (double)s.docs), ratio((double)s.injured_ok, (double)s.docs),
               ratio((double)s.both_ok, (double)s.docs), ratio(s.killed_abs, (double)s.docs),
               ratio(s.injured_abs, (double)s.docs));
        printf("  %-8s %6zu %13.3f %14.3f %11.3f %11.3f %12.3f\n", "clean", s.clean_docs,
               ratio((double)s.clean_killed_ok, (double)s.clean_docs),
               ratio((double)s.clean_injured_ok, (double)s.clean_docs),
               ratio((double)s.clean_both_ok, (double)s.clean_docs),
               ratio(s.clean_killed_abs, (double)s.clean_docs),
               ratio(s.clean_injured_abs, (double)s.clean_docs));
        if (s.hw_cases)
            printf("  hand-written style cases: %zu, right %zu\n", s.hw_cases, s.hw_ok);
    }
    if (pf && fclose(pf) != 0) {
        cli_error("eval casualty: %s: write failed", pred_out);
        failed = 1;
    }
    free(pos);
    return failed ? CLI_PARTIAL : CLI_OK;
}
