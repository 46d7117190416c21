/*
 * html.c -- the HTML cleaner's entry point: kbc_html_extract().
 *
 * 1. Encoding: the declared charset, else <meta charset> sniffed from the
 *    first 8 KB, else UTF-8. Invalid UTF-8 is repaired (U+FFFD) and other
 *    charsets are converted with iconv before parsing, so a bad byte never
 *    costs the rest of the page; libxml2 is then told to ignore the meta.
 * 2. Pre-filter: script/style/svg contents and comments (over half the bytes
 *    of a news page) are cut, JSON-LD kept, and attributes nobody reads
 *    (src, data-*, <a href> values...) dropped, before libxml2 sees them;
 *    so are the head's unread metas, links, scripts and styles, and blank
 *    runs between tags that would only make blank text nodes (a third of
 *    a page's text nodes); see "blanks between tags". class/id values
 *    become boilerplate-cue verdicts, passed beside the text by offset.
 * 3. Parse with libxml2's forgiving HTML parser (no network, no depth cap,
 *    its error output silenced). No xmlDoc tree is built: its SAX events
 *    fill the array of hnode in document order (html_int.h) directly, with
 *    the nodes the tree would have held (see "SAX tree building"). Elements
 *    that can never hold article text (script, style, form controls, media,
 *    hidden elements...) are marked there.
 * 4. html_meta.c fills title/date/outlet/url/lang, html_body.c picks the
 *    main text; when the page's JSON-LD articleBody is more than twice as
 *    long as that, its text is used instead (script-rendered pages).
 */
#include "html_int.h"
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const struct {
    const char *name;
    int tag;
} tag_table[] = {
    /* sorted by name for bsearch */
    {"a", T_A}, {"address", T_ADDRESS}, {"article", T_ARTICLE}, {"aside", T_ASIDE},
    {"audio", T_AUDIO}, {"blockquote", T_BLOCKQUOTE}, {"body", T_BODY}, {"br", T_BR},
    {"button", T_BUTTON}, {"canvas", T_CANVAS}, {"caption", T_CAPTION}, {"center", T_CENTER},
    {"dd", T_DD}, {"details", T_DETAILS}, {"dialog", T_DIALOG}, {"div", T_DIV}, {"dl", T_DL},
    {"dt", T_DT}, {"embed", T_EMBED}, {"fieldset", T_FIELDSET}, {"figcaption", T_FIGCAPTION},
    {"figure", T_FIGURE}, {"footer", T_FOOTER}, {"form", T_FORM}, {"h1", T_H1}, {"h2", T_H2},
    {"h3", T_H3}, {"h4", T_H4}, {"h5", T_H5}, {"h6", T_H6}, {"head", T_HEAD},
    {"header", T_HEADER}, {"hgroup", T_HGROUP}, {"hr", T_HR}, {"html", T_HTML},
    {"iframe", T_IFRAME}, {"img", T_IMG}, {"input", T_INPUT}, {"label", T_LABEL},
    {"li", T_LI}, {"link", T_LINK}, {"main", T_MAIN}, {"math", T_MATH}, {"menu", T_MENU},
    {"meta", T_META}, {"nav", T_NAV}, {"noscript", T_NOSCRIPT}, {"object", T_OBJECT},
    {"ol", T_OL}, {"option", T_OPTION}, {"p", T_P}, {"picture", T_PICTURE}, {"pre", T_PRE},
    {"script", T_SCRIPT}, {"section", T_SECTION}, {"select", T_SELECT}, {"source", T_SOURCE},
    {"style", T_STYLE}, {"summary", T_SUMMARY}, {"svg", T_SVG}, {"table", T_TABLE},
    {"tbody", T_TBODY}, {"td", T_TD}, {"template", T_TEMPLATE}, {"textarea", T_TEXTAREA},
    {"tfoot", T_TFOOT}, {"th", T_TH}, {"thead", T_THEAD}, {"time", T_TIME}, {"title", T_TITLE},
    {"tr", T_TR}, {"ul", T_UL}, {"video", T_VIDEO},
};

int kbh_tag_of(const xmlChar *name)
{
    if (!name) return T_OTHER;
    size_t lo = 0, hi = sizeof tag_table / sizeof *tag_table;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp((const char *)name, tag_table[mid].name);
        if (c == 0) return tag_table[mid].tag;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return T_OTHER;
}

const char *kbh_attr(const hnode *h, const char *name)
{
    if (!h->atts) return NULL;
    /* the HTML parser lowercases attribute names */
    for (const char **p = h->atts; p[0]; p += 2)
        if (strcmp(p[0], name) == 0) return p[1];
    return NULL;
}

char *kbh_node_content(const hpage *pg, const hnode *h)
{
    size_t n = h->c1 > h->c0 ? h->c1 - h->c0 : 0;
    char *o = malloc(n + 1);
    if (!o) return NULL;
    size_t k = 0;
    const char *s = pg->all.data ? pg->all.data + h->c0 : "";
    for (size_t i = 0; i < n; i++)
        if (s[i]) o[k++] = s[i];
    o[k] = 0;
    return o;
}

/* Tags whose content is never article text: not even walked into. */
static int tag_is_opaque(int t)
{
    switch (t) {
    case T_SCRIPT: case T_STYLE: case T_NOSCRIPT: case T_TEMPLATE: case T_IFRAME: case T_SVG:
    case T_MATH: case T_CANVAS: case T_OBJECT: case T_EMBED: case T_VIDEO: case T_AUDIO:
    case T_PICTURE: case T_IMG: case T_SOURCE: case T_INPUT: case T_BUTTON: case T_SELECT:
    case T_TEXTAREA: case T_OPTION: case T_DIALOG:
        return 1;
    default:
        return 0;
    }
}

static int tag_is_block(int t)
{
    switch (t) {
    case T_HTML: case T_BODY: case T_FORM: case T_FIELDSET: case T_NAV: case T_ASIDE:
    case T_FOOTER: case T_HEADER: case T_MENU: case T_FIGURE: case T_FIGCAPTION: case T_P:
    case T_DIV: case T_SECTION: case T_ARTICLE: case T_MAIN: case T_BLOCKQUOTE: case T_PRE:
    case T_ADDRESS: case T_CENTER: case T_UL: case T_OL: case T_LI: case T_DL: case T_DT:
    case T_DD: case T_TABLE: case T_TBODY: case T_THEAD: case T_TFOOT: case T_TR: case T_TD:
    case T_TH: case T_CAPTION: case T_H1: case T_H2: case T_H3: case T_H4: case T_H5:
    case T_H6: case T_HGROUP: case T_HR: case T_DETAILS: case T_SUMMARY: case T_LABEL:
        return 1;
    default:
        return 0;
    }
}

/* case-insensitive substring search, bounded */
static int has_ci(const char *s, const char *needle)
{
    size_t n = strlen(needle);
    for (; *s; s++)
        if (strncasecmp(s, needle, n) == 0) return 1;
    return 0;
}

/* One pass over an element's attributes: the ones the cleaner reads, and
 * whether the element is hidden (hidden, aria-hidden=true, display:none). */
typedef struct attr_scan {
    int hidden, href;
    const char *type;
} attr_scan;

static void scan_attrs(hnode *h, const xmlChar **atts, attr_scan *as)
{
    for (size_t ai = 0; atts[ai]; ai += 2) {
        const char *nm = (const char *)atts[ai];
        const char *val = atts[ai + 1] ? (const char *)atts[ai + 1] : "";
        switch (nm[0]) {
        case 'a':
            if (!strcmp(nm, "aria-hidden") && !strcasecmp(val, "true")) as->hidden = 1;
            break;
        case 'c':
            if (!strcmp(nm, "class")) h->cls = val;
            break;
        case 'h':
            if (!strcmp(nm, "href")) as->href = 1;
            else if (!strcmp(nm, "hidden")) as->hidden = 1;
            break;
        case 'i':
            if (!strcmp(nm, "id")) h->id = val;
            else if (!strcmp(nm, "itemprop")) h->itemprop = val;
            break;
        case 'k': /* the pre-filter's cue verdicts: "kb-c" / "kb-i", one digit */
            if (nm[1] == 'b' && nm[2] == '-' && (nm[3] == 'c' || nm[3] == 'i') && !nm[4]) {
                const char *v = val;
                if (v[0] >= '0' && v[0] <= '7' && !v[1]) {
                    if (nm[3] == 'c') h->kcls = (uint8_t)(v[0] - '0');
                    else h->kid = (uint8_t)(v[0] - '0');
                }
            }
            break;
        case 'r':
            if (!strcmp(nm, "role")) h->role = val;
            break;
        case 's':
            if (!strcmp(nm, "style")) {
                /* "display:none" / "display: none" / "visibility:hidden" */
                const char *v = val;
                char buf[256];
                size_t k = 0;
                for (const char *p = v; *p && k + 1 < sizeof buf; p++)
                    if (!kbh_is_space((unsigned char)*p)) buf[k++] = *p;
                buf[k] = 0;
                if (has_ci(buf, "display:none") || has_ci(buf, "visibility:hidden")) as->hidden = 1;
            }
            break;
        case 't':
            if (!strcmp(nm, "type")) as->type = val;
            break;
        default:
            break;
        }
    }
}

