/*
 * cmd_events.c -- the stored events (issue 4 section 3, issue 6 section 2):
 *   khabar events    merged events with their counts and evidence sentences;
 *   khabar timeline  a dyad's events in date order (both directions), with evidence;
 *   khabar series    counts and summed tolls per day, week or month as CSV, zero-filled.
 * All three read the store through kb_store_events / kb_store_mentions
 * (docs/STORE.md, views event_rows and event_mentions).
 */
#include "cli.h"
#include "kb_internal.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const char events_usage[] =
    "usage: khabar events [--db FILE] [--from D] [--to D] [--source CODE] [--target CODE]\n"
    "                     [--root NN] [--quad N] [--country XXX] [--doc ID]\n"
    "                     [--format text|jsonl|tsv]\n"
    "\n"
    "List the stored events (mentions of one happening merged into one event), with their\n"
    "counts (mentions, outlets, articles: a copy counts once), toll summary and evidence.\n"
    "  --from, --to D     event dates within (YYYY-MM-DD, inclusive)\n"
    "  --source, --target CODE  actor code prefixes (PAK matches PAKMIL)\n"
    "  --root NN          CAMEO root (two digits); --quad N: quad class 1..4\n"
    "  --country XXX      the event's place (else an actor) in this ISO alpha-3 country\n"
    "  --doc ID           events with a mention in this article (id or key prefix)\n"
    "  --format text      each event, then its mentions: article, sentence, evidence (default)\n"
    "  --format jsonl     one event a line, its mentions in \"mentions\"\n"
    "  --format tsv       a header, then one event a line (with its first evidence)\n";

static const char timeline_usage[] =
    "usage: khabar timeline [--db FILE] [--from D] [--to D] [--format text|jsonl|tsv]\n"
    "                       SOURCE [TARGET]\n"
    "\n"
    "A dyad's events in date order with their evidence: SOURCE's acts on TARGET and\n"
    "TARGET's on SOURCE (without TARGET: every event SOURCE is a side of). Codes match\n"
    "by prefix, so PAK matches PAKMIL and PAKGOV.\n";

static const char series_usage[] =
    "usage: khabar series [--db FILE] [--by day|week|month|year] [--quad N] [--root NN]\n"
    "                     [--country XXX] [--source CODE] [--target CODE] [--from D] [--to D]\n"
    "\n"
    "Counts per period as CSV: period,events,mentions,killed,injured. Every period from\n"
    "--from (else the first event) to --to (else the last) is listed, zero-filled.\n"
    "killed/injured sum each event's most reported figure. Weeks start on Monday\n"
    "(period = the Monday's date); months are YYYY-MM, years YYYY. An event is counted\n"
    "when its date is as precise as the period: events known only to the month count\n"
    "by month and year, those known only to the year by year; the events left out\n"
    "(too coarse for the period, or undated) are counted on standard error.\n";

typedef struct ev_args {
    const char *db, *format, *by;
    kb_event_filter f;
    const char *quad;
    const char *pos[3];
    int npos;
} ev_args;

