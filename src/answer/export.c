/*
 * export.c -- `khabar export`: the stored events written as GDELT 2.0 events
 * (61 columns) and mentions (16 columns), or as JSON Lines / CSV carrying
 * every column of the store's views with the evidence. It reads the SQL
 * views the store documents for exporters (docs/STORE.md, version 3:
 * event_rows, event_mentions) through a read-only SQLite connection, selects
 * the events once into a temporary table (filters: dates, actors, root,
 * country), computes each article's tone (tone.c) into another, then streams
 * rows to the caller's write callback. Column mapping: docs/EXPORT.md.
 */
#include "answer/export.h"
#include <ctype.h>
#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

typedef struct ex {
    sqlite3 *db;
    const kbx_export_opts *o;
    const kbx_codes *codes;
    kbx_write_fn write;
    void *ctx;
    kbu_buf row;
    kbu_buf geo; /* the ActionGeo columns of the current row */
    kb_err *err;
} ex;

static int sql_fail(ex *x, const char *what)
{
    return kb_err_set(x->err, KB_ESTORE, "%s: %s: %s", x->o->db, what, sqlite3_errmsg(x->db));
}

static int exec(ex *x, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(x->db, sql, NULL, NULL, &msg) == SQLITE_OK) return KB_OK;
    kb_err_set(x->err, KB_ESTORE, "%s: %s", x->o->db, msg ? msg : "SQL error");
    sqlite3_free(msg);
    return KB_ESTORE;
}

static int emit(ex *x, int table)
{
    if (x->row.len == 0) return KB_OK;
    int r = x->write(x->ctx, table, x->row.data, x->row.len);
    kbu_buf_clear(&x->row);
    return r == KB_OK ? KB_OK : kb_err_set(x->err, KB_EIO, "cannot write the export");
}

static const char *col_text(sqlite3_stmt *st, int i)
{
    return sqlite3_column_type(st, i) == SQLITE_NULL ? NULL : (const char *)sqlite3_column_text(st, i);
}

/* ---- selection and tone ------------------------------------------------- */
#define DAY_OF(d)                                                                            \
    "(CASE length(" d ") WHEN 4 THEN " d " || '-01-01' WHEN 7 THEN " d " || '-01' ELSE substr(" d \
    ", 1, 10) END)"

static int select_events(ex *x)
{
    const kbx_export_opts *o = x->o;
    static const char sql[] =
        "CREATE TEMP TABLE kbx_sel AS SELECT r.event_id AS event_id,"
        " (SELECT min(m.ingested_at) FROM event_mentions m WHERE m.event_id = r.event_id) AS first_seen"
        " FROM event_rows r WHERE"
        " (?1 IS NULL OR " DAY_OF("r.date") " >= ?1) AND (?2 IS NULL OR " DAY_OF("r.date") " <= ?2)"
        " AND (?3 IS NULL OR substr(r.source_code, 1, length(?3)) = ?3)"
        " AND (?4 IS NULL OR substr(r.target_code, 1, length(?4)) = ?4)"
        " AND (?5 IS NULL OR r.root = ?5)"
        " AND (?6 IS NULL OR r.place_country = ?6 OR r.source_country = ?6 OR r.target_country = ?6)";
    int rc = exec(x, "DROP TABLE IF EXISTS temp.kbx_sel; DROP TABLE IF EXISTS temp.kbx_tone;"
                     "CREATE TEMP TABLE kbx_tone(key TEXT PRIMARY KEY, tone REAL, words INTEGER)");
    if (rc != KB_OK) return rc;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(x->db, sql, -1, &st, NULL) != SQLITE_OK) return sql_fail(x, "selecting events");
    const char *v[6] = {o->from, o->to, o->source, o->target, o->root, o->country};
    for (int i = 0; i < 6; i++)
        if (v[i] && *v[i]) sqlite3_bind_text(st, i + 1, v[i], -1, SQLITE_STATIC);
    int s = sqlite3_step(st);
    sqlite3_finalize(st);
    if (s != SQLITE_DONE) return sql_fail(x, "selecting events");
    return exec(x, "CREATE UNIQUE INDEX temp.kbx_sel_id ON kbx_sel(event_id)");
}

