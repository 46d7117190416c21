/*
 * time.c (eval) -- score the time-expression annotator (src/annotate/time.c)
 * against TempEval-3 style JSONL gold files (../shared/eval/time/), exactly as
 * score_time.py does: for each gold timex in file order, the first unused
 * prediction with the identical span, else the first unused overlapping one;
 * strict = identical spans, relaxed = any overlap, type/value = attribute
 * equal over the relaxed matches. Offsets are compared in Unicode code points
 * (the annotator works in bytes; they are converted here), and the same
 * predictions can be written out for score_time.py to check the figures.
 */
#include "annotate/time.h"
#include "kb_internal.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

typedef struct pt {
    long start, end;
    const char *type, *value;
} pt;

/* code-point offset of byte offset b, counting from (pb, pc) forward */
static long cp_of(const char *t, size_t *pb, long *pc, size_t b)
{
    while (*pb < b) {
        if (((unsigned char)t[*pb] & 0xC0) != 0x80) (*pc)++;
        (*pb)++;
    }
    /* b inside a multi-byte char cannot happen: spans end on token bounds */
    return *pc;
}

/* byte offset of code point cp in t[0..len) */
static size_t byte_of(const char *t, size_t len, long cp)
{
    size_t b = 0;
    long c = 0;
    while (b < len) {
        if (((unsigned char)t[b] & 0xC0) != 0x80) {
            if (c == cp) return b;
            c++;
        }
        b++;
    }
    return len;
}

void kbv_time_prf(size_t matched, size_t n_pred, size_t n_gold, double *p, double *r, double *f)
{
    double pp = n_pred ? (double)matched / (double)n_pred : 0.0;
    double rr = n_gold ? (double)matched / (double)n_gold : 0.0;
    double ff = pp + rr > 0 ? 2 * pp * rr / (pp + rr) : 0.0;
    *p = 100 * pp;
    *r = 100 * rr;
    *f = 100 * ff;
}

