/*
 * cmd_code.c -- `khabar code`: clean each input article (kb_input + kb_clean_text, as
 * `khabar clean` does, then its sentence spans alone), code its events (kb_code_doc)
 * and print them as JSONL (the issue-4 event format) or TSV; `--sentences FILE|-`
 * codes one sentence a line.
 * Each event is then enriched (src/code/enrich.c): its own date, its place from the
 * gazetteer (opened once; without an index places stay null and one warning is
 * printed), its killed/injured toll: with --enrich, or by default when
 * ENRICH_DEFAULT is 1; --no-enrich prints the coder's events alone.
 * A summary (articles, coded, not English, events) goes to standard error.
 */
#include "cli.h"
#include "code/enrich.h"
#include "code/kbe.h"

#include <stdlib.h>
#include <string.h>

/* Enrich events (date, place, toll) unless --no-enrich. */
#ifndef ENRICH_DEFAULT
#define ENRICH_DEFAULT 1
#endif

static const char code_usage[] =
    "usage: khabar code [--format jsonl|tsv] [--date YYYY-MM-DD] INPUT...\n"
    "       khabar code --sentences FILE|- [--format jsonl|tsv] [--date YYYY-MM-DD]\n"
    "\n"
    "Code events (who did what to whom: CAMEO code, PLOVER type, Goldstein score) with\n"
    "the sentence that proves each one.\n"
    "  --format jsonl  one event object a line (default)\n"
    "  --format tsv    a header, then one event a line\n"
    "  --date D        the articles' date when they carry none (dated roles, history)\n"
    "  --sentences F   code one sentence a line of F (- = standard input); doc = line number\n"
    "  --enrich        each event's own date, place (gazetteer) and toll (killed, injured)\n"
    "  --no-enrich     the coder's output alone (article dates, no places or tolls)\n"
    "  --quiet         no summary on standard error\n"
    "INPUT: text, HTML, JSONL or WARC files (gzip or not), directories, or - for stdin.\n"
    "Articles in a language other than English are not coded (counted in the summary).\n";

static void print_events(kbu_buf *out, const kb_doc *d, const kb_event *ev, size_t nev, int tsv)
{
    for (size_t i = 0; i < nev; i++) {
        if (tsv) kbe_event_tsv(out, d, &ev[i]);
        else kbe_event_json_enriched(out, d, &ev[i]);
    }
}

static int code_sentences(kb_coder *cd, kb_enricher *en, const char *path, const char *date,
                          int tsv, long *n_ev)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "r") : stdin;
    if (!f) {
        cli_error("code: %s: cannot open", path);
        return CLI_PARTIAL;
    }
    kb_doc *d = kb_doc_new();
    kbu_buf out = {0};
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long ln = 0;
    kb_err err = {0};
    while ((len = getline(&line, &cap, f)) >= 0) {
        ln++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
        char id[32];
        snprintf(id, sizeof id, "%ld", ln);
        kb_event *ev;
        size_t nev;
        if (kbe_code_text(cd, d, id, line, (size_t)len, date, 1, &ev, &nev, &err) != KB_OK) {
            cli_error("code: %s: line %ld: %s", path, ln, err.msg);
            continue;
        }
        if (en && kb_enrich_doc(en, d, date, ev, nev, &err) != KB_OK)
            cli_error("code: %s: line %ld: %s", path, ln, err.msg);
        kbu_buf_clear(&out);
        print_events(&out, d, ev, nev, tsv);
        fwrite(out.data, 1, out.len, stdout);
        *n_ev += (long)nev;
    }
    free(line);
    kbu_buf_free(&out);
    kb_doc_free(d);
    if (f != stdin) fclose(f);
    return CLI_OK;
}