/* Parse the options the three commands share; CLI_OK or an exit status (-1: help shown). */
static int parse(int argc, char **argv, ev_args *a, const char *usage, int max_pos)
{
    cli_opt opts[] = {{"db", 0, 1, &a->db, NULL},
                      {"from", 0, 1, &a->f.from, NULL},
                      {"to", 0, 1, &a->f.to, NULL},
                      {"source", 0, 1, &a->f.source, NULL},
                      {"target", 0, 1, &a->f.target, NULL},
                      {"root", 0, 1, &a->f.root, NULL},
                      {"quad", 0, 1, &a->quad, NULL},
                      {"country", 0, 1, &a->f.country, NULL},
                      {"doc", 0, 1, &a->f.doc, NULL},
                      {"format", 'f', 1, &a->format, NULL},
                      {"by", 0, 1, &a->by, NULL},
                      {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    if (!pos) return CLI_PARTIAL;
    int np = 0;
    int rc = cli_parse(argc, argv, opts, pos, &np, usage);
    if (rc == CLI_OK && np > max_pos) {
        cli_error("%s: unexpected argument '%s'", argv[0], pos[max_pos]);
        rc = CLI_USAGE;
    }
    for (int i = 0; rc == CLI_OK && i < np && i < 3; i++)
        a->pos[i] = pos[i];
    a->npos = np;
    free(pos);
    if (rc != CLI_OK) return rc;
    if (a->quad) {
        char *end;
        long q = strtol(a->quad, &end, 10);
        if (*end || q < 1 || q > 4) {
            cli_error("%s: --quad wants 1..4, not '%s'", argv[0], a->quad);
            return CLI_USAGE;
        }
        a->f.quad = (int)q;
    }
    return CLI_OK;
}

/* Upper-case an actor or country code the user typed (codes are stored upper-case). */
static const char *upcase(const char *s, char *buf, size_t cap)
{
    if (!s) return NULL;
    size_t i = 0;
    for (; s[i] && i + 1 < cap; i++)
        buf[i] = (char)toupper((unsigned char)s[i]);
    buf[i] = '\0';
    return buf;
}

/* A JSON string field: lead (",\"name\":") then the value, null when NULL. */
static void jfield(kbu_buf *b, const char *lead, const char *v)
{
    kbu_buf_printf(b, "%s", lead);
    kbu_json_cstr(b, v);
}

static void json_int(kbu_buf *b, const char *name, int v)
{
    if (v < 0)
        kbu_buf_printf(b, ",\"%s\":null", name);
    else
        kbu_buf_printf(b, ",\"%s\":%d", name, v);
}

static void json_actor(kbu_buf *b, const kb_actor *a)
{
    if (!a->code) {
        kbu_buf_printf(b, "null");
        return;
    }
    jfield(b, "{\"code\":", a->code);
    jfield(b, ",\"name\":", a->name);
    jfield(b, ",\"country\":", a->country);
    kbu_buf_putc(b, '}');
}

static void json_event(kbu_buf *b, const kb_event_row *e)
{
    kbu_buf_printf(b, "{\"event_id\":%lld,\"date\":", (long long)e->event_id);
    kbu_json_cstr(b, e->date);
    jfield(b, ",\"date_precision\":", e->date_precision);
    kbu_buf_printf(b, ",\"historical\":%s,\"source\":", e->historical ? "true" : "false");
    json_actor(b, &e->source);
    kbu_buf_printf(b, ",\"target\":");
    json_actor(b, &e->target);
    jfield(b, ",\"code\":", e->code);
    jfield(b, ",\"root\":", e->root);
    kbu_buf_printf(b, ",\"quad\":%d,\"goldstein\":%.1f,\"plover\":", e->quad, e->goldstein);
    kbu_json_cstr(b, e->plover);
    kbu_buf_printf(b, ",\"place\":");
    if (e->place.name) {
        jfield(b, "{\"name\":", e->place.name);
        jfield(b, ",\"country\":", e->place.country);
        jfield(b, ",\"adm1\":", e->place.adm1);
        kbu_json_latlon(b, e->place.lat, e->place.lon);
        kbu_buf_append(b, ",\"precision\":", 13);
        kbu_json_cstr(b, e->place.precision);
        kbu_buf_putc(b, '}');
    } else {
        kbu_buf_printf(b, "null");
    }
    json_int(b, "killed_min", e->killed_min);
    json_int(b, "killed_max", e->killed_max);
    json_int(b, "killed_mode", e->killed_mode);
    json_int(b, "injured_min", e->injured_min);
    json_int(b, "injured_max", e->injured_max);
    json_int(b, "injured_mode", e->injured_mode);
    kbu_buf_printf(b,
                   ",\"num_mentions\":%d,\"num_sources\":%d,\"num_articles\":%d,"
                   "\"num_copies\":%d,\"confidence\":%.3f,\"first_doc\":",
                   e->num_mentions, e->num_sources, e->num_articles, e->num_copies, e->confidence);
    kbu_json_cstr(b, e->first_doc_id);
    jfield(b, ",\"source_url\":", e->source_url);
    jfield(b, ",\"story\":", e->story);
}

static void json_mention(kbu_buf *b, const kb_mention_row *m)
{
    jfield(b, "{\"doc\":", m->doc_id);
    jfield(b, ",\"outlet\":", m->outlet);
    jfield(b, ",\"url\":", m->url);
    jfield(b, ",\"article_date\":", m->article_date);
    kbu_buf_printf(b, ",\"copy\":%s,\"sentence\":%d,\"start\":%u,\"end\":%u,\"evidence\":",
                   m->copy_of ? "true" : "false", m->sentence, m->start, m->end);
    kbu_json_cstr(b, m->evidence);
    jfield(b, ",\"source\":", m->source.code);
    jfield(b, ",\"target\":", m->target.code);
    jfield(b, ",\"code\":", m->code);
    jfield(b, ",\"date\":", m->date);
    jfield(b, ",\"place\":", m->place_name);
    json_int(b, "killed", m->killed);
    json_int(b, "injured", m->injured);
    kbu_buf_printf(b, ",\"confidence\":%.2f}", m->confidence);
}

static void toll_text(kbu_buf *b, const char *what, int mn, int mx, int mode)
{
    if (mode < 0 && mn < 0) return;
    if (mn == mx || mx < 0)
        kbu_buf_printf(b, "  %s %d", what, mode >= 0 ? mode : mn);
    else
        kbu_buf_printf(b, "  %s %d-%d (most reported %d)", what, mn, mx, mode);
}

/* One event and its mentions in the chosen format. */
static int print_event(kb_store *st, const kb_event_row *e, int fmt, kbu_buf *out, kb_err *err)
{
    if (fmt == 2) { /* tsv */
        kbu_buf_printf(out, "%lld\t%s\t%s\t%s\t%s\t%s\t%d\t%.1f\t%s\t%s\t%s\t", (long long)e->event_id,
                       e->date ? e->date : "", e->source.code ? e->source.code : "",
                       e->target.code ? e->target.code : "", e->code, e->root, e->quad,
                       e->goldstein, e->plover ? e->plover : "",
                       e->place.name ? e->place.name : "",
                       e->place.country ? e->place.country : "");
        int v[6] = {e->killed_min, e->killed_max, e->killed_mode,
                    e->injured_min, e->injured_max, e->injured_mode};
        for (int i = 0; i < 6; i++)
            if (v[i] >= 0)
                kbu_buf_printf(out, "%d\t", v[i]);
            else
                kbu_buf_printf(out, "\t");
        kbu_buf_printf(out, "%d\t%d\t%d\t%d\t%.3f\t%s\t%s\t", e->num_mentions, e->num_sources,
                       e->num_articles, e->num_copies, e->confidence,
                       e->first_doc_id ? e->first_doc_id : "", e->source_url ? e->source_url : "");
        for (const char *p = e->evidence ? e->evidence : ""; *p; p++)
            kbu_buf_putc(out, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
        kbu_buf_putc(out, '\n');
        return KB_OK;
    }
    if (fmt == 1)
        json_event(out, e);
    else {
        kbu_buf_printf(out, "%s  %s -> %s  %s %s  quad %d  goldstein %.1f",
                       e->date ? e->date : "undated", e->source.code ? e->source.code : "-",
                       e->target.code ? e->target.code : "-", e->code,
                       e->plover ? e->plover : "-", e->quad, e->goldstein);
        if (e->historical) kbu_buf_printf(out, "  (historical)");
        if (e->place.name)
            kbu_buf_printf(out, "  at %s%s%s", e->place.name, e->place.country ? ", " : "",
                           e->place.country ? e->place.country : "");
        toll_text(out, "killed", e->killed_min, e->killed_max, e->killed_mode);
        toll_text(out, "injured", e->injured_min, e->injured_max, e->injured_mode);
        kbu_buf_printf(out,
                       "\n  event %lld: %d mention%s, %d source%s, %d article%s"
                       " (%d cop%s), confidence %.2f\n",
                       (long long)e->event_id, e->num_mentions, e->num_mentions == 1 ? "" : "s",
                       e->num_sources, e->num_sources == 1 ? "" : "s", e->num_articles,
                       e->num_articles == 1 ? "" : "s", e->num_copies,
                       e->num_copies == 1 ? "y" : "ies", e->confidence);
    }
    kb_mention_query *q = kb_store_mentions(st, e->event_id, err);
    if (!q) return err->code ? err->code : KB_ESTORE;
    kb_mention_row m;
    int r, n = 0;
    if (fmt == 1) kbu_buf_printf(out, ",\"mentions\":[");
    while ((r = kb_mention_step(q, &m, err)) == KB_OK) {
        if (fmt == 1) {
            if (n) kbu_buf_putc(out, ',');
            json_mention(out, &m);
        } else {
            kbu_buf_printf(out, "    %s  %s  s%d%s: %s\n", m.doc_id ? m.doc_id : "-",
                           m.outlet ? m.outlet : "-", m.sentence, m.copy_of ? " (copy)" : "",
                           m.evidence ? m.evidence : "");
        }
        n++;
    }
    kb_mention_query_free(q);
    if (fmt == 1) kbu_buf_printf(out, "]}\n");
    return r == KB_DONE ? KB_OK : r;
}

static const char tsv_header[] =
    "event_id\tdate\tsource\ttarget\tcode\troot\tquad\tgoldstein\tplover\tplace\tcountry\t"
    "killed_min\tkilled_max\tkilled_mode\tinjured_min\tinjured_max\tinjured_mode\t"
    "num_mentions\tnum_sources\tnum_articles\tnum_copies\tconfidence\tfirst_doc\tsource_url\t"
    "evidence\n";

static kb_store *open_store(const char *db, int *rc)
{
    kb_err err = {0};
    kb_store *st = kb_store_open_ex(db, KB_STORE_NOCREATE, &err);
    if (!st) {
        cli_error("%s", err.msg);
        *rc = err.code == KB_EUSAGE ? CLI_USAGE : CLI_PARTIAL;
    }
    return st;
}

/* List the events of filter f in format fmt (0 text, 1 jsonl, 2 tsv). */
static int list_events(const char *db, const kb_event_filter *f, int fmt)
{
    int rc = CLI_OK;
    kb_store *st = open_store(db, &rc);
    if (!st) return rc;
    kb_err err = {0};
    kb_event_query *q = kb_store_events(st, f, &err);
    if (!q) {
        cli_error("%s", err.msg);
        kb_store_close(st);
        return err.code == KB_EUSAGE ? CLI_USAGE : CLI_PARTIAL;
    }
    kbu_buf out = {0};
    if (fmt == 2) kbu_buf_printf(&out, "%s", tsv_header);
    kb_event_row e;
    int r, n = 0;
    while ((r = kb_event_step(q, &e, &err)) == KB_OK) {
        if (fmt == 0 && n) kbu_buf_putc(&out, '\n');
        if ((r = print_event(st, &e, fmt, &out, &err)) != KB_OK) break;
        n++;
        if (out.len > (1 << 16)) {
            fwrite(out.data, 1, out.len, stdout);
            kbu_buf_clear(&out);
        }
    }
    if (out.len) fwrite(out.data, 1, out.len, stdout);
    kbu_buf_free(&out);
    kb_event_query_free(q);
    kb_store_close(st);
    if (r != KB_DONE) {
        cli_error("%s", err.msg);
        return CLI_PARTIAL;
    }
    return fflush(stdout) == 0 ? CLI_OK : CLI_PARTIAL;
}

static int format_of(const char *cmd, const char *format)
{
    if (!format || !strcmp(format, "text")) return 0;
    if (!strcmp(format, "jsonl")) return 1;
    if (!strcmp(format, "tsv")) return 2;
    cli_error("%s: unknown format '%s' (text, jsonl or tsv)", cmd, format);
    return -1;
}

int cmd_events(int argc, char **argv)
{
    ev_args a = {0};
    int rc = parse(argc, argv, &a, events_usage, 0);
    if (rc != CLI_OK) return rc < 0 ? 0 : rc;
    int fmt = format_of("events", a.format);
    if (fmt < 0) return CLI_USAGE;
    char sb[32], tb[32], cb[8];
    a.f.source = upcase(a.f.source, sb, sizeof sb);
    a.f.target = upcase(a.f.target, tb, sizeof tb);
    a.f.country = upcase(a.f.country, cb, sizeof cb);
    return list_events(a.db, &a.f, fmt);
}

int cmd_timeline(int argc, char **argv)
{
    ev_args a = {0};
    int rc = parse(argc, argv, &a, timeline_usage, 2);
    if (rc != CLI_OK) return rc < 0 ? 0 : rc;
    if (a.npos < 1) {
        cli_error("timeline: which actor? (khabar timeline SOURCE [TARGET])");
        fputs(timeline_usage, stderr);
        return CLI_USAGE;
    }
    int fmt = format_of("timeline", a.format);
    if (fmt < 0) return CLI_USAGE;
    char sb[32], tb[32];
    kb_event_filter f = {0};
    f.from = a.f.from;
    f.to = a.f.to;
    f.root = a.f.root;
    f.quad = a.f.quad;
    f.source = upcase(a.pos[0], sb, sizeof sb);
    f.target = upcase(a.pos[1], tb, sizeof tb);
    f.either_way = 1;
    return list_events(a.db, &f, fmt);
}

/* ---- series ------------------------------------------------------------------ */
static void days_ymd(int32_t z, int *y, int *m, int *d)
{
    long yy;
    kbu_civil_from_days(z, &yy, m, d);
    *y = (int)yy;
}

/* Periods: 0 day, 1 week, 2 month, 3 year. The period a day falls in, as an
 * ordinal: days (day), Mondays (week), months since year 0 (month), years. */
static int32_t period_of(int32_t day, int by)
{
    if (by == 0) return day;
    if (by == 1) { /* 1970-01-01 was a Thursday: Monday is day -3 */
        int32_t x = day + 3;
        return x >= 0 ? x / 7 : -((-x + 6) / 7);
    }
    int y, m, d;
    days_ymd(day, &y, &m, &d);
    return by == 3 ? (int32_t)y : (int32_t)(y * 12 + (m - 1));
}

static void period_name(int32_t p, int by, char *buf, size_t cap)
{
    int y, m, d;
    if (by == 3) {
        snprintf(buf, cap, "%04d", (int)p);
        return;
    }
    if (by == 2) {
        snprintf(buf, cap, "%04d-%02d", p / 12, p % 12 + 1);
        return;
    }
    days_ymd(by == 1 ? p * 7 - 3 : p, &y, &m, &d);
    snprintf(buf, cap, "%04d-%02d-%02d", y, m, d);
}

static int32_t day_of_ymd(const char *s) /* "YYYY-MM-DD", the store checked it */
{
    long z = 0;
    kbu_day_of_ymd(s, &z);
    return (int32_t)z;
}

typedef struct bucket {
    long events, mentions, killed, injured;
} bucket;

int cmd_series(int argc, char **argv)
{
    ev_args a = {0};
    int rc = parse(argc, argv, &a, series_usage, 0);
    if (rc != CLI_OK) return rc < 0 ? 0 : rc;
    int by = !a.by || !strcmp(a.by, "day") ? 0 : !strcmp(a.by, "week") ? 1
                                               : !strcmp(a.by, "month") ? 2
                                               : !strcmp(a.by, "year") ? 3 : -1;
    if (by < 0) {
        cli_error("series: --by wants day, week, month or year, not '%s'", a.by);
        return CLI_USAGE;
    }
    if (a.format) {
        cli_error("series: the output is CSV (no --format)");
        return CLI_USAGE;
    }
    char sb[32], tb[32], cb[8];
    a.f.source = upcase(a.f.source, sb, sizeof sb);
    a.f.target = upcase(a.f.target, tb, sizeof tb);
    a.f.country = upcase(a.f.country, cb, sizeof cb);
    kb_store *st = open_store(a.db, &rc);
    if (!st) return rc;
    kb_err err = {0};
    kb_event_query *q = kb_store_events(st, &a.f, &err);
    if (!q) {
        cli_error("%s", err.msg);
        kb_store_close(st);
        return err.code == KB_EUSAGE ? CLI_USAGE : CLI_PARTIAL;
    }
    /* events come in date order: periods grow, so one array from the first period */
    bucket *b = NULL;
    size_t nb = 0, cap = 0;
    int32_t p0 = INT32_MIN;
    if (a.f.from) p0 = period_of(day_of_ymd(a.f.from), by);
    kb_event_row e;
    int r;
    long left_out = 0;
    while ((r = kb_event_step(q, &e, &err)) == KB_OK) {
        /* the date's length its precision gives (YYYY-MM-DD, YYYY-MM, YYYY), and the one
         * the period needs; the day counted is the date's first day */
        const char *pr = e.date_precision;
        size_t dl = !pr ? 0 : !strcmp(pr, "day") ? 10 : !strcmp(pr, "month") ? 7
                                 : !strcmp(pr, "year") ? 4 : 0;
        size_t need = by == 3 ? 4 : by == 2 ? 7 : 10;
        if (!e.date || !dl || strlen(e.date) != dl || dl < need) {
            left_out++; /* undated, or coarser than the period */
            continue;
        }
        long z = kbu_days_from_civil(atol(e.date), dl >= 7 ? atoi(e.date + 5) : 1,
                                     dl == 10 ? atoi(e.date + 8) : 1);
        int32_t p = period_of((int32_t)z, by);
        if (p0 == INT32_MIN) p0 = p;
        if (p < p0) continue;
        size_t i = (size_t)(p - p0);
        if (i >= cap) {
            size_t nc = cap ? cap : 64;
            while (nc <= i)
                nc *= 2;
            bucket *nbk = realloc(b, nc * sizeof *nbk);
            if (!nbk) {
                r = kb_err_set(&err, KB_ENOMEM, "series: out of memory");
                break;
            }
            memset(nbk + cap, 0, (nc - cap) * sizeof *nbk);
            b = nbk;
            cap = nc;
        }
        if (i + 1 > nb) nb = i + 1;
        b[i].events++;
        b[i].mentions += e.num_mentions;
        if (e.killed_mode > 0) b[i].killed += e.killed_mode;
        if (e.injured_mode > 0) b[i].injured += e.injured_mode;
    }
    kb_event_query_free(q);
    kb_store_close(st);
    if (r != KB_DONE) {
        cli_error("%s", err.msg);
        free(b);
        return CLI_PARTIAL;
    }
    if (a.f.to && p0 != INT32_MIN) {
        int32_t pe = period_of(day_of_ymd(a.f.to), by);
        if (pe >= p0 && (size_t)(pe - p0) + 1 > nb) {
            size_t want = (size_t)(pe - p0) + 1;
            bucket *nbk = realloc(b, want * sizeof *nbk);
            if (!nbk) {
                cli_error("series: out of memory");
                free(b);
                return CLI_PARTIAL;
            }
            memset(nbk + nb, 0, (want - nb) * sizeof *nbk);
            b = nbk;
            nb = want;
        }
    }
    if (left_out)
        fprintf(stderr, "series: %ld event%s not counted (undated, or dated less precisely than a %s)\n",
                left_out, left_out == 1 ? "" : "s", by == 0 ? "day" : by == 1 ? "week" : by == 2 ? "month" : "year");
    printf("period,events,mentions,killed,injured\n");
    char name[16];
    for (size_t i = 0; i < nb; i++) {
        period_name(p0 + (int32_t)i, by, name, sizeof name);
        printf("%s,%ld,%ld,%ld,%ld\n", name, b[i].events, b[i].mentions, b[i].killed,
               b[i].injured);
    }
    free(b);
    return fflush(stdout) == 0 ? CLI_OK : CLI_PARTIAL;
}