int kbv_time_eval(const char *gold_path, FILE *pred_out, kbv_time_result *res, kb_err *err)
{
    memset(res, 0, sizeof *res);
    FILE *f = fopen(gold_path, "r");
    if (!f) return kb_err_set(err, KB_EIO, "%s: cannot open", gold_path);
    kb_arena *a = kb_arena_new(0);
    if (!a) {
        fclose(f);
        return kb_err_set(err, KB_ENOMEM, "out of memory");
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    long lineno = 0;
    int rc = KB_OK;
    kbu_buf out = {0};
    pt *P = NULL;
    size_t pcap = 0;
    unsigned char *used = NULL;
    while ((got = getline(&line, &cap, f)) > 0) {
        lineno++;
        if (got <= 1 && (line[0] == '\n' || line[0] == '\r')) continue;
        json_error_t je;
        json_t *o = json_loads(line, 0, &je);
        if (!o) {
            rc = kb_err_set(err, KB_EFORMAT, "%s: line %ld: %s", gold_path, lineno, je.text);
            break;
        }
        const char *id = json_string_value(json_object_get(o, "id"));
        const char *dct = json_string_value(json_object_get(o, "dct"));
        json_t *jt = json_object_get(o, "text");
        const char *text = json_string_value(jt);
        json_t *gold = json_object_get(o, "timexes");
        if (!id || !text || !json_is_array(gold)) {
            json_decref(o);
            rc = kb_err_set(err, KB_EFORMAT, "%s: line %ld: need id, text, timexes", gold_path,
                            lineno);
            break;
        }
        size_t tlen = json_string_length(jt);
        kb_arena_reset(a);
        kba_timex *tx = NULL;
        size_t n = 0;
        if ((rc = kba_times(text, tlen, dct, a, &tx, &n)) != KB_OK) {
            json_decref(o);
            kb_err_set(err, rc, "%s: line %ld: annotator failed", gold_path, lineno);
            break;
        }
        if (n > pcap) {
            size_t nc = n * 2;
            pt *np = realloc(P, nc * sizeof *np);
            unsigned char *nu = realloc(used, nc);
            if (!np || !nu) {
                free(np ? np : P);
                free(nu ? nu : used);
                P = NULL;
                used = NULL;
                json_decref(o);
                rc = kb_err_set(err, KB_ENOMEM, "out of memory");
                break;
            }
            P = np;
            used = nu;
            pcap = nc;
        }
        size_t pb = 0;
        long pc = 0;
        for (size_t i = 0; i < n; i++) {
            /* kba_times gives spans in text order, so one forward walk converts them */
            P[i].start = cp_of(text, &pb, &pc, tx[i].start);
            P[i].end = cp_of(text, &pb, &pc, tx[i].end);
            P[i].type = kba_tx_type_name(tx[i].type);
            P[i].value = tx[i].value;
            used[i] = 0;
        }
        res->n_docs++;
        res->n_pred += n;
        size_t gi;
        json_t *g;
        json_array_foreach(gold, gi, g)
        {
            long gs = (long)json_integer_value(json_object_get(g, "start"));
            long ge = (long)json_integer_value(json_object_get(g, "end"));
            const char *gty = json_string_value(json_object_get(g, "type"));
            const char *gv = json_string_value(json_object_get(g, "value"));
            res->n_gold++;
            long best = -1;
            for (size_t j = 0; j < n; j++) {
                if (used[j]) continue;
                if (P[j].start == gs && P[j].end == ge) {
                    best = (long)j;
                    break;
                }
                if (best < 0 && P[j].start < ge && gs < P[j].end) best = (long)j;
            }
            if (gty && !strcmp(gty, "DATE") && gv) {
                /* oracle spans: any prediction overlapping the gold span, else its text alone */
                res->n_gold_date++;
                const char *v = NULL;
                for (size_t j = 0; j < n && !v; j++)
                    if (P[j].start < ge && gs < P[j].end) v = P[j].value;
                kba_timex *alone = NULL;
                size_t na = 0;
                if (!v) {
                    size_t bs = byte_of(text, tlen, gs), be = byte_of(text, tlen, ge);
                    if (be > bs && kba_times(text + bs, be - bs, dct, a, &alone, &na) == KB_OK &&
                        na)
                        v = alone[0].value;
                }
                if (v && !strcmp(v, gv)) res->date_value_ok++;
            }
            if (best < 0) continue;
            used[best] = 1;
            res->relaxed++;
            if (P[best].start == gs && P[best].end == ge) res->strict++;
            if (gty && !strcmp(gty, P[best].type)) res->type_ok++;
            if (gv && !strcmp(gv, P[best].value)) res->value_ok++;
        }
        if (pred_out) {
            kbu_buf_clear(&out);
            kbu_buf_append(&out, "{\"id\": ", 7);
            kbu_json_cstr(&out, id);
            kbu_buf_append(&out, ", \"timexes\": [", 14);
            for (size_t i = 0; i < n; i++) {
                kbu_buf_printf(&out, "%s{\"start\": %ld, \"end\": %ld, \"text\": ", i ? ", " : "",
                               P[i].start, P[i].end);
                kbu_json_str(&out, text + tx[i].start, tx[i].end - tx[i].start);
                kbu_buf_printf(&out, ", \"type\": \"%s\", \"value\": ", P[i].type);
                kbu_json_cstr(&out, P[i].value);
                kbu_buf_printf(&out, ", \"precision\": \"%s\"}", kba_prec_name(tx[i].prec));
            }
            kbu_buf_append(&out, "]}\n", 3);
            if (fwrite(out.data, 1, out.len, pred_out) != out.len) {
                json_decref(o);
                rc = kb_err_set(err, KB_EIO, "cannot write predictions");
                break;
            }
        }
        json_decref(o);
    }
    free(line);
    free(P);
    free(used);
    kbu_buf_free(&out);
    kb_arena_free(a);
    fclose(f);
    return rc;
}
