/*
 * html_meta.c -- page metadata for the HTML cleaner: title, publication
 * date, outlet, canonical URL and declared language.
 *
 * Sources, strongest first:
 *   title:  og:title, twitter:title, JSON-LD headline, <title>, first <h1>;
 *           a " | Site" / " - Site" part naming the outlet is cut off.
 *   date:   JSON-LD datePublished ("jsonld"), <meta> article:published_time
 *           and its kin ("meta"), <time datetime> ("time"). Parsed with
 *           kbc_date_parse (date.c); the orchestrator adds the URL fallback.
 *   outlet: og:site_name, JSON-LD publisher.name, application-name.
 *   url:    <link rel=canonical>, og:url, JSON-LD url (absolute http(s) only).
 *   lang:   <html lang>, og:locale, content-language, as a primary subtag.
 * JSON-LD articleBody is kept in the hpage as a hint for html_body.c.
 * Walks the flattened node array (no recursion); JSON-LD via jansson.
 */
#include "html_int.h"
#include <stddef.h>
#include <jansson.h>
#include <libxml/uri.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct meta_acc {
    const char *og_title, *tw_title, *ld_headline, *title, *h1;
    const char *ld_date, *meta_date, *item_date, *time_date, *time_any, *ld_date_weak;
    const char *og_site, *ld_publisher, *app_name;
    const char *canonical, *og_url, *ld_url;
    const char *lang, *og_locale, *content_lang;
} meta_acc;

/* Whitespace-collapsed, trimmed arena copy; NULL if empty. */
static const char *clean_str(kb_arena *a, const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s);
    char *o = kb_arena_alloc(a, n + 1);
    if (!o) return NULL;
    size_t k = 0;
    int sp = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (kbh_is_space(c)) {
            sp = 1;
            continue;
        }
        if (sp && k) o[k++] = ' ';
        sp = 0;
        o[k++] = (char)c;
    }
    o[k] = 0;
    return k ? o : NULL;
}

/* Text content of an element (title, h1), collapsed, in the arena. */
static const char *node_text(kb_arena *a, const hpage *pg, const hnode *x)
{
    char *c = kbh_node_content(pg, x);
    if (!c) return NULL;
    const char *r = clean_str(a, c);
    free(c);
    return r;
}

static const char *json_str(kb_arena *a, json_t *v)
{
    if (json_is_string(v)) return clean_str(a, json_string_value(v));
    return NULL;
}

static int ld_type_is(json_t *t, int *rank)
{
    static const char *types[] = {"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle",
                                  "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
                                  "BackgroundNewsArticle", "Report", "LiveBlogPosting",
                                  "TechArticle", "ScholarlyArticle", "SocialMediaPosting",
                                  "WebPage"};
    size_t nt = sizeof types / sizeof *types;
    const char *s = json_is_string(t) ? json_string_value(t) : NULL;
    if (json_is_array(t)) {
        int best = 0;
        for (size_t i = 0; i < json_array_size(t); i++) {
            int r = 0;
            if (ld_type_is(json_array_get(t, i), &r) && r > best) best = r;
        }
        *rank = best;
        return best > 0;
    }
    if (!s) return 0;
    for (size_t i = 0; i < nt; i++)
        if (strcmp(s, types[i]) == 0) {
            *rank = i + 1 == nt ? 1 : 2; /* WebPage is a weak match */
            return 1;
        }
    return 0;
}

static const char *publisher_name(kb_arena *a, json_t *p)
{
    if (json_is_array(p)) p = json_array_get(p, 0);
    if (json_is_object(p)) return json_str(a, json_object_get(p, "name"));
    return json_str(a, p);
}