static int compute_tones(ex *x, kbx_tone *tone)
{
    sqlite3_stmt *q = NULL, *ins = NULL;
    int rc = KB_OK;
    if (sqlite3_prepare_v2(x->db,
                           "SELECT a.key, a.text FROM articles a WHERE a.key IN (SELECT m.doc_key FROM"
                           " event_mentions m JOIN kbx_sel s ON s.event_id = m.event_id)",
                           -1, &q, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(x->db, "INSERT INTO kbx_tone(key, tone, words) VALUES(?1, ?2, ?3)", -1, &ins,
                           NULL) != SQLITE_OK)
        rc = sql_fail(x, "reading article texts");
    int s;
    while (rc == KB_OK && (s = sqlite3_step(q)) == SQLITE_ROW) {
        const char *text = (const char *)sqlite3_column_text(q, 1);
        size_t n = (size_t)sqlite3_column_bytes(q, 1);
        kbx_tone_score sc;
        rc = kbx_tone_of(tone, text ? text : "", text ? n : 0, &sc, x->err);
        if (rc != KB_OK) break;
        sqlite3_bind_text(ins, 1, (const char *)sqlite3_column_text(q, 0), -1, SQLITE_TRANSIENT);
        sqlite3_bind_double(ins, 2, sc.tone);
        sqlite3_bind_int64(ins, 3, sc.words);
        if (sqlite3_step(ins) != SQLITE_DONE) rc = sql_fail(x, "storing tones");
        sqlite3_reset(ins);
    }
    if (rc == KB_OK && s != SQLITE_DONE) rc = sql_fail(x, "reading article texts");
    sqlite3_finalize(q);
    sqlite3_finalize(ins);
    return rc;
}

/* ---- GDELT helpers -------------------------------------------------------- */
/* A text field: tabs, newlines and control characters become spaces. */
static void put_text(kbu_buf *b, const char *s, int upper)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c < 0x20 || c == 0x7F) c = ' ';
        if (upper && c < 0x80) c = (unsigned char)toupper(c);
        kbu_buf_putc(b, c);
    }
}

static void tab(kbu_buf *b) { kbu_buf_putc(b, '\t'); }

/* A URL field: spaces and control characters percent-encoded. */
static void put_url(kbu_buf *b, const char *s)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c <= 0x20 || c == 0x7F)
            kbu_buf_printf(b, "%%%02X", c);
        else
            kbu_buf_putc(b, c);
    }
}

/* "2025-10-12", "2025-10", "2025" (or with a time) -> y, m, d; 0 if not a date. */
static int ymd(const char *s, int *y, int *m, int *d)
{
    if (!s || strlen(s) < 4 || strspn(s, "0123456789") < 4) return 0;
    *y = atoi(s);
    *m = 1;
    *d = 1;
    if (s[4] == '-' && isdigit((unsigned char)s[5]) && isdigit((unsigned char)s[6])) {
        *m = atoi(s + 5);
        if (s[7] == '-' && isdigit((unsigned char)s[8]) && isdigit((unsigned char)s[9])) *d = atoi(s + 8);
    }
    return *y >= 1000 && *m >= 1 && *m <= 12 && *d >= 1 && *d <= 31;
}

/* An actor code split as GDELT columns: the code (3-character segments, an
 * unknown country "---" dropped), its country, known group and up to 3 types. */
typedef struct actor_cols {
    char code[64], country[4], group[4], type[3][4];
} actor_cols;

static void actor_split(const kbx_codes *codes, const char *in, actor_cols *a)
{
    memset(a, 0, sizeof *a);
    if (!in) return;
    while (!strncmp(in, "---", 3)) in += 3;
    size_t n = strlen(in);
    n -= n % 3;
    if (n >= sizeof a->code) n = (sizeof a->code - 1) / 3 * 3;
    size_t w = 0;
    int nt = 0;
    for (size_t i = 0; i < n; i += 3) {
        char seg[4] = {in[i], in[i + 1], in[i + 2], 0};
        if (!isalnum((unsigned char)seg[0]) || !isalnum((unsigned char)seg[1]) ||
            !isalnum((unsigned char)seg[2]))
            continue;
        memcpy(a->code + w, seg, 4);
        w += 3;
        if (!a->country[0] && kbx_is_actor_country(codes, seg))
            memcpy(a->country, seg, 4);
        else if (kbx_is_actor_type(codes, seg)) {
            if (nt < 3) memcpy(a->type[nt++], seg, 4);
        } else if (!a->group[0])
            memcpy(a->group, seg, 4);
    }
}