/* Tag lookup through a small cache: libxml2 interns names in a dictionary,
 * so one name is one pointer on a page. */
typedef struct tag_cache {
    const xmlChar *name[128];
    uint16_t tag[128];
} tag_cache;

static int cached_tag(tag_cache *tc, const xmlChar *name)
{
    size_t k = ((uintptr_t)name >> 4) & 127;
    if (tc->name[k] == name && name) return tc->tag[k];
    int t = kbh_tag_of(name);
    tc->name[k] = name;
    tc->tag[k] = (uint16_t)t;
    return t;
}

/* Verdicts passed beside the text instead of as attributes (libxml2 spends
 * a thousand instructions on each attribute): for a start tag that libxml2
 * surely reads to its '>' as cut (every attribute aligned and clean), the
 * kb-c / kb-i tokens (and a link's bare "href") are taken out again and its
 * verdicts recorded under the offset of that '>', which is where libxml2's
 * input stands when it reports the element (sx_start). Offsets grow in
 * document order. */
typedef struct pf_verdict {
    uint32_t at;
    uint8_t kcls, kid, href;
} pf_verdict;

typedef struct pf_side {
    pf_verdict *v;
    size_t n, cap;
    int oom;
} pf_side;

/* ---- SAX tree building ----------------------------------------------------
 * libxml2 stays the parser, but instead of building an xmlDoc and walking it,
 * its SAX events fill the hnode array directly, with the nodes the tree would
 * hold (libxml2's SAX2 tree builder's rules, emulated):
 * - the first element at document level is the root; a later document-level
 *   element hangs under the root when the root is the document's first child,
 *   else (a DOCTYPE or comment came first) it is a sibling the walk never saw;
 * - text outside any element is dropped; adjacent text (or CDATA) chunks of
 *   one element make one node, anything else in between starts a new one;
 * - comments and PIs inside an element are nodes (T_SKIP), and cut text;
 * - the contents of opaque elements (script, media, form controls...) get no
 *   nodes, but their text still counts in an element's content (title, h1);
 * - a JSON-LD script's text is its first text child. */
typedef struct sx_ent {
    int32_t idx;   /* hnode, or -1 when the element has none */
    uint8_t vis;   /* reachable from the root */
    uint8_t walk;  /* its children get nodes */
} sx_ent;

typedef struct sax_st {
    hpage *pg;
    tag_cache tc;
    sx_ent *st;
    int32_t depth, cap;
    int docfirst;     /* first document-level child: 0 none, 1 the root, 2 other */
    int have_root;
    uint8_t root_walk;
    int run;          /* open text run: 0 none, 1 text, 2 CDATA */
    size_t run_start;
    int32_t ld_pending; /* JSON-LD script waiting for its first child, or -1 */
    int oom;
    const pf_side *side; /* the pre-filter's verdicts by offset, and the next one */
    size_t side_i;
} sax_st;

static int32_t new_node(sax_st *S, int32_t parent)
{
    hpage *pg = S->pg;
    if (pg->count == pg->cap) {
        int32_t cap = pg->cap ? pg->cap * 2 : 1024;
        hnode *nn = realloc(pg->n, (size_t)cap * sizeof *nn);
        if (!nn) return -1;
        pg->n = nn;
        pg->cap = cap;
    }
    int32_t i = pg->count++;
    hnode *h = &pg->n[i];
    memset(h, 0, sizeof *h);
    h->parent = parent;
    h->end = i + 1;
    h->blk = -1;
    return i;
}

static void run_close(sax_st *S)
{
    if (!S->run) return;
    kbu_buf *b = &S->pg->all;
    size_t n = b->len - S->run_start;
    const char *z = memchr(b->data + S->run_start, 0, n);
    if (z) b->len = (size_t)(z - b->data);
    if (kbu_buf_putc(b, 0)) S->oom = 1;
    S->run = 0;
}

static const char *pool_dup(sax_st *S, const char *v)
{
    if (!v) return NULL;
    char *d = kb_arena_strdup(S->pg->pool, v);
    if (!d) S->oom = 1;
    return d;
}

/* The pre-filter's verdicts for the element being reported, if it has any:
 * the input stands on the '>' of its start tag. */
static void side_verdicts(sax_st *S, htmlParserCtxtPtr ctxt, hnode *h, int *href)
{
    xmlParserInputPtr in = ctxt->input;
    if (!in || !in->cur || !in->base) return;
    uint64_t at = (uint64_t)in->consumed + (uint64_t)(in->cur - in->base);
    const pf_side *sd = S->side;
    while (S->side_i < sd->n && sd->v[S->side_i].at < at) S->side_i++;
    if (S->side_i < sd->n && sd->v[S->side_i].at == at) {
        h->kcls = sd->v[S->side_i].kcls;
        h->kid = sd->v[S->side_i].kid;
        *href = sd->v[S->side_i].href;
        S->side_i++;
    }
}

static void sx_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    htmlParserCtxtPtr ctxt = ctx;
    sax_st *S = ctxt->_private;
    if (S->oom) return;
    run_close(S);
    S->ld_pending = -1;
    sx_ent e = {-1, 0, 0};
    int32_t parent = -1;
    int add = 0;
    if (S->depth > 0) {
        sx_ent *p = &S->st[S->depth - 1];
        e.vis = p->vis;
        if (p->walk) add = 1, parent = p->idx;
    } else if (!S->have_root) {
        S->have_root = 1;
        if (S->docfirst == 0 && !(ctxt->myDoc && ctxt->myDoc->intSubset)) S->docfirst = 1;
        e.vis = 1;
        add = 1;
    } else if (S->docfirst == 1 && !(ctxt->myDoc && ctxt->myDoc->intSubset)) {
        e.vis = 1;
        if (S->root_walk) add = 1, parent = 0;
    }
    if (add) {
        hpage *pg = S->pg;
        int32_t i = new_node(S, parent);
        if (i < 0) {
            S->oom = 1;
            return;
        }
        hnode *h = &pg->n[i];
        uint16_t pflags = parent >= 0 ? pg->n[parent].flags : 0;
        int t = cached_tag(&S->tc, name);
        h->tag = (uint16_t)t;
        h->name = name;
        h->c0 = h->c1 = (uint32_t)pg->all.len;
        attr_scan as = {0, 0, NULL};
        if (S->side && S->side_i < S->side->n) side_verdicts(S, ctxt, h, &as.href);
        if (atts) {
            scan_attrs(h, atts, &as);
            h->cls = pool_dup(S, h->cls);
            h->id = pool_dup(S, h->id);
            h->role = pool_dup(S, h->role);
            h->itemprop = pool_dup(S, h->itemprop);
            if (t == T_HTML || t == T_META || t == T_LINK || t == T_TIME || h->itemprop) {
                size_t na = 0;
                while (atts[na]) na += 2;
                const char **v = kb_arena_alloc(pg->pool, (na + 1) * sizeof *v);
                if (!v) {
                    S->oom = 1;
                    return;
                }
                for (size_t k = 0; k < na; k += 2) {
                    v[k] = pool_dup(S, (const char *)atts[k]);
                    v[k + 1] = pool_dup(S, atts[k + 1] ? (const char *)atts[k + 1] : "");
                }
                v[na] = NULL;
                h->atts = v;
            }
        }
        if (tag_is_block(t)) h->flags |= HF_BLOCK;
        if ((pflags & HF_HARD) || t == T_HEAD || t == T_TITLE || tag_is_opaque(t) || as.hidden)
            h->flags |= HF_HARD;
        if ((pflags & HF_INLINK) || (t == T_A && as.href)) h->flags |= HF_INLINK;
        if (t == T_SCRIPT) {
            const char *ty = as.type;
            if (ty && strcasecmp(ty, "application/ld+json") == 0) {
                if (pg->n_ld == pg->cap_ld) {
                    int32_t c = pg->cap_ld ? pg->cap_ld * 2 : 4;
                    int64_t *l = realloc(pg->ld_off, (size_t)c * sizeof *l);
                    if (!l) {
                        S->oom = 1;
                        return;
                    }
                    pg->ld_off = l;
                    pg->cap_ld = c;
                }
                pg->ld_off[pg->n_ld] = -1;
                S->ld_pending = pg->n_ld++;
            }
        }
        if (t == T_BODY && pg->body <= 0) pg->body = i;
        e.idx = i;
        e.walk = !(t != T_HEAD && tag_is_opaque(t));
        if (parent < 0) S->root_walk = e.walk;
    }
    if (S->depth == S->cap) {
        int32_t c = S->cap ? S->cap * 2 : 256;
        sx_ent *n = realloc(S->st, (size_t)c * sizeof *n);
        if (!n) {
            S->oom = 1;
            return;
        }
        S->st = n;
        S->cap = c;
    }
    S->st[S->depth++] = e;
}

