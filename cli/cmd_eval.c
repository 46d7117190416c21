/*
 * cmd_eval.c -- `khabar eval SUBCOMMAND`: score khabar against gold sets.
 *
 * A dispatch table of subcommands; each parses its own flags, calls the
 * scorer in src/eval and prints a small table (or JSON with --json). Later
 * scorers slot in as new rows of the table: coder, time, geo and casualty
 * live in their own cmd_eval_NAME.c files (declared in cli.h).
 */
#include "cli.h"
#include "kb_internal.h"
#include <stdlib.h>
#include <string.h>

static const char extract_usage[] =
    "usage: khabar eval extract [--json] [--strict] PRED GOLD\n"
    "\n"
    "Score main-text extraction as shared/eval/extract/evaluate.py does: token\n"
    "4-gram shingles, per-document precision and recall, macro means, F1 of the\n"
    "means, accuracy = identical token lists.\n"
    "  PRED  JSON Lines {\"id\",\"text\"} (.jsonl or .jsonl.gz), or JSON\n"
    "        {\"id\": \"text\"}, {\"id\": {\"articleBody\": ...}}, {\"version\",\"output\"}\n"
    "  GOLD  JSON {\"id\": {\"articleBody\": ..., \"url\": ...}}\n"
    "  --json    print {\"n\",\"missing\",\"f1\",\"precision\",\"recall\",\"accuracy\"}\n"
    "  --strict  fail when a gold id has no prediction (else scored as empty)\n";

static int eval_extract(int argc, char **argv)
{
    int as_json = 0, strict = 0;
    cli_opt opts[] = {{"json", 0, 0, NULL, &as_json},
                      {"strict", 0, 0, NULL, &strict},
                      {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    if (!pos) return CLI_PARTIAL;
    int npos = 0;
    int rc = cli_parse(argc, argv, opts, pos, &npos, extract_usage);
    if (rc != CLI_OK) {
        free(pos);
        return rc < 0 ? 0 : rc;
    }
    if (npos != 2) {
        cli_error("eval extract: need PRED and GOLD");
        fputs(extract_usage, stderr);
        free(pos);
        return CLI_USAGE;
    }
    kbv_extract_result r;
    kb_err err = {0};
    rc = kbv_extract_score(pos[0], pos[1], &r, &err);
    free(pos);
    if (rc != KB_OK) {
        cli_error("eval extract: %s", err.msg);
        return CLI_PARTIAL;
    }
    if (r.n_missing) {
        if (strict) {
            cli_error("eval extract: %zu ground-truth ids have no prediction", r.n_missing);
            return CLI_PARTIAL;
        }
        cli_error("warning: %zu ids missing from predictions, scored as empty", r.n_missing);
    }
    if (as_json) {
        printf("{\"n\": %zu, \"missing\": %zu, \"f1\": %.17g, \"precision\": %.17g, "
               "\"recall\": %.17g, \"accuracy\": %.17g}\n",
               r.n_docs, r.n_missing, r.f1, r.precision, r.recall, r.accuracy);
    } else {
        printf("documents  %zu (missing %zu)\n", r.n_docs, r.n_missing);
        printf("f1         %.4f\n", r.f1);
        printf("precision  %.4f\n", r.precision);
        printf("recall     %.4f\n", r.recall);
        printf("accuracy   %.4f\n", r.accuracy);
    }
    return CLI_OK;
}

static const struct {
    const char *name;
    int (*fn)(int, char **);
    const char *summary;
} subs[] = {
    {"extract", eval_extract, "main-text extraction: PRED.jsonl vs GOLD.json (F1, P, R, accuracy)"},
    {"coder", cmd_eval_coder, "event coding: code the gold cases, P/R/F1 on triples, roots, PLOVER"},
    {"time", cmd_eval_time, "event dates against a gold set"},
    {"geo", cmd_eval_geo, "event places against a gold set"},
    {"casualty", cmd_eval_casualty, "casualty counts against a gold set"},
};

static void eval_usage(FILE *f)
{
    fprintf(f, "usage: khabar eval SUBCOMMAND [ARGS]\n\nScore khabar against gold sets.\n\n"
               "subcommands:\n");
    for (size_t i = 0; i < sizeof subs / sizeof *subs; i++)
        fprintf(f, "  %-10s %s\n", subs[i].name, subs[i].summary);
    fprintf(f, "\n'khabar eval SUBCOMMAND --help' for details.\n");
}

int cmd_eval(int argc, char **argv)
{
    if (argc < 2) {
        eval_usage(stderr);
        return CLI_USAGE;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        eval_usage(stdout);
        return CLI_OK;
    }
    for (size_t i = 0; i < sizeof subs / sizeof *subs; i++)
        if (!strcmp(argv[1], subs[i].name)) return subs[i].fn(argc - 1, argv + 1);
    cli_error("eval: unknown subcommand '%s'", argv[1]);
    eval_usage(stderr);
    return CLI_USAGE;
}
