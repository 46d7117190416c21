/* test_lexicon_import.c -- the TABARI/PETRARCH dictionary importer (src/lexicon/import.c):
 * actors with synonyms and dated codes, agents, verbs with forms, synsets, alternatives,
 * source/target marks and codes, the notes (FILE:LINE) for what cannot be said, and a
 * written directory that the loader compiles and the coder uses. The dictionaries are
 * small ones written for this test, in the two formats. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code/kbe.h"
#include "lexicon/kbl.h"
#include "lexicon/kbl_import.h"

#define TMPDIR_TAG "import"
#include "tmpdir.h"

static const char *lexdir(void)
{
    const char *d = getenv("KHABAR_LEXICON");
    return d ? d : "lexicon";
}

static const char TAB_ACTORS[] = "<NOUN>\n"
                                 "KETTLES\n"
                                 "</NOUN>\n"
                                 "VELDMARK  [VLD] ; a made-up state\n"
                                 "NORTH_TOLBERG [TLN]\n"
                                 "PIPKIN ; a person with a career\n"
                                 "+THE_BAKER\n"
                                 "\t[VLD < 020101]\n"
                                 "\t[VLDGOV 020101 - 051231]\n"
                                 "\t[VLDREB > 051231]\n"
                                 "GHOSTLAND [###]\n"
                                 "~~FINISH\n"
                                 "NEVER_READ [NVR]\n";

static const char TAB_AGENTS[] = "MINISTER_  [~GOV] ;x\n"
                                 "BORDER_GUARDS_ [~MIL]\n"
                                 "WELL_WISHERS_ [NGO~]\n";

static const char TAB_VERBS[] = "<SYNSETS>\n"
                                "&FRUIT\n"
                                "+PEARS\n"
                                "+GREEN APPLES\n"
                                "</SYNSETS>\n"
                                "<TIME>\n"
                                "LAST_WEEK [-7]\n"
                                "</TIME>\n"
                                "PELT  [901]\n"
                                "{ PELTED_ PELTEN_ }\n"
                                "- * WITH &FRUIT  [902]\n"
                                "- * { LOUDLY | SOFTLY }  [903:904]\n"
                                "- + * BY $  [905]\n"
                                "- SAID * WOULD  [906]\n"
                                "- * SNOW  [---]\n"
                                "HUG  [---]\n"
                                "- * WARMLY  [041]\n"
                                "FROWN [###]\n"
                                "REMARK [023?]\n";

static const char PET_VERBS[] = "&GIFT\n"
                                "+FLOWERS\n"
                                "+CAKE\n"
                                "\n"
                                "--- GREET [042] ---\n"
                                "GREET {GREETS GROTE}\n"
                                "+SHAKE_HANDS {+SHOOK_HANDS}\n"
                                "WAVE_AT [043]\n"
                                "- * (WITH &GIFT) [044]  # a PP\n"
                                "- * {WARM WELCOME} [045]\n";

static const char PET_ACTORS[] = "<!-- a comment\n"
                                 "  over two lines -->\n"
                                 "VELDMARK [VLD] # state\n"
                                 "+VELDMARKISH\n"
                                 "<! -- a comment written with a space -->\n"
                                 "SAM_PIPKIN [VLD]  # the default\n"
                                 "\t[VLDCVL <20080120]\n"
                                 "\t[VLDGOV 20080120-20121109]\n"
                                 "TOLBERG [tln]\n";

static const char PET_AGENTS[] = "!HELPER! = AIDE, ASSISTANT\n"
                                 "CHIEF_!HELPER! {} [~GOV]\n"
                                 "FARMER {PLOUGHMEN} [~AGR]\n";

static int has_line(const char *text, const char *line)
{
    size_t n = strlen(line);
    for (const char *p = text; (p = strstr(p, line)); p++)
        if ((p == text || p[-1] == '\n') && (p[n] == '\n' || p[n] == '\0')) return 1;
    return 0;
}

static int has_note(const kbl_imp *im, int line, int dropped, const char *part)
{
    for (size_t i = 0; i < kbl_imp_n_notes(im); i++) {
        const kbl_imp_note *n = kbl_imp_note_at(im, i);
        if (n->line == line && n->dropped == dropped && strstr(n->msg, part)) return 1;
    }
    return 0;
}

static void tabari_actors(void **state)
{
    (void)state;
    kbl_imp *im = kbl_imp_new(KBL_IMP_TABARI);
    assert_non_null(im);
    assert_int_equal(kbl_imp_feed(im, KBL_IMP_ACTORS, "t.actors", TAB_ACTORS, strlen(TAB_ACTORS)), KB_OK);
    const char *t = kbl_imp_text(im, KBL_OUT_ACTORS, NULL);
    assert_true(has_line(t, "Veldmark => VLD"));
    assert_true(has_line(t, "North Tolberg => TLN"));
    /* dated roles first (before a date: up to the day before; after: from the day after) */
    assert_true(has_line(t, "Pipkin | The Baker => VLD ..2001-12-31, VLDGOV 2002-01-01..2005-12-31, "
                            "VLDREB 2006-01-01.."));
    assert_null(strstr(t, "Kettle"));    /* parts of speech, not actors */
    assert_null(strstr(t, "Never"));     /* after TABARI's end line */
    assert_null(strstr(t, "Ghostland")); /* a discard code */
    assert_true(has_note(im, 11, 1, "###"));
    assert_true(has_note(im, 1, 1, "<NOUN>"));
    kbl_imp_free(im);
}