static void sx_end(void *ctx, const xmlChar *name)
{
    htmlParserCtxtPtr ctxt = ctx;
    sax_st *S = ctxt->_private;
    (void)name;
    if (S->oom) return;
    run_close(S);
    S->ld_pending = -1;
    if (S->depth == 0) return;
    sx_ent e = S->st[--S->depth];
    if (e.idx >= 0) S->pg->n[e.idx].c1 = (uint32_t)S->pg->all.len;
}

static void sx_text(sax_st *S, const xmlChar *ch, int len, int type)
{
    if (S->oom || S->depth == 0 || len < 0) return;
    sx_ent *p = &S->st[S->depth - 1];
    if (!p->vis) return;
    hpage *pg = S->pg;
    if (S->run != type) {
        run_close(S);
        S->run = type;
        S->run_start = pg->all.len;
        if (S->ld_pending >= 0) {
            pg->ld_off[S->ld_pending] = (int64_t)pg->all.len;
            S->ld_pending = -1;
        }
        if (p->walk) {
            int32_t i = new_node(S, p->idx);
            if (i < 0) {
                S->oom = 1;
                return;
            }
            hnode *h = &pg->n[i];
            h->tag = T_TEXT;
            h->flags |= pg->n[p->idx].flags & (HF_HARD | HF_INLINK);
            h->c0 = (uint32_t)pg->all.len;
        }
    }
    if (kbu_buf_append(&pg->all, ch, (size_t)len)) S->oom = 1;
}

static void sx_chars(void *ctx, const xmlChar *ch, int len)
{
    htmlParserCtxtPtr ctxt = ctx;
    sx_text(ctxt->_private, ch, len, 1);
}

static void sx_cdata(void *ctx, const xmlChar *ch, int len)
{
    htmlParserCtxtPtr ctxt = ctx;
    sx_text(ctxt->_private, ch, len, 2);
}

static void sx_other(sax_st *S)
{
    if (S->oom) return;
    run_close(S);
    S->ld_pending = -1;
    if (S->depth == 0) {
        if (!S->have_root && S->docfirst == 0) S->docfirst = 2;
        return;
    }
    sx_ent *p = &S->st[S->depth - 1];
    if (!p->walk) return;
    int32_t i = new_node(S, p->idx);
    if (i < 0) {
        S->oom = 1;
        return;
    }
    S->pg->n[i].tag = T_SKIP;
    S->pg->n[i].flags |= HF_HARD;
}

static void sx_comment(void *ctx, const xmlChar *value)
{
    htmlParserCtxtPtr ctxt = ctx;
    (void)value;
    sx_other(ctxt->_private);
}

static void sx_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
    htmlParserCtxtPtr ctxt = ctx;
    (void)target;
    (void)data;
    sx_other(ctxt->_private);
}

/* Parse buf into pg. KB_OK with pg->count 0 when there is no root element. */
static int sax_parse(hpage *pg, const char *buf, int len, const char *url, const char *enc, int opts,
                     const pf_side *side, size_t tags)
{
    pg->pool = kb_arena_new(0);
    if (!pg->pool) return KB_ENOMEM;
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt) return KB_ENOMEM;
    pg->ctxt = ctxt;
    xmlSAXHandler *h = (xmlSAXHandler *)ctxt->sax;
    h->startElement = sx_start;
    h->endElement = sx_end;
    h->characters = sx_chars;
    h->cdataBlock = sx_cdata;
    h->comment = sx_comment;
    h->processingInstruction = sx_pi;
    sax_st S;
    memset(&S, 0, sizeof S);
    S.pg = pg;
    S.ld_pending = -1;
    S.side = side;
    ctxt->_private = &S;
    /* size the node array once: about one element per start tag plus a text
     * node for every other one (growing it by doubling copied it ~8 times);
     * the pre-filter counted the start tags (SIZE_MAX: count them here) */
    if (tags == SIZE_MAX) {
        tags = 0;
        for (const char *p = buf, *e = buf + len; (p = memchr(p, '<', (size_t)(e - p))) && ++p < e;)
            if (((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z')) tags++;
    }
    if (tags > 512 && tags < (size_t)INT32_MAX / 4) {
        int32_t cap = (int32_t)(tags + tags / 2);
        pg->n = malloc((size_t)cap * sizeof *pg->n);
        if (!pg->n) return KB_ENOMEM;
        pg->cap = cap;
    }
    htmlDocPtr doc = htmlCtxtReadMemory(ctxt, buf, len, url, enc, opts);
    pg->doc = doc;
    run_close(&S);
    for (int32_t d = 0; d < S.depth; d++) /* never closed */
        if (S.st[d].idx >= 0) pg->n[S.st[d].idx].c1 = (uint32_t)pg->all.len;
    free(S.st);
    ctxt->_private = NULL;
    if (!doc && !S.oom) {
        pg->count = 0;
        return KB_OK;
    }
    if (S.oom || kbu_buf_putc(&pg->all, 0)) return KB_ENOMEM;
    /* subtree ends: children come after their parent */
    for (int32_t i = pg->count - 1; i > 0; i--) {
        hnode *c = &pg->n[i];
        if (c->parent >= 0 && pg->n[c->parent].end < c->end) pg->n[c->parent].end = c->end;
    }
    for (int32_t i = 0; i < pg->count; i++)
        if (pg->n[i].tag == T_TEXT) pg->n[i].text = pg->all.data + pg->n[i].c0;
    if (pg->n_ld) {
        pg->ld = malloc((size_t)pg->n_ld * sizeof *pg->ld);
        if (!pg->ld) return KB_ENOMEM;
        for (int32_t i = 0; i < pg->n_ld; i++)
            pg->ld[i] = pg->ld_off[i] >= 0 ? pg->all.data + pg->ld_off[i] : NULL;
    }
    return KB_OK;
}

/* Find a charset=NAME declaration in the first bytes of the page. */
static int sniff_charset(const char *s, size_t len, char *out, size_t cap)
{
    size_t n = len < 8192 ? len : 8192;
    for (size_t i = 0; i + 7 < n; i++) {
        if ((s[i] | 0x20) != 'c' || strncasecmp(s + i, "charset", 7) != 0) continue;
        size_t j = i + 7;
        while (j < n && kbh_is_space((unsigned char)s[j])) j++;
        if (j >= n || s[j] != '=') continue;
        j++;
        while (j < n && (kbh_is_space((unsigned char)s[j]) || s[j] == '"' || s[j] == '\'')) j++;
        size_t k = 0;
        while (j < n && k + 1 < cap &&
               ((s[j] >= 'a' && s[j] <= 'z') || (s[j] >= 'A' && s[j] <= 'Z') ||
                (s[j] >= '0' && s[j] <= '9') || s[j] == '-' || s[j] == '_' || s[j] == ':' ||
                s[j] == '.'))
            out[k++] = s[j++];
        out[k] = 0;
        if (k) return 1;
    }
    return 0;
}

static int is_utf8_name(const char *cs)
{
    return strcasecmp(cs, "utf-8") == 0 || strcasecmp(cs, "utf8") == 0;
}

/* Length of the valid UTF-8 sequence at s (1..4), or 0 if invalid. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return (n >= 2 && (s[1] & 0xC0) == 0x80) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && s[1] < 0xA0) return 0;
        if (c == 0xED && s[1] > 0x9F) return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90) return 0;
        if (c == 0xF4 && s[1] > 0x8F) return 0;
        return 4;
    }
    return 0;
}

/* Returns a malloc'd repaired copy if s is not valid UTF-8 (or has NULs), else NULL. */
static char *utf8_repair_copy(const char *s, size_t len, size_t *out_len, int *oom)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    while (i < len) {
        if (len - i >= 8) { /* eight ASCII bytes, none NUL, at a time */
            uint64_t x;
            memcpy(&x, u + i, 8);
            if (!(x & highs) && !((x - ones) & ~x & highs)) {
                i += 8;
                continue;
            }
        }
        if (u[i] && u[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = u[i] ? utf8_seq(u + i, len - i) : 0;
        if (!k) break;
        i += k;
    }
    if (i == len) return NULL;
    char *o = malloc(len * 3 + 1);
    if (!o) {
        *oom = 1;
        return NULL;
    }
    size_t w = 0;
    i = 0;
    while (i < len) {
        size_t k = u[i] ? utf8_seq(u + i, len - i) : 0;
        if (k) {
            memcpy(o + w, s + i, k);
            w += k;
            i += k;
        } else if (!u[i]) {
            o[w++] = ' ';
            i++;
        } else {
            memcpy(o + w, "\xEF\xBF\xBD", 3);
            w += 3;
            i++;
        }
    }
    o[w] = 0;
    *out_len = w;
    return o;
}

/* ---- pre-filter -----------------------------------------------------------
 * Over half the bytes of a news page are script, style, SVG and comments,
 * which libxml2 scans character by character only for the cleaner to throw
 * them away. Cut their contents (keeping the tags, and keeping JSON-LD
 * scripts whole) before parsing. Same end rules as the HTML tokenizer:
 * script/style content ends at the first "</script" / "</style", a comment
 * at the first "-->" (or the end of input). */
static const char *find_ci(const char *p, const char *end, const char *needle, size_t nl)
{
    while (p < end) {
        const char *q = memchr(p, needle[0], (size_t)(end - p));
        if (!q) return NULL;
        if ((size_t)(end - q) >= nl && strncasecmp(q, needle, nl) == 0) return q;
        p = q + 1;
    }
    return NULL;
}

/* End of a start tag that begins at p ('<'): one past its '>', quote-aware. */
static const char *tag_end(const char *p, const char *end)
{
    char quote = 0;
    for (; p < end; p++) {
        if (quote) {
            if (*p == quote) quote = 0;
        } else if (*p == '"' || *p == '\'') {
            /* only a quote that opens an attribute value */
            if (p[-1] == '=' || kbh_is_space((unsigned char)p[-1])) quote = *p;
        } else if (*p == '>') {
            return p + 1;
        }
    }
    return end;
}

static int name_at(const char *p, const char *end, const char *name, size_t n)
{
    if ((size_t)(end - p) <= n || (*p | 0x20) != name[0] || strncasecmp(p, name, n) != 0) return 0;
    unsigned char c = (unsigned char)p[n];
    return kbh_is_space(c) || c == '>' || c == '/';
}

/* The attributes anything in the cleaner reads (html*.c); the others (src,
 * srcset, alt, title, data-*, on*, width...) are a good part of a page's
 * bytes and are dropped before parsing. */
static int attr_is_read(const char *a, size_t n)
{
    static const char *const by_len[12][5] = {
        [2] = {"id"},
        [3] = {"rel"},
        [4] = {"role", "href", "type", "name", "lang"},
        [5] = {"class", "style"},
        [6] = {"hidden"},
        [7] = {"content", "charset", "pubdate"},
        [8] = {"itemprop", "property", "xml:lang", "datetime"},
        [10] = {"http-equiv"},
        [11] = {"aria-hidden"},
    };
    if (n >= 12) return 0;
    unsigned char c0 = (unsigned char)(*a | 0x20);
    for (int i = 0; i < 5 && by_len[n][i]; i++)
        if ((unsigned char)by_len[n][i][0] == c0 && strncasecmp(a, by_len[n][i], n) == 0) return 1;
    return 0;
}

/* Blanks as libxml2's HTML tokenizer knows them (no \f, \v). */
static int xml_blank(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* Memo of class/id verdicts: pages repeat the same strings, and sites and
 * site builders share them ("menu-item", "entry-content"), so each thread
 * keeps its memo from page to page (the lexicon never changes once loaded;
 * a full probe run overwrites its first slot). */
typedef struct pf_memo {
    uint64_t key[1024];
    int8_t val[1024];
    kbh_name_memo names; /* verdicts of single class names */
} pf_memo;

static _Thread_local pf_memo g_pf_memo;

#define PF_VALUE_MAX 2048 /* longer class/id values are left in the tag */

/* Is [s, s+n) ASCII without '&' or control bytes other than blanks, so that
 * libxml2 reads it byte for byte? Eight bytes at a time. */
static int plain_value(const char *s, size_t n)
{
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, s + i, 8);
        uint64_t amp = x ^ (0x26 * ones);
        if (!((x | ((x - 0x20 * ones) & ~x) | ((amp - ones) & ~amp)) & highs)) continue;
        break; /* a byte to look at: the loop below decides */
    }
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80 || c == '&' || (c < 0x20 && !xml_blank(c))) return 0;
    }
    return 1;
}

