/*
 * test_html.c -- the HTML cleaner (src/clean/html*.c) on small hand-written
 * pages: boilerplate removal, paragraphs, metadata (title and its site
 * suffix, dates and their source, canonical URL, outlet, language), encodings,
 * and hostile input (100,000-deep nesting, no body, empty, binary junk);
 * kb_clean_text leaves the spans to kb_doc_split, which gives kb_clean's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "kb_internal.h"

static kb_arena *A;

static int setup(void **state)
{
    (void)state;
    A = kb_arena_new(0);
    return A ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    kb_arena_free(A);
    return 0;
}

static kbc_page run_url(const char *html, const char *charset, const char *url)
{
    kbc_page p;
    kb_err err = {0};
    kb_arena_reset(A);
    assert_int_equal(kbc_html_extract(html, strlen(html), charset, url, A, &p, &err), KB_OK);
    assert_non_null(p.text);
    assert_int_equal(strlen(p.text), p.text_len);
    return p;
}

static kbc_page run(const char *html) { return run_url(html, NULL, NULL); }

#define PROSE1 "The committee met on Thursday and agreed, after a long debate, to publish the full report next month."
#define PROSE2 "Members said the delay was needed to check the figures, which had been questioned by two outside experts."
#define PROSE3 "A summary will be sent to every household in the district, together with a form for written comments."

static void boilerplate_removed_paragraphs_kept(void **state)
{
    (void)state;
    const char *html =
        "<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
        "<div class='social-share'><a href='#'>Share this on Facebook and on every other network</a></div>"
        "<div class='content'><h1>Report delayed</h1><span class='abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk "
        "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'></span><p>" PROSE1 "</p><p>" PROSE2 "</p>"
        "<h2>Next steps</h2><p>" PROSE3 "</p></div>"
        "<div class='comments'><p>I do not believe a word of this, it is the same story every single year here.</p></div>"
        "<footer><p>Copyright 2025 Example Media Group, all rights reserved, registered office in the town.</p></footer>"
        "</body></html>";
    kbc_page p = run(html);
    assert_string_equal(p.text, PROSE1 "\n\n" PROSE2 "\n\nNext steps\n\n" PROSE3);
}

static void cjk_prose(void **state)
{
    (void)state;
    /* punctuation of other scripts counts: two short Japanese paragraphs */
    const char *p1 = "\xE4\xBB\x8A\xE6\x97\xA5\xE3\x80\x81\xE5\xB8\x82\xE8\xAD\xB0\xE4\xBC\x9A\xE3\x81\xAF"
                     "\xE6\x96\xB0\xE3\x81\x97\xE3\x81\x84\xE6\xA9\x8B\xE3\x81\xAE\xE8\xA8\x88\xE7\x94\xBB"
                     "\xE3\x82\x92\xE6\x89\xBF\xE8\xAA\x8D\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82";
    kbu_buf b = {0};
    kbu_buf_printf(&b, "<html><body><ul class='menu'><li><a href='/'>\xE3\x83\x9B\xE3\x83\xBC\xE3\x83\xA0</a></li></ul>"
                       "<div class='honbun'><p>%s</p><p>%s</p></div></body></html>", p1, p1);
    kbc_page p = run(b.data);
    kbu_buf c = {0};
    kbu_buf_printf(&c, "%s\n\n%s", p1, p1);
    assert_string_equal(p.text, c.data);
    kbu_buf_free(&b);
    kbu_buf_free(&c);
}

static void inline_markup_and_breaks(void **state)
{
    (void)state;
    kbc_page p = run("<html><body><div class='article-body'><p>The <b>first</b> line has<i>in</i>line "
                     "markup and   extra\n\n   whitespace, all of it folded into single spaces.<br>"
                     "A second line follows a single break in the same paragraph of prose.</p>"
                     "<p>" PROSE1 "</p></div></body></html>");
    assert_string_equal(p.text, "The first line hasinline markup and extra whitespace, all of it folded "
                                "into single spaces.\nA second line follows a single break in the same "
                                "paragraph of prose.\n\n" PROSE1);
}