static void tabari_agents(void **state)
{
    (void)state;
    kbl_imp *im = kbl_imp_new(KBL_IMP_TABARI);
    kbl_imp_feed(im, KBL_IMP_AGENTS, "t.agents", TAB_AGENTS, strlen(TAB_AGENTS));
    const char *t = kbl_imp_text(im, KBL_OUT_AGENTS, NULL);
    assert_true(has_line(t, "minister => GOV"));
    assert_true(has_line(t, "border guards => MIL"));
    assert_null(strstr(t, "wishers"));
    assert_true(has_note(im, 3, 1, "prefix agent code"));
    kbl_imp_counts c;
    kbl_imp_get_counts(im, &c);
    assert_int_equal(c.agents, 2);
    assert_int_equal(c.dropped, 1);
    kbl_imp_free(im);
}

static void tabari_verbs(void **state)
{
    (void)state;
    kbl_imp *im = kbl_imp_new(KBL_IMP_TABARI);
    kbl_imp_feed(im, KBL_IMP_VERBS, "t.verbs", TAB_VERBS, strlen(TAB_VERBS));
    const char *t = kbl_imp_text(im, KBL_OUT_VERBS, NULL);
    /* the verb and its forms */
    assert_true(has_line(t, "901 pelt"));
    assert_true(has_line(t, "901 pelten"));
    assert_false(has_line(t, "901 pelted")); /* the same stem as "pelt": one line */
    /* a synset: each member its own line; a space lets words come between */
    assert_true(has_line(t, "902 pelt .. with .. pears"));
    assert_true(has_line(t, "902 pelt .. with .. green .. apples"));
    /* alternatives; a paired code keeps the first and says so */
    assert_true(has_line(t, "903 pelt .. loudly"));
    assert_true(has_line(t, "903 pelt .. softly"));
    assert_true(has_note(im, 12, 0, "paired code"));
    /* target before the verb, source after: the subject is the target */
    assert_true(has_line(t, "905 pelt .. by * ; +reverse"));
    /* words before the verb: the pattern starts at the first of them */
    assert_true(has_line(t, "906 said .. pelt .. would"));
    /* null codes give no line; a null pattern under a coded verb is noted */
    assert_null(strstr(t, " snow"));
    assert_true(has_note(im, 15, 0, "null-coded"));
    assert_null(strstr(t, "hug\n"));
    assert_true(has_line(t, "041 hug .. warmly"));
    assert_false(has_note(im, 16, 0, "null-coded"));
    /* a discard code and a time shift are dropped, with their lines */
    assert_null(strstr(t, "frown"));
    assert_true(has_note(im, 18, 1, "###"));
    assert_true(has_note(im, 7, 1, "time shift"));
    /* a code for when nothing else is coded cannot be said */
    assert_null(strstr(t, "remark"));
    assert_true(has_note(im, 19, 1, "023?"));
    /* the codes used, in first-use order */
    const char *codes = kbl_imp_text(im, KBL_OUT_CODES, NULL);
    assert_true(has_line(codes, "901\tt.verbs:9"));
    assert_non_null(strstr(codes, "905\tt.verbs:13"));
    kbl_imp_free(im);
}

