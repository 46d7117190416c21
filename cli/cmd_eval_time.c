/*
 * cmd_eval_time.c -- `khabar eval time FILE.jsonl... [--pred-out PRED.jsonl] [--json]`:
 * run the time-expression annotator (src/annotate/time.c) over every document of
 * TempEval-3 style gold files (../shared/eval/time/) with its DCT and print the
 * TempEval-3 Task A figures as score_time.py computes them: strict and relaxed
 * P/R/F1, type and value F1 over relaxed matches. Dispatched from `khabar eval`.
 */
#include "cli.h"
#include "annotate/time.h"

#include <stdlib.h>
#include <string.h>

static const char eval_time_usage[] =
    "usage: khabar eval time [--pred-out PRED.jsonl] [--json] FILE.jsonl...\n"
    "\n"
    "Score time-expression recognition and normalisation against TimeML gold files\n"
    "({\"id\",\"dct\",\"text\",\"timexes\"} lines, as in ../shared/eval/time/), as\n"
    "score_time.py does: strict (identical span) and relaxed (overlap) P/R/F1, and\n"
    "type and value P/R/F1 over the relaxed matches (in percent); also the value\n"
    "accuracy on gold DATE spans (the prediction overlapping the span, else the\n"
    "span's text annotated alone).\n"
    "  --pred-out F  also write the predictions, one document a line:\n"
    "                {\"id\",\"timexes\":[{start,end,text,type,value,precision}]}\n"
    "                (offsets in Unicode code points), readable by score_time.py\n"
    "  --json        print the figures as JSON\n";

static void row(const char *name, size_t m, const kbv_time_result *r)
{
    double p, rc, f;
    kbv_time_prf(m, r->n_pred, r->n_gold, &p, &rc, &f);
    printf("%-8s %7.2f %7.2f %7.2f\n", name, p, rc, f);
}
static void jrow(const char *name, size_t m, const kbv_time_result *r, int last)
{
    double p, rc, f;
    kbv_time_prf(m, r->n_pred, r->n_gold, &p, &rc, &f);
    printf("  \"%s_PRF\": [%.2f, %.2f, %.2f]%s\n", name, p, rc, f, last ? "" : ",");
}

int cmd_eval_time(int argc, char **argv)
{
    const char *pred_out = NULL;
    int as_json = 0;
    cli_opt opts[] = {{"pred-out", 0, 1, &pred_out, NULL},
                      {"json", 0, 0, NULL, &as_json},
                      {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    if (!pos) return CLI_PARTIAL;
    int npos = 0;
    int rc = cli_parse(argc, argv, opts, pos, &npos, eval_time_usage);
    if (rc != CLI_OK) {
        free(pos);
        return rc < 0 ? 0 : rc;
    }
    if (npos == 0) {
        cli_error("eval time: no gold file");
        fputs(eval_time_usage, stderr);
        free(pos);
        return CLI_USAGE;
    }
    FILE *pf = NULL;
    if (pred_out && !(pf = fopen(pred_out, "w"))) {
        cli_error("eval time: %s: cannot write", pred_out);
        free(pos);
        return CLI_PARTIAL;
    }
    int status = CLI_OK;
    for (int k = 0; k < npos; k++) {
        kbv_time_result r;
        kb_err err = {0};
        if (kbv_time_eval(pos[k], pf, &r, &err) != KB_OK) {
            cli_error("eval time: %s", err.msg);
            status = CLI_PARTIAL;
            continue;
        }
        if (as_json) {
            printf("{\"file\": \"");
            for (const char *q = pos[k]; *q; q++) {
                if (*q == '"' || *q == '\\') putchar('\\');
                if ((unsigned char)*q >= 0x20) putchar(*q);
            }
            printf("\", \"docs\": %zu, \"gold\": %zu, \"pred\": %zu,\n", r.n_docs, r.n_gold,
                   r.n_pred);
            jrow("strict", r.strict, &r, 0);
            jrow("relaxed", r.relaxed, &r, 0);
            jrow("type", r.type_ok, &r, 0);
            jrow("value", r.value_ok, &r, 0);
            printf("  \"date_value_accuracy_gold_spans\": %.2f\n}\n",
                   r.n_gold_date ? 100.0 * (double)r.date_value_ok / (double)r.n_gold_date : 0.0);
        } else {
            printf("%s: %zu documents, %zu gold, %zu predicted\n", pos[k], r.n_docs, r.n_gold,
                   r.n_pred);
            printf("%-8s %7s %7s %7s\n", "", "P", "R", "F1");
            row("strict", r.strict, &r);
            row("relaxed", r.relaxed, &r);
            row("type", r.type_ok, &r);
            row("value", r.value_ok, &r);
            printf("DATE value accuracy on gold spans: %.2f (%zu/%zu)\n",
                   r.n_gold_date ? 100.0 * (double)r.date_value_ok / (double)r.n_gold_date : 0.0,
                   r.date_value_ok, r.n_gold_date);
        }
    }
    if (pf && fclose(pf) != 0) {
        cli_error("eval time: %s: write failed", pred_out);
        status = CLI_PARTIAL;
    }
    free(pos);
    return status;
}
