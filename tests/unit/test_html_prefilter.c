/*
 * test_html_prefilter.c -- what the HTML cleaner's pre-filter (src/clean/html.c)
 * may cut before libxml2 parses a page, and what it must leave: the contents
 * of self-closed <svg/> icons are page text, script and style attributes go
 * but JSON-LD stays readable, and blanks between tags go only where no reader
 * of the page (body text, title, <h1>, microdata dates) could see them;
 * class and id verdicts reach the elements whether they travel beside the
 * text or in the tags (odd tags, repaired UTF-8, other charsets).
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

static kbc_page run(const char *html)
{
    kbc_page p;
    kb_err err = {0};
    kb_arena_reset(A);
    assert_int_equal(kbc_html_extract(html, strlen(html), NULL, NULL, A, &p, &err), KB_OK);
    assert_non_null(p.text);
    return p;
}

#define PROSE1 "The committee met on Thursday and agreed, after a long debate, to publish the full report next month."
#define PROSE2 "Members said the delay was needed to check the figures, which had been questioned by two outside experts."

/* An icon written <svg .../> is empty: the text after it up to some later
 * </svg> is page text, not SVG to cut. */
static void self_closed_svg_keeps_text(void **state)
{
    (void)state;
    kbc_page p = run("<html><body><article><svg class=\"icon\" viewBox=\"0 0 8 8\"/>"
                     "<p>" PROSE1 "</p><p>" PROSE2 "</p>"
                     "<svg viewBox=\"0 0 8 8\"><path d=\"M0 0h8v8z\"/><text>Icon label</text></svg>"
                     "</article></body></html>");
    assert_string_equal(p.text, PROSE1 "\n\n" PROSE2);
}

/* Script, style and SVG start tags lose their attributes, except a JSON-LD
 * script's type, which the metadata needs. */
static void script_attributes_and_jsonld(void **state)
{
    (void)state;
    kbc_page p = run("<html><head><script src=\"/a.js\" data-x='>' async></script>"
                     "<style media=\"print\">p { color: red }</style>"
                     "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                     "\"headline\":\"Report delayed\",\"datePublished\":\"2024-03-05T10:00:00Z\"}</script>"
                     "</head><body><article><p>" PROSE1 "</p><script type=text/javascript>var a = '<p>x</p>';</script>"
                     "<p>" PROSE2 "</p></article></body></html>");
    assert_string_equal(p.text, PROSE1 "\n\n" PROSE2);
    assert_string_equal(p.title, "Report delayed");
    assert_string_equal(p.date, "2024-03-05");
}

/* Blanks between tags are page text wherever a reader could see them. */
static void blanks_that_are_read(void **state)
{
    (void)state;
    /* the whole text of <title>, <h1> and a microdata date */
    kbc_page p = run("<html><head><title><b>Council</b>\n<b>report</b></title></head><body><article>"
                     "<h1><span>Report</span>\n<span>delayed</span></h1>"
                     "<p>" PROSE1 "</p><div itemprop=\"datePublished\"><div>5 March</div>\n<div>2024</div></div>"
                     "<p>" PROSE2 "</p></article></body></html>");
    assert_string_equal(p.title, "Council report");
    assert_string_equal(p.date, "2024-03-05");
    /* after a stray end tag (no SAX event), the blank run joins the text before it */
    p = run("<html><body><article><p>" PROSE1 " Then alpha</section>\n<b>beta</b> came.</p>"
            "<ul>\n<li>" PROSE2 "</li>\n</ul>\n</article></body></html>");
    assert_string_equal(p.text, PROSE1 " Then alpha beta came.\n\n" PROSE2);
    /* between two inline elements of one paragraph a blank separates words */
    p = run("<html><body><article><p>Officials from <a href=\"/a\">Pakistan</a> <a href=\"/b\">Afghanistan</a>"
            " met as <b>three</b>\n<i>soldiers</i> were hurt. " PROSE1 "</p><p>" PROSE2 "</p></article></body></html>");
    assert_string_equal(p.text, "Officials from Pakistan Afghanistan met as three soldiers were hurt. " PROSE1
                                "\n\n" PROSE2);
}

