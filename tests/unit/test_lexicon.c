/* test_lexicon.c -- the lexicon loader (src/lexicon): tokens, stems, the phrase trie,
 * dated codes, verb patterns, diagnostics with file:line, load time. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <libstemmer.h>

#include "lexicon/kbl.h"

static const char *lexdir(void)
{
    const char *d = getenv("KHABAR_LEXICON");
    return d ? d : "lexicon";
}

/* Look a phrase up the way the coder does: tokens -> normalised ids -> trie. */
static const kbl_actor *lookup(const kbl_lexicon *lx, const char *phrase)
{
    kbl_tok t[32];
    size_t n = kbl_tokenize(phrase, strlen(phrase), t, 32);
    struct sb_stemmer *st = kbl_stemmer_new();
    int32_t node = 0;
    for (size_t i = 0; i < n && node >= 0; i++) {
        char buf[128];
        size_t k = kbl_norm(st, phrase + t[i].s, t[i].e - t[i].s, buf, sizeof buf);
        node = kbl_trie_child(lx, node, kbl_token_id(lx, buf, k));
    }
    kbl_stemmer_free(st);
    if (node < 0) return NULL;
    return kbl_actor_at(lx, kbl_trie_value(lx, node, NULL));
}

static int32_t word_id(const kbl_lexicon *lx, const char *w);

/* The trie flags of a one-word phrase (0 if absent). */
static unsigned word_flags(const kbl_lexicon *lx, const char *w)
{
    struct sb_stemmer *st = kbl_stemmer_new();
    char buf[128];
    size_t k = kbl_norm(st, w, strlen(w), buf, sizeof buf);
    kbl_stemmer_free(st);
    int32_t node = kbl_trie_child(lx, 0, kbl_token_id(lx, buf, k));
    unsigned fl = 0;
    if (node >= 0) kbl_trie_value(lx, node, &fl);
    return fl;
}

static void tokenizer(void **state)
{
    (void)state;
    const char *s = "Pakistan's army didn't attack U.S. forces in 2001, killing 1,524 Tehreek-e-Taliban men.";
    kbl_tok t[64];
    size_t n = kbl_tokenize(s, strlen(s), t, 64);
    const char *want[] = {"Pakistan", "'s", "army", "did", "n't", "attack", "U.S.", "forces", "in", "2001",
                          ",", "killing", "1,524", "Tehreek", "-", "e", "-", "Taliban", "men", "."};
    assert_int_equal(n, sizeof want / sizeof *want);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(t[i].e - t[i].s, strlen(want[i]));
        assert_memory_equal(s + t[i].s, want[i], strlen(want[i]));
    }
    assert_int_equal(t[9].kind, KBL_T_NUM);
    assert_int_equal(t[10].kind, KBL_T_PUNCT);
    /* curly apostrophe and the cap */
    const char *c = "Kabul\xE2\x80\x99s stance";
    n = kbl_tokenize(c, strlen(c), t, 2);
    assert_int_equal(n, 2);
    assert_int_equal(t[1].e - t[1].s, 4);
    /* empty and all-space input */
    assert_int_equal(kbl_tokenize("", 0, t, 8), 0);
    assert_int_equal(kbl_tokenize("   \n ", 5, t, 8), 0);
}

/* Bytes the ASCII fast paths of kbl_tokenize hand on to the general rules: NBSP,
 * UTF-8 letters and punctuation, control bytes, inner apostrophes and periods. */
