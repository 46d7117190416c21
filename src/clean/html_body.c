/*
 * html_body.c -- pick the article's main text out of a flattened page.
 *
 * The method, in passes over the hnode array (html_int.h), none recursive:
 *  1. Cues: class/id/role words (html_lex.c, memoised per page), structural
 *     tags (nav, aside, footer, header, figure) and itemprop=articleBody mark
 *     elements as boilerplate (NEG), content (POS) or small furniture (NOISE).
 *  2. Paragraphs: every text node belongs to its nearest block ancestor; a
 *     block whose own text is long enough, carries punctuation and is not
 *     mostly link text is "prose" (GOOD).
 *  3. Removal: NEG elements are dropped unless they hold 90% of the page's
 *     prose (a mislabelled wrapper such as "has-sidebar"); NOISE elements are
 *     dropped when short and holding at most one paragraph (captions, bylines,
 *     author bios, "author-content" too), except a prose <p> among its fellow
 *     paragraphs or the page's only prose.
 *  4. Selection: each element scores prose(subtree) - LAMBDA * junk(subtree)
 *     (text lengths; junk = link text + half the plain non-prose text; prose
 *     alone in its grandparent counts a quarter, and the summary in a row of
 *     three or more link-bearing <article> cards, each a self-contained
 *     composition by HTML semantics, i.e. a teaser list, not at all).
 *     The best element is the article container: the smallest one covering
 *     most prose without swallowing much else; it climbs to a parent only
 *     when the parent adds more prose than junk, and a paragraph is never a
 *     container. If cue removal left almost nothing, the passes run again
 *     protecting any element that holds half of the prose.
 *  5. Output: the container's text, blocks separated by blank lines, <br> a
 *     line break, without the title (<h1>, or a first block repeating it),
 *     link lists, furniture lines ([drop] in the lexicon) or promotions at
 *     either end ([edge]).
 */
#include "html_int.h"
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <strings.h>
#ifdef KBH_DEBUG
#include <stdio.h>
#endif

#define LAMBDA 1.0f
#define NONLINK_W 0.5f
#define ISO_W 0.25f
#define TEASER_W 0.0f
#define NOISE_MAX 400 /* furniture (caption, byline...) is shorter than this */
#define GUARD 0.9f /* share of all prose that protects a NEG element */
#define GUARD_RETRY 0.5f /* the same, when the first try left almost no prose */

/* Does a role attribute name a landmark that is never the article? */
static int role_is_boilerplate(const char *r)
{
    static const char *roles[] = {"navigation", "banner", "contentinfo", "complementary",
                                  "search", "menu", "menubar", "toolbar", "dialog",
                                  "alertdialog", "tablist", "alert"};
    for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
        if (strcasecmp(r, roles[i]) == 0) return 1;
    return 0;
}

/* Collapsed length and punctuation count of a text node. Bytes by class:
 * 1 blank, 2 ASCII sentence punctuation, 3 the lead byte of a non-ASCII
 * mark that may count (looked at below), 0 anything else. */
static const unsigned char text_class[256] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
    ['.'] = 2, [','] = 2, [';'] = 2, ['!'] = 2, ['?'] = 2, [':'] = 2,
    [0xD8] = 3, [0xE0] = 3, [0xE3] = 3, [0xEF] = 3,
};

static void text_stats(const char *s, uint32_t *len, uint32_t *punct)
{
    uint32_t n = 0, p = 0;
    int sp = 1;
    if (s) {
        for (const unsigned char *u = (const unsigned char *)s; *u; u++) {
            unsigned k = text_class[*u];
            if (k == 1) {
                if (!sp) { n++; sp = 1; }
                continue;
            }
            sp = 0;
            n++;
            if (k == 2) p++;
            else if (k == 0) continue;
            /* ideographic comma and full stop U+3001/3002 */
            else if (*u == 0xE3 && u[1] == 0x80 && (u[2] == 0x81 || u[2] == 0x82)) p++;
            /* fullwidth ! , . : ; ? (U+FF01 FF0C FF0E FF1A FF1B FF1F) */
            else if (*u == 0xEF && u[1] == 0xBC &&
                     (u[2] == 0x81 || u[2] == 0x8C || u[2] == 0x8E || u[2] == 0x9A || u[2] == 0x9B ||
                      u[2] == 0x9F))
                p++;
            /* Devanagari danda U+0964, Arabic comma U+060C and question mark U+061F */
            else if ((*u == 0xE0 && u[1] == 0xA5 && u[2] == 0xA4) ||
                     (*u == 0xD8 && (u[1] == 0x8C || u[1] == 0x9F)))
                p++;
        }
    }
    *len = n;
    *punct = p;
}