/* Visit the objects of one JSON-LD script (top level, arrays, @graph). */
static void ld_scan(json_t *root, kb_arena *a, hpage *pg, meta_acc *m, int *best_rank)
{
    json_t *stack[64];
    int sp = 0;
    stack[sp++] = root;
    while (sp) {
        json_t *v = stack[--sp];
        if (json_is_array(v)) {
            for (size_t i = json_array_size(v); i-- > 0 && sp < 64;) stack[sp++] = json_array_get(v, i);
            continue;
        }
        if (!json_is_object(v)) continue;
        json_t *g = json_object_get(v, "@graph");
        if (g && sp < 64) stack[sp++] = g;
        int rank = 0;
        if (!ld_type_is(json_object_get(v, "@type"), &rank)) {
            /* another type (ClaimReview, VideoObject...): only its date, weakly */
            if (!m->ld_date_weak) m->ld_date_weak = json_str(a, json_object_get(v, "datePublished"));
            continue;
        }
        if (rank < *best_rank) continue;
        int stronger = rank > *best_rank;
        *best_rank = rank;
#define TAKE(field, expr) do { const char *t_ = (expr); if (t_ && (stronger || !m->field)) m->field = t_; } while (0)
        TAKE(ld_headline, json_str(a, json_object_get(v, "headline")));
        const char *d = json_str(a, json_object_get(v, "datePublished"));
        if (!d) d = json_str(a, json_object_get(v, "dateCreated"));
        TAKE(ld_date, d);
        TAKE(ld_publisher, publisher_name(a, json_object_get(v, "publisher")));
        const char *u = json_str(a, json_object_get(v, "url"));
        if (!u) {
            json_t *me = json_object_get(v, "mainEntityOfPage");
            u = json_is_object(me) ? json_str(a, json_object_get(me, "@id")) : json_str(a, me);
        }
        TAKE(ld_url, u);
#undef TAKE
        json_t *body = json_object_get(v, "articleBody");
        if (json_is_string(body) && json_string_length(body) > 0 && rank >= 2) {
            size_t bl = json_string_length(body);
            if (!pg->ld_body || bl > pg->ld_body_len) {
                char *c = malloc(bl + 1);
                if (c) {
                    memcpy(c, json_string_value(body), bl);
                    c[bl] = 0;
                    free((void *)pg->ld_body);
                    pg->ld_body = c;
                    pg->ld_body_len = bl;
                }
            }
        }
    }
}

static void ld_parse(const char *text, kb_arena *a, hpage *pg, meta_acc *m, int *best_rank)
{
    if (!text) return;
    const char *s = text;
    size_t n = strlen(s);
    /* some pages wrap the JSON in a CDATA comment */
    while (n && kbh_is_space((unsigned char)*s)) { s++; n--; }
    if (n > 4 && !strncmp(s, "//<![CDATA[", 11)) { s += 11; n -= 11; }
    json_error_t je;
    json_t *root = json_loadb(s, n, JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK, &je);
    if (!root) {
        /* common breakage: raw newlines/tabs inside strings; blank them and retry */
        char *c2 = malloc(n + 1);
        if (!c2) return;
        int in_str = 0, esc = 0, changed = 0;
        for (size_t i = 0; i < n; i++) {
            char ch = s[i];
            if (in_str) {
                if (esc) esc = 0;
                else if (ch == '\\') esc = 1;
                else if (ch == '"') in_str = 0;
                else if ((unsigned char)ch < 0x20) {
                    ch = ' ';
                    changed = 1;
                }
            } else if (ch == '"') {
                in_str = 1;
            }
            c2[i] = ch;
        }
        if (changed) root = json_loadb(c2, n, JSON_DECODE_ANY | JSON_DISABLE_EOF_CHECK, &je);
        free(c2);
        if (!root) return;
    }
    ld_scan(root, a, pg, m, best_rank);
    json_decref(root);
}

static const char *absolute_url(kb_arena *a, const char *href, const char *base)
{
    if (!href || !*href) return NULL;
    xmlChar *abs = xmlBuildURI((const xmlChar *)href, (const xmlChar *)(base ? base : ""));
    const char *r = NULL;
    const char *s = abs ? (const char *)abs : href;
    if (!strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8)) r = clean_str(a, s);
    if (abs) xmlFree(abs);
    return r;
}

