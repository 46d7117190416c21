/*
 * cmd_eval_coder.c -- `khabar eval coder FILE.jsonl... [--pred-out PRED.jsonl] [-v]`:
 * code every gold case of the given files and print a table of the figures of
 * ../shared/eval/coder/README.md (case accuracy, micro P/R/F1 on exact triples and on
 * root codes, PLOVER F1, no-event accuracy; the flagged subsets apart). Dispatched from
 * `khabar eval`.
 */
#include "cli.h"
#include "code/kbe.h"

#include <stdlib.h>
#include <string.h>

static const char eval_coder_usage[] =
    "usage: khabar eval coder [--pred-out PRED.jsonl] [--lexicon DIR] [-v] FILE.jsonl...\n"
    "\n"
    "Score the event coder on gold case files ({\"id\",\"date\",\"text\",\"expected\",\"notes\"}\n"
    "lines, as in ../shared/eval/coder/). Prints per file: cases, case accuracy, micro\n"
    "P/R/F1 on exact (source, target, code) triples and on root codes, PLOVER F1 where\n"
    "the gold has PLOVER types (exact actors, actors on their first 3 letters, and\n"
    "types alone: plovT_F1), no-event accuracy. Cases flagged tabari_check_skipped or\n"
    "expected_error:bad_input_parse are left out. When a file has cases of the README's\n"
    "flagged subsets (tabari_options, after_FINAL-01, sentence=false, evaluate=false,\n"
    "category_not_in_Include), its first row is the standard cases, then come rows for\n"
    "the [flagged] ones and [all].\n"
    "  --pred-out F  also write the predictions: {\"id\",\"events\":[{source,target,code,plover}]}\n"
    "  --lexicon DIR the coder's lexicon directory (e.g. one made by `khabar lexicon import`)\n"
    "  -v            list the cases coded wrong on standard error\n";

static double f1(long tp, long fp, long fn)
{
    return tp ? 2.0 * tp / (2.0 * tp + (double)fp + (double)fn) : 0.0;
}
static double ratio(long a, long b) { return b ? (double)a / (double)b : 0.0; }

/* one table row; tag tells a subset ("" for the standard cases) */
static void print_row(const kbv_coder_score *s, const char *tag)
{
    double p = ratio(s->tp, s->tp + s->fp), r = ratio(s->tp, s->tp + s->fn);
    char name[300], pl[16] = "-", p3[16] = "-", pt[16] = "-", ne[16] = "-";
    snprintf(name, sizeof name, "%s%s", s->file, tag);
    if (s->has_plover) {
        snprintf(pl, sizeof pl, "%.3f", f1(s->ptp, s->pfp, s->pfn));
        snprintf(p3, sizeof p3, "%.3f", f1(s->p3tp, s->p3fp, s->p3fn));
        snprintf(pt, sizeof pt, "%.3f", f1(s->pttp, s->ptfp, s->ptfn));
    }
    if (s->noev_cases) snprintf(ne, sizeof ne, "%.3f", ratio(s->noev_right, s->noev_cases));
    printf("%-44s %6ld %8.3f %6.3f %6.3f %6.3f %8.3f %8s %9s %9s %9s\n", name, s->scored, ratio(s->exact, s->scored),
           p, r, f1(s->tp, s->fp, s->fn), f1(s->rtp, s->rfp, s->rfn), ne, pl, p3, pt);
}

int cmd_eval_coder(int argc, char **argv)
{
    const char *pred_out = NULL, *lexicon = NULL;
    int verbose = 0;
    cli_opt opts[] = {{"pred-out", 0, 1, &pred_out, NULL}, {"verbose", 'v', 0, NULL, &verbose},
                      {"lexicon", 0, 1, &lexicon, NULL},
                      {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    int npos = 0;
    int rc = cli_parse(argc, argv, opts, pos, &npos, eval_coder_usage);
    if (rc != CLI_OK) {
        free(pos);
        return rc < 0 ? 0 : rc;
    }
    if (npos == 0) {
        cli_error("eval coder: no gold file");
        fputs(eval_coder_usage, stderr);
        free(pos);
        return CLI_USAGE;
    }
    kb_err err = {0};
    kb_coder *c = kb_coder_new(lexicon, &err);
    if (!c) {
        cli_error("%s", err.msg);
        free(pos);
        return CLI_PARTIAL;
    }
    FILE *pf = NULL;
    if (pred_out && !(pf = fopen(pred_out, "w"))) {
        cli_error("eval coder: %s: cannot write", pred_out);
        kb_coder_free(c);
        free(pos);
        return CLI_PARTIAL;
    }
    printf("%-44s %6s %8s %6s %6s %6s %8s %8s %9s %9s %9s\n", "file", "cases", "case_acc", "P", "R",
           "F1", "root_F1", "noev_acc", "plover_F1", "plov3_F1", "plovT_F1");
    int failed = 0;
    for (int i = 0; i < npos; i++) {
        /* all cases first (predictions and -v cover every case), then, when the file has
         * flagged cases, the standard and flagged subsets apart */
        kbv_coder_score all, std, flg;
        if (kbv_coder_eval(c, pos[i], KBV_ALL, pf, verbose ? stderr : NULL, &all, &err) != KB_OK) {
            cli_error("%s", err.msg);
            failed = 1;
            continue;
        }
        if (!all.flagged) {
            print_row(&all, "");
            continue;
        }
        if (kbv_coder_eval(c, pos[i], KBV_STANDARD, NULL, NULL, &std, &err) != KB_OK ||
            kbv_coder_eval(c, pos[i], KBV_FLAGGED, NULL, NULL, &flg, &err) != KB_OK) {
            cli_error("%s", err.msg);
            failed = 1;
            continue;
        }
        print_row(&std, "");
        print_row(&flg, " [flagged]");
        print_row(&all, " [all]");
    }
    if (pf) fclose(pf);
    kb_coder_free(c);
    free(pos);
    return failed ? CLI_PARTIAL : CLI_OK;
}
