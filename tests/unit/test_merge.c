/* test_merge.c -- near-duplicates and stories (src/merge): dates to days, signature
 * round trip, copy scores for exact, edited, spun and unrelated texts, and the merge
 * index over a store: a v1 store migrates to v2 and its articles are signed, copies link
 * to the earliest-dated original whatever the order, stories are order-independent. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "kb_internal.h"
#include "merge/merge.h"
#include "store/store.h"

static const char *orig_text =
    "Pakistani and Afghan border forces exchanged heavy fire at the Torkham crossing on Monday, "
    "killing two Pakistani soldiers and wounding five civilians, officials in Khyber said.\n\n"
    "The firing began late on Sunday after Afghan Taliban guards objected to the construction "
    "of a new checkpost on the Pakistani side, according to deputy commissioner Abdul Nasir "
    "Khan. Mortar shells landed near the customs terminal and a market in Landi Kotal, he said.\n\n"
    "Trade through Torkham, the busiest crossing between the two countries, was halted and "
    "hundreds of trucks carrying fruit and coal were stranded on both sides. Traders in "
    "Peshawar said they were losing 40 million rupees each day the gate stayed shut.";

/* the same text spun: common words replaced, names and numbers kept */
static const char *spun_text =
    "Pakistani and Afghan border forces traded heavy hearth on the Torkham crossing on Monday, "
    "killing two Pakistani troopers and injuring 5 civilians, officers in Khyber stated.\n\n"
    "The firing started late on Sunday after Afghan Taliban guards objected to the development "
    "of a brand new checkpost on the Pakistani facet, in keeping with deputy commissioner Abdul "
    "Nasir Khan. Mortar shells landed close to the customs terminal and a market in Landi Kotal, "
    "he stated.\n\n"
    "Commerce by means of Torkham, the busiest crossing between the 2 international locations, "
    "was halted and lots of of vans carrying fruit and coal had been stranded on either side. "
    "Merchants in Peshawar stated they had been dropping 40 million rupees every day the gate "
    "stayed shut.";

static const char *other_text =
    "The State Bank of Pakistan kept its policy rate unchanged at 12 percent on Monday, saying "
    "inflation had eased but risks from global oil prices remained. Governor Jameel Ahmad told a "
    "news conference in Karachi that the committee expected inflation to stay within the target "
    "range of 5 to 7 percent. Analysts had expected a cut of at least 100 basis points.";

static kbm_sig sign(const char *text, const char *date)
{
    kbm_signer *g = kbm_signer_new();
    assert_non_null(g);
    kbm_sig s;
    assert_int_equal(kbm_sign(g, text, strlen(text), NULL, date, &s), KB_OK);
    kbm_signer_free(g);
    return s;
}

static void days(void **state)
{
    (void)state;
    assert_int_equal(kbm_day("1970-01-01"), 0);
    assert_int_equal(kbm_day("1970-01-02T10:00:00Z"), 1);
    assert_int_equal(kbm_day("2000-03-01"), 11017);
    assert_int_equal(kbm_day("1969-12-31"), -1);
    assert_int_equal(kbm_day("2025-13-01"), KBM_NODAY);
    assert_int_equal(kbm_day("yesterday"), KBM_NODAY);
    assert_int_equal(kbm_day(NULL), KBM_NODAY);
}

static void sig_round_trip(void **state)
{
    (void)state;
    kbm_sig a = sign(orig_text, "2025-03-03"), b;
    unsigned char blob[KBM_SIG_BYTES];
    assert_int_equal(kbm_sig_encode(&a, blob), KBM_SIG_BYTES);
    assert_int_equal(kbm_sig_decode(blob, sizeof blob, &b), KB_OK);
    assert_memory_equal(&a.mw, &b.mw, sizeof a.mw);
    assert_memory_equal(&a.ma, &b.ma, sizeof a.ma);
    assert_true(a.chash == b.chash && a.day == b.day && a.n_terms == b.n_terms);
    assert_int_equal(kbm_sig_decode(blob, sizeof blob - 1, &b), KB_EFORMAT);
}