static void hidden_elements_dropped(void **state)
{
    (void)state;
    kbc_page p = run("<html><body><article><p>" PROSE1 "</p>"
                     "<p style='display:none'>Hidden by style, this sentence must never appear in the text.</p>"
                     "<p aria-hidden='true'>Hidden from readers, this sentence must never appear either.</p>"
                     "<p>" PROSE2 "</p><script>document.write('<p>script text</p>')</script>"
                     "<noscript><p>Please enable JavaScript to read the rest of this page, thank you.</p></noscript>"
                     "</article></body></html>");
    assert_string_equal(p.text, PROSE1 "\n\n" PROSE2);
}

static void title_site_suffix(void **state)
{
    (void)state;
    kbc_page p = run("<html><head><title>Bridge reopens after repairs | The Valley Post</title>"
                     "<meta property='og:site_name' content='The Valley Post'></head><body></body></html>");
    assert_string_equal(p.title, "Bridge reopens after repairs");
    assert_string_equal(p.outlet, "The Valley Post");

    p = run("<html><head><title>Bridge reopens after repairs - VALLEYPOST</title></head><body></body></html>");
    assert_string_equal(p.title, "Bridge reopens after repairs - VALLEYPOST"); /* no site name known */
    p = run_url("<html><head><title>Bridge reopens after repairs - ValleyPost</title></head><body></body></html>",
                NULL, "https://www.valleypost.example/news/1");
    assert_string_equal(p.title, "Bridge reopens after repairs"); /* the host names the site */

    /* a dash inside the title that does not name the site stays */
    p = run("<html><head><title>Left - Right: a debate</title>"
            "<meta property='og:site_name' content='Daily'></head><body></body></html>");
    assert_string_equal(p.title, "Left - Right: a debate");

    /* og:title wins over <title>; prefix form "Site: Title" */
    p = run("<html><head><title>ignored</title><meta property='og:title' content='Valley Post \xE2\x80\x94 Flood warning lifted'>"
            "<meta property='og:site_name' content='Valley Post'></head><body></body></html>");
    assert_string_equal(p.title, "Flood warning lifted");
}

static void dates_and_sources(void **state)
{
    (void)state;
    char probe[11];
    if (!kbc_date_parse("2024-03-05T08:30:00Z", 20, probe)) skip(); /* date parser not there yet */

    kbc_page p = run("<html><head><meta property='article:published_time' content='2024-03-05T08:30:00Z'>"
                     "</head><body><time datetime='2020-01-01'>old</time></body></html>");
    assert_string_equal(p.date, "2024-03-05");
    assert_string_equal(p.date_source, "meta");

    p = run("<html><head><meta property='article:published_time' content='2024-03-05T08:30:00Z'>"
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-12-31T23:00:00Z\","
            "\"publisher\":{\"@type\":\"Organization\",\"name\":\"LD Outlet\"}}</script></head><body></body></html>");
    assert_string_equal(p.date, "2023-12-31");
    assert_string_equal(p.date_source, "jsonld");
    assert_string_equal(p.outlet, "LD Outlet");

    p = run("<html><body><p>x</p><time datetime='2019-11-18T10:00:00-05:00'>Nov 18</time></body></html>");
    assert_string_equal(p.date, "2019-11-18");
    assert_string_equal(p.date_source, "time");

    /* JSON-LD with raw newlines in a string, and a date after a time */
    p = run("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"line one\n"
            "line two\",\"datePublished\":\"01:38:07 PM IST Nov 20, 2019\"}</script></head><body></body></html>");
    assert_string_equal(p.date, "2019-11-20");
    assert_string_equal(p.date_source, "jsonld");
    /* a date only on another JSON-LD type is still taken, after the meta tags */
    p = run("<html><head><script type='application/ld+json'>{\"@type\":\"ClaimReview\",\"datePublished\":\"2019-11-18\"}"
            "</script></head><body></body></html>");
    assert_string_equal(p.date, "2019-11-18");
    /* microdata with the date as element text */
    p = run("<html><body><span itemprop='datePublished'>Fri 6:45 PM, Feb 16, 2018</span></body></html>");
    assert_string_equal(p.date, "2018-02-16");
    assert_string_equal(p.date_source, "meta");

    p = run("<html><body><p>no date here at all</p></body></html>");
    assert_null(p.date);
    assert_null(p.date_source);
}