static int memo_cues(pf_memo *m, const char *s, size_t n)
{
    uint64_t h = kbu_hash64(s, n, 0x9e3779b97f4a7c15ull) | 1; /* 0 = empty slot */
    size_t k0 = (size_t)h & 1023, k = k0;
    for (int probe = 0; probe < 8; probe++, k = (k + 1) & 1023) {
        if (m->key[k] == h) return m->val[k];
        if (m->key[k] == 0) break;
    }
    if (m->key[k] != 0) k = k0;
    char buf[PF_VALUE_MAX];
    memcpy(buf, s, n);
    buf[n] = 0;
    int v = kbh_cues_classify_memo(buf, &m->names);
    m->key[k] = h;
    m->val[k] = (int8_t)v;
    return v;
}

static void side_add(pf_side *sd, size_t at, const uint8_t kv[3])
{
    if (sd->n == sd->cap) {
        size_t c = sd->cap ? sd->cap * 2 : 256;
        pf_verdict *nv = realloc(sd->v, c * sizeof *nv);
        if (!nv) {
            sd->oom = 1;
            return;
        }
        sd->v = nv;
        sd->cap = c;
    }
    sd->v[sd->n++] = (pf_verdict){(uint32_t)at, kv[0], kv[1], kv[2]};
}

/* class="..." and id="..." are read only for their boilerplate cues, and
 * they are the bulk of a page's attribute bytes. When libxml2 would read the
 * value byte for byte (quoted, ASCII, no entity, NUL or control byte), the
 * cue verdict is taken here and the attribute becomes kb-c="V" / kb-i="V"
 * (html_int.h: hnode.kcls, kid), or goes when V is 0.
 *
 * Any change to a tag is made only where libxml2 is sure to read the
 * attribute as the pre-filter cut it ("aligned": every separator so far a
 * blank, every attribute so far clean), so the parse of the rest of the tag
 * is the same as without the change. */
typedef struct pf_ctx {
    pf_memo *memo; /* NULL: no rewriting */
    pf_side *side; /* NULL: verdicts stay in the tags as kb-c / kb-i */
} pf_ctx;

/* Would libxml2 read [an, ve) as one attribute, name and value exactly as
 * cut here? (HTML name characters, only its blanks around '=', no NUL, an
 * unquoted value not ended by \f or \v, which libxml2 reads on.) */
static int clean_attr(const char *an, size_t anl, const char *ve, const char *end)
{
    if (!anl) return 0;
    for (size_t i = 0; i < anl; i++) {
        unsigned char c = (unsigned char)an[i];
        int letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        if (!(letter || c == '_' || c == ':' || c == '.' || (i && ((c >= '0' && c <= '9') || c == '-'))))
            return 0;
    }
    const char *q = an + anl;
    if (q == ve) return ve >= end || (*ve != '\f' && *ve != '\v');
    while (q < ve && xml_blank((unsigned char)*q)) q++;
    if (q >= ve || *q != '=') return 0;
    q++;
    while (q < ve && xml_blank((unsigned char)*q)) q++;
    if (q >= ve) return 0;
    if (*q == '"' || *q == '\'') {
        if (ve - q < 2 || ve[-1] != *q) return 0;
    } else if (ve < end && (*ve == '\f' || *ve == '\v')) {
        return 0;
    }
    return memchr(an, 0, (size_t)(ve - an)) == NULL;
}

enum { PF_KEEP = 0, PF_DROP, PF_TOKEN, PF_RENAME };

/* class / id (clean, aligned): the verdict token, or nothing. */
static int cue_value(pf_ctx *cx, int is_cls, const char *an, size_t anl, const char *ve, char *tok)
{
    const char *q = an + anl;
    while (q < ve && *q != '=') q++;
    if (q >= ve) return PF_KEEP; /* no value ("<div class>") */
    q++;
    while (q < ve && xml_blank((unsigned char)*q)) q++;
    if (q >= ve || (*q != '"' && *q != '\'')) return PF_KEEP;
    const char *vs = q + 1, *vend = ve - 1;
    size_t n = (size_t)(vend - vs);
    if (n >= PF_VALUE_MAX || !plain_value(vs, n)) return PF_KEEP;
    int v = memo_cues(cx->memo, vs, n);
    if (!v) return PF_DROP;
    memcpy(tok, "kb-c=\"0\"", 8);
    if (!is_cls) tok[3] = 'i';
    tok[6] = (char)('0' + v);
    return PF_TOKEN;
}

static int starts_ci(const char *s, size_t n, const char *x, size_t xn)
{
    return n >= xn && strncasecmp(s, x, xn) == 0;
}

/* Attributes the cleaner reads on one element only (html_meta.c: meta
 * keys, link rel, html lang, time pubdate; html.c: script type). nm is the
 * tag name as the pre-filter cut it: libxml2's name is a prefix of it, so
 * a name that does not start with "meta" is not a meta element. */
