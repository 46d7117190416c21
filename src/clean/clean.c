/*
 * clean.c -- the clean stage: raw document -> kb_doc.
 *
 * Chooses the extractor (HTML or scraped text) from the reader's hint or by
 * sniffing, then runs the text layer on the main text: UTF-8 repair + NFC +
 * whitespace (kbt_normalize), paragraphs, sentences, tokens (those spans
 * only on demand: kb_clean_text leaves them to kb_doc_split); fills metadata
 * from the page, falling back to what the container gave; detects the
 * language (a cheap English test first, lang_en.c; cld2 for the rest, lang.cc);
 * computes the article identity (hash of cleaned text + URL).
 */
#include "kb_internal.h"
#include "clean/lang.h"
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#ifndef KB_DEFAULT_LEXICON_DIR
#define KB_DEFAULT_LEXICON_DIR "lexicon"
#endif

struct kb_cleaner {
    kbc_lexicon *lx;
    kbc_english en; /* function words of the English test */
    int no_keys;    /* kb_cleaner_set_keys(c, 0): doc->key left empty */
};

const char *kb_lexicon_dir(void)
{
    const char *e = getenv("KHABAR_LEXICON");
    return (e && *e) ? e : KB_DEFAULT_LEXICON_DIR;
}

kb_doc *kb_doc_new(void)
{
    kb_doc *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    d->arena = kb_arena_new(0);
    if (!d->arena) {
        free(d);
        return NULL;
    }
    return d;
}

void kb_doc_reset(kb_doc *d)
{
    kb_arena *a = d->arena;
    kb_arena_reset(a);
    memset(d, 0, sizeof *d);
    d->arena = a;
}

void kb_doc_free(kb_doc *d)
{
    if (!d) return;
    kb_arena_free(d->arena);
    free(d);
}

kb_cleaner *kb_cleaner_new(const char *lexicon_dir, kb_err *err)
{
    kb_cleaner *c = calloc(1, sizeof *c);
    if (!c) {
        kb_err_set(err, KB_ENOMEM, "out of memory");
        return NULL;
    }
    c->lx = kbc_lexicon_load(lexicon_dir ? lexicon_dir : kb_lexicon_dir(), err);
    if (!c->lx) {
        free(c);
        return NULL;
    }
    kbc_english_init(&c->en);
    return c;
}

void kb_cleaner_set_keys(kb_cleaner *c, int on)
{
    if (c) c->no_keys = !on;
}

void kb_cleaner_free(kb_cleaner *c)
{
    if (!c) return;
    kbc_lexicon_free(c->lx);
    free(c);
}