static int is_prose(uint32_t len, uint32_t link, uint32_t punct)
{
    if (len == 0) return 0;
    uint32_t own = len - (link < len ? link : len);
    if (link * 10 > len * 4) return 0; /* over 40% link text */
    if (own >= 150) return 1;
    return own >= 50 && punct >= 1;
}

/* Per-page memo of class/id verdicts: pages repeat the same class strings. */
typedef struct cue_memo {
    uint64_t key[1024];
    int8_t val[1024];
} cue_memo;

static int memo_classify(cue_memo *m, const char *s)
{
    if (!m) return kbh_cues_classify(s);
    uint64_t h = kbu_hash64(s, strlen(s), 0x9e3779b97f4a7c15ull) | 1; /* 0 = empty slot */
    size_t k = (size_t)h & 1023;
    for (int probe = 0; probe < 8; probe++, k = (k + 1) & 1023) {
        if (m->key[k] == h) return m->val[k];
        if (m->key[k] == 0) {
            int v = kbh_cues_classify(s);
            m->key[k] = h;
            m->val[k] = (int8_t)v;
            return v;
        }
    }
    return kbh_cues_classify(s);
}

static void classify(hpage *pg)
{
    hnode *n = pg->n;
    cue_memo *memo = calloc(1, sizeof *memo); /* NULL: no memo, same answers */
    for (int32_t i = 0; i < pg->count; i++) {
        hnode *h = &n[i];
        int32_t p = h->parent;
        if (h->tag == T_TEXT) {
            h->blk = p >= 0 ? n[p].blk : -1;
            if (!(h->flags & HF_HARD)) {
                text_stats(h->text, &h->len, &h->punct);
            }
            continue;
        }
        if (h->tag == T_SKIP) continue;
        h->blk = (h->flags & HF_BLOCK) || p < 0 ? i : n[p].blk;
        if (h->flags & HF_HARD) continue;
        int cue = 0;
        const char *v;
        if ((v = h->cls)) cue |= memo_classify(memo, v);
        else cue |= h->kcls;
        if ((v = h->id) || h->kid) {
            int c2 = v ? memo_classify(memo, v) : h->kid;
            if (c2 & CUE_POS) cue = (cue & ~CUE_NEG) | CUE_POS;
            else if ((c2 & CUE_NEG) && !(cue & CUE_POS)) cue |= CUE_NEG;
            cue |= c2 & CUE_NOISE;
        }
        int structural = 0;
        if ((v = h->role) && role_is_boilerplate(v)) structural = 1;
        if ((v = h->itemprop) && strcasecmp(v, "articleBody") == 0)
            cue = (cue & ~CUE_NEG) | CUE_POS;
        switch (h->tag) {
        case T_NAV: case T_ASIDE: case T_FOOTER: case T_MENU: case T_FIGURE: case T_FIGCAPTION:
        case T_HEADER:
            structural = 1;
            break;
        case T_TIME: case T_ADDRESS:
            cue |= CUE_NOISE;
            break;
        default:
            break;
        }
        if (h->tag == T_BODY || h->tag == T_HTML) cue = 0;
        if (structural && h->tag != T_BODY && h->tag != T_HTML) h->flags |= HF_SNEG;
        if (cue & CUE_NEG) h->flags |= HF_NEG;
        if (cue & CUE_POS) h->flags |= HF_POS;
        if (cue & CUE_NOISE) h->flags |= HF_NOISE;
    }
    free(memo);
}

/* Paragraph stats of each block from the kept text nodes, then prose flags
 * and subtree sums (backward pass). removed: flags that exclude a node. */