static int attr_wanted_on(const char *nm, size_t nml, const char *a, size_t n)
{
    switch (n) {
    case 3: /* rel */
        return !starts_ci(a, n, "rel", 3) || starts_ci(nm, nml, "link", 4);
    case 4: /* type, name, lang */
        if (starts_ci(a, n, "type", 4)) return starts_ci(nm, nml, "script", 6);
        if (starts_ci(a, n, "name", 4)) return starts_ci(nm, nml, "meta", 4);
        if (starts_ci(a, n, "lang", 4)) return starts_ci(nm, nml, "html", 4);
        return 1;
    case 7: /* charset, pubdate (content: any element with itemprop) */
        if (starts_ci(a, n, "charset", 7)) return starts_ci(nm, nml, "meta", 4);
        if (starts_ci(a, n, "pubdate", 7)) return starts_ci(nm, nml, "time", 4);
        return 1;
    case 8: /* property, xml:lang */
        if (starts_ci(a, n, "property", 8)) return starts_ci(nm, nml, "meta", 4);
        if (starts_ci(a, n, "xml:lang", 8)) return starts_ci(nm, nml, "html", 4);
        return 1;
    case 10: /* http-equiv */
        return !starts_ci(a, n, "http-equiv", 10) || starts_ci(nm, nml, "meta", 4);
    default:
        return 1;
    }
}

/* A <meta> or <link> (p just after its name) whose attributes libxml2
 * would read exactly as cut here (blank separators, clean attributes, a
 * plain '>' at the end) and that the metadata does not read: a link that is
 * not rel=canonical, a meta without content or whose key is not one
 * html_meta.c takes. Its attributes can all go: returns its '>', or NULL. */
static const char *head_tag_unread(const char *p, const char *end, int is_link)
{
    const char *val[6] = {0}; /* rel | property, name, itemprop, http-equiv, content */
    size_t vlen[6] = {0};
    int seen[6] = {0};
    for (;;) {
        if (p >= end) return NULL;
        if (*p == '>') break;
        if (!xml_blank((unsigned char)*p)) return NULL;
        while (p < end && xml_blank((unsigned char)*p)) p++;
        if (p >= end) return NULL;
        if (*p == '>') break;
        const char *an = p;
        while (p < end && !kbh_is_space((unsigned char)*p) && *p != '=' && *p != '>' && *p != '/') p++;
        size_t anl = (size_t)(p - an);
        const char *ve = p, *vs = p, *vend = p;
        const char *q = p;
        while (q < end && kbh_is_space((unsigned char)*q)) q++;
        if (q < end && *q == '=') {
            q++;
            while (q < end && kbh_is_space((unsigned char)*q)) q++;
            if (q < end && (*q == '"' || *q == '\'')) {
                const char *cq = memchr(q + 1, *q, (size_t)(end - q - 1));
                if (!cq) return NULL;
                vs = q + 1, vend = cq, ve = cq + 1;
            } else {
                vs = q;
                while (q < end && !kbh_is_space((unsigned char)*q) && *q != '>') q++;
                vend = ve = q;
            }
        }
        if (!clean_attr(an, anl, ve, end)) return NULL;
        p = ve;
        int k = -1;
        if (is_link) {
            if (anl == 3 && !strncasecmp(an, "rel", 3)) k = 0;
        } else if (anl == 8 && !strncasecmp(an, "property", 8)) k = 1;
        else if (anl == 4 && !strncasecmp(an, "name", 4)) k = 2;
        else if (anl == 8 && !strncasecmp(an, "itemprop", 8)) k = 3;
        else if (anl == 10 && !strncasecmp(an, "http-equiv", 10)) k = 4;
        else if (anl == 7 && !strncasecmp(an, "content", 7)) k = 5;
        if (k < 0 || seen[k]) continue; /* libxml2 keeps the first of a name */
        seen[k] = 1;
        if (memchr(vs, '&', (size_t)(vend - vs))) return NULL; /* an entity: not sure */
        val[k] = vs;
        vlen[k] = (size_t)(vend - vs);
    }
    /* p is at the tag's '>' */
    if (is_link) return seen[0] && vlen[0] == 9 && !strncasecmp(val[0], "canonical", 9) ? NULL : p;
    if (!seen[5]) return p;
    if (seen[4] && vlen[4] == 16 && !strncasecmp(val[4], "content-language", 16)) return NULL;
    int k = seen[1] ? 1 : seen[2] ? 2 : seen[3] ? 3 : -1;
    return k < 0 || !kbh_meta_key_wanted(val[k], vlen[k]) ? p : NULL;
}

/* Copy a start tag (p just after '<') with only the attributes the cleaner
 * reads; an <a href> keeps only the attribute's presence. Returns the input
 * position after what was copied; anything odd is copied as is. */
static const char *copy_start_tag(pf_ctx *cx, const char *p, const char *end, char *o, size_t *wp)
{
    size_t w = *wp;
    /* per name (class, id): 0 not seen, 1 first one kept as is, 2 first one
     * turned into a token or dropped (a later one is libxml2's duplicate) */
    int st_cls = 0, st_id = 0, aligned = 1;
    size_t tok_at[3], tok_n[3]; /* kb-c, kb-i tokens and a bare href written in the tag */
    char tok_v[3];
    int ntok = 0;
    const char *nm = p;
    while (p < end && !kbh_is_space((unsigned char)*p) && *p != '>' && *p != '/') o[w++] = *p++;
    size_t nml = (size_t)(p - nm);
    int is_a = nml == 1 && (*nm | 0x20) == 'a';
    if (nml == 4 && (starts_ci(nm, 4, "meta", 4) || starts_ci(nm, 4, "link", 4))) {
        const char *gt = head_tag_unread(p, end, (*nm | 0x20) == 'l');
        if (gt) {
            o[w++] = '>';
            *wp = w;
            return gt + 1;
        }
    }
    for (;;) {
        while (p < end && (kbh_is_space((unsigned char)*p) || *p == '/')) {
            if (*p == '/' || *p == '\f' || *p == '\v') aligned = 0; /* libxml2 skips a word */
            o[w++] = *p++;
        }
        if (p >= end) break;
        if (*p == '>') {
            if (ntok && aligned && cx->side) { /* the verdicts go beside the text */
                uint8_t kv[3] = {0, 0, 0};
                for (int t = ntok - 1; t >= 0; t--) {
                    if (tok_v[t] == 'h') kv[2] = 1;
                    else kv[tok_v[t] == 'i'] = (uint8_t)(o[tok_at[t] + 6] - '0');
                    memmove(o + tok_at[t], o + tok_at[t] + tok_n[t], w - tok_at[t] - tok_n[t]);
                    w -= tok_n[t];
                }
                side_add(cx->side, w, kv);
            }
            o[w++] = *p++;
            break;
        }
        const char *an = p; /* attribute name */
        while (p < end && !kbh_is_space((unsigned char)*p) && *p != '=' && *p != '>' && *p != '/') p++;
        size_t anl = (size_t)(p - an);
        const char *ve = p; /* end of name[=value] */
        const char *q = p;
        while (q < end && kbh_is_space((unsigned char)*q)) q++;
        if (q < end && *q == '=') {
            q++;
            while (q < end && kbh_is_space((unsigned char)*q)) q++;
            if (q < end && (*q == '"' || *q == '\'')) {
                const char *cq = memchr(q + 1, *q, (size_t)(end - q - 1));
                if (!cq) { /* unterminated value: leave the rest alone */
                    memcpy(o + w, an, (size_t)(end - an));
                    w += (size_t)(end - an);
                    *wp = w;
                    return end;
                }
                ve = cq + 1;
            } else {
                while (q < end && !kbh_is_space((unsigned char)*q) && *q != '>') q++;
                ve = q;
            }
        }
        int drop = !attr_is_read(an, anl), act = PF_KEEP;
        char tok[8];
        if (!drop) {
            unsigned char prev = (unsigned char)o[w - 1];
            int clean = clean_attr(an, anl, ve, end);
            int ok = aligned && clean && (xml_blank(prev) || prev == '"' || prev == '\'');
            int is_cls = anl == 5 && strncasecmp(an, "class", 5) == 0;
            int is_id = anl == 2 && strncasecmp(an, "id", 2) == 0;
            if (ok && !attr_wanted_on(nm, nml, an, anl)) {
                act = PF_DROP; /* read only on other elements */
            } else if ((is_cls || is_id) && cx->memo) {
                int *st = is_cls ? &st_cls : &st_id;
                if (*st == 2) act = ok ? PF_DROP : PF_RENAME; /* libxml2 ignores a repeat */
                else if (*st == 0) {
                    if (ok) act = cue_value(cx, is_cls, an, anl, ve, tok);
                    *st = act == PF_KEEP ? 1 : 2;
                }
            }
            if (!clean) aligned = 0;
        }
        if (act == PF_TOKEN) {
            tok_at[ntok] = w;
            tok_n[ntok] = sizeof tok;
            tok_v[ntok++] = tok[3];
            memcpy(o + w, tok, sizeof tok);
            w += sizeof tok;
        } else if (act == PF_DROP) {
            /* gone */
        } else if (act == PF_RENAME) { /* same bytes under a name nobody reads */
            memcpy(o + w, an, (size_t)(ve - an));
            memcpy(o + w, anl == 5 ? "kb-xx" : "kx", anl);
            w += (size_t)(ve - an);
        } else if (is_a && anl == 4 && strncasecmp(an, "href", 4) == 0) {
            if (ntok < 3 && !memchr(tok_v, 'h', (size_t)ntok)) { /* the first one may go beside */
                tok_at[ntok] = w;
                tok_n[ntok] = 4;
                tok_v[ntok++] = 'h';
            }
            memcpy(o + w, "href", 4);
            w += 4;
        } else if (!drop) {
            memcpy(o + w, an, (size_t)(ve - an));
            w += (size_t)(ve - an);
        }
        if (ve == an) { /* a stray character: keep it and move on */
            o[w++] = *p++;
            aligned = 0;
        }
        p = ve > p ? ve : p;
    }
    *wp = w;
    return p;
}