bool kbc_looks_like_html(const char *data, size_t len)
{
    size_t n = len < 2048 ? len : 2048;
    size_t i = 0;
    /* skip BOM and whitespace */
    if (n >= 3 && (unsigned char)data[0] == 0xEF && (unsigned char)data[1] == 0xBB &&
        (unsigned char)data[2] == 0xBF)
        i = 3;
    while (i < n && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n')) i++;
    if (i < n && data[i] == '<') {
        static const char *starts[] = {"<!doctype html", "<html", "<head", "<body", "<!--",
                                       "<meta", "<title", "<div", "<p>", "<?xml", "<script",
                                       "<link", "<article", "<!doctype", "<table", "<span"};
        for (size_t k = 0; k < sizeof starts / sizeof *starts; k++) {
            size_t sl = strlen(starts[k]);
            if (n - i >= sl && strncasecmp(data + i, starts[k], sl) == 0) return true;
        }
    }
    /* a scraped page may begin with text but still carry the tags */
    static const char *marks[] = {"<html", "<body", "<p>", "<div", "<br>", "</p>", "<a href"};
    int hits = 0;
    for (size_t k = 0; k < sizeof marks / sizeof *marks; k++) {
        for (size_t j = 0; j + strlen(marks[k]) <= n; j++) {
            if (strncasecmp(data + j, marks[k], strlen(marks[k])) == 0) {
                hits++;
                break;
            }
        }
    }
    return hits >= 2;
}

static const char *host_of(kb_arena *a, const char *url)
{
    if (!url) return NULL;
    const char *p = strstr(url, "://");
    p = p ? p + 3 : url;
    size_t n = strcspn(p, "/:?#");
    if (n == 0) return NULL;
    if (n > 4 && strncasecmp(p, "www.", 4) == 0) {
        p += 4;
        n -= 4;
    }
    return kb_arena_strndup(a, p, n);
}

/* Metadata strings from outside may be invalid UTF-8; repair and trim them. */
static const char *clean_meta(kb_arena *a, const char *s)
{
    if (!s) return NULL;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r')) n--;
    if (!n) return NULL;
    char *out = NULL;
    size_t out_len = 0, rep = 0;
    if (kbt_normalize(a, s, n, false, &out, &out_len, &rep) != KB_OK || !out_len) return NULL;
    return out;
}

int kb_doc_split(kb_doc *d, kb_err *err)
{
    if (d->paras || !d->text_len) return KB_OK;
    kb_arena *a = d->arena;
    int rc;
    if ((rc = kbt_paragraphs(a, d->text, d->text_len, &d->paras, &d->n_paras)) != KB_OK ||
        (rc = kbt_sentences(a, d->text, d->text_len, &d->sents, &d->n_sents)) != KB_OK ||
        (rc = kbt_tokens(a, d->text, d->text_len, &d->toks, &d->n_toks)) != KB_OK)
        return kb_err_set(err, rc, "%s: out of memory splitting text", d->id ? d->id : "");
    return KB_OK;
}

int kb_clean(const kb_cleaner *c, const kb_raw *raw, kb_doc *d, kb_err *err)
{
    int rc = kb_clean_text(c, raw, d, err);
    if (rc == KB_OK && (rc = kb_doc_split(d, err)) != KB_OK)
        return kb_err_set(err, rc, "%s: out of memory splitting text", raw->origin);
    return rc;
}

int kb_clean_text(const kb_cleaner *c, const kb_raw *raw, kb_doc *d, kb_err *err)
{
    kb_doc_reset(d);
    kb_arena *a = d->arena;
    kbc_page page;
    memset(&page, 0, sizeof page);

    kb_content_type type = raw->type;
    if (type == KB_CT_UNKNOWN)
        type = kbc_looks_like_html(raw->data, raw->len) ? KB_CT_HTML : KB_CT_TEXT;

    int rc;
    if (type == KB_CT_HTML)
        rc = kbc_html_extract(raw->data, raw->len, raw->charset, raw->url, a, &page, err);
    else
        rc = kbc_text_extract_titled(c->lx, raw->data, raw->len, raw->url, raw->title, a, &page, err);
    if (rc != KB_OK) return rc;

    char *text = NULL;
    size_t text_len = 0, repaired = 0;
    rc = kbt_normalize(a, page.text ? page.text : "", page.text ? page.text_len : 0, false,
                       &text, &text_len, &repaired);
    if (rc != KB_OK) return kb_err_set(err, rc, "%s: cannot normalise text", raw->origin);
    d->text = text;
    d->text_len = text_len;
    d->n_repaired = repaired;


    d->id = kb_arena_strdup(a, raw->id ? raw->id : "");
    d->url = clean_meta(a, page.url ? page.url : raw->url);
    d->title = clean_meta(a, page.title ? page.title : raw->title);
    if (page.date) {
        d->date = kb_arena_strdup(a, page.date);
        d->date_source = page.date_source ? page.date_source : "page";
    } else if (raw->date) {
        char ymd[11];
        if (kbc_date_parse(raw->date, strlen(raw->date), ymd)) {
            d->date = kb_arena_strdup(a, ymd);
            d->date_source = "container";
        }
    }
    if (!d->date && d->url) {
        char ymd[11];
        if (kbc_date_from_url(d->url, ymd)) {
            d->date = kb_arena_strdup(a, ymd);
            d->date_source = "url";
        }
    }
    d->outlet = clean_meta(a, page.outlet);
    if (!d->outlet) d->outlet = host_of(a, d->url ? d->url : raw->url);
    d->dateline = clean_meta(a, page.dateline);

    int reliable = 0;
    const char *lang = "und";
    if (text_len && kbc_lang_surely_english(&c->en, text, text_len)) lang = "en";
    else if (text_len) lang = kbc_lang_detect(text, text_len, &reliable);
    if ((!lang || !strcmp(lang, "und")) && page.lang) lang = page.lang;
    d->lang = lang ? lang : "und";

    const char *u = d->url ? d->url : "";
    if (!c->no_keys) kbu_hash128_hex(text, text_len, u, strlen(u), d->key);
    return KB_OK;
}