/* "https://host" or "https://host/" (query aside)? */
static int path_is_root(const char *u)
{
    const char *p = strstr(u, "://");
    p = p ? p + 3 : u;
    p += strcspn(p, "/?#");
    return *p == 0 || *p == '?' || *p == '#' || (p[0] == '/' && (p[1] == 0 || p[1] == '?' || p[1] == '#'));
}

/* "en-US" -> "en"; NULL unless 2-3 ASCII letters. */
static const char *lang_code(kb_arena *a, const char *s)
{
    if (!s) return NULL;
    while (kbh_is_space((unsigned char)*s)) s++;
    char b[4];
    size_t k = 0;
    while (((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')) && k < 4) {
        if (k < 3) b[k] = (char)(*s | 0x20);
        k++;
        s++;
    }
    if (k < 2 || k > 3) return NULL;
    if (*s && *s != '-' && *s != '_' && !kbh_is_space((unsigned char)*s) && *s != ',') return NULL;
    b[k] = 0;
    return kb_arena_strdup(a, b);
}

static int ieq(const char *a, const char *b) { return a && strcasecmp(a, b) == 0; }

/* <meta> keys (property, name or itemprop) and the field each fills. */
static const struct {
    const char *key;
    size_t field;
} meta_keys[] = {
    {"og:title", offsetof(meta_acc, og_title)},
    {"twitter:title", offsetof(meta_acc, tw_title)},
    {"og:site_name", offsetof(meta_acc, og_site)},
    {"application-name", offsetof(meta_acc, app_name)},
    {"og:url", offsetof(meta_acc, og_url)},
    {"og:locale", offsetof(meta_acc, og_locale)},
    {"datePublished", offsetof(meta_acc, item_date)},
    {"article:published_time", offsetof(meta_acc, meta_date)},
    {"og:article:published_time", offsetof(meta_acc, meta_date)},
    {"article.published", offsetof(meta_acc, meta_date)},
    {"pubdate", offsetof(meta_acc, meta_date)},
    {"publishdate", offsetof(meta_acc, meta_date)},
    {"publish-date", offsetof(meta_acc, meta_date)},
    {"publish_date", offsetof(meta_acc, meta_date)},
    {"date", offsetof(meta_acc, meta_date)},
    {"dc.date", offsetof(meta_acc, meta_date)},
    {"dc.date.issued", offsetof(meta_acc, meta_date)},
    {"dcterms.date", offsetof(meta_acc, meta_date)},
    {"dcterms.created", offsetof(meta_acc, meta_date)},
    {"dcterms.issued", offsetof(meta_acc, meta_date)},
    {"sailthru.date", offsetof(meta_acc, meta_date)},
    {"parsely-pub-date", offsetof(meta_acc, meta_date)},
    {"article_date_original", offsetof(meta_acc, meta_date)},
    {"original-publish-date", offsetof(meta_acc, meta_date)},
    {"cxenseparse:recs:publishtime", offsetof(meta_acc, meta_date)},
    {"dc.date.created", offsetof(meta_acc, meta_date)},
};

int kbh_meta_key_wanted(const char *key, size_t n)
{
    for (size_t i = 0; i < sizeof meta_keys / sizeof *meta_keys; i++)
        if (strlen(meta_keys[i].key) == n && strncasecmp(key, meta_keys[i].key, n) == 0) return 1;
    return 0;
}

static void take_meta(kb_arena *a, const hnode *x, meta_acc *m)
{
    const char *key = kbh_attr(x, "property");
    if (!key) key = kbh_attr(x, "name");
    if (!key) key = kbh_attr(x, "itemprop");
    const char *he = kbh_attr(x, "http-equiv");
    const char *content = kbh_attr(x, "content");
    if (!content) return;
    if (ieq(he, "content-language") && !m->content_lang) m->content_lang = content;
    if (!key) return;
    for (size_t i = 0; i < sizeof meta_keys / sizeof *meta_keys; i++) {
        if (!ieq(key, meta_keys[i].key)) continue;
        const char **f = (const char **)(void *)((char *)m + meta_keys[i].field);
        if (!*f) *f = clean_str(a, content);
        break;
    }
}

/* Normalised key for comparing a title part with a site name: ASCII
 * alphanumerics lowercased, other bytes kept. */
static size_t site_key(const char *s, size_t n, char *o, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z') o[k++] = (char)(c + 32);
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) o[k++] = (char)c;
    }
    o[k] = 0;
    return k;
}