/* Writes the 10 actor columns; a gets the split code. */
static void put_actor(kbu_buf *b, const kbx_codes *codes, const char *code, const char *name,
                      actor_cols *out)
{
    actor_cols a;
    actor_split(codes, code, &a);
    *out = a;
    put_text(b, a.code, 0);
    tab(b);
    if (a.code[0]) put_text(b, name, 1);
    tab(b);
    put_text(b, a.country, 0);
    tab(b);
    put_text(b, a.group, 0);
    kbu_buf_printf(b, "\t\t\t\t"); /* ethnic, religion 1 and 2: not coded */
    for (int i = 0; i < 3; i++) {
        put_text(b, a.type[i], 0);
        tab(b);
    }
}

/* Geo columns (8) of a place; empty with type 0 when it has no FIPS country. */
static void put_geo(kbu_buf *b, const kbx_codes *codes, const char *name, const char *iso3,
                    const char *adm1, const char *precision, int has_ll, double lat, double lon)
{
    const char *fips = kbx_fips_of_iso3(codes, iso3);
    if (!name || !fips || !precision) {
        kbu_buf_printf(b, "0\t\t\t\t\t\t\t\t");
        return;
    }
    int us = !strcmp(fips, "US");
    int type = !strcmp(precision, "country") ? 1
               : !strcmp(precision, "adm1")  ? (us ? 2 : 5)
               : !strcmp(precision, "region") ? 1
                                              : (us ? 3 : 4);
    /* ADM1: the country alone for type 1; below it FIPS + a two-character admin-1 code,
     * else FIPS + "00" (GDELT's "general" division, as in "BO00") */
    char a1[24];
    if (type == 1)
        snprintf(a1, sizeof a1, "%s", fips);
    else if (!kbx_adm1_code(codes, iso3, adm1, a1, sizeof a1) || strlen(a1) != 4)
        snprintf(a1, sizeof a1, "%s00", fips);
    const char *cname = kbx_country_name(codes, iso3);
    kbu_buf_printf(b, "%d\t", type);
    if (type == 1) {
        put_text(b, cname ? cname : name, 0);
    } else {
        put_text(b, name, 0);
        if (adm1 && strcmp(adm1, name)) {
            kbu_buf_printf(b, ", ");
            put_text(b, adm1, 0);
        }
        if (cname) {
            kbu_buf_printf(b, ", ");
            put_text(b, cname, 0);
        }
    }
    kbu_buf_printf(b, "\t%s\t%s\t\t", fips, a1);
    if (has_ll && isfinite(lat) && isfinite(lon) && fabs(lat) <= 90 && fabs(lon) <= 180)
        kbu_buf_printf(b, "%.4f\t%.4f\t", lat, lon);
    else
        kbu_buf_printf(b, "\t\t");
    /* feature id: the code of a country or first-level division (no GNS id is kept) */
    if (type == 1 || type == 2 || type == 5) put_text(b, a1, 0);
    tab(b);
}

/* "YYYY-MM-DDThh:mm:ssZ" -> YYYYMMDDhhmmss rounded down to its 15-minute batch. */
static void put_added(kbu_buf *b, const char *t)
{
    int y, m, d;
    if (!ymd(t, &y, &m, &d)) y = 1970, m = 1, d = 1;
    int hh = 0, mm = 0;
    if (t && strlen(t) >= 16 && t[10] == 'T') {
        hh = atoi(t + 11);
        mm = atoi(t + 14);
    }
    if (hh < 0 || hh > 23) hh = 0;
    if (mm < 0 || mm > 59) mm = 0;
    kbu_buf_printf(b, "%04d%02d%02d%02d%02d00", y, m, d, hh, mm / 15 * 15);
}

/* Run sql and hand each row to fill (which writes x->row), then write it to table. */
static int stream(ex *x, const char *sql, const char *what, int table,
                  void (*fill)(ex *x, sqlite3_stmt *st))
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(x->db, sql, -1, &st, NULL) != SQLITE_OK) return sql_fail(x, what);
    int rc = KB_OK, s;
    while (rc == KB_OK && (s = sqlite3_step(st)) == SQLITE_ROW) {
        fill(x, st);
        rc = emit(x, table);
    }
    if (rc == KB_OK && s != SQLITE_DONE) rc = sql_fail(x, what);
    sqlite3_finalize(st);
    return rc;
}