static void measure(hpage *pg, uint16_t removed)
{
    hnode *n = pg->n;
    for (int32_t i = 0; i < pg->count; i++) {
        hnode *h = &n[i];
        h->plen = h->plink = h->ppunct = 0;
        h->good = h->bad = h->wgood = 0;
        h->ngood = h->ncards = 0;
        if (h->tag != T_TEXT) {
            h->len = h->link = 0;
            h->flags &= (uint16_t)~HF_GOOD;
        }
    }
    for (int32_t i = 0; i < pg->count; i++) {
        hnode *h = &n[i];
        if (h->tag != T_TEXT || (h->flags & removed) || h->blk < 0 || !h->len) continue;
        hnode *b = &n[h->blk];
        b->plen += h->len;
        if (h->flags & HF_INLINK) b->plink += h->len;
        b->ppunct += h->punct;
    }
    /* text sums, prose flags and prose block counts */
    for (int32_t i = pg->count - 1; i >= 0; i--) {
        hnode *h = &n[i];
        if (h->flags & removed) continue;
        if (h->tag == T_TEXT) {
            if (h->parent >= 0) {
                n[h->parent].len += h->len;
                if (h->flags & HF_INLINK) n[h->parent].link += h->len;
            }
            continue;
        }
        if (h->tag == T_SKIP) continue;
        if (h->blk == i && h->plen && is_prose(h->plen, h->plink, h->ppunct)) {
            h->flags |= HF_GOOD;
            h->ngood++;
        }
        if (h->parent >= 0) {
            hnode *p = &n[h->parent];
            p->len += h->len;
            p->link += h->link;
            p->ngood += h->ngood;
            if (h->tag == T_ARTICLE && h->ngood == 1 && h->link >= 15) p->ncards++;
        }
    }
    /* prose and junk sums; a prose block alone in its grandparent (a teaser
     * card's summary) weighs less than one among its fellow paragraphs */
    for (int32_t i = pg->count - 1; i >= 0; i--) {
        hnode *h = &n[i];
        if ((h->flags & removed) || h->tag == T_TEXT || h->tag == T_SKIP) continue;
        if (h->blk == i && h->plen) {
            if (h->flags & HF_GOOD) {
                h->good += (float)h->plen;
                int32_t gp = h->parent >= 0 ? n[h->parent].parent : -1;
                int isolated = gp >= 0 && n[gp].ngood <= 1;
                /* a card: the largest element holding this prose block alone;
                 * three or more link-bearing cards side by side are teasers */
                int32_t c = i;
                while (n[c].parent >= 0 && n[n[c].parent].ngood <= 1) c = n[c].parent;
                int teaser = c != i && n[c].tag == T_ARTICLE && n[c].parent >= 0 &&
                             n[n[c].parent].ncards >= 3;
                h->wgood += teaser ? TEASER_W * (float)h->plen
                            : isolated ? ISO_W * (float)h->plen : (float)h->plen;
            } else {
                /* links are the usual junk; short plain lines (list items,
                 * labels, prices) are only half as suspect */
                h->bad += (float)h->plink + NONLINK_W * (float)(h->plen - h->plink);
            }
        }
        if (h->parent >= 0) {
            hnode *p = &n[h->parent];
            p->good += h->good;
            p->wgood += h->wgood;
            p->bad += h->bad;
        }
    }
}

/* Mark cue-removed subtrees (forward: a child inherits its parent's removal). */
static void remove_cues(hpage *pg, float guard)
{
    hnode *n = pg->n;
    float total = n[0].good;
    for (int32_t i = 0; i < pg->count; i++) {
        hnode *h = &n[i];
        h->flags &= (uint16_t)~HF_CUE;
        if (h->flags & HF_HARD) continue;
        if (h->parent >= 0 && (n[h->parent].flags & HF_CUE)) {
            h->flags |= HF_CUE;
            continue;
        }
        if (h->tag == T_TEXT || h->tag == T_SKIP) continue;
        int neg = h->flags & (HF_SNEG | HF_NEG);
        if (neg && !(h->good > 0 && h->good >= guard * total))
            h->flags |= HF_CUE;
        else if ((h->flags & HF_NOISE) && h->ngood <= 1 && h->len < NOISE_MAX &&
                 !(h->good > 0 && h->good >= 0.5f * total) && /* not the page's only prose */
                 !(h->tag == T_P && (h->flags & HF_GOOD) && h->parent >= 0 && n[h->parent].ngood >= 3))
            /* (a prose <p> among its fellow paragraphs is text, whatever its class) */
            h->flags |= HF_CUE;
    }
}

static int is_leaf_block(int t)
{
    switch (t) {
    case T_P: case T_LI: case T_PRE: case T_BLOCKQUOTE: case T_DD: case T_DT: case T_H1: case T_H2:
    case T_H3: case T_H4: case T_H5: case T_H6: case T_ADDRESS: case T_CAPTION: case T_SUMMARY:
        return 1;
    default:
        return 0;
    }
}

static int32_t select_container(hpage *pg)
{
    hnode *n = pg->n;
    int32_t best = -1;
    float best_score = 0;
    for (int32_t i = 0; i < pg->count; i++) {
        hnode *h = &n[i];
        if (h->tag == T_TEXT || h->tag == T_SKIP || (h->flags & (HF_HARD | HF_CUE))) {
            if (h->tag != T_TEXT && h->tag != T_SKIP) i = h->end - 1;
            continue;
        }
        float s = h->wgood - LAMBDA * h->bad;
        if (best < 0 || s >= best_score) { /* ties: the inner element */
            best = i;
            best_score = s;
        }
    }
    return best;
}