static void tokenizer_edges(void **state)
{
    (void)state;
    const char *s = "O'Brien\xC2\xA0said:\tthe Caf\xC3\xA9\xE2\x80\x99s 3.5% rise\x01we'll\xE2\x80\x94\"ok\" e.g. "
                    "A1-b2 \xC2\xABno\xC2\xBB";
    const char *want[] = {"O'Brien", "said", ":", "the", "Caf\xC3\xA9", "\xE2\x80\x99s", "3.5", "%", "rise",
                          "\x01", "we'll", "\xE2\x80\x94", "\"", "ok", "\"", "e.g.", "A1", "-", "b2",
                          "\xC2\xAB", "no", "\xC2\xBB"};
    const int kind[] = {KBL_T_WORD, KBL_T_WORD, KBL_T_PUNCT, KBL_T_WORD, KBL_T_WORD, KBL_T_WORD, KBL_T_NUM, KBL_T_PUNCT,
                        KBL_T_WORD, KBL_T_PUNCT, KBL_T_WORD, KBL_T_PUNCT, KBL_T_PUNCT, KBL_T_WORD,
                        KBL_T_PUNCT, KBL_T_WORD, KBL_T_WORD, KBL_T_PUNCT, KBL_T_WORD, KBL_T_PUNCT,
                        KBL_T_WORD, KBL_T_PUNCT};
    kbl_tok t[64];
    size_t n = kbl_tokenize(s, strlen(s), t, 64);
    assert_int_equal(n, sizeof want / sizeof *want);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(t[i].e - t[i].s, strlen(want[i]));
        assert_memory_equal(s + t[i].s, want[i], strlen(want[i]));
        assert_int_equal(t[i].kind, kind[i]);
    }
    /* the cap holds inside a run of letters too */
    assert_int_equal(kbl_tokenize("a b c d", 7, t, 3), 3);
}

static void normalisation(void **state)
{
    (void)state;
    struct sb_stemmer *st = kbl_stemmer_new();
    char a[64], b[64];
    kbl_norm(st, "attacked", 8, a, sizeof a);
    kbl_norm(st, "attacks", 7, b, sizeof b);
    assert_string_equal(a, b);
    kbl_norm(st, "U.S.", 4, a, sizeof a);
    assert_string_equal(a, "us");
    kbl_norm(st, "ISIS", 4, a, sizeof a); /* acronyms are not stemmed */
    assert_string_equal(a, "isis");
    kbl_norm(st, "IEDs", 4, a, sizeof a); /* nor their plurals, which lose the "s" (not "i") */
    assert_string_equal(a, "ied");
    kbl_norm(st, "IED", 3, b, sizeof b);
    assert_string_equal(a, b);
    kbl_norm(st, "I", 1, b, sizeof b);
    assert_string_not_equal(a, b);
    kbl_norm(st, "n't", 3, a, sizeof a);
    assert_string_equal(a, "not");
    kbl_norm(st, "boycotted", 9, a, sizeof a); /* a final double consonant is undoubled */
    kbl_norm(st, "boycott", 7, b, sizeof b);
    assert_string_equal(a, b);
    kbl_norm(st, "shelled", 7, a, sizeof a); /* but not ll */
    assert_string_equal(a, "shell");
    kbl_stemmer_free(st);
}

/* kbl_stemmer_new's stemmer (Latin-1) stems every lower-case ASCII word as the UTF-8 one
 * does: the words of the verb, agent, group and people files, lower-cased, through both. */
static void stemmer_encodings_agree(void **state)
{
    (void)state;
    struct sb_stemmer *fast = kbl_stemmer_new(), *utf8 = sb_stemmer_new("english", NULL);
    assert_non_null(fast);
    assert_non_null(utf8);
    static const char *const files[] = {"verbs.txt", "agents.txt", "actors/groups.txt", "actors/people.txt"};
    size_t words = 0;
    for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", lexdir(), files[f]);
        FILE *fp = fopen(path, "r");
        assert_non_null(fp);
        int ch;
        char w[64];
        size_t n = 0;
        do {
            ch = fgetc(fp);
            if (ch >= 'a' && ch <= 'z') {
                if (n + 1 < sizeof w) w[n++] = (char)ch;
            } else if (ch >= 'A' && ch <= 'Z') {
                if (n + 1 < sizeof w) w[n++] = (char)(ch + 32);
            } else if (n) {
                const sb_symbol *a = sb_stemmer_stem(fast, (const sb_symbol *)w, (int)n);
                int al = sb_stemmer_length(fast);
                char as[64];
                memcpy(as, a, (size_t)al);
                const sb_symbol *b = sb_stemmer_stem(utf8, (const sb_symbol *)w, (int)n);
                int bl = sb_stemmer_length(utf8);
                w[n] = '\0';
                if (al != bl || memcmp(as, b, (size_t)al)) fail_msg("stems of %s differ", w);
                words++;
                n = 0;
            }
        } while (ch != EOF);
        fclose(fp);
    }
    assert_true(words > 10000);
    kbl_stemmer_free(fast);
    sb_stemmer_delete(utf8);
}

