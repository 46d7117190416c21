/*
 * html_int.h -- private declarations shared by the HTML cleaner's files
 * (html.c entry + parse into the node array, html_lex.c boilerplate cues,
 * html_body.c main-text selection, html_meta.c metadata).
 *
 * libxml2's SAX events are turned into an array of hnode in document
 * (pre)order, the nodes libxml2's tree would have (html.c); a node's
 * subtree is the index range [i, end). Every later pass
 * is a forward or backward loop over that array, so no walk recurses and a
 * page nested 100,000 levels deep costs no stack.
 */
#ifndef KB_HTML_INT_H
#define KB_HTML_INT_H

#include "kb_internal.h"
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* Tags the cleaner cares about; everything else is T_OTHER (inline). */
enum {
    T_OTHER = 0, T_TEXT, T_SKIP, /* comment, PI... */
    T_HTML, T_HEAD, T_BODY, T_TITLE, T_META, T_LINK, T_SCRIPT, T_STYLE, T_NOSCRIPT,
    T_TEMPLATE, T_IFRAME, T_SVG, T_MATH, T_CANVAS, T_OBJECT, T_EMBED, T_VIDEO, T_AUDIO,
    T_PICTURE, T_IMG, T_SOURCE,
    T_INPUT, T_BUTTON, T_SELECT, T_TEXTAREA, T_OPTION, T_LABEL, T_FORM, T_FIELDSET,
    T_NAV, T_ASIDE, T_FOOTER, T_HEADER, T_MENU, T_DIALOG,
    T_FIGURE, T_FIGCAPTION,
    T_P, T_DIV, T_SECTION, T_ARTICLE, T_MAIN, T_BLOCKQUOTE, T_PRE, T_ADDRESS, T_CENTER,
    T_UL, T_OL, T_LI, T_DL, T_DT, T_DD,
    T_TABLE, T_TBODY, T_THEAD, T_TFOOT, T_TR, T_TD, T_TH, T_CAPTION,
    T_H1, T_H2, T_H3, T_H4, T_H5, T_H6, T_HGROUP,
    T_BR, T_HR, T_A, T_TIME, T_DETAILS, T_SUMMARY,
    T_NTAGS
};

/* hnode.flags */
enum {
    HF_BLOCK = 1u << 0,    /* starts a new paragraph */
    HF_HARD = 1u << 1,     /* removed by tag or hidden: never text */
    HF_CUE = 1u << 2,      /* removed by a boilerplate class/id/role cue */
    HF_INLINK = 1u << 3,   /* inside <a href> */
    HF_POS = 1u << 4,      /* class/id carries a content cue */
    HF_NEG = 1u << 5,      /* class/id carries a boilerplate cue */
    HF_GOOD = 1u << 6,     /* block whose own text reads like prose */
    HF_SKIPOUT = 1u << 7,  /* dropped from the output (link list, title...) */
    HF_NOISE = 1u << 8,    /* class/id carries a weak cue (byline, caption...) */
    HF_SNEG = 1u << 9      /* boilerplate by tag or ARIA role (nav, footer...) */
};

typedef struct hnode {
    const char *text;      /* text node: its content (NUL-terminated); else NULL */
    const xmlChar *name;   /* element name (libxml2's dictionary) */
    const char **atts;     /* name/value pairs, NULL-ended: kept on the elements
                            * html_meta.c reads (html, meta, link, time, itemprop) */
    uint32_t c0, c1;       /* element: its text content is hpage.all[c0, c1) */
    const char *cls, *id, *role, *itemprop; /* attributes, read once (NULL if absent) */
    int32_t parent, end, blk; /* blk: nearest block ancestor-or-self */
    uint16_t tag, flags;
    uint8_t kcls, kid; /* cue verdicts the pre-filter took from class / id (html.c) */
    uint32_t len;    /* text node: collapsed length; element: text in subtree (kept) */
    uint32_t link;   /* link text in subtree (kept) */
    uint32_t raw;    /* text in subtree before cue removal */
    uint32_t punct;  /* text node: punctuation marks; element: in subtree */
    uint32_t plen, plink, ppunct; /* block: its own paragraph text (not nested blocks) */
    float good, bad; /* subtree sums of prose / other text */
    float wgood;     /* prose weighted by how clustered it is (selection) */
    uint32_t ngood;  /* prose blocks in subtree */
    uint32_t ncards; /* <article> children holding one prose block and links (teasers) */
} hnode;

typedef struct hpage {
    hnode *n;
    int32_t count, cap;
    int32_t body;              /* index of <body> (or root) */
    /* first text child of each <script type=application/ld+json> (NULL if none) */
    const char **ld;  int64_t *ld_off;  int32_t n_ld, cap_ld;
    /* every text and CDATA node of the tree, in document order, each
     * NUL-terminated (cut at its first NUL, as C readers of the node see it) */
    kbu_buf all;
    kb_arena *pool;            /* attribute values */
    void *ctxt, *doc;          /* libxml2 parser context and document (names) */
    const char *ld_body;       /* JSON-LD articleBody, if any (malloc'd copy) */
    size_t ld_body_len;
} hpage;

/* html.c */
int kbh_tag_of(const xmlChar *name);
const char *kbh_attr(const hnode *h, const char *name); /* no copy; NULL if absent */
/* An element's text content (all text below it, script and all), malloc'd. */
char *kbh_node_content(const hpage *pg, const hnode *h);

/* html_lex.c: the cue lexicon (lexicon/html_boilerplate.txt), loaded once. */
enum { CUE_NONE = 0, CUE_NEG = 1, CUE_POS = 2, CUE_NOISE = 4 };
int kbh_cues_init(void); /* KB_OK, or KB_ENOMEM; thread-safe, idempotent */
/* Classify a class/id/role string: OR of CUE_* flags. */
int kbh_cues_classify(const char *s);
/* The same, remembering the verdict of each class name in m (one page). */
#define KBH_NAME_MEMO 2048
typedef struct kbh_name_memo {
    uint64_t key[KBH_NAME_MEMO];
    int8_t val[KBH_NAME_MEMO];
} kbh_name_memo;
int kbh_cues_classify_memo(const char *s, kbh_name_memo *m);
/* Is this whole paragraph (already trimmed) a boilerplate line to drop? */
int kbh_drop_para(const char *s, size_t n);
/* Is this short paragraph a promotion/notice phrase ([edge])? */
int kbh_edge_para(const char *s, size_t n);

/* html_body.c */
int kbh_body_extract(hpage *pg, kb_arena *a, kbc_page *out);

/* html_meta.c */
int kbh_meta_extract(xmlDoc *doc, hpage *pg, const char *url, kb_arena *a, kbc_page *out);
/* Is this <meta> key (property/name/itemprop value, n bytes) one the
 * metadata reads? The pre-filter (html.c) drops the attributes of the others. */
int kbh_meta_key_wanted(const char *key, size_t n);

/* shared small helpers */
static inline int kbh_is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

#endif