typedef struct emitter {
    kbu_buf b;
    int32_t last_blk;
    int pending_nl; /* 0 none, 1 line break, 2 paragraph break */
    int pending_sp;
    size_t para_start;
    int oom;
} emitter;

static int is_drop_para(const char *s, size_t n) { return kbh_drop_para(s, n); }

/* Close the current paragraph: drop it if it is a furniture line. */
static void end_para(emitter *e)
{
    size_t st = e->para_start;
    if (e->b.len > st && is_drop_para(e->b.data + st, e->b.len - st)) {
        e->b.len = st;
        while (e->b.len && (e->b.data[e->b.len - 1] == '\n')) e->b.len--;
        if (e->b.data) e->b.data[e->b.len] = 0;
    }
}

static void emit_text(emitter *e, int32_t blk, const char *s)
{
    if (blk != e->last_blk) {
        e->pending_nl = 2;
        e->last_blk = blk;
    }
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (kbh_is_space(c)) {
            e->pending_sp = 1;
            continue;
        }
        if (e->pending_nl) {
            if (e->pending_nl == 2) end_para(e);
            if (e->b.len) {
                if (kbu_buf_append(&e->b, e->pending_nl == 2 ? "\n\n" : "\n", (size_t)e->pending_nl))
                    e->oom = 1;
            }
            if (e->pending_nl == 2) e->para_start = e->b.len;
            e->pending_nl = 0;
            e->pending_sp = 0;
        } else if (e->pending_sp) {
            if (e->b.len && kbu_buf_putc(&e->b, ' ')) e->oom = 1;
            e->pending_sp = 0;
        }
        /* copy the run of non-space bytes at once */
        const char *q = p;
        while (q[1] && !kbh_is_space((unsigned char)q[1])) q++;
        if (kbu_buf_append(&e->b, p, (size_t)(q - p + 1))) e->oom = 1;
        p = q;
    }
}

/* Should this element (inside the container) be left out of the output? */
static int skip_in_output(const hnode *h, int32_t i, int32_t root)
{
    if (i == root) return 0;
    if (h->tag == T_H1) return 1;
    if (!(h->flags & HF_BLOCK) || !h->len) return 0;
    /* a subheading inside the article is text even when it is a link */
    if (h->tag >= T_H2 && h->tag <= T_H6) return 0;
    /* link lists and "read more" blocks: mostly link text */
    if (h->link * 2 > h->len && !(h->flags & HF_GOOD)) return 1;
    return 0;
}

/* Same text, ignoring case, spaces and punctuation (ASCII)? */
static int same_words(const char *a, size_t an, const char *b, size_t bn)
{
    size_t i = 0, j = 0;
    for (;;) {
        while (i < an && (unsigned char)a[i] < 0x80 && !isalnum((unsigned char)a[i])) i++;
        while (j < bn && (unsigned char)b[j] < 0x80 && !isalnum((unsigned char)b[j])) j++;
        if (i == an || j == bn) return i == an && j == bn;
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[j])) return 0;
        i++;
        j++;
    }
}

/* The headline repeated as the text's first block (an <h2> or a styled div
 * used as the title) is not article text. */
static void drop_title_line(const char *s, size_t *st, size_t en, const char *title)
{
    if (!s || !title || !*title) return;
    size_t e = *st;
    while (e < en && s[e] != '\n') e++;
    if (e >= en) return; /* a one-block text stays */
    if (!same_words(s + *st, e - *st, title, strlen(title))) return;
    while (e < en && s[e] == '\n') e++;
    *st = e;
}

/* Cut promotion/notice paragraphs off both ends of the text [st, en). */
static void trim_edges(const char *s, size_t *st, size_t *en)
{
    if (!s) return;
    for (;;) { /* from the end */
        size_t b = *en;
        while (b > *st && !(b >= *st + 2 && s[b - 1] == '\n' && s[b - 2] == '\n')) b--;
        if (b <= *st) break; /* keep the last paragraph standing */
        if (!kbh_edge_para(s + b, *en - b)) break;
        *en = b - 2;
    }
    for (;;) { /* from the start */
        const char *nl = NULL;
        for (size_t i = *st; i + 1 < *en; i++)
            if (s[i] == '\n' && s[i + 1] == '\n') {
                nl = s + i;
                break;
            }
        if (!nl) break;
        if (!kbh_edge_para(s + *st, (size_t)(nl - (s + *st)))) break;
        *st = (size_t)(nl - s) + 2;
    }
}