static int names_site(const char *part, size_t n, const char *outlet, const char *host)
{
    char pk[256], ok[256];
    size_t pn = site_key(part, n, pk, sizeof pk);
    if (pn < 2) return 0;
    if (outlet) {
        size_t on = site_key(outlet, strlen(outlet), ok, sizeof ok);
        if (on && pn == on && !memcmp(pk, ok, pn)) return 1;
    }
    if (host) {
        /* "slashgear.com" names "SlashGear"; "nytimes.com" names "NYTimes.com" */
        size_t hn = site_key(host, strlen(host), ok, sizeof ok);
        if (hn >= pn && strstr(ok, pk)) return 1;
    }
    return 0;
}

/* Cut " | Site" (or "Site | ") off a title when that part names the outlet. */
static const char *strip_site(kb_arena *a, const char *t, const char *outlet, const char *host)
{
    if (!t) return NULL;
    static const char *seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
                                 " \xC2\xB7 ", " \xE2\x80\xA2 ", " : ", " \xC2\xBB "};
    size_t n = strlen(t);
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        size_t sl = strlen(seps[k]);
        /* last occurrence: suffix */
        const char *last = NULL;
        for (const char *p = strstr(t, seps[k]); p; p = strstr(p + 1, seps[k])) last = p;
        if (last && last > t) {
            const char *suf = last + sl;
            if (names_site(suf, n - (size_t)(suf - t), outlet, host))
                return kb_arena_strndup(a, t, (size_t)(last - t));
        }
        const char *first = strstr(t, seps[k]);
        if (first && first > t && first[sl]) {
            if (names_site(t, (size_t)(first - t), outlet, host)) return clean_str(a, first + sl);
        }
    }
    return t;
}

static const char *host_part(const char *url, char *buf, size_t cap)
{
    if (!url) return NULL;
    const char *p = strstr(url, "://");
    p = p ? p + 3 : url;
    size_t n = strcspn(p, "/:?#");
    if (n > 4 && !strncasecmp(p, "www.", 4)) { p += 4; n -= 4; }
    /* drop the top-level domain: "slashgear.com" -> "slashgear" */
    size_t dot = n;
    for (size_t i = 0; i < n; i++) if (p[i] == '.') dot = i;
    if (dot < n && dot > 0) n = dot;
    if (!n || n + 1 > cap) return NULL;
    memcpy(buf, p, n);
    buf[n] = 0;
    return buf;
}

/* A date at the start of s, or else after one of its first spaces
 * ("01:38:07 PM IST Nov 20, 2019", "Fri 6:45 PM, Feb 16, 2018"). */
static int try_date(const char *s, char out[11])
{
    if (!s) return 0;
    size_t n = strlen(s);
    if (kbc_date_parse(s, n, out) > 0) return 1;
    for (size_t i = 0, words = 0; i < n && i < 80 && words < 8; i++) {
        if (s[i] != ' ') continue;
        words++;
        if (kbc_date_parse(s + i + 1, n - i - 1, out) > 0) return 1;
    }
    return 0;
}