static void copy_scores(void **state)
{
    (void)state;
    kbm_sig o = sign(orig_text, "2025-03-03");
    /* the same words with other spacing and punctuation: an exact copy */
    char *loose = strdup(orig_text);
    for (char *p = loose; *p; p++)
        if (*p == '\n') *p = ' ';
    kbm_sig l = sign(loose, NULL);
    free(loose);
    assert_true(kbm_copy_score(&o, &l) == 1.0);
    /* a headline and boilerplate added, the last paragraph dropped */
    char edited[4096];
    const char *cut = strstr(orig_text, "Trade through");
    snprintf(edited, sizeof edited, "PESHAWAR (Agencies) - %.*s\n\nShare this story. Follow us.",
             (int)(cut - orig_text), orig_text);
    kbm_sig e = sign(edited, NULL);
    assert_true(kbm_copy_score(&o, &e) >= KBM_COPY);
    kbm_sig s = sign(spun_text, NULL);
    assert_true(kbm_copy_score(&o, &s) >= KBM_COPY);
    assert_true(kbm_copy_score(&s, &o) == kbm_copy_score(&o, &s));
    kbm_sig x = sign(other_text, "2025-03-03");
    assert_true(kbm_copy_score(&o, &x) < 0.2);
    assert_true(kbm_story_score(&o, &x) < KBM_STORY);
    /* stories need dates within a few days */
    kbm_sig late = sign(orig_text, "2025-03-20");
    assert_true(kbm_story_score(&o, &late) == 0);
    assert_true(kbm_story_score(&o, &o) > 0.99);
}

/* ---- across languages ------------------------------------------------------ */
/* orig_text's happening told in French; a road crash of the same day and place in Spanish */
static const char *fr_text =
    "Des tirs nourris ont opposé lundi les forces frontalières pakistanaises et afghanes au "
    "passage de Torkham : deux soldats pakistanais ont été tués et cinq civils blessés, selon "
    "les autorités de Khyber.\n\nLes tirs ont commencé dimanche soir, après que des gardes "
    "talibans afghans se sont opposés à la construction d'un poste de contrôle, a expliqué le "
    "commissaire adjoint Abdul Nasir Khan. Des obus de mortier sont tombés près d'un marché de "
    "Landi Kotal.\n\nLe commerce par Torkham est interrompu et des centaines de camions sont "
    "bloqués. Les commerçants de Peshawar disent perdre 40 millions de roupies par jour.";
static const char *es_crash_text =
    "Cuatro personas murieron el lunes cuando un camión sin frenos volcó en la carretera de "
    "Torkham, cerca de Landi Kotal, en la provincia paquistaní de Khyber. El conductor perdió el "
    "control y el camión aplastó una furgoneta; los heridos fueron llevados a Peshawar. Los "
    "accidentes de camiones son frecuentes en esta carretera, dijo Abdul Nasir Khan.";

static kbm_sig sign_in(const char *text, const char *date, const char *lang)
{
    kbm_signer *g = kbm_signer_new();
    assert_non_null(g);
    kbm_sig s;
    assert_int_equal(kbm_sign_lang(g, text, strlen(text), NULL, date, lang, &s), KB_OK);
    kbm_signer_free(g);
    return s;
}

/* Items of kind k that two signatures share. */
static int shared_items(const kbm_sig *a, const kbm_sig *b, uint32_t k)
{
    int n = 0;
    for (uint32_t i = 0; i < a->n_x; i++)
        for (uint32_t j = 0; j < b->n_x; j++)
            n += a->x[i] == b->x[j] && (a->x[i] & 3u) == k;
    return n;
}