static void load_real_lexicons(void **state)
{
    (void)state;
    kb_err err = {0};
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    kbl_lexicon *lx = kbl_load(lexdir(), NULL, &err);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    assert_non_null(lx);
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    /* the budget is 50 ms; sanitizers and a busy machine get slack */
    assert_true(ms < 2000);
    for (size_t i = 0; i < kbl_n_diags(lx); i++) {
        const kbl_diag *d = kbl_diag_at(lx, i);
        fprintf(stderr, "%s:%d: %s\n", d->file, d->line, d->msg);
    }
    assert_int_equal(kbl_n_diags(lx), 0);
    size_t na, np, nt, nc;
    kbl_counts(lx, &na, &np, &nt, &nc);
    assert_true(na > 400); /* every iso-codes country + the project's actors */
    assert_true(np > 300);
    assert_int_equal(nc, 311);

    /* countries from iso-codes, supplement, aliases */
    const kbl_actor *a = lookup(lx, "Burkina Faso");
    assert_non_null(a);
    assert_string_equal(kbl_actor_code(a, 0), "BFA");
    a = lookup(lx, "Islamabad"); /* a capital: the government (the coder uses the state as a place) */
    assert_non_null(a);
    assert_string_equal(kbl_actor_code(a, 0), "PAKGOV");
    const char *ttp[] = {"Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "Pakistani Taliban",
                         "Fitna al-Khawarij", "TTP"};
    for (size_t i = 0; i < 5; i++) {
        a = lookup(lx, ttp[i]);
        assert_non_null(a);
        assert_string_equal(kbl_actor_code(a, 20240101), "TTP");
        assert_string_equal(a->country, "PAK");
    }
    /* dated codes */
    a = lookup(lx, "Taliban");
    assert_string_equal(kbl_actor_code(a, 20150101), "TAL");
    assert_string_equal(kbl_actor_code(a, 20210815), "AFG");
    assert_string_equal(kbl_actor_code(a, 0), "AFG");
    a = lookup(lx, "Sharif");
    assert_string_equal(kbl_actor_code(a, 20150601), "PAKGOV");
    assert_string_equal(kbl_actor_code(a, 20190601), "PAKELI");
    assert_string_equal(kbl_actor_code(a, 20250601), "PAKGOV");
    a = lookup(lx, "Anwaar-ul-Haq Kakar");
    assert_string_equal(kbl_actor_code(a, 20231001), "PAKGOV");
    assert_string_equal(kbl_actor_code(a, 20250101), "PAKELI");
    /* agents */
    a = lookup(lx, "troopers");
    assert_non_null(a);
    assert_int_equal(a->kind, KBL_AGENT);
    assert_string_equal(a->role, "MIL");
    assert_true(kbl_is_state_code(lx, "AFG"));
    assert_false(kbl_is_state_code(lx, "TTP"));

    /* codebook and PLOVER */
    const kbl_cameo *c = kbl_cameo_get(lx, "195");
    assert_non_null(c);
    assert_int_equal(c->quad, 4);
    assert_string_equal(c->plover, "ASSAULT");
    assert_null(kbl_cameo_get(lx, "999"));
    assert_string_equal(kbl_intent_code(lx, "04"), "036");
    assert_string_equal(kbl_intent_code(lx, "19"), "138");
    /* the longest %intent / %negate prefix of the act's code wins */
    assert_string_equal(kbl_intent_code(lx, "190"), "138");
    assert_string_equal(kbl_intent_code(lx, "1723"), "1323");
    assert_string_equal(kbl_intent_code(lx, "0813"), "0351");
    assert_string_equal(kbl_negate_code(lx, "0874"), "1246");
    assert_null(kbl_negate_code(lx, "19"));

    /* verb patterns by their first token, longest first */
    struct sb_stemmer *st = kbl_stemmer_new();
    char buf[64];
    size_t k = kbl_norm(st, "accused", 7, buf, sizeof buf);
    size_t n = 0;
    const kbl_pattern *const *ps = kbl_patterns_for(lx, kbl_token_id(lx, buf, k), &n);
    assert_true(n >= 2);
    for (size_t i = 1; i < n; i++) assert_true(ps[i - 1]->n_el >= ps[i]->n_el);
    int star = 0;
    for (size_t i = 0; i < n; i++)
        for (int j = 0; j < ps[i]->n_el; j++)
            if (ps[i]->el[j] == KBL_STAR) star = 1;
    assert_true(star);
    kbl_stemmer_free(st);
    /* %notverb words */
    assert_true(kbl_not_verb(lx, word_id(lx, "critical"), "critical"));
    assert_false(kbl_not_verb(lx, word_id(lx, "criticized"), "criticized"));
    /* a one-word name with an inner capital matches text with one only ("LeT", not "Let") */
    assert_true(word_flags(lx, "LeT") & KBL_F_INNER);
    assert_false(word_flags(lx, "Hamas") & KBL_F_INNER);
    kbl_free(lx);
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* Remove a test lexicon directory: its files, its actors/ folder, itself. */
static void remove_lexdir(const char *dir, const char *const *files, size_t n)
{
    char p[512];
    for (size_t i = 0; i < n; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, files[i]);
        unlink(p);
    }
    snprintf(p, sizeof p, "%s/actors", dir);
    rmdir(p);
    rmdir(dir);
}