/* ---- GDELT events ----------------------------------------------------------- */
enum {
    E_ID, E_DATE, E_ADATE, E_SCODE, E_SNAME, E_TCODE, E_TNAME, E_CODE, E_ROOT, E_QUAD, E_GOLD,
    E_NM, E_NS, E_NA, E_PNAME, E_PCTRY, E_PADM1, E_PLAT, E_PLON, E_PPREC, E_FSENT, E_URL,
    E_OUTLET, E_DOCID, E_SEEN, E_TONE, E_SCTRY, E_TCTRY
};

/* An actor's place: where the action is when the event has a place (GDELT puts an
 * actor at the place named nearest to it); else its country, at the centroid. */
static void put_actor_geo(ex *x, const actor_cols *a, const char *country)
{
    kbu_buf *b = &x->row;
    if (a->code[0] && strncmp(x->geo.data, "0\t", 2)) {
        kbu_buf_append(b, x->geo.data, x->geo.len);
        return;
    }
    const char *iso = kbx_fips_of_iso3(x->codes, a->country) ? a->country : country;
    const char *name = a->code[0] ? kbx_country_name(x->codes, iso) : NULL;
    double lat = 0, lon = 0;
    int ll = kbx_country_centroid(x->codes, iso, &lat, &lon);
    put_geo(b, x->codes, name, iso, NULL, "country", ll, lat, lon);
}

static void gdelt_event_row(ex *x, sqlite3_stmt *st)
{
    kbu_buf *b = &x->row;
    int y, m, d;
    if (!ymd(col_text(st, E_DATE), &y, &m, &d) && !ymd(col_text(st, E_ADATE), &y, &m, &d) &&
        !ymd(col_text(st, E_SEEN), &y, &m, &d))
        y = 1970, m = 1, d = 1;
    kbu_buf_printf(b, "%lld\t%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t",
                   (long long)sqlite3_column_int64(st, E_ID), y, m, d, y, m, y,
                   y + ((m - 1) * 30 + d) / 365.0);
    actor_cols a1, a2;
    put_actor(b, x->codes, col_text(st, E_SCODE), col_text(st, E_SNAME), &a1);
    put_actor(b, x->codes, col_text(st, E_TCODE), col_text(st, E_TNAME), &a2);
    const char *code = col_text(st, E_CODE);
    char base[4] = "";
    if (code) snprintf(base, sizeof base, "%.3s", code);
    const kbx_cameo *ce = kbx_cameo_get(x->codes, code);
    int quad = ce ? ce->quad : sqlite3_column_int(st, E_QUAD);
    double gold = ce ? ce->goldstein : sqlite3_column_double(st, E_GOLD);
    long long nm = sqlite3_column_int64(st, E_NM), ns = sqlite3_column_int64(st, E_NS),
              na = sqlite3_column_int64(st, E_NA);
    if (nm < 1) nm = 1;
    if (na < 1) na = 1;
    if (na > nm) na = nm;
    if (ns < 1) ns = 1;
    if (ns > na) ns = na;
    kbu_buf_printf(b, "%d\t", sqlite3_column_int(st, E_FSENT) < 2);
    put_text(b, code, 0);
    tab(b);
    put_text(b, base, 0);
    tab(b);
    put_text(b, col_text(st, E_ROOT), 0);
    kbu_buf_printf(b, "\t%d\t%.1f\t%lld\t%lld\t%lld\t%.4f\t", quad, gold, nm, ns, na,
                   sqlite3_column_double(st, E_TONE));
    kbu_buf_clear(&x->geo);
    put_geo(&x->geo, x->codes, col_text(st, E_PNAME), col_text(st, E_PCTRY), col_text(st, E_PADM1),
            col_text(st, E_PPREC), sqlite3_column_type(st, E_PLAT) != SQLITE_NULL,
            sqlite3_column_double(st, E_PLAT), sqlite3_column_double(st, E_PLON));
    put_actor_geo(x, &a1, col_text(st, E_SCTRY));
    put_actor_geo(x, &a2, col_text(st, E_TCTRY));
    kbu_buf_append(b, x->geo.data, x->geo.len);
    put_added(b, col_text(st, E_SEEN));
    tab(b);
    const char *url = col_text(st, E_URL);
    if (url && strstr(url, "://"))
        put_url(b, url);
    else /* a citation: the outlet, else the article id */
        put_text(b, col_text(st, E_OUTLET) ? col_text(st, E_OUTLET) : col_text(st, E_DOCID), 0);
    kbu_buf_putc(b, '\n');
}