static void cross_language(void **state)
{
    (void)state;
    kbm_sig en = sign_in(orig_text, "2025-03-03", "en");
    kbm_sig fr = sign_in(fr_text, "2025-03-04", "fr");
    kbm_sig es = sign_in(es_crash_text, "2025-03-03", "es");
    assert_true(kbm_sig_xlang(&en, &fr) && !kbm_sig_xlang(&en, &en));
    assert_string_equal(fr.lang, "fr");
    /* names, the day ("Monday" / "lundi" a day later), a figure, kinds of event */
    assert_true(shared_items(&en, &fr, KBM_X_NAME) + shared_items(&en, &fr, KBM_X_PLACE) >= 5);
    assert_true(shared_items(&en, &fr, KBM_X_NUM) >= 2);
    assert_true(shared_items(&en, &fr, KBM_X_CONCEPT) >= 2);
    assert_int_equal(en.kinds, 1u << (KBM_C_FIGHT - 1));
    assert_int_equal(fr.kinds, 1u << (KBM_C_FIGHT - 1));
    assert_int_equal(es.kinds, 1u << (KBM_C_CRASH - 1));
    assert_true(kbm_xstory_score(&en, &fr) >= KBM_XSTORY);
    assert_true(kbm_story_score(&en, &fr) >= KBM_STORY);
    assert_true(kbm_story_score(&fr, &en) == kbm_story_score(&en, &fr));
    /* the same places and day, another kind of event: never one story */
    assert_true(shared_items(&en, &es, KBM_X_NAME) + shared_items(&en, &es, KBM_X_PLACE) >= 4);
    assert_true(kbm_story_score(&en, &es) == 0 && kbm_story_score(&fr, &es) == 0);
    /* a week apart, or undated: no */
    kbm_sig late = sign_in(fr_text, "2025-03-10", "fr"), nod = sign_in(fr_text, NULL, "fr");
    assert_true(kbm_story_score(&en, &late) == 0 && kbm_story_score(&en, &nod) == 0);
    /* German capitalises nouns: common-noun endings are not names */
    assert_true(kbm_xl_de_noun("verhandlungen", 13) && kbm_xl_de_noun("sicherheit", 10));
    assert_false(kbm_xl_de_noun("mujahid", 7) || kbm_xl_de_noun("torkham", 7));
    /* the signature keeps the language and the items */
    unsigned char blob[KBM_SIG_BYTES];
    kbm_sig back;
    kbm_sig_encode(&fr, blob);
    assert_int_equal(kbm_sig_decode(blob, sizeof blob, &back), KB_OK);
    assert_string_equal(back.lang, "fr");
    assert_true(back.n_x == fr.n_x && back.kinds == fr.kinds);
    assert_memory_equal(back.x, fr.x, sizeof fr.x);
}

/* Figures and dates written the ways languages write them meet as one item. */
static void figures_and_days(void **state)
{
    (void)state;
    static const char *const fig[][2] = {
        {"The border is 2,600 kilometres long.", "en"},
        {"La frontière mesure 2 600 kilomètres.", "fr"},
        {"La frontière mesure 2\u00a0600 kilomètres.", "fr"},
        {"Die Grenze ist 2.600 Kilometer lang.", "de"},
        {"\u0633\u0631\u062d\u062f \u06f2\u06f6\u06f0\u06f0 \u06a9\u0644\u0648\u0645\u06cc\u0679\u0631", "ur"},
    };
    kbm_sig f0 = sign_in(fig[0][0], "2025-03-03", fig[0][1]);
    for (size_t i = 1; i < sizeof fig / sizeof *fig; i++) {
        kbm_sig f = sign_in(fig[i][0], "2025-03-03", fig[i][1]);
        assert_int_equal(shared_items(&f0, &f, KBM_X_NUM), 1);
    }
    kbm_sig d1 = sign_in("A magnitude 5.9 quake.", NULL, "en");
    kbm_sig d2 = sign_in("Un séisme de magnitude 5,9.", NULL, "fr");
    assert_int_equal(shared_items(&d1, &d2, KBM_X_NUM), 1);
    /* Arabic-Indic digits, the Arabic decimal separator, Arabic punctuation after them */
    kbm_sig d3 = sign_in("زلزال بقوة ٥٫٩ درجات، وحدود طولها ٢٦٠٠ كيلومتر.", NULL, "ar");
    assert_int_equal(shared_items(&d1, &d3, KBM_X_NUM), 1);
    assert_int_equal(shared_items(&f0, &d3, KBM_X_NUM), 1);
    kbm_sig d4 = sign_in("ریسکیو ۱۱۲۲، پشاور", NULL, "ur");
    kbm_sig d5 = sign_in("Rescue 1122 said", NULL, "en");
    assert_int_equal(shared_items(&d4, &d5, KBM_X_NUM), 1);
    /* "on Monday" in an article of Tuesday 4 March 2025 is 3 March, as "le 3 mars" and
     * "3. März" and "March 3" are */
    kbm_sig w1 = sign_in("It happened on Monday.", "2025-03-04", "en");
    kbm_sig w2 = sign_in("Cela s'est produit le 3 mars.", "2025-03-05", "fr");
    kbm_sig w3 = sign_in("Es geschah am 3. März.", "2025-03-04", "de");
    kbm_sig w4 = sign_in("It happened on March 3.", "2025-03-04", "en");
    kbm_sig w5 = sign_in("It happened on Sunday.", "2025-03-04", "en");
    assert_int_equal(shared_items(&w1, &w2, KBM_X_NUM), 1);
    assert_int_equal(shared_items(&w1, &w3, KBM_X_NUM), 1);
    assert_int_equal(shared_items(&w1, &w4, KBM_X_NUM), 1);
    assert_int_equal(shared_items(&w1, &w5, KBM_X_NUM), 0);
    /* in Arabic script: "on Monday" in Urdu, Arabic and Persian, "3 March" in Urdu with
     * Extended Arabic-Indic digits */
    static const char *const aw[][2] = {
        {"یہ واقعہ پیر کو پیش آیا۔", "ur"},
        {"وقع الحادث يوم الاثنين.", "ar"},
        {"این حادثه روز دوشنبه رخ داد.", "fa"},
        {"یہ واقعہ ۳ مارچ کو پیش آیا۔", "ur"},
    };
    for (size_t i = 0; i < sizeof aw / sizeof *aw; i++) {
        kbm_sig a = sign_in(aw[i][0], "2025-03-04", aw[i][1]);
        assert_int_equal(shared_items(&w1, &a, KBM_X_NUM), 1);
    }
    kbm_sig a6 = sign_in("یہ واقعہ اتوار کو پیش آیا۔", "2025-03-04", "ur"); /* Sunday */
    assert_int_equal(shared_items(&w1, &a6, KBM_X_NUM), 0);
}