/* A small lexicon directory with faults: diagnostics name file and line. */
static void diagnostics(void **state)
{
    (void)state;
    char dir[] = "/tmp/kbl_test_XXXXXX";
    assert_non_null(mkdtemp(dir));
    char p[512];
    snprintf(p, sizeof p, "%s/actors", dir);
    assert_int_equal(mkdir(p, 0755), 0);
    snprintf(p, sizeof p, "%s/cameo.tsv", dir);
    write_file(p, "code\tname\tgoldstein\tquad\n190\tUse force\t-10\t4\n042\tVisit\t1.9\t1\n");
    snprintf(p, sizeof p, "%s/plover.tsv", dir);
    write_file(p, "code\tevent\tmode\n190\tASSAULT\t\n777\tX\t\n");
    snprintf(p, sizeof p, "%s/actors/a.txt", dir);
    write_file(p, "# comment\n[state]\nFreedonia | Freedonian => FRD\nno arrow here\nSylvania => SYL 2020-01-01..2019-01-01\n"
                  "Freedonian => SYL\n[bogus]\nFreedonia => FRD\n[state]\n"
                  "Ruritania => RUR 2020-13..2021\nGraustark => GRK 20x0..2021\nLatveria => LTV 2019-1-1..\n"
                  "Elbonia => ELB 2019..2020-02, ELBGOV 2020-02-15..\n"
                  "Sylvania City => SYLGOV ; if=SYL\nElbonia City => ELBGOV ; if=elb\n");
    snprintf(p, sizeof p, "%s/agents.txt", dir);
    /* line 2: a word of the line's stem excluded; line 3: an exclusion of no phrase's stem */
    /* line 4: a group's line under [agent] (six letters, a home) */
    write_file(p, "troops | soldiers => MIL\nresidents | !residence | !Residences => CVL\nelders | !house => ELI\n"
                  "Freedonian Congress => FRDPTY ; home=FRD\n");
    snprintf(p, sizeof p, "%s/verbs.txt", dir);
    /* line 7: one slot with more alternatives than a pattern may have (49): an error, never a
     * silent cut */
    write_file(p, "190 attack\n999 frobnicate\n042 visit|visited\n190 attack\n* leading star\n%intent 04 999\n"
                  "190 hit qaa|qab|qac|qad|qae|qaf|qag|qah|qba|qbb|qbc|qbd|qbe|qbf|qbg|qbh|qca|qcb|"
                  "qcc|qcd|qce|qcf|qcg|qch|qda|qdb|qdc|qdd|qde|qdf|qdg|qdh|qea|qeb|qec|qed|qee|qef|"
                  "qeg|qeh|qfa|qfb|qfc|qfd|qfe|qff|qfg|qfh|qga"
                  "\n");
    kb_err err = {0};
    kbl_lexicon *lx = kbl_load(dir, NULL, &err);
    assert_non_null(lx);
    struct {
        const char *file;
        int line, sev;
    } want[] = {
        {"plover.tsv", 3, 2},       /* unknown code 777 */
        {"actors/a.txt", 4, 2},     /* no arrow */
        {"actors/a.txt", 5, 2},     /* bad range */
        {"actors/a.txt", 6, 1},     /* conflict: Freedonian FRD vs SYL */
        {"actors/a.txt", 7, 2},     /* unknown section */
        {"actors/a.txt", 8, 1},     /* duplicate Freedonia */
        {"actors/a.txt", 10, 2},    /* month 13 */
        {"actors/a.txt", 11, 2},    /* a letter in the year */
        {"actors/a.txt", 12, 2},    /* a date of 8 characters */
        {"actors/a.txt", 15, 2},    /* "if=" not a state's three capitals (line 14's is good) */
        {"verbs.txt", 2, 2},        /* unknown code */
        {"verbs.txt", 4, 1},        /* duplicate pattern */
        {"verbs.txt", 5, 2},        /* starts with * */
        {"verbs.txt", 6, 2},        /* %intent with unknown code */
        {"verbs.txt", 7, 2},        /* 49 alternatives in one slot */
        {"agents.txt", 3, 1},       /* "!house" shares no phrase's stem */
        {"agents.txt", 4, 1},       /* a group's line under [agent] */
    };
    size_t nw = sizeof want / sizeof *want;
    for (size_t i = 0; i < kbl_n_diags(lx); i++) {
        const kbl_diag *d = kbl_diag_at(lx, i);
        fprintf(stderr, "  %s:%d: [%d] %s\n", d->file, d->line, d->severity, d->msg);
    }
    assert_int_equal(kbl_n_diags(lx), nw);
    for (size_t i = 0; i < nw; i++) {
        int found = 0;
        for (size_t j = 0; j < kbl_n_diags(lx); j++) {
            const kbl_diag *d = kbl_diag_at(lx, j);
            if (!strcmp(d->file, want[i].file) && d->line == want[i].line && d->severity == want[i].sev)
                found = 1;
        }
        if (!found) fprintf(stderr, "missing diagnostic %s:%d\n", want[i].file, want[i].line);
        assert_true(found);
    }
    /* the good lines still load */
    assert_string_equal(kbl_actor_code(lookup(lx, "Freedonia"), 0), "FRD");
    assert_string_equal(kbl_actor_code(lookup(lx, "Elbonia"), 20200131), "ELB");
    assert_string_equal(kbl_actor_code(lookup(lx, "Elbonia"), 20200301), "ELBGOV");
    /* the excluded forms: the stem still finds the line, kbl_excluded tells the coder no */
    const kbl_actor *res = lookup(lx, "residence");
    assert_non_null(res);
    int32_t ri = -1;
    for (int32_t i = 0; ri < 0 && kbl_actor_at(lx, i); i++)
        if (kbl_actor_at(lx, i) == res) ri = i;
    assert_true(ri >= 0);
    assert_true(kbl_excluded(lx, ri, "residence"));
    assert_true(kbl_excluded(lx, ri, "residences"));
    assert_false(kbl_excluded(lx, ri, "residents"));
    kbl_free(lx);
    /* a missing file is an error */
    snprintf(p, sizeof p, "%s/verbs.txt", dir);
    unlink(p);
    assert_null(kbl_load(dir, NULL, &err));
    assert_int_equal(err.code, KB_EIO);
    assert_non_null(strstr(err.msg, "verbs.txt"));
    const char *files[] = {"cameo.tsv", "plover.tsv", "actors/a.txt", "agents.txt"};
    remove_lexdir(dir, files, 4);
}