/* Head matter nobody reads (other metas and links, scripts, styles) goes
 * before parsing; what the metadata reads after it stays. */
static void head_matter(void **state)
{
    (void)state;
    kbc_page p = run("<html lang=\"de\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                     "<script src=\"/a.js\"></script><link rel=\"stylesheet\" href=\"/a.css\"><style>p{}</style>"
                     "<meta property=\"og:title\" content=\"Bericht verschoben\">"
                     "<link rel=\"canonical\" href=\"https://example.org/a/1\"><meta property=\"og:site_name\" content=\"Beispiel\">"
                     "</head><body><article><p>" PROSE1 "</p><p>" PROSE2 "</p></article></body></html>");
    assert_string_equal(p.title, "Bericht verschoben");
    assert_string_equal(p.url, "https://example.org/a/1");
    assert_string_equal(p.outlet, "Beispiel");
    assert_string_equal(p.lang, "de");
    assert_string_equal(p.text, PROSE1 "\n\n" PROSE2);
}

/* A class or id without a value, last in an input with no byte after it
 * (a window holding the whole file): nothing is read past the end (ASan). */
static void class_without_value_at_end(void **state)
{
    (void)state;
    static const char src[] = "<html><body><article><p>" PROSE1 "</p><p>" PROSE2 "</p></article><div id class";
    size_t n = sizeof src - 1;
    char *buf = malloc(n);
    assert_non_null(buf);
    memcpy(buf, src, n);
    kbc_page p;
    kb_err err = {0};
    kb_arena_reset(A);
    assert_int_equal(kbc_html_extract(buf, n, NULL, NULL, A, &p, &err), KB_OK);
    assert_string_equal(p.text, PROSE1 "\n\n" PROSE2);
    free(buf);
}

/* The class/id verdicts of the pre-filter reach their elements: beside the
 * text (clean tags), in the tag (a tag libxml2 may read otherwise), after a
 * UTF-8 repair (which moves bytes) and in another charset. */
static void class_verdicts_reach_elements(void **state)
{
    (void)state;
#define ASIDE_P "<p>Another long sentence about the weather in the region during the coming weekend and beyond it.</p>"
    static const char *const boxes[] = {
        "<div class=\"sidebar-related\" id=\"more\">" ASIDE_P "</div>",
        "<div id=\"related-box\">" ASIDE_P "</div><div class=\"sidebar\">" ASIDE_P "</div>",
        "<div class=\"sidebar-related\" data-x=a\"b>" ASIDE_P "</div>",               /* an odd tag */
        "<img class=\"icon\" src=\"/i.png\"><div class=\"sidebar\">" ASIDE_P "</div>", /* a dropped tag */
        "<div class=\"sidebar\"><p>A line with a bad byte \xff in it, about the weather this weekend.</p></div>",
    };
    char page[2048];
    for (size_t i = 0; i < sizeof boxes / sizeof *boxes; i++)
        for (int latin1 = 0; latin1 < 2; latin1++) {
            snprintf(page, sizeof page,
                     "<html><head>%s</head><body><article><p>" PROSE1 "</p>%s<p>" PROSE2 "</p></article></body></html>",
                     latin1 ? "<meta charset=\"iso-8859-1\">" : "", boxes[i]);
            kbc_page p = run(page);
            assert_string_equal(p.text, PROSE1 "\n\n" PROSE2);
        }
#undef ASIDE_P
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(self_closed_svg_keeps_text),
        cmocka_unit_test(script_attributes_and_jsonld),
        cmocka_unit_test(blanks_that_are_read),
        cmocka_unit_test(head_matter),
        cmocka_unit_test(class_without_value_at_end),
        cmocka_unit_test(class_verdicts_reach_elements),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