/* Copy text [p, e) with each run of blanks cut to its first byte: every
 * reader of text nodes collapses blanks anyway, and half of a page's text
 * bytes are indentation that libxml2 would scan one character at a time.
 * A blank run stays a blank run, so libxml2 makes the same nodes. */
static size_t copy_text(char *o, const char *p, const char *e)
{
    char *o0 = o;
    while (p < e) {
        const char *r = p;
        while (r < e && !xml_blank((unsigned char)*r)) r++;
        memcpy(o, p, (size_t)(r - p));
        o += r - p;
        if (r >= e) break;
        *o++ = *r++;
        while (r < e && xml_blank((unsigned char)*r)) r++;
        p = r;
    }
    return (size_t)(o - o0);
}

/* ---- blanks between tags ------------------------------------------------
 * A page is a third blank runs between two tags ("</li>\n<li>"), each of
 * which libxml2 turns into a text node that every reader but one skips:
 * html_body.c counts only non-blank text, and emits a blank only as the space
 * between two inline elements of one block. So the pre-filter cuts
 * such a run when libxml2 is sure to see it as a text node of its own, or
 * merged only with other blanks:
 * - before it, no non-blank text since a tag that surely made a SAX event
 *   (a start tag, or the end tag of the element just started: "<p>x</p>";
 *   a stray end tag makes none, and text on both sides of it would merge);
 * - after it, only end tags, comments and blanks up to a start tag;
 * - the tag before it does not end an inline element ("</a> <a>": a space);
 * - no element whose whole text is read (kbh_node_content: <title>, <h1>,
 *   a microdata datePublished) is open, where "<b>A</b> <b>B</b>" must
 *   stay "A B".
 * html, head and body start tags count as no event (libxml2 drops a
 * misplaced one), and void elements have no end tag to match. */
static int is_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

/* Length of the element name at p as libxml2 reads it (letters, digits : - _ .). */
static size_t xml_name_len(const char *p, const char *end)
{
    const char *q = p;
    while (q < end && (is_letter((unsigned char)*q) || (*q >= '0' && *q <= '9') || *q == ':' ||
                       *q == '-' || *q == '_' || *q == '.'))
        q++;
    return (size_t)(q - p);
}

enum { NK_DOC = 1, NK_VOID = 2, NK_WHOLE = 4 };

/* What the blank-run rules need to know of an element name: html/head/body
 * (whose start tag libxml2 may drop), void (no end tag to match), <title>
 * or <h1> (whole text read). */
static int lc_is(const char *s, const char *lower, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 0x20) != lower[i]) return 0;
    return 1;
}

static int name_kind(const char *s, size_t n)
{
    static const struct {
        const char *s;
        int k;
    } by_len[9][7] = {
        [2] = {{"h1", NK_WHOLE}, {"br", NK_VOID}, {"hr", NK_VOID}},
        [3] = {{"col", NK_VOID}, {"img", NK_VOID}, {"wbr", NK_VOID}},
        [4] = {{"html", NK_DOC}, {"head", NK_DOC}, {"body", NK_DOC}, {"area", NK_VOID},
               {"base", NK_VOID}, {"link", NK_VOID}, {"meta", NK_VOID}},
        [5] = {{"title", NK_WHOLE}, {"embed", NK_VOID}, {"frame", NK_VOID}, {"input", NK_VOID},
               {"param", NK_VOID}, {"track", NK_VOID}},
        [6] = {{"keygen", NK_VOID}, {"source", NK_VOID}},
        [7] = {{"isindex", NK_VOID}},
        [8] = {{"basefont", NK_VOID}},
    };
    if (n < 2 || n > 8) return 0;
    char c = (char)(s[0] | 0x20);
    for (int i = 0; i < 7 && by_len[n][i].s; i++)
        if (by_len[n][i].s[0] == c && lc_is(s, by_len[n][i].s, n)) return by_len[n][i].k;
    return 0;
}

/* img, input, source, embed: void elements of no text (opaque, html.c). */
static int void_media(const char *nm, const char *end)
{
    size_t n = xml_name_len(nm, end);
    return (n == 3 && lc_is(nm, "img", 3)) || (n == 5 && (lc_is(nm, "input", 5) || lc_is(nm, "embed", 5))) ||
           (n == 6 && lc_is(nm, "source", 6));
}

/* After a blank run ending at p ('<'): only end tags, comments and blanks up
 * to a start tag that surely makes an element? */
static int start_tag_follows(const char *p, const char *end)
{
    for (int k = 0; k < 16; k++) {
        while (p < end && xml_blank((unsigned char)*p)) p++;
        if (end - p < 3 || *p != '<') return 0;
        const char *q = p + 1;
        if (is_letter((unsigned char)*q)) return !(name_kind(q, xml_name_len(q, end)) & NK_DOC);
        if (q[0] == '/' && is_letter((unsigned char)q[1])) {
            const char *gt = memchr(q, '>', (size_t)(end - q));
            if (!gt) return 0;
            p = gt + 1;
        } else if (end - q >= 3 && q[0] == '!' && q[1] == '-' && q[2] == '-') {
            const char *ce = find_ci(q + 3, end, "-->", 3);
            if (!ce) return 0;
            p = ce + 3;
        } else {
            return 0;
        }
    }
    return 0;
}

/* Does [p, e) hold the word w (lowercase, n bytes) in any case? */
static int holds_ci(const char *p, const char *e, const char *w, size_t n)
{
    for (; (size_t)(e - p) >= n; p++)
        if ((*p | 0x20) == w[0] && strncasecmp(p, w, n) == 0) return 1;
    return 0;
}

/* Does the tag [p, e) carry a microdata datePublished (any case)? */
static int has_date_published(const char *p, const char *e) { return holds_ci(p, e, "datepublished", 13); }

typedef struct pf_blank {
    int risky;             /* non-blank text since the last sure event */
    char leaf[16];         /* the element just started (then only text), "" if none */
    size_t leafn;
    char whole[16];        /* the open element whose whole text is read */
    size_t wholen;
    int depth;             /* its nesting (same-name start tags), 0: none open */
    int in_head;           /* after the first <head>, before anything that is not head matter */
    int after_inline;      /* the last tag ended an inline element ("</a>", "</b>"): a blank
                            * after it separates words ("<a>A</a> <a>B</a>" is "A B") */
    int head_seen, body_seen;
} pf_blank;

/* A start tag [nm, after) was copied to the output [o0, o1); closed: it ended with '>'. */
static void pf_start_tag(pf_blank *bs, const char *nm, const char *after, int closed, const char *o0,
                         const char *o1)
{
    size_t n = xml_name_len(nm, after);
    int kind = name_kind(nm, n);
    int selfclose = closed && after - nm >= 2 && after[-2] == '/';
    if (n == 4 && lc_is(nm, "head", 4)) {
        bs->in_head = closed && !bs->head_seen; /* a later <head> is misplaced */
        bs->head_seen = 1;
    } else if (n == 4 && lc_is(nm, "body", 4)) {
        bs->in_head = 0;
        bs->body_seen |= closed; /* libxml2's body is open from here on */
    } else if (!((n == 4 && (lc_is(nm, "meta", 4) || lc_is(nm, "link", 4) || lc_is(nm, "base", 4))) ||
                 (n == 5 && lc_is(nm, "title", 5)) || (n == 8 && lc_is(nm, "noscript", 8)))) {
        bs->in_head = 0; /* anything else makes libxml2 open the body */
    }
    if (closed && !(kind & NK_DOC)) bs->risky = 0;
    bs->after_inline = 0;
    bs->leafn = 0;
    if (closed && !kind && !selfclose && n < sizeof bs->leaf) {
        memcpy(bs->leaf, nm, n);
        bs->leafn = n;
    }
    if (bs->depth) {
        if (n == bs->wholen && strncasecmp(nm, bs->whole, n) == 0) bs->depth++;
    } else if (!(kind & NK_VOID) && n < sizeof bs->whole &&
               ((kind & NK_WHOLE) || has_date_published(o0, o1))) {
        memcpy(bs->whole, nm, n);
        bs->wholen = n;
        bs->depth = 1;
    }
}