static int gdelt_events(ex *x)
{
    static const char sql[] =
        "SELECT r.event_id, r.date, r.article_date, r.source_code, r.source_name, r.target_code,"
        " r.target_name, r.code, r.root, r.quad, r.goldstein, r.num_mentions, r.num_sources,"
        " r.num_articles, r.place_name, r.place_country, r.place_adm1, r.place_lat, r.place_lon,"
        " r.place_precision, r.first_sentence, r.source_url, r.first_outlet, r.first_doc_id,"
        " s.first_seen, (SELECT avg(t.tone) FROM kbx_tone t WHERE t.key IN"
        "   (SELECT m.doc_key FROM event_mentions m WHERE m.event_id = r.event_id)),"
        " r.source_country, r.target_country"
        " FROM event_rows r JOIN kbx_sel s ON s.event_id = r.event_id ORDER BY r.date, r.event_id";
    return stream(x, sql, "reading events", 0, gdelt_event_row);
}


/* ---- GDELT mentions ---------------------------------------------------------- */
enum {
    M_ID, M_SEEN, M_AT, M_OUTLET, M_URL, M_DOCID, M_SENT, M_A1, M_A2, M_VERB, M_CONF, M_LEN, M_TONE
};

static void gdelt_mention_row(ex *x, sqlite3_stmt *st)
{
    kbu_buf *b = &x->row;
    const char *url = col_text(st, M_URL), *outlet = col_text(st, M_OUTLET);
    int web = url && strstr(url, "://");
    kbu_buf_printf(b, "%lld\t", (long long)sqlite3_column_int64(st, M_ID));
    put_added(b, col_text(st, M_SEEN));
    tab(b);
    put_added(b, col_text(st, M_AT));
    kbu_buf_printf(b, "\t%d\t", web ? 1 : 2);
    put_text(b, outlet ? outlet : col_text(st, M_DOCID), 0);
    tab(b);
    if (web)
        put_url(b, url);
    else
        put_text(b, col_text(st, M_DOCID), 0);
    double conf = sqlite3_column_type(st, M_CONF) == SQLITE_NULL ? 0.5 : sqlite3_column_double(st, M_CONF);
    int pc = (int)lround(conf * 100);
    if (pc < 0) pc = 0;
    if (pc > 100) pc = 100;
    kbu_buf_printf(b, "\t%d\t%lld\t%lld\t%lld\t1\t%d\t%lld\t%.4f\t\t\n",
                   sqlite3_column_int(st, M_SENT) + 1, (long long)sqlite3_column_int64(st, M_A1),
                   (long long)sqlite3_column_int64(st, M_A2), (long long)sqlite3_column_int64(st, M_VERB),
                   pc, (long long)sqlite3_column_int64(st, M_LEN), sqlite3_column_double(st, M_TONE));
}

static int gdelt_mentions(ex *x)
{
    static const char sql[] =
        "SELECT m.event_id, s.first_seen, m.ingested_at, m.outlet, m.url, m.doc_id, m.sentence,"
        " CASE WHEN m.source_name IS NOT NULL AND instr(m.evidence, m.source_name) > 0 THEN"
        "  length(CAST(substr(CAST(a.text AS BLOB), 1, m.sent_start) AS TEXT))"
        "  + instr(m.evidence, m.source_name) - 1 ELSE -1 END,"
        " CASE WHEN m.target_name IS NOT NULL AND instr(m.evidence, m.target_name) > 0 THEN"
        "  length(CAST(substr(CAST(a.text AS BLOB), 1, m.sent_start) AS TEXT))"
        "  + instr(m.evidence, m.target_name) - 1 ELSE -1 END,"
        " CASE WHEN m.verb_start IS NULL THEN -1 ELSE"
        "  length(CAST(substr(CAST(a.text AS BLOB), 1, m.verb_start) AS TEXT)) END,"
        " m.confidence, length(a.text), t.tone"
        " FROM event_mentions m JOIN kbx_sel s ON s.event_id = m.event_id"
        " JOIN articles a ON a.key = m.doc_key LEFT JOIN kbx_tone t ON t.key = m.doc_key"
        " ORDER BY m.event_id, m.ingested_at, m.doc_id, m.seq";
    return stream(x, sql, "reading mentions", 1, gdelt_mention_row);
}