static void petrarch_verbs_agents(void **state)
{
    (void)state;
    kbl_imp *im = kbl_imp_new(KBL_IMP_PETRARCH);
    kbl_imp_feed(im, KBL_IMP_VERBS, "p.verbs", PET_VERBS, strlen(PET_VERBS));
    kbl_imp_feed(im, KBL_IMP_AGENTS, "p.agents", PET_AGENTS, strlen(PET_AGENTS));
    const char *t = kbl_imp_text(im, KBL_OUT_VERBS, NULL);
    assert_true(has_line(t, "042 greet"));
    assert_true(has_line(t, "042 grote"));
    assert_true(has_line(t, "042 shake hands"));
    assert_true(has_line(t, "042 shook hands"));
    /* a verb of the block with its own code: that code alone, the block's patterns too */
    assert_true(has_line(t, "043 wave at"));
    assert_false(has_line(t, "042 wave at"));
    assert_true(has_line(t, "044 wave at .. with .. cake"));
    assert_true(has_line(t, "044 greet .. with .. flowers"));
    assert_true(has_line(t, "044 shook hands .. with .. cake"));
    assert_true(has_line(t, "045 grote .. warm .. welcome"));
    const char *a = kbl_imp_text(im, KBL_OUT_AGENTS, NULL);
    assert_true(has_line(a, "chief aide | chief assistant => GOV"));
    assert_true(has_line(a, "farmer | ploughmen => AGR"));
    kbl_imp_free(im);
}

static void petrarch_actors(void **state)
{
    (void)state;
    kbl_imp *im = kbl_imp_new(KBL_IMP_PETRARCH);
    kbl_imp_feed(im, KBL_IMP_ACTORS, "p.actors", PET_ACTORS, strlen(PET_ACTORS));
    const char *t = kbl_imp_text(im, KBL_OUT_ACTORS, NULL);
    assert_true(has_line(t, "Veldmark | Veldmarkish => VLD"));
    /* the default code last, as khabar's undated fallback */
    assert_true(has_line(t, "Sam Pipkin => VLDCVL ..2008-01-19, VLDGOV 2008-01-20..2012-11-09, VLD"));
    assert_true(has_line(t, "Tolberg => TLN"));
    assert_null(strstr(t, "omment"));
    kbl_imp_counts c;
    kbl_imp_get_counts(im, &c);
    assert_int_equal(c.actors, 3);
    assert_int_equal(kbl_imp_n_notes(im), 0);
    kbl_imp_free(im);
}

/* Malformed input never crashes and is noted, not lost silently. */
static void malformed(void **state)
{
    (void)state;
    static const char bad[] = "- * ORPHAN [010]\n"
                              "VERB_WITHOUT_CODE\n"
                              "- * &NOSUCH [011]\n"
                              "- NO VERB MARK [012]\n"
                              "X [01\n"
                              "[ABC]\n"
                              "+ALONE\n"
                              "Y [ ] [ABC 999999] [abc def]\n";
    for (int from = KBL_IMP_TABARI; from <= KBL_IMP_PETRARCH; from++)
        for (int k = KBL_IMP_ACTORS; k <= KBL_IMP_DISCARDS; k++) {
            kbl_imp *im = kbl_imp_new(from);
            assert_int_equal(kbl_imp_feed(im, k, "bad", bad, sizeof bad - 1), KB_OK);
            assert_true(kbl_imp_n_notes(im) > 0);
            kbl_imp_free(im);
        }
    kbl_imp *im = kbl_imp_new(KBL_IMP_TABARI);
    kbl_imp_feed(im, KBL_IMP_VERBS, "bad", bad, sizeof bad - 1);
    assert_true(has_note(im, 1, 1, "without a verb"));
    assert_true(has_note(im, 3, 1, "synset"));
    assert_true(has_note(im, 4, 1, "no '*'"));
    kbl_imp_free(im);
}