/* Phrasing elements whose end tag may sit between two words of one paragraph. */
static int inline_name(const char *s, size_t n)
{
    static const char *const by_len[8][11] = {
        [1] = {"a", "b", "i", "q", "s", "u"},
        [2] = {"em", "tt"},
        [3] = {"bdi", "bdo", "dfn", "kbd", "sub", "sup", "var", "ins", "del", "big"},
        [4] = {"abbr", "cite", "code", "data", "font", "mark", "samp", "span", "time", "nobr"},
        [5] = {"small", "label"},
        [6] = {"strong"},
        [7] = {"acronym"},
    };
    if (n < 1 || n > 7) return 0;
    char c = (char)(s[0] | 0x20);
    for (int i = 0; i < 11 && by_len[n][i]; i++)
        if (by_len[n][i][0] == c && lc_is(s, by_len[n][i], n)) return 1;
    return 0;
}

static void pf_end_tag(pf_blank *bs, const char *nm, const char *end)
{
    size_t n = xml_name_len(nm, end);
    bs->after_inline = inline_name(nm, n);
    if (n == 4 && lc_is(nm, "head", 4)) bs->in_head = 0;
    if (bs->leafn && n == bs->leafn && strncasecmp(nm, bs->leaf, n) == 0) bs->risky = 0;
    bs->leafn = 0;
    if (bs->depth && n == bs->wholen && strncasecmp(nm, bs->whole, n) == 0) bs->depth--;
}

static int all_blank(const char *p, const char *e)
{
    for (; p < e; p++)
        if (!xml_blank((unsigned char)*p)) return 0;
    return 1;
}

static char *prefilter(const char *s, size_t len, int cues, pf_side *side, size_t *out_len, size_t *n_tags)
{
    size_t tags = 0; /* start tags written (a hint for sax_parse) */
    char *o = malloc(len + 1);
    if (!o) return NULL;
    pf_ctx cx = {NULL, NULL};
    if (cues) cx.memo = &g_pf_memo, cx.side = side; /* NULL: attributes as they are */
    pf_blank bs;
    memset(&bs, 0, sizeof bs);
    size_t w = 0;
    const char *p = s, *end = s + len;
    while (p < end) {
        const char *lt = memchr(p, '<', (size_t)(end - p));
        if (!lt) lt = end;
        if (lt > p) {
            if (!all_blank(p, lt)) {
                bs.risky = 1;
                bs.in_head = 0;
                w += copy_text(o + w, p, lt);
            } else if (bs.risky || bs.depth || bs.after_inline || !start_tag_follows(lt, end)) {
                w += copy_text(o + w, p, lt);
            }
        }
        p = lt;
        if (p >= end) break;
        const char *q = p + 1;
        if (end - q >= 3 && q[0] == '!' && q[1] == '-' && q[2] == '-') {
            const char *ce = find_ci(q + 3, end, "-->", 3);
            p = ce ? ce + 3 : end;
            continue;
        }
        if (q < end && (*q == '!' || *q == '?')) { /* doctype, PI...: verbatim */
            const char *te = tag_end(q, end);
            memcpy(o + w, p, (size_t)(te - p));
            w += (size_t)(te - p);
            p = te;
            bs.leafn = 0;
            continue;
        }
        if (end - q >= 2 && *q == '/' && is_letter((unsigned char)q[1])) {
            /* an end tag: libxml2 reads its name and skips to the next '>' */
            const char *gt = memchr(q, '>', (size_t)(end - q));
            if (gt) {
                pf_end_tag(&bs, q + 1, gt);
                memcpy(o + w, p, (size_t)(gt + 1 - p));
                w += (size_t)(gt + 1 - p);
                p = gt + 1;
                continue;
            }
        }
        const char *close = NULL;
        size_t cl = 0;
        if (name_at(q, end, "script", 6)) close = "</script", cl = 8;
        else if (name_at(q, end, "style", 5)) close = "</style", cl = 7;
        else if (name_at(q, end, "svg", 3)) close = "</svg", cl = 5;
        const char *te = close ? tag_end(q, end) : NULL;
        int selfclose = te && te - p >= 2 && te[-1] == '>' && te[-2] == '/';
        if (selfclose && cl == 5) close = NULL; /* <svg/> is empty (foreign content): nothing to cut */
        if (!close) {
            o[w++] = '<';
            p = q;
            if (p < end && is_letter((unsigned char)*p)) {
                const char *nm = p;
                size_t w0 = w, side_n = side ? side->n : 0;
                p = copy_start_tag(&cx, p, end, o, &w);
                tags++;
                if (bs.in_head && w - w0 == 5 && (!memcmp(o + w0, "meta>", 5) || !memcmp(o + w0, "link>", 5) ||
                                                  !memcmp(o + w0, "META>", 5) || !memcmp(o + w0, "LINK>", 5))) {
                    w = w0 - 1; /* a <meta> or <link> in the head with nothing anyone reads */
                    if (side) side->n = side_n;
                    tags--;
                    continue;
                }
                if (bs.body_seen && w0 >= 2 && o[w0 - 2] == '>' && o[w - 1] == '>' && void_media(nm, p) &&
                    !holds_ci(o + w0, o + w, "itemprop", 8)) {
                    /* an image or form input in the body between two tags: an
                     * element without text that libxml2 closes at once, and
                     * with no text beside it, so no text node changes */
                    const char *nx = p;
                    while (nx < end && xml_blank((unsigned char)*nx)) nx++;
                    if (nx < end && *nx == '<') {
                        w = w0 - 1;
                        if (side) side->n = side_n;
                        tags--;
                        continue;
                    }
                }
                pf_start_tag(&bs, nm, p, o[w - 1] == '>', o + w0, o + w);
            }
            continue;
        }
        tags++; /* a script, style or svg start tag */
        int keep = cl == 8 && find_ci(p, te, "ld+json", 7) != NULL;
        const char *ce = find_ci(te, end, close, cl);
        if (!ce) ce = end;
        if (cl == 5) bs.in_head = 0; /* <svg> opens the body */
        if (bs.in_head && !keep && !selfclose && te[-1] == '>' && end - ce > (ptrdiff_t)cl && ce[cl] == '>') {
            p = ce + cl + 1; /* a whole script or style in the head: nobody reads it */
            continue;
        }
        if (keep || te[-1] != '>') {
            memcpy(o + w, p, (size_t)(te - p));
            w += (size_t)(te - p);
        } else { /* nobody reads the attributes of other scripts, styles, SVG */
            memcpy(o + w, p, cl - 1);
            w += cl - 1;
            if (selfclose) o[w++] = '/';
            o[w++] = '>';
        }
        if (te[-1] == '>') bs.risky = 0;
        bs.leafn = 0;
        if (keep) {
            memcpy(o + w, te, (size_t)(ce - te));
            w += (size_t)(ce - te);
        }
        p = ce;
        if (p < end) { /* copy "</script" so the tokenizer never re-enters */
            memcpy(o + w, p, cl);
            w += cl;
            p += cl;
            if (p < end && *p == '>') o[w++] = *p++; /* the end of the element just started */
        }
    }
    o[w] = 0;
    *out_len = w;
    *n_tags = tags;
    return o;
}

/* Can a run of ASCII bytes in this charset stand for other characters
 * (UTF-7, HZ, ISO-2022 shift states)? Then class values are left alone. */
static int ascii_is_ascii(const char *cs)
{
    char l[48];
    size_t k = 0;
    for (; cs[k] && k + 1 < sizeof l; k++) l[k] = (char)((cs[k] >= 'A' && cs[k] <= 'Z') ? cs[k] + 32 : cs[k]);
    l[k] = 0;
    return !strstr(l, "utf-7") && !strstr(l, "utf7") && !strstr(l, "hz") && !strstr(l, "2022");
}

/* Convert from charset cs to UTF-8 with iconv; invalid or incomplete input
 * bytes become U+FFFD. NULL (and *oom 0) if iconv does not know cs. */
static char *to_utf8(const char *s, size_t len, const char *cs, size_t *out_len, int *oom)
{
    iconv_t cd = iconv_open("UTF-8", cs);
    if (cd == (iconv_t)-1) return NULL;
    size_t cap = len * 3 + 16, w = 0;
    char *o = malloc(cap + 1);
    if (!o) {
        iconv_close(cd);
        *oom = 1;
        return NULL;
    }
    char *in = (char *)s;
    size_t inleft = len;
    while (inleft > 0) {
        char *op = o + w;
        size_t oleft = cap - w;
        size_t r = iconv(cd, &in, &inleft, &op, &oleft);
        w = (size_t)(op - o);
        if (r != (size_t)-1) break;
        int full = errno == E2BIG;
        /* E2BIG: grow and go on; EILSEQ / EINVAL: make room for U+FFFD */
        if (full || cap - w < 3) {
            char *no = realloc(o, cap * 2 + 1);
            if (!no) {
                free(o);
                iconv_close(cd);
                *oom = 1;
                return NULL;
            }
            o = no;
            cap *= 2;
        }
        if (full) continue;
        /* replace one invalid byte and go on */
        memcpy(o + w, "\xEF\xBF\xBD", 3);
        w += 3;
        in++;
        inleft--;
        iconv(cd, NULL, NULL, NULL, NULL); /* reset the shift state */
    }
    iconv_close(cd);
    o[w] = 0;
    *out_len = w;
    return o;
}