int cmd_code(int argc, char **argv)
{
    const char *format = "jsonl", *date = NULL, *sentences = NULL;
    int quiet = 0, no_enrich = 0, enrich = 0;
    cli_opt opts[] = {{"format", 'f', 1, &format, NULL},
                      {"enrich", 0, 0, NULL, &enrich},
                      {"no-enrich", 0, 0, NULL, &no_enrich},
                      {"date", 0, 1, &date, NULL},
                      {"sentences", 0, 1, &sentences, NULL},
                      {"quiet", 'q', 0, NULL, &quiet},
                      {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    int npos = 0;
    int rc = cli_parse(argc, argv, opts, pos, &npos, code_usage);
    if (rc != CLI_OK) {
        free(pos);
        return rc < 0 ? 0 : rc;
    }
    int tsv = !strcmp(format, "tsv");
    if (!tsv && strcmp(format, "jsonl")) {
        cli_error("code: unknown format '%s' (jsonl or tsv)", format);
        free(pos);
        return CLI_USAGE;
    }
    if (date && (strlen(date) != 10 || date[4] != '-' || date[7] != '-')) {
        cli_error("code: --date wants YYYY-MM-DD, not '%s'", date);
        free(pos);
        return CLI_USAGE;
    }
    if (!sentences && npos == 0) {
        cli_error("code: no input (use - for standard input)");
        fputs(code_usage, stderr);
        free(pos);
        return CLI_USAGE;
    }
    kb_err err = {0};
    kb_coder *cd = kb_coder_new(NULL, &err);
    if (!cd) {
        cli_error("%s", err.msg);
        free(pos);
        return CLI_PARTIAL;
    }
    kb_enricher *en = NULL;
    if ((enrich || ENRICH_DEFAULT) && !no_enrich) {
        en = kb_enricher_new(NULL, &err);
        if (!en) {
            cli_error("%s", err.msg);
            kb_coder_free(cd);
            free(pos);
            return CLI_PARTIAL;
        }
        const char *ge = kb_enricher_geo_error(en);
        if (ge && !quiet) fprintf(stderr, "khabar code: warning: no places (%s)\n", ge);
    }
    if (tsv) {
        kbu_buf h = {0};
        kbe_tsv_header(&h);
        fwrite(h.data, 1, h.len, stdout);
        kbu_buf_free(&h);
    }
    long n_ev = 0;
    if (sentences) {
        rc = code_sentences(cd, en, sentences, date, tsv, &n_ev);
        if (!quiet) fprintf(stderr, "khabar code: %ld events\n", n_ev);
        kb_enricher_free(en);
        kb_coder_free(cd);
        free(pos);
        fflush(stdout);
        return rc;
    }
    kb_cleaner *cl = kb_cleaner_new(NULL, &err);
    if (!cl) {
        cli_error("%s", err.msg);
        kb_enricher_free(en);
        kb_coder_free(cd);
        free(pos);
        return CLI_PARTIAL;
    }
    kb_cleaner_set_keys(cl, 0); /* the output names no article key */
    kb_input *in = kb_input_open(pos, (size_t)npos);
    kb_doc *d = kb_doc_new();
    kbu_buf out = {0};
    kb_raw raw;
    long n_docs = 0, n_coded = 0, n_foreign = 0, failed = 0;
    /* the coder and the enrichment read sentence spans only: no paragraph or token spans */
    while (cli_next_doc(in, cl, &raw, d, 0, &failed)) {
        n_docs++;
        if (d->text_len && kbt_sentences(d->arena, d->text, d->text_len, &d->sents, &d->n_sents) != KB_OK) {
            cli_error("code: %s: out of memory splitting text", d->id);
            failed++;
            continue;
        }
        kb_event *ev;
        size_t nev;
        int foreign = 0;
        if (en && kb_enrich_hint(en, d, &err) != KB_OK) { /* the country of its places, for the coder */
            cli_error("code: %s: %s", d->id, err.msg);
            failed++;
            continue;
        }
        if (kb_code_doc(cd, d, date, &ev, &nev, &foreign, &err) != KB_OK) {
            cli_error("code: %s: %s", d->id, err.msg);
            failed++;
            continue;
        }
        if (foreign) {
            n_foreign++;
            continue;
        }
        n_coded++;
        if (en && kb_enrich_doc(en, d, date, ev, nev, &err) != KB_OK) {
            cli_error("code: %s: %s", d->id, err.msg);
            failed++;
        }
        nev = kb_fold_restated(ev, nev); /* one event per happening, dyad and code */
        kbu_buf_clear(&out);
        print_events(&out, d, ev, nev, tsv);
        fwrite(out.data, 1, out.len, stdout);
        n_ev += (long)nev;
    }
    if (!quiet)
        fprintf(stderr, "khabar code: %ld articles, %ld coded, %ld not English (not coded), %ld events%s\n",
                n_docs, n_coded, n_foreign, n_ev, failed ? ", some inputs failed" : "");
    kbu_buf_free(&out);
    kb_doc_free(d);
    kb_input_close(in);
    kb_cleaner_free(cl);
    kb_enricher_free(en);
    kb_coder_free(cd);
    free(pos);
    if (fflush(stdout) != 0) {
        cli_error("code: cannot write output");
        return CLI_PARTIAL;
    }
    return failed ? CLI_PARTIAL : CLI_OK;
}