static void canonical_outlet_lang(void **state)
{
    (void)state;
    kbc_page p = run_url("<html lang='en-US'><head><link rel='canonical' href='/story/42'>"
                         "<meta property='og:url' content='https://other.example/x'>"
                         "<meta name='application-name' content='App Name'></head><body></body></html>",
                         NULL, "https://news.example.com/story/42?utm=feed");
    assert_string_equal(p.url, "https://news.example.com/story/42");
    assert_string_equal(p.outlet, "App Name");
    assert_string_equal(p.lang, "en");

    p = run("<html><head><meta property='og:url' content='https://other.example/x'>"
            "<meta property='og:locale' content='pt_BR'></head><body></body></html>");
    assert_string_equal(p.url, "https://other.example/x");
    assert_string_equal(p.lang, "pt");
    assert_null(p.outlet);

    /* a site name given as a URL becomes its host */
    p = run("<html><head><meta property='og:site_name' content='https://www.example-news.in/'></head><body></body></html>");
    assert_string_equal(p.outlet, "example-news.in");

    /* a canonical naming the home page is a CMS default, not this page */
    p = run_url("<html><head><link rel='canonical' href='https://news.example.com/'>"
                "<meta property='og:url' content='https://news.example.com/2024/05/story'></head><body></body></html>",
                NULL, "https://news.example.com/2024/05/story?ref=x");
    assert_string_equal(p.url, "https://news.example.com/2024/05/story");

    /* a non-http canonical is ignored */
    p = run("<html><head><link rel='canonical' href='javascript:void(0)'></head><body></body></html>");
    assert_null(p.url);
}

static void encodings(void **state)
{
    (void)state;
    /* declared charset (HTTP header) */
    kbc_page p = run_url("<html><body><p>Caf\xE9 cr\xE8me, " PROSE1 "</p></body></html>", "ISO-8859-1", NULL);
    assert_non_null(strstr(p.text, "Caf\xC3\xA9 cr\xC3\xA8me"));
    /* <meta charset> in the page */
    p = run("<html><head><meta charset='windows-1252'></head><body><p>\x93Quoted\x94 " PROSE1 "</p></body></html>");
    assert_non_null(strstr(p.text, "\xE2\x80\x9CQuoted\xE2\x80\x9D"));
    /* no declaration: UTF-8, and one bad byte does not turn the rest into Latin-1 */
    p = run("<html><body><p>Bad \xFF byte, then \xE2\x82\xAC 5 and caf\xC3\xA9. " PROSE1 "</p></body></html>");
    assert_non_null(strstr(p.text, "\xE2\x82\xAC 5 and caf\xC3\xA9"));
    assert_non_null(strstr(p.text, "\xEF\xBF\xBD"));
    /* a byte the declared charset does not have costs one U+FFFD, not the rest */
    p = run("<html><head><meta charset='shift_jis'></head><body><p>abc \x81\x20 def " PROSE1 "</p></body></html>");
    assert_non_null(strstr(p.text, "def " PROSE1));
    /* meta-declared UTF-16 on an ASCII page is read as UTF-8 (HTML spec) */
    p = run("<html><head><meta charset='utf-16'></head><body><p>" PROSE1 "</p></body></html>");
    assert_string_equal(p.text, PROSE1);
    /* UTF-8 BOM */
    p = run("\xEF\xBB\xBF<html><body><p>" PROSE1 "</p></body></html>");
    assert_string_equal(p.text, PROSE1);
}