static int emit_container(hpage *pg, int32_t root, uint16_t removed, kb_arena *a, kbc_page *out)
{
    hnode *n = pg->n;
    emitter e;
    memset(&e, 0, sizeof e);
    e.last_blk = -1;
    int32_t end = n[root].end;
    for (int32_t i = root; i < end; i++) {
        hnode *h = &n[i];
        if (h->flags & removed) {
            i = h->end - 1;
            continue;
        }
        if (h->tag == T_TEXT) {
            if (h->len) emit_text(&e, h->blk, h->text);
            /* a blank between two inline elements of one block separates their words:
             * "<a>Pakistan</a> <a>Afghanistan</a>", "<b>three</b> <i>soldiers</i>" */
            else if (h->text && h->text[0] && h->blk == e.last_blk) e.pending_sp = 1;
            continue;
        }
        if (h->tag == T_BR) {
            if (e.pending_nl < 1) e.pending_nl = 1;
            else e.pending_nl = 2;
            continue;
        }
        if (skip_in_output(h, i, root)) {
            i = h->end - 1;
            continue;
        }
    }
    end_para(&e);
    while (e.b.len && (e.b.data[e.b.len - 1] == '\n' || e.b.data[e.b.len - 1] == ' ')) e.b.len--;
    int rc = KB_OK;
    if (e.oom) rc = KB_ENOMEM;
    else {
        size_t st = 0, en = e.b.len;
        trim_edges(e.b.data, &st, &en);
        drop_title_line(e.b.data, &st, en, out->title);
        char *t = kb_arena_strndup(a, e.b.data ? e.b.data + st : "", en - st);
        if (!t) rc = KB_ENOMEM;
        else {
            out->text = t;
            out->text_len = en - st;
        }
    }
    kbu_buf_free(&e.b);
    return rc;
}

int kbh_body_extract(hpage *pg, kb_arena *a, kbc_page *out)
{
    if (pg->count == 0) return KB_OK;
    classify(pg);
    float prose_all = 0;
    int32_t best = -1;
    for (int pass = 0; pass < 2; pass++) {
        measure(pg, HF_HARD);
        prose_all = pg->n[0].good;
        remove_cues(pg, pass == 0 ? GUARD : GUARD_RETRY);
        measure(pg, HF_HARD | HF_CUE);
        best = select_container(pg);
        /* cue removal ate most of the prose: try again trusting text alone */
#ifdef KBH_DEBUG
        fprintf(stderr, "pass %d best #%d good=%.0f all=%.0f\n", pass, best, best >= 0 ? pg->n[best].good : 0, prose_all);
#endif
        if (pass == 0 && best >= 0 && pg->n[best].good < 0.1f * prose_all && pg->n[best].good < 300)
            continue;
        break;
    }
#ifdef KBH_DEBUG
    for (int32_t i = 0; i < pg->count; i++) {
        hnode *h = &pg->n[i];
        if (h->tag == T_TEXT || h->tag == T_SKIP || !(h->good > 0 || (h->flags & (HF_CUE | HF_NEG))))
            continue;
        if (h->flags & HF_HARD) continue;
        if (h->parent >= 0 && (pg->n[h->parent].flags & HF_CUE)) continue;
        int d = 0;
        for (int32_t p = h->parent; p >= 0; p = pg->n[p].parent) d++;
        const char *c = h->cls, *id = h->id;
        fprintf(stderr, "%*s%s%s #%d %s.%.60s#%.30s good=%.0f bad=%.0f len=%u link=%u%s%s\n", d > 40 ? 40 : d, "",
                i == best ? "**" : "", (h->flags & HF_CUE) ? "[CUT]" : "", i, h->name, c ? c : "", id ? id : "",
                h->good, h->bad, h->len, h->link, (h->flags & HF_GOOD) ? " P" : "", (h->flags & HF_NEG) ? " NEG" : "");
    }
#endif
    if (best < 0) return KB_OK;
    /* a paragraph is not a container: take the element around it */
    while (best > 0 && pg->n[best].parent >= 0 && is_leaf_block(pg->n[best].tag)) best = pg->n[best].parent;
    if (pg->n[best].good == 0) best = pg->body > 0 ? pg->body : 0; /* no prose: keep it all */
    return emit_container(pg, best, HF_HARD | HF_CUE, a, out);
}