/* ---- JSONL and CSV: every column of the views ---------------------------------- */
static void csv_field(kbu_buf *b, const char *s)
{
    if (!s) return;
    if (!strpbrk(s, ",\"\r\n")) {
        kbu_buf_append(b, s, strlen(s));
        return;
    }
    kbu_buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"') kbu_buf_putc(b, '"');
        kbu_buf_putc(b, *s);
    }
    kbu_buf_putc(b, '"');
}

static void json_value(kbu_buf *b, sqlite3_stmt *st, int i)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_NULL: kbu_buf_printf(b, "null"); break;
    case SQLITE_INTEGER: kbu_buf_printf(b, "%lld", (long long)sqlite3_column_int64(st, i)); break;
    case SQLITE_FLOAT: {
        double v = sqlite3_column_double(st, i);
        if (isfinite(v))
            kbu_buf_printf(b, "%.10g", v);
        else
            kbu_buf_printf(b, "null");
        break;
    }
    default: {
        const char *t = (const char *)sqlite3_column_text(st, i);
        kbu_json_str(b, t ? t : "", t ? (size_t)sqlite3_column_bytes(st, i) : 0);
    }
    }
}

static void json_row(kbu_buf *b, sqlite3_stmt *st, int ncols)
{
    for (int i = 0; i < ncols; i++) {
        if (i) kbu_buf_putc(b, ',');
        kbu_json_cstr(b, sqlite3_column_name(st, i));
        kbu_buf_putc(b, ':');
        json_value(b, st, i);
    }
}

static void csv_row(kbu_buf *b, sqlite3_stmt *st, int ncols, int header)
{
    for (int i = 0; i < ncols; i++) {
        if (i) kbu_buf_putc(b, ',');
        csv_field(b, header ? sqlite3_column_name(st, i) : col_text(st, i));
    }
    kbu_buf_printf(b, "\r\n");
}

static const char events_all_sql[] =
    "SELECT r.*, s.first_seen, (SELECT avg(t.tone) FROM kbx_tone t WHERE t.key IN"
    " (SELECT m.doc_key FROM event_mentions m WHERE m.event_id = r.event_id)) AS avg_tone"
    " FROM event_rows r JOIN kbx_sel s ON s.event_id = r.event_id ORDER BY r.date, r.event_id";
static const char mentions_all_sql[] =
    "SELECT m.*, t.tone AS doc_tone FROM event_mentions m JOIN kbx_sel s ON s.event_id = m.event_id"
    " LEFT JOIN kbx_tone t ON t.key = m.doc_key ORDER BY m.event_id, m.ingested_at, m.doc_id, m.seq";
static const char mentions_of_sql[] =
    "SELECT m.*, t.tone AS doc_tone FROM event_mentions m LEFT JOIN kbx_tone t ON t.key = m.doc_key"
    " WHERE m.event_id = ?1 ORDER BY m.ingested_at, m.doc_id, m.seq";