#define LD_MIN 500 /* bytes of articleBody worth falling back to */
static void page_free(hpage *pg);

/* Parse a JSON-LD articleBody (plain text with newlines, or HTML) and take
 * its text if it is longer than what the page markup gave. */
static int ld_body_fallback(const char *body, size_t len, kb_arena *a, kbc_page *out)
{
    kbu_buf b = {0};
    int is_html = find_ci(body, body + len, "<p", 2) || find_ci(body, body + len, "<br", 3) ||
                  find_ci(body, body + len, "</", 2);
    int rc = KB_OK;
    if (kbu_buf_append(&b, "<html><body>", 12)) rc = KB_ENOMEM;
    if (is_html) {
        if (rc == KB_OK && kbu_buf_append(&b, body, len)) rc = KB_ENOMEM;
    } else {
        /* plain text: one paragraph a line */
        if (rc == KB_OK && kbu_buf_append(&b, "<p>", 3)) rc = KB_ENOMEM;
        for (size_t i = 0; i < len && rc == KB_OK; i++) {
            const char *rep = NULL;
            switch (body[i]) {
            case '\n': rep = "</p><p>"; break;
            case '<': rep = "&lt;"; break;
            case '&': rep = "&amp;"; break;
            default: break;
            }
            if (rep ? kbu_buf_append(&b, rep, strlen(rep)) : kbu_buf_putc(&b, body[i])) rc = KB_ENOMEM;
        }
        if (rc == KB_OK && kbu_buf_append(&b, "</p>", 4)) rc = KB_ENOMEM;
    }
    if (rc == KB_OK && kbu_buf_append(&b, "</body></html>", 14)) rc = KB_ENOMEM;
    if (rc != KB_OK || b.len > (size_t)0x7fffffff) {
        kbu_buf_free(&b);
        return rc;
    }
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
               HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    hpage pg;
    memset(&pg, 0, sizeof pg);
    rc = sax_parse(&pg, b.data, (int)b.len, NULL, "UTF-8", opts, NULL, SIZE_MAX);
    kbu_buf_free(&b);
    kbc_page tmp;
    memset(&tmp, 0, sizeof tmp);
    if (rc == KB_OK && pg.count) {
        rc = kbh_body_extract(&pg, a, &tmp);
        if (rc == KB_OK && tmp.text && tmp.text_len > out->text_len) {
            out->text = tmp.text;
            out->text_len = tmp.text_len;
        }
    }
    page_free(&pg);
    return rc;
}

static void silent_generic(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static void silent_structured(void *ctx, xmlErrorPtr e)
{
    (void)ctx;
    (void)e;
}

static void page_free(hpage *pg)
{
    free(pg->n);
    free(pg->ld);
    free(pg->ld_off);
    free((void *)pg->ld_body);
    kbu_buf_free(&pg->all);
    if (pg->pool) kb_arena_free(pg->pool);
    if (pg->doc) xmlFreeDoc(pg->doc);
    if (pg->ctxt) htmlFreeParserCtxt(pg->ctxt);
    memset(pg, 0, sizeof *pg);
}

int kbc_html_extract(const char *html, size_t len, const char *charset, const char *url,
                     kb_arena *a, kbc_page *out, kb_err *err)
{
    memset(out, 0, sizeof *out);
    out->text = kb_arena_strdup(a, "");
    if (!out->text) return kb_err_set(err, KB_ENOMEM, "html: out of memory");
    if (kbh_cues_init() != KB_OK) return kb_err_set(err, KB_ENOMEM, "html: out of memory");
    if (!html || len == 0) return KB_OK;
    if (len > (size_t)0x7fffffff) len = 0x7fffffff;

    /* encoding: declared > <meta charset> > UTF-8; UTF-16 BOMs left to libxml2 */
    char sniffed[48];
    const char *enc = NULL;
    const unsigned char *u = (const unsigned char *)html;
    int bom16 = len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF));
    if (!bom16) {
        if (charset && *charset) enc = charset;
        else if (sniff_charset(html, len, sniffed, sizeof sniffed))
            /* a page that could declare itself in ASCII is not UTF-16 (HTML spec) */
            enc = strncasecmp(sniffed, "utf-16", 6) && strncasecmp(sniffed, "utf-32", 6) ? sniffed : "UTF-8";
        else enc = "UTF-8";
        xmlCharEncodingHandlerPtr hd = xmlFindCharEncodingHandler(enc);
        if (!hd) enc = "UTF-8";
        else xmlCharEncCloseFunc(hd); /* frees iconv handlers, keeps built-in ones */
    }
    if (enc && is_utf8_name(enc) && len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        html += 3; /* a BOM would otherwise become text */
        len -= 3;
    }
    /* cut script/style/svg/comment contents (ASCII-compatible encodings only) */
    char *filtered = NULL;
    size_t flen = len;
    pf_side side = {NULL, 0, 0, 0};
    int cues = 0;
    size_t n_tags = SIZE_MAX;
    if (enc && strncasecmp(enc, "utf-16", 6) && strncasecmp(enc, "utf-32", 6) &&
        strncasecmp(enc, "ucs", 3)) {
        /* verdicts beside the text only when libxml2 gets these very bytes */
        cues = ascii_is_ascii(enc);
        filtered = prefilter(html, len, cues, is_utf8_name(enc) ? &side : NULL, &flen, &n_tags);
        if (!filtered || side.oom) {
            free(filtered);
            free(side.v);
            return kb_err_set(err, KB_ENOMEM, "html: out of memory");
        }
    }
    const char *src = filtered ? filtered : html;
    char *fixed = NULL;
    /* other ASCII-compatible charsets: convert here, so that a byte the
     * charset does not allow costs one U+FFFD, not the rest of the page */
    if (filtered && !is_utf8_name(enc)) {
        int oom = 0;
        size_t clen = 0;
        fixed = to_utf8(src, flen, enc, &clen, &oom);
        if (oom) {
            free(filtered);
            free(side.v);
            return kb_err_set(err, KB_ENOMEM, "html: out of memory");
        }
        if (fixed) {
            src = fixed;
            flen = clen;
            enc = "UTF-8";
        }
    }
    if (enc && is_utf8_name(enc) && !fixed) {
        int oom = 0;
        size_t rlen = flen;
        fixed = utf8_repair_copy(src, flen, &rlen, &oom);
        if (fixed && side.n) {
            /* the repair moves bytes: filter again with the verdicts in the tags */
            free(fixed);
            free(filtered);
            side.n = 0;
            src = filtered = prefilter(html, len, cues, NULL, &flen, &n_tags);
            fixed = filtered ? utf8_repair_copy(src, flen, &rlen, &oom) : NULL;
            if (!filtered) oom = 1;
        }
        if (oom) {
            free(fixed);
            free(filtered);
            free(side.v);
            return kb_err_set(err, KB_ENOMEM, "html: out of memory");
        }
        if (fixed) {
            src = fixed;
            flen = rlen;
        }
    }
    if (flen > (size_t)0x7fffffff) flen = 0x7fffffff;
    if (!flen) {
        free(fixed);
        free(filtered);
        free(side.v);
        return KB_OK;
    }

    /* libxml2 reports some errors (encoding conversion) through its global
     * handlers even with NOERROR; the library must not print: silence them
     * for this call (the handlers are per thread) and restore them after */
    xmlGenericErrorFunc old_gen = xmlGenericError;
    void *old_gen_ctx = xmlGenericErrorContext;
    xmlStructuredErrorFunc old_st = xmlStructuredError;
    void *old_st_ctx = xmlStructuredErrorContext;
    xmlSetGenericErrorFunc(NULL, silent_generic);
    xmlSetStructuredErrorFunc(NULL, silent_structured);

    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
               HTML_PARSE_COMPACT | HTML_PARSE_NODEFDTD | (enc ? HTML_PARSE_IGNORE_ENC : 0) |
               XML_PARSE_HUGE;
    hpage pg;
    memset(&pg, 0, sizeof pg);
    int rc = sax_parse(&pg, src, (int)flen, url, enc, opts, &side, filtered ? n_tags : SIZE_MAX);
    if (rc == KB_OK && pg.count) {
        rc = kbh_meta_extract(NULL, &pg, url, a, out);
        if (rc == KB_OK) rc = kbh_body_extract(&pg, a, out);
        /* the page's own JSON-LD articleBody, when the markup gave much less
         * (text rendered by scripts, odd layouts) */
        if (rc == KB_OK && pg.ld_body && pg.ld_body_len >= LD_MIN && out->text_len * 2 < pg.ld_body_len)
            rc = ld_body_fallback(pg.ld_body, pg.ld_body_len, a, out);
    }
    xmlSetGenericErrorFunc(old_gen_ctx, old_gen);
    xmlSetStructuredErrorFunc(old_st_ctx, old_st);
    page_free(&pg);
    free(fixed);
    free(filtered);
    free(side.v);
    if (rc != KB_OK) return kb_err_set(err, rc, "html: out of memory");
    return KB_OK;
}