int kbh_meta_extract(xmlDoc *doc, hpage *pg, const char *url, kb_arena *a, kbc_page *out)
{
    (void)doc;
    meta_acc m;
    memset(&m, 0, sizeof m);
    int ld_rank = 0;
    for (int32_t i = 0; i < pg->count; i++) {
        hnode *h = &pg->n[i];
        const hnode *x = h;
        switch (h->tag) {
        case T_HTML:
            if (!m.lang) {
                const char *l = kbh_attr(x, "lang");
                if (!l) l = kbh_attr(x, "xml:lang");
                m.lang = l;
            }
            break;
        case T_TITLE:
            if (!m.title) m.title = node_text(a, pg, x);
            break;
        case T_META:
            take_meta(a, x, &m);
            break;
        case T_LINK:
            if (!m.canonical) {
                const char *rel = kbh_attr(x, "rel");
                if (rel && strcasecmp(rel, "canonical") == 0) m.canonical = kbh_attr(x, "href");
            }
            break;
        case T_TIME:
            if (!(h->flags & HF_HARD)) {
                const char *dt = kbh_attr(x, "datetime");
                if (dt && *dt) {
                    const char *ip = kbh_attr(x, "itemprop");
                    if (!m.time_date && (kbh_attr(x, "pubdate") || ieq(ip, "datePublished")))
                        m.time_date = dt;
                    if (!m.time_any) m.time_any = dt;
                }
            }
            break;
        case T_H1:
            if (!m.h1 && !(h->flags & HF_HARD)) m.h1 = node_text(a, pg, x);
            break;
        default:
            /* microdata on any element: <span itemprop=datePublished content=...> */
            if (!m.item_date && h->itemprop) {
                const char *ip = h->itemprop;
                if (ip && strcasecmp(ip, "datePublished") == 0) {
                    const char *c = kbh_attr(x, "content");
                    if (!c) c = kbh_attr(x, "datetime");
                    m.item_date = c ? clean_str(a, c) : node_text(a, pg, x);
                }
            }
            break;
        }
    }
    for (int32_t i = 0; i < pg->n_ld; i++) ld_parse(pg->ld[i], a, pg, &m, &ld_rank);

    out->outlet = m.og_site ? m.og_site : m.ld_publisher ? m.ld_publisher : m.app_name;
    if (out->outlet && (!strncasecmp(out->outlet, "http://", 7) || !strncasecmp(out->outlet, "https://", 8))) {
        /* a site name given as a URL: keep its host */
        const char *p = strstr(out->outlet, "://") + 3;
        if (!strncasecmp(p, "www.", 4)) p += 4;
        size_t hn = strcspn(p, "/:?#");
        out->outlet = hn ? kb_arena_strndup(a, p, hn) : NULL;
    }

    char hb[256];
    const char *host = host_part(url, hb, sizeof hb);
    const char *t = m.og_title ? m.og_title : m.tw_title ? m.tw_title : m.ld_headline;
    if (!t) t = m.title ? m.title : m.h1;
    out->title = strip_site(a, t, out->outlet, host);

    char ymd[11];
    if (try_date(m.ld_date, ymd)) out->date_source = "jsonld";
    else if (try_date(m.meta_date, ymd) || try_date(m.item_date, ymd)) out->date_source = "meta";
    else if (try_date(m.ld_date_weak, ymd)) out->date_source = "jsonld";
    else if (try_date(m.time_date, ymd) || try_date(m.time_any, ymd)) out->date_source = "time";
    if (out->date_source) out->date = kb_arena_strdup(a, ymd);

    /* a canonical or og:url naming the site's home page while the page has a
     * path of its own is a CMS default, not this article's address */
    int own_path = url && !path_is_root(url);
    const char *u = absolute_url(a, m.canonical, url);
    if (u && own_path && path_is_root(u)) u = NULL;
    if (!u) u = absolute_url(a, m.og_url, url);
    if (u && own_path && path_is_root(u)) u = NULL;
    if (!u) u = absolute_url(a, m.ld_url, url);
    if (u && own_path && path_is_root(u)) u = NULL;
    out->url = u;

    const char *l = lang_code(a, m.lang);
    if (!l) l = lang_code(a, m.og_locale);
    if (!l) l = lang_code(a, m.content_lang);
    out->lang = l;
    return KB_OK;
}