static void deep_nesting(void **state)
{
    (void)state;
    const char *tags[] = {"div", "span", "b", "table"};
    for (size_t t = 0; t < sizeof tags / sizeof *tags; t++) {
        size_t depth = 100000;
        kbu_buf b = {0};
        kbu_buf_append(&b, "<html><body>", 12);
        for (size_t i = 0; i < depth; i++) kbu_buf_printf(&b, "<%s class='c%zu'>", tags[t], i % 7);
        kbu_buf_append(&b, "<p>" PROSE1 "</p>", strlen(PROSE1) + 7);
        for (size_t i = 0; i < depth; i++) kbu_buf_printf(&b, "</%s>", tags[t]);
        kbu_buf_append(&b, "</body></html>", 14);
        kbc_page p;
        kb_err err = {0};
        kb_arena_reset(A);
        assert_int_equal(kbc_html_extract(b.data, b.len, NULL, NULL, A, &p, &err), KB_OK);
        assert_non_null(p.text);
        /* the text at the bottom is found (the parser runs without a depth cap) */
        assert_non_null(strstr(p.text, "The committee met"));
        kbu_buf_free(&b);
    }
    /* unclosed: 100,000 opening tags and nothing else */
    kbu_buf b = {0};
    for (size_t i = 0; i < 100000; i++) kbu_buf_append(&b, "<div>", 5);
    kbc_page p;
    kb_err err = {0};
    kb_arena_reset(A);
    assert_int_equal(kbc_html_extract(b.data, b.len, NULL, NULL, A, &p, &err), KB_OK);
    kbu_buf_free(&b);
}

static void degenerate_pages(void **state)
{
    (void)state;
    kbc_page p = run("<html><head><title>Only a head</title></head></html>");
    assert_string_equal(p.text, "");
    assert_string_equal(p.title, "Only a head");

    p = run("");
    assert_string_equal(p.text, "");
    assert_null(p.title);

    p = run("<html><body></body></html>");
    assert_string_equal(p.text, "");

    /* a fragment with no html/body element */
    p = run("<p>" PROSE1 "</p>");
    assert_string_equal(p.text, PROSE1);

    /* short page with no prose: its text is kept rather than nothing */
    p = run("<html><body><div>Just a line</div></body></html>");
    assert_string_equal(p.text, "Just a line");

    /* unterminated comment / script swallow the rest, as in a browser */
    p = run("<html><body><p>" PROSE1 "</p><!-- never closed <p>hidden</p>");
    assert_string_equal(p.text, PROSE1);
    p = run("<html><body><p>" PROSE1 "</p><script>var a = '<p>x</p>';");
    assert_string_equal(p.text, PROSE1);

    /* binary junk, NUL bytes included */
    unsigned char junk[4096];
    uint32_t s = 12345;
    for (size_t i = 0; i < sizeof junk; i++) {
        s = s * 1103515245u + 12345u;
        junk[i] = (unsigned char)(s >> 16);
        if (i % 97 == 0) junk[i] = '<';
    }
    kb_err err = {0};
    kb_arena_reset(A);
    assert_int_equal(kbc_html_extract((const char *)junk, sizeof junk, NULL, NULL, A, &p, &err), KB_OK);
    assert_int_equal(strlen(p.text), p.text_len);
    /* NULL input */
    kb_arena_reset(A);
    assert_int_equal(kbc_html_extract(NULL, 0, NULL, NULL, A, &p, &err), KB_OK);
    assert_string_equal(p.text, "");
}

static void jsonld_graph_and_bad_json(void **state)
{
    (void)state;
    kbc_page p = run("<html><head><script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"W\"},"
                     "{\"@type\":[\"NewsArticle\"],\"headline\":\"From the graph\",\"publisher\":[{\"name\":\"Graph Times\"}]}]}"
                     "</script><script type='application/ld+json'>{not json at all</script></head><body></body></html>");
    assert_string_equal(p.title, "From the graph");
    assert_string_equal(p.outlet, "Graph Times");
}

static void jsonld_article_body_fallback(void **state)
{
    (void)state;
    /* a script-rendered page: nothing in the markup, the text in JSON-LD */
    kbc_page p = run("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
                     PROSE1 "\\n" PROSE2 " It is 3 < 4 & 5 > 2.\\n" PROSE3 " " PROSE1 " " PROSE2 "\"}</script></head>"
                     "<body><div id='app'>Loading...</div></body></html>");
    assert_string_equal(p.text, PROSE1 "\n\n" PROSE2 " It is 3 < 4 & 5 > 2.\n\n" PROSE3 " " PROSE1 " " PROSE2);
    /* HTML inside articleBody */
    p = run("<html><head><script type='application/ld+json'>{\"@type\":\"Article\",\"articleBody\":\"<p>" PROSE1
            " " PROSE2 "</p><p>" PROSE3 " " PROSE1 "</p><p>" PROSE2 "</p>\"}</script></head><body></body></html>");
    assert_string_equal(p.text, PROSE1 " " PROSE2 "\n\n" PROSE3 " " PROSE1 "\n\n" PROSE2);
    /* the markup wins when it has the text */
    p = run("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\"" PROSE1
            " " PROSE2 " " PROSE3 " " PROSE1 " " PROSE2 "\"}</script></head><body><article><p>" PROSE1 "</p><p>" PROSE2
            "</p><p>" PROSE3 "</p><p>" PROSE1 "</p><p>" PROSE2 "</p></article></body></html>");
    assert_string_equal(p.text, PROSE1 "\n\n" PROSE2 "\n\n" PROSE3 "\n\n" PROSE1 "\n\n" PROSE2);
}

