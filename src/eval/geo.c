/*
 * eval/geo.c -- score toponym resolution against the gold sets of
 * shared/eval/geo/ (JSON Lines: text, toponyms with code-point offsets and
 * gold coordinates), the metrics of its score_geo.py: span P/R/F1 (exact
 * spans), and over matched spans accuracy at 161 km, mean and median error
 * (haversine), AUC of the sorted log-error curve. With oracle spans the gold
 * toponyms are given to the resolver (isolates resolution); otherwise the
 * recogniser finds its own. Predictions can be written in score_geo.py's
 * format (code-point offsets) so the figures can be checked independently.
 */
#include "annotate/geo.h"
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static double hav(double la1, double lo1, double la2, double lo2)
{
    const double r = 6371.0088, d = M_PI / 180.0;
    double p1 = la1 * d, p2 = la2 * d, dp = p2 - p1, dl = (lo2 - lo1) * d;
    double a = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2);
    if (a > 1) a = 1;
    return 2 * r * asin(sqrt(a));
}

static int dcmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* code-point offset -> byte offset table for a UTF-8 string */
static size_t *cp_table(const char *s, size_t len, size_t *ncp)
{
    size_t *t = malloc((len + 2) * sizeof *t), n = 0;
    if (!t) return NULL;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) t[n++] = i;
    t[n] = len;
    *ncp = n;
    return t;
}

static size_t b2cp(const size_t *t, size_t ncp, size_t b)
{
    size_t lo = 0, hi = ncp;
    while (lo < hi) {
        size_t m = (lo + hi) / 2;
        if (t[m] < b)
            lo = m + 1;
        else
            hi = m;
    }
    return lo;
}

typedef struct gold_t {
    size_t s, e; /* bytes */
    size_t cs, ce;
    double lat, lon;
} gold_t;