/* ---- over a store ------------------------------------------------------- */
#define TMPDIR_TAG "merge"
#include "tmpdir.h"

static kb_doc *make_doc(const char *id, const char *date, const char *text)
{
    kb_doc *d = kb_doc_new();
    d->id = kb_arena_strdup(d->arena, id);
    d->date = kb_arena_strdup(d->arena, date);
    d->lang = "en";
    d->text = kb_arena_strdup(d->arena, text);
    d->text_len = strlen(text);
    kbu_hash128_hex(text, strlen(text), id, strlen(id), d->key);
    return d;
}

typedef struct item {
    const char *id, *date, *text;
} item;

static const item items[] = {
    {"orig", "2025-03-03", NULL}, {"spun", "2025-03-04", NULL}, {"early", "2025-03-02", NULL},
    {"other", "2025-03-03", NULL}};

static const char *text_of(int i)
{
    return i == 0 ? orig_text : i == 1 ? spun_text : i == 2 ? orig_text : other_text;
}

/* Ingest items in the given order (each through its own merge handle when
 * one_by_one), then return "id:copy_of_id:story_member_count;..." */
static void run(const int *order, int one_by_one, char *out, size_t cap)
{
    unlink(dbpath);
    char wal[320];
    snprintf(wal, sizeof wal, "%s-wal", dbpath);
    unlink(wal);
    kb_err err = {0};
    kb_store *s = kb_store_open(dbpath, &err);
    assert_non_null(s);
    kb_merge *m = NULL;
    for (int k = 0; k < 4; k++) {
        if (!m) assert_non_null(m = kb_merge_open(s, 0, &err));
        int i = order[k];
        kb_doc *d = make_doc(items[i].id, items[i].date, text_of(i));
        int is_new;
        assert_int_equal(kb_store_begin(s, &err), KB_OK);
        assert_int_equal(kb_store_put_article(s, d, &is_new, &err), KB_OK);
        assert_int_equal(kb_merge_add(m, d, &err), KB_OK);
        assert_int_equal(kb_merge_flush(m, &err), KB_OK);
        assert_int_equal(kb_store_commit(s, &err), KB_OK);
        kb_doc_free(d);
        if (one_by_one) {
            kb_merge_close(m);
            m = NULL;
        }
    }
    kb_merge_close(m);
    kb_story_query *q = kb_store_stories(s, NULL, NULL, &err);
    assert_non_null(q);
    kb_story_row r;
    out[0] = '\0';
    char story[40] = "";
    int ns = 0;
    while (kb_story_step(q, &r, &err) == KB_OK) {
        if (strcmp(story, r.story)) ns++;
        snprintf(story, sizeof story, "%s", r.story);
        size_t n = strlen(out);
        snprintf(out + n, cap - n, "%d:%s:%s;", ns, r.id, r.of_id ? r.of_id : "-");
    }
    kb_story_query_free(q);
    kb_store_close(s);
}