/* table 0: events (JSONL: each with its mentions nested); table 1: mentions alone. */
static int plain_rows(ex *x, int table, int csv, long *count)
{
    sqlite3_stmt *st = NULL, *ms = NULL;
    if (sqlite3_prepare_v2(x->db, table ? mentions_all_sql : events_all_sql, -1, &st, NULL) != SQLITE_OK ||
        (!table && !csv && sqlite3_prepare_v2(x->db, mentions_of_sql, -1, &ms, NULL) != SQLITE_OK)) {
        int rc = sql_fail(x, "reading events");
        sqlite3_finalize(st);
        return rc;
    }
    int rc = KB_OK, s, n = sqlite3_column_count(st);
    kbu_buf *b = &x->row;
    if (csv) {
        csv_row(b, st, n, 1);
        rc = emit(x, table);
    }
    while (rc == KB_OK && (s = sqlite3_step(st)) == SQLITE_ROW) {
        if (csv) {
            csv_row(b, st, n, 0);
        } else {
            kbu_buf_putc(b, '{');
            json_row(b, st, n);
            if (ms) {
                kbu_buf_printf(b, ",\"mentions\":[");
                sqlite3_bind_int64(ms, 1, sqlite3_column_int64(st, 0));
                int k = 0, mn = sqlite3_column_count(ms), t;
                while ((t = sqlite3_step(ms)) == SQLITE_ROW) {
                    kbu_buf_printf(b, k++ ? ",{" : "{");
                    json_row(b, ms, mn);
                    kbu_buf_putc(b, '}');
                }
                sqlite3_reset(ms);
                if (t != SQLITE_DONE) rc = sql_fail(x, "reading mentions");
                kbu_buf_putc(b, ']');
            }
            kbu_buf_printf(b, "}\n");
        }
        (*count)++;
        if (rc == KB_OK) rc = emit(x, table);
    }
    if (rc == KB_OK && s != SQLITE_DONE) rc = sql_fail(x, "reading events");
    sqlite3_finalize(st);
    sqlite3_finalize(ms);
    return rc;
}

static int count_of(ex *x, const char *sql, long *n)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(x->db, sql, -1, &st, NULL) != SQLITE_OK) return sql_fail(x, "counting");
    *n = sqlite3_step(st) == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
    sqlite3_finalize(st);
    return KB_OK;
}

int kbx_export(const kbx_export_opts *o, const kbx_codes *codes, kbx_tone *tone, kbx_write_fn write,
               void *ctx, kbx_export_stats *stats, kb_err *err)
{
    if (!o || !o->db || !codes || !tone || !write) return kb_err_set(err, KB_EUSAGE, "export: missing argument");
    for (int i = 0; i < 2; i++) {
        const char *d = i ? o->to : o->from;
        if (d && (strlen(d) != 10 || d[4] != '-' || d[7] != '-'))
            return kb_err_set(err, KB_EUSAGE, "export: '%s' is not a date YYYY-MM-DD", d);
    }
    ex x = {NULL, o, codes, write, ctx, {0}, {0}, err};
    if (stats) memset(stats, 0, sizeof *stats);
    if (sqlite3_open_v2(o->db, &x.db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
        kb_err_set(err, KB_EIO, "%s: cannot open: %s", o->db, x.db ? sqlite3_errmsg(x.db) : "no memory");
        sqlite3_close(x.db);
        return KB_EIO;
    }
    sqlite3_busy_timeout(x.db, 10000);
    long have = 0;
    int rc = count_of(&x, "SELECT count(*) FROM sqlite_master WHERE name IN ('event_rows', 'event_mentions')", &have);
    if (rc == KB_OK && have != 2)
        rc = kb_err_set(err, KB_ESTORE, "%s: the store has no events (schema version 3 is needed)", o->db);
    /* one read transaction: events and mentions from the same snapshot */
    if (rc == KB_OK) rc = exec(&x, "BEGIN");
    if (rc == KB_OK) rc = select_events(&x);
    if (rc == KB_OK) rc = compute_tones(&x, tone);
    long ne = 0, nm = 0;
    if (o->format == KBX_FMT_GDELT) {
        if (rc == KB_OK) rc = gdelt_events(&x);
        if (rc == KB_OK && o->with_mentions) rc = gdelt_mentions(&x);
        if (rc == KB_OK) rc = count_of(&x, "SELECT count(*) FROM kbx_sel", &ne);
        if (rc == KB_OK && o->with_mentions)
            rc = count_of(&x, "SELECT count(*) FROM event_mentions m JOIN kbx_sel s ON s.event_id = m.event_id", &nm);
    } else {
        int csv = o->format == KBX_FMT_CSV;
        if (rc == KB_OK) rc = plain_rows(&x, 0, csv, &ne);
        if (rc == KB_OK && o->with_mentions) rc = plain_rows(&x, 1, csv, &nm);
    }
    if (stats) {
        stats->events = ne;
        stats->mentions = nm;
    }
    sqlite3_exec(x.db, "ROLLBACK", NULL, NULL, NULL);
    kbu_buf_free(&x.row);
    kbu_buf_free(&x.geo);
    sqlite3_close(x.db);
    return rc;
}