int kbv_geo_score(const kba_gaz *g, const char *gold_path, int oracle, const char *pred_out,
                  kbv_geo_result *res, kb_err *err)
{
    memset(res, 0, sizeof *res);
    FILE *f = fopen(gold_path, "r");
    if (!f) return kb_err_set(err, KB_EIO, "%s: %s", gold_path, strerror(errno));
    FILE *po = NULL;
    if (pred_out && !(po = fopen(pred_out, "w"))) {
        fclose(f);
        return kb_err_set(err, KB_EIO, "%s: %s", pred_out, strerror(errno));
    }
    kba_geo *geo = kba_geo_new(g, err);
    double *errs = NULL;
    size_t nerr = 0, errcap = 0;
    gold_t *gold = NULL;
    size_t goldcap = 0;
    kba_toponym *tops = NULL;
    size_t topcap = 0;
    char *line = NULL;
    size_t lcap = 0;
    ssize_t ll;
    long lineno = 0;
    int rc = geo ? KB_OK : KB_ENOMEM;
    size_t n161_all = 0;
    kbu_buf ob = {0};
    while (rc == KB_OK && (ll = getline(&line, &lcap, f)) > 0) {
        lineno++;
        json_error_t je;
        json_t *d = json_loadb(line, (size_t)ll, 0, &je);
        if (!d) {
            rc = kb_err_set(err, KB_EFORMAT, "%s: line %ld: %s", gold_path, lineno, je.text);
            break;
        }
        const char *id = json_string_value(json_object_get(d, "id"));
        json_t *jt = json_object_get(d, "text");
        const char *text = json_string_value(jt);
        if (!id || !text) {
            json_decref(d);
            continue;
        }
        size_t tlen = json_string_length(jt), ncp;
        size_t *cpt = cp_table(text, tlen, &ncp);
        if (!cpt) {
            json_decref(d);
            rc = KB_ENOMEM;
            break;
        }
        size_t ng = 0, k;
        json_t *t;
        json_array_foreach(json_object_get(d, "toponyms"), k, t)
        {
            json_t *la = json_object_get(t, "lat"), *lo = json_object_get(t, "lon");
            if (!json_is_number(la) || !json_is_number(lo)) continue;
            json_int_t cs = json_integer_value(json_object_get(t, "start"));
            json_int_t ce = json_integer_value(json_object_get(t, "end"));
            if (cs < 0 || ce < cs || (size_t)ce > ncp) continue;
            if (ng + 1 > goldcap) {
                goldcap = goldcap ? goldcap * 2 : 64;
                gold_t *ng2 = realloc(gold, goldcap * sizeof *gold);
                if (!ng2) {
                    rc = KB_ENOMEM;
                    break;
                }
                gold = ng2;
            }
            gold[ng].cs = (size_t)cs;
            gold[ng].ce = (size_t)ce;
            gold[ng].s = cpt[cs];
            gold[ng].e = cpt[ce];
            gold[ng].lat = json_number_value(la);
            gold[ng].lon = json_number_value(lo);
            ng++;
        }
        kba_toponym *pred = NULL;
        size_t np = 0;
        if (rc == KB_OK) {
            if (oracle) {
                if (ng > topcap) {
                    topcap = ng * 2;
                    kba_toponym *nt = realloc(tops, topcap * sizeof *tops);
                    if (!nt)
                        rc = KB_ENOMEM;
                    else
                        tops = nt;
                }
                if (rc == KB_OK) {
                    for (size_t i = 0; i < ng; i++) {
                        tops[i].start = (uint32_t)gold[i].s;
                        tops[i].end = (uint32_t)gold[i].e;
                    }
                    /* the resolver wants text order */
                    rc = kba_geo_resolve(geo, text, tlen, tops, ng);
                    size_t kk = 0;
                    for (size_t i = 0; i < ng; i++)
                        if (tops[i].rec >= 0) tops[kk++] = tops[i];
                    pred = tops;
                    np = kk;
                }
            } else {
                rc = kba_geo_find(geo, text, tlen, &pred, &np);
            }
        }
        if (rc == KB_OK) {
            res->docs++;
            res->gold += ng;
            res->pred += np;
            char *used = calloc(np + 1, 1);
            if (!used) rc = KB_ENOMEM;
            for (size_t i = 0; rc == KB_OK && i < ng; i++) {
                int hit = 0;
                for (size_t j = 0; j < np; j++) {
                    if (used[j] || pred[j].start != gold[i].s || pred[j].end != gold[i].e) continue;
                    used[j] = 1;
                    hit = 1;
                    const kba_grec *r = kba_gaz_rec(g, (uint32_t)pred[j].rec);
                    double e = r ? hav(gold[i].lat, gold[i].lon, r->lat, r->lon) : 20039.0;
                    if (nerr + 1 > errcap) {
                        errcap = errcap ? errcap * 2 : 1024;
                        double *ne = realloc(errs, errcap * sizeof *errs);
                        if (!ne) {
                            rc = KB_ENOMEM;
                            break;
                        }
                        errs = ne;
                    }
                    errs[nerr++] = e;
                    res->matched++;
                    if (e <= 161) n161_all++;
                    break;
                }
                (void)hit;
            }
            free(used);
            if (po && rc == KB_OK) {
                kbu_buf_clear(&ob);
                kbu_buf_append(&ob, "{\"id\": ", 7);
                kbu_json_cstr(&ob, id);
                kbu_buf_append(&ob, ", \"toponyms\": [", 15);
                for (size_t j = 0; j < np; j++) {
                    const kba_grec *r = kba_gaz_rec(g, (uint32_t)pred[j].rec);
                    if (!r) continue;
                    kbu_buf_printf(
                        &ob,
                        "%s{\"start\": %zu, \"end\": %zu, \"lat\": %.5f, \"lon\": %.5f, \"name\": ",
                        j ? ", " : "", b2cp(cpt, ncp, pred[j].start), b2cp(cpt, ncp, pred[j].end),
                        r->lat, r->lon);
                    kbu_json_cstr(&ob, kba_gaz_str(g, r->name));
                    kbu_buf_printf(&ob, ", \"flags\": %u}", pred[j].flags);
                }
                kbu_buf_append(&ob, "]}\n", 3);
                if (fwrite(ob.data, 1, ob.len, po) != ob.len)
                    rc = kb_err_set(err, KB_EIO, "%s: write failed", pred_out);
            }
        }
        free(cpt);
        json_decref(d);
    }
    free(line);
    fclose(f);
    if (po && fclose(po) && rc == KB_OK) rc = kb_err_set(err, KB_EIO, "%s: write failed", pred_out);
    if (rc == KB_ENOMEM) kb_err_set(err, rc, "out of memory");
    if (rc == KB_OK) {
        res->precision = res->pred ? (double)res->matched / (double)res->pred : 0;
        res->recall = res->gold ? (double)res->matched / (double)res->gold : 0;
        res->f1 = res->precision + res->recall > 0
                      ? 2 * res->precision * res->recall / (res->precision + res->recall)
                      : 0;
        res->acc161_all = res->gold ? (double)n161_all / (double)res->gold : 0;
        if (nerr) {
            size_t n161 = 0;
            double sum = 0;
            for (size_t i = 0; i < nerr; i++) {
                n161 += errs[i] <= 161;
                sum += errs[i];
            }
            qsort(errs, nerr, sizeof *errs, dcmp);
            res->acc161 = (double)n161 / (double)nerr;
            res->mean_km = sum / (double)nerr;
            res->median_km = errs[nerr / 2];
            double mx = log(20039.0 + 1);
            if (nerr == 1) {
                res->auc = log(1 + errs[0]) / mx;
            } else {
                double area = 0;
                for (size_t i = 0; i + 1 < nerr; i++)
                    area += (log(1 + errs[i]) / mx + log(1 + errs[i + 1]) / mx) / 2;
                res->auc = area / (double)(nerr - 1);
            }
        }
    }
    kbu_buf_free(&ob);
    free(errs);
    free(gold);
    free(tops);
    kba_geo_free(geo);
    return rc;
}