static void spans_on_demand(void **state)
{
    (void)state;
    kb_err err = {0};
    kb_cleaner *cl = kb_cleaner_new(NULL, &err);
    assert_non_null(cl);
    const char *html = "<html><body><article><h1>Report delayed</h1><p>" PROSE1 " " PROSE2 "</p><p>" PROSE3
                       "</p></article></body></html>";
    kb_raw raw = {.data = html, .len = strlen(html), .type = KB_CT_HTML, .id = "p", .origin = "p.html"};
    kb_doc *full = kb_doc_new(), *lazy = kb_doc_new();
    assert_int_equal(kb_clean(cl, &raw, full, &err), KB_OK);
    assert_int_equal(kb_clean_text(cl, &raw, lazy, &err), KB_OK);
    assert_true(full->n_sents >= 3 && full->n_toks > 30 && full->n_paras >= 2);
    assert_int_equal(lazy->text_len, full->text_len);
    assert_memory_equal(lazy->text, full->text, full->text_len);
    assert_string_equal(lazy->key, full->key);
    assert_string_equal(lazy->lang, full->lang);
    assert_null(lazy->sents);
    assert_int_equal(lazy->n_sents + lazy->n_toks + lazy->n_paras, 0);
    for (int twice = 0; twice < 2; twice++) {
        assert_int_equal(kb_doc_split(lazy, &err), KB_OK);
        assert_int_equal(lazy->n_paras, full->n_paras);
        assert_int_equal(lazy->n_sents, full->n_sents);
        assert_int_equal(lazy->n_toks, full->n_toks);
        assert_memory_equal(lazy->paras, full->paras, full->n_paras * sizeof *full->paras);
        assert_memory_equal(lazy->sents, full->sents, full->n_sents * sizeof *full->sents);
        assert_memory_equal(lazy->toks, full->toks, full->n_toks * sizeof *full->toks);
    }
    /* without keys: the same text and metadata, the key empty */
    kb_doc *nokey = kb_doc_new();
    kb_cleaner_set_keys(cl, 0);
    assert_int_equal(kb_clean_text(cl, &raw, nokey, &err), KB_OK);
    assert_int_equal(nokey->text_len, full->text_len);
    assert_memory_equal(nokey->text, full->text, full->text_len);
    assert_string_equal(nokey->lang, full->lang);
    assert_string_equal(nokey->key, "");
    kb_cleaner_set_keys(cl, 1);
    assert_int_equal(kb_clean_text(cl, &raw, nokey, &err), KB_OK);
    assert_string_equal(nokey->key, full->key);
    kb_doc_free(nokey);
    kb_doc_free(full);
    kb_doc_free(lazy);
    kb_cleaner_free(cl);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(boilerplate_removed_paragraphs_kept),
        cmocka_unit_test(inline_markup_and_breaks),
        cmocka_unit_test(cjk_prose),
        cmocka_unit_test(hidden_elements_dropped),
        cmocka_unit_test(title_site_suffix),
        cmocka_unit_test(dates_and_sources),
        cmocka_unit_test(canonical_outlet_lang),
        cmocka_unit_test(encodings),
        cmocka_unit_test(deep_nesting),
        cmocka_unit_test(degenerate_pages),
        cmocka_unit_test(jsonld_graph_and_bad_json),
        cmocka_unit_test(jsonld_article_body_fallback),
        cmocka_unit_test(spans_on_demand),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
