/* test_merge_events.c -- the event merge (src/merge/events.c): which actors, places and
 * mentions may be one happening, the summary of an event (tolls never averaged, copies
 * counted once, ids from the smallest mention whatever the order), and the merge over a
 * store: three reports and an unrelated event ingested in two orders give the same
 * events, re-putting mentions changes nothing, a historical mention stays apart; a chain
 * of compatible mentions whose ends conflict (PAKMIL ~ PAK ~ PAKGOV) is split, the same in
 * every order. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "kb_internal.h"
#include "merge/merge.h"
#include "store/store.h"

/* ---- the rule ---------------------------------------------------------------------- */
static void test_actor_compatible(void **state)
{
    (void)state;
    assert_true(kbm_actor_compatible("PAK", "PAK"));
    assert_true(kbm_actor_compatible("PAK", "PAKMIL"));
    assert_true(kbm_actor_compatible("PAKMIL", "PAK"));
    assert_true(kbm_actor_compatible("PAKMIL", "PAKMILREB"));
    assert_true(kbm_actor_compatible("---MIL", "AFGMIL"));
    assert_true(kbm_actor_compatible(NULL, NULL));
    assert_false(kbm_actor_compatible("PAKMIL", "PAKGOV"));
    assert_false(kbm_actor_compatible("PAK", "AFG"));
    assert_false(kbm_actor_compatible("---MIL", "PAK"));  /* some military is not Pakistan */
    assert_false(kbm_actor_compatible("---MIL", "---GOV"));
    assert_false(kbm_actor_compatible("TTP", "PAK"));
    assert_false(kbm_actor_compatible("PAK", NULL));
    assert_false(kbm_actor_compatible("PA", "PAK"));
}

static kb_place place(const char *name, const char *country, const char *adm1, const char *prec)
{
    kb_place p = {.name = name, .country = country, .adm1 = adm1, .precision = prec};
    return p;
}

static void test_place_compatible(void **state)
{
    (void)state;
    kb_place torkham = place("Torkham", "PAK", "Khyber Pakhtunkhwa", "point");
    kb_place khyber = place("Khyber", "PAK", "Khyber Pakhtunkhwa", "district");
    kb_place kabul = place("Kabul", "AFG", "Kabul", "city");
    kb_place lahore = place("Lahore", "PAK", "Punjab", "city");
    kb_place pak = place("Pakistan", "PAK", NULL, "country");
    kb_place none = {0};
    assert_true(kbm_place_compatible(&torkham, &khyber));
    assert_true(kbm_place_compatible(&torkham, &torkham));
    assert_true(kbm_place_compatible(&torkham, &pak));
    assert_true(kbm_place_compatible(&torkham, &none));
    assert_false(kbm_place_compatible(&torkham, &kabul));
    assert_false(kbm_place_compatible(&torkham, &lahore));
    assert_false(kbm_place_compatible(&kabul, &pak));
}