/* The normalised id of one word. */
static int32_t word_id(const kbl_lexicon *lx, const char *w)
{
    struct sb_stemmer *st = kbl_stemmer_new();
    char buf[128];
    size_t k = kbl_norm(st, w, strlen(w), buf, sizeof buf);
    kbl_stemmer_free(st);
    return kbl_token_id(lx, buf, k);
}

static int fineness(const kbl_pattern *p)
{
    if (!p->code) return 0;
    size_t n = strlen(p->code);
    return n >= 4 ? 2 : (n == 3 && p->code[2] != '0');
}

/* A hyphenated pattern word is its parts and the hyphen ("stage .. sit-in"); a hyphenated
 * word of more than three parts is refused; patterns of one first word come longest first and,
 * equally long, the finer code first ("provided .. humanitarian" 073 before "provided .. aid" 070). */
static void pattern_shapes(void **state)
{
    (void)state;
    kb_err err = {0};
    kbl_lexicon *lx = kbl_load(lexdir(), NULL, &err);
    assert_non_null(lx);
    int32_t hy = word_id(lx, "-"), sit = word_id(lx, "sit"), in = word_id(lx, "in");
    assert_true(hy >= 0 && sit >= 0 && in >= 0);
    size_t n = 0;
    const kbl_pattern *const *ps = kbl_patterns_for(lx, word_id(lx, "staged"), &n);
    int found = 0;
    for (size_t i = 0; i < n; i++)
        for (int k = 0; k + 2 < ps[i]->n_el; k++)
            if (ps[i]->el[k] == sit && ps[i]->el[k + 1] == hy && ps[i]->el[k + 2] == in) found = 1;
    assert_true(found);
    ps = kbl_patterns_for(lx, word_id(lx, "provided"), &n);
    assert_true(n > 5);
    for (size_t i = 1; i < n; i++) {
        assert_true(ps[i - 1]->n_el >= ps[i]->n_el);
        if (ps[i - 1]->n_el == ps[i]->n_el) assert_true(fineness(ps[i - 1]) >= fineness(ps[i]));
    }
    kbl_free(lx);

    char dir[] = "/tmp/kb_lex_hyphen_XXXXXX", p[256];
    assert_non_null(mkdtemp(dir));
    const char *files[] = {"cameo.tsv", "plover.tsv", "agents.txt", "verbs.txt"};
    const char *text[] = {"code\tname\tgoldstein\tquad\n0871\tDeclare truce\t9\t2\n",
                          "code\tevent\tmode\n", "troops => MIL\n",
                          "0871 declare|declared .. cease-fire\n0871 declare|declared .. cease-fire-now-then\n"};
    for (size_t i = 0; i < 4; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, files[i]);
        write_file(p, text[i]);
    }
    snprintf(p, sizeof p, "%s/actors", dir);
    assert_int_equal(mkdir(p, 0700), 0);
    lx = kbl_load(dir, NULL, &err);
    assert_non_null(lx);
    assert_int_equal(kbl_n_diags(lx), 1); /* the four-part word */
    assert_int_equal(kbl_diag_at(lx, 0)->line, 2);
    ps = kbl_patterns_for(lx, word_id(lx, "declare"), &n);
    assert_int_equal(n, 1); /* declare|declared: one stem; declare, gap, cease, -, fire */
    assert_int_equal(ps[0]->n_el, 5);
    assert_int_equal(ps[0]->el[3], word_id(lx, "-"));
    kbl_free(lx);
    remove_lexdir(dir, files, 4);
}