static void order_independent(void **state)
{
    (void)state;
    static const int orders[][4] = {{0, 1, 2, 3}, {3, 2, 1, 0}, {1, 3, 0, 2}, {2, 0, 3, 1}};
    char first[1024], got[1024];
    run(orders[0], 0, first, sizeof first);
    /* the earliest-dated copy is the original of its group; the other report its own story */
    assert_string_equal(first, "1:early:-;1:orig:early;1:spun:early;2:other:-;");
    for (size_t o = 0; o < 4; o++)
        for (int one = 0; one < 2; one++) {
            run(orders[o], one, got, sizeof got);
            assert_string_equal(got, first);
        }
}

static void migrates_v1_store(void **state)
{
    (void)state;
    unlink(dbpath);
    /* a v1 store as the first release wrote it, with one article */
    sqlite3 *db;
    assert_int_equal(sqlite3_open(dbpath, &db), SQLITE_OK);
    assert_int_equal(
        sqlite3_exec(db,
                     "CREATE TABLE articles (key TEXT PRIMARY KEY NOT NULL, id TEXT NOT NULL,"
                     " url TEXT, title TEXT, date TEXT, date_source TEXT, outlet TEXT,"
                     " lang TEXT NOT NULL, dateline TEXT, n_sents INTEGER NOT NULL, origin TEXT,"
                     " ingested_at TEXT NOT NULL, text TEXT NOT NULL, sentences BLOB);"
                     "INSERT INTO articles VALUES('0123456789abcdef0123456789abcdef','a1',NULL,"
                     "'T','2025-03-03',NULL,NULL,'en',NULL,0,NULL,'2025-03-03T00:00:00Z',"
                     "'Some text about Torkham and Khyber and Peshawar.',NULL);"
                     "PRAGMA application_id=1802003058; PRAGMA user_version=1;",
                     NULL, NULL, NULL),
        SQLITE_OK);
    sqlite3_close(db);
    kb_err err = {0};
    kb_store *s = kb_store_open(dbpath, &err);
    assert_non_null(s);
    assert_int_equal(kb_store_schema_version(s), 3);
    assert_int_equal(kb_merge_pending(s, &err), 1);
    kb_merge *m = kb_merge_open(s, 0, &err);
    assert_non_null(m);
    kb_merge_stats st;
    kb_merge_get_stats(m, &st);
    assert_int_equal(st.articles, 1);
    assert_int_equal(st.signed_now, 1);
    assert_int_equal(kb_store_begin(s, &err), KB_OK);
    assert_int_equal(kb_merge_flush(m, &err), KB_OK);
    assert_int_equal(kb_store_commit(s, &err), KB_OK);
    kb_merge_close(m);
    assert_int_equal(kb_merge_pending(s, &err), 0);
    /* reopened: loaded, nothing to sign */
    m = kb_merge_open(s, 0, &err);
    kb_merge_get_stats(m, &st);
    assert_int_equal(st.articles, 1);
    assert_int_equal(st.signed_now, 0);
    assert_int_equal(st.stories, 1);
    kb_merge_close(m);
    kb_store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(days),
        cmocka_unit_test(sig_round_trip),
        cmocka_unit_test(copy_scores),
        cmocka_unit_test(cross_language),
        cmocka_unit_test(figures_and_days),
        cmocka_unit_test_setup_teardown(order_independent, setup, teardown),
        cmocka_unit_test_setup_teardown(migrates_v1_store, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