/* A mention: doc, story, date (day_first..day_last from it), source, target, code. */
static kbs_mention men(const char *doc, const char *story, const char *date, const char *src,
                       const char *tgt, const char *code)
{
    kbs_mention m;
    memset(&m, 0, sizeof m);
    m.doc = doc;
    m.story = story;
    m.ev.source.code = src;
    m.ev.target.code = tgt;
    m.ev.code = code;
    m.ev.root[0] = code[0];
    m.ev.root[1] = code[1];
    m.ev.date = date;
    m.ev.killed = m.ev.injured = -1;
    m.ev.killed_min = m.ev.killed_max = m.ev.injured_min = m.ev.injured_max = -1;
    m.day_first = m.day_last = INT32_MIN;
    if (date) {
        int y = atoi(date), mo = strlen(date) >= 7 ? atoi(date + 5) : 0;
        int d = strlen(date) >= 10 ? atoi(date + 8) : 0;
        /* days of 2025 are enough here: 2025-01-01 is day 20089 */
        static const int cum[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
        int32_t base = 20089 + (y - 2025) * 365;
        if (d) {
            m.day_first = m.day_last = base + cum[mo - 1] + d - 1;
        } else if (mo) {
            m.day_first = base + cum[mo - 1];
            m.day_last = base + (mo < 12 ? cum[mo] : 365) - 1;
        } else {
            m.day_first = base;
            m.day_last = base + 364;
        }
    }
    m.confidence = 0.8;
    return m;
}

static int compat_both(const kbs_mention *a, const kbs_mention *b)
{
    int x = kbm_mention_compatible(a, b), y = kbm_mention_compatible(b, a);
    assert_int_equal(x, y); /* symmetric */
    return x;
}

static void test_mention_compatible(void **state)
{
    (void)state;
    kbs_mention a = men("a", "S1", "2025-03-03", "---MIL", "PAKMIL", "190");
    kbs_mention b = men("b", "S1", "2025-03-04", "AFGMIL", "PAK", "193");
    /* same story, one day apart, compatible actors, same root */
    assert_true(compat_both(&a, &b));
    /* three days apart: only when a day is the article's, not one the text states */
    b.day_first = b.day_last = a.day_first + 3;
    assert_true(compat_both(&a, &b));
    a.ev.date_source = b.ev.date_source = "sentence";
    assert_false(compat_both(&a, &b));
    b.ev.date_source = "article";
    assert_true(compat_both(&a, &b));
    b.day_first = b.day_last = a.day_first + 1;
    b.ev.date_source = "clause";
    assert_true(compat_both(&a, &b));
    a.ev.date_source = b.ev.date_source = NULL;
    /* another story: the same day and code are needed */
    b.story = "S2";
    assert_false(compat_both(&a, &b));
    b.ev.date = "2025-03-03";
    b.day_first = b.day_last = a.day_first;
    assert_false(compat_both(&a, &b)); /* 190 vs 193, no places */
    b.ev.code = "190";
    assert_true(compat_both(&a, &b));
    b.day_first = b.day_last = a.day_first + 2; /* two days apart in different stories */
    assert_false(compat_both(&a, &b));
    /* places known and compatible let different codes of one root merge */
    b.day_first = b.day_last = a.day_first;
    b.ev.code = "193";
    a.ev.place = place("Khyber", "PAK", "Khyber Pakhtunkhwa", "district");
    b.ev.place = place("Torkham", "PAK", "Khyber Pakhtunkhwa", "point");
    assert_true(compat_both(&a, &b));
    b.ev.place = place("Kabul", "AFG", "Kabul", "city");
    assert_false(compat_both(&a, &b));
    /* another root never merges */
    kbs_mention c = men("c", "S1", "2025-03-03", "---MIL", "PAKMIL", "112");
    assert_false(compat_both(&a, &c));
    /* a target left out: only within a story */
    kbs_mention d = men("d", "S1", "2025-03-03", "---MIL", NULL, "190");
    assert_true(compat_both(&a, &d));
    d.story = "S9";
    assert_false(compat_both(&a, &d));
    /* within a story, month-precision dates overlap a day; undated needs the story */
    kbs_mention e = men("e", "S1", "2025-03", "PAK", "AFG", "112");
    kbs_mention f = men("f", "S1", "2025-03-05", "PAKGOV", "AFG", "111");
    assert_true(compat_both(&e, &f));
    f.story = "S2";
    assert_false(compat_both(&e, &f));
    kbs_mention g = men("g", "S1", NULL, "PAK", "AFG", "110");
    assert_false(compat_both(&e, &g)); /* undated: the same code is needed */
    g.ev.code = "112";
    assert_true(compat_both(&e, &g));
    g.ev.target.code = NULL; /* ... and both actors named */
    assert_false(compat_both(&e, &g));
    g.doc = "e"; /* unless in one article */
    assert_true(compat_both(&e, &g));
    g.doc = "g";
    g.ev.target.code = "AFG";
    g.story = "S3";
    assert_false(compat_both(&e, &g));
    /* no actor named on both sides: nothing to compare, no merge */
    kbs_mention p1 = men("p1", "S1", "2025-03-03", NULL, "GBRGOV", "112");
    kbs_mention p2 = men("p2", "S1", "2025-03-03", "GBRGOV", NULL, "112");
    assert_false(compat_both(&p1, &p2));
    /* ... unless the act is mutual (meet, negotiate, fight) and one story tells it: a
     * side is a side, whichever way round */
    p1.ev.code = p2.ev.code = "190";
    memcpy(p1.ev.root, "19", 3);
    memcpy(p2.ev.root, "19", 3);
    assert_true(compat_both(&p1, &p2));
    assert_false(kbm_mention_conflict(&p1, &p2));
    p2.story = "S2";
    assert_false(compat_both(&p1, &p2));
    /* both sides, the other way round: one fight told by each army */
    kbs_mention r1 = men("r1", "S1", "2025-03-03", "AFGMIL", "PAKMIL", "190");
    kbs_mention r2 = men("r2", "S1", "2025-03-03", "PAKMIL", "AFG", "193");
    assert_true(compat_both(&r1, &r2));
    assert_false(kbm_mention_conflict(&r1, &r2));
    kbs_mention r3 = men("r3", "S1", "2025-03-03", "PAKMIL", "AFGMIL", "112"); /* accusations */
    kbs_mention r4 = men("r4", "S1", "2025-03-03", "AFGMIL", "PAKMIL", "112"); /* are not */
    assert_false(compat_both(&r3, &r4));
    assert_true(kbm_mention_conflict(&r3, &r4));
    /* across a border, in one story: the fight placed on either side */
    r1.ev.place = place("Torkham", "PAK", "Khyber Pakhtunkhwa", "point");
    r2.ev.place = place("Nangarhar", "AFG", "Nangarhar", "adm1");
    assert_true(compat_both(&r1, &r2));
    r2.ev.place = place("Tehran", "IRN", "Tehran", "city"); /* not a side's country */
    assert_false(compat_both(&r1, &r2));
    /* the event of a fight told from both sides has two sides, not one twice */
    kbs_mention fm[4] = {men("f1", "S1", "2025-03-03", "INDMIL", NULL, "190"),
                         men("f1", "S1", "2025-03-03", "PAKMIL", NULL, "190"),
                         men("f2", "S1", "2025-03-03", NULL, "INDMIL", "190"),
                         men("f3", "S1", "2025-03-03", NULL, "INDMIL", "190")};
    fm[1].seq = 1;
    kbs_event_sum es;
    kbm_event_summary(fm, 4, &es);
    assert_non_null(es.source.code);
    assert_non_null(es.target.code);
    assert_string_not_equal(es.source.code, es.target.code);
    /* a historical mention never joins news of the day, even in one story */
    kbs_mention h = men("h", "S1", "2025", "USA", "AFG", "190");
    kbs_mention n = men("n", "S1", "2025-03-03", "USA", "AFG", "190");
    h.ev.historical = 1;
    assert_false(compat_both(&h, &n));
    kbs_mention h2 = men("h2", "S7", "2025", "USA", "AFG", "193");
    h2.ev.historical = 1;
    assert_true(compat_both(&h, &h2)); /* the same recalled year */
    h2.ev.date = "2024";
    h2.day_first -= 365;
    h2.day_last -= 365;
    assert_false(compat_both(&h, &h2));
}

/* ---- the summary --------------------------------------------------------------------- */
static void test_summary(void **state)
{
    (void)state;
    kbs_mention ms[5];
    ms[0] = men("d2", "S", "2025-03-03", "---MIL", "PAKMIL", "190");
    ms[1] = men("d1", "S", "2025-03-03", "AFGMIL", "PAK", "193");
    ms[2] = men("d3", "S", "2025-03-03", "AFGMIL", "PAKMIL", "190");
    ms[3] = men("d4", "S", "2025-03-04", "---MIL", "PAKMIL", "190"); /* a copy of d3 */
    ms[4] = men("d1", "S", "2025-03-03", "AFG", "PAK", "190");
    ms[4].seq = 3;
    const char *outlets[5] = {"dawn", "geo", "dawn", "farm", "geo"};
    const char *adates[5] = {"2025-03-03", "2025-03-03", "2025-03-04", "2025-03-05",
                             "2025-03-03"};
    int killed[5] = {5, 7, 7, 7, 9};
    for (int i = 0; i < 5; i++) {
        ms[i].outlet = outlets[i];
        ms[i].article_date = adates[i];
        ms[i].ev.killed = killed[i];
        ms[i].ev.quad = 4;
    }
    ms[3].copy_of = "d3";
    ms[0].ev.killed_min = 4; /* "at least four, perhaps five" */
    kbs_event_sum e;
    kbm_event_summary(ms, 5, &e);
    assert_int_equal(e.num_mentions, 5);
    assert_int_equal(e.num_articles, 3); /* d1, d2, d3 (d4 is d3's copy) */
    assert_int_equal(e.num_sources, 2);  /* dawn, geo; the farm copies */
    assert_int_equal(e.num_copies, 1);
    assert_int_equal(e.killed_min, 4);
    assert_int_equal(e.killed_max, 9);
    /* most reported over original articles: 7 twice (d1, d3; the copy d4 does not count) */
    assert_int_equal(e.killed_mode, 7);
    assert_int_equal(e.injured_min, -1);
    assert_string_equal(e.source.code, "AFGMIL");
    assert_string_equal(e.target.code, "PAKMIL");
    assert_string_equal(e.code, "190");
    assert_string_equal(e.date, "2025-03-03");
    assert_string_equal(e.first_doc, "d1"); /* earliest article date, then smallest key */
    assert_int_equal(e.first_seq, 0);
    assert_true(e.confidence > 0.9 && e.confidence <= 1.0);
    int64_t id = e.event_id;
    assert_int_equal(id, kbs_mention_id("d1", 0));
    /* any order gives the same summary */
    kbs_mention rev[5];
    for (int i = 0; i < 5; i++)
        rev[i] = ms[4 - i];
    kbm_event_summary(rev, 5, &e);
    assert_int_equal(e.event_id, id);
    assert_int_equal(e.killed_mode, 7);
    assert_string_equal(e.target.code, "PAKMIL");
    /* a tie in the toll goes to the higher figure */
    ms[1].ev.killed = 9;
    kbm_event_summary(ms, 5, &e);
    assert_int_equal(e.killed_mode, 9);
}

/* ---- over a store ---------------------------------------------------------------------- */
#define TMPDIR_TAG "events"
#include "tmpdir.h"

typedef struct report {
    const char *id, *outlet, *date, *text;
    const char *src, *tgt, *code, *edate, *place;
    int killed, historical;
} report;

static const report reports[] = {
    {"dawn-1", "dawn.com", "2025-03-03",
     "Pakistani and Afghan forces exchanged fire at Torkham on Monday, killing two soldiers.",
     "---MIL", "PAKMIL", "190", "2025-03-03", "Torkham", 2, 0},
    {"geo-1", "geo.tv", "2025-03-03",
     "Afghan Taliban fighters opened fire on a Pakistani border post, the military said.",
     "AFGMIL", "PAK", "193", "2025-03-03", "Torkham", 3, 0},
    {"nyt-9", "nytimes.com", "2025-03-03",
     "Washington and Beijing held a round of trade talks in Geneva on Monday.",
     "USA", "CHN", "040", "2025-03-03", NULL, -1, 0},
    {"bbc-2", "bbc.co.uk", "2025-03-04",
     "The United States invaded Afghanistan in 2001, and Pakistan closed Torkham today.",
     "USA", "AFG", "190", "2001", NULL, -1, 1},
};
enum { NREP = sizeof reports / sizeof *reports };

static void put_report(kb_store *s, kb_merge *m, const report *r)
{
    kb_err err = {0};
    kb_doc *d = kb_doc_new();
    d->id = kb_arena_strdup(d->arena, r->id);
    d->date = kb_arena_strdup(d->arena, r->date);
    d->outlet = kb_arena_strdup(d->arena, r->outlet);
    d->lang = "en";
    d->text = kb_arena_strdup(d->arena, r->text);
    d->text_len = strlen(r->text);
    kbu_hash128_hex(r->text, strlen(r->text), r->id, strlen(r->id), d->key);
    kb_event ev;
    memset(&ev, 0, sizeof ev);
    ev.end = (uint32_t)d->text_len;
    ev.source.code = r->src;
    ev.target.code = r->tgt;
    ev.code = r->code;
    ev.root[0] = r->code[0];
    ev.root[1] = r->code[1];
    ev.quad = 4;
    ev.date = r->edate;
    ev.date_precision = strlen(r->edate) == 10 ? "day" : "year";
    ev.historical = r->historical;
    ev.killed = ev.killed_min = ev.killed_max = -1;
    ev.injured = ev.injured_min = ev.injured_max = -1;
    ev.killed = r->killed;
    if (r->place) {
        ev.place.name = r->place;
        ev.place.country = "PAK";
        ev.place.adm1 = "Khyber Pakhtunkhwa";
        ev.place.precision = "point";
    }
    int is_new = 0;
    assert_int_equal(kb_store_begin(s, &err), KB_OK);
    assert_int_equal(kb_store_put_article(s, d, &is_new, &err), KB_OK);
    assert_int_equal(kb_store_put_events(s, d, &ev, 1, &err), KB_OK);
    assert_int_equal(kb_store_put_events(s, d, &ev, 1, &err), KB_OK); /* again: a no-op */
    if (is_new) assert_int_equal(kb_merge_add(m, d, &err), KB_OK);
    assert_int_equal(kb_merge_flush(m, &err), KB_OK);
    assert_int_equal(kb_store_commit(s, &err), KB_OK);
    kb_doc_free(d);
}

/* Ingest reports in order (one merge handle per report when one_by_one); describe the
 * events: "id:mentions:articles:killed_min-killed_max;..." in listing order. */
static void run(const report *reps, int nrep, const int *order, int one_by_one, char *out,
                size_t cap)
{
    char path[400];
    unlink(dbpath);
    snprintf(path, sizeof path, "%s-wal", dbpath);
    unlink(path);
    snprintf(path, sizeof path, "%s-shm", dbpath);
    unlink(path);
    kb_err err = {0};
    kb_store *s = kb_store_open(dbpath, &err);
    assert_non_null(s);
    assert_int_equal(kb_store_schema_version(s), 3);
    kb_merge *m = NULL;
    for (int k = 0; k < nrep; k++) {
        if (!m) assert_non_null(m = kb_merge_open(s, 0, &err));
        put_report(s, m, &reps[order[k]]);
        if (one_by_one) {
            kb_merge_close(m);
            m = NULL;
        }
    }
    /* putting everything again changes nothing */
    if (!m) assert_non_null(m = kb_merge_open(s, 0, &err));
    for (int k = 0; k < nrep; k++)
        put_report(s, m, &reps[k]);
    kb_merge_close(m);
    out[0] = '\0';
    size_t len = 0;
    kb_event_query *q = kb_store_events(s, NULL, &err);
    assert_non_null(q);
    kb_event_row e;
    int r;
    while ((r = kb_event_step(q, &e, &err)) == KB_OK)
        len += (size_t)snprintf(out + len, cap - len, "%lld:%d:%d:%d-%d:%s;",
                                (long long)e.event_id, e.num_mentions, e.num_articles,
                                e.killed_min, e.killed_max, e.historical ? "h" : "n");
    assert_int_equal(r, KB_DONE);
    kb_event_query_free(q);
    kb_store_close(s);
}

static void test_store_order_independent(void **state)
{
    (void)state;
    static const int fwd[NREP] = {0, 1, 2, 3}, rev[NREP] = {3, 2, 1, 0};
    char a[1024], b[1024], c[1024];
    run(reports, NREP, fwd, 0, a, sizeof a);
    run(reports, NREP, rev, 0, b, sizeof b);
    run(reports, NREP, rev, 1, c, sizeof c);
    assert_string_equal(a, b);
    assert_string_equal(a, c);
    /* three events: the clash (two outlets, tolls 2 and 3 kept apart), the talks, and
     * the invasion of 2001 (historical, on its own) */
    int n = 0, clash = 0, hist = 0;
    for (const char *p = a; *p; p++)
        if (*p == ';') n++;
    assert_int_equal(n, 3);
    clash = strstr(a, ":2:2:2-3:n;") != NULL;
    hist = strstr(a, ":1:1:-1--1:h;") != NULL;
    assert_true(clash);
    assert_true(hist);
}

/* ---- chains ------------------------------------------------------------------------------ */
/* Three reports of one day and place: Pakistani troops fire on Afghan troops; "Pakistan"
 * fires on "Afghanistan"; the Pakistani government on the Afghan government. The middle
 * one is compatible with both others, which are not with each other: single links made
 * one event of the three (a chain); now the group is split into two events. */
static const report chain[] = {
    {"chain-troops", "dawn.com", "2025-03-03",
     "Pakistani troops fired mortars at Afghan army posts near Torkham on Monday.",
     "PAKMIL", "AFGMIL", "190", "2025-03-03", "Torkham", 4, 0},
    {"chain-states", "wire.example", "2025-03-03",
     "Pakistan and Afghanistan traded fire at the Torkham crossing on Monday.",
     "PAK", "AFG", "190", "2025-03-03", "Torkham", -1, 0},
    {"chain-govts", "geo.tv", "2025-03-03",
     "Officials said the Pakistani government used force against Afghan officials at Torkham.",
     "PAKGOV", "AFGGOV", "190", "2025-03-03", "Torkham", -1, 0},
};

static void test_chain_split(void **state)
{
    (void)state;
    /* the chain: a ~ b ~ c, a !~ c */
    kbs_mention a = men("a", "S1", "2025-03-03", "PAKMIL", "AFGMIL", "190");
    kbs_mention b = men("b", "S2", "2025-03-03", "PAK", "AFG", "190");
    kbs_mention c = men("c", "S3", "2025-03-03", "PAKGOV", "AFGGOV", "190");
    assert_true(compat_both(&a, &b) && compat_both(&b, &c) && !compat_both(&a, &c));
    assert_true(kbm_mention_conflict(&a, &c) && !kbm_mention_conflict(&a, &b));
    kbs_mention g[3] = {a, b, c};
    int cl[3];
    kbm_split_group(g, 3, cl);
    assert_true(cl[0] != cl[2]);            /* the two actors apart */
    assert_true(cl[1] == cl[0] || cl[1] == cl[2]); /* the general one with one of them */
    /* days chained three by three in one story (days from the articles' dates) */
    kbs_mention d[3] = {men("d1", "S", "2025-03-01", "PAK", "AFG", "190"),
                        men("d2", "S", "2025-03-04", "PAK", "AFG", "190"),
                        men("d3", "S", "2025-03-07", "PAK", "AFG", "190")};
    assert_true(compat_both(&d[0], &d[1]) && compat_both(&d[1], &d[2]));
    kbm_split_group(d, 3, cl);
    assert_true(cl[0] != cl[2]);
    /* a group without conflicts stays one */
    kbs_mention e[2] = {a, b};
    kbm_split_group(e, 2, cl);
    assert_int_equal(cl[0], cl[1]);

    /* over a store, in every order, one at a time or in one run: the same two events */
    static const int orders[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    char first[1024], out[1024];
    run(chain, 3, orders[0], 0, first, sizeof first);
    for (int o = 0; o < 6; o++)
        for (int one = 0; one < 2; one++) {
            run(chain, 3, orders[o], one, out, sizeof out);
            assert_string_equal(first, out);
        }
    int n = 0, two = 0;
    for (const char *p = first; *p; p++)
        n += *p == ';';
    two = strstr(first, ":2:2:") != NULL;
    assert_int_equal(n, 2);
    assert_true(two && strstr(first, ":1:1:"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_actor_compatible),
        cmocka_unit_test(test_place_compatible),
        cmocka_unit_test(test_mention_compatible),
        cmocka_unit_test(test_summary),
        cmocka_unit_test_setup_teardown(test_store_order_independent, setup, teardown),
        cmocka_unit_test_setup_teardown(test_chain_split, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