/* Demonyms come from the registry table beside the gazetteer (world-countries'
 * dist/countries.csv under $KHABAR_GEO_DATA): plurals by stem, "A, B" pairs, quoted fields; a demonym
 * two countries share or a country's own name is left out; project files win. */
static void registry_demonyms(void **state)
{
    (void)state;
    char dir[] = "/tmp/kb_demonym_XXXXXX", p[512];
    assert_non_null(mkdtemp(dir));
    const char *sub[] = {"node_modules", "node_modules/world-countries", "node_modules/world-countries/dist"};
    for (int i = 0; i < 3; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, sub[i]);
        assert_int_equal(mkdir(p, 0700), 0);
    }
    snprintf(p, sizeof p, "%s/node_modules/world-countries/dist/countries.csv", dir);
    write_file(p, "\"name.common\",\"cca3\",\"demonyms.eng.f\",\"demonyms.eng.m\"\r\n"
                  "\"Guyana\",\"GUY\",\"Guyanese\",\"Guyanese\"\r\n"
                  "\"Jamaica\",\"JAM\",\"Jamaican\",\"Jamaican\"\r\n"
                  "\"Antigua and Barbuda\",\"ATG\",\"Antiguan, Barbudan\",\"Antiguan, Barbudan\"\r\n"
                  "\"Jersey\",\"JEY\",\"Channel Islander\",\"Channel Islander\"\r\n"
                  "\"Guernsey\",\"GGY\",\"Channel Islander\",\"Channel Islander\"\r\n"
                  "\"Pakistan\",\"PAK\",\"Pakistani \"\"quoted\"\"\",\"Pakistani\"\r\n"
                  "\"Djibouti\",\"DJI\",\"Djibouti\",\"Djibouti\"");
    /* the table's reader alone: quoted fields, doubled quotes, CRLF; no such columns, no rows */
    kbl_demonym_row rows[8];
    const char *csv = "\"cca3\",\"x\",\"demonyms.eng.m\"\r\n\"GUY\",\"a,b\",\"Guyanese\"\r\n"
                      "JAM,,\"Jam\"\"aican\"\r\nTOOLONG,,";
    assert_int_equal(kbl_demonym_rows(csv, strlen(csv), rows, 8), 3);
    assert_string_equal(rows[0].a3, "GUY");
    assert_string_equal(rows[0].dm[0], "Guyanese");
    assert_string_equal(rows[1].dm[0], "Jam\"aican");
    assert_string_equal(rows[2].a3, "TOO");
    assert_int_equal(kbl_demonym_rows(csv, strlen(csv), rows, 2), 2);
    assert_int_equal(kbl_demonym_rows("a,b\n1,2\n", 8, rows, 8), 0);
    const char *old = getenv("KHABAR_GEO_DATA");
    char *saved = old ? strdup(old) : NULL, *old2 = old ? strdup(old) : NULL;
    setenv("KHABAR_GEO_DATA", dir, 1);
    kb_err err = {0};
    kbl_lexicon *lx = kbl_load(lexdir(), NULL, &err);
    if (saved) setenv("KHABAR_GEO_DATA", saved, 1); else unsetenv("KHABAR_GEO_DATA");
    free(saved);
    assert_non_null(lx);
    const char *want[][2] = {{"Guyanese", "GUY"}, {"Jamaican", "JAM"}, {"Jamaicans", "JAM"},
                             {"Antiguan", "ATG"}, {"Barbudans", "ATG"}, {"Pakistani", "PAK"}};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const kbl_actor *a = lookup(lx, want[i][0]);
        assert_non_null(a);
        assert_string_equal(a->country, want[i][1]);
    }
    assert_null(lookup(lx, "Channel Islander"));
    /* the project's own line still names Pakistan's people (states_extra.txt) */
    assert_true(strstr(lookup(lx, "Pakistanis")->file, "states_extra") != NULL);
    kbl_free(lx);
    /* a table with no such columns: a warning naming the file and its first line, the rest loads */
    write_file(p, "\"name\",\"code\"\r\n\"Guyana\",\"GUY\"\r\n");
    setenv("KHABAR_GEO_DATA", dir, 1);
    lx = kbl_load(lexdir(), NULL, &err);
    if (old2) setenv("KHABAR_GEO_DATA", old2, 1); else unsetenv("KHABAR_GEO_DATA");
    assert_non_null(lx);
    int warned = 0;
    for (size_t i = 0; i < kbl_n_diags(lx); i++) {
        const kbl_diag *d = kbl_diag_at(lx, i);
        if (strstr(d->file, "countries.csv") && d->line == 1 && d->severity == 1) warned = 1;
    }
    assert_true(warned);
    assert_non_null(lookup(lx, "Pakistan"));
    kbl_free(lx);
    free(old2);
    unlink(p);
    for (int i = 2; i >= 0; i--) {
        snprintf(p, sizeof p, "%s/%s", dir, sub[i]);
        rmdir(p);
    }
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(tokenizer),
        cmocka_unit_test(tokenizer_edges),
        cmocka_unit_test(normalisation),
        cmocka_unit_test(stemmer_encodings_agree),
        cmocka_unit_test(load_real_lexicons),
        cmocka_unit_test(diagnostics),
        cmocka_unit_test(pattern_shapes),
        cmocka_unit_test(registry_demonyms),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