/* The written directory loads without errors and codes with the imported dictionaries. */
static void written_dir_codes(void **state)
{
    (void)state;
    kbl_imp *im = kbl_imp_new(KBL_IMP_TABARI);
    kbl_imp_feed(im, KBL_IMP_ACTORS, "t.actors", TAB_ACTORS, strlen(TAB_ACTORS));
    kbl_imp_feed(im, KBL_IMP_AGENTS, "t.agents", TAB_AGENTS, strlen(TAB_AGENTS));
    kbl_imp_feed(im, KBL_IMP_VERBS, "t.verbs", TAB_VERBS, strlen(TAB_VERBS));
    char out[300];
    snprintf(out, sizeof out, "%s/lex", tmpdir);
    kb_err err = {0};
    assert_int_equal(kbl_imp_write(im, lexdir(), out, 1, &err), KB_OK);
    kbl_imp_counts c;
    kbl_imp_get_counts(im, &c);
    assert_int_equal(c.codes_foreign, 5); /* 901..906 but the paired 904: codes CAMEO lacks */
    kbl_imp_free(im);

    kbl_lexicon *lx = kbl_load(out, NULL, &err);
    assert_non_null(lx);
    for (size_t i = 0; i < kbl_n_diags(lx); i++) {
        const kbl_diag *d = kbl_diag_at(lx, i);
        if (d->severity >= 2) fprintf(stderr, "%s:%d: %s\n", d->file, d->line, d->msg);
        assert_true(d->severity < 2);
    }
    assert_non_null(kbl_cameo_get(lx, "901"));
    assert_non_null(kbl_cameo_get(lx, "041"));
    assert_true(kbl_target_required(lx));
    kbl_free(lx);

    kb_coder *cd = kb_coder_new(out, &err);
    assert_non_null(cd);
    kb_doc *d = kb_doc_new();
    static const struct {
        const char *text, *date, *src, *tgt, *code;
    } cases[] = {
        {"Veldmark pelted North Tolberg with green apples.", "2003-05-01", "VLD", "TLN", "902"},
        {"The Baker pelted North Tolberg.", "2003-05-01", "VLDGOV", "TLN", "901"},
        {"The Baker pelted North Tolberg.", "2008-05-01", "VLDREB", "TLN", "901"},
        {"The Veldmark minister will pelt North Tolberg.", "2003-05-01", "VLDGOV", "TLN", "901"},
        {"Veldmark pelted loudly.", "2003-05-01", NULL, NULL, NULL}, /* no target: no event */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        kb_event *ev = NULL;
        size_t nev = 0;
        assert_int_equal(kbe_code_text(cd, d, "t", cases[i].text, strlen(cases[i].text), cases[i].date, 1, &ev,
                                       &nev, &err),
                         KB_OK);
        if (!cases[i].code) {
            assert_int_equal(nev, 0);
            continue;
        }
        assert_int_equal(nev, 1);
        assert_string_equal(ev[0].source.code, cases[i].src);
        assert_string_equal(ev[0].target.code, cases[i].tgt);
        assert_string_equal(ev[0].code, cases[i].code);
    }
    kb_doc_free(d);
    kb_coder_free(cd);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tabari_actors),
        cmocka_unit_test(tabari_agents),
        cmocka_unit_test(tabari_verbs),
        cmocka_unit_test(petrarch_verbs_agents),
        cmocka_unit_test(petrarch_actors),
        cmocka_unit_test(malformed),
        cmocka_unit_test(written_dir_codes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
