/*
 * coder.c -- the event coder: sentence -> clauses -> (source, verb pattern, target).
 *
 * No parser. For each sentence:
 *   1. tokens (kbl_tokenize) with their normalised ids (stem cache per coder);
 *   2. actor mentions: longest phrases of the lexicon trie; pronouns and "the group"
 *      resolved against earlier mentions of the article; then composition: a state next
 *      to an agent ("Pakistani troops" PAKMIL, "the government of Afghanistan" AFGGOV),
 *      titles and appositions ("Defence Minister Khawaja Asif", "Kakar, the prime
 *      minister,"; a title outranks a known person's dated role, "former" makes ELI), a
 *      person's possessive ("Putin's government" RUSGOV) and state ("Kagame of Rwanda"),
 *      a title before an unknown name taking its state from the context
 *      ("President Omar al-Bashir ... in Sudan"), and coordination ("Pakistan and
 *      Afghanistan") into groups;
 *   3. verb patterns (lexicon/verbs.txt), longest first, with target slots and gaps;
 *   4. per pattern: governors ("urged X to curb": the curbing is not an act; "plans to
 *      visit": an intent), modality (will, could -> intent codes, threats), negation,
 *      questions and conditionals (nothing), passives ("were killed by X"), nominal
 *      events ("an attack on X", "Israeli shelling"), reported speech ("the ministry said
 *      militants attacked" codes the attack; "Kabul says Pakistan bombed" is an
 *      accusation), suppression after deny/accuse, source by left scan within the clause
 *      (shared subjects across "and"), target by slot or right scan;
 *   5. events for every source x target of the groups (both ways for mutual acts with a
 *      joint subject), never a default code, never an event without a named actor;
 *   6. an attack with no named attacker: a pass of its own (agentless()) codes it with the
 *      victims as target when the clause pass coded no violent act in the sentence.
 * Per article: events recalled with an earlier year ("invaded Afghanistan in 2001") are
 * marked historical with their own date; articles about sport or entertainment (cue
 * words of verbs.txt %sport) give no conflict events.
 */
#include "code/kbe.h"
#include "annotate/geo.h"

#include <ctype.h>
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TOKS 320
#define MAX_MENTIONS 128
#define MAX_VERBS 96
#define CACHE_BITS 17
#define MAX_SENT_EVENTS 64

typedef struct tokinfo {
    uint32_t s, e; /* absolute byte offsets */
    int32_t id;
    uint8_t kind, cap, allcaps;
    int16_t men;  /* mention index or -1 */
    int16_t verb; /* verb match index or -1 */
    int8_t tadv;  /* time_adverbial at this token, -1 not yet known (match_el asks often) */
    uint16_t lh;  /* hash of low (word_hash), for the word-list filters of is_any */
    char low[20];
} tokinfo;

typedef struct mention {
    int s, e;
    kbl_kind kind;
    const char *code, *country, *role, *name;
    const char *home; /* a group's home country (TTP: PAK) */
    int group, dead, pronoun, plural, pair;
    int people;  /* a plural demonym ("Palestinians", "Iraqis"): the people, not the state */
    int capital; /* a capital as metonymy ("Islamabad said"): the state, its government as an actor */
    int titled;  /* a title with a name the lexicon does not know ("President Laurent Gbagbo") */
    int ctx;     /* its country taken from the context (the sentence's one state, the article's) */
    int unitpair; /* one of "the two forces" standing for the last two named units */
    int national; /* a land's own body the lexicon lacks ("the National Human Rights Commission") */
    int recalled; /* its state from the same noun named before with one ("the drivers" after
                   * "Senegalese lorry drivers"), not from a place */
} mention;

typedef struct vmatch {
    int s, e;
    const kbl_pattern *p;
    int star;      /* mention at the * slot, -1 */
    int src, tgt;  /* mention (group heads), -1 */
    int done;      /* 1 coded, -1 dropped */
    int governs;   /* 1: ends in / is followed by "to" */
    int inner;     /* a mention inside the pattern's gap ("closed the Afghan border"), -1 */
    int nominal;
    int passive; /* "X was attacked by Y": X, the clause's subject, is the target */
    int absorbed; /* a protest's demand that named whom the protest addressed: no event of its own */
} vmatch;

typedef struct cache_ent {
    char w[28];
    uint8_t len, used;
    int32_t id;
} cache_ent;

typedef struct memory {
    kb_actor person, state, state2, group, unit, unit2, any, plural, igo, regional, body;
    int has_person, has_state, has_group, has_unit, has_unit2, has_any, has_plural, has_igo, has_regional, has_body;
    size_t igo_cut; /* the body's code without its role ("UN peacekeepers": IGOUNO), else 0 */
    int t_person, t_any, t_plural; /* the sentence each was last named in */
    int any_many;                  /* any is people named by a plural noun ("teachers"): no "it" */
    int any_one;                   /* any is one person ("a community leader"): no "they" */
} memory;

struct kb_coder {
    kbl_lexicon *lx;
    int owns_lx;
    struct sb_stemmer *stem;
    cache_ent *cache;
    size_t cache_used;
    kbl_tok rawtok[MAX_TOKS];
    tokinfo tok[MAX_TOKS];
    int nt;
    int apos; /* the sentence has an apostrophe of its own (plural_possessives) */
    mention men[MAX_MENTIONS];
    int nm;
    vmatch vm[MAX_VERBS];
    int nv;
    /* per document */
    kb_event *ev;
    size_t nev, cap_ev;
    kb_span *aspan; /* the article's actor names that are no places (kb_doc.actor_spans) */
    size_t naspan, cap_aspan;
    memory mem;
    int32_t date;  /* YYYYMMDD or 0 */
    int doc_year_max;
    int sport_hits, hard_hits, doc_words;
    int sport_ids[3], nsport_ids; /* the first distinct cue words: one word is no topic */
    int cur_sent;
    int paren; /* a bracket in the sentence (find_mentions): an acronym may be defined */
    int generic_sent; /* the last sentence a kind of act ("attacks on peacekeepers may ...") was read in */
    /* states named in the article so far: the dominant one gives bare state organs a country */
    char scode[32][4];
    int scount[32], nstates;
    int dl_counted; /* a dateline's city counted for its state (kill_modifiers) */
    kb_arena *arena; /* the document's */
    const char *text;
    size_t text_len;
    int bytewise; /* kbe_tokens_bytewise: no 8-byte path in tokenize */
    int agentless; /* emitting an attack with no named attacker (agentless()) */
    /* abbreviations the article defines: "the Arakan Army (AA)", then "The AA said" */
    struct {
        char low[20];
        int32_t actor;
        int word; /* a name's own word, not an acronym: "the Transformers party", then "The Transformers" */
        int initials; /* never defined, only the initials of a group the article named */
        const char *country; /* a state organ's state its name was told with ("Panama's ..."), or NULL */
    } abbr[16];
    int nabbr;
    /* the home countries of the groups the article named ("Viv Ansanm": HTI) */
    struct {
        const char *code, *home;
    } homes[16];
    int nhomes;
    /* the country of people of a kind the article named with it ("Israeli settlers", "Afghan
     * refugees"): later bare "settlers", "the refugees" are theirs */
    struct {
        const char *role, *country;
    } kin[8];
    int nkin;
    const char *vessel; /* the state of the civilian boat the article named last ("a Chinese fishing boat") */
    kb_actor folk_group; /* the people the article named last as "a group of" them ("a group of Indonesians") */
    kb_actor tally[9]; /* the people last named with the count two .. ten ("four Liberian farmers"); code NULL: none */
    /* ... and the people or organ a definite noun names again ("The Sri Lankan Navy ... the navy",
     * "14 fishermen from Rameswaram ... the fishermen"): by the noun itself */
    struct {
        char head[16];
        const char *role, *country;
        const char *group; /* a group's own force ("Abkhaz border guards ... the border guards") */
        int weak; /* a service a member of it was named by ("a Guatemalan navy sailor"): used
                   * only when the article's leading state gives the noun none */
    } heads[16];
    int nheads;
    /* the surnames of the titled people the article named with no entry of the lexicon: "Army
     * spokesman Major General Lul Ruai Koang", then "Koang accused ..." */
    struct {
        char low[20];
        const char *code, *name, *country, *role;
        kbl_kind kind;
    } sur[16];
    int nsur;
    int joint;       /* emit_groups is emitting a joint subject's act both ways */
    int self;        /* ... or one plural people's act among themselves ("the tribes agreed") */
    int hint;        /* the slot of scode the places' country holds (kb_doc.country_hint), -1 */
    int32_t then;    /* the past date this sentence tells of ("in May 2008"), for its bodies; 0 */
    char land[4];    /* the places' country for the whole article ("" if none) */
    char dl_land[4]; /* the country of the dateline's town opening the text ("MEDYKA, Poland, March
                      * 14 (Wire) -"), "" if none */
    const struct kb_place_ref *prefs; /* the towns and provinces of the text (kb_doc.place_refs) */
    size_t nprefs;
    int32_t gang_ids[3]; /* the stems of "gang", "cartel", "militia" (gang_ids_set: looked up) */
    int gang_ids_set;
    kb_actor sayer; /* who last said something (a state, group or body), for "It said" */
    kb_actor stmt;  /* who last spoke "in a statement" (stmt_sent: in which sentence), for "The statement" */
    int stmt_sent;
    int has_sayer;
    int sayer_sent; /* the sentence the sayer spoke in */
    kb_actor lead;  /* the subject of the last sentence's first act (a state or body), for "It also" */
    kb_actor lead_t; /* ... when that subject was a named office holder ("RPP chairman Rajendra
                      * Lingden"), for "He" */
    int lead_tsent;  /* ... and its sentence, -1 */
    kb_actor subj;   /* the named subject opening the last sentence, acting or not ("RED-Tabara,
                      * which is based in ..., has been fighting ..."), for "its fighters" */
    int subj_sent;   /* ... and its sentence, -1 */
    kb_actor psubj;  /* the plural body opening the last sentence ("The marines detained ..."), for
                      * a "They" opening the next */
    int psubj_sent;  /* ... and its sentence, -1 */
    kb_actor lone;   /* the last one person a state's adjective and a noun named ("an Estonian
                      * fisherman"), for a later "the man", "the fisherman" */
    int lone_sent;   /* ... and its sentence, -1 */
    int lead_sent;  /* the sentence it acted in, -1 */
    const char *lead_country; /* the state of that sentence's first actor, whoever it was */
    int lead_csent;           /* ... and its sentence, -1 */
    kb_actor pair[2]; /* the two parties of the article's last "talks between X and Y" */
    int has_pair;
    int pending;     /* the events emit adds now await their target from answered_targets */
    size_t pend[16]; /* such events of the article */
    int npend;
};

/* ------------------------------------------------------------ setup */

kb_coder *kb_coder_new(const char *lexicon_dir, kb_err *err)
{
    kb_coder *c = calloc(1, sizeof *c);
    if (!c) {
        kb_err_set(err, KB_ENOMEM, "coder: out of memory");
        return NULL;
    }
    c->lx = kbl_load(lexicon_dir, NULL, err);
    c->owns_lx = 1;
    c->stem = kbl_stemmer_new();
    c->cache = calloc((size_t)1 << CACHE_BITS, sizeof *c->cache);
    if (!c->lx || !c->stem || !c->cache) {
        if (c->lx && (!c->stem || !c->cache)) kb_err_set(err, KB_ENOMEM, "coder: out of memory");
        kb_coder_free(c);
        return NULL;
    }
    return c;
}

kb_coder *kb_coder_clone(const kb_coder *base, kb_err *err)
{
    kb_coder *c = calloc(1, sizeof *c);
    if (c) {
        c->lx = base->lx;
        c->stem = kbl_stemmer_new();
        c->cache = calloc((size_t)1 << CACHE_BITS, sizeof *c->cache);
    }
    if (!c || !c->stem || !c->cache) {
        kb_err_set(err, KB_ENOMEM, "coder: out of memory");
        kb_coder_free(c);
        return NULL;
    }
    return c;
}

void kb_coder_free(kb_coder *c)
{
    if (!c) return;
    if (c->owns_lx) kbl_free(c->lx);
    kbl_stemmer_free(c->stem);
    free(c->cache);
    free(c->ev);
    free(c->aspan);
    free(c);
}

const kbl_lexicon *kbe_lexicon(const kb_coder *c) { return c->lx; }
void kbe_tokens_bytewise(kb_coder *c, int on) { c->bytewise = on; }

/* ------------------------------------------------------------ tokens */

/* ASCII classes (the program runs in the C locale, so these are exactly what
 * islower/isupper/tolower say; every byte >= 0x80 is neither) */
enum { CT_LOWER = 1, CT_UPPER = 2 };
static const uint8_t CT[256] = {
#define R8(x) x, x, x, x, x, x, x, x
    [0x41] = R8(CT_UPPER), [0x49] = R8(CT_UPPER), [0x51] = R8(CT_UPPER), [0x59] = CT_UPPER, CT_UPPER,
    [0x61] = R8(CT_LOWER), [0x69] = R8(CT_LOWER), [0x71] = R8(CT_LOWER), [0x79] = CT_LOWER, CT_LOWER,
#undef R8
};

/* ASCII lower case of a byte (tolower in the C locale) */
static const uint8_t LOWER[256] = {
#define R4(x) x, x + 1, x + 2, x + 3
#define R16(x) R4(x), R4(x + 4), R4(x + 8), R4(x + 12)
    R16(0x00), R16(0x10), R16(0x20), R16(0x30),
    0x40, 0x61, 0x62, 0x63, R4(0x64), R4(0x68), R4(0x6C), /* @ A-O */
    R4(0x70), R4(0x74), 0x78, 0x79, 0x7A, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F, /* P-Z [ \ ] ^ _ */
    R16(0x60), R16(0x70),
    R16(0x80), R16(0x90), R16(0xA0), R16(0xB0), R16(0xC0), R16(0xD0), R16(0xE0), R16(0xF0),
#undef R16
#undef R4
};

/* The hash of a lowercase form as tokinfo.low holds it: its first 19 bytes, zero-padded to
 * 20 (low[] is zero past the key), mixed in three loads: the stem cache's key hash and,
 * folded to 16 bits (low_fold), the word-list filters' (only the coder's own tables use it).
 * Equal keys give equal hashes however they were written into low[]. */
static inline uint64_t low_mix(uint64_t h)
{
    h ^= h >> 31;
    h *= 0xD6E8FEB86659FD93ull;
    return h ^ h >> 32;
}
static inline uint64_t low_hash(const char *low)
{
    uint64_t a, b;
    uint32_t d;
    memcpy(&a, low, 8), memcpy(&b, low + 8, 8), memcpy(&d, low + 16, 4);
    if (!(b | d)) return low_mix(a * 0x9E3779B97F4A7C15ull);
    return low_mix(a * 0x9E3779B97F4A7C15ull ^ b * 0xC2B2AE3D27D4EB4Full ^ d * 0x165667B19E3779F9ull);
}
/* low_hash of a key of at most 8 bytes, given as the first 8 bytes of low[] in one word */
static inline uint64_t low_hash8(uint64_t a) { return low_mix(a * 0x9E3779B97F4A7C15ull); }
static inline uint16_t low_fold(uint64_t h) { return (uint16_t)(h >> 40); }
static inline uint16_t word_hash(const char *k, size_t n)
{
    char b[20] = {0};
    memcpy(b, k, n < sizeof b - 1 ? n : sizeof b - 1);
    return low_fold(low_hash(b));
}

/* The id of a token: low[0..ll) is its cache key (lower case, an acronym marked by a
 * final \1; ll = 0: not cached), h the key's hash; w[0..n) the token as written. */
static int32_t norm_id(kb_coder *c, const char *w, size_t n, const char *low, size_t ll, uint64_t h)
{
    if (ll > 0 && ll < sizeof c->cache[0].w) {
        size_t m = ((size_t)1 << CACHE_BITS) - 1, i = (size_t)h & m;
        for (int probe = 0; probe < 8; probe++, i = (i + 1) & m) {
            cache_ent *e = &c->cache[i];
            if (!e->used) {
                if (c->cache_used * 2 > m) break; /* full enough: compute without caching */
                char buf[128];
                size_t k = kbl_norm(c->stem, w, n, buf, sizeof buf);
                e->id = kbl_token_id(c->lx, buf, k);
                memcpy(e->w, low, ll);
                e->len = (uint8_t)ll;
                e->used = 1;
                c->cache_used++;
                return e->id;
            }
            if (e->len == ll) {
                size_t q = 0;
                while (q < ll && e->w[q] == low[q]) q++;
                if (q == ll) return e->id;
            }
        }
        if (c->cache_used * 2 > m) { /* reset a full cache */
            memset(c->cache, 0, ((size_t)1 << CACHE_BITS) * sizeof *c->cache);
            c->cache_used = 0;
        }
    }
    char buf[128];
    size_t k = kbl_norm(c->stem, w, n > 120 ? 120 : n, buf, sizeof buf);
    return kbl_token_id(c->lx, buf, k);
}

/* norm_id's first probe, inline: most tokens are found there (id set, 1). low is a
 * tokinfo's low[] (20 bytes), zero past the key (tokenize clears it), and so is a cached
 * word past its length (entries start zeroed and are written once): equal lengths and
 * equal first 20 bytes are equal keys, compared in three loads a side. */
_Static_assert(sizeof ((tokinfo *)0)->low == 20, "cache_first compares 20 bytes of low[]");
static inline int cache_first(const kb_coder *c, const char *low, size_t ll, uint64_t h, int32_t *id)
{
    if (ll == 0 || ll >= sizeof c->cache[0].w) return 0;
    const cache_ent *e = &c->cache[(size_t)h & (((size_t)1 << CACHE_BITS) - 1)];
    if (!e->used || e->len != ll) return 0;
    uint64_t a0, a1, b0, b1;
    uint32_t a2, b2;
    memcpy(&a0, e->w, 8), memcpy(&a1, e->w + 8, 8), memcpy(&a2, e->w + 16, 4);
    memcpy(&b0, low, 8), memcpy(&b1, low + 8, 8), memcpy(&b2, low + 16, 4);
    if ((a0 ^ b0) | (a1 ^ b1) | (a2 ^ b2)) return 0;
    *id = e->id;
    return 1;
}

/* The lowercase form of an ASCII word of up to 8 bytes at w (wl of them), in one step:
 * the 8 bytes with A-Z lowered and zero past the word into *low, the CT classes met into
 * *cls. 0 when a byte is >= 0x80 (the byte loop of tokenize handles those). Needs 8
 * readable bytes at w (those past the word are masked off) and a little-endian machine.
 * Per byte b < 0x80: b + 0x3F has its high bit set iff b >= 'A', b + 0x25 iff b > 'Z'
 * (b + 0x1F and b + 0x05: 'a', 'z'); no sum carries into the next byte.
 * tests/unit/test_code_tokens.c checks tokenize's two paths against each other. */
static inline int low_ascii8(const unsigned char *w, size_t wl, uint64_t *low, unsigned *cls)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x80 * ones;
    uint64_t x;
    memcpy(&x, w, 8);
    x &= ~0ull >> (64 - 8 * wl);
    if (x & high) return 0;
    uint64_t up = (x + 0x3F * ones) & ~(x + 0x25 * ones) & high;
    uint64_t lo = (x + 0x1F * ones) & ~(x + 0x05 * ones) & high;
    *low = x | up >> 2;
    *cls = (up ? CT_UPPER : 0) | (lo ? CT_LOWER : 0);
    return 1;
}

static void tokenize(kb_coder *c, const char *text, uint32_t off, size_t n)
{
    size_t nt = kbl_tokenize(text + off, n, c->rawtok, MAX_TOKS);
    c->nt = (int)nt;
    c->apos = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const int le = 1;
#else
    const int le = 0;
#endif
    for (size_t i = 0; i < nt; i++) {
        tokinfo *t = &c->tok[i];
        t->s = off + c->rawtok[i].s;
        t->e = off + c->rawtok[i].e;
        t->kind = c->rawtok[i].kind;
        t->men = -1;
        t->verb = -1;
        t->tadv = -1;
        const unsigned char *w = (const unsigned char *)text + t->s;
        size_t wl = t->e - t->s, ll = 0, j = 0;
        unsigned cls = 0;
        uint64_t x8, h;
        memset(t->low, 0, sizeof t->low); /* zero past the key, for cache_first and low_hash */
        if (le && wl <= 8 && t->s + 8 <= c->text_len && !c->bytewise && low_ascii8(w, wl, &x8, &cls)) {
            memcpy(t->low, &x8, 8);
            ll = j = wl;
            h = low_hash8(x8);
        } else {
            /* lowercase form for function words (its first 19 bytes): ASCII and most UTF-8
             * byte by byte, a curly apostrophe -> ' */
            for (; j < wl && ll + 1 < sizeof t->low; j++) {
                unsigned char b = w[j];
                cls |= CT[b];
                if (b == 0xE2 && j + 2 < wl && w[j + 1] == 0x80 && w[j + 2] == 0x99) {
                    b = '\'';
                    j += 2;
                } else {
                    b = LOWER[b];
                }
                t->low[ll++] = (char)b;
            }
            for (; j < wl; j++) cls |= CT[w[j]];
            h = low_hash(t->low);
        }
        if (t->kind == KBL_T_PUNCT && t->low[0] == '\'' && !t->low[1]) c->apos = 1;
        /* low[ll] is 0: the memset above */
        t->cap = CT[w[0]] == CT_UPPER ||
                 /* (a Latin capital with a diacritic: "Ábrego", "Óscar", "Ślązak") */
                 (w[0] >= 0xC3 && w[0] <= 0xC5 && wl >= 2 &&
                  (w[0] == 0xC3 ? w[1] >= 0x80 && w[1] <= 0x9E && w[1] != 0x97 : !(w[1] & 1)));
        t->allcaps = (cls & (CT_LOWER | CT_UPPER)) == CT_UPPER;
        if (t->allcaps && wl >= 2 && ll + 1 < sizeof t->low - 1) {
            /* acronyms are normalised without stemming: a cache key of their own */
            t->lh = low_fold(h);
            t->low[ll] = '\1';
            t->id = norm_id(c, (const char *)w, wl, t->low, ll + 1, low_hash(t->low));
            t->low[ll] = '\0';
            continue;
        }
        t->lh = low_fold(h);
        size_t kl = ll < sizeof t->low - 1 ? ll : 0;
        if (!cache_first(c, t->low, kl, h, &t->id)) t->id = norm_id(c, (const char *)w, wl, t->low, kl, h);
    }
}

/* "re-open", "co-operate", "counter-attack": one word when the lexicon knows the joined form
 * (patterns cannot hold a hyphen); the three tokens become one. */
static void join_prefixed(kb_coder *c)
{
    static const char *const PRE[] = {"re", "co", "counter", "pre", NULL};
    /* most sentences have no hyphen at all: nothing to join, nothing to move */
    if (c->nt < 3 || !memchr(c->text + c->tok[0].s, '-', c->tok[c->nt - 1].e - c->tok[0].s)) return;
    int w = 0;
    for (int i = 0; i < c->nt; i++, w++) {
        tokinfo *t = &c->tok[i];
        if (i + 2 < c->nt && t->kind == KBL_T_WORD && c->tok[i + 1].e - c->tok[i + 1].s == 1 &&
            c->text[c->tok[i + 1].s] == '-' && c->tok[i + 1].s == t->e && c->tok[i + 2].s == c->tok[i + 1].e &&
            c->tok[i + 2].kind == KBL_T_WORD) {
            int pre = 0;
            for (const char *const *p = PRE; *p; p++)
                if (!strcmp(t->low, *p)) pre = 1;
            size_t a = strlen(t->low), b = strlen(c->tok[i + 2].low);
            char word[sizeof t->low], buf[64];
            if (pre && a + b < sizeof word) {
                memcpy(word, t->low, a);
                memcpy(word + a, c->tok[i + 2].low, b + 1);
                size_t k = kbl_norm(c->stem, word, a + b, buf, sizeof buf);
                int32_t id = kbl_token_id(c->lx, buf, k);
                if (id >= 0) {
                    tokinfo j = *t;
                    j.e = c->tok[i + 2].e;
                    j.id = id;
                    memcpy(j.low, word, a + b + 1);
                    j.lh = word_hash(word, a + b);
                    c->tok[w] = j;
                    i += 2;
                    continue;
                }
            }
        }
        if (w != i) c->tok[w] = *t;
    }
    c->nt = w;
}

/* "Honduras' foreign ministry", "the two countries' border services", "the rebels' positions":
 * an apostrophe closing a word in s, a lower-case word after it, is the possessive "'s" (not a
 * closing single quote: none opened before it in the sentence; and not inside a name the lexicon
 * spells with it, "the Workers' Party": a capital after it) */
static void plural_possessives(kb_coder *c)
{
    if (!c->apos) return; /* (most sentences have none: no scan) */
    int open = 0;
    for (int i = 1; i + 1 < c->nt; i++) {
        tokinfo *t = &c->tok[i];
        if (t->kind != KBL_T_PUNCT || t->low[0] != '\'' || t->low[1]) continue;
        const tokinfo *p = &c->tok[i - 1], *n = &c->tok[i + 1];
        if (p->e != t->s) { /* (an opening quote: a space before, a word right after) */
            if (n->s == t->e) open = 1;
            continue;
        }
        if (open) {
            open = 0;
            continue;
        }
        size_t pl = strlen(p->low);
        if (p->kind != KBL_T_WORD || !pl || p->low[pl - 1] != 's' || n->s == t->e || n->kind != KBL_T_WORD ||
            n->cap)
            continue;
        memset(t->low, 0, sizeof t->low);
        memcpy(t->low, "'s", 2);
        uint64_t h = low_hash(t->low);
        t->lh = low_fold(h);
        if (!cache_first(c, t->low, 2, h, &t->id)) t->id = norm_id(c, "'s", 2, t->low, 2, h);
        t->kind = KBL_T_WORD;
    }
}

/* Word equality without a call: most words differ in their first two bytes. */
static inline int streq(const char *a, const char *b)
{
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}
static int is_str(const tokinfo *t, const char *w) { return t->low[0] == w[0] && streq(t->low, w); }
/* a head noun remembered as one man, met as his corps ("an Argentine gendarme ... the
 * gendarmes"); not the other way ("the two governments ... the government" is one of them) */
static int head_eq(const char *one, const char *met)
{
    if (streq(one, met)) return 1;
    size_t lo = strlen(one), lm = strlen(met);
    return lo + 1 == lm && met[lm - 1] == 's' && !strncmp(one, met, lo);
}
/* is(t, "word"): a word literal ("" w does not compile for anything else: is_str() takes any
 * string). One that fits low[] with its NUL is compared in one fixed-size memcmp, which the
 * compiler inlines as a few loads: equal bytes up to the literal's NUL are the equal string. */
#define IS_N(w) (sizeof(w) <= sizeof ((tokinfo *)0)->low ? sizeof(w) : 1)
#define is(t, w) (sizeof("" w) <= sizeof ((tokinfo *)0)->low ? !memcmp((t)->low, "" w, IS_N(w)) : is_str((t), (w)))

/* Word lists (NULL-terminated arrays of static storage) are tested many times a
 * sentence: each list met gets a filter of 1024 bits, set by its words' hashes, so
 * most tokens are rejected by one bit test and only the rest compare the strings.
 * The filters belong to the thread (no locks) and are built on first use; a
 * thread that meets more than LIST_SLOTS lists scans the others word by word (with
 * more lists than slots every test of the others would probe all the slots first). */
#define LIST_SLOTS 1024 /* a power of two, well above the lists the coder has (about 300): few
                          * share a first slot */
#define LIST_SHIFT 54    /* 64 - log2(LIST_SLOTS) */
typedef struct list_filter {
    const char *const *list;
    uint64_t bits[16];
} list_filter;
static _Thread_local list_filter list_filters[LIST_SLOTS];

static const list_filter *filter_add(const char *const *ws, size_t i)
{
    for (int probe = 0; probe < LIST_SLOTS; probe++, i = (i + 1) & (LIST_SLOTS - 1)) {
        list_filter *f = &list_filters[i];
        if (f->list == ws) return f;
        if (!f->list) {
            f->list = ws;
            for (const char *const *w = ws; *w; w++) {
                uint16_t h = word_hash(*w, strlen(*w)) & 1023;
                f->bits[h >> 6] |= 1ull << (h & 63);
            }
            return f;
        }
    }
    return NULL;
}

static int in_list(const tokinfo *t, const char *const *ws)
{
    for (; *ws; ws++)
        if (t->low[0] == (*ws)[0] && streq(t->low, *ws)) return 1;
    return 0;
}

/* The filter of a list (NULL: none, scan the words): a loop testing every token against one
 * list looks it up once, for is_in() */
static inline const list_filter *filter_of(const char *const *ws)
{
    size_t i = (size_t)(((uintptr_t)ws >> 3) * 0x9E3779B97F4A7C15ull >> LIST_SHIFT);
    if (list_filters[i].list == ws) return &list_filters[i];
    /* (a list its first slot's owner pushed one on, found without the probing loop) */
    size_t j = (i + 1) & (LIST_SLOTS - 1);
    return list_filters[j].list == ws ? &list_filters[j] : filter_add(ws, i);
}
static inline int is_in(const tokinfo *t, const list_filter *f, const char *const *ws)
{
    if (f && !(f->bits[(t->lh & 1023) >> 6] >> (t->lh & 63) & 1)) return 0;
    return in_list(t, ws);
}
static inline int is_any(const tokinfo *t, const char *const *ws) { return is_in(t, filter_of(ws), ws); }

/* Is one of words among the n tokens before token k, in its clause (no punctuation between)? */
static int clause_word_before(const kb_coder *c, int k, int n, const char *const *words)
{
    for (int j = k - 1; j >= 0 && j >= k - n; j--) {
        if (c->tok[j].kind == KBL_T_PUNCT) return 0;
        if (is_any(&c->tok[j], words)) return 1;
    }
    return 0;
}

static const char *const DETS[] = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                                   "these", "those", "fellow", "both", "neighbouring", "neighboring",
                                   NULL};
static const char *const ADVS[] = {"also", "jointly", "further", "immediately", "again", "repeatedly",
                                   "reportedly", "allegedly", "once", "later", "then", "now", "still",
                                   "already", "strongly", "formally", "publicly", "recently", "even",
                                   "actively", "directly", "swiftly", "quickly", "finally", "just",
                                   "separately", "individually", "briefly", "privately", "secretly",
                                   "have", "has", "had", "been", "not", NULL};
#define AGL_NUM_WORDS "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
static const char *const NUM_WORDS[] = {AGL_NUM_WORDS, NULL};
/* The place of a count word ("two" .. "ten") in NUM_WORDS, -1 for any other token */
static int count_word(const tokinfo *t)
{
    if (!is_any(t, NUM_WORDS)) return -1;
    int w = 0;
    while (NUM_WORDS[w] && strcmp(t->low, NUM_WORDS[w])) w++;
    return NUM_WORDS[w] ? w : -1;
}
_Static_assert(sizeof ((struct kb_coder *)0)->tally / sizeof(kb_actor) + 1 == sizeof NUM_WORDS / sizeof *NUM_WORDS,
               "one tally per count word");
/* weapons that strike from afar, told as the doer ("missiles and drones struck") */
static const char *const WEAPON_NOUNS[] = {"missiles", "rockets", "shells", "bombs", "mortars", "drones",
                                           "jets", "warplanes", "artillery", NULL};
static const char *const MODALS[] = {"will", "would", "could", "may", "might", "shall", "can", "should",
                                     "must", "'ll", "wo", "ca", NULL};
static const char *const NEGS[] = {"not", "never", "n't", "no", "neither", "nor", "without", NULL};
static const char *const BE[] = {"is", "are", "was", "were", "be", "been", "being", "got", "get",
                                 "gets", "getting", "'s", "'re", NULL};
static const char *const STOP_LEFT[] = {"but", "while", "whereas", "although", "though", "because",
                                        "when", "whether", "after", "before", "unless", "if", NULL};
static const char *const STOP_RIGHT[] = {"but", "while", "whereas", "although", "though", "because", "that",
                                         "when", "after", "before", "which", "who", "whom", "as",
                                         "since", "amid", "where", "despite", "unless", "if", "until",
                                         NULL};
/* a protest's purpose that names whom it is against: "to show their disapproval for X" */
static const char *const SHOW[] = {"show", "express", "voice", "register", "vent", "signal", "demonstrate", NULL};
static const char *const DISMAY[] = {"anger", "disapproval", "opposition", "outrage", "displeasure", "frustration",
                                     "dissatisfaction", "discontent", "fury", "indignation", "rejection", NULL};
/* a state's mission abroad ("the Belarusian embassy", "outside the Chinese consulate") */
static const char *const EMBASSY[] = {"embassy", "consulate", NULL};
/* a people's voice that speaks for its own side, not for a state ("the archbishop", "the
 * opposition", "unions"): kept for the article to give its country */
static const char *const VOICES[] = {"REL", "OPP", "LAB", NULL};
/* people's roles: civilians and their trades, not armed men nor a state's organs */
static const char *const PEOPLE_ROLES[] = {"CVL", "EDU", "MED", "LAB", "REL", "REF", "HLH", "AGR", "BUS", NULL};
/* the roles whose protests, demands and threats of protest address their own government */
static const char *const DISSENT_ROLES[] = {"CVL", "OPP", "EDU", "LAB", "MED", "BUS", "REL", "REF", "PTY", "JUD",
                                            "LEG", "HLH", "AGR", "CRM", "ELI", "ENV", NULL};
static const char *const PLACE_PREP[] = {"in", "inside", "near", "at", "across", "within", "along", NULL};
/* people hurt in a passive that a "when" clause goes on to tell the act of ("were injured when") */
static const char *const HURT_PP[] = {"injured", "wounded", "hurt", "killed", "martyred", "slain", NULL};

/* the days of the week */
static const char *const DAYS[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                   NULL};

/* the men of a force named after them ("Soldiers of the UPDF", "Agents of Panama's ...") */
static const char *const MEN_OF_WORDS[] = {"soldiers", "troops", "officers", "policemen", "guards", "gendarmes",
                                           "agents", NULL};

/* ordinals before one of the nouns below ("a third Moroccan man", later "the third man") */
static const char *const ORDINAL[] = {"second", "third", "fourth", "fifth", NULL};
/* nouns of one person of no office ("an Estonian fisherman", later "the man") */
static const char *const LONE[] = {"man", "woman", "fisherman", "hunter", "farmer", "shepherd", "herder", "citizen",
                                   "national", "tourist", "trader", "driver", "teenager", "boy", "girl", "sailor",
                                   "pilot", "student", "worker", "businessman", "activist", NULL};

/* words of a response to an earlier act ("vowed a tough response", "would retaliate") */
static const char *const RESPOND[] = {"respond", "response", "retaliate", "retaliation", "revenge",
                                      "avenge", "reprisal", "reprisals", "hunt", NULL};
static const char *const GROUP_NOUNS[] = {"group", "movement", "militia", "organisation", "organization",
                                          "alliance", "faction", "outfit", "network", "coalition", NULL};

/* A describing apposition closed by the comma at close: "X, a separatist group banned by
 * Pakistan, said ...", "X, an Iran-backed militia, attacked ...". Returns the index of its
 * opening comma (right after a live mention, before "a", "an" or "one"), or -1. No ';', ':'
 * or other comma inside, at most 28 tokens ("X, a group that Indian security officials describe
 * as a front for the Pakistan-based Y, claimed" runs to 21). */
static int appos_open(const kb_coder *c, int close)
{
    if (close < 3 || close >= c->nt || !is(&c->tok[close], ",")) return -1;
    for (int a = close - 2; a > 0 && a >= close - 28; a--) {
        const tokinfo *t = &c->tok[a];
        if (is(t, ";") || is(t, ":") || is(t, "(") || is(t, ")")) return -1;
        if (!is(t, ",")) continue;
        int m = c->tok[a - 1].men, k = a - 1;
        /* "The Arakan Army (AA), the ...": over the name's abbreviation */
        if (m < 0 && a >= 5 && is(&c->tok[a - 1], ")") && is(&c->tok[a - 3], "(")) m = c->tok[k = a - 4].men;
        /* "The JNIM group, al-Qaeda's branch in the Sahel,": a head noun after the name */
        if (m < 0 && a >= 2 && is_any(&c->tok[a - 1], GROUP_NOUNS)) m = c->tok[k = a - 2].men;
        if (m < 0 || c->men[m].dead || c->men[m].e != k + 1) return -1;
        if (is(&c->tok[a + 1], "a") || is(&c->tok[a + 1], "an") || is(&c->tok[a + 1], "one")) return a;
        /* "Hezbollah leader Naim Qassem, in a televised speech on Monday evening, rejected": an
         * aside of circumstance naming no one */
        if (is(&c->tok[a + 1], "in") || is(&c->tok[a + 1], "during") || is(&c->tok[a + 1], "speaking") ||
            is(&c->tok[a + 1], "addressing")) {
            int named = 0;
            for (int q = a + 2; q < close && !named; q++) named = c->tok[q].men >= 0 && !c->men[c->tok[q].men].dead;
            if (!named) return a;
        }
        /* "The Arakan Army, the ethnic armed group that controls most of Rakhine, accused": a
         * "the" phrase naming no one (not a list's next member, "Pakistan, the US and China") */
        if (is(&c->tok[a + 1], "the")) {
            int named = 0;
            for (int q = a + 2; q < close && !named; q++) {
                int qm = c->tok[q].men;
                /* (the name's own group again is no other: "Los Chapitos, the faction led by") */
                named = (qm >= 0 && !c->men[qm].dead && c->men[qm].kind != KBL_AGENT && q < a + 4 &&
                         !(c->men[qm].code && c->men[m].code && !strcmp(c->men[qm].code, c->men[m].code))) ||
                        is(&c->tok[q], "and") || is(&c->tok[q], "or");
            }
            if (!named) return a;
        }
        /* ... or a possessive one naming what the group is to another ("al-Qaeda's branch") */
        for (int q = a + 1; q < close && q < a + 5; q++)
            if (is(&c->tok[q], "'s") && (k < a - 1 || c->men[m].kind == KBL_GROUP)) return a;
        return -1;
    }
    return -1;
}
static const char *const PREPS[] = {"of", "against", "in", "at", "on", "from", "with", "for", "to", "into",
                                    "over", "about", "toward", "towards", "inside", "near", "across",
                                    "within", "along", "between", "among", "under", "through", "above",
                                    "below", "outside", "beyond", "behind", NULL};
static const char *const REDUCED_NEXT[] = {"in", "at", "on", "from", "off", "over", "during", "near", "after", "for", "by",
                                           "since", "when", "across", "along", "inside", "outside", "last",
                                           "earlier", "yesterday", "today", ",", ".", NULL};
static const char *const IRR_PAST[] = {"met", "held", "struck", "fought", "shot", "sent", "gave", "took",
                                       "brought", "told", "said", "threw", "led", "made", "won", "fled",
                                       "withdrew", "withdrawn", "broke", "overran", "began", "sought",
                                       "spoke", "wrote", "hit", "beat", "beaten", "taken", "given",
                                       "stole", "shut", "cut", "set", "put", "kept", "left", "blew", "paid",
                                       "laid", "flew", "swore", "sworn", "stood", "came", "built", "froze",
                                       "frozen", "undertook", "retook", "retaken", "forgave", "went", "gone",
                                       "ran", "fell", "drove", "rode", "lost", "sold", "caught", "sank",
                                       "rose", "found", "got", "drew", "chose", "hid", "lit", NULL};

/* a past form: a word in -ed, or an irregular past ("struck", "met") */
static int past_form(const tokinfo *t)
{
    size_t ln = strlen(t->low);
    return (ln > 3 && !strcmp(t->low + ln - 2, "ed")) || is_any(t, IRR_PAST);
}
static const char *const VERB_LEFT[] = {"to", "and", "who", "which", "that", ",", "not", "n't", "never",
                                        "also", "has", "have", "had", "will", "would", "could", "may",
                                        "might", "shall", "can", "should", "must", "did", "does", "do",
                                        "'ll", "reportedly", "allegedly", "repeatedly", "then", "later",
                                        "again", "jointly", "once", "they", "he", "she", "it", "we", "i",
                                        "you", "strongly", "recently", "already", "now", "still",
                                        "formally", "publicly", "immediately", "on", "yesterday",
                                        "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
                                        "friday", "saturday", "sunday", "week", "overnight", NULL};

/* a state office held before: "former President X", "ousted President X" */
static const char *const FORMER[] = {"former", "ex", "late", "ousted", "deposed", "exiled", "toppled",
                                     "overthrown", "retired", NULL};
/* the last word of a person's title before the name */
static const char *const TITLE_WORDS[] = {"president", "minister", "premier", "chancellor", "leader", "king",
                                          "queen", "emir", "sultan", "monarch", "sheikh", "judge", "justice",
                                          "magistrate", "prosecutor", "general", "gen", "admiral", "adm",
                                          "colonel", "col", "brigadier", "brig", "marshal", "commander",
                                          "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy",
                                          "secretary", "governor", "mayor", "senator", "congressman",
                                          "congresswoman", "lawmaker", "mp", "legislator", "speaker",
                                          "chairman", "chief", "negotiator", "diplomat", "director",
                                          "president-elect", "dictator", "strongman", "official", "attorney",
                                          "lieutenant", "captain", "major", "inspector", "commissioner", NULL};
/* name particles ("al-Bashir", "bin Laden", "van den Broek", "Zia-ul-Haq") */
static const char *const NAME_PART[] = {"al", "el", "bin", "ibn", "abu", "van", "von", "de", "da", "di",
                                        "du", "der", "den", "la", "le", "dos", "del", "ul", NULL};

/* heads of a sector, whose own role is generic ("opposition leader" is the opposition) */
static const char *const HEADS[] = {"leader", "leaders", "chief", "chiefs", "head", "heads", "spokesman",
                                    "spokeswoman", "spokesperson", "official", "officials", "commander",
                                    "commanders", "representative", "representatives", "delegation",
                                    "delegates", "negotiator", "negotiators", "envoy", "envoys", "members",
                                    "member", NULL};

/* ------------------------------------------------------------ mentions */

static const char *arena_cat(kb_coder *c, const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *s = kb_arena_alloc(c->arena, la + lb + 1);
    if (!s) return a;
    memcpy(s, a, la);
    memcpy(s + la, b, lb + 1);
    return s;
}

static const char *span_str(kb_coder *c, int s, int e)
{
    return kb_arena_strndup(c->arena, c->text + c->tok[s].s, c->tok[e - 1].e - c->tok[s].s);
}

static const char *country_of(kb_coder *c, const char *code)
{
    if (!code || strlen(code) < 3 || !memcmp(code, "---", 3)) return NULL;
    if (kbl_is_state_code(c->lx, code)) return kb_arena_strndup(c->arena, code, 3);
    return NULL;
}

static void add_mention(kb_coder *c, int s, int e, const kbl_actor *a)
{
    if (c->nm >= MAX_MENTIONS) return;
    /* someone's own crew is no actor of its own ("the patrol boat came alongside and its crew
     * opened fire", "kidnapped eight of its crew, all of them Indian", "freeing its six crew") */
    if (a->kind == KBL_AGENT && s > 0 && (is(&c->tok[e - 1], "crew") || is(&c->tok[e - 1], "crews"))) {
        int p = s - 1;
        if (p > 0 && (c->tok[p].kind == KBL_T_NUM || is_any(&c->tok[p], NUM_WORDS))) p--;
        if (is(&c->tok[p], "its") || is(&c->tok[p], "their") || is(&c->tok[p], "'s")) return;
    }
    mention *m = &c->men[c->nm];
    memset(m, 0, sizeof *m);
    m->s = s;
    m->e = e;
    m->kind = a->kind;
    m->name = span_str(c, s, e);
    if (a->kind == KBL_AGENT) {
        m->role = a->role;
        m->code = arena_cat(c, "---", a->role);
        const char *hw = c->tok[e - 1].low;
        size_t hn = strlen(hw);
        m->plural = hw[hn - 1] == 's' || (hn > 3 && !strcmp(hw + hn - 3, "men")) || /* "gunmen" */
                    (hn == 6 && !memcmp(hw, "police", 6)); /* ("police said they had arrested") */
        /* (armed men the words call unknown keep the word in their name: no group is made of them,
         * "shot dead by unknown gunmen", kb_fold_restated) */
        if (s > 0 && (!strcmp(a->role, "INS") || !strcmp(a->role, "REB")) &&
            (is(&c->tok[s - 1], "unknown") || is(&c->tok[s - 1], "unidentified")))
            m->name = span_str(c, s - 1, e);
    } else {
        m->code = kbl_actor_code(a, c->then && a->kind != KBL_PERSON ? c->then : c->date);
        /* (a person with no role on the article's date holds the one of the year the sentence
         * is told in: "In June 2018, their foreign ministers, Nikos Kotzias and ...") */
        if (!m->code && a->kind == KBL_PERSON && c->then) m->code = kbl_actor_code(a, c->then);
        if (!m->code) return; /* a person with no role on this date */
        m->country = country_of(c, m->code);
        /* a capital (a state phrase coded XXXGOV): the state for composition and places, its
         * government when it speaks or acts (emit) */
        if (a->kind == KBL_STATE && m->country && strlen(m->code) == 6 && !strcmp(m->code + 3, "GOV")) {
            m->capital = 1;
            m->code = m->country;
        }
        if (a->kind == KBL_GROUP) m->home = a->country;
        if (a->kind == KBL_GROUP && m->country && strlen(m->code) == 3) m->kind = KBL_STATE;
        if (a->kind == KBL_GROUP) m->plural = 1;
        /* "Palestinians", "Iraqis", "Serbs": the people of a state */
        const char *w = c->tok[e - 1].low;
        size_t ln = strlen(w);
        if (a->kind == KBL_STATE && e == s + 1 && c->tok[s].cap && !c->tok[s].allcaps && ln >= 5 &&
            (!strcmp(w + ln - 2, "ns") || (ln >= 6 && !strcmp(w + ln - 2, "is")) || !strcmp(w + ln - 2, "bs") ||
             !strcmp(w + ln - 2, "ks") || !strcmp(w + ln - 2, "ts")))
            m->people = 1;
        /* ... and a demonym in "-ese" that a count stands before ("expelled more than 300,000
         * Congolese", "deported 40 Vietnamese"): the word of the people is its adjective's */
        if (a->kind == KBL_STATE && e == s + 1 && s > 0 && c->tok[s].cap && !c->tok[s].allcaps && ln >= 6 &&
            !strcmp(w + ln - 3, "ese") && (c->tok[s - 1].kind == KBL_T_NUM || is_any(&c->tok[s - 1], NUM_WORDS)) &&
            (e >= c->nt || c->tok[e].kind == KBL_T_PUNCT || is_any(&c->tok[e], PREPS) || is(&c->tok[e], "and") ||
             is(&c->tok[e], "who") || is(&c->tok[e], "back"))) {
            m->people = 1;
            m->plural = 1;
        }
        /* "three Colombian men", "two Russian women": the people of a state too */
        static const char *const FOLK_NOUN[] = {"men", "women", "boys", "girls", "youths", NULL};
        if (a->kind == KBL_STATE && e == s + 1 && e < c->nt && c->tok[s].cap && !c->tok[s].allcaps &&
            is_any(&c->tok[e], FOLK_NOUN) && !c->tok[e].cap) {
            /* (the noun stays a word of its own: "handed three Tajik men back") */
            m->people = 1;
            m->plural = 1;
        }
        /* "ethnic Albanians": people of that origin wherever they live, not the state */
        if (a->kind == KBL_STATE && s > 0 && is(&c->tok[s - 1], "ethnic")) {
            m->kind = KBL_AGENT;
            m->role = "CVL";
            m->code = "---CVL";
            m->country = NULL;
            m->plural = 1;
        }
    }
    m->group = c->nm;
    for (int i = s; i < e; i++) c->tok[i].men = (int16_t)c->nm;
    c->nm++;
}

/* The people of a state named by no actor word ("opened fire on a wedding party in
 * Afghanistan": Afghan civilians): a mention over tokens [s, e) that no scan sees; -1 */
static int add_people(kb_coder *c, int s, int e, const char *country, const char *role, const char *name)
{
    if (c->nm >= MAX_MENTIONS || !country) return -1;
    mention *m = &c->men[c->nm];
    memset(m, 0, sizeof *m);
    m->s = s;
    m->e = e;
    m->kind = KBL_STATE;
    m->country = country;
    m->role = role;
    m->code = arena_cat(c, country, role);
    m->name = name;
    m->plural = 1;
    m->group = c->nm;
    return c->nm++;
}

/* an arrest (173) or a release (0841): a state taking or giving back people */
static int custody_code(const char *code) { return !strncmp(code, "173", 3) || !strncmp(code, "0841", 4); }

/* m is no mention after all: dead, its words free of it */
static void drop_mention(kb_coder *c, mention *m)
{
    m->dead = 1;
    for (int j = m->s; j < m->e; j++) c->tok[j].men = -1;
}

/* "four of them", "some of them": counts of the plural named before */
static const char *const OF_THEM[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                      "eleven", "twelve", "dozens", "some", "most", "many", "all", "several",
                                      NULL};

static int add_pronoun(kb_coder *c, int s, int e, const kb_actor *a, kbl_kind kind)
{
    if (c->nm >= MAX_MENTIONS || !a->code) return 0;
    mention *m = &c->men[c->nm];
    memset(m, 0, sizeof *m);
    m->s = s;
    m->e = e;
    m->kind = kind;
    m->code = a->code;
    m->country = a->country;
    m->name = a->name;
    m->pronoun = 1;
    m->group = c->nm;
    for (int i = s; i < e; i++) c->tok[i].men = (int16_t)c->nm;
    c->nm++;
    return 1;
}

static void remember(memory *mem, const mention *m, int sent)
{
    kb_actor a = {m->code, m->name, m->country};
    if (!m->code || !memcmp(m->code, "---", 3)) return;
    if (m->kind == KBL_PERSON || m->titled) { /* "President Laurent Gbagbo ... he" */
        mem->person = a;
        mem->has_person = 1;
        mem->t_person = sent;
        return;
    }
    /* a state's body named by its head word ("Azerbaijan's State Border Service"): "the service" */
    if (m->role && m->country && a.name) {
        const char *sp = strrchr(a.name, ' ');
        const char *last = sp ? sp + 1 : a.name;
        if (!strcasecmp(last, "service") || !strcasecmp(last, "agency")) {
            mem->body = a;
            mem->has_body = 1;
        }
    }
    if (m->kind == KBL_STATE && !m->role) {
        if (mem->has_state && strcmp(mem->state.code, a.code)) mem->state2 = mem->state;
        mem->state = a;
        mem->has_state = 1;
    }
    if (m->kind == KBL_GROUP && m->country) {
        /* a state's unit the lexicon names ("the 444 Brigade"), and the one before it: "the two
         * forces" after "X and Y clashed"; no group the article's armed men are */
        if (mem->has_unit && mem->unit.name && a.name && strcmp(mem->unit.name, a.name)) {
            mem->unit2 = mem->unit;
            mem->has_unit2 = 1;
        }
        mem->unit = a;
        mem->has_unit = 1;
    } else if (m->kind == KBL_GROUP) {
        mem->group = a;
        mem->has_group = 1;
    }
    if (m->kind == KBL_IGO && strlen(a.code) > 3) { /* "the mission": the body named last */
        size_t n = strlen(a.code), r = m->role ? strlen(m->role) : 0;
        mem->igo = a;
        mem->igo_cut = r && n > r + 3 && !strcmp(a.code + n - r, m->role) ? n - r : 0;
        mem->has_igo = 1;
        /* (a region's body, "IGOSAFSAD", "IGOAFRAU": not the UN's) */
        if ((mem->igo_cut ? mem->igo_cut : n) >= 8 && !m->role) {
            mem->regional = a;
            mem->has_regional = 1;
        }
    }
    if (m->plural || m->kind == KBL_GROUP) {
        mem->plural = a;
        mem->has_plural = 1;
        mem->t_plural = sent;
    }
    mem->any = a;
    mem->has_any = 1;
    mem->t_any = sent;
    mem->any_many = m->plural && (m->kind == KBL_AGENT || (m->role && m->kind == KBL_STATE)); /* "Israeli settlers" */
    mem->any_one = m->kind == KBL_PERSON || m->titled || (m->kind == KBL_AGENT && !m->plural) ||
                   (m->role && m->country && !m->plural && m->kind != KBL_GROUP);
}

/* memory as it stands at token i: the article's memory updated with this sentence's mentions before i */
static void memory_at(kb_coder *c, int i, memory *out)
{
    *out = c->mem;
    for (int k = 0; k < c->nm; k++) {
        const mention *m = &c->men[k];
        if (m->dead || m->e > i || m->pronoun) continue;
        /* pronouns are resolved before composition: "Palestinian officials ... they" is the
         * composed actor, not the adjective alone */
        if (k + 1 < c->nm && m->kind == KBL_STATE && !m->role && c->men[k + 1].kind == KBL_AGENT &&
            c->men[k + 1].e <= i && c->men[k + 1].role && c->men[k + 1].s == m->e) {
            mention x = c->men[k + 1];
            x.code = arena_cat(c, m->code, x.role);
            x.country = m->country;
            x.kind = KBL_STATE;
            x.name = span_str(c, m->s, x.e);
            remember(out, &x, c->cur_sent);
            k++;
            continue;
        }
        /* (... and "The government of Kenya said ..., and it denied": the organ, not the state) */
        if (k + 1 < c->nm && m->kind == KBL_AGENT && m->role && !m->country && m->e + 1 < c->nt &&
            is(&c->tok[m->e], "of") && c->men[k + 1].kind == KBL_STATE && !c->men[k + 1].role &&
            !c->men[k + 1].dead && c->men[k + 1].e <= i &&
            (c->men[k + 1].s == m->e + 1 || (c->men[k + 1].s == m->e + 2 && is(&c->tok[m->e + 1], "the")))) {
            mention x = *m;
            x.code = arena_cat(c, c->men[k + 1].code, x.role);
            x.country = c->men[k + 1].country;
            x.kind = KBL_STATE;
            x.name = span_str(c, m->s, c->men[k + 1].e);
            remember(out, &x, c->cur_sent);
            k++;
            continue;
        }
        remember(out, m, c->cur_sent);
    }
    /* he, it, they: only an actor of this sentence or the one before */
    if (out->t_person < c->cur_sent - 1) out->has_person = 0;
    if (out->t_any < c->cur_sent - 1) out->has_any = 0;
    if (out->t_plural < c->cur_sent - 1) out->has_plural = 0;
}

/* a capital inside a word ("iSrael", "al-Qaeda"'s "Qaeda" aside): still a name */
static int inner_capital(const kb_coder *c, int i)
{
    for (uint32_t k = c->tok[i].s + 1; k < c->tok[i].e; k++)
        if (isupper((unsigned char)c->text[k])) return 1;
    return 0;
}

static int only_connectors(kb_coder *c, int a, int b, int *has_and);
static int neighbour_word(const kb_coder *c, int i);
static int live_mention_at(kb_coder *c, int pos);
static int first_live_mention(const kb_coder *c);
static int land_people(const char *role);
static int time_adverbial(kb_coder *c, int pos);
static int federal_tier(const kb_coder *c, const mention *s, const mention *t);
static int two_units(const kb_coder *c, const mention *s, const mention *t);
static int two_people(const mention *s, const mention *t, int root);
static const char *const POSS_DETS[] = {"its", "their", "his", "her", "a", "an", NULL};
static const char *const RENEWED[] = {"repeated", "renewed", "reiterated", "restated", "reaffirmed", "issued",
                                      "made", "repeats", "renews", "reiterates", NULL};
static int agl_named_before(const kb_coder *c, int i);
static int sentence_kills(const kb_coder *c);
static int root_of(const char *code);
static int state_like(const mention *m);
static int place_ref_over(const kb_coder *c, uint32_t s, uint32_t e);
static int quote_mark(const tokinfo *t);
static void of_country(kb_coder *c, mention *m, const char *cc);
/* A mention's role, or the last three letters of a code the lexicon composed whole ("Guyana Police
 * Force => GUYCOP", "Legionnaires => FRAMIL" are states with no role of their own); NULL if none */
static const char *role_of(const mention *m)
{
    return m->role ? m->role : m->code && strlen(m->code) == 6 ? m->code + 3 : NULL;
}
static void bare_agent(mention *m, const char *role, const char *code, const char *name);
static void remember_head(kb_coder *c, const char *h, const char *role, const char *country);
static int armed_role(const char *role) { return !strcmp(role, "REB") || !strcmp(role, "INS"); }
/* people whose country a later bare mention keeps (settlers, refugees, workers, farmers, pilgrims) */
static int kin_role(const char *role)
{
    return !strcmp(role, "SET") || !strcmp(role, "REF") || !strcmp(role, "LAB") || !strcmp(role, "AGR") ||
           !strcmp(role, "REL");
}

/* Is str one of the NULL-ended list? */
static int str_in(const char *str, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(str, *list)) return 1;
    return 0;
}

/* The two sides of the previous sentence's joint act ("Pakistan and Uzbekistan held talks"
 * codes both ways), if the article's last plural actor is one of them: "They agreed to meet
 * again" is both. */
static int joint_subject(kb_coder *c, kb_actor *x, kb_actor *y)
{
    memory m;
    memory_at(c, 0, &m);
    if (!m.has_plural || m.t_plural != c->cur_sent - 1) return 0;
    for (size_t q = c->nev; q-- > 0;) {
        const kb_event *e = &c->ev[q];
        if ((int)e->sentence != c->cur_sent - 1) break;
        if (!e->source.code || !e->target.code ||
            (strcmp(e->source.code, m.plural.code) && strcmp(e->target.code, m.plural.code)))
            continue;
        for (size_t r = q; r-- > 0 && (int)c->ev[r].sentence == c->cur_sent - 1;) {
            const kb_event *f = &c->ev[r];
            if (f->source.code && f->target.code && !strcmp(f->source.code, e->target.code) &&
                !strcmp(f->target.code, e->source.code) && !strcmp(f->code, e->code)) {
                *x = f->source;
                *y = f->target;
                return 1;
            }
        }
    }
    return 0;
}

static int is_verb_word(kb_coder *c, int i);

/* The title right before a person of the lexicon says which office the person holds now,
 * whatever the lexicon's dates say: a government or opposition title ("President Bush",
 * "Opposition leader Raila Odinga"), or any state organ's title for someone the lexicon has
 * out of office; "former President X", "Ex-President X" is ELI. Applied when the name is found
 * (so that "he" in the same sentence is the titled person) and again when they compose. */
static int state_organ(const char *role);

/* A surname of the lexicon after another person's first name ("Melania Trump", "Hunter Biden",
 * "Ian Blair", "Bandar Abbas"): a capitalised word that is no mention, title or honorific, inside
 * a sentence that is not a headline in title case; or before a hyphenated given name. */
static int other_first_name(const kb_coder *c, int i)
{
    static const char *const HONOR[] = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "sheikh", "shaikh",
                                        "sayyed", "sayyid", "mullah", "maulana", "ayatollah", "imam", "hajji",
                                        "haji", "prince", "princess", "crown", "pope", "field", "maj", "lt", "sgt",
                                        "rep", "sen", "gov", "mister", "madam", "monsieur", "herr", "comrade", NULL};
    /* words that open a sentence before a name ("Yesterday Putin said") */
    static const char *const OPEN[] = {"yesterday", "today", "tonight", "meanwhile", "earlier", "later", "then", "now",
                                       "however", "still", "here", "there", "this", "last", "next", "when", "after",
                                       "before", "as", "if", "and", "so", "instead", "separately", "elsewhere",
                                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                       "did", "does", "do", "has", "had", "why", "how", "what", "where", NULL};
    /* ... or before another given name in East Asian order ("Tsai Ming-liang", "Yoon Mi-hyang") */
    if (i + 3 < c->nt && c->tok[i + 1].cap && c->tok[i + 1].kind == KBL_T_WORD && is(&c->tok[i + 2], "-") &&
        c->tok[i + 2].s == c->tok[i + 1].e && c->tok[i + 3].s == c->tok[i + 2].e && c->tok[i + 3].kind == KBL_T_WORD)
        return 1;
    if (i < 1) return 0;
    const tokinfo *t = &c->tok[i - 1];
    if (t->kind != KBL_T_WORD || !t->cap || t->allcaps || t->men >= 0 || is_any(t, TITLE_WORDS) || is_any(t, HONOR))
        return 0;
    if (i == 1 ? (is_any(t, OPEN) || is_any(t, DETS) || is_any(t, PREPS) || is_any(t, ADVS) || is_any(t, BE) ||
                  is_any(t, MODALS) || is_any(t, STOP_RIGHT))
               : c->tok[i - 2].kind != KBL_T_WORD)
        return 0;
    /* "Israeli Leader Meets Putin": a headline in title case, no long word in lower case */
    for (int k = 0; k < c->nt; k++)
        if (c->tok[k].kind == KBL_T_WORD && !c->tok[k].cap && strlen(c->tok[k].low) > 3) return 1;
    return 0;
}

static void title_office(kb_coder *c, const mention *a, mention *b)
{
    if (!a->role || b->kind != KBL_PERSON || !b->country || !b->code || strlen(b->code) != 6 ||
        !kbl_is_state_code(c->lx, b->country))
        return;
    /* (a group's title is the group's office, no state's: "Fretilin secretary-general Mari
     * Alkatiri", a former prime minister, leads a party now) */
    if (a->s > 0 && c->tok[a->s - 1].men >= 0 &&
        (c->men[c->tok[a->s - 1].men].kind == KBL_GROUP || c->men[c->tok[a->s - 1].men].kind == KBL_IGO))
        return;
    int former = 0;
    for (int j = a->s - 1; j >= 0 && j >= a->s - 3; j--)
        if (is_any(&c->tok[j], FORMER)) former = 1;
    const char *now = b->code + 3;
    int out = !strcmp(now, "ELI") || !strcmp(now, "PTY") || !strcmp(now, "OPP");
    /* (a bare "leader" names no office: "CHP leader Ozgur Ozel" still leads the opposition) */
    if (!former && (!strcmp(now, "OPP") || !strcmp(now, "PTY")) && a->e - a->s == 1 &&
        (is(&c->tok[a->s], "leader") || is(&c->tok[a->s], "chairman") || is(&c->tok[a->s], "chair")))
        return;
    if (former && state_organ(a->role)) b->code = arena_cat(c, b->country, "ELI");
    else if (!former && strcmp(now, a->role) && (!strcmp(a->role, "GOV") || !strcmp(a->role, "OPP") || out))
        b->code = arena_cat(c, b->country, a->role);
}

/* Do tokens [1, end) of an opening phrase ("In Gaborone", "On Monday", "In a statement on
 * Friday") hold anything but names, articles, numbers and prepositions? */
static int opening_has_verb(const kb_coder *c, int end)
{
    for (int q = 1; q < end; q++) {
        const tokinfo *t = &c->tok[q];
        if (!t->cap && t->kind != KBL_T_NUM && !is_any(t, DETS) && !is_any(t, PREPS) && !is(t, "statement")) return 1;
    }
    return 0;
}

/* "The group said it had seized ...", "The AA said in a statement that its fighters ...": the
 * speaker of the saying word before token i (right before it, or before "... that"), over a
 * describing apposition ("The BLA, a group banned by Pakistan, said it"), not the last name
 * before. 1 and *out if found. */
static int said_subject(const kb_coder *c, int i, int saying, kb_actor *out)
{
    static const char *const SAID[] = {"said", "says", "claimed", "claims", "added", "stated",
                                       "announced", "insisted", "warned", "denied", "mentioned", NULL};
    if (i < 2) return 0;
    int sw = i - 1; /* the saying word */
    /* "its": also further into what was said, when no one else was named since ("ISWAP said
     * on its channels that the assault had been carried out by its fighters") */
    if (saying && !is(&c->tok[sw], "that") && !is_any(&c->tok[sw], SAID))
        for (int q = i - 2; q > 0 && q >= i - 20; q--) {
            if (is(&c->tok[q], ";") || is(&c->tok[q], ":") || is(&c->tok[q], ",") ||
                (c->tok[q].men >= 0 && !c->men[c->tok[q].men].pronoun))
                break;
            if (is_any(&c->tok[q], SAID)) {
                sw = q;
                break;
            }
        }
    if (is(&c->tok[i - 1], "that"))
        for (int q = i - 2; q > 0 && q >= i - 12; q--) {
            if (is(&c->tok[q], ",") || is(&c->tok[q], ";") || c->tok[q].men >= 0) break;
            if (is_any(&c->tok[q], SAID)) {
                sw = q;
                break;
            }
        }
    /* "ISWAP claimed the raid in a statement ..., saying its fighters had ...": the subject
     * that opens the sentence */
    if (saying && sw >= 2 && is(&c->tok[sw], "saying") && is(&c->tok[sw - 1], ",")) {
        /* (of its clause: "Thailand has said ..., while India has rejected aid, saying ...") */
        int start = 0;
        for (int q = sw - 2; q > 0 && !start; q--)
            if (is(&c->tok[q], ";") || is(&c->tok[q], "while") || is(&c->tok[q], "but") ||
                is(&c->tok[q], "whereas") || (is(&c->tok[q], "and") && is(&c->tok[q - 1], ",")))
                start = q + 1;
        for (int k = 0; k < c->nm; k++) {
            const mention *x = &c->men[k];
            if (x->dead || !x->code || x->s < start || x->e > sw) continue;
            if (x->s > start && !(x->s == start + 1 && is_any(&c->tok[start], DETS))) return 0;
            *out = (kb_actor){x->code, x->name, x->country};
            return 1;
        }
        return 0;
    }
    /* "The office said on Monday it had arrested": over the saying's day */
    for (int q = i - 2; q > 0 && q >= i - 5 && !is_any(&c->tok[sw], SAID); q--)
        if (is_any(&c->tok[q], SAID) && time_adverbial((kb_coder *)c, q + 1) == i - (q + 1)) sw = q;
    if (sw < 1 || !is_any(&c->tok[sw], SAID)) return 0;
    int ap = sw >= 2 ? appos_open(c, sw - 1) : -1, before = ap > 0 ? ap : sw;
    if (ap > 0 && c->tok[ap - 1].men < 0) before = ap - 1; /* over the head noun too */
    /* ... and over a relative clause ("ISWAP, which broke away from Boko Haram, said it") */
    if (ap < 0 && sw >= 3 && is(&c->tok[sw - 1], ","))
        for (int q = sw - 2; q > 0 && q >= sw - 16; q--) {
            if (is(&c->tok[q], ";") || is(&c->tok[q], ":")) break;
            if (!is(&c->tok[q], ",")) continue;
            if (is(&c->tok[q + 1], "which") || is(&c->tok[q + 1], "who")) before = q;
            break;
        }
    for (int k = c->nm; k-- > 0;) {
        const mention *x = &c->men[k];
        /* (an organ no one names is the speaker too: "The army said it had killed 20
         * militants" is never the villagers') */
        if (x->dead || x->e > before || !x->code) continue;
        /* ("The Kurdistan Free Life Party (PJAK), which ..., said": the name before its
         * abbreviation) */
        if (k > 0 && x->s >= 1 && is(&c->tok[x->s - 1], "(") && !c->men[k - 1].dead && c->men[k - 1].e == x->s - 1 &&
            c->men[k - 1].code)
            x = &c->men[--k];
        int subj = x->s == 0 || is_any(&c->tok[x->s - 1], DETS) ||
                   /* ("The Sinaloa attorney general's office": a place's name before the office) */
                   (c->tok[x->s - 1].cap && c->tok[x->s - 1].men < 0 && (x->s == 1 || is_any(&c->tok[x->s - 2], DETS))) ||
                   /* ("In Gaborone, Foreign Minister Phenyo Butale said his government": after an
                    * opening phrase of place or time) */
                   (is(&c->tok[x->s - 1], ",") && x->s <= 8 && is_any(&c->tok[0], PREPS) && !opening_has_verb(c, x->s - 1));
        int q0 = x->e; /* ("the attorney general's office said": the office is the speaker's) */
        if (q0 + 2 == before && is(&c->tok[q0], "'s")) q0 = before;
        /* "X said": X right before (over an adverb: "The group also said its fighters") */
        static const char *const SAY_ADV[] = {"also", "later", "further", "again", "separately", "earlier",
                                              "then", "previously", "herself", "himself", "itself", NULL};
        for (int q = q0, par = 0; q < before && subj; q++) {
            if (is(&c->tok[q], "(")) par++;
            else if (is(&c->tok[q], ")")) par--;
            else if (c->tok[q].kind == KBL_T_WORD && !par && !is_any(&c->tok[q], SAY_ADV)) subj = 0;
        }
        if (subj) *out = (kb_actor){x->code, x->name, x->country};
        return subj;
    }
    return 0;
}

/* A known person's name written in lower case, as scraped text and social copy write names
 * ("President obama", "putin said", "vladimir putin"): a full name of two words or more (not
 * opening with a function word: "to lam" is no "To Lam"), or a surname right after a title
 * ("President obama", "russian president putin") or right before a saying verb ("putin
 * said"). A surname alone elsewhere may be a common word ("trump", "tusk", "pence"). */
static const char *const SAY_AFTER_NAME[] = {"said", "says", "told", "added", "warned", "stated", "announced",
                                             "claimed", "insisted", "tweeted", "wrote", NULL};

static int lowercase_person(const kb_coder *c, int s, int e, int32_t v)
{
    if (kbl_actor_at(c->lx, v)->kind != KBL_PERSON) return 0;
    for (int k = s; k < e; k++)
        if (c->tok[k].cap || c->tok[k].allcaps) return 0;
    if (e - s >= 2 && !is_any(&c->tok[s], PREPS) && !is_any(&c->tok[s], DETS)) return 1;
    if (c->nm > 0 && c->men[c->nm - 1].e == s && !c->men[c->nm - 1].dead && c->men[c->nm - 1].kind == KBL_AGENT)
        return 1;
    return e < c->nt && is_any(&c->tok[e], SAY_AFTER_NAME);
}

/* A name that names a competition or its sponsor, not the actor: a capitalised "Cup", "Trophy",
 * "Shield" or "Bowl" right after any name ("the CIS Cup", "the Kenya Cup"), and after an
 * acronym also a sponsor's or competition's word ("the CIS Insurance Cup", "the AFC
 * Championship") */
static const char *const COMPETITION[] = {"cup", "trophy", "shield", "bowl", NULL};
static const char *const SPONSORED[] = {"insurance", "assurance", "championship", "championships", "league",
                                        "premiership", "series", "games", NULL};

static int competition_name(const kb_coder *c, int s, int e)
{
    if (e >= c->nt || !c->tok[e].cap || c->tok[e].allcaps) return 0;
    if (is_any(&c->tok[e], COMPETITION)) return 1;
    for (int k = s; k < e; k++)
        if (c->tok[k].kind == KBL_T_WORD && !c->tok[k].allcaps) return 0;
    return is_any(&c->tok[e], SPONSORED);
}

/* "between X and Y" from token j (j at "between"), before token lim: X's and Y's mentions in
 * *a, *b ("between the Thai government's peace dialogue panel and a delegation of the BRN");
 * 1 if both. */
static int between_pair(const kb_coder *c, int j, int lim, int *a, int *b)
{
    static const char *const OF_HEADS[] = {"delegation", "delegations", "representatives", "envoys", "members",
                                           "leaders", "negotiators", "team", "panel", NULL};
    int q = j + 1;
    while (q < lim && is_any(&c->tok[q], DETS)) q++;
    int x = q < lim ? c->tok[q].men : -1;
    if (x < 0 || c->men[x].dead || c->men[x].pronoun || !c->men[x].code || c->men[x].s != q) return 0;
    q = c->men[x].e;
    /* (the head of its phrase: "'s peace dialogue panel") */
    /* (... or "a military delegation led by Lieutenant General Yar Pyae") */
    int led = 0;
    for (int w = 0; q < lim && w < (led ? 10 : 5) && !is(&c->tok[q], "and") &&
                    (c->tok[q].men < 0 || c->men[c->tok[q].men].kind == KBL_AGENT ||
                     (led && c->men[c->tok[q].men].kind == KBL_PERSON)) &&
                    (c->tok[q].kind == KBL_T_WORD || is(&c->tok[q], "'s"));
         w++) {
        if (is(&c->tok[q], "led") && q + 1 < lim && is(&c->tok[q + 1], "by")) led = 1;
        q++;
    }
    if (q >= lim || !is(&c->tok[q], "and")) return 0;
    q++;
    while (q < lim && is_any(&c->tok[q], DETS)) q++;
    if (q + 1 < lim && c->tok[q].men < 0 && is_any(&c->tok[q], OF_HEADS) && is(&c->tok[q + 1], "of")) {
        q += 2;
        while (q < lim && is_any(&c->tok[q], DETS)) q++;
    }
    int y = q < lim ? c->tok[q].men : -1;
    if (y < 0 || c->men[y].dead || c->men[y].pronoun || !c->men[y].code || c->men[y].s != q ||
        !strcmp(c->men[y].code, c->men[x].code))
        return 0;
    *a = x;
    *b = y;
    return 1;
}

/* A name of many ("Ground forces of the IRGC", "the Revolutionary Guards", "Syrian troops"):
 * its last word a plural. */
static int plural_name(const char *name)
{
    size_t n = strlen(name);
    while (n > 0 && !isalpha((unsigned char)name[n - 1])) n--;
    const char *w = name + n;
    while (w > name && isalpha((unsigned char)w[-1])) w--;
    size_t l = (size_t)(name + n - w);
    static const char *const PL[] = {"forces", "troops", "guards", "fighters", "rebels", "militants", "police",
                                     "soldiers", "corps", NULL};
    for (int k = 0; PL[k]; k++)
        if (l == strlen(PL[k]) && !strncasecmp(w, PL[k], l)) return 1;
    return 0;
}

/* Is token t "gang", "cartel" or "militia" (their stems looked up once a coder: most tokens
 * fail on an integer)? */
static int gang_word(kb_coder *c, const tokinfo *t)
{
    static const char *const GANG_HEAD[] = {"gang", "cartel", "militia", NULL};
    int32_t id = t->id;
    if (!c->gang_ids_set) {
        for (int k = 0; k < 3; k++) {
            char buf[32];
            size_t n = kbl_norm(c->stem, GANG_HEAD[k], strlen(GANG_HEAD[k]), buf, sizeof buf);
            c->gang_ids[k] = kbl_token_id(c->lx, buf, n);
        }
        c->gang_ids_set = 1;
    }
    return id >= 0 && (id == c->gang_ids[0] || id == c->gang_ids[1] || id == c->gang_ids[2]) && is_any(t, GANG_HEAD);
}

/* A gang, cartel or militia the lexicon does not know, named with capitals from token i ("the
 * Tren de Guayana gang"): a group of its own, coded by its initials (TDG), which the article may
 * go on to call "the gang". The token after its mention, 0 if none. */
static int unknown_gang(kb_coder *c, int i)
{
    static const char *const LINK[] = {"de", "del", "la", "los", "las", "el", "al", "of", NULL};
    char ini[8];
    int nw = 0, j = i;
    while (j < c->nt && nw < 5 && c->tok[j].men < 0 && c->tok[j].kind == KBL_T_WORD &&
           (c->tok[j].cap || (j > i && c->tok[j].e - c->tok[j].s <= 3 && is_any(&c->tok[j], LINK))))
        ini[nw++] = (char)toupper((unsigned char)c->tok[j++].low[0]);
    if (nw < 2 || j >= c->nt || !gang_word(c, &c->tok[j]) || c->tok[j].cap || !c->tok[j - 1].cap) return 0;
    ini[nw] = '\0';
    kb_actor g = {kb_arena_strdup(c->arena, ini), span_str(c, i, j), NULL};
    if (!add_pronoun(c, i, j + 1, &g, KBL_GROUP)) return 0;
    c->men[c->nm - 1].pronoun = 0;
    return j + 1;
}

static void remember_surname_at(kb_coder *c, const mention *m, const tokinfo *last);
static void remember_surname(kb_coder *c, const mention *m);
static int name_word(const kb_coder *c, int e);

/* A body the lexicon does not know, named with capitals and its three-letter acronym in brackets
 * from token i ("the Coordinadora Arauco-Malleco (CAM)"): a group of its own coded by that
 * acronym, which the article may go on to use alone ("the CAM denied"). The token after the
 * bracket, 0 if none. (State bodies, "the National ... Institute (INDH)", are unknown_bodies'.) */
static int unknown_acronym_group(kb_coder *c, int i)
{
    static const char *const LINK[] = {"de", "del", "la", "los", "las", "el", "al", "of", "for", "and", NULL};
    int nw = 0, j = i;
    while (j < c->nt && j < i + 8 && c->tok[j].men < 0 &&
           ((c->tok[j].kind == KBL_T_WORD && (c->tok[j].cap || (j > i && is_any(&c->tok[j], LINK)))) ||
            (j > i && is(&c->tok[j], "-") && c->tok[j].s == c->tok[j - 1].e)))
        nw += c->tok[j++].kind == KBL_T_WORD;
    if (nw < 2 || j + 2 >= c->nt || !c->tok[j - 1].cap || !is(&c->tok[j], "(") || !is(&c->tok[j + 2], ")")) return 0;
    /* (not a state's force or body, "the District Reserve Guard (DRG)", nor a party, "the National
     * Alliance for Change (ANC)": their state's, which the lexicon's words give) */
    static const char *const NOT_GROUP[] = {"guard", "guards", "force", "forces", "police", "service", "command",
                                            "unit", "reserve", "ministry", "office", "agency", "commission",
                                            "institute", "council", "court", "authority", "directorate",
                                            "department", "party", "alliance", "congress", "union", "league",
                                            "rally", "coalition", "national", "bureau", "board", "association",
                                            "federation", "society", "foundation", "organisation", "organization",
                                            "chamber", "network", "committee", "centre", "center", "club",
                                            "company", "corporation", "bank", "university",
                                            "school", "hospital", "media", NULL};
    /* (... and only a name of the kinds armed and militant movements take: "Front", "Army",
     * "Coordinadora"; not "the Royal Academy of Dance (RAD)") */
    static const char *const MOVEMENT[] = {"front", "army", "movement", "liberation", "resistance", "brigade",
                                           "brigades", "militia", "mujahideen", "jamaat", "coordinadora",
                                           "coordination", "frente", "ejercito", "movimiento", "resistencia",
                                           "revolutionary", "fighters", "defenders", "commandos", "jihad",
                                           "insurgents", "rebels", "vanguard", "guerrilla", NULL};
    int movement = 0;
    for (int k = i; k < j; k++) {
        if (is_any(&c->tok[k], NOT_GROUP)) return 0;
        movement |= is_any(&c->tok[k], MOVEMENT);
    }
    if (!movement) return 0;
    const tokinfo *a = &c->tok[j + 1];
    if (a->e - a->s != 3 || !a->allcaps || a->men >= 0 || toupper((unsigned char)a->low[0]) != toupper((unsigned char)c->tok[i].low[0]))
        return 0;
    char code[4];
    for (int k = 0; k < 3; k++) code[k] = (char)toupper((unsigned char)a->low[k]);
    code[3] = '\0';
    if (country_of(c, code)) return 0; /* (a state's code: no group's) */
    kb_actor g = {kb_arena_strdup(c->arena, code), span_str(c, i, j), NULL};
    if (!add_pronoun(c, i, j + 3, &g, KBL_GROUP)) return 0;
    mention *m = &c->men[c->nm - 1];
    m->pronoun = 0;
    remember_surname_at(c, m, a);
    return j + 3;
}

/* The article defines low (an acronym, or with word a name's one word: "the Transformers") for
 * lexicon actor v, unless it defined it already; the caller checks there is room. Returns the
 * definition's index. */
/* Is token i a name of the lexicon's on its own ("CJNG")? */
static int lexicon_word(const kb_coder *c, int i)
{
    if (c->tok[i].id < 0) return 0;
    int32_t node = kbl_trie_child(c->lx, 0, c->tok[i].id);
    unsigned fl = 0;
    return node >= 0 && kbl_trie_value(c->lx, node, &fl) >= 0;
}

/* Is token i alone an actor of that kind the lexicon knows ("KIA" a group, "KNB" a state's
 * organ)? */
static int lexicon_kind(const kb_coder *c, int i, int kind)
{
    if (c->tok[i].id < 0) return 0;
    int32_t node = kbl_trie_child(c->lx, 0, c->tok[i].id);
    unsigned fl = 0;
    int32_t v = node >= 0 ? kbl_trie_value(c->lx, node, &fl) : -1;
    return v >= 0 && (int)kbl_actor_at(c->lx, v)->kind == kind;
}

static int lexicon_group(const kb_coder *c, int i) { return lexicon_kind(c, i, KBL_GROUP); }

/* Is abbr (lowercase) the initials of the capitalised words of tokens [s, e)? */
static int initials_of(const kb_coder *c, int s, int e, const char *abbr)
{
    size_t n = 0;
    for (int j = s; j < e; j++)
        if (c->tok[j].kind == KBL_T_WORD && c->tok[j].cap && c->tok[j].low[0] != abbr[n++]) return 0;
    return n == strlen(abbr);
}

static int define_abbr(kb_coder *c, const char *low, int word, int v)
{
    for (int k = 0; k < c->nabbr; k++)
        if (streq(c->abbr[k].low, low)) {
            /* (a definition the article writes out wins over initials it only implied) */
            if (c->abbr[k].initials && (word || v != c->abbr[k].actor)) {
                c->abbr[k].initials = 0;
                c->abbr[k].word = word;
                c->abbr[k].actor = v;
                c->abbr[k].country = NULL;
            }
            return k;
        }
    memcpy(c->abbr[c->nabbr].low, low, sizeof c->abbr[0].low);
    c->abbr[c->nabbr].word = word;
    c->abbr[c->nabbr].initials = 0;
    c->abbr[c->nabbr].country = NULL;
    c->abbr[c->nabbr].actor = v;
    return c->nabbr++;
}

/* what "the force" does when it stands for a police or army force named before */
static const char *const FORCE_WORDS[] = {"said", "says", "added", "denied", "accused", "insisted", "claimed",
                                          "stated", "told", "has", "had", "also", "later", NULL};
static const char *const FREED_THEM[] = {"freed", "released", "free", "release", "freeing", "releasing", NULL};

/* Does no one open the sentence before the pronoun at i ("No one has said they planted the
 * device", "No group has said it carried out the ambush")? */
static int no_one_before(const kb_coder *c, int i)
{
    static const char *const NOBODY[] = {"one", "group", "organisation", "organization", "faction", "party",
                                         "side", "militant", "outfit", NULL};
    for (int k = 0; k + 1 < i; k++)
        if ((is(&c->tok[k], "no") && is_any(&c->tok[k + 1], NOBODY)) || is(&c->tok[k], "nobody")) return 1;
    return 0;
}

/* Is the pronoun at i the speaker of "what it called", "what he described as"? */
static int speaker_naming(const kb_coder *c, int i)
{
    static const char *const CALLED[] = {"called", "calls", "described", "describes", "termed", "terms",
                                         "branded", "brands", NULL};
    /* (not "the attack by what it called secessionist terrorists": there the words name the
     * doer, and "it" stands for the body named last) */
    /* (... and "what he referred to as the "chilly-blooded homicide"") */
    return i > 0 && i + 1 < c->nt && c->tok[i - 1].low[0] == 'w' && is(&c->tok[i - 1], "what") &&
           (is_any(&c->tok[i + 1], CALLED) ||
            ((is(&c->tok[i + 1], "referred") || is(&c->tok[i + 1], "refers")) && i + 3 < c->nt &&
             is(&c->tok[i + 2], "to") && is(&c->tok[i + 3], "as"))) &&
           !(i > 1 && is(&c->tok[i - 2], "by"));
}

/* The tokens of a speaker's naming from "what" at w ("what it called", "what he described as",
 * "what she referred to as"), when speaker_naming(c, w + 1) holds */
static int naming_len(const kb_coder *c, int w)
{
    if (w + 2 < c->nt && (is(&c->tok[w + 2], "referred") || is(&c->tok[w + 2], "refers"))) return 5;
    return 3 + (w + 3 < c->nt && is(&c->tok[w + 3], "as"));
}

/* "The insurgents, known in Cabo Delgado as "al-Shabaab" although they have no ties to the
 * Somali group": the name a group goes by locally, given to armed men the article already named
 * ("the insurgents" after "Islamic State Mozambique Province"), is that group's, not the
 * lexicon's group of the name; that group goes in *g. ("a new group known as Lakurawa" names a
 * group of its own.) */
static int local_alias(kb_coder *c, int i, memory *g)
{
    int j = i - 1;
    if (j > 0 && (is(&c->tok[j], "\"") || is(&c->tok[j], "\xe2\x80\x9c"))) j--;
    if (j < 3 || !is(&c->tok[j], "as")) return 0;
    static const char *const NAMED[] = {"known", "called", "dubbed", "nicknamed", "recognized", "recognised", NULL};
    int k = j - 1;
    while (k > j - 6 && k > 1 && !is_any(&c->tok[k], NAMED) && c->tok[k].kind == KBL_T_WORD) k--;
    if (!is_any(&c->tok[k], NAMED) || !is(&c->tok[k - 1], ",")) return 0;
    static const char *const ARMED_MEN[] = {"rebels", "militants", "insurgents", "jihadists", "fighters",
                                            "gunmen", "militia", "militiamen", "group", "guerrillas", NULL};
    if (k < 3 || !is_any(&c->tok[k - 2], ARMED_MEN) || !is(&c->tok[k - 3], "the")) return 0;
    memory_at(c, i, g);
    if (!g->has_group || !g->group.code || g->group.country || !memcmp(g->group.code, "---", 3)) return 0;
    return 1;
}

/* "Azerbaijani border guards detained a monk ... The guards fired warning shots": the guards of
 * the article's last event that had some; "its guards" (organ): the last state force that acted
 * ("Azerbaijan's State Border Service handed ... Its guards had detained"). */
static const kb_actor *guards_of(const kb_coder *c, int organ)
{
    for (size_t k = c->nev; k-- > 0;) {
        const kb_actor *a[2] = {&c->ev[k].source, &c->ev[k].target};
        for (int q = 0; q < 2 - organ; q++) {
            size_t n = a[q]->name ? strlen(a[q]->name) : 0;
            if (!a[q]->code || !a[q]->country) continue;
            if (organ ? strlen(a[q]->code) == 6 && (!strcmp(a[q]->code + 3, "MIL") || !strcmp(a[q]->code + 3, "COP"))
                      : n > 7 && !strcasecmp(a[q]->name + n - 7, " guards"))
                return a[q];
        }
    }
    return NULL;
}

/* Has the article named state cc before (its towns' country counts)? */
static int state_named(const kb_coder *c, const char *cc)
{
    for (int q = 0; q < c->nstates; q++)
        if (c->scount[q] > 0 && !strncmp(c->scode[q], cc, 3)) return 1;
    return 0;
}

static void find_mentions(kb_coder *c)
{
    c->nm = 0;
    int paren = c->paren =
        c->nt > 0 && memchr(c->text + c->tok[0].s, '(', c->tok[c->nt - 1].e - c->tok[0].s) != NULL;
    size_t nstart;
    const uint64_t *starts = kbl_phrase_starts(c->lx, &nstart);
    for (int i = 0; i < c->nt;) {
        int32_t node = 0, best_e = -1, best_v = -1, t0 = c->tok[i].id;
        const char *abbr_cc = NULL; /* (the state of an organ's acronym) */
        /* most words start no phrase: the lexicon's bit says so here, without a call */
        int walk = t0 >= 0 && !(starts && (size_t)t0 < nstart && !(starts[t0 >> 6] >> (t0 & 63) & 1));
        for (int j = i; walk && j < c->nt && j < i + 16; j++) {
            node = kbl_trie_child(c->lx, node, c->tok[j].id);
            if (node < 0) break;
            unsigned fl = 0;
            int32_t v = kbl_trie_value(c->lx, node, &fl);
            if (v < 0) continue;
            if ((fl & KBL_F_CAP) && !c->tok[i].cap && !inner_capital(c, i) && !lowercase_person(c, i, j + 1, v))
                continue;
            if ((fl & KBL_F_INNER) && !inner_capital(c, i)) continue;
            if (fl & KBL_F_CASE) {
                int ok = 1;
                for (int k = i; k <= j; k++)
                    if (c->tok[k].kind == KBL_T_WORD && !c->tok[k].allcaps) ok = 0;
                if (!ok) continue;
            }
            best_e = j + 1;
            best_v = v;
        }
        /* an agent noun whose stem is a verb's ("protesters", "demonstrators"): the verb's own
         * past or -ing form is the verb ("students protested"), not the agent */
        if (best_v >= 0 && best_e == i + 1 && kbl_actor_at(c->lx, best_v)->kind == KBL_AGENT) {
            const char *w = c->tok[i].low;
            size_t ln = strlen(w);
            if (((ln > 4 && !strcmp(w + ln - 2, "ed")) || (ln > 5 && !strcmp(w + ln - 3, "ing"))) &&
                is_verb_word(c, i))
                best_v = -1;
        }
        /* a full name of the lexicon that goes on ("Mohammed Mustafa al-Jibouri"): someone else */
        if (best_v >= 0 && best_e > i + 1 && best_e + 2 < c->nt && kbl_actor_at(c->lx, best_v)->kind == KBL_PERSON &&
            is_any(&c->tok[best_e], NAME_PART) && is(&c->tok[best_e + 1], "-") && c->tok[best_e + 2].cap)
            best_v = -1;
        if (best_v >= 0 && best_e == i + 1 && kbl_actor_at(c->lx, best_v)->kind == KBL_PERSON && other_first_name(c, i))
            best_v = -1;
        /* an abbreviation the article defined for an actor of the lexicon */
        if (best_v < 0 && c->nabbr && c->tok[i].cap && c->tok[i].kind == KBL_T_WORD)
            for (int k = 0; k < c->nabbr; k++)
                if ((c->tok[i].allcaps || c->abbr[k].word) && streq(c->abbr[k].low, c->tok[i].low) &&
                    c->abbr[k].actor >= 0 &&
                    /* (initials, not in a line of capitals: "ARAKAN ARMY SEIZES AA ...", nor in
                     * brackets, where they define another name: "the Alliance for Action (AA)") */
                    !(c->abbr[k].initials && i > 0 && is(&c->tok[i - 1], "(")) &&
                    !(c->abbr[k].initials && ((i > 0 && c->tok[i - 1].allcaps && c->tok[i - 1].kind == KBL_T_WORD &&
                                               c->tok[i - 1].e - c->tok[i - 1].s > 3) ||
                                              (i + 1 < c->nt && c->tok[i + 1].allcaps &&
                                               c->tok[i + 1].kind == KBL_T_WORD &&
                                               c->tok[i + 1].e - c->tok[i + 1].s > 3)))) {
                    best_v = c->abbr[k].actor;
                    best_e = i + 1;
                    abbr_cc = c->abbr[k].country;
                    break;
                }
        if (best_v >= 0 && competition_name(c, i, best_e)) best_v = -1;
        /* "Sofia", "Korean": a name the lexicon gives a state only in an article that named the
         * state before (a given name, or either Korea, elsewhere) */
        if (best_v >= 0 && kbl_actor_at(c->lx, best_v)->cond && !state_named(c, kbl_actor_at(c->lx, best_v)->cond))
            best_v = -1;
        /* a form the line excludes ("residents | !residence") names no one */
        for (int j = i; best_v >= 0 && j < best_e; j++)
            if (kbl_excluded(c->lx, best_v, c->tok[j].low)) best_v = -1;
        /* an acronym the article defines for a name the lexicon does not know ("the opposition
         * National Alliance for Change (ANC)") is that name's, not the lexicon's ANC: not here,
         * nor later in the article */
        int name_caps = 0;
        char name_ini[16];
        if (best_v >= 0 && c->tok[i].allcaps && best_e == i + 1 && i >= 3 && is(&c->tok[i - 1], "(") &&
            best_e < c->nt && is(&c->tok[best_e], ")"))
            for (int j = i - 2; j >= 0 && j >= i - 8; j--) {
                const tokinfo *u = &c->tok[j];
                if (u->men >= 0 || u->kind != KBL_T_WORD) break;
                if (u->cap && name_caps < (int)sizeof name_ini - 1) name_ini[name_caps++] = u->low[0];
                else if (!is(u, "for") && !is(u, "of") && !is(u, "and") && !is(u, "the") && !is(u, "de")) break;
            }
        /* (... when the name could be the acronym's: its letters among the name's initials, in any
         * order, "the National Alliance for Change (ANC)"; or a long one of the land's language,
         * "(SENAFRONT)". A synonym engine's "the Japanese Safety Community (ESN)" for the Eastern
         * Security Network is the lexicon's ESN still.) */
        if (name_caps >= 2 && strlen(c->tok[i].low) < 5) {
            name_ini[name_caps] = '\0';
            for (const char *q = c->tok[i].low; *q && name_caps; q++)
                if (!memchr(name_ini, *q, strlen(name_ini))) name_caps = 0;
        }
        /* (... over initials the article only implied: "the Arakan Army ... the Alliance for
         * Action (AA)") */
        for (int k = 0; name_caps >= 2 && k < c->nabbr; k++)
            if (c->abbr[k].initials && streq(c->abbr[k].low, c->tok[i].low)) c->abbr[k].actor = -1, c->abbr[k].initials = 0;
        if (name_caps >= 2 && c->nabbr < (int)(sizeof c->abbr / sizeof *c->abbr)) {
            memcpy(c->abbr[c->nabbr].low, c->tok[i].low, sizeof c->abbr[0].low);
            c->abbr[c->nabbr].word = 0;
            c->abbr[c->nabbr].initials = 0;
            c->abbr[c->nabbr].country = NULL;
            c->abbr[c->nabbr++].actor = -1;
            best_v = -1;
        }
        for (int k = 0; best_v >= 0 && k < c->nabbr; k++)
            if (c->abbr[k].actor < 0 && c->tok[i].allcaps && best_e == i + 1 && streq(c->abbr[k].low, c->tok[i].low))
                best_v = -1;
        if (best_v >= 0) {
            /* "the Arakan Army (AA)": the article may go on with the abbreviation alone */
            const kbl_actor *la = kbl_actor_at(c->lx, best_v);
            /* bare "gang members" in a report on one named gang: its members ("a sergeant was shot
             * dead by gang members") */
            if (la->kind == KBL_AGENT && best_e == i + 2 && is(&c->tok[i], "gang") && is(&c->tok[i + 1], "members") &&
                !(i > 0 && (c->tok[i - 1].cap || c->tok[i - 1].kind == KBL_T_NUM || is_any(&c->tok[i - 1], DETS) ||
                            c->tok[i - 1].men >= 0))) {
                memory gm;
                memory_at(c, i, &gm);
                if (gm.has_group && gm.group.code && !gm.group.country && memcmp(gm.group.code, "---", 3) &&
                    add_pronoun(c, i, i + 2, &gm.group, KBL_GROUP)) {
                    i = best_e;
                    continue;
                }
            }
            if (best_e + 2 < c->nt && is(&c->tok[best_e], "(") && c->tok[best_e + 1].allcaps &&
                c->tok[best_e + 1].kind == KBL_T_WORD && is(&c->tok[best_e + 2], ")") &&
                (la->kind == KBL_GROUP || la->kind == KBL_IGO || la->kind == KBL_STATE) &&
                /* the whole name, not its tail ("Muslim Association of Britain (MAB)"); or a
                 * group's name of two words or more with the acronym of its name in the land's
                 * language ("the East Indonesia Mujahideen (MIT)", Mujahidin Indonesia Timur),
                 * when the lexicon knows no other body by it */
                (c->tok[best_e + 1].low[0] == c->tok[i].low[0] ||
                 (la->kind == KBL_GROUP && best_e - i >= 2 && !lexicon_word(c, best_e + 1))) &&
                /* (a capital word before it is an adjective, not the name's, when the acronym is
                 * the name's own initials: "Communist New People's Army (NPA)") */
                !(i > 0 && ((c->tok[i - 1].cap && !is_any(&c->tok[i - 1], DETS) &&
                             !initials_of(c, i, best_e, c->tok[best_e + 1].low)) ||
                            is(&c->tok[i - 1], "of"))) &&
                c->nabbr < (int)(sizeof c->abbr / sizeof *c->abbr))
                define_abbr(c, c->tok[best_e + 1].low, 0, best_v);
            /* "the National Civil Police (PNC)": a state organ's own name, the lexicon's agent
             * word at its end, defines its acronym too (the organ's state comes from the text) */
            /* (a state organ's: "the Jalisco New Era Cartel (CJNG)" is no organ, and its acronym
             * may be a group the lexicon knows) */
            /* (... and so does any other body named so: "the Tunisian General Labour Union (UGTT)";
             * not an armed or criminal one, a group of its own, nor an acronym the lexicon knows) */
            if (la->kind == KBL_AGENT && la->role && best_e + 2 < c->nt &&
                c->tok[best_e - 1].cap && is(&c->tok[best_e], "(") &&
                c->tok[best_e + 1].allcaps && c->tok[best_e + 1].kind == KBL_T_WORD && is(&c->tok[best_e + 2], ")") &&
                c->nabbr < (int)(sizeof c->abbr / sizeof *c->abbr) &&
                /* (never a group the lexicon knows: a synonym engine's "the Kachin Independence
                 * Military (KIA)" is still the KIA) */
                /* (nor a state's organ the lexicon knows by it: "the National Security Committee
                 * (KNB)" is Kazakhstan's, the acronym names the state) */
                ((state_organ(la->role) && !lexicon_group(c, best_e + 1) && !lexicon_kind(c, best_e + 1, KBL_STATE)) ||
                 (!armed_role(la->role) && strcmp(la->role, "CRM") && !lexicon_word(c, best_e + 1)))) {
                int caps = 0;
                for (int j = best_e - 1; j >= 0 && j >= best_e - 6; j--) {
                    if (c->tok[j].cap && c->tok[j].kind == KBL_T_WORD) caps++;
                    else if (!is(&c->tok[j], "of") && !is(&c->tok[j], "for")) break;
                }
                size_t al = strlen(c->tok[best_e + 1].low);
                /* (or a longer one made of its name in the land's language: "Panama's National
                 * Border Service (SENAFRONT)", for Servicio Nacional de Fronteras) */
                if (caps >= 2 && (((size_t)caps + 1 >= al && al + 1 >= (size_t)caps) || al >= 5)) {
                    int ai = define_abbr(c, c->tok[best_e + 1].low, 0, best_v);
                    /* (with the state its name was told with: "Panama's National Border Service") */
                    int q = i - 1;
                    while (q > 0 && c->tok[q].cap && c->tok[q].kind == KBL_T_WORD && c->tok[q].men < 0) q--;
                    int sm = q >= 1 && is(&c->tok[q], "'s") ? c->tok[q - 1].men : -1;
                    /* (or as an adjective: "the Tunisian General Labour Union") */
                    if (sm < 0 && q >= 0 && q < i && c->tok[q].men >= 0 && c->tok[q].cap) sm = c->tok[q].men;
                    if (sm >= 0 && !c->men[sm].dead && state_like(&c->men[sm])) c->abbr[ai].country = c->men[sm].country;
                }
            }
            /* "the Arakan Army", then "AA fighters": an armed group's initials stand for it later
             * in the article without a definition (two to four capitalised words, each a word) */
            /* (half the slots at most: the definitions the article writes out come first) */
            if (la->kind == KBL_GROUP && best_e - i >= 2 && best_e - i <= 4 &&
                c->nabbr < (int)(sizeof c->abbr / sizeof *c->abbr) / 2) {
                char ini[sizeof c->abbr[0].low] = {0};
                int n = 0;
                for (int j = i; j < best_e && n >= 0; j++)
                    if (c->tok[j].kind == KBL_T_WORD && c->tok[j].cap && !c->tok[j].allcaps) ini[n++] = c->tok[j].low[0];
                    else n = -1;
                if (n >= 2) {
                    ini[n] = '\0';
                    int had = c->nabbr;
                    int k = define_abbr(c, ini, 0, best_v);
                    if (k == had) c->abbr[k].initials = 1;
                }
            }
            /* "the opposition Transformers party": the article may go on with "the Transformers" */
            static const char *const PARTY_HEAD[] = {"party", "movement", NULL};
            if (la->kind == KBL_GROUP && best_e == i + 2 && c->tok[i].cap && !c->tok[i].allcaps &&
                c->tok[i].kind == KBL_T_WORD && is_any(&c->tok[i + 1], PARTY_HEAD) &&
                c->nabbr < (int)(sizeof c->abbr / sizeof *c->abbr))
                define_abbr(c, c->tok[i].low, 1, best_v);
            /* "Iran's Revolutionary Guards": the article may go on with "the Guards" (a body's
             * name ending in a capitalised plural head of its own) */
            static const char *const BODY_HEAD[] = {"guards", "brigades", "corps", NULL};
            if ((la->kind == KBL_GROUP || (la->kind == KBL_STATE && la->n_roles > 0 && strlen(la->roles[0].code) == 6)) &&
                best_e >= i + 2 &&
                c->tok[best_e - 1].cap && !c->tok[best_e - 1].allcaps && is_any(&c->tok[best_e - 1], BODY_HEAD) &&
                c->nabbr < (int)(sizeof c->abbr / sizeof *c->abbr))
                define_abbr(c, c->tok[best_e - 1].low, 1, best_v);
            memory lg;
            if (la->kind == KBL_GROUP && local_alias(c, i, &lg) && add_pronoun(c, i, best_e, &lg.group, KBL_GROUP)) {
                i = best_e;
                continue;
            }
            add_mention(c, i, best_e, la);
            if (abbr_cc && c->nm > 0 && c->men[c->nm - 1].s == i) of_country(c, &c->men[c->nm - 1], abbr_cc);
            if (c->nm >= 2 && c->men[c->nm - 1].s == i && c->men[c->nm - 2].e == i &&
                c->men[c->nm - 2].kind == KBL_AGENT)
                title_office(c, &c->men[c->nm - 2], &c->men[c->nm - 1]);
            i = best_e;
            /* the defined abbreviation itself is no second mention */
            for (int k = 0; k < c->nabbr; k++)
                if (c->abbr[k].actor == best_v && i + 2 < c->nt && is(&c->tok[i], "(") &&
                    streq(c->abbr[k].low, c->tok[i + 1].low) && is(&c->tok[i + 2], ")"))
                    i += 3;
            continue;
        }
        /* a gang, cartel or militia the lexicon does not know, named with capitals (unknown_gang);
         * a body named with its acronym (unknown_acronym_group) */
        if (c->tok[i].cap && c->tok[i].men < 0 && c->nm < MAX_MENTIONS && c->tok[i].kind == KBL_T_WORD) {
            int ge = i > 0 ? unknown_gang(c, i) : 0;
            if (!ge && paren) ge = unknown_acronym_group(c, i);
            if (ge > 0) {
                i = ge;
                continue;
            }
        }
        /* pronouns and anaphoric noun phrases */
        tokinfo *t = &c->tok[i];
        memory m;
        int used = 0;
        int sk = -1;
        const kb_actor *gd = NULL; /* (the guards "its guards" are) */
        for (int k = 0; k < c->nsur && t->cap && sk < 0; k++)
            if (streq(c->sur[k].low, t->low)) sk = k;
        /* (not after another first name: "Nathan Bawm ... Lalthang Bawm" is someone else) */
        static const char *const HONORIFIC[] = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame",
                                                "prof", "professor", "rev", "sheikh", "imam", "general", "gen",
                                                "colonel", "col", "judge", "justice", "mayor", "governor",
                                                "senator", "sen", "rep", "ambassador", "prince", "princess",
                                                "chancellor", "secretary", "speaker", "commissioner", NULL};
        if (sk >= 0 && i > 1 && name_word(c, i - 1) && c->tok[i - 1].e - c->tok[i - 1].s >= 3 &&
            !is_any(&c->tok[i - 1], TITLE_WORDS) && !is_any(&c->tok[i - 1], HONORIFIC) && c->sur[sk].name) {
            const tokinfo *f = &c->tok[i - 1];
            const char *nm = c->sur[sk].name;
            size_t fl = f->e - f->s;
            int same = 0;
            for (const char *q = nm; *q && !same; q++)
                same = (q == nm || q[-1] == ' ') && !strncmp(q, c->text + f->s, fl) && (q[fl] == ' ' || !q[fl]);
            if (!same) sk = -1;
        }
        if (sk >= 0) {
            const char *sc = c->sur[sk].code;
            kb_actor x = {sc, c->sur[sk].name, c->sur[sk].country ? c->sur[sk].country : country_of(c, sc)};
            used = add_pronoun(c, i, i + 1, &x, c->sur[sk].kind);
            if (used) {
                c->men[c->nm - 1].role = c->sur[sk].role;
                c->men[c->nm - 1].titled = 1;
            }
        } else if (is(t, "he") || is(t, "she")) {
            memory_at(c, i, &m);
            /* "condemned what he called ...": the speaker naming a thing, no party to the act
             * (its object is the thing named) */
            if (speaker_naming(c, i)) m.has_person = 0;
            /* ("opposition leader Matthew Wale again demanded that Manele step down ... He
             * denied": a sentence's "He" is the titled subject of the sentence before, not the
             * last person it named) */
            if (i == 0 && c->lead_tsent >= 0 && c->lead_tsent + 1 == c->cur_sent && m.has_person &&
                c->lead_t.code && m.person.code && strcmp(c->lead_t.code, m.person.code))
                used = add_pronoun(c, i, i + 1, &c->lead_t, c->lead_t.country ? KBL_STATE : KBL_GROUP);
            else if (m.has_person) used = add_pronoun(c, i, i + 1, &m.person, KBL_PERSON);
            /* "a man who identified himself as a spokesman for Barrio 18 denied ... He warned":
             * no person named, the speaker for a body who opened the sentence before */
            else if (i == 0 && c->lead_sent >= 0 && c->lead_sent + 1 == c->cur_sent)
                used = add_pronoun(c, i, i + 1, &c->lead, c->lead.country ? KBL_STATE : KBL_GROUP);
            /* ("RPP chairman Rajendra Lingden condemned ... He denied": the office holder who
             * opened the sentence before, no person of the lexicon) */
            else if (i == 0 && c->lead_tsent >= 0 && c->lead_tsent + 1 == c->cur_sent)
                used = add_pronoun(c, i, i + 1, &c->lead_t, c->lead_t.country ? KBL_STATE : KBL_GROUP);
        } else if (is(t, "the") && i + 2 < c->nt && c->lone_sent >= 0 && c->lone_sent < c->cur_sent &&
                   c->lone_sent + 4 >= c->cur_sent &&
                   (is_any(&c->tok[i + 1], LONE) || (is_any(&c->tok[i + 1], ORDINAL) && is_any(&c->tok[i + 2], LONE))) &&
                   !(is(&c->tok[i + 2], "'s") || (i + 3 < c->nt && is(&c->tok[i + 3], "'s")))) {
            /* "... detained an Estonian fisherman ... accused the man of": that one person,
             * a few sentences on (not "the man's boat"); "a third Moroccan man ... the third man" */
            int e = i + 2 + is_any(&c->tok[i + 1], ORDINAL);
            used = c->tok[e - 1].men < 0 && add_pronoun(c, i, e, &c->lone, KBL_STATE);
            if (used) {
                i = e;
                continue;
            }
        } else if (i == 1 && c->stmt_sent >= 0 && c->stmt_sent + 2 >= c->cur_sent && is(&c->tok[0], "the") &&
                   (is(t, "statement") || is(t, "communique")) && i + 1 < c->nt &&
                   c->tok[i + 1].kind == KBL_T_WORD) {
            /* "The statement accused PJAK of ...": whoever spoke in one a sentence or two before (not
             * over an aside: "The statement, signed by the movement's chief of staff,") */
            used = add_pronoun(c, 0, 2, &c->stmt, c->stmt.country ? KBL_STATE : KBL_GROUP);
        } else if (is(t, "the") && i + 2 < c->nt && is(&c->tok[i + 1], "force") &&
                   is_any(&c->tok[i + 2], FORCE_WORDS)) {
            /* "Guyana Police Force ranks opened fire ... In a statement, the force said": the
             * police or army force named before (its remembered head "force") */
            for (int q = c->nheads; q-- > 0 && !used;)
                if (streq(c->heads[q].head, "force") && c->heads[q].country && !c->heads[q].weak) {
                    kb_actor x = {arena_cat(c, c->heads[q].country, c->heads[q].role), "the force",
                                  c->heads[q].country};
                    used = add_pronoun(c, i, i + 2, &x, KBL_STATE);
                    if (used) c->men[c->nm - 1].role = c->heads[q].role;
                }
            if (used) {
                i += 2;
                continue;
            }
        } else if (is(t, "it") && no_one_before(c, i)) {
            /* ("No group has said it carried out the ambush": it is no one) */
        } else if (is(t, "it")) {
            static const char *const IT_SAID[] = {"said", "says", "added", "claimed", "stated", NULL};
            static const char *const IT_WENT_ON[] = {"also", "then", "later", "called", "urged", "warned", "vowed",
                                                     "threatened", "accused", "demanded", "condemned", "rejected",
                                                     "denied", "summoned", "asked", "reopened", "closed", "shut",
                                                     "expelled", "deported", "recalled", "imposed", "lifted", NULL};
            /* (after an opening phrase that names no one: "In a separate statement, it asked") */
            int opening = i == 0;
            if (i >= 3 && is(&c->tok[i - 1], ",") && is_any(&c->tok[0], PREPS)) {
                opening = 1;
                for (int j = 0; j < i && opening; j++) opening = c->tok[j].men < 0;
            }
            memory_at(c, i, &m);
            if (said_subject(c, i, 0, &m.any)) m.has_any = 1, m.any_many = 0;
            /* "..., the group said in a statement. It said its fighters had also ...": the last
             * body that spoke */
            /* (not one of sentences before when the one just before opened on a body: "the
             * defence ministry said. Belarus's State Border Committee dismissed the Latvian
             * account. It said ...") */
            else if (i == 0 && c->has_sayer && i + 1 < c->nt && is_any(&c->tok[i + 1], IT_SAID) &&
                     !(c->sayer_sent + 1 < c->cur_sent && c->lead_sent >= 0 && c->lead_sent + 1 == c->cur_sent &&
                       c->lead.code && c->lead.country))
                m.any = c->sayer, m.has_any = 1, m.any_many = 0;
            /* "Lithuania declared a counsellor at the Belarusian embassy persona non grata. It also
             * summoned ...": the subject of the sentence before, not the last thing it named */
            /* (or whom it addressed: "Georgia's foreign ministry condemned Russia over ... It called on
             * Moscow to withdraw") */
            /* (... and "It said" after "Belarus's State Border Committee dismissed the Latvian
             * account": the committee, not the state its object named) */
            else if (opening && c->lead_sent >= 0 && c->lead_sent + 1 == c->cur_sent && i + 1 < c->nt &&
                     (is_any(&c->tok[i + 1], IT_WENT_ON) || is_any(&c->tok[i + 1], IT_SAID)))
                m.any = c->lead, m.has_any = 1, m.any_many = 0;
            /* ("lawyers and teachers ... It has killed": the conflict, not the teachers) */
            /* ("condemned the launch in a statement, calling it a violation": an act named after
             * the last actor of this sentence is what "it" is) */
            if (m.has_any && !m.any_many && i > 0 && (is(&c->tok[i - 1], "calling") || is(&c->tok[i - 1], "called") ||
                                                      is(&c->tok[i - 1], "describing") || is(&c->tok[i - 1], "branding"))) {
                static const char *const THING[] = {"launch", "launches", "test", "tests", "attack", "attacks", "strike",
                                                    "strikes", "decision", "move", "step", "plan", "law", "remarks",
                                                    "statement", "raid", "bombing", "killing", "killings", "arrest",
                                                    "arrests", "ban", "sanctions", "visit", "deal", "agreement", NULL};
                for (int j = i - 2; j >= 0 && c->tok[j].men < 0; j--)
                    if (is_any(&c->tok[j], THING)) {
                        m.has_any = 0;
                        break;
                    }
            }
            /* ("rejected what it called Juba's insinuations") */
            if (m.has_any && !m.any_many && !speaker_naming(c, i)) used = add_pronoun(c, i, i + 1, &m.any, KBL_STATE);
        } else if (t->low[0] == 't' && streq(t->low, "them") && i >= 2 && is(&c->tok[i - 1], "of") &&
                   (c->tok[i - 2].kind == KBL_T_NUM || is_any(&c->tok[i - 2], OF_THEM))) {
            /* "pursued the attackers and killed four of them": the plural named last before */
            int first = 0;
            while (first < c->nm && c->men[first].dead) first++;
            int subj_end = first;
            while (subj_end + 1 < c->nm && c->men[subj_end + 1].s == c->men[subj_end].e) subj_end++;
            for (int k = c->nm; k-- > 0;) {
                const mention *p = &c->men[k];
                if (p->dead || p->e > i) continue;
                /* (not the clause's own subject: "Cameroonian troops ... killed four of them") */
                if ((!p->plural && p->kind != KBL_GROUP) || k <= subj_end) break;
                kb_actor a = {p->code, p->name, p->country};
                used = add_pronoun(c, i, i + 1, &a, p->kind);
                if (used) c->men[c->nm - 1].role = p->role;
                break;
            }
            if (used) {
                i++;
                continue;
            }
        } else if (t->low[0] == 't' && streq(t->low, "them") &&
                   ((i + 2 < c->nt &&
                     (is(&c->tok[i + 1], "hostage") || is(&c->tok[i + 1], "hostages") ||
                      (is(&c->tok[i + 1], "as") && (is(&c->tok[i + 2], "hostage") || is(&c->tok[i + 2], "hostages"))))) ||
                    (i > 0 && is_any(&c->tok[i - 1], FREED_THEM)))) {
            /* "took them hostage": the article's last victims (of its last act on people); and
             * "The group freed them nine days later": the captives of the act before */
            /* (... the sentence's own, after its subject: "Lao police detained 11 Thai fishermen
             * off Vientiane and released them two days later") */
            int first = first_live_mention(c);
            for (int k = c->nm; k-- > first + 1 && !used;) {
                const mention *p = &c->men[k];
                if (p->dead || p->pronoun || p->e > i || !p->code || strlen(p->code) != 6 ||
                    !kbe_victim_role(p->code + 3))
                    continue;
                /* (not yet composed with its state: "Thai" + "fishermen") */
                const mention *st = k > 0 && c->men[k - 1].e == p->s && c->men[k - 1].kind == KBL_STATE &&
                                            !c->men[k - 1].role && c->men[k - 1].country
                                        ? &c->men[k - 1]
                                        : NULL;
                const char *cc = p->country ? p->country : st ? st->country : NULL;
                if (!cc) break;
                kb_actor a = {arena_cat(c, cc, p->code + 3), p->name, cc};
                used = add_pronoun(c, i, i + 1, &a, KBL_STATE);
                if (used) c->men[c->nm - 1].role = p->code + 3;
            }
            for (size_t q = c->nev; q-- > 0 && !used;) {
                const kb_actor *v = &c->ev[q].target;
                if (!v->code || strlen(v->code) != 6 || !kbe_victim_role(v->code + 3)) continue;
                used = add_pronoun(c, i, i + 1, v, v->country ? KBL_STATE : KBL_AGENT);
                if (used) c->men[c->nm - 1].role = v->code + 3; /* victims, for agentless() */
                break;
            }
            if (used) {
                i++;
                continue;
            }
        } else if ((is(t, "both") ||
                    (is(t, "the") && i + 1 < c->nt && (is(&c->tok[i + 1], "two") || is(&c->tok[i + 1], "2"))) ||
                    (is(t, "the") && i + 2 < c->nt && c->tok[i + 1].low[0] == 's' && is(&c->tok[i + 1], "same") &&
                     is(&c->tok[i + 2], "two"))) &&
                   i + (is(t, "both") ? 1 : is(&c->tok[i + 1], "same") ? 3 : 2) < c->nt) {
            /* "both sides", "the two countries", "the same two forces": the last two states named */
            int k = i + (is(t, "both") ? 1 : is(&c->tok[i + 1], "same") ? 3 : 2);
            tokinfo *u = &c->tok[k];
            /* ... and "the two armies", "both militaries": the last two states' forces */
            int forces = is(u, "armies") || is(u, "militaries") || is(u, "forces");
            /* "talks between the government and a 3R delegation ..., and the two sides agreed":
             * the two named after "between" earlier in the sentence */
            /* (... or "the two ministers", "the two leaders": the pair that met before) */
            /* (... and "the two factions", the pair that fought or met before) */
            static const char *const PAIR_HEADS[] = {"ministers", "leaders", "presidents", "premiers", "delegations",
                                                     "envoys",    "chiefs",  "commanders", "factions", "groups",
                                                     "movements", "militias", NULL};
            int heads = is_any(u, PAIR_HEADS);
            if ((is(u, "sides") || (heads && c->has_pair)) && c->nm + 2 <= MAX_MENTIONS) {
                int a = -1, b = -1, found = 0;
                for (int j = 0; j + 1 < i && !found; j++)
                    if (is(&c->tok[j], "between")) found = between_pair(c, j, i, &a, &b);
                /* ... or in an earlier sentence ("mediated talks between X and a delegation of Y
                 * ... At the end of the meeting, the two sides agreed") */
                if (found || c->has_pair) {
                    int first = c->nm;
                    kb_actor x = found ? (kb_actor){c->men[a].code, c->men[a].name, c->men[a].country} : c->pair[0];
                    kb_actor y = found ? (kb_actor){c->men[b].code, c->men[b].name, c->men[b].country} : c->pair[1];
                    add_pronoun(c, i, k + 1, &x, x.country ? KBL_STATE : KBL_GROUP);
                    add_pronoun(c, i, k + 1, &y, y.country ? KBL_STATE : KBL_GROUP);
                    if (c->nm == first + 2) {
                        c->men[first + 1].pair = 1;
                        for (int j = i; j <= k; j++) c->tok[j].men = (int16_t)first;
                        i = k + 1;
                        continue;
                    }
                }
            }
            /* (... and "the two foreign ministries", "the two defence ministries": the states'; a
             * synonym engine's "the 2 international ministries" too) */
            if (!forces && k + 1 < c->nt && c->tok[k + 1].kind == KBL_T_WORD && !c->tok[k + 1].cap &&
                (is(&c->tok[k + 1], "ministries") || is(&c->tok[k + 1], "governments")) &&
                (is(u, "foreign") || is(u, "defence") || is(u, "defense") || is(u, "interior") ||
                 is(u, "international") || is(u, "overseas"))) {
                u = &c->tok[++k];
            }
            /* (... and "both banks of the Tanoé": a river's two states) */
            int banks = is(u, "banks") && k + 3 < c->nt && is(&c->tok[k + 1], "of") && is(&c->tok[k + 2], "the") &&
                        c->tok[k + 3].cap;
            if (is(u, "sides") || is(u, "countries") || is(u, "neighbours") || is(u, "neighbors") ||
                is(u, "nations") || is(u, "governments") || is(u, "ministries") || is(u, "capitals") || forces ||
                banks) {
                memory_at(c, i, &m);
                kb_actor x = m.state, y = m.state2;
                /* the parties of the article's last event between two states, if any; of its
                 * last joint act (told each way: talks, a ceasefire) first, not a mediator's */
                size_t pick = c->nev;
                for (size_t q = c->nev; q-- > 0 && pick == c->nev;) {
                    const kb_event *a = &c->ev[q];
                    if (!a->source.country || !a->target.country || !strcmp(a->source.country, a->target.country))
                        continue;
                    for (size_t r = c->nev; r-- > 0;)
                        if (c->ev[r].source.country && c->ev[r].target.country &&
                            !strcmp(c->ev[r].source.country, a->target.country) &&
                            !strcmp(c->ev[r].target.country, a->source.country)) {
                            pick = q;
                            break;
                        }
                }
                for (size_t q = pick < c->nev ? pick + 1 : c->nev; q-- > 0;) {
                    kb_event *ev = &c->ev[q];
                    if (ev->source.country && ev->target.country && strcmp(ev->source.country, ev->target.country)) {
                        x.code = ev->source.country;
                        x.name = ev->source.name;
                        x.country = ev->source.country;
                        y.code = ev->target.country;
                        y.name = ev->target.name;
                        y.country = ev->target.country;
                        m.has_state = 1;
                        break;
                    }
                }
                /* (... and "the two countries' border commanders", "the two countries' foreign
                 * ministers": the two states' organs the words after the possessive name) */
                const char *organ = forces ? "MIL" : NULL;
                if (!forces && k + 2 < c->nt && (is(&c->tok[k + 1], "'") || is(&c->tok[k + 1], "'s")) &&
                    !is(u, "capitals")) {
                    static const char *const MIL_HEADS[] = {"commanders", "forces", "troops", "guards", "armies",
                                                            "militaries", "services", "soldiers", NULL};
                    static const char *const COP_HEADS[] = {"police", "policemen", NULL};
                    static const char *const GOV_HEADS[] = {"ministers", "officials", "leaders", "delegations",
                                                            "envoys", "presidents", "premiers", NULL};
                    for (int q = k + 2; q < c->nt && q <= k + 4 && !organ; q++) {
                        organ = is_any(&c->tok[q], MIL_HEADS)   ? "MIL"
                                : is_any(&c->tok[q], COP_HEADS) ? "COP"
                                : is_any(&c->tok[q], GOV_HEADS) ? "GOV"
                                                                : NULL;
                        if (organ) k = q;
                        else if (c->tok[q].kind != KBL_T_WORD || c->tok[q].cap) break;
                    }
                }
                if (m.has_state && y.code && organ && x.code && strlen(x.code) >= 3 && strlen(y.code) >= 3) {
                    x.country = kb_arena_strndup(c->arena, x.country ? x.country : x.code, 3);
                    y.country = kb_arena_strndup(c->arena, y.country ? y.country : y.code, 3);
                    x.code = arena_cat(c, x.country, organ);
                    y.code = arena_cat(c, y.country, organ);
                }
                if (m.has_state && y.code && c->nm + 2 <= MAX_MENTIONS) {
                    int first = c->nm;
                    add_pronoun(c, i, k + 1, &x, KBL_STATE);
                    add_pronoun(c, i, k + 1, &y, KBL_STATE);
                    if (c->nm == first + 2) {
                        c->men[first + 1].pair = 1;
                        for (int j = i; j <= k; j++) c->tok[j].men = (int16_t)first;
                        i = k + 1;
                        continue;
                    }
                }
            }
            /* "the two forces traded fire", "both sides" after two units of one state no event
             * has set apart: the last two named ("the Deterrence Apparatus and the 444 Brigade") */
            if ((is(u, "forces") || is(u, "sides") || is(u, "factions") || is(u, "militias") ||
                 is(u, "brigades") || is(u, "groups")) &&
                c->nm + 2 <= MAX_MENTIONS) {
                memory_at(c, i, &m);
                if (m.has_unit && m.has_unit2 && m.unit.code && m.unit2.code && !strcmp(m.unit.code, m.unit2.code)) {
                    int first = c->nm;
                    add_pronoun(c, i, k + 1, &m.unit2, KBL_GROUP);
                    add_pronoun(c, i, k + 1, &m.unit, KBL_GROUP);
                    if (c->nm == first + 2) {
                        c->men[first + 1].pair = 1;
                        c->men[first].unitpair = c->men[first + 1].unitpair = 1;
                        for (int j = i; j <= k; j++) c->tok[j].men = (int16_t)first;
                        i = k + 1;
                        continue;
                    }
                }
            }
            i++;
            continue;
        } else if (is(t, "they")) {
            kb_actor sp_they = {0};
            /* "X and Y said they would ...": both */
            int a = -1, b = -1;
            for (int k = c->nm - 1; k > 0 && a < 0; k--) {
                const mention *x = &c->men[k - 1], *y = &c->men[k];
                int ha;
                if (x->pronoun || y->pronoun || !x->code || !y->code || !strcmp(x->code, y->code) ||
                    !memcmp(x->code, "---", 3) || !memcmp(y->code, "---", 3))
                    continue;
                if (only_connectors(c, x->e, y->s, &ha) && is(&c->tok[y->s - 1], "and")) a = k - 1, b = k;
            }
            kb_actor x = {0}, y = {0};
            kbl_kind ka = KBL_STATE, kb = KBL_STATE;
            int both = 0;
            if (a >= 0) {
                x = (kb_actor){c->men[a].code, c->men[a].name, c->men[a].country};
                y = (kb_actor){c->men[b].code, c->men[b].name, c->men[b].country};
                ka = c->men[a].kind;
                kb = c->men[b].kind;
                both = 1;
            } else if (c->nm == 0) {
                /* a sentence that opens with "they" after two sides acted together */
                both = joint_subject(c, &x, &y);
            }
            if (both && c->nm + 2 <= MAX_MENTIONS) {
                int first = c->nm;
                add_pronoun(c, i, i + 1, &x, ka);
                add_pronoun(c, i, i + 1, &y, kb);
                if (c->nm == first + 2) {
                    c->men[first + 1].pair = 1;
                    c->tok[i].men = (int16_t)first;
                    i++;
                    continue;
                }
            }
            /* "Gunmen killed 11 people, seven of them police officers, when they stormed a police
             * station": armed men no one named, the sentence's subject, are "they" of its clause */
            static const char *const SUBCLAUSE[] = {"when", "after", "as", "before", "while", "until", NULL};
            int sub = -1;
            if (i > 0 && is_any(&c->tok[i - 1], SUBCLAUSE))
                for (int k = 0; k < c->nm && sub < 0; k++) {
                    const mention *x = &c->men[k];
                    if (x->dead || x->pronoun) continue;
                    if (x->e <= i && x->plural && x->code && !x->country && x->role && !memcmp(x->code, "---", 3) &&
                        armed_role(x->role))
                        sub = k;
                    /* (... and a state's troops or police the sentence opens with, when "they" use
                     * force: "The soldiers, from an infantry company ..., were patrolling the
                     * riverbank when they opened fire"; not "when they came under fire") */
                    static const char *const FORCE_ACT[] = {"opened", "fired", "shot", "attacked", "raided",
                                                            "stormed", "clashed", "intercepted", "chased",
                                                            "used", "returned", NULL};
                    if (x->e <= i && x->s <= 1 && x->plural && x->code && x->role &&
                        (!strcmp(x->role, "MIL") || !strcmp(x->role, "COP")) && i + 1 < c->nt &&
                        is_any(&c->tok[i + 1], FORCE_ACT))
                        sub = k;
                    break; /* the sentence's first mention only */
                }
            if (sub >= 0) {
                kb_actor x = {c->men[sub].code, c->men[sub].name, c->men[sub].country};
                used = add_pronoun(c, i, i + 1, &x, c->men[sub].country ? KBL_STATE : KBL_AGENT);
                if (used) c->men[c->nm - 1].role = c->men[sub].role;
            } else if (i >= 2 && is(&c->tok[i - 1], "said") && c->nm > 0 && !c->men[0].dead && !c->men[0].pronoun &&
                       c->men[0].plural && c->men[0].e == i - 1 && c->men[0].s <= 1) {
                /* "Police said they had arrested 23 people": the sayers, who open the sentence */
                kb_actor x = {c->men[0].code, c->men[0].name, c->men[0].country};
                used = add_pronoun(c, i, i + 1, &x, c->men[0].kind);
                if (used) c->men[c->nm - 1].role = c->men[0].role;
            } else if (i >= 2 && is(&c->tok[i - 1], "said") && said_subject(c, i, 0, &sp_they) && sp_they.code &&
                       sp_they.name && plural_name(sp_they.name)) {
                /* "Ground forces of the Islamic Revolutionary Guard Corps (IRGC) said they had
                 * killed ...": the plural sayers */
                used = add_pronoun(c, i, i + 1, &sp_they, sp_they.country ? KBL_STATE : KBL_GROUP);
            } else if (i == 0 && c->psubj_sent >= 0 && c->psubj_sent + 1 == c->cur_sent && c->psubj.code &&
                       i + 1 < c->nt && !is_any(&c->tok[i + 1], BE) && !is(&c->tok[i + 1], "had") &&
                       !(i + 2 < c->nt && is_any(&c->tok[i + 2], BE))) {
                /* "The marines detained the other 23 crew members ... They also seized the
                 * vessel": a "They" opening the sentence and acting goes on with the plural
                 * body that opened the one before (not "They were released": the held) */
                used = add_pronoun(c, i, i + 1, &c->psubj, c->psubj.country ? KBL_STATE : KBL_GROUP);
            } else {
                memory_at(c, i, &m);
                /* ("No one has said they planted the device": they are no one) */
                if (no_one_before(c, i)) m.has_plural = m.has_any = 0;
                if (m.has_plural) used = add_pronoun(c, i, i + 1, &m.plural, KBL_GROUP);
                else if (m.has_any && !m.any_one) used = add_pronoun(c, i, i + 1, &m.any, KBL_STATE);
            }
        } else if ((is(t, "its") || is(t, "their")) && i + 1 < c->nt && is(&c->tok[i + 1], "guards") &&
                   (gd = guards_of(c, 1)) != NULL) {
            used = add_pronoun(c, i, i + 2, gd, KBL_STATE);
            if (used) {
                i += 2;
                continue;
            }
        } else if ((is(t, "its") || is(t, "their")) && i + 1 < c->nt && neighbour_word(c, i + 1)) {
            /* "accusing its southern neighbour of ...": the last state named that is not the
             * sentence's subject's */
            memory_at(c, i, &m);
            const char *own = NULL;
            for (int k = 0; k < c->nm && !own; k++)
                if (!c->men[k].dead && c->men[k].country && c->men[k].s <= 2) own = c->men[k].country;
            kb_actor *x = m.has_state && !(own && m.state.country && !strncmp(m.state.country, own, 3)) ? &m.state
                          : m.state2.code && !(own && m.state2.country && !strncmp(m.state2.country, own, 3)) ? &m.state2
                                                                                                       : NULL;
            int e = neighbour_word(c, i + 1);
            if (x) used = add_pronoun(c, i, e, x, KBL_STATE);
            if (used) {
                i = e;
                continue;
            }
        } else if (is(t, "the") && i + 1 < c->nt) {
            tokinfo *u = &c->tok[i + 1];
            /* ('the "Khawarij"': a word quoted after "the") */
            int quoted = i + 2 < c->nt && (is(u, "\"") || is(u, "\xe2\x80\x9c")) && c->tok[i + 2].kind == KBL_T_WORD;
            if (quoted) u = &c->tok[i + 2];
            /* "the group", "the militia": the article's last group; "the rebels", "the militants"
             * (plain words for armed men): its named armed group, when it has one */
            static const char *const THE_GROUP[] = {"group", "outfit", "organisation", "organization", "movement",
                                                    "militia", "faction", "gang", "cartel", "federation", "party", NULL};
            static const char *const THE_ARMED[] = {"rebels", "militants", "insurgents", "jihadists", "gangs",
                                                    "guerrillas", "attackers", "assailants", "fighters", "gunmen",
                                                    "paramilitaries", "terrorists", "dissidents", "khawarij", NULL};
            /* "the four" standing alone: the people last named with that count */
            int w = count_word(u);
            if (w >= 0 && c->tally[w].code && !quoted && i + 2 < c->nt) {
                const tokinfo *n = &c->tok[i + 2];
                static const char *const AFTER_COUNT[] = {"were", "was", "had", "have", "who", "and", "said",
                                                          "remain", "remained", "are", NULL};
                if (n->kind == KBL_T_PUNCT || is_any(n, AFTER_COUNT) ||
                    (is_any(n, PREPS) && !(i + 3 < c->nt && is(n, "of") && is(&c->tok[i + 3], "them")))) {
                    if (add_pronoun(c, i, i + 2, &c->tally[w], KBL_STATE)) c->men[c->nm - 1].plural = 1;
                    i++;
                    continue;
                }
            }
            int plain = is_any(u, THE_ARMED);
            /* ("the Front" after "the Polisario Front": a capital head word of the group's name) */
            /* (not a name that goes on: "the Front for Change and Concord in Chad") */
            int front = u->cap && (is(u, "front") || is(u, "movement") || is(u, "council")) && i > 0 &&
                        !(i + 2 < c->nt && (is(&c->tok[i + 2], "for") || is(&c->tok[i + 2], "of") ||
                                            (c->tok[i + 2].cap && c->tok[i + 2].kind == KBL_T_WORD)));
            /* "the insurgent group", "the armed group", "the same group": the article's last group too */
            static const char *const GROUP_ADJ[] = {"insurgent", "rebel", "armed", "militant", "jihadist",
                                                    "separatist", "extremist", "islamist", "clandestine",
                                                    "underground", "outlawed", "banned", "nationalist",
                                                    "secessionist", "terrorist", "jihadi", "same", "identical",
                                                    "paramilitary", NULL};
            int adj = i + 2 < c->nt && is_any(u, GROUP_ADJ) && is_any(&c->tok[i + 2], THE_GROUP);
            if (plain || adj || front || is_any(u, THE_GROUP)) {
                memory_at(c, i, &m);
                if (m.has_group && (!plain || (m.group.code && !m.group.country && memcmp(m.group.code, "---", 3)))) {
                    used = add_pronoun(c, i, i + 2 + adj + quoted, &m.group, KBL_GROUP);
                    if (used && adj) i++;
                    if (used && quoted) i++;
                } else if (!m.has_group && is(u, "group") && !quoted && c->folk_group.code) {
                    /* ("opened fire on a group of Indonesians ... the group had attacked the
                     * officers": the people named as that group, when no armed group was named) */
                    used = add_pronoun(c, i, i + 2, &c->folk_group, KBL_STATE);
                    if (used) c->men[c->nm - 1].plural = 1;
                } else if (plain && !quoted && (is(u, "attackers") || is(u, "assailants") || is(u, "raiders"))) {
                    /* ("Armed settlers killed five villagers ... The attackers also set fire to 11
                     * houses": the doers of the article's last attack, people of a state no group
                     * names) */
                    for (size_t k = c->nev; k-- > 0;) {
                        const kb_event *w = &c->ev[k];
                        if (w->historical || root_of(w->root) < 18) continue;
                        if (w->source.code && w->source.country && strlen(w->source.code) == 6 &&
                            !state_organ(w->source.code + 3))
                            used = add_pronoun(c, i, i + 2, &w->source, KBL_STATE);
                        break;
                    }
                }
            } else if ((is(u, "north") || is(u, "south")) && u->cap &&
                       !(i + 2 < c->nt && c->tok[i + 2].cap && c->tok[i + 2].kind == KBL_T_WORD)) {
                /* "the North fired a missile" after "North Korea": the state named "North ..." */
                memory_at(c, i, &m);
                const kb_actor *x = NULL;
                const kb_actor *cand[2] = {m.has_state ? &m.state : NULL, m.state2.code ? &m.state2 : NULL};
                for (int q = 0; q < 2 && !x; q++)
                    if (cand[q] && cand[q]->name && !strncasecmp(cand[q]->name, u->low, strlen(u->low)) &&
                        cand[q]->name[strlen(u->low)] == ' ')
                        x = cand[q];
                if (x) used = add_pronoun(c, i, i + 2, x, KBL_STATE);
            } else if (((is(u, "mission") || is(u, "bloc")) && !quoted &&
                        !(i + 2 < c->nt && (is(&c->tok[i + 2], "statement") || is(&c->tok[i + 2], "control")))) ||
                       /* ("the regional bloc's envoy", "the continental body") */
                       ((is(u, "regional") || is(u, "continental")) && i + 2 < c->nt &&
                        (is(&c->tok[i + 2], "bloc") || is(&c->tok[i + 2], "body") ||
                         is(&c->tok[i + 2], "grouping")))) {
                /* "the mission blamed ...", "the head of the mission": the international body named
                 * last (not "the mission statement") */
                int wide = !is(u, "mission") && !is(u, "bloc");
                memory_at(c, i, &m);
                if (m.has_igo && m.igo_cut) m.igo.code = kb_arena_strndup(c->arena, m.igo.code, m.igo_cut);
                /* ("the regional bloc": the last regional body, not the UN named since) */
                if (is(u, "regional") && m.has_regional) m.igo = m.regional;
                else if (is(u, "regional")) m.has_igo = 0;
                if (m.has_igo) used = add_pronoun(c, i, i + 2 + wide, &m.igo, KBL_IGO);
                if (used && wide) i++;
            } else if ((is(u, "service") || is(u, "agency")) && !quoted && !u->cap) {
                /* "The service said the shots had come from ...": the state's body named last by
                 * that word */
                memory_at(c, i, &m);
                const char *sp = m.has_body ? strrchr(m.body.name, ' ') : NULL;
                if (sp && !strcasecmp(sp + 1, u->low)) {
                    used = add_pronoun(c, i, i + 2, &m.body, KBL_STATE);
                    if (used) c->men[c->nm - 1].role = m.body.code + 3;
                }
            } else if (is(u, "guards") && !quoted && !u->cap) {
                const kb_actor *g = guards_of(c, 0);
                if (g) used = add_pronoun(c, i, i + 2, g, KBL_STATE);
            } else if (is(u, "country") || is(u, "nation")) {
                memory_at(c, i, &m);
                if (m.has_state) used = add_pronoun(c, i, i + 2, &m.state, KBL_STATE);
            } else if ((is(u, "neighbouring") || is(u, "neighboring") || is(u, "other")) && i + 2 < c->nt &&
                       (is(&c->tok[i + 2], "country") || is(&c->tok[i + 2], "nation"))) {
                /* "the neighbouring country": the last state other than this sentence's first */
                memory_at(c, i, &m);
                const char *here = NULL;
                for (int k = 0; k < c->nm && !here; k++)
                    if (!c->men[k].dead && c->men[k].country) here = c->men[k].country;
                const kb_actor *a = NULL;
                if (m.has_state && (!here || strcmp(m.state.code, here))) a = &m.state;
                else if (m.state2.code && (!here || strcmp(m.state2.code, here))) a = &m.state2;
                if (a && add_pronoun(c, i, i + 3, a, KBL_STATE)) {
                    i += 3;
                    continue;
                }
            }
            if (used) {
                i += 2;
                continue;
            }
        }
        i++;
    }
}

/* An international body the lexicon lacks ("the Ceasefire Violations Committee (CFVC)",
 * "the Joint Verification Commission", "the International Grains Council"): a run of
 * capitalised words ending in a body's word, with a word that says it is international and
 * no state in it, is an IGO ("IGO": no specific code known). */
static const char *const BODY_HEADS[] = {"committee", "commission", "council", "agency", "organization",
                                         "organisation", "programme", "program", "fund", "forum", "bank",
                                         "union", "alliance", "conference", "community", "tribunal", "court",
                                         "mission", "authority", "secretariat", "federation", "association",
                                         "cooperation", "panel", "board", "force", "institute", NULL};
static const char *const BODY_CUES[] = {"international", "united", "nations", "global", "joint",
                                        "regional", "intergovernmental", "inter-governmental", "multinational",
                                        "african", "asian", "european", "arab", "islamic", "pacific",
                                        "atlantic", "gulf", "commonwealth", "ceasefire", "cease-fire", "truce",
                                        "verification", "monitoring", "observer", "observers", "americas",
                                        "caribbean", "nordic", "baltic", "mediterranean", NULL};
static const kbl_actor IGO_UNKNOWN = {"IGO", NULL, "IGO", KBL_IGO, NULL, 0, NULL, 0, NULL};
/* a state's national body the lexicon lacks ("the National Human Rights Commission"): a body
 * of no country yet, a voice of the article's state when it addresses that state (emit) */
static const kbl_actor NATIONAL_BODY = {"national body", NULL, "NGO", KBL_AGENT, NULL, 0, NULL, 0, NULL};

static void unknown_bodies(kb_coder *c)
{
    static const char *const INNER[] = {"of", "for", "on", "and", "-", NULL};
    for (int i = 1; i < c->nt && c->nm < MAX_MENTIONS; i++) {
        if (!c->tok[i].cap || c->tok[i].men >= 0 || !is_any(&c->tok[i], BODY_HEADS)) continue;
        int s = i, cue = 0;
        while (s > 0 && s > i - 8) {
            const tokinfo *t = &c->tok[s - 1];
            if (t->men >= 0 || is_any(t, DETS)) break;
            if (t->kind == KBL_T_WORD && t->cap && !t->allcaps) s--;
            else if (is_any(t, INNER) && s - 2 >= 0 && c->tok[s - 2].cap && c->tok[s - 2].men < 0) s--;
            else break;
        }
        if (s == i) continue;
        int supreme = 0;
        for (int k = s; k <= i; k++) {
            if (is_any(&c->tok[k], BODY_CUES)) cue = is(&c->tok[k], "islamic") && cue != 1 ? 2 : 1;
            if (is(&c->tok[k], "supreme") || is(&c->tok[k], "higher")) supreme = 1;
        }
        /* a land's supreme religious body ("the Supreme Alawite Islamic Council"): "Islamic"
         * says no more than its faith, and the body is the article's state's */
        if (cue == 2 && supreme) cue = 0;
        /* a state's own body ("the Kenyan Electoral Commission") is that state's */
        if (s > 0 && c->tok[s - 1].men >= 0) continue;
        /* (not "the National Election Board of Ethiopia": the state named after it composes) */
        int national = !cue && (is(&c->tok[s], "national") || supreme) && i > s + 1 &&
                       !(i + 2 < c->nt && is(&c->tok[i + 1], "of") && c->tok[i + 2].men >= 0);
        if (!cue && !national) continue;
        int e = i + 1;
        /* "(CFVC)" */
        if (e + 2 < c->nt && is(&c->tok[e], "(") && c->tok[e + 1].allcaps && is(&c->tok[e + 2], ")")) e += 3;
        int p = 0;
        while (p < c->nm && c->men[p].s < s) p++;
        memmove(&c->men[p + 1], &c->men[p], (size_t)(c->nm - p) * sizeof c->men[0]);
        for (int k = 0; k < c->nt; k++)
            if (c->tok[k].men >= p) c->tok[k].men++;
        for (int k = 0; k <= c->nm; k++)
            if (k != p && c->men[k].group >= p) c->men[k].group++;
        int n = c->nm;
        c->nm = p;
        add_mention(c, s, e, national ? &NATIONAL_BODY : &IGO_UNKNOWN);
        c->men[p].national = national;
        c->nm = n + 1;
        i = e;
    }
}

/* Mentions inside compounds modify a noun and are no actors: "US-led troops",
 * "Taliban-allied", "anti-Pakistan", "Pakistan-Afghanistan border". */
static int is_verb_word(kb_coder *c, int i);
static int is_participle(const tokinfo *t);
static int time_adverbial(kb_coder *c, int pos);

/* a dash between words ("-", en or em dash) */
static int is_dash(const tokinfo *t)
{
    return t->kind == KBL_T_PUNCT && (is(t, "-") || is(t, "\xe2\x80\x94") || is(t, "\xe2\x80\x93"));
}

/* A dateline opening the sentence ("NAIROBI, March 3 (Reuters) - Gunmen ...", "KABUL (AP) --"):
 * the index of its dash, else -1. Before the dash only capitals, numbers, commas and the
 * agency in brackets; the first word in capitals or a bracket before the dash (so "Pakistan --
 * which ..." is no dateline), and a capital or a number after it. */
static int dateline_dash(const kb_coder *c)
{
    int paren = 0;
    for (int i = 1; i < c->nt && i < 14; i++) {
        const tokinfo *t = &c->tok[i];
        int dash = is_dash(t);
        if (dash && t->s > c->tok[i - 1].e) {
            int d = i;
            if (d + 1 < c->nt && is(&c->tok[d + 1], "-")) d++; /* "--" */
            if (d + 1 >= c->nt || !(c->tok[d + 1].cap || c->tok[d + 1].kind == KBL_T_NUM)) return -1;
            const tokinfo *f = &c->tok[0];
            return (f->allcaps && f->e - f->s >= 3) || paren ? d : -1;
        }
        if (t->kind == KBL_T_WORD && !t->cap) return -1;
        if (is(t, "(")) paren = 1;
        else if (t->kind == KBL_T_PUNCT && !is(t, ")") && !is(t, ",") && !is(t, ".") && !is(t, "/")) return -1;
    }
    return -1;
}

/* One more mention of state cc in the article; its slot in scode, -1 when full. */
static int count_state(kb_coder *c, const char *cc)
{
    int f = -1;
    for (int q = 0; q < c->nstates; q++)
        if (!strncmp(c->scode[q], cc, 3)) f = q;
    if (f < 0 && c->nstates < 32) {
        f = c->nstates++;
        snprintf(c->scode[f], 4, "%.3s", cc);
        c->scount[f] = 0;
    }
    if (f >= 0) c->scount[f]++;
    return f;
}

static void kill_modifiers(kb_coder *c)
{
    /* "the National Security Committee (KNB)": a body of no state named with the acronym the
     * lexicon knows as a state's organ is that organ */
    for (int i = 0; c->paren && i + 1 < c->nm; i++) {
        mention *a = &c->men[i], *b = &c->men[i + 1];
        if (a->dead || b->dead || a->pronoun || b->pronoun || a->country || !a->role || !state_organ(a->role) ||
            !b->country || !b->code || strlen(b->code) != 6 || b->kind != KBL_STATE || b->e - b->s != 1 ||
            b->s != a->e + 1 || !is(&c->tok[a->e], "(") || b->e >= c->nt || !is(&c->tok[b->e], ")") ||
            !c->tok[b->s].allcaps)
            continue;
        a->country = b->country;
        a->code = b->code;
        a->role = b->code + 3;
        a->kind = KBL_STATE;
        drop_mention(c, b);
    }
    /* the place and agency of a dateline are no actor; the first dateline's city still counts
     * once for its state, the land the report is filed from ("SEOUL, Feb. 23 - ... Police
     * detained four of the protesters") */
    int dl = c->nt > 3 && c->tok[0].cap ? dateline_dash(c) : -1;
    for (int i = 0; dl > 0 && i < c->nm; i++)
        if (c->men[i].e <= dl && !c->men[i].pronoun) {
            if (!c->dl_counted && c->men[i].country && c->men[i].capital) {
                c->dl_counted = 1;
                count_state(c, c->men[i].country);
            }
            drop_mention(c, &c->men[i]);
        }
    /* "Spanish Town", "Mexico City": a state's name or demonym that opens a place's name is no
     * state; nor is one before "'s Island", "'s Bay" (the place finder stops at the "'s": "Saint
     * Martin's Island") */
    static const char *const GEO_HEAD[] = {"island", "islands", "bay", "point", "peak", "harbour", "harbor",
                                           "reef", "town", "creek", "cove", "sound", NULL};
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->pronoun || m->dead || m->kind != KBL_STATE || m->role) continue;
        /* (nor a capital that names a crossing: "blocked the Santiago bridge between Irun and
         * Hendaye") */
        static const char *const CROSSING[] = {"bridge", "crossing", "checkpoint", NULL};
        if (m->capital && m->e < c->nt && is_any(&c->tok[m->e], CROSSING) && m->s > 0 && is(&c->tok[m->s - 1], "the")) {
            drop_mention(c, m);
            continue;
        }
        if ((c->nprefs && place_ref_over(c, c->tok[m->s].s, c->tok[m->e - 1].e)) ||
            (m->e + 1 < c->nt && is(&c->tok[m->e], "'s") && c->tok[m->e + 1].cap && is_any(&c->tok[m->e + 1], GEO_HEAD)))
            drop_mention(c, m);
    }
    /* "Russian speakers", "Russian-speaking residents", "Arabic-language media": a language, no
     * state */
    static const char *const TONGUE[] = {"speakers", "speaker", "speaking", "language", NULL};
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->pronoun || m->dead || m->kind != KBL_STATE || m->role || m->e >= c->nt) continue;
        int q = m->e;
        if (q + 1 < c->nt && is(&c->tok[q], "-") && c->tok[q].s == c->tok[q - 1].e) q++;
        if (is_any(&c->tok[q], TONGUE)) drop_mention(c, m);
    }
    /* "a court in La Unión": a capitalised role word inside a place's name (one a Romance article
     * opens) is no actor */
    static const char *const ROMANCE_ART[] = {"la", "el", "le", "los", "las", "les", NULL};
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->pronoun || m->dead || m->kind != KBL_AGENT || m->country || !c->tok[m->s].cap || m->s == 0) continue;
        if (c->tok[m->s - 1].cap && is_any(&c->tok[m->s - 1], ROMANCE_ART)) {
            drop_mention(c, m);
            continue;
        }
        uint32_t s = c->tok[m->s].s, e = c->tok[m->e - 1].e;
        for (size_t k = 0; k < c->nprefs && c->prefs[k].start < s; k++)
            if (c->prefs[k].end >= e && !c->prefs[k].metonym) {
                drop_mention(c, m);
                break;
            }
    }
    /* "in Yemen's al-Mahra governorate", "near Kandahar province": a division's head word after
     * a place named in a phrase a preposition opens is the place, no governor's office ("The
     * North Sinai governorate imposed a curfew" is one) */
    static const char *const DIVISION[] = {"governorate", "governorates", "province", "provinces", "prefecture",
                                           "municipality", NULL};
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->pronoun || m->dead || m->kind != KBL_AGENT || m->country || m->e != m->s + 1 || m->s < 2 ||
            !is_any(&c->tok[m->s], DIVISION) || !c->tok[m->s - 1].cap)
            continue;
        for (int q = m->s - 1; q >= 0 && q >= m->s - 7; q--) {
            const tokinfo *t = &c->tok[q];
            if (is_any(t, PREPS)) {
                drop_mention(c, m);
                break;
            }
            if (!(t->cap || is(t, "'s") || is(t, "-") || is(t, "al") || is(t, "el") || is(t, "the"))) break;
        }
    }
    /* "government forces and allied fighters killed ...": the allies of a state's organ are on
     * its side, no second doer (nor "the army and its allied militias") */
    for (int i = 1; i < c->nm; i++) {
        mention *m = &c->men[i], *o = &c->men[i - 1];
        int s0 = m->s;
        if (s0 >= 2 && is(&c->tok[s0 - 1], "its")) s0--;
        if (m->pronoun || o->dead || !m->role || m->country || s0 < 3 || !is(&c->tok[s0 - 1], "allied") ||
            !is(&c->tok[s0 - 2], "and") || o->e != s0 - 2 || !o->role || !state_organ(o->role))
            continue;
        drop_mention(c, m);
    }
    /* a ship's flag is no party when the sentence names its crew's people ("boarded the
     * Liberian-flagged tanker and kidnapped eight of its crew, all of them Indian nationals") */
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->pronoun || m->dead || !m->country || m->e + 1 >= c->nt || !is(&c->tok[m->e], "-") ||
            !is(&c->tok[m->e + 1], "flagged"))
            continue;
        static const char *const CREW[] = {"nationals", "crew", "sailors", "seafarers", "citizens", NULL};
        for (int k = 0; k < c->nm; k++) {
            const mention *o = &c->men[k];
            if (k == i || o->dead || o->pronoun || !o->country || !strncmp(o->country, m->country, 3)) continue;
            if ((o->role && str_in(o->role, PEOPLE_ROLES)) || is_any(&c->tok[o->e - 1], CREW) ||
                (o->e < c->nt && is_any(&c->tok[o->e], CREW))) {
                drop_mention(c, m);
                break;
            }
        }
    }
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->pronoun) continue;
        int e = m->e, s0 = m->s;
        int after = e + 1 < c->nt && is(&c->tok[e], "-") && c->tok[e].s == c->tok[e - 1].e &&
                    c->tok[e + 1].s == c->tok[e].e && !is(&c->tok[e + 1], "led") &&
                    !is(&c->tok[e + 1], "backed") && !is(&c->tok[e + 1], "flagged") &&
                    !is(&c->tok[e + 1], "based") && !is(&c->tok[e + 1], "registered") &&
                    !is(&c->tok[e + 1], "owned") && !is(&c->tok[e + 1], "plated") &&
                    !is(&c->tok[e + 1], "bound"); /* ("stopped clearing Nepal-bound cargo") */
        int before = s0 >= 2 && is(&c->tok[s0 - 1], "-") && c->tok[s0 - 1].e == c->tok[s0].s &&
                     c->tok[s0 - 2].e == c->tok[s0 - 1].s && !is_any(&c->tok[s0 - 2], FORMER); /* "Ex-President" */
        /* a sentence opening "The US agrochemical giant ...", "A Russian oil firm ...": the subject is
         * an unknown noun that the state name only qualifies */
        int adj = 0;
        if (!after && !before && m->kind == KBL_STATE && !m->role && s0 == 1 && e < c->nt &&
            is_any(&c->tok[s0 - 1], DETS) && c->tok[e].kind == KBL_T_WORD && !c->tok[e].cap &&
            c->tok[e].men < 0) {
            size_t np = 0;
            kbl_patterns_for(c->lx, c->tok[e].id, &np);
            static const char *const FOLLOW[] = {"has", "have", "had", "is", "was", "were", "are", "will",
                                                 "would", "could", "can", "may", "might", "must", "should",
                                                 "and", "or", "also", "to", "of", "in", "on", "at", "for",
                                                 "with", "from", "by", "as", "which", "who", "that", "side", "sides",
                                                 "delegation", "delegations", "counterpart", "counterparts",
                                                 "nationals", "partners", "allies", "neighbours", NULL};
            /* (one of its people is the state's: "The Costa Rican man killed by SENAFRONT agents") */
            if (!np && !is_any(&c->tok[e], FOLLOW) && !is_any(&c->tok[e], LONE) && !is(&c->tok[e], "men") &&
                !is(&c->tok[e], "women"))
                adj = 1;
            /* "The Taliban's foreign ministry": a possessive before an actor ("The UK's biggest
             * coal producer" stays a noun the state qualifies) */
            if (is(&c->tok[e], "'s") &&
                ((e + 1 < c->nt && c->tok[e + 1].men >= 0) ||
                 (e + 2 < c->nt && c->tok[e + 1].kind == KBL_T_WORD && c->tok[e + 2].men >= 0)))
                adj = 0;
            /* ... but the subject of a passive is what was hit: "The Afghan border post was
             * attacked by ..." is an act on Afghanistan, as "Afghan border posts were attacked" */
            for (int k = e + 1; adj && k < c->nt && k <= e + 3; k++) {
                if (c->tok[k].kind != KBL_T_WORD || c->tok[k].men >= 0) break;
                if (!is_any(&c->tok[k], BE)) continue;
                int q = k + 1;
                if (q < c->nt && (is(&c->tok[q], "been") || is(&c->tok[q], "being"))) q++;
                if (q < c->nt && is_participle(&c->tok[q])) adj = 0;
                break;
            }
        }
        /* "official contact", "official media": the adjective, not an official */
        if (m->kind == KBL_AGENT && e == s0 + 1 && is(&c->tok[s0], "official") && e < c->nt &&
            c->tok[e].kind == KBL_T_WORD && !c->tok[e].cap && c->tok[e].men < 0 && !is_any(&c->tok[e], PREPS) &&
            !is_any(&c->tok[e], BE) && !is_any(&c->tok[e], MODALS) && !is(&c->tok[e], "and") &&
            !is(&c->tok[e], "said") && !is(&c->tok[e], "says") && !is(&c->tok[e], "told") &&
            !is_verb_word(c, e) && !is_participle(&c->tok[e]) && !time_adverbial(c, e))
            adj = 1;
        /* "Mocimboa da Praia", "Rio de Janeiro": a capital's name inside a longer place name */
        if (m->kind == KBL_STATE && s0 >= 2 && c->tok[s0 - 2].cap &&
            (is(&c->tok[s0 - 1], "da") || is(&c->tok[s0 - 1], "de") || is(&c->tok[s0 - 1], "do") ||
             is(&c->tok[s0 - 1], "dos") || is(&c->tok[s0 - 1], "das") || is(&c->tok[s0 - 1], "del")) &&
            !c->tok[s0 - 1].cap)
            adj = 1;
        /* "used for military purposes", "military spending": the adjective, not the army */
        if (m->kind == KBL_AGENT && e == s0 + 1 && is(&c->tok[s0], "military") && e < c->nt) {
            static const char *const USES[] = {"purposes", "purpose", "use", "uses", "means", "spending",
                                               "budget", "budgets", "expenditure", "parade", "value", NULL};
            if (is_any(&c->tok[e], USES)) adj = 1;
        }
        /* "the Kaura Namoda local government area", "government-controlled areas": a kind of
         * place, no actor */
        if (m->kind == KBL_AGENT && e < c->nt && m->role && !strcmp(m->role, "GOV") &&
            (is(&c->tok[e], "area") || is(&c->tok[e], "areas")))
            adj = 1;
        /* "this cowardly terrorist attack", "terrorist acts": a word of judgement on an act, no
         * actor */
        if (m->kind == KBL_AGENT && e == s0 + 1 && e < c->nt && is(&c->tok[s0], "terrorist")) {
            static const char *const ACTS[] = {"attack", "attacks", "act", "acts", "bombing", "bombings",
                                               "violence", "incident", "incidents", "activity", "activities",
                                               "threat", "threats", "plot", "plots", "crime", "crimes", NULL};
            if (is_any(&c->tok[e], ACTS)) adj = 1;
        }
        /* "the disproportionate force used against protesters", "the use of force": force, not
         * forces */
        if (m->kind == KBL_AGENT && e == s0 + 1 && is(&c->tok[s0], "force") && s0 > 0) {
            static const char *const HOW[] = {"excessive", "disproportionate", "lethal", "deadly", "brute",
                                              "unnecessary", "unjustified", "indiscriminate", "heavy-handed",
                                              "minimal", "necessary", "reasonable", "of", "by", NULL};
            if (is_any(&c->tok[s0 - 1], HOW)) adj = 1;
        }
        /* "the United Nations Group of Human Rights Experts on Nicaragua": a capitalised agent
         * noun inside the name of an international body is no actor of its own */
        if (m->kind == KBL_AGENT && c->tok[s0].cap && s0 > 0) {
            int j = s0 - 1;
            while (j > 0 && c->tok[j].kind == KBL_T_WORD && c->tok[j].men < 0 &&
                   (c->tok[j].cap || is(&c->tok[j], "of") || is(&c->tok[j], "on") || is(&c->tok[j], "for")) &&
                   j > s0 - 7)
                j--;
            if (j < s0 - 1 && c->tok[j].men >= 0 && c->men[c->tok[j].men].kind == KBL_IGO &&
                c->men[c->tok[j].men].e == j + 1)
                adj = 1;
        }
        /* "Therese Kayikwamba Wagner": a group's one-word name after a capitalised name word
         * (no title, state or group) ends a person's name */
        if (m->kind == KBL_GROUP && e == s0 + 1 && s0 >= 2 && c->tok[s0 - 1].cap && c->tok[s0 - 1].kind == KBL_T_WORD &&
            c->tok[s0 - 1].men < 0 && c->tok[s0 - 2].cap && c->tok[s0 - 2].kind == KBL_T_WORD &&
            !is_any(&c->tok[s0 - 1], DETS) && !is_any(&c->tok[s0 - 1], TITLE_WORDS) && !c->tok[s0].allcaps)
            adj = 1;
        /* "waving Serbian flags": a state's name on a thing is no actor */
        if (m->kind == KBL_STATE && !m->role && e < c->nt) {
            static const char *const THINGS[] = {"flag", "flags", "banner", "banners", "anthem", "passport",
                                                 "passports", "citizenship", "language", "cuisine", "films",
                                                 "music", NULL}; /* (not goods: "tariffs on Ugandan goods") */
            if (is_any(&c->tok[e], THINGS)) adj = 1;
        }
        /* "met individually with": an adverb whose stem is an agent's ("individuals") */
        if (m->kind == KBL_AGENT && e == s0 + 1) {
            size_t ln = strlen(c->tok[s0].low);
            if (ln > 6 && (!strcmp(c->tok[s0].low + ln - 4, "ally") || !strcmp(c->tok[s0].low + ln - 5, "ively") ||
                           !strcmp(c->tok[s0].low + ln - 5, "ately")))
                adj = 1;
        }
        /* "a video posted on social media": a platform, no actor */
        if (m->kind == KBL_AGENT && e == s0 + 1 && s0 > 0 && is(&c->tok[s0], "media") && is(&c->tok[s0 - 1], "social"))
            adj = 1;
        /* "local officials", "the local government": the adjective, not "locals" */
        if (m->kind == KBL_AGENT && e == s0 + 1 && is(&c->tok[s0], "local") && e < c->nt &&
            c->tok[e].kind == KBL_T_WORD && c->tok[e].verb < 0)
            adj = 1;
        /* a water named after a state is no actor: "Lake Chad", "the Gulf of Guinea", "the Sea
         * of Japan" */
        if (m->kind == KBL_STATE && !m->role && s0 >= 1 &&
            ((c->tok[s0 - 1].cap && is(&c->tok[s0 - 1], "lake")) ||
             (s0 >= 2 && is(&c->tok[s0 - 1], "of") && c->tok[s0 - 2].cap &&
              (is(&c->tok[s0 - 2], "gulf") || is(&c->tok[s0 - 2], "sea") || is(&c->tok[s0 - 2], "bay")))))
            adj = 1;
        if (after || before || adj) {
            drop_mention(c, m);
        }
    }
}

/* The comma that closes a descriptive apposition opening at the comma at k and going on in a list
 * ("The TDF, the TPLF's armed wing, and federal troops clashed", "X, an armed group, and Y"): a
 * determiner, at most six words, a lower-case noun, then ", and"; -1 if none */
static int apposition_end(const kb_coder *c, int k)
{
    if (k + 4 >= c->nt || !is(&c->tok[k], ",") ||
        !(is(&c->tok[k + 1], "the") || is(&c->tok[k + 1], "a") || is(&c->tok[k + 1], "an")))
        return -1;
    for (int q = k + 2; q < c->nt - 1 && q <= k + 8; q++) {
        if (c->tok[q].verb >= 0) return -1;
        if (!is(&c->tok[q], ",")) {
            if (c->tok[q].kind != KBL_T_WORD && !is(&c->tok[q], "'s")) return -1;
            continue;
        }
        const tokinfo *h = &c->tok[q - 1];
        return is(&c->tok[q + 1], "and") && q > k + 2 && h->kind == KBL_T_WORD && !h->cap ? q : -1;
    }
    return -1;
}

/* The token after an abbreviation in brackets at token k ("(TDF)"), else k */
static int past_abbr(const kb_coder *c, int k)
{
    return k + 3 < c->nt && is(&c->tok[k], "(") && c->tok[k + 1].allcaps && c->tok[k + 1].kind == KBL_T_WORD &&
                   is(&c->tok[k + 2], ")")
               ? k + 3
               : k;
}

static int only_connectors(kb_coder *c, int a, int b, int *has_and)
{
    /* "Congolese troops and allied Wazalendo militias": a word of alliance before a member */
    /* (... and a monarchy's forces: "Indian troops and the Royal Bhutan Army") */
    static const char *const CONN[] = {",", "and", "the", "its", "their", "both", "allied", "other",
                                       "partner", "fellow", "senior", "top", "royal", NULL};
    *has_and = 0;
    if (a >= b) return 0;
    /* (over a name's abbreviation in brackets: "The Tigray Defence Forces (TDF) and Ethiopian
     * troops") */
    if (a + 3 < b) a = past_abbr(c, a);
    for (int k = a; k < b; k++) {
        /* "as well as" only as a whole: "China as well as Russia" */
        if (k + 2 < b && is(&c->tok[k], "as") && is(&c->tok[k + 1], "well") && is(&c->tok[k + 2], "as")) {
            *has_and = 1;
            k += 2;
            continue;
        }
        /* "between Djibouti city and Asmara": a capital named with the word city */
        if (k == a && is(&c->tok[k], "city")) continue;
        /* a short aside after "and" ("Iran, Syria and, with conditions, Cuba", "Pakistan and,
         * to a lesser extent, India"): words alone, no actor, no act */
        if (k > a && is(&c->tok[k], ",") && is(&c->tok[k - 1], "and")) {
            int q = k + 1;
            while (q < b && q <= k + 6 && c->tok[q].kind == KBL_T_WORD && c->tok[q].men < 0 && c->tok[q].verb < 0)
                q++;
            if (q > k + 1 && q < b && is(&c->tok[q], ",")) {
                k = q;
                continue;
            }
        }
        /* "Libya's interior minister, Emad Trabelsi, and ...": over a name the lexicon lacks,
         * apposed between commas */
        if (k == a && is(&c->tok[k], ",")) {
            int q = k + 1;
            while (q < b && q <= k + 5 && c->tok[q].kind == KBL_T_WORD && c->tok[q].cap && c->tok[q].men < 0 &&
                   c->tok[q].verb < 0)
                q++;
            if (q > k + 1 && q < b && is(&c->tok[q], ",")) {
                k = q;
                *has_and = 1;
                continue;
            }
        }
        /* "Foreign Minister X and his Armenian counterpart Y" */
        if (k > a && is(&c->tok[k - 1], "and") && (is(&c->tok[k], "his") || is(&c->tok[k], "her"))) continue;
        /* "between Mali and a 3R delegation" (not an apposition: "X, an armed group") */
        if (k > a && is(&c->tok[k - 1], "and") && (is(&c->tok[k], "a") || is(&c->tok[k], "an"))) continue;
        /* "fighters of X and of Y": the preposition repeated after "and" */
        if (k > a && is(&c->tok[k - 1], "and") && is(&c->tok[k], "of")) continue;
        /* "The TDF, the TPLF's armed wing, and federal troops": over the apposition (after a
         * name's abbreviation too: "the Tigray Defence Forces (TDF), the TPLF's armed wing, and") */
        if (k == a && is(&c->tok[k], ")") && apposition_end(c, k + 1) > 0) continue;
        int ap = k == a || (k == a + 1 && is(&c->tok[a], ")")) ? apposition_end(c, k) : -1;
        if (ap > 0 && ap < b) {
            k = ap - 1;
            continue;
        }
        if (!is_any(&c->tok[k], CONN)) return 0;
        if (is(&c->tok[k], "and") || is(&c->tok[k], ",")) *has_and = 1;
    }
    return 1;
}

/* a word that starts a verb pattern ("protest" of "protesters") */
static int is_verb_word(kb_coder *c, int i)
{
    size_t np = 0;
    if (c->tok[i].id >= 0) kbl_patterns_for(c->lx, c->tok[i].id, &np);
    return np > 0;
}

static int state_like(const mention *m) { return m->country && !m->role && m->kind != KBL_PERSON; }

/* a plural noun of a doer ("demonstrators", "protesters", "rebels", "activists"), not the act
 * ("protest", "protests") */
static int agent_noun(const tokinfo *t)
{
    static const char *const END[] = {"ers", "ors", "ists", "ants", "els", NULL};
    size_t n = strlen(t->low);
    for (const char *const *x = END; *x; x++) {
        size_t k = strlen(*x);
        if (n > k + 2 && !strcmp(t->low + n - k, *x)) return 1;
    }
    return 0;
}

/* roles that are organs of a state (their country is the state's) */
static int state_organ(const char *role)
{
    static const char *const ORGANS[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", NULL};
    return role && str_in(role, ORGANS);
}

/* an agent after a possessive ("recalled its ambassador from Kabul"): someone else's */
static int owned(kb_coder *c, int s)
{
    static const char *const POSS[] = {"its", "their", "his", "her", "our", "my", "your", NULL};
    return s > 0 && is_any(&c->tok[s - 1], POSS);
}

/* State k is a middle member of a list that an "and" closes ("ministers from India, Pakistan and
 * Bangladesh"): states and commas after it, then "and" and a state. */
static int list_goes_on(kb_coder *c, int k)
{
    int last = k, ha;
    for (int q = k + 1; q < c->nm && q <= k + 8; q++) {
        const mention *m = &c->men[q];
        if (m->dead) continue;
        if (!state_like(m) || !only_connectors(c, c->men[last].e, m->s, &ha) || !ha) return 0;
        if (is(&c->tok[m->s - 1 - (m->s >= 2 && is(&c->tok[m->s - 1], "the"))], "and")) return 1;
        last = q;
    }
    return 0;
}

/* A plural agent of coordinated states ("delegations from Pakistan and Afghanistan", "the
 * ministers of the two countries"): the states after the first, joined by "and" (or the
 * second of a "the two countries" pair), take the agent's role too, so that both sides are
 * actors of one kind. A state that heads an agent of its own ("... and Afghan troops") or
 * carries a possessive keeps its own reading. */
static void share_role(kb_coder *c, const mention *a, int first)
{
    mention *M = c->men;
    int last = first;
    for (int k = first + 1; k < c->nm; k++) {
        mention *m = &M[k];
        if (m->dead) continue;
        int ha = 0, before = m->s - 1 - (m->s >= 2 && is(&c->tok[m->s - 1], "the"));
        int joined = (m->pair && m->s == M[first].s) ||
                     (!m->pair && only_connectors(c, M[last].e, m->s, &ha) && ha &&
                      (is(&c->tok[before], "and") || (is(&c->tok[before], ",") && list_goes_on(c, k))));
        if (!joined || !state_like(m)) break;
        if (m->e < c->nt && is(&c->tok[m->e], "'s")) break;
        if (k + 1 < c->nm && !M[k + 1].dead && M[k + 1].kind == KBL_AGENT && M[k + 1].s == m->e) break;
        m->code = arena_cat(c, m->country, a->role);
        m->role = a->role;
        m->kind = KBL_STATE;
        m->plural = 1;
        last = k;
    }
}

/* Mention i takes b's words up to b's end (b dies): "opposition" + "leader", "Bosnian" + "Serbs". */
static void absorb(kb_coder *c, int i, mention *b)
{
    mention *a = &c->men[i];
    a->e = b->e;
    a->name = span_str(c, a->s, a->e);
    b->dead = 1;
    for (int j = a->s; j < a->e; j++) c->tok[j].men = (int16_t)i;
}

/* Mention i ("a spokesman", "gunmen") stands for the named group or body b after it ("for
 * Viv Ansanm", "from the TTP"), with b's identity, the given home and role, over b's words. */
static void speak_as(kb_coder *c, int i, mention *b, const char *home, const char *role)
{
    mention *a = &c->men[i];
    a->code = b->code;
    a->country = b->country;
    a->kind = b->kind;
    a->home = home;
    a->role = role;
    absorb(c, i, b);
}

/* A group's home country as one of the sentence's mentions of it, or an earlier one of the
 * article, has it (a pronoun's mention of the group carries none). */
static const char *home_of(const kb_coder *c, const char *code)
{
    for (int k = 0; k < c->nm; k++)
        if (c->men[k].home && c->men[k].code && !strcmp(c->men[k].code, code)) return c->men[k].home;
    for (int k = 0; k < c->nhomes; k++)
        if (!strcmp(c->homes[k].code, code)) return c->homes[k].home;
    return NULL;
}

/* The mention after i, over dead ones between ("dissidents from military-ruled Myanmar"); the
 * last one if all after i are dead. */
static int next_live(const kb_coder *c, int i)
{
    int bi = i + 1;
    while (bi + 1 < c->nm && c->men[bi].dead) bi++;
    return bi;
}

static int opening_quote(const kb_coder *c, int pos);

/* Is a live mention in tokens [from, to)? */
static int has_mention_in(kb_coder *c, int from, int to)
{
    for (int j = from; j < to && j < c->nt; j++)
        if (live_mention_at(c, j) >= 0) return 1;
    return 0;
}

/* Mention i ("the leader", "the Border Service") of state b's body g ("the Ugandan rebels",
 * "Kazakhstan's National Security Committee"): one actor of b's state in i's role, over the
 * three */
static void of_state_body(kb_coder *c, int i, mention *b, mention *g)
{
    mention *a = &c->men[i];
    a->code = arena_cat(c, b->country, a->role);
    a->country = b->country;
    a->kind = KBL_STATE;
    a->e = g->e;
    a->name = span_str(c, a->s, a->e);
    b->dead = g->dead = 1;
    for (int j = a->s; j < a->e; j++) c->tok[j].men = (int16_t)i;
}

static void compose(kb_coder *c)
{
    mention *M = c->men;
    for (int i = 0; i + 1 < c->nm; i++) {
        int bi = next_live(c, i);
        mention *a = &M[i], *b = &M[bi];
        if (a->dead || b->dead) continue;
        int gap = b->s - a->e;
        /* "the IRGC Ground Forces" (its capitalised branch word between): a state organ's own unit of
         * its kind is the organ */
        if ((gap == 0 || (gap == 1 && c->tok[a->e].cap && c->tok[a->e].kind == KBL_T_WORD)) &&
            a->kind == KBL_STATE && a->code && strlen(a->code) == 6 && a->country && b->kind == KBL_AGENT &&
            !b->country && b->role && !strcmp(a->code + 3, b->role) && !b->pronoun && !a->pronoun &&
            c->tok[b->s].cap) {
            b->dead = 1;
            for (int j = b->s; j < b->e; j++) c->tok[j].men = (int16_t)i;
            a->e = b->e;
            a->name = span_str(c, a->s, a->e);
            bi = next_live(c, i);
            b = &M[bi];
            gap = b->s - a->e;
            if (b->dead) continue;
        }
        /* "The commander of the IRGC Ground Forces, Brigadier General Mohammad Karami, warned":
         * a rank or title and a name in apposition to a state's organ is that organ's man */
        if (gap == 1 && is(&c->tok[a->e], ",") && a->country && a->code && strlen(a->code) == 6 &&
            b->kind == KBL_AGENT && !b->country && b->role && !strcmp(a->code + 3, b->role) && !b->pronoun &&
            c->tok[b->s].cap) {
            int q = b->e, names = 0;
            while (q < c->nt && names < 4 && c->tok[q].cap && c->tok[q].kind == KBL_T_WORD && c->tok[q].men < 0)
                q++, names++;
            if (names > 0 && q < c->nt && is(&c->tok[q], ",")) {
                b->code = a->code;
                b->country = a->country;
                b->kind = KBL_STATE;
            }
        }
    }
    for (int i = 0; i + 1 < c->nm; i++) {
        int bi = next_live(c, i);
        mention *a = &M[i], *b = &M[bi];
        if (a->dead || b->dead) continue;
        int gap = b->s - a->e;
        /* "the paramilitary Rapid Support Forces", "the rebel M23", "the militant group Hamas": a
         * role word before a named group describes it */
        if (gap == 0 && a->kind == KBL_AGENT && !a->country && a->role && b->kind == KBL_GROUP && b->code &&
            (!strcmp(a->role, "MIL") || !strcmp(a->role, "INS") || !strcmp(a->role, "REB"))) {
            a->dead = 1;
            for (int j = a->s; j < a->e; j++) c->tok[j].men = (int16_t)bi;
            b->s = a->s;
            continue;
        }
        /* "Iranian missiles and drones struck Koya": a state's adjective before two weapons
         * joined, the second a force the lexicon knows, is that state's force */
        if (gap == 2 && a->kind == KBL_STATE && a->country && !a->people && !a->capital && a->e - a->s == 1 &&
            b->kind == KBL_AGENT && !b->country && b->role && !strcmp(b->role, "MIL") &&
            is_any(&c->tok[a->e], WEAPON_NOUNS) && is(&c->tok[a->e + 1], "and")) {
            a->dead = 1;
            for (int j = a->s; j < b->s; j++) c->tok[j].men = (int16_t)bi;
            b->s = a->s;
            b->country = a->country;
            b->code = arena_cat(c, a->country, "MIL");
            b->name = span_str(c, b->s, b->e);
            continue;
        }
        /* "Kosovo Serbs", "Bosnian Croats": a people of one state's name living in another are
         * that other state's people */
        if (gap == 0 && state_like(a) && !a->people && !a->capital && a->kind == KBL_STATE && b->people &&
            b->country && a->country && strncmp(a->country, b->country, 3) && a->e - a->s == 1 && b->e - b->s == 1) {
            a->dead = 1;
            for (int j = a->s; j < a->e; j++) c->tok[j].men = (int16_t)bi;
            b->s = a->s;
            b->country = a->country;
            b->code = arena_cat(c, a->country, "CVL");
            b->role = b->code + 3;
            b->name = span_str(c, b->s, b->e);
            continue;
        }
        /* "outlaw groups within the Popular Mobilisation Forces", "militants of the TTP": armed
         * men inside a named group are the group */
        /* (... over its state's possessive: "fighters of Russia's Africa Corps") */
        mention *g = b, *gs = NULL;
        int gi = bi;
        if (state_like(b) && b->e + 1 < c->nt && is(&c->tok[b->e], "'s")) {
            int ni = next_live(c, bi);
            if (ni < c->nm && !M[ni].dead && M[ni].kind == KBL_GROUP && M[ni].s == b->e + 1) gs = b, g = &M[ni], gi = ni;
        }
        if (a->kind == KBL_AGENT && !a->country && a->role &&
            (armed_role(a->role) || !strcmp(a->role, "CRM")) && g->kind == KBL_GROUP && g->code && !g->pronoun) {
            static const char *const PART_OF[] = {"within", "inside", "of", NULL};
            static const char *const UNITS[] = {"groups", "elements", "factions", "units", "cells", "members", NULL};
            int k = a->e;
            if (k < g->s && is_any(&c->tok[k], UNITS)) k++;
            if (k < g->s && is_any(&c->tok[k], PART_OF)) {
                k++;
                /* (over an opening quote: "terrorists of "Fitna al-Hindustan"") */
                while (k < g->s && (is_any(&c->tok[k], DETS) || quote_mark(&c->tok[k]))) k++;
                if (gs && k == gs->s) k = g->s;
                if (k == g->s) {
                    a->dead = 1;
                    if (gs) gs->dead = 1;
                    for (int j = a->s; j < g->s; j++) c->tok[j].men = (int16_t)gi;
                    g->s = a->s;
                    g->name = span_str(c, g->s, g->e);
                    continue;
                }
            }
        }
        /* "Amnesty International Kenya", "UNICEF Somalia": a body's branch in a state is the body */
        if (gap == 0 && a->kind == KBL_IGO && a->code && state_like(b) && !b->role && b->kind == KBL_STATE &&
            !b->capital && (bi + 1 >= c->nm || M[bi + 1].s != b->e)) {
            b->dead = 1;
            for (int j = b->s; j < b->e; j++) c->tok[j].men = (int16_t)i;
            a->e = b->e;
            continue;
        }
        int poss = gap == 1 && is(&c->tok[a->e], "'s");
        /* "US-led troops", "Vietnamese-led forces": the leader's forces */
        if (gap == 2 && b->kind == KBL_AGENT && state_like(a) && is(&c->tok[a->e], "-") &&
            is(&c->tok[a->e + 1], "led") && c->tok[a->e].s == c->tok[a->e - 1].e)
            poss = 1;
        /* 'the Transnistrian "ministry of state security"': an organ whose name its adjective's
         * writer puts in quotes (one it does not recognise) is still that actor's */
        if (gap == 1 && b->kind == KBL_AGENT && (state_like(a) || a->kind == KBL_GROUP) && !a->role &&
            opening_quote(c, a->e))
            poss = 1;
        /* "New People's Army (NPA) guerrillas": the name's acronym in brackets before its men */
        if (gap == 3 && b->kind == KBL_AGENT && (state_like(a) || a->kind == KBL_GROUP) && !a->role &&
            is(&c->tok[a->e], "(") && c->tok[a->e + 1].allcaps && is(&c->tok[a->e + 2], ")"))
            poss = 1;
        /* (an agent its bracketed acronym already gave the state: "Panama's National Border
         * Service (SENAFRONT)", SENAFRONT the lexicon's PANMIL) */
        int same_organ = b->kind == KBL_STATE && b->role && b->country && a->country && !a->role && state_like(a) &&
                         !strcmp(a->country, b->country) && b->e + 2 < c->nt && is(&c->tok[b->e], "(");
        /* title words between a state and its agent: "Taiwan's Vice Foreign Minister" */
        if ((b->kind == KBL_AGENT || same_organ) && gap > 0 && gap <= 3 && !poss) {
            static const char *const MODS[] = {"vice", "deputy", "acting", "interim", "caretaker", "senior",
                                               "former", "top", "chief", "federal", "provincial", "state",
                                               "new", "then", "first", "junior", "special", "supreme",
                                               "outgoing", "incoming", "current", "powerful", "embattled",
                                               "veteran", "influential", "hardline", "de", "facto", "naval",
                                               "maritime", "regional", "local", "municipal",
                                               /* ("Malaysian maritime enforcement officers") */
                                               "enforcement", "immigration", "customs", "fisheries",
                                               /* ("Greek and Turkish border commanders") */
                                               "border", "frontier", NULL};
            int k = a->e + (is(&c->tok[a->e], "'s") ? 1 : 0), ok = k < b->s;
            for (int j = k; j < b->s; j++)
                if (!is_any(&c->tok[j], MODS)) ok = 0;
            /* ... or plain noun modifiers: "Kenya's leading rights activist", "French paper
             * workers" (lowercase words, no verb, preposition or conjunction); never before a
             * state organ ("a club spokesman" speaks for no state) */
            if (!ok && state_like(a) && k < b->s && b->s - k <= 2 && b->role && !state_organ(b->role)) {
                ok = 1;
                for (int j = k; j < b->s; j++) {
                    tokinfo *t = &c->tok[j];
                    if (t->kind != KBL_T_WORD || t->cap || t->men >= 0 || is_verb_word(c, j) ||
                        is_any(t, PREPS) || is_any(t, DETS) || is_any(t, STOP_RIGHT) || is(t, "and") ||
                        is(t, "or") || is_any(t, BE) || is_any(t, MODALS) || is_participle(t))
                        ok = 0;
                }
            }
            /* ... and, after a possessive, one adjective before a state organ ("China's particular
             * envoy", a synonym engine's "special envoy"; not "Russia's football chief") */
            if (!ok && state_like(a) && k > a->e && b->s == k + 1 && b->role) {
                const tokinfo *t = &c->tok[k];
                static const char *const ADJ_END[] = {"al", "ar", "ic", "ive", "ous", "ent", "ant", "ior", "ary", NULL};
                size_t l = strlen(t->low);
                for (int q = 0; ADJ_END[q] && !ok; q++) {
                    size_t sl = strlen(ADJ_END[q]);
                    ok = t->kind == KBL_T_WORD && !t->cap && t->men < 0 && l > sl + 2 &&
                         !strcmp(t->low + l - sl, ADJ_END[q]) && !is_verb_word(c, k);
                }
                /* ... or a capital word of the organ's own name ("Morocco's Royal Armed Forces",
                 * "Britain's Royal Navy", "Nigeria's Federal Fire Service") */
                static const char *const NAME_ADJ[] = {"royal", "national", "federal", "imperial", "republican",
                                                       "central", "supreme", NULL};
                if (!ok && t->cap && t->men < 0 && is_any(t, NAME_ADJ)) ok = 1;
            }
            /* ... or, after a possessive, a unit's own name in capitals before its capital head
             * word ("the NPA's Apolinario Gatmaitan Command", "Ukraine's Azov Brigade") */
            if (!ok && (state_like(a) || (a->kind == KBL_GROUP && !a->role)) && k > a->e && k < b->s && b->role &&
                c->tok[b->s].cap && c->tok[b->s].s > 0) {
                ok = 1;
                for (int j = k; j < b->s; j++)
                    if (c->tok[j].kind != KBL_T_WORD || !c->tok[j].cap || c->tok[j].men >= 0) ok = 0;
            }
            /* ... or the make of a state's weapons between its adjective and them ("French Mirage
             * jets", "Turkish Bayraktar drones") */
            static const char *const ARMS[] = {"jets", "aircraft", "warplanes", "helicopters", "drones", "tanks",
                                               "gunships", "warships", "frigates", "bombers", NULL};
            if (!ok && state_like(a) && k == a->e && b->s - k <= 2 && b->role && !strcmp(b->role, "MIL") &&
                is_any(&c->tok[b->e - 1], ARMS)) {
                ok = 1;
                for (int j = k; j < b->s; j++)
                    if (c->tok[j].kind != KBL_T_WORD || !c->tok[j].cap || c->tok[j].men >= 0) ok = 0;
            }
            if (ok) {
                b->s = k;
                gap = k - a->e;
                poss = gap == 1;
            }
        }
        /* two demonyms: "Bosnian Serbs", "Bosnian Serb forces" are of the first state (the second
         * names a people living in many); "Turkish Cypriots", "Albanian Kosovars" of the second */
        if (gap == 0 && state_like(a) && state_like(b) && !a->people && a->kind == KBL_STATE &&
            b->kind == KBL_STATE && a->e == a->s + 1 && b->e == b->s + 1 && strcmp(a->country, b->country) &&
            !a->capital && !b->capital &&
            (b->people || (bi + 1 < c->nm && !M[bi + 1].dead && M[bi + 1].kind == KBL_AGENT && M[bi + 1].s == b->e))) {
            static const char *const ETHNIC[] = {"serb", "serbs", "croat", "croats", "albanian", "albanians",
                                                 "turk", "turks", "hungarian", "hungarians", "russian",
                                                 "russians", "uzbek", "uzbeks", "tajik", "tajiks", "armenian",
                                                 "armenians", "somali", "somalis", "greek", "greeks", NULL};
            if (!is_any(&c->tok[b->s], ETHNIC)) {
                a->code = b->code;
                a->country = b->country;
            }
            a->people = b->people;
            a->plural = b->people;
            absorb(c, i, b);
            i--; /* again, with the agent after: "Bosnian Serb forces" */
            continue;
        }
        /* state/IGO (+'s) + agent: PAK + MIL -> PAKMIL */
        if ((gap == 0 || poss) && ((b->kind == KBL_AGENT && !b->country) || same_organ) && !a->role &&
            (state_like(a) || a->kind == KBL_IGO || a->kind == KBL_GROUP)) {
            const char *base = a->code;
            if (a->kind == KBL_GROUP || (a->kind == KBL_IGO && !strcmp(b->role, "GOV")) ||
                (a->kind != KBL_IGO && a->country && strlen(a->code) == 6)) {
                /* a group's men are the group; an IGO's officials and chiefs are the IGO; a state
                 * organ named as such ("IRGC troops", "ISPR officials") is that organ */
                b->code = base;
            } else if (a->home && a->kind == KBL_STATE && c->date && (!strcmp(b->role, "INS") || !strcmp(b->role, "REB"))) {
                /* a movement that has become a state's government by the article's date
                 * ("Taliban fighters" after 15 August 2021, "HTS fighters" after 8 December
                 * 2024): its fighters are the state's forces, no longer insurgents (undated,
                 * the group's latest code is a guess: its fighters stay the state's insurgents) */
                b->role = "MIL";
                b->code = arena_cat(c, base, b->role);
            } else {
                b->code = arena_cat(c, base, b->role);
            }
            b->country = a->country;
            b->kind = a->kind == KBL_IGO ? KBL_IGO : (a->kind == KBL_GROUP ? KBL_GROUP : KBL_STATE);
            if (a->kind == KBL_GROUP) b->home = a->home; /* "Boko Haram insurgents": still at home in NGA */
            b->name = span_str(c, a->s, b->e);
            b->s = a->s;
            a->dead = 1;
            /* coordinated adjectives: "US and British activists" */
            int k = i - 1, last = i;
            /* (not an organ of its own: "ESSCOM and Indonesia's coast guard") */
            while (k >= 0 && !M[k].dead && state_like(&M[k]) && !M[k].role && M[k].code && strlen(M[k].code) <= 3) {
                int ha, and = 0;
                if (!only_connectors(c, M[k].e, M[last].s, &ha) || !ha) break;
                /* the list's last join is "and" ("US, British and French activists"); a comma
                 * alone is no list ("In Kabul, the Afghan government ...") */
                for (int q = M[k].e; q < M[last].s; q++) and |= is(&c->tok[q], "and");
                if (last == i && !and) break;
                M[k].code = arena_cat(c, M[k].code, b->role);
                M[k].role = b->role;
                M[k].kind = KBL_STATE;
                M[k].plural = b->plural;
                last = k;
                k--;
            }
            for (int j = a->s; j < b->e; j++) c->tok[j].men = (int16_t)bi;
            continue;
        }
        /* agent or state + person: the person (with the title's country if the person lacks one) */
        /* (not one whose own possession the apposition names: "the United States, Bukele's
         * closest ally,") */
        if ((gap == 0 || poss || (gap == 1 && is(&c->tok[a->e], ",") && !(b->e < c->nt && is(&c->tok[b->e], "'s")))) &&
            b->kind == KBL_PERSON && (a->kind == KBL_AGENT || state_like(a) || (a->role && a->kind == KBL_STATE))) {
            /* a state office named by the title outranks a movement of the lexicon ("Palestinian
             * Prime Minister Ismail Haniyeh" holds the office, whatever his group) */
            if (gap == 0 && !b->country && a->country && a->role && state_organ(a->role) && a->kind == KBL_STATE &&
                b->code && !kbl_is_state_code(c->lx, b->code))
                b->code = a->code;
            /* ... and so does another state's title on a namesake ("Colombia's Defence Minister
             * Pedro Sanchez" is not Spain's prime minister) */
            if (gap == 0 && b->country && a->country && strncmp(a->country, b->country, 3) && a->role &&
                state_organ(a->role) && a->kind == KBL_STATE && kbl_is_state_code(c->lx, b->country)) {
                b->code = a->code;
                b->country = a->country;
            }
            if (!b->country && a->country) b->country = a->country;
            if (gap == 0 || !poss) title_office(c, a, b); /* "China's premier, Wen Jiabao" too */
            b->name = span_str(c, b->s, b->e);
            /* (and "his Mauritanian counterpart, Mohamed Salem Ould Merzoug," is one, that a joint
             * subject joins: "Diop and his Mauritanian counterpart, X, agreed") */
            if (gap != 1 || poss || (a->s > 0 && is_any(&c->tok[a->s - 1], POSS_DETS) && a->e - a->s <= 3 &&
                                     is(&c->tok[a->e - 1], "counterpart")))
                b->s = a->s;
            a->dead = 1;
            for (int j = b->s; j < b->e; j++) c->tok[j].men = (int16_t)bi;
            continue;
        }
        /* a composed actor + an agent noun: "Pakistani air force jets"; a sector's head or
         * spokesman: "opposition leader", "rebel commanders", "union officials": the sector's
         * role, not the generic one of the head */
        int head = a->kind == KBL_AGENT && !a->country && b->role && a->role && strcmp(a->role, b->role) &&
                   is_any(&c->tok[b->e - 1], HEADS);
        /* (... and after the sector's possessive: "the opposition's home affairs spokesman") */
        int sector = head && gap >= 1 && gap <= 4 && is(&c->tok[a->e], "'s");
        for (int j = a->e + 1; sector && j < b->s; j++)
            sector = c->tok[j].kind == KBL_T_WORD && c->tok[j].verb < 0 && c->tok[j].men < 0;
        /* (... and a model's name between a state's force and its machines: "Cuban air force MiG
         * jets", "Turkish army Bayraktar drones") */
        int model = gap >= 1 && gap <= 2 && a->country && a->role && b->role && !strcmp(a->role, b->role);
        for (int j = a->e; model && j < b->s; j++)
            model = (c->tok[j].kind == KBL_T_WORD || c->tok[j].kind == KBL_T_NUM) && c->tok[j].cap &&
                    c->tok[j].men < 0 && c->tok[j].verb < 0;
        if ((gap == 0 || sector || model) && a->role && (a->country || a->kind == KBL_IGO || head) &&
            b->kind == KBL_AGENT && !b->country) {
            if (head) a->plural = b->plural;
            /* (a body's name that holds "General" is no general's: "the Tunisian General Labour
             * Union" is a union) */
            if (b->role && a->country && a->e > a->s && c->tok[a->e - 1].cap && is(&c->tok[a->e - 1], "general") &&
                strcmp(a->role, b->role)) {
                a->role = b->role;
                a->code = arena_cat(c, kb_arena_strndup(c->arena, a->country, 3), b->role);
            }
            absorb(c, i, b);
            i++;
            continue;
        }
        /* agent + of/in/from + state: "the government of Pakistan", "officials in Islamabad",
         * "the mayor of the northern West Bank" */
        if (gap >= 2 && gap <= 4 && a->kind == KBL_AGENT && !a->country && state_like(b) &&
            (is(&c->tok[a->e], "of") || (is(&c->tok[a->e], "from") && a->role && strcmp(a->role, "MIL") && (strcmp(a->role, "GOV") || !owned(c, a->s))) ||
             (is(&c->tok[a->e], "in") && gap == 2 && is(&c->tok[a->e + 1], "the")))) {
            int ok = 1;
            for (int j = a->e + 1; j < b->s; j++) {
                tokinfo *t = &c->tok[j];
                int hyphen = is(t, "-") && t->s == c->tok[j - 1].e; /* "military-ruled" */
                if ((t->kind != KBL_T_WORD && !hyphen) || t->cap || is_any(t, PREPS) || t->verb >= 0) ok = 0;
            }
            if (ok) gap = 1;
        }
        /* "leaders of the opposition", "members of the union", "a spokesman for the rebels":
         * the head speaks for the sector */
        if (a->kind == KBL_AGENT && b->kind == KBL_AGENT && !a->country && !b->country && a->role && b->role &&
            strcmp(a->role, b->role) && is_any(&c->tok[a->e - 1], HEADS) && gap >= 1 && gap <= 2 &&
            (is(&c->tok[a->e], "of") || is(&c->tok[a->e], "for")) && (gap == 1 || is(&c->tok[a->e + 1], "the"))) {
            a->role = b->role;
            a->code = b->code;
            absorb(c, i, b);
            i--; /* again, with what follows: "leaders of the opposition in Kenya" */
            continue;
        }
        /* "a spokesperson for the Kenya Police Service": the head speaks for a state's organ */
        const char *brole = role_of(b);
        if (a->kind == KBL_AGENT && !a->country && b->country && brole && b->kind == KBL_STATE &&
            state_organ(brole) && !b->pronoun && is_any(&c->tok[a->e - 1], HEADS) && gap >= 1 && gap <= 2 &&
            is(&c->tok[a->e], "for") && (gap == 1 || is(&c->tok[a->e + 1], "the"))) {
            a->role = brole;
            a->code = b->code;
            a->country = b->country;
            a->kind = KBL_STATE;
            absorb(c, i, b);
            continue;
        }
        /* "two diplomats of the Norwegian consulate general in Murmansk": a mission's diplomats
         * are its state's */
        static const char *const MISSIONS[] = {"embassy", "consulate", "mission", NULL};
        if (a->kind == KBL_AGENT && !a->country && a->role && !strcmp(a->role, "GOV") && b->country &&
            b->s == a->e + 2 && is(&c->tok[a->e], "of") && is(&c->tok[a->e + 1], "the") && !b->pronoun && b->kind == KBL_STATE &&
            b->e < c->nt && (is_any(&c->tok[b->e], MISSIONS) || is_any(&c->tok[b->e - 1], MISSIONS))) {
            a->code = arena_cat(c, b->country, a->role);
            a->country = b->country;
            a->kind = KBL_STATE;
            absorb(c, i, b);
            continue;
        }
        /* "a delegation led by Qatar's foreign minister", "forces headed by a Russian general":
         * the leader's */
        if (a->kind == KBL_AGENT && !a->country && a->role && (state_like(b) || (b->country && b->role)) &&
            gap >= 2 && gap <= 3 && (is(&c->tok[a->e], "led") || is(&c->tok[a->e], "headed")) &&
            is(&c->tok[a->e + 1], "by") && (gap == 2 || is_any(&c->tok[a->e + 2], DETS))) {
            a->code = arena_cat(c, b->country, a->role);
            a->country = b->country;
            a->kind = KBL_STATE;
            continue;
        }
        /* "refugees fleeing (the civil war in) Liberia": that state's refugees */
        if (a->kind == KBL_AGENT && !a->country && a->role && !strcmp(a->role, "REF") && state_like(b) &&
            gap >= 1 && gap <= 6 && (is(&c->tok[a->e], "fleeing") || is(&c->tok[a->e], "fled"))) {
            int ok = 1;
            for (int j = a->e + 1; j < b->s; j++)
                if (c->tok[j].kind != KBL_T_WORD || c->tok[j].men >= 0) ok = 0;
            if (ok) {
                a->code = arena_cat(c, b->country, a->role);
                a->country = b->country;
                a->kind = KBL_STATE;
                continue;
            }
        }
        /* "the leader of the Ugandan rebels": the state is an adjective of the agent after it;
         * the head takes the composed actor ("UGAREB") */
        if (gap == 1 && a->kind == KBL_AGENT && !a->country && state_like(b) && is(&c->tok[a->e], "of") &&
            bi + 1 < c->nm && !M[bi + 1].dead && M[bi + 1].kind == KBL_AGENT && M[bi + 1].s == b->e &&
            !M[bi + 1].country && M[bi + 1].role) {
            a->role = M[bi + 1].role;
            of_state_body(c, i, b, &M[bi + 1]);
            i++;
            continue;
        }
        /* "the Border Service of Kazakhstan's National Security Committee": an organ of a state's
         * body is that state's, in its own role */
        if (gap == 1 && a->kind == KBL_AGENT && !a->country && a->role && state_like(b) && !b->pronoun &&
            is(&c->tok[a->e], "of") && b->e + 1 < c->nt && is(&c->tok[b->e], "'s") && bi + 1 < c->nm &&
            !M[bi + 1].dead && M[bi + 1].kind == KBL_AGENT && M[bi + 1].s == b->e + 1 && !M[bi + 1].country &&
            M[bi + 1].role && state_organ(M[bi + 1].role)) {
            /* (its own noun names it again: "Sailors of El Salvador's navy ... The sailors") */
            remember_head(c, c->tok[a->e - 1].low, a->role, b->country);
            of_state_body(c, i, b, &M[bi + 1]);
            i++;
            continue;
        }
        /* (a force "from" a state may be anywhere's; "commanders from the two sides" are theirs,
         * and so are "border guards from Estonia and Russia") */
        int pair_after = b->e + 1 < c->nt && is(&c->tok[b->e], "and") && live_mention_at(c, b->e + 1) >= 0 &&
                         state_like(&c->men[live_mention_at(c, b->e + 1)]);
        if (gap == 1 && a->kind == KBL_AGENT && !a->country && state_like(b) &&
            (is(&c->tok[a->e], "of") ||
             (is(&c->tok[a->e], "from") && a->role && (strcmp(a->role, "MIL") || b->pronoun || pair_after) &&
              (strcmp(a->role, "GOV") || !owned(c, a->s))) ||
             ((is(&c->tok[a->e], "in") || is(&c->tok[a->e], "across") || is(&c->tok[a->e], "throughout")) &&
              a->role && strcmp(a->role, "REF") &&
              (!strcmp(a->role, "GOV") || !strcmp(a->role, "MIL") || !strcmp(a->role, "COP") ||
               !strcmp(a->role, "JUD") || !strcmp(a->role, "LEG") ||
               /* "rebels in Darfur", "demonstrators in Baghdad": that state's (not
                * "militants in Afghanistan", who may have come from anywhere) */
               (strcmp(a->role, "INS") &&
                (((!strcmp(a->role, "REB") || !strcmp(a->role, "OPP")) && agent_noun(&c->tok[a->e - 1])) ||
                 !is_verb_word(c, a->e - 1))))))) {
            /* (a unit that has its state's role already: "fighters of the 444 Brigade" are it) */
            int unit = strlen(b->code) > 3;
            a->code = unit ? b->code : arena_cat(c, b->code, a->role);
            a->country = b->country;
            a->kind = unit ? b->kind : KBL_STATE;
            a->name = span_str(c, a->s, b->e);
            a->e = b->e;
            b->dead = 1;
            for (int j = a->s; j < a->e; j++) c->tok[j].men = (int16_t)i;
            if (a->plural) share_role(c, a, bi);
            i++;
            continue;
        }
        /* a person of the lexicon + "of" + his state ("President Paul Kagame of Rwanda",
         * "Taro Aso of Japan"): the state names the person's country, not a second actor */
        if (a->kind == KBL_PERSON && state_like(b) && !b->people && (!a->country || !strcmp(a->country, b->country)) &&
            (gap == 1 || (gap == 2 && is(&c->tok[a->e + 1], "the"))) && is(&c->tok[a->e], "of")) {
            if (!a->country) a->country = b->country;
            a->e = b->e;
            a->name = span_str(c, a->s, a->e);
            b->dead = 1;
            for (int j = a->s; j < a->e; j++) c->tok[j].men = (int16_t)i;
            continue;
        }
        /* "Viv Ansanm leader Jimmy Cherizier": a person the title makes a group's head speaks
         * for the group, whatever else the lexicon knows him as */
        if (gap == 0 && a->kind == KBL_GROUP && a->code && b->kind == KBL_PERSON && a->e > a->s &&
            is_any(&c->tok[a->e - 1], HEADS)) {
            b->code = a->code;
            b->kind = KBL_GROUP;
            b->country = NULL;
            b->home = a->home ? a->home : home_of(c, a->code);
            b->role = NULL;
            b->name = span_str(c, b->s, b->e);
            b->s = a->s;
            a->dead = 1;
            for (int j = b->s; j < b->e; j++) c->tok[j].men = (int16_t)bi;
            continue;
        }
        /* "a spokesman for Viv Ansanm", "the leader of the TTP": the head speaks for the group */
        /* (... and of a group's leader the lexicon codes as his group: "envoys of Pastor Ntumi") */
        int chief = b->kind == KBL_PERSON && !b->country && b->code && strlen(b->code) == 3 &&
                    memcmp(b->code, "---", 3) && memcmp(b->code, "IGO", 3) && memcmp(b->code, "NGO", 3);
        if (a->kind == KBL_AGENT && !a->country && is_any(&c->tok[a->e - 1], HEADS) && b->code &&
            (b->kind == KBL_GROUP || b->kind == KBL_IGO || chief) &&
            (is(&c->tok[a->e], "for") || is(&c->tok[a->e], "of")) &&
            (gap == 1 || (gap == 2 && is(&c->tok[a->e + 1], "the")))) {
            speak_as(c, i, b, b->home ? b->home : home_of(c, b->code), NULL);
            if (chief) a->kind = KBL_GROUP;
            /* (... and the group's own agent noun after its name: "a spokesman for the Fano
             * militia") */
            if (!chief && bi + 1 < c->nm && !M[bi + 1].dead && M[bi + 1].kind == KBL_AGENT && !M[bi + 1].country &&
                M[bi + 1].s == b->e)
                absorb(c, i, &M[bi + 1]);
            continue;
        }
        /* "gunmen from the Viv Ansanm coalition", "insurgents from the Islamic State's West
         * Africa Province": an unnamed armed agent from a named group is that group */
        /* ... and "gunmen linked to Los Chapitos", "fighters loyal to the RSF" */
        static const char *const TIED[] = {"linked", "loyal", "belonging", "affiliated", "allied", "tied", NULL};
        int tied = gap >= 2 && is_any(&c->tok[a->e], TIED) &&
                   (is(&c->tok[a->e + 1], "to") || is(&c->tok[a->e + 1], "with")) &&
                   (gap == 2 || (gap == 3 && is(&c->tok[a->e + 2], "the")));
        /* (... and "inmates belonging to the Barrio 18 gang": people tied to a group act as it) */
        if (a->kind == KBL_AGENT && !a->country && a->role && b->kind == KBL_GROUP && b->code &&
            (!strcmp(a->role, "INS") || !strcmp(a->role, "REB") ||
             (tied && (!strcmp(a->role, "CRM") || !strcmp(a->role, "CVL")))) &&
            (tied || ((is(&c->tok[a->e], "from") || is(&c->tok[a->e], "of")) &&
                      (gap == 1 || (gap == 2 && is(&c->tok[a->e + 1], "the")))))) {
            speak_as(c, i, b, b->home, a->role);
            /* "... from the Viv Ansanm gang coalition": the group's own agent noun is its name */
            if (bi + 1 < c->nm && !M[bi + 1].dead && M[bi + 1].kind == KBL_AGENT && !M[bi + 1].country &&
                M[bi + 1].s == b->e)
                absorb(c, i, &M[bi + 1]);
            continue;
        }
        /* a person's people: "Putin's government", "Erdogan's spokesman", "Assad's forces" are
         * the person's state with the agent's role; a group leader's fighters are the group */
        if (poss && a->kind == KBL_PERSON && b->kind == KBL_AGENT && !b->country && b->role && a->code &&
            memcmp(a->code, "---", 3)) {
            if (a->country) {
                b->code = arena_cat(c, a->country, b->role);
                b->country = a->country;
                b->kind = KBL_STATE;
            } else if (strncmp(a->code, "IGO", 3) && strncmp(a->code, "NGO", 3)) {
                b->code = a->code;
                b->kind = KBL_GROUP;
            } else {
                continue;
            }
            b->name = span_str(c, a->s, b->e);
            b->s = a->s;
            a->dead = 1;
            for (int j = b->s; j < b->e; j++) c->tok[j].men = (int16_t)bi;
            /* (the person's surname still names them later: "President Daniel Chapo's
             * government", then "Chapo, speaking at a rally, condemned") */
            if (a->e - a->s >= 2 && c->tok[a->e - 1].cap) remember_surname(c, a);
            continue;
        }
        /* apposition: "Kakar, the prime minister," -> drop the title */
        if ((gap == 2 || (gap == 3 && is_any(&c->tok[a->e + 2], FORMER))) && is(&c->tok[a->e], ",") &&
            is(&c->tok[a->e + 1], "the") && b->kind == KBL_AGENT && !b->country && a->kind == KBL_PERSON) {
            title_office(c, b, a); /* "Kakar, the former prime minister," */
            drop_mention(c, b);
        }
    }
    /* "Hamas-led fighters", "Saudi-led coalition forces": armed men another leads are its own */
    for (int i = 0; i < c->nm; i++) {
        mention *b = &M[i];
        if (b->dead || b->kind != KBL_AGENT || !b->role || b->s < 3 || (!armed_role(b->role) && strcmp(b->role, "MIL")))
            continue;
        /* (over one describing word: "KNLA-led resistance forces") */
        int led = b->s - 1;
        if (led >= 3 && !is(&c->tok[led], "led") && c->tok[led].kind == KBL_T_WORD && !c->tok[led].cap &&
            c->tok[led].men < 0 && c->tok[led].verb < 0)
            led--;
        if (!is(&c->tok[led], "led") || led < 2 || !is(&c->tok[led - 1], "-") || c->tok[led - 1].s != c->tok[led - 2].e)
            continue;
        int ai = c->tok[led - 2].men;
        if (ai < 0 || ai == i || M[ai].dead || !M[ai].code || M[ai].e != led - 1) continue;
        const mention *a = &M[ai];
        if (a->country && !strncmp(a->code, a->country, 3)) {
            b->code = arena_cat(c, a->country, b->role);
            b->country = a->country;
            b->kind = KBL_STATE;
        } else if (!a->country && a->kind == KBL_GROUP && strlen(a->code) == 3) {
            b->code = a->code;
            b->kind = KBL_GROUP;
            b->home = home_of(c, a->code);
        } else
            continue;
        drop_mention(c, &M[ai]);
        b->s = a->s;
        for (int k = b->s; k < b->e; k++) c->tok[k].men = (int16_t)i;
    }
    /* "its forces", "their leaders": a possessive pronoun + agent */
    for (int i = 0; i < c->nm; i++) {
        mention *b = &M[i];
        if (b->dead || b->kind != KBL_AGENT || b->country || b->s == 0) continue;
        tokinfo *t = &c->tok[b->s - 1];
        /* "Brigadier General Karami warned that his forces would strike": the speaker's men */
        if ((is(t, "his") || is(t, "her")) && b->role) {
            kb_actor sp;
            int said = said_subject(c, b->s - 1, 1, &sp);
            if (said && sp.country) {
                b->code = arena_cat(c, sp.country, b->role);
                b->country = sp.country;
                b->kind = KBL_STATE;
            } else if (said && sp.code && !sp.country && strlen(sp.code) == 3 && memcmp(sp.code, "---", 3) &&
                       (armed_role(b->role) || !strcmp(b->role, "MIL"))) {
                /* ("The leader of the Shining Path said his fighters": the group's) */
                b->code = sp.code;
                b->kind = KBL_GROUP;
                b->home = home_of(c, sp.code);
            }
            continue;
        }
        int pi = b->s - 1; /* the possessive */
        /* (past a word that sorts its forces: "its ground forces", "their own troops") */
        static const char *const FORCE_MODS[] = {"ground", "special", "naval", "air", "land", "own", "elite",
                                                 "regular", "border", NULL};
        if (b->s >= 2 && is_any(t, FORCE_MODS) && (is(&c->tok[b->s - 2], "its") || is(&c->tok[b->s - 2], "their")))
            t = &c->tok[pi = b->s - 2];
        /* "fighters of its armed wing": the wing's men are the owner's */
        if (!is(t, "its") && !is(t, "their") && b->e + 3 < c->nt && is(&c->tok[b->e], "of") &&
            (is(&c->tok[b->e + 1], "its") || is(&c->tok[b->e + 1], "their")) &&
            (is(&c->tok[b->e + 2], "armed") || is(&c->tok[b->e + 2], "military")) &&
            (is(&c->tok[b->e + 3], "wing") || is(&c->tok[b->e + 3], "branch")))
            t = &c->tok[pi = b->e + 1];
        if (!is(t, "its") && !is(t, "their")) continue;
        /* "Hundreds of Bolivian porters and their families": "their" after "and" is the people of
         * the conjunct before it, not a name of an earlier sentence */
        if (is(t, "their") && pi >= 2 && is(&c->tok[pi - 1], "and") && b->role && land_people(b->role)) {
            int m0 = live_mention_at(c, pi - 2);
            const mention *f = m0 >= 0 ? &c->men[m0] : NULL;
            if (f && f->e == pi - 1 && f->country && !f->pronoun) {
                b->code = arena_cat(c, f->country, b->role);
                b->country = f->country;
                b->kind = KBL_STATE;
                continue;
            }
        }
        memory m;
        memory_at(c, pi, &m);
        const kb_actor *a = is(t, "its") ? (m.has_any ? &m.any : NULL) : (m.has_plural ? &m.plural : NULL);
        kb_actor sp;
        if (is(t, "its") && said_subject(c, pi, 1, &sp)) a = &sp; /* "The AA said its fighters" */
        /* "SSC-Khatumo freed 12 Somaliland soldiers whom its forces had captured": "its" in an
         * object relative clause is the sentence's subject's, not its object's */
        else if (is(t, "its") && pi >= 2 && is(&c->tok[pi - 1], "whom")) {
            for (int k = 0; k < c->nm; k++) {
                const mention *f = &c->men[k];
                if (f->dead || f->pronoun || !f->code || f->e > pi) continue;
                if (f->s == 0 || (f->s <= 2 && is_any(&c->tok[0], DETS))) {
                    sp.code = f->code, sp.name = f->name, sp.country = f->country;
                    a = &sp;
                }
                break;
            }
        }
        /* "RED-Tabara, which is based in ..., has been fighting Burundi's government since 2011.
         * In December 2023, its fighters killed 20 people": "its" opening the subject is the
         * last sentence's subject, not the last name it said */
        else if (is(t, "its") && c->subj_sent >= 0 && c->subj_sent + 1 == c->cur_sent && c->subj.code &&
                 (b->s == 1 || (b->s >= 3 && is(&c->tok[b->s - 2], ",") && is_any(&c->tok[0], PREPS) &&
                                !has_mention_in(c, 0, b->s - 1))))
            a = &c->subj;
        /* "The Arakan Army said its fighters": a group's armed men are the group */
        /* ... and so are its spokesman, leaders and members ("its spokesman, Sebby Sambom,") */
        if (a && !a->country && a->code && memcmp(a->code, "---", 3) && memcmp(a->code, "IGO", 3) &&
            memcmp(a->code, "NGO", 3) && b->role &&
            (armed_role(b->role) || !strcmp(b->role, "GOV") || !strcmp(b->role, "MIL")) && strlen(a->code) == 3) {
            b->code = a->code;
            b->kind = KBL_GROUP;
            b->home = home_of(c, a->code);
            continue;
        }
        /* "MINUSCA said its troops": an international body's forces are its own */
        if (a && !a->country && a->code && !memcmp(a->code, "IGO", 3) && strlen(a->code) <= 9 && b->role &&
            (!strcmp(b->role, "MIL") || !strcmp(b->role, "COP"))) {
            b->code = arena_cat(c, a->code, b->role);
            b->kind = KBL_IGO;
            continue;
        }
        /* "Pakistan's military said 23 of its soldiers": a state organ's people are the state's */
        if (!a || !a->country || strncmp(a->code, a->country, 3)) continue;
        b->code = arena_cat(c, a->country, b->role);
        b->country = a->country;
        b->kind = KBL_STATE;
    }
}

/* The state the article names most but cc, when it leads the others but cc (its ISO3 in
 * scode), else NULL: the other party of a two-state report ("summoned Chinese Ambassador Wu",
 * "detained 37 Haitians"). */
static const char *leading_state_but(const kb_coder *c, const char *cc)
{
    int b = -1, b2 = 0;
    for (int k = 0; k < c->nstates; k++) {
        if (!strncmp(c->scode[k], cc, 3)) continue;
        if (b < 0 || c->scount[k] > c->scount[b]) {
            if (b >= 0) b2 = c->scount[b];
            b = k;
        } else if (c->scount[k] > b2)
            b2 = c->scount[k];
    }
    return b >= 0 && c->scount[b] > b2 ? c->scode[b] : NULL;
}

/* Does organ mention a summon state cc's envoy or hold or expel its people in the words after
 * it ("the Foreign Ministry summoned Chinese Ambassador Wu", "Soldiers detained 37 Haitians")?
 * Then it is no organ of cc, however much the article names cc (emit finds its state). */
static int summons_or_holds(kb_coder *c, const mention *a, const char *cc)
{
    for (int j = a->e; j + 1 < c->nt && j < a->e + 16; j++) {
        const char *w = c->tok[j].low;
        if (w[0] != 's' && w[0] != 'd' && w[0] != 'a' && w[0] != 'e') continue;
        int envoy = !strncmp(w, "summon", 6);
        int held = !strncmp(w, "detain", 6) || !strncmp(w, "deport", 6) || !strncmp(w, "arrest", 6) ||
                   !strncmp(w, "expel", 5);
        if (!envoy && !held) continue;
        for (int q = j + 1; q < c->nt && q < j + 5; q++) {
            int m = live_mention_at(c, q);
            if (m >= 0 && c->men[m].country && !strncmp(c->men[m].country, cc, 3) &&
                (envoy ? c->men[m].role && !strcmp(c->men[m].role, "GOV") : c->men[m].people))
                return 1;
        }
        return 0;
    }
    return 0;
}

/* The state of the one people the sentence counts among the dead ("the number of Mauritanians
 * killed", "six Mauritanian herders were killed"), when it is not the doer's; NULL if none. */
static const char *victims_people(const kb_coder *c, const mention *s)
{
    static const char *const DEAD[] = {"killed", "dead", "died", "wounded", "injured", "victims", NULL};
    int dead = 0;
    for (int j = 0; j < c->nt && !dead; j++) dead = is_any(&c->tok[j], DEAD);
    if (!dead) return NULL;
    const char *cc = NULL;
    const char *sc = s ? (s->country ? s->country : s->home) : NULL;
    for (int k = 0; k < c->nm; k++) {
        const mention *m = &c->men[k];
        if (m->dead || !m->people || !m->country || (sc && !strncmp(m->country, sc, 3))) continue;
        if (cc && strncmp(cc, m->country, 3)) return NULL;
        cc = m->country;
    }
    return cc;
}

/* The dead of a toll's update, a people other than the doers' ("A second Bolivian man died ...,
 * raising to two the number of people killed when Chilean soldiers fired"): the sentence's
 * subject before "died", if a state's people. */
static const mention *toll_victims(const kb_coder *c, const mention *s)
{
    int died = -1, number = 0;
    for (int j = 0; j < c->nt; j++) {
        if (died < 0 && (is(&c->tok[j], "died") || is(&c->tok[j], "succumbed"))) died = j;
        if (is(&c->tok[j], "number") || is(&c->tok[j], "toll")) number = 1;
    }
    if (died < 0 || !number) return NULL;
    for (int k = 0; k < c->nm; k++) {
        const mention *m = &c->men[k];
        if (m->dead || m->s >= died) continue;
        static const char *const PERSON[] = {"man", "woman", "men", "women", "boy", "girl", "national",
                                             "nationals", "citizen", "citizens", "driver", "worker", NULL};
        if (m->country && strncmp(m->country, s->country, 3) &&
            (m->people || (m->role && str_in(m->role, PEOPLE_ROLES)) ||
             (state_like(m) && m->e < c->nt && is_any(&c->tok[m->e], PERSON))))
            return m;
        return NULL;
    }
    return NULL;
}

/* Does a named place follow token j as people's origin or whereabouts ("from Rameswaram", "near
 * the village of Atotsi", "from the town of Gori")? */
static int from_place(const kb_coder *c, int j)
{
    static const char *const SETTLE[] = {"village", "town", "city", "district", "region", "province", NULL};
    /* (past the noun a count left out: "two brothers from") */
    if (j > 0 && j + 2 < c->nt && c->tok[j].kind == KBL_T_WORD && !c->tok[j].cap &&
        (c->tok[j - 1].kind == KBL_T_NUM || is_any(&c->tok[j - 1], NUM_WORDS)) &&
        (is(&c->tok[j + 1], "from") || is(&c->tok[j + 1], "near")))
        j++;
    if (j + 1 >= c->nt || !(is(&c->tok[j], "from") || is(&c->tok[j], "near"))) return 0;
    j++;
    if (j + 3 < c->nt && is(&c->tok[j], "the") && is_any(&c->tok[j + 1], SETTLE) && is(&c->tok[j + 2], "of")) j += 3;
    return c->tok[j].cap;
}

/* The other state of an act on cc's people or envoy: the land the report's places lie in, else
 * the state named most but cc (NULL if none leads). */
static const char *other_land(const kb_coder *c, const char *cc)
{
    return c->land[0] && strncmp(cc, c->land, 3) ? c->land : leading_state_but(c, cc);
}

/* The state named most in the article so far (index into scode, -1 if none); *second the
 * count of the runner-up. */
static int dominant_state(const kb_coder *c, int *second)
{
    int best = -1;
    *second = 0;
    for (int k = 0; k < c->nstates; k++) {
        if (best < 0 || c->scount[k] > c->scount[best]) {
            if (best >= 0) *second = c->scount[best];
            best = k;
        } else if (c->scount[k] > *second)
            *second = c->scount[k];
    }
    return best;
}

/* The state the article names at least three times and twice as often as any other, else NULL */
static const char *clear_state(const kb_coder *c)
{
    int second = 0, best = dominant_state(c, &second);
    return best >= 0 && c->scount[best] >= 3 && c->scount[best] >= 2 * second ? c->scode[best] : NULL;
}

/* A singular title followed by a name the lexicon does not know ("Libyan leader Muammar
 * Gaddafi", "President Laurent Gbagbo", "President Omar Hassan al-Bashir"): the mention covers
 * the name, so that coordination and the verb's subject see one actor. A state office held
 * before ("former President X", "ousted President X") is an elite (ELI) of that state. */
static int name_word(const kb_coder *c, int e)
{
    const tokinfo *t = &c->tok[e];
    return t->kind == KBL_T_WORD && t->cap && !t->allcaps && t->men < 0;
}

/* The surname (last word) of person mention m names m alone later in the article ("Army
 * spokesman Major General Lul Ruai Koang ... Koang accused", "President Daniel Chapo ... Chapo
 * was in Kigali"). */
static void remember_surname_at(kb_coder *c, const mention *m, const tokinfo *last);

static void remember_surname(kb_coder *c, const mention *m)
{
    remember_surname_at(c, m, &c->tok[m->e - 1]);
    /* "spokeswoman Zhu Fenglian", then "Zhu also demanded": a two-word name after a lower-case
     * title whose first word is short is told by that word too (family names first) */
    static const char *const HONOUR[] = {"lord", "lady", "sir", "dame", "mr", "mrs", "ms", "dr", "miss", "king",
                                         "queen", "emir", "amir", "shah", "mir", "st", "gen", "col", "maj", "capt",
                                         "lt", "sgt", "rev", "pope", "imam", "abu", "umm", "ibn", "bin", "el", "al",
                                         "de", "van", "von", "don", NULL};
    if (m->e - m->s >= 3 && c->tok[m->e - 2].cap && c->tok[m->e - 2].kind == KBL_T_WORD &&
        strlen(c->tok[m->e - 2].low) <= 4 && !is_any(&c->tok[m->e - 2], HONOUR) &&
        !is_any(&c->tok[m->e - 2], TITLE_WORDS) && !c->tok[m->e - 3].cap && c->tok[m->e - 3].kind == KBL_T_WORD)
        remember_surname_at(c, m, &c->tok[m->e - 2]);
}

static void remember_surname_at(kb_coder *c, const mention *m, const tokinfo *last)
{
    size_t n = strlen(last->low);
    if (last->kind != KBL_T_WORD || n < 3 || n >= sizeof c->sur[0].low || !m->code ||
        c->nsur >= (int)(sizeof c->sur / sizeof *c->sur))
        return;
    for (int k = 0; k < c->nsur; k++)
        if (streq(c->sur[k].low, last->low)) return;
    memcpy(c->sur[c->nsur].low, last->low, n + 1);
    c->sur[c->nsur].code = m->code;
    c->sur[c->nsur].name = m->name;
    c->sur[c->nsur].country = m->country;
    c->sur[c->nsur].role = m->role;
    c->sur[c->nsur].kind = m->kind;
    c->nsur++;
}

static void extend_titles(kb_coder *c)
{
    static const char *const NOT_NAME[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                           "sunday", "january", "february", "march", "april", "may", "june",
                                           "july", "august", "september", "october", "november", "december",
                                           NULL};
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        /* (a party the lexicon codes as its state's opposition or party: "CHADEMA", TZAOPP) */
        int party = !m->dead && m->code && strlen(m->code) == 6 && (!strcmp(m->code + 3, "OPP") || !strcmp(m->code + 3, "PTY"));
        if (m->dead || m->pronoun || (!m->role && !party) || (m->plural && !party) || m->kind == KBL_PERSON) continue;
        int e = m->e, office = 0;
        /* "CHADEMA deputy chairman John Heche": a party's office and its holder's name after it */
        if (party) {
            static const char *const OFFICE_MODS[] = {"deputy", "vice", "acting", "interim", "national", "secretary", NULL};
            int q = e;
            while (q < c->nt && q < e + 2 && c->tok[q].men < 0 && is_any(&c->tok[q], OFFICE_MODS)) q++;
            if (q + 1 < c->nt && c->tok[q].men < 0 && is_any(&c->tok[q], TITLE_WORDS) && name_word(c, q + 1) &&
                !is_any(&c->tok[q + 1], NOT_NAME)) {
                e = q + 1;
                office = 1;
            }
        }
        while (e < c->nt && e < m->e + 6 + (office ? 3 : 0)) {
            const tokinfo *t = &c->tok[e];
            if (name_word(c, e) && !is_any(t, NOT_NAME)) {
                e++;
                continue;
            }
            /* "al-Bashir", "Zia-Ul-Haq": a hyphen inside a name; "bin Laden": a particle */
            int next_name = e + 1 < c->nt && name_word(c, e + 1);
            if (e > m->e && next_name && t->kind != KBL_T_WORD && is(t, "-") && t->s == c->tok[e - 1].e &&
                c->tok[e + 1].s == t->e) {
                e++;
                continue;
            }
            if (e > m->e && t->men < 0 && is_any(t, NAME_PART) &&
                (next_name || (e + 2 < c->nt && is(&c->tok[e + 1], "-") && c->tok[e + 1].s == t->e &&
                               name_word(c, e + 2)))) {
                e++;
                continue;
            }
            break;
        }
        if (e > m->e && !name_word(c, e - 1)) e--; /* never end on a particle or a hyphen */
        /* "its spokesman, Sebby Sambom, said": a name in commas after a singular office names
         * its holder; the surname alone names them later */
        /* (... a bare one too, after "the": "The lawmaker, Ratu Isoa Vuniwai, was arrested") */
        int the_office = m->kind == KBL_AGENT && !m->plural && m->s > 0 && is(&c->tok[m->s - 1], "the");
        if (e == m->e && m->code && (memcmp(m->code, "---", 3) || the_office) && e + 3 < c->nt && is(&c->tok[e], ",") &&
            name_word(c, e + 1) && name_word(c, e + 2) &&
            (is(&c->tok[e + 3], ",") || (e + 4 < c->nt && name_word(c, e + 3) && is(&c->tok[e + 4], ",")))) {
            int last = name_word(c, e + 3) ? e + 3 : e + 2;
            if (!is_any(&c->tok[last], NOT_NAME)) remember_surname_at(c, m, &c->tok[last]);
        }
        if (e == m->e) {
            /* a rank that is only a title ("General", "Admiral") names no one without a name:
             * "General elections", "General Motors" */
            static const char *const RANK[] = {"general", "gen", "admiral", "adm", "colonel", "col", "brigadier",
                                               "brig", "marshal", NULL};
            if (m->kind == KBL_AGENT && c->tok[m->e - 1].cap && is_any(&c->tok[m->e - 1], RANK)) {
                drop_mention(c, m);
            }
            continue;
        }
        /* "President Paul Kagame of Rwanda", "Prime Minister Taro Aso of Japan": the office
         * of that state */
        if (!m->country && e + 1 < c->nt && is(&c->tok[e], "of")) {
            int r = e + 1 < c->nt && is(&c->tok[e + 1], "the") ? e + 2 : e + 1;
            int sm = r < c->nt ? c->tok[r].men : -1;
            if (sm >= 0 && !c->men[sm].dead && c->men[sm].s == r && state_like(&c->men[sm])) {
                m->code = arena_cat(c, c->men[sm].code, m->role);
                m->country = c->men[sm].country;
                m->kind = KBL_STATE;
                c->men[sm].dead = 1;
                e = c->men[sm].e;
            }
        }
        /* a person's title ("President", "Judge", "opposition leader"), not a noun that heads a
         * name ("Jet Airways", "Court of Appeal") */
        int lt = m->e - 1;
        while (lt > m->s && is(&c->tok[lt], ".")) lt--; /* "Lt. Gen." */
        int title = office || is_any(&c->tok[lt], TITLE_WORDS);
        for (int j = m->e; j < e; j++) c->tok[j].men = (int16_t)i;
        int names = e - m->e;
        m->e = e;
        m->name = span_str(c, m->s, m->e);
        /* a first name and a surname after the title or office ("his Iraqi counterpart Fuad
         * Hussein"): the surname alone names them later */
        if (names >= 2) remember_surname(c, m);
        if (!title) continue;
        m->titled = 1;
        if (state_organ(m->role)) {
            int former = 0; /* "former President", "Ex-Labour MP" */
            for (int j = m->s - 1; j >= 0 && j >= m->s - 3; j--) {
                if (is_any(&c->tok[j], FORMER)) former = 1;
                if (c->tok[j].kind != KBL_T_WORD && !is(&c->tok[j], "-")) break;
            }
            if (former) {
                m->titled = 2;
                m->role = "ELI";
                m->code = m->country ? arena_cat(c, m->country, "ELI") : "---ELI";
            }
        }
    }
}

/* a mention named as a place: "in Sudan", "to Paris", "in the capital city of Algiers",
 * "in southern Lebanon" */
static int named_place(const kb_coder *c, const mention *m)
{
    static const char *const SKIP[] = {"the", "southern", "northern", "eastern", "western", "central", "capital",
                                       "city", "town", "province", "region", "village", "district", "state",
                                       "outskirts", "streets", "centre", "center", "north", "south", "east",
                                       "west", "of", NULL};
    int pp = m->s - 1;
    while (pp > 0 && pp > m->s - 6 && is_any(&c->tok[pp], SKIP)) pp--;
    if (pp >= 0 && (is_any(&c->tok[pp], PLACE_PREP) || is(&c->tok[pp], "to") || is(&c->tok[pp], "from"))) return 1;
    /* a later member of a list of places ("arms sales to Croatia and Ecuador") */
    if (pp > 0 && (is(&c->tok[pp], "and") || is(&c->tok[pp], ",")) && c->tok[pp - 1].men >= 0) {
        const mention *x = &c->men[c->tok[pp - 1].men];
        if (x != m && !x->dead && x->e == pp && x->s < m->s && state_like(x)) return named_place(c, x);
    }
    return 0;
}

/* a state's adjective of a place ("the Bosnian town of Gorazde", "Afghan soil") */
static int place_noun_after(const kb_coder *c, const mention *m)
{
    static const char *const PLACE_NOUN[] = {"town", "city", "village", "province", "region", "district", "capital",
                                             "territory", "soil", "area", "enclave", "port", "island", NULL};
    return m->e < c->nt && is_any(&c->tok[m->e], PLACE_NOUN);
}

/* a state's adjective naming where, not whom: "in the Greek village of Psarades" (the lexicon
 * reads "Greek village" as the state's villagers) */
static int state_place_of(const kb_coder *c, const mention *m)
{
    /* (in, at or near it: "withdrew from the Ukrainian city of Kherson" leaves Ukraine) */
    if ((m->kind != KBL_STATE && m->kind != KBL_AGENT) || !m->country || m->capital || m->s < 2 ||
        !is(&c->tok[m->s - 1], "the") || !is_any(&c->tok[m->s - 2], PLACE_PREP))
        return 0;
    if (!m->role) return m->kind == KBL_STATE && place_noun_after(c, m) && m->e + 1 < c->nt && is(&c->tok[m->e + 1], "of");
    return !strcmp(m->role, "CVL") && m->e - m->s >= 2 && is(&c->tok[m->e - 1], "village") && m->e < c->nt &&
           is(&c->tok[m->e], "of");
}

/* a mention that qualifies the noun after it ("the Iraq war", "the Beijing Olympics") */
static int noun_modifier(const kb_coder *c, const mention *m)
{
    if (m->e >= c->nt || m->s == 0 || !is_any(&c->tok[m->s - 1], DETS)) return 0;
    const tokinfo *t = &c->tok[m->e];
    size_t n = strlen(t->low);
    return t->kind == KBL_T_WORD && !t->cap && !(n > 3 && !strcmp(t->low + n - 2, "ed")) && t->men < 0 &&
           !is_any(t, IRR_PAST) && !is_any(t, PREPS) &&
           !is_any(t, STOP_RIGHT) && !is(t, "and") && !is(t, "or") && !is_any(t, BE) && !is_any(t, MODALS) &&
           !is(t, "'s") && !is_any(t, ADVS) && !is(t, "said") && !is(t, "says");
}

/* A titled person of no known country ("President Omar al-Bashir", "Judge Alejandro Rivera",
 * "opposition leader X") holds the office of the one state the sentence names (or whose armed
 * group it names), else of the state the article is about; with none (or several and no
 * article to choose) the role stays alone ("---GOV"): never a guess. */
/* Does the mention starting at token s open its clause: the sentence's first words (after a
 * dateline), or right after a comma ("In June 2023, an Egyptian policeman", "In a separate
 * statement, the ministry")? */
static int opens_clause(const kb_coder *c, int s)
{
    int dl = c->nt > 3 && c->tok[0].cap ? dateline_dash(c) : -1;
    return s <= (dl >= 0 ? dl + 2 : 1) ||
           (s >= 2 && (is(&c->tok[s - 1], ",") || (is_any(&c->tok[s - 1], DETS) && is(&c->tok[s - 2], ","))));
}

/* "seized an Israeli soldier in 2006 and freed him in 2011": "him" or "her" as an object is
 * the one person named before in the sentence after its subject (after compose: "an Israeli
 * soldier" is one actor by then) */
/* The sentence's first mention that is neither dropped nor a pronoun (c->nm if none). */
static int first_live_mention(const kb_coder *c)
{
    int first = 0;
    while (first < c->nm && (c->men[first].dead || c->men[first].pronoun)) first++;
    return first;
}

static void object_pronouns(kb_coder *c)
{
    for (int i = 2; i < c->nt; i++) {
        const tokinfo *t = &c->tok[i];
        if (t->low[0] != 'h' || t->men >= 0 || t->kind != KBL_T_WORD ||
            !(is(t, "him") || (is(t, "her") && (i + 1 == c->nt || c->tok[i + 1].kind == KBL_T_PUNCT ||
                                                is_any(&c->tok[i + 1], PREPS) || is(&c->tok[i + 1], "and")))))
            continue;
        int first = first_live_mention(c);
        for (int k = c->nm; k-- > first + 1;) {
            const mention *o = &c->men[k];
            /* (or a state's name on one of its people: "New Zealand pilot Phillip Mehrtens") */
            /* (... or on one person a noun names: "detained a Greek Cypriot hunter") */
            int of_state = o->kind == KBL_STATE && !o->role && o->country && o->e < i && o->e < c->nt &&
                           c->tok[o->e].kind == KBL_T_WORD && !c->tok[o->e].cap && c->tok[o->e].men < 0 &&
                           c->tok[o->e].verb < 0 && !is_any(&c->tok[o->e], PREPS) && o->e + 1 < c->nt &&
                           (c->tok[o->e + 1].cap || (o->s > 0 && (is(&c->tok[o->s - 1], "a") || is(&c->tok[o->s - 1], "an"))));
            if (o->dead || o->pronoun || o->e > i || o->plural || !o->code || !memcmp(o->code, "---", 3) ||
                !(o->kind == KBL_PERSON || o->titled || o->role || of_state))
                continue;
            kb_actor x = {o->code, o->name, o->country};
            const char *role = o->role;
            kbl_kind kind = o->kind;
            if (add_pronoun(c, i, i + 1, &x, kind)) c->men[c->nm - 1].role = role;
            break;
        }
        /* (... else the subject itself, when another actor acts on "him" later in the sentence:
         * "An Egyptian border policeman shot dead two soldiers before Israeli troops killed him") */
        const tokinfo *vb = &c->tok[i - 1];
        if (first < c->nm && c->tok[i].men < 0 && vb->kind == KBL_T_WORD && !vb->cap && vb->men < 0 &&
            !is_any(vb, PREPS) && !is_any(vb, DETS)) {
            const mention *o = &c->men[first];
            int other = 0;
            for (int k = first + 1; k < c->nm && !other; k++)
                other = !c->men[k].dead && !c->men[k].pronoun && c->men[k].s > o->e && c->men[k].e <= i - 1 &&
                        c->men[k].e >= i - 4 && c->men[k].code && memcmp(c->men[k].code, "---", 3);
            /* (the sentence's subject, after a phrase of time too: "In June 2023, an Egyptian
             * policeman ...") */
            if (other && !o->plural && o->code && memcmp(o->code, "---", 3) && opens_clause(c, o->s) &&
                (o->kind == KBL_PERSON || o->titled || o->role)) {
                kb_actor x = {o->code, o->name, o->country};
                const char *role = o->role;
                if (add_pronoun(c, i, i + 1, &x, o->kind)) c->men[c->nm - 1].role = role;
            }
        }
    }
}

/* "Militants abducted two village guards from their homes and shot them dead": "them" after a
 * second verb the subject's "and" joins is the people its first verb took, the last people of a
 * role named before the "and" after the subject (not a state or town on the way: "in Jammu and
 * Kashmir's Kishtwar district") */
static void coordinated_them(kb_coder *c)
{
    for (int i = 3; i < c->nt; i++) {
        const tokinfo *t = &c->tok[i];
        if (t->low[0] != 't' || t->men >= 0 || !is(t, "them")) continue;
        const tokinfo *vb = &c->tok[i - 1];
        int a = i - 2;
        if (is(&c->tok[a], "then") || is(&c->tok[a], "later")) a--;
        if (a < 1 || !is(&c->tok[a], "and") || vb->kind != KBL_T_WORD || vb->cap || vb->men >= 0 ||
            is_any(vb, PREPS) || is_any(vb, DETS))
            continue;
        int first = first_live_mention(c);
        for (int k = c->nm; k-- > first + 1;) {
            const mention *o = &c->men[k];
            /* (people counted, "two village defence guards", or a plural of a role someone's word
             * gave a side, "met Me'ekamui leaders ... and urged them"; not people at large, nor
             * anyone's units: "make sure they can transfer people easily across regiments and
             * deploy them") */
            int counted = o->s > 0 && (c->tok[o->s - 1].kind == KBL_T_NUM || is_any(&c->tok[o->s - 1], NUM_WORDS));
            /* (a state's people the lexicon composed keep their role in the code: "detained 11
             * Thai fishermen ... and released them") */
            const char *role = o->role || o->country ? role_of(o) : NULL;
            if (o->dead || o->pronoun || o->e > a || !role || !o->code ||
                !(counted || (o->plural && strcmp(role, "CVL") && memcmp(o->code, "---", 3))))
                continue;
            kb_actor x = {o->code, o->name, o->country};
            if (add_pronoun(c, i, i + 1, &x, o->kind)) c->men[c->nm - 1].role = role;
            break;
        }
    }
}

/* "A police unit that tracked the gunmen to Odda, ..., shot dead two of them": "them" counted
 * out ("two of them", "several of them") are the last armed men named before in the sentence
 * other than its first actor */
static void counted_them(kb_coder *c)
{
    for (int i = 3; i < c->nt; i++) {
        const tokinfo *t = &c->tok[i];
        if (t->low[0] != 't' || t->men >= 0 || !is(t, "them") || !is(&c->tok[i - 1], "of")) continue;
        const tokinfo *n = &c->tok[i - 2];
        static const char *const SOME[] = {"several", "some", "all", "many", "most", "both", "dozens", "scores", NULL};
        if (!(n->kind == KBL_T_NUM || is_any(n, NUM_WORDS) || is_any(n, SOME))) continue;
        int first = first_live_mention(c);
        for (int k = c->nm; k-- > first + 1;) {
            const mention *o = &c->men[k];
            if (o->dead || o->pronoun || o->e > i - 2 || !o->plural || !o->role || !o->code ||
                (strcmp(o->role, "INS") && strcmp(o->role, "REB") && strcmp(o->role, "CRM")))
                continue;
            kb_actor x = {o->code, o->name, o->country};
            const char *role = o->role;
            if (add_pronoun(c, i, i + 1, &x, o->kind)) c->men[c->nm - 1].role = role;
            break;
        }
    }
}

static const char *opening_land(kb_coder *c);

static void title_context(kb_coder *c)
{
    /* (the town or capital that opens the sentence, once: no title's state changes it) */
    const char *opening = opening_land(c);
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->dead || !m->titled || m->country || !m->role || !m->code || memcmp(m->code, "---", 3)) continue;
        /* "ECOWAS Commission President Omar Alieu Touray": the office of the body named before
         * the title */
        if (i > 0 && !c->men[i - 1].dead && c->men[i - 1].kind == KBL_IGO && c->men[i - 1].e <= m->s &&
            c->men[i - 1].e >= m->s - 1 && c->men[i - 1].code) {
            m->code = c->men[i - 1].code;
            m->kind = KBL_IGO;
            m->role = NULL;
            continue;
        }
        if (!state_organ(m->role) && m->titled != 2 && strcmp(m->role, "OPP")) continue;
        /* the states the sentence names as such (not another official's office, not a noun's
         * modifier, "the Iraq war"), apart from the places ("in Sudan", "to Paris") */
        const char *one[2] = {NULL, NULL};
        int several[2] = {0, 0}, one_at[2] = {0, 0};
        for (int k = 0; k < c->nm; k++) {
            const mention *o = &c->men[k];
            if (k == i || o->dead || o->pronoun) continue;
            const char *oc = state_like(o) ? o->country : o->kind == KBL_GROUP ? o->home : NULL;
            if (!oc || noun_modifier(c, o) || (o->e < c->nt && is(&c->tok[o->e], "-"))) continue; /* "US-led" */
            /* ("met Niger's head of state": the state of another office holder, not this one's) */
            if (o->e + 1 < c->nt && is(&c->tok[o->e], "'s") && o->e + 1 != m->s) {
                int om = -1;
                for (int q = 0; q < c->nm && om < 0; q++)
                    if (!c->men[q].dead && c->men[q].s <= o->e + 1 && c->men[q].e > o->e + 1 && q != i) om = q;
                if (om < 0)
                    for (int q = 0; q < c->nm && om < 0; q++)
                        if (c->men[q].s == o->s && c->men[q].e > o->e + 1 && q != i && !c->men[q].dead) om = q;
                if (om >= 0 && c->men[om].role && state_organ(c->men[om].role)) continue;
            }
            int place = named_place(c, o);
            if (!one[place]) one[place] = oc, one_at[place] = o->s;
            else if (strncmp(one[place], oc, 3)) several[place] = 1;
        }
        int second = 0, best = dominant_state(c, &second);
        const char *art = best >= 0 && c->scount[best] >= 2 && c->scount[best] >= 2 * second ? c->scode[best] : NULL;
        const char *pick = NULL;
        /* "In Canberra on Tuesday, Home Affairs Minister Tony Burke thanked Nauru": the officials
         * of a sentence their capital or town opens are that land's, not the state they act on
         * (the one state the sentence names, right after a verb) */
        /* (... and with no such opening, the state the article names most after that one:
         * "National Police commander General X blamed Los Lobos, Ecuador's largest gang" in a
         * report on Peru's police) */
        const tokinfo *before = one[0] && one_at[0] > 0 ? &c->tok[one_at[0] - 1] : NULL;
        int acted_on = one[0] && !several[0] && one_at[0] > m->e && before->kind == KBL_T_WORD && !before->cap &&
                       !is_any(before, PREPS) && !is_any(before, DETS) && !is(before, "and") && !is(before, "or") &&
                       !is(before, "said") && !is(before, "that");
        const char *other = acted_on && !opening ? leading_state_but(c, one[0]) : NULL;
        if (acted_on && opening && strncmp(one[0], opening, 3)) pick = opening;
        else if (acted_on && other) pick = other;
        else if (one[0] && !several[0]) pick = one[0];
        else if (one[0]) /* several: the article's state, if the sentence names it */
            for (int k = 0; k < c->nm && !pick; k++) {
                const mention *o = &c->men[k];
                if (k != i && !o->dead && state_like(o) && art && !strncmp(o->country, art, 3)) pick = art;
            }
        /* an article about one state: its office ("Last week in Paris, President Kirchner
         * discussed ...": not France's) */
        else if (art && c->scount[best] >= 3) pick = art;
        else if (one[1] && !several[1]) pick = one[1];
        else if (!one[1]) pick = art;
        /* (a place alone gives no office the state whose own officer the sentence names: "Foreign
         * Minister X met Niger's head of state ... in Niamey") */
        int place_only = pick && !one[0] && one[1] && !strncmp(pick, one[1], 3) && !(art && c->scount[best] >= 3);
        /* "Kenya's President Ruto spoke with Prime Minister X and promised that Kenya would ...":
         * an office the sentence already gave that state's holder of is the other party's */
        for (int k = 0; pick && k < (place_only ? c->nm : i); k++) {
            const mention *o = &c->men[k];
            if (k != i && !o->dead && (o->kind == KBL_PERSON || (place_only && o->role)) && o->country && o->code &&
                strlen(o->code) == 6 && !strncmp(o->country, pick, 3) && !strcmp(o->code + 3, m->role))
                pick = art && strncmp(art, pick, 3) ? art : NULL;
        }
        if (!pick) continue;
        of_country(c, m, kb_arena_strndup(c->arena, pick, 3));
        m->ctx = 1;
    }
    /* "President Laurent Gbagbo announced that he will ...": the pronouns were read before the
     * title took its name and state */
    int first = c->nt;
    for (int k = 0; k < c->nm; k++)
        if (!c->men[k].dead && c->men[k].titled && c->men[k].country && c->men[k].e < first) first = c->men[k].e;
    for (int i = first; i < c->nt; i++) {
        if (c->tok[i].men >= 0 || !(is(&c->tok[i], "he") || is(&c->tok[i], "she"))) continue;
        const mention *p = NULL;
        for (int k = 0; k < c->nm; k++) {
            const mention *m = &c->men[k];
            if (!m->dead && m->titled && m->e <= i && m->country && (!p || m->e > p->e)) p = m;
        }
        if (!p) continue;
        kb_actor a = {p->code, p->name, p->country};
        add_pronoun(c, i, i + 1, &a, KBL_PERSON);
    }
}

/* "to press for the release of its leader, Nnamdi Kanu", "the group's founder, X": a name the
 * lexicon lacks, apposed to a group's leader, is that group's person, and the surname alone names
 * the group later ("a court convicted Kanu of terrorism"). */
static void group_leader(kb_coder *c)
{
    static const char *const LEADER[] = {"leader", "founder", "chief", "commander", "spokesman", "head",
                                         "spokeswoman", "co-founder", NULL};
    /* (no group named yet, in the article or this sentence: no group's leader) */
    int any = c->mem.has_group;
    for (int k = 0; k < c->nm && !any; k++) any = !c->men[k].dead && c->men[k].kind == KBL_GROUP;
    if (!any) return;
    for (int q = 1; q + 3 < c->nt; q++) {
        /* (the comma first: one byte a token) */
        if (c->tok[q + 1].low[0] != ',' || c->tok[q + 1].low[1] || !name_word(c, q + 2) || !is_any(&c->tok[q], LEADER))
            continue;
        int e = q + 2;
        while (e < c->nt && e < q + 6 && name_word(c, e)) e++;
        if (e - (q + 2) < 2 || (e < c->nt && !is(&c->tok[e], ",") && !is(&c->tok[e], ".") && !is(&c->tok[e], "and")))
            continue;
        /* whose leader: "its"/"their" (the group the sentence or the article named last), or a
         * group's possessive ("the IPOB's leader") */
        kb_actor g = {0};
        int p = q - 1, pron = is(&c->tok[p], "its") || is(&c->tok[p], "their");
        int pm = pron ? live_mention_at(c, p) : p >= 1 && is(&c->tok[p], "'s") ? live_mention_at(c, p - 1) : -1;
        if (pm >= 0 && c->men[pm].kind == KBL_GROUP) {
            g = (kb_actor){c->men[pm].code, c->men[pm].name, c->men[pm].country};
        } else if (pron) {
            memory m;
            memory_at(c, p, &m);
            if (m.has_group) g = m.group;
        }
        if (!g.code || g.country || !memcmp(g.code, "---", 3)) continue;
        kb_actor a = {g.code, span_str(c, q + 2, e), NULL};
        if (!add_pronoun(c, q + 2, e, &a, KBL_PERSON)) return;
        mention *x = &c->men[c->nm - 1];
        x->pronoun = 0; /* a name, remembered for "he" and by its surname */
        remember_surname(c, x);
        q = e;
    }
}

/* "said Abdulqader al-Murtada, who heads the Houthi prisoners committee": a name the lexicon
 * lacks, after a saying word, whose relative clause gives the body he heads, is that body's
 * person (so "He accused ..." in the next sentence is the body's). */
static void who_heads(kb_coder *c)
{
    static const char *const SAID[] = {"said", "says", "told", "added", NULL};
    static const char *const HEADS[] = {"heads", "headed", "leads", "led", "chairs", "runs", "commands", "directs",
                                        NULL};
    static const char *const PARTICLE[] = {"al", "el", "bin", "ibn", "abu", "de", "da", "van", "von", "-", NULL};
    /* (found from its ", who heads": one compare a word) */
    for (int q = 3; q + 3 < c->nt; q++) {
        if (!is(&c->tok[q + 1], "who") || !is(&c->tok[q], ",") || !is_any(&c->tok[q + 2], HEADS) ||
            !c->tok[q - 1].cap)
            continue;
        int p = q - 1;
        while (p > 0 && p > q - 8 && (name_word(c, p) || (is_any(&c->tok[p], PARTICLE) && c->tok[p].men < 0))) p--;
        if (q - p < 3 || !is_any(&c->tok[p], SAID) || !name_word(c, p + 1)) continue;
        int g = -1;
        for (int k = q + 3; k < c->nt && k < q + 9 && g < 0; k++) {
            int m = live_mention_at(c, k);
            if (m >= 0 && c->men[m].code && memcmp(c->men[m].code, "---", 3)) g = m;
        }
        if (g < 0) continue;
        kb_actor a = {c->men[g].code, span_str(c, p + 1, q), c->men[g].country};
        if (!add_pronoun(c, p + 1, q, &a, KBL_PERSON)) return;
        mention *x = &c->men[c->nm - 1];
        x->pronoun = 0; /* a name, remembered for "he" and by its surname */
        x->home = c->men[g].home;
        x->role = c->men[g].role;
    }
}

/* Role mention m is of state cc (ISO3, kept as given): "police" of the article's state, "the
 * navy" of the Sri Lankan Navy named before */
static void of_country(kb_coder *c, mention *m, const char *cc)
{
    m->country = cc;
    m->code = arena_cat(c, cc, m->role);
    m->kind = KBL_STATE;
}

/* "A Syrian security source said two members of the security forces were wounded": a bare state
 * organ in the words of a state's source or officials, who open the sentence, is that state's. */
static void speaker_state(kb_coder *c)
{
    static const char *const SOURCE[] = {"source", "sources", "official", "officials", NULL};
    static const char *const TOLD[] = {"said", "says", "told", "added", "reported", NULL};
    int say = -1;
    const char *home = NULL;
    for (int i = 1; i < c->nt && i < 7 && say < 0; i++) {
        if (!is_any(&c->tok[i], SOURCE) || i + 1 >= c->nt || !is_any(&c->tok[i + 1], TOLD)) continue;
        for (int k = 0; k < c->nm; k++) { /* (the demonym may be a dead modifier: "Syrian security") */
            const mention *o = &c->men[k];
            if (o->country && !o->pronoun && o->s <= 1 && o->e <= i + 1 && o->e >= i - 2 &&
                (o->kind == KBL_STATE || o->kind == KBL_AGENT))
                home = o->country;
        }
        say = i + 1;
    }
    if (!home) return;
    for (int k = 0; k < c->nm; k++) {
        mention *m = &c->men[k];
        if (m->dead || m->s <= say || m->country || m->kind != KBL_AGENT || !m->role || !state_organ(m->role)) continue;
        of_country(c, m, home);
    }
}

/* The country of the town or province the text names at byte s (kb_doc.place_refs), NULL if
 * none starts there. */
static const char *place_ref_at(const kb_coder *c, uint32_t s)
{
    size_t lo = 0, hi = c->nprefs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->prefs[mid].start < s) lo = mid + 1;
        else hi = mid;
    }
    return lo < c->nprefs && c->prefs[lo].start == s && !c->prefs[lo].metonym ? c->prefs[lo].country : NULL;
}

/* The country of the town or province whose possessive ends at byte e ("Batken's regional
 * governor"), NULL if none */
static const char *owner_place(const kb_coder *c, uint32_t e)
{
    for (size_t k = 0; k < c->nprefs && c->prefs[k].start < e; k++)
        if (c->prefs[k].end == e) return c->prefs[k].country;
    return NULL;
}

/* The land of the town or capital that opens the sentence before a comma, over a weekday ("In
 * Ben Guerdane, ...", "In Canberra on Tuesday, ..."), NULL if none. */
static const char *opening_land(kb_coder *c)
{
    if (c->nt <= 3 || !is(&c->tok[0], "in") || !c->tok[1].cap) return NULL;
    const char *cc = c->nprefs ? place_ref_at(c, c->tok[1].s) : NULL;
    int m1 = live_mention_at(c, 1);
    if (!cc && m1 >= 0 && c->men[m1].capital && c->men[m1].country && c->men[m1].s == 1) cc = c->men[m1].country;
    int k = 2;
    while (k < c->nt && k < 6 && c->tok[k].cap && c->tok[k].kind == KBL_T_WORD) k++;
    static const char *const WEEKDAY[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                          "sunday", NULL};
    if (k + 1 < c->nt && is(&c->tok[k], "on") && is_any(&c->tok[k + 1], WEEKDAY)) k += 2;
    return cc && k < c->nt && is(&c->tok[k], ",") ? cc : NULL;
}

/* Does a town or province the text names start at byte s and run past byte e ("Spanish
 * Town", whose first word is a demonym)? */
static int place_ref_over(const kb_coder *c, uint32_t s, uint32_t e)
{
    size_t lo = 0, hi = c->nprefs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->prefs[mid].start < s) lo = mid + 1;
        else hi = mid;
    }
    return lo < c->nprefs && c->prefs[lo].start == s && c->prefs[lo].end > e && !c->prefs[lo].metonym;
}

/* A role of a land's own people (its civilians, clergy, workers ... and its chiefs and elders),
 * whom no word gave a state when the land is the only one they can be of */
static int land_people(const char *role) { return str_in(role, PEOPLE_ROLES) || !strcmp(role, "ELI"); }

/* The land the towns and provinces of bytes [s, e) lie in when they agree, NULL if none; with
 * capitals, a capital that elsewhere stands for its government counts too ("in Juba") */
static const char *span_land_(const kb_coder *c, uint32_t s, uint32_t e, int capitals)
{
    const char *cc = NULL;
    for (size_t k = 0; k < c->nprefs; k++) {
        if (c->prefs[k].start < s || c->prefs[k].start >= e || (c->prefs[k].metonym && !capitals)) continue;
        /* (not where someone comes from: "the pilot, a man from Anjouan, ... at Mtsahara") */
        uint32_t b = c->prefs[k].start;
        while (b > s && c->text[b - 1] == ' ') b--;
        if (b >= s + 4 && !memcmp(c->text + b - 4, "from", 4) && (b == s + 4 || c->text[b - 5] == ' ')) continue;
        /* (nor where a body sits: "a Madrid-based rights group said") */
        uint32_t pe = c->prefs[k].end;
        if (pe + 6 <= c->text_len && !memcmp(c->text + pe, "-based", 6)) continue;
        if (cc && strncmp(cc, c->prefs[k].country, 3)) return NULL;
        cc = c->prefs[k].country;
    }
    return cc && cc[0] ? cc : NULL;
}

static const char *span_land(const kb_coder *c, uint32_t s, uint32_t e) { return span_land_(c, s, e, 0); }

/* Is land cc (NULL: no) one the article lies in or names? */
static int land_named(const kb_coder *c, const char *cc)
{
    int named = cc && c->land[0] && !strncmp(cc, c->land, 3);
    for (int k = 0; cc && !named && k < c->nstates; k++) named = c->scount[k] > 0 && !strncmp(cc, c->scode[k], 3);
    return named;
}

/* The land at least three of the article's towns and provinces lie in, three times as many as
 * lie elsewhere ("Moscow's" and a namesake "Olga" beside Daugavpils, Rezekne and Riga), NULL if
 * none */
static const char *most_towns_land(const kb_coder *c)
{
    for (size_t k = 0; k < c->nprefs; k++) {
        size_t n = 0;
        for (size_t q = 0; q < c->nprefs; q++) n += !strncmp(c->prefs[q].country, c->prefs[k].country, 3);
        if (n >= 3 && n * 4 >= c->nprefs * 3) return c->prefs[k].country;
    }
    return NULL;
}

/* Do the towns and provinces of bytes [s, e) lie in exactly two lands (*l1, *l2)? */
static int two_lands(const kb_coder *c, uint32_t s, uint32_t e, const char **l1, const char **l2)
{
    *l1 = *l2 = NULL;
    for (size_t k = 0; k < c->nprefs; k++) {
        const char *pc = c->prefs[k].country;
        if (c->prefs[k].start < s || c->prefs[k].start >= e || c->prefs[k].metonym || !pc || !pc[0]) continue;
        if (!*l1 || !strncmp(*l1, pc, 3)) *l1 = pc;
        else if (!*l2 || !strncmp(*l2, pc, 3)) *l2 = pc;
        else return 0;
    }
    return *l1 && *l2;
}

/* The land the sentence's towns and provinces lie in when they agree, NULL if none. */
static const char *towns_land(const kb_coder *c)
{
    return c->nt > 0 ? span_land(c, c->tok[0].s, c->tok[c->nt - 1].e) : NULL;
}

/* towns_land over the sentence before a closing attribution (", the ministry said"), whose
 * teller's towns say nothing of where the act was */
static const char *towns_land_told(const kb_coder *c)
{
    static const char *const TOLD[] = {"said", "says", "stated", "states", "mentioned", "reported", "told", "added",
                                       NULL};
    int cut = c->nt;
    for (int j = c->nt - 1; j > 0; j--) {
        if (!is(&c->tok[j], ",")) continue;
        for (int q = j + 1; q < c->nt && cut == c->nt; q++)
            if (is_any(&c->tok[q], TOLD)) cut = j;
        break;
    }
    if (cut == c->nt || cut < 1) return towns_land(c);
    return span_land(c, c->tok[0].s, c->tok[cut - 1].e);
}

/* ... else the article's land ("In Nukus, ... after the authorities lifted the curfew" in a report
 * from Almaty); NULL if none. */
static const char *sentence_land(const kb_coder *c)
{
    const char *cc = towns_land(c);
    return cc ? cc : c->land[0] ? c->land : NULL;
}

/* seafaring people, and the boats they crew */
static const char *const SEAMEN[] = {"sailors", "crew", "seafarers", "crewmen", "crewman", "fishermen", "fisherman",
                                     "fishers", "mariners", NULL};
static const char *const VESSEL[] = {"ship", "vessel", "tanker", "trawler", "boat", "freighter", "carrier", "dhow",
                                     "boats", "trawlers", "vessels", "canoe", "canoes", "skiff", "skiffs", NULL};

/* Is m seafaring people no word gave a state ("the crew", "13 crew members", "fishermen")? */
static int bare_crew(const kb_coder *c, const mention *m)
{
    const tokinfo *h = &c->tok[m->e - 1];
    return !m->dead && !m->pronoun && !m->country && m->kind == KBL_AGENT && m->role &&
           (is_any(h, SEAMEN) || (is(h, "members") && m->e - m->s >= 2 && is(&c->tok[m->e - 2], "crew"))) &&
           str_in(m->role, PEOPLE_ROLES);
}

/* The state of the civilian boat the sentence names last with its state ("a Chinese fishing
 * boat", "two Malagasy fishing boats"), NULL if none */
static const char *boat_state(const kb_coder *c)
{
    const char *boat = NULL;
    for (int i = 0; i < c->nm; i++) {
        const mention *m = &c->men[i];
        if (m->dead || m->pronoun || !m->country) continue;
        if (m->kind == KBL_STATE && (!m->role || str_in(m->role, PEOPLE_ROLES)))
            for (int j = m->e; j < c->nt && j <= m->e + 2; j++) {
                if (is_any(&c->tok[j], VESSEL)) boat = m->country;
                if (is_any(&c->tok[j], VESSEL) || c->tok[j].kind != KBL_T_WORD) break;
            }
    }
    /* ("two other Shandong boats", "a Shidao trawler": a boat of the town or province named
     * before it) */
    /* (only a text with towns named looks: most news has none) */
    for (int j = 1; !boat && c->nprefs && j < c->nt; j++)
        if (is_any(&c->tok[j], VESSEL)) {
            int k = j - 1;
            if (k > 0 && is(&c->tok[k], "fishing")) k--;
            if (c->tok[k].cap && c->tok[k].men < 0) boat = owner_place(c, c->tok[k].e);
        }
    return boat;
}

/* Do the tokens at q and q + 1 name a service of two words ("coast guard", "border police")? Its
 * name, singular, into buf. */
static int service_pair(const kb_coder *c, int q, char *buf, size_t cap)
{
    static const char *const FIRST[] = {"coast", "border", "national", "frontier", NULL};
    static const char *const SECOND[] = {"guard", "guards", "police", NULL};
    if (q + 1 >= c->nt || !is_any(&c->tok[q], FIRST) || !is_any(&c->tok[q + 1], SECOND)) return 0;
    const char *b = is(&c->tok[q + 1], "guards") ? "guard" : c->tok[q + 1].low;
    int n = snprintf(buf, cap, "%s %s", c->tok[q].low, b);
    return n > 0 && (size_t)n < cap;
}

/* Before the verbs are found: "the two men", "the surviving man", "the remaining seven", "the
 * captains", people told of before whom no word here gives a state, are the people of a state
 * an act of the article last struck or held ("opened fire on two Kyrgyz herders ... accused the
 * two men of"); "the 17 men aboard", the people of the boat the sentence names */
static void anaphoric_people(kb_coder *c)
{
    static const char *const ANAPH_HEADS[] = {"men", "man", "women", "woman", "captains", "captain", "skippers",
                                              "skipper", "boys", "youths", NULL};
    static const char *const REMNANT[] = {"remaining", "surviving", "other", "wounded", "injured", "detained",
                                          "arrested", "released", "freed", "rescued", NULL};
    static const char *const AUX_AFTER[] = {"were", "was", "are", "have", "had", "will", "would", NULL};
    /* (a phrase that tells who they are introduces them: "the four men arrested near Eyl", "the
     * two men from Kaindy", "the men who") */
    static const char *const DESCRIBED[] = {"who", "whom", "whose", "from", "arrested", "detained", "held", "captured",
                                            "seized", "abducted", "kidnapped", "accused", "suspected", "charged",
                                            "killed", "wounded", "injured", "rescued", "found", "named", "aged",
                                            "in", "near", "at", NULL};
    const kb_event *ante = NULL;
    int looked = 0;
    /* (no act told yet: only the men aboard a boat can be named, most sentences need no scan) */
    if (!c->nev) {
        int aboard = 0;
        for (int j = 0; j < c->nt && !aboard; j++) aboard = is(&c->tok[j], "aboard") || is(&c->tok[j], "board");
        if (!aboard) return;
    }
    for (int j = 0; j + 2 < c->nt; j++) {
        if (!is(&c->tok[j], "the") || c->tok[j + 1].men >= 0) continue;
        int k = j + 1, count = 0, remnant = 0;
        for (; k < c->nt && k <= j + 3; k++) {
            if (c->tok[k].kind == KBL_T_NUM || is_any(&c->tok[k], NUM_WORDS)) count = 1;
            else if (is_any(&c->tok[k], REMNANT)) remnant = 1;
            else break;
        }
        int end;
        if (k < c->nt && is_any(&c->tok[k], ANAPH_HEADS) && c->tok[k].men < 0 && !c->tok[k].cap &&
            !(k + 1 < c->nt && (is(&c->tok[k + 1], "'s") || is(&c->tok[k + 1], "'") || is_any(&c->tok[k + 1], DESCRIBED))) &&
            /* (not "the men of the border unit", "the men of Kaindy") */
            !(k + 2 < c->nt && is(&c->tok[k + 1], "of") && (is(&c->tok[k + 2], "the") || c->tok[k + 2].cap)))
            end = k + 1;
        else if (remnant && count && k > j + 2 && (k >= c->nt || c->tok[k].kind == KBL_T_PUNCT || is_any(&c->tok[k], AUX_AFTER)))
            end = k; /* "the remaining seven were charged" */
        else
            continue;
        const char *whose = end < c->nt && (is(&c->tok[end], "aboard") ||
                                            (is(&c->tok[end], "on") && end + 1 < c->nt && is(&c->tok[end + 1], "board")))
                                ? boat_state(c)
                                : NULL;
        if (!whose && !ante && !looked) {
            looked = 1; /* (once a sentence) */
            for (size_t q = c->nev; q-- > 0 && !ante;) {
                const kb_event *w = &c->ev[q];
                if (w->historical || !w->target.country || !w->target.code || !w->source.country ||
                    (root_of(w->root) < 17 && !custody_code(w->code)))
                    continue;
                size_t tl = strlen(w->target.code);
                if (tl == 3 || (tl == 6 && str_in(w->target.code + 3, PEOPLE_ROLES))) ante = w;
            }
        }
        if (!whose && !ante) continue;
        if (!whose) whose = ante->target.country;
        int pm = add_people(c, j + 1, end, kb_arena_strndup(c->arena, whose, 3), "CVL", span_str(c, j + 1, end));
        if (pm < 0) break;
        /* (named as "two Kyrgyz men" would be: the state's people, no organ of it) */
        c->men[pm].role = NULL;
        c->men[pm].code = c->men[pm].country;
        c->men[pm].people = 1;
        for (int q = j + 1; q < end; q++) c->tok[q].men = (int16_t)pm;
        j = end - 1;
    }
}

/* a border's check post at token j ("the Integrated Check Post", "the border post") */
static int check_post(const kb_coder *c, int j)
{
    return (is(&c->tok[j], "post") || is(&c->tok[j], "posts")) && j > 0 &&
           (is(&c->tok[j - 1], "check") || is(&c->tok[j - 1], "border"));
}

static const char *const FRONTIER[] = {"border", "frontier", "crossing", "crossings", NULL};

/* A border's check post (with frontier, also a word of the border) in the clause after verb v,
 * before its first , ; or . within 12 tokens of the verb's end */
static int border_in_clause(const kb_coder *c, const vmatch *v, int frontier)
{
    for (int j = v->s + 1; j < c->nt && j < v->e + 12; j++) {
        if (is(&c->tok[j], ",") || is(&c->tok[j], ";") || is(&c->tok[j], ".")) return 0;
        if (check_post(c, j) || (frontier && is_any(&c->tok[j], FRONTIER))) return 1;
    }
    return 0;
}

static void group_mentions(kb_coder *c)
{
    /* "marched from SNP Square", "outside Trump Tower": a party, group or person naming a
     * square, a street or a building is a place's name, no actor */
    static const char *const PLACE_HEAD[] = {"square", "street", "avenue", "road", "bridge", "park", "stadium",
                                             "airport", "station", "boulevard", "hospital", "tower", "mall",
                                             "highway", "expressway", "plaza", "arena", NULL};
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->dead || m->pronoun || (m->kind != KBL_GROUP && m->kind != KBL_PERSON)) continue;
        /* (the name's words may have taken the noun in: "SNP Square" read as one name) */
        int last = m->e < c->nt && c->tok[m->e].cap && is_any(&c->tok[m->e], PLACE_HEAD) ? m->e
                   : m->e - m->s > 1 && c->tok[m->e - 1].cap && is_any(&c->tok[m->e - 1], PLACE_HEAD) ? m->e - 1
                                                                                               : -1;
        if (last >= 0) drop_mention(c, m);
    }
    /* "the leaders of the Huancuire and Fuerabamba communities", "village chiefs": the elders of
     * a people, no government */
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->dead || m->pronoun || m->kind != KBL_AGENT || !m->role || strcmp(m->role, "GOV") || m->e >= c->nt ||
            !(is(&c->tok[m->e - 1], "leaders") || is(&c->tok[m->e - 1], "leader") || is(&c->tok[m->e - 1], "chiefs")))
            continue;
        static const char *const FOLK[] = {"communities", "community", "tribes", "tribe", "villages", "village",
                                           "clans", "clan", "villagers", "residents", NULL};
        int folk = 0;
        if (is(&c->tok[m->e], "of"))
            for (int j = m->e + 1; j < c->nt && j <= m->e + 8 && !folk; j++) {
                if (c->tok[j].kind == KBL_T_PUNCT && !is(&c->tok[j], ",") && !is(&c->tok[j], "-")) break;
                folk = is_any(&c->tok[j], FOLK);
            }
        if (m->s > 0 && is_any(&c->tok[m->s - 1], FOLK)) folk = 1; /* "community leaders", "village chiefs" */
        if (folk) {
            m->role = "ELI";
            m->code = arena_cat(c, "---", "ELI");
        }
    }
    /* "14 fishermen from Rameswaram", "residents of Baalbek": people of no named country from a
     * town are its state's */
    static const char *const DWELLERS[] = {"residents", "inhabitants", "villagers", "people", "citizens", "locals",
                                           NULL};
    for (int i = 0; c->nprefs && i < c->nm; i++) {
        mention *m = &c->men[i];
        /* (... and "clan leaders in Enga": people in a town) */
        /* (police and authorities too: "police in Esteli detained") */
        /* (... and courts: "a court in Garowe charged the four men") */
        int local = m->role && (!strcmp(m->role, "COP") || !strcmp(m->role, "GOV") || !strcmp(m->role, "JUD"));
        if (m->dead || m->pronoun || m->country || m->kind != KBL_AGENT || !m->role ||
            (state_organ(m->role) && !(local && m->e < c->nt && (is(&c->tok[m->e], "in") || is(&c->tok[m->e], "of")))) ||
            armed_role(m->role) || m->e + 1 >= c->nt ||
            !(is(&c->tok[m->e], "from") ||
              /* (not a list's last item, "bus and taxi drivers in Choloma", nor outlaws) */
              (is(&c->tok[m->e], "in") && strcmp(m->role, "CRM") &&
               !(m->s > 0 && (is(&c->tok[m->s - 1], "and") || is(&c->tok[m->s - 1], "or") ||
                              /* (nor victims: "the firing at farmers in Bishnupur") */
                              is(&c->tok[m->s - 1], "at") || is(&c->tok[m->s - 1], "on") ||
                              is(&c->tok[m->s - 1], "against")))) ||
              (is(&c->tok[m->e], "of") && (is_any(&c->tok[m->e - 1], DWELLERS) || local))) ||
            !c->tok[m->e + 1].cap)
            continue;
        const char *cc = place_ref_at(c, c->tok[m->e + 1].s);
        if (!cc) continue;
        of_country(c, m, kb_arena_strndup(c->arena, cc, 3));
    }
    /* ... and the people or police of a sentence a town opens: "In Ben Guerdane, hundreds of
     * young men blocked the main road", "In Antsiranana, police fired tear gas" */
    /* (... over a weekday: "In Canberra on Tuesday, police arrested ...", a capital too) */
    const char *opening_town = opening_land(c);
    /* (the sentence's subject only, its first actor of no state: not "In Nassau, a magistrate
     * charged the boat's captain and 13 crew members", another land's crew) */
    /* (nor the object of a subject whose state is known: "In Zagreb, Interior Minister Davor
     * Božinović accused the fans", the Serbian fans named before) */
    int opened = 0; /* (past the opening phrase itself: "In Canberra on Tuesday,") */
    while (opening_town && opened < c->nt && !is(&c->tok[opened], ",")) opened++;
    for (int i = 0; opening_town && i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->dead || m->pronoun || (m->country && m->e <= opened)) continue;
        if (m->country) break;
        /* (people and police: a ministry's spokesman "In Beijing" speaks as the other rules say) */
        if (m->kind == KBL_AGENT && m->role &&
            (str_in(m->role, PEOPLE_ROLES) || !strcmp(m->role, "COP") || !strcmp(m->role, "OPP")))
            of_country(c, m, kb_arena_strndup(c->arena, opening_town, 3));
        break;
    }
    /* ... and "Güiria residents", "Rameswaram fishermen": a town's name before them */
    /* (... and a town's organ: "officers of the Berehove recruitment centre", "the Kharkiv
     * police") */
    for (int i = 0; c->nprefs && i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->dead || m->pronoun || m->country || m->kind != KBL_AGENT || !m->role || armed_role(m->role) ||
            !(str_in(m->role, PEOPLE_ROLES) || state_organ(m->role)) || m->s == 0 || !c->tok[m->s - 1].cap)
            continue;
        const char *cc = NULL;

        for (int k = m->s - 1; k >= 0 && k >= m->s - 3 && c->tok[k].cap && !cc && live_mention_at(c, k) < 0; k--)
            cc = place_ref_at(c, c->tok[k].s);
        if (cc) of_country(c, m, kb_arena_strndup(c->arena, cc, 3));
    }
    /* ... and the staff of a body a town's name opens: "two officers of the Berehove recruitment
     * centre" */
    for (int i = 0; c->nprefs && i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->dead || m->pronoun || m->country || m->kind != KBL_AGENT || !m->role || !state_organ(m->role) ||
            m->e + 2 >= c->nt || !is(&c->tok[m->e], "of") || !is(&c->tok[m->e + 1], "the"))
            continue;
        const tokinfo *p = &c->tok[m->e + 2];
        int b = m->e + 3 < c->nt ? live_mention_at(c, m->e + 3) : -1;
        const char *cc = p->cap && p->kind == KBL_T_WORD && live_mention_at(c, m->e + 2) < 0 && b >= 0 &&
                                 c->men[b].s == m->e + 3 && c->men[b].role
                             ? place_ref_at(c, p->s)
                             : NULL;
        if (cc) of_country(c, m, kb_arena_strndup(c->arena, cc, 3));
    }
    /* "minimum force", "excessive force": force used, no armed body */
    for (int i = 0; i < c->nm; i++) {
        static const char *const MEASURE[] = {"minimum", "minimal", "excessive", "maximum", "lethal", "deadly",
                                              "reasonable", "necessary", "brute", "disproportionate",
                                              "proportionate", "undue", "unnecessary", "proportional", NULL};
        mention *m = &c->men[i];
        if (!m->dead && m->s > 0 && m->e == m->s + 1 && is(&c->tok[m->s], "force") &&
            is_any(&c->tok[m->s - 1], MEASURE))
            drop_mention(c, m);
    }
    /* "signed a memorandum in Luanda, under Angolan mediation": a mediator is no party to the
     * act (nor "under the auspices of the African Union" a target) */
    for (int i = 0; i < c->nm; i++) {
        static const char *const AEGIS[] = {"mediation", "auspices", "aegis", "sponsorship", "patronage", NULL};
        mention *m = &c->men[i];
        if (m->dead || m->s == 0) continue;
        int b = m->s - 1;
        if (b > 0 && is(&c->tok[b], "the")) b--;
        int e = m->e < c->nt && is(&c->tok[m->e], "'s") ? m->e + 1 : m->e;
        int under = is(&c->tok[b], "under") && e < c->nt && is_any(&c->tok[e], AEGIS);
        /* (... "under the auspices of the African Union") */
        if (!under && b >= 3 && is(&c->tok[b], "of") && is_any(&c->tok[b - 1], AEGIS))
            under = is(&c->tok[b - 2], "the") && is(&c->tok[b - 3], "under");
        if (under) drop_mention(c, m);
    }
    /* "South America", "Latin America": a region, no United States */
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->dead || m->s == 0 || m->e != m->s + 1 || !is(&c->tok[m->s], "america") || !c->tok[m->s - 1].cap)
            continue;
        const tokinfo *q = &c->tok[m->s - 1];
        if (is(q, "south") || is(q, "latin") || is(q, "central") || is(q, "north")) drop_mention(c, m);
    }
    /* 'accused "parties in Damascus" of': circles in a capital are its state's */
    for (int i = 0; i < c->nm; i++) {
        static const char *const CIRCLES[] = {"parties", "circles", "elements", "quarters", NULL};
        mention *m = &c->men[i];
        if (m->dead || m->pronoun || !m->country || m->kind != KBL_STATE || m->role || m->s < 2 ||
            !is(&c->tok[m->s - 1], "in") || !is_any(&c->tok[m->s - 2], CIRCLES) || c->tok[m->s - 2].men >= 0)
            continue;
        for (int j = m->s - 2; j < m->s; j++) c->tok[j].men = (int16_t)i;
        m->s -= 2;
    }
    /* "an army post near al-Qusayr", "a police station in Hermel": a bare state organ's post
     * placed in a town is that town's state's */
    for (int i = 0; c->nprefs && i < c->nm; i++) {
        static const char *const POST[] = {"post", "posts", "outpost", "checkpoint", "checkpost", "base", "station",
                                           "barracks", "camp", NULL};
        mention *m = &c->men[i];
        if (m->dead || m->pronoun || m->country || m->kind != KBL_AGENT || !m->role || !state_organ(m->role) ||
            m->e + 2 >= c->nt || !is_any(&c->tok[m->e], POST) || !is_any(&c->tok[m->e + 1], PLACE_PREP))
            continue;
        const char *cc = place_ref_at(c, c->tok[m->e + 2].s);
        if (cc) of_country(c, m, kb_arena_strndup(c->arena, cc, 3));
    }
    /* "the Jalisco New Era Cartel (CJNG)": a name the lexicon lacks (its last word a generic
     * armed or criminal noun) before a known group's acronym in brackets is that group */
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->dead || m->pronoun || m->country || m->kind != KBL_AGENT || !m->role ||
            (!armed_role(m->role) && strcmp(m->role, "CRM")) || !c->tok[m->e - 1].cap || m->e + 2 >= c->nt ||
            !is(&c->tok[m->e], "("))
            continue;
        int g = c->tok[m->e + 1].men;
        if (g < 0 || c->men[g].dead || c->men[g].kind != KBL_GROUP || c->men[g].s != m->e + 1 ||
            c->men[g].e >= c->nt || !is(&c->tok[c->men[g].e], ")"))
            continue;
        int s0 = m->s, e0 = c->men[g].e + 1;
        *m = c->men[g];
        m->s = s0;
        m->e = e0;
        c->men[g].dead = 1;
        for (int k = s0; k < e0; k++) c->tok[k].men = (int16_t)i;
    }
    /* "the Alliance Fleuve Congo/M23 (AFC/M23)": one actor's names side by side, over slashes,
     * brackets and acronyms, are one mention */
    for (int i = 0, prev = -1; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->dead) continue;
        /* ("the AFC/M23 rebels": an acronym and a slash before the name are the name's) */
        while (!m->pronoun && m->s >= 2 && is(&c->tok[m->s - 1], "/") && c->tok[m->s - 2].allcaps &&
               c->tok[m->s - 2].kind == KBL_T_WORD && c->tok[m->s - 2].men < 0) {
            m->s -= 2;
            c->tok[m->s].men = c->tok[m->s + 1].men = (int16_t)i;
        }
        if (prev >= 0 && !m->pronoun && !c->men[prev].pronoun && m->code && c->men[prev].code &&
            !strcmp(m->code, c->men[prev].code) && m->s > c->men[prev].e) {
            int only = 1, slash = 0;
            for (int k = c->men[prev].e; k < m->s && only; k++) {
                const tokinfo *t = &c->tok[k];
                slash |= is(t, "/") || is(t, "(");
                only = is(t, "/") || is(t, "(") || is(t, ")") || (t->kind == KBL_T_WORD && t->allcaps && t->men < 0);
            }
            if (only && slash) {
                mention *a = &c->men[prev];
                int e = m->e;
                while (e < c->nt && is(&c->tok[e], ")")) e++;
                /* ("... (AFC/M23) rebel coalition": the noun the names qualify) */
                int b = e < c->nt ? c->tok[e].men : -1;
                if (b >= 0 && !c->men[b].dead && c->men[b].s == e && c->men[b].kind == KBL_AGENT && c->men[b].role &&
                    (armed_role(c->men[b].role) || !strcmp(c->men[b].role, "MIL"))) {
                    e = c->men[b].e;
                    c->men[b].dead = 1;
                }
                for (int k = a->s; k < e; k++) c->tok[k].men = (int16_t)prev;
                a->e = e;
                m->dead = 1;
                continue;
            }
        }
        prev = i;
    }
    /* 'the "armed criminal group" (KKB)': a descriptive phrase glossed by a group's name in
     * brackets is that group */
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->dead || m->pronoun || m->kind != KBL_GROUP || m->s < 2 || m->e >= c->nt || !is(&c->tok[m->s - 1], "(") ||
            !is(&c->tok[m->e], ")"))
            continue;
        int j = m->s - 2;
        if (j > 0 && c->tok[j].kind == KBL_T_PUNCT && (c->text[c->tok[j].s] == '"' || is(&c->tok[j], "'"))) j--;
        static const char *const BODY[] = {"group", "groups", "organisation", "organization", "outfit", "network",
                                           "movement", NULL};
        if (j > 0 && c->tok[j].men < 0 && is_any(&c->tok[j], BODY)) j--; /* "criminal group" */
        int a = c->tok[j].men;
        if (a < 0 || a == i || c->men[a].dead || c->men[a].kind != KBL_AGENT || c->men[a].e != j + 1 ||
            !c->men[a].role)
            continue;
        c->men[a].dead = 1;
        for (int k = c->men[a].s; k < m->s; k++) c->tok[k].men = (int16_t)i;
        m->s = c->men[a].s;
    }
    /* what a descriptive apposition names in a list is its head's own name, no party of its own
     * ("The TDF, the TPLF's armed wing, and federal troops clashed") */
    for (int i = 0; i < c->nm; i++) {
        const mention *p = &c->men[i];
        int at = p->e < c->nt && is(&c->tok[p->e], ")") ? p->e + 1 : p->e;
        /* (... or after its abbreviation in brackets: "The Tigray Defence Forces (TDF), the ...") */
        if (at < c->nt) at = past_abbr(c, at);
        int ap = !p->dead && at < c->nt ? apposition_end(c, at) : -1;
        for (int k = 0; ap > 0 && k < c->nm; k++)
            if (!c->men[k].dead && c->men[k].s > p->e && c->men[k].e <= ap) c->men[k].dead = 1;
    }
    /* "Security officials of Kyotera district and of Tanzania's Missenyi district met", "The
     * governors of Cunene province and of Namibia's Ohangwena region met": men of a place with no
     * state word are of that place's land, and the other land's after "and of" joins them */
    for (int i = 0; i + 1 < c->nm; i++) {
        mention *a = &c->men[i];
        if (a->dead || a->pronoun || (a->kind != KBL_AGENT && a->kind != KBL_STATE) || !a->role ||
            a->e + 4 >= c->nt || !is(&c->tok[a->e], "of"))
            continue;
        int q = a->e + 1;
        if (is(&c->tok[q], "the")) q++;
        int p0 = q;
        while (q < c->nt && q < p0 + 3 && c->tok[q].cap && c->tok[q].kind == KBL_T_WORD && c->tok[q].men < 0) q++;
        if (q == p0) continue;
        const char *own = owner_place(c, c->tok[q - 1].e);
        /* (the place's land, or the one the article or an adjective already gave them:
         * "Ugandan security officials of Busia district") */
        if (a->country && (!own || strncmp(own, a->country, 3))) own = a->country;
        int adj = !a->country && i > 0 && !c->men[i - 1].dead && c->men[i - 1].kind == KBL_STATE && !c->men[i - 1].role &&
                  c->men[i - 1].e == a->s && c->men[i - 1].country;
        if (adj) own = c->men[i - 1].country;
        static const char *const UNIT[] = {"district", "province", "region", "county", "state", "municipality", NULL};
        if (q < c->nt && is_any(&c->tok[q], UNIT)) q++;
        if (!own || q + 2 >= c->nt || !is(&c->tok[q], "and") || !is(&c->tok[q + 1], "of")) continue;
        int b = live_mention_at(c, q + 2);
        if (b < 0 || c->men[b].s != q + 2 || c->men[b].kind != KBL_STATE || c->men[b].role || !c->men[b].country ||
            !strncmp(c->men[b].country, own, 3) || c->men[b].e >= c->nt || !is(&c->tok[c->men[b].e], "'s"))
            continue;
        if (!a->country && !adj) of_country(c, a, kb_arena_strndup(c->arena, own, 3));
        c->men[b].pair = 1;
    }
    int prev = -1;
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->dead) continue;
        /* "Philippine police and Indonesia's counter-terrorism police, Densus 88, met", "the MMEA
         * and Indonesia's coast guard, Bakamla, met": a name of the same state between commas
         * after a joint subject's last member names that member, no third party */
        if (prev >= 0 && c->men[prev].group != prev && c->men[prev].e + 1 == m->s && is(&c->tok[m->s - 1], ",") &&
            m->e + 1 < c->nt && is(&c->tok[m->e], ",") && !is(&c->tok[m->e + 1], "and") &&
            !is(&c->tok[m->e + 1], "or") && c->men[prev].kind != KBL_PERSON && m->country &&
            c->men[prev].country && !strncmp(m->country, c->men[prev].country, 3)) {
            drop_mention(c, m);
            continue;
        }
        m->group = i;
        if (m->pair && prev >= 0) {
            m->group = c->men[prev].group;
            prev = i;
            continue;
        }
        /* ("talks between X and Y, and the two sides agreed": a pair opens its own clause) */
        int opens_pair = m->pronoun && i + 1 < c->nm && c->men[i + 1].pair && c->men[i + 1].s == m->s;
        if (prev >= 0 && !opens_pair) {
            int ha, with_and = 0;
            for (int k = c->men[prev].e; k < m->s; k++)
                if (is(&c->tok[k], "and")) with_and = 1;
            /* a comma alone joins names of one kind ("Iran, Iraq and Syria"), not a list's tail to
             * a reporter ("eight people, Syrian state media said") */
            int same = (c->men[prev].kind == KBL_AGENT) == (m->kind == KBL_AGENT) && !c->men[prev].role == !m->role;
            /* "The United States, Israel's main ally,": a possessive in an apposition is no
             * second name of a list */
            int poss = !with_and && m->e < c->nt && is(&c->tok[m->e], "'s");
            /* "In Kabul, the Taliban government said": a place phrase before the subject is no
             * first name of a list, unless an "and" closes the list ("to Iran, Iraq and Syria") */
            /* "in Beijing, China and Russia signed": a city and its own state are no list */
            int intro = !with_and && c->men[prev].country && m->country &&
                        !strncmp(c->men[prev].country, m->country, 3) && (c->men[prev].capital || m->capital);
            if (!intro && !with_and && c->men[prev].group == prev) {
                int gp = c->men[prev].s - 1;
                while (gp > 0 && is_any(&c->tok[gp], DETS)) gp--;
                intro = gp >= 0 && is_any(&c->tok[gp], PREPS);
                for (int q = m->e; intro && q < c->nt && q < m->e + 12; q++) {
                    if (is(&c->tok[q], "and") || is(&c->tok[q], "or")) intro = 0;
                    else if (!is(&c->tok[q], ",") && !is_any(&c->tok[q], DETS) && c->tok[q].men < 0) break;
                }
            }
            /* ("attacked the security forces, the Government Ministry said": the reporter) */
            static const char *const REPORTED[] = {"said", "says", "told", "added", "reported", "stated", NULL};
            int re = m->e; /* (over the mentions of its name: "Government" "Ministry") */
            while (re < c->nt && c->tok[re].men >= 0) re++;
            int reporter = !with_and && re < c->nt && is_any(&c->tok[re], REPORTED);
            /* "Algeria expelled 12 French diplomats, and France responded by expelling ...": after
             * an act's object, ", and" and a name its own verb follows open a new clause */
            int clause = 0;
            /* (a name: "the police" after "Moroccan police" stays the police named before) */
            if (with_and && m->country && m->kind != KBL_AGENT && re < c->nt &&
                (c->tok[re].verb >= 0 || past_form(&c->tok[re]))) {
                int comma = 0, verb_before = 0;
                for (int k = c->men[prev].e; k < m->s; k++) comma |= is(&c->tok[k], ",");
                for (int k = 0; k < c->men[prev].s && comma; k++) verb_before |= c->tok[k].verb >= 0;
                clause = comma && verb_before;
            }
            /* "Yvette Cooper and Argentina's foreign minister, Pablo Quirno, discussed": the name
             * that took in its title before it (apposed_persons) joins from the title's start */
            int ms = m->s;
            if (m->kind == KBL_PERSON && ms > 1 && is(&c->tok[ms - 1], ","))
                for (int d = 0; d < i; d++)
                    /* (a title of no state too: "Pudence Rubingisa and the regional commissioner, Fatma
                     * Mwassa, met") */
                    if (c->men[d].dead && !c->men[d].pronoun && c->men[d].e == ms - 1 && c->men[d].code && m->code &&
                        (!strcmp(c->men[d].code, m->code) || !memcmp(c->men[d].code, "---", 3)) &&
                        c->men[d].s > c->men[prev].e && c->men[d].s < ms) {
                        ms = c->men[d].s;
                        /* (... past the place its title names: "the Kagera regional commissioner") */
                        if (!memcmp(c->men[d].code, "---", 3))
                            for (int q = 0; q < 2 && ms - 1 > c->men[prev].e && c->tok[ms - 1].cap &&
                                            c->tok[ms - 1].kind == KBL_T_WORD && c->tok[ms - 1].men < 0 &&
                                            !is_any(&c->tok[ms - 1], DETS);
                                 q++)
                                ms--;
                    }
            if (only_connectors(c, c->men[prev].e, ms, &ha) && ha && (with_and || same) && !poss && !intro &&
                !reporter && !clause)
                m->group = c->men[prev].group;
        }
        prev = i;
    }
    for (int i = 0; i < c->nt; i++)
        if (c->tok[i].men >= 0 && c->men[c->tok[i].men].dead) c->tok[i].men = -1;
    /* "the navy" after "The Sri Lankan Navy": the same noun named before with its state */
    for (int i = 0; i < c->nm && (c->nheads || c->nev); i++) {
        mention *m = &c->men[i];
        /* (... or "the 14 fishermen") */
        int counted = m->s >= 2 && (c->tok[m->s - 1].kind == KBL_T_NUM || is_any(&c->tok[m->s - 1], NUM_WORDS)) &&
                      is(&c->tok[m->s - 2], "the");
        /* (... or "11 other herders": more of the kind named before) */
        if (m->s >= 2 && is(&c->tok[m->s - 1], "other") &&
            (c->tok[m->s - 2].kind == KBL_T_NUM || is_any(&c->tok[m->s - 2], NUM_WORDS)))
            counted = 1;
        /* (... or an organ's own capitalised name: "Azerbaijan's State Border Service ... The State
         * Border Service denied") */
        int named = m->e - m->s <= 4, the = m->s - 1;
        /* (... past what befell them: "the injured traders", "the detained drivers") */
        static const char *const BEFELL[] = {"injured", "wounded", "detained", "arrested", "released", "freed",
                                             "deported", "stranded", NULL};
        if (the > 1 && is_any(&c->tok[the], BEFELL) && is(&c->tok[the - 1], "the")) the--;
        for (int q = m->s; q < m->e && named; q++) named = c->tok[q].cap && c->tok[q].kind == KBL_T_WORD;
        while (named && the > 0 && m->s - the < 3 && c->tok[the].cap && c->tok[the].kind == KBL_T_WORD &&
               c->tok[the].men < 0)
            the--;
        /* (... or two words opening the sentence: "Federal police also arrested eight men" after
         * "Ethiopian federal police handed ...") */
        /* (... or one opening the sentence alone: "Police detained 17 Turkish drivers" after
         * "Georgian riot police used batons ...") */
        int opening = ((m->s == 0 && m->e == 2) || (m->s == 1 && m->e == 2 && c->tok[0].men < 0) ||
                       (m->s == 0 && m->e == 1 && c->nt > 2 && c->tok[1].kind == KBL_T_WORD)) &&
                      c->tok[0].cap && c->tok[0].kind == KBL_T_WORD && !c->tok[1].cap;
        /* (... or a force's plural alone after a word that opens a clause: "a day after gendarmes
         * beat Ethiopian drivers", "when soldiers opened fire") */
        static const char *const CLAUSE_OPENERS[] = {"after", "before", "when", "while", "as", "since", "until",
                                                     "because", "where", "that", NULL};
        int bare = m->e - m->s == 1 && m->s >= 1 && is_any(&c->tok[m->s - 1], CLAUSE_OPENERS) &&
                   m->role && (!strcmp(m->role, "COP") || !strcmp(m->role, "MIL")) && m->e < c->nt &&
                   c->tok[m->e].kind == KBL_T_WORD && !c->tok[m->e].cap && c->tok[m->s].low[strlen(c->tok[m->s].low) - 1] == 's';
        if (m->dead || m->country || m->kind != KBL_AGENT || !m->role || (m->s == 0 && !opening) ||
            (m->e - m->s > 2 && !named) || !(opening || is(&c->tok[the], "the") || counted || bare))
            continue;
        /* (a ministry is "the ministry" alone: "the interior ministry" is not the last one named,
         * but the last interior ministry named: "Guatemala's defence ministry said ... The defence
         * ministry blamed") */
        if (!strcmp(m->role, "GOV") && m->e - m->s != 1 && is(&c->tok[m->e - 1], "ministry")) {
            char key[16];
            snprintf(key, sizeof key, "%.13s:m", c->tok[m->s].low);
            for (int q = c->nheads; m->e - m->s == 2 && q-- > 0;)
                if (streq(c->heads[q].head, key) && !strcmp(c->heads[q].role, m->role)) {
                    if (!c->heads[q].weak && c->heads[q].country) of_country(c, m, c->heads[q].country);
                    break;
                }
            continue;
        }
        /* (a service of two words by both, when named so before: "the coast guard"; else by its
         * last word) */
        char two[16];
        int pair = m->e - m->s == 2 && service_pair(c, m->s, two, sizeof two);
        for (int by = !pair; by < 2 && !m->country && m->kind == KBL_AGENT; by++) {
            const char *key = by ? c->tok[m->e - 1].low : two;
            for (int q = c->nheads; q-- > 0;)
                /* ("the agents" after "Agents of Panama's National Border Service": that force's men,
                 * whatever the word's own role) */
                if (head_eq(c->heads[q].head, key) &&
                    (!strcmp(c->heads[q].role, m->role) || (streq(key, "agents") && !c->heads[q].group))) {
                    /* (not two words opening a sentence whose towns lie in another land: "Border
                     * guards detained 14 of the migrants in the forest near Silene" after
                     * "Belarusian border guards") */
                    /* (but "The drivers had parked their lorries across the highway in Farafenni"
                     * after "Senegalese lorry drivers" are those drivers) */
                    /* (the towns of the act, not of whoever told it, for men "the" takes back: "The
                     * officers additionally detained 19 Vietnamese drivers ..., the Lao Cai
                     * provincial Border Guard Command stated" after "Chinese border law enforcement
                     * officers") */
                    const char *tl = opening && strcmp(m->role, "GOV") && c->heads[q].country &&
                                             !(the >= 0 && is(&c->tok[the], "the") && land_people(m->role))
                                         ? (the >= 0 && is(&c->tok[the], "the") ? towns_land_told(c) : towns_land(c))
                                         : NULL;
                    if (tl && strncmp(tl, c->heads[q].country, 3)) break;
                    /* (one word alone opening the sentence only when the sentence names another
                     * state's people it acts on: "Police detained 17 Turkish drivers") */
                    if (m->s == 0 && m->e == 1) {
                        int other = 0;
                        for (int k = 0; k < c->nm && !other; k++)
                            other = k != i && !c->men[k].dead && c->men[k].country && c->heads[q].country &&
                                    strncmp(c->men[k].country, c->heads[q].country, 3);
                        if (!other) break;
                    }
                    if (c->heads[q].group) {
                        m->code = c->heads[q].group;
                        m->kind = KBL_GROUP;
                        m->home = home_of(c, m->code);
                    } else if (!c->heads[q].weak) {
                        m->role = c->heads[q].role;
                        of_country(c, m, c->heads[q].country);
                        m->recalled = 1;
                    }
                    break;
                }
        }
        /* (... "14 other fishermen" no noun named before: more of the people the last act of
         * force struck, "fired on Zambian fishing canoes, killing one fisherman") */
        if (!m->country && m->kind == KBL_AGENT && counted && is(&c->tok[m->s - 1], "other") &&
            str_in(m->role, PEOPLE_ROLES))
            for (size_t q = c->nev; q-- > 0;) {
                const kb_event *w = &c->ev[q];
                if (root_of(w->root) < 18 || w->historical || !w->target.country || !w->target.code) continue;
                if (strlen(w->target.code) == 3 ||
                    (strlen(w->target.code) == 6 && str_in(w->target.code + 3, PEOPLE_ROLES)))
                    of_country(c, m, kb_arena_strndup(c->arena, w->target.country, 3));
                break;
            }
    }
    /* a bare force joined by "and" to a state's force is that state's ("Foreign Legion troops and
     * gendarmes", "Legionnaires and gendarmes detained 14 Brazilian garimpeiros") */
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->dead || m->country || m->pronoun || m->kind != KBL_AGENT || !state_organ(m->role) || m->s < 2 ||
            !is(&c->tok[m->s - 1], "and") || owned(c, m->s))
            continue;
        int f = live_mention_at(c, m->s - 2);
        const mention *x = f >= 0 ? &c->men[f] : NULL;
        const char *xr = x ? role_of(x) : NULL;
        if (x && x->e == m->s - 1 && x->country && !x->pronoun && state_organ(xr) && strcmp(xr, "GOV"))
            of_country(c, m, x->country);
    }
    /* "a Thai delegation led by a deputy foreign minister met ...": the delegation acts, its
     * leader only describes it (and gives it a state when it has none) */
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->dead || m->pronoun) continue;
        static const char *const RANKS[] = {"deputy", "vice", "junior", "senior", "acting", "assistant", NULL};
        int q = m->s - 1;
        while (q > 0 && (is_any(&c->tok[q], DETS) || is_any(&c->tok[q], RANKS))) q--;
        if (q < 2 || !is(&c->tok[q], "by") || !(is(&c->tok[q - 1], "led") || is(&c->tok[q - 1], "headed"))) continue;
        int f = live_mention_at(c, q - 2);
        if (f < 0 || c->men[f].e != q - 1 || c->men[f].pronoun) continue;
        mention *x = &c->men[f];
        if (!x->country && m->country && x->role && x->kind == KBL_AGENT) of_country(c, x, m->country);
        m->dead = 1;
    }
    /* "the crew", "the 26 surviving crew members", "fishermen" no word gave a state: the people of
     * the civilian boat the article named last with its state ("fired on a Chinese fishing boat
     * ... detained the 26 surviving crew members"), not the state that held them */
    const char *boat = boat_state(c);
    if (boat) c->vessel = boat;
    /* a state's people named as "a group of" them ("opened fire on a group of Indonesians"): whom
     * "the group" of a later sentence names, when no armed group was named */
    for (int i = 1; i + 2 < c->nt; i++) {
        if (!is(&c->tok[i], "group") || !is(&c->tok[i + 1], "of") || !is(&c->tok[i - 1], "a")) continue;
        int q = i + 2;
        while (q < c->nt && q < i + 4 && (c->tok[q].kind == KBL_T_NUM || is_any(&c->tok[q], NUM_WORDS))) q++;
        int gm = q < c->nt ? live_mention_at(c, q) : -1;
        const mention *f = gm >= 0 && c->men[gm].s == q ? &c->men[gm] : NULL;
        if (f && f->country && !f->pronoun &&
            (f->people || (f->role && str_in(f->role, PEOPLE_ROLES)) || (!f->role && f->plural)))
            c->folk_group = (kb_actor){f->code, f->name, f->country};
    }
    /* (no boat named with its state: the people a state's forces last struck, "a second
     * Dominican fisherman shot by Bahamian marines ... the boat's captain and 13 crew members") */
    const char *crew_of = c->vessel;
    int crew = 0;
    for (int i = 0; !crew && i < c->nm; i++) crew = bare_crew(c, &c->men[i]);
    for (size_t q = c->nev; crew && !crew_of && q-- > 0;) {
        const kb_event *w = &c->ev[q];
        if (root_of(w->root) < 18 || w->historical || !w->target.country || !w->target.code || !w->source.country ||
            !w->source.code || strlen(w->source.code) != 6 ||
            (strcmp(w->source.code + 3, "MIL") && strcmp(w->source.code + 3, "COP")))
            continue;
        if (strlen(w->target.code) == 3 || (strlen(w->target.code) == 6 && str_in(w->target.code + 3, PEOPLE_ROLES)))
            crew_of = kb_arena_strndup(c->arena, w->target.country, 3);
        break;
    }
    for (int i = 0; crew_of && i < c->nm; i++)
        if (bare_crew(c, &c->men[i])) of_country(c, &c->men[i], crew_of);
    /* ... and "its aircraft" after "The military said" once "the military" has its state */
    for (int i = 0; i < c->nm && c->nheads; i++) {
        mention *m = &c->men[i];
        kb_actor sp;
        if (m->dead || m->country || m->kind != KBL_AGENT || !m->role || m->s < 2 || !is(&c->tok[m->s - 1], "its") ||
            !said_subject(c, m->s - 1, 1, &sp) || !sp.country)
            continue;
        of_country(c, m, sp.country);
    }
    /* ... and what "and" joins to a state's forces under one "its": "its aircraft and artillery" */
    for (int i = 0; i + 1 < c->nm; i++) {
        mention *m = &c->men[i], *n = &c->men[i + 1];
        if (m->dead || !m->country || !m->role || m->s < 1 || !is(&c->tok[m->s - 1], "its") || m->e >= c->nt ||
            !is(&c->tok[m->e], "and") || n->dead || n->country || n->kind != KBL_AGENT || !n->role ||
            n->s != m->e + 1 || strcmp(n->role, m->role))
            continue;
        of_country(c, n, kb_arena_strndup(c->arena, m->country, 3));
    }
    /* "settlers" after "Israeli settlers": the people of that kind the article named */
    for (int i = 0; i < c->nm && c->nkin; i++) {
        mention *m = &c->men[i];
        if (m->dead || m->country || m->kind != KBL_AGENT || !m->role || !kin_role(m->role)) continue;
        for (int q = 0; q < c->nkin; q++)
            if (!strcmp(c->kin[q].role, m->role)) of_country(c, m, c->kin[q].country);
    }
    /* people a following clause gives a state ("detained more than 1,200 people, most of them
     * Chinese nationals", "771 people, among them hundreds of Chinese nationals"): its people
     * (... or its town's) */
    for (int i = 0; i < c->nm; i++) {
        static const char *const SHARE[] = {"most", "many", "all", "mostly", "among", "amongst", "including", "nearly",
                                            "almost", "majority", NULL};
        mention *m = &c->men[i];
        int e = m->e < c->nt && is(&c->tok[m->e], "aboard") ? m->e + 1 : m->e; /* ("the 61 people aboard, most") */
        if (m->dead || m->country || m->kind != KBL_AGENT || !m->role || !str_in(m->role, PEOPLE_ROLES) ||
            e + 2 >= c->nt || !is(&c->tok[e], ",") || !is_any(&c->tok[e + 1], SHARE))
            continue;
        for (int j = e + 2; j < c->nt && j <= e + 7; j++) {
            if (c->tok[j].kind == KBL_T_PUNCT) break;
            /* (... or their town: "the 61 people aboard, most of them from Anjouan") */
            const char *from = is(&c->tok[j], "from") && j + 1 < c->nt ? place_ref_at(c, c->tok[j + 1].s) : NULL;
            if (from) {
                of_country(c, m, kb_arena_strndup(c->arena, from, 3));
                break;
            }
            int o = live_mention_at(c, j);
            if (o < 0 || c->men[o].pronoun) continue; /* ("most of them") */
            if (c->men[o].kind == KBL_STATE && c->men[o].country &&
                (!c->men[o].role || str_in(c->men[o].role, PEOPLE_ROLES)))
                of_country(c, m, kb_arena_strndup(c->arena, c->men[o].country, 3));
            break;
        }
    }
    /* a crew named by its ship's state ("kidnapped 15 sailors from the Turkish container ship
     * Mozart", "the crew of a Chinese trawler"): that state's */
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        static const char *const ABOARD[] = {"from", "of", "aboard", "on", NULL};
        if (m->dead || m->country || m->kind != KBL_AGENT || !is_any(&c->tok[m->e - 1], SEAMEN) || m->e + 2 >= c->nt ||
            !is_any(&c->tok[m->e], ABOARD))
            continue;
        int q = m->e + 1;
        while (q < c->nt && is_any(&c->tok[q], DETS)) q++;
        int o = q < c->nt ? live_mention_at(c, q) : -1;
        if (o < 0 || c->men[o].s != q || !state_like(&c->men[o])) continue;
        for (int j = c->men[o].e; j < c->nt && j <= c->men[o].e + 2; j++)
            if (is_any(&c->tok[j], VESSEL)) {
                of_country(c, m, kb_arena_strndup(c->arena, c->men[o].country, 3));
                break;
            }
    }
    speaker_state(c);
    who_heads(c);
    group_leader(c);
    /* a bare organ opening the clause after "In <capital>," is that capital's state's ("In
     * Conakry, the army's general staff accused the four"), whatever land the places give */
    if (c->nt > 4 && is(&c->tok[0], "in")) {
        int m0 = live_mention_at(c, 1);
        const mention *pm = m0 >= 0 ? &c->men[m0] : NULL;
        /* (the capital may be the report's place, dropped as an actor: its state still speaks) */
        for (int k = 0; k < c->nm && !pm; k++)
            if (c->men[k].dead && c->men[k].s == 1 && c->men[k].capital && !c->men[k].pronoun) pm = &c->men[k];
        int q = pm ? pm->e : 0;
        if (pm && pm->s == 1 && pm->country && state_like(pm) && q < c->nt && is(&c->tok[q], ",")) {
            q++;
            while (q < c->nt && is_any(&c->tok[q], DETS)) q++;
            /* (... and so are people counted there: "In La Paz, several dozen people protested
             * outside the Chilean consulate") */
            static const char *const HOW_MANY[] = {"several", "dozen", "dozens", "hundreds", "thousands", "of",
                                                   "some", "about", "around", "nearly", "more", "than", "few",
                                                   "scores", "many", NULL};
            int counted = 0;
            while (q < c->nt && (is_any(&c->tok[q], HOW_MANY) || c->tok[q].kind == KBL_T_NUM)) q++, counted = 1;
            int a = q < c->nt ? live_mention_at(c, q) : -1;
            mention *o = a >= 0 ? &c->men[a] : NULL;
            /* (not a head whose own body the words after it name: "In New Delhi, a spokesperson
             * for India's Ministry of External Affairs") */
            if (o && o->s == q && o->kind == KBL_AGENT && !o->country && o->role &&
                (counted ? str_in(o->role, PEOPLE_ROLES) : state_organ(o->role)) &&
                !(o->e < c->nt && (is(&c->tok[o->e], "for") || is(&c->tok[o->e], "of")))) {
                of_country(c, o, kb_arena_strndup(c->arena, pm->country, 3));
                /* (and its voice after it: "In London, a Foreign Office spokesperson") */
                int b = o->e < c->nt ? live_mention_at(c, o->e) : -1;
                if (b >= 0 && c->men[b].s == o->e && c->men[b].kind == KBL_AGENT && !c->men[b].country &&
                    c->men[b].role && state_organ(c->men[b].role))
                    of_country(c, &c->men[b], kb_arena_strndup(c->arena, pm->country, 3));
            }
        }
    }
    /* an organ or people a town's or province's possessive owns: that place's state ("Batken's
     * regional governor", "Darchula's chief district officer") */
    for (int i = 0; c->nprefs && i < c->nm; i++) {
        mention *a = &c->men[i];
        if (a->dead || a->kind != KBL_AGENT || a->country || !a->role || a->s < 2) continue;
        int q = a->s - 1;
        while (q > 1 && a->s - q < 3 && c->tok[q].kind == KBL_T_WORD && !c->tok[q].cap && c->tok[q].men < 0 &&
               !is(&c->tok[q], "'s"))
            q--;
        const char *own = is(&c->tok[q], "'s") && c->tok[q - 1].men < 0 ? owner_place(c, c->tok[q - 1].e) : NULL;
        if (own) of_country(c, a, kb_arena_strndup(c->arena, own, 3));
    }
    /* ... and a title a province's name opens: "Shimane Governor Tatsuya Maruyama" */
    for (int i = 0; c->nprefs && i < c->nm; i++) {
        mention *a = &c->men[i];
        if (a->dead || a->pronoun || a->country || !a->role || a->s < 1 || !a->titled || !state_organ(a->role))
            continue;
        const tokinfo *p = &c->tok[a->s - 1];
        const char *own = p->cap && p->men < 0 && p->kind == KBL_T_WORD ? owner_place(c, p->e) : NULL;
        if (own) of_country(c, a, kb_arena_strndup(c->arena, own, 3));
    }
    /* a border's guards no one gave a state guard the land the text's places lie in (its
     * towns, kb_enrich_hint), whoever else the article names more ("Chinese workers ... the
     * GKNB said border troops had killed three of the gunmen") */
    for (int i = 0; c->land[0] && i < c->nm; i++) {
        mention *a = &c->men[i];
        if (a->dead || a->kind != KBL_AGENT || a->country || !a->role ||
            (strcmp(a->role, "MIL") && strcmp(a->role, "COP")))
            continue;
        int border = 0; /* (not "border guards of Pakistan and Afghanistan": their own states) */
        for (int j = a->s > 0 ? a->s - 1 : 0; j < a->e && !border; j++) border = is(&c->tok[j], "border");
        if (a->e < c->nt && (is(&c->tok[a->e], "of") || is(&c->tok[a->e], "from"))) border = 0;
        /* (nor "Pakistani and Afghan border forces": the adjectives before give their states) */
        for (int j = a->s - 1; j >= 0 && j >= a->s - 3 && border; j--) {
            if (live_mention_at(c, j) >= 0) border = 0;
            else if (!is(&c->tok[j], "and") && !is(&c->tok[j], ",") && !is(&c->tok[j], "border")) break;
        }
        /* (the land of the sentence's towns when the article names it: "Border police arrested the
         * pilot ... at Mtsahara" in a report from Moroni) */
        const char *own = border ? towns_land(c) : NULL;
        int named = 0;
        for (int k = 0; own && !named && k < c->nstates; k++) named = c->scount[k] > 0 && !strncmp(own, c->scode[k], 3);
        if (border) of_country(c, a, kb_arena_strndup(c->arena, named ? own : c->land, 3));
    }
    /* "Prime Minister Ruginiene accused the regime in Minsk of ... The Foreign Ministry declared":
     * in an article of two states, a bare ministry opening a sentence is the state whose actor
     * opened the sentence before, whichever state the article names more ("South Korea summoned
     * Japan's ambassador ... to protest against Tokyo's decision ... The foreign ministry") */
    if (c->lead_csent >= 0 && c->lead_csent + 2 >= c->cur_sent)
        for (int i = 0; i < c->nm; i++) {
            mention *a = &c->men[i];
            /* (after a phrase of no one: "In a separate statement, the ministry accused") */
            int opens = opens_clause(c, a->s);
            if (a->dead || a->kind != KBL_AGENT || a->country || !a->role || strcmp(a->role, "GOV") || !opens ||
                a->pronoun)
                break;
            /* (a ministry named so, "the Foreign Ministry", "the Ministry of Foreign Affairs", in a
             * sentence naming no one else of that state) */
            int ministry = 0, other = 0; /* (a foreign ministry: not a health ministry's toll) */
            for (int j = a->s; j + 1 < a->e; j++)
                ministry |= is(&c->tok[j], "foreign") && (is(&c->tok[j + 1], "ministry") || is(&c->tok[j + 1], "office"));
            if (a->e - a->s == 1 && is(&c->tok[a->s], "ministry")) ministry = 1; /* ("The ministry also ...") */
            if (a->e + 2 < c->nt && is(&c->tok[a->e], "of") && is(&c->tok[a->e + 1], "foreign") &&
                is(&c->tok[a->e + 2], "affairs"))
                ministry = 1;
            /* (not a state owning a thing: "against South Korea's sovereignty") */
            for (int k = 0; k < c->nm; k++) {
                const mention *o = &c->men[k];
                int owns = o->e + 1 < c->nt && is(&c->tok[o->e], "'s") && live_mention_at(c, o->e + 1) < 0;
                other |= !o->dead && o->country && !strncmp(o->country, c->lead_country, 3) && !owns;
            }
            if (ministry && !other) of_country(c, a, kb_arena_strndup(c->arena, c->lead_country, 3));
            break;
        }
    /* a bare state organ placed by "in" and the places right after it ("Security forces in
     * Yemen's al-Mahra governorate arrested", "Police in Koboko detained"): that land's, when
     * the article names it or lies in it, whichever state it names most */
    for (int i = 0; i < c->nm; i++) {
        mention *a = &c->men[i];
        if (a->dead || a->pronoun || a->kind != KBL_AGENT || a->country || !a->role || !state_organ(a->role) ||
            a->e + 1 >= c->nt || !is(&c->tok[a->e], "in"))
            continue;
        int q = a->e + 1, end = q;
        while (end < c->nt && end < q + 5 && c->tok[end].verb < 0 && !is(&c->tok[end], ",") &&
               !is(&c->tok[end], ".") && !is_any(&c->tok[end], PREPS) && !is(&c->tok[end], "and"))
            end++;
        /* (a capital too, which elsewhere stands for its government: "An army spokesman in Juba") */
        const char *own = end > q ? span_land_(c, c->tok[q].s, c->tok[end - 1].e, 1) : NULL;
        /* (... or the state whose place it names: "in Yemen's al-Mahra", a province the gazetteer
         * may spell otherwise) */
        for (int k = 0; !own && k < c->nm; k++)
            if (c->men[k].s == q && c->men[k].kind == KBL_STATE && !c->men[k].role && c->men[k].country &&
                c->men[k].e + 1 < end && is(&c->tok[c->men[k].e], "'s"))
                own = c->men[k].country;
        if (land_named(c, own)) of_country(c, a, kb_arena_strndup(c->arena, own, 3));
    }
    /* a bare state organ ("police", "soldiers", "the government") in an article about one state */
    int second = 0, best = dominant_state(c, &second);
    /* (the places' country stands in for none named: not in a sentence that names another) */
    for (int i = 0; best >= 0 && best == c->hint && c->scount[best] - 3 < 3 && i < c->nm; i++)
        if (!c->men[i].dead && c->men[i].country && strncmp(c->men[i].country, c->scode[best], 3)) best = -1;
    /* settlers no word gave a state ("Armed settlers killed five Mayangna villagers near Musawás")
     * in an article whose places lie in the land it names most: that land's (after "Israeli
     * settlers", the kin loop above has given them theirs) */
    if (best >= 0 && c->land[0] && !strncmp(c->scode[best], c->land, 3) && c->scount[best] >= second * 2)
        for (int i = 0; i < c->nm; i++) {
            mention *a = &c->men[i];
            if (!a->dead && a->kind == KBL_AGENT && !a->country && a->role && !strcmp(a->role, "SET"))
                of_country(c, a, kb_arena_strndup(c->arena, c->land, 3));
        }
    if (best >= 0 && c->scount[best] >= 3 && c->scount[best] >= second * 2)
        for (int i = 0; i < c->nm; i++) {
            mention *a = &c->men[i];
            /* (and "it" standing for such an organ: "the attorney general's office said it had
             * arrested") */
            if (!a->dead && a->pronoun && !a->country && a->code && strlen(a->code) == 6 && !memcmp(a->code, "---", 3)) {
                a->role = a->code + 3;
                a->kind = KBL_AGENT;
            }
            if (a->dead || a->kind != KBL_AGENT || a->country || !a->role) continue;
            if (strcmp(a->role, "GOV") && strcmp(a->role, "MIL") && strcmp(a->role, "COP") &&
                strcmp(a->role, "SPY") && strcmp(a->role, "JUD") && strcmp(a->role, "LEG"))
                continue;
            if (summons_or_holds(c, a, c->scode[best])) continue;
            /* (police and courts, in a sentence whose own towns lie in one land, are that land's:
             * "Police fired rubber bullets in Malukazi" in a report that names the migrants'
             * state most) */
            /* (a land the article names, not a stray namesake: "Sud" in "Corse-du-Sud") */
            /* (... or, with no town of its own, the land the article's places lie in: police act at
             * home, "Police detained 14 people" in a report of a fight at a Chinese-run mine in
             * Naryn that names China most) */
            /* (... or, with none, the dateline's: "Police detained 14 farmers" in a report from
             * "MEDYKA, Poland" whose places lie in two lands) */
            const char *own = !strcmp(a->role, "COP") || !strcmp(a->role, "JUD")
                                  ? sentence_land(c)
                                  : NULL;
            if (!own && (!strcmp(a->role, "COP") || !strcmp(a->role, "JUD")) && c->dl_land[0]) own = c->dl_land;
            if (land_named(c, own)) {
                of_country(c, a, kb_arena_strndup(c->arena, own, 3));
                continue;
            }
            /* (not one whose body the words after it name: "Delegations of Fatah and Hamas") */
            if (a->e + 1 < c->nt && (is(&c->tok[a->e], "of") || is(&c->tok[a->e], "from"))) {
                int q = a->e + 1;
                while (q < c->nt && is_any(&c->tok[q], DETS) && live_mention_at(c, q) < 0) q++;
                int o = q < c->nt ? live_mention_at(c, q) : -1;
                if (o >= 0 && c->men[o].code && memcmp(c->men[o].code, "---", 3)) continue;
            }
            of_country(c, a, kb_arena_strndup(c->arena, c->scode[best], 3));
        }
    /* "The navy handed the skiff back" after "a Guatemalan navy sailor", in a report of two
     * states neither of which leads */
    for (int i = 0; i < c->nm && c->nheads; i++) {
        mention *m = &c->men[i];
        if (m->dead || m->country || m->kind != KBL_AGENT || !m->role || m->e - m->s != 1 || m->s == 0 ||
            !is(&c->tok[m->s - 1], "the"))
            continue;
        for (int q = c->nheads; q-- > 0;)
            if (c->heads[q].weak && streq(c->heads[q].head, c->tok[m->s].low) && !strcmp(c->heads[q].role, m->role)) {
                of_country(c, m, c->heads[q].country);
                break;
            }
    }
    /* "Agents of Colombia's National Police": men "of" a state whose possessive names the organ
     * they serve are that organ's, and the organ is the state's */
    for (int i = 0; i < c->nm; i++) {
        mention *b = &c->men[i];
        if (b->dead || b->pronoun || b->country || b->kind != KBL_AGENT || !b->role || !state_organ(b->role)) continue;
        int j = b->s - 1;
        while (j > 0 && b->s - j <= 3 && c->tok[j].cap && c->tok[j].kind == KBL_T_WORD && c->tok[j].men < 0) j--;
        if (j < 3 || !is(&c->tok[j], "'s")) continue;
        int k = live_mention_at(c, j - 1);
        if (k < 0 || k == i) continue;
        mention *a = &c->men[k];
        if (a->e != j || !a->country || a->kind == KBL_PERSON || !is_any(&c->tok[a->s], MEN_OF_WORDS) ||
            !is(&c->tok[a->s + 1], "of"))
            continue;
        /* (the organ's whole name, not its first word: "the Sudanese army's military
         * intelligence") */
        if (b->e < c->nt && c->tok[b->e].men >= 0) continue;
        of_country(c, b, a->country);
    }
    /* "Israeli helicopters and tanks": the adjective qualifies both */
    for (int i = 0; i < c->nm; i++) {
        mention *a = &c->men[i];
        if (a->dead || !a->role || !a->country || a->kind == KBL_PERSON) continue;
        for (int k = i + 1; k < c->nm; k++) {
            mention *b = &c->men[k];
            if (b->dead) continue;
            if (b->group != a->group) break;
            if (b->kind != KBL_AGENT || b->country) break;
            b->code = arena_cat(c, a->country, b->role);
            b->country = a->country;
            b->kind = KBL_STATE;
        }
    }
}

static int group_end(kb_coder *c, int m)
{
    int e = c->men[m].e;
    for (int k = m + 1; k < c->nm; k++)
        if (!c->men[k].dead && c->men[k].group == c->men[m].group) e = c->men[k].e;
    return e;
}

/* ------------------------------------------------------------ verb patterns */

static int live_mention_at(kb_coder *c, int pos)
{
    int m = c->tok[pos].men;
    return (m >= 0 && !c->men[m].dead) ? m : -1;
}

/* "that" within three words of pos, no punctuation between ("warned last week that") */
static int that_soon(const kb_coder *c, int pos)
{
    for (int j = pos; j < c->nt && j < pos + 4; j++) {
        if (is(&c->tok[j], "that")) return 1;
        if (c->tok[j].kind == KBL_T_PUNCT) return 0;
    }
    return 0;
}

/* Tokens of a time adverbial at pos that may sit inside a pattern ("agreed on Sunday to
 * extend a ceasefire", "met late on Monday with"): 0 if none. */
static int time_adverbial(kb_coder *c, int pos)
{
    static const char *const ONE[] = {"yesterday", "today", "tonight", "overnight", NULL};
    static const char *const PART[] = {"morning", "afternoon", "evening", "night", NULL};

    if (pos >= c->nt) return 0;
    if (is_any(&c->tok[pos], ONE)) return 1;
    int k = pos;
    if (is(&c->tok[k], "late") || is(&c->tok[k], "early")) k++;
    if (k + 1 < c->nt && is(&c->tok[k], "on") && is_any(&c->tok[k + 1], DAYS)) {
        k += 2;
        if (k < c->nt && is_any(&c->tok[k], PART)) k++;
        return k - pos;
    }
    return 0;
}

/* time_adverbial, computed once per token of the sentence (a function of the tokens) */
static int time_adverbial_memo(kb_coder *c, int pos)
{
    if (pos >= c->nt) return time_adverbial(c, pos);
    if (c->tok[pos].tadv < 0) c->tok[pos].tadv = (int8_t)time_adverbial(c, pos);
    return c->tok[pos].tadv;
}

/* Is token pos a quotation mark that opens a quotation: a space before it, a word right after? */
static int opening_quote(const kb_coder *c, int pos)
{
    const tokinfo *t = &c->tok[pos];
    return pos > 0 && pos + 1 < c->nt && (is(t, "\"") || is(t, "\xe2\x80\x9c")) && t->s > c->tok[pos - 1].e &&
           c->tok[pos + 1].s == t->e;
}

/* "freed 12 soldiers whom its forces had captured", "Levan Gogua, whom the guards had
 * detained near Khurcha": the one an object relative clause is about, for a verb's object slot
 * at pos that the clause leaves empty (-1 if there is no such clause) */
static int whom_object(kb_coder *c, int pos)
{
    for (int q = pos - 1; q >= 1 && q >= pos - 10; q--) {
        const tokinfo *t = &c->tok[q];
        if (t->kind == KBL_T_PUNCT && !is(t, "'s")) return -1;
        if (!is(t, "whom")) continue;
        if (q + 1 >= pos || live_mention_at(c, q + 1) < 0) {
            int r = q + 1;
            while (r < pos && is_any(&c->tok[r], DETS)) r++;
            if (r >= pos || live_mention_at(c, r) < 0) return -1;
        }
        int e = is(&c->tok[q - 1], ",") ? q - 1 : q;
        for (int k = 0; k < c->nm; k++) {
            const mention *m = &c->men[k];
            if (!m->dead && !m->pronoun && m->e == e && m->code) return k;
        }
        return -1;
    }
    return -1;
}

/* Whether the words from i to the next comma are only capitalised names and "and", the
 * comma within ten tokens: an aside that names people ("the two men, Deo Byaruhanga and Justus
 * Ainebyona, to"). A known actor's name is no aside. */
static int names_aside(const kb_coder *c, int i)
{
    int n = 0;
    for (int q = i; q < c->nt && q < i + 10; q++) {
        const tokinfo *t = &c->tok[q];
        if (is(t, ",")) return n >= 2;
        if (is(t, "and")) continue;
        if (t->kind != KBL_T_WORD || !t->cap || t->men >= 0) return 0;
        n++;
    }
    return 0;
}

static int match_el(kb_coder *c, const kbl_pattern *p, int k, int pos, int *end, int *star)
{
    if (k == p->n_el) {
        *end = pos;
        return 1;
    }
    int32_t el = p->el[k];
    if (el == KBL_GAP || el == KBL_LONGGAP) {
        int maxg = el == KBL_GAP ? 4 : 9;
        /* 'rejected as "baseless and irresponsible" Indian allegations': a quotation after "as"
         * is one word of the gap, whatever it holds (its closing mark's index, else -1) */
        int qend = -1;
        if (pos + 2 < c->nt && is(&c->tok[pos], "as") && quote_mark(&c->tok[pos + 1]))
            for (int q = pos + 2; q < c->nt && q < pos + 10 && qend < 0; q++)
                if (quote_mark(&c->tok[q])) qend = q;
        if (qend > 0) maxg += qend - pos - 1;
        /* 'rejected what it called "irresponsible accusations"': the speaker's own naming of the
         * object is no word of the gap */
        if (pos + 2 < c->nt && is(&c->tok[pos], "what") && speaker_naming(c, pos + 1)) maxg += naming_len(c, pos);
        int rel_end = -1; /* the closing comma of a relative clause the gap crossed */
        int rel_in = 0;   /* the gap is inside a relative clause with no commas */
        for (int g = 0; g <= maxg && pos + g <= c->nt; g++) {
            if (g > 2 && pos + g - 1 < qend) continue; /* (inside the quotation: no end yet) */
            if (g > 0 && pos + g - 1 == rel_end) {
                if (match_el(c, p, k + 1, pos + g, end, star)) return 1;
                continue;
            }
            /* "ordered Archbishop X, who was detained at the Mother See on Thursday, held in
             * detention": a relative clause between commas is one word of the gap */
            /* (... and so is a list of names between commas: "handed the bodies of the other two
             * men, Deo Byaruhanga and Justus Ainebyona, to Ugandan police") */
            /* (... and in a long gap, a description opened by an article: "ordered Zoirsho
             * Mamadnazarov, the community elder whose arrest set off the protest, held in
             * pre-trial detention") */
            if (g > 1 && k > 0 && rel_end < 0 && is(&c->tok[pos + g - 1], ",") && pos + g < c->nt &&
                (is(&c->tok[pos + g], "who") || is(&c->tok[pos + g], "whose") || names_aside(c, pos + g) ||
                 (el == KBL_LONGGAP && (is(&c->tok[pos + g], "the") || is(&c->tok[pos + g], "a") ||
                                        is(&c->tok[pos + g], "an"))))) {
                for (int q = pos + g + 1; q < c->nt && q <= pos + g + 16 && rel_end < 0; q++) {
                    if (is(&c->tok[q], ",")) rel_end = q;
                    else if (c->tok[q].kind == KBL_T_PUNCT && !is(&c->tok[q], "-") && !is(&c->tok[q], "'s")) break;
                }
                if (rel_end > 0) {
                    maxg += rel_end - (pos + g - 1);
                    g = rel_end - pos; /* (the loop's next step takes the closing comma) */
                    continue;
                }
            }
            if (g > 0) {
                tokinfo *t = &c->tok[pos + g - 1];
                /* "small-arms" is one word of three tokens ("the Russian-flagged cargo ship" in a
                 * long gap too) */
                if (is(t, "-") && maxg < (el == KBL_LONGGAP ? 12 : 8)) maxg += 2;
                /* amounts may sit in a gap: "pledged $10 million in aid"; and quotes after "as":
                 * 'rejected as "absurd" accusations' */
                int quote = is(&c->tok[pos], "as") && quote_mark(t);
                /* ... and a quotation opening in the gap, the pattern going on inside it: 'urged X
                 * to "return to the path of dialogue"', 'urged "maximum restraint"', 'called for the
                 * two men's "immediate and unconditional release"', 'vowed to track down "the
                 * authors of this barbaric act"' (after "as", a description: 'condemned the raids
                 * as "a flagrant violation"') */
                if (t->kind == KBL_T_PUNCT && k > 0 && opening_quote(c, pos + g - 1) && !is(&c->tok[pos - 1], "as") &&
                    pos + g < c->nt && c->tok[pos + g].kind == KBL_T_WORD)
                    quote = 1;
                /* (... or the quotation's closing mark, one opened just before: 'to "hunt down" the
                 * killers') */
                if (!quote && t->kind == KBL_T_PUNCT && quote_mark(t) && k > 0 && pos + g - 1 > 0 &&
                    t->s == c->tok[pos + g - 2].e)
                    for (int q = pos + g - 2; q >= 0 && q >= pos + g - 6 && !quote; q--)
                        quote = opening_quote(c, q);
                if (t->kind == KBL_T_PUNCT && !is(t, "-") && !is(t, "$") && !is(t, "\xe2\x82\xac") &&
                    !is(t, "\xc2\xa3") && !quote)
                    break;
                /* "rejected as baseless the charges": "as" right after the verb */
                if (g == 1 && is(t, "as")) continue;
                /* "handed two Chadian soldiers who had been missing since the attack to a Chadian
                 * army delegation": a long gap right after a pattern's people noun may hold a
                 * relative clause with no commas, its verbs and words of time too */
                if (el == KBL_LONGGAP && g == 1 && k > 0 && p->el[k - 1] >= 0 && is(t, "who")) {
                    rel_in = 1;
                    continue;
                }
                if (rel_in && (c->tok[pos + g - 1].verb >= 0 || is_any(t, STOP_RIGHT))) continue;
                /* (... and so may a participle of custody with its span of time: "handed nine of the
                 * 12 Tanzanian traders held since the clash over to Tanzanian immigration
                 * officers") */
                static const char *const HELD_SINCE[] = {"held", "detained", "arrested", "jailed", "captured", NULL};
                if (el == KBL_LONGGAP && g > 1 && !rel_in && is_any(t, HELD_SINCE) && pos + g + 1 < c->nt &&
                    is(&c->tok[pos + g], "since") && c->tok[pos + g - 2].kind == KBL_T_WORD) {
                    rel_in = 1;
                    maxg += 4;
                    continue;
                }
                /* "traded small-arms and rocket fire": an "and" between two modifiers of the
                 * pattern's next word (that word within two tokens) */
                int and_mod = 0;
                if (is(t, "and") && k + 1 < p->n_el && p->el[k + 1] >= 0)
                    for (int q = pos + g; q < c->nt && q <= pos + g + 1 && !and_mod; q++)
                        and_mod = c->tok[q].id == p->el[k + 1];
                if ((is_any(t, STOP_RIGHT) && !and_mod) || is(t, "that")) break;
                /* (a verb's word after an article is a noun: "after the storming") */
                if (c->tok[pos + g - 1].verb >= 0 &&
                    !(g > 1 && (is(&c->tok[pos + g - 2], "the") || is(&c->tok[pos + g - 2], "a") ||
                                is(&c->tok[pos + g - 2], "an"))))
                    break;
            }
            if (match_el(c, p, k + 1, pos + g, end, star)) return 1;
        }
        return 0;
    }
    if (el == KBL_STAR) {
        int q = pos;
        /* (an object relative clause leaves the slot empty: its object is what it is about,
         * "whom its forces had captured in Sunday's fighting") */
        /* (an act of force only: "refugees, whom authorities blame for a border conflict" is
         * what the refugees are, no charge of the day) */
        if (k == p->n_el - 1 && k > 0 && p->code && root_of(p->code) >= 15 &&
            (pos >= c->nt || c->tok[pos].kind == KBL_T_PUNCT || is_any(&c->tok[pos], PREPS))) {
            int w = whom_object(c, pos);
            if (w >= 0) {
                *star = w;
                *end = pos;
                return 1;
            }
        }
        /* ("released without charge four of the six Italian activists", "freed on bail three of
         * the men": how they were freed is no word of the slot's reach) */
        if (q + 2 < c->nt && ((is(&c->tok[q], "without") && (is(&c->tok[q + 1], "charge") || is(&c->tok[q + 1], "charges"))) ||
                              (is(&c->tok[q], "on") && is(&c->tok[q + 1], "bail"))))
            q += 2;
        for (int d = 0; d < 6 && q < c->nt && live_mention_at(c, q) < 0; d++) {
            tokinfo *t = &c->tok[q];
            /* (a closing quote of a quoted verb: 'had "neutralised" three members of the YPG') */
            int quote = quote_mark(t);
            /* "met visiting US envoy Tom Barrack": the participle describes the object */
            if (is(t, "visiting") && q + 1 < c->nt && live_mention_at(c, q + 1) >= 0) {
                q++;
                continue;
            }
            /* "three members of the YPG": the members' group is the target */
            /* (... and "millions of Afghans": the counted people) */
            static const char *const MEMBERS[] = {"members", "member", "fighters", "militants", "commanders",
                                                  "operatives", "supporters", "millions", "thousands",
                                                  "hundreds", "dozens", "scores", NULL};
            if (is(t, "of") && q > pos && is_any(&c->tok[q - 1], MEMBERS)) {
                int r = q + 1;
                while (r < c->nt && is_any(&c->tok[r], DETS)) r++;
                /* (over one adjective: "millions of undocumented Afghans") */
                if (r + 1 < c->nt && live_mention_at(c, r) < 0 && c->tok[r].kind == KBL_T_WORD && !c->tok[r].cap &&
                    c->tok[r].verb < 0 && !is_any(&c->tok[r], PREPS))
                    r++;
                if (r < c->nt && live_mention_at(c, r) >= 0) {
                    q = r;
                    break;
                }
            }
            if ((t->kind == KBL_T_PUNCT && !is(t, "-") && !quote) || is_any(t, PREPS) || t->verb >= 0 ||
                is_any(t, STOP_RIGHT) || is(t, "and") || is(t, "or") || is(t, "that"))
                return 0;
            /* a verb of its own in the past is no modifier: "a drone strike killed three militants" */
            if (past_form(t) && is_verb_word(c, q)) return 0;
            q++;
        }
        if (q >= c->nt) return 0;
        int m = live_mention_at(c, q);
        if (m < 0 || c->men[m].s != q) return 0;
        *star = m;
        int ge = group_end(c, m);
        if (match_el(c, p, k + 1, ge, end, star)) return 1;
        /* a list in the slot: "urged Burundi and Rwanda to exercise restraint", "urged the police
         * and the protesters to ..." (the slot holds its first; the list gives the rest) */
        int direct = 1; /* (the slot's mention right after the pattern's word, but for determiners) */
        for (int j = pos; j < q && direct; j++) direct = is_any(&c->tok[j], DETS);
        if (k + 1 < p->n_el && direct) {
            int le = ge;
            for (;;) {
                int q2 = le;
                if (q2 < c->nt && is(&c->tok[q2], ",")) q2++;
                if (q2 < c->nt && (is(&c->tok[q2], "and") || is(&c->tok[q2], "or"))) q2++;
                if (q2 == le) break;
                while (q2 < c->nt && is_any(&c->tok[q2], DETS)) q2++;
                int m2 = q2 < c->nt ? live_mention_at(c, q2) : -1;
                /* (named actors only: "both the government and the protesters" is read apart) */
                if (m2 < 0 || c->men[m2].s != q2 || !c->men[m2].code || !memcmp(c->men[m2].code, "---", 3) ||
                    !c->men[m].code || !memcmp(c->men[m].code, "---", 3))
                    break;
                le = group_end(c, m2);
            }
            if (le > ge && match_el(c, p, k + 1, le, end, star)) return 1;
        }
        /* "received Russia's deputy defence minister, Yunus-Bek Yevkurov, in Niamey": a name in
         * apposition to the slot's mention */
        if (k + 1 < p->n_el && ge < c->nt && is(&c->tok[ge], ",")) {
            int q2 = ge + 1, names = 0;
            while (q2 < c->nt && names < 6 && (name_word(c, q2) || (is(&c->tok[q2], "-") && names > 0))) q2++, names++;
            if (names > 0 && q2 < c->nt && is(&c->tok[q2], ",") && match_el(c, p, k + 1, q2 + 1, end, star)) return 1;
        }
        return 0;
    }
    if (pos >= c->nt || c->tok[pos].id != el || (c->tok[pos].kind == KBL_T_PUNCT && !is(&c->tok[pos], "-"))) {
        /* a quotation opening inside the pattern: 'vowed to "pursue the terrorists ..."', 'would
         * be "hunted down"' */
        static const char *const AUX_TO[] = {"to", "be", "been", "had", "has", "have", "was", "were", NULL};
        if (k > 0 && pos > 0 && pos + 1 < c->nt && c->tok[pos + 1].id == el &&
            (is(&c->tok[pos], "\"") || is(&c->tok[pos], "\xe2\x80\x9c")) &&
            (is_any(&c->tok[pos - 1], AUX_TO) || opening_quote(c, pos)))
            return match_el(c, p, k, pos + 1, end, star);
        /* ... and closing before the pattern's next word: 'take "effective and urgent measures"
         * against' (a quotation opened in the pattern's gap a few words before) */
        if (k > 0 && pos + 1 < c->nt && c->tok[pos + 1].id == el &&
            (is(&c->tok[pos], "\"") || is(&c->tok[pos], "\xe2\x80\x9d")))
            for (int q = pos - 1; q >= 0 && q >= pos - 8; q--)
                if (is(&c->tok[q], "\"") || is(&c->tok[q], "\xe2\x80\x9c")) {
                    /* (inside the pattern: its first word before the quotation, not 'condemned
                     * the raids as "a flagrant violation" of the ceasefire') */
                    int inside = 0;
                    for (int r = q - 1; r >= 0 && r >= q - 6 && !inside; r--) inside = c->tok[r].id == p->el[0];
                    if (inside && opening_quote(c, q)) return match_el(c, p, k, pos + 1, end, star);
                    break;
                }
        int skip = k > 0 ? time_adverbial_memo(c, pos) : 0;
        if (skip && pos + skip < c->nt && c->tok[pos + skip].id == el)
            return match_el(c, p, k, pos + skip, end, star);
        return 0;
    }
    int m = live_mention_at(c, pos);
    /* a word of the pattern may be an agent noun ("military exercises", "recalled its ambassador"),
     * never a name */
    /* (nor "the militants" read as the article's named group: a pronoun, the act's object) */
    if (m >= 0 && c->men[m].kind != KBL_AGENT && !(k > 0 && c->men[m].role) && !(k > 0 && c->men[m].pronoun)) return 0;
    return match_el(c, p, k + 1, pos + 1, end, star);
}

/* 1 if a word of mention m is a word of pattern p (not a gap's) */
static int pattern_word_in(const kb_coder *c, const kbl_pattern *p, int m)
{
    for (int j = c->men[m].s; j < c->men[m].e; j++)
        for (int k = 0; k < p->n_el; k++)
            if (p->el[k] >= 0 && p->el[k] == c->tok[j].id) return 1;
    return 0;
}

/* "would not grant", "will never allow", "did not grant": a negation in the three words before
 * token i (no punctuation or actor between), which refuses what a +refusal pattern grants */
static int negated_before(const kb_coder *c, int i)
{
    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
        const tokinfo *t = &c->tok[j];
        if (j == i - 1 && opening_quote(c, j)) continue; /* ('would not be "held hostage"') */
        if (t->kind == KBL_T_PUNCT || t->men >= 0) break;
        if (is_any(t, NEGS)) return 1;
    }
    return 0;
}

static int root_of(const char *code);

/* what armed men hold, that an attack on hits them ("rebel positions", "militant hideouts") */
static const char *const HELD[] = {"stronghold", "strongholds", "hideout", "hideouts", "camp", "camps", "base", "bases",
                                   "position", "positions", "post", "posts", "outpost", "outposts", "compound",
                                   "headquarters", "convoy", "convoys", "checkpoint", "checkpoints", "bunker",
                                   "bunkers", "sanctuary", "sanctuaries", "targets", "target", "barracks", NULL};

/* roles of armed men outside a state ("military bases" are a state's sites, not its men hit) */

/* "demanded that Kabul take measures against ...": the act a demand's content asks for (a
 * "+governed" pattern at token i, its subject between) */
static int demanded_that(const kb_coder *c, int i)
{
    static const char *const DEMANDED[] = {"demanded", "demands", "demand", "demanding", "insisted", "insists",
                                           "urged", "urges", NULL};
    /* (the act may open a quotation: 'demanded that the authorities "rein in the militias"') */
    if (i >= 2 && opening_quote(c, i - 1)) i--;
    for (int j = i - 1; j >= 1 && j >= i - 6; j--) {
        if (c->tok[j].kind == KBL_T_PUNCT) return 0;
        if (is(&c->tok[j], "that")) return is_any(&c->tok[j - 1], DEMANDED);
    }
    return 0;
}

/* The token before a mention starting at s, over up to three lower-case words of no mention
 * ("loyal to its veteran commander", "then the southern rebel army"): the first that is one of
 * stop, else where the walk ended. */
static int word_before(const kb_coder *c, int s, const char *const *stop)
{
    int q = s - 1;
    for (int n = 0; q > 0 && n < 3 && c->tok[q].kind == KBL_T_WORD && !is_any(&c->tok[q], stop) &&
                    c->tok[q].men < 0 && !c->tok[q].cap;
         n++)
        q--;
    return q;
}

/* "signed a special agreement at OAS headquarters in Washington": a body's seat where an act
 * took place is a place, no party to it */
static void seats_are_places(kb_coder *c)
{
    static const char *const SEAT[] = {"headquarters", "premises", NULL};
    static const char *const AT[] = {"at", "in", "outside", "near", "inside", NULL};
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->dead || m->e >= c->nt || !is_any(&c->tok[m->e], SEAT)) continue;
        int b = m->s - 1;
        if (b >= 0 && is(&c->tok[b], "the")) b--;
        if (b < 0 || !is_any(&c->tok[b], AT)) continue;
        drop_mention(c, m);
    }
}

/* "Randrianirina and the regional bloc's envoy, former Mozambican president Joaquim Chissano,
 * held talks": a person named between commas right after a mention (not in a list: no "and"
 * after, the mention itself not a list's item) is that mention, no party of its own. */
static void apposed_persons(kb_coder *c)
{
    /* "A faction of the MFDC's armed wing loyal to its veteran commander Salif Sadio claimed":
     * the one a party is loyal or close to is no party of its act */
    static const char *const LOYAL[] = {"loyal", "close", "linked", "affiliated", "allied", "answering", NULL};
    static const char *const TO_WITH[] = {"to", "with", NULL};
    for (int k = 1; k < c->nm; k++) {
        mention *b = &c->men[k];
        int q = word_before(c, b->s, TO_WITH);
        if (b->dead || q < 2 || !is_any(&c->tok[q], TO_WITH) || !is_any(&c->tok[q - 1], LOYAL) ||
            c->tok[q - 2].kind != KBL_T_WORD)
            continue;
        drop_mention(c, b);
    }
    /* "An ECOWAS delegation led by Sierra Leone's foreign minister, Timothy Kabba, met ...": the
     * one who leads a party named before is no party of its act, nor is his name after him */
    for (int k = 1; k < c->nm; k++) {
        mention *b = &c->men[k];
        int q = b->s - 1;
        while (q > 0 && is_any(&c->tok[q], DETS)) q--;
        /* (the leader's mention may be gone already into his name: "minister, Timothy Kabba") */
        if (q < 2 || !is(&c->tok[q], "by") || !(is(&c->tok[q - 1], "led") || is(&c->tok[q - 1], "headed")))
            continue;
        int h = c->tok[q - 2].men;
        if (h < 0 || c->men[h].dead || c->men[h].pronoun || !c->men[h].code || c->men[h].e != q - 1) continue;
        if (!b->dead) drop_mention(c, b);
        for (int n = k + 1; n < c->nm && b->e + 1 < c->nt && is(&c->tok[b->e], ","); n++) {
            mention *p = &c->men[n];
            if (!p->dead && p->s == b->e + 1 && (p->kind == KBL_PERSON || p->titled) && p->e < c->nt &&
                is(&c->tok[p->e], ","))
                drop_mention(c, p);
        }
    }
    /* "the SPLA, then the southern rebel army, fought": what a party was then or is now,
     * between commas, is that party */
    static const char *const THEN[] = {"then", "now", "formerly", "once", NULL};
    for (int k = 1; k < c->nm; k++) {
        mention *b = &c->men[k];
        int q = word_before(c, b->s, THEN);
        if (b->dead || q < 2 || !is_any(&c->tok[q], THEN) || !is(&c->tok[q - 1], ",") || c->tok[q - 2].men < 0)
            continue;
        /* (to the next comma: "the southern rebel army" is two mentions, "the ruling party of
         * Tigray" three) */
        int last = k, e = b->e;
        while (e < c->nt && e < b->s + 8 && !is(&c->tok[e], ",") && c->tok[e].verb < 0) e++;
        if (e >= c->nt || !is(&c->tok[e], ",")) continue;
        while (last + 1 < c->nm && c->men[last + 1].s < e) last++;
        for (int m = k; m <= last; m++) drop_mention(c, &c->men[m]);
    }
    for (int k = 0; k + 1 < c->nm; k++) {
        mention *b = &c->men[k + 1];
        if (b->dead || !(b->kind == KBL_PERSON || b->titled || (b->role && !strcmp(b->role, "ELI"))) || b->s < 3)
            continue;
        int q = b->s - 1;
        if (is_any(&c->tok[q], FORMER)) q--;
        if (!is(&c->tok[q], ",")) continue;
        int a = -1;
        for (int m = 0; m < c->nm; m++)
            if (!c->men[m].dead && m != k + 1 && c->men[m].e == q) a = m;
        if (a < 0 || b->e + 1 >= c->nt || !is(&c->tok[b->e], ",") || is(&c->tok[b->e + 1], "and") ||
            is(&c->tok[b->e + 1], "or") || (c->men[a].s > 0 && is(&c->tok[c->men[a].s - 1], ",")) ||
            c->men[a].kind == KBL_PERSON)
            continue;
        /* (only one the words would make another party: an envoy of a bloc named by his old
         * office of a state; "the military governor, General X," is the governor) */
        /* (... or one that would split a joint subject: "Kiir and Sudan's army chief, General
         * Abdel Fattah al-Burhan, discussed") */
        const mention *am = &c->men[a];
        int joint = am->s > 0 && is(&c->tok[am->s - 1], "and");
        if (!am->code || !b->code || !memcmp(am->code, "---", 3) || (!strncmp(am->code, b->code, 3) && !joint)) continue;
        drop_mention(c, b);
    }
}

/* "Police arrested the driver, a 31-year-old Turkish citizen,": one of a people's trade named
 * again by a state's adjective in apposition is that state's person (the people, not the state,
 * so an unnamed organ that holds him keeps its own country) */
static void apposed_nationals(kb_coder *c)
{
    static const char *const AGE[] = {"-", "year", "years", "old", NULL};
    static const char *const PERSON[] = {"citizen", "national", "man", "woman", "resident", "passport", NULL};
    for (int k = 0; k + 1 < c->nm; k++) {
        mention *b = &c->men[k];
        if (b->dead || b->country || !b->role || !b->code || memcmp(b->code, "---", 3) ||
            !str_in(b->role, PEOPLE_ROLES) || b->e + 2 >= c->nt || !is(&c->tok[b->e], ",") ||
            !(is(&c->tok[b->e + 1], "a") || is(&c->tok[b->e + 1], "an")))
            continue;
        int q = b->e + 2;
        while (q < c->nt && q < b->e + 8 &&
               (is_any(&c->tok[q], AGE) || c->tok[q].kind == KBL_T_NUM || isdigit((unsigned char)c->tok[q].low[0])))
            q++;
        int mi = q < c->nt ? live_mention_at(c, q) : -1;
        if (mi < 0 || mi == k) continue;
        mention *n = &c->men[mi];
        if (n->s != q || !n->country || !n->code || n->kind == KBL_PERSON || n->kind == KBL_GROUP) continue;
        /* (the adjective on a person's noun, or a people's role of its own: "Turkish citizen") */
        int e = n->e;
        if (strlen(n->code) == 3) {
            if (e >= c->nt || !is_any(&c->tok[e], PERSON)) continue;
            e++;
        } else if (!n->role || !str_in(n->role, PEOPLE_ROLES))
            continue;
        if (e < c->nt && !is(&c->tok[e], ",") && !is(&c->tok[e], ".") && !is_any(&c->tok[e], PLACE_PREP) &&
            !is(&c->tok[e], "on") && !is(&c->tok[e], "who"))
            continue;
        b->country = n->country;
        b->code = arena_cat(c, n->country, b->role);
        b->people = 1;
        drop_mention(c, n);
    }
}

/* "suicide bombers posing as television journalists", "gunmen dressed as police officers":
 * whom the doers passed for is no party */
static void disguises(kb_coder *c)
{
    static const char *const GUISE[] = {"posing", "disguised", "dressed", "masquerading", "passing", NULL};
    /* (the guise's words up to four: "posing as television journalists") */
    for (int k = 0; k < c->nm; k++) {
        mention *m = &c->men[k];
        int q = m->s - 1, n = 0;
        while (q > 0 && n < 4 && c->tok[q].kind == KBL_T_WORD && !is(&c->tok[q], "as") && c->tok[q].verb < 0) q--, n++;
        if (m->dead || q < 1 || !is(&c->tok[q], "as") || !is_any(&c->tok[q - 1], GUISE)) continue;
        drop_mention(c, m);
    }
}

static void find_verbs(kb_coder *c, int titlecase)
{
    c->nv = 0;
    /* the sentence's words as bits of their ids: a pattern needing a word the sentence
     * lacks is not tried (match_el matches a token element only on a word of that id) */
    uint64_t have[4] = {0, 0, 0, 0};
    for (int i = 0; i < c->nt; i++)
        if (c->tok[i].id >= 0 && c->tok[i].kind != KBL_T_PUNCT) {
            unsigned b = kbl_word_bit(c->tok[i].id);
            have[b >> 6] |= 1ull << (b & 63);
        }
    size_t npst;
    const uint64_t *pst = kbl_pattern_starts(c->lx, &npst);
    for (int i = 0; i < c->nt && c->nv < MAX_VERBS;) {
        tokinfo *t = &c->tok[i];
        size_t np = 0;
        const kbl_pattern *const *ps = NULL;
        /* most words start no pattern: the lexicon's bit says so here, without a call */
        if (t->id >= 0 && !(pst && (size_t)t->id < npst && !(pst[t->id >> 6] >> (t->id & 63) & 1)))
            ps = kbl_patterns_for(c->lx, t->id, &np);
        int matched = 0;
        /* a word of a pattern's stem the lexicon says starts no act ("critical": criticize) */
        if (np && kbl_not_verb(c->lx, t->id, t->low)) np = 0;
        /* a capitalised word inside a sentence is a name or a month ("March"), not a verb */
        if (np && t->cap && i > 0 && !titlecase && !(i == 1 && c->tok[0].kind == KBL_T_PUNCT)) np = 0;
        /* a word inside a longer agent phrase ("riot police") is no verb */
        if (np && t->men >= 0 && c->men[t->men].kind == KBL_AGENT && c->men[t->men].s <= i) {
            int longest = 0;
            for (size_t k = 0; k < np; k++)
                if (ps[k]->n_el > longest) longest = ps[k]->n_el;
            if (c->men[t->men].e - i > longest) np = 0;
        }
        /* an agent noun that shares its stem with a verb ("protesters", "demonstrators") is no verb */
        if (np && t->men >= 0 && c->men[t->men].kind == KBL_AGENT) {
            size_t ln = strlen(t->low);
            if ((ln > 3 && (!strcmp(t->low + ln - 2, "er") || !strcmp(t->low + ln - 2, "or"))) ||
                (ln > 4 && (!strcmp(t->low + ln - 3, "ers") || !strcmp(t->low + ln - 3, "ors"))))
                np = 0;
        }
        /* an event noun that the agent list also holds by its stem ("a demonstration", "the
         * protest" of "protesters") is no actor */
        if (np && t->men >= 0 && c->men[t->men].kind == KBL_AGENT && c->men[t->men].e == i + 1) {
            size_t ln = strlen(t->low);
            int agentive = (ln > 3 && (!strcmp(t->low + ln - 2, "er") || !strcmp(t->low + ln - 2, "or"))) ||
                           (ln > 4 && (!strcmp(t->low + ln - 3, "ers") || !strcmp(t->low + ln - 3, "ors")));
            if (!agentive && (!strcmp(t->low + (ln > 3 ? ln - 3 : 0), "ion") ||
                              (ln > 4 && !strcmp(t->low + ln - 4, "ions")))) {
                mention *m = &c->men[t->men];
                m->dead = 1;
                for (int q = m->s; q < m->e; q++) c->tok[q].men = -1;
            }
        }
        /* the second half of a compound ("Israeli-occupied", "Taliban-led") is no verb */
        if (np && i > 0 && is(&c->tok[i - 1], "-") && c->tok[i - 1].e == t->s) np = 0;
        /* "The wounded were flown by helicopter to ...": a participle after "the" that a verb
         * follows is the people it names, no act */
        static const char *const PEOPLE_PP[] = {"wounded", "injured", "dead", "killed", "missing", "detained",
                                                "displaced", "abducted", "kidnapped", NULL};
        static const char *const FOLLOW_BE[] = {"were", "was", "are", "is", "included", "include", "have", "had", NULL};
        if (np && i > 0 && i + 1 < c->nt && is(&c->tok[i - 1], "the") && is_any(t, PEOPLE_PP) &&
            is_any(&c->tok[i + 1], FOLLOW_BE))
            np = 0;
        /* a saying verb's agent noun ("told reporters that", "the writers") says nothing: no
         * saying word ends in -er */
        int sayer_noun = 0;
        if (np) {
            size_t ln = strlen(t->low);
            sayer_noun = (ln > 4 && !strcmp(t->low + ln - 2, "er")) || (ln > 5 && !strcmp(t->low + ln - 3, "ers"));
            /* ... and "the attackers", "the raiders", "bombers" are no attack: a word in -ers
             * whose stem is the verb's own ("offers", "orders" stay verbs) */
            if (ln > 5 && ln < 40 && !strcmp(t->low + ln - 3, "ers") && !t->allcaps) {
                char buf[64];
                size_t k = kbl_norm(c->stem, t->low, ln - 3, buf, sizeof buf);
                if (kbl_token_id(c->lx, buf, k) == t->id) np = 0;
            }
        }
        /* "are held in Pakistani jails", "from Israeli raids": a plural after a preposition (and a
         * state's adjective) is a noun, no verb pattern's word */
        int plural_noun = 0;
        if (np && i > 0) {
            size_t ln = strlen(t->low);
            int j = i - 1, m = live_mention_at(c, j);
            if (m >= 0 && c->men[m].kind == KBL_STATE && !c->men[m].role) j = c->men[m].s - 1;
            static const char *const NOUN_PREPS[] = {"in", "into", "from", "of", "inside", NULL};
            plural_noun = ln > 3 && t->low[ln - 1] == 's' && t->low[ln - 2] != 's' && j >= 0 &&
                          is_any(&c->tok[j], NOUN_PREPS);
        }
        for (size_t k = 0; k < np; k++) {
            int end = 0, star = -1;
            const uint64_t *nd = ps[k]->need;
            if (plural_noun && !(ps[k]->flags & KBL_P_NOUN)) continue;
            if ((nd[0] & ~have[0]) | (nd[1] & ~have[1]) | (nd[2] & ~have[2]) | (nd[3] & ~have[3])) continue;
            if (sayer_noun && (ps[k]->flags & KBL_P_SAY)) continue;
            if ((ps[k]->flags & KBL_P_GOVERNED) && (i == 0 || !is(&c->tok[i - 1], "to")) &&
                !((ps[k]->flags & KBL_P_REFUSAL) && negated_before(c, i)) && !demanded_that(c, i))
                continue;
            if (!match_el(c, ps[k], 0, i, &end, &star)) continue;
            /* "Army artillery shelled the bases": after a state organ's word, a noun pattern
             * ending in a past verb of its stem is that verb ("artillery shelling" is none) */
            if ((ps[k]->flags & KBL_P_NOUN) && end > i + 1 && i > 0) {
                const char *lw = c->tok[end - 1].low;
                size_t ll = strlen(lw);
                int om = live_mention_at(c, i - 1);
                if (ll > 3 && !strcmp(lw + ll - 2, "ed") && om >= 0 && c->men[om].kind == KBL_AGENT &&
                    c->men[om].role && state_organ(c->men[om].role))
                    continue;
            }
            vmatch *v = &c->vm[c->nv];
            memset(v, 0, sizeof *v);
            v->s = i;
            v->e = end;
            v->p = ps[k];
            v->star = star;
            v->src = v->tgt = v->inner = -1;
            int keep = -1;
            for (int j = i + 1; j < end; j++) {
                int m = live_mention_at(c, j);
                if (m >= 0 && m != star && c->men[m].kind != KBL_AGENT && !c->men[m].role &&
                    !(c->men[m].s > 0 && is_any(&c->tok[c->men[m].s - 1], PLACE_PREP))) { /* "rallied in Kampala" */
                    v->inner = c->men[m].group;
                    break;
                }
                /* ... and the people an order held ("ordered the opposition leader held in
                 * pre-trial detention") */
                if (m >= 0 && m != star && ps[k]->code && !strcmp(ps[k]->code, "173") && c->men[m].role &&
                    !state_organ(c->men[m].role) && !armed_role(c->men[m].role) && i < c->nt &&
                    (is(&c->tok[i], "order") || is(&c->tok[i], "ordered"))) {
                    v->inner = c->men[m].group;
                    keep = m;
                    break;
                }
                /* the victims inside a hostage-taking ("took 20 villagers hostage", "seized dozens
                 * of passengers as hostages", "took 20 hostages in Mali") are its object */
                if (m >= 0 && m != star && ps[k]->code && !strcmp(ps[k]->code, "181") && c->men[m].role &&
                    kbe_victim_role(c->men[m].role)) {
                    v->inner = c->men[m].group;
                    keep = m;
                    break;
                }
                /* the pattern's last word heads a named actor ("deported Somali refugees"): the
                 * actor stays, as the act's object (so does one it opens: "barred journalists of
                 * the Australian Broadcasting Corporation") */
                if (m >= 0 && m != star && c->men[m].role && c->men[m].code && memcmp(c->men[m].code, "---", 3) &&
                    ((c->men[m].e == end && c->men[m].s > i) ||
                     (c->men[m].s == end - 1 && c->men[m].e > end && end < c->nt && is(&c->tok[end], "of") &&
                      !state_organ(c->men[m].role)))) {
                    v->inner = c->men[m].group;
                    keep = m;
                    break;
                }
                /* ... and an armed role right before a violent pattern's last word owns what was
                 * hit ("captured a rebel stronghold", "struck militant hideouts"); so does a
                 * force's before a held place inside the gap ("captured a military outpost near
                 * the town") */
                if (m >= 0 && m != star && c->men[m].kind == KBL_AGENT && c->men[m].role && c->men[m].s > i &&
                    ps[k]->code && root_of(ps[k]->code) >= 18 && c->men[m].e < end &&
                    ((c->men[m].e == end - 1 && armed_role(c->men[m].role)) ||
                     (c->men[m].e < end - 1 && (armed_role(c->men[m].role) || !strcmp(c->men[m].role, "MIL") ||
                                                !strcmp(c->men[m].role, "COP")))) &&
                    is_any(&c->tok[c->men[m].e], HELD)) {
                    v->inner = c->men[m].group;
                    keep = m;
                    break;
                }
            }
            /* agents swallowed by the pattern ("military exercises") are no actors; a state's
             * organ that only sits in a gap ("rejected calls from the Kenyan government for aid")
             * stays, as the act's object */
            for (int j = i; j < end; j++) {
                int m = live_mention_at(c, j);
                /* ... and a bare organ that owns the object ("rejected the cabinet's plan") */
                int owner = m >= 0 && c->men[m].role && state_organ(c->men[m].role) && c->men[m].e < end &&
                            is(&c->tok[c->men[m].e], "'s");
                if (m >= 0 && (c->men[m].kind == KBL_AGENT || c->men[m].role) && m != star && m != keep &&
                    (((c->men[m].country || c->men[m].home) && /* a group's organ too: "hit Houthi military sites" */
                      c->men[m].code && memcmp(c->men[m].code, "---", 3)) ||
                     owner) &&
                    !pattern_word_in(c, ps[k], m)) {
                    if (v->inner < 0) v->inner = c->men[m].group;
                    c->tok[j].verb = (int16_t)c->nv;
                    continue;
                }
                if (m >= 0 && (c->men[m].kind == KBL_AGENT || c->men[m].role) && m != star && m != keep) {
                    /* (a state's people or organ the pattern's word names is still named: "handed
                     * the four Gabonese gendarmes back to ..." then "the gendarmes") */
                    const mention *dm = &c->men[m];
                    if (dm->role && dm->country && dm->kind == KBL_STATE && !dm->pronoun && dm->e > dm->s &&
                        (!strcmp(dm->role, "COP") || !strcmp(dm->role, "MIL") || str_in(dm->role, PEOPLE_ROLES)))
                        remember_head(c, c->tok[dm->e - 1].low, dm->role, dm->country);
                    c->men[m].dead = 1;
                    for (int q = c->men[m].s; q < c->men[m].e; q++)
                        if (q < i || q >= end) c->tok[q].men = -1;
                }
                c->tok[j].verb = (int16_t)c->nv;
            }
            c->nv++;
            i = end > i ? end : i + 1;
            matched = 1;
            break;
        }
        if (!matched) i++;
    }
    for (int i = 0; i < c->nt; i++)
        if (c->tok[i].men >= 0 && c->men[c->tok[i].men].dead) c->tok[i].men = -1;
}

/* ------------------------------------------------------------ clause analysis */

static int root_of(const char *code) { return (code[0] - '0') * 10 + (code[1] - '0'); }

static int prev_word(kb_coder *c, int i)
{
    /* index of the nearest token before i that is not an adverb; -1 */
    int j = i - 1;
    while (j >= 0 && is_any(&c->tok[j], ADVS) && !is(&c->tok[j], "not")) j--;
    return j;
}

/* words between a place preposition and a place ("in northern Kenya", "in the restive ...") */
static const char *const PART[] = {"the", "southern", "northern", "eastern", "western", "central",
                                   "southeastern", "southwestern", "northeastern", "northwestern",
                                   "south-eastern", "south-western", "north-eastern", "north-western",
                                   "neighbouring", "neighboring", "occupied", "disputed", "restive", NULL};

/* A state's adjective of a border that only places the act ("on the Thai border", "near the
 * Afghan border", "along the Lebanese frontier"): the mention is no actor of it. */
static int border_place(const kb_coder *c, const mention *m)
{
    static const char *const EDGE[] = {"border", "borders", "frontier", "boundary", NULL};
    static const char *const AT[] = {"on", "near", "along", "at", "to", "from", "by", "close", "across", NULL};
    if (m->e >= c->nt || !is_any(&c->tok[m->e], EDGE)) return 0;
    int p = m->s - 1;
    while (p > 0 && (is_any(&c->tok[p], PART) || is(&c->tok[p], "the"))) p--;
    return p >= 0 && is_any(&c->tok[p], AT);
}

/* The end of the relative clause that the verb at s opens (", which has denied the charge,"
 * "- who ... -"): the index of its closing comma or dash; -1 if s opens none. */
static int rel_end(kb_coder *c, int s)
{
    int r = s - 1; /* "which has long denied": over auxiliaries and adverbs */
    while (r > 0 && r >= s - 3 && c->tok[r].kind == KBL_T_WORD && c->tok[r].men < 0 && c->tok[r].verb < 0 &&
           !is(&c->tok[r], "who") && !is(&c->tok[r], "which"))
        r--;
    if (r < 1 || !(is(&c->tok[r], "who") || is(&c->tok[r], "which"))) return -1;
    int dash = is_dash(&c->tok[r - 1]);
    if (!dash && !is(&c->tok[r - 1], ",")) return -1;
    for (int j = s + 1; j < c->nt && j < s + 25; j++) {
        if (is(&c->tok[j], ";") || is(&c->tok[j], ".")) return -1;
        if (dash ? is_dash(&c->tok[j]) && c->tok[j].s > c->tok[j - 1].e : is(&c->tok[j], ",")) return j;
    }
    return -1;
}

/* A threat or vow whose own words are a response ("vowed a tough response", "would respond",
 * "vowed revenge"): it answers an earlier act, named or not. */
static int vows_response(const kb_coder *c, const vmatch *v)
{
    for (int j = v->s; j < v->e + 4 && j < c->nt; j++)
        if (is_any(&c->tok[j], RESPOND)) return 1;
    return 0;
}

/* v follows "and" after the gerund content of the speech act sup ("accused Y of shelling
 * villages and summoned its envoy", "denied involvement in the attack and condemned it"):
 * a finite verb of sup's own subject, not part of what sup says. */
static int coord_after_gerund(kb_coder *c, const vmatch *sup, const vmatch *v)
{
    static const char *const ATTACK_NOUNS[] = {"attack", "attacks", "involvement", "role", "bombing", "killing",
                                               "killings", "shelling", "strike", "strikes", "violence",
                                               "aggression", "incursion", "violations", NULL};
    int k = prev_word(c, v->s);
    if (k < sup->e || !is(&c->tok[k], "and") || sup->src < 0) return 0;
    if (!past_form(&c->tok[v->s])) return 0;
    int of = 0, ing = 0;
    for (int j = sup->s + 1; j < k; j++) { /* the pattern may hold the "of" ("accused X of aggression") */
        const tokinfo *u = &c->tok[j];
        if (is(u, "that") || is(u, ";") || is(u, ":") || is_any(u, BE) || is_any(u, MODALS)) return 0;
        if (u->verb >= 0 && u->verb != sup - c->vm && (c->vm[u->verb].p->flags & KBL_P_SAY)) return 0;
        if (is(u, "of") || is(u, "in") || is(u, "for")) of = 1;
        size_t l = strlen(u->low);
        if (of && l > 4 && !strcmp(u->low + l - 3, "ing")) ing = 1;
        if (of && u->kind == KBL_T_WORD && !u->cap && is_any(u, ATTACK_NOUNS)) ing = 1;
    }
    return of && ing;
}

/* "denied that its members had killed civilians and accused the police of ...": a verbal act
 * (appeal, demand, criticism, threat) right after "and" is the speaker's next act, not part of
 * what it denied or said; a violent one ("said militants had attacked and killed") stays
 * inside the content. */
static int verbal_after_content(kb_coder *c, const vmatch *sup, const vmatch *v)
{
    int k = prev_word(c, v->s);
    if (k < sup->e || !is(&c->tok[k], "and") || sup->src < 0 || !v->p->code || !past_form(&c->tok[v->s]))
        return 0;
    int r = root_of(v->p->code);
    return r == 2 || (r >= 10 && r <= 13);
}

/* v lies inside a describing apposition whose closing comma comes before the predicate of
 * the name it describes ("The BLA, a group banned by Pakistan, said ..."). */
static int in_apposition(const kb_coder *c, const vmatch *v)
{
    for (int j = v->e; j < c->nt && j < v->e + 12; j++) {
        const tokinfo *t = &c->tok[j];
        if (is(t, ";") || is(t, ":")) return 0;
        if (!is(t, ",")) continue;
        int k = j + 1;
        while (k < c->nt && is_any(&c->tok[k], ADVS)) k++;
        if (k >= c->nt || c->tok[k].verb < 0) return 0;
        int a = appos_open(c, j);
        return a >= 0 && a < v->s;
    }
    return 0;
}

/* A name after "of" that only qualifies the head of a noun phrase naming its own actor
 * further left ("The Turkish and Greek sides of the divided island of Cyprus agreed",
 * "Russia's invasion of Ukraine was condemned"): 1 if an actor heads the phrase before the
 * "of" at position of, over words, "of" and nominal acts only. */
static int np_actor_left(kb_coder *c, int of)
{
    for (int k = of - 1; k >= 0 && k >= of - 10; k--) {
        const tokinfo *t = &c->tok[k];
        int m = live_mention_at(c, k);
        if (m >= 0) /* a named one: "the leader of the TTP" is the TTP's */
            return c->men[m].code && memcmp(c->men[m].code, "---", 3);
        if (t->verb >= 0 && !c->vm[t->verb].nominal) return 0;
        if (is(t, "'s") || is(t, "of") || is_any(t, DETS) || t->kind == KBL_T_NUM) continue;
        if (t->kind != KBL_T_WORD || is_any(t, PREPS) || is_any(t, STOP_LEFT) || is_any(t, BE) ||
            is_any(t, MODALS) || is(t, "and") || is(t, "or") || is(t, "who") || is(t, "which"))
            return 0;
    }
    return 0;
}

/* "The ministry said the attackers had come from Afghanistan and urged Kabul to act": a
 * demand, appeal, accusation or threat joined by "and" after what a speaker said is the
 * speaker's. Returns the speaker's mention or -1. */
static int speaker_goes_on(kb_coder *c, int vi)
{
    const vmatch *v = &c->vm[vi];
    int r = v->p->code ? root_of(v->p->code) : 0;
    if (!(r == 2 || r == 10 || r == 11 || r == 13)) return -1;
    int k = prev_word(c, v->s);
    if (k < 3 || !is(&c->tok[k], "and")) return -1;
    if (!past_form(&c->tok[v->s])) return -1;
    for (int u = vi - 1; u >= 0; u--) {
        const vmatch *w = &c->vm[u];
        if (!(w->p->flags & KBL_P_SAY)) continue;
        if (w->src < 0 || w->e + 2 > k) return -1;
        for (int j = w->e; j < k; j++)
            if (is(&c->tok[j], ";") || is(&c->tok[j], ":") || is_any(&c->tok[j], STOP_LEFT)) return -1;
        return w->src;
    }
    return -1;
}

/* The source of verb match vi by a scan to the left. */
/* "neighbour", "southern neighbour", "western neighbor" at token i: the token after it, else 0 */
static int neighbour_word(const kb_coder *c, int i)
{
    static const char *const SIDE[] = {"northern", "southern", "eastern", "western", "north-eastern",
                                       "north-western", "south-eastern", "south-western", "larger", "smaller",
                                       NULL};
    if (i < c->nt && is_any(&c->tok[i], SIDE)) i++;
    return i < c->nt && (is(&c->tok[i], "neighbour") || is(&c->tok[i], "neighbor")) ? i + 1 : 0;
}

/* The sentence's subject, at its start or after an opening phrase ("In a press note, ..."), if
 * it is named and no finite verb of another actor stands between it and token k: its group, or
 * -1. */
static int sentence_subject(kb_coder *c, int k)
{
    int at = 0;
    if (is_any(&c->tok[0], PREPS))
        for (int q = 1; q < k && q < 10; q++)
            if (is(&c->tok[q], ",")) {
                at = q + 1;
                break;
            }
    while (at < k && is_any(&c->tok[at], DETS)) at++;
    int m = at < k ? live_mention_at(c, at) : -1;
    if (m < 0 || !c->men[m].code || !memcmp(c->men[m].code, "---", 3)) return -1;
    for (int q = group_end(c, m); q < k; q++) /* a finite verb of its own between the subject and k */
        if (c->tok[q].verb >= 0 && !c->vm[c->tok[q].verb].nominal && !(c->vm[c->tok[q].verb].p->flags & KBL_P_NOUN) &&
            c->vm[c->tok[q].verb].src >= 0 && c->vm[c->tok[q].verb].src != c->men[m].group)
            return -1;
    return c->men[m].group;
}

/* An answering verb ("responded", "retaliated", "hit back") ending at token e, followed within a
 * few words by "by" and a gerund a pattern starts on: that gerund's token, else -1. */
static int answer_by(const kb_coder *c, int e)
{
    static const char *const ANSWER[] = {"responded", "reacted", "retaliated", "replied", "answered", "back", NULL};
    if (e <= 0 || e > c->nt || !is_any(&c->tok[e - 1], ANSWER)) return -1;
    for (int q = e; q < c->nt && q < e + 5; q++) {
        if (c->tok[q].kind == KBL_T_PUNCT) return -1;
        if (!is(&c->tok[q], "by")) continue;
        size_t n = q + 1 < c->nt ? strlen(c->tok[q + 1].low) : 0;
        return n > 4 && !strcmp(c->tok[q + 1].low + n - 3, "ing") && c->tok[q + 1].verb >= 0 ? q + 1 : -1;
    }
    return -1;
}

/* The answering verb's token before the gerund at token g ("responded by summoning"), else -1 */
static int answered_gerund(const kb_coder *c, int g)
{
    if (g < 2 || !is(&c->tok[g - 1], "by")) return -1;
    for (int q = g - 2; q > 0 && q >= g - 6 && c->tok[q].kind != KBL_T_PUNCT; q--)
        if (answer_by(c, q + 1) == g) return q;
    return -1;
}

/* Is group mention m inside an apposition ", a/an ..." that describes another group named right
 * before its comma ("the Comandos de la Frontera, a group formed by former FARC fighters"; "The
 * Kashmir Tigers, a group that Indian security officials describe as a front for the
 * Pakistan-based Jaish-e-Mohammed", as long as appos_open allows)? */
static int described_origin(kb_coder *c, const mention *m)
{
    for (int q = m->s - 1; q > 1 && q >= m->s - 28; q--) {
        if (c->tok[q].kind == KBL_T_PUNCT && !is(&c->tok[q], "-")) {
            if (!is(&c->tok[q], ",") || !(is(&c->tok[q + 1], "a") || is(&c->tok[q + 1], "an"))) return 0;
            int g = live_mention_at(c, q - 1);
            return g >= 0 && &c->men[g] != m && c->men[g].kind == KBL_GROUP && !c->men[g].country;
        }
    }
    return 0;
}

/* A lower-case word of six letters or more ending in -ing ("injuring", "halting") */
static int gerund_form(const tokinfo *w)
{
    size_t n = strlen(w->low);
    return w->kind == KBL_T_WORD && !w->cap && n > 5 && !strcmp(w->low + n - 3, "ing");
}

/* The comma at or before token k, down to token lo, that opens a participle's phrase right after a
 * name ("Chapo, speaking at ..."), with no verb a pattern knows in between: its token, else -1. */
static int participle_comma(const kb_coder *c, int k, int lo)
{
    for (int q = k; q > 0 && q >= lo; q--) {
        if (is(&c->tok[q], ";")) return -1;
        /* (a noun a pattern knows is none: "at a rally") */
        if (c->tok[q].verb >= 0 && !c->vm[c->tok[q].verb].nominal && !is_any(&c->tok[q - 1], DETS)) return -1;
        if (!is(&c->tok[q], ",") || q + 1 >= c->nt || c->tok[q - 1].men < 0) continue;
        if (gerund_form(&c->tok[q + 1])) return q;
    }
    return -1;
}

/* Does token j open a speaker's account of his own act (", saying", ", adding")? */
static int opens_account(const kb_coder *c, int j)
{
    return j + 1 < c->nt && is(&c->tok[j], ",") && (is(&c->tok[j + 1], "saying") || is(&c->tok[j + 1], "adding"));
}

/* Is v a projectile's landing ("Two artillery shells fired during fighting between the army and
 * the TNLA ... landed in the Chinese city of Ruili", the lexicon's 194 "landed in" lines)? The token
 * of the projectile before it in the sentence, -1 if none (then it is no landing: "the plane landed
 * in"). */
static int projectile_landing(const kb_coder *c, const vmatch *v)
{
    static const char *const LANDED[] = {"landed", "land", "lands", "fell", "falls", "exploded", NULL};
    static const char *const PROJECTILE[] = {"shell", "shells", "rocket", "rockets", "mortar", "mortars", "projectile",
                                             "projectiles", "missile", "missiles", "bomb", "bombs", "grenade",
                                             "grenades", "rounds", NULL};
    if (!v->p->code || strcmp(v->p->code, "194") || !is_any(&c->tok[v->s], LANDED)) return -1;
    for (int k = 0; k < v->s; k++) {
        if (is(&c->tok[k], ";") || is(&c->tok[k], ".")) return -1;
        if (is_any(&c->tok[k], PROJECTILE)) return k;
    }
    return -1;
}

/* Is vm[vi] an act told inside a landing projectile's phrase ("shells fired during fighting
 * between X and Y landed in ...")? Its words are the projectile's story, no act of their own. */
static int inside_landing(const kb_coder *c, int vi)
{
    const vmatch *v = &c->vm[vi];
    for (int u = vi + 1; u < c->nv; u++) {
        const vmatch *w = &c->vm[u];
        if (w->s <= v->e) continue;
        int proj = projectile_landing(c, w);
        if (proj >= 0 && proj < v->s) return 1;
    }
    return 0;
}

/* A pattern's gap that says what was really done ("held talks with the fishermen", "launched an
 * attack on farmers"): a word of swap there makes the act swap_code's (*code and *root0 changed);
 * else a word of drop makes it none (0); 1 if the act stands. */
static int gap_act(const kb_coder *c, const vmatch *v, const char *const *drop, const char *const *swap,
                   const char *swap_code, const char **code, int *root0)
{
    int dropped = 0, swapped = 0;
    for (int k = v->s + 1; k < v->e && !dropped; k++) {
        dropped = is_any(&c->tok[k], drop);
        swapped = swapped || is_any(&c->tok[k], swap);
    }
    const kbl_cameo *cm = swapped ? kbl_cameo_get(c->lx, swap_code) : NULL;
    if (cm) {
        *code = cm->code;
        *root0 = root_of(cm->code);
        return 1;
    }
    return !dropped;
}

static int left_source(kb_coder *c, int vi)
{
    vmatch *v = &c->vm[vi];
    int from = v->s - 1;
    /* "Athens responded hours later by summoning Turkey's ambassador": the answering subject */
    {
        int q = answered_gerund(c, v->s);
        if (q > 0) {
            int m = sentence_subject(c, q);
            if (m >= 0) return m;
        }
    }
    /* "rejected Lima's accusation that it lets gangs operate freely, saying its police had made
     * arrests": a saying gerund after a comma is the sentence subject's, not the last clause's */
    if ((v->p->flags & KBL_P_SAY) && v->s >= 2 && is(&c->tok[v->s - 1], ",") && gerund_form(&c->tok[v->s])) {
        int m = sentence_subject(c, v->s - 1);
        if (m >= 0) return m;
    }
    /* "An explosive device damaged the tracks, injuring two workers and halting traffic": the
     * second participle of a chain after a comma has the first one's subject, the sentence's,
     * never the first one's object */
    if (v->s >= 4 && is(&c->tok[v->s - 1], "and") && gerund_form(&c->tok[v->s]))
        for (int q = v->s - 2; q > 0 && q >= v->s - 14; q--) {
            if (c->tok[q].kind == KBL_T_PUNCT && !is(&c->tok[q], ",")) break;
            if (!is(&c->tok[q], ",")) continue;
            if (!gerund_form(&c->tok[q + 1])) break;
            int m = sentence_subject(c, q);
            /* (none when the sentence's act before the chain found no doer: "Armed guards ...
             * opened fire on a group of Vietnamese workers, killing one man and wounding four") */
            for (int u = 0; u < vi; u++)
                if (!c->vm[u].nominal && c->vm[u].src < 0 && c->vm[u].e <= q && c->vm[u].p->code &&
                    root_of(c->vm[u].p->code) >= 18 &&
                    (m < 0 || c->vm[u].e <= c->men[m].s))
                    return -1;
            if (m >= 0) return m;
            /* (a thing no one is named for: "An explosive device ...") */
            int o = c->nt > 3 && c->tok[0].cap ? dateline_dash(c) + 1 : 0; /* (after a dateline) */
            if (o < 0) o = 0;
            if (o + 1 < q && (is(&c->tok[o], "a") || is(&c->tok[o], "an")) && live_mention_at(c, o + 1) < 0) return -1;
            break;
        }
    /* "sanctions on four settlers and two outposts it blamed for ...": a subject pronoun no one
     * was found for hides the subject; the noun before it is the object */
    {
        static const char *const SUBJ[] = {"it", "he", "she", "they", "we", NULL};
        int k = prev_word(c, v->s);
        static const char *const OPEN[] = {"that", "and", "but", "or", "because", "as", "when", "after", "before",
                                           "if", "since", "while", "although", "though", "so", "until", "once",
                                           "said", "says", "say", "saying", "added", "stated", "announced",
                                           "claimed", "insisted", "warned", "where", "how", "what", "why", NULL};
        const tokinfo *n = k > 0 ? &c->tok[k - 1] : NULL;
        if (n && c->tok[k].men < 0 && is_any(&c->tok[k], SUBJ) && n->kind == KBL_T_WORD && !n->cap &&
            n->verb < 0 && !is_any(n, OPEN) && !past_form(n))
            return -1;
    }
    {
        int sp = speaker_goes_on(c, vi);
        if (sp >= 0) return sp;
    }
    /* "condemned the strikes as American aggression and vowed to retaliate": a verb right
     * after "and" has no subject of its own; it shares the last finite verb's */
    {
        int k = prev_word(c, v->s);
        /* "X said its fighters had attacked a post, but denied harming civilians": after "but",
         * the speaker goes on; else, as after "and", the last finite verb's subject */
        if (k > 0 && is(&c->tok[k], "but")) {
            for (int u = vi - 1; u >= 0; u--) {
                const vmatch *w = &c->vm[u];
                if (w->e > k || w->nominal || !(w->p->flags & KBL_P_SAY)) continue;
                if (w->src >= 0) return w->src;
                break;
            }
        }
        if (k > 0 && (is(&c->tok[k], "and") || is(&c->tok[k], "but"))) {
            for (int u = vi - 1; u >= 0; u--) {
                const vmatch *w = &c->vm[u];
                if (w->e > k || w->nominal || (w->p->flags & KBL_P_NOUN) || w->done == -3) continue;
                if (w->passive && w->tgt >= 0) return w->tgt; /* "was indicted by Y and will resign" */
                /* ("Residents said about a hundred armed men entered the town and exchanged fire":
                 * after reported words' own subject, that subject goes on, not the speaker) */
                /* (... "said in a statement that Eritrean units had crossed the border and
                 * attacked": over "that", a noun the lexicon lacks and "had") */
                if (w->p->flags & KBL_P_SAY)
                    for (int q = w->e; q < k; q++) {
                        int m = live_mention_at(c, q);
                        if (m >= 0 && c->men[m].s == q && !(q > 0 && is_any(&c->tok[q - 1], PREPS)) && q + 1 < k) {
                            int g = group_end(c, m);
                            if (g + 1 < k && c->tok[g].kind == KBL_T_WORD && !c->tok[g].cap && c->tok[g].men < 0 &&
                                c->tok[g].verb < 0 && !past_form(&c->tok[g]) && !is_any(&c->tok[g], BE) &&
                                !is(&c->tok[g], "had") && !is(&c->tok[g], "has") && !is(&c->tok[g], "have"))
                                g++;
                            if (g + 1 < k && (is(&c->tok[g], "had") || is(&c->tok[g], "has") || is(&c->tok[g], "have")))
                                g++;
                            if (c->tok[g].verb < 0 && past_form(&c->tok[g])) return c->men[m].group;
                        }
                        if (m >= 0) break;
                    }
                if (w->src >= 0) return w->src;
                break;
            }
            /* ... a verb no pattern knows ("the outfit's bureau called the blast retaliation
             * for the deaths of villagers and accused the police"): the sentence's subject, at
             * its start or after an opening phrase ("In a press note, ...") */
            if (past_form(&c->tok[v->s])) {
                int m = sentence_subject(c, k);
                if (m >= 0) return m;
            }
        }
        /* "Burkina Faso's government has ordered three diplomats to leave, accusing its
         * neighbour of ...": a participle after a comma, with no act coded before it, is the
         * sentence's subject's, when a verb of the subject's own stands before the comma */
        size_t vl = strlen(c->tok[v->s].low);
        if (k > 0 && is(&c->tok[k], ",") && vl > 4 && !strcmp(c->tok[v->s].low + vl - 3, "ing")) {
            int coded = 0;
            for (int u = vi - 1; u >= 0 && !coded; u--) coded = !c->vm[u].nominal && c->vm[u].src >= 0;
            int m = coded ? -1 : sentence_subject(c, k);
            int own_verb = 0;
            for (int q = m >= 0 ? group_end(c, m) : k; q < k && q < group_end(c, m) + 3 && !own_verb; q++)
                own_verb = past_form(&c->tok[q]) && live_mention_at(c, q) < 0;
            if (m >= 0 && own_verb) return m;
        }
    }
    /* "The United States, Israel's main ally, has called ...": over an apposition with no verb
     * after a name; "X, a group banned by Y, said": over a describing one */
    {
        int k = prev_word(c, v->s);
        int ap = k > 0 ? appos_open(c, k) : -1;
        if (ap > 0) from = ap - 1;
        if (k > 2 && is(&c->tok[k], ",")) {
            int a = k - 1;
            while (a > 0 && a >= k - 10 && !is(&c->tok[a], ",") && c->tok[a].verb < 0 && !is(&c->tok[a], ";"))
                a--;
            if (ap < 0 && a > 0 && a < k - 1 && is(&c->tok[a], ",") && live_mention_at(c, a - 1) >= 0 &&
                live_mention_at(c, a + 1) != live_mention_at(c, a - 1)) {
                int poss = 0;
                for (int q = a + 1; q < k; q++) poss |= is(&c->tok[q], "'s");
                if (poss) from = a - 1;
            }
        }
    }
    /* "A police unit that tracked the gunmen to Odda, a village close to the border, shot dead
     * two of them": over a restrictive relative clause whose last words an apposition closes */
    /* (... and one with no commas: "Police reservists who pursued the raiders towards the border
     * killed two of them") */
    if (v->s >= 4) {
        int comma = is(&c->tok[v->s - 1], ",");
        for (int k = v->s - 1 - comma; k > 0 && k >= v->s - (comma ? 25 : 12); k--) {
            if (is(&c->tok[k], ";") || is(&c->tok[k], ".") || (!comma && is(&c->tok[k], ","))) break;
            if (!is(&c->tok[k], "that") && !is(&c->tok[k], "who")) continue;
            int m = live_mention_at(c, k - 1);
            if (m >= 0 && c->men[m].e == k && c->men[m].s <= 2 && !c->men[m].pronoun &&
                (comma || past_form(&c->tok[k + 1])))
                return m;
            break;
        }
    }
    /* "The TTP, which killed 20 soldiers in March, attacked ...": over the relative clause */
    if (from > 0 && (is(&c->tok[from], ",") || is_dash(&c->tok[from])))
        for (int k = from - 1; k > 0 && k >= from - 20; k--) {
            /* (a dash inside a word is none: "a US B-1B bomber") */
            int close = is(&c->tok[k], ",") || (is_dash(&c->tok[k]) && c->tok[k].s != c->tok[k - 1].e);
            /* ... or a participle's phrase ("X, speaking after talks with Y, urged ...") right after
             * a name */
            if (close && k + 1 < from && c->tok[k - 1].men >= 0 && c->tok[k + 1].kind == KBL_T_WORD &&
                !c->tok[k + 1].cap && strlen(c->tok[k + 1].low) > 5 &&
                (!strcmp(c->tok[k + 1].low + strlen(c->tok[k + 1].low) - 3, "ing") ||
                 /* ("X, joined by a US bomber, staged ...", "X, backed by militias, repelled ...") */
                 (past_form(&c->tok[k + 1]) && k + 2 < from && is(&c->tok[k + 2], "by")))) {
                from = k - 1;
                break;
            }
            /* (a comma between two names of a list goes on: "The Mano River Union, which groups
             * Sierra Leone, Guinea, Liberia and Cote d'Ivoire, offered to mediate") */
            if (close && k + 1 < from && c->tok[k - 1].men >= 0 && c->tok[k + 1].men >= 0 && is(&c->tok[k], ","))
                continue;
            /* (... whose phrase holds commas of its own: "Chapo, speaking at a rally in Xai-Xai, the
             * capital of Gaza province, on Thursday evening, condemned ...") */
            if (close) {
                int p = participle_comma(c, k, from - 25);
                if (p > 0) {
                    from = p - 1;
                    break;
                }
            }
            /* (... or one a preposition opens: "The General Secretariat of the Andean Community, to
             * which both countries belong, urged ...") */
            int prep_rel = k + 2 < c->nt && is_any(&c->tok[k + 1], PREPS) &&
                           (is(&c->tok[k + 2], "which") || is(&c->tok[k + 2], "whom"));
            if (close && !prep_rel &&
                !(k + 1 < c->nt && (is(&c->tok[k + 1], "who") || is(&c->tok[k + 1], "which") ||
                                    is(&c->tok[k + 1], "whose"))))
                break;
            if ((is(&c->tok[k], "who") || is(&c->tok[k], "which") || is(&c->tok[k], "whose")) &&
                (is(&c->tok[k - 1], ",") || is_dash(&c->tok[k - 1]))) {
                from = k - 2;
                break;
            }
            if ((is(&c->tok[k], "which") || is(&c->tok[k], "whom")) && k >= 3 && is_any(&c->tok[k - 1], PREPS) &&
                is(&c->tok[k - 2], ",")) {
                from = k - 3;
                break;
            }
        }
    for (int j = from; j >= 0 && j >= v->s - 30; j--) {
        tokinfo *t = &c->tok[j];
        if (is(t, ";") || is(t, ":") || is_any(t, STOP_LEFT)) return -1;
        if (t->verb >= 0 && t->verb != vi) {
            vmatch *u = &c->vm[t->verb];
            if (u->p->flags & KBL_P_SAY) return -1; /* the start of reported content */
            /* "X met Y and signed ...": a shared subject */
            int ok = 1;
            for (int k = u->e; k < v->s; k++)
                if (!is(&c->tok[k], "and") && !is(&c->tok[k], ",") && !is_any(&c->tok[k], ADVS)) ok = 0;
            /* "X said 23 soldiers were killed and claimed ...": the speaker goes on speaking */
            if (ok && u->passive && (v->p->flags & KBL_P_SAY))
                for (int q = t->verb - 1; q >= 0; q--)
                    if ((c->vm[q].p->flags & KBL_P_SAY) && c->vm[q].src >= 0) return c->vm[q].src;
            if (ok && u->passive && u->tgt >= 0) return u->tgt; /* "was indicted by Y and will resign" */
            if (ok && u->src >= 0) return u->src;
            j = u->s; /* skip over it */
            continue;
        }
        int m = live_mention_at(c, j);
        if (m < 0) continue;
        int head = c->men[m].group;
        /* the object of a preposition is no subject: "acting against Moscow" */
        int gs = c->men[head].s, gp;
        /* (the actor named again later stands on its own, not a conjunct of a list: "threw
         * stones at Moroccan police, and the police fired") */
        {
            int os = j;
            while (os > 0 && c->tok[os - 1].men == c->tok[j].men) os--;
            if (os > c->men[head].e && m != head && c->men[m].code && c->men[head].code &&
                !strcmp(c->men[m].code, c->men[head].code))
                gs = os;
        }
        gp = gs - 1;
        while (gp >= 0 && gp >= gs - 2 && is_any(&c->tok[gp], DETS)) gp--;
        /* ("freed by the Ortega-Murillo government arrived": a name's words before the agent) */
        {
            int q = gp;
            while (q >= 0 && q >= gs - 4 && c->tok[q].men < 0 &&
                   ((c->tok[q].kind == KBL_T_WORD && c->tok[q].cap) || is(&c->tok[q], "-") || is_any(&c->tok[q], DETS)))
                q--;
            if (q >= 0 && q < gp && is(&c->tok[q], "by")) gp = q;
        }
        while (gp > 0 && gp >= gs - 3 && is_any(&c->tok[gp], PART) && is_any(&c->tok[gp - 1], PLACE_PREP)) gp--;
        /* ... unless the relative clause of this verb opens right after it ("a statement by the
         * United States, which on Tuesday condemned ...": the United States condemned) */
        int rel_head = 0;
        {
            int r = v->s - 1;
            while (r > 0 && r >= v->s - 4 && !is(&c->tok[r], "who") && !is(&c->tok[r], "which") &&
                   c->tok[r].verb < 0 && (c->tok[r].kind == KBL_T_WORD || c->tok[r].kind == KBL_T_NUM))
                r--;
            rel_head = r > 1 && (is(&c->tok[r], "who") || is(&c->tok[r], "which")) && is(&c->tok[r - 1], ",") &&
                       group_end(c, head) == r - 1;
        }
        if (rel_head) return head;
        /* ... and so does "who" right after a name, commas or none, whatever stands before the
         * name ("used batons against Albanian travellers who had blocked the road") */
        {
            int r = v->s - 1;
            while (r > 0 && r >= v->s - 3 && (is_any(&c->tok[r], BE) || is(&c->tok[r], "had") ||
                                               is(&c->tok[r], "has") || is(&c->tok[r], "have") ||
                                               is_any(&c->tok[r], ADVS)))
                r--;
            if (r > 0 && is(&c->tok[r], "who") && group_end(c, head) == r && c->men[head].kind != KBL_PERSON &&
                c->men[head].role && (land_people(c->men[head].role) || !strcmp(c->men[head].role, "OPP")))
                return head;
        }
        /* the object of a participle that describes a name before it is no subject either
         * ("Troops pursuing the raiders killed three of them": the troops killed) */
        int part_obj = gp > 0 && gerund_form(&c->tok[gp]) && c->tok[gp].verb < 0 && live_mention_at(c, gp - 1) >= 0;
        if (part_obj || (gp >= 0 && is(&c->tok[gp], "by")) ||
            (gp >= 0 && is_any(&c->tok[gp], PREPS) && !is(&c->tok[gp], "of")) || /* "in the Ivory Coast" */
            (gp > 0 && is(&c->tok[gp], "of") && np_actor_left(c, gp)) || /* "sides of Cyprus" */
            (gs > 0 && is(&c->tok[gs - 1], "including"))) { /* "X including Y killed": X killed */
            j = gs;
            continue;
        }
        /* the target of an earlier verb followed by "and" + this verb: shared subject */
        for (int u = vi - 1; u >= 0; u--) {
            vmatch *w = &c->vm[u];
            /* "Militants who have attacked police stormed ...": the object of a relative clause */
            if (w->tgt >= 0 && c->men[w->tgt].group == head && w->src >= 0 && !w->passive) {
                int r = prev_word(c, w->s);
                if (r >= 0 && (is(&c->tok[r], "who") || is(&c->tok[r], "which")) && c->men[w->src].e <= r)
                    return w->src;
            }
            /* (the same occurrence: "threw stones at Moroccan police, and the police fired" names
             * the police again, a subject of its own) */
            if (w->tgt >= 0 && c->men[w->tgt].group == head && c->men[w->tgt].e > c->men[m].s) {
                int ok = 1, has_and = 0, tail = 0, pp = 0;
                for (int k = group_end(c, m); k < v->s; k++) {
                    tokinfo *t = &c->tok[k];
                    /* a bare role in a place phrase is the place ("from a school", "near the village") */
                    int km = live_mention_at(c, k), bare = km >= 0 && (!c->men[km].code || !memcmp(c->men[km].code, "---", 3));
                    if (is(t, "and")) has_and = 1;
                    /* the rest of the object's noun phrase: "shelled Pakistani posts and ...",
                     * "kidnapped Russian advisers from a town bazaar and ..." */
                    else if (!has_and && t->verb < 0 && t->men < 0 && !pp && is_any(t, PREPS) && !is(t, "of"))
                        pp = 1;
                    else if (!has_and && pp && t->verb < 0 && (t->men < 0 || bare) &&
                             (is_any(t, DETS) || t->kind == KBL_T_NUM || is(t, "of") ||
                              (t->kind == KBL_T_WORD && !is_any(t, STOP_RIGHT) && !is_any(t, BE) &&
                               !is_verb_word(c, k))) &&
                             ++pp <= 8)
                        continue;
                    else if (!has_and && t->kind == KBL_T_WORD && !t->cap && t->verb < 0 && t->men < 0 &&
                             !is_any(t, PREPS) && !is_any(t, STOP_RIGHT) && !is_verb_word(c, k) && ++tail <= 3)
                        continue;
                    else if (!is(t, ",") && !is_any(t, ADVS)) ok = 0;
                }
                if (ok && has_and) return w->src; /* "killed X and wounded Y": X did not wound */
            }
        }
        return head;
    }
    return -1;
}

/* The state at j follows "near / close to / along the border(s) with": a place description. */
static int near_border_with(const kb_coder *c, int j)
{
    static const char *const BORDER[] = {"border", "borders", "frontier", "frontiers", "boundary", NULL};
    int k = j - 1;
    if (k < 2 || !is(&c->tok[k], "with") || !is_any(&c->tok[k - 1], BORDER)) return 0;
    k -= 2;
    while (k > 0 && (is_any(&c->tok[k], DETS) || c->tok[k].men >= 0)) k--; /* "its", "Mali's" */
    return k >= 0 && (is(&c->tok[k], "near") || is(&c->tok[k], "along") || is(&c->tok[k], "across") ||
                      (is(&c->tok[k], "to") && k > 0 && is(&c->tok[k - 1], "close")));
}

/* nouns of a violent act: what a statement about one names after "on", "of" or "at" is its victim */
static const char *const ACT_NOUNS[] = {"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks",
                                        "bombing", "bombings", "shelling", "assault", "raid", "raids",
                                        "massacre", "killing", "killings", "shooting", "shootings", "invasion",
                                        "incursion", "bombardment", "blast", "explosion", "ambush", NULL};

/* a crowd in the street: protesters, demonstrators, rioters, a mob (the words of mention m) */
static int protest_crowd(const kb_coder *c, int m)
{
    static const char *const CROWD[] = {"protesters", "protester", "protestors", "protestor", "demonstrators",
                                        "rioters", "marchers", "mob", NULL};
    if (c->men[m].kind != KBL_AGENT && !(c->men[m].role && !strcmp(c->men[m].role, "OPP"))) return 0;
    for (int j = c->men[m].s; j < c->men[m].e; j++)
        if (is_any(&c->tok[j], CROWD)) return 1;
    /* (an opposition's or a party's supporters in the street: "opposition supporters threw
     * petrol bombs at police", "PD supporters tried to storm the building") */
    const char *r = c->men[m].role;
    return r && (!strcmp(r, "OPP") || !strcmp(r, "PTY")) && c->men[m].e < c->nt &&
           (is(&c->tok[c->men[m].e], "supporters") || is(&c->tok[c->men[m].e], "activists"));
}

/* A plural noun right after an act ("bombed targets", "shelled positions"): the act's object,
 * not an act of its own ("targets" is also the verb "target") */
static int plural_object(const kb_coder *c, int i)
{
    const tokinfo *t = &c->tok[i];
    size_t ln = strlen(t->low);
    if (i == 0 || ln < 4 || t->low[ln - 1] != 's' || t->low[ln - 2] == 's') return 0;
    const vmatch *w = &c->vm[c->tok[i - 1].verb];
    return w->p->code && !(w->p->flags & (KBL_P_SAY | KBL_P_INTENT | KBL_P_ASPECT)) && w->e == i;
}

/* A warning whose content is the speaker's own side using force ("warned that its forces would
 * respond with full force", "warned that the attacks would go on", "warned the gang that the
 * police would go back in"): a threat of force (138), not a warning about others ("warned that
 * militants may attack"). *ftgt: the one the force is aimed at when the content names them. */
/* The group named first after "unless" (with if_too, "if" as well), within span tokens from
 * from in this clause, other than src's: the one whose act a threat hangs on ("threatened to
 * strike unless Israel withdrew"); if_too asks for a named side (a state or a group). -1 if
 * none. */
static int conditional_party(kb_coder *c, int from, int span, int src, int if_too)
{
    for (int j = from; j + 1 < c->nt && j < from + span; j++) {
        if (is(&c->tok[j], ";") || is(&c->tok[j], ".")) break;
        if (!is(&c->tok[j], "unless") && !(if_too && is(&c->tok[j], "if"))) continue;
        int q = j + 1;
        while (q < c->nt && is_any(&c->tok[q], DETS)) q++;
        int m = q < c->nt ? live_mention_at(c, q) : -1;
        if (m >= 0 && (src < 0 || c->men[m].group != c->men[src].group) &&
            (!if_too || c->men[m].country || (c->men[m].code && memcmp(c->men[m].code, "---", 3))))
            return c->men[m].group;
        return -1;
    }
    return -1;
}

static int warns_force(kb_coder *c, const vmatch *v, int src, int *ftgt)
{
    static const char *const OWN[] = {"it", "they", "we", "its", "their", "our", "police", "army",
                                      "troops", "forces", "fighters", NULL};
    static const char *const FORCE[] = {"respond", "retaliate", "retaliation", "force", "war", "fight",
                                        "defend", "strike", "hit", "target", "targeting", "attack",
                                        "attacking", "attacks", "continue", "on", "back", "hunt",
                                        "punish", "fire", "striking", "hitting", "pounding", "shelling",
                                        "bombing", NULL};
    static const char *const ATTACK_WORDS[] = {"attacks", "strikes", "operations", "fighting", "war",
                                               "offensive", "raids", NULL};
    *ftgt = -1;
    int that = v->e > v->s && is(&c->tok[v->e - 1], "that") ? v->e - 1 : -1; /* ("cautioned that") */
    for (int j = v->e; that < 0 && j < c->nt && j < v->e + 10; j++) {
        if (is(&c->tok[j], "that")) {
            that = j;
            break;
        }
        if (is(&c->tok[j], ";") || is(&c->tok[j], ".") || (c->tok[j].verb >= 0 && &c->vm[c->tok[j].verb] != v))
            return 0;
    }
    if (that < 0) return 0;
    int modal = -1, own = 0, attacks = 0;
    for (int j = that + 1; j < c->nt && j < that + 8; j++) {
        const tokinfo *t = &c->tok[j];
        /* (... or might: "warned that it might target Indian military convoys") */
        if (is(t, "would") || is(t, "will") || is(t, "'ll") || is(t, "shall") || is(t, "might")) {
            modal = j;
            break;
        }
        if (is_any(t, ATTACK_WORDS)) {
            attacks = 1;
            continue;
        }
        if (t->kind == KBL_T_PUNCT || (t->verb >= 0 && !(c->vm[t->verb].p->flags & KBL_P_NOUN))) return 0;
        if (is_any(t, OWN)) own = 1;
        int m = live_mention_at(c, j);
        if (m >= 0 && src >= 0) {
            const mention *M = &c->men[m], *S = &c->men[src];
            if (M->group == S->group || (M->country && S->country && !strcmp(M->country, S->country)) ||
                (M->code && S->code && !strncmp(M->code, S->code, 3)))
                own = 1;
            else if (M->country || (M->code && memcmp(M->code, "---", 3)))
                return 0; /* another's act */
        }
    }
    /* ("the attacks would go on" is a threat only in an armed group's mouth) */
    if (modal < 0 || !(own || (attacks && src >= 0 && c->men[src].kind == KBL_GROUP))) return 0;
    /* (... and after someone struck the group: "the attacks would go on" answers a blow) */
    if (!own) {
        int struck = 0;
        for (size_t k = 0; k < c->nev && !struck; k++) {
            const kb_event *f = &c->ev[k];
            struck = !f->historical && f->root[0] == '1' && f->root[1] >= '8' && f->target.code && f->source.code &&
                     c->men[src].code && !strncmp(f->target.code, c->men[src].code, 3) &&
                     strncmp(f->source.code, c->men[src].code, 3);
        }
        if (!struck) return 0;
    }
    int force = 0, litotes = 0;
    for (int j = modal + 1; j < c->nt && j < modal + 10; j++) {
        const tokinfo *t = &c->tok[j];
        /* (what bounds the force is no target: "as long as the war in Gaza went on") */
        if (is(t, ";") || is(t, ".") || is(t, "if") || is(t, "unless") || is(t, "as") || is(t, "until") ||
            is(t, "while") || is(t, "because") || (force && is(t, ",")))
            break;
        /* ("would not hesitate to take military action": a litotes, no negation) */
        if (is_any(t, NEGS) && j + 1 < c->nt && is(&c->tok[j + 1], "hesitate")) {
            j++;
            litotes = 1;
            continue;
        }
        if (litotes && (is(t, "to") || t->kind == KBL_T_PUNCT)) continue;
        if (is_any(t, NEGS)) return 0;
        /* ("military action", "army action": force) */
        if (!force && (is(t, "action") || is(t, "motion")) && j > 0 &&
            (is(&c->tok[j - 1], "military") || is(&c->tok[j - 1], "army"))) {
            force = 1;
            continue;
        }
        /* ("would be wrong to wait for an attack": another verb's object, no force used) */
        if (!force && (is(t, "to") || (is(t, "be") && j + 1 < c->nt && !past_form(&c->tok[j + 1])))) break;
        const char *pc = t->verb >= 0 ? c->vm[t->verb].p->code : NULL;
        if (!force && ((pc && root_of(pc) >= 18) || is_any(t, FORCE))) {
            /* ("go on", "go back in": only after "go"; "continue" only for attacks) */
            if ((is(t, "on") || is(t, "back")) && !(j > 0 && is(&c->tok[j - 1], "go"))) continue;
            if (is(t, "continue") && !attacks) continue;
            force = 1;
            continue;
        }
        int m = force ? live_mention_at(c, j) : -1;
        if (m >= 0 && *ftgt < 0 && (src < 0 || c->men[m].group != c->men[src].group) &&
            (c->men[m].country || (c->men[m].code && memcmp(c->men[m].code, "---", 3))))
            *ftgt = c->men[m].group;
    }
    /* "Minsk would respond harshly if Lithuania closed the border again": the one whose act
     * would bring it on */
    if (force && *ftgt < 0) *ftgt = conditional_party(c, modal + 1, 13, src, 1);
    return force;
}

/* Does the mention at j open a phrase of means or way ("through the group's Amaq news agency",
 * "via its embassy")? Its name is no target of the act. */
static int means_phrase(const kb_coder *c, int j)
{
    if (j > 1 && is_any(&c->tok[j - 1], DETS)) j--;
    return j > 0 && (is(&c->tok[j - 1], "through") || is(&c->tok[j - 1], "via"));
}

/* The owner of a thing named in the few words from `from` by a clause of its placing ("18 buoys
 * that Estonia had placed", "the fence Israel has built"): that state's mention, or -1 */
static int owner_clause(kb_coder *c, int from)
{
    static const char *const PUT[] = {"placed", "installed", "laid", "erected", "built", "set", "put", "planted",
                                      "deployed", "moored", NULL};
    for (int j = from; j + 2 < c->nt && j < from + 8; j++) {
        if (c->tok[j].kind == KBL_T_PUNCT || c->tok[j].verb >= 0) return -1;
        int m = live_mention_at(c, j);
        if (m < 0) continue;
        int e = group_end(c, m);
        if (!state_like(&c->men[m])) return -1;
        if (e + 1 < c->nt && (is(&c->tok[e], "had") || is(&c->tok[e], "has") || is(&c->tok[e], "have")) &&
            is_any(&c->tok[e + 1], PUT))
            return c->men[m].group;
        return -1;
    }
    return -1;
}

/* Do police, a court or a government hold men of their own state's police or army, counted ("The
 * police command in Manica province detained two officers in Chimoio over the deaths")? */
static int holds_own_men(const kb_coder *c, const char *code, const mention *s, const mention *t)
{
    return code && custody_code(code) && s && t && t->s >= s->e && t->s >= 1 && t->role &&
           (!strcmp(t->role, "COP") || !strcmp(t->role, "MIL")) && s->role &&
           (!strcmp(s->role, "COP") || !strcmp(s->role, "JUD") || !strcmp(s->role, "GOV")) &&
           (c->tok[t->s - 1].kind == KBL_T_NUM || is_any(&c->tok[t->s - 1], NUM_WORDS) ||
            is(&c->tok[t->s - 1], "a") || is(&c->tok[t->s - 1], "an") ||
            /* ("arrested the constable who fired the fatal shot": one man a relative clause names) */
            (is(&c->tok[t->s - 1], "the") && !t->plural && t->e < c->nt && is(&c->tok[t->e], "who")));
}

static int right_target(kb_coder *c, int vi, int from, int src, int allow_place, int window)
{
    vmatch *v = &c->vm[vi];
    int vr = v->p->code ? root_of(v->p->code) : 0, crossed = 0, topic = 0, desc_verb = -1, purpose_end = -1;
    for (int j = from; j < c->nt && j < from + window; j++) {
        tokinfo *t = &c->tok[j];
        /* "condemned the attack on civilians": words on an act are not addressed to its
         * victims (no culprit named: no target) */
        if (t->verb >= 0 && t->verb != vi && c->vm[t->verb].p->code && root_of(c->vm[t->verb].p->code) >= 18)
            crossed = 1;
        /* ... nor are words on a violent act no pattern reads as a noun ("the strike on Kyiv") */
        if (vr >= 10 && vr <= 13 && t->verb < 0 && is_any(t, ACT_NOUNS)) crossed = 1;
        if (crossed && vr >= 10 && vr <= 13 && live_mention_at(c, j) >= 0 && j > 0 &&
            (is(&c->tok[j - 1], "on") || is(&c->tok[j - 1], "against") || is(&c->tok[j - 1], "of") ||
             is(&c->tok[j - 1], "targeting") || is(&c->tok[j - 1], "at")))
            return -1;
        /* deny/accuse/demand: the content may name the target ("demanded that the US cancel") */
        /* ... and so may a rejection's ("rejected a demand from X") */
        /* ... and a warning's, when a named one is to bear it ("warned that Islamabad would bear
         * the consequences"; not "warned that militants may attack") */
        int warned = v->p->code && root_of(v->p->code) == 13 && is(t, "that") && j + 1 < c->nt &&
                     live_mention_at(c, j + 1) >= 0 && c->men[live_mention_at(c, j + 1)].country;
        if (warned) {
            static const char *const COST[] = {"consequences", "price", "pay", "regret", "retaliation", "response",
                                               "bear", NULL};
            int cost = 0;
            for (int q = j + 2; q < c->nt && q < j + 12 && !cost; q++) cost = is_any(&c->tok[q], COST);
            warned = cost;
        }
        int content = (v->p->flags & KBL_P_SUPPRESS) || warned ||
                      (v->p->code && (root_of(v->p->code) == 2 || root_of(v->p->code) == 10 ||
                                      root_of(v->p->code) == 12));
        if (is(t, ";") || is(t, ":") || is(t, "?")) return -1;
        /* "stormed and set fire to the Saudi embassy": two verbs joined before their one object
         * share it */
        /* (not a result's: "returned fire and killed one of the attackers" is one act) */
        if (j == from && is(t, "and") && j + 1 < c->nt && c->tok[j + 1].verb >= 0 && c->tok[j + 1].verb != vi &&
            c->vm[c->tok[j + 1].verb].s == j + 1 &&
            !(c->vm[c->tok[j + 1].verb].p->flags & (KBL_P_SAY | KBL_P_NOUN | KBL_P_RESULT))) {
            const vmatch *w = &c->vm[c->tok[j + 1].verb];
            j = (w->star >= 0 ? c->men[w->star].s : w->e) - 1;
            continue;
        }
        /* "rejected the allegation and said party workers ...": a new clause of words */
        if (is(t, "and") && j + 1 < c->nt && c->tok[j + 1].verb >= 0 && (c->vm[c->tok[j + 1].verb].p->flags & KBL_P_SAY))
            return -1;
        if (is_any(t, STOP_RIGHT) && !(content && is(t, "that"))) return -1;
        /* talks "on joint action against the group": what talks are about is not whom they are with */
        if (vr == 4 && (is(t, "against") || is(t, "about") ||
                        ((is(t, "on") || is(t, "over")) && !time_adverbial_memo(c, j))))
            topic = 1;
        if (topic && is(t, "with")) topic = 0; /* ("talks on border trade with Afghanistan") */
        if (is(t, ",") && j + 1 < c->nt && (is(&c->tok[j + 1], "and") || is(&c->tok[j + 1], "but") ||
                                             is(&c->tok[j + 1], "which") || is(&c->tok[j + 1], "who")))
            return -1;
        /* a violent act's purpose names whom it hit: "opened fire to disperse protesters" */
        /* (... and so does repression's: "fired tear gas on Monday to disperse protesters") */
        int purpose = v->p->code && (root_of(v->p->code) >= 18 || !strncmp(v->p->code, "175", 3)) && j > 0 &&
                      is(&c->tok[j - 1], "to");
        if (purpose) purpose_end = j + 6;
        /* (... over the act it ends, a noun after its article: "to break up a blockade by Zambian
         * lorry drivers") */
        else if (j < purpose_end && j > 0 && is_any(&c->tok[j - 1], DETS))
            purpose = 1;
        /* ("met visiting US envoy X": the participle describes the one met) */
        int describing = is(t, "visiting") && j + 1 < c->nt && live_mention_at(c, j + 1) >= 0;
        /* ("freed 23 of the detained protesters": a participle between a determiner and its noun) */
        if (!describing && j > from && (is_any(&c->tok[j - 1], DETS) || c->tok[j - 1].kind == KBL_T_NUM ||
                                        is_any(&c->tok[j - 1], NUM_WORDS)) && past_form(t) && j + 1 < c->nt &&
            live_mention_at(c, j + 1) >= 0 && c->men[live_mention_at(c, j + 1)].s == j + 1) {
            describing = 1;
            desc_verb = t->verb; /* (its pattern may go on over the noun: "captured *") */
        }
        if (t->verb >= 0 && t->verb == desc_verb) describing = 1;
        if (t->verb >= 0 && t->verb != vi && !content && !purpose && !describing &&
            !(c->vm[t->verb].p->flags & KBL_P_NOUN))
            return -1;
        if (is(t, "according")) return -1;
        /* "arrested five men suspected of guiding the rebels": what the held are suspected of
         * names no one held */
        if (j > from && j + 1 < c->nt && (is(t, "suspected") || is(t, "accused") || is(t, "wanted")) &&
            (is(&c->tok[j + 1], "of") || is(&c->tok[j + 1], "for") || is(&c->tok[j + 1], "in")))
            return -1;
        int m = live_mention_at(c, j);
        if (m < 0 || c->men[m].s != j) continue;
        mention *M = &c->men[m];
        if (topic) {
            j = M->e - 1;
            continue;
        }
        /* ", a Jordanian official confirmed": the reporter, not the target */
        {
            int say = 0;
            int k0 = M->e;
            if (k0 < c->nt && is(&c->tok[k0], "(")) /* "Human Rights Watch (HRW) said" */
                while (k0 < c->nt && k0 < M->e + 6 && !is(&c->tok[k0 - 1], ")")) k0++;
            for (int k = k0; k < c->nt && k < k0 + 3 && !is(&c->tok[M->e], "'s"); k++) { /* "X's claims" */
                /* (not "praised Laos and said it would help": the subject goes on; a denial's or
                 * demand's content still ends there) */
                /* (but "local officials and residents said": both are the reporters) */
                if (!content && is(&c->tok[k], "and") && k + 1 < c->nt && c->tok[k + 1].verb >= 0) break;
                /* (... placed by a town's capitalised name: ", an army officer in Adigrat said") */
                if (k == k0 && is(&c->tok[k], "in") && k + 1 < c->nt && c->tok[k + 1].cap &&
                    c->tok[k + 1].kind == KBL_T_WORD) {
                    int q = k + 1;
                    while (q < c->nt && q < k + 4 && c->tok[q].cap && c->tok[q].kind == KBL_T_WORD) q++;
                    if (q < c->nt && c->tok[q].verb >= 0 && (c->vm[c->tok[q].verb].p->flags & KBL_P_SAY)) {
                        say = 1;
                        break;
                    }
                }
                if (c->tok[k].verb >= 0 && (c->vm[c->tok[k].verb].p->flags & KBL_P_SAY)) say = 1;
                /* (... and a synonym engine's word for "said" closing the sentence: ", the Turkana
                 * county commissioner stated.") */
                static const char *const STATED[] = {"stated", "mentioned", NULL};
                if (is_any(&c->tok[k], STATED) && (k + 1 >= c->nt || is(&c->tok[k + 1], "."))) say = 1;
                if (say || is(&c->tok[k], ",") || is_any(&c->tok[k], PREPS)) break; /* "X, with reports saying" */
            }
            if (say) return -1;
        }
        /* "withdrew all their troops", "recalled its ambassador": the subject's own people are
         * no target of a non-violent act */
        if ((M->kind == KBL_AGENT || (M->role && M->kind == KBL_STATE && !state_like(M))) && vr && vr < 18 && j > 0 &&
            (is(&c->tok[j - 1], "its") || is(&c->tok[j - 1], "their") || is(&c->tok[j - 1], "our"))) {
            j = M->e - 1;
            continue;
        }
        if (src >= 0 && M->code && c->men[src].code && !strcmp(M->code, c->men[src].code) &&
            !(v->p->flags & KBL_P_SELFTARGET) && !federal_tier(c, &c->men[src], M) && !two_units(c, &c->men[src], M) &&
            !two_people(&c->men[src], M, vr) && !holds_own_men(c, v->p->code, &c->men[src], M)) {
            j = M->e - 1;
            continue;
        }
        /* "in Kabul, Afghanistan": the state of a city named as a place is a place too */
        int city_state = j > 1 && is(&c->tok[j - 1], ",") && c->tok[j - 2].men >= 0 &&
                         c->men[c->tok[j - 2].men].capital && c->men[c->tok[j - 2].men].country && M->country &&
                         !strncmp(c->men[c->tok[j - 2].men].country, M->country, 3);
        if (((!allow_place && j > 0 && is_any(&c->tok[j - 1], PLACE_PREP)) || border_place(c, M) || city_state ||
             (M->e < c->nt && is(&c->tok[M->e], "soil"))) && /* "attacks on Afghan soil": a place */
            M->kind == KBL_STATE && !M->role) {
            j = M->e - 1;
            continue;
        }
        /* "claimed the attack through the group's Amaq news agency", "protested through its
         * embassy": the means or the way of an act is not its target */
        if (means_phrase(c, j)) {
            j = group_end(c, m) - 1;
            continue;
        }
        /* "charged them under India's Maritime Anti-Piracy Act": a state's law is no target */
        if (M->country && j > 0 && is(&c->tok[j - 1], "under") && M->e < c->nt && is(&c->tok[M->e], "'s")) {
            j = group_end(c, m) - 1;
            continue;
        }
        /* "fired rockets at Israel from Gaza": where an attack came from is not its target */
        if (vr >= 18 && vr <= 20 && M->country && j > 0 &&
            (is(&c->tok[j - 1], "from") || (j > 1 && is_any(&c->tok[j - 1], DETS) && is(&c->tok[j - 2], "from")))) {
            j = group_end(c, m) - 1;
            continue;
        }
        /* "towns close to the border with Senegal", "near its frontier with Iraq": a state that
         * only places the act */
        if (vr != 15 && M->country && near_border_with(c, j)) {
            j = group_end(c, m) - 1; /* "... with Senegal and Mauritania" */
            continue;
        }
        return M->group;
    }
    return -1;
}

/* Will the bare armed men a state's forces fight ("against rebel positions") be read as the
 * article's named group (emit: the memory of the last group named)? */
static int remembered_armed(kb_coder *c, int src, int tgt, int root)
{
    const mention *s = src >= 0 ? &c->men[src] : NULL, *t = &c->men[tgt];
    if (root < 18 || !s || !s->country || !s->role || (strcmp(s->role, "MIL") && strcmp(s->role, "COP")) ||
        !t->role || !armed_role(t->role) || t->pronoun || !t->code || memcmp(t->code, "---", 3))
        return 0;
    memory m;
    memory_at(c, t->s, &m);
    return m.has_group && m.group.code && memcmp(m.group.code, "---", 3) && !m.group.country &&
           !kbe_fought_beside(c->ev, c->nev, m.group.code, s->country);
}

/* Token i is a gerund of an act ("harming", "killing", "ordering"), no mention. */
static int gerund_at(const kb_coder *c, int i)
{
    return c->tok[i].men < 0 && gerund_form(&c->tok[i]);
}

/* Do the forces of the place's own state take part in the act of src's group ("Burundian and
 * Congolese troops launched a joint operation ... in Congo's South Kivu")? Then the place's
 * state is no target of it. */
static int host_joins(kb_coder *c, int src, int ps)
{
    const char *pc = c->men[ps].country;
    if (src < 0 || !pc) return 0;
    for (int k = 0; k < c->nm; k++)
        if (!c->men[k].dead && c->men[k].group == c->men[src].group && c->men[k].country &&
            !strncmp(c->men[k].country, pc, 3))
            return 1;
    return 0;
}

/* A state named as the place of the act ("strikes against terrorists in Afghanistan"). */
static int place_state(kb_coder *c, int from, int src, int same_ok)
{
    static const char *const SIDE[] = {"east", "west", "north", "south", "centre", "center", "outskirts",
                                       "heart", "rest", "capital", "border", NULL};
    for (int j = from; j < c->nt && j < from + 16; j++) {
        tokinfo *t = &c->tok[j];
        if (is(t, ";") || is(t, ".") || is_any(t, STOP_RIGHT)) return -1;
        int m = live_mention_at(c, j);
        if (m < 0 || c->men[m].s != j) continue;
        int pp = j - 1;
        /* "in the Gaza Strip", "in eastern Afghanistan", "in the east of the Gaza Strip" */
        if (pp > 0 && is(&c->tok[pp], "the")) pp--;
        if (pp > 2 && is(&c->tok[pp], "of") && is_any(&c->tok[pp - 1], SIDE) && is(&c->tok[pp - 2], "the")) pp -= 3;
        while (pp > 0 && is_any(&c->tok[pp], PART)) pp--;
        /* "in Israeli shelling", "in Afghan custody": an adjective, no place */
        int me = c->men[m].e;
        if (me < c->nt && c->tok[me].kind == KBL_T_WORD && !c->tok[me].cap &&
            ((c->tok[me].verb >= 0 && c->vm[c->tok[me].verb].s == me) ||
             (c->tok[me].men >= 0 && c->men[c->tok[me].men].kind == KBL_AGENT)))
            continue;
        if (border_place(c, &c->men[m])) continue; /* "near the Afghan border": either side */
        if (pp >= 0 && is_any(&c->tok[pp], PLACE_PREP) && state_like(&c->men[m]) &&
            (same_ok || src < 0 || !c->men[src].country || strcmp(c->men[m].country, c->men[src].country)))
            return m;
    }
    return -1;
}

/* a group of people with no country named whose home is where they act (not refugees,
 * migrants or armed men, who come from elsewhere) */
static int local_people(const mention *m)
{
    static const char *const R[] = {"CVL", "OPP", "EDU", "LAB", "REL", "PTY", "HLH", "AGR", NULL};
    if (m->country || m->kind != KBL_AGENT || !m->role || !m->code || memcmp(m->code, "---", 3)) return 0;
    return str_in(m->role, R);
}

/* A civil place or gathering as the object in tokens [from, to) ("a wedding party", "a
 * crowded market", "worshippers at a mosque"); stops at a named actor. */
static int civil_object(kb_coder *c, int from, int to)
{
    static const char *const CIVIL[] = {"wedding", "funeral", "mosque", "mosques", "church", "churches", "temple",
                                        "shrine", "synagogue", "market", "marketplace", "bazaar", "school",
                                        "schools", "university", "college", "hospital", "clinic", "bus",
                                        "buses", "train", "passengers", "passenger", "village", "villages",
                                        "villagers", "house", "houses", "home", "homes", "hotel", "restaurant",
                                        "cafe", "shop", "shops", "worshippers", "procession", "pilgrims",
                                        "crowd", "festival", "concert", "stadium", "mall", "residents",
                                        "families", "motorists", "shoppers", "commuters", NULL};
    for (int j = from; j < to && j < from + 8 && j < c->nt; j++) {
        if (live_mention_at(c, j) >= 0 || is(&c->tok[j], ";")) return 0;
        if (is_any(&c->tok[j], CIVIL)) return 1;
    }
    return 0;
}

/* Is t a quotation mark, straight or curly? */
static int quote_mark(const tokinfo *t)
{
    return is(t, "\"") || is(t, "\xe2\x80\x9c") || is(t, "\xe2\x80\x9d");
}

static int by_agent(kb_coder *c, int from, int nominal)
{
    /* (quotation marks are no words: 'the killing of "innocent villagers" by "ADF terrorists"') */
    int lim = from + 6;
    for (int j = from; j < c->nt && j < lim; j++) {
        if (quote_mark(&c->tok[j])) {
            lim++;
            continue;
        }
        if (nominal && c->tok[j].verb >= 0) return -1; /* "talks mediated by X": X mediated, not talked */
        /* "were freed on the orders of the public prosecutor": who ordered it did it */
        int orders = is(&c->tok[j], "on") && j + 4 < c->nt && is(&c->tok[j + 1], "the") &&
                     (is(&c->tok[j + 2], "orders") || is(&c->tok[j + 2], "order") ||
                      is(&c->tok[j + 2], "instructions")) &&
                     is(&c->tok[j + 3], "of");
        if (orders) j += 3;
        if ((orders || is(&c->tok[j], "by")) && j + 1 < c->nt) {
            int q = j + 1;
            while (q < c->nt && q < j + 4 && (is_any(&c->tok[q], DETS) || quote_mark(&c->tok[q])) &&
                   live_mention_at(c, q) < 0)
                q++;
            /* (the head of a body is the body: "facilitated by the head of the EU Monitoring Mission") */
            if (q + 2 < c->nt && is_any(&c->tok[q], HEADS) && is(&c->tok[q + 1], "of") && live_mention_at(c, q) < 0) {
                q += 2;
                while (q < c->nt && is_any(&c->tok[q], DETS) && live_mention_at(c, q) < 0) q++;
            }
            /* (the fire of someone: "hit by shots fired from the Greek side by Greek border guards":
             * the second "by" names who fired) */
            static const char *const SHOTS[] = {"shots", "shot", "gunfire", "bullets", "bullet", "fire", "shells",
                                                "rounds", NULL};
            if (q + 1 < c->nt && is_any(&c->tok[q], SHOTS) && live_mention_at(c, q) < 0 &&
                (is(&c->tok[q + 1], "fired") || is(&c->tok[q + 1], "shot")))
                for (int r = q + 2; r < c->nt && r < q + 9; r++) {
                    if (is(&c->tok[r], ",") || is(&c->tok[r], ";")) break;
                    if (is(&c->tok[r], "by")) return by_agent(c, r, nominal);
                }
            int quoted = 0;
            for (int r = j + 1; r < q; r++) quoted |= quote_mark(&c->tok[r]);
            for (int r = q; r < c->nt && r < q + 3 + (q + 1 < c->nt && is(&c->tok[q + 1], "-")); r++) {
                int m = live_mention_at(c, r);
                /* (a speaker's quoted word for a body is no name of one: 'by "the occupation
                 * regime"') */
                if (m >= 0 && quoted && !c->tok[c->men[m].s].cap) return -1;
                if (m >= 0) return c->men[m].group;
                /* (a hyphen inside a name: "the Ortega-Murillo government") */
                if (c->tok[r].kind == KBL_T_PUNCT && !(is(&c->tok[r], "-") && c->tok[r].s == c->tok[r - 1].e)) break;
            }
            return -1;
        }
        if (c->tok[j].kind == KBL_T_PUNCT) return -1;
    }
    return -1;
}

/* Is mention m (-1: none) one of a joint subject of two or more ("X and Y")? */
static int joint_mention(const kb_coder *c, int m)
{
    if (m < 0) return 0;
    int n = 0;
    for (int k = 0; k < c->nm && n < 2; k++) n += !c->men[k].dead && c->men[k].group == c->men[m].group;
    return n >= 2;
}

static int is_participle(const tokinfo *t)
{
    static const char *const IRR[] = {"shot", "hit", "struck", "held", "met", "sent", "led", "caught",
                                      "fought", "beaten", "taken", "seen", "given", "overrun", "brought",
                                      "thrown", "killed", "hanged", "withdrawn", "freed", "slain", NULL};
    size_t n = strlen(t->low);
    if (n > 2 && !strcmp(t->low + n - 2, "ed")) return 1;
    if (n > 2 && !strcmp(t->low + n - 2, "en")) return 1;
    return is_any(t, IRR);
}

/* ------------------------------------------------------------ events */

static int year_of(const tokinfo *t, const char *text)
{
    if (t->kind != KBL_T_NUM || t->e - t->s != 4) return 0;
    int y = atoi(text + t->s);
    return (y >= 1900 && y <= 2099) ? y : 0;
}

/* an event's code and what the codebook says of it */
static void set_code(kb_event *e, const kbl_cameo *cm)
{
    e->code = cm->code;
    e->root[0] = cm->code[0];
    e->root[1] = cm->code[1];
    e->quad = cm->quad;
    e->goldstein = cm->goldstein;
    e->plover = cm->plover;
}

/* e recoded as code, when the codebook has it */
static void recode_event(const kb_coder *c, kb_event *e, const char *code)
{
    const kbl_cameo *cm = kbl_cameo_get(c->lx, code);
    if (cm) set_code(e, cm);
}

/* m's role in state cc (a copy in *out, returned): "police" in Kenya is KENCOP */
static const mention *of_state(kb_coder *c, mention *out, const mention *m, const char *cc)
{
    *out = *m;
    out->country = strlen(cc) == 3 ? cc : kb_arena_strndup(c->arena, cc, 3);
    out->code = arena_cat(c, out->country, m->role);
    out->kind = KBL_STATE;
    return out;
}

/* state cc's organ or people of role ("GOV", "CVL") as an actor (in *out, returned) */
static const mention *state_role(kb_coder *c, mention *out, const char *cc, const char *role, const char *name)
{
    memset(out, 0, sizeof *out);
    out->kind = KBL_STATE;
    out->country = cc;
    out->role = role;
    out->code = arena_cat(c, cc, role);
    out->name = name;
    return out;
}

/* a politician's, a party's, a court's or an international body's side: no armed force */
static int political(const mention *m)
{
    static const char *const ROLES[] = {"GOV", "PTY", "OPP", "LEG", "JUD", "ELI", NULL};
    if (m->kind == KBL_IGO) return !m->role;
    const char *role = role_of(m);
    return role && str_in(role, ROLES);
}

/* state cc itself as an actor (in *out, returned) */
static const mention *the_state(mention *out, const char *cc)
{
    memset(out, 0, sizeof *out);
    out->code = out->name = out->country = cc;
    out->kind = KBL_STATE;
    out->group = -1;
    return out;
}

/* the words of what an act answers right after its verb: "rejected the appeal", "denied the
 * charges" (answered_targets gives such an act its target) */
/* the words that name another's words as the speaker puts them ("what it called", "what he
 * described as") */
static const char *const NAMED_AS[] = {"called", "described", "termed", NULL};
static const char *const PLEA[] = {"appeal", "appeals", "call", "calls", "plea", "pleas", "request", "requests",
                                   "demand", "demands", "suggestion", "suggestions", "proposal", "proposals", NULL};
static int answers_words(const kb_coder *c, const vmatch *v)
{
    static const char *const CHARGED[] = {"charge", "charges", "accusation", "accusations", "allegation",
                                          "allegations", "statement", "remarks", "criticism", NULL};
    for (int j = v->e; j < c->nt && j < v->e + 3; j++)
        if (is_any(&c->tok[j], PLEA) || is_any(&c->tok[j], CHARGED)) return 1;
    /* ("rejected what it called "baseless insinuations"", "what it described as ...": words
     * someone else said, named by the speaker) */
    return v->e + 2 < c->nt && is(&c->tok[v->e], "what") && is_any(&c->tok[v->e + 2], NAMED_AS);
}

/* the sentence already has an event of code between the states (or groups) of s and t */
static int told3(const kb_coder *c, int sent, const char *code, const mention *s, const mention *t)
{
    for (size_t i = c->nev; i-- > 0;) {
        const kb_event *o = &c->ev[i];
        if (o->sentence != (size_t)sent) break;
        if (!strcmp(o->code, code) && o->source.code && o->target.code && s->code && t->code &&
            !strncmp(o->source.code, s->code, 3) && !strncmp(o->target.code, t->code, 3))
            return 1;
    }
    return 0;
}

static const char *sentence_state(const kb_coder *c);
static const char *side_state(kb_coder *c);

/* A state's regional office holder's words to its federal or central government ("Governor X
 * urged the federal government to send more troops"): two tiers of one state's government,
 * which CAMEO codes alike, yet two actors. */
/* A government's words for its tier: 1 federal ("the federal government"), 2 a region's ("the
 * Kurdistan Regional Government", "the provincial government"), 0 neither. */
static int gov_tier(const kb_coder *c, const mention *m)
{
    static const char *const TIER[] = {"federal", "central", "national", "union", NULL};
    static const char *const REGION[] = {"regional", "provincial", "kurdistan", "krg", "region", "region's", NULL};
    int tier = 0;
    for (int j = m->s > 1 ? m->s - 1 : 0; j < m->e && !tier; j++)
        tier = is_any(&c->tok[j], TIER) ? 1 : is_any(&c->tok[j], REGION) ? 2 : 0;
    return tier;
}

/* Do the words of m name a region's or a town's office ("Mandera's senator", "the county
 * governor", "Guayaquil Mayor")? */
static int local_office(const kb_coder *c, const mention *m)
{
    static const char *const LOCAL[] = {"governor", "mayor", "senator", "county", "provincial", "regional",
                                        "municipal", "councillor", "prefect", NULL};
    for (int j = m->s > 0 ? m->s - 1 : 0; j < m->e; j++)
        if (is_any(&c->tok[j], LOCAL)) return 1;
    return 0;
}

static int federal_tier(const kb_coder *c, const mention *s, const mention *t)
{
    /* (a titled one named again by the surname too: "Ipatas accused the national government") */
    if (s == t || (s->pronoun && !s->titled) || t->pronoun || !t->code || strlen(t->code) != 6 ||
        strcmp(t->code + 3, "GOV"))
        return 0;
    int ts = gov_tier(c, s), tt = gov_tier(c, t);
    /* "Governor X urged the federal government"; "Baghdad accused the Kurdistan Regional
     * Government", "the KRG demanded that Baghdad rein in ...": a region's government and the
     * state's, two actors of one state */
    if (tt == 1 && t->s >= 1 && s->e <= t->s && t->role && !strcmp(t->role, "GOV")) return 1;
    return (ts == 2) != (tt == 2);
}

/* Of the two states an article is about (the two most named, the second named at least twice
 * and twice as often as any third), the one that is not cc; NULL if cc is neither or the
 * article is not about two. */
/* Two named units of one code acting with each other in a joint subject ("fighters of the
 * Deterrence Force and of the 444 Brigade clashed": two of Libya's forces): distinct
 * actors, so their act is no actor acting on itself. */
static int named_unit(const kb_coder *c, const mention *m)
{
    if (m->unitpair) return 1;
    if (m->kind != KBL_GROUP || m->pronoun || m->ctx || !m->name) return 0;
    for (int k = m->s; k < m->e; k++) /* a name, not "the group" */
        if (c->tok[k].cap || c->tok[k].kind == KBL_T_NUM) return 1;
    return 0;
}

static int two_units(const kb_coder *c, const mention *s, const mention *t)
{
    /* "the Deterrence Apparatus released 16 fighters of the 444 Brigade" */
    return named_unit(c, s) && named_unit(c, t) && strcmp(s->name, t->name);
}

/* Two people of one state in a quarrel of words (demands, disapproval, rejection, threats: roots
 * 10 to 13), "Argentine governor Axel Kicillof accused Milei of governing with clubs": two actors,
 * though both are the state's government. */
static int two_people(const mention *s, const mention *t, int root)
{
    return root >= 10 && root <= 13 && (s->kind == KBL_PERSON || s->titled) &&
           (t->kind == KBL_PERSON || t->titled) && !s->pronoun &&
           !t->pronoun && s->group != t->group && s->name && t->name && strcmp(s->name, t->name);
}

static const char *other_of_two(const kb_coder *c, const char *cc)
{
    int k1 = -1, k2 = -1;
    for (int k = 0; k < c->nstates; k++) {
        if (k1 < 0 || c->scount[k] > c->scount[k1]) k2 = k1, k1 = k;
        else if (k2 < 0 || c->scount[k] > c->scount[k2]) k2 = k;
    }
    int third = 0;
    for (int k = 0; k < c->nstates; k++)
        if (k != k1 && k != k2 && c->scount[k] > third) third = c->scount[k];
    if (k2 < 0 || c->scount[k2] < 2 || c->scount[k2] < 2 * third) return NULL;
    if (!strncmp(c->scode[k1], cc, 3)) return c->scode[k2];
    if (!strncmp(c->scode[k2], cc, 3)) return c->scode[k1];
    return NULL;
}

/* Is the object of an attack v a thing of a state or its people ("the convoy", "a busy market",
 * "the area")? */
static int thing_object(const kb_coder *c, const vmatch *v)
{
    static const char *const THINGS[] = {"convoy", "convoys", "checkpoint", "checkpoints", "outpost", "outposts",
                                         "barracks", "garrison", "bus", "village", "villages", "market",
                                         "mosque", "church", "school", "hospital", "camp", "area", NULL};
    int k = v->e;
    while (k < c->nt && k < v->e + 3 && (is_any(&c->tok[k], DETS) || c->tok[k].kind == KBL_T_NUM)) k++;
    if (k < c->nt && is_any(&c->tok[k], THINGS)) return 1;
    /* (over one word before the thing: "the morning market", "a busy market") */
    return k + 1 < c->nt && k > v->e && c->tok[k].kind == KBL_T_WORD && !c->tok[k].cap && c->tok[k].men < 0 &&
           c->tok[k].verb < 0 && is_any(&c->tok[k + 1], THINGS);
}

/* The target "---": a thing of a state no one named, which the article or the enrichment gives
 * a state */
static const mention *no_ones_thing(mention *thing)
{
    memset(thing, 0, sizeof *thing);
    thing->code = thing->name = "---";
    thing->kind = KBL_STATE;
    thing->group = -1;
    return thing;
}

/* A new zeroed event at the end of c->ev (which may move), NULL when out of memory */
static kb_event *new_event(kb_coder *c)
{
    if (kbu_grow((void **)&c->ev, &c->cap_ev, c->nev + 1, sizeof *c->ev)) return NULL;
    kb_event *e = &c->ev[c->nev++];
    memset(e, 0, sizeof *e);
    return e;
}

/* Would an act of s on t be an actor's act on itself (one code on both sides, none of the ways
 * two of one state's actors may face each other)? emit asks twice: before and after it infers a
 * side's state. */
static int acts_on_itself(const kb_coder *c, const vmatch *v, const mention *s, const mention *t, const char *code)
{
    return s && t && s->code && t->code && !strcmp(s->code, t->code) && !(v->p->flags & KBL_P_SELFTARGET) &&
           !c->self && !two_units(c, s, t) && !federal_tier(c, s, t) && !two_people(s, t, root_of(code));
}

/* Does token j, "end" or "side", go on "of" a bridge, border or crossing within five words ("the
 * Poipet end of the Khlong Luek bridge")? */
static int of_a_span(const kb_coder *c, int j)
{
    static const char *const SPAN[] = {"bridge", "border", "crossing", "frontier", NULL};
    if (j + 1 >= c->nt || !is(&c->tok[j + 1], "of")) return 0;
    for (int q = j + 2; q < c->nt && q < j + 7; q++)
        if (is_any(&c->tok[q], SPAN)) return 1;
    return 0;
}

/* The first state named before token `before` as a side ("On the Congolese side of Bunagana"),
 * of state cc when cc is given; NULL if none */
static const mention *side_named(const kb_coder *c, int before, const char *cc)
{
    for (int k = 0; k < c->nm; k++) {
        const mention *o = &c->men[k];
        if (!o->dead && !o->pronoun && o->country && o->e < before && o->e < c->nt && o->code &&
            strlen(o->code) == 3 && is(&c->tok[o->e], "side") && (!cc || !strncmp(o->country, cc, 3)))
            return o;
    }
    return NULL;
}

/* Does a word of list (lower case) stand in the text [from, to) as a word of its own? */
static int told_in(const kb_coder *c, size_t from, size_t to, const char *const *list)
{
    for (size_t k = from; k < to && k < c->text_len; k++) {
        if (!isalpha((unsigned char)c->text[k]) || (k > from && isalpha((unsigned char)c->text[k - 1]))) continue;
        for (const char *const *w = list; *w; w++) {
            size_t n = strlen(*w);
            if (k + n <= to && !strncasecmp(c->text + k, *w, n) &&
                (k + n == to || !isalpha((unsigned char)c->text[k + n])))
                return 1;
        }
    }
    return 0;
}

static int others_at(const kb_coder *c, int j);
static const mention *others_held(kb_coder *c, mention *out, const char **holder);
static void emit(kb_coder *c, int sent, uint32_t ss, uint32_t se, const vmatch *v, const char *code,
                 const mention *s, const mention *t, int hist_year)
{
    const kbl_cameo *cm = kbl_cameo_get(c->lx, code);
    if (!cm || (v && v->absorbed)) return;
    /* force told in a relative clause of whom a demand or a charge names ("demanded that Kampala
     * "bring to justice" the soldiers who fired on the traders"): the act told before, retold as
     * whom the words are about */
    if (v && v->s >= 2 && root_of(code) >= 18 && is(&c->tok[v->s - 1], "who") && c->tok[v->s - 2].men >= 0)
        for (int u = 0; u < c->nv; u++) {
            const vmatch *w = &c->vm[u];
            int r = w->p->code ? root_of(w->p->code) : 0;
            if (w != v && w->e <= v->s - 1 && r >= 10 && r <= 12) return;
        }
    /* "condemned the killing of the trader by Angolan police": the act a condemnation names as its
     * object is what it condemns, told before, no act of its own */
    if (v && v->s >= 2 && root_of(code) >= 18 && is(&c->tok[v->s - 1], "the") && gerund_form(&c->tok[v->s]))
        for (int u = 0; u < c->nv; u++) {
            const vmatch *w = &c->vm[u];
            int r = w->p->code ? root_of(w->p->code) : 0;
            if (w != v && w->e == v->s - 1 && r >= 11 && r <= 12) return;
        }
    /* "expelled more than 1,500 Colombians": a people expelled are deported (174), no mission
     * withdrawn (166) */
    /* (... and so are a state's workers, traders or migrants: "expelled 40 Vietnamese workers") */
    const kbl_cameo *deport = !strcmp(code, "166") && t &&
                                      (t->people || (t->country && t->role && str_in(t->role, PEOPLE_ROLES)))
                                  ? kbl_cameo_get(c->lx, "174")
                                  : NULL;
    /* "They were handed over to Russian border guards" in a report of "the expulsion of the
     * three pensioners": a handover of people the report calls expelled is their expulsion
     * (174), not a release (nor one the sentence calls a release) */
    if (!deport && !strcmp(code, "0841") && v && !v->nominal && !strncmp(c->tok[v->s].low, "hand", 4) && t &&
        told_in(c, 0, ss, (const char *const[]){"expulsion", "expulsions", "expelled", "deportation", "deported",
                                                NULL}) &&
        !told_in(c, ss, se, (const char *const[]){"released", "freed", "release", NULL}))
        deport = kbl_cameo_get(c->lx, "174");
    if (deport) {
        cm = deport;
        code = "174";
    }
    /* "seized 14 Zambian-registered lorries ... and released them a week later": what the same
     * doer releases after seizing goods in the sentence is the goods, given back (0842) to
     * their owners */
    mention owners;
    if (!strcmp(code, "0841") && v && !v->nominal && v->e < c->nt && is(&c->tok[v->e], "them") && s && s->code &&
        c->nev > 0) {
        const kb_event *f = &c->ev[c->nev - 1];
        const kbl_cameo *back = kbl_cameo_get(c->lx, "0842");
        if (back && f->sentence == (size_t)sent && !strcmp(f->code, "1711") && f->source.code &&
            !strncmp(f->source.code, s->code, 3) && f->target.country) {
            cm = back;
            code = "0842";
            t = the_state(&owners, kb_arena_strndup(c->arena, f->target.country, 3));
        }
    }
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    /* officials of two provinces or towns of two lands meeting ("The governors of Kasai and Lunda
     * Norte met", "Migori's county commissioner and the Tarime district commissioner met"): the two
     * lands' organs meet, both ways */
    if (root == 4 && s && v && !v->nominal && (v->p->flags & KBL_P_MUTUAL) && s->role && state_organ(s->role) &&
        s->kind != KBL_PERSON &&
        (!s->country || !memcmp(s->code, "---", 3) || strlen(s->code) == 6) &&
        (!t || (t->code && t->role && state_organ(t->role) && t->kind != KBL_PERSON &&
                (!t->country || !memcmp(t->code, "---", 3) || !s->country || !strncmp(t->country, s->country, 3))))) {
        const char *l1, *l2;
        if (two_lands(c, c->tok[0].s, c->tok[v->s].s, &l1, &l2) &&
            (!s->country || !strncmp(s->country, l1, 3) || !strncmp(s->country, l2, 3)) &&
            (!t || !t->country || !strncmp(t->country, l1, 3) || !strncmp(t->country, l2, 3))) {
            mention a = *s, b = *s;
            a.country = kb_arena_strndup(c->arena, l1, 3);
            b.country = kb_arena_strndup(c->arena, l2, 3);
            a.code = arena_cat(c, a.country, s->role);
            b.code = arena_cat(c, b.country, s->role);
            a.kind = b.kind = KBL_STATE;
            /* (named by the whole subject, which no town's name stands before) */
            a.name = b.name = span_str(c, 0, v->s);
            int joint = c->joint;
            c->joint = 1;
            emit(c, sent, ss, se, v, code, &a, &b, hist_year);
            emit(c, sent, ss, se, v, code, &b, &a, hist_year);
            c->joint = joint;
            return;
        }
    }
    /* a campaign named as a span of time ("after months of Iranian strikes on the camps", "amid
     * weeks of shelling"; a verb's word after "of" is a noun): no act of its own */
    if (v && root >= 18) {
        int j = v->s - 1;
        while (j >= 0 && j >= v->s - 3 && c->tok[j].men >= 0) j--; /* (over "Iranian") */
        if (j >= 1 && is(&c->tok[j], "of") &&
            (is(&c->tok[j - 1], "months") || is(&c->tok[j - 1], "weeks") || is(&c->tok[j - 1], "years") ||
             is(&c->tok[j - 1], "decades") || is(&c->tok[j - 1], "days")))
            return;
    }
    /* an inquiry told as the span of a custody ("ordered the suspects held for six months while
     * prosecutors investigate the killing"): the custody's time, no act of its own */
    if (v && root == 9) {
        int j = v->s - 1;
        while (j >= 0 && j >= v->s - 4 && c->tok[j].kind == KBL_T_WORD && !is(&c->tok[j], "while")) j--;
        if (j >= 0 && j >= v->s - 4 && is(&c->tok[j], "while")) return;
    }
    /* a land that hosts people counted ("Iran, which hosts several million Afghans") gives them
     * shelter, no visit */
    if (v && !strncmp(code, "043", 3) && v->e < c->nt && c->tok[v->s].low[0] == 'h') {
        static const char *const MANY[] = {"several", "millions", "thousands", "hundreds", "about", "some", "more",
                                           "over", "nearly", "around", "tens", NULL};
        const tokinfo *n = &c->tok[v->e];
        if (n->kind == KBL_T_NUM || isdigit((unsigned char)n->low[0]) || is_any(n, NUM_WORDS) || is_any(n, MANY)) return;
    }
    /* the toll of a fight between two sides ("Iranian and Afghan border forces exchanged fire,
     * killing two Afghan guards and wounding five people"): no act of either side of its own,
     * since the report does not say whose fire it was */
    static const char *const TOLL_ING[] = {"killing", "wounding", "injuring", NULL};
    if (v && root >= 18 && v->src >= 0 && v->s > 0 && (is(&c->tok[v->s - 1], ",") || is(&c->tok[v->s - 1], "and")) &&
        is_any(&c->tok[v->s], TOLL_ING))
        for (const vmatch *w = c->vm; w < v; w++)
            if ((w->p->flags & KBL_P_MUTUAL) && w->src == v->src && w->p->code &&
                (w->p->code[0] == '2' || (w->p->code[0] == '1' && w->p->code[1] >= '8')))
                return;
    /* a bare state organ's coercion of no one named, in a report whose places lie in one land
     * ("The government declared a curfew", "Riot police fired tear gas"): that land's organ */
    /* (... and its easing of them, or a concession: "the authorities lifted the curfew in the city";
     * a sentence's towns name the land before the article's) */
    mention land_s;
    const char *sland = NULL;
    if ((!strcmp(code, "1723") || !strcmp(code, "1724") || !strncmp(code, "175", 3) || !strncmp(code, "081", 3) ||
         !strncmp(code, "083", 3)) &&
        !t && s && s->code && !s->country && !memcmp(s->code, "---", 3) && s->role && state_organ(s->role) &&
        (sland = sentence_land(c)))
        s = state_role(c, &land_s, kb_arena_strndup(c->arena, sland, 3), s->role, s->name);
    /* "Soldiers also detained 37 Haitians", "Migration agents deported 1,240 Haitians" in a report
     * on Dominican troops: an unnamed organ holding or expelling another state's people is the
     * land's, else the state the article names most after theirs */
    mention host2;
    /* (... and one's force on them: "navy personnel opened fire on a trawler, wounding two
     * Rameswaram fishermen" in a report on Sri Lanka's navy and Indian fishermen) */
    if ((!strcmp(code, "173") || !strncmp(code, "174", 3) ||
         (root >= 18 && root <= 20 && !(v->p->flags & KBL_P_MUTUAL) && s && s->role && !strcmp(s->role, "MIL"))) &&
        s && t && s->code && !s->country &&
        !memcmp(s->code, "---", 3) && s->role && state_organ(s->role) && t->country &&
        (t->people || (t->role && (!strcmp(t->role, "CVL") || !strcmp(t->role, "REF"))))) {
        /* (the land of the sentence's own towns first, the people's own too: "detained in a police
         * raid on the Gusinobrodsky market", "detained three Polish men near Bialowieza") */
        /* (not for force, whose victims' home towns the sentence may name: "wounding two
         * Rameswaram fishermen") */
        const char *hc = root == 17 ? towns_land(c) : NULL;
        if (!hc) hc = other_land(c, t->country);
        if (hc) s = state_role(c, &host2, kb_arena_strndup(c->arena, hc, 3), s->role, s->name);
    }
    /* protesters no one gave a country protest in their own ("demonstrators marched through
     * central Nairobi": KEN>KEN 141), the article's clear state's when nothing places them */
    mention ds2, dt3;
    /* (a protest is not aimed at armed men no one named: "demanding action against Kuki
     * militants" asks the state) */
    if (root == 14 && t && t->code && !t->country && !memcmp(t->code, "---", 3) && t->role && armed_role(t->role))
        t = NULL;
    /* (nor at the body whose seat it set out from: "marched from the headquarters of the
     * Tunisian General Labour Union") */
    static const char *const SEATS[] = {"headquarters", "offices", "office", "building", "premises", "seat", NULL};
    if (root == 14 && t && t->s >= 3) {
        int q = t->s - 1;
        if (is_any(&c->tok[q], DETS)) q--;
        if (q >= 2 && is(&c->tok[q], "of") && is_any(&c->tok[q - 1], SEATS) &&
            (is(&c->tok[q - 2], "from") || (q >= 3 && is_any(&c->tok[q - 2], DETS) && is(&c->tok[q - 3], "from"))))
            t = NULL;
    }
    /* a protest's demand of a state names whom it addresses, wherever it marched to ("marched to
     * the regional governor's office to demand that Botswana hand over the soldiers"; "to protest
     * against what they called India's encroachment") */
    int asked = 0;
    if (root == 14 && v)
        for (int q = v->e; q + 2 < c->nt && q < v->e + 25; q++) {
            if (is(&c->tok[q], ";")) break;
            int against = is(&c->tok[q], "against");
            /* (a spinner's "in opposition to" for "against") */
            int spun = !against && q >= 1 && is(&c->tok[q], "opposition") && is(&c->tok[q - 1], "in") &&
                       is(&c->tok[q + 1], "to");
            against |= spun;
            /* (... and "in protest at the killings by South Sudanese troops": the doer after "by") */
            int by_doer = -1;
            if ((against || is(&c->tok[q], "at") || is(&c->tok[q], "over")) && q >= 1 && is(&c->tok[q - 1], "protest"))
                for (int k = q + 1; k < c->nt && k < q + 6 && by_doer < 0; k++) {
                    if (is(&c->tok[k], "by")) by_doer = k;
                    else if (c->tok[k].kind == KBL_T_PUNCT || live_mention_at(c, k) >= 0) break;
                }
            if (by_doer >= 0) against = 1;
            /* (... and "in protest at French checks on Spanish lorries": the state whose act it names) */
            if (!against && (is(&c->tok[q], "at") || is(&c->tok[q], "over")) && q >= 2 && is(&c->tok[q - 1], "protest") &&
                is(&c->tok[q - 2], "in")) {
                int m0 = live_mention_at(c, q + 1);
                if (m0 >= 0 && c->men[m0].s == q + 1 && c->men[m0].kind == KBL_STATE && !c->men[m0].role &&
                    c->men[m0].e < c->nt && c->tok[c->men[m0].e].kind == KBL_T_WORD && !c->tok[c->men[m0].e].cap)
                    against = 1;
            }
            if (!against && !is(&c->tok[q], "demand") && !is(&c->tok[q], "demanding") && !is(&c->tok[q], "demanded"))
                continue;
            int r = by_doer >= 0 ? by_doer + 1 : q + 1 + spun;
            if (is(&c->tok[r], "that")) r++;
            if (against && r + 2 < c->nt && is(&c->tok[r], "what") && speaker_naming(c, r + 1)) r += naming_len(c, r);
            if (against && r < c->nt && is(&c->tok[r], "the")) r++;
            /* ("to demand justice from Botswana") */
            static const char *const OWED[] = {"justice", "accountability", "answers", "compensation", "apology", NULL};
            if (r + 1 < c->nt && is_any(&c->tok[r], OWED) && is(&c->tok[r + 1], "from")) r += 2;
            else if (r + 2 < c->nt && is(&c->tok[r], "an") && is(&c->tok[r + 1], "apology") && is(&c->tok[r + 2], "from"))
                r += 3;
            int m = r < c->nt ? live_mention_at(c, r) : -1;
            /* (a state, or its organ slogans are chanted against: "to demand the return of the two
             * brothers, chanting slogans against the Algerian authorities") */
            const mention *w = m >= 0 && c->men[m].s == r ? &c->men[m] : NULL;
            if (w && w->code && w->country && !(s && s->country && !strncmp(s->country, w->country, 3)) &&
                ((state_like(w) && strlen(w->code) == 3) ||
                 (against && w->role && state_organ(w->role) && w->kind == KBL_STATE))) {
                t = w, asked = 1;
                break;
            }
            if (!against) continue; /* (a demand of no state named: what they chant may name it) */
            break;
        }
    if (root == 14 && s && s->code && !s->country && s->role && !memcmp(s->code, "---", 3)) {
        /* (not the country of a foreign mission they rally outside: "rallied outside the Chinese
         * consulate in Makati" are the article's people, the mission's state their target) */
        static const char *const MISSION[] = {"embassy", "consulate", "mission", "embassies", "consulates", NULL};
        int mission = t && t->country && t->e > t->s &&
                      (is_any(&c->tok[t->e - 1], MISSION) || (t->e < c->nt && is_any(&c->tok[t->e], MISSION)) ||
                       /* ("marched towards the Indian High Commission") */
                       (t->e + 1 < c->nt && is(&c->tok[t->e], "high") && is(&c->tok[t->e + 1], "commission")));
        const char *home = t && t->country && state_like(t) && !mission && !asked ? t->country : NULL;
        /* (... but people protesting in a town of another land at a state are that land's: "hundreds
         * of traders, drivers and young men blocked the highway leading to the border bridge in
         * Elubo" against Côte d'Ivoire) */
        const char *here_land = home && land_people(s->role) ? towns_land(c) : NULL;
        /* (... or, when the sentence's towns disagree, the town their own clause goes to:
         * "Hundreds of mourners marched to the Sirari border post on Wednesday after the burial of
         * a trader shot dead near Isebania, chanting slogans against Kenyan police") */
        if (home && !here_land && land_people(s->role) && s->e > s->s) {
            int j = s->e;
            while (j < c->nt && !is(&c->tok[j], ",") && !is(&c->tok[j], "after") && !is(&c->tok[j], "before")) j++;
            if (j > s->e) here_land = span_land(c, c->tok[s->s].s, c->tok[j - 1].e);
        }
        if (here_land && strncmp(here_land, home, 3)) home = here_land;
        /* (... not the state their demand is put to, in a report whose places lie in another
         * land: that land's) */
        if (asked) {
            const char *tl = towns_land(c);
            home = tl && strncmp(tl, t->country, 3) ? tl
                   : c->land[0] && strncmp(c->land, t->country, 3) ? c->land : t->country;
        }
        /* (... or the side of a border the sentence opens on: "On the Moroccan side, hundreds of
         * youths ... threw stones at the police") */
        if (!home && !mission) home = side_state(c);
        /* (... theirs the state the sentence places them in: "In Dhaka, students marched") */
        const char *here = mission ? sentence_state(c) : NULL;
        if (here && strncmp(here, t->country, 3)) home = here;
        int second = 0, best = home || (t && t->country && !mission && !asked) ? -1 : dominant_state(c, &second);
        if ((mission || asked) && best >= 0 && !strncmp(c->scode[best], t->country, 3)) best = -1;
        if (!home && best >= 0 && c->scount[best] >= 2 && c->scount[best] >= 2 * second) home = c->scode[best];
        if (home) {
            s = of_state(c, &ds2, s, home);
            if (!t) t = the_state(&dt3, ds2.country);
        }
    }
    /* "Bishop Rolando Alvarez called on the government to free ...": a people's voice of no
     * country speaking to the article's clear state's organ is that state's */
    mention own_v;
    if (s && t && root >= 1 && root <= 13 && s->code && !s->country && !memcmp(s->code, "---", 3) && s->role &&
        str_in(s->role, (const char *const[]){"REL", "OPP", "CVL", "ELI", "LAB", "EDU", "MED", "HLH", "NGO", NULL}) &&
        t->country && ((t->role && state_organ(t->role)) || (!t->role && state_like(t)))) {
        const char *clear = clear_state(c);
        if (clear && !strncmp(clear, t->country, 3)) s = of_state(c, &own_v, s, t->country);
    }
    /* ... and a land's own body named with capitals ("the Supreme Alawite Islamic Council called
     * on the United Nations") is the article's clear state's, whoever it speaks to */
    const char *land_of_body;
    if (s && t && s->national && !s->country && root >= 1 && root <= 13 && (land_of_body = clear_state(c)))
        s = of_state(c, &own_v, s, land_of_body);
    /* "Nicaragua freed 31 political prisoners", "police detained 41 people": a state or its organ
     * frees or arrests its own people, when nothing gives them a country */
    mention own_p;
    if (s && t && s->country && (custody_code(code) || !strncmp(code, "174", 3)) &&
        t->code && !t->country && !memcmp(t->code, "---", 3) && t->role && !state_organ(t->role) &&
        !armed_role(t->role) && (state_like(s) || (s->role && state_organ(s->role))) &&
        /* (not people from or near somewhere named: "arrested 14 fishermen from Rameswaram") */
        !from_place(c, t->e))
        t = of_state(c, &own_p, t, s->country);
    /* ... and so are the people it is said to have freed or arrested, named by no noun the
     * lexicon knows ("Twenty-three others ... were released by the prosecutor's office") */
    mention own_pp;
    /* (... or counted: "Police arrested six men at a roadblock", "freed 21 of the detainees") */
    int counted_people = 0;
    /* (not a term: "ordered them held for six months") */
    static const char *const TERM[] = {"days", "weeks", "months", "years", "hours", "day", "week", "month", "year",
                                       NULL};
    /* (... in the words after the act, or in its pattern's gap: "ordered five men held in
     * pre-trial detention") */
    for (int j = v->s + 1; !v->passive && j < c->nt && j < v->e + 2 && !counted_people; j++)
        counted_people = (c->tok[j].kind == KBL_T_NUM || is_any(&c->tok[j], NUM_WORDS)) &&
                         !(j + 1 < c->nt && is_any(&c->tok[j + 1], TERM));
    if (s && !t && (v->passive || counted_people) && s->country && custody_code(code) &&
        (state_like(s) || (s->role && state_organ(s->role)))) {
        t = state_role(c, &own_pp, s->country, "CVL", "people");
        own_pp.group = -1;
        /* (... not those the subject says are from a place named: "The two brothers from
         * Khurvaleti who were detained by Russian border guards": the place's, the enrichment) */
        for (int j = v->s - 1; v->passive && j >= 0 && j >= v->s - 8; j--) {
            if (c->tok[j].kind == KBL_T_PUNCT) break;
            if (from_place(c, j)) {
                bare_agent(&own_pp, "CVL", "---CVL", "people");
                own_pp.s = own_pp.e = j; /* (where later rules look for the place) */
                break;
            }
        }
    }
    /* "Cote d'Ivoire's embassy", where a pattern took the words before it ("ordered three
     * diplomats from Cote d'Ivoire's embassy"): the possessor's organ */
    /* (... or its adjective: "expelled a diplomat from the Ukrainian embassy in Budapest" is
     * Ukraine's, wherever the embassy stands) */
    mention own_t;
    int poss = t && t->s >= 2 && is(&c->tok[t->s - 1], "'s");
    if (t && t->code && t->role && state_organ(t->role) && t->s >= 1 &&
        ((!t->country && !memcmp(t->code, "---", 3)) || is_any(&c->tok[t->s], EMBASSY)) &&
        (poss || is_any(&c->tok[t->s], EMBASSY)))
        for (int k = 0; k < c->nm; k++) {
            const mention *o = &c->men[k];
            if (o->e != t->s - poss || !o->country || o->role || o->kind != KBL_STATE) continue;
            t = of_state(c, &own_t, t, o->country);
            break;
        }
    /* "soldiers came under fire": force only on armed men or a state's forces (an offer that
     * "came under fire" was criticised) */
    if (v && (v->p->flags & KBL_P_REVERSE) && root == 19 &&
        !(t && t->role && (armed_role(t->role) || !strcmp(t->role, "MIL") || !strcmp(t->role, "COP"))))
        return;
    /* "arrested a suspect", "14 suspects were arrested": people of the arresting state */
    mention held;
    if (!t && v && s && s->country && !strcmp(code, "173"))
        for (int j = v->s > 4 ? v->s - 4 : 0; j < c->nt && j < v->e + 4 && !t; j++)
            if (is(&c->tok[j], "suspect") || is(&c->tok[j], "suspects")) {
                t = the_state(&held, s->country);
                held.code = arena_cat(c, s->country, "CVL");
                held.role = "CVL";
                held.name = "suspects";
            }
    /* recognition is of a state or a government ("recognised people's concerns" is none) */
    if (!strcmp(code, "054") && !(t && (state_like(t) || t->kind == KBL_GROUP || t->kind == KBL_IGO ||
                                        (t->role && !strcmp(t->role, "GOV")))))
        return;
    /* "It was the deadliest attack on Chinese nationals in Tajikistan since 2025": an act
     * ranked among others is one told elsewhere, not another */
    if (v && v->nominal && v->s >= 1) {
        static const char *const RANKED[] = {"deadliest", "worst", "bloodiest", "biggest", "largest", NULL};
        if (is_any(&c->tok[v->s - 1], RANKED)) return;
    }
    /* "the latest in a string of killings of reporters in Mexico": acts counted, none told */
    if (v && v->nominal && v->s >= 2 && is(&c->tok[v->s - 1], "of")) {
        static const char *const SERIES[] = {"string", "series", "wave", "spate", "spree", "spates", "waves", NULL};
        if (is_any(&c->tok[v->s - 2], SERIES)) return;
    }
    /* "recalling its ambassador in Ouagadougou": from the state it was posted to */
    mention posted;
    if (!t && v && !strcmp(code, "161"))
        for (int j = v->e; j + 1 < c->nt && j < v->e + 2 && !t; j++) {
            int m = -1; /* (a mention the pattern's words killed too: "ambassador in Paris") */
            for (int k = 0; k < c->nm && m < 0; k++)
                if (c->men[k].s == j + 1 && !c->men[k].pronoun) m = k;
            if ((is(&c->tok[j], "in") || is(&c->tok[j], "from") || is(&c->tok[j], "to")) && m >= 0 &&
                c->men[m].country && c->men[m].kind != KBL_PERSON &&
                (!c->men[m].role || c->men[m].capital || !strcmp(c->men[m].role, "GOV")) &&
                !(s && s->country && !strcmp(s->country, c->men[m].country)))
            {
                t = the_state(&posted, c->men[m].country);
                posted.name = c->men[m].name;
            }
        }
    /* "denied that the group had killed any hostage": the victims of what a denial says are not
     * its target; it answers its accuser (answered_targets) */
    if (v && !strcmp(code, "016") && t && t->s > v->e && !t->pronoun &&
        ((t->role && !t->country && t->kind == KBL_AGENT) ||
         /* ("Murillo denied that Nicaragua held any political prisoners": its own state) */
         (s && s->code && t->code && !strncmp(s->country ? s->country : s->code, t->code, 3))))
        for (int j = v->e, ts = t->s; j < ts; j++)
            if (is(&c->tok[j], "that")) {
                t = NULL;
                break;
            }
    /* an armed group's demand that prisoners be freed, addressed to no one named, is made of its
     * home state, which holds them ("demanded the release of detained comrades") */
    mention dh;
    if (!t && s && s->kind == KBL_GROUP && s->home && !strncmp(code, "1053", 4)) t = the_state(&dh, s->home);
    /* ... and a state's demand that its own people be freed is made of the other state the article
     * is about, which holds them ("The ministry also demanded the immediate release of the
     * detained herders" after Mali's soldiers took them) */
    mention dh2;
    if (t && s && s->country && !strncmp(code, "1053", 4) &&
        ((t->country && !strncmp(t->country, s->country, 3)) || (!t->country && t->code && !memcmp(t->code, "---", 3))) &&
        ((t->role && (!state_organ(t->role) || !strcmp(t->role, "COP") || !strcmp(t->role, "MIL")) &&
          !armed_role(t->role)) ||
         (!t->role && t->people))) { /* ("the 22 men": its people) */
        /* (its own gendarmes or soldiers too: "demanded the release of the four gendarmes") */
        const char *hc = leading_state_but(c, s->country);
        if (hc) t = the_state(&dh2, kb_arena_strndup(c->arena, hc, 3));
    }
    /* a bare organ closing crossings in a region of one land is that land's ("The National Security
     * Council ordered the closure of all crossings on the Liberian border in the Cavally region") */
    mention close_s;
    if (s && !s->country && s->role && state_organ(s->role) && !strncmp(code, "191", 3)) {
        const char *cc = towns_land(c);
        if (cc && (!t || !t->country || strncmp(t->country, cc, 3))) s = of_state(c, &close_s, s, cc);
    }
    /* an attack on a town the lexicon knows as no actor is on the town's land, not on a state named
     * past a comma ("attacked El Geneina, driving tens of thousands of Masalit across the border
     * into Chad") */
    mention town_hit;
    if (t && s && v && root_of(code) >= 18 && t->country && t->s > v->e && v->e + 1 < c->nt && c->tok[v->e].cap &&
        c->tok[v->e].kind == KBL_T_WORD && live_mention_at(c, v->e) < 0) {
        int k = v->e;
        while (k < c->nt && k < v->e + 4 && c->tok[k].cap && c->tok[k].kind == KBL_T_WORD) k++;
        int comma = 0;
        for (int j = k; j < t->s && !comma; j++) comma = is(&c->tok[j], ",");
        const char *cc = comma ? span_land(c, c->tok[v->e].s, c->tok[k - 1].e) : NULL;
        if (cc && strncmp(cc, t->country, 3)) t = the_state(&town_hit, kb_arena_strndup(c->arena, cc, 3));
    }
    /* fire sent across a border at no one named strikes the land the sentence's towns lie in, when
     * not the shooter's ("killed when RSF fighters fired across the border into the town" of Adré) */
    mention fired_on;
    if (!t && s && v && root_of(code) == 19 && v->e - v->s >= 3 && is(&c->tok[v->s + 1], "across")) {
        const char *cc = towns_land(c);
        const char *own = s->country ? s->country : s->home;
        if (cc && !(own && !strncmp(own, cc, 3))) t = the_state(&fired_on, kb_arena_strndup(c->arena, cc, 3));
    }
    /* a bare organ in a sentence that opens on a town is that town's land's ("In Port Sudan, where
     * the army-led government is based, the foreign ministry condemned the RSF's shelling") */
    mention in_town;
    if (t && s && !s->country && s->role && state_organ(s->role) && s->code && !memcmp(s->code, "---", 3) && c->nt > 3 &&
        is(&c->tok[0], "in") && c->tok[1].cap) {
        int k = 1;
        while (k < c->nt && k < 6 && !is(&c->tok[k], ",")) k++;
        const char *cc = k < c->nt && k < 6 && s->s > k ? span_land_(c, c->tok[1].s, c->tok[k - 1].e, 1) : NULL;
        if (cc) s = of_state(c, &in_town, s, cc);
    }
    /* an unnamed attacker ("militants", "gunmen": a role with no country, or nobody) */
    int unnamed_s = !s || !s->code || (!memcmp(s->code, "---", 3) && !s->country);
    mention thing, victims, rally_s, rally_t; /* (targets set below: they live as long as t may) */
    if (unnamed_s && !c->agentless && !c->self && (!t || !t->code || !memcmp(t->code, "---", 3))) {
        /* no named actor; but an attack on a state organ ("attacked a police post") is an
         * attack on that state: kept with no country, resolved (or dropped) per article */
        /* ... and so is a weapon no one is named for striking people ("Drones struck a market
         * in El Obeid, killing 21 people": the enrichment places them) */
        static const char *const WEAPONS[] = {"drone", "drones", "missile", "missiles", "rocket", "rockets",
                                              "jets", "warplanes", "aircraft", "shells", "shell", NULL};
        int weapon_on_people = root >= 18 && s && s->e > 0 && is_any(&c->tok[s->e - 1], WEAPONS) && t && t->role &&
                               !t->country && !strcmp(t->role, "CVL") && !v->nominal;
        /* ... or killed by attackers no lexicon names ("eight individuals have been gunned down by
         * masked assailants"): the people's state, which the article or the enrichment names */
        if (root >= 18 && root <= 20 && !s && v->passive && t && t->role && !t->country && !strcmp(t->role, "CVL") &&
            by_agent(c, v->e, 0) < 0) {
            static const char *const BY_ARMED[] = {"assailants", "attackers", "gunmen", "men", "raiders",
                                                   "militants", "bandits", NULL};
            for (int j = v->e; j + 1 < c->nt && j < v->e + 3 && !weapon_on_people; j++)
                if (is(&c->tok[j], "by"))
                    for (int q = j + 1; q < c->nt && q < j + 4 && !weapon_on_people; q++)
                        weapon_on_people = is_any(&c->tok[q], BY_ARMED);
        }
        /* ... or told as a strike that killed them ("A drone strike killed at least nine
         * civilians at a cattle market in Alamata") */
        if (root >= 18 && v->nominal && t && t->role && !t->country && !strcmp(t->role, "CVL") &&
            (!strncmp(code, "195", 3) || !strncmp(code, "194", 3) || !strncmp(code, "183", 3)))
            weapon_on_people = 1;
        /* ... and armed men or bandits no one named seizing or killing people ("Armed bandits
         * stormed the village, abducting 53 people"): the people's state, which the article or
         * the enrichment names */
        if (root >= 18 && root <= 20 && !v->nominal && !(v->p->flags & KBL_P_MUTUAL) && s && s->role &&
            (armed_role(s->role) || !strcmp(s->role, "CRM")) && t && t->role && !t->country &&
            str_in(t->role, PEOPLE_ROLES)) {
            weapon_on_people = 1;
            const char *home = sentence_state(c);
            if (home) t = of_state(c, &victims, t, home);
        }
        /* ... and a bare state organ's rejection of "the appeal" or denial of "the charge":
         * kept for the article to say whose (answered_targets), dropped if it cannot */
        int answer = c->pending && !t && s && s->role && state_organ(s->role);
        /* ... and armed men no one named attacking a thing of the state or its people
         * ("Militants attacked the convoy of about 40 tankers near Makalondi"): an attack on the
         * place's state, which the enrichment names (a claim may name the attackers) */
        int on_thing = 0;
        /* (... and a bare state's forces striking one: "a military aircraft bombed the morning
         * market in Namhsan", the article's clear state's, resolved per article) */
        if (root >= 18 && root <= 20 && !t && s && s->role &&
            (armed_role(s->role) || (!strcmp(s->role, "MIL") && !strncmp(code, "195", 3))) && !v->nominal &&
            !(v->p->flags & KBL_P_MUTUAL))
            on_thing = thing_object(c, v);
        if (on_thing) t = no_ones_thing(&thing);
        /* ... and a people's voice no one gave a country, addressing no one named ("Archbishop
         * X of Bamenda urged both the army and the separatists to spare civilians"): the
         * article's clear state's, given (or dropped) per article */
        int voice = !t && s && s->role && s->code && root >= 1 && root <= 13 && str_in(s->role, VOICES);
        /* ... and a bare state organ arresting or freeing people ("Police arrested four people"
         * in an article about one state): that state's and its people's, given per article */
        /* (... and its repression or force on a crowd: "Police fired tear gas at demonstrators") */
        int held = v && !v->passive && s && s->role && state_organ(s->role) && t && t->role && !t->country && !state_organ(t->role) &&
                   !armed_role(t->role) &&
                   (custody_code(code) || (!strncmp(code, "175", 3) && str_in(t->role, DISSENT_ROLES)) ||
                    (root >= 18 && root <= 20 && !(v->p->flags & KBL_P_MUTUAL) && !v->nominal &&
                     !strcmp(t->role, "OPP") &&
                     (!strcmp(s->role, "COP") || !strcmp(s->role, "MIL"))));
        /* ... and a bare army's force on armed men no one named ("Troops pursuing the raiders
         * killed three of them"): the state those men struck, given (or dropped) per article */
        int on_armed = v && root >= 18 && !(v->p->flags & KBL_P_MUTUAL) && s && s->role &&
                       (!strcmp(s->role, "MIL") || !strcmp(s->role, "COP")) && t && t->role && !t->country &&
                       armed_role(t->role);
        /* ... and a bare state organ's investigation of no one named ("Prosecutors in Bialystok
         * opened an attempted murder investigation"): the state's, given per article */
        int probe = root == 9 && !t && s && s->role && state_organ(s->role);
        /* ... and a protest by people no word gave a state, at no one named, in a sentence whose
         * towns lie in one land ("Several hundred fishermen rallied in Fao"): that land's people,
         * at its government, as a protest by a state's people is coded */
        const char *rally = root == 14 && !t && s && s->role && !s->country && land_people(s->role) && v &&
                                    !v->nominal
                                ? towns_land(c)
                                : NULL;
        /* (not one its sentence told as a riot already: "threw petrol bombs at gendarmes ... and
         * blocked roads with burning tyres") */
        /* (by the sentence's verbs, whichever was coded first) */
        for (int u = 0; rally && u < c->nv; u++) {
            const kbl_pattern *up = c->vm[u].p;
            if (up->code && c->vm[u].done != -1 && (!strncmp(up->code, "145", 3) || root_of(up->code) >= 18))
                rally = NULL;
        }
        if (rally) {
            s = of_state(c, &rally_s, s, rally);
            t = state_role(c, &rally_t, s->country, "GOV", "government");
            /* (... but one "against the closure" or "against the detentions" another state did
             * is at that state: "marched ... to protest against the detentions" by the
             * neighbour's police) */
            static const char *const GRIEF[] = {"closure", "closing", "detention", "detentions", "arrest",
                                                "arrests", "seizure", "seizures", "killing", "killings",
                                                "shooting", "raid", NULL};
            int grief = 0;
            for (int j = v->e; j + 1 < c->nt && !grief; j++)
                if (is(&c->tok[j], "against") || is(&c->tok[j], "over") || is(&c->tok[j], "towards"))
                    for (int q = j + 1; q < c->nt && q < j + 4 && !grief; q++) grief = is_any(&c->tok[q], GRIEF);
            for (size_t q = c->nev; grief && q-- > 0;) {
                const kb_event *f = &c->ev[q];
                int r = root_of(f->root);
                if (f->historical || !f->source.country || r < 16 || !strncmp(f->source.country, s->country, 3))
                    continue;
                t = the_state(&rally_t, kb_arena_strndup(c->arena, f->source.country, 3));
                break;
            }
            /* (... but a road blocked to a border's post is blocked on the state across, which the
             * blockade rules below find: "blocked the road to the Integrated Check Post at Birgunj") */
            if (!strncmp(code, "144", 3) && border_in_clause(c, v, 0)) t = NULL;
        }
        if (!answer && !weapon_on_people && !on_thing && !voice && !held && !on_armed && !probe && !rally &&
            !((root >= 18 || !strcmp(code, "145")) && t && t->role && !t->country && state_organ(t->role) &&
              !(v->p->flags & KBL_P_MUTUAL) &&
              !v->nominal &&
              !(s && s->role && state_organ(s->role))))
            return;
    }
    if (acts_on_itself(c, v, s, t, code) && !holds_own_men(c, code, s, t)) return;
    /* "urged visiting US envoy Tom Barrack": the participle describes the object of another
     * verb; the visitor is not its source's guest */
    if (!strncmp(code, "042", 3) && v->s > 0 && is(&c->tok[v->s], "visiting") && c->tok[v->s - 1].verb >= 0 &&
        c->tok[v->s - 1].verb != (int)(v - c->vm))
        return;
    /* people who are no office arrive somewhere, they pay no visit ("seven priests freed by the
     * government arrived in Rome"), nor is anyone their host */
    if (s && (!strncmp(code, "042", 3) || !strncmp(code, "043", 3)) && s->role &&
        str_in(s->role, (const char *const[]){"CVL", "REL", "OPP", "REF", "LAB", "EDU", "MED", "HLH", "AGR", NULL}))
        return;
    if (t && !strncmp(code, "043", 3) && t->role &&
        str_in(t->role, (const char *const[]){"CVL", "REL", "OPP", "REF", "LAB", "EDU", "MED", "HLH", "AGR", NULL}))
        return;
    /* forces that end a protest end it by force ("police used tear gas to clear protesters from
     * Gezi Park, ending a sit-in"): no easing of dissent of theirs */
    if (s && s->role && !strncmp(code, "082", 3) &&
        (!strcmp(s->role, "COP") || !strcmp(s->role, "MIL") || !strcmp(s->role, "SPY")))
        return;
    /* armed men who arrive somewhere pay no visit ("The fighters arrived in a convoy") */
    if (s && !strncmp(code, "042", 3) && s->e > 0) {
        static const char *const ARMED_MEN[] = {"fighters", "militants", "gunmen", "insurgents", "rebels", "troops",
                                                "soldiers", "forces", "jihadists", "attackers", "assailants", NULL};
        if (is_any(&c->tok[s->e - 1], ARMED_MEN)) return;
    }
    /* a domestic actor with no country of its own, in a non-violent act (not a meeting or
     * cooperation or a release: roots 09-17 and 08 but 084) with a state organ of
     * one country ("Iranian authorities pressured workers", "protesters demanded that the
     * Egyptian government ..."), belongs to that country */

    mention ds, dt, cs, ct, xs;
    /* a titled person given the context's state does not meet, visit or help that state (or
     * its people), nor accuse it: the state was the other party ("President X will visit
     * Mauritania", "Gen. X accused France"),
     * the person's is the article's other state, else unknown. A state named as the place of a
     * domestic act ("shortened the curfew in Sudan") is the person's own. */
    /* (not one who speaks of that state's organ as "the government" too, a domestic voice:
     * "Former king Gyanendra Shah blamed the government ... and urged it to release") */
    int domestic = 0;
    for (int k = 0; s && s->ctx && s->country && k < c->nm && !domestic; k++) {
        const mention *o = &c->men[k];
        domestic = !o->dead && o != s && !o->titled && o->role && state_organ(o->role) && o->country &&
                   !strcmp(o->country, s->country) && o->e - o->s <= 2 &&
                   (is(&c->tok[o->s], "the") || (o->s > 0 && is(&c->tok[o->s - 1], "the"))) &&
                   !c->tok[o->e - 1].cap;
    }
    if (s && s->ctx && t && t->country && s->country && !strcmp(s->country, t->country) && !domestic) {
        if (root < 9 || (state_like(t) && !named_place(c, t))) {
            int second = 0, best = dominant_state(c, &second);
            const char *alt = best >= 0 && c->scount[best] >= 2 && c->scount[best] >= 2 * second &&
                                      strncmp(c->scode[best], t->country, 3)
                                  ? c->scode[best]
                                  : NULL;
            xs = *s;
            xs.country = alt ? kb_arena_strndup(c->arena, alt, 3) : NULL;
            xs.code = arena_cat(c, alt ? xs.country : "---", s->role);
            xs.kind = alt ? KBL_STATE : KBL_AGENT;
            xs.ctx = 0;
            s = &xs;
        }
    }
    /* a state named as a place is no doer ("south of the Bahraini capital Manama, ..., killing
     * two police officers") */
    if (s && s->kind == KBL_STATE && !s->role && s->country &&
        ((!s->capital && place_noun_after(c, s)) ||
         (s->capital && s->s >= 1 && (is(&c->tok[s->s - 1], "capital") ||
                                      (s->s >= 2 && is(&c->tok[s->s - 1], ",") && is(&c->tok[s->s - 2], "capital")))))) {
        s = NULL;
        if (!t) return; /* (and then no one at all) */
    }
    /* ... nor the one whose waters or airspace words are about ('lodged a "strong protest" over the
     * ships' intrusion into Japan's territorial waters'): the place of what was done, no party */
    if (t && t->kind == KBL_STATE && !t->role && t->country && root <= 13 && t->s >= 1 && t->e + 1 < c->nt &&
        (is(&c->tok[t->s - 1], "into") || is(&c->tok[t->s - 1], "of")) && is(&c->tok[t->e], "'s")) {
        static const char *const SPACE[] = {"territorial", "waters", "airspace", "territory", "soil", NULL};
        if (is_any(&c->tok[t->e + 1], SPACE)) {
            t = NULL;
            if (!s) return;
        }
    }
    /* a capital that acts is the government; one addressed by words or diplomacy too; one
     * visited, named as a place ("in Kabul", "from Kabul"), modifying a noun ("the Beijing
     * Olympics") or hit by force or coercion is the state */
    if (s && s->capital && s->code && strlen(s->code) == 3) {
        cs = *s;
        cs.code = arena_cat(c, s->code, "GOV");
        s = &cs;
    }
    int t_mod = t && t->e < c->nt && c->tok[t->e].kind == KBL_T_WORD && c->tok[t->e].verb < 0 &&
                !is_any(&c->tok[t->e], PREPS) && !is_any(&c->tok[t->e], STOP_RIGHT) && !is(&c->tok[t->e], "and") &&
                !is(&c->tok[t->e], "or") && !is_any(&c->tok[t->e], BE) && !is(&c->tok[t->e], "'s");
    if (t && t->capital && !t_mod && t->code && strlen(t->code) == 3 && (root < 14 || root == 16) && root != 4 &&
        !(t->s > 0 && (is_any(&c->tok[t->s - 1], PLACE_PREP) || is(&c->tok[t->s - 1], "from") ||
                       is(&c->tok[t->s - 1], "to")))) {
        ct = *t;
        ct.code = arena_cat(c, t->code, "GOV");
        t = &ct;
    }
    /* the people of a state as the object of coercion or violence ("arrested 100 Palestinians")
     * are its civilians */
    if (root >= 17 && t && t->people && t->country && t->code && strlen(t->code) == 3 &&
        !(v->p->flags & KBL_P_MUTUAL)) {
        dt = *t;
        dt.code = arena_cat(c, t->country, "CVL");
        dt.role = "CVL";
        t = &dt;
    }
    /* a state's forces killing "11 insurgents" in an article about a named armed group kill
     * that group's men */
    /* ... and a state's organ's words or deeds aimed at "the terrorists", "the rebels" in such an
     * article, when the group is at home in that state ("ruled out talks with the
     * 'terrorists'") */
    int definite = t && t->s > 0 && (is(&c->tok[t->s - 1], "the") ||
                                     (t->s > 1 && is(&c->tok[t->s - 2], "the") && c->tok[t->s - 1].kind == KBL_T_PUNCT));
    if (s && t && s->country && s->role && (((!strcmp(s->role, "MIL") || !strcmp(s->role, "COP")) && root >= 18) ||
                                            (state_organ(s->role) && definite)) &&
        t->code && !t->country && t->role && (!strcmp(t->role, "INS") || !strcmp(t->role, "REB")) &&
        !memcmp(t->code, "---", 3) && !t->pronoun) {
        memory m;
        memory_at(c, t->s, &m);
        const char *gh = m.has_group && m.group.code ? home_of(c, m.group.code) : NULL;
        if (m.has_group && m.group.code && memcmp(m.group.code, "---", 3) && !m.group.country &&
            (root >= 18 || (gh && !strncmp(gh, s->country, 3))) && !kbe_fought_beside(c->ev, c->nev, m.group.code, s->country)) {
            dt = *t;
            dt.code = m.group.code;
            dt.name = m.group.name;
            dt.kind = KBL_GROUP;
            dt.role = NULL;
            dt.home = home_of(c, m.group.code);
            t = &dt;
        }
    }
    /* in violence, police and domestic armed or civil actors act on their own country's
     * people ("rebels killed civilians", "police beat worshippers"); an army may not */
    if (s && t && s->code && t->code && root >= 18 && s->country && !t->country && !memcmp(t->code, "---", 3) &&
        t->role && strlen(s->code) == 6) {
        static const char *const IN_S[] = {"COP", "REB", "INS", "OPP", "CVL", NULL};
        static const char *const IN_T[] = {"CVL", "REL", "OPP", "EDU", "LAB", "MED", "BUS", "PTY", "HLH", "AGR",
                                           "CRM", "ELI", "SET", "ENV", NULL};
        int a = 0, b = 0;
        for (const char *const *r = IN_S; *r; r++)
            if (!strcmp(s->code + 3, *r)) a = 1;
        for (const char *const *r = IN_T; *r; r++)
            if (!strcmp(t->role, *r)) b = 1;
        /* ... and armed or civil actors attack their own state's organs ("rebels in Darfur
         * attacked a government convoy", "Iraqi insurgents killed policemen") */
        static const char *const ARMED_S[] = {"REB", "INS", "OPP", "CVL", NULL};
        for (const char *const *r = ARMED_S; *r && !(a && b); r++)
            if (!strcmp(s->code + 3, *r) && state_organ(t->role)) a = b = 1;
        /* (not armed men a place names as their origin: "raiders from Ethiopia killed 40 people"
         * struck across a border, where the enrichment places the victims) */
        for (int j = s->s; a && b && j < s->e; j++)
            if (is(&c->tok[j], "from") && armed_role(s->code + 3)) a = 0;
        if (a && b) {
            dt = *t;
            dt.country = s->country;
            dt.code = arena_cat(c, s->country, t->role);
            t = &dt;
        }
    }
    /* victims no one gave a state, in a sentence that counts a people among the dead ("raising
     * to seven the number of Mauritanians killed when Malian troops and Africa Corps fighters
     * attacked a herders' camp"): that people's */
    mention vp_t;
    const char *vp = root >= 18 ? victims_people(c, s) : NULL;
    if (vp && t && !t->country && t->code && !memcmp(t->code, "---", 3) && t->role && !state_organ(t->role) &&
        !armed_role(t->role))
        t = of_state(c, &vp_t, t, vp);
    /* ... and an attack that names no victim, told in a new toll of a people's dead ("A second
     * Bolivian man died in hospital, raising to two the number of people killed when Chilean
     * soldiers fired on a convoy"): on those dead */
    if (!t && root >= 18 && root <= 20 && s && s->country && !v->nominal && !(v->p->flags & KBL_P_MUTUAL))
        t = toll_victims(c, s);
    /* ... and so do armed groups at home ("Boko Haram insurgents killed 37 villagers") */
    /* (a group named by a pronoun, "the militia", has the home of its earlier mention) */
    const char *shome = s && s->kind == KBL_GROUP && !s->home && s->code ? home_of(c, s->code) : s ? s->home : NULL;
    /* ... and a bare state organ fighting a group at home is its home state's ("the army said
     * its troops had repelled the gunmen") */
    const char *th = t && t->kind == KBL_GROUP && !t->country && t->code ? (t->home ? t->home : home_of(c, t->code)) : NULL;
    /* ... unless the sentence places the act in another state ("JNIM ambushed a convoy in
     * northern Burkina Faso"), or the article is clearly about another one (looked up only
     * for a group's act: most events need neither) */
    const char *here = (shome || th) ? vp : NULL;
    for (int k = 0; (shome || th) && k < c->nm && !here; k++) {
        const mention *o = &c->men[k];
        /* (not where the doers came from: "The militants, who had crossed from Somalia's Gedo
         * region, also seized two teachers") */
        int from = 0;
        for (int j = o->s - 1; j >= 0 && j >= o->s - 3 && !from && c->tok[j].men < 0; j--) from = is(&c->tok[j], "from");
        if (!o->dead && !o->pronoun && state_like(o) && named_place(c, o) && !from) here = o->country;
        /* (... or a state's place named as its people: "a raid on a Ugandan village", "a village
         * in Uganda") */
        static const char *const SETTLED[] = {"village", "villages", "town", "towns", "district", "hamlet", NULL};
        for (int j = o->s; !o->dead && !o->pronoun && !from && o->country && o->role && !strcmp(o->role, "CVL") &&
                           j < o->e && !here;
             j++)
            if (is_any(&c->tok[j], SETTLED)) here = o->country;
    }
    /* (a group's violence on a bare state organ: the state whose forces fought it earlier in the
     * article, "Myanmar's military said its aircraft struck positions of the KNLA ... The KNLA
     * said its fighters had overrun a military outpost", in a report from Thailand) */
    if (shome && !here && root >= 18 && s->code && t && t->role && state_organ(t->role) && !t->country &&
        !memcmp(t->code, "---", 3))
        for (size_t q = c->nev; q-- > 0 && !here;) {
            const kb_event *e = &c->ev[q];
            if (e->historical || root_of(e->root) < 18 || !e->source.code || !e->target.code) continue;
            if (!strcmp(e->target.code, s->code) && e->source.country && strlen(e->source.code) == 6 &&
                state_organ(e->source.code + 3))
                here = e->source.country;
            else if (!strcmp(e->source.code, s->code) && e->target.country && strlen(e->target.code) == 6 &&
                     state_organ(e->target.code + 3))
                here = e->target.country;
        }
    if ((shome || th) && !here) {
        int second = 0, best = dominant_state(c, &second);
        if (best >= 0 && c->scount[best] >= 2 && c->scount[best] >= 2 * second)
            here = kb_arena_strndup(c->arena, c->scode[best], 3);
    }
    /* (... else, for a group's violence, the land of the sentence's towns when the article names
     * that state as often as the group's home: "al-Shabaab gunmen stopped a bus near Mandera" in
     * a report naming Kenya and Somalia alike) */
    if (shome && !th && !here && root >= 18) {
        const char *sl = sentence_land(c);
        int nl = 0, nh = 0;
        for (int k = 0; sl && k < c->nstates; k++) {
            if (!strncmp(c->scode[k], sl, 3)) nl = c->scount[k];
            if (!strncmp(c->scode[k], shome, 3)) nh = c->scount[k];
        }
        if (sl && nl >= nh) here = sl;
    }
    if (here && strlen(here) != 3) here = kb_arena_strndup(c->arena, here, 3);
    /* (not a meeting's place: "held talks in Banjul" is no home of the MFDC) */
    if (shome && here && root != 4) shome = here;
    if (th && here) th = here;
    /* (else the state whose side the group last struck in the article) */
    for (size_t q = c->nev; th && !here && q-- > 0;) {
        const kb_event *e = &c->ev[q];
        if (e->source.code && !strcmp(e->source.code, t->code) && e->target.country &&
            memcmp(e->target.country, "---", 3)) {
            th = e->target.country;
            break;
        }
    }
    if (s && th && s->code && root >= 18 && !s->country && !memcmp(s->code, "---", 3) && s->role &&
        state_organ(s->role)) {
        s = of_state(c, &ds, s, th);
    }
    /* ... and territory it takes at home is taken from its home state ("M23 took control of
     * Walikale", a town no one placed) */
    if (s && !t && s->code && !strcmp(code, "192") && s->kind == KBL_GROUP && !s->country && shome) {
        t = the_state(&dt, shome);
    }
    /* ... and its words to a bare state organ are to its home state's ("the AA accused the junta") */
    if (s && t && s->code && t->code && (root >= 18 || !strcmp(code, "015") || (t->role && state_organ(t->role))) &&
        s->kind == KBL_GROUP &&
        !s->country && shome &&
        !t->country && !memcmp(t->code, "---", 3) && t->role && strcmp(t->role, "INS") && strcmp(t->role, "REB")) {
        dt = *t;
        dt.country = shome;
        dt.code = arena_cat(c, shome, t->role);
        t = &dt;
    }
    /* verbal conflict between the two states an article is about: a bare state organ
     * ("Officials urged the Taliban to ...") addressing one of them speaks for the other */
    if (s && t && s->code && t->code && root >= 10 && root <= 13 && !s->country && s->role &&
        !memcmp(s->code, "---", 3) && state_organ(s->role) && t->country) {
        const char *other = other_of_two(c, t->country);
        /* (... or, before the article names a second, the land of the sentence's towns: "The
         * Songwe regional police commander told reporters in Tunduma that the drivers ...") */
        if (!other && (other = towns_land(c)) && !strncmp(other, t->country, 3)) other = NULL;
        if (other) s = of_state(c, &ds, s, other);
    }
    /* (and praise or cooperation: "the interior minister praised the elders") */
    if (s && t && s->code && t->code &&
        ((root >= 9 && root < 18) || (root == 8 && strncmp(code, "084", 3)) || root == 5 || root == 6 || root == 2 ||
         root == 4)) {
        static const char *const DOM[] = {"CVL", "OPP", "EDU", "LAB", "MED", "BUS", "REL", "REB", "INS", "PTY",
                                          "HLH", "AGR", "CRM", "ELI", "SET", "ENV", NULL};
        static const char *const ORG[] = {"GOV", "COP", "JUD", "LEG", "MIL", NULL};
        const mention *st = NULL, *bare = NULL;
        int bare_is_src = 0;
        if (s->country && !t->country && !memcmp(t->code, "---", 3)) st = s, bare = t;
        else if (t->country && !s->country && !memcmp(s->code, "---", 3)) st = t, bare = s, bare_is_src = 1;
        /* ... but foreigners are often whom the police arrest or deport: a state's people ("40
         * Afghans") or its adjective on a word that is no actor ("Afghan nationals") give an
         * unnamed organ no country */
        if (bare_is_src && root == 17 && (t->people || (t_mod && strlen(t->code) == 3))) st = NULL;
        /* (... and so are another state's people in a report whose places lie in one land: "Police
         * officers used batons and pepper spray on Ukrainian drivers" from Záhony is Hungary's; the
         * dateline's town gives the land too) */
        const char *home = c->land[0] ? c->land : c->dl_land[0] ? c->dl_land : NULL;
        if (st && bare_is_src && root == 17 && home && strncmp(home, st->country, 3) && st->role &&
            !state_organ(st->role))
            st = NULL;
        /* ... and the police's force on them or custody of them in a town of another land is
         * that land's ("Police fired tear gas to break up a blockade by Zambian lorry drivers at
         * the Tunduma border post": code_spans gives it the town's state) */
        const char *tl;
        if (st && bare_is_src && bare->role && (root == 17 || (root >= 18 && !strcmp(bare->role, "COP"))) &&
            (tl = towns_land(c)) && strncmp(tl, st->country, 3))
            st = NULL;
        /* ... nor are people from or near a place named ("arrested 14 fishermen from Rameswaram",
         * "detained a shepherd near the village of Atotsi"): the place's (the enrichment) */
        if (st && !bare_is_src && from_place(c, t->e)) st = NULL;
        /* ... nor protesters outside a foreign mission ("rallied outside the Chinese consulate") */
        if (st && bare_is_src && root == 14 && t->e > t->s &&
            is_any(&c->tok[t->e - 1], EMBASSY))
            st = NULL;
        if (st && bare && bare->role) {
            /* so does an unnamed state organ ("a judge opened investigations against Chilean
             * officials", "police arrested Ugandan activists"), and one that restricts, threatens,
             * investigates or concedes to a state ("the president threatened a curfew in Algeria") */
            int dom = 0, org = 0, borg = 0, st6 = strlen(st->code) == 6;
            for (const char *const *r = DOM; *r; r++)
                if (!strcmp(bare->role, *r)) dom = 1;
            for (const char *const *r = ORG; *r; r++) {
                if (st6 && !strcmp(st->code + 3, *r)) org = 1;
                if (!strcmp(bare->role, *r)) borg = 1;
            }
            int st_state = strlen(st->code) == 3 && st->kind == KBL_STATE;
            /* (a meeting: only people met, "ministers met community leaders"; an official of no
             * country meeting a state's is often a foreign one) */
            if (root == 4 && !dom) borg = 0;
            /* (not a protest, summons or rebuke of another state's organ: "the Foreign Ministry
             * summoned Chinese Ambassador Wu" is no Chinese ministry) */
            if (borg && st6 && bare_is_src && (root == 11 || root == 16) && !strcmp(st->code + 3, "GOV")) borg = 0;
            if ((dom && org) || (borg && st6) ||
                (borg && st_state && (root == 9 || (root == 13 && bare_is_src) || root == 14 || root == 17))) {
                mention *x = bare_is_src ? &ds : &dt;
                *x = *bare;
                /* (... but the people a state's word is about, in a report whose places lie in
                 * another land, are that land's: "The US State Department condemned the brutal
                 * repression of peaceful protesters" in a report from Bayamo) */
                const char *pc = st->country;
                if (!bare_is_src && dom && root >= 10 && root <= 13 && c->land[0] && strncmp(c->land, pc, 3))
                    pc = kb_arena_strndup(c->arena, c->land, 3);
                x->country = pc;
                x->code = arena_cat(c, pc, bare->role);
                if (bare_is_src) s = x;
                else t = x;
            }
        }
    }
    /* "The Foreign Ministry summoned Chinese Ambassador Wu" in a report filed from Tokyo: a bare
     * government summoning another state's envoy, or one given the envoy's own state (no state
     * summons its own envoy to protest), is the other land's (other_land) */
    mention host;
    if (!strcmp(code, "114") && s && t && s->code && t->country && s->kind != KBL_PERSON && strlen(s->code) == 6 &&
        !strcmp(s->code + 3, "GOV") &&
        (!strcmp(s->code, "---GOV") || (s->country && !strncmp(s->country, t->country, 3) && t->code &&
                                        strlen(t->code) == 6 && !strcmp(t->code + 3, "GOV")))) {
        const char *hc = other_land(c, t->country);
        if (hc) s = state_role(c, &host, kb_arena_strndup(c->arena, hc, 3), "GOV", s->name);
    }
    /* the people of a state who protest ("Young Algerians blocked roads") are its civilians */
    mention ps;
    if (root == 14 && s && s->people && s->country && s->code && strlen(s->code) == 3) {
        ps = *s;
        ps.code = arena_cat(c, s->country, "CVL");
        ps.role = "CVL";
        s = &ps;
    }
    /* "They also seized the vessel": a boat seized with no owner named is the state's whose
     * civilian boat the article named last with its state */
    mention boat;
    if (!t && v && c->vessel && (!strcmp(code, "1711") || !strcmp(code, "1712")) &&
        (!s || !s->country || strncmp(s->country, c->vessel, 3)))
        for (int j = v->s + 1; j < c->nt && j < v->e + 3; j++)
            if (is_any(&c->tok[j], VESSEL)) {
                t = state_role(c, &boat, c->vessel, "", "the boat");
                boat.role = NULL;
                break;
            }
    /* "They also burned three motor pumps" after "Legionnaires and gendarmes detained 14
     * Brazilian garimpeiros at the camp": property its doer "also" took or destroyed is of the
     * people of its last act */
    mention also_t;
    if (!t && v && s && s->code && (!strcmp(code, "1711") || !strcmp(code, "1712")) && v->s > 0 &&
        is(&c->tok[v->s - 1], "also") && c->nev > 0) {
        const kb_event *f = &c->ev[c->nev - 1];
        if (f->source.code && s->country && f->source.country && !strncmp(f->source.country, s->country, 3) &&
            f->target.country && !f->historical && strncmp(f->target.country, s->country, 3))
            t = the_state(&also_t, kb_arena_strndup(c->arena, f->target.country, 3));
    }
    /* "Soldiers detained four other Colombian men ... and seized 280 cylinders of subsidised
     * Ecuadorian gas": goods its doer took beside the people it held are theirs, not the land
     * the goods came from */
    /* "charged the two others with violence against gendarmes": more of the people held before,
     * not whom the charge's words name */
    mention others_t;
    const mention *ot;
    /* (right after the verb's word, wherever its pattern ends: "charged the two others with violence
     * against gendarmes") */
    int oat = v && v->s + 1 < c->nt && others_at(c, v->s + 1) ? v->s + 1 : v && v->e < c->nt && others_at(c, v->e) ? v->e : -1;
    if (v && custody_code(code) && oat >= 0 && (!t || t->s >= oat + others_at(c, oat) || t->s < oat) &&
        (ot = others_held(c, &others_t, NULL)) != NULL)
        t = ot;
    mention held_t;
    if (v && s && s->code && !strcmp(code, "1711") && v->s > 0 && is(&c->tok[v->s - 1], "and") && c->nev > 0 &&
        (!t || (t->kind == KBL_STATE && !t->role && t->s > v->e))) {
        const kb_event *f = &c->ev[c->nev - 1];
        if (f->sentence == (size_t)sent && !strcmp(f->code, "173") && f->source.code &&
            !strcmp(f->source.code, s->code) && f->target.code && f->target.country && strlen(f->target.code) == 6 &&
            str_in(f->target.code + 3, PEOPLE_ROLES) && (!t || strncmp(t->country, f->target.country, 3)))
            t = state_role(c, &held_t, kb_arena_strndup(c->arena, f->target.country, 3), f->target.code + 3,
                           f->target.name);
    }
    /* "confiscated bales of second-hand clothing and crates of beer from the traders": goods
     * taken from people are taken from them */
    if (!t && v && (!strcmp(code, "1711") || !strcmp(code, "1712")))
        for (int j = v->e; j + 1 < c->nt && j < v->e + 14 && !t; j++) {
            if (is(&c->tok[j], ";") || is(&c->tok[j], ".") || is(&c->tok[j], ",") || c->tok[j].verb >= 0) break;
            if (!is(&c->tok[j], "from")) continue;
            int q = j + 1;
            while (q < c->nt && is_any(&c->tok[q], DETS)) q++;
            int m = q < c->nt ? live_mention_at(c, q) : -1;
            if (m >= 0 && c->men[m].s == q && role_of(&c->men[m]) && land_people(role_of(&c->men[m])) &&
                !(s && s->country && c->men[m].country && !strncmp(s->country, c->men[m].country, 3)))
                t = &c->men[m];
            break;
        }
    /* "seized 86 bags of maize and 14 bicycles that the group left behind": goods whose owners a
     * relative clause names are theirs */
    if (!t && v && (!strcmp(code, "1711") || !strcmp(code, "1712")))
        for (int j = v->e; j + 2 < c->nt && j < v->e + 16 && !t; j++) {
            if (is(&c->tok[j], ";") || is(&c->tok[j], ".")) break;
            if (!is(&c->tok[j], "that") && !is(&c->tok[j], "which")) continue;
            int q = j + 1;
            while (q < c->nt && is_any(&c->tok[q], DETS) && live_mention_at(c, q) < 0) q++;
            int m = q < c->nt ? live_mention_at(c, q) : -1;
            static const char *const LEFT[] = {"left", "abandoned", "dropped", "carried", "owned", NULL};
            int k = m >= 0 ? group_end(c, m) : c->nt;
            if (k + 1 < c->nt && !is_any(&c->tok[k], LEFT) && c->tok[k].kind == KBL_T_WORD && !c->tok[k].cap) k++;
            if (m >= 0 && c->men[m].country && (!s || !s->country || strncmp(s->country, c->men[m].country, 3)) &&
                k < c->nt && is_any(&c->tok[k], LEFT))
                t = &c->men[m];
            break;
        }
    /* a protest "to demand that the Bahamas release the men" is addressed to the state its
     * demand names; one "to stop the patriarch from reaching the monastery", to whom it stops */
    if (root == 14 && !t && v)
        for (int j = v->e; j + 2 < c->nt && j < v->e + 25 && !t; j++) {
            int demand = (is(&c->tok[j], "demand") || is(&c->tok[j], "demanding") || is(&c->tok[j], "urge") ||
                          is(&c->tok[j], "urging")) &&
                         is(&c->tok[j + 1], "that");
            int stop = j > 0 && is(&c->tok[j - 1], "to") && (is(&c->tok[j], "stop") || is(&c->tok[j], "prevent"));
            if (!demand && !stop) continue;
            int q = j + (demand ? 2 : 1);
            while (q < c->nt && is_any(&c->tok[q], DETS)) q++;
            int m = q < c->nt ? live_mention_at(c, q) : -1;
            if (m >= 0 && c->men[m].s == q && (state_like(&c->men[m]) || stop) && c->men[m].country &&
                (!s || !s->country || strncmp(s->country, c->men[m].country, 3)))
                t = &c->men[m];
            break;
        }
    /* a country's people blocking a border crossing with no one named block the state across it
     * ("Hundreds of Bolivian porters blocked the international bridge", "blocked the road to the
     * border post"), not the passers-by it stops ("stopping pedestrians and lorries"): the land
     * the report lies in, else the state it names most, when not theirs */
    mention across;
    mention side_folk;
    /* people of no state blocking a road on the side of a border town the sentence opens on are
     * that side's ("On the Congolese side of Bunagana, traders blocked the road to the border
     * post"; own_post below then sees that side) */
    const mention *side;
    if (root == 14 && !strncmp(code, "144", 3) && v && s && !s->country && s->code && !memcmp(s->code, "---", 3) &&
        s->role && land_people(s->role) && (side = side_named(c, s->s, NULL)))
        s = of_state(c, &side_folk, s, side->country);
    /* (... and their own side's post is where they block it: "blocked the road at Keur Ayib, the
     * Senegalese border post opposite Farafenni") */
    int own_post = root == 14 && t && s && s->country && t->country && !strncmp(t->country, s->country, 3) && t->code &&
                   strlen(t->code) == 3 && t->e < c->nt && is_any(&c->tok[t->e], FRONTIER);
    /* (... or their end of the bridge: "blocked the Brazilian end of the bridge over the Oyapock";
     * or their side of a border town: "blocked the highway on the Kenyan side of Malaba") */
    int own_state_t = root == 14 && t && s && s->country && t->country && !strncmp(t->country, s->country, 3) &&
                      t->code && strlen(t->code) == 3;
    if (own_state_t && !own_post && t->e + 2 < c->nt && (is(&c->tok[t->e], "end") || is(&c->tok[t->e], "side")))
        own_post = of_a_span(c, t->e) ||
                   (is(&c->tok[t->e], "side") && is(&c->tok[t->e + 1], "of") && c->tok[t->e + 2].cap);
    /* (... or their side of the bridge the sentence names: "blocked the approach road to the
     * bridge on the Zambian side with their rigs") */
    if (own_state_t && !own_post && t->e < c->nt && is(&c->tok[t->e], "side") && t->s >= 2 &&
        is(&c->tok[t->s - 1], "the") && is(&c->tok[t->s - 2], "on"))
        for (int j = v ? v->e - 1 : t->s; j < t->s && !own_post; j++)
            own_post = is(&c->tok[j], "bridge") || is_any(&c->tok[j], FRONTIER) || check_post(c, j) ||
                       /* (... or the town it names: "blocked the road at Mutukula on the Tanzanian
                        * side") */
                       (is(&c->tok[j], "at") && j + 1 < t->s && c->tok[j + 1].cap && c->tok[j + 1].kind == KBL_T_WORD &&
                        c->tok[j + 1].men < 0);
    /* (... or the side of a border town the sentence opens on: "On the Congolese side of
     * Bunagana, traders blocked the road to the border post") */
    if (own_state_t && !own_post && v) own_post = side_named(c, v->s, s->country) != NULL;
    /* (... with no one named: "On the Ethiopian side of Galafi, residents and stranded drivers
     * blocked the highway") */
    if (root == 14 && !strncmp(code, "144", 3) && !t && v && s && s->country && side_named(c, v->s, s->country))
        own_post = 1;
    /* (people no word gave a state blocking a crossing are the people of the land the report
     * lies in: "Farmers have blocked the road to the crossing with tractors since Monday", from
     * Medyka) */
    mention border_folk;
    if (root == 14 && !strncmp(code, "144", 3) && v && !t && s && !s->country && s->code &&
        !memcmp(s->code, "---", 3) && s->role && land_people(s->role) && c->land[0] && border_in_clause(c, v, 1))
        s = of_state(c, &border_folk, s, c->land);
    if (root == 14 && !strncmp(code, "144", 3) && v &&
        (!t || own_post || (t->code && !t->country && !memcmp(t->code, "---", 3) && t->role && land_people(t->role))) &&
        s && s->country && s->code && strlen(s->code) == 6 && role_of(s) &&
        /* (activists too: "about 300 activists and residents blocked the Via Aurelia at Ponte San
         * Ludovico, the Italian border post") */
        (land_people(role_of(s)) || !strcmp(role_of(s), "OPP"))) {
        int at_border = own_post;
        const char *bound = NULL;
        /* (over the clause: "had blocked the road for more than an hour to protest against waits of
         * up to nine hours at the crossing") */
        /* (... and its participle after a comma: "parked their trucks across the approach road to
         * the port, refusing to cross until the 12 men were freed") */
        for (int j = v->s + 1; j < c->nt && j < v->e + 20 && !at_border; j++) {
            if (is(&c->tok[j], ",") && j + 1 < c->nt && gerund_form(&c->tok[j + 1])) continue;
            if (is(&c->tok[j], ",") || is(&c->tok[j], ";") || is(&c->tok[j], ".")) break;
            /* (... and a town's end of the bridge: "blocked the Poipet end of the Khlong Luek bridge") */
            if (is(&c->tok[j], "end") && of_a_span(c, j)) at_border = 1;
            /* (... and the road "to the checkpoint": "have blocked the approach road to the
             * checkpoint at Chop", not "the checkpoint of" a force) */
            if ((is(&c->tok[j], "checkpoint") || is(&c->tok[j], "checkpoints")) && j >= 2 && is(&c->tok[j - 1], "the") &&
                is(&c->tok[j - 2], "to") && !(j + 1 < c->nt && is(&c->tok[j + 1], "of")))
                at_border = 1;
            /* (... and a land's check post: "blocked the road to the Integrated Check Post (ICP) at
             * Birgunj") */
            if (check_post(c, j)) at_border = 1;
            /* (... and the state its traffic was bound for: "blocked the motorway at Batrovci ...,
             * stopping all traffic towards Croatia") */
            if (j + 1 < c->nt && (is(&c->tok[j], "towards") || is(&c->tok[j], "toward") || is(&c->tok[j], "entering"))) {
                int m = live_mention_at(c, j + 1);
                if (m >= 0 && c->men[m].s == j + 1 && state_like(&c->men[m]) && c->men[m].country &&
                    strncmp(c->men[m].country, s->country, 3)) {
                    at_border = 1;
                    bound = c->men[m].country;
                }
            }
            /* (... and a named crossing's gate: "blocked the Kapıkule gate for a day") */
            at_border = at_border || is_any(&c->tok[j], FRONTIER) ||
                        ((is(&c->tok[j], "gate") || is(&c->tok[j], "gates")) && j - 1 > v->s && c->tok[j - 1].cap &&
                         c->tok[j - 1].kind == KBL_T_WORD) ||
                        (is(&c->tok[j], "bridge") && j > 0 && is(&c->tok[j - 1], "international")) ||
                        /* ("blocked the Santiago bridge between Irun and Hendaye") */
                        (is(&c->tok[j], "bridge") && j + 1 < c->nt && is(&c->tok[j + 1], "between")) ||
                        (is(&c->tok[j], "cross") && is(&c->tok[j - 1], "to"));
        }
        /* (not a blockade that puts a demand: "demanding that the crossing be reopened" asks
         * whoever shut it, which the demand's own rules find) */
        for (int j = v->e; at_border && j < c->nt; j++)
            if (is(&c->tok[j], "demanding") || is(&c->tok[j], "demand") || is(&c->tok[j], "demanded")) at_border = 0;
        /* (... and a road blocked in a town of another land: "Senegalese lorry drivers who blocked
         * the road at Farafenni") */
        const char *there = NULL;
        if (!at_border) {
            int j = v->e;
            while (j < c->nt && j < v->e + 12 && !is(&c->tok[j], ",") && !is(&c->tok[j], ";") && !is(&c->tok[j], "."))
                j++;
            there = j > v->s ? span_land(c, c->tok[v->s].s, c->tok[j - 1].e) : NULL;
            if (there && !strncmp(there, s->country, 3)) there = NULL;
            /* (... or a customs terminal or checkpoint in the land the report lies in, when not
             * theirs: Turkish drivers who "had blocked the terminal's exit" at Sarpi) */
            static const char *const POSTS[] = {"terminal", "checkpoint", "customs", NULL};
            for (int q = v->s + 1; !there && q < j; q++)
                if (is_any(&c->tok[q], POSTS) && c->land[0] && strncmp(c->land, s->country, 3)) there = c->land;
        }
        const char *o = bound ? bound : at_border ? other_land(c, s->country) : there;
        /* (... else the one other state the sentence names: "Greek riot police used batons against
         * Albanian travellers who had blocked the road at the Kakavia border crossing") */
        int sole = at_border && !o;
        for (int k = 0; sole && k < c->nm; k++) {
            const mention *f = &c->men[k];
            if (f->dead || !f->country || !strncmp(f->country, s->country, 3)) continue;
            if (o && strncmp(o, f->country, 3)) {
                o = NULL;
                break;
            }
            o = f->country;
        }
        if (o) t = the_state(&across, kb_arena_strndup(c->arena, o, 3));
        else if (t && at_border) t = NULL;
    }
    /* a threat to answer what another state does is at that state ("warned that Russia would
     * respond "firmly and in kind" to any "unfriendly steps" by Oslo", "would retaliate against
     * Norway") */
    mention threat_t;
    if (root == 13 && !t && v && s && s->country)
        for (int j = v->e; j + 1 < c->nt && j < v->e + 30 && !t; j++) {
            if (is(&c->tok[j], ";") || is(&c->tok[j], ".")) break;
            if (!is(&c->tok[j], "by") && !is(&c->tok[j], "against")) continue;
            int m = live_mention_at(c, j + 1);
            if (m >= 0 && c->men[m].s == j + 1 && state_like(&c->men[m]) && c->men[m].country &&
                strncmp(c->men[m].country, s->country, 3))
                t = the_state(&threat_t, kb_arena_strndup(c->arena, c->men[m].country, 3));
        }
    /* a march by a country's people to another state's border post is at that state ("Italian
     * activists who had marched to the French border post") */
    mention march_t;
    if (!strcmp(code, "141") && !t && v && s && s->country)
        for (int j = v->e; j + 3 < c->nt && j < v->e + 4; j++) {
            if (!(is(&c->tok[j], "to") || is(&c->tok[j], "towards")) || !is(&c->tok[j + 1], "the")) continue;
            int m = live_mention_at(c, j + 2);
            if (m >= 0 && c->men[m].s == j + 2 && c->men[m].kind == KBL_STATE && !c->men[m].role && c->men[m].country &&
                strncmp(c->men[m].country, s->country, 3) && c->men[m].e < c->nt && is_any(&c->tok[c->men[m].e], FRONTIER))
                t = the_state(&march_t, kb_arena_strndup(c->arena, c->men[m].country, 3));
            break;
        }
    /* a strike by a country's people at a place in another land is against that land ("Ethiopian
     * truck drivers also stopped loading cargo at the port of Djibouti") */
    mention strike_t;
    if (!strcmp(code, "143") && !t && v && s && s->country && s->code && strlen(s->code) == 6 && role_of(s) &&
        land_people(role_of(s))) {
        int j = v->e;
        while (j < c->nt && j < v->e + 12 && !is(&c->tok[j], ",") && !is(&c->tok[j], ";") && !is(&c->tok[j], "."))
            j++;
        const char *there = j > v->e ? span_land(c, c->tok[v->e].s, c->tok[j - 1].e) : NULL;
        /* (... or a state's name that place words give: "at the port of Djibouti") */
        for (int q = v->e + 1; !there && q < j; q++) {
            int m = live_mention_at(c, q);
            if (m >= 0 && c->men[m].s == q && c->men[m].kind == KBL_STATE && !c->men[m].role && c->men[m].country &&
                (is(&c->tok[q - 1], "of") || is(&c->tok[q - 1], "at") || is(&c->tok[q - 1], "in")))
                there = c->men[m].country;
        }
        if (there && strncmp(there, s->country, 3)) t = the_state(&strike_t, kb_arena_strndup(c->arena, there, 3));
    }
    /* a protest by a country's people with no one named is addressed to their government
     * ("farmers blocked roads in Paris", "students marched"): CAMEO's usual target of dissent */
    mention gov;
    /* (a person's followers too: "Morales's followers have blocked highways", the role his code's;
     * and a party the lexicon codes as a state's opposition: "supporters of CHADEMA marched") */
    /* (... and so is their threat to protest: "the party would call days of protest", 133) */
    if ((root == 14 || root == 10 || !strcmp(code, "133")) && !t && s && s->country && s->code && strlen(s->code) == 6 &&
        str_in(s->role ? s->role : s->code + 3, DISSENT_ROLES))
        t = state_role(c, &gov, s->country, "GOV", "government");
    /* an actor's own state named as the place it withdraws from ("Bosnian Serb forces withdrew
     * from the Bosnian town of X", "troops pulled out of the Malian city of Gao") is no target */
    if (s && t && !strncmp(code, "087", 3) && s->country && t->country && !strncmp(s->country, t->country, 3) && state_like(t) &&
        !t->capital && (named_place(c, t) || place_noun_after(c, t)))
        t = NULL;
    /* ... nor the state whose village hosts a signing or a meeting ("signed the agreement in
     * the Greek village of Psarades": where, not with whom) */
    if (t && root < 14 && state_place_of(c, t)) t = NULL;
    /* "Mozambican truck drivers ... blocked the N4 ... Police fired rubber bullets to clear the
     * highway": repression of no one named, after a blockade by another state's people the
     * report just told, is of those people */
    mention blockers;
    if (!t && s && s->country && !strncmp(code, "175", 3) && !hist_year)
        for (size_t q = c->nev; q-- > 0;) {
            const kb_event *f = &c->ev[q];
            if ((size_t)sent > f->sentence + 3) break;
            if (f->historical || strncmp(f->code, "14", 2) || !f->source.code || !f->source.country ||
                strlen(f->source.code) != 6 || !str_in(f->source.code + 3, PEOPLE_ROLES) ||
                !strncmp(f->source.country, s->country, 3) || !f->source.name ||
                !isupper((unsigned char)f->source.name[0])) /* (named with their state: "Mozambican ...") */
                continue;
            t = state_role(c, &blockers, kb_arena_strndup(c->arena, f->source.country, 3), f->source.code + 3,
                           f->source.name);
            break;
        }
    /* a state organ's repression of no one named is of its own people ("police broke up
     * protests in Nairobi": KENCOP>KEN 175) */
    mention dt2;
    /* ... and so is its closing of a road ("Authorities closed the road to all traffic": 191) */
    int road = !strncmp(code, "191", 3) && v && v->e > 0 &&
               (is(&c->tok[v->e - 1], "road") || is(&c->tok[v->e - 1], "roads") ||
                is(&c->tok[v->e - 1], "highway") || is(&c->tok[v->e - 1], "highways") ||
                is(&c->tok[v->e - 1], "motorway"));
    /* (a concession that names another state's people is not on its own: "reversed its decision
     * to expel Ugandan traders") */
    int concede = !strncmp(code, "081", 3) || !strncmp(code, "083", 3);
    for (int k = 0; concede && s && s->country && k < c->nm; k++)
        if (!c->men[k].dead && c->men[k].country && strncmp(c->men[k].country, s->country, 3)) concede = 0;
    /* (not force its doer just used on another state's people in the same sentence: "gendarmes
     * beat Ethiopian truck drivers with batons and fired tear gas at them") */
    mention prior_t;
    if (!strncmp(code, "175", 3) && s && !t && s->country && s->code)
        for (size_t q = c->nev; q-- > 0;) {
            const kb_event *f = &c->ev[q];
            if (f->sentence != (size_t)sent) break;
            if (f->historical || !f->source.code || strcmp(f->source.code, s->code) || !f->target.code ||
                !f->target.country || !strncmp(f->target.country, s->country, 3) || root_of(f->root) < 17)
                continue;
            const char *tc = kb_arena_strndup(c->arena, f->target.country, 3);
            t = strlen(f->target.code) == 6 ? state_role(c, &prior_t, tc, f->target.code + 3, f->target.name)
                                            : the_state(&prior_t, tc);
            break;
        }
    if ((!strncmp(code, "175", 3) || concede || road) && s && !t && s->country &&
        ((s->role && state_organ(s->role)) || (concede && s->kind == KBL_PERSON))) {
        t = the_state(&dt2, kb_arena_strndup(c->arena, s->country, 3));
    }
    /* "Labour and the Tories have clashed over tax", "the judge has clashed with ministers": a
     * clash of politicians, judges or bodies with no one killed is a quarrel, no fight */
    if (v && s && t && !strncmp(code, "19", 2) && !sentence_kills(c)) {
        static const char *const CLASH[] = {"clash", "clashed", "clashes", "clashing", NULL};
        int clash = 0;
        for (int j = v->s; j < v->e && !clash; j++) clash = is_any(&c->tok[j], CLASH);
        if (clash && political(s) && political(t)) return;
    }
    /* "the national government" a governor, mayor or senator speaks to is their own state's, not
     * the last government named ("Mandera's senator accused the national government" in a report
     * that named Somalia's federal government before); "the federal government" may be the
     * neighbour's, named before (a Kenyan governor on Somalia's) */
    mention own_gov;
    int the_tier = t && t->s >= 1 && t->e - t->s <= 2 &&
                   (is(&c->tok[t->s - 1], "the") ||
                    (t->s >= 2 && t->e - t->s == 1 && is(&c->tok[t->s - 2], "the") && !c->tok[t->s - 1].cap));
    if (s && t && s->country && t->role && !strcmp(t->role, "GOV") && the_tier && !t->pronoun &&
        gov_tier(c, t) == 1 && !is(&c->tok[t->s - 1], "federal") && !is(&c->tok[t->s], "federal") &&
        (!t->country || strncmp(t->country, s->country, 3)) &&
        (s->kind == KBL_PERSON || (s->role && !strcmp(s->role, "LEG")) || local_office(c, s)))
        t = of_state(c, &own_gov, t, s->country);
    /* aid handed to people no word gave a state, in a sentence whose towns lie in one land, is
     * given to that land's people ("In Adigrat, the World Food Programme began distributing food to
     * about 9,000 displaced people") */
    mention aid_t;
    if (t && root_of(code) == 7 && t->role && !t->country && land_people(t->role)) {
        const char *cc = towns_land(c);
        if (cc) t = of_state(c, &aid_t, t, cc);
    }
    /* force on people no word gave a state, in a sentence that opens on another state's people it
     * hurt ("A fourth Iranian man injured when Turkish troopers opened fire on a group of porters
     * ... died"), is on that state's people, not the land the towns lie in */
    mention hurt_t;
    if (t && v && s && s->country && root >= 18 && root <= 20 && t->role && !t->country && land_people(t->role) &&
        t->s > v->s) {
        const char *cc = NULL;
        for (int k = 0; k < c->nm; k++) {
            const mention *f = &c->men[k];
            if (f->dead || f->pronoun || f->s >= v->s || !f->country || !f->code) continue;
            if (!strncmp(f->country, s->country, 3)) continue;
            int folk = f->people || (f->role && str_in(f->role, PEOPLE_ROLES)) ||
                       (strlen(f->code) == 3 && f->kind == KBL_STATE && f->e < v->s && f->e < c->nt &&
                        (is(&c->tok[f->e], "man") || is(&c->tok[f->e], "woman")));
            if (!folk) continue;
            if (cc && strncmp(cc, f->country, 3)) {
                cc = NULL;
                break;
            }
            cc = f->country;
        }
        static const char *const HURT[] = {"injured", "wounded", "killed", "hurt", "shot", NULL};
        int hurt = 0;
        for (int j = 0; cc && j < v->s && !hurt; j++) hurt = is_any(&c->tok[j], HURT) && j + 1 < c->nt &&
                                                             (is(&c->tok[j + 1], "when") || is(&c->tok[j + 1], "as"));
        if (cc && hurt) t = of_state(c, &hurt_t, t, cc);
    }
    /* forces sent are the sender's own, no party the act is on: "The Armed Forces of Liberia
     * deployed about 150 soldiers to the border" is Liberia's mobilisation, at no one named */
    if (s && t && !strncmp(code, "154", 3) && t->kind == KBL_AGENT && t->role &&
        (!strcmp(t->role, "MIL") || !strcmp(t->role, "COP")) &&
        (!t->country || (s->country && !strncmp(s->country, t->country, 3))))
        t = NULL;
    /* people do not free police: "The three Thai fishermen held in Vientiane ... were released
     * on Wednesday and handed to Thai police" is the holders' release (the "and" participle's
     * passive), not the fishermen's */
    if (!strncmp(code, "0841", 4) && s && t && t->role && state_organ(t->role) &&
        ((role_of(s) && str_in(role_of(s), PEOPLE_ROLES)) || s->people))
        return;
    /* people "met by relatives" at the gate are welcomed home, no meeting of two sides */
    if (root == 4 && v && v->passive && s && !s->country && s->role && land_people(s->role)) return;
    /* people no word gave a state who beat or attack another state's people in a report whose
     * places lie in one land are that land's ("Two Chinese security guards ... were beaten by a
     * group of miners at the mine's main gate", in Suriname) */
    mention local;
    if (s && t && (root == 18 || root == 19) && s->code && !s->country && !memcmp(s->code, "---", 3) && s->role &&
        land_people(s->role) && t->country && c->land[0] && strncmp(c->land, t->country, 3))
        s = of_state(c, &local, s, c->land);
    /* the inference must not make an actor act on itself */
    /* (but military police hold a state's own soldiers: "Military police on Monday detained two
     * soldiers of the border security task force") */
    int mp = custody_code(code) && s && s->e - s->s >= 2 && s->e <= c->nt && is(&c->tok[s->e - 1], "police") &&
             is(&c->tok[s->e - 2], "military");
    if (acts_on_itself(c, v, s, t, code) && !mp && !holds_own_men(c, code, s, t)) return;
    for (size_t i = c->nev; i-- > 0;) {
        kb_event *o = &c->ev[i];
        if (o->sentence != (size_t)sent) break;
        const char *oc = o->source.code, *sc = s ? s->code : NULL;
        const char *ot = o->target.code, *tc = t ? t->code : NULL;
        if (!strcmp(o->code, code) && ((!oc && !sc) || (oc && sc && !strcmp(oc, sc))) &&
            ((!ot && !tc) || (ot && tc && !strcmp(ot, tc))))
            return;
    }
    kb_event *e = new_event(c);
    if (!e) return;
    if (c->pending && c->npend < (int)(sizeof c->pend / sizeof *c->pend)) /* (see answered_targets) */
        c->pend[c->npend++] = c->nev - 1;
    e->sentence = (size_t)sent;
    e->start = ss;
    e->end = se;
    e->verb_start = c->tok[v->s].s;
    e->verb_end = c->tok[v->e - 1].e;
    for (int j = v->s - 1; j > 0 && c->tok[j].verb < 0; j--)
        if (is(&c->tok[j], "after")) {
            e->after_clause = 1;
            break;
        }
    if (s) {
        e->source.code = s->code;
        e->source.name = s->name;
        e->source_recalled = s->recalled;
        e->source.country = s->country;
    }
    if (t) {
        e->target.code = t->code;
        e->target.name = t->name;
        e->target.country = t->country;
    }
    set_code(e, cm);
    e->pattern = v->p->text;
    e->historical = hist_year; /* resolved per document at the end */
    /* a meeting in the other side's country is hosted by it ("In Baghdad on Monday, Fidan met
     * Iraqi Prime Minister Mohammed Shia al-Sudani": IRQ>TUR 043 beside the meeting) */
    if (!strcmp(code, "040") && !c->joint && !v->nominal && s && t && s->country && t->country && strncmp(s->country, t->country, 3)) {
        int there = 0;
        for (int k = 0; k < c->nm && !there; k++) {
            const mention *o = &c->men[k];
            there = !o->dead && !o->pronoun && o->country && !strncmp(o->country, t->country, 3) &&
                    (o->capital || (o->kind == KBL_STATE && !o->role)) && named_place(c, o);
        }
        if (there && !told3(c, sent, "043", t, s)) {
            mention host = *t, guest = *s;
            emit(c, sent, ss, se, v, "043", &host, &guest, hist_year);
        }
    }
    /* a host's visitor made a visit ("Tiani received Russia's deputy defence minister in
     * Niamey": RUS>NER 042 beside NER>RUS 043) */
    if (!strcmp(code, "043") && s && t && s->country && t->country && strncmp(s->country, t->country, 3) &&
        (t->role || t->kind == KBL_PERSON)) {
        mention host = *s, guest = *t;
        if (!told3(c, sent, "042", t, s)) emit(c, sent, ss, se, v, "042", &guest, &host, hist_year);
    }
    /* a visit to a state is hosted by it: "flew to Bamako for talks" is BFA>MLI 042 and
     * MLI>BFA 043 (a past visit the sentence dates, "since To Lam visited Beijing in August
     * 2024", is background told once) */
    /* (a person hosts as the office holder: "travelled to Ipiales for talks with her Colombian
     * counterpart, Rosa Villavicencio") */
    if (!strcmp(code, "042") && s && t && s->country && t->country && strncmp(s->country, t->country, 3) &&
        (t->kind != KBL_PERSON || (role_of(t) && !strcmp(role_of(t), "GOV"))) && !hist_year && !c->then) {
        mention host = *t, guest = *s;
        if (host.capital && host.code && strlen(host.code) == 3) host.code = arena_cat(c, host.code, "GOV");
        host.capital = 0;
        emit(c, sent, ss, se, v, "043", &host, &guest, hist_year);
    }
}

static void emit_groups(kb_coder *c, int sent, uint32_t ss, uint32_t se, const vmatch *v,
                        const char *code, int sg, int tg, int hist)
{
    mention *S[16], *T[16];
    int ns = 0, ntg = 0;
    for (int k = 0; k < c->nm; k++) {
        if (c->men[k].dead) continue;
        if (sg >= 0 && c->men[k].group == sg && ns < 16) S[ns++] = &c->men[k];
        if (tg >= 0 && c->men[k].group == tg && ntg < 16) T[ntg++] = &c->men[k];
    }
    /* "X and Y agreed / signed an agreement / resumed negotiations": a joint act, both ways */
    int joint = (v->p->flags & KBL_P_MUTUAL) ||
                (!strncmp(code, "03", 2) && strncmp(code, "033", 3)) || !strcmp(code, "057") ||
                !strcmp(code, "050") || !strcmp(code, "046") || !strcmp(code, "062") || !strcmp(code, "0871");
    /* ... also when the only other party is unnamed ("X and Y agreed to allow access for people
     * in need") */
    int unnamed_t = ntg > 0;
    for (int b = 0; b < ntg; b++)
        if ((!T[b]->code || memcmp(T[b]->code, "---", 3) || T[b]->country) && !state_place_of(c, T[b])) unnamed_t = 0;
    /* ... or when what follows names what it is about ("the two governments signed an agreement
     * in Jakarta on the recruitment and protection of Indonesian domestic workers") */
    static const char *const TOPIC[] = {"on", "about", "over", "concerning", "regarding", "covering", NULL};
    if (joint && ns >= 2 && ntg > 0 && T[0]->s > v->e && clause_word_before(c, T[0]->s, T[0]->s - v->e, TOPIC))
        unnamed_t = 1;
    if (joint && ns >= 2 && (ntg == 0 || unnamed_t)) {
        c->joint = 1; /* (two sides meeting somewhere: no host, emit) */
        for (int a = 0; a < ns; a++)
            for (int b = 0; b < ns; b++)
                /* two units of one code (two of a state's forces): one event, as both ways
                 * would be the same dyad twice */
                if (a != b && !(b < a && S[a]->code && S[b]->code && !strcmp(S[a]->code, S[b]->code)))
                    emit(c, sent, ss, se, v, code, S[a], S[b], hist);
        c->joint = 0;
        return;
    }
    /* "the tribes agreed to a ceasefire", "elders of the two warring tribes signed a settlement":
     * one plural people no one gave a country, acting among themselves: the act is within their
     * state (the article's, resolved per article; none, no event) */
    static const char *const PEOPLES[] = {"CVL", "ELI", "REL", "AGR", NULL};
    int settle = !strncmp(code, "0871", 4) || !strncmp(code, "057", 3) || !strncmp(code, "19", 2) ||
                 (!strncmp(code, "03", 2) && strncmp(code, "033", 3));
    if (joint && settle && ns == 1 && ntg == 0 && S[0]->plural && (S[0]->kind == KBL_AGENT || S[0]->kind == KBL_STATE) &&
        S[0]->role && str_in(S[0]->role, PEOPLES) && !v->nominal) {
        c->self = 1;
        emit(c, sent, ss, se, v, code, S[0], S[0], hist);
        c->self = 0;
        return;
    }
    if (ns == 0) S[ns++] = NULL;
    /* an appeal or a demand to "both sides", "the two neighbours": one, to no one named; so
     * one to "both the army and the separatists" */
    if (ntg == 2 && T[0]->pronoun && T[1]->pronoun && T[1]->pair && (!strncmp(code, "02", 2) || !strncmp(code, "10", 2)))
        ntg = 0;
    /* (... but not "both the government and the protesters", two bodies of one state no one named
     * apart: each is addressed, within the article's state) */
    int one_state = ntg == 2;
    const char *tc = NULL;
    for (int b = 0; b < ntg && one_state; b++) {
        one_state = T[b]->code && (T[b]->kind == KBL_AGENT || T[b]->kind == KBL_STATE) && T[b]->role &&
                    !armed_role(T[b]->role) &&
                    strcmp(T[b]->role, "CRM") && (!T[b]->country || !tc || !strncmp(T[b]->country, tc, 3));
        if (T[b]->country) tc = T[b]->country;
    }
    if (ntg == 2 && !one_state && T[0]->s > 0 &&
        is(&c->tok[T[0]->s - 1 - (T[0]->s >= 2 && is_any(&c->tok[T[0]->s - 1], DETS))], "both") &&
        (!strncmp(code, "02", 2) || !strncmp(code, "10", 2)))
        ntg = 0;
    if (ntg == 0 || (v->p->flags & KBL_P_NOTARGET)) {
        ntg = 0;
        T[ntg++] = NULL;
    }
    for (int a = 0; a < ns; a++) {
        /* "police and soldiers arrested 14 people": one act of one state's organs, told once */
        int again = 0;
        for (int a0 = 0; a0 < a && !again; a0++)
            again = S[a] && S[a0] && S[a]->country && S[a0]->country && !strncmp(S[a]->country, S[a0]->country, 3) &&
                    S[a]->role && S[a0]->role && state_organ(S[a]->role) && state_organ(S[a0]->role) &&
                    S[a]->kind != KBL_PERSON && S[a0]->kind != KBL_PERSON;
        if (again) continue;
        for (int b = 0; b < ntg; b++) emit(c, sent, ss, se, v, code, S[a], T[b], hist);
    }
}

/* What an appeal (groot 2) or a demand (10) is for, from the code of the act asked for;
 * NULL if CAMEO has no finer code. */
static const char *appeal_for(int groot, const char *act)
{
    /* the act asked for, the appeal (02) and the demand (10) for it; the first prefix wins */
    static const char *const T[][3] = {
        {"045", "028", "108"},   {"087", "0256", "1056"}, {"084", "0253", "1053"}, {"0831", "0241", "1041"},
        {"0832", "0242", "1042"}, {"0833", "0243", "1043"}, {"0834", "0244", "1044"}, {"083", "024", "104"},
        {"081", "0251", "1051"}, {"082", "0252", "1052"}, {"085", "0254", "1054"}, {"086", "0255", "1055"},
        {"057", "027", "107"},   {"04", "026", "106"},    {"05", "022", "102"},    {"061", "0211", "1011"},
        {"062", "0212", "1012"}, {"063", "0213", "1013"}, {"064", "0214", "1014"}, {"06", "021", "101"},
        {"071", "0231", "1031"}, {"072", "0232", "1032"}, {"073", "0233", "1033"}, {"074", "0234", "1034"},
        {"07", "023", "103"},    {"08", "025", "105"},    {NULL, NULL, NULL}};
    if (groot != 2 && groot != 10) return NULL;
    for (int k = 0; T[k][0]; k++)
        if (!strncmp(act, T[k][0], strlen(T[k][0]))) return T[k][groot == 2 ? 1 : 2];
    return NULL;
}

/* Give the events coded from verb match w in this sentence another code. */
static void recode(kb_coder *c, int sent, const vmatch *w, const char *code)
{
    const kbl_cameo *cm = code ? kbl_cameo_get(c->lx, code) : NULL;
    if (!cm) return;
    for (size_t i = c->nev; i-- > 0;) {
        kb_event *e = &c->ev[i];
        if (e->sentence != (size_t)sent) break;
        if (e->verb_start != c->tok[w->s].s || strcmp(e->code, w->p->code)) continue;
        set_code(e, cm);
    }
}

/* One party's codes of a sentence, one bare and one given its state later ("---GOV" and
 * "SENGOV" for "Government envoys"), or the same. */
static int same_party(const char *a, const char *b)
{
    if (!strcmp(a, b)) return 1;
    size_t la = strlen(a), lb = strlen(b);
    return la == 6 && lb == 6 && (!memcmp(a, "---", 3) || !memcmp(b, "---", 3)) && !strcmp(a + 3, b + 3);
}

/* The two parties of a joint act already coded in this sentence ("X and Y agreed ...",
 * "talks between X and Y"): an event and its reverse. 1 if found. */
static int sentence_parties(kb_coder *c, int sent, mention *a, mention *b)
{
    for (size_t i = c->nev; i-- > 0;) {
        const kb_event *e = &c->ev[i];
        if (e->sentence != (size_t)sent) break;
        if (!e->source.code || !e->target.code) continue;
        for (size_t j = i; j-- > 0;) {
            const kb_event *r = &c->ev[j];
            if (r->sentence != (size_t)sent) break;
            if (!r->source.code || !r->target.code || !same_party(r->source.code, e->target.code) ||
                !same_party(r->target.code, e->source.code))
                continue;
            memset(a, 0, sizeof *a);
            memset(b, 0, sizeof *b);
            a->kind = b->kind = KBL_STATE;
            a->code = r->source.code, a->name = r->source.name, a->country = r->source.country;
            b->code = e->source.code, b->name = e->source.name, b->country = e->source.country;
            return 1;
        }
    }
    return 0;
}

/* Habitual or background acts, not a happening of the day: "have carried out similar
 * raids", "such attacks", "frequently shells". */
static const char *const MONTHS[] = {"january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december", NULL};

/* Does the clause of the verb at vs open "Under the deal," / "Under its terms,"? What follows
 * in the future is what the deal says, not an act or anyone's intent. */
static int under_terms(const kb_coder *c, int vs)
{
    static const char *const TERMS[] = {"terms", "deal", "agreement", "accord", "truce", "ceasefire",
                                        "plan", "arrangement", "pact", "settlement", "framework", "roadmap",
                                        "protocol", "memorandum", "understanding", NULL};
    /* (a sentence that opens "Under the deal," tells terms to its end; a spinner's "Underneath") */
    if (vs > 2 && (is(&c->tok[0], "under") || is(&c->tok[0], "underneath")))
        for (int k = 1; k < vs && k <= 4; k++)
            if (is_any(&c->tok[k], TERMS)) return 1;
    for (int j = vs - 1; j >= 0 && j >= vs - 16; j--) {
        if (is(&c->tok[j], ";")) return 0;
        if (!is(&c->tok[j], "under")) continue;
        /* "the agreement of April 2025, under which the 3R promised to disarm" */
        if (j + 1 < vs && is(&c->tok[j + 1], "which")) {
            for (int k = j - 1; k >= 0 && k >= j - 6; k--)
                if (is_any(&c->tok[k], TERMS)) return 2;
            return 0;
        }
        for (int k = j + 1; k < vs && k <= j + 4; k++)
            if (is_any(&c->tok[k], TERMS)) return 1;
        return 0;
    }
    return 0;
}

/* A body sentence's verb in the simple present, outside quotes: what holds ("the task force,
 * which fights the jihadists", "four states contribute troops to it"), not an act of the day.
 * News tells acts in the past; the present is for headlines (the first sentence) and quotes. */
static int present_simple(kb_coder *c, const vmatch *v, int sent)
{
    static const char *const AMBIG[] = {"hit", "put", "set", "cut", "shut", "beat", "cast", "quit", "spread",
                                        "hurt", "let", "read", "bid", "burst", "thrust", "upset", NULL};
    static const char *const LEFT[] = {"to", "not", "n't", "never", "did", "does", "do", "will", "would",
                                       "could", "may", "might", "shall", "can", "should", "must", "'ll",
                                       "i", "we", "you", NULL};
    if (v->nominal || (v->p->flags & KBL_P_SAY) || sent == 0 || !v->p->code) return 0;
    /* (words stay in the present: "Islamabad accuses Kabul", "the Taliban deny this") */
    int r = root_of(v->p->code);
    if (r < 4 || (r >= 9 && r <= 13) || r == 16) return 0;
    const tokinfo *t = &c->tok[v->s];
    if (is_any(t, BE) || is(t, "has") || is(t, "does")) return 0;
    size_t ln = strlen(t->low);
    if (t->kind != KBL_T_WORD || ln < 3 || past_form(t) || is_any(t, AMBIG) || t->cap) return 0;
    if (ln > 3 && !strcmp(t->low + ln - 3, "ing")) return 0;
    if (v->s > 0 && (is_any(&c->tok[v->s - 1], LEFT) || is_any(&c->tok[v->s - 1], BE))) return 0;
    /* "which fights", "contribute": a third person -s, or a plural's bare form after its subject */
    int third = t->low[ln - 1] == 's' && t->low[ln - 2] != 's' && t->low[ln - 2] != '\'';
    if (!third) {
        int m = v->s > 0 ? live_mention_at(c, v->s - 1) : -1;
        if (m < 0 || !c->men[m].plural) {
            /* "Chad, Nigeria, Niger and Cameroon contribute": a list of subjects */
            if (m < 0 || c->men[m].group == m) return 0;
        }
    } else if (v->s > 0 && !is(&c->tok[v->s - 1], "which") && !is(&c->tok[v->s - 1], "who") &&
               live_mention_at(c, v->s - 1) < 0) {
        return 0;
    } else if (v->s + 1 < c->nt && !is_any(&c->tok[v->s + 1], DETS) && live_mention_at(c, v->s + 1) < 0) {
        return 0; /* (an object follows a verb; "militant attacks in Riyadh" are a noun) */
    }
    /* not inside a quotation */
    int q = 0;
    for (int j = v->s - 1; j >= 0 && c->tok[j].s >= c->tok[0].s; j--)
        if (c->tok[j].kind == KBL_T_PUNCT && (is(&c->tok[j], "\"") || is_str(&c->tok[j], "\xe2\x80\x9c"))) q ^= 1;
    return !q;
}

/* "in a statement", "in a televised speech", "in its communique": how words were said, at pos */
static int said_in_statement(const kb_coder *c, int pos)
{
    static const char *const HOW[] = {"statement", "statements", "communique", "communiqué", "speech", "address",
                                      "interview", "letter", "post", "posting", "video", "message", "briefing",
                                      "tweet", "declaration", "broadcast", NULL};
    if (pos >= c->nt || !is(&c->tok[pos], "in")) return 0;
    for (int j = pos + 1; j < c->nt && j <= pos + 4; j++) {
        if (is_any(&c->tok[j], HOW)) return 1;
        if (c->tok[j].kind != KBL_T_WORD || c->tok[j].men >= 0) return 0;
    }
    return 0;
}

/* An act noun at pos named as what words are about ("seldom comments on individual attacks",
 * "gave no details on the raid"): no act told. */
static int words_about(kb_coder *c, int pos)
{
    static const char *const WORDS_ON[] = {"comment", "comments", "commented", "commenting", "remarks", "report",
                                           "reports", "reporting", "details", "information", "questions", "speak",
                                           "spoke", "silent", "silence", NULL};
    for (int j = pos - 1; j > 0 && j >= pos - 3; j--) {
        int m = live_mention_at(c, j);
        if (c->tok[j].kind == KBL_T_PUNCT || (m >= 0 && c->men[m].kind != KBL_AGENT)) return 0;
        if ((is(&c->tok[j], "on") || is(&c->tok[j], "about")) && is_any(&c->tok[j - 1], WORDS_ON)) return 1;
    }
    return 0;
}

static int habitual(kb_coder *c, const vmatch *v)
{
    static const char *const CUE[] = {"similar", "such", "frequently", "often", "routinely", "regularly",
                                      "habitually", "usually", "previous", "daily", "nightly", NULL};
    /* (before the act only: 'a protest over "repeated attacks"', not 'condemned the "repeated
     * killings"') */
    static const char *const RUN[] = {"repeated", "recurring", "incessant", "persistent", NULL};
    for (int j = v->s - 1; j >= 0 && j >= v->s - 3; j--) {
        if (is(&c->tok[j], "\"") || is(&c->tok[j], "\xe2\x80\x9c")) continue;
        if (c->tok[j].kind == KBL_T_PUNCT || live_mention_at(c, j) >= 0) break;
        if (is_any(&c->tok[j], CUE)) return 1;
        /* (... whose doer is unnamed: "the repeated killings of citizens by the BSF" name one) */
        if (is_any(&c->tok[j], RUN)) return by_agent(c, v->e, 1) < 0;
        /* "its commanders have repeatedly complained" (not "shelled repeatedly on Monday") */
        if (is(&c->tok[j], "repeatedly") && j > 0 && (is(&c->tok[j - 1], "have") || is(&c->tok[j - 1], "has")))
            return 1;
    }
    for (int j = v->s + 1; j < c->nt && j < v->e + 3; j++) {
        const tokinfo *t = &c->tok[j];
        if (t->kind == KBL_T_PUNCT || is_any(t, STOP_RIGHT) || live_mention_at(c, j) >= 0) break;
        /* "such" only before a noun, not "such as" */
        if (is_any(t, CUE) && !(is(t, "such") && j + 1 < c->nt && is(&c->tok[j + 1], "as"))) return 1;
    }
    /* "most crews are released after paying fines" in a sentence of what happens "every year": a
     * present passive of a practice */
    if (v->s > 0 && (is(&c->tok[v->s - 1], "are") || is(&c->tok[v->s - 1], "is"))) {
        static const char *const EVERY[] = {"every", "each", NULL};
        static const char *const SPAN[] = {"year", "month", "week", "day", "season", "summer", "winter", NULL};
        for (int j = 0; j + 1 < c->nt; j++)
            if (is_any(&c->tok[j], EVERY) && is_any(&c->tok[j + 1], SPAN)) return 1;
    }
    /* "The coast guard says it seized more than 150 Chinese boats last year": a count over a
     * year is a tally, no act of a day */
    static const char *const MANY[] = {"more", "over", "hundreds", "thousands", "dozens", NULL};
    int many = 0;
    for (int j = v->s + 1; j < c->nt && j < v->s + 4 && !many; j++) many = is_any(&c->tok[j], MANY);
    for (int j = v->s + 1; many && j + 1 < c->nt && j < v->e + 12; j++) {
        if (is(&c->tok[j], ";") || is(&c->tok[j], ".") || is_any(&c->tok[j], STOP_RIGHT)) break;
        if ((is(&c->tok[j], "last") || is(&c->tok[j], "this")) && is(&c->tok[j + 1], "year")) return 1;
    }
    return 0;
}


static int background(kb_coder *c, const vmatch *v);

/* Is act v in the perfect tense as an aggregate over a period, not a happening: "has lodged
 * dozens of protests ... in recent years" (a period the background test finds)? (A practice
 * alone still counts: "have frequently blamed" is a statement, as the seeds' gold codes it.) */
static int perfect_aggregate(kb_coder *c, const vmatch *v)
{
    static const char *const PRACTICE[] = {"long", "repeatedly", "consistently", "often", "frequently",
                                           "routinely", "regularly", "always", NULL};
    static const char *const SPANS[] = {"years", "decades", "months", NULL};
    for (int j = v->s - 1; j >= 0 && j >= v->s - 3; j--) {
        const tokinfo *t = &c->tok[j];
        if (is(t, "has") || is(t, "have")) return background(c, v);
        /* (in the passive too: "more than 120 people have been detained over the case since
         * then") */
        if (is(t, "been") && j == v->s - 1) continue;
        /* (a long-held charge is no news: "Rights groups have long accused", "have for years
         * accused Saudi border forces of firing on migrants"; a denial still answers today's) */
        /* (... and so is a long-standing demand: "Baku has long demanded that the mission leave") */
        int charge = v->p->code && (!strncmp(v->p->code, "11", 2) || !strncmp(v->p->code, "10", 2));
        if (charge && j > 0 && (is(&c->tok[j - 1], "has") || is(&c->tok[j - 1], "have")) && is(t, "long")) return 1;
        if (charge && j > 1 && (is(&c->tok[j - 2], "has") || is(&c->tok[j - 2], "have")) && is(&c->tok[j - 1], "for") &&
            is_any(t, SPANS))
            return 1;
        if (!is_any(t, PRACTICE)) break;
    }
    return 0;
}

/* A period that makes an act background or an aggregate of many, at token i ("in the past",
 * "over the past decade", "in recent years", "since 2015", "since the 2001 invasion", "for
 * years", "each day"); its length in tokens, 0 if none. Recent hours and days are news. */
static int period_at(kb_coder *c, int i)
{
    static const char *const SPAN_PREP[] = {"in", "over", "during", "within", "for", "throughout", NULL};
    static const char *const UNIT[] = {"year", "years", "decade", "decades", "months", "century", "era", NULL};
    static const char *const RECENT[] = {"hours", "hour", "day", "days", "week", "night", "weekend", NULL};
    static const char *const EVERY_UNIT[] = {"day", "week", "month", "year", "night", "time", NULL};
    const tokinfo *t = &c->tok[i];
    int n = c->nt;
    if (is_any(t, SPAN_PREP) && i + 2 < n && is(&c->tok[i + 1], "the") &&
        (is(&c->tok[i + 2], "past") || is(&c->tok[i + 2], "last"))) {
        int k = i + 3;
        while (k < n && k < i + 6 && (c->tok[k].kind == KBL_T_NUM || is_any(&c->tok[k], NUM_WORDS) ||
                                      is(&c->tok[k], "few") || is(&c->tok[k], "several") || is(&c->tok[k], "24")))
            k++;
        if (k < n && is_any(&c->tok[k], RECENT)) return 0;
        if (k >= n || c->tok[k].kind == KBL_T_PUNCT || is_any(&c->tok[k], UNIT)) return k - i + 1;
        return 0;
    }
    if (is_any(t, SPAN_PREP) && i + 2 < n && is(&c->tok[i + 1], "recent") &&
        (is(&c->tok[i + 2], "years") || is(&c->tok[i + 2], "months") || is(&c->tok[i + 2], "decades")))
        return 3;
    if (is(t, "for") && i + 1 < n && (is(&c->tok[i + 1], "years") || is(&c->tok[i + 1], "decades"))) return 2;
    /* "for more than a year", "for nearly two years" (not a term: "jailed for 12 years") */
    if (is(t, "for") && i + 3 < n &&
        (is(&c->tok[i + 1], "more") || is(&c->tok[i + 1], "over") || is(&c->tok[i + 1], "nearly") ||
         is(&c->tok[i + 1], "almost"))) {
        int k = i + 2;
        if (is(&c->tok[k], "than")) k++;
        if (k + 1 < n && (is(&c->tok[k], "a") || c->tok[k].kind == KBL_T_NUM || is_any(&c->tok[k], NUM_WORDS)) &&
            (is_any(&c->tok[k + 1], UNIT) || is(&c->tok[k + 1], "year")))
            return k + 2 - i;
    }
    if (is(t, "since") && i + 1 < n) {
        static const char *const MONTH[] = {"january", "february", "march", "april", "may", "june", "july",
                                            "august", "september", "october", "november", "december", NULL};
        if (year_of(&c->tok[i + 1], c->text)) return 2;
        if (i + 2 < n && is(&c->tok[i + 1], "the") && year_of(&c->tok[i + 2], c->text)) return 3;
        /* "since late 2021", "since early 2024" */
        if (i + 2 < n && (is(&c->tok[i + 1], "late") || is(&c->tok[i + 1], "early") || is(&c->tok[i + 1], "mid")) &&
            year_of(&c->tok[i + 2], c->text))
            return 3;
        /* "since April 2023", "since last year" */
        if (i + 2 < n && is_any(&c->tok[i + 1], MONTH) && year_of(&c->tok[i + 2], c->text)) return 3;
        if (i + 2 < n && is(&c->tok[i + 1], "last") && is_any(&c->tok[i + 2], UNIT)) return 3;
        /* "have been fighting ... since January": a perfect's month is an ongoing span (and
         * "has fought the army ... since then") */
        if (is_any(&c->tok[i + 1], MONTH) || is(&c->tok[i + 1], "then"))
            for (int k = i - 1; k >= 0 && k >= i - 10; k--)
                if (is(&c->tok[k], "been") || is(&c->tok[k], "has") || is(&c->tok[k], "have")) return 2;
    }
    if ((is(t, "each") || is(t, "every")) && i + 1 < n && is_any(&c->tok[i + 1], EVERY_UNIT)) return 2;
    /* "has fought the army on and off": now and then, no one happening */
    if (is(t, "on") && i + 2 < n && is(&c->tok[i + 1], "and") && is(&c->tok[i + 2], "off")) return 3;
    /* "has seized 46 boats so far this year": a running count */
    if (is(t, "so") && i + 1 < n && is(&c->tok[i + 1], "far"))
        return i + 3 < n && is(&c->tok[i + 2], "this") && is_any(&c->tok[i + 3], EVERY_UNIT) ? 4 : 2;
    /* "killed more than 40 soldiers in three provinces last year, according to a tally": a
     * year's count (not "in March last year") */
    if (is(t, "last") && i + 1 < n && is(&c->tok[i + 1], "year") && !(i > 0 && is_any(&c->tok[i - 1], MONTHS)))
        for (int k = 0; k < n; k++)
            if (is(&c->tok[k], "tally") || is(&c->tok[k], "total")) return 2;
    return 0;
}

/* The act of verb match v is background or an aggregate: a period in its clause (to the right up
 * to a clause word, to the left up to a comma or clause word), or opening the sentence before
 * the act's clause ("In the past year, militants have killed ..."). */
static int background(kb_coder *c, const vmatch *v)
{
    for (int j = v->e; j < c->nt && j < v->e + 16; j++) {
        const tokinfo *t = &c->tok[j];
        if (is(t, ";") || (is_any(t, STOP_RIGHT) && !is(t, "since"))) break;
        /* (not in an apposition on a place: "in Port Sudan, the seat of the government since
         * 2023") */
        if (is(t, ",") && j + 1 < c->nt && (is(&c->tok[j + 1], "the") || is(&c->tok[j + 1], "a"))) break;
        /* (nor another act's: "seized the tanker and held it for more than two months") */
        if (is(t, "and") && j + 1 < c->nt && (c->tok[j + 1].verb >= 0 || past_form(&c->tok[j + 1]))) break;
        if (period_at(c, j)) return 1;
    }
    int j = v->s - 1, period = 0;
    for (; j >= 0 && j >= v->s - 12; j--) {
        const tokinfo *t = &c->tok[j];
        if (is(t, ",") || is(t, ";") || is_any(t, STOP_LEFT) || is(t, "who") || is(t, "which")) break;
        if (t->verb >= 0 && &c->vm[t->verb] != v) return 0; /* another act's ("who attacked ... in recent years stormed") */
        if (period_at(c, j)) period = 1;
    }
    if (period) return 1;
    /* (a participle's clause after a comma shares its sentence's period: "Hundreds of trucks cross
     * every day, most of them carrying coal south and returning with fuel") */
    if (j >= 0 && is(&c->tok[j], ",") && gerund_form(&c->tok[v->s]))
        for (int k = 0; k < j; k++)
            if ((is(&c->tok[k], "every") || is(&c->tok[k], "each")) && period_at(c, k)) return 1;
    /* the sentence opens with a period phrase ending at the act clause's comma */
    int q = j >= 0 && is(&c->tok[j], ",") ? period_at(c, 0) : 0;
    if (!q) return 0;
    while (q < j && !is(&c->tok[q], ",")) q++;
    return q == j;
}

/* Does a word of list stand in the phrase of at most window tokens from token from, before
 * any punctuation but a possessive "'s" ("met many of the government's demands")? */
static int word_in_phrase(const kb_coder *c, int from, int window, const char *const *list)
{
    for (int k = from; k < c->nt && k < from + window; k++) {
        if (c->tok[k].kind == KBL_T_PUNCT && !is(&c->tok[k], "'s")) return 0;
        if (is_any(&c->tok[k], list)) return 1;
    }
    return 0;
}

/* A verb match no pattern of the lexicon made (an unnamed attack, a denied charge, a town
 * taken): pattern p over tokens [s, e), nothing found for its slots yet */
static void made_match(vmatch *v, const kbl_pattern *p, int s, int e)
{
    memset(v, 0, sizeof *v);
    v->p = p;
    v->s = s;
    v->e = e;
    v->star = v->src = v->tgt = v->inner = -1;
}

/* "A judge in Montevideo ordered three men whom prosecutors described as members of the clan held
 * in pre-trial detention", "a court ordered two Russian citizens who were detained on Friday held for
 * four months": a court's or a judge's order that people be held, over an object longer than the
 * lexicon's patterns reach, is its custody of them (173), on whom it names first after "ordered",
 * else on people of its state. Not when the sentence coded a custody act already. */
static void court_ordered_held(kb_coder *c, int sent, uint32_t ss, uint32_t se)
{
    static const char *const ORDERED[] = {"ordered", "orders", "ordering", NULL};
    static const char *const HELD_PP[] = {"held", "remanded", "kept", "jailed", NULL};
    static const char *const HOW_HELD[] = {"in", "for", "pending", "until", NULL};
    for (size_t q = c->nev; q-- > 0 && c->ev[q].sentence == (size_t)sent;)
        if (!strncmp(c->ev[q].root, "17", 2)) return;
    for (int i = 1; i + 3 < c->nt; i++) {
        /* (a word's first letter first: this runs on every sentence) */
        if (c->tok[i].low[0] != 'o' || !is_any(&c->tok[i], ORDERED) || negated_before(c, i)) continue;
        int j = i + 2, found = 0;
        for (; j + 1 < c->nt && j < i + 25 && !found; j++) {
            if (is(&c->tok[j], ";") || is(&c->tok[j], ":") || is(&c->tok[j], "?")) break;
            found = is_any(&c->tok[j], HELD_PP) && is_any(&c->tok[j + 1], HOW_HELD);
        }
        if (!found) continue;
        j--;
        int src = sentence_subject(c, i);
        const mention *sm = src >= 0 ? &c->men[src] : NULL;
        if (!sm || !sm->country || !sm->role || strcmp(sm->role, "JUD")) return;
        int tm = -1;
        for (int k = i + 1; k < j && tm < 0; k++) {
            int m = live_mention_at(c, k);
            /* (not the speaker of a relative clause about them, "whom prosecutors described as
             * members of the clan": the clan they are said to be of is whom the order holds) */
            if (m >= 0 && c->men[m].s == k && (is(&c->tok[k - 1], "whom") || is(&c->tok[k - 1], "who"))) {
                k = group_end(c, m) - 1;
                continue;
            }
            if (m >= 0 && c->men[m].code && m != src && strcmp(c->men[m].code, sm->code)) tm = c->men[m].group;
        }
        mention people;
        const mention *tgt = tm >= 0 ? &c->men[tm] : state_role(c, &people, sm->country, "CVL", "people");
        static const kbl_pattern ORDER_HELD = {.code = "173", .text = "(a court ordered people held)"};
        vmatch v;
        made_match(&v, &ORDER_HELD, i, i + 1);
        emit(c, sent, ss, se, &v, "173", sm, tgt, 0);
        return;
    }
}

/* "The M23 seized Goma in January 2025", "the RSF captured El Fasher": a town the report-country
 * step placed in a state (kb_doc.place_refs), taken by an actor of another, is the capture of
 * that state's ground (192) */
static void seized_towns(kb_coder *c, int sent, uint32_t ss, uint32_t se)
{
    static const char *const TAKE[] = {"seized", "captured", "overran", "recaptured", "retook", NULL};
    if (!c->nprefs) return;
    for (int i = 1; i + 1 < c->nt; i++) {
        if (c->tok[i].kind != KBL_T_WORD || !is_any(&c->tok[i], TAKE) || is_any(&c->tok[i - 1], BE)) continue;
        if (c->tok[i].verb >= 0 && c->vm[c->tok[i].verb].done == 1) continue; /* (a pattern coded it) */
        int j = i + 1;
        if (j + 1 < c->nt && is(&c->tok[j], "control") && is(&c->tok[j + 1], "of")) j += 2;
        if (j >= c->nt || c->tok[j].kind != KBL_T_WORD || !c->tok[j].cap || c->tok[j].men >= 0) continue;
        const char *cc = place_ref_at(c, c->tok[j].s);
        if (!cc) continue;
        int src = -1;
        for (int k = i - 1; k >= 0 && k >= i - 8 && src < 0; k--) {
            if (is(&c->tok[k], ";") || c->tok[k].verb >= 0) break;
            int m = live_mention_at(c, k);
            if (m >= 0) src = c->men[m].group;
        }
        if (src < 0 || !c->men[src].code || !memcmp(c->men[src].code, "---", 3) ||
            (c->men[src].country && !strncmp(c->men[src].country, cc, 3)))
            continue;
        int hist = 0;
        for (int k = j + 1; k < c->nt && k < j + 8 && !hist; k++) {
            if (is(&c->tok[k], ";") || is(&c->tok[k], ",")) break;
            if (is(&c->tok[k - 1], "in")) hist = year_of(&c->tok[k], c->text);
        }
        static const kbl_pattern TOWN = {.code = "192", .text = "(took a town)"};
        vmatch v;
        made_match(&v, &TOWN, i, j + 1);
        mention st;
        emit(c, sent, ss, se, &v, "192", &c->men[src], the_state(&st, cc), hist);
    }
}

/* The first event of sentence sent. */
static size_t sentence_first(const kb_coder *c, int sent)
{
    size_t first = c->nev;
    while (first > 0 && c->ev[first - 1].sentence == (size_t)sent) first--;
    return first;
}

/* Drop the events of sentence sent that another event of it already tells (absorbed(): 1). */
static void fold_sentence(kb_coder *c, int sent, int (*absorbed)(kb_coder *, size_t, size_t))
{
    size_t first = sentence_first(c, sent), w = first;
    for (size_t i = first; i < c->nev; i++)
        if (!absorbed(c, first, i)) c->ev[w++] = c->ev[i];
    c->nev = w;
}

/* f, which absorbs e, keeps the finer code of the two ("shelling" 194 over a killing's 190) */
static void keep_finer(kb_coder *c, kb_event *f, const kb_event *e)
{
    if (strlen(f->code) == 3 && f->code[2] == '0' && strcmp(e->code, f->code)) {
        const kbl_cameo *cm = kbl_cameo_get(c->lx, e->code);
        if (cm) set_code(f, cm);
    }
}

static int same_code(const char *a, const char *b) { return (!a && !b) || (a && b && !strcmp(a, b)); }

/* "Special forces stormed the prison and freed the remaining 12 guards": people freed by force
 * are rescued from their captors, no release of the rescuer's own (0841); the storming is on the
 * captors: those "held by" names, else the takers of the article's last hostages (181). */
static int rescue_absorbed(kb_coder *c, size_t first, size_t i)
{
    kb_event *e = &c->ev[i];
    if (strcmp(e->code, "0841") || !e->source.code || e->historical) return 0;
    const char *w = c->text + e->verb_start;
    if (strncmp(w, "freed", 5) && strncmp(w, "rescued", 7) && strncmp(w, "released", 8)) return 0;
    for (size_t k = first; k < c->nev; k++) {
        kb_event *f = &c->ev[k];
        if (k == i || root_of(f->root) < 18 || root_of(f->root) > 20 || !strncmp(f->code, "181", 3) ||
            f->historical || !f->source.code || strcmp(f->source.code, e->source.code))
            continue;
        if (!f->target.code && e->target.code && strncmp(e->target.code, e->source.code, 3))
            f->target = e->target;
        for (size_t q = first; !f->target.code && q-- > 0;)
            if (!strcmp(c->ev[q].code, "181") && c->ev[q].source.code && !c->ev[q].historical &&
                strncmp(c->ev[q].source.code, f->source.code, 3))
                f->target = c->ev[q].source;
        return 1;
    }
    return 0;
}

/* One act told twice in a sentence ("were killed in Israeli shelling": the shelling with no
 * target, the killing with its victims): a targetless event whose source has an event of the
 * same root with a target in this sentence is that event. The targeted one keeps the finer
 * code of the two. Historical events stay apart. */
static int targetless_absorbed(kb_coder *c, size_t first, size_t i)
{
    const kb_event *e = &c->ev[i];
    if (e->target.code || !e->source.code || e->historical) return 0;
    int violent = root_of(e->root) >= 18;
    /* (a raid on a place in which the raiders hold people is the custody: "Cambodian police raided
     * the compound on Monday and detained 11 Chinese nationals") */
    const char *vw = c->text + e->verb_start;
    int raid = violent && (!strncmp(vw, "raid", 4) || !strncmp(vw, "storm", 5));
    for (size_t k = first; k < c->nev; k++) {
        kb_event *f = &c->ev[k];
        if (raid && k != i && !strncmp(f->code, "173", 3) && !f->historical && f->source.code &&
            !strcmp(f->source.code, e->source.code))
            return 1;
        /* "its troops returned fire and killed four of the attackers": one fight, told by two
         * violent verbs with no target named, is the first (the later one's code if finer) */
        if (violent && k < i && !f->target.code && f->source.code && !f->historical &&
            !strcmp(f->source.code, e->source.code) && root_of(f->root) >= 18) {
            keep_finer(c, f, e);
            return 1;
        }
        if (!f->target.code || !f->source.code || f->historical || strcmp(f->source.code, e->source.code) ||
            memcmp(f->root, e->root, 2))
            continue;
        /* two different words ("condemned the shelling and summoned its envoy") are two acts */
        if (root_of(e->root) < 18 && strncmp(f->code, e->code, 3) && e->code[2] != '0' && f->code[2] != '0')
            continue;
        keep_finer(c, f, e);
        return 1;
    }
    return 0;
}

/* Are a and b one party of a dyad as the codebook counts it, which counts states: one code, or two
 * parties of one state ("tribal elders" and "families", "the police and the protesters")? (The
 * armed, "the separatists", may yet be named as their group; parties of no state yet stay apart.) */
static int one_state_party(const char *a, const char *b)
{
    if (!strcmp(a, b)) return 1;
    return strlen(a) == 6 && strlen(b) == 6 && memcmp(a, "---", 3) && !strncmp(a, b, 3) && !armed_role(a + 3) &&
           !armed_role(b + 3);
}

/* "met tribal elders and the families of some of the victims", "Shops, schools and banks stayed
 * shut": one verb's act by or on two parties of one state is one event of that dyad (CODING-RULES:
 * one event per happening, dyad and code); the first named stays. */
static int conjoined_absorbed(kb_coder *c, size_t first, size_t i)
{
    const kb_event *e = &c->ev[i];
    if (!e->target.code || !e->source.code) return 0;
    for (size_t k = first; k < i; k++) {
        const kb_event *f = &c->ev[k];
        if (f->verb_start == e->verb_start && f->historical == e->historical && !strcmp(f->code, e->code) &&
            f->source.code && f->target.code && one_state_party(f->source.code, e->source.code) &&
            one_state_party(f->target.code, e->target.code))
            return 1;
    }
    return 0;
}

/* "convicted Kanu of terrorism and sentenced him to life in prison": the sentence a court hands
 * down with its verdict is that verdict (116), one judicial act */
static int verdict_absorbed(kb_coder *c, size_t first, size_t i)
{
    kb_event *e = &c->ev[i];
    if (strcmp(e->code, "173") || !e->source.code || strncmp(c->text + e->verb_start, "sentenc", 7)) return 0;
    for (size_t k = first; k < c->nev; k++) {
        kb_event *f = &c->ev[k];
        if (k == i || strcmp(f->code, "116") || !f->source.code || strcmp(f->source.code, e->source.code) ||
            f->historical != e->historical)
            continue;
        if (!f->target.code) f->target = e->target;
        return 1;
    }
    return 0;
}

/* a role of people hit by violence (not the armed); the enrichment's own_side asks it too */
int kbe_victim_role(const char *role)
{
    static const char *const R[] = {"CVL", "COP", "MIL", "EDU", "MED", "LAB", "REL", "GOV", "REF", "NGO",
                                    "JUD", "LEG", "OPP", "PTY", "BUS", "HLH", "AGR", "ELI", "SET", NULL};
    return str_in(role, R);
}

/* One violent act told with its place and with its victims ("20 people were killed in an
 * attack on a mosque in Kabul", "militants attacked a checkpoint in Pakistan, killing 12
 * soldiers"): an event on a bare state whose source has an event of the same root on that
 * state's people or organ in this sentence is that event (victims with no country yet are that
 * state's); the finer code of the two stays. */
static int state_target_absorbed(kb_coder *c, size_t first, size_t i)
{
    const kb_event *e = &c->ev[i];
    int violent = (e->root[0] == '1' && e->root[1] >= '8') || e->root[0] == '2';
    if (!violent || e->historical || !e->target.code || strlen(e->target.code) != 3) return 0;
    for (size_t k = first; k < c->nev; k++) {
        kb_event *f = &c->ev[k];
        if (k == i || f->historical || !f->target.code || strlen(f->target.code) != 6 || memcmp(f->root, e->root, 2) ||
            !same_code(f->source.code, e->source.code))
            continue;
        int bare = !f->target.country && !memcmp(f->target.code, "---", 3) && kbe_victim_role(f->target.code + 3);
        if (strncmp(f->target.code, e->target.code, 3) && !bare) continue;
        if (bare) {
            f->target.country = e->target.country ? e->target.country : e->target.code;
            f->target.code = arena_cat(c, f->target.country, f->target.code + 3);
        }
        keep_finer(c, f, e);
        return 1;
    }
    return 0;
}

/* "Indian drones struck three camps of ULFA-I in Myanmar's Sagaing region": a strike that lands
 * on another state's soil is coded against that state unless the sentence names the group it
 * targeted (CODING-RULES): the state-targeted telling folds into the group's. */
static int group_target_absorbed(kb_coder *c, size_t first, size_t i)
{
    const kb_event *e = &c->ev[i];
    int violent = (e->root[0] == '1' && e->root[1] >= '8') || e->root[0] == '2';
    if (!violent || e->historical || !e->target.code || strlen(e->target.code) != 3 || !e->target.country ||
        strncmp(e->target.code, e->target.country, 3))
        return 0;
    for (size_t k = first; k < c->nev; k++) {
        kb_event *f = &c->ev[k];
        if (k == i || f->historical || !f->target.code || strlen(f->target.code) != 3 || f->target.country ||
            !memcmp(f->target.code, "---", 3) || memcmp(f->root, e->root, 2) || !same_code(f->source.code, e->source.code))
            continue;
        keep_finer(c, f, e);
        return 1;
    }
    return 0;
}

/* Does a condemnation verb stand within five tokens before pos, in its clause ('condemned "a
 * terrorist attack on the Chilean state"')? */
static int decried_before(const kb_coder *c, int pos)
{
    static const char *const DECRIED[] = {"condemned", "condemns", "denounced", "denounces", "decried",
                                          "deplored", "slammed", NULL};
    for (int j = pos - 1; j >= 0 && j >= pos - 5; j--) {
        if (is(&c->tok[j], ",") || is(&c->tok[j], ";")) return 0;
        if (is_any(&c->tok[j], DECRIED)) return 1;
    }
    return 0;
}

/* Is there a "when" between text offsets a and b (a before b) in this sentence's tokens? */
static int when_between(const kb_coder *c, uint32_t a, uint32_t b)
{
    for (int j = 0; a < b && j < c->nt && c->tok[j].s < b; j++)
        if (c->tok[j].s > a && is(&c->tok[j], "when")) return 1;
    return 0;
}

/* Are a and b one party hit: one code, or one role of one state or of none yet ("---MIL" and
 * "BGDMIL")? */
static int same_victims(const kb_actor *a, const kb_actor *b)
{
    if (!strcmp(a->code, b->code)) return 1;
    size_t la = strlen(a->code), lb = strlen(b->code);
    if (la != 6 || lb != 6 || strcmp(a->code + 3, b->code + 3)) return 0;
    return !memcmp(a->code, "---", 3) || !memcmp(b->code, "---", 3);
}

/* "Seventeen soldiers were killed when Boko Haram fighters attacked their post": the killing
 * with no doer and the named side's attack on the same victims in this sentence are one act;
 * the attack keeps the finer code. */
static int doerless_absorbed(kb_coder *c, size_t first, size_t i)
{
    const kb_event *e = &c->ev[i];
    int violent = (e->root[0] == '1' && e->root[1] >= '8') || e->root[0] == '2';
    if (!violent || e->historical || e->source.code || !e->target.code) return 0;
    for (size_t k = first; k < c->nev; k++) {
        kb_event *f = &c->ev[k];
        /* ("were killed when the BSF opened fire": the doer's act with no one named hit is
         * on those killed) */
        if (k != i && !f->historical && f->source.code && !f->target.code && root_of(f->root) >= 18 &&
            when_between(c, e->verb_start, f->verb_start)) {
            f->target = e->target;
            keep_finer(c, f, e);
            return 1;
        }
        /* ("Two police officers were killed when protesters attacked the security forces": the
         * riot the "when" clause tells) */
        if (k != i && !f->historical && f->source.code && f->target.code && !strcmp(f->code, "145") &&
            when_between(c, e->verb_start, f->verb_start))
            return 1;
        if (k == i || f->historical || !f->source.code || !f->target.code || memcmp(f->root, e->root, 2))
            continue;
        /* (or people on both sides, their countries told apart by the words: "One of the two
         * workers wounded in the attack died ..., raising to four the number of Chinese
         * nationals killed when gunmen stormed their camp") */
        int people = strlen(e->target.code) == 6 && str_in(e->target.code + 3, PEOPLE_ROLES) &&
                     (strlen(f->target.code) == 3 || (strlen(f->target.code) == 6 && str_in(f->target.code + 3, PEOPLE_ROLES)));
        /* (... or the attack the "when" clause tells, on whoever it names: "A Ghanaian
         * peacekeeper was killed when the attackers fired on a UN patrol") */
        if (!same_victims(&f->target, &e->target) && !people && !when_between(c, e->verb_start, f->verb_start))
            continue;
        keep_finer(c, f, e);
        return 1;
    }
    return 0;
}

/* "In March 2014, a bomb claimed by Saraya al-Ashtar killed three policemen": the group that
 * claimed the weapon or the attack did what it did, when no one else is named for it */
static void claimed_by(kb_coder *c, int sent)
{
    static const char *const WEAPON[] = {"bomb", "bombs", "blast", "blasts", "explosion", "explosions", "attack",
                                         "attacks", "bombing", "bombings", "ambush", "raid", "assault",
                                         "device", "car-bomb", NULL};
    int g = -1;
    for (int j = 1; j + 2 < c->nt && g < 0; j++) {
        if (c->tok[j].low[0] != 'c' || !is(&c->tok[j], "claimed") || !is(&c->tok[j + 1], "by") ||
            !is_any(&c->tok[j - 1], WEAPON))
            continue;
        int q = j + 2;
        while (q < c->nt && is_any(&c->tok[q], DETS)) q++;
        int m = q < c->nt ? live_mention_at(c, q) : -1;
        if (m >= 0 && c->men[m].s == q && c->men[m].code && c->men[m].kind == KBL_GROUP && !c->men[m].country) g = m;
    }
    if (g < 0) return;
    const mention *gm = &c->men[g];
    for (size_t i = sentence_first(c, sent); i < c->nev; i++) {
        kb_event *e = &c->ev[i];
        if (root_of(e->root) < 18 || (e->source.code && memcmp(e->source.code, "---", 3))) continue;
        e->source.code = gm->code;
        e->source.name = gm->name;
        e->source.country = gm->country;
    }
}

/* "... killed in Wednesday night's attack near Serhetabat, which the Islamic State Khorasan
 * Province (ISKP) has claimed": the group a relative clause says claimed the sentence's attack
 * did it, and claimed it (015). Only an attack no one is named for. */
static void relative_claim(kb_coder *c, int sent, uint32_t ss, uint32_t se)
{
    int g = -1, at = -1, kw = -1;
    /* (most sentences have no "claimed": one look at each word's first letter) */
    int any = 0;
    for (int j = 1; j < c->nt && !any; j++) any = c->tok[j].low[0] == 'c' && is(&c->tok[j], "claimed");
    if (!any) return;
    claimed_by(c, sent);
    for (int j = 1; j + 2 < c->nt && g < 0; j++) {
        if (!is(&c->tok[j], "which") || !is(&c->tok[j - 1], ",")) continue;
        int q = j + 1;
        while (q < c->nt && is_any(&c->tok[q], DETS)) q++;
        int m = q < c->nt ? live_mention_at(c, q) : -1;
        if (m < 0 || c->men[m].s != q || !c->men[m].code || c->men[m].kind != KBL_GROUP || c->men[m].country) continue;
        int k = group_end(c, m);
        if (k < c->nt && is(&c->tok[k], "(")) /* "(ISKP)" */
            while (k < c->nt && !is(&c->tok[k], ")")) k++;
        if (k < c->nt && is(&c->tok[k], ")")) k++;
        if (k < c->nt && (is(&c->tok[k], "has") || is(&c->tok[k], "had") || is(&c->tok[k], "have"))) k++;
        if (k >= c->nt || !is(&c->tok[k], "claimed")) continue;
        /* (the claim itself, not "which X claimed was ...": the clause ends there, or goes on with
         * where or when it was made, "which the RAM claimed in a leaflet left at the scene") */
        static const char *const MADE_IN[] = {"in", "on", "via", "through", "online", "hours", "later", NULL};
        if (k + 1 < c->nt && !(c->tok[k + 1].kind == KBL_T_PUNCT || is(&c->tok[k + 1], "responsibility") ||
                               is_any(&c->tok[k + 1], MADE_IN)))
            continue;
        g = m, at = j, kw = k;
    }
    if (g < 0) return;
    const mention *gm = &c->men[g];
    const kbl_cameo *claim = kbl_cameo_get(c->lx, "015");
    size_t first = sentence_first(c, sent), n = c->nev;
    int done = 0;
    for (size_t i = first; i < n && claim; i++) {
        kb_event *e = &c->ev[i];
        if (root_of(e->root) < 18 || e->historical || (e->source.code && memcmp(e->source.code, "---", 3))) continue;
        e->source.code = gm->code;
        e->source.name = gm->name;
        e->source.country = gm->country;
        if (done++) continue;
        kb_event *f = new_event(c);
        if (!f) return;
        *f = c->ev[i];
        memset(&f->target, 0, sizeof f->target);
        set_code(f, claim);
    }
    /* ("The attack, which the ISKP has claimed, was the deadliest ...": the claim of an attack
     * told before, the sentence telling none) */
    static const char *const ATTACK[] = {"attack", "assault", "raid", "ambush", "bombing", "killing", "killings",
                                         "massacre", NULL};
    if (!done && claim && at >= 2 && is_any(&c->tok[at - 2], ATTACK)) {
        /* (the attack told before by no one named is the claimer's: the last violent act) */
        for (size_t q = c->nev; q-- > 0;) {
            kb_event *e = &c->ev[q];
            if (e->historical || root_of(e->root) < 18) continue;
            if (!e->source.code || !memcmp(e->source.code, "---", 3)) {
                e->source.code = gm->code;
                e->source.name = gm->name;
                e->source.country = gm->country;
            }
            break;
        }
        kb_event *f = new_event(c);
        if (!f) return;
        f->sentence = (size_t)sent;
        f->start = ss;
        f->end = se;
        f->verb_start = c->tok[kw].s;
        f->verb_end = c->tok[kw].e;
        f->source.code = gm->code;
        f->source.name = gm->name;
        f->source.country = gm->country;
        f->pattern = "015 , which * has claimed";
        set_code(f, claim);
    }
}

/* "coast guard ships fired water cannon at a fisheries vessel and rammed its stern": one
 * happening at sea, the ramming (180) the act; the same ships' water cannon (175) is no second
 * event */
static int water_cannon_absorbed(kb_coder *c, size_t first, size_t i)
{
    const kb_event *e = &c->ev[i];
    if (strcmp(e->code, "175") || !e->source.code) return 0;
    for (size_t k = first; k < c->nev; k++)
        if (!strcmp(c->ev[k].code, "180") && c->ev[k].source.code && !strcmp(c->ev[k].source.code, e->source.code))
            return 1;
    return 0;
}

/* A speech act that goes on in a participle ("urged X to curb militants, warning that ...",
 * "condemned Y, accusing it of ..."): one statement to one addressee; the participle's event
 * goes when the same source addresses the same target earlier in this sentence by a verbal
 * act (roots 02, 10-13). */
static int elaboration_absorbed(kb_coder *c, size_t first, size_t i)
{
    const kb_event *e = &c->ev[i];
    int r = root_of(e->root);
    /* (a blockade's "stopping Angolan lorries from crossing" is the blockade's too: 191 below) */
    int stops = !strncmp(e->code, "191", 3);
    if ((r < 10 || r > 13) && r != 14 && !stops) return 0;
    /* (a protest's demand of no one named goes with the protest, below) */
    if (!e->source.code || (!e->target.code && r != 10 && r != 14)) return 0;
    int k = -1;
    for (int j = 1; j < c->nt && k < 0; j++)
        if (c->tok[j].s == e->verb_start) k = j;
    size_t ln = k > 0 ? strlen(c->tok[k].low) : 0;
    /* (... or goes on after another participle: 'marched ..., chanting "..." and demanding') */
    if (!(k > 0 && ln > 4 && !strcmp(c->tok[k].low + ln - 3, "ing") &&
          (is(&c->tok[k - 1], ",") || ((r == 14 || r == 10) && is(&c->tok[k - 1], "and")))))
        return 0;
    for (size_t q = first; q < c->nev; q++) {
        const kb_event *f = &c->ev[q];
        int fr = root_of(f->root);
        /* (a demand or threat after a summons or protest is an act of its own: "summoned the
         * envoy, demanding that Kabul hand over TTP leaders") */
        if (q != i && !stops && f->verb_start < e->verb_start && f->source.code && f->target.code && e->target.code &&
            (fr == 2 || (fr >= 10 && fr <= 13)) && !strcmp(f->source.code, e->source.code) &&
            !strcmp(f->target.code, e->target.code) && (fr == r || (r != 10 && r != 2)))
            return 1;
        /* (... but what a street protest demands is the protest's: "protested outside the
         * Interior Ministry, demanding better pay"; so is its chanting: "rallied outside the
         * consulate, burning a flag and chanting slogans") */
        if (q != i && f->verb_start < e->verb_start && fr == 14 && (r == 10 || r == 14 || stops) && f->source.code &&
            !strcmp(f->source.code, e->source.code)) {
            /* (... and whom its slogans are against is whom it protests, over the protesters'
             * own government it was given for want of one: "marched to the border post ...,
             * chanting slogans against Kenyan police") */
            kb_event *pf = &c->ev[q];
            if (r == 14 && e->target.code && e->target.country && f->source.country &&
                strncmp(e->target.country, f->source.country, 3) &&
                (!f->target.code || (f->target.country && !strncmp(f->target.country, f->source.country, 3) &&
                                     strlen(f->target.code) == 6 && !strcmp(f->target.code + 3, "GOV"))))
                pf->target = e->target;
            return 1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------ attacks with no named attacker
 *
 * The commonest sentence of conflict news names the victims and not the attacker ("a roadside
 * bomb killed two children", "five soldiers were killed in an attack on a checkpost", "gunmen
 * shot dead three polio workers"). The clause pass needs a named source; this pass runs after
 * it on a sentence where it coded no violent act (roots 18-20) and codes the attack with the
 * attacker unnamed: source null, or the bare armed role that did it ("gunmen", "a suicide
 * bomber": ---INS). The target is the victims, a role of people or of a state organ
 * ("policemen", "students", "people"), or "people" when they are only counted ("killing six");
 * their country is the one the text gives them ("Afghan soldiers"), else the state the
 * sentence places the act in ("in Pakistan"), else (per article, code_spans, and the
 * enrichment) the country of the event's place, else the article's dominant state.
 *
 * The act is a weapon ("bomb", "IED", "grenade", "suicide attack": 183x), a shooting (193),
 * an attack, assault, ambush or storming (190), an abduction (181). A verb needs an armed or
 * unknown doer ("gunmen stormed", "attackers opened fire") or the passive ("was attacked");
 * any other subject is the clause pass's business ("the MP attacked the government" is
 * words). An attack noun needs a killing or a violent modifier or a security organ hit; a
 * blast or an explosion needs a killing and no accident cue (gas cylinder, factory, mine);
 * "heart attack", "cyber attack", "explosive growth" are none. Nothing is coded under
 * negation, modality or a condition, in a question, after a denial, accusation, demand or
 * threat, for a foiled plot, a habitual, legal or commemorated attack, or with no victim
 * named or counted. */

/* Has the article told an act of force of the day yet? */
static int force_told(const kb_coder *c)
{
    for (size_t q = 0; q < c->nev; q++)
        if (!c->ev[q].historical && c->ev[q].quad >= 0 && root_of(c->ev[q].code) >= 18) return 1;
    return 0;
}

/* An act noun named as told before: "Thursday's deadly ambush", "last week's attack" (a
 * possessive time before it, adjectives between): a nominal mention, no new act */
static int agl_named_before(const kb_coder *c, int i)
{
    static const char *const WHEN[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                       "sunday", "yesterday", "week", "month", "weekend", "night", NULL};
    /* ("two days after a bomb attack on Chinese engineers": a time counted from an act told
     * before) */
    static const char *const SPAN[] = {"days", "day", "hours", "weeks", "week", "months", NULL};
    for (int j = i - 1; j >= 2 && j >= i - 4; j--) {
        if (is(&c->tok[j], "a") || is(&c->tok[j], "an") || is(&c->tok[j], "the")) {
            if (is(&c->tok[j - 1], "after") && is_any(&c->tok[j - 2], SPAN)) return 1;
            break;
        }
        if (c->tok[j].kind != KBL_T_WORD || c->tok[j].men >= 0) break;
    }
    for (int j = i - 1; j >= 1 && j >= i - 4; j--) {
        if (is(&c->tok[j], "'s")) return is_any(&c->tok[j - 1], WHEN);
        if (c->tok[j].kind != KBL_T_WORD || c->tok[j].men >= 0) return 0;
    }
    return 0;
}

/* the act words, once: each kind's list, and their union for the one-test prefilter */
#define AGL_BOMB_WORDS                                                                                   \
    "bomb", "bombs", "bombing", "bombings", "ied", "ieds", "explosives", "grenade", "grenades",         \
        "landmine", "landmines", "bomber", "bombers", "blast", "blasts", "explosion", "explosions"
#define AGL_ATTACK_WORDS "attack", "attacks", "attacked", "assault", "assaulted", "ambush", "ambushed", "stormed"
#define AGL_SHOOT_WORDS "shot", "gunned", "gunmen", "gunman", "gunfire"
#define AGL_ABDUCT_WORDS "abducted", "kidnapped", "hijacked", "abducting", "kidnapping"
/* artillery and rockets: an act when fired, launched or landing ("a rocket was fired at X") */
#define AGL_SHELL_WORDS "rocket", "rockets", "mortar", "mortars", "shell", "shells", "missile", "missiles"
static const char *const AGL_SHELL[] = {AGL_SHELL_WORDS, NULL};
static const char *const AGL_FIRED[] = {"fired", "launched", "lobbed", "landed", "hit", "struck", "slammed", NULL};
/* a state's military post ("a Russian air base") */
static const char *const AGL_BASE[] = {"base", "bases", "airbase", "airfield", "barracks", "checkpoint",
                                       "checkpoints", "checkpost", "post", "posts", "outpost", "convoy",
                                       "patrol", "positions", "warship", NULL};
/* a place where the victims are a state's forces ("a checkpoint in Iraq"): the state */
static const char *const AGL_POST[] = {"checkpoint", "checkpoints", "checkpost", "checkposts", "outpost",
                                       "outposts", "convoy", "barracks", "patrol", NULL};
static const char *const AGL_BOMB[] = {AGL_BOMB_WORDS, NULL};
static const char *const AGL_ATTACK[] = {AGL_ATTACK_WORDS, NULL};
static const char *const AGL_SHOOT[] = {AGL_SHOOT_WORDS, NULL};
static const char *const AGL_ABDUCT[] = {AGL_ABDUCT_WORDS, NULL};
/* The state the sentence places its act in ("in Nigeria"), or that people were composed with
 * ("hostages in Nigeria": NGACVL), even where a pattern took their words ("seized passengers as
 * hostages in Nigeria"); NULL if none. */
/* The state of a side the sentence opens on ("On the Moroccan side, ...", "On the Afghan side of
 * the border, ..."), or NULL */
static const char *side_state(kb_coder *c)
{
    if (c->nt < 5 || !is(&c->tok[0], "on") || !is(&c->tok[1], "the")) return NULL;
    int m = live_mention_at(c, 2);
    if (m < 0 || !state_like(&c->men[m]) || c->men[m].e >= c->nt || !is(&c->tok[c->men[m].e], "side")) return NULL;
    return c->men[m].country;
}

/* The state whose bank, side or shore the words right after an act at token `from` put it on ("A
 * fifth man was detained on the Uzbek bank"; not a later clause's, "arrested in Horgos ... a day
 * after the gunfight on the Hungarian side"), NULL if none */
static const char *bank_state(kb_coder *c, int from)
{
    static const char *const BANK[] = {"bank", "side", "shore", NULL};
    for (int j = from; j + 3 < c->nt && j < from + 2; j++) {
        if (!(is(&c->tok[j], "on") || is(&c->tok[j], "at")) || !is(&c->tok[j + 1], "the")) continue;
        int m = live_mention_at(c, j + 2);
        /* (a "bank" the lexicon reads as a business: "the Uzbek bank") */
        if (m >= 0 && c->men[m].s == j + 2 && c->men[m].country &&
            ((state_like(&c->men[m]) && c->men[m].e < c->nt && is_any(&c->tok[c->men[m].e], BANK)) ||
             (c->men[m].e == j + 4 && is_any(&c->tok[j + 3], BANK))))
            return c->men[m].country;
    }
    return NULL;
}

static const char *sentence_state(const kb_coder *c)
{
    for (int m = 0; m < c->nm; m++) {
        const mention *x = &c->men[m];
        if (!x->dead && state_like(x) && x->s > 0 && is_any(&c->tok[x->s - 1], PLACE_PREP)) return x->country;
    }
    for (int m = 0; m < c->nm; m++) {
        const mention *x = &c->men[m];
        for (int j = x->s + 1; x->country && x->role && kbe_victim_role(x->role) && j < x->e; j++)
            if (is(&c->tok[j], "in")) return x->country;
    }
    return NULL;
}

/* hostage-taking: a verb of taking or holding with "hostage(s)" in the next words of its
 * clause ("took 20 villagers hostage", "seized dozens of passengers as hostages") */
#define AGL_HOSTAGE_WORDS "hostage", "hostages"
static const char *const AGL_HOSTAGE[] = {AGL_HOSTAGE_WORDS, NULL};
static const char *const AGL_TAKE[] = {"took", "taken", "taking", "seized", "seizing", "held", "holding", NULL};

static int agl_hostage_taking(const kb_coder *c, int i)
{
    if (!is_any(&c->tok[i], AGL_TAKE)) return 0;
    for (int j = i + 1; j < c->nt && j <= i + 6; j++) {
        if (is_any(&c->tok[j], AGL_HOSTAGE)) return 1;
        if (c->tok[j].kind == KBL_T_PUNCT || (is_any(&c->tok[j], STOP_RIGHT) && !is(&c->tok[j], "as")) ||
            is(&c->tok[j], "and"))
            return 0;
    }
    return 0;
}
static const char *const AGL_KILL[] = {"killed", "killing", "kills", "kill", "wounded", "wounding", "injured",
                                       "injuring", "martyred", "died", "hurt", NULL};

/* Does the sentence tell a killing or wounding ("killed", "dead", "wounded")? */
static int sentence_kills(const kb_coder *c)
{
    for (int j = 0; j < c->nt; j++)
        if (is_any(&c->tok[j], AGL_KILL)) return 1;
    return 0;
}

/* a doer that is no one named: the act is an unnamed attacker's */
static const char *const AGL_DOER[] = {"attackers", "attacker", "assailants", "assailant", "gunmen", "gunman",
                                       "bomber", "bombers", "men", "militants", "insurgents", "terrorists",
                                       "drone", "drones", NULL};
static const char *const AGL_VIOLENT[] = {"suicide", "terrorist", "terror", "militant", "insurgent", "armed",
                                          "gun", "bomb", "grenade", "rocket", "mortar", "deadly", "bloody",
                                          "knife", "machete", "arson", "sectarian", "suspected", NULL};
static const char *const AGL_NOT_VIOLENT[] = {"heart", "panic", "asthma", "cyber", "phishing", "spyware", "virus",
                                              "service", "ddos", "hacker", "hacking", "verbal", "personal",
                                              "political", "scathing", "blistering", "stinging", "shark", "dog",
                                              "price", "population", "mail", "photo", "mug", "flu", "booster",
                                              "parting", "moon", "warning", "charm", "legal", NULL};
static const char *const AGL_ROADSIDE[] = {"roadside", "ied", "ieds", "landmine", "landmines", "improvised", NULL};
static const char *const AGL_CAR[] = {"car", "vehicle", "truck", "motorcycle", "vehicle-borne", NULL};
/* nothing is coded in a sentence with these */
static const char *const AGL_BLOCK[] = {"foiled", "thwarted", "averted", "defused", "prevented", "plot",
                                        "plotted", "plotting", "planned", "planning", "threat", "threats",
                                        "threatened", "warned", "warning", "feared", "fears", "possible",
                                        "potential", "nobody", "anniversary", "commemorate", "commemorated",
                                        "commemorating", "commemoration", "memorial", "history", "drill",
                                        "exercise", "film", "movie", "novel", "game", "match", "if", "unless",
                                        "whether", "similar", "such", "often", "frequently", "routinely",
                                        "regularly", "usually", "daily", "nightly", "repeatedly", "every",
                                        "charge", "charges", "charged", "court", "trial", "convicted",
                                        "sentenced", "guilty", "lawsuit", "jailed", "since", NULL};
/* a blast or explosion with these was an accident */
static const char *const AGL_ACCIDENT[] = {"gas", "cylinder", "cylinders", "boiler", "leak", "accident",
                                           "accidental", "accidentally", "factory", "fireworks", "firecrackers",
                                           "firecracker", "crash", "collision", "pipeline", "tanker", "coal",
                                           "mine", "minefield", "plant", "chemical", "chemicals", "transformer",
                                           "fuel", "oil", "refinery", "warehouse", "lightning", NULL};
static const char *const AGL_NUM[] = {AGL_NUM_WORDS, "eleven", "twelve", "dozens", "scores", "several",
                                      "dozen", "hundreds", NULL};
static const char *const AGL_SKIP[] = {"at", "least", "more", "than", "up", "to", "about", "around", "nearly",
                                       "some", "dead", "the", "a", "an", "two", "three", "four", "five",
                                       "six", "seven", "eight", "nine", "ten", "several", "dozens", "of",
                                       NULL};

static int agl_armed(const mention *m)
{
    return m->kind == KBL_GROUP || (m->role && (!strcmp(m->role, "INS") || !strcmp(m->role, "REB")));
}

static int agl_victim_role(const mention *m)
{
    if (m->dead || (m->pronoun && !m->role) || m->kind == KBL_GROUP || m->kind == KBL_PERSON || !m->code) return 0;
    if (m->people) return 1; /* "Afghans": the state's civilians (emit) */
    return m->role && kbe_victim_role(m->role);
}

/* a mention that reports ("police said", "..., officials told reporters", "according to police") */
static int agl_speaker(kb_coder *c, int m)
{
    int s = c->men[m].s, e = group_end(c, m);
    for (int j = e; j < c->nt && j < e + 2; j++)
        if (c->tok[j].verb >= 0 && (c->vm[c->tok[j].verb].p->flags & KBL_P_SAY)) return 1;
    if (s >= 2 && is(&c->tok[s - 1], "to") && is(&c->tok[s - 2], "according")) return 1;
    if (s >= 1 && c->tok[s - 1].verb >= 0 && (c->vm[c->tok[s - 1].verb].p->flags & KBL_P_SAY) &&
        (e >= c->nt || c->tok[e].kind == KBL_T_PUNCT))
        return 1;
    return 0;
}

static int agl_victim(kb_coder *c, int m) { return m >= 0 && agl_victim_role(&c->men[m]) && !agl_speaker(c, m) ? m : -1; }

/* the first mention in tokens [from, from+win), skipping numbers and quantifiers ("killing at
 * least 10 students"); stops at punctuation and clause words; -1 */
static int agl_mention_after(kb_coder *c, int from, int win)
{
    for (int j = from; j < c->nt && j < from + win; j++) {
        int m = live_mention_at(c, j);
        if (m >= 0) return m;
        const tokinfo *t = &c->tok[j];
        if (t->kind == KBL_T_NUM || is_any(t, AGL_SKIP) || is(t, "'") || is(t, "'s")) continue;
        if (t->kind == KBL_T_PUNCT || is_any(t, STOP_RIGHT) || is(t, "in") || is(t, "near") || is(t, "during") ||
            is(t, "by"))
            return -1;
    }
    return -1;
}

/* the index of the BE word before an act (a passive: "were (reportedly) killed"), else -1 */
static int agl_be_before(kb_coder *c, int at)
{
    int j = at - 1;
    while (j >= 0 && (is_any(&c->tok[j], ADVS) || is(&c->tok[j], "reportedly"))) j--;
    return j >= 0 && is_any(&c->tok[j], BE) && !is(&c->tok[j], "'s") ? j : -1;
}

/* The mention a demand ending before token q addresses: past "that" and a determiner ("demanding
 * that Moscow stop", "to demand that the Turkish Cypriot side free"), -1 if none. */
static int demand_addressee(kb_coder *c, int q)
{
    if (q < c->nt && is(&c->tok[q], "that")) q++;
    while (q < c->nt && is_any(&c->tok[q], DETS)) q++;
    return q < c->nt ? live_mention_at(c, q) : -1;
}

/* The comma that opens a relative clause closed by the comma right before token at (", who
 * hosts a show," before "was arrested"), or the "who" or "that" of one with no commas right after
 * its noun; -1 if none. The token before it ends the clause's noun either way. */
static int rel_clause_before(kb_coder *c, int at)
{
    /* (... or one with no commas, after its noun: "38 Afghan migrants who had crossed with the
     * group were also detained": the "who") */
    if (at >= 4 && !is(&c->tok[at - 1], ","))
        for (int k = at - 2; k >= 1 && k >= at - 12; k--) {
            if (c->tok[k].kind == KBL_T_PUNCT) return -1;
            if (!(is(&c->tok[k], "who") || is(&c->tok[k], "that"))) continue;
            int n = live_mention_at(c, k - 1);
            return n >= 0 && c->men[n].e == k && k + 1 < at &&
                           (is(&c->tok[k + 1], "had") || is(&c->tok[k + 1], "has") || is(&c->tok[k + 1], "have") ||
                            past_form(&c->tok[k + 1]))
                       ? k
                       : -1;
        }
    for (int k = at - 2; k >= 2 && k >= at - 20; k--) {
        if (is(&c->tok[k], ";")) break;
        if ((is(&c->tok[k], "who") || is(&c->tok[k], "which")) && is(&c->tok[k - 1], ",")) return k - 1;
        if (is(&c->tok[k], ",")) break;
    }
    return -1;
}

/* the subject of a passive act ("five soldiers were killed"); -1 */
static int agl_mention_before(kb_coder *c, int at)
{
    int j = is(&c->tok[at], "died") ? at : agl_be_before(c, at); /* "twelve people died" */
    int rel = j > 0 ? rel_clause_before(c, j) : -1; /* (over "who hosts a show,") */
    if (rel >= 0) j = rel;
    return j > 0 ? live_mention_at(c, j - 1) : -1;
}

/* the doer of an active act: 1 an armed role or an unknown one ("gunmen", "attackers"), with
 * *m its mention (or -1); 0 someone else or no one seen */
static int agl_doer(kb_coder *c, int at, int *m)
{
    *m = -1;
    /* ", abducting dozens": the clause subject's act */
    size_t ln = strlen(c->tok[at].low);
    int from = at - 1;
    if (ln > 4 && !strcmp(c->tok[at].low + ln - 3, "ing") && at > 0 && is(&c->tok[at - 1], ","))
        for (int x = 0; x < c->nm; x++)
            if (!c->men[x].dead && !agl_speaker(c, x)) {
                from = c->men[x].e - 1;
                break;
            }
    for (int j = from; j >= 0; j--) {
        int x = live_mention_at(c, j);
        /* a place or an object of a preposition ("in Nigeria") is no doer */
        if (x >= 0 && c->men[x].s > 0 && is_any(&c->tok[c->men[x].s - 1], PREPS)) {
            j = c->men[x].s;
            continue;
        }
        if (x >= 0 && !agl_speaker(c, x)) {
            if (agl_armed(&c->men[x]) && !c->men[x].country && c->men[x].kind != KBL_GROUP) {
                *m = x;
                return 1;
            }
            return 0;
        }
        if (is_any(&c->tok[j], AGL_DOER)) return 1;
        if (is(&c->tok[j], ";") || is(&c->tok[j], ":")) return 0;
    }
    return 0;
}

/* a count of victims next to a killing with no victim named ("killing six", "six were killed",
 * "four security personnel were martyred"): the role the words before the verb suggest (soldiers
 * MIL, police COP, else people CVL), NULL if no count */
static const char *agl_counted(kb_coder *c, int k)
{
    static const char *const MILW[] = {"security", "personnel", "soldier", "soldiers", "troops", "fc", "levies",
                                       "guards", "paramilitaries", "sepoys", NULL};
    static const char *const COPW[] = {"police", "policemen", "officers", "cops", "constables", NULL};
    for (int j = k + 1; j < c->nt && j < k + 4; j++) {
        const tokinfo *t = &c->tok[j];
        if (t->kind == KBL_T_NUM || is_any(t, AGL_NUM)) return "CVL";
        if (!is(t, "at") && !is(t, "least") && !is(t, "more") && !is(t, "than") && !is(t, "about")) break;
    }
    int be = is(&c->tok[k], "died") ? k : agl_be_before(c, k);
    const char *role = "CVL";
    for (int j = be - 1; be > 0 && j >= 0 && j >= be - 4; j--) {
        const tokinfo *t = &c->tok[j];
        if (t->kind == KBL_T_PUNCT || live_mention_at(c, j) >= 0) return NULL;
        if (is_any(t, COPW)) role = "COP";
        else if (is_any(t, MILW) && strcmp(role, "COP")) role = "MIL";
        if (t->kind == KBL_T_NUM || is_any(t, AGL_NUM)) return role;
    }
    return NULL;
}

/* words of violence beside a killing: with none, a killing no one is named for is no attack */
static const char *const AGL_VIOLENCE[] = {"shelling", "shelled", "shells", "strike", "strikes", "airstrike",
                                           "airstrikes", "clash", "clashes", "fighting", "crossfire", "firing",
                                           "fire", "raid", "raids", "operation", "offensive", "violence",
                                           "unrest", "riot", "riots", "massacre", "battle", "combat", "war",
                                           "gunbattle", "shootout", "rocket", "rockets", "mortar", "mortars",
                                           "missile", "missiles", "drone", "artillery", "attackers", "militants",
                                           "insurgents", "terrorists", "suicide", "explosive", "shooting",
                                           "stabbed", "stabbing", "lynched", "beheaded", "executed", NULL};

/* disasters and accidents: a killing with these and no attack word is none */
static const char *const AGL_DISASTER[] = {"crash", "crashed", "accident", "collision", "blaze", "flood", "floods",
                                           "flooding", "earthquake", "quake", "landslide", "landslides",
                                           "avalanche", "storm", "cyclone", "hurricane", "typhoon", "collapse",
                                           "collapsed", "stampede", "drowned", "lightning", "heatwave", "disease",
                                           "outbreak", "cylinder", "derailed", "capsized", "tornado", NULL};

/* Drop this sentence's events of the clause pass that are a bare killing with no one named
 * ("three people were killed in a road crash", "police said 12 were killed"): an accident or
 * disaster and no attack word, or no attack word and the killed no soldiers or police, or the
 * killed are armed men ("five militants were killed in a blast"). */
static void agl_drop_bare_killings(kb_coder *c, int sent)
{
    size_t first = c->nev;
    while (first > 0 && c->ev[first - 1].sentence == (size_t)sent) first--;
    if (first == c->nev) return;
    int cue = -1, armed_dead = 0, disaster = 0;
    size_t w = first;
    for (size_t i = first; i < c->nev; i++) {
        kb_event *e = &c->ev[i];
        int drop = 0;
        if (!e->source.code && !e->historical && (e->root[0] == '1' && e->root[1] >= '8')) {
            int k = -1;
            for (int j = 0; j < c->nt && k < 0; j++)
                if (c->tok[j].s == e->verb_start) k = j;
            if (k >= 0 && is_any(&c->tok[k], AGL_KILL)) {
                if (cue < 0) {
                    cue = 0;
                    for (int j = 0; j < c->nt && !cue; j++) {
                        const tokinfo *t = &c->tok[j];
                        if (is_any(t, AGL_DISASTER)) disaster = 1;
                        if (is_any(t, AGL_BOMB) || is_any(t, AGL_ATTACK) || is_any(t, AGL_SHOOT) ||
                            is_any(t, AGL_ABDUCT) || is_any(t, AGL_VIOLENCE))
                            cue = 1;
                        else if (t->verb >= 0 && c->vm[t->verb].p->code && root_of(c->vm[t->verb].p->code) >= 18 &&
                                 !is_any(t, AGL_KILL))
                            cue = 1;
                    }
                    int dm = agl_mention_before(c, k);
                    if (dm < 0) dm = agl_mention_after(c, k + 1, 7);
                    armed_dead = dm >= 0 && agl_armed(&c->men[dm]);
                }
                const char *role = e->target.code && strlen(e->target.code) == 6 ? e->target.code + 3 : "";
                int security = !strcmp(role, "MIL") || !strcmp(role, "COP");
                drop = armed_dead || (!cue && (disaster || !security));
            }
        }
        if (!drop) c->ev[w++] = *e;
    }
    c->nev = w;
}

/* A sentence that names no one may still tell an attack by its toll ("a bomb exploded at a
 * bus stop, killing six"): a killing and an attack word or weapon. */
static int agl_counted_attack(kb_coder *c)
{
    static const char *const ACT[] = {AGL_BOMB_WORDS, AGL_ATTACK_WORDS, AGL_SHOOT_WORDS, NULL};
    int kill = 0, act = 0;
    const list_filter *fk = filter_of(AGL_KILL), *fa = filter_of(ACT);
    for (int i = 0; i < c->nt && !(kill && act); i++) {
        const tokinfo *t = &c->tok[i];
        if (t->kind != KBL_T_WORD) continue;
        if (is_in(t, fk, AGL_KILL)) kill = 1;
        else if (is_in(t, fa, ACT)) act = 1;
    }
    return kill && act;
}

/* The code of the weapon word at token i (AGL_BOMB): a suicide bombing 1831, a car bomb 1832, a
 * roadside bomb or landmine 1833, else 183; *rank the finer the higher. */
static const char *agl_bomb_code(kb_coder *c, int i, int *rank)
{
    int suicide = i > 0 && is(&c->tok[i - 1], "suicide"), car = 0, road = 0;
    for (int j = i - 2 < 0 ? 0 : i - 2; j < i; j++) car |= is_any(&c->tok[j], AGL_CAR);
    for (int j = i - 2 < 0 ? 0 : i - 2; j < c->nt && j <= i + 3; j++) road |= is_any(&c->tok[j], AGL_ROADSIDE);
    *rank = suicide ? 7 : car ? 6 : road ? 5 : 4;
    return suicide ? "1831" : car ? "1832" : road ? "1833" : "183";
}

/* A war's toll to date: the sentence opens with a war ("Sudan's war, now close to its third
 * anniversary, has killed ...", "The insurgency, which began in 2017, has killed ...") and
 * counts with a perfect "has killed": no act of the day. */
static int war_toll(const kb_coder *c)
{
    static const char *const WAR[] = {"war", "conflict", "insurgency", "violence", "fighting", "crisis",
                                      "uprising", "rebellion", NULL};
    int war = 0;
    for (int j = 0; j < 5 && j < c->nt && !war; j++) {
        if (c->tok[j].kind == KBL_T_PUNCT && !is(&c->tok[j], "'s")) break;
        war = is_any(&c->tok[j], WAR);
    }
    for (int j = 1; war && j + 1 < c->nt; j++)
        if ((is(&c->tok[j], "has") || is(&c->tok[j], "have")) &&
            (is(&c->tok[j + 1], "killed") || is(&c->tok[j + 1], "claimed") || is(&c->tok[j + 1], "left")))
            return 1;
    return 0;
}

/* m: a bare agent of a role no one named ("---COP", "police") */
static void bare_agent(mention *m, const char *role, const char *code, const char *name)
{
    memset(m, 0, sizeof *m);
    m->kind = KBL_AGENT;
    m->role = role;
    m->code = code;
    m->name = name;
    m->group = -1;
}

/* "22 fishermen who were detained by Australian officers ... were deported to Kupang": people
 * deported in the passive with no one named were deported by whoever the article last told held
 * them (this sentence's holder first), of a state other than the one they were sent to */
static void passive_deportation(kb_coder *c, int sent, uint32_t ss, uint32_t se, const char *const *aux)
{
    for (int vi = 0; vi < c->nv; vi++) {
        vmatch *v = &c->vm[vi];
        if (v->done == 1 || !v->p->code || strcmp(v->p->code, "174") || v->s < 2 || v->src >= 0 ||
            !is_any(&c->tok[v->s - 1], aux) || negated_before(c, v->s - 1))
            continue;
        const kb_event *held = NULL;
        for (size_t q = c->nev; q-- > 0 && !held;) {
            const kb_event *f = &c->ev[q];
            if (!f->historical && !strncmp(f->code, "173", 3) && f->source.country && f->target.code) held = f;
        }
        if (!held) return;
        /* (not sent home by their own state: "deported to Kupang" by Indonesia is no act) */
        const char *dest = v->e + 1 < c->nt && is(&c->tok[v->e], "to") ? place_ref_at(c, c->tok[v->e + 1].s) : NULL;
        if (dest && !strncmp(dest, held->source.country, 3)) return;
        mention s, o;
        bare_agent(&s, strlen(held->source.code) == 6 ? held->source.code + 3 : NULL, held->source.code,
                   held->source.name);
        s.country = held->source.country;
        bare_agent(&o, strlen(held->target.code) == 6 ? held->target.code + 3 : NULL, held->target.code,
                   held->target.name);
        o.country = held->target.country;
        emit(c, sent, ss, se, v, v->p->code, &s, &o, 0);
        v->done = 1;
        return;
    }
}

/* "Three men were arrested in Derry on Monday", "A man was charged with the murder": a custody
 * act told in the passive with no one named for it is the police's, the land's (code_spans
 * gives the bare organ its state); the held are the subject the sentence names, else people.
 * Not under negation or a modal ("would be arrested", "to be charged"), not in a question, not
 * when the sentence coded a custody act already. */
/* "the four others", "the other two", "the remaining three" at token j (no noun of their own):
 * the tokens it spans, 0 if none */
static int others_at(const kb_coder *c, int j)
{
    /* (not "six others": more people, not the rest of those held) */
    if (j >= c->nt || !is(&c->tok[j], "the")) return 0;
    int k = j + 1;
    int num = k < c->nt && (c->tok[k].kind == KBL_T_NUM || is_any(&c->tok[k], NUM_WORDS));
    if (num && k + 1 < c->nt && is(&c->tok[k + 1], "others")) return k + 2 - j;
    if (k + 1 < c->nt && (is(&c->tok[k], "other") || is(&c->tok[k], "remaining")) &&
        (c->tok[k + 1].kind == KBL_T_NUM || is_any(&c->tok[k + 1], NUM_WORDS)) &&
        !(k + 2 < c->nt && c->tok[k + 2].men >= 0))
        return k + 2 - j;
    return 0;
}

/* The people "the four others" are: the last people of a state the article told held or freed
 * (after "handed 19 of the 23 Ethiopian drivers ... The four others were charged"), as out; NULL
 * if none */
static const mention *others_held(kb_coder *c, mention *out, const char **holder)
{
    if (holder) *holder = NULL;
    for (size_t q = c->nev; q-- > 0;) {
        const kb_event *f = &c->ev[q];
        if (f->historical || !custody_code(f->code) || !f->target.code || !f->target.country ||
            strlen(f->target.code) != 6)
            continue;
        /* (people handed over to their own state's organs are that state's: "handed 19 of the 23
         * Ethiopian drivers over to Ethiopian federal police officers") */
        int people = str_in(f->target.code + 3, PEOPLE_ROLES) || !strcmp(f->target.code + 3, "OPP");
        int handed = !people && !strcmp(f->code, "0841") && state_organ(f->target.code + 3) &&
                     !(f->source.country && !strncmp(f->source.country, f->target.country, 3));
        if (!people && !handed) continue;
        if (holder && f->source.country && strncmp(f->source.country, f->target.country, 3))
            *holder = kb_arena_strndup(c->arena, f->source.country, 3);
        return state_role(c, out, kb_arena_strndup(c->arena, f->target.country, 3), people ? f->target.code + 3 : "CVL",
                          people ? f->target.name : "people");
    }
    return NULL;
}

static void agentless_custody(kb_coder *c, int sent, uint32_t ss, uint32_t se)
{
    static const char *const AUX_ADVS[] = {"also", "later", "then", "subsequently", "briefly", NULL};
    static const char *const TELLERS[] = {"it", "he", "she", "they", NULL};
    static const char *const TOLD[] = {"said", "says", "added", "told", "reported", NULL};
    if (c->nt < 4 || is(&c->tok[c->nt - 1], "?")) return;
    static const char *const AUX[] = {"was", "were", "been", NULL};
    passive_deportation(c, sent, ss, se, AUX);
    int held = 0, freed = 0;
    for (size_t q = c->nev; q-- > 0 && c->ev[q].sentence == (size_t)sent;) {
        if (!strncmp(c->ev[q].root, "17", 2)) held = 1;
        if (!strncmp(c->ev[q].code, "0841", 4)) freed = 1;
    }
    /* (and a release so told is the authorities': "The 23 people arrested on Thursday were
     * released on Saturday without charge"; not hostages', whom their captors free) */
    static const char *const CAPTIVE[] = {"hostage", "hostages", "kidnapped", "abducted", "kidnappers", "abductors",
                                          "captors", "ransom", "kidnapping", "abduction", NULL};
    int captive = -1; /* (looked up only for a release) */
    for (int vi = 0; vi < c->nv; vi++) {
        vmatch *v = &c->vm[vi];
        int release = v->p->code && !strncmp(v->p->code, "0841", 4) && !freed;
        if (release && captive < 0) {
            captive = 0;
            for (int j = 0; j < c->nt && !captive; j++) captive = is_any(&c->tok[j], CAPTIVE);
        }
        if (captive > 0) release = 0;
        /* (over an adverb: "were also detained") */
        int aux = v->s - 1;
        if (aux >= 2 && is_any(&c->tok[aux], AUX_ADVS) && is_any(&c->tok[aux - 1], AUX)) aux--;
        if (v->done == 1 || !v->p->code || ((strncmp(v->p->code, "173", 3) || held) && !release) || v->s < 2 ||
            !is_any(&c->tok[aux], AUX) || negated_before(c, aux) || v->src >= 0)
            continue;
        /* (not in a relative clause, "whose leader was arrested in Spain", an embedded question,
         * "did not say how many people had been arrested", after a negation, or of a pronoun,
         * "They were remanded": a background or an act told before) */
        static const char *const SKIP[] = {"who", "whose", "which", "whom", "whether", "how", "if", "not",
                                           "no", "never", "n't", "they", "he", "she", "it", "since", "until",
                                           "unless", NULL};
        int skip = 0;
        /* (a relative clause closed before the auxiliary is the subject's own: "Karim Mejri, who
         * hosts a show, was arrested") */
        int rel = rel_clause_before(c, aux);
        /* (but the held person's own relative clause tells the arrest: "lawmaker Ratu Isoa
         * Vuniwai, who was arrested at his home on Monday night, appeared in court") */
        int own_rel = aux >= 3 && is(&c->tok[aux - 1], "who") && is(&c->tok[aux - 2], ",") &&
                      live_mention_at(c, aux - 3) >= 0;
        for (int j = 0; j < v->s && !skip; j++)
            skip = is_any(&c->tok[j], SKIP) && !(rel >= 0 && (j == rel + 1 || j == rel)) && !(own_rel && j == aux - 1) &&
                   /* (not the teller: "It said 38 Afghan migrants ... were also detained"; but "He
                    * said the men had been arrested" retells an arrest) */
                   !(j + 1 < v->s && is_any(&c->tok[j], TELLERS) && is_any(&c->tok[j + 1], TOLD) &&
                     !is(&c->tok[aux], "been"));
        /* (... nor over a period or in a year before: "has been detained since March 2025",
         * "was arrested in May 2025") */
        /* (... nor with its doer after "by", the clause pass's business) */
        for (int j = v->e; j < c->nt && !skip; j++)
            skip = (j == v->e && is(&c->tok[j], "by")) ||
                   (j > 0 && year_of(&c->tok[j], c->text) && (is(&c->tok[j - 1], "in") || is_any(&c->tok[j - 1], MONTHS)));
        /* (... nor a count over a span: "more than 120 people have been detained over the case
         * since then") */
        if (skip || background(c, v)) return;
        /* the held: the subject right before the auxiliary ("Three men, aged 19, 23 and 46,
         * were arrested": over an apposition in commas) */
        int tm = -1;
        int from = own_rel ? aux - 3 : rel >= 0 ? rel - 1 : aux - 1;
        for (int j = from; j >= 0 && j >= from - 12 && tm < 0; j--) {
            int m = live_mention_at(c, j);
            if (m >= 0) tm = m;
            else if (c->tok[j].verb >= 0 || is(&c->tok[j], ";")) break;
        }
        /* (the sentence's subject over a second predicate: "Eleven suspected members of the gang
         * appeared before the Mafeteng Magistrate's Court on Tuesday and were charged") */
        if ((tm < 0 || (c->men[tm].role && state_organ(c->men[tm].role))) && v->s >= 3 &&
            is(&c->tok[aux - 1], "and")) {
            int first = first_live_mention(c);
            if (first < c->nm && c->men[first].s <= 6 && c->men[first].e < v->s &&
                !(c->men[first].role && state_organ(c->men[first].role)))
                tm = first;
        }
        /* (... and the group people are "members of": "members of the Terene famo gang") */
        if (tm >= 0 && c->men[tm].kind == KBL_AGENT && c->men[tm].e + 1 < c->nt && is(&c->tok[c->men[tm].e], "of")) {
            int q = c->men[tm].e + 1;
            if (is(&c->tok[q], "the")) q++;
            int g = q < c->nt ? live_mention_at(c, q) : -1;
            if (g >= 0 && c->men[g].s == q && c->men[g].kind == KBL_GROUP) tm = g;
        }
        if (tm >= 0 && c->men[tm].role && state_organ(c->men[tm].role))
            tm = -1; /* (a state organ held is a story of its own) */
        /* (a release only of people the sentence names, by its own verb: "crew were released"
         * may be another state's, "were handed over" is a transfer) */
        /* (... people, not a state's figures or a film: "France's industrial output was released") */
        if (release && (tm < 0 || !(is(&c->tok[v->s], "released") || is(&c->tok[v->s], "freed")) ||
                        !(c->men[tm].people || (c->men[tm].role && str_in(c->men[tm].role, PEOPLE_ROLES))) ||
                        (v->s >= 3 && is(&c->tok[v->s - 2], "to"))))
            continue;
        mention police, people;
        if (release) bare_agent(&police, "GOV", "---GOV", "authorities");
        else bare_agent(&police, "COP", "---COP", "police");
        /* (the police of the bank the sentence puts the arrest on) */
        const char *bank = release ? NULL : bank_state(c, v->e);
        if (bank) {
            police.country = bank;
            police.code = arena_cat(c, bank, "COP");
        }
        bare_agent(&people, "CVL", "---CVL", "people");
        /* ("The four others were charged": more of the people held before) */
        mention others;
        const mention *held_before = NULL;
        const char *holder = NULL;
        for (int j = 0; tm < 0 && !held_before && j < aux; j++)
            if (others_at(c, j) && j + others_at(c, j) == aux) held_before = others_held(c, &others, &holder);
        /* (... charged by the state that held them, wherever no bank says otherwise) */
        if (held_before && holder && !bank) {
            police.country = holder;
            police.code = arena_cat(c, holder, "COP");
        }
        c->agentless = 1;
        emit(c, sent, ss, se, v, v->p->code, &police, tm >= 0 ? &c->men[tm] : held_before ? held_before : &people, 0);
        c->agentless = 0;
        v->done = 1;
        return;
    }
    if (held) return; /* (the sentence coded a custody act already) */
    /* "the prosecutor charged the two others": more of the people held before */
    for (int vi = 0; vi < c->nv; vi++) {
        vmatch *v = &c->vm[vi];
        if (v->done == 1 || !v->p->code || strncmp(v->p->code, "173", 3) || v->src < 0 || v->tgt >= 0 ||
            v->e >= c->nt || !others_at(c, v->e) || negated_before(c, v->s))
            continue;
        const mention *sm = &c->men[v->src];
        mention others;
        const mention *o = others_held(c, &others, NULL);
        if (sm->dead || !sm->role || !(state_organ(sm->role) || !strcmp(sm->role, "JUD")) || !o) continue;
        emit(c, sent, ss, se, v, v->p->code, sm, o, 0);
        v->done = 1;
        return;
    }
    /* "Police arrested three men in Derry": a state organ's custody act on people only counted
     * ("three men", "two youths") holds people */
    static const char *const COUNT[] = {AGL_NUM_WORDS, "dozens", "several", "scores", "hundreds", NULL};
    for (int vi = 0; vi < c->nv; vi++) {
        vmatch *v = &c->vm[vi];
        if (v->done == 1 || !v->p->code || strncmp(v->p->code, "173", 3) || v->src < 0 || v->tgt >= 0 ||
            v->e + 1 >= c->nt || negated_before(c, v->s) || (v->s > 0 && is_any(&c->tok[v->s - 1], AUX)))
            continue;
        const mention *sm = &c->men[v->src];
        if (sm->dead || !sm->role || !state_organ(sm->role)) continue;
        const tokinfo *n0 = &c->tok[v->e];
        if (!(n0->kind == KBL_T_NUM || isdigit((unsigned char)n0->low[0]) || is_any(n0, COUNT))) continue;
        int j = v->e + 1;
        /* (what they are held for ends the noun: "three local men suspected of guiding the
         * attackers", "two men wanted for murder") */
        static const char *const HELD_FOR[] = {"suspected", "accused", "wanted", "convicted", NULL};
        while (j < c->nt && j < v->e + 4 && c->tok[j].kind == KBL_T_WORD && c->tok[j].men < 0 && c->tok[j].verb < 0 &&
               !is_any(&c->tok[j], PREPS) && !is_any(&c->tok[j], HELD_FOR))
            j++;
        if (j == v->e + 1 || (j < c->nt && c->tok[j].men >= 0)) continue; /* (a named actor: the clause's) */
        /* ("killed three members of the group and arrested two others": the others are theirs) */
        if (is(&c->tok[j - 1], "others") || is(&c->tok[j - 1], "more") || (j < c->nt && is(&c->tok[j], "of"))) continue;
        mention people;
        bare_agent(&people, "CVL", "---CVL", "people");
        people.country = sm->country;
        if (sm->country) people.code = arena_cat(c, sm->country, "CVL");
        emit(c, sent, ss, se, v, v->p->code, sm, &people, 0);
        v->done = 1;
        return;
    }
}

/* "Under the understanding, Hamas will hand over any gunmen ... and Israel will halt ...": the
 * terms of a deal, what its parties are to do, are no acts (CODING-RULES); its events go. Not
 * an act done under it ("Under the deal, Israel released 1,900 prisoners on Monday"). */
static void terms_of_deal(kb_coder *c, int sent)
{
    static const char *const SHALL[] = {"will", "would", "shall", "must", NULL};
    /* (the opening is under_terms' "Under the deal,": its terms word, then a comma) */
    if (c->nt < 6 || !is_any(&c->tok[1], DETS) || under_terms(c, c->nt) != 1) return;
    int k = 2;
    while (k < 6 && k < c->nt && c->tok[k].kind == KBL_T_WORD) k++;
    if (k >= c->nt || !is(&c->tok[k], ",")) return;
    int future = 0;
    for (int j = k + 1; j < c->nt && !future; j++) future = is_any(&c->tok[j], SHALL);
    if (!future) return;
    size_t w = sentence_first(c, sent);
    for (size_t q = w; q < c->nev; q++)
        if (c->ev[q].sentence != (size_t)sent) c->ev[w++] = c->ev[q];
    c->nev = w;
}

static void agentless(kb_coder *c, int sent, uint32_t ss, uint32_t se)
{
    if (war_toll(c) || c->generic_sent == sent) return;
    /* what an accusation or a denial of this sentence says ("accused the police of killing
     * unarmed Adivasis") is its content, not an attack of the day */
    for (size_t q = c->nev; q-- > 0 && c->ev[q].sentence == (size_t)sent;)
        if (!strncmp(c->ev[q].code, "112", 3) || !strcmp(c->ev[q].code, "016")) return;
    if (c->nt < 4 || is(&c->tok[c->nt - 1], "?")) return;
    /* "condemned what it called a cowardly attack on Somali forces": a name for an act told */
    for (int i = 0; i + 2 < c->nt; i++)
        if (c->tok[i].low[0] == 'w' && is(&c->tok[i], "what") && (is(&c->tok[i + 1], "it") || is(&c->tok[i + 1], "he") || is(&c->tok[i + 1], "she") ||
                                       is(&c->tok[i + 1], "they")) &&
            (is(&c->tok[i + 2], "called") || is(&c->tok[i + 2], "described") || is(&c->tok[i + 2], "termed")))
            return;
    agl_drop_bare_killings(c, sent);
    /* most sentences hold no act word: one list test a token */
    static const char *const ANY[] = {AGL_BOMB_WORDS,   "explosive",       AGL_ATTACK_WORDS, AGL_SHOOT_WORDS,
                                      "opened",         AGL_ABDUCT_WORDS,  AGL_SHELL_WORDS,  AGL_HOSTAGE_WORDS,
                                      NULL};
    int any = 0;
    const list_filter *fany = filter_of(ANY);
    for (int i = 0; i < c->nt && !any; i++) any = is_in(&c->tok[i], fany, ANY);
    if (!any) return;
    int violent = 0;
    for (size_t i = c->nev; i-- > 0;) {
        const kb_event *e = &c->ev[i];
        if (e->sentence != (size_t)sent) break;
        if ((e->root[0] == '1' && e->root[1] >= '8') || e->root[0] == '2') violent = 1;
        /* "fired stun grenades at protesters": the weapon of a crowd's dispersal, no attack */
        if (!strncmp(e->code, "175", 3)) return;
        /* (... and "protesters threw petrol bombs at police": a crowd's violence, no attack) */
        if (!strcmp(e->code, "145")) return;
    }
    if (violent) {
        /* the clause pass coded the killing ("two soldiers were killed when their vehicle hit a
         * landmine"): an unnamed attacker's plain attack takes the weapon's finer code */
        const char *wc = NULL;
        int best = 0, r = 0;
        for (int i = 0; i < c->nt; i++)
            if (c->tok[i].kind == KBL_T_WORD && !(c->tok[i].cap && i > 0) && is_any(&c->tok[i], AGL_BOMB) &&
                !(i > 0 && (is(&c->tok[i - 1], "to") || is_any(&c->tok[i - 1], AGL_NOT_VIOLENT)))) {
                const char *cd = agl_bomb_code(c, i, &r);
                if (r > best) best = r, wc = cd;
            }
        const kbl_cameo *cm = wc ? kbl_cameo_get(c->lx, wc) : NULL;
        for (size_t i = c->nev; cm && i-- > 0;) {
            kb_event *e = &c->ev[i];
            if (e->sentence != (size_t)sent) break;
            if (!strcmp(e->code, "190") && (!e->source.code || !memcmp(e->source.code, "---", 3)) && !e->historical)
                set_code(e, cm);
        }
        /* ... which may now be an event of the sentence twice ("were wounded by a roadside bomb":
         * the wounding and the bomb) */
        size_t first = c->nev, w;
        while (first > 0 && c->ev[first - 1].sentence == (size_t)sent) first--;
        w = first;
        for (size_t i = first; i < c->nev; i++) {
            const kb_event *e = &c->ev[i];
            int dup = 0;
            for (size_t k = first; k < w && !dup; k++) {
                const kb_event *o = &c->ev[k];
                dup = !strcmp(o->code, e->code) && o->historical == e->historical &&
                      ((!o->source.code && !e->source.code) ||
                       (o->source.code && e->source.code && !strcmp(o->source.code, e->source.code))) &&
                      ((!o->target.code && !e->target.code) ||
                       (o->target.code && e->target.code && !strcmp(o->target.code, e->target.code)));
            }
            if (!dup) c->ev[w++] = *e;
        }
        c->nev = w;
        return;
    }
    int kill = -1, accident = 0;
    for (int i = 0; i < c->nt; i++) {
        const tokinfo *t = &c->tok[i];
        if (t->kind != KBL_T_WORD) continue;
        if (is_any(t, AGL_BLOCK)) return;
        /* "had seized rifles, explosives and three drones": arms taken, no blast */
        {
            static const char *const TAKEN[] = {"seized", "confiscated", "recovered", "found", "discovered",
                                                "captured", "uncovered", NULL};
            static const char *const ARMS[] = {"rifles", "weapons", "arms", "explosives", "ammunition", "grenades",
                                               "drones", "guns", "bombs", "detonators", "cache", NULL};
            if (is_any(t, TAKEN))
                for (int j = i + 1; j < c->nt && j <= i + 4; j++)
                    if (is_any(&c->tok[j], ARMS)) return;
        }
        /* "no one was killed", "no casualties"; "in the past", "over the past decade" */
        if (is(t, "no") && i + 1 < c->nt &&
            (is(&c->tok[i + 1], "one") || is(&c->tok[i + 1], "casualties") || is(&c->tok[i + 1], "injuries")))
            return;
        if (is(t, "past") && (i + 1 == c->nt || c->tok[i + 1].kind == KBL_T_PUNCT || is(&c->tok[i + 1], "years") ||
                              is(&c->tok[i + 1], "decade") || is(&c->tok[i + 1], "decades")))
            return;
        if (is_any(t, AGL_ACCIDENT)) accident = 1;
        if (period_at(c, i)) return; /* "in recent years", "since 2015" */
        if (kill < 0 && is_any(t, AGL_KILL)) {
            int neg = 0;
            for (int j = i - 1; j >= 0 && j >= i - 3; j--)
                if (is_any(&c->tok[j], NEGS) || is_any(&c->tok[j], MODALS)) neg = 1;
            if (neg) return;
            kill = i;
        }
    }
    /* the acts: the finest code wins; victims from the killing, else an act's object or subject */
    int act = -1, rank = 0, sm = -1, tm = -1, take = -1;
    const char *code = NULL;
    for (int i = 0; i < c->nt; i++) {
        const tokinfo *t = &c->tok[i];
        if (t->kind != KBL_T_WORD || (t->cap && i > 0 && !(t->allcaps && is_any(t, AGL_ROADSIDE))))
            continue; /* "Live-Shot", "Bomb Squad"; not "IED" */
        int r = 0, verb = 0, noun_attack = 0, blast = 0;
        const char *cd = NULL;
        if (is_any(t, AGL_BOMB)) {
            if (i > 0 && is(&c->tok[i - 1], "to")) continue; /* "to bomb" */
            /* a weapon carried, no blast: "armed with rifles and a grenade launcher" */
            if (i + 1 < c->nt && (is(&c->tok[i + 1], "launcher") || is(&c->tok[i + 1], "launchers"))) continue;
            int carried = 0;
            for (int j = i - 1; j >= 1 && j >= i - 8 && !carried; j--) {
                if (c->tok[j].kind == KBL_T_PUNCT && !is(&c->tok[j], "-")) break;
                carried = is(&c->tok[j], "with") && is(&c->tok[j - 1], "armed");
            }
            if (carried) continue;
            blast = !strncmp(t->low, "blast", 5) || !strncmp(t->low, "explosion", 9);
            cd = agl_bomb_code(c, i, &r);
            if (i > 0 && is_any(&c->tok[i - 1], AGL_SHELL)) cd = "194"; /* "a mortar bomb" */
        } else if (is_any(t, AGL_SHELL)) {
            /* fired or landing: "rockets were fired at", "a mortar shell landed on", "fired a missile" */
            int fired = 0;
            for (int j = i + 1; j < c->nt && j <= i + 4 && !fired; j++) fired = is_any(&c->tok[j], AGL_FIRED);
            for (int j = i - 1; j >= 0 && j >= i - 3 && !fired; j--) fired = is(&c->tok[j], "fired") || is(&c->tok[j], "launched");
            if (!fired) continue;
            r = 3, cd = "194";
        } else if (is(t, "explosive") && i + 1 < c->nt && !strncmp(c->tok[i + 1].low, "device", 6)) {
            r = 5, cd = "1833";
        } else if (is(t, "suicide") && i + 1 < c->nt && is_any(&c->tok[i + 1], AGL_ATTACK)) {
            r = 7, cd = "1831";
        } else if (is_any(t, AGL_ABDUCT) || agl_hostage_taking(c, i) ||
                   /* "the teachers were seized on Monday" (not "seized two rifles") */
                   (is(t, "seized") && i > 0 && is_any(&c->tok[i - 1], BE))) {
            r = 3, cd = "181", verb = 1;
            if (take < 0 && !is_any(t, AGL_ABDUCT)) take = i;
        } else if (is_any(t, AGL_SHOOT) || (is(t, "opened") && i + 1 < c->nt && (is(&c->tok[i + 1], "fire") || is(&c->tok[i + 1], "hearth")))) {
            r = 2, cd = "193", verb = !is(t, "gunmen") && !is(t, "gunman") && !is(t, "gunfire");
            /* armed men named, not their act: "gunmen crossed the border", "the gunmen may have
             * fled" tell no shooting unless they kill or their verb harms */
            if ((is(t, "gunmen") || is(t, "gunman")) && kill < 0) {
                static const char *const HARM[] = {"targeted", "fired", "sprayed", "hit", "struck", "raided",
                                                   "opened", "wounded", "injured", "shot", NULL};
                int harm = 0;
                for (int j = i + 1; j < c->nt && j <= i + 6 && !harm; j++) {
                    if (c->tok[j].kind == KBL_T_PUNCT || is_any(&c->tok[j], MODALS)) break;
                    harm = is_any(&c->tok[j], HARM);
                }
                if (!harm) continue;
            }
        } else if (is_any(t, AGL_ATTACK)) {
            r = 1, cd = "190";
            size_t ln = strlen(t->low);
            verb = ln > 2 && !strcmp(t->low + ln - 2, "ed");
            noun_attack = !verb;
            /* "drones attacked", "a drone attack": aerial weapons */
            for (int j = i - 3 < 0 ? 0 : i - 3; j < i; j++)
                if (is(&c->tok[j], "drone") || is(&c->tok[j], "drones")) r = 2, cd = "195";
        }
        if (!r) continue;
        if (i > 0 && is_any(&c->tok[i - 1], AGL_NOT_VIOLENT)) continue; /* "heart attack" */
        if (!verb && (agl_named_before(c, i) || words_about(c, i))) continue;
        /* 'lodged a protest over "repeated attacks" on its patrols': attacks told as a run, no
         * act of the day */
        if (noun_attack) {
            int j = i - 1;
            while (j > 0 && c->tok[j].kind == KBL_T_PUNCT && !is(&c->tok[j], ",")) j--;
            static const char *const RUN[] = {"repeated", "frequent", "recurring", "continued", "constant",
                                              "incessant", "persistent", NULL};
            if (j >= 0 && is_any(&c->tok[j], RUN)) continue;
        }
        /* 'condemned "a terrorist attack on the Chilean state"': the act a condemnation names,
         * with no killing told, is the one told before */
        if (noun_attack && kill < 0 && sent > 0 && decried_before(c, i)) continue;
        /* "condemned the attack on the peacekeepers": an attack named with "the" in a body
         * sentence that tells no killing is one told before (as in the clause pass) */
        if (noun_attack && sent > 0 && kill < 0 && i > 0 && (is(&c->tok[i - 1], "the") || is(&c->tok[i - 1], "this")))
            continue;
        /* "attacks on peacekeepers may constitute war crimes": a noun whose clause goes on in a
         * modal speaks of attacks in general */
        if (!verb)
            for (int j = i + 1; j < c->nt && j <= i + 6; j++) {
                if (c->tok[j].kind == KBL_T_PUNCT || c->tok[j].verb >= 0) break;
                if (is_any(&c->tok[j], MODALS)) {
                    r = 0;
                    break;
                }
            }
        if (!r) continue;
        if (blast && (kill < 0 || accident)) continue;
        /* negation, modality, an infinitive ("vowed to attack") just before */
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            const tokinfo *u = &c->tok[j];
            if (u->kind == KBL_T_PUNCT) break;
            if (is_any(u, NEGS) || is_any(u, MODALS) || (is(u, "to") && j == i - 1)) return;
        }
        /* a verb: passive, or an armed or unknown doer */
        int doer = -1, passive = verb && agl_be_before(c, i) >= 0;
        if (verb && !passive && !agl_doer(c, i, &doer)) continue;
        if (is(t, "gunmen") || is(t, "gunman")) doer = live_mention_at(c, i);
        /* its victims */
        int v = -1;
        if (passive) v = agl_victim(c, agl_mention_before(c, i));
        if (v < 0 && !blast) {
            int j = i + 1;
            if (j < c->nt && (is(&c->tok[j], "on") || is(&c->tok[j], "against") || is(&c->tok[j], "targeting") ||
                              is(&c->tok[j], "dead") || is(&c->tok[j], "fire") || is(&c->tok[j], "down")))
                j++;
            if (j < c->nt && (is(&c->tok[j], "on") || is(&c->tok[j], "at"))) j++;
            int am = agl_mention_after(c, j, 7);
            v = agl_victim(c, am);
            /* a state fired at or struck ("a rocket was fired at Israel"): the state */
            if (v < 0 && am >= 0 && state_like(&c->men[am]) && c->men[am].s > 0 && !agl_speaker(c, am) &&
                (is(&c->tok[c->men[am].s - 1], "at") || is(&c->tok[c->men[am].s - 1], "into") ||
                 is(&c->tok[c->men[am].s - 1], "targeting")))
                v = am;
            /* "attacked a Russian air base", "hit an Israeli army post": that state's forces */
            if (v < 0 && am >= 0 && state_like(&c->men[am]) && !agl_speaker(c, am))
                for (int q = c->men[am].e; q < c->nt && q < c->men[am].e + 3; q++) {
                    if (c->tok[q].kind == KBL_T_PUNCT || live_mention_at(c, q) >= 0) break;
                    if (is_any(&c->tok[q], AGL_BASE)) {
                        v = add_people(c, c->men[am].s, q + 1, c->men[am].country, "MIL", "armed forces");
                        break;
                    }
                }
        }
        /* an attack noun: a killing, a violent modifier, or a security organ hit */
        if (noun_attack && kill < 0) {
            int ok = 0;
            for (int j = i - 2 < 0 ? 0 : i - 2; j < i; j++) ok |= is_any(&c->tok[j], AGL_VIOLENT);
            if (v >= 0 && c->men[v].role && (!strcmp(c->men[v].role, "COP") || !strcmp(c->men[v].role, "MIL")))
                ok = 1;
            if (!ok) continue;
        }
        if (r > rank) rank = r, code = cd;
        if (act < 0) act = i;
        if (sm < 0 && doer >= 0) sm = doer;
        if (tm < 0) tm = v;
    }
    if (act < 0 || !code) return;
    /* an act after a denial, accusation, claim, demand, rejection or threat is its content */
    for (int vi = 0; vi < c->nv; vi++) {
        const vmatch *w = &c->vm[vi];
        if (w->s >= act) break;
        if ((w->p->flags & (KBL_P_SUPPRESS | KBL_P_INTENT)) ||
            (w->p->code && (root_of(w->p->code) == 2 || root_of(w->p->code) == 10 || root_of(w->p->code) == 12 ||
                            root_of(w->p->code) == 13)))
            return;
    }
    const char *counted = NULL;
    if (kill >= 0) {
        /* the killed are armed men ("three militants were killed"): not an attack on people */
        int dm = agl_mention_before(c, kill);
        if (dm < 0) dm = agl_mention_after(c, kill + 1, 7);
        if (dm >= 0 && agl_armed(&c->men[dm])) return;
        if (agl_victim(c, dm) >= 0) tm = dm;
        /* "a blast ripped through a bus carrying soldiers, killing six": a victim further on */
        for (int j = act + 1; tm < 0 && j < c->nt && j < act + 12; j++) {
            if (is(&c->tok[j], ";") || is_any(&c->tok[j], STOP_RIGHT)) break;
            int m = live_mention_at(c, j);
            if (m >= 0 && c->men[m].s == j && !(j > 0 && is(&c->tok[j - 1], "by"))) tm = agl_victim(c, m);
        }
        if (tm < 0) counted = agl_counted(c, kill);
    }
    if (tm < 0 && !counted) counted = agl_counted(c, act); /* "eight labourers were abducted" */
    if (tm < 0 && !counted && take >= 0) counted = agl_counted(c, take); /* "gunmen took 20 hostages" */
    /* the victims' country: theirs, else the state the sentence places the act in */
    const char *place = sentence_state(c);
    /* "stormed a hotel in Somalia": the people of that state */
    if (tm < 0 && !counted && place && civil_object(c, act + 1, c->nt)) counted = "CVL";
    /* "blew himself up at a checkpoint in Iraq": the state whose post it was */
    if (tm < 0 && !counted && place)
        for (int j = act + 1; j < c->nt && j < act + 10 && !counted; j++) {
            if (live_mention_at(c, j) >= 0 || is(&c->tok[j], ";")) break;
            if (is_any(&c->tok[j], AGL_POST)) counted = "";
        }
    if (tm < 0 && !counted) return;
    if (sm < 0) /* "were killed in an attack by militants" */
        for (int m = 0; m < c->nm && sm < 0; m++) {
            const mention *x = &c->men[m];
            if (!x->dead && agl_armed(x) && !x->country && x->kind != KBL_GROUP && x->s > 0 &&
                is(&c->tok[x->s - 1], "by"))
                sm = m;
        }
    /* "Israel said a mortar bomb was fired at it from the Gaza Strip": the attackers stay
     * unnamed (CODING-RULES: source null), but another state telling of an attack from a
     * state's territory accuses that state */
    mention from;
    memset(&from, 0, sizeof from);
    const mention *sayer = NULL;
    for (int j = act + 1; sm < 0 && j + 1 < c->nt && j < act + 16; j++) {
        if (is(&c->tok[j], ";") || is(&c->tok[j], ".")) break;
        if (!is(&c->tok[j], "from")) continue;
        int q = j + 1;
        while (q < c->nt && is_any(&c->tok[q], DETS)) q++;
        int m = q < c->nt ? live_mention_at(c, q) : -1;
        if (m >= 0 && c->men[m].country && c->men[m].kind == KBL_STATE && !c->men[m].role &&
            (tm < 0 || c->men[m].group != c->men[tm].group)) {
            from.kind = KBL_STATE;
            from.country = c->men[m].country;
            from.role = "INS";
            from.code = arena_cat(c, c->men[m].country, "INS");
            from.name = c->men[m].name;
            /* ... told by another state ("Israel said a mortar bomb was fired at it from Gaza"):
             * that state's accusation, not an act (CODING-RULES) */
            for (int u = c->nv; u-- > 0 && !sayer;) {
                const vmatch *w = &c->vm[u];
                if ((w->p->flags & KBL_P_SAY) && w->e <= act && w->src >= 0 && c->men[w->src].country &&
                    strncmp(c->men[w->src].country, from.country, 3))
                    sayer = &c->men[w->src];
            }
        }
        break;
    }
    int hist = 0;
    for (int j = 1; j < c->nt && !hist; j++)
        if (is(&c->tok[j - 1], "in") || is(&c->tok[j - 1], "of")) hist = year_of(&c->tok[j], c->text);
    vmatch v;
    static const kbl_pattern AGL_PATTERN = {.code = "190", .text = "(attack, attacker unnamed)"};
    made_match(&v, &AGL_PATTERN, act, act + 1);
    c->agentless = 1;
    if (sayer) {
        mention st = from;
        st.code = from.country;
        st.role = NULL;
        emit(c, sent, ss, se, &v, "112", sayer, &st, hist);
        c->agentless = 0;
        return;
    }
    if (tm >= 0) {
        if (place)
            for (int m = 0; m < c->nm; m++) {
                mention *x = &c->men[m];
                if (x->dead || x->group != c->men[tm].group || x->country || !x->role) continue;
                x->country = place;
                x->code = arena_cat(c, place, x->role);
                x->kind = KBL_STATE;
            }
        emit_groups(c, sent, ss, se, &v, code, sm >= 0 ? c->men[sm].group : -1, c->men[tm].group, hist);
    } else {
        mention people;
        memset(&people, 0, sizeof people);
        people.kind = *counted ? KBL_AGENT : KBL_STATE;
        people.role = *counted ? counted : NULL;
        people.name = !*counted ? place : !strcmp(counted, "MIL") ? "security forces" : !strcmp(counted, "COP") ? "police" : "people";
        people.country = place;
        people.code = *counted ? arena_cat(c, place ? place : "---", counted) : place;
        emit(c, sent, ss, se, &v, code, sm >= 0 ? &c->men[sm] : NULL, &people, hist);
    }
    c->agentless = 0;
}

/* "India accused Pakistan of sponsoring the militants, a charge Islamabad denies": the one
 * accused denies it to the accuser (016), beside the sentence's accusation (root 11). */
static void denied_charge(kb_coder *c, int sent, uint32_t ss, uint32_t se)
{
    static const char *const CHARGE[] = {"charge", "claim", "allegation", "accusation", "accusations",
                                         "allegations", "charges", "claims", NULL};
    static const char *const DENY[] = {"denies", "denied", "deny", "rejects", "rejected", "reject", NULL};
    int accused = 0; /* most sentences hold no accusation or claimed act: no word scan */
    for (size_t k = c->nev; k-- > 0 && !accused;) {
        if (c->ev[k].sentence != (size_t)sent) break;
        accused = c->ev[k].root[0] == '1' && (c->ev[k].root[1] == '1' || c->ev[k].root[1] >= '8');
    }
    for (int i = 2; accused && i + 2 < c->nt; i++) {
        if (!is_any(&c->tok[i], CHARGE) || !is(&c->tok[i - 2], ",") ||
            !(is(&c->tok[i - 1], "a") || is(&c->tok[i - 1], "an") || is(&c->tok[i - 1], "the")))
            continue;
        int q = i + 1;
        if (is(&c->tok[q], "that") || is(&c->tok[q], "which")) q++;
        if (q < c->nt && is(&c->tok[q], "the") && live_mention_at(c, q) < 0) q++;
        int m = q < c->nt ? live_mention_at(c, q) : -1;
        if (m < 0) continue;
        int d = group_end(c, m);
        /* (where the denier sits: "a charge the Chinese consulate general in Almaty rejected") */
        if (d + 2 < c->nt && (is(&c->tok[d], "in") || is(&c->tok[d], "at")) && c->tok[d + 1].cap) {
            int z = d + 1;
            while (z < c->nt && z <= d + 4 && c->tok[z].cap && c->tok[z].kind == KBL_T_WORD) z++;
            if (z < c->nt && is_any(&c->tok[z], DENY)) d = z;
        }
        if (d < c->nt && (is(&c->tok[d], "has") || is(&c->tok[d], "have") || is(&c->tok[d], "strongly"))) d++;
        if (d >= c->nt || !is_any(&c->tok[d], DENY)) continue;
        const mention *x = &c->men[m];
        /* (a bare organ denies for the state accused: "accused the gendarmes of ..., a charge the
         * Security Ministry rejected") */
        mention organ;
        int bare = x->code && !memcmp(x->code, "---", 3) && !x->country && x->role && state_organ(x->role);
        /* "..., a claim the militia rejected": a claimed act of violence is a charge too */
        int claim = is(&c->tok[i], "claim") || is(&c->tok[i], "claims");
        for (size_t k = c->nev; k-- > 0;) {
            const kb_event *e = &c->ev[k];
            if (e->sentence != (size_t)sent) break;
            int charge = e->root[0] == '1' && (e->root[1] == '1' || (claim && e->root[1] >= '8'));
            if (!charge || !e->source.code || !e->target.code || !x->code) continue;
            if (bare && e->target.country && (!e->source.country || strncmp(e->source.country, e->target.country, 3))) {
                organ = *x;
                organ.country = e->target.country;
                organ.code = arena_cat(c, kb_arena_strndup(c->arena, e->target.country, 3), x->role);
                x = &organ;
            }
            if (strncmp(e->target.code, x->code, 3)) continue;
            mention accuser;
            memset(&accuser, 0, sizeof accuser);
            accuser.kind = KBL_STATE;
            accuser.code = e->source.code, accuser.name = e->source.name, accuser.country = e->source.country;
            static const kbl_pattern DENY_PATTERN = {.code = "016", .text = "(a charge X denies)"};
            vmatch v;
            made_match(&v, &DENY_PATTERN, d, d + 1);
            emit(c, sent, ss, se, &v, "016", x, &accuser, 0);
            break;
        }
        return;
    }
}

/* "The ministry said the men had been fishing illegally in Salvadoran waters": a state's word
 * that another state's people broke its law is its charge against them (112), when the sentence
 * codes nothing of the sayer's already */
static void illegal_charge(kb_coder *c, int sent, uint32_t ss, uint32_t se)
{
    /* (... or violated its airspace or sovereignty: "said the Belizean patrol had violated
     * Guatemalan sovereignty", 'said Indian troops had "illegally crossed the line"') */
    /* (... or smuggled: "said the drivers had tried to take copper cathodes out of the country
     * with forged export permits", "had hidden diesel in extra fuel tanks to sell it") */
    static const char *const UNLAWFUL[] = {"illegally", "unlawfully", "illegal", "unlawful", "violated", "intruded",
                                           "trespassed", "encroached", "forged", "smuggled", "smuggling",
                                           "hidden", "concealed", "undeclared", "contraband",
                                           /* (... or attacked its men: "told journalists that the
                                            * traders had attacked officers with stones") */
                                           "attacked", "assaulted", "stoned", "pelted", NULL};
    static const char *const LACKING[] = {"permission", "permits", "permit", "licences", "licence", "licenses",
                                          "license", "authorisation", "authorization", "visas", NULL};
    for (int vi = 0; vi < c->nv; vi++) {
        const vmatch *w = &c->vm[vi];
        if (!(w->p->flags & KBL_P_SAY) || w->src < 0) continue;
        const mention *sayer = &c->men[w->src];
        if (!sayer->country || sayer->kind == KBL_GROUP) continue;
        int j = w->e;
        /* (over "in a statement": "said in a statement that the Belizean patrol had ...") */
        /* (... and over whom it told: "told journalists in Kampala yesterday that the traders had
         * attacked officers") */
        if (said_in_statement(c, j) || (w->s < c->nt && is(&c->tok[w->s], "told")))
            for (int q = j + 1; q < c->nt && q <= j + 8; q++)
                if (is(&c->tok[q], "that")) {
                    j = q;
                    break;
                }
        if (j < c->nt && is(&c->tok[j], "that")) j++;
        if (j < c->nt && (is(&c->tok[j], "the") || is(&c->tok[j], "a") || is(&c->tok[j], "an"))) j++;
        int m = j < c->nt ? live_mention_at(c, j) : -1;
        /* (its people, its forces, or anyone its adjective names: "said Indian troops had
         * illegally crossed", "said the Belizean patrol had violated Guatemalan sovereignty") */
        if (m < 0 || c->men[m].s != j || !c->men[m].country || !strncmp(c->men[m].country, sayer->country, 3) ||
            c->men[m].kind == KBL_GROUP || c->men[m].kind == KBL_PERSON)
            continue;
        int bad = 0;
        for (int k = group_end(c, m); k < c->nt && !bad; k++) {
            if (is(&c->tok[k], ";") || is(&c->tok[k], ",")) break;
            bad = is_any(&c->tok[k], UNLAWFUL) ||
                  (is(&c->tok[k], "without") && k + 1 < c->nt && is_any(&c->tok[k + 1], LACKING));
        }
        if (!bad) continue;
        for (size_t q = c->nev; q-- > 0;) {
            if (c->ev[q].sentence != (size_t)sent) break;
            if (c->ev[q].source.country && !strncmp(c->ev[q].source.country, sayer->country, 3)) return;
        }
        static const kbl_pattern CHARGE_PATTERN = {.code = "112", .text = "(said another's people broke the law)"};
        vmatch v;
        made_match(&v, &CHARGE_PATTERN, w->s, w->e);
        /* (what it says they did is its charge, no act of the day: "had attacked officers ... and
         * tried to burn a URA vehicle") */
        size_t keep = sentence_first(c, sent);
        for (size_t q = keep; q < c->nev; q++) {
            const kb_event *f = &c->ev[q];
            int said = f->verb_start >= c->tok[j].s && f->source.country &&
                       !strncmp(f->source.country, c->men[m].country, 3);
            if (!said) c->ev[keep++] = c->ev[q];
        }
        c->nev = keep;
        emit(c, sent, ss, se, &v, "112", sayer, &c->men[m], 0);
        return;
    }
}

/* Titles that name a person again as "the <title>" ("the minister", "the president"). */
static const char *const PERSON_TITLES[] = {"minister", "president", "premier", "chancellor", "ambassador",
                                            "envoy", "governor", "secretary", "commissioner", "patriarch",
                                            "archbishop", "metropolitan", NULL};

/* The heads table: a noun ("navy", "minister") with the role and state (or group) it named last. */
static void remember_head_(kb_coder *c, const char *h, const char *role, const char *country, const char *group,
                           int weak)
{
    size_t hl = strlen(h);
    int q = 0;
    while (q < c->nheads && !streq(c->heads[q].head, h)) q++;
    if (weak && q < c->nheads && !c->heads[q].weak) return; /* (the noun itself named it) */
    if (hl > 2 && hl < sizeof c->heads[0].head && q < (int)(sizeof c->heads / sizeof *c->heads)) {
        memcpy(c->heads[q].head, h, hl + 1);
        c->heads[q].role = role;
        c->heads[q].country = country;
        c->heads[q].group = group;
        c->heads[q].weak = weak;
        if (q == c->nheads) c->nheads++;
    }
}

static void remember_head(kb_coder *c, const char *h, const char *role, const char *country)
{
    remember_head_(c, h, role, country, NULL, 0);
}

/* Who carried a claim's statement is not its target: "in a statement carried by the Islamic
 * State group's Amaq news agency" (mention m after "by", past token from), nor whom it was
 * sent to ("in a statement to a local newspaper"). */
static int carrier_of_statement(const kb_coder *c, int m, int from)
{
    int k = c->men[m].s - 1;
    /* (over a name before the carrier's noun: "by its az-Zallaqa media arm") */
    /* (... and "via", or "by way of", a synonym engine's "through": "by way of its Amaq
     * information company") */
    for (int n = 0; k > from && n < 4 && !is(&c->tok[k], "by") && !is(&c->tok[k], "to") && !is(&c->tok[k], "via") &&
                    !(is(&c->tok[k], "way") && is(&c->tok[k - 1], "by")) &&
                    ((c->tok[k].kind == KBL_T_WORD && c->tok[k].verb < 0) || is(&c->tok[k], "-"));
         n++)
        k--;
    if (k > from && (is(&c->tok[k], "by") || is(&c->tok[k], "via") || is(&c->tok[k], "way"))) return 1;
    /* "in a statement to a local newspaper", "in a call to a Derry newspaper" */
    /* (and a synonym engine's "an electronic mail to native media") */
    static const char *const SAYING[] = {"statement", "message", "call", "letter", "email", "note", "mail",
                                         "e-mail", "video", "post", "interview", NULL};
    return k > from + 1 && is(&c->tok[k], "to") && is_any(&c->tok[k - 1], SAYING);
}

/* The one people were "handed (over) to", -1 if none */
static int handed_to(kb_coder *c, const vmatch *v)
{
    if (!is(&c->tok[v->s], "handed")) return -1;
    int j = v->s + 1; /* (the "to" may be the pattern's own: "handed ... over to *") */
    while (j < c->nt && j < v->e + 3 && !is(&c->tok[j], "to")) j++;
    if (j >= c->nt || !is(&c->tok[j], "to")) return -1;
    j++;
    while (j < c->nt && is_any(&c->tok[j], DETS)) j++;
    int m = j < c->nt ? live_mention_at(c, j) : -1;
    return m >= 0 && c->men[m].code ? m : -1;
}

/* "were handed over to the International Committee of the Red Cross", "... to Vietnamese
 * consular officials": people handed over to someone named, not of a state's own organs ("had
 * been handed over to fisheries inspectors" moves them within custody) */
static int handed_out(kb_coder *c, const vmatch *v)
{
    int m = handed_to(c, v);
    if (m < 0) return 0;
    const mention *r = &c->men[m];
    return !(r->kind == KBL_AGENT && r->role && state_organ(r->role) && !r->country);
}

/* "detained 11 suspected militiamen" in a report on the Mobondo's raids: militiamen no state or
 * group is named for are the armed group the article named last, when it told that group's
 * violence before (a militia is seldom a state's army) */
static void bare_militia(kb_coder *c)
{
    static const char *const MILITIA[] = {"militiamen", "militia", "militias", NULL};
    for (int i = 0; i < c->nm; i++) {
        mention *m = &c->men[i];
        if (m->dead || m->pronoun || m->kind != KBL_AGENT || m->country || !m->role || strcmp(m->role, "MIL") ||
            !is_any(&c->tok[m->e - 1], MILITIA))
            continue;
        /* (not militias a word before gives a side of their own: "clan militias", "pro-government
         * militias", "Macawisley militias") */
        static const char *const PLAIN[] = {"suspected", "alleged", "armed", "the", "some", "several", "many",
                                            "more", "other", "its", "their", "of", "dozens", "hundreds", "and",
                                            NULL};
        const tokinfo *b = m->s > 0 ? &c->tok[m->s - 1] : NULL;
        if (b && b->kind == KBL_T_WORD && !is_any(b, PLAIN) && !is_any(b, NUM_WORDS)) continue;
        memory g;
        memory_at(c, m->s, &g);
        if (!g.has_group || !g.group.code || g.group.country || !memcmp(g.group.code, "---", 3)) continue;
        int violent = 0;
        for (size_t q = 0; q < c->nev && !violent; q++)
            violent = c->ev[q].source.code && !strcmp(c->ev[q].source.code, g.group.code) && root_of(c->ev[q].root) >= 18;
        if (!violent) continue;
        m->kind = KBL_GROUP;
        m->code = g.group.code;
        m->name = g.group.name;
        m->role = NULL;
    }
}

/* "the Japanese Safety Community (ESN)", a synonym engine's "Eastern Security Network (ESN)": a
 * run of capitalised words before a known group's acronym in brackets is that group's name, and a
 * state's adjective inside it names no state */
static void name_before_acronym(kb_coder *c)
{
    /* (most sentences have no bracket) */
    if (c->nt < 5 || !c->paren) return;
    for (int j = 3; j + 1 < c->nt; j++) {
        if (c->tok[j - 1].low[0] != '(' || !is(&c->tok[j + 1], ")") || !c->tok[j].allcaps) continue;
        int g = live_mention_at(c, j);
        if (g < 0 || c->men[g].kind != KBL_GROUP || c->men[g].s != j || c->men[g].e != j + 1) continue;
        int k = j - 2, caps = 0;
        while (k >= 0 && k > j - 10 && (c->tok[k].cap || is(&c->tok[k], "of") || is(&c->tok[k], "-"))) {
            caps += c->tok[k].cap;
            k--;
        }
        if (caps < 2) continue;
        for (int q = k + 1; q <= j - 2; q++) {
            int m = live_mention_at(c, q);
            if (m >= 0 && c->men[m].kind == KBL_STATE && !c->men[m].role && c->men[m].s > k && c->men[m].e <= j - 1)
                drop_mention(c, &c->men[m]);
        }
    }
}

/* "North and South Korean troops exchanged fire": one adjective for two states, the first
 * half of whose name stands alone before "and" (the Koreas, the Sudans) */
static void north_and_south(kb_coder *c)
{
    static const struct {
        const char *first, *second, *named, *other;
    } PAIRS[] = {{"north", "south", "KOR", "PRK"}, {"south", "north", "PRK", "KOR"},
                 {"north", "south", "SSD", "SDN"}, {"south", "north", "SDN", "SSD"}};
    int any = 0; /* (most sentences name neither Korea nor Sudan: no scan) */
    for (int k = 0; k < c->nm && !any; k++)
        for (size_t q = 0; q < sizeof PAIRS / sizeof *PAIRS && !any; q++)
            any = !c->men[k].dead && c->men[k].country && !strncmp(c->men[k].country, PAIRS[q].named, 3);
    for (int i = 2; any && i < c->nt && c->nm < MAX_MENTIONS; i++) {
        int m = live_mention_at(c, i), f = i - 2; /* (f: the first half's word) */
        if (m < 0 || c->men[m].s != i || !c->men[m].country || !c->men[m].code || !is(&c->tok[i - 1], "and") ||
            !c->tok[f].cap || c->tok[f].men >= 0)
            continue;
        for (size_t k = 0; k < sizeof PAIRS / sizeof *PAIRS; k++) {
            if (strcmp(c->tok[f].low, PAIRS[k].first) || strcmp(c->tok[i].low, PAIRS[k].second) ||
                strncmp(c->men[m].country, PAIRS[k].named, 3))
                continue;
            /* (in the text's order, before it: group_mentions reads a list in that order) */
            mention n = c->men[m];
            n.s = f;
            n.e = f + 1;
            n.country = PAIRS[k].other;
            n.code = n.role ? arena_cat(c, PAIRS[k].other, n.role) : PAIRS[k].other;
            n.name = span_str(c, f, f + 1);
            memmove(&c->men[m + 1], &c->men[m], (size_t)(c->nm - m) * sizeof *c->men);
            c->nm++;
            c->men[m] = n;
            for (int q = 0; q < c->nm; q++) c->men[q].group = q;
            for (int q = 0; q < c->nt; q++)
                if (c->tok[q].men >= m) c->tok[q].men++;
            c->tok[f].men = (int16_t)m;
            break;
        }
    }
}

/* "The BIFF has carried out bombings and raids ... for more than a decade", "Kenyan fishermen
 * have complained for years of harassment": a present perfect over a span of years tells a
 * habit, no act of a day */
static int habitual_sentence(const kb_coder *c)
{
    static const char *const SPAN[] = {"years", "decades", "generations", "decade", "century", NULL};
    /* (no count: "jailed a student for two years" tells the term) */
    static const char *const HEDGE[] = {"more", "than", "over", "nearly", "almost", "at", "least", "a", "several",
                                        "many", NULL};
    int perfect = 0;
    for (int j = 0; j + 2 < c->nt; j++) {
        if (!perfect) {
            /* (the main clause's: not a relative clause's, "FLEC, which has waged an insurgency for
             * decades, said ... had carried out the attack") */
            perfect = (is(&c->tok[j], "has") || is(&c->tok[j], "have")) && is_participle(&c->tok[j + 1]) &&
                      !(j > 0 && (is(&c->tok[j - 1], "which") || is(&c->tok[j - 1], "who") ||
                                  is(&c->tok[j - 1], "that")));
            continue;
        }
        /* (... or since an earlier year, the sentence's last clause: "has been a centre of
         * protests ... since 2011"; not what a clause after it tells, "has been closed since
         * 1994, when Algeria ...", "... since 1994, and Algeria cut ties in 2021") */
        if (is(&c->tok[j], "since") && c->date && year_of(&c->tok[j + 1], c->text) &&
            year_of(&c->tok[j + 1], c->text) < c->date / 10000) {
            int more = 0;
            static const char *const NEXT[] = {"when", "and", "but", "while", NULL};
            for (int k = j + 2; k < c->nt && !more; k++)
                more = is(&c->tok[k], ";") || (k == j + 2 && is(&c->tok[k], "when")) ||
                       (is(&c->tok[k], ",") && k + 1 < c->nt && is_any(&c->tok[k + 1], NEXT));
            if (!more) return 1;
        }
        if (!is(&c->tok[j], "for")) continue;
        int k = j + 1;
        while (k < c->nt && k <= j + 4 && is_any(&c->tok[k], HEDGE)) k++;
        if (k < c->nt && is_any(&c->tok[k], SPAN)) return 1;
    }
    return 0;
}

static void code_sentence(kb_coder *c, int sent, uint32_t ss, uint32_t se)
{
    c->cur_sent = sent;
    tokenize(c, c->text, ss, se - ss);
    join_prefixed(c);
    if (c->nt == 0) return;
    plural_possessives(c);
    /* context: sport cue words, years */
    int words = 0, caps = 0;
    size_t ncue;
    const uint8_t *cue = kbl_cue_flags(c->lx, &ncue);
    for (int i = 0; i < c->nt; i++) {
        tokinfo *t = &c->tok[i];
        if (t->kind == KBL_T_WORD) {
            words++;
            if (t->cap) caps++;
            if (t->id >= 0 && (size_t)t->id < ncue && cue[t->id] == KBL_CUE_HARD) c->hard_hits++;
            else if (t->id >= 0 && (size_t)t->id < ncue && cue[t->id]) { /* kbl_is_cue */
                c->sport_hits++;
                int seen = 0;
                for (int j = 0; j < c->nsport_ids; j++) seen |= c->sport_ids[j] == t->id;
                if (!seen && c->nsport_ids < 3) c->sport_ids[c->nsport_ids++] = t->id;
            }
            c->doc_words++;
        }
        int y = year_of(t, c->text);
        if (y > c->doc_year_max) c->doc_year_max = y;
    }
    int titlecase = words >= 3 && caps * 10 >= words * 7;
    /* "Sudan's army and the SPLA fought for Abyei town in May 2008": a sentence told "in" a
     * year two or more before the article's names its bodies as they were then (the SPLA a
     * rebel army, not South Sudan's); its persons keep their roles of the day ("Youssouf
     * urged ... to respect the agreement signed in November 2022") */
    int32_t today = c->date;
    c->then = 0;
    for (int i = 1; today && i < c->nt; i++) {
        int y = year_of(&c->tok[i], c->text), mo = 0;
        if (!y || y > today / 10000 - 2) continue;
        int p = i - 1;
        for (int k = 0; MONTHS[k] && p > 0; k++)
            if (streq(c->tok[p].low, MONTHS[k])) mo = k + 1;
        if (mo) p--;
        if (!is(&c->tok[p], "in")) continue;
        c->then = y * 10000 + (mo ? mo : 7) * 100 + 1;
        break;
    }
    find_mentions(c);
    c->nv = 0; /* (no verb of an earlier sentence or article is this one's, whatever is skipped) */
    /* No actor named (nor a pronoun resolved) and no event earlier in the article to take
     * parties from: no event can come of this sentence (never an event without a named
     * actor), and with no mention there is nothing to remember. Most sentences of most
     * articles: the clause analysis is skipped. */
    if (c->nm == 0 && c->nev == 0 && !agl_counted_attack(c)) goto remember_all;
    unknown_bodies(c); /* an unknown IGO alone names no event: after the skip */
    kill_modifiers(c);
    name_before_acronym(c);
    compose(c);
    bare_militia(c);
    north_and_south(c);
    extend_titles(c);
    object_pronouns(c);
    coordinated_them(c);
    counted_them(c);
    title_context(c);
    anaphoric_people(c);
    find_verbs(c, titlecase);
    group_mentions(c);
    apposed_persons(c);
    apposed_nationals(c);
    disguises(c);
    seats_are_places(c);
    if (c->nv == 0) goto unnamed;
    /* 'Turkish officials use the term "neutralised" for militants killed, captured or who
     * surrender': a sentence about words tells no act */
    for (int j = 2; j + 1 < c->nt; j++)
        if ((is(&c->tok[j], "term") || is(&c->tok[j], "word")) && is(&c->tok[j - 1], "the") &&
            (is(&c->tok[j - 2], "use") || is(&c->tok[j - 2], "uses") || is(&c->tok[j - 2], "used")))
            goto remember_all;
    int question = is(&c->tok[c->nt - 1], "?");
    int habit = habitual_sentence(c);
    int suppress_from = c->nt + 1, suppress_to = c->nt + 1, claimer = -1, suppressor = -1;
    for (int vi = 0; vi < c->nv; vi++) {
        vmatch *v = &c->vm[vi];
        const kbl_pattern *p = v->p;
        int e = v->e;
        if (v->done == -3) continue; /* folded into an earlier act (a protest's purpose) */
        /* "Athens responded hours later by summoning Turkey's ambassador", "India retaliated by
         * expelling two diplomats": the answer is the act after "by" (left_source gives it the
         * answering subject), not one of its own */
        if (answer_by(c, v->e) >= 0) {
            v->done = -1;
            continue;
        }
        /* "X, a group banned by Y in 2006, said ...": what a describing apposition tells is no
         * news of the day */
        if (in_apposition(c, v)) {
            v->done = -1;
            continue;
        }
        /* "a man who had allegedly been assaulted by soldiers": an act told as alleged is no
         * event (CODING-RULES: unconfirmed acts give only the speech act that tells them) */
        {
            int w = v->s - 1;
            while (w >= 0 && (is(&c->tok[w], "been") || is(&c->tok[w], "had") || is(&c->tok[w], "has") ||
                              is(&c->tok[w], "have") || is(&c->tok[w], "was") || is(&c->tok[w], "were")))
                w--;
            if (w >= 0 && (is(&c->tok[w], "allegedly") || is(&c->tok[w], "purportedly"))) {
                v->done = -1;
                continue;
            }
        }
        /* "anyone who attacked a police station would face ...": no one's act, a condition */
        {
            static const char *const ANYONE[] = {"anyone", "anybody", "whoever", "everyone", "those", NULL};
            int w = v->s - 1;
            if (w >= 0 && quote_mark(&c->tok[w])) w--; /* anyone who "blocks a road" */
            if (w >= 0 && (is(&c->tok[w], "who") || is(&c->tok[w], "that"))) w--;
            if (w >= 0 && w < v->s - 1 && is_any(&c->tok[w], ANYONE) && !quote_mark(&c->tok[w + 1])) {
                v->done = -1;
                continue;
            }
            /* "as thousands took to the streets": a crowd no one named, not the sentence's subject */
            static const char *const CROWD[] = {"thousands", "hundreds", "dozens", "scores", "millions", NULL};
            if (v->s > 0 && (is(&c->tok[v->s - 1], "whoever") || is_any(&c->tok[v->s - 1], CROWD))) {
                v->done = -1;
                continue;
            }
        }
        /* "would not stop until Kinshasa agreed to direct talks": the act awaited is no act; a
         * refusal to stop until another does it demands it of that other */
        {
            int until = -1;
            for (int j = v->s - 1; j >= 0 && until < 0; j--) {
                if (is(&c->tok[j], ",") || is(&c->tok[j], ";")) break;
                if (is(&c->tok[j], "until") || is(&c->tok[j], "till")) until = j;
            }
            if (until >= 0) {
                int refuse = 0, by = -1;
                for (int j = until - 1; j >= 0 && j >= until - 6; j--) {
                    if (c->tok[j].kind == KBL_T_PUNCT) break;
                    if (is(&c->tok[j], "not") || is(&c->tok[j], "n't") || is(&c->tok[j], "never") ||
                        is(&c->tok[j], "continue") || is(&c->tok[j], "fight") || is(&c->tok[j], "keep"))
                        refuse = 1;
                }
                for (int u = vi - 1; u >= 0 && by < 0; u--)
                    if (c->vm[u].e <= until && c->vm[u].src >= 0) by = c->vm[u].src;
                /* ... or the sentence's subject ("Pakistan will not rest until ...") */
                for (int k = 0; k < c->nm && by < 0; k++)
                    if (!c->men[k].dead && c->men[k].s < until &&
                        (c->men[k].s == 0 || (c->men[k].s == 1 && is_any(&c->tok[0], DETS))))
                        by = c->men[k].group;
                int of = left_source(c, vi);
                /* (the act itself: "agreed to" yields to the talks it governs) */
                if (refuse && by >= 0 && of >= 0 && c->men[of].s > until && c->men[of].group != c->men[by].group &&
                    p->code && !(p->n_el > 0 && is(&c->tok[v->e - 1], "to") && vi + 1 < c->nv && c->vm[vi + 1].p->code)) {
                    const char *dc = appeal_for(10, p->code);
                    vmatch tmp = *v;
                    emit_groups(c, sent, ss, se, &tmp, dc ? dc : "100", by, of, 0);
                }
                v->done = -1;
                continue;
            }
        }
        v->governs = (p->n_el > 0 && is(&c->tok[e - 1], "to")) || (e < c->nt && is(&c->tok[e], "to"));
        if (p->flags & (KBL_P_SAY | KBL_P_INTENT | KBL_P_ASPECT)) {
            v->src = left_source(c, vi);
            if (p->flags & KBL_P_SUPPRESS) {
                if (v->e < suppress_from) {
                    suppressor = vi;
                    suppress_from = v->e;
                    int re = rel_end(c, v->s); /* "X, which denies the charge, condemned Y" */
                    suppress_to = re >= 0 ? re : c->nt + 1;
                }
                if (p->flags & KBL_P_CLAIM) claimer = vi;
            }
            continue;
        }
        /* "accused Y of shelling villages and summoned its envoy": the content ends at a verb
         * of the speaker's own */
        if (v->s >= suppress_from && v->s < suppress_to && suppressor >= 0 &&
            (coord_after_gerund(c, &c->vm[suppressor], v) || verbal_after_content(c, &c->vm[suppressor], v))) {
            v->src = c->vm[suppressor].src;
            suppress_from = suppress_to = c->nt + 1;
        }
        /* "denied the charge, saying Pakistani soldiers had fired first": what the speaker goes
         * on to say is reported speech of its own (an accusation when it names another state) */
        if (v->s >= suppress_from && v->s < suppress_to && suppressor >= 0 && !(p->flags & KBL_P_CLAIM))
            for (int u = vi - 1; u > suppressor; u--) {
                const vmatch *w = &c->vm[u];
                if ((w->p->flags & KBL_P_SAY) && !(w->p->flags & KBL_P_SUPPRESS) && w->s > c->vm[suppressor].e &&
                    is(&c->tok[w->s - 1], ",")) {
                    suppress_from = suppress_to = c->nt + 1;
                    break;
                }
            }
        if (v->s >= suppress_from && v->s < suppress_to) {
            /* "The US claimed that it had attacked Iraq": a claim of responsibility */
            /* (not "claims he has been targeted by the newspaper": a passive's subject suffered it) */
            static const char *const BE_PASSIVE[] = {"been", "was", "were", "being", "is", "are", NULL};
            int passive_v = v->s > 0 && is_any(&c->tok[v->s - 1], BE_PASSIVE);
            if (claimer >= 0 && c->vm[claimer].src >= 0 && p->code && root_of(p->code) >= 18 && !passive_v) {
                int s2 = left_source(c, vi);
                const mention *cl = &c->men[c->vm[claimer].src];
                /* "the military ... claimed it had killed 200 fighters": the same actor or state */
                if (s2 >= 0 && c->men[s2].code && cl->code &&
                    (!strcmp(c->men[s2].code, cl->code) ||
                     (c->men[s2].country && cl->country && !strcmp(c->men[s2].country, cl->country)))) {
                    int t2 = right_target(c, vi, v->e, s2, 0, 12);
                    emit_groups(c, sent, ss, se, v, "015", c->vm[claimer].src, t2, 0);
                    /* an uncontested claim names the doer: the act too, on a named target */
                    if (t2 >= 0) emit_groups(c, sent, ss, se, v, p->code, c->vm[claimer].src, t2, 0);
                }
            }
            v->done = -1;
            continue;
        }
        const char *code = p->code;
        int root0 = root_of(code);
        int intent = 0;
        /* noun or verb? */
        int nominal = (p->flags & KBL_P_NOUN) != 0;
        /* "held talks with the fishermen": a meeting held (040), no custody; no rally held */
        static const char *const GATHERING[] = {"talks", "meeting", "meetings", "consultations", "discussions",
                                                "rally", "rallies", "protest", "protests", "vigil", "conference",
                                                "elections", "election", "funeral", "ceremony", "session", NULL};
        static const char *const TALKS[] = {"talks", "meeting", "meetings", "consultations", "discussions", NULL};
        /* a synonym engine's "launched" for "released": not "launched a search for the farmers";
         * an attack launched on them is the attack (190) */
        static const char *const LAUNCHED[] = {"attack", "attacks", "strike", "strikes", "offensive", "raid",
                                               "raids", "operation", "operations", "campaign", "search",
                                               "investigation", "probe", "assault", "missile", "missiles",
                                               "rocket", "rockets", "drone", "drones", "appeal", "programme",
                                               "program", "scheme", "initiative", "fund", NULL};
        static const char *const ATTACK_WORDS[] = {"attack", "attacks", "strike", "strikes", "offensive",
                                                   "raid", "raids", "assault", NULL};
        if (code && ((!strcmp(code, "173") && (is(&c->tok[v->s], "held") || is(&c->tok[v->s], "hold")) &&
                      !gap_act(c, v, GATHERING, TALKS, "040", &code, &root0)) ||
                     (!strncmp(code, "0841", 4) && !strncmp(c->tok[v->s].low, "launch", 6) &&
                      !gap_act(c, v, LAUNCHED, ATTACK_WORDS, "190", &code, &root0)))) {
            v->done = -1;
            continue;
        }
        /* "warned that Minsk would respond harshly": one threat where a warning's line and a
         * response's line overlap */
        if (root0 == 13 && !strcmp(p->code, "138") && !strncmp(c->tok[v->s].low, "re", 2)) {
            int warned = 0;
            for (int u = vi - 1; u >= 0 && !warned; u--) {
                const vmatch *w = &c->vm[u];
                if (w->nominal || !w->p->code || !isdigit((unsigned char)w->p->code[0]) || w->e > v->s ||
                    v->s - w->e > 15)
                    continue;
                warned = root_of(w->p->code) == 13;
            }
            if (warned) {
                v->done = -1;
                continue;
            }
        }
        /* a landing needs a projectile that lands; the fighting it was fired in is its story */
        int landing = 0;
        const char *w0 = c->tok[v->s].low;
        if (code && !strcmp(code, "194") && !(p->flags & KBL_P_NOUN) &&
            (!strncmp(w0, "land", 4) || !strncmp(w0, "fell", 4) || !strncmp(w0, "fall", 4) ||
             !strncmp(w0, "explod", 6))) {
            /* (no projectile: a plane or a person that "landed in" a place arrived, 042) */
            if (projectile_landing(c, v) >= 0) landing = 1;
            else if (!strncmp(w0, "land", 4) && v->s + 1 < c->nt && is(&c->tok[v->s + 1], "in") &&
                     kbl_cameo_get(c->lx, "042")) {
                code = kbl_cameo_get(c->lx, "042")->code;
                root0 = 4;
            } else {
                v->done = -1;
                continue;
            }
        } else if (root0 >= 18 && inside_landing(c, vi)) {
            v->done = -1;
            continue;
        }
        /* "has faced years of opposition criticism", "after decades of conflict": a span of time
         * filled with acts is no act of a day (but the talks that "months of negotiations"
         * ended in are) */
        if (root0 >= 11) { /* (a verb's stem too: "criticism" of "criticize") */
            static const char *const SPANS[] = {"years", "months", "decades", "weeks", NULL};
            int j = v->s - 1;
            while (j >= 0 && live_mention_at(c, j) >= 0) j = c->men[live_mention_at(c, j)].s - 1;
            if ((j >= 1 && is(&c->tok[j], "of") && is_any(&c->tok[j - 1], SPANS)) || habit) {
                v->done = -1;
                continue;
            }
        }
        if (!nominal && !is(&c->tok[v->s], "not")) {
            tokinfo *t = &c->tok[v->s];
            size_t ln = strlen(t->low);
            int inflected = (ln > 2 && !strcmp(t->low + ln - 2, "ed")) || is_any(t, IRR_PAST);
            int ing = ln > 4 && !strcmp(t->low + ln - 3, "ing");
            int pm = v->s > 0 ? live_mention_at(c, v->s - 1) : -1;
            /* a mention before: a subject ("Pakistan attacks"), unless it is a noun modifier
             * ("Israeli tank shelling", "an Islamic State target") */
            int pm_subject = pm >= 0 && !ing &&
                             !(c->men[pm].s > 0 && is_any(&c->tok[c->men[pm].s - 1], DETS));
            /* "The Indian army attacks Pakistani posts": an organ's phrase after "the" is the
             * subject of a present-tense verb with an object right after it */
            /* (a plural or a group takes the bare form: "The Taliban deny the charge") */
            if (pm >= 0 && !pm_subject && !ing &&
                (c->men[pm].role || c->men[pm].kind == KBL_GROUP ||
                 (c->men[pm].kind == KBL_STATE && c->men[pm].s == 1)) && ln > 2 &&
                (t->low[ln - 1] == 's' || c->men[pm].plural || c->men[pm].kind == KBL_GROUP ||
                 c->men[pm].kind == KBL_STATE) &&
                ((v->e < c->nt && (live_mention_at(c, v->e) >= 0 || c->tok[v->e].kind == KBL_T_NUM ||
                                   (is_any(&c->tok[v->e], DETS) && !is(&c->tok[v->e], "that")))) ||
                 (v->e > v->s + 1 && is_any(&c->tok[v->s + 1], DETS)))) /* the pattern's own object */
                pm_subject = 1;
            /* (over an opening quotation: 'urged X to "exercise restraint"') */
            int pv = v->s > 1 && opening_quote(c, v->s - 1) ? v->s - 2 : v->s - 1;
            int prev_ok = v->s == 0 || pm_subject || (pm < 0 && is_any(&c->tok[pv], VERB_LEFT)) ||
                          (pm < 0 && is_any(&c->tok[v->s - 1], BE) && !is(&c->tok[v->s - 1], "'s")) ||
                          (c->tok[v->s - 1].verb >= 0 && pm < 0 && c->vm[c->tok[v->s - 1].verb].done != -1 &&
                           !plural_object(c, v->s));
            /* "helped Afghans returning": a modifier; "to help evacuate": help was no act */
            if (v->s > 0 && is(&c->tok[v->s - 1], "'s")) prev_ok = 0; /* "Pakistan's demand" */
            /* "and attacks on them have strained relations": a plural noun on its target, no verb */
            if (!inflected && !ing && !pm_subject && ln > 3 && t->low[ln - 1] == 's' && v->e == v->s + 1 &&
                v->e < c->nt && (is(&c->tok[v->e], "on") || is(&c->tok[v->e], "against")))
                prev_ok = 0;
            /* "the most direct Saudi charge against Iran": the verb charges someone with a crime,
             * never against anyone; a charge against someone is an accusation, the noun */
            if (!inflected && !ing && is(t, "charge") && v->e == v->s + 1 && v->e < c->nt &&
                is(&c->tok[v->e], "against"))
                prev_ok = 0;
            if (is_any(t, BE) && !is(t, "'s")) prev_ok = 1; /* "The Iraqi president is due in": no noun */
            if (ing && answered_gerund(c, v->s) > 0) prev_ok = 1; /* "responded by summoning" */
            int ing_after_comma = ln > 4 && !strcmp(t->low + ln - 3, "ing") && v->s > 0 && is(&c->tok[v->s - 1], ",");
            /* "issued a statement demanding ...": the statement's issuer demands */
            static const char *const STMT[] = {"statement", "declaration", "letter", "communique", "message",
                                               "motion", "resolution", NULL};
            if (ing && v->s > 0 && is_any(&c->tok[v->s - 1], STMT)) {
                /* ... not one blocked or rejected ("vetoed a resolution condemning the coup") */
                int rej = 0;
                for (int u = 0; u < vi; u++) {
                    const vmatch *w = &c->vm[u];
                    if (w->e <= v->s && w->e >= v->s - 6 && w->p->code && root_of(w->p->code) == 12) rej = 1;
                }
                if (!rej) ing_after_comma = 1;
                else {
                    v->done = -1; /* what the rejected text says is no one's act */
                    continue;
                }
            }
            if (!inflected && !prev_ok && !ing_after_comma) nominal = 1;
            /* "on allegations of", "negotiations": nouns by their form */
            if (((ln > 5 && !strcmp(t->low + ln - 5, "ation")) || (ln > 6 && !strcmp(t->low + ln - 6, "ations"))) &&
                !(v->s > 0 && c->tok[v->s - 1].verb >= 0)) /* "will start negotiations" stays an act */
                nominal = 1;
            if (v->s > 0 && is_any(&c->tok[v->s - 1], DETS)) nominal = 1;
            /* "on trial ... on charges including treason": a noun after a preposition */
            static const char *const NOUN_PREPS[] = {"on", "of", "under", "over", "faces", "facing", NULL};
            if (v->s > 0 && is_any(&c->tok[v->s - 1], NOUN_PREPS) && (p->flags & KBL_P_VERBONLY)) nominal = 1;
            /* "The NATO-led KFOR pressure mentioned ...": a bare form right before a saying verb
             * is the subject's noun */
            static const char *const SAYS[] = {"said", "mentioned", "stated", "told", "added", "announced", NULL};
            if (!inflected && v->e == v->s + 1 && v->e < c->nt && is_any(&c->tok[v->e], SAYS)) nominal = 1;
        }
        /* "released a letter", "released the transcript of his call": papers and pictures, no
         * one set free */
        if (!strncmp(code, "084", 3) && v->e < c->nt) {
            static const char *const PAPERS[] = {"letter", "letters", "transcript", "transcripts", "statement",
                                                 "report", "reports", "video", "videos", "footage", "data",
                                                 "figures", "details", "document", "documents", "records",
                                                 "photos", "photographs", "pictures", "images", "audio",
                                                 "recording", "list", "results", "album", "film", "book",
                                                 "budget", "findings", "memo", "emails", "tape", "tapes",
                                                 "text", "version", "song", "single", "trailer", "guidance",
                                                 "funds", "money", "accounts", "update", "map", "call", NULL};
            int k = v->e, thing = 0;
            while (k < c->nt && k < v->e + 4 && c->tok[k].kind == KBL_T_WORD && live_mention_at(c, k) < 0 &&
                   !(thing = is_any(&c->tok[k], PAPERS)))
                k++;
            /* ("new figures released on Tuesday by ...": the papers before their participle) */
            if (!thing && v->s > 0 && is_any(&c->tok[v->s - 1], PAPERS) && past_form(&c->tok[v->s])) thing = 1;
            /* ("a call the White House long ago released": the paper before an object relative) */
            for (int j = v->s - 1; !thing && j > 0 && j >= v->s - 4; j--) {
                int m = live_mention_at(c, j);
                if (m < 0) continue;
                int b = c->men[m].s - 1;
                while (b > 0 && is(&c->tok[b], "the")) b--;
                thing = b >= 0 && is_any(&c->tok[b], PAPERS);
                break;
            }
            if (thing) {
                v->done = -1;
                continue;
            }
        }
        /* "The Tory co-chairman attacked Labour's six new pledges as vacuous": an attack on
         * plans, policies or words is criticism (111); "MPs bombarded the minister with
         * requests" is no bombardment */
        if (root_of(code) >= 18 && v->e < c->nt) {
            static const char *const WORDY[] = {"attack", "attacked", "attacking", "attacks", "bombarded",
                                                "bombarding", "slammed", "blasted", "savaged", "targeted", NULL};
            static const char *const POLICY[] = {"plan", "plans", "pledge", "pledges", "policy", "policies",
                                                 "record", "proposal", "proposals", "remarks", "comments",
                                                 "decision", "budget", "bill", "law", "strategy", "manifesto",
                                                 "idea", "ideas", "stance", "approach", "handling", "requests",
                                                 "questions", "claims", "statement", "speech", "article",
                                                 "report", "practices", NULL};
            int wordy = 0;
            for (int j = v->s; j < v->e && !wordy; j++) wordy = is_any(&c->tok[j], WORDY);
            if (wordy && word_in_phrase(c, v->e, 7, POLICY)) code = "111";
        }
        /* "the tidal wave which killed 150,000", "a drought has killed crops": nature kills, no
         * one attacks */
        if (root_of(code) >= 18) {
            static const char *const NATURE[] = {"tsunami", "tidal", "earthquake", "quake", "flood", "floods",
                                                 "flooding", "storm", "storms", "cyclone", "hurricane", "typhoon",
                                                 "drought", "landslide", "landslides", "avalanche", "heatwave",
                                                 "famine", "disease", "virus", "epidemic", "outbreak", "tornado",
                                                 "mudslide", "blizzard", "wildfire", "wildfires", NULL};
            int nature = 0;
            for (int j = v->s - 1; j >= 0 && j >= v->s - 6 && !nature; j--) {
                if (c->tok[j].kind == KBL_T_PUNCT || live_mention_at(c, j) >= 0) break;
                nature = is_any(&c->tok[j], NATURE);
            }
            /* ("were killed when the tsunami struck", "killed in the earthquake") */
            for (int j = v->e; j < c->nt && j < v->e + 4 && !nature; j++) {
                if (c->tok[j].kind == KBL_T_PUNCT || live_mention_at(c, j) >= 0) break;
                nature = is_any(&c->tok[j], NATURE);
            }
            if (nature) {
                v->done = -1;
                continue;
            }
        }
        /* "as they battle to win the election", "fight to keep their seats": a struggle for an
         * aim, no violence (not "fought to the death") */
        if (root_of(code) >= 18 && v->e + 1 < c->nt && v->e == v->s + 1 && is(&c->tok[v->e], "to") &&
            c->tok[v->e + 1].kind == KBL_T_WORD && !is_any(&c->tok[v->e + 1], DETS) &&
            live_mention_at(c, v->e + 1) < 0 && !c->tok[v->e + 1].cap) {
            static const char *const STRIVE[] = {"battle", "battled", "battling", "fight", "fought", "fighting",
                                                 "struggle", "struggled", "struggling", NULL};
            if (is_any(&c->tok[v->s], STRIVE)) {
                v->done = -1;
                continue;
            }
        }
        /* "met many of the government's demands", "failed to meet the deadline": no meeting */
        if (!strncmp(code, "04", 2) && v->e < c->nt && (is(&c->tok[v->s], "met") || is(&c->tok[v->s], "meet") ||
                                                        is(&c->tok[v->s], "meets") || is(&c->tok[v->s], "meeting"))) {
            static const char *const GOALS[] = {"demands", "demand", "targets", "target", "deadline", "deadlines",
                                                "requirements", "requirement", "criteria", "expectations", "needs",
                                                "costs", "obligations", "standards", "conditions", "goals", "goal",
                                                "quota", "quotas", "payments", "bills", "challenge", NULL};
            if (word_in_phrase(c, v->e, 6, GOALS)) {
                v->done = -1;
                continue;
            }
        }
        /* "a mail shot campaign", "a heart attack": a compound, no violence */
        if (root_of(code) >= 18 && v->s > 0 && is_any(&c->tok[v->s - 1], AGL_NOT_VIOLENT)) {
            v->done = -1;
            continue;
        }
        v->nominal = nominal;
        if (nominal && (p->flags & KBL_P_VERBONLY)) {
            v->done = -1;
            continue;
        }
        /* "were treated for cuts on Ishigaki and released": let go from hospital, no one freed */
        if (!strncmp(code, "084", 3) && !nominal) {
            static const char *const CARE[] = {"treated", "hospital", "hospitalised", "hospitalized", "discharged",
                                               "clinic", NULL};
            int care = 0;
            for (int j = v->s - 1; j >= 0 && j >= v->s - 10 && !care; j--) care = is_any(&c->tok[j], CARE);
            for (int j = v->e; j < c->nt && j < v->e + 3 && !care; j++)
                care = is(&c->tok[j], "from") && j + 1 < c->nt && is_any(&c->tok[j + 1], CARE);
            if (care) {
                v->done = -1;
                continue;
            }
        }
        /* "close to the Congolese border": near, no closing */
        if (is(&c->tok[v->s], "close") && v->s + 1 < c->nt && is(&c->tok[v->s + 1], "to")) {
            v->done = -1;
            continue;
        }
        /* "before the crew charged at them": a rush, no one charged with a crime */
        if (!strncmp(code, "173", 3) && v->e == v->s + 1 && v->e < c->nt &&
            (is(&c->tok[v->s], "charged") || is(&c->tok[v->s], "charge") || is(&c->tok[v->s], "charging"))) {
            static const char *const RUSH[] = {"at", "towards", "toward", "forward", "into", "across", "through", NULL};
            if (is_any(&c->tok[v->e], RUSH)) {
                v->done = -1;
                continue;
            }
            /* ("the fee The Gambia charged foreign lorries", "the rates it charges traders"): a price */
            static const char *const PRICE[] = {"fee", "fees", "tariff", "tariffs", "toll", "tolls", "price", "prices",
                                                "rate", "rates", "levy", "levies", "tax", "taxes", "duty", "duties",
                                                "rent", "interest", "commission", NULL};
            if (clause_word_before(c, v->s, 5, PRICE)) {
                v->done = -1;
                continue;
            }
        }
        /* "provide protection to civilians against Russian airstrikes": what one is shielded
         * against is no act told */
        if (nominal && root_of(code) >= 18 && v->s >= 2) {
            static const char *const SHIELD[] = {"protection", "protect", "protects", "protecting", "defend",
                                                 "defence", "defense", "shield", "shelter", "safe", "immune",
                                                 "insurance", "guard", NULL};
            int against = -1;
            for (int j = v->s - 1; j >= 0 && j >= v->s - 3 && against < 0; j--)
                if (is(&c->tok[j], "against") || is(&c->tok[j], "from")) against = j;
            int shield = 0;
            for (int j = against - 1; against > 0 && j >= 0 && j >= against - 6 && !shield; j--)
                shield = is_any(&c->tok[j], SHIELD);
            if (shield) {
                v->done = -1;
                continue;
            }
        }
        /* violence named in the plural as a kind of act, none told: after "for" or "against"
         * ("to demand tougher sentences for attacks on officers"; not what one claims,
         * "responsibility for attacks on ..."), or bare before a present or a modal telling a trend
         * ("attacks on them have strained relations", "attacks on peacekeepers may constitute war
         * crimes") */
        if (nominal && root_of(code) >= 18 && v->s >= 1 && (p->flags & KBL_P_NOUN) == 0 &&
            c->tok[v->s].low[strlen(c->tok[v->s].low) - 1] == 's') {
            static const char *const GENERIC[] = {"have", "has", "may", "might", "could", "can", "would",
                                                  "are", "remain", NULL};
            const tokinfo *pt = &c->tok[v->s - 1];
            int kind = v->s >= 2 && (is(pt, "for") || is(pt, "against")) && !is(&c->tok[v->s - 2], "responsibility") &&
                       !is(&c->tok[v->s - 2], "credit") && !sentence_kills(c);
            if (!kind && !is_any(pt, DETS) && !is_any(pt, POSS_DETS) && pt->kind != KBL_T_NUM && !is_any(pt, NUM_WORDS) &&
                v->e < c->nt && (is(&c->tok[v->e], "on") || is(&c->tok[v->e], "against")))
                for (int j = v->e + 1; j < c->nt && j <= v->e + 8 && !kind && c->tok[j].kind != KBL_T_PUNCT; j++)
                    kind = is_any(&c->tok[j], GENERIC);
            if (kind) {
                v->done = -1;
                c->generic_sent = sent;
                continue;
            }
        }
        /* '"Who will they arrest next?" said a pensioner': an act in a question is asked about,
         * not told */
        /* (the question's first word asks: not "police arrested the governor, and who will stop
         * them?") */
        {
            static const char *const ASK[] = {"who", "whom", "what", "why", "how", "when", "where", "which",
                                              "will", "would", "did", "does", "do", "is", "are", "was",
                                              "were", "can", "could", "should", "has", "have", NULL};
            int q = v->e, b = v->s;
            while (q < c->nt && !is(&c->tok[q], ".") && !is(&c->tok[q], "!") && !is(&c->tok[q], "?")) q++;
            while (b > 0 && !opening_quote(c, b - 1) && !is(&c->tok[b - 1], ".")) b--;
            if (b < v->s && quote_mark(&c->tok[b])) b++;
            if (q < c->nt && is(&c->tok[q], "?") && is_any(&c->tok[b], ASK)) {
                v->done = -1;
                continue;
            }
        }
        /* "would respond decisively to any further attack by Eritrea", 'to protest against what
         * it called a "violent and premeditated" assault on its officers': an act named as a
         * hypothesis, or in the speaker's own naming of one told, is no act told here */
        if (nominal && root_of(code) >= 18 && v->s >= 1) {
            int named = 0;
            for (int j = v->s - 1; j >= 0 && j >= v->s - 10 && !named; j--) {
                if (is(&c->tok[j], ",") || is(&c->tok[j], ";") || live_mention_at(c, j) >= 0) break;
                /* (a naming that names the doer stays, for the words on it: 'condemned what he
                 * called the "cowardly" killing of villagers by "ADF terrorists"') */
                named = (j >= v->s - 3 && is(&c->tok[j], "any")) ||
                        (is(&c->tok[j], "what") && speaker_naming(c, j + 1) && by_agent(c, v->e, 1) < 0);
            }
            if (named) {
                v->done = -1;
                continue;
            }
        }
        /* "Thursday's deadly ambush": told before (a follow-up's lead on "Sunday's attack" too);
         * but a fight between two sides the article has told no act of force before is told here
         * first ("the number of people killed in Sunday's fighting between Ethiopian and Eritrean
         * troops") */
        if (nominal && agl_named_before(c, v->s) &&
            (!(p->flags & KBL_P_MUTUAL) || root_of(code) < 18 || force_told(c))) {
            v->done = -1;
            continue;
        }
        /* "Diplomats expect the attack to weigh on talks": a violent act named with "the" in a
         * body sentence that tells no killing is one told before */
        if (nominal && sent > 0 && root_of(code) >= 18 && v->s > 0 &&
            (is(&c->tok[v->s - 1], "the") || is(&c->tok[v->s - 1], "this")) && !sentence_kills(c)) {
            v->done = -1;
            continue;
        }
        /* 'condemned "a terrorist attack on the Chilean state"': an act a condemnation names, in
         * a sentence that tells no killing, is one told before */
        /* (its doer named, the condemnation's target: "condemned the attack by settlers") */
        if (nominal && sent > 0 && root_of(code) >= 18 && !sentence_kills(c) && by_agent(c, v->e, 1) < 0 &&
            decried_before(c, v->s)) {
            v->done = -1;
            continue;
        }
        /* "repeated its demand that New Delhi hand over Hasina", "renewed their call for": a
         * word said again is said today */
        if (nominal && !(p->flags & KBL_P_NOUN) && v->s >= 2 && is_any(&c->tok[v->s - 1], POSS_DETS) &&
            is_any(&c->tok[v->s - 2], RENEWED)) {
            int r0 = root_of(code);
            if (r0 == 2 || (r0 >= 10 && r0 <= 13)) nominal = 0, v->nominal = 0;
        }
        if (nominal && !(p->flags & KBL_P_NOUN)) {
            const kbl_cameo *cm = kbl_cameo_get(c->lx, code);
            if (!cm || cm->quad < 4) { /* "a demand", "the release": not events by themselves */
                v->done = -1;
                continue;
            }
        }
        /* governed infinitive: "urged X to curb", "plans to visit", "threatened to attack" */
        int pw = prev_word(c, v->s);
        if (pw > 0 && opening_quote(c, pw)) pw = prev_word(c, pw); /* 'urged X to "exercise restraint"' */
        /* (a second infinitive the first's "to" governs: "to secure the frontier and deny any armed
         * group a foothold"; not a finite verb, "to disperse the crowd and arrested 20") */
        if (!nominal && pw >= 1 && (is(&c->tok[pw], "and") || is(&c->tok[pw], "or")) && !past_form(&c->tok[v->s])) {
            size_t ln = strlen(c->tok[v->s].low);
            int base = ln > 2 && strcmp(c->tok[v->s].low + ln - 3, "ing") && c->tok[v->s].low[ln - 1] != 's';
            for (int j = pw - 1; base && j >= 0 && j >= pw - 10; j--) {
                if (c->tok[j].kind == KBL_T_PUNCT && !opening_quote(c, j)) break;
                int w1 = j + 1 < pw && opening_quote(c, j + 1) ? j + 2 : j + 1; /* ('to "secure ...') */
                if (is(&c->tok[j], "to") && w1 < pw && c->tok[w1].kind == KBL_T_WORD && !c->tok[w1].cap &&
                    !is_any(&c->tok[w1], DETS)) {
                    pw = j;
                    break;
                }
            }
        }
        if (!nominal && pw >= 0 && is(&c->tok[pw], "to")) {
            int gov = -1, obj = -1, gov_adj = 0, over_noun = 0;
            for (int u = vi - 1; u >= 0; u--) {
                vmatch *w = &c->vm[u];
                /* (a noun that coded nothing governs nothing: "urged X in Istanbul talks to"; only
                 * an appeal or demand reaches over it, not "responds by scheduling his press
                 * conference to clash with a speech") */
                if (w->nominal && w->done == -1 && u > 0) {
                    over_noun = 1;
                    continue;
                }
                if (over_noun && !(w->p->code && (!strcmp(w->p->code, "020") || !strcmp(w->p->code, "100")))) break;
                int we = w->e;
                if (w->star >= 0) we = group_end(c, w->star) > we ? group_end(c, w->star) : we;
                int wcore = we; /* the governor and its slot, without a target found further right */
                if (w->tgt >= 0) we = group_end(c, w->tgt) > we ? group_end(c, w->tgt) : we;
                if (we == pw || we == pw + 1 || wcore == pw + 1 || (w->e <= pw && pw - w->e <= 6)) gov = u;
                /* the act right after the governor's object ("asked X to help", "appealed for
                 * $45 million to help"), not one further on ("... despite its refusal to sign") */
                gov_adj = we == pw || we == pw + 1 || wcore == pw + 1 || (pw >= wcore && pw - wcore <= 4) ||
                          /* (... a short phrase after the one asked: "urged the Taliban in
                           * Istanbul talks to curb militant groups") */
                          (w->tgt >= 0 && pw >= we && pw - we <= 4);
                /* "wants Putin to attack": someone is asked to act */
                if (gov >= 0 && w->e <= pw)
                    for (int j = w->e; j < pw; j++)
                        if (live_mention_at(c, j) >= 0) {
                            obj = c->men[live_mention_at(c, j)].group;
                            break;
                        }
                break;
            }
            if (gov < 0) {
                v->done = -1;
                continue;
            }
            vmatch *w = &c->vm[gov];
            int groot = w->p->code ? root_of(w->p->code) : -1;
            /* "fired tear gas at students trying to block the bridge": what the people an act
             * befell were trying to do is said of them, no act */
            if ((w->p->flags & KBL_P_INTENT) && w->s > 0 && strlen(c->tok[w->s].low) > 4 &&
                !strcmp(c->tok[w->s].low + strlen(c->tok[w->s].low) - 3, "ing")) {
                int pm = live_mention_at(c, w->s - 1), hit = 0;
                for (int u = 0; pm >= 0 && u < gov && !hit; u++)
                    hit = c->vm[u].done == 1 && c->vm[u].tgt >= 0 && c->vm[u].tgt == c->men[pm].group;
                if (hit) {
                    v->done = -1;
                    continue;
                }
            }
            /* "X said Y must be ready to mediate": a demand from X to Y */
            {
                int must = 0, say = -1;
                for (int j = w->s - 1; j >= 0 && j >= w->s - 3; j--) {
                    if (c->tok[j].kind == KBL_T_PUNCT || live_mention_at(c, j) >= 0) break;
                    if (is(&c->tok[j], "must")) must = 1;
                }
                for (int u = gov - 1; must && u >= 0; u--)
                    if (c->vm[u].p->flags & KBL_P_SAY) {
                        say = c->vm[u].src;
                        break;
                    }
                int subj = w->src >= 0 ? w->src : (must ? left_source(c, gov) : -1);
                if (must && say >= 0 && subj >= 0 && c->men[subj].group != c->men[say].group && !question) {
                    const char *dc = !strncmp(code, "045", 3) || !strncmp(code, "039", 3) ? "108" : root0 == 4 ? "106"
                                   : root0 == 6 ? "101" : root0 == 7 ? "103" : root0 == 8 ? "105" : "100";
                    vmatch tmp = *v;
                    emit_groups(c, sent, ss, se, &tmp, dc, say, subj, 0);
                    if (w->p->code && w->done == 1) w->done = -2;
                    v->done = -1;
                    continue;
                }
            }
            if ((w->p->flags & KBL_P_INTENT) && obj >= 0 && w->src >= 0 && !question) {
                /* X wants Y to act: an appeal from X to Y */
                vmatch tmp = *v;
                emit_groups(c, sent, ss, se, &tmp, "020", w->src, obj, 0);
                v->done = -1;
                continue;
            }
            /* "agreed to meet again in Istanbul next week to discuss ...": a purpose after an
             * intent that names its own act ("agreed to meet", 036) leaves that intent alone */
            if (groot == 3 && !gov_adj && !(w->p->flags & KBL_P_INTENT) && w->done == 1) {
                v->done = -1;
                continue;
            }
            if (w->p->flags & KBL_P_ASPECT) {
                if (v->src < 0) v->src = w->src; /* "continued to send": an act */
            } else if ((w->p->flags & KBL_P_INTENT) || (groot == 13 && strcmp(w->p->code, "139")) || groot == 3) {
                /* (an ultimatum stays one: "gave X until Friday to withdraw" is 139) */
                intent = 1;
                if (w->p->code && w->done == 1) w->done = -2; /* replaced by the intent */
                if (v->src < 0) v->src = w->src;
            } else {
                /* "asked X to help", "urged X to hold talks": the appeal or demand says for what */
                /* (urging a state to act against militants presses it: 1012, as the seeds code
                 * "urged the Taliban to curb militant groups") */
                if (gov_adj && w->done == 1 && w->p->code && (!strcmp(w->p->code, "020") || !strcmp(w->p->code, "100")))
                    recode(c, sent, w,
                           !strncmp(code, "062", 3) && !strncmp(c->tok[w->s].low, "urg", 3) ? "1012" : appeal_for(groot, code));
                /* "refused to release the prisoners": the refusal says what it refuses (%negate) */
                if (gov_adj && w->done == 1 && w->p->code && !strcmp(w->p->code, "120"))
                    recode(c, sent, w, kbl_negate_code(c->lx, code));
                v->done = -1;
                continue;
            }
        }
        /* "fired tear gas to break up a blockade by supporters": the act ended by the clause's
         * own act is told by it (the protest is its target), no act of its own here */
        if (nominal && v->s >= 3 && is_any(&c->tok[v->s - 1], DETS)) {
            static const char *const END_IT[] = {"lift", "lifted", "clear", "cleared", "disperse", "dispersed",
                                                 "end", "ended", "remove", "removed", NULL};
            int j = v->s - 2;
            if (is(&c->tok[j], "up") && j > 0 && (is(&c->tok[j - 1], "break") || is(&c->tok[j - 1], "broke"))) {
                v->done = -1;
                continue;
            }
            if (is_any(&c->tok[j], END_IT) && j > 0 && is(&c->tok[j - 1], "to")) {
                v->done = -1;
                continue;
            }
        }
        /* "arrested 47 people on charges of arson and vandalism": what a charge names is no
         * act told */
        if (v->s >= 2) {
            int j = v->s - 1;
            while (j > 0 && j >= v->s - 4 && c->tok[j].kind == KBL_T_WORD && !is(&c->tok[j], "of")) j--;
            static const char *const CHARGED_WITH[] = {"charges", "charge", "suspicion", "counts", "count",
                                                       "allegations", NULL};
            if (j > 0 && is(&c->tok[j], "of") && is_any(&c->tok[j - 1], CHARGED_WITH)) {
                v->done = -1;
                continue;
            }
        }
        /* "A second meeting between X and Y, planned for Tuesday, was postponed": a meeting
         * called off never met */
        if (nominal && root_of(code) == 4) {
            static const char *const OFF[] = {"postponed", "cancelled", "canceled", "delayed", "scrapped",
                                              "deferred", NULL};
            int off = 0;
            for (int j = v->e; j < c->nt && !off; j++) off = is_any(&c->tok[j], OFF) && is_any(&c->tok[j - 1], BE);
            if (off) {
                v->done = -1;
                continue;
            }
        }
        /* "a state of siege ..., allowing arrests without a warrant": acts a measure permits are
         * no one's acts */
        if (nominal && pw >= 0 && (is(&c->tok[pw], "allowing") || is(&c->tok[pw], "permitting") ||
                                   is(&c->tok[pw], "authorising") || is(&c->tok[pw], "authorizing"))) {
            v->done = -1;
            continue;
        }
        /* "+governed": only as the act asked for or intended ("asked X to help") */
        if ((p->flags & KBL_P_GOVERNED) && !(pw >= 0 && is(&c->tok[pw], "to")) &&
            !((p->flags & KBL_P_REFUSAL) && negated_before(c, v->s))) {
            v->done = -1;
            continue;
        }
        /* "both forces are to pull back", "the brigade is expected to free", "the commission is
         * due to meet": what a deal's terms, an expectation or a timetable say will happen, no
         * one's act nor anyone's stated intent */
        int terms = under_terms(c, v->s);
        /* (... and so does a named act in a clause opened by "Under the deal,": "the military is
         * to halt air strikes on towns held by the group") */
        if (terms == 2 || (terms == 1 && nominal)) { /* a relative "under which ..." tells the deal's terms, whatever its tense */
            v->done = -1;
            continue;
        }
        /* (... in the passive too: "fishermen caught in disputed waters are supposed to be
         * released") */
        int vs = v->s >= 3 && is(&c->tok[v->s - 1], "be") && is(&c->tok[v->s - 2], "to") ? v->s - 1 : v->s;
        if (vs >= 2 && !nominal && is(&c->tok[vs - 1], "to")) {
            static const char *const BE_TO[] = {"is", "are", "was", "were", NULL};
            static const char *const EXPECTED[] = {"expected", "likely", "unlikely", "supposed", "due", "scheduled", NULL};
            const tokinfo *b = &c->tok[vs - 2];
            if ((terms && is_any(b, BE_TO)) ||
                (vs >= 3 && is_any(b, EXPECTED) && is_any(&c->tok[vs - 3], BE_TO))) {
                v->done = -1;
                continue;
            }
        }
        /* "giving the security forces power to search and detain", "the right of Zimbabweans to
         * assemble": a power or right to act, no act */
        {
            static const char *const LICENCE[] = {"power", "powers", "right", "rights", "authority", "mandate",
                                                  "licence", "license", "permission", "freedom", NULL};
            int j = v->s - 1;
            while (j >= 1 && (is(&c->tok[j], "and") || is(&c->tok[j], "or") ||
                              (c->tok[j].kind == KBL_T_WORD && !c->tok[j].cap && c->tok[j].men < 0 &&
                               !is(&c->tok[j], "to") && j >= v->s - 3)))
                j--;
            int lic = j >= 1 && is(&c->tok[j], "to") && is_any(&c->tok[j - 1], LICENCE);
            /* ("the right of Zimbabweans to assemble") */
            if (!lic && j >= 3 && is(&c->tok[j], "to") && c->tok[j - 1].men >= 0) {
                int q = c->men[c->tok[j - 1].men].s - 1;
                lic = q >= 1 && is(&c->tok[q], "of") && is_any(&c->tok[q - 1], LICENCE);
            }
            if (lic) {
                v->done = -1;
                continue;
            }
        }
        /* modality */
        int modal = 0;
        for (int j = v->s - 1; j >= 0 && j >= v->s - 3; j--) {
            tokinfo *t = &c->tok[j];
            if (j == v->s - 1 && opening_quote(c, j)) continue; /* ('would "defend every inch"') */
            if (t->kind == KBL_T_PUNCT || live_mention_at(c, j) >= 0) break;
            if (is_any(t, MODALS)) modal = 1;
        }
        /* a named act a modal verb would bring about: 'the party would call "nationwide days of
         * mourning and protest"' (a threat to protest, not a protest) */
        if (!modal) {
            static const char *const BRING[] = {"call", "hold", "stage", "organise", "organize", "launch", "start",
                                                "begin", "mount", NULL};
            for (int j = v->s - 1; j >= 1 && j >= v->s - 8 && !modal; j--) {
                tokinfo *t = &c->tok[j];
                if ((t->kind == KBL_T_PUNCT && !is(t, "\"") && !is(t, "\xe2\x80\x9c")) || live_mention_at(c, j) >= 0 ||
                    is(t, "that") || is_any(t, STOP_RIGHT) || (past_form(t) && !is_any(t, BRING)))
                    break;
                if (is_any(t, BRING) && is_any(&c->tok[j - 1], MODALS)) modal = 1;
            }
        }
        if (modal && terms) { /* "under the deal, Israel will release 30 prisoners": its terms */
            v->done = -1;
            continue;
        }
        if (modal) {
            /* "Russia would have attacked": what did not happen; "officials fear the Taliban may
             * retaliate": another's guess, no one's threat */
            /* (... and one's past guess: '"we never thought Botswana would kill one of us"') */
            static const char *const GUESS[] = {"fear", "fears", "feared", "expect", "expects", "expected",
                                                "believe", "believes", "believed", "think", "thinks",
                                                "thought", "imagined", "worry", "worried", "worries",
                                                "suspect", "suspects", "predict", "predicted", "predicts",
                                                "speculate", "speculated", NULL};
            int guess = v->s > 1 && is(&c->tok[v->s - 1], "have") && is_any(&c->tok[v->s - 2], MODALS);
            for (int j = v->s - 1; j >= 0 && !guess; j--) guess = is_any(&c->tok[j], GUESS);
            if (guess) {
                v->done = -1;
                continue;
            }
            intent = 1;
        }
        /* "X said Y must act": a demand from X to Y, not Y's intent */
        int must_from = -1;
        const char *must_code = NULL;
        {
            int must = 0;
            for (int j = v->s - 1; j >= 0 && j >= v->s - 3; j--) {
                tokinfo *t = &c->tok[j];
                if (t->kind == KBL_T_PUNCT || live_mention_at(c, j) >= 0) break;
                if (is(t, "must")) must = 1;
            }
            if (must && !nominal)
                for (int u = vi - 1; u >= 0; u--) {
                    vmatch *w = &c->vm[u];
                    if (!(w->p->flags & KBL_P_SAY)) continue;
                    if (w->src >= 0) must_from = w->src;
                    break;
                }
            if (must_from >= 0) {
                static const char *const DC[21] = {NULL,  "100", "100", "100", "106", "102", "101",
                                                   "103", "105", "100", "100", "100", "100", "100",
                                                   "100", "100", "100", "100", "100", "100", "100"};
                must_code = (root0 >= 0 && root0 <= 20) ? DC[root0] : "100";
                if (root0 == 3 && strncmp(code, "039", 3) && (!strncmp(code, "037", 3) || !strncmp(code, "057", 3)))
                    must_code = "107";
                if (!strncmp(code, "045", 3) || !strncmp(code, "039", 3)) must_code = "108";
                intent = 0;
                modal = 0;
            }
            /* "Under the constitution, Mnangagwa must step down when his term ends": a duty no
             * one demands here, no act nor intent */
            if (must && must_from < 0 && !nominal) {
                v->done = -1;
                continue;
            }
        }
        /* negation (patterns that start with "not" carry their own) */
        int neg = 0;
        if (!is(&c->tok[v->s], "not")) {
            for (int j = v->s - 1; j >= 0 && j >= v->s - 3; j--) {
                tokinfo *t = &c->tok[j];
                if (j == v->s - 1 && opening_quote(c, j)) continue; /* ('would not be "held hostage"') */
                if (t->kind == KBL_T_PUNCT || live_mention_at(c, j) >= 0) break;
                if (is_any(t, NEGS)) neg = 1;
            }
        }
        /* "no Greek officer had fired a weapon", "none of its officers fired": a subject no one
         * is does nothing */
        if (!neg && !is(&c->tok[v->s], "not")) {
            static const char *const AUX_HAD[] = {"had", "has", "have", "was", "were", "is", "are", "did", "ever",
                                                  "been", NULL};
            int j = v->s - 1;
            while (j >= 0 && j >= v->s - 3 && is_any(&c->tok[j], AUX_HAD)) j--;
            int named = 0;
            for (int k = j; k >= 0 && k >= j - 4 && !neg; k--) {
                const tokinfo *u = &c->tok[k];
                if (u->kind != KBL_T_WORD || (u->verb >= 0 && k != j)) break;
                named |= live_mention_at(c, k) >= 0;
                neg = named && (is(u, "no") || (k >= 1 && is(u, "of") && is(&c->tok[k - 1], "none")));
                if (is(u, "of")) break;
            }
        }
        if (question) {
            v->done = -1;
            continue;
        }
        if (neg) {
            /* "would not provide": a refusal; otherwise nothing */
            const char *r = modal || (p->flags & KBL_P_REFUSAL) ? kbl_negate_code(c->lx, code) : NULL;
            if (!r) {
                v->done = -1;
                continue;
            }
            code = r;
            intent = 0;
        }
        /* conditional clause */
        int cond = 0;
        for (int j = v->s - 1; j >= 0; j--) {
            if (is(&c->tok[j], ",") || is(&c->tok[j], ";")) break;
            if (is(&c->tok[j], "if") || is(&c->tok[j], "unless") || is(&c->tok[j], "whether")) cond = 1;
            /* (... and the end a refusal or a vow waits for: "refusing to cross until the 12 men
             * were freed") */
            static const char *const WAITS[] = {"refusing", "refused", "refuse", "vowed", "vow", "would", "will",
                                                "threatened", "not", NULL};
            for (int q = j - 1; is(&c->tok[j], "until") && !cond && q >= 0 && q >= j - 12; q--)
                cond = is_any(&c->tok[q], WAITS);
        }
        if (cond) {
            v->done = -1;
            continue;
        }
        /* "will withdraw its force unless ...": a conditional cooperative act is a threat */
        int unless = 0;
        if (intent && root0 < 10)
            for (int j = v->e; j < c->nt; j++) {
                if (is(&c->tok[j], ";")) break;
                if (is(&c->tok[j], "unless")) unless = 1;
            }
        /* "said the Front would return to UN-led talks only if Rabat accepted a vote": an
         * offer on a condition is no intent told (a threat on one still is) */
        if (intent && !unless && root0 < 10)
            for (int j = v->e; j + 1 < c->nt; j++) {
                if (is(&c->tok[j], ";") || is(&c->tok[j], ".")) break;
                if (is(&c->tok[j], "only") && is(&c->tok[j + 1], "if")) {
                    v->done = -1;
                    break;
                }
            }
        if (v->done == -1) continue;
        if (intent) {
            code = unless ? "130" : kbl_intent_code(c->lx, code);
            if (!code) {
                v->done = -1;
                continue;
            }
        }
        /* voice */
        int passive = 0;
        int pb = prev_word(c, v->s);
        /* (an opening quotation mark between: 'had been "attacked by criminals"') */
        if (pb > 0 && quote_mark(&c->tok[pb]) && pb == v->s - 1) pb = prev_word(c, pb);
        if (!nominal && pb >= 0 && is_any(&c->tok[pb], BE) && is_participle(&c->tok[v->s])) passive = 1;
        /* "Bishop X, himself expelled to Rome in 2024,": what was done to him */
        if (!nominal && pb >= 0 && is_participle(&c->tok[v->s]) &&
            (is(&c->tok[pb], "himself") || is(&c->tok[pb], "herself") || is(&c->tok[pb], "themselves")))
            passive = 1;
        /* "has been indicted": the auxiliaries are skipped as adverbs */
        for (int j = pb + 1; !nominal && j < v->s; j++)
            if ((is(&c->tok[j], "been") || is(&c->tok[j], "being")) && is_participle(&c->tok[v->s])) passive = 1;
        /* "Eight officers were killed and 11 wounded", "... and more than 30 injured": a count's
         * participle shares the passive */
        if (!nominal && !passive && pb >= 3 && is_participle(&c->tok[v->s]) &&
            (c->tok[pb].kind == KBL_T_NUM || is_any(&c->tok[pb], NUM_WORDS))) {
            static const char *const ABOUT[] = {"more", "greater", "than", "at", "least", "about", "nearly", "almost",
                                                "some", "over", "around", "another", NULL};
            int q = pb - 1;
            while (q > 2 && is_any(&c->tok[q], ABOUT)) q--;
            /* (... or a result: "left 12 people dead and more than 20 wounded") */
            if (is(&c->tok[q], "and") &&
                ((is_participle(&c->tok[q - 1]) && is_any(&c->tok[q - 2], BE)) || is(&c->tok[q - 1], "dead") ||
                 (is_participle(&c->tok[q - 1]) && c->tok[q - 2].kind == KBL_T_WORD && !c->tok[q - 2].cap &&
                  c->tok[q - 2].verb < 0 && live_mention_at(c, q - 2) >= 0)))
                passive = 1;
        }
        /* "were charged with murder and unlawful possession of firearms and remanded in custody by a
         * court": a participle after "and" shares an earlier conjunct's passive */
        /* (with its agent after it, and no object: "accused Taipei of ..." is active) */
        if (!nominal && !passive && pb > 1 && is(&c->tok[pb], "and") && is_participle(&c->tok[v->s]) &&
            v->star < 0 && v->e < c->nt && live_mention_at(c, v->e) < 0 && by_agent(c, v->e, 0) >= 0)
            for (int j = pb - 1; j > 0 && j >= pb - 12 && !passive; j--) {
                if (is(&c->tok[j], ";") || is(&c->tok[j], ",") || is_any(&c->tok[j], STOP_LEFT)) break;
                if (is_participle(&c->tok[j]) && is_any(&c->tok[j - 1], BE)) passive = 1;
            }
        /* ("were charged before a magistrate ... with fishing without licences, and remanded
         * until March 24": with no agent and no object either, over commas; one act with the
         * first when it is of the same root) */
        int shared = -1;
        if (!nominal && !passive && pb > 1 && is(&c->tok[pb], "and") && is_participle(&c->tok[v->s]) &&
            v->star < 0 && (v->e >= c->nt || (live_mention_at(c, v->e) < 0 && !is_any(&c->tok[v->e], DETS) &&
                                              c->tok[v->e].kind != KBL_T_NUM && !is_any(&c->tok[v->e], NUM_WORDS))))
            for (int j = pb - 1; j > 0 && !passive; j--) {
                /* (over "before a magistrate", "after a hearing": prepositions here) */
                if (is(&c->tok[j], ";") || (is_any(&c->tok[j], STOP_LEFT) && !is(&c->tok[j], "before") &&
                                            !is(&c->tok[j], "after") && !is(&c->tok[j], "when")))
                    break;
                if (is_participle(&c->tok[j]) && is_any(&c->tok[j - 1], BE) && c->tok[j].verb >= 0) {
                    passive = 1;
                    shared = c->tok[j].verb;
                }
            }
        if (shared >= 0 && c->vm[shared].p->code && root_of(c->vm[shared].p->code) == root0) {
            v->done = -1;
            continue;
        }
        /* "held talks in Banjul, mediated by the Gambian government": a participle after a comma
         * with its agent is a passive on the clause before */
        if (!nominal && !passive && pb > 0 && is(&c->tok[pb], ",") && is_participle(&c->tok[v->s]) && root0 == 4 &&
            v->e + 1 < c->nt && is(&c->tok[v->e], "by") && by_agent(c, v->e, 0) >= 0)
            passive = 1;
        /* (after a closing quotation: 'release "innocent patriotic Nepalis" detained during the
         * protests') */
        int pq = pb;
        if (pq > 0 && (is(&c->tok[pq], "\"") || is(&c->tok[pq], "\xe2\x80\x9d")) && c->tok[pq].s == c->tok[pq - 1].e) pq--;
        /* "the Fijian longliner seized at South Minerva Reef": a seizure whose gap opens on a place's
         * preposition took no ground; the place is where something else was seized */
        if (!nominal && p->code && !strncmp(p->code, "192", 3) && p->n_el >= 3 &&
            (p->el[1] == KBL_GAP || p->el[1] == KBL_LONGGAP) && v->s + 1 < c->nt &&
            (is(&c->tok[v->s + 1], "at") || is(&c->tok[v->s + 1], "in") || is(&c->tok[v->s + 1], "near") ||
             is(&c->tok[v->s + 1], "off"))) {
            v->done = -1;
            continue;
        }
        if (!nominal && !passive && v->s > 0 && v->e <= c->nt && p->n_el == 1 && is_participle(&c->tok[v->s]) &&
            (v->e == c->nt || is_any(&c->tok[v->e], REDUCED_NEXT) ||
             /* ("the two Indonesian men shot dead by Malaysian police"; a synonym engine's "shot
              * lifeless by") */
             ((is(&c->tok[v->e], "dead") || is(&c->tok[v->e], "lifeless")) && v->e + 1 < c->nt &&
              is(&c->tok[v->e + 1], "by") &&
              by_agent(c, v->e + 1, 0) >= 0) ||
             /* ("fishermen detained with them on Saturday": custody has its object before it) */
             (is(&c->tok[v->e], "with") && p->code && custody_code(p->code) && !strncmp(p->code, "173", 3)) ||
             /* ("a former soldier accused of supplying the grenade": "accused" has no object) */
             (is(&c->tok[v->e], "of") && (is(&c->tok[v->s], "accused") || is(&c->tok[v->s], "suspected") ||
                                           is(&c->tok[v->s], "convicted"))) ||
             /* ("left 12 people slain and more than 20 wounded") */
             (is(&c->tok[v->e], "and") && v->e + 1 < c->nt &&
              (c->tok[v->e + 1].kind == KBL_T_NUM || is_any(&c->tok[v->e + 1], NUM_WORDS) ||
               is(&c->tok[v->e + 1], "more") || is(&c->tok[v->e + 1], "greater")))) &&
            pq >= 0 &&
            /* "killed at least 46 people": a count is the object */
            !(v->e + 1 < c->nt && is(&c->tok[v->e], "at") && is(&c->tok[v->e + 1], "least")) &&
            !is_any(&c->tok[pq], VERB_LEFT) && !is(&c->tok[pq], "had") && c->tok[pq].kind == KBL_T_WORD &&
            (live_mention_at(c, pq) >= 0 || c->tok[pq].kind == KBL_T_WORD) && !(p->flags & KBL_P_MUTUAL) &&
            /* "X released by Y" only after an actor or an event ("figures released by" is none) */
            (!is(&c->tok[v->e], "by") || live_mention_at(c, pq) >= 0 || c->tok[pq].verb >= 0 ||
             (c->tok[pq].cap && pq > 0) || /* ("24 lay Catholics freed by the government") */
             /* (... or a state's noun: "a Dominican fisherman shot by Bahamian marines") */
             (pq > 1 && c->tok[pq].kind == KBL_T_WORD && !c->tok[pq].cap && c->tok[pq - 1].cap &&
              c->tok[pq - 1].kind == KBL_T_WORD)) &&
            !said_in_statement(c, v->e) && /* "Hamas denied in a statement that ..." */
            /* "Rosario Murillo denied on Thursday that ...": a name's act on a day */
            !(live_mention_at(c, pq) >= 0 && c->men[live_mention_at(c, pq)].kind != KBL_AGENT &&
              !c->men[live_mention_at(c, pq)].role && time_adverbial(c, v->e)) &&
            /* ... and anyone's that-clause: "Lukashenko warned last week that Minsk would ..." */
            !that_soon(c, v->e) &&
            /* (nor a joint subject's own act of cooperation: "an agreement that Yeltsin and Snegur
             * signed in Moscow") */
            !(root0 >= 3 && root0 <= 6 && joint_mention(c, live_mention_at(c, pq))) &&
            root0 != 14) /* protests are intransitive: "students marched in the capital" */
            passive = 1; /* reduced relative: "a member ... jailed over a year ago" */
        /* "The two officers killed, a sergeant and a corporal, were from Piura": the people an act
         * told before left dead or hurt, named again at the sentence's start, are no act */
        if (passive && root0 >= 18 && pb >= 1 && v->e < c->nt && is(&c->tok[v->e], ",") &&
            live_mention_at(c, pb) >= 0) {
            int q = c->men[live_mention_at(c, pb)].s - 1;
            while (q >= 0 && (c->tok[q].kind == KBL_T_NUM || is_any(&c->tok[q], NUM_WORDS))) q--;
            if (q == 0 && is(&c->tok[0], "the")) {
                v->done = -1;
                continue;
            }
        }
        /* "A third member of the security forces wounded in Tuesday's gunfight ... died": people
         * hurt in an act the article told before, named again, are no act (told first here, "A
         * police officer wounded in Saturday night's attack on a patrol died", they are) */
        if (passive && root0 >= 18 && v->e + 2 < c->nt && is(&c->tok[v->e], "in") && force_told(c)) {
            static const char *const FIGHTS[] = {"gunfight", "gunfights", "gunbattle", "firefight", "fighting",
                                                 "clash", "clashes", NULL};
            int told = 0, act = 0;
            for (int j = v->e + 1; j < c->nt && j <= v->e + 6 && !act; j++) {
                if (is(&c->tok[j], "the") || is(&c->tok[j], "'s")) told = 1;
                if (c->tok[j].kind == KBL_T_PUNCT && !is(&c->tok[j], "'s")) break;
                act = is_any(&c->tok[j], ACT_NOUNS) || is_any(&c->tok[j], FIGHTS);
            }
            if (told && act) {
                v->done = -1;
                continue;
            }
        }
        /* "handed over two Azerbaijani shepherds, detained on the Iranian bank of the river on
         * Saturday night, to Azerbaijani officers": a participle of custody set off by a comma
         * after people is what was done to them */
        int set_off = 0;
        if (!nominal && !passive && pb > 1 && is(&c->tok[pb], ",") && p->n_el == 1 && code && custody_code(code) &&
            is_participle(&c->tok[v->s]) && v->e < c->nt && is_any(&c->tok[v->e], REDUCED_NEXT)) {
            int m = live_mention_at(c, pb - 1);
            if (m >= 0 && c->men[m].e == pb &&
                (c->men[m].people || (c->men[m].role && str_in(c->men[m].role, PEOPLE_ROLES))))
                passive = set_off = 1;
        }
        /* ("whom the guards had detained near Khurcha": an object relative clause is active) */
        if (passive && v->s >= 1 &&
            (is(&c->tok[v->s - 1], "had") || is(&c->tok[v->s - 1], "has") || is(&c->tok[v->s - 1], "have")) &&
            whom_object(c, v->e) >= 0)
            passive = 0;
        int src = -1, tgt = -1, subj_act = -1;
        int after = v->e;
        if (passive && v->e + 1 < c->nt && is(&c->tok[v->e], "dead") && is(&c->tok[v->e + 1], "by")) after = v->e + 1;
        if (v->star >= 0) tgt = c->men[v->star].group;
        /* "The attack was claimed by al-Qaeda in the Arabian Peninsula": a passive claim ends its
         * pattern with the agent's "by", and claims only a violent act ("The islands are claimed
         * by China" is a territory's) */
        /* (not "four Russian-held islands claimed by Japan", "land claimed by Teke landowners"; nor
         * a claim an act's name recalls, "the number of soldiers killed in the attack claimed by
         * JNIM") */
        if ((p->flags & KBL_P_CLAIM) && v->e > v->s && is(&c->tok[v->e - 1], "by")) {
            int j = v->s - 1, be = 0;
            for (; j >= 0 && (is_any(&c->tok[j], BE) || is_any(&c->tok[j], ADVS)); j--) be |= is_any(&c->tok[j], BE);
            if (j < 0 || !be || !is_any(&c->tok[j], ACT_NOUNS)) {
                v->done = -1;
                continue;
            }
            passive = 1;
            after = v->e - 1;
        }
        if (passive) {
            src = by_agent(c, after, 0);
            tgt = left_source(c, vi);
            /* "accepted the offer, which was criticised by aid groups": the relative's antecedent
             * suffered the act; a thing there leaves the act no target */
            /* (and so did a person's: "lawmaker Ratu Isoa Vuniwai, who was arrested at his home") */
            int thing = 0;
            {
                int j = v->s - 1;
                while (j >= 0 && (is_any(&c->tok[j], BE) || is_any(&c->tok[j], ADVS))) j--;
                if (j >= 2 && (is(&c->tok[j], "which") || is(&c->tok[j], "who")) && is(&c->tok[j - 1], ",")) {
                    int m = live_mention_at(c, j - 2);
                    tgt = m >= 0 && c->men[m].e == j - 1 ? c->men[m].group : -1;
                    thing = tgt < 0;
                }
            }
            /* "a camp for Congolese refugees was attacked": what the place was for was hit */
            if (tgt < 0 && !thing) {
                int j = v->s - 1;
                while (j >= 0 && (is_any(&c->tok[j], BE) || is_any(&c->tok[j], ADVS))) j--;
                int m = j >= 0 ? live_mention_at(c, j) : -1;
                if (m >= 0 && c->men[m].e == j + 1) {
                    int q = c->men[m].s - 1;
                    while (q >= 0 && is_any(&c->tok[q], DETS)) q--;
                    if (q >= 0 && is(&c->tok[q], "for")) tgt = c->men[m].group;
                }
            }
            /* "Wilber Quispe Huaman, 24, was shot dead by police": a person the lexicon lacks, named
             * at the sentence's start, is one of the people of the state whose organ hit them */
            if (tgt < 0 && !thing && root0 >= 17 && src >= 0 && c->men[src].country && c->men[src].role &&
                state_organ(c->men[src].role)) {
                int k = 0;
                while (k < c->nt && k < 5 && c->tok[k].kind == KBL_T_WORD && c->tok[k].cap && c->tok[k].men < 0 &&
                       !is_any(&c->tok[k], DETS))
                    k++;
                if (k >= 2 && k < c->nt && (is(&c->tok[k], ",") || is_any(&c->tok[k], BE)) && k < v->s) {
                    kb_actor victim = {arena_cat(c, c->men[src].country, "CVL"), span_str(c, 0, k), c->men[src].country};
                    if (add_pronoun(c, 0, k, &victim, KBL_STATE)) {
                        c->men[c->nm - 1].role = victim.code + 3;
                        c->men[c->nm - 1].pronoun = 0;
                        tgt = c->nm - 1;
                    }
                }
            }
            /* "The 23 people arrested on Thursday were released on Saturday": freed by whoever
             * held them, the doer of the article's last arrest or abduction */
            if (src < 0 && !strncmp(code, "0841", 4) && c->nm < MAX_MENTIONS) {
                static const char *const HELD_PP[] = {"arrested", "detained", "held", "abducted", "kidnapped",
                                                      "seized", "captured", NULL};
                int held = 0; /* (in the released people's own phrase: "The 23 people arrested on Thursday") */
                for (int j = v->s - 1; j >= 0 && !held; j--) {
                    if (is(&c->tok[j], ";") || is(&c->tok[j], ",") || is(&c->tok[j], "and")) break;
                    held = is_any(&c->tok[j], HELD_PP);
                }
                for (size_t q = c->nev; held && q-- > 0;) {
                    const kb_event *f = &c->ev[q];
                    if (f->historical || !f->source.code || !memcmp(f->source.code, "---", 3) ||
                        (strncmp(f->code, "17", 2) && strncmp(f->code, "181", 3)))
                        continue;
                    if (add_pronoun(c, v->e, v->e, &f->source, KBL_STATE)) src = c->nm - 1;
                    break;
                }
            }
            /* (... held by whoever hands them over or frees them in the clause before) */
            for (int u = vi - 1; set_off && src < 0 && u >= 0; u--) {
                const vmatch *w = &c->vm[u];
                if (w->done == 1 && w->src >= 0 && !w->passive && w->p->code && !strncmp(w->p->code, "084", 3))
                    src = w->src;
            }
            /* "Police said 14 suspects were arrested in raids": the state organ that tells of an
             * arrest with no one named for it made it */
            if (src < 0 && !strncmp(code, "173", 3))
                for (int u = vi - 1; u >= 0 && src < 0; u--) {
                    const vmatch *w = &c->vm[u];
                    if (!(w->p->flags & KBL_P_SAY) || w->src < 0) continue;
                    const mention *sy = &c->men[w->src];
                    if (sy->role && state_organ(sy->role) && strcmp(sy->role, "JUD")) src = w->src;
                    break;
                }
            /* "Riot police fired tear gas to break up the rally, and 41 people were detained": an
             * arrest with no one named for it, in a clause joined to a state organ's act, is its */
            if (src < 0 && !strncmp(code, "17", 2)) {
                int j = v->s - 1;
                while (j > 0 && !is(&c->tok[j], ",") && !is(&c->tok[j], ";") && c->tok[j].verb < 0) j--;
                if (j > 0 && is(&c->tok[j], ",") && j + 1 < v->s && is(&c->tok[j + 1], "and"))
                    for (int u = vi - 1; u >= 0 && src < 0; u--) {
                        const vmatch *w = &c->vm[u];
                        if (w->e > j || w->done != 1 || w->src < 0 || w->passive) continue;
                        const mention *sy = &c->men[w->src];
                        if (sy->role && (!strcmp(sy->role, "COP") || !strcmp(sy->role, "MIL"))) src = w->src;
                        break;
                    }
            }
            /* "The remaining seven were charged", "The six other Honduran fishermen detained with
             * them on Saturday": people of a state taken with no one named for it are held by the
             * state whose act of custody or force on that state's people the article told last */
            /* (a main clause's passive: "the Bolivians detained after the shooting" retells, and
             * so does "the men had been arrested" told by someone) */
            /* (... and so are such people handed over: "Nine crew members of the Shandong trawler
             * were handed over to Chinese consular officials") */
            if (src < 0 && (!strncmp(code, "173", 3) || !strncmp(code, "0841", 4)) && tgt >= 0 &&
                c->men[tgt].country && v->s > 0 &&
                is_any(&c->tok[v->s - 1], BE) && !(v->s > 1 && is(&c->tok[v->s - 2], "had")) &&
                (c->men[tgt].people || (c->men[tgt].role && str_in(c->men[tgt].role, PEOPLE_ROLES))))
                for (size_t q = c->nev; q-- > 0;) {
                    const kb_event *f = &c->ev[q];
                    if (f->historical || root_of(f->code) < 17 || !f->source.country || !f->target.country ||
                        !f->source.code || strncmp(f->target.country, c->men[tgt].country, 3) ||
                        !strncmp(f->source.country, c->men[tgt].country, 3))
                        continue;
                    if (strlen(f->source.code) == 3 || state_organ(f->source.code + 3)) {
                        kb_actor holder = f->source;
                        if (add_pronoun(c, v->e, v->e, &holder, KBL_STATE)) src = c->nm - 1;
                    }
                    break;
                }
            /* "were killed in Israeli tank shelling": the source of the nominal act */
            if (src < 0)
                for (int j = after; j < c->nt && j < after + 2 && src < 0; j++) {
                    if (!is(&c->tok[j], "in") && !is(&c->tok[j], "during")) continue;
                    for (int k = j + 1; k < c->nt && k < j + 5 && src < 0; k++) {
                        if (c->tok[k].kind == KBL_T_PUNCT) break;
                        int m = live_mention_at(c, k);
                        if (m >= 0) {
                            for (int q = c->men[m].e; q < c->nt && q < c->men[m].e + 3; q++)
                                if (c->tok[q].verb >= 0 && c->vm[c->tok[q].verb].p->code &&
                                    root_of(c->vm[c->tok[q].verb].p->code) >= 18)
                                    src = c->men[m].group;
                            break;
                        }
                    }
                }
        } else if (nominal) {
            /* adjacent adjective: "Israeli tank shelling", "Pakistani air strikes", "Qatari-mediated
             * talks" */
            for (int j = v->s - 1; j >= 0 && j >= v->s - 3; j--) {
                if (is(&c->tok[j], "-") && j > 0 && c->tok[j].s == c->tok[j - 1].e && c->tok[j].e == c->tok[j + 1].s)
                    continue;
                if (c->tok[j].kind == KBL_T_PUNCT || is_any(&c->tok[j], PREPS) || is_any(&c->tok[j], DETS) ||
                    c->tok[j].verb >= 0)
                    break;
                int m = live_mention_at(c, j);
                if (m >= 0 && c->men[m].pronoun && c->men[m].e - c->men[m].s == 1) break; /* "he called unprovoked firing" */
                if (m >= 0) {
                    src = c->men[m].group;
                    break;
                }
            }
            /* "its annual offensive", "their attacks": the actor named before */
            if (src < 0)
                for (int j = v->s - 1; j >= 0 && j >= v->s - 3; j--) {
                    if (c->tok[j].kind == KBL_T_PUNCT || live_mention_at(c, j) >= 0 || c->tok[j].verb >= 0) break;
                    size_t nl = strlen(c->tok[v->s].low);
                    if ((is(&c->tok[j], "its") || is(&c->tok[j], "their")) &&
                        c->tok[v->s].low[nl ? nl - 1 : 0] != 's') { /* "their attacks": generic */
                        for (int k = j - 1; k >= 0 && src < 0; k--) { /* the nearest named actor before */
                            int m = live_mention_at(c, k);
                            if (m >= 0 && c->men[m].code && memcmp(c->men[m].code, "---", 3)) src = c->men[m].group;
                        }
                        break;
                    }
                }
            int by = by_agent(c, after, 1);
            if (by >= 0) src = by;
            if (src < 0 && (p->flags & KBL_P_NOUN)) {
                int s2 = left_source(c, vi);
                if (s2 >= 0) {
                    /* subject, one verb, a determiner, at most two modifiers, the noun
                     * ("staged a hunger strike"); or subject, verb, "on alert" */
                    int ge = group_end(c, s2), ok = 0;
                    for (int j = ge; j < v->s && j <= ge + 3; j++)
                        if (is_any(&c->tok[j], DETS) && v->s - j <= 3 && j > ge) ok = 1;
                    if (v->s - ge == 1 && is_any(&c->tok[v->s], PREPS)) ok = 1;
                    /* ... never the victims of a passive ("soldiers were killed by a suicide
                     * bomber": the bomber is no one named) */
                    for (int j = ge; j < v->s; j++)
                        if (c->tok[j].kind == KBL_T_PUNCT || is_any(&c->tok[j], PREPS) || is(&c->tok[j], "by") ||
                            live_mention_at(c, j) >= 0 || (c->tok[j].verb >= 0 && c->vm[c->tok[j].verb].passive))
                            ok = 0;
                    /* ... nor one who speaks of it ("France condemned the drone attack on Kyiv") */
                    for (int j = ge; ok && j < v->s; j++) {
                        const vmatch *w = c->tok[j].verb >= 0 ? &c->vm[c->tok[j].verb] : NULL;
                        if (w && ((w->p->flags & (KBL_P_SAY | KBL_P_SUPPRESS)) ||
                                  (w->p->code && root_of(w->p->code) <= 13 && root_of(w->p->code) != 3)))
                            ok = 0;
                    }
                    if (ok) src = s2;
                }
            }
            if (tgt < 0) {
                for (int j = after; j < c->nt && j < after + 3; j++) {
                    static const char *const PREP[] = {"on", "against", "at", "of", "with", "to",
                                                       "between", "targeting", "into", NULL};
                    if (is(&c->tok[j], "to") && j > after) break; /* "attacks linked to X" */
                    if (is_any(&c->tok[j], PREP)) {
                        if (is(&c->tok[j], "between") && (p->flags & KBL_P_MUTUAL)) {
                            int g = right_target(c, vi, j + 1, -1, 1, 6);
                            if (g >= 0) src = g;
                            break;
                        }
                        tgt = right_target(c, vi, j + 1, src, 1, 6);
                        break;
                    }
                }
            }
            /* "Syria was hit by Israeli air strikes": the subject of the passive whose agent the
             * act is */
            if (tgt < 0 && root0 >= 18) {
                int b = v->s - 1;
                while (b >= 0 && b >= v->s - 4 && !is(&c->tok[b], "by") &&
                       (live_mention_at(c, b) >= 0 || is_any(&c->tok[b], DETS) ||
                        (c->tok[b].kind == KBL_T_WORD && c->tok[b].verb < 0 && !is_any(&c->tok[b], PREPS))))
                    b--;
                if (b >= 3 && is(&c->tok[b], "by") && is_participle(&c->tok[b - 1])) {
                    int q = b - 2, be = 0; /* "was hit by", "has (also) been hit by" */
                    for (; q > 0 && (is_any(&c->tok[q], ADVS) || is_any(&c->tok[q], BE) || is(&c->tok[q], "has") ||
                                     is(&c->tok[q], "have") || is(&c->tok[q], "had"));
                         q--)
                        be |= is_any(&c->tok[q], BE) && !is(&c->tok[q], "'s");
                    int m = be ? live_mention_at(c, q) : -1;
                    if (m >= 0 && (src < 0 || c->men[m].group != c->men[src].group)) tgt = c->men[m].group;
                }
            }
            /* "Russian missile strikes hit Kyiv": what the attack hit */
            if (tgt < 0 && root0 >= 18 && after < c->nt &&
                (is(&c->tok[after], "hit") || is(&c->tok[after], "struck") || is(&c->tok[after], "pounded") ||
                 is(&c->tok[after], "targeted")))
                tgt = right_target(c, vi, after + 1, src, 0, 6);
            /* "clashes between X and Y": a joint subject */
            if (src < 0 && tgt >= 0 && (p->flags & KBL_P_MUTUAL)) {
                int n = 0;
                for (int k = 0; k < c->nm; k++)
                    if (!c->men[k].dead && c->men[k].group == tgt) n++;
                if (n >= 2) {
                    src = tgt;
                    tgt = -1;
                }
            }
            /* "after talks in Doha": the parties of the sentence's joint act */
            if (src < 0 && tgt < 0 && (p->flags & KBL_P_MUTUAL)) {
                mention a, b;
                if (sentence_parties(c, sent, &a, &b)) {
                    emit(c, sent, ss, se, v, code, &a, &b, 0);
                    emit(c, sent, ss, se, v, code, &b, &a, 0);
                    v->done = 1;
                    continue;
                }
            }
            /* "bilateral talks" with no party named: the parties of the article's last event */
            if (src < 0 && tgt < 0 && (p->flags & KBL_P_MUTUAL) && c->nev > 0) {
                int bil = 0;
                for (int j = v->s - 1; j >= 0 && j >= v->s - 3; j--)
                    if (is(&c->tok[j], "bilateral")) bil = 1;
                kb_event *last = &c->ev[c->nev - 1];
                if (bil && last->source.code && last->target.code) {
                    mention a = {0}, b = {0};
                    a.code = last->source.code;
                    a.name = last->source.name;
                    a.country = last->source.country;
                    b.code = last->target.code;
                    b.name = last->target.name;
                    b.country = last->target.country;
                    emit(c, sent, ss, se, v, code, &a, &b, 0);
                    emit(c, sent, ss, se, v, code, &b, &a, 0);
                    v->done = 1;
                    continue;
                }
            }
        } else {
            /* ", killing eight": the subject of the clause before */
            tokinfo *t = &c->tok[v->s];
            size_t ln = strlen(t->low);
            /* (... and "sent a diplomatic note urging Mexico to", "issued a statement condemning":
             * words a document of the subject says are its) */
            static const char *const PAPERS[] = {"note", "letter", "statement", "message", "communique",
                                                 "communiqué", "resolution", "petition", NULL};
            int ing_clause = v->src < 0 && ln > 4 && !strcmp(t->low + ln - 3, "ing") && v->s > 0 &&
                             (is(&c->tok[v->s - 1], ",") ||
                              (is_any(&c->tok[v->s - 1], PAPERS) && p->code && root_of(p->code) >= 1 &&
                               root_of(p->code) <= 13));
            /* (a protest's participle goes on with the protest before it, over the acts of the
             * phrases between: "marched to the post after the burial of X, the trader shot dead by
             * Kenyan police, chanting slogans against ...") */
            if (ing_clause && p->code && root_of(p->code) == 14)
                for (int u = vi - 1; u >= 0; u--)
                    if (c->vm[u].src >= 0 && !c->vm[u].nominal && c->vm[u].p->code &&
                        root_of(c->vm[u].p->code) == 14) {
                        v->src = c->vm[u].src;
                        break;
                    }
            if (ing_clause && v->src < 0)
                for (int u = vi - 1; u >= 0; u--)
                    if (c->vm[u].src >= 0) {
                        v->src = c->vm[u].src;
                        break;
                    }
            src = v->src >= 0 ? v->src : left_source(c, vi);
            /* "X ambushed a police convoy, killing five": the object of the act before is not
             * the subject of its consequence */
            for (int u = vi - 1; ing_clause && src >= 0 && u >= 0; u--)
                if (c->vm[u].tgt >= 0 && c->men[c->vm[u].tgt].group == c->men[src].group) src = -1;
            /* (... nor, when that act found no doer, the people its words name: "Armed guards at a
             * scam compound opened fire on a group of Vietnamese workers, killing one man") */
            for (int u = vi - 1; ing_clause && src >= 0 && u >= 0; u--) {
                const vmatch *w = &c->vm[u];
                if (w->nominal || !w->p->code || root_of(w->p->code) < 18) continue;
                if ((p->flags & KBL_P_RESULT) && w->src < 0 && w->e <= c->men[src].s && c->men[src].e <= v->s)
                    src = -1;
                break;
            }
            /* "A roadside bombing killed two soldiers": the killing is that act, by an unnamed
             * attacker (source null) */
            if (src < 0 && (p->flags & KBL_P_RESULT))
                for (int j = v->s - 1; j >= 0 && j >= v->s - 6; j--) {
                    tokinfo *t = &c->tok[j];
                    if (t->kind == KBL_T_PUNCT) break;
                    if (t->verb < 0) continue;
                    const vmatch *u = &c->vm[t->verb];
                    if ((u->nominal || (u->p->flags & KBL_P_NOUN)) && u->p->code && root_of(u->p->code) >= 18 &&
                        u->src < 0 &&
                        (u->s == 0 || is_any(&c->tok[u->s - 1], DETS) || c->tok[u->s - 1].kind == KBL_T_WORD))
                        subj_act = t->verb;
                    break;
                }
            if (tgt < 0 && v->inner >= 0 &&
                !(src >= 0 && c->men[v->inner].role && c->men[src].country && c->men[v->inner].country &&
                  !strcmp(c->men[src].country, c->men[v->inner].country)) && /* "sent its own troops" */
                /* "closed the country's airspace to flights from Eritrea": the subject's own state as
                 * the owner of what it acted on */
                !(src >= 0 && c->men[src].country && c->men[v->inner].country &&
                  !strncmp(c->men[src].country, c->men[v->inner].country, 3) && c->men[v->inner].e < c->nt &&
                  is(&c->tok[c->men[v->inner].e], "'s")) &&
                /* "recalled its ambassador": the subject's own, whoever the pronoun was read as */
                !(root0 < 18 && c->men[v->inner].role && owned(c, c->men[v->inner].s)))
                tgt = v->inner;
            /* ", warning (that) support for X is ...": a verbal act whose object is a clause is
             * addressed to the target of the act it comments on, not to a name inside it */
            if (ing_clause && tgt < 0 && root0 >= 10 && root0 <= 13) {
                int k = after;
                while (k < c->nt && is_any(&c->tok[k], DETS)) k++;
                if (k < c->nt && c->tok[k].kind == KBL_T_WORD && live_mention_at(c, k) < 0 && !is_any(&c->tok[k], PREPS))
                    for (int u = vi - 1; u >= 0 && tgt < 0; u--)
                        if (c->vm[u].done == 1 && c->vm[u].tgt >= 0) tgt = c->vm[u].tgt;
            }
            /* "Seventeen Serbian fans were injured when Croatian border police fired tear gas ... at
             * a convoy of buses": force told in a "when" clause hurt the people the clause before
             * names as hurt */
            /* (people, and others their state names, at once; others only when the act names no
             * one: "Two soldiers were killed when Afghan forces opened fire on a Pakistani border
             * post" is on the post's state) */
            int hurt_when = -1, hurt_first = 0;
            if (tgt < 0 && !passive && src >= 0 && root0 >= 17 && root0 <= 20 && c->men[src].s >= 4 &&
                is(&c->tok[c->men[src].s - 1], "when") && is_any(&c->tok[c->men[src].s - 3], BE)) {
                int m = live_mention_at(c, c->men[src].s - 4);
                if (is_any(&c->tok[c->men[src].s - 2], HURT_PP) && m >= 0 && c->men[m].e == c->men[src].s - 3 &&
                    c->men[m].group != c->men[src].group && role_of(&c->men[m])) {
                    hurt_when = c->men[m].group;
                    hurt_first = c->men[m].people || str_in(role_of(&c->men[m]), PEOPLE_ROLES) || c->men[m].country;
                    if (hurt_first) tgt = hurt_when;
                }
            }
            /* (the passive told before it, of no doer, is this act: "were martyred when") */
            if (hurt_when >= 0 && (hurt_first || tgt < 0 || tgt == hurt_when)) {
                uint32_t hs = c->tok[c->men[src].s - 2].s;
                for (size_t q = c->nev; q-- > 0 && c->ev[q].sentence == (size_t)sent;)
                    if (c->ev[q].verb_start == hs && !c->ev[q].source.code) c->ev[q].quad = -1;
            }
            if (tgt < 0 && !(p->flags & KBL_P_NOTARGET)) {
                int win = (p->flags & KBL_P_SUPPRESS) ? 24 : 12, re = rel_end(c, v->s);
                if (re >= 0 && re - after < win) win = re - after; /* not past its relative clause */
                /* a rejection's target is not in what the speaker went on to say ("rejected the
                 * appeal, saying Machar's case was before the courts") */
                static const char *const WENT_ON[] = {"saying", "adding", "insisting", "arguing", NULL};
                for (int j = after; root0 == 12 && j + 1 < c->nt && j < after + win; j++)
                    if (is(&c->tok[j], ",") && is_any(&c->tok[j + 1], WENT_ON)) {
                        win = j - after;
                        break;
                    }
                /* a visit, a summit attended, sympathy: the state of the place named ("attend a
                 * summit in Moscow"), not one of the source's own */
                int ap = !strcmp(code, "042") || !strcmp(code, "043") || !strcmp(code, "018") ||
                         !strcmp(p->code, "042") || !strcmp(p->code, "044");
                tgt = win > 0 ? right_target(c, vi, after, src, ap, win) : -1;
                if (tgt < 0 && hurt_when >= 0) tgt = hurt_when;
                /* "ordered them expelled from Croatia": the land they are put out of is the
                 * expeller's; the people its words name before it were expelled */
                if (tgt >= 0 && !strncmp(code, "174", 3) && src >= 0 && c->men[src].country && state_like(&c->men[tgt]) &&
                    c->men[tgt].country && !strcmp(c->men[tgt].country, c->men[src].country) && c->men[tgt].s > 0 &&
                    is(&c->tok[c->men[tgt].s - 1], "from")) {
                    tgt = -1;
                    for (int j = v->s + 1; j < v->e && tgt < 0; j++) {
                        int m = live_mention_at(c, j);
                        if (m >= 0 && c->men[m].group != c->men[src].group) tgt = c->men[m].group;
                    }
                    /* (people no word gives a state: the other state the report names most's) */
                    const char *o = tgt < 0 ? leading_state_but(c, c->men[src].country) : NULL;
                    if (o)
                        tgt = add_people(c, v->s + 1, v->s + 1, kb_arena_strndup(c->arena, o, 3), "CVL",
                                         kb_arena_strndup(c->arena, o, 3));
                }
                /* "removed 18 buoys that Estonia had placed": property seized or destroyed is
                 * the one's who had put it there */
                if (tgt < 0 && !strncmp(code, "171", 3)) tgt = owner_clause(c, after);
                /* "Levan Gogua, whom the guards had detained near Khurcha": what an object
                 * relative clause is about is its act's object */
                if (tgt < 0 && !passive && src >= 0 && root0 >= 15 &&
                    (after >= c->nt || c->tok[after].kind == KBL_T_PUNCT ||
                                                        is_any(&c->tok[after], PREPS))) {
                    int w = whom_object(c, after);
                    if (w >= 0 && c->men[w].group != src) tgt = c->men[w].group;
                }
                /* "police opened fire on a royalist march": a state's forces firing on a crowd
                 * fire on its own people (protesters) */
                if (tgt < 0 && root0 >= 17 && root0 <= 19 && src >= 0 && c->men[src].country && c->men[src].role &&
                    state_organ(c->men[src].role)) {
                    static const char *const CROWD[] = {"march", "marches", "rally", "rallies", "protest", "protests",
                                                        "crowd", "crowds", "demonstration", "demonstrations",
                                                        "procession", "sit-in", "gathering", NULL};
                    int j = after;
                    if (j < c->nt && (is(&c->tok[j], "on") || is(&c->tok[j], "at") || is(&c->tok[j], "into"))) j++;
                    int k = j;
                    while (k < c->nt && k < j + 4 && c->tok[k].kind == KBL_T_WORD && !is_any(&c->tok[k], CROWD) &&
                           live_mention_at(c, k) < 0)
                        k++;
                    if (k > j && k < c->nt && is_any(&c->tok[k], CROWD) && is_any(&c->tok[j], DETS))
                        tgt = add_people(c, j, k + 1, c->men[src].country, "OPP", "protesters");
                }
                if (tgt >= 0 && ap && src >= 0 && state_like(&c->men[tgt]) && c->men[src].country && !c->men[src].ctx &&
                    !strcmp(c->men[tgt].country, c->men[src].country))
                    tgt = -1;
            }
            /* "soldiers were killed when fighters attacked their post": the post is its
             * possessor's, the forces named before in the sentence */
            /* (over the state of a place phrase after it: "stormed their camp in Tajikistan's
             * Shamsiddin Shohin district", the camp of the foreign workers named before) */
            static const char *const SITE[] = {"camp", "camps", "compound", "homes", "home", "houses", "house",
                                               "village", "dormitories", "dormitory", "vehicles", "vehicle",
                                               "bus", "office", "offices", "station", "stations", NULL};
            int poss = -1; /* (the pattern may hold it: "stormed their camp") */
            for (int j = v->s + 1; j <= after && j + 1 < c->nt && poss < 0; j++)
                if ((is(&c->tok[j], "their") || is(&c->tok[j], "its")) &&
                    (is_any(&c->tok[j + 1], AGL_BASE) || is_any(&c->tok[j + 1], SITE)))
                    poss = j;
            if (poss >= 0 && (tgt < 0 || c->men[tgt].s > poss + 1) && root0 >= 18 && !passive)
                for (int k = v->s - 1; k >= 0; k--) {
                    int m = live_mention_at(c, k);
                    if (m < 0 || (src >= 0 && c->men[m].group == c->men[src].group)) continue;
                    const mention *pm = &c->men[m];
                    /* ("Chinese nationals": a demonym's people) */
                    const tokinfo *ht = &c->tok[pm->e < c->nt ? pm->e : pm->e - 1];
                    int people = !pm->role && pm->kind == KBL_STATE && is(&c->tok[poss], "their") && !ht->cap &&
                                 strlen(ht->low) > 3 && ht->low[strlen(ht->low) - 1] == 's';
                    if (pm->country && !pm->pronoun && (people || (!pm->plural) == (is(&c->tok[poss], "its") != 0)) &&
                        (pm->role ? (state_organ(pm->role) && is_any(&c->tok[poss + 1], AGL_BASE)) ||
                                        kbe_victim_role(pm->role)
                                  : people))
                        tgt = pm->group;
                    break;
                }
        }
        /* "recaptured Los Choneros leader Fito": a person taken again is arrested, no place */
        if (!strncmp(code, "192", 3) && tgt >= 0 && !nominal) {
            int ge = group_end(c, tgt);
            static const char *const BOSS[] = {"leader", "commander", "boss", "chief", "kingpin", "founder", NULL};
            int boss = c->men[tgt].kind == KBL_PERSON || (ge < c->nt && is_any(&c->tok[ge], BOSS));
            for (int j = c->men[tgt].s; j < ge && !boss; j++) boss = is_any(&c->tok[j], BOSS);
            if (boss) {
                const kbl_cameo *arrest = kbl_cameo_get(c->lx, "173");
                if (arrest) {
                    code = arrest->code;
                    root0 = 17;
                }
            }
            /* ... and so are fighters or people captured ("Burundian troops captured four RED-Tabara
             * rebels"): held by a state's forces (173), taken by others (181); not a place */
            const mention *tm = &c->men[tgt];
            int people = tm->kind == KBL_GROUP || (tm->role && (armed_role(tm->role) || !strcmp(tm->role, "CVL") ||
                                                                !strcmp(tm->role, "MIL") || !strcmp(tm->role, "COP")));
            /* ("captured two Colombian men": a state's adjective on people) */
            static const char *const MEN[] = {"men", "women", "nationals", "citizens", "people", "man", "woman",
                                              "national", "citizen", "fishermen", "migrants", NULL};
            int demonym = tm->kind == KBL_STATE && !tm->role && tm->e < c->nt && is_any(&c->tok[tm->e], MEN);
            people |= demonym;
            static const char *const PLACE_WORDS[] = {"village", "villages", "town", "towns", "city", "district",
                                                      "market", "area", NULL};
            for (int j = tm->s; j <= ge && j < c->nt && people; j++)
                if (is_any(&c->tok[j], PLACE_WORDS) || (j == ge && is_any(&c->tok[j], HELD))) people = 0;
            /* (the verb's own object, "captured": not "overran the military's headquarters",
             * "retook Kidal from the rebels") */
            int object = (is(&c->tok[v->s], "captured") || is(&c->tok[v->s], "capture")) && tm->s > v->s &&
                         !(ge < c->nt && is(&c->tok[ge], "'s"));
            for (int j = v->s + 1; j < tm->s && object; j++)
                object = c->tok[j].kind == KBL_T_NUM || isdigit((unsigned char)c->tok[j].low[0]) ||
                         is_any(&c->tok[j], DETS) || is_any(&c->tok[j], OF_THEM);
            if (!boss && people && object && (demonym || !(tm->kind == KBL_STATE && !tm->role))) {
                const mention *hm = src >= 0 ? &c->men[src] : NULL;
                int held_by_state = hm && ((hm->role && state_organ(hm->role)) || state_like(hm) ||
                                           (hm->country && hm->code && strlen(hm->code) == 6 && state_organ(hm->code + 3)));
                const kbl_cameo *cm = kbl_cameo_get(c->lx, held_by_state ? "173" : "181");
                if (cm) {
                    code = cm->code;
                    root0 = 17 + !held_by_state;
                }
            }
        }
        /* "Guinean soldiers seized three Sierra Leonean construction workers": people a state's
         * forces seize are held (173), not abducted; armed men of no state's abduct them (181) */
        static const char *const SEIZE[] = {"seize", "seized", "seizes", NULL}; /* (the verb, not "board") */
        if (!strcmp(code, "181") && src >= 0 && !nominal && !passive && is_any(&c->tok[v->s], SEIZE)) {
            const mention *hm = &c->men[src];
            /* (the code's role over the words': "FSB officers" are spies, whose seizure across a
             * border is an abduction) */
            const char *role = hm->code && strlen(hm->code) == 6 ? hm->code + 3 : hm->role;
            if (hm->country && role && (!strcmp(role, "MIL") || !strcmp(role, "COP"))) {
                const kbl_cameo *cm = kbl_cameo_get(c->lx, "173");
                if (cm) {
                    code = cm->code;
                    root0 = 17;
                }
            }
        }
        /* "Pirates seized the trawler", "gunmen seized a tanker": a ship taken by armed men of no
         * state is hijacked (181); a state's seizure of one holds its crew (173: "Iran's
         * Revolutionary Guards seized a British-flagged tanker", "the coast guard seized two
         * Vietnamese fishing boats"), as a seizure of goods stays a confiscation (1711) */
        if (!strcmp(code, "1711") && src >= 0 && !nominal) {
            const mention *hm = &c->men[src];
            const char *role = role_of(hm);
            int vessel = 0;
            static const char *const SHIP[] = {"ship", "vessel", "tanker", "boat", "boats", "trawler", "trawlers",
                                               "vessels", "ships", "dhow", "freighter", "carrier", "tankers",
                                               "supertanker", "freighters", "dhows", NULL};
            for (int j = v->s; j < c->nt && j <= v->e && !vessel; j++) vessel = is_any(&c->tok[j], SHIP);
            const kbl_cameo *cm = NULL;
            if ((role && (armed_role(role) || !strcmp(role, "CRM"))) || (hm->kind == KBL_GROUP && !state_like(hm))) {
                if (vessel && (cm = kbl_cameo_get(c->lx, "181"))) root0 = 18;
            } else if (vessel && tgt >= 0 && (state_like(hm) || (role && state_organ(role))) &&
                       is_any(&c->tok[v->s], SEIZE)) {
                /* (a ship of a named state, seized: not one boarded, nor a ship of no one named;
                 * nor one whose crew the sentence tells held apart, "seized two Malagasy fishing
                 * boats ... and detained the 17 men aboard") */
                const mention *tm = &c->men[tgt];
                int crew_held = 0;
                for (int u = vi + 1; u < c->nv && !crew_held; u++)
                    crew_held = c->vm[u].p->code && custody_code(c->vm[u].p->code) &&
                                !strncmp(c->vm[u].p->code, "173", 3);
                if (tm->country && (!hm->country || strcmp(tm->country, hm->country)) && !crew_held &&
                    (cm = kbl_cameo_get(c->lx, "173")))
                    root0 = 17;
            }
            if (cm) code = cm->code;
        }
        /* "condemned the political repression of the Gagauz people by the Chisinau regime": the
         * doer of the abuse named, not those it was done to */
        if (root0 == 11 && tgt >= 0 && !passive && !nominal) {
            static const char *const ABUSE[] = {"repression", "persecution", "oppression", "crackdown",
                                                "mistreatment", "harassment", "treatment", "abuse", "abuses",
                                                "intimidation", "suppression", "murder", "homicide", "killing",
                                                "shooting", "beating", "torture", NULL};
            int tm = -1;
            for (int k = 0; k < c->nm && tm < 0; k++)
                if (!c->men[k].dead && c->men[k].group == tgt && c->men[k].s >= v->e) tm = k;
            int of = tm >= 0 ? c->men[tm].s - 1 : -1, adjs = 0;
            /* (and a word or two of pity: "the brutal repression of humble Paraguayan women") */
            while (of > v->e && (is_any(&c->tok[of], DETS) || (c->tok[of].cap && c->tok[of].men < 0) ||
                                 (adjs < 2 && c->tok[of].kind == KBL_T_WORD && c->tok[of].men < 0 &&
                                  c->tok[of].verb < 0 && !is(&c->tok[of], "of") && !is(&c->tok[of], "on") && ++adjs)))
                of--;
            /* (the speaker's words in quotation marks: the "cold-blooded murder" of a driver) */
            if (of > v->e && (is(&c->tok[of], "of") || is(&c->tok[of], "on")) &&
                (is_any(&c->tok[of - 1], ABUSE) ||
                 (of - 2 > v->e && quote_mark(&c->tok[of - 1]) && is_any(&c->tok[of - 2], ABUSE)))) {
                int g = by_agent(c, c->men[tm].e, 0);
                if (g >= 0 && (src < 0 || g != c->men[src].group)) tgt = g;
            }
        }
        /* "condemned the disproportionate use of force by the police": the doer its words name */
        if (root0 == 11 && tgt < 0 && !passive && !nominal)
            for (int j = v->e, lim = v->e + 12, act = -1; j + 1 < c->nt && j < lim; j++) {
                /* (... or "of" after a word of conduct: 'condemned what he called "the political
                 * vandalism of Berisha's hooligans"'; not "the killing of protesters", its victims) */
                static const char *const CONDUCT[] = {"vandalism", "violence", "hooliganism", "actions", "conduct",
                                                      "behaviour", "behavior", "provocations", "provocation",
                                                      "aggression", "rhetoric", "tactics", "brutality", NULL};
                /* (past the speaker's naming: 'condemned what he referred to as the "chilly-blooded
                 * homicide" of a Kenyan driver by Ugandan law enforcement') */
                if (is(&c->tok[j], "what") && speaker_naming(c, j + 1)) {
                    lim += naming_len(c, j) + 2; /* (and its quotation marks) */
                    j += naming_len(c, j) - 1;
                    continue;
                }
                /* (... and past the act it names: "condemned the beating of the traders by Indian
                 * security personnel") */
                if (c->tok[j].verb >= 0 && c->tok[j].verb != vi && j > 0 && is_any(&c->tok[j - 1], DETS) &&
                    (is_any(&c->tok[j], ACT_NOUNS) || is(&c->tok[j], "beating")))
                    act = c->tok[j].verb;
                if (is(&c->tok[j], ";") || (is_any(&c->tok[j], STOP_RIGHT) && !is(&c->tok[j], "that")) ||
                    (c->tok[j].verb >= 0 && c->tok[j].verb != vi && c->tok[j].verb != act &&
                     !is_any(&c->tok[j], CONDUCT)))
                    break;
                int of = is(&c->tok[j], "of") && j > v->e && is_any(&c->tok[j - 1], CONDUCT);
                if (!is(&c->tok[j], "by") && !of) continue;
                int q = j + 1;
                while (q < c->nt && is_any(&c->tok[q], DETS)) q++;
                int m = q < c->nt ? live_mention_at(c, q) : -1;
                if (m >= 0 && c->men[m].s == q && (src < 0 || c->men[m].group != c->men[src].group)) tgt = c->men[m].group;
                break;
            }
        /* "retook Kidal from the rebels": whom a place was taken from */
        if (!strncmp(code, "192", 3) && !passive && !nominal)
            for (int j = v->e; j + 1 < c->nt && j < v->e + 6; j++) {
                if (is_any(&c->tok[j], STOP_RIGHT) || c->tok[j].verb >= 0 || is(&c->tok[j], ",")) break;
                if (!is(&c->tok[j], "from")) continue;
                int q = j + 1;
                while (q < c->nt && is_any(&c->tok[q], DETS)) q++;
                int m = q < c->nt ? live_mention_at(c, q) : -1;
                if (m >= 0 && (src < 0 || c->men[m].group != c->men[src].group)) tgt = c->men[m].group;
                break;
            }
        /* a protest's target in its purpose: "staged a hunger strike to demand the resignation of
         * X", "rallied ... in protest against X's policy" */
        /* "gathered ... to demand that the Turkish Cypriot side free the two men": a protest
         * pattern ending in its demand addresses whom the demand names */
        if (root0 == 14 && tgt < 0 && v->e > 0 && v->e + 1 < c->nt && is(&c->tok[v->e - 1], "demand") &&
            is(&c->tok[v->e], "that")) {
            int m = demand_addressee(c, v->e);
            if (m >= 0 && (src < 0 || c->men[m].group != c->men[src].group)) tgt = c->men[m].group;
        }
        if (root0 == 14 && tgt < 0) {
            for (int j = v->e; j + 1 < c->nt && j < v->e + 16; j++) {
                tokinfo *t = &c->tok[j];
                /* ("rallied at the port, demanding that Moscow stop detaining boats": the demand
                 * names whom the protest addresses, and is the protest's, no act of its own) */
                if (is(t, ",") && c->tok[j + 1].verb >= 0 && c->tok[j + 1].verb > vi &&
                    is(&c->tok[j + 1], "demanding") && c->vm[c->tok[j + 1].verb].p->code &&
                    root_of(c->vm[c->tok[j + 1].verb].p->code) == 10) {
                    vmatch *w = &c->vm[c->tok[j + 1].verb];
                    int m = w->star >= 0 ? w->star : demand_addressee(c, w->e);
                    if (m >= 0 && (src < 0 || c->men[m].group != c->men[src].group)) {
                        tgt = c->men[m].group;
                        w->absorbed = 1;
                    }
                    break;
                }
                if (is(t, ";") || is(t, ":") || (is_any(t, STOP_RIGHT) && !is(t, "to"))) break;
                int k = -1;
                if (is(t, "to") && c->tok[j + 1].verb >= 0 && c->vm[c->tok[j + 1].verb].p->code) {
                    const vmatch *w = &c->vm[c->tok[j + 1].verb];
                    int r = root_of(w->p->code);
                    /* its object, inside its pattern too ("to protest against Sweden's decision") */
                    if (r == 10 || r == 11 || r == 14) k = w->star >= 0 ? c->men[w->star].s : w->s + 1;
                    /* ... or whom its demand names ("blocked the road to demand that Turkmenistan
                     * reopen the crossing") */
                    if (r == 10 && w->star < 0 && w->e < c->nt && is(&c->tok[w->e], "that")) {
                        int m = demand_addressee(c, w->e);
                        if (m >= 0 && (src < 0 || c->men[m].group != c->men[src].group)) tgt = c->men[m].group;
                        break;
                    }
                } else if (is(t, "against"))
                    k = j + 1;
                /* ("in protest at new Argentine controls on goods") */
                else if ((is(t, "at") || is(t, "over")) && j > v->e && is(&c->tok[j - 1], "protest"))
                    k = j + 1;
                else if (is(t, "to") && is_any(&c->tok[j + 1], SHOW)) {
                    /* "to show their disapproval for X", "to express anger at X" */
                    for (int q = j + 2; q + 1 < c->nt && q < j + 5 && k < 0; q++)
                        if (is_any(&c->tok[q], DISMAY) &&
                            (is_any(&c->tok[q + 1], PREPS) || is(&c->tok[q + 1], "at")))
                            k = q + 2;
                }
                if (k < 0) continue;
                for (int q = k; q < c->nt && q < k + 8 && tgt < 0; q++) {
                    tokinfo *u = &c->tok[q];
                    if (u->kind == KBL_T_PUNCT || is_any(u, STOP_RIGHT)) break;
                    int m = live_mention_at(c, q);
                    if (m >= 0 && (src < 0 || c->men[m].group != c->men[src].group) &&
                        !(q > 0 && is_any(&c->tok[q - 1], PLACE_PREP)))
                        tgt = c->men[m].group;
                }
                break;
            }
        }
        /* what a protest is for, by the demand of its purpose ("went on strike demanding the
         * president's resignation": 1431, "rallied to demand free elections": 1414) */
        if (root0 == 14 && code[2] >= '1' && code[2] <= '5' && !code[3]) {
            for (int j = v->e; j < c->nt && j < v->e + 12; j++) {
                tokinfo *t = &c->tok[j];
                if (is(t, ";") || is(t, ":") || (is_any(t, STOP_RIGHT) && !is(t, "to"))) break;
                if (t->verb < 0 || t->verb == vi) continue;
                const char *pc = c->vm[t->verb].p->code;
                if (pc && !strncmp(pc, "104", 3) && pc[3]) {
                    char fine[5] = {code[0], code[1], code[2], pc[3], '\0'};
                    const kbl_cameo *fc = kbl_cameo_get(c->lx, fine);
                    if (fc) code = fc->code;
                    if (fc && t->verb > vi) c->vm[t->verb].done = -3; /* the demand is the protest's purpose */
                }
                break;
            }
        }
        /* "the ULFA-I blamed the Indian Army for the attack. It vowed to take revenge on the
         * Indian Army": "It" that would act on itself is the last sentence's named subject */
        int self_obj = -1;
        if (src >= 0 && c->men[src].pronoun && is(&c->tok[c->men[src].s], "it") && c->men[src].code &&
            c->subj_sent >= 0 && c->subj_sent + 1 == c->cur_sent && c->subj.code &&
            strcmp(c->subj.code, c->men[src].code))
            for (int j = v->e; j < c->nt && j < v->e + 8 && self_obj < 0; j++) {
                if (is(&c->tok[j], ",") || is(&c->tok[j], ";") || is_any(&c->tok[j], STOP_RIGHT)) break;
                int m = live_mention_at(c, j);
                if (m >= 0 && m != src && c->men[m].code && !strcmp(c->men[m].code, c->men[src].code)) self_obj = m;
            }
        if (self_obj >= 0) {
            tgt = c->men[self_obj].group;
            mention *sm = &c->men[src];
            sm->code = c->subj.code;
            sm->name = c->subj.name;
            sm->country = c->subj.country;
            sm->kind = c->subj.country ? KBL_STATE : KBL_GROUP;
            sm->role = NULL;
        }
        /* "denied harming any civilians", "denied killing Sudanese soldiers": what a denial's
         * gerund tells is its content; its victims are not the one it answers */
        if (!strncmp(code, "016", 3) && tgt >= 0 && v->e < c->nt && c->men[tgt].s > v->e && gerund_at(c, v->e))
            tgt = -1;
        /* a crowd the pattern itself names is the act's object; a body named after it behind
         * "outside", "near" or "in front of" is where the crowd stood ("fired on a crowd outside
         * the regional administration") */
        /* (static lists: is_any keys its filters by a list's address) */
        static const char *const CROWD_WORDS[] = {"crowd", "crowds", "protesters", "demonstrators", NULL};
        static const char *const BESIDE[] = {"outside", "near", "front", "inside", "at", NULL};
        if (tgt >= 0 && v->e > v->s && c->men[tgt].s >= v->e && is_any(&c->tok[v->e - 1], CROWD_WORDS))
            for (int j = v->e; j < c->men[tgt].s; j++)
                if (is_any(&c->tok[j], BESIDE)) {
                    tgt = -1;
                    break;
                }
        /* "Soldiers were deployed to Becora": forces moved, with no one named who moved them,
         * are their own state's show of force */
        /* (sent somewhere: "deployed in Nepal" or "the army deployed" is a posture, no move) */
        if (passive && src < 0 && tgt >= 0 && root0 == 15 && v->e < c->nt && is(&c->tok[v->e], "to") && c->men[tgt].role &&
            (!strcmp(c->men[tgt].role, "MIL") || !strcmp(c->men[tgt].role, "COP"))) {
            src = tgt;
            tgt = -1;
        }
        v->src = src;
        v->tgt = tgt;
        v->passive = passive;
        if (src >= 0 && tgt >= 0 && c->men[src].group == c->men[tgt].group && !(p->flags & KBL_P_MUTUAL))
            tgt = -1;
        /* a joint subject's act: a state named after it other than by "with" is its topic ("X and
         * Y renewed negotiations on an Israeli troop pullback") */
        if ((p->flags & KBL_P_MUTUAL) && src >= 0 && tgt >= 0 && !nominal && v->star < 0 &&
            c->men[src].group != c->men[tgt].group && c->men[tgt].s > 0 && !is(&c->tok[c->men[tgt].s - 1], "with") &&
            /* ... but not their object ("X and Y will meet Hamas leaders") */
            !(c->men[tgt].s == v->e || (c->men[tgt].s == v->e + 1 && is_any(&c->tok[v->e], DETS)))) {
            int n = 0;
            for (int k = 0; k < c->nm; k++)
                if (!c->men[k].dead && c->men[k].group == c->men[src].group) n++;
            if (n >= 2) tgt = -1;
        }
        /* what follows "demanded that", "warned that" is the content, not an act */
        if ((p->flags & KBL_P_SUPPRESS) && v->e < suppress_from) {
            suppressor = vi;
            suppress_from = v->e;
            int re = rel_end(c, v->s);
            suppress_to = re >= 0 ? re : c->nt + 1;
            /* ("denied that civilians had been targeted and said the air force had struck a
             * depot": what the speaker went on to say is not what was denied) */
            for (int j = v->e; j + 1 < c->nt && j < suppress_to; j++)
                if (is(&c->tok[j], "and") && c->tok[j + 1].verb >= 0 && (c->vm[c->tok[j + 1].verb].p->flags & KBL_P_SAY)) {
                    suppress_to = j;
                    break;
                }
        }
        if ((root0 >= 10 && root0 <= 13) || (p->flags & KBL_P_SUPPRESS)) {
            int k = v->e;
            /* "demanded that M23 withdraw": the content starts at "that", its target in it */
            if (k < c->nt && is(&c->tok[k], "that") && k < suppress_from) suppress_from = k;
            if (tgt >= 0) k = group_end(c, tgt) > k ? group_end(c, tgt) : k;
            if (k < c->nt && is(&c->tok[k], "that") && k < suppress_from) suppress_from = k;
        }
        /* petrol bombs thrown by people (no armed men) are a riot's: "groups of youths threw
         * petrol bombs at gendarmes" */
        if (src >= 0 && !(p->flags & KBL_P_REVERSE) && !strcmp(code, "183") && !passive && !nominal &&
            c->men[src].role && str_in(c->men[src].role, PEOPLE_ROLES)) {
            static const char *const THROW[] = {"threw", "throw", "thrown", "throwing", "hurled", "hurl", "hurling",
                                                "lobbed", "lob", NULL};
            if (is_any(&c->tok[v->s], THROW)) {
                code = "145";
                root0 = 14;
            }
        }
        /* destruction or violence by protesters, rioters or a mob is a violent protest (145), by
         * people of the state it happens in ("rioters smashed shop windows in Paris") */
        if (src >= 0 && !(p->flags & KBL_P_REVERSE) && protest_crowd(c, src) &&
            (!strncmp(code, "171", 3) || !strcmp(code, "180") || !strncmp(code, "182", 3) || !strcmp(code, "190") ||
             /* (and petrol bombs thrown: "protesters threw petrol bombs at police") */
             !strcmp(code, "183"))) {
            code = "145";
            root0 = 14;
            mention *sm = &c->men[src];
            int ps = sm->country ? -1 : place_state(c, after, src, 1);
            if (ps < 0 && !sm->country && tgt >= 0) ps = place_state(c, group_end(c, tgt), src, 1);
            if (ps >= 0 && sm->role) {
                sm->country = c->men[ps].country;
                sm->code = arena_cat(c, sm->country, sm->role);
                sm->kind = KBL_STATE;
            }
        }
        /* ... and an attack by residents or villagers, no state's forces and no armed group, is
         * an assault, not military force ("residents armed with sticks attacked shops belonging
         * to migrants") */
        if (src >= 0 && !(p->flags & KBL_P_REVERSE) && !strcmp(code, "190") && !passive && !nominal &&
            c->men[src].kind != KBL_GROUP && c->men[src].role && !strcmp(c->men[src].role, "CVL")) {
            code = "180";
            root0 = 18;
        }
        /* people of no named country acting in a named place ("students marched in Dhaka",
         * "people blocked streets in Hong Kong in defiance of Chinese authorities") are that
         * place's; the place is then no target ("rallied in Kampala" protests to Uganda's
         * government, see emit) */
        if (src >= 0 && root0 < 18 && !passive && !nominal && local_people(&c->men[src])) {
            int ps = place_state(c, v->s + 1, src, 1); /* in the pattern's gap too */
            if (ps >= 0) {
                mention *sm = &c->men[src];
                sm->country = c->men[ps].country;
                sm->code = arena_cat(c, sm->country, sm->role);
                sm->kind = KBL_STATE;
                if (tgt == c->men[ps].group) tgt = -1;
            } else if (root0 == 14) {
                /* ... or a town of the text's places named in their own phrase or after the act
                 * ("Bus and taxi drivers in Choloma went on strike") */
                const char *pc = NULL;
                /* (... where they marched to, "marched to the Sirari border post"; not a town of a phrase
                 * between them and a participle that goes on with their act: "..., the trader
                 * shot dead near Isebania, chanting slogans") */
                for (int j = c->men[src].e; j + 1 < c->nt && j < v->e + 8 && !pc; j++) {
                    if (j >= v->s && j < v->e) continue;
                    if (is(&c->tok[j], ";") || (j >= v->e && is_any(&c->tok[j], STOP_RIGHT))) break;
                    if (j < v->s && is(&c->tok[j], ",")) {
                        while (j + 1 < v->s) j++;
                        continue;
                    }
                    static const char *const WENT[] = {"marched", "march", "marching", "walked", "headed",
                                                       "converged", "drove", "streamed", "paraded", NULL};
                    int went = is(&c->tok[j], "to") && j > 0 && is_any(&c->tok[j - 1], WENT);
                    if (is_any(&c->tok[j], PLACE_PREP) || is(&c->tok[j], "through") || went)
                        pc = place_ref_at(c, c->tok[j + 1].s);
                    if (!pc && went && j + 2 < c->nt && is(&c->tok[j + 1], "the"))
                        pc = place_ref_at(c, c->tok[j + 2].s);
                }
                if (pc) {
                    mention *sm = &c->men[src];
                    sm->country = kb_arena_strndup(c->arena, pc, 3);
                    sm->code = arena_cat(c, sm->country, sm->role);
                    sm->kind = KBL_STATE;
                }
            }
        }
        /* an act on an unnamed group in another state's territory is coded against that state;
         * a named group there gives the state a second event */
        int place_tgt = -1;
        /* (not a fight between a joint subject's two sides: "the CJNG and the Sinaloa Cartel fought
         * for hours in Mexico's Frontera Comalapa municipality" is one on the other) */
        int joint_fight = 0;
        if ((p->flags & KBL_P_MUTUAL) && src >= 0 && tgt < 0) {
            int n = 0;
            for (int k = 0; k < c->nm; k++)
                if (!c->men[k].dead && c->men[k].group == c->men[src].group) n++;
            joint_fight = n >= 2;
        }
        if (((root0 >= 18 && root0 <= 20) || root0 == 13 || root0 == 14 || root0 == 15) && !joint_fight &&
            (!nominal || root0 == 15) && /* "troops remained on alert in X" */
            (src >= 0 || (tgt >= 0 && c->men[tgt].kind == KBL_AGENT))) {
            mention *tm = tgt >= 0 ? &c->men[tgt] : NULL;
            /* (not migrants or refugees: they come from elsewhere, see below) */
            int people = tm && !tm->country && tm->kind == KBL_AGENT && tm->role && strcmp(tm->role, "INS") &&
                         strcmp(tm->role, "REB") && strcmp(tm->role, "REF");
            int ps = place_state(c, after, src, people); /* a state's own people too */
            /* "Pakistani airstrikes in Afghanistan's Paktika province killed 46 people": the
             * place in the subject's phrase */
            if (ps < 0 && people && root0 >= 18 && src >= 0 && group_end(c, src) < v->s)
                ps = place_state(c, group_end(c, src), src, 0);
            if (ps >= 0) {
                if (people) {
                    /* "killed four children in the Gaza Strip": the people of that state */
                    tm->country = c->men[ps].country;
                    tm->code = arena_cat(c, c->men[ps].country, tm->role);
                    tm->kind = KBL_STATE;
                } else if (tgt < 0 && root0 >= 18 && src >= 0 && !c->men[src].country &&
                           civil_object(c, after, c->men[ps].s)) {
                    /* an unnamed attacker's act on a civil place or gathering in a state ("opened
                     * fire on a wedding party in Afghanistan"): the state's civilians */
                    int pm = add_people(c, after, c->men[ps].s, c->men[ps].country, "CVL", "civilians");
                    tgt = pm >= 0 ? pm : c->men[ps].group;
                } else if (tgt < 0 || (!c->men[tgt].country && c->men[tgt].kind == KBL_AGENT &&
                                       !(remembered_armed(c, src, tgt, root0) && host_joins(c, src, ps))))
                    tgt = c->men[ps].group;
                else if (!c->men[tgt].country && c->men[tgt].kind == KBL_GROUP && root0 != 14)
                    place_tgt = c->men[ps].group;
            }
        }
        /* migrants no one gave a country whom a state's forces hit, in a sentence that names
         * another people ("fired on migrants crossing the Massacre River ... the number of
         * Haitians killed"): that people's */
        if (root0 >= 18 && tgt >= 0 && src >= 0 && c->men[src].country && !c->men[tgt].country &&
            c->men[tgt].kind == KBL_AGENT && c->men[tgt].role && !strcmp(c->men[tgt].role, "REF")) {
            for (int k = 0; k < c->nm; k++) {
                const mention *pm = &c->men[k];
                if (pm->dead || !pm->people || !pm->country || !strncmp(pm->country, c->men[src].country, 3)) continue;
                of_country(c, &c->men[tgt], pm->country);
                break;
            }
        }
        /* villagers or other people no word gave a state whom a state's forces sent or escorted
         * "back across" the border or the river ("escorted about 1,200 of the villagers sheltering
         * in Mae Sot back across the river"): the people of the land across, the state the report
         * names besides the source's (a group of no people named, "sent them back", stays none) */
        if (!strcmp(code, "174") && src >= 0 && c->men[src].country && tgt < 0) {
            int back = 0;
            for (int k = v->s; k + 1 < v->e && !back; k++)
                back = is(&c->tok[k], "back") && (is(&c->tok[k + 1], "across") || is(&c->tok[k + 1], "over"));
            /* (the people inside the gap, whom no state was found for) */
            for (int k = 0; back && tgt < 0 && k < c->nm; k++) {
                const mention *pm = &c->men[k];
                if (pm->s <= v->s || pm->e >= v->e || pm->country || pm->kind != KBL_AGENT || !pm->role ||
                    !land_people(pm->role))
                    continue;
                const char *across = other_land(c, c->men[src].country);
                if (across) tgt = add_people(c, pm->s, pm->e, across, pm->role, pm->name);
                break;
            }
        }
        /* sympathy addressed to no named actor ("expressed sorrow for the shootings in Kenya",
         * "condolences to the families of the victims in Pakistan"): the state, or its people,
         * of the place where the suffering was */
        if (!strcmp(code, "018") && (tgt < 0 || (!c->men[tgt].country && c->men[tgt].kind == KBL_AGENT))) {
            int ps = place_state(c, after, src, 1); /* the source's own state too */
            if (ps >= 0 && tgt >= 0) {
                mention *tm = &c->men[tgt];
                tm->country = c->men[ps].country;
                tm->code = tm->role ? arena_cat(c, tm->country, tm->role) : tm->country;
                tm->kind = KBL_STATE;
            } else if (ps >= 0)
                tgt = c->men[ps].group;
        }
        /* curfews, emergencies, bans and their lifting with no one named: the state's own
         * population, or the state where they are imposed */
        int self_tgt = 0;
        const char *pc = p->code; /* as written: "threatened to impose a curfew" too */
        if (tgt < 0 && !nominal &&
            (!strcmp(pc, "0813") || !strcmp(pc, "0814") || !strcmp(pc, "1723") || !strcmp(pc, "1724"))) {
            int ps = place_state(c, after, src, 0);
            if (ps >= 0) tgt = c->men[ps].group;
            else self_tgt = 1;
        }
        /* "returned to Geneva", "returning home": going back, not returning persons or property */
        if (!strcmp(p->code, "0842") && v->e < c->nt &&
            (is(&c->tok[v->e], "to") || is(&c->tok[v->e], "from") || is(&c->tok[v->e], "home") ||
             is(&c->tok[v->e], "back"))) {
            v->done = -1;
            continue;
        }
        /* troops or police arriving are no visit: peacekeepers, or forces sent with a mission
         * ("Australian police and soldiers first arrived in Solomon Islands with
         * the Regional Assistance Mission"), are peacekeeping (074), others nothing here */
        if (!strcmp(code, "042") && src >= 0 && c->men[src].role &&
            (!strcmp(c->men[src].role, "MIL") || !strcmp(c->men[src].role, "COP"))) {
            static const char *const SENT_WITH[] = {"mission", "assistance", "stabilisation",
                                                    "stabilization", NULL};
            int pk = 0;
            for (int j = c->men[src].s; j < c->men[src].e; j++)
                if (!strncmp(c->tok[j].low, "peacekeep", 9)) pk = 1;
            for (int j = 0; j < c->nt && !pk; j++)
                if (is_any(&c->tok[j], SENT_WITH)) pk = 1;
            if (!pk) {
                v->done = -1;
                continue;
            }
            code = "074";
        }
        /* mediation with no party named after it ("talks in Doha mediated by Qatar"): the
         * mediator to each party of the sentence's joint act (also when a name stands before
         * the passive: "Azerbaijan's Kalbajar district, at a meeting mediated by the UAE") */
        if (!strncmp(code, "045", 3) && (tgt < 0 || (v->e < c->nt && is(&c->tok[v->e], "by"))) && src >= 0 &&
            !intent) {
            mention a, b;
            if (sentence_parties(c, sent, &a, &b)) {
                size_t before = c->nev;
                for (int k = 0; k < c->nm; k++) {
                    if (c->men[k].dead || c->men[k].group != c->men[src].group) continue;
                    emit(c, sent, ss, se, v, code, &c->men[k], &a, 0);
                    emit(c, sent, ss, se, v, code, &c->men[k], &b, 0);
                }
                v->done = c->nev > before ? 1 : -1;
                continue;
            }
        }
        /* a consequence ("killing eight", "and wounded five") of an act of the same source
         * coded just before is part of that happening, unless that act named no target */
        if (p->flags & KBL_P_RESULT) {
            int part = 0;
            for (int u = vi - 1; u >= 0 && !part; u--) {
                const vmatch *w = &c->vm[u];
                /* (violent repression too; and a release's or deportation's handing over, "freed
                 * two gendarmes, handing them over to the ICRC") */
                /* (... and a sanction's bar, "imposed sanctions on two companies, barring their
                 * vessels from its waters", and a blockade's halt, "blocked the road ..., halting
                 * lorry traffic between the two countries") */
                if (w->done != 1 || !w->p->code || (w->p->flags & KBL_P_RESULT) ||
                    (root_of(w->p->code) < 18 && strcmp(w->p->code, "175") &&
                     !((custody_code(w->p->code) || !strncmp(w->p->code, "174", 3)) && custody_code(p->code)) &&
                     !((root_of(w->p->code) == 16 || root_of(w->p->code) == 14) && !strncmp(p->code, "191", 3))))
                    continue;
                int same = (w->src < 0 && src < 0) ||
                           (w->src >= 0 && src >= 0 && c->men[w->src].group == c->men[src].group);
                if (same && (w->tgt >= 0 || root_of(w->p->code) == 14)) part = 1; /* (a protest's own aim) */
            }
            if (part) {
                v->done = -1;
                continue;
            }
        }
        /* "The marchers had set off from Harare Gardens": setting off is a march only for a
         * crowd or people of a cause (not "the delegation set off from Harare", "troops set off
         * from the barracks") */
        if (root0 == 14 && (is(&c->tok[v->s], "set") || is(&c->tok[v->s], "sets")) && v->s + 1 < c->nt &&
            (is(&c->tok[v->s + 1], "off") || is(&c->tok[v->s + 1], "out"))) {
            static const char *const MARCHERS[] = {"CVL", "OPP", "LAB", "EDU", "PTY", "AGR", "BUS", NULL};
            const mention *sm = src >= 0 ? &c->men[src] : NULL;
            size_t cl = sm && sm->code ? strlen(sm->code) : 0;
            /* (a party's: "supporters of the Forces Vives de Guinée had set off") */
            int party = cl >= 3 && (!strcmp(sm->code + cl - 3, "PTY") || !strcmp(sm->code + cl - 3, "OPP"));
            if (!sm || !(protest_crowd(c, src) || party || (sm->role && str_in(sm->role, MARCHERS)))) {
                v->done = -1;
                continue;
            }
        }
        /* companies, media and schools do not fight: "launched operations", "targeted buyers" */
        if (root0 >= 18 && !passive && src >= 0 && c->men[src].role &&
            (!strcmp(c->men[src].role, "BUS") || !strcmp(c->men[src].role, "MED") ||
             !strcmp(c->men[src].role, "EDU"))) {
            v->done = -1;
            continue;
        }
        /* "the rights of assembly and free movement", "free trade": "free" before a noun is no
         * release */
        if (is(&c->tok[v->s], "free") && v->e == v->s + 1 && v->s + 1 < c->nt) {
            static const char *const WHOM[] = {"them", "him", "her", "all", "both", "some", "those", "us", "me",
                                               NULL};
            const tokinfo *n = &c->tok[v->s + 1];
            if (n->kind == KBL_T_WORD && !n->cap && live_mention_at(c, v->s + 1) < 0 && !is_any(n, DETS) &&
                !is_any(n, WHOM) && !is_any(n, OF_THEM)) {
                v->done = -1;
                continue;
            }
        }
        /* "visited the wounded at the military hospital": "the" + a participle is the people it
         * names; "condemned this cowardly attack": an act the article told already */
        if (v->s > 0 && is(&c->tok[v->s - 1], "the") && !c->tok[v->s].cap &&
            (is(&c->tok[v->s], "wounded") || is(&c->tok[v->s], "injured") || is(&c->tok[v->s], "killed") ||
             is(&c->tok[v->s], "dead") || is(&c->tok[v->s], "detained") || is(&c->tok[v->s], "arrested"))) {
            v->done = -1;
            continue;
        }
        /* "charged 11 of them with violent behaviour and attacking police officers": the acts a
         * charge names after "with" are its content, no act of the day */
        if (v->s >= 3 && gerund_at(c, v->s)) {
            static const char *const CHARGED[] = {"charged", "indicted", "convicted", "prosecuted", "sentenced", NULL};
            int with = -1, charged = 0;
            for (int j = v->s - 1; j >= 0 && j >= v->s - 8 && with < 0; j--) {
                if (c->tok[j].kind == KBL_T_PUNCT && !is(&c->tok[j], ",")) break;
                if (is(&c->tok[j], "with")) with = j;
            }
            for (int j = with - 1; with > 0 && j >= 0 && j >= with - 30 && !charged; j--)
                charged = is_any(&c->tok[j], CHARGED);
            if (charged) {
                v->done = -1;
                continue;
            }
        }
        /* "suspended talks with Tehran on restoring diplomatic relations": a gerund after "on" or
         * "about" names what talks are about, no act */
        if (v->s >= 3 && (is(&c->tok[v->s - 1], "on") || is(&c->tok[v->s - 1], "about")) && gerund_at(c, v->s)) {
            static const char *const TALKS[] = {"talks", "negotiations", "discussions", "dialogue", "consultations",
                                                "agreement", "deal", "accord", "meeting", "proposal", "plan", NULL};
            if (clause_word_before(c, v->s - 1, 5, TALKS)) {
                v->done = -1;
                continue;
            }
        }
        /* "visited wounded fighters at the hospital": a participle right after another verb and
         * before the people it describes */
        if (v->s > 0 && v->e == v->s + 1 && v->e < c->nt && c->tok[v->s - 1].verb >= 0 &&
            c->tok[v->s - 1].kind == KBL_T_WORD && (is(&c->tok[v->s], "wounded") || is(&c->tok[v->s], "injured")) &&
            live_mention_at(c, v->e) >= 0) {
            v->done = -1;
            continue;
        }
        /* "Ugandan Muslims opposed to Museveni", "groups opposed to the junta": a participle
         * that describes the noun before it, no act */
        if (!nominal && v->s > 0 && v->s + 1 < c->nt && is(&c->tok[v->s], "opposed") &&
            is(&c->tok[v->s + 1], "to") && c->tok[v->s - 1].kind == KBL_T_WORD && !is_any(&c->tok[v->s - 1], BE) &&
            !is_any(&c->tok[v->s - 1], ADVS) && !is(&c->tok[v->s - 1], "had") && !is(&c->tok[v->s - 1], "has") &&
            !is(&c->tok[v->s - 1], "have")) {
            v->done = -1;
            continue;
        }
        if (nominal) {
            int dem = 0;
            for (int j = v->s - 1; j >= 0 && j >= v->s - 3 && !dem; j--) {
                if (c->tok[j].kind != KBL_T_WORD || live_mention_at(c, j) >= 0 || c->tok[j].verb >= 0) break;
                dem = is(&c->tok[j], "this") || is(&c->tok[j], "these");
                /* (not a time it names: "this week's fighting between Fatah and Hamas") */
                static const char *const WHEN_OF[] = {"week", "month", "year", "weekend", "morning", NULL};
                if (dem && j + 2 < c->nt && is_any(&c->tok[j + 1], WHEN_OF) && is(&c->tok[j + 2], "'s")) dem = 0;
            }
            /* 'condemned the fighting as "an attack on the security of Lebanon"': a name for the
             * act condemned, no act of its own */
            for (int j = v->s - 1; j >= 1 && j >= v->s - 5 && !dem; j--) {
                if (is(&c->tok[j], "as")) {
                    for (int u = 0; u < c->nv && !dem; u++)
                        dem = c->vm[u].e <= j && c->vm[u].e >= j - 8 && c->vm[u].p->code &&
                              root_of(c->vm[u].p->code) >= 10 && root_of(c->vm[u].p->code) <= 12 &&
                              by_agent(c, v->e, 1) < 0; /* (its doer named: see condemned_doer) */
                    break;
                }
                if (live_mention_at(c, j) >= 0 || c->tok[j].verb >= 0 || is(&c->tok[j], ",")) break;
            }
            /* "condemned what it called a cowardly attack on Somali forces": a name for an act */
            for (int j = v->s - 1; j >= 2 && j >= v->s - 6 && !dem; j--)
                dem = (is(&c->tok[j], "called") || is(&c->tok[j], "described") || is(&c->tok[j], "termed")) &&
                      (is(&c->tok[j - 1], "it") || is(&c->tok[j - 1], "he") || is(&c->tok[j - 1], "she") ||
                       is(&c->tok[j - 1], "they")) &&
                      is(&c->tok[j - 2], "what") && by_agent(c, v->e, 1) < 0; /* (its doer named: see condemned_doer) */
            if (dem) {
                v->done = -1;
                continue;
            }
        }
        /* "The BRN, which seldom comments on individual attacks": acts named as what words are
         * about are no act told */
        /* a participle before its noun describes it ("released four captured soldiers", "the
         * detained protesters"): no act told */
        /* ... and so does one after its noun and a number, before the clause's own passive verb
         * ("Twenty-three others detained during the march were released") */
        if (v->s >= 2 && past_form(&c->tok[v->s]) && c->tok[v->s - 1].kind == KBL_T_WORD &&
            c->tok[v->s - 1].verb < 0 &&
            (c->tok[v->s - 2].kind == KBL_T_NUM || is_any(&c->tok[v->s - 2], NUM_WORDS) ||
             (v->s >= 4 && is(&c->tok[v->s - 3], "-") && is_any(&c->tok[v->s - 2], NUM_WORDS)))) {
            int main_passive = 0;
            for (int j = v->e; j + 1 < c->nt && j < v->e + 10 && !main_passive; j++) {
                if (is(&c->tok[j], ";") || is(&c->tok[j], ",")) break;
                main_passive = (is(&c->tok[j], "were") || is(&c->tok[j], "was")) && past_form(&c->tok[j + 1]);
            }
            if (main_passive) {
                v->done = -1;
                continue;
            }
        }
        int pn = v->s + 1; /* (the noun right after the participle) */
        if (v->s > 0 && pn < c->nt && past_form(&c->tok[v->s]) &&
            (c->tok[v->s - 1].kind == KBL_T_NUM || is_any(&c->tok[v->s - 1], NUM_WORDS) ||
             is_any(&c->tok[v->s - 1], DETS) || is(&c->tok[v->s - 1], "'s")) &&
            live_mention_at(c, pn) >= 0 && c->men[live_mention_at(c, pn)].s == pn && c->men[live_mention_at(c, pn)].role) {
            v->done = -1;
            continue;
        }
        if (words_about(c, v->s)) {
            v->done = -1;
            continue;
        }
        /* "Malaysia has facilitated talks between Bangkok and the BRN since 2013": a present
         * perfect that spans years is a standing state, no act of the day */
        {
            int k = v->s - 1, span = 0;
            if (k >= 0 && c->tok[k].kind == KBL_T_WORD && !is(&c->tok[k], "has") && !is(&c->tok[k], "have") &&
                k > 0 && (is(&c->tok[k - 1], "has") || is(&c->tok[k - 1], "have")))
                k--; /* ("has long facilitated", "has facilitated talks") */
            if (k >= 0 && (is(&c->tok[k], "has") || is(&c->tok[k], "have")))
                for (int j = v->e; j + 1 < c->nt && j < v->e + 16 && !span; j++) {
                    if (is(&c->tok[j], ";") || is(&c->tok[j], ".") || (is(&c->tok[j], ",") && j > v->e + 1 &&
                                                                       !is(&c->tok[j - 1], "since")))
                        break;
                    static const char *const ERA[] = {"coup", "war", "invasion", "takeover", "uprising", "revolution",
                                                      "conflict", "independence", NULL};
                    span = is(&c->tok[j], "since") &&
                           ((year_of(&c->tok[j + 1], c->text) &&
                             year_of(&c->tok[j + 1], c->text) < (c->date ? c->date / 10000 : 9999)) ||
                            (j + 2 < c->nt && is(&c->tok[j + 1], "the") && is_any(&c->tok[j + 2], ERA)));
                }
            if (span) {
                v->done = -1;
                continue;
            }
        }
        /* "a protest over impounded trucks": a participle between a preposition and its noun is
         * the noun's adjective, no act */
        if (p->n_el == 1 && !v->nominal && v->s > 0 && v->e < c->nt && is_participle(&c->tok[v->s]) &&
            is_any(&c->tok[v->s - 1], PREPS) && !is(&c->tok[v->s - 1], "by") && c->tok[v->e].kind == KBL_T_WORD &&
            !c->tok[v->e].cap && c->tok[v->e].men < 0 && c->tok[v->e].verb < 0 && !is_any(&c->tok[v->e], PREPS) &&
            !is_any(&c->tok[v->e], DETS) && !is_any(&c->tok[v->e], BE) && !is_any(&c->tok[v->e], MODALS) &&
            !is(&c->tok[v->e], "and") && !is(&c->tok[v->e], "or") && !time_adverbial_memo(c, v->e)) {
            size_t l = strlen(c->tok[v->e].low);
            if (l > 3 && c->tok[v->e].low[l - 1] == 's' && strcmp(c->tok[v->e].low + l - 2, "ss")) {
                v->done = -1;
                continue;
            }
        }
        /* "Eight of the 11 Zambian drivers detained by police since Tuesday were released": custody
         * told in the passive as a span ("held since Monday") is the state they were in, no arrest */
        if (v->passive && v->p->code && !strncmp(v->p->code, "173", 3)) {
            int span = 0;
            for (int j = v->e; j + 1 < c->nt && j < v->e + 7 && !span; j++) {
                if (c->tok[j].kind == KBL_T_PUNCT || (c->tok[j].verb >= 0 && c->tok[j].verb != vi)) break;
                span = is(&c->tok[j], "since");
            }
            if (span) {
                v->done = -1;
                continue;
            }
        }
        /* "since the army returned there": a past act told as the start of a span */
        {
            int since = 0;
            for (int j = v->s - 1; j >= 0 && j >= v->s - 4 && !since; j--) {
                if (c->tok[j].kind == KBL_T_PUNCT || (c->tok[j].verb >= 0 && c->tok[j].verb != vi)) break;
                since = is(&c->tok[j], "since") &&
                        /* (nor a span's start in time, "the drivers held since Monday were handed
                         * over": the act is the verb's own) */
                        !(j + 1 < c->nt && (is_any(&c->tok[j + 1], DAYS) || is_any(&c->tok[j + 1], MONTHS) ||
                                            year_of(&c->tok[j + 1], c->text))) &&
                        /* (not "two years since demonstrators stormed": that act, dated back) */
                        !(j > 0 && (is(&c->tok[j - 1], "years") || is(&c->tok[j - 1], "year") ||
                                    is(&c->tok[j - 1], "months") || is(&c->tok[j - 1], "month") ||
                                    is(&c->tok[j - 1], "weeks") || is(&c->tok[j - 1], "days") || is(&c->tok[j - 1], "day") ||
                                    is(&c->tok[j - 1], "decade") || is(&c->tok[j - 1], "decades")));
            }
            /* (a span's start told with its own time is a past act: "since the two sides signed
             * a framework in Doha last November" stays, dated back) */
            for (int j = v->e; since && j < c->nt && j < v->e + 12; j++) {
                const tokinfo *t = &c->tok[j];
                if (t->kind == KBL_T_PUNCT && !is(t, "-")) break;
                if (year_of(t, c->text) || time_adverbial_memo(c, j) || is(t, "last") || is(t, "ago") ||
                    (t->cap && is_any(t, MONTHS)))
                    since = 0;
            }
            if (since && !nominal) {
                v->done = -1;
                continue;
            }
        }
        if (present_simple(c, v, sent)) {
            v->done = -1;
            continue;
        }
        /* "Successive federal governments have blamed the gang": what one government after
         * another did, no act of a day */
        if (src >= 0 && c->men[src].s >= 1 &&
            (is(&c->tok[c->men[src].s - 1], "successive") ||
             (c->men[src].s >= 2 && is(&c->tok[c->men[src].s - 2], "successive")))) {
            v->done = -1;
            continue;
        }
        /* a protest told by a participle on its subject before that subject's own act ("Polish
         * farmers blockading the road to the crossing dragged a driver from his cab"): who they
         * are, not an act of the sentence */
        /* (a people's "blockading" is a protest: 191 becomes 144 below) */
        if ((root0 == 14 || (root0 == 19 && src >= 0 && c->men[src].role && land_people(c->men[src].role))) &&
            src >= 0 && c->men[src].e == v->s && gerund_form(&c->tok[v->s]) && v->s > 0 &&
            !is(&c->tok[v->s - 1], ",")) {
            /* (the subject's own verb after the participle's phrase, no clause mark between) */
            int later = 0;
            for (int u = vi + 1; u < c->nv && !later; u++) {
                const vmatch *w = &c->vm[u];
                if (w->s <= v->e || !w->p->code || root_of(w->p->code) < 15 || gerund_form(&c->tok[w->s])) continue;
                later = 1;
                for (int j = v->e; j < w->s && later; j++)
                    later = c->tok[j].kind != KBL_T_PUNCT && !is(&c->tok[j], "and") && !is(&c->tok[j], "who") &&
                            !is(&c->tok[j], "which") && !is(&c->tok[j], "that") && !is(&c->tok[j], "as") &&
                            !is(&c->tok[j], "when") && !is(&c->tok[j], "while") && c->tok[j].verb < 0;
                break;
            }
            if (later) {
                v->done = -1;
                continue;
            }
        }
        /* (and releases: "most crews are released after paying fines"; and returns, "trucks cross
         * every day, ... returning with fuel") */
        /* (not a threatened or vowed act: "threatened to block the avenue every night") */
        if ((root0 >= 14 || (code && !strncmp(code, "084", 3))) && !intent && (habitual(c, v) || background(c, v))) {
            /* (a habitual statement, "have often blamed", still counts) */
            v->done = -1;
            continue;
        }
        /* ... but not one the perfect tense makes an aggregate over a period ("has lodged dozens
         * of protests ... in recent years") */
        if (root0 < 14 && !nominal && perfect_aggregate(c, v)) {
            v->done = -1;
            continue;
        }
        /* ... but "has in the past accused France" tells no statement of the day */
        {
            int past = 0;
            for (int j = v->s - 1; j >= 2 && j >= v->s - 3 && !past; j--)
                past = is(&c->tok[j], "past") && is(&c->tok[j - 1], "the") && is(&c->tok[j - 2], "in");
            /* ... nor "drivers have long complained of delays": a grievance held for years (a
             * denial stands: "Pakistan - which has long denied the charge - condemned India") */
            /* (... and what the clause names after it: "of delays and demands for bribes") */
            for (int j = v->s - 1; j >= 1 && !past && c->tok[j].kind != KBL_T_PUNCT && !(code && !strcmp(code, "016"));
                 j--)
                past = is(&c->tok[j], "long") &&
                       (is(&c->tok[j - 1], "have") || is(&c->tok[j - 1], "has") || is(&c->tok[j - 1], "had"));
            if (past) {
                v->done = -1;
                continue;
            }
        }
        /* "Sudan's war ... has killed tens of thousands", "The insurgency, which began in 2017,
         * has killed more than 6,000 people": a war's toll to date is no act */
        if (root0 >= 18 && war_toll(c)) {
            v->done = -1;
            continue;
        }
        /* "entry to Britain" is entry into it: the state is no one refused ("Czechs refused entry
         * to Britain" were refused by it) */
        if (tgt >= 0 && state_like(&c->men[tgt]) && c->men[tgt].s > 0 && is(&c->tok[c->men[tgt].s - 1], "to")) {
            int entry = 0;
            for (int j = v->s; j < v->e; j++) entry |= is(&c->tok[j], "entry");
            if (entry) {
                v->done = -1;
                continue;
            }
        }
        /* what needs a named source: intents, statements, cooperation */
        const kbl_cameo *cm = kbl_cameo_get(c->lx, code);
        /* "Hundreds of Meira Paibis staged a sit-in": a crowd the lexicon cannot name protests,
         * as people of the article's country (emit) */
        if (root0 == 14 && src < 0 && !nominal) {
            static const char *const CROWD_OF[] = {"hundreds", "thousands", "dozens", "scores", "crowds", NULL};
            for (int j = v->s - 1; j >= 0 && j >= v->s - 8; j--) {
                const tokinfo *t = &c->tok[j];
                if (t->kind == KBL_T_PUNCT || live_mention_at(c, j) >= 0 || c->tok[j].verb >= 0) break;
                if (is_any(t, CROWD_OF) && j + 1 < v->s && is(&c->tok[j + 1], "of")) {
                    kb_actor crowd = {"---CVL", "protesters", NULL};
                    if (add_pronoun(c, j, j + 1, &crowd, KBL_AGENT)) {
                        c->men[c->nm - 1].role = "CVL";
                        c->men[c->nm - 1].pronoun = 0;
                        src = c->nm - 1;
                        v->src = src;
                    }
                    break;
                }
            }
        }
        /* "The talks were mediated by China's special envoy": a mediation that names no parties is
         * between the two of the act told each way just before (talks, a truce) */
        /* (told with its agent, "mediated by X", of the day: not a spinner's "U.S. brokers", nor
         * "the truce of 2006, brokered by Washington") */
        if (code && !strncmp(code, "045", 3) && src >= 0 && tgt < 0 && c->nm + 2 <= MAX_MENTIONS && !c->then &&
            v->e < c->nt && is(&c->tok[v->e], "by")) {
            kb_actor x = {0}, y = {0};
            for (size_t q = c->nev; !x.code && q-- > 0;) {
                const kb_event *e = &c->ev[q];
                if ((int)e->sentence + 2 < c->cur_sent) break; /* (told just before) */
                if (e->historical || !e->source.code || !e->target.code) continue;
                for (size_t r = c->nev; r-- > 0 && !x.code;) {
                    const kb_event *f = &c->ev[r];
                    if (r != q && f->source.code && f->target.code && !strcmp(f->source.code, e->target.code) &&
                        !strcmp(f->target.code, e->source.code) && !strcmp(f->code, e->code)) {
                        x = e->source;
                        y = e->target;
                    }
                }
            }
            if (x.code && y.code && strcmp(x.code, c->men[src].code) && strcmp(y.code, c->men[src].code)) {
                int first = c->nm;
                add_pronoun(c, v->s, v->e, &x, x.country ? KBL_STATE : KBL_GROUP);
                add_pronoun(c, v->s, v->e, &y, y.country ? KBL_STATE : KBL_GROUP);
                if (c->nm == first + 2) {
                    c->men[first + 1].pair = 1;
                    c->men[first + 1].group = first; /* (both, as a joint target) */
                    tgt = first;
                }
            }
        }
        if (landing) src = -1; /* (whose shell it was, the words do not say) */
        int named_src = src >= 0 && c->men[src].code && memcmp(c->men[src].code, "---", 3);
        /* "condemned the shooting by South African soldiers", "condemned what it called the
         * excessive use of force by South African soldiers": a reproach naming no one is at the
         * doer its words give after "by" */
        if (root0 == 11 && tgt < 0 && !nominal)
            for (int k = v->e; k + 1 < c->nt && k < v->e + 14; k++) {
                /* (over a verb's word told as a noun: "the shooting by") */
                if (is(&c->tok[k], ";") || is(&c->tok[k], ".") ||
                    (c->tok[k].verb >= 0 && c->tok[k].verb != vi && !c->vm[c->tok[k].verb].nominal &&
                     !is_any(&c->tok[k - 1], DETS)))
                    break;
                /* (nor past a second verb "and" joins: "condemned the attack and was joined by") */
                if (is(&c->tok[k], ",") ||
                    (is(&c->tok[k], "and") && (c->tok[k + 1].verb >= 0 || is_any(&c->tok[k + 1], BE))))
                    break;
                if (!is(&c->tok[k], "by")) continue;
                int q = k + 1;
                while (q < c->nt && is_any(&c->tok[q], DETS)) q++;
                int m = q < c->nt ? live_mention_at(c, q) : -1;
                if (m >= 0 && c->men[m].s == q && (src < 0 || c->men[m].group != c->men[src].group) &&
                    (c->men[m].country || (c->men[m].code && memcmp(c->men[m].code, "---", 3))))
                    tgt = c->men[m].group;
                break;
            }
        /* 'accused "armed elements of the ruling body in Afghanistan" of shooting': a quoted name
         * of the accused is the state or group it names last */
        if (root0 == 11 && tgt < 0 && !nominal && v->e + 2 < c->nt &&
            (is(&c->tok[v->e], "\"") || is(&c->tok[v->e], "\xe2\x80\x9c"))) {
            int m = -1;
            for (int k = v->e + 1; k < c->nt && k < v->e + 16; k++) {
                if (is(&c->tok[k], "\"") || is(&c->tok[k], "\xe2\x80\x9d")) {
                    if (m >= 0 && k + 1 < c->nt && is(&c->tok[k + 1], "of") &&
                        (src < 0 || c->men[m].group != c->men[src].group))
                        tgt = c->men[m].group;
                    break;
                }
                int q = live_mention_at(c, k);
                if (q >= 0 && (c->men[q].country || (c->men[q].code && memcmp(c->men[q].code, "---", 3)))) m = q;
            }
        }
        /* "threatened to strike unless Israel withdrew": the threat is to the one who must act */
        /* (... and a threat of protest or repression "if" another does not act: "warned that
         * royalists would take to the streets again if the government did not free the leaders") */
        /* (the code an intent became too: "threatened to block the highway unless ...", 133; and
         * a threat of force "if" a named side acts: "would respond decisively if the Taliban
         * again interfered") */
        /* (a side's threat is at no one of its own state: "the Iranian minister said Iran would
         * respond decisively if the Taliban ...") */
        if (!strcmp(p->code, "138") && tgt >= 0 && src >= 0 && c->men[tgt].country &&
            c->men[src].country && !strncmp(c->men[tgt].country, c->men[src].country, 3))
            tgt = -1;
        if ((root0 == 13 || root_of(code) == 13) && tgt < 0)
            tgt = conditional_party(c, v->e, 16, src,
                                    !strcmp(code, "133") || !strcmp(code, "137") || !strcmp(p->code, "138"));
        int force_threat = 0;
        if (code && !strcmp(code, "130") && !intent) {
            int ft = -1;
            const kbl_cameo *fc = warns_force(c, v, src, &ft) ? kbl_cameo_get(c->lx, "138") : NULL;
            if (fc) {
                code = fc->code;
                cm = fc;
                force_threat = 1;
                /* (its own forces, named in the warning, are not whom it threatens) */
                if (tgt >= 0 && src >= 0 && c->men[tgt].country && c->men[src].country &&
                    !strcmp(c->men[tgt].country, c->men[src].country))
                    tgt = -1;
                if (tgt < 0) tgt = ft;
            }
        }
        /* an appeal for something named ("appealed for international aid", 023) stands alone */
        /* "vowed to punish the perpetrators"; "vowed a tough response" (to the article's last
         * attack on the speaker's side, answered_targets) */
        /* (a one-word appeal, "urged", may address no one named: "urged the parties to ...";
         * "called on" needs someone, or it is a day: "called on Monday") */
        /* (... unless an act asked for follows: "called on foreign governments to stop selling") */
        int asks = 0;
        for (int j = v->e; j < c->nt && j < v->e + 5 && !asks && c->tok[j].kind != KBL_T_PUNCT; j++)
            asks = is(&c->tok[j], "to") && j > v->e;
        /* (a threat of strikes or protests is made of the doer's own state: emit finds it) */
        int need_tgt = ((root0 == 2 && !strcmp(code, "020") && p->n_el > 1 && !asks) || root0 == 12 ||
                        (root0 == 13 && strncmp(code, "133", 3))) &&
                       tgt < 0 &&
                       !(p->flags & KBL_P_NOTARGET) && !(root0 == 13 && vows_response(c, v)) && !force_threat &&
                       !(root0 == 12 && answers_words(c, v));
        /* a meeting needs someone met: a target, or a joint subject */
        /* (... or officials of places of two lands: see emit) */
        const char *l1, *l2;
        if (root0 == 4 && tgt < 0 &&
            !(src >= 0 && (p->flags & KBL_P_MUTUAL) && two_lands(c, c->tok[0].s, c->tok[v->s].s, &l1, &l2))) {
            int n = 0;
            for (int k = 0; k < c->nm; k++)
                if (!c->men[k].dead && src >= 0 && c->men[k].group == c->men[src].group) n++;
            if (n < 2 || !(p->flags & KBL_P_MUTUAL)) need_tgt = 1;
        }
        /* "the president threatened to impose a curfew in Algiers": an unnamed state organ's threat
         * to a state is that state's (see emit) */
        int organ_threat = intent && !named_src && src >= 0 && c->men[src].role && state_organ(c->men[src].role) &&
                           !c->men[src].country && tgt >= 0 && c->men[tgt].country && code && root_of(code) == 13;
        /* "The 23 people arrested on Thursday were released on Saturday": freed by whoever held
         * them, the article's last arrest (its doer, and its people when none are named) */
        /* ("Two Djiboutian soldiers held by Eritrea since Sunday's fighting were handed over to
         * the Red Cross": by the one the subject's own words say held them) */
        if (passive && !nominal && src < 0 && code && !strncmp(code, "0841", 4) && tgt >= 0 &&
            c->men[tgt].e < v->s)
            for (int j = c->men[tgt].e; j + 2 < v->s; j++)
                if ((is(&c->tok[j], "held") || is(&c->tok[j], "detained") || is(&c->tok[j], "captured")) &&
                    is(&c->tok[j + 1], "by") && live_mention_at(c, j + 2) >= 0) {
                    src = c->men[live_mention_at(c, j + 2)].group;
                    break;
                }
        if (passive && !nominal && src < 0 && code && !strncmp(code, "0841", 4) &&
            (is(&c->tok[v->s], "released") || is(&c->tok[v->s], "freed") || handed_out(c, v))) {
            /* (handed over to a state or its organ: "who was handed back to Kyrgyzstan", "were
             * handed over to Kyrgyz officials") */
            int rc = handed_to(c, v);
            const mention *r = rc >= 0 ? &c->men[rc] : NULL;
            int to_state = r && r->country && ((r->role && state_organ(r->role)) || state_like(r));
            for (size_t k = c->nev; k-- > 0;) {
                const kb_event *f = &c->ev[k];
                /* (... or, handed over to a state, the people of that state the last act of force
                 * struck: "opened fire on two Kyrgyz herders ... The wounded herder ... were handed
                 * over to Kyrgyz officials") */
                int struck = root_of(f->code) >= 18 && to_state &&
                             f->target.country && f->source.country && !strncmp(f->target.country, r->country, 3) &&
                             strncmp(f->source.country, r->country, 3);
                /* (a bare organ's, "arrested by national security police", is of the land the
                 * report's places lie in, as the enrichment will make it, else of the state the
                 * article names most, by far) */
                kb_actor held_by = f->source;
                if (held_by.code && !memcmp(held_by.code, "---", 3) && strlen(held_by.code) == 6 &&
                    state_organ(held_by.code + 3) && !struck) {
                    int second, best = dominant_state(c, &second);
                    const char *cc = c->land[0] ? c->land : best >= 0 && c->scount[best] >= 2 * second ? c->scode[best] : NULL;
                    /* (not when they are handed over to that state's own organ: held by another) */
                    if (cc && !(r && r->country && !strncmp(r->country, cc, 3))) {
                        held_by.country = kb_arena_strndup(c->arena, cc, 3);
                        held_by.code = arena_cat(c, held_by.country, held_by.code + 3);
                    }
                }
                /* (not one held by the state they were handed to: "They were handed over to Russian
                 * border guards" after Russia's own charges, held by another) */
                if ((strncmp(f->code, "173", 3) && !struck) || !held_by.code || f->historical ||
                    !memcmp(held_by.code, "---", 3) ||
                    (to_state && held_by.country &&
                     !strncmp(held_by.country, r->country, 3)))
                    continue;
                /* (a state's arrest, or a de facto authority's ("Turkish Cypriot police"): a
                 * party's "arrest" is no custody) */
                if ((!held_by.country && strlen(held_by.code) != 3) ||
                    (strlen(held_by.code) == 6 && !state_organ(held_by.code + 3)))
                    break;
                if (!add_pronoun(c, v->s, v->s, &held_by, KBL_STATE)) break;
                src = c->nm - 1;
                /* ("They were released": the people held, not the holders "they" last named) */
                if (tgt >= 0 && c->men[tgt].pronoun && c->men[tgt].code && !strcmp(c->men[tgt].code, held_by.code))
                    tgt = -1;
                /* (... and handed over to another state's organ, to that state: "were handed over
                 * to Kyrgyz officials", "Two of the suspects were handed over to Turkmen
                 * officials") */
                if (to_state && held_by.country &&
                    strncmp(held_by.country, r->country, 3))
                    tgt = rc;
                else if (tgt < 0 && f->target.code &&
                    add_pronoun(c, v->s, v->s, &f->target, f->target.country ? KBL_STATE : KBL_GROUP))
                    tgt = c->nm - 1;
                break;
            }
        }
        /* ... or whom their own words say were held in a town of another land ("The 14 Senegalese
         * drivers held at the police station in Farafenni since Monday were released"): that land */
        /* (... or handed over "to" someone: "Nine Malawian men who had been held at Mwami since
         * the weekend were handed to Malawian police") */
        int held_m = tgt >= 0 && c->men[tgt].e < v->s ? tgt : -1;
        if (held_m < 0 && passive && tgt >= 0 && c->men[tgt].s > v->s) {
            int f = first_live_mention(c);
            if (f < c->nm && c->men[f].e < v->s && c->men[f].country && c->men[f].role &&
                str_in(c->men[f].role, PEOPLE_ROLES))
                held_m = f;
        }
        if (passive && !nominal && src < 0 && code && !strncmp(code, "0841", 4) && held_m >= 0 &&
            c->men[held_m].country)
            for (int j = c->men[held_m].e; j < v->s; j++)
                if (is(&c->tok[j], "held") || is(&c->tok[j], "detained") || is(&c->tok[j], "jailed")) {
                    const char *cc = span_land(c, c->tok[j].s, c->tok[v->s - 1].e);
                    if (cc && strncmp(cc, c->men[held_m].country, 3)) {
                        const char *st = kb_arena_strndup(c->arena, cc, 3);
                        kb_actor held = {st, st, st};
                        if (add_pronoun(c, v->s, v->s, &held, KBL_STATE)) src = c->nm - 1;
                    }
                    break;
                }
        /* (... or by whom: "The nine porters held by the Gendarmería since Monday were handed to
         * Paraguayan police": the holder releases them) */
        if (passive && !nominal && src < 0 && code && !strncmp(code, "0841", 4))
            for (int j = 1; j + 1 < v->s && src < 0; j++) {
                if (!is(&c->tok[j - 1], "held") || !is(&c->tok[j], "by")) continue;
                int q = j + 1;
                if (q < v->s && is(&c->tok[q], "the") && live_mention_at(c, q) < 0) q++;
                int m = q < v->s ? live_mention_at(c, q) : -1;
                if (m >= 0 && c->men[m].country && role_of(&c->men[m]) && state_organ(role_of(&c->men[m])) &&
                    (tgt < 0 || !c->men[tgt].country || strncmp(c->men[tgt].country, c->men[m].country, 3))) {
                    src = m;
                    /* (to the state they are handed to, when their words name no state of theirs) */
                    for (int k = v->s; k + 1 < c->nt && k <= v->e + 1 && (tgt < 0 || !c->men[tgt].country); k++) {
                        if (!is(&c->tok[k], "to")) continue;
                        int r = live_mention_at(c, k + 1);
                        if (r >= 0 && c->men[r].country && strncmp(c->men[r].country, c->men[m].country, 3)) tgt = r;
                        break;
                    }
                }
            }
        /* "police arrested Ruth López, the head of ...", "Carabineros shot dead Camilo
         * Catrillanca, a Mapuche farmer": a person the lexicon does not know, named right after
         * a state's or a group's act of custody or force on persons, is its target (people of
         * no state yet) */
        /* (not a town an attack struck: "Fano fighters attacked Bahir Dar"; an assault, a
         * shooting or a wounding befalls persons) */
        int at_person = code && (custody_code(code) || root0 == 18 || !strcmp(code, "193") ||
                                 (root0 == 19 && (!strncmp(c->tok[v->s].low, "wound", 5) ||
                                                  !strncmp(c->tok[v->s].low, "shot", 4))));
        if (tgt < 0 && !nominal && !passive && src >= 0 && at_person && c->men[src].code &&
            memcmp(c->men[src].code, "---", 3)) {
            int q = v->e, n = 0;
            while (q < c->nt && n < 5 && name_word(c, q)) q++, n++;
            if (n >= 2 && (q == c->nt || is(&c->tok[q], ",") || is(&c->tok[q], ".") || is_any(&c->tok[q], PREPS))) {
                kb_actor who = {"---CVL", span_str(c, v->e, q), NULL};
                if (add_pronoun(c, v->e, q, &who, KBL_AGENT)) {
                    tgt = c->nm - 1;
                    c->men[tgt].pronoun = 0;
                    c->men[tgt].role = "CVL";
                }
            }
        }
        /* "A caller ... claimed the attack on behalf of "the IRA"": a claim is the claim of the
         * group it was made for, when the one who made it is no group; that group is not its
         * target ("ISWAP claimed the attack on behalf of the Islamic State") */
        if (p->flags & KBL_P_CLAIM)
            for (int j = v->e; j + 3 < c->nt && j < v->e + 15; j++) {
                if (is(&c->tok[j], ";") || (c->tok[j].verb >= 0 && c->tok[j].verb != (int)(v - c->vm))) break;
                if (!is(&c->tok[j], "on") || !is(&c->tok[j + 1], "behalf") || !is(&c->tok[j + 2], "of")) continue;
                int q = j + 3;
                while (q + 1 < c->nt && (is_any(&c->tok[q], DETS) || is(&c->tok[q], "\"") || is(&c->tok[q], "\xe2\x80\x9c")))
                    q++;
                int m = live_mention_at(c, q);
                if (m >= 0 && c->men[m].kind == KBL_GROUP && !c->men[m].country) {
                    if (tgt >= 0 && c->men[tgt].group == c->men[m].group) tgt = -1;
                    if (src < 0 || !c->men[src].code || !memcmp(c->men[src].code, "---", 3)) src = c->men[m].group;
                }
                break;
            }
        if (need_tgt || (intent && !named_src && !organ_threat) || (cm && (cm->quad < 4 || root0 < 18) && src < 0) ||
            (!nominal && !passive && !landing && src < 0 && subj_act < 0) ||
            (nominal && (p->flags & KBL_P_NOUN) && cm && cm->quad < 4 && src < 0)) {
            v->done = -1;
            continue;
        }
        /* force used by aircraft is an air strike ("Army drones struck JNIM camps": 195) */
        if (code && !strcmp(code, "190") && src >= 0 && !nominal && !passive) {
            static const char *const AERIAL[] = {"drone", "drones", "jets", "warplanes", "aircraft", "helicopters",
                                                 "gunships", "bombers", NULL};
            int e1 = c->men[src].e - 1;
            /* (not "suicide bombers": a suicide bombing, 1831) */
            if (e1 > 0 && (is(&c->tok[e1], "bombers") || is(&c->tok[e1], "bomber")) && is(&c->tok[e1 - 1], "suicide"))
                code = "1831";
            else if (is_any(&c->tok[e1], AERIAL) || (e1 > 0 && is(&c->tok[e1], "force") && is(&c->tok[e1 - 1], "air")))
                code = "195";
        }
        /* "unidentified gunmen shot dead the lawyer Thulani Maseko", "killed Ahmad Shah Massoud":
         * one named person killed is CAMEO's assassination (186) */
        if (code && (!strcmp(code, "190") || !strcmp(code, "193") || !strcmp(code, "1831")) && tgt >= 0 && !nominal &&
            c->men[tgt].kind == KBL_PERSON && !c->men[tgt].plural && !c->men[tgt].pronoun) {
            static const char *const SLAY[] = {"killed", "kill", "kills", "shot", "murdered", "gunned", "stabbed",
                                               "assassinated", NULL};
            if (is_any(&c->tok[v->s], SLAY)) code = "186";
        }
        /* "The prime minister attended a rally": a leader at a rally speaks to it, not against
         * anyone; people attending one protest */
        if (code && !strcmp(code, "141") && src >= 0 && (is(&c->tok[v->s], "attended") || is(&c->tok[v->s], "attend") ||
                                                         is(&c->tok[v->s], "attends")) &&
            (c->men[src].kind == KBL_PERSON ||
             (c->men[src].role && (!strcmp(c->men[src].role, "GOV") || !strcmp(c->men[src].role, "ELI") ||
                                   !strcmp(c->men[src].role, "PTY") || !strcmp(c->men[src].role, "LEG"))))) {
            v->done = -1;
            continue;
        }
        /* "They dispersed peacefully after midnight": a crowd going home, no repression; only
         * a state's organs or armed men repress */
        if (code && !strncmp(code, "175", 3) && src >= 0 && c->men[src].role && !state_organ(c->men[src].role) &&
            !armed_role(c->men[src].role) && strcmp(c->men[src].role, "CRM")) {
            v->done = -1;
            continue;
        }
        /* a state's forces blocking a convoy or access restrict movement (191); protesters
         * obstruct (144) */
        if (code && !strncmp(code, "144", 3) && src >= 0 && c->men[src].role && c->men[src].country &&
            state_organ(c->men[src].role))
            code = "191";
        /* ... and a country's people who "blockaded the border" obstruct it (144), as protesters
         * blocking a road do */
        static const char *const BLOCKADE[] = {"blockade", "blockaded", "blockading", "blockades", NULL};
        if (code && !strncmp(code, "191", 3) && src >= 0 && c->men[src].role && c->men[src].country &&
            land_people(c->men[src].role) && !state_organ(c->men[src].role) && is_any(&c->tok[v->s], BLOCKADE))
            code = "144";
        /* a leader who "attacked X, saying ..." spoke: a denunciation, not violence */
        if (!strcmp(code, "190") && !nominal && src >= 0 &&
            (c->men[src].kind == KBL_PERSON ||
             (c->men[src].role && !strcmp(c->men[src].role, "GOV") && !c->men[src].plural))) {
            static const char *const VERBAL[] = {"saying", "calling", "accusing", "claiming", "describing", NULL};
            /* ... and so did one who "attacked the decision", "attacked X's record", "attacked
             * the Tories over immigration": an act of words or politics, or a political rival */
            static const char *const POLITICAL[] = {
                "decision", "decisions", "record", "plan", "plans", "policy", "policies", "remarks",
                "comments", "proposal", "proposals", "speech", "handling", "stance", "budget", "bill",
                "law", "laws", "reforms", "report", "statement", "claims", "idea", "ideas", "approach",
                "leadership", "strategy", "over", "for", "tories", "labour", "democrats", "republicans",
                "critics", "opposition", "media", "press", "government", "rivals", "party", NULL};
            for (int j = v->e; j + 1 < c->nt && j < v->e + 16; j++) {
                if (is(&c->tok[j], ";") || is(&c->tok[j], ".")) break;
                if (is(&c->tok[j], ",") && is_any(&c->tok[j + 1], VERBAL)) {
                    code = "111";
                    root0 = 11;
                    break;
                }
            }
            int k = v->e;
            while (k < c->nt && k < v->e + 4 && (is_any(&c->tok[k], DETS) || is(&c->tok[k], "'s") ||
                                                  live_mention_at(c, k) >= 0 || c->tok[k].kind == KBL_T_WORD) &&
                   !is_any(&c->tok[k], POLITICAL))
                k++;
            if (root0 == 19 && k < c->nt && k < v->e + 4 && is_any(&c->tok[k], POLITICAL)) {
                code = "111";
                root0 = 11;
            }
        }
        /* reported speech: "Kabul says Pakistan bombed ..." is an accusation */
        const char *final_code = code;
        int fsrc = src, ftgt = tgt;
        /* (a bare state organ too, in an armed group's words: "the OLA said a government drone
         * strike had killed six civilians") */
        /* (not the group's own men: "Somaliland's army said its artillery had shelled ...") */
        int organ_src = src >= 0 && !c->men[src].country && c->men[src].role && state_organ(c->men[src].role) &&
                        c->men[src].code && !memcmp(c->men[src].code, "---", 3);
        /* ... and so is "Niger said France was arming the militants": a state's word that another
         * arms armed men */
        int arms_armed = root0 == 7 && tgt >= 0 && !c->men[tgt].country &&
                         (c->men[tgt].kind == KBL_GROUP || (c->men[tgt].role && armed_role(c->men[tgt].role)));
        /* ... and a state's word that an armed group did it, which the sentence says is contested
         * ("the army said separatists had executed a teacher, an accusation the separatists
         * denied") */
        int contested = 0;
        if (!intent && root0 >= 18 && src >= 0 && !c->men[src].country && c->men[src].kind == KBL_GROUP) {
            static const char *const DISPUTE[] = {"accusation", "allegation", "charge", "denied", "denies",
                                                  "rejected", "disputed", NULL};
            for (int k = v->e; k + 1 < c->nt && !contested; k++)
                contested = is(&c->tok[k], ",") && (is_any(&c->tok[k + 1], DISPUTE) ||
                                                    (k + 2 < c->nt && is_any(&c->tok[k + 2], DISPUTE)));
        }
        if (contested)
            for (int u = vi - 1; u >= 0; u--) {
                vmatch *w = &c->vm[u];
                if (!(w->p->flags & KBL_P_SAY)) continue;
                const mention *sayer = w->src >= 0 ? &c->men[w->src] : NULL;
                if (w->e <= c->men[src].s && sayer && sayer->country && sayer->kind != KBL_GROUP) {
                    final_code = "112";
                    fsrc = w->src;
                    ftgt = src;
                }
                break;
            }
        /* ... and so is one that another state's people "had tried to ram" a boat: an attempt
         * told by the other side is its charge */
        static const char *const TRIED[] = {"tried", "attempted", "trying", "attempting", NULL};
        int attempt = intent && root0 >= 18 && v->s >= 2 && is(&c->tok[v->s - 1], "to") && is_any(&c->tok[v->s - 2], TRIED);
        /* (... and a violent protest another state's body tells of: "the Gendarmería said the
         * porters had thrown stones and bottles at its officers") */
        int stoned = !strcmp(code, "145");
        if ((!intent || attempt) && (root0 >= 15 || arms_armed || stoned) && src >= 0 &&
            (c->men[src].country || organ_src)) {
            for (int u = vi - 1; u >= 0; u--) {
                vmatch *w = &c->vm[u];
                if (!(w->p->flags & KBL_P_SAY)) continue;
                /* ... and so is "Hamas said Israel had violated the truce": an armed group's word */
                const mention *sayer = w->src >= 0 ? &c->men[w->src] : NULL;
                /* ... and so is a bare state organ's word on another state's people, the organ
                 * of the land its towns lie in or of the other state of two ("The Songwe
                 * regional police commander told reporters in Tunduma that the drivers had
                 * pelted officers with stones", of Zambian drivers) */
                const char *organ_land = NULL;
                if (sayer && !sayer->country && !organ_src && sayer->role && state_organ(sayer->role) &&
                    sayer->code && !memcmp(sayer->code, "---", 3) && c->men[src].country) {
                    organ_land = towns_land(c);
                    if (!organ_land) organ_land = other_of_two(c, c->men[src].country);
                    if (organ_land && !strncmp(organ_land, c->men[src].country, 3)) organ_land = NULL;
                }
                if (w->e <= c->men[src].s && sayer &&
                    ((sayer->country && !organ_src && strcmp(sayer->country, c->men[src].country)) || organ_land ||
                     (!sayer->country && sayer->kind == KBL_GROUP && sayer->code))) {
                    final_code = "112"; /* (the codebook's sets: 112, not CAMEO's finer 1123) */
                    fsrc = w->src;
                    ftgt = src;
                }
                break;
            }
        }
        if (must_from >= 0 && must_code) {
            if (src < 0 || c->men[src].group == c->men[must_from].group) {
                v->done = -1;
                continue;
            }
            final_code = must_code;
            fsrc = must_from;
            ftgt = src;
        }
        if (p->flags & KBL_P_REVERSE) {
            int x = fsrc;
            fsrc = ftgt;
            ftgt = x;
        }
        if (subj_act >= 0 && final_code == code) final_code = c->vm[subj_act].p->code;
        /* "killed two soldiers in a suicide bombing": the killing is that act (its finer code) */
        if ((p->flags & KBL_P_RESULT) && final_code == code) {
            int j = tgt >= 0 && group_end(c, tgt) > v->e ? group_end(c, tgt) : v->e;
            for (int k = j; k < c->nt && k < j + 3; k++) {
                if (!is(&c->tok[k], "in") && !is(&c->tok[k], "during")) continue;
                for (int q = k + 1; q < c->nt && q < k + 5; q++) {
                    int u = c->tok[q].verb;
                    if (u >= 0 && (c->vm[u].p->flags & KBL_P_NOUN) && c->vm[u].p->code &&
                        root_of(c->vm[u].p->code) >= 18) {
                        final_code = c->vm[u].p->code;
                        break;
                    }
                    if (c->tok[q].kind == KBL_T_PUNCT || live_mention_at(c, q) >= 0 || is_any(&c->tok[q], PREPS)) break;
                }
                break;
            }
        }
        /* an earlier year in the clause: historical */
        int hist = 0;
        for (int j = v->e; j < c->nt && j < v->e + 10; j++) {
            if (is(&c->tok[j], ";") || is_any(&c->tok[j], STOP_RIGHT)) break;
            int y = year_of(&c->tok[j], c->text);
            if (y && j > 0 && (is(&c->tok[j - 1], "in") || is(&c->tok[j - 1], "of"))) {
                hist = y;
                break;
            }
        }
        /* "to mark two years since demonstrators stormed Parliament": an act that many years
         * before the article */
        for (int j = v->s - 1; !hist && c->date && j >= 2 && j >= v->s - 6; j--) {
            if (!is(&c->tok[j], "since")) continue;
            static const char *const NUMS[] = {"one", "two", "three", "four", "five", "six", "seven", "eight",
                                               "nine", "ten", NULL};
            if (!is(&c->tok[j - 1], "years") && !is(&c->tok[j - 1], "year")) break;
            const tokinfo *n = &c->tok[j - 2];
            int k = 0, num = 0;
            for (; NUMS[k] && !is_str(n, NUMS[k]); k++) {}
            if (NUMS[k]) num = k + 1;
            else if (n->kind == KBL_T_NUM || isdigit((unsigned char)n->low[0])) num = atoi(n->low);
            else if (is(n, "a") || is(n, "one")) num = 1;
            if (num > 0 && num < 100) hist = c->date / 10000 - num;
            break;
        }
        if (fsrc < 0 && ftgt < 0) {
            v->done = -1;
            continue;
        }
        /* "troops freed the hostages": a rescue from captors, not a release by the rescuers; so
         * is "launched a rescue operation" at no one named */
        int rescue_op = 0;
        for (int j = v->s; j < v->e && root0 == 19 && ftgt < 0; j++) rescue_op |= is(&c->tok[j], "rescue");
        if ((!strncmp(final_code, "084", 3) || rescue_op) && fsrc >= 0 && c->men[fsrc].role &&
            (!strcmp(c->men[fsrc].role, "MIL") || !strcmp(c->men[fsrc].role, "COP") ||
             !strcmp(c->men[fsrc].role, "SPY"))) {
            static const char *const CAPTIVES[] = {"hostages", "hostage", "captives", "abductees", "passengers",
                                                   "kidnapped", "abducted", NULL};
            static const char *const FREED[] = {"free", "frees", "freed", "freeing", "rescue", "rescued",
                                                "liberate", "liberated", NULL};
            int rescue = rescue_op;
            for (int j = v->s; j < c->nt && j < v->e + 6 && !rescue && is_any(&c->tok[v->s], FREED); j++)
                rescue = is_any(&c->tok[j], CAPTIVES);
            /* ... which is force against the captors: the article's last hostage-taker or
             * hijacker named ("troops had freed most of the hostages" after "the BLA claimed
             * the hijacking") */
            if (rescue) {
                mention pm;
                memset(&pm, 0, sizeof pm);
                for (size_t q = c->nev; q-- > 0 && !pm.code;) {
                    const kb_event *e = &c->ev[q];
                    int taker = !strncmp(e->root, "18", 2) || !strcmp(e->code, "015") ||
                                (!e->source.country && (!strncmp(e->root, "19", 2) || !strncmp(e->root, "20", 2)));
                    if (e->historical || !e->source.code || !memcmp(e->source.code, "---", 3) || !taker ||
                        (c->men[fsrc].code && !strncmp(e->source.code, c->men[fsrc].code, 3)))
                        continue;
                    pm.kind = KBL_GROUP;
                    pm.code = e->source.code, pm.name = e->source.name, pm.country = e->source.country;
                    pm.group = -1;
                }
                /* ... or the captors the sentence names ("freed five of the seven teachers
                 * kidnapped by Anglophone separatists") */
                for (int j = v->e; !pm.code && j + 2 < c->nt && j < v->e + 8; j++) {
                    int m = live_mention_at(c, j + 2);
                    if (is_any(&c->tok[j], CAPTIVES) && is(&c->tok[j + 1], "by") && m >= 0 &&
                        !(c->men[fsrc].country && c->men[m].country && !strcmp(c->men[fsrc].country, c->men[m].country) &&
                          state_organ(c->men[m].role ? c->men[m].role : "")))
                        pm = c->men[m];
                }
                size_t before0 = c->nev;
                for (int k = 0; pm.code && k < c->nm; k++)
                    if (!c->men[k].dead && c->men[k].group == fsrc) emit(c, sent, ss, se, v, "190", &c->men[k], &pm, hist);
                v->done = c->nev > before0 ? 1 : -1;
                continue;
            }
        }
        /* "the country would soon be free of Naxalism": an adjective, no release */
        if (!strncmp(p->code, "084", 3) && is(&c->tok[v->s], "free") && v->e < c->nt && is(&c->tok[v->e], "of")) {
            v->done = -1;
            continue;
        }
        /* "condemned the strikes as American aggression": the culprit the words name */
        if (root0 == 11 && ftgt < 0 && fsrc >= 0)
            for (int j = v->e; j + 1 < c->nt && j < v->e + 8; j++) {
                if (is(&c->tok[j], ";") || is(&c->tok[j], ",")) break;
                if (!is(&c->tok[j], "as")) {
                    if (is_any(&c->tok[j], STOP_RIGHT)) break;
                    continue;
                }
                int q = j + 1;
                while (q < c->nt && is_any(&c->tok[q], DETS)) q++;
                int m = q < c->nt ? live_mention_at(c, q) : -1;
                if (m >= 0 && c->men[m].country && c->men[m].group != c->men[fsrc].group) ftgt = c->men[m].group;
                break;
            }
        /* "X violated the ceasefire ..., prompting Indian soldiers to retaliate": a truce is
         * broken against its other party, the one other state of the sentence */
        if (!strcmp(final_code, "196") && ftgt < 0 && fsrc >= 0 && c->men[fsrc].country) {
            int other = -1, n = 0;
            for (int k = 0; k < c->nm; k++) {
                const mention *x = &c->men[k];
                if (x->dead || !x->country || !strncmp(x->country, c->men[fsrc].country, 3)) continue;
                if (other < 0 || strncmp(c->men[other].country, x->country, 3)) n++;
                if (other < 0) other = k;
            }
            if (n == 1) ftgt = c->men[other].group;
        }
        /* a force's posture to come ("the army said it would deploy more troops along the
         * Rusizi"): a threat to a state it names, else a plan and no event */
        if (intent && root0 == 15 && (ftgt < 0 || !c->men[ftgt].country)) {
            v->done = -1;
            continue;
        }
        size_t before = c->nev;
        /* a claim of responsibility: the claimed act is the claimer's too, on the same target */
        int claim_tgt = -1;
        if ((p->flags & KBL_P_CLAIM) && fsrc >= 0) {
            /* (a claim in the passive names its act as its subject: the target is that act's, not a
             * state its agent's apposition names, "claimed by AQAP, the group's Yemen-based branch") */
            if (v->passive) ftgt = -1;
            claim_tgt = ftgt >= 0 && carrier_of_statement(c, ftgt, v->e) ? -1 : ftgt;
            /* (in the claimer's account after ", saying" only a state is the claimed act's target:
             * "saying its fighters had targeted Chinese infidels", not "had punished a unit that
             * had harassed farmers") */
            int account = 0;
            for (int j = v->e; claim_tgt >= 0 && j < c->men[claim_tgt].s; j++)
                if (opens_account(c, j) && !c->men[claim_tgt].country) claim_tgt = -1;
            for (int j = v->e; !v->passive && j < c->nt && j < v->e + 25 && claim_tgt < 0; j++) {
                /* (a clause of its own ends the claim: ", and its spokesman said the workers had
                 * been spies of the Indonesian military") */
                if (is(&c->tok[j], ";") || (is(&c->tok[j], ",") && j + 1 < c->nt && is(&c->tok[j + 1], "and")) ||
                    (c->tok[j].verb >= 0 && (c->vm[c->tok[j].verb].p->flags & KBL_P_SAY)))
                    break;
                account |= opens_account(c, j);
                int m = live_mention_at(c, j);
                if (account && m >= 0 && !c->men[m].country) continue;
                /* a state that only places the act ("towns close to the border with Senegal",
                 * "near Iraq") is not its target */
                int k = j - 1;
                if (m >= 0 && c->men[m].s == j && k > v->e && (near_border_with(c, j) || is(&c->tok[k], "near"))) {
                    j = group_end(c, m) - 1;
                    continue;
                }
                if (m >= 0 && c->men[m].s == j && (carrier_of_statement(c, m, v->e) || means_phrase(c, j))) {
                    j = group_end(c, m) - 1;
                    continue;
                }
                /* (the claimer's own fighters are not its target: "saying its fighters had ...") */
                if (m >= 0 && c->men[m].code && strcmp(c->men[m].code, c->men[fsrc].code) &&
                    (c->men[m].country || c->men[m].kind == KBL_GROUP) &&
                    (c->men[m].country || !c->men[fsrc].code || strncmp(c->men[m].code, c->men[fsrc].code, 3)))
                    claim_tgt = c->men[m].group;
            }
            ftgt = claim_tgt;
        }
        /* "The group said it had carried out the attack": a non-state armed group's word on its
         * own violence is a claim of responsibility (015) beside the act */
        int said_claim = 0;
        if (!intent && !hist && !nominal && root0 >= 18 && fsrc == src && src >= 0 && c->men[src].code &&
            !(p->flags & KBL_P_CLAIM))
            for (int u = vi - 1; u >= 0; u--) {
                const vmatch *w = &c->vm[u];
                if (!(w->p->flags & KBL_P_SAY)) continue;
                if (is(&c->tok[w->s], "according")) break; /* "according to military intelligence" */
                const mention *sayer = w->src >= 0 ? &c->men[w->src] : NULL;
                /* the group itself, or its spokesman or commander ("Houthi military spokesman
                 * Yahya Saree said the group had targeted the ship") */
                said_claim = sayer && sayer->code && !sayer->country && memcmp(sayer->code, "---", 3) &&
                             (sayer->kind == KBL_GROUP || sayer->home || c->men[src].kind == KBL_GROUP) &&
                             !c->men[src].country && !strncmp(sayer->code, c->men[src].code, 3);
                break;
            }
        /* "X claimed responsibility for the attack" naming no target: the article's last attack by
         * no one named is X's ("A bomb killed nine soldiers ... The TTP claimed the attack") */
        if (((p->flags & KBL_P_CLAIM) && fsrc >= 0 && claim_tgt < 0) || (said_claim && ftgt < 0)) {
            mention pm;
            const char *pcode = NULL;
            memset(&pm, 0, sizeof pm);
            /* (its own attack told before comes first: "ISWAP attacked a base ... ISWAP claimed
             * the raid", even when unnamed killings were told in between) */
            int own = 0;
            for (int pass = 0; pass < 2 && !pcode; pass++)
            for (size_t q = c->nev; q-- > 0 && !pcode;) {
                const kb_event *e = &c->ev[q];
                int mine = e->source.code && memcmp(e->source.code, "---", 3);
                if (e->sentence >= (size_t)sent || e->historical || !e->target.code ||
                    (mine && (!c->men[fsrc].code || strncmp(e->source.code, c->men[fsrc].code, 3))) ||
                    (pass == 0 && !mine) ||
                    !((e->root[0] == '1' && e->root[1] >= '8') || e->root[0] == '2'))
                    continue;
                /* (not a bare state force's answer: "Troops killed three of the attackers") */
                if (!mine && e->source.code && strlen(e->source.code) == 6 && state_organ(e->source.code + 3)) continue;
                pcode = e->code;
                own = mine;
                pm.kind = KBL_STATE;
                pm.code = e->target.code, pm.name = e->target.name, pm.country = e->target.country;
                pm.role = strlen(pm.code) == 6 ? pm.code + 3 : NULL; /* (an armed group's victims are at its home) */
            }
            /* the claim keeps the act it names ("said it had carried out the bombing") */
            if (said_claim && pcode) pcode = final_code;
            /* (the unnamed attack told before folds into the claimed one: kb_fold_restated) */
            for (int k = 0; pcode && k < c->nm; k++) {
                if (c->men[k].dead || c->men[k].group != fsrc) continue;
                emit(c, sent, ss, se, v, said_claim ? "015" : final_code, &c->men[k], &pm, hist);
                if (!own) emit(c, sent, ss, se, v, pcode, &c->men[k], &pm, hist);
            }
            /* victims with no country yet take it as the attack's did (code_spans) */
            for (size_t q = before; q < c->nev; q++)
                if (!pm.country && !memcmp(pm.code, "---", 3)) c->ev[q].target_inferred = 1;
            if (pcode) {
                v->done = c->nev > before ? 1 : -1;
                continue;
            }
            /* ... and with no attack told before, the act the claim names, on no one named yet
             * ("claimed responsibility for Monday's improvised explosive device attack": the
             * enrichment's place gives it a country) */
            if ((p->flags & KBL_P_CLAIM) && !said_claim) {
                static const char *const BOMB[] = {"bomb", "bombing", "blast", "explosion", "explosive", "ied",
                                                   "suicide", "car-bomb", NULL};
                static const char *const TAKE[] = {"kidnapping", "abduction", "hijacking", "hostage", NULL};
                static const char *const HIT[] = {"attack", "attacks", "raid", "raids", "ambush", "assault",
                                                  "killing", "killings", "massacre", NULL};
                const char *act = NULL;
                for (int j = v->s; j < c->nt && j < v->e + 10 && !act; j++) {
                    if (is(&c->tok[j], ";") || is(&c->tok[j], ",")) break;
                    if (is_any(&c->tok[j], BOMB)) act = "183";
                    else if (is_any(&c->tok[j], TAKE)) act = "181";
                    else if (is_any(&c->tok[j], HIT)) act = "190";
                }
                for (int j = v->s; act && !strcmp(act, "190") && j < c->nt && j < v->e + 10; j++) {
                    if (is(&c->tok[j], ";") || is(&c->tok[j], ",")) break;
                    if (is_any(&c->tok[j], BOMB)) act = "183"; /* "explosive device attack" */
                }
                if (act) {
                    for (int k = 0; k < c->nm; k++)
                        if (!c->men[k].dead && c->men[k].group == fsrc) {
                            emit(c, sent, ss, se, v, final_code, &c->men[k], NULL, hist);
                            emit(c, sent, ss, se, v, act, &c->men[k], NULL, hist);
                        }
                    v->done = c->nev > before ? 1 : -1;
                    continue;
                }
            }
        }
        /* "militants fired rockets at Israel from Gaza": unnamed attackers are of the state
         * their attack came from */
        if (root0 >= 18 && root0 <= 20 && fsrc >= 0 && !c->men[fsrc].country && c->men[fsrc].role &&
            c->men[fsrc].code && !memcmp(c->men[fsrc].code, "---", 3))
            for (int j = v->e; j + 1 < c->nt && j < v->e + 14; j++) {
                const tokinfo *t = &c->tok[j];
                if (is(t, ";") || is(t, ".") || (is(t, ",") && j > v->e + 1) || is_any(t, STOP_RIGHT)) break;
                if (!is(t, "from")) continue;
                int q = j + 1;
                while (q < c->nt && is_any(&c->tok[q], DETS)) q++;
                int m = q < c->nt ? live_mention_at(c, q) : -1;
                /* (not a state's adjective of a thing the victims were taken from: "kidnapped 15
                 * sailors from a Turkish ship"; "from Lebanese territory" is the state's ground) */
                static const char *const GROUND[] = {"territory", "soil", "side", "waters", "airspace", NULL};
                int e = m >= 0 ? c->men[m].e : 0;
                if (m >= 0 && e < c->nt && c->tok[e].kind == KBL_T_WORD && !c->tok[e].cap &&
                    !is_any(&c->tok[e], PREPS) && !is_any(&c->tok[e], GROUND) && !is(&c->tok[e], "and"))
                    m = -1;
                if (m >= 0 && c->men[m].country && c->men[m].kind == KBL_STATE && !c->men[m].role &&
                    (ftgt < 0 || c->men[m].group != ftgt)) {
                    mention *x = &c->men[fsrc];
                    x->country = c->men[m].country;
                    x->code = arena_cat(c, c->men[m].country, x->role);
                    x->kind = KBL_STATE;
                }
                break;
            }
        /* "rejected the appeal": whose, the article says (answered_targets) */
        /* ... and a bare organ's denial: the article's clear state's, if it has one */
        int bare = fsrc >= 0 && !c->men[fsrc].country && c->men[fsrc].role && state_organ(c->men[fsrc].role);
        c->pending = ftgt < 0 && ((!memcmp(final_code, "12", 2) && answers_words(c, v)) || (bare && !strcmp(final_code, "016")));
        emit_groups(c, sent, ss, se, v, final_code, fsrc, ftgt, hist);
        c->pending = 0;
        /* "Qatari-mediated talks between X and Y": the mediator's act to each party (045) */
        const mention *med = NULL; /* (the compound killed the adjective as a mention: "Qatari-") */
        for (int k = 0; k < c->nm && v->s >= 3 && !med; k++)
            if (c->men[k].e == v->s - 2 && c->men[k].code && c->men[k].country) med = &c->men[k];
        if (med && nominal && root0 == 4 && (p->flags & KBL_P_MUTUAL) && is(&c->tok[v->s - 1], "mediated") &&
            is(&c->tok[v->s - 2], "-") && c->nev > before) {
            size_t end = c->nev;
            for (size_t q = before; q < end; q++) {
                mention party = {0};
                party.code = c->ev[q].source.code;
                party.name = c->ev[q].source.name;
                party.country = c->ev[q].source.country;
                party.kind = KBL_STATE;
                const kb_event *dup = NULL;
                for (size_t r = end; r < c->nev && !dup; r++)
                    if (c->ev[r].target.code && party.code && !strcmp(c->ev[r].target.code, party.code)) dup = &c->ev[r];
                if (!dup && party.code && med->code && strcmp(med->code, party.code))
                    emit(c, sent, ss, se, v, "045", med, &party, hist);
            }
        }
        /* "talks between X and Y collapsed": the talks ended, halted by both (164) */
        if (nominal && root0 == 4 && (p->flags & KBL_P_MUTUAL)) {
            static const char *const ENDED[] = {"collapsed", "collapse", "collapses", "stalled", "broke", NULL};
            for (int j = v->e; j < c->nt && j < v->e + 10; j++) {
                const tokinfo *t = &c->tok[j];
                if ((t->kind == KBL_T_PUNCT && !is(t, "-")) || is_any(t, STOP_RIGHT)) break;
                if (is_any(t, ENDED) && (!is(t, "broke") || (j + 1 < c->nt && is(&c->tok[j + 1], "down")))) {
                    const kbl_cameo *halt = kbl_cameo_get(c->lx, "164");
                    for (size_t q = before; halt && q < c->nev; q++) set_code(&c->ev[q], halt);
                    break;
                }
            }
        }
        if (self_tgt)
            for (size_t q = before; q < c->nev; q++) {
                kb_event *e = &c->ev[q];
                if (!e->target.code && e->source.country && e->source.code &&
                    strcmp(e->source.code, e->source.country)) {
                    e->target.code = e->target.name = e->target.country = e->source.country;
                }
            }
        if (place_tgt >= 0) emit_groups(c, sent, ss, se, v, final_code, fsrc, place_tgt, hist);
        if ((p->flags & KBL_P_CLAIM) && fsrc >= 0 && claim_tgt >= 0)
            emit_groups(c, sent, ss, se, v, "190", fsrc, claim_tgt, hist);
        if (said_claim) emit_groups(c, sent, ss, se, v, "015", fsrc, ftgt, hist);
        v->done = c->nev > before ? 1 : -1;
    }
    /* "demanded that Uganda release the prisoners": a plain demand or appeal says for what by
     * the first act of its content */
    for (int vi = 0; vi < c->nv; vi++) {
        const vmatch *w = &c->vm[vi];
        if (w->done != 1 || !w->p->code || (strcmp(w->p->code, "100") && strcmp(w->p->code, "020"))) continue;
        if (w->e >= c->nt || !is(&c->tok[w->e], "that")) continue;
        for (int u = vi + 1; u < c->nv; u++) {
            const vmatch *x = &c->vm[u];
            if (x->s > w->e + 8) break;
            if (!x->p->code || (x->p->flags & (KBL_P_SAY | KBL_P_INTENT | KBL_P_ASPECT))) continue;
            recode(c, sent, w, appeal_for(root_of(w->p->code), x->p->code));
            break;
        }
    }
    /* drop events replaced by an intent ("threatened to attack": the threat is the intent) */
    {
        size_t w = 0;
        for (size_t i = 0; i < c->nev; i++) {
            kb_event *e = &c->ev[i];
            int drop = 0;
            if (e->sentence == (size_t)sent)
                for (int vi = 0; vi < c->nv; vi++)
                    if (c->vm[vi].done == -2 && e->verb_start == c->tok[c->vm[vi].s].s) drop = 1;
            if (!drop) c->ev[w++] = *e;
        }
        c->nev = w;
    }
    denied_charge(c, sent, ss, se);
    illegal_charge(c, sent, ss, se);
    fold_sentence(c, sent, targetless_absorbed);
    fold_sentence(c, sent, state_target_absorbed);
    fold_sentence(c, sent, group_target_absorbed);
    fold_sentence(c, sent, rescue_absorbed);
    fold_sentence(c, sent, elaboration_absorbed);
    fold_sentence(c, sent, doerless_absorbed);
    fold_sentence(c, sent, water_cannon_absorbed);
    fold_sentence(c, sent, conjoined_absorbed);
    fold_sentence(c, sent, verdict_absorbed);
unnamed:
    seized_towns(c, sent, ss, se);
    agentless(c, sent, ss, se);
    agentless_custody(c, sent, ss, se);
    court_ordered_held(c, sent, ss, se);
    terms_of_deal(c, sent);
    relative_claim(c, sent, ss, se);
remember_all:
    /* a host receives a visit: "Gnassingbe received an ECOWAS delegation" is also the
     * delegation's visit (042), unless host and guest are of one state */
    for (int vi = 0; vi < c->nv; vi++) {
        vmatch *w = &c->vm[vi];
        if (w->done != 1 || !w->p->code || strncmp(w->p->code, "043", 3) || w->src < 0 || w->tgt < 0) continue;
        const mention *hs = &c->men[w->src], *gt = &c->men[w->tgt];
        const char *hc = hs->country ? hs->country : hs->code, *gc = gt->country ? gt->country : gt->code;
        int found = 0;
        for (size_t k = sentence_first(c, sent); k < c->nev && !found; k++)
            found = !strncmp(c->ev[k].code, "043", 3) && c->ev[k].source.code && hs->code &&
                    !strcmp(c->ev[k].source.code, hs->code);
        /* (hosting talks between others is no visit of theirs: "Qatar is hosting talks between
         * Congo and Rwanda") */
        static const char *const MEETING[] = {"talks", "meeting", "meetings", "summit", "negotiations", "conference",
                                              "between", NULL};
        for (int j = w->s; j < w->e + 3 && j < c->nt && found; j++)
            if (is_any(&c->tok[j], MEETING)) found = 0;
        /* (a guest who travels: a person, a body, an office or a delegation, not a bare state
         * name: "host Ireland in Cardiff" is a match) */
        int traveller = gt->kind == KBL_PERSON || gt->kind == KBL_IGO || gt->titled || gt->role;
        for (int j = gt->e; j < gt->e + 2 && j < c->nt && !traveller; j++)
            traveller = is(&c->tok[j], "delegation") || is(&c->tok[j], "delegations");
        if (found && traveller && hc && gc && strncmp(hc, gc, 3) && memcmp(gc, "---", 3))
            emit(c, sent, ss, se, w, "042", gt, hs, 0);
    }
    int says_stmt = 0; /* (the sentence tells of a statement: "said in a statement") */
    for (int j = 0; j < c->nt && !says_stmt; j++)
        says_stmt = (c->tok[j].low[0] == 's' && is(&c->tok[j], "statement")) ||
                    (c->tok[j].low[0] == 'c' && is(&c->tok[j], "communique"));
    for (int vi = 0; vi < c->nv; vi++) {
        const vmatch *w = &c->vm[vi];
        const mention *sm = w->src >= 0 ? &c->men[w->src] : NULL;
        if ((w->p->flags & KBL_P_SAY) && sm && sm->code && memcmp(sm->code, "---", 3) && sm->kind != KBL_PERSON &&
            !sm->titled) {
            c->sayer = (kb_actor){sm->code, sm->name, sm->country};
            c->has_sayer = 1;
            c->sayer_sent = c->cur_sent;
        }
        /* ("claimed the attack in a statement sent to journalists", "said in a statement", "In a
         * statement sent to the daily Corse-Matin, the clandestine organisation said") */
        for (int j = 0; says_stmt && sm && sm->code && memcmp(sm->code, "---", 3) && sm->kind != KBL_PERSON &&
                        j < c->nt && j < w->e + 8;
             j++)
            if (is(&c->tok[j], "statement") || is(&c->tok[j], "communique")) {
                c->stmt = (kb_actor){sm->code, sm->name, sm->country};
                c->stmt_sent = sent;
                break;
            }
    }
    /* (... or, when no saying names its speaker, the doer of the sentence's first act: "In a
     * statement ..., the clandestine organisation said it had targeted speculators") */
    for (size_t q = c->nev; says_stmt && c->stmt_sent != sent && q-- > 0 && c->ev[q].sentence == (size_t)sent;)
        if (c->ev[q].source.code && memcmp(c->ev[q].source.code, "---", 3)) {
            c->stmt = c->ev[q].source; /* (the earliest wins) */
            c->stmt_sent = sent;
        }
    {
        int g = sentence_subject(c, c->nt);
        const mention *gm = g >= 0 ? &c->men[g] : NULL;
        if (gm && !gm->dead && !gm->pronoun && gm->kind != KBL_PERSON && (gm->kind == KBL_GROUP || !gm->plural)) {
            c->subj = (kb_actor){gm->code, gm->name, gm->country};
            c->subj_sent = sent;
        }
    }
    for (int vi = 0; vi < c->nv; vi++) {
        const vmatch *w = &c->vm[vi];
        const mention *sm = w->src >= 0 ? &c->men[w->src] : NULL;
        if (w->done != 1 || !sm) continue;
        /* (a body's proper name is one, whatever its words: "the Korean People's Army") */
        int one = !sm->plural || ((sm->kind == KBL_GROUP || sm->kind == KBL_IGO) && sm->e > sm->s && c->tok[sm->e - 1].cap);
        if (sm->s < w->s && sm->code && memcmp(sm->code, "---", 3) && sm->kind != KBL_PERSON && !sm->titled && one) {
            c->lead = (kb_actor){sm->code, sm->name, sm->country};
            c->lead_sent = sent;
        }
        /* (... and a body its act's event gave a state: "the general staff of North Korea's army
         * accused Seoul ..., saying South Korean troops had fired": not the later clause's) */
        if (sm->s < w->s && sm->code && !memcmp(sm->code, "---", 3) && !sm->titled && one)
            for (size_t q = c->nev; q-- > 0 && c->ev[q].sentence == (size_t)sent;)
                if (c->ev[q].verb_start == c->tok[w->s].s && c->ev[q].source.code && c->ev[q].source.country) {
                    c->lead = c->ev[q].source;
                    c->lead_sent = sent;
                    break;
                }
        if (sm->s < w->s && sm->country) {
            c->lead_country = sm->country;
            c->lead_csent = sent;
        }
        /* (a plural body opening the sentence, as its act's event named it: "The marines
         * detained ...", the Bahamas' by then) */
        if (sm->s <= 1 && sm->s < w->s && sm->plural && !one && sm->kind != KBL_PERSON && !sm->pronoun)
            for (size_t q = c->nev; q-- > 0 && c->ev[q].sentence == (size_t)sent;)
                if (c->ev[q].verb_start == c->tok[w->s].s && c->ev[q].source.code &&
                    memcmp(c->ev[q].source.code, "---", 3)) {
                    c->psubj = c->ev[q].source;
                    c->psubj_sent = sent;
                    break;
                }
        break;
    }
    /* (the titled holder: the first act's source that is one, "Speaking at a press conference,
     * opposition leader Matthew Wale demanded ...") */
    for (int vi = 0; vi < c->nv; vi++) {
        const vmatch *w = &c->vm[vi];
        const mention *sm = w->src >= 0 ? &c->men[w->src] : NULL;
        if (w->done != 1 || !sm) continue;
        if (sm->s < w->s && sm->titled == 1 && sm->code && sm->kind != KBL_PERSON) {
            c->lead_t = (kb_actor){sm->code, sm->name, sm->country};
            c->lead_tsent = sent;
            break;
        }
    }
    /* (one person named by a state's adjective and a noun: "detained an Estonian fisherman", "The
     * Estonian fisherman who was detained") */
    for (int k = 0; k < c->nm; k++) {
        const mention *o = &c->men[k];
        /* (past an ordinal: "the body of a third Moroccan man") */
        int d = o->s - (o->s >= 2 && is_any(&c->tok[o->s - 1], ORDINAL) ? 2 : 1);
        if (o->dead || o->pronoun || !o->country || !o->code || o->kind == KBL_PERSON || o->plural || o->s == 0 ||
            !(is(&c->tok[d], "a") || is(&c->tok[d], "an") || is(&c->tok[d], "the")) ||
            !((state_like(o) && o->e < c->nt && is_any(&c->tok[o->e], LONE)) || is_any(&c->tok[o->e - 1], LONE)))
            continue;
        c->lone = (kb_actor){o->code, o->name, o->country};
        c->lone_sent = sent;
    }
    for (int j = 0; j < c->nt; j++) {
        int a, b;
        if (is(&c->tok[j], "between") && between_pair(c, j, c->nt, &a, &b)) {
            c->pair[0] = (kb_actor){c->men[a].code, c->men[a].name, c->men[a].country};
            c->pair[1] = (kb_actor){c->men[b].code, c->men[b].name, c->men[b].country};
            c->has_pair = 1;
            /* a mediation between the two is the mediator's with each ("mediated talks ...
             * between the Thai government's panel and a delegation of the BRN") */
            for (int vi = 0; vi < c->nv; vi++) {
                vmatch *w = &c->vm[vi];
                if (w->done != 1 || !w->p->code || strcmp(w->p->code, "045") || w->src < 0 || w->e > j) continue;
                for (int side = 0; side < 2; side++)
                    emit(c, sent, ss, se, w, "045", &c->men[w->src], &c->men[side ? b : a], 0);
            }
        }
    }
    /* ("X and his Syrian counterpart Y met in Jeddah. The two ministers signed": a joint act's
     * parties are the pair the next sentences go on with) */
    {
        mention pa, pb;
        if (sentence_parties(c, sent, &pa, &pb)) {
            c->pair[0] = (kb_actor){pa.code, pa.name, pa.country};
            c->pair[1] = (kb_actor){pb.code, pb.name, pb.country};
            c->has_pair = 1;
        }
    }
    for (int k = 0; k < c->nm; k++) {
        mention *m = &c->men[k];
        /* ("the militants", "the group": the group they name stays the article's last, when the
         * name itself went into a longer phrase) */
        if (!m->dead && m->pronoun && m->kind == KBL_GROUP) {
            kb_actor keep = c->mem.any;
            int had = c->mem.has_any, t_any = c->mem.t_any;
            remember(&c->mem, m, c->cur_sent);
            c->mem.any = keep, c->mem.has_any = had, c->mem.t_any = t_any;
        }
        /* ("Morales denied ... He accused": a person named again by the surname is the last
         * person named, for "he") */
        if (!m->dead && m->pronoun && m->titled && m->kind == KBL_PERSON) {
            remember(&c->mem, m, c->cur_sent);
            continue;
        }
        if (m->dead || m->pronoun) continue;
        /* ("JNIM, al-Qaeda's affiliate in the Sahel, claimed ...": the parent named in an
         * apposition is not "the group" the article goes on with) */
        static const char *const OFFSHOOT[] = {"affiliate", "branch", "wing", "offshoot", "franchise", "ally",
                                               "arm", "proxy", NULL};
        if (m->kind == KBL_GROUP && m->e + 1 < c->nt && is(&c->tok[m->e], "'s") && is_any(&c->tok[m->e + 1], OFFSHOOT))
            continue;
        /* (... nor the one a describing apposition names as its origin: "the Comandos de la
         * Frontera, a group formed by former FARC fighters, ...") */
        if (m->kind == KBL_GROUP && described_origin(c, m)) continue;
        /* (... nor a kind an indefinite article names: "The NPA has waged a Maoist insurgency") */
        if (m->kind == KBL_GROUP && m->s > 0 && (is(&c->tok[m->s - 1], "a") || is(&c->tok[m->s - 1], "an"))) continue;
        remember(&c->mem, m, c->cur_sent);
        /* ("detained four Liberian farmers ... accused the four of farming illegally") */
        int w = m->s > 0 && m->country && m->code && m->plural ? count_word(&c->tok[m->s - 1]) : -1;
        if (w >= 0) c->tally[w] = (kb_actor){m->code, m->name, m->country};
        /* (a group's, a person's or a body's name is no place: "Los Lobos", "the Wagner group") */
        /* (... a person's, whatever state he serves: "since To Lam visited Beijing" is no Los
         * Alamos, whose other names include "Lam") */
        if ((((m->kind == KBL_GROUP || m->kind == KBL_IGO) && !m->country) || m->kind == KBL_PERSON) && m->e > m->s) {
            if (c->naspan == c->cap_aspan) {
                size_t nc = c->cap_aspan ? 2 * c->cap_aspan : 32;
                kb_span *na = realloc(c->aspan, nc * sizeof *na);
                if (na) c->aspan = na, c->cap_aspan = nc;
            }
            if (c->naspan < c->cap_aspan) {
                c->aspan[c->naspan].start = c->tok[m->s].s;
                c->aspan[c->naspan++].end = c->tok[m->e - 1].e;
            }
        }
        static const char *const HEAD_ROLES[] = {"MIL", "COP", "SPY", "CVL", "REF", "LAB", "AGR", "REL", "EDU",
                                                 "MED", "SET", "BUS", "OPP", NULL};
        /* (and a state's embassy: "the Belarusian embassy ... the embassy's charge d'affaires"; and
         * its local seat of government: "the prefecture of French Guiana said ... The prefecture
         * said") */
        static const char *const SEATS[] = {"prefecture", "governorate", "municipality", NULL};
        /* (and a state's police or army force the lexicon names whole: "Guyana Police Force ranks
         * opened fire ... the force said") */
        if (!m->role && m->country && m->kind == KBL_STATE && !m->pronoun && m->code && strlen(m->code) == 6 &&
            (!strcmp(m->code + 3, "COP") || !strcmp(m->code + 3, "MIL")) && is(&c->tok[m->e - 1], "force"))
            remember_head(c, "force", m->code + 3, m->country);
        /* (and the men its name opened with: "Soldiers of the Uganda People's Defence Forces
         * (UPDF) opened fire ... The soldiers also arrested 11 traders") */
        if (m->country && m->kind != KBL_PERSON && m->kind != KBL_IGO && !m->pronoun && m->code &&
            strlen(m->code) == 6 && (!strcmp(m->code + 3, "COP") || !strcmp(m->code + 3, "MIL")) && m->e - m->s >= 3 &&
            is_any(&c->tok[m->s], MEN_OF_WORDS) && is(&c->tok[m->s + 1], "of") && is(&c->tok[m->s + 2], "the"))
            remember_head(c, c->tok[m->s].low, m->code + 3, m->country);
        /* (... a state's organ named with its possessive: "Agents of Panama's National Border
         * Service (SENAFRONT) opened fire ... The agents also detained") */
        if (m->country && m->kind != KBL_PERSON && m->kind != KBL_IGO && !m->pronoun && m->code &&
            strlen(m->code) == 6 && (!strcmp(m->code + 3, "COP") || !strcmp(m->code + 3, "MIL"))) {
            int j = m->s - 1;
            while (j > 1 && m->s - j < 6 &&
                   (is(&c->tok[j], "'s") || (c->tok[j].cap && c->tok[j].kind == KBL_T_WORD &&
                                             (c->tok[j].men < 0 || !c->men[c->tok[j].men].country ||
                                              !strcmp(c->men[c->tok[j].men].country, m->country)))))
                j--;
            if (j >= 1 && j < m->s - 1 && is(&c->tok[j], "of") && is_any(&c->tok[j - 1], MEN_OF_WORDS))
                remember_head(c, c->tok[j - 1].low, m->code + 3, m->country);
        }
        /* (and its men, of a gendarmerie the lexicon names whole: "the Gendarmería ... the
         * gendarmes") */
        if (!m->role && m->country && m->kind == KBL_STATE && !m->pronoun && m->code && strlen(m->code) == 6 &&
            !strcmp(m->code + 3, "COP") && !strncmp(c->tok[m->e - 1].low, "gendarmer", 9)) {
            remember_head(c, "gendarmes", "COP", m->country);
            remember_head(c, "gendarme", "COP", m->country);
        }
        if (m->role && m->country && m->kind == KBL_STATE && !m->pronoun && !strcmp(m->role, "GOV"))
            for (int q = m->s; q < m->e; q++)
                if (is_any(&c->tok[q], SEATS)) remember_head(c, c->tok[q].low, m->role, m->country);
        /* (and a state's prosecutor or court by its word: "the Nice prosecutor's office ... the
         * prosecutor charged") */
        static const char *const BENCH[] = {"prosecutor", "prosecutors", "court", NULL};
        if (m->country && m->kind != KBL_PERSON && !m->pronoun && role_of(m) && !strcmp(role_of(m), "JUD"))
            for (int q = m->s; q < m->e; q++)
                if (is_any(&c->tok[q], BENCH)) remember_head(c, c->tok[q].low, "JUD", m->country);
        if (m->role && m->country && m->kind == KBL_STATE && !m->pronoun &&
            (str_in(m->role, HEAD_ROLES) || (!strcmp(m->role, "GOV") && is_any(&c->tok[m->e - 1], EMBASSY)))) {
            remember_head(c, c->tok[m->e - 1].low, m->role, m->country);
            /* (... and the service a member of it was named by: "a Guatemalan navy sailor ...
             * The navy handed the skiff back") */
            static const char *const SERVICE[] = {"navy", "army", "police", "military", "gendarmerie", NULL};
            for (int q = m->s; q + 1 < m->e; q++)
                if (is_any(&c->tok[q], SERVICE)) remember_head_(c, c->tok[q].low, m->role, m->country, NULL, 1);
            /* (... and a service of two words a member was named by, as its own name: "Kuwaiti
             * coast guard officers ... The coast guard also detained") */
            char two[16];
            for (int q = m->s; q + 2 < m->e; q++)
                if (service_pair(c, q, two, sizeof two)) remember_head(c, two, m->role, m->country);
        }
        /* (and a breakaway authority's or a group's own force: "Abkhaz border guards ... the
         * border guards") */
        if (m->role && !m->country && m->kind == KBL_GROUP && !m->pronoun && m->code && strlen(m->code) == 3 &&
            (!strcmp(m->role, "MIL") || !strcmp(m->role, "COP")) && m->e - m->s >= 2)
            remember_head_(c, c->tok[m->e - 1].low, m->role, NULL, m->code, 0);
        /* (and a state's ministry, whatever its name: "the Taliban's Ministry of Refugees and
         * Repatriation ... The ministry called on Tehran") */
        /* (not one that only names a person's post: "Russian foreign ministry spokeswoman Maria
         * Zakharova" leaves "the ministry" to the one that acted) */
        static const char *const ITS_PERSON[] = {"spokesman", "spokeswoman", "spokesperson", "official",
                                                 "officials", "minister", NULL};
        if (m->role && m->country && !m->pronoun && !strcmp(m->role, "GOV") && m->kind != KBL_PERSON &&
            !is_any(&c->tok[m->e - 1], ITS_PERSON))
            for (int q = m->s; q < m->e; q++)
                if (is(&c->tok[q], "ministry")) {
                    remember_head(c, "ministry", m->role, m->country);
                    /* (and by its portfolio: "defence:m") */
                    if (q > m->s && c->tok[q - 1].kind == KBL_T_WORD) {
                        char key[16];
                        snprintf(key, sizeof key, "%.13s:m", c->tok[q - 1].low);
                        remember_head(c, key, m->role, m->country);
                    }
                    break;
                }
        /* "Foreign Minister Nasser Bourita ... the minister's remarks": a person named with a
         * title is "the <title>" later in the article */
        if ((m->kind == KBL_PERSON || m->titled) && m->country && m->code && strlen(m->code) == 6)
            for (int q = m->e - 1; q-- > (m->s > 0 ? m->s - 1 : 0);)
                if (is_any(&c->tok[q], PERSON_TITLES)) {
                    remember_head(c, c->tok[q].low, m->code + 3, m->country);
                    break;
                }
        if (m->role && m->country && kin_role(m->role)) {
            int q = 0;
            while (q < c->nkin && strcmp(c->kin[q].role, m->role)) q++;
            if (q < (int)(sizeof c->kin / sizeof *c->kin)) {
                c->kin[q].role = m->role;
                c->kin[q].country = m->country;
                if (q == c->nkin) c->nkin++;
            }
        }
        if (m->kind == KBL_PERSON && m->e - m->s >= 2 && c->tok[m->e - 1].cap) remember_surname(c, m);
        int known = 0;
        for (int q = 0; q < c->nhomes && !known; q++) known = !strcmp(c->homes[q].code, m->code ? m->code : "");
        if (m->home && m->code && !known && c->nhomes < (int)(sizeof c->homes / sizeof *c->homes)) {
            c->homes[c->nhomes].code = m->code;
            c->homes[c->nhomes++].home = m->home;
        }
        const char *mc = m->country ? m->country : m->home;
        /* (a group's home is no state named while the places tell the country: Boko Haram raids
         * Chad, Islamic State fights in Mozambique) */
        if (!m->country && c->hint >= 0) mc = NULL;
        /* (a state's office holder named by the lexicon counts for it: "President Jose Antonio
         * Kast condemned ... The interior minister blamed") */
        int officer = m->kind == KBL_PERSON && !m->pronoun && m->code && strlen(m->code) == 6 &&
                      !strcmp(m->code + 3, "GOV");
        if (mc && (m->kind != KBL_PERSON || officer) && !(m->kind == KBL_AGENT)) {
            int f = count_state(c, mc);
            if (c->hint >= 0 && f != c->hint) {
                c->scount[c->hint] -= 3;
                c->hint = -1;
            }
        }
    }
}

/* ------------------------------------------------------------ sentences and documents */

size_t kbe_split_sentences(const char *text, size_t len, kb_span *out, size_t cap)
{
    size_t n = 0, s = 0;
    while (s < len && n < cap) {
        while (s < len && (text[s] == ' ' || text[s] == '\n' || text[s] == '\t' || text[s] == '\r')) s++;
        if (s >= len) break;
        size_t i = s, end = len;
        for (; i < len; i++) {
            char ch = text[i];
            if (ch == '\n') {
                end = i;
                break;
            }
            if (ch == '.' || ch == '!' || ch == '?') {
                size_t j = i + 1;
                while (j < len && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) j++;
                /* curly closing quote */
                if (j + 2 < len && (unsigned char)text[j] == 0xE2 && (unsigned char)text[j + 1] == 0x80 &&
                    ((unsigned char)text[j + 2] == 0x9D || (unsigned char)text[j + 2] == 0x99))
                    j += 3;
                if (j >= len) {
                    end = len;
                    break;
                }
                if (text[j] != ' ' && text[j] != '\n') continue;
                size_t k = j;
                while (k < len && text[k] == ' ') k++;
                if (k < len && islower((unsigned char)text[k])) continue;
                if (ch == '.') {
                    /* abbreviations and initials: "Mr.", "U.S. officials", "Jan." */
                    size_t w = i;
                    while (w > s && isalpha((unsigned char)text[w - 1])) w--;
                    size_t wl = i - w;
                    static const char *const AB[] = {"Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Capt",
                                                     "Sgt", "Maj", "Brig", "Prof", "St", "Jan", "Feb",
                                                     "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "No",
                                                     "Gov", "Sen", "Rep", "vs", "Jr", "Sr", "Inc", "Co",
                                                     "Corp", "Ltd", NULL};
                    int ab = wl == 1;
                    for (const char *const *a = AB; *a && !ab; a++)
                        if (strlen(*a) == wl && !strncmp(text + w, *a, wl)) ab = 1;
                    if (ab) continue;
                }
                end = j;
                break;
            }
        }
        size_t e = end;
        while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\r')) e--;
        if (e > s) {
            out[n].start = (uint32_t)s;
            out[n].end = (uint32_t)e;
            n++;
        }
        s = end;
    }
    return n;
}

static int32_t parse_ymd(const char *d)
{
    if (!d) return 0;
    int y, m, dd;
    if (sscanf(d, "%4d-%2d-%2d", &y, &m, &dd) == 3) return y * 10000 + m * 100 + dd;
    if (strlen(d) >= 8 && sscanf(d, "%4d%2d%2d", &y, &m, &dd) == 3) return y * 10000 + m * 100 + dd;
    if (sscanf(d, "%4d-%2d", &y, &m) == 2) return y * 10000 + m * 100 + 1;
    return 0;
}

/* One of the words of list among the first max_words words of event e's evidence from its
 * verb on (max_words < 0: to the sentence's end). */
static int evidence_says(const kb_coder *c, const kb_event *e, const char *const *list, int max_words)
{
    const char *p = c->text + e->verb_start, *end = c->text + e->end;
    for (int w = 0; p < end && (max_words < 0 || w < max_words); w++) {
        while (p < end && !isalpha((unsigned char)*p)) p++;
        const char *q = p;
        while (q < end && isalpha((unsigned char)*q)) q++;
        char word[24];
        size_t n = (size_t)(q - p);
        if (n && n < sizeof word) {
            for (size_t k = 0; k < n; k++) word[k] = (char)tolower((unsigned char)p[k]);
            word[n] = '\0';
            for (const char *const *x = list; *x; x++)
                if (!strcmp(word, *x)) return 1;
        }
        p = q;
    }
    return 0;
}

/* The next word of [*p, end) in lower case into w (letters and hyphens; "" past end or
 * when the word is too long); *stop set when a clause mark (",", ";", ":", a dash) comes
 * before it. */
static int next_lword(const char **p, const char *end, char *w, size_t cap, int *stop)
{
    const char *s = *p;
    *stop = 0;
    while (s < end && !isalpha((unsigned char)*s)) {
        if (*s == ',' || *s == ';' || *s == ':' || *s == '(' || (*s == '-' && s + 1 < end && s[1] == ' '))
            *stop = 1;
        s++;
    }
    const char *q = s;
    while (q < end && (isalpha((unsigned char)*q) || (*q == '-' && q + 1 < end && isalpha((unsigned char)q[1])))) q++;
    size_t n = (size_t)(q - s);
    /* (a possessive names an owner, not whom shots struck: "New People's Army rebels") */
    if (q + 1 < end && *q == '\'' && q[1] == 's') q += 2, n = cap;
    else if (q + 3 < end && !memcmp(q, "\xe2\x80\x99s", 4)) q += 4, n = cap;
    *p = q;
    if (!n || n >= cap) {
        w[0] = '\0';
        return n > 0;
    }
    for (size_t k = 0; k < n; k++) w[k] = (char)tolower((unsigned char)s[k]);
    w[n] = '\0';
    return 1;
}

/* Aircraft, drones and missiles: the means of an attack from the air (195) */
static const char *const AIR_MEANS[] = {"missile", "missiles", "drone", "drones", "warplane", "warplanes", "jet",
                                        "jets", "aircraft", "plane", "planes", "bomber", "bombers", "airstrike",
                                        "airstrikes", NULL};

/* Did e's act come from the air by its words: its doer's noun among the five words before the verb
 * ("Russian missiles hit", "its plane had struck", "air power struck"), or "with" and such a means
 * in the clause after it ("attacked an army base with explosive-laden drones")? 1 when so, 2 when
 * the clause's means are field guns instead ("returned fire with artillery"), else 0. */
static int aerial_means(const kb_coder *c, const kb_event *e)
{
    const char *lo = c->text + e->start, *p = c->text + e->verb_start;
    for (int w = 0; w < 5 && p > lo; w++) {
        while (p > lo && !isalpha((unsigned char)p[-1])) {
            if (p[-1] == ',' || p[-1] == ';' || p[-1] == ':') return 0;
            p--;
        }
        const char *q = p;
        while (q > lo && (isalpha((unsigned char)q[-1]) || q[-1] == '-')) q--;
        char word[24];
        size_t n = (size_t)(p - q);
        if (n && n < sizeof word) {
            for (size_t k = 0; k < n; k++) word[k] = (char)tolower((unsigned char)q[k]);
            word[n] = '\0';
            if (str_in(word, AIR_MEANS) || (!strcmp(word, "air") && w == 1)) return 1; /* "air power struck" */
        }
        p = q;
    }
    const char *a = c->text + e->verb_end, *end = c->text + e->end;
    char w[24];
    int stop, with = -1;
    /* (... and one made with guns of the field, "returned fire with artillery", is artillery's:
     * 2) */
    static const char *const FIELD_GUNS[] = {"artillery", "mortar", "mortars", "howitzer", "howitzers", "shells",
                                             "tank", "tanks", NULL};
    for (int k = 0; k < 14 && next_lword(&a, end, w, sizeof w, &stop) && !stop; k++) {
        if (!strcmp(w, "with")) with = k;
        else if (with >= 0 && k - with <= 4 && str_in(w, AIR_MEANS)) return 1;
        else if (with >= 0 && k - with <= 2 && str_in(w, FIELD_GUNS)) return 2;
    }
    return 0;
}


/* whom shots struck, by the first telling word of [p, end): 1 people going about their lives,
 * 2 armed men or their posts, 3 a march or a crowd, 4 a leader or an office holder, 0 no word
 * tells (at most max words; up to a clause mark or a preposition of place when stop_at_mark;
 * when hurt, only a word followed within three words by one of harm: "farmer wounded",
 * "villagers were killed") */
static int struck_kind(const char *p, const char *end, int max, int stop_at_mark, int hurt)
{
    static const char *const PEOPLE[] = {
        "fisherman", "fishermen", "fisher", "fishers", "fisherfolk", "fishing", "angling", "farmer", "farmers",
        "villager", "villagers", "trader", "traders", "merchant", "merchants", "vendors", "herder", "herders",
        "herdsmen", "herdsman", "shepherd", "shepherds", "migrant", "migrants", "civilian", "civilians",
        "student", "students", "worker", "workers", "labourers", "laborers", "people", "person", "man",
        "men", "woman", "women", "boy", "boys", "girl", "girls", "child", "children", "teenager",
        "teenagers", "passenger", "passengers", "journalist", "journalists", "reporter", "reporters",
        "prospector", "prospectors", "miner", "miners", "crew", "crewmen", "canoe", "canoes", "pirogue", "pirogues",
        "trawler", "trawlers", "dhow", "dhows", "market", "village", "villages", "community", "worshippers",
        "residents", "family", "families", "holidaymakers", "tourists", "pilgrims", "refugees", "bus",
        "buses", "train", "loggers", "woodcutters", "porters", "drivers", "driver", "motorists", "brothers",
        "locals", "citizens", "nationals", "smallholders", "hunters", "mourners", "teacher", "teachers",
        "doctor", "doctors", "nurse", "nurses", "priest", "priests", "pastor", "imam", "lawyer", "lawyers",
        "activist", "activists", "headman", "chief", NULL};
    static const char *const ARMED[] = {
        "soldier", "soldiers", "troops", "troop", "trooper", "troopers", "army", "police", "policeman",
        "policemen", "officer", "officers", "patrol", "patrols", "guard", "guards", "guardsmen", "gunmen",
        "gunman", "attackers", "attacker", "militants", "militant", "rebels", "rebel", "fighters", "fighter",
        "insurgents", "insurgent", "smugglers", "smuggler", "gang", "gangs", "members", "suspects",
        "suspected", "post", "posts", "outpost", "outposts", "checkpoint", "station", "stations", "base",
        "bases", "barracks", "positions", "position", "personnel", "forces", "peacekeepers", "peacekeeper",
        "agents", "agent", "gendarmes", "gendarme", "gendarmerie", "marines", "commandos", "militia",
        "militiamen", "bandits", "kidnappers", "pirates", "terrorists", "jihadists", "helicopter",
        "warship", "cops", "troopships", NULL};
    /* (a leader or an office holder shot dead: an assassination, 186) */
    static const char *const NOTABLE[] = {"leader", "commander", "prosecutor", "judge", "mayor", "governor",
                                          "minister", "politician", "lawmaker", "candidate", "councillor",
                                          "official", NULL};
    static const char *const CROWD[] = {"march", "marches", "marchers", "protest", "protests", "protesters",
                                        "protestors", "demonstrators", "demonstration", "rally", "rallies",
                                        "crowd", "crowds", "procession", "strikers", "striking", "rioters",
                                        "sit-in", NULL};
    static const char *const PLACE_PREPS[] = {"in", "near", "off", "inside", "across", "along", "from", "during",
                                              "after", "before", "when", "while", "as", "since", "outside",
                                              "within", "into", "between", "killing", "wounding", "injuring",
                                              "and", "by", NULL};
    static const char *const HARM[] = {"killed", "wounded", "injured", "hurt", "died", "dead", "shot", NULL};
    char w[24];
    int stop;
    for (int n = 0; n < max && p < end;) {
        if (!next_lword(&p, end, w, sizeof w, &stop)) break;
        if (stop && stop_at_mark && n) break;
        if (!w[0]) continue;
        int k = str_in(w, NOTABLE) ? 4 : str_in(w, CROWD) ? 3 : str_in(w, PEOPLE) ? 1 : str_in(w, ARMED) ? 2 : 0;
        if (k && hurt) {
            const char *q = p;
            char h[24];
            int hit = 0;
            for (int j = 0; j < 3 && !hit && next_lword(&q, end, h, sizeof h, &stop) && !stop; j++)
                hit = str_in(h, HARM);
            if (!hit) k = 0;
        }
        if (k) return k;
        if (stop_at_mark && str_in(w, PLACE_PREPS)) return 0;
        n++;
    }
    return 0;
}

/* Shooting (the small-arms patterns, CAMEO 193) is coded by whom it struck, as the codebook's
 * sets code it: at people going about their lives (fishermen, traders, a fishing boat, villagers
 * killed when soldiers opened fire) an assault (180); at a march or a crowd by a state's police
 * or troops, the repression of a protest (175); at armed men, their posts, in return, or at no
 * one told, military force (190). The act's object tells first, then the target's words, then
 * the victims the sentence names before the shooting ("a second farmer wounded when soldiers
 * opened fire"), then the target's role; NULL when none tells and no target is named. A leader
 * or an office holder shot dead is assassinated (186). */
static const char *fire_code(const kb_coder *c, const kb_event *e)
{
    static const char *const RETURNED[] = {"returned", "return", "exchanged", "exchange", "traded", NULL};
    if (evidence_says(c, e, RETURNED, 1)) return "190";
    /* (fire returned in the sentence: "soldiers returned fire, killing two of the rebels") */
    for (const char *s = c->text + e->start, *z = c->text + e->end; s + 15 < z; s++)
        if ((*s == 'r' || *s == 'R') && (!strncmp(s + 1, "eturned fire", 12) || !strncmp(s + 1, "eturned hearth", 14)))
            return "190";
    const char *p = c->text + e->verb_end, *end = c->text + e->end;
    /* (not the shooters of a passive: "was shot dead by soldiers", "by" ends the scan) */
    int k = struck_kind(p, end, 8, 1, 0);
    if (!k && e->target.name) k = struck_kind(e->target.name, e->target.name + strlen(e->target.name), 8, 0, 0);
    if (!k) {
        /* the victims told before the shooting's clause: up to its "when" or "as" */
        const char *s = c->text + e->start, *v = c->text + e->verb_start, *q = s;
        char w[24];
        int stop;
        const char *cut = NULL;
        while (q < v) {
            const char *at = q;
            if (!next_lword(&q, v, w, sizeof w, &stop)) break;
            if (!strcmp(w, "when") || !strcmp(w, "as") || !strcmp(w, "after")) cut = at;
        }
        if (cut) k = struck_kind(s, cut, 16, 0, 1);
    }
    const char *role = e->target.code && strlen(e->target.code) == 6 ? e->target.code + 3 : NULL;
    const char *srole = e->source.code && strlen(e->source.code) == 6 ? e->source.code + 3 : NULL;
    /* ("gunmen shot dead a Nicaraguan opposition leader", "Fatah commander Abu Ashraf") */
    static const char *const SHOT_DEAD[] = {"dead", "down", NULL};
    if (k == 4) {
        if (evidence_says(c, e, SHOT_DEAD, 2)) return "186";
        k = 1;
    }
    if (k == 3)
        return srole && (!strcmp(srole, "COP") || !strcmp(srole, "MIL") || !strcmp(srole, "GOV") ||
                         !strcmp(srole, "SPY"))
                   ? "175"
                   : "180";
    if (!k && role && str_in(role, PEOPLE_ROLES)) k = 1;
    return k == 1 ? "180" : k == 2 || e->target.code ? "190" : NULL;
}

/* An appeal (020) is coded by what it asks, as the codebook's sets code it: talks (026), restraint
 * or an end to fighting (0256), an end to deportations or expulsions (0251), protection, observers
 * or a presence sent (0234), action against armed men or smugglers (0212), a dispute settled
 * (027: "urged the two neighbours to settle their differences peacefully"); the first word of one
 * of them in the twenty words after the appeal's verb, before a clause of saying or a reason;
 * NULL if none. */
static const char *appeal_code(const kb_coder *c, const kb_event *e)
{
    static const struct {
        const char *w, *code;
    } ASK[] = {{"dialogue", "026"},     {"talks", "026"},         {"negotiating", "026"},   {"negotiations", "026"},
               {"negotiate", "026"},     {"restraint", "0256"},   {"calm", "0256"},         {"de-escalate", "0256"},
               {"tensions", "0256"},     {"tension", "0256"},     {"ceasefire", "0256"},    {"truce", "0256"},
               {"fighting", "0256"},     {"hostilities", "0256"}, {"spare", "0256"},        {"violence", "0256"},
               {"deporting", "0251"},   {"deportations", "0251"}, {"deportation", "0251"}, {"deport", "0251"},
               {"expulsions", "0251"},  {"expelling", "0251"},   {"expel", "0251"},        {"observers", "0234"},
               {"peacekeepers", "0234"}, {"peacekeeping", "0234"}, {"protection", "0234"}, {"presence", "0234"},
               {"perpetrators", "0212"}, {"militants", "0212"},  {"terrorists", "0212"},   {"terrorist", "0212"},
               {"insurgents", "0212"},  {"insurgent", "0212"},   {"rebels", "0212"},       {"smugglers", "0212"},
               {"smuggling", "0212"},   {"traffickers", "0212"}, {"trafficking", "0212"},  {"patrols", "0212"},
               {"troops", "0212"},      {"militias", "0212"},    {"gangs", "0212"},        {"drug", "0212"},
               {"targeting", "0256"},   {"force", "0256"},       {"settle", "027"},        {"resolve", "027"},
               {NULL, NULL}};
    static const char *const CLAUSE[] = {"saying", "said", "adding", "warning", "stressing", "after", "because",
                                         NULL};
    const char *p = c->text + e->verb_end, *end = c->text + e->end;
    char w[24];
    int stop;
    for (int n = 0; n < 20 && p < end; n++) {
        if (!next_lword(&p, end, w, sizeof w, &stop) || str_in(w, CLAUSE)) break;
        for (int k = 0; ASK[k].w; k++)
            if (!strcmp(w, ASK[k].w)) return ASK[k].code;
    }
    return NULL;
}

/* An answer to no one named (a denial of "the charge", a response vowed to "the attack")
 * answers the article's last event of kind answered (root "11": an accusation; NULL: an act of
 * violence by someone named) against the answerer's side: that event's source is its target. */
static size_t answer_target(kb_coder *c, kb_event *e, size_t i, const char *answered)
{
    const char *side = e->source.country ? e->source.country : e->source.code;
    /* (a bare state organ speaks for the article's clear state, as the coder will make it; other
     * bare people answer only a charge put on their own role: "Tokayev accused the strike
     * organisers" ... "The strike committee rejected the accusation") */
    int role_only = 0;
    if (!memcmp(side, "---", 3)) {
        int second = 0, best = dominant_state(c, &second);
        if (strlen(e->source.code) == 6 && !state_organ(e->source.code + 3) && answered && !strcmp(answered, "11"))
            role_only = 1;
        else if (best < 0 || c->scount[best] < 2 || c->scount[best] < 2 * second || strlen(e->source.code) != 6 ||
                 !state_organ(e->source.code + 3))
            return SIZE_MAX;
        else
            side = c->scode[best];
    }
    for (size_t k = i; k-- > 0;) {
        const kb_event *f = &c->ev[k];
        int kind = answered ? !memcmp(f->root, answered, 2)
                            : ((f->root[0] == '1' && f->root[1] >= '8') || f->root[0] == '2') &&
                                  f->source.code && memcmp(f->source.code, "---", 3);
        /* (a criticism aimed at no one named, told in the last few sentences by someone else:
         * "criticised the state of siege ... Arevalo dismissed the criticism") */
        int aimless = !f->target.code && answered && !strcmp(answered, "11") && f->sentence + 3 >= e->sentence &&
                      f->source.name && e->source.name && strcmp(f->source.name, e->source.name);
        if (!kind || f->historical || !f->source.code || (!f->target.code && answered && !aimless)) continue;
        if (aimless) {
            e->target = f->source;
            return k;
        }
        /* (the speaker's own side's violence is no blow it answers) */
        if (!answered && (!strncmp(f->source.code, e->source.code, 3) ||
                          (f->source.country && !strncmp(f->source.country, side, 3))))
            continue;
        const char *ft = f->target.country ? f->target.country : f->target.code ? f->target.code : "---";
        /* (victims whose country the article has not settled yet, or none named, hit by another
         * state: the enrichment places them) */
        int unsettled = !memcmp(ft, "---", 3) && memcmp(f->source.code, "---", 3) &&
                        (f->source.country ? strncmp(f->source.country, side, 3) != 0 : 1);
        /* (... or the very role that answers, no one's yet: "Tokayev accused the strike
         * organisers" ... "The strike committee rejected the accusation") */
        int same_role = f->target.code && strlen(f->target.code) == 6 && strlen(e->source.code) == 6 &&
                        !strcmp(f->target.code + 3, e->source.code + 3) && (role_only || !memcmp(ft, "---", 3));
        if (role_only ? !same_role : (strncmp(ft, side, 3) && !unsettled && !same_role)) continue;
        e->target = f->source;
        /* a bare state organ answered by a group at home is its home state's ("the regional
         * government blamed the OLA ... the OLA denied any involvement") */
        const char *home = e->target.code && !e->target.country && !memcmp(e->target.code, "---", 3) &&
                                   strlen(e->target.code) == 6 && state_organ(e->target.code + 3)
                               ? home_of(c, e->source.code)
                               : NULL;
        if (home) {
            e->target.country = kb_arena_strndup(c->arena, home, 3);
            e->target.code = arena_cat(c, e->target.country, e->target.code + 3);
        }
        return k;
    }
    return SIZE_MAX;
}

/* A condemnation naming no one whose words, after its verb, hold a named doer's act of
 * violence ("condemned what he called 'a cowardly massacre by the ADF terrorists'"): that doer
 * is its target, and the act told only in its words is dropped (the quad -1 the article's end
 * skips). 1 if so. */
static int condemned_doer(kb_coder *c, kb_event *e, size_t i)
{
    static const char *const ACT_NOUNS[] = {"attack", "attacks", "massacre", "massacres", "raid", "raids",
                                            "killing", "killings", "bombing", "bombings", "assault", "ambush",
                                            "strike", "strikes", "airstrike", "airstrikes", "shelling", "murder", "homicide",
                                            "shooting", "beating", NULL};
    for (size_t k = i + 1; k < c->nev && c->ev[k].sentence == e->sentence; k++) {
        kb_event *f = &c->ev[k];
        if (f->verb_start <= e->verb_end || !f->source.code || !memcmp(f->source.code, "---", 3) ||
            !((f->root[0] == '1' && f->root[1] >= '8') || f->root[0] == '2'))
            continue;
        /* (told as a noun: "the massacre by", not "militants killed") */
        /* (its first word: "beating" of a span "beating of the traders") */
        char w[16];
        size_t wn = 0;
        while (f->verb_start + wn < f->verb_end && wn < sizeof w && isalpha((unsigned char)c->text[f->verb_start + wn]))
            wn++;
        if (wn >= sizeof w) continue;
        for (size_t q = 0; q < wn; q++) w[q] = (char)tolower((unsigned char)c->text[f->verb_start + q]);
        w[wn] = 0;
        int noun = 0;
        for (const char *const *a = ACT_NOUNS; *a && !noun; a++) noun = !strcmp(w, *a);
        if (!noun) continue;
        e->target = f->source;
        f->quad = -1;
        return 1;
    }
    return 0;
}

/* The event's sentence goes on after its verb with ", saying" (or adding, insisting): what the
 * speaker said next. */
static int said_after(const kb_coder *c, const kb_event *e)
{
    static const char *const WENT_ON[] = {", saying", ", adding", ", insisting", ", arguing", NULL};
    for (uint32_t i = e->verb_end; i + 9 < e->end; i++)
        for (const char *const *w = WENT_ON; *w; w++)
            if (c->text[i] == ',' && !strncmp(c->text + i, *w, strlen(*w))) return 1;
    return 0;
}

/* "India rejected the accusation as baseless", "the Taliban denied the charge": a denial or
 * rejection of a charge that names no one answers the article's last accusation against the
 * speaker's side. "The Houthis said they would respond to the attack": a response vowed or
 * threatened to no one named answers the article's last act of violence against the
 * speaker's side. */
/* "Police guards fired at two of the attackers ... The SRA claimed the attack": the attackers
 * no one named are the one group that claimed the article's attack (not when two claim) */
static void claimed_attackers(kb_coder *c)
{
    const kb_event *claim = NULL;
    for (size_t i = 0; i < c->nev; i++) {
        const kb_event *e = &c->ev[i];
        if (e->quad < 0 || e->historical || strcmp(e->code, "015") || !e->source.code ||
            !memcmp(e->source.code, "---", 3) || (e->source.country && !strcmp(e->source.code, e->source.country)))
            continue;
        if (claim && strcmp(claim->source.code, e->source.code)) return;
        claim = e;
    }
    if (!claim) return;
    for (size_t i = 0; i < c->nev; i++) {
        kb_event *e = &c->ev[i];
        if (e->quad < 0 || e->historical || root_of(e->root) < 18) continue;
        if (e->target.code && !strcmp(e->target.code, "---INS") && e->source.code &&
            strcmp(e->source.code, claim->source.code))
            e->target = claim->source;
    }
}

/* Do the n bytes at p hold the words w? */
static int span_has(const char *p, size_t n, const char *w)
{
    size_t wl = strlen(w);
    for (size_t k = 0; k + wl <= n; k++)
        if (p[k] == w[0] && !memcmp(p + k, w, wl)) return 1;
    return 0;
}

/* 'Foreign Minister Mauro Vieira condemned "the killing of a Brazilian worker by French security
 * forces"': an act named with "the" as what a condemnation condemns, when a sentence before told
 * that dyad's act, retells it (dropped: quad -1); the condemnation stands */
static void condemned_retold(kb_coder *c, kb_event *e)
{
    if (root_of(e->root) < 18 || e->historical || !e->source.country || !e->target.country || e->quad < 0 ||
        e->verb_start < e->start + 5)
        return;
    const char *p = c->text + e->verb_start;
    while (p > c->text + e->start && (p[-1] == ' ' || p[-1] == '"' || p[-1] == '\x9c' || p[-1] == '\x80' ||
                                      p[-1] == '\xe2'))
        p--;
    if (p - c->text < (long)e->start + 3 || strncasecmp(p - 3, "the", 3) ||
        (p - 4 >= c->text + e->start && isalpha((unsigned char)p[-4])))
        return; /* ("the" a word of its own, not the end of "bathe") */
    int condemned = 0;
    for (size_t q = 0; q < c->nev && !condemned; q++) {
        const kb_event *f = &c->ev[q];
        if (f->sentence != e->sentence || f->verb_end > e->verb_start || strncmp(f->code, "111", 3)) continue;
        condemned = 1;
        for (const char *x = c->text + f->verb_end; x < c->text + e->verb_start && condemned; x++)
            condemned = *x != ',' && *x != ';';
    }
    if (!condemned) return;
    for (size_t q = 0; q < c->nev; q++) {
        const kb_event *f = &c->ev[q];
        if (f->sentence >= e->sentence || f->historical || f->quad < 0 || root_of(f->root) < 18 ||
            !f->source.country || !f->target.country)
            continue;
        if (!strncmp(f->source.country, e->source.country, 3) && !strncmp(f->target.country, e->target.country, 3)) {
            e->quad = -1;
            return;
        }
    }
}

/* 'condemned the beating ... as "an attack on the dignity of every Nepali"': what a condemnation
 * or an accusation calls the act, after its "as", is its judgement, no act of its own (dropped) */
static void condemned_as(kb_coder *c, kb_event *e)
{
    if (root_of(e->root) < 18 || e->quad < 0 || e->source.code || e->verb_start < e->start + 6) return;
    const char *p = c->text + e->verb_start, *s0 = c->text + e->start;
    /* (back over "a"/"an" and an opening quotation mark) */
    while (p > s0 && (p[-1] == ' ' || p[-1] == '"' || (unsigned char)p[-1] >= 0x80)) p--;
    int art = p - s0 >= 3 && !strncasecmp(p - 2, "an", 2) && !isalpha((unsigned char)p[-3]) ? 2
              : p - s0 >= 2 && (p[-1] == 'a' || p[-1] == 'A') && !isalpha((unsigned char)p[-2]) ? 1
                                                                                                  : 0;
    if (art) {
        p -= art;
        while (p > s0 && (p[-1] == ' ' || p[-1] == '"' || (unsigned char)p[-1] >= 0x80)) p--;
    }
    if (p - s0 < 3 || strncasecmp(p - 2, "as", 2) || (p - 3 >= s0 && isalpha((unsigned char)p[-3]))) return;
    for (size_t q = 0; q < c->nev; q++) {
        const kb_event *f = &c->ev[q];
        int r = root_of(f->root);
        if (f != e && f->sentence == e->sentence && f->verb_end <= e->verb_start && (r == 11 || r == 12)) {
            e->quad = -1;
            return;
        }
    }
}

/* "rejected Petro's accusation, saying the soldiers had been \"attacked by criminals\"": an
 * attack by no state that a denial or an accusation tells as its reason is the speaker's
 * account, no event of its own (one by a state stays the accusation the speaker makes) */
static void defence_retold(kb_coder *c, kb_event *e)
{
    if (root_of(e->root) < 18 || e->historical || e->quad < 0 || (e->source.country && e->source.code))
        return;
    for (size_t q = 0; q < c->nev; q++) {
        const kb_event *f = &c->ev[q];
        if (f == e || f->sentence != e->sentence || f->quad < 0 || f->verb_end > e->verb_start ||
            (strcmp(f->code, "016") && strncmp(f->root, "11", 2)))
            continue;
        if (span_has(c->text + f->verb_end, e->verb_start - f->verb_end, ", saying ")) {
            e->quad = -1;
            return;
        }
    }
}

/* "closed the Skouw-Wutung border crossing to travellers and traders": a crossing closed or
 * reopened on no one named is shut on the state across it, not on the people it is closed to
 * (the other state the report names most); a closure recalled with its year too ("Uzbekistan
 * closed the bridge in 1997") */
static void closed_on_other(kb_coder *c, kb_event *e)
{
    /* (and one closed on no one named: "closed the Lebombo border post to traffic") */
    if ((!strncmp(e->code, "191", 3) || !strncmp(e->code, "0872", 4)) && e->source.country &&
        ((!e->target.code &&
          (e->code[1] == '9' ||
           /* (a reopening of no one named too: "reopened the road linking the Sokh district") */
           evidence_says(c, e, (const char *const[]){"reopened", "reopen", "reopens", NULL}, -1))) ||
         (e->target.code && strlen(e->target.code) == 6 && kbe_victim_role(e->target.code + 3) &&
                             /* (the people of no state or the closer's own: "to Tajik citizens"
                              * names the other; nor the people a participle tells it left stuck:
                              * "closed the Rumichaca crossing, stranding hundreds of travellers,
                              * among them Venezuelan migrants") */
                             (!memcmp(e->target.code, "---", 3) ||
                              !strncmp(e->target.code, e->source.country, 3) ||
                              evidence_says(c, e, (const char *const[]){"stranding", "leaving", "trapping", NULL},
                                            -1))) ||
         /* (nor the closer's own state, as an apposition names it: "closed the Gallabat crossing,
          * the main route for trade and travel between Sudan and Ethiopia's Amhara region") */
         (e->target.code && strlen(e->target.code) == 3 && !strncmp(e->target.code, e->source.country, 3) &&
          evidence_says(c, e,
                        (const char *const[]){"crossing", "crossings", "border", "frontier", "checkpoint", "entrance",
                                              NULL},
                        -1)) ||
         /* (nor the aid body whose lorries it lets through or keeps out: "closed the Adré border
          * crossing, the main route for UN aid into Darfur", "reopened the crossing to UN aid
          * lorries") */
         (e->target.code && !strncmp(e->target.code, "IGO", 3) &&
          evidence_says(c, e, (const char *const[]){"aid", "humanitarian", NULL}, -1))) &&
        evidence_says(c, e,
                      (const char *const[]){"crossing", "crossings", "border", "borders", "bridge", "road",
                                            "roads", "highway", "ferry", "ferries", "post", "checkpoint",
                                            "terminal", "entry", "entrance", NULL},
                      -1)) {
        const char *o = leading_state_but(c, e->source.country);
        if (o) {
            const char *cc = kb_arena_strndup(c->arena, o, 3);
            e->target = (kb_actor){cc, cc, cc};
            /* (one closure "to travellers and traders", told once) */
            for (size_t k = 0; k < c->nev; k++) {
                const kb_event *f = &c->ev[k];
                if (f != e && f->quad >= 0 && f->sentence == e->sentence && !strcmp(f->code, e->code) &&
                    f->source.code && !strcmp(f->source.code, e->source.code) && f->target.code &&
                    !strcmp(f->target.code, cc))
                    e->quad = -1;
            }
        }
    }
}

static void answered_targets(kb_coder *c)
{
    static const char *const RETAKE[] = {"retake", "retook", "retaken", "retaking", "recapture", "recaptured",
                                         "recapturing", "regain", "regained", "reclaim", "reclaimed", NULL};
    static const char *const CHARGE[] = {"accusation", "accusations", "allegation", "allegations", "insinuations",
                                         "insinuation", "charge",
                                         "charges", "claim", "claims", "assertion", "assertions", "criticism",
                                         "criticisms", "this", "protest", NULL};
    static const char *const LAUNCH[] = {"launch", "launches", "test", "tests", "firing", NULL};
    static const char *const HARM[] = {"beating", "beatings", "killing", "killings", "shooting", "shootings",
                                       "treatment", "mistreatment", "torture", "abuse", "abuses", "murder",
                                       "humiliation", NULL};
    static const char *const SEIZURE[] = {"seizure", "seizures", "arrest", "arrests", "detention", "detentions",
                                          "expulsion", "expulsions", "deportation", "deportations",
                                          "abduction", "abductions", "kidnapping", "kidnappings", NULL};
    static const char *const EXPULSION[] = {"expulsion", "expulsions", "deportation", "deportations", NULL};
    static const char *const ATTACKS[] = {"attack", "attacks", "raid", "raids", "strike", "strikes", "airstrike",
                                          "airstrikes", "bombing", "bombings", "shelling", "assault", "killing",
                                          "killings", "massacre", "blast", "blasts", "explosion", "ambush",
                                          NULL};
    static const char *const REMARKS[] = {"remarks", "comments", "statement", "statements", "words", "speech",
                                          "account", "version", NULL};
    static const char *const ATTACKERS[] = {"assailants", "attackers", "raiders", "gunmen", "assailant", "attacker",
                                            NULL};
    for (size_t i = 0; i < c->nev; i++) {
        kb_event *e = &c->ev[i];
        if (e->source.code && e->historical) closed_on_other(c, e);
        if (!e->source.code) defence_retold(c, e);
        if (!e->source.code || e->historical) continue;
        /* "The TNLA announced a unilateral ceasefire around Muse": a ceasefire naming no one is
         * with the side its declarer last fought in the article */
        if (!strncmp(e->code, "0871", 4) && !e->target.code) {
            for (size_t q = c->nev; q-- > 0;) {
                const kb_event *f = &c->ev[q];
                if (q == i || f->quad < 0 || f->historical || root_of(f->root) != 19 || !f->source.code ||
                    !f->target.code)
                    continue;
                if (!strcmp(f->source.code, e->source.code)) e->target = f->target;
                else if (!strcmp(f->target.code, e->source.code)) e->target = f->source;
                else continue;
                break;
            }
        }
        /* "ordered 1,200 more troops to the northern border": forces sent are the sender's own, no
         * party the act is on (CODING-RULES: a mobilisation's target is whom it is aimed at) */
        if (!strncmp(e->code, "154", 3) && e->target.code && strlen(e->target.code) == 6 && e->source.country &&
            !strncmp(e->target.code, e->source.country, 3) &&
            (!strcmp(e->target.code + 3, "MIL") || !strcmp(e->target.code + 3, "COP")))
            e->target = (kb_actor){0};
        closed_on_other(c, e); /* (after the mobilisation's target is cleared) */
        condemned_retold(c, e);
        defence_retold(c, e);
        /* "killed three men the police described as members of the gang": the armed group the
         * article named last (the source of its last act) */
        if (!e->target.code && (e->root[0] == '1' && e->root[1] >= '8') && e->verb_start < e->end &&
            span_has(c->text + e->verb_start, e->end - e->verb_start, " as members of "))
            for (size_t k = i; k-- > 0;) {
                const kb_actor *g = &c->ev[k].source;
                if (c->ev[k].historical || !g->code || g->country || strlen(g->code) != 3 || !memcmp(g->code, "---", 3) ||
                    !strncmp(g->code, e->source.code, 3))
                    continue;
                e->target = *g;
                break;
            }
        /* "Zhu rejected Lai's remarks" after Lai accused Beijing: the rejection of an accuser's
         * words is a denial (016); of a critic's ("condemned"), a rejection still */
        if (!strcmp(e->code, "120") && e->target.code &&
            (evidence_says(c, e, REMARKS, 6) || evidence_says(c, e, CHARGE, 9)))
            for (size_t k = i; k-- > 0;) {
                const kb_event *f = &c->ev[k];
                if (!f->source.code || !f->target.code || f->historical || strncmp(f->code, "112", 3) ||
                    strncmp(f->source.code, e->target.code, 3) || strncmp(f->target.code, e->source.code, 3))
                    continue;
                recode_event(c, e, "016");
                break;
            }
        /* "India's ministry denied that KNF leaders were living in Mizoram" after "Bangladesh
         * asked India to hand over KNF leaders": the denial answers the state that asked or
         * charged, a sentence or two before, not the people its words name */
        if (!strcmp(e->code, "016") && e->target.code && e->source.country &&
            !(e->target.country && !strcmp(e->target.code, e->target.country)) &&
            !(e->target.country && strlen(e->target.code) == 6 && state_organ(e->target.code + 3)))
            for (size_t k = i; k-- > 0;) {
                const kb_event *f = &c->ev[k];
                if (f->sentence + 3 < e->sentence) break;
                int r = root_of(f->root);
                if (f->historical || !f->source.country || !f->target.country || !(r == 2 || r == 10 || r == 11) ||
                    strncmp(f->target.country, e->source.country, 3) || !strncmp(f->source.country, e->source.country, 3))
                    continue;
                e->target.country = f->source.country;
                e->target.code = f->source.country;
                e->target.name = f->source.country;
                break;
            }
        /* "expressed deep regret over the loss of life", condolences to no one named: to the
         * victims of the article's last act of force, if they are another side's */
        if (!strncmp(e->code, "018", 3) && !e->target.code && e->source.code) {
            const char *side = e->source.country ? e->source.country : e->source.code;
            for (size_t k = i; k-- > 0;) {
                const kb_event *f = &c->ev[k];
                int r = root_of(f->root); /* (force that hurts people: no closure, 191) */
                if (f->historical || r < 18 || !strncmp(f->code, "191", 3) || !strncmp(f->code, "192", 3) ||
                    !f->target.code || !f->target.country)
                    continue;
                if (strncmp(f->target.country, side, 3)) e->target = f->target;
                break;
            }
        }
        /* "The troopers returned fire" with no one named: at whoever last attacked their side
         * (or "returned fire, causing heavy losses to the attackers": the same) */
        /* (... told with its arms, "returned fire with artillery", whatever code they gave it, and
         * at a force no one named) */
        static const char *const RETURNED[] = {"returned", "return", NULL};
        int returned = !strcmp(e->code, "193") ||
                       (root_of(e->root) == 19 && evidence_says(c, e, RETURNED, 1) &&
                        evidence_says(c, e, (const char *const[]){"fire", NULL}, 2));
        if (returned && e->source.code &&
            (!e->target.code || ((!strcmp(e->target.code, "---INS") || !strcmp(e->target.code, "---MIL")) &&
                                 !e->target.country))) {
            for (size_t k = i; evidence_says(c, e, RETURNED, 1) && k-- > 0;) {
                const kb_event *f = &c->ev[k];
                if (root_of(f->root) < 18 || f->historical || !f->source.code ||
                    !memcmp(f->source.code, "---", 3) || !f->target.code ||
                    strncmp(f->target.code, e->source.code, 3) || !strncmp(f->source.code, e->source.code, 3))
                    continue;
                e->target = f->source;
                break;
            }
        }
        /* "The Maldivian foreign ministry rejected the statement" after the EU condemned the
         * crackdown: the words rejected are the last ones another side said */
        if (!strcmp(e->code, "120") && !e->target.code && evidence_says(c, e, REMARKS, 4))
            for (size_t k = i; k-- > 0;) {
                const kb_event *f = &c->ev[k];
                int words = f->root[0] == '0' || (f->root[0] == '1' && f->root[1] <= '3');
                if (!words || f->historical || !f->source.code || !memcmp(f->source.code, "---", 3) ||
                    !strncmp(f->source.code, e->source.code, 3))
                    continue;
                e->target = f->source;
                break;
            }
        /* "rejected what it called Juba's insinuations", "rejected India's allegations": the
         * charge's author named, a denial to it though the article told no accusation */
        if (!strcmp(e->code, "120") && e->target.code && memcmp(e->target.code, "---", 3)) {
            static const char *const ALLEGED[] = {"accusations", "accusation", "allegations", "allegation",
                                                  "insinuations", "insinuation", "charges", NULL};
            if (evidence_says(c, e, ALLEGED, 8)) recode_event(c, e, "016");
        }
        /* the charge word must be the act's object: in the pattern's words or right after; a
         * charge the article told answers its accuser, over a name in what the speaker went on
         * to say ("rejected the charge, saying Afghanistan did not allow ..."), which is the
         * target only when no charge was told ("denied the charge, saying Azerbaijani troops
         * had opened fire first") */
        /* "demanded the immediate release of the 17": of whoever the article last told held
         * people (not the demander's own side); a call for it too ("called for Marcy's swift
         * release") */
        /* ("demanded that the skipper be freed", "the release of the 11 men": the people held
         * name no one the demand is put to; their holder is, when another state's) */
        int held_people = e->target.code && e->source.code && !e->historical &&
                          ((strlen(e->target.code) == 6 && !state_organ(e->target.code + 3)) ||
                           /* (the speaker's own state's people, not a state addressed: "demanded
                            * that the United Kingdom release the nine") */
                           (strlen(e->target.code) == 3 && e->source.country &&
                            !strncmp(e->target.code, e->source.country, 3)));
        if ((!e->target.code || held_people) && (!strcmp(e->code, "1053") || !strcmp(e->code, "0253")))
            for (size_t k = i; k-- > 0;) {
                const kb_event *f = &c->ev[k];
                if (strncmp(f->code, "173", 3) || f->historical || !f->source.code ||
                    !memcmp(f->source.code, "---", 3) || !strncmp(f->source.code, e->source.code, 3))
                    continue;
                /* (held people of a state: held by another) */
                if (held_people && (!f->source.country || !strncmp(f->source.country, e->target.code, 3)))
                    continue;
                e->target = f->source;
                break;
            }
        /* "detained 22 Indonesian fishermen ... and seized their four wooden boats": property
         * seized or destroyed as "their" own is the owners' the same doer just held (and so is
         * the boat: "detained the captain and 11 crew members and seized the trawler") */
        if (!e->target.code && (!strcmp(e->code, "1711") || !strcmp(e->code, "1712")) && e->source.code) {
            static const char *const THEIR[] = {"their", NULL};
            if (evidence_says(c, e, THEIR, 3) || evidence_says(c, e, VESSEL, 4))
                for (size_t k = i; k-- > 0;) {
                    const kb_event *f = &c->ev[k];
                    if (f->sentence != e->sentence) break;
                    if (strcmp(f->code, "173") || !f->target.code || !f->source.code ||
                        strcmp(f->source.code, e->source.code))
                        continue;
                    e->target = f->target;
                    break;
                }
        }
        /* "mocked the closure", "criticised the state of siege imposed on Sunday": a measure the
         * article told before is its taker's (not a violent act: "condemned the attack" names no
         * culprit) */
        if (!e->target.code && !memcmp(e->root, "11", 2)) {
            static const char *const DEED[][2] = {{"closure", "191"},    {"closures", "191"},  {"siege", "172"},
                                                  {"emergency", "172"},  {"curfew", "172"},    {"sanctions", "163"},
                                                  {"expulsion", "16"},   {"expulsions", "16"}, {"detention", "173"},
                                                  {"detentions", "173"}, {"arrests", "173"},   {"operation", "19"},
                                                  {"crackdown", "17"},   {"repression", "17"},
                                                  /* (a state's fire on a crowd: "condemned the firing") */
                                                  {"firing", "175"},
                                                  /* (a state's force: "condemned the shooting" after
                                                   * marine police fired on a boat) */
                                                  {"shooting", "19"},    {"shootings", "19"},
                                                  /* (a ship or people taken: "condemned the seizure") */
                                                  {"seizure", "17"},     {"seizures", "17"},
                                                  /* (a state's raid or beating: "condemned the raid as
                                                   * an unprecedented assault on the Church") */
                                                  {"raid", "17"},        {"raids", "17"},
                                                  {"beating", "17"},     {"beatings", "17"},
                                                  /* (a show of force: "criticised the drills";
                                                   * force used: "condemned what it called a
                                                   * disproportionate use of lethal force") */
                                                  {"drills", "15"},      {"exercises", "15"},
                                                  {"force", "19"},
                                                  /* (a protest: "condemned the protest as a
                                                   * provocation", its marchers') */
                                                  {"protest", "14"},     {"protests", "14"},
                                                  {"march", "14"},       {"rally", "14"},
                                                  {"demonstration", "14"},
                                                  {NULL, NULL}};
            /* (further after "what he called": 'condemned what he called "a bloody and
             * disproportionate repression"') */
            int reach = evidence_says(c, e, NAMED_AS, 4) ? 14 : 6;
            for (int d = 0; DEED[d][0] && !e->target.code; d++) {
                const char *one[2] = {DEED[d][0], NULL};
                if (!evidence_says(c, e, one, reach)) continue;
                /* (a state's operation: "criticised the operation" after the police raid) */
                int state_op = DEED[d][1][0] == '1' && DEED[d][1][1] >= '7';
                for (size_t k = i; k-- > 0;)
                    if (!c->ev[k].historical && c->ev[k].source.code &&
                        !strncmp(c->ev[k].code, DEED[d][1], strlen(DEED[d][1])) &&
                        (!state_op || c->ev[k].source.country)) {
                        e->target = c->ev[k].source;
                        break;
                    }
                /* (a state of siege or emergency told in passing is the article's clear state's) */
                if (!e->target.code && !strcmp(DEED[d][1], "172")) {
                    int second = 0, best = dominant_state(c, &second);
                    if (best >= 0 && c->scount[best] >= 2 && c->scount[best] >= 2 * second) {
                        const char *st = kb_arena_strndup(c->arena, c->scode[best], 3);
                        e->target = (kb_actor){arena_cat(c, st, "GOV"), "the state", st};
                    }
                }
            }
        }
        /* "marched through Karonga to protest against the detentions": a protest at an act the
         * article told is against its doer, when another state's (over the protesters' own state,
         * which a place gave them) */
        if (!memcmp(e->root, "14", 2) && e->source.country &&
            (!e->target.code || !strncmp(e->target.code, e->source.country, 3))) {
            static const char *const AT_ACT[][2] = {
                {"detentions", "17"}, {"detention", "17"}, {"arrests", "17"},  {"arrest", "17"},
                {"seizure", "17"},    {"killings", "1"},   {"killing", "1"},   {"shooting", "1"},
                {"shootings", "1"},   {"deaths", "1"},     {"attack", "1"},    {"attacks", "1"},
                {"deportation", "17"}, {"deportations", "17"}, {NULL, NULL}};
            /* (and a spun copy's "towards", "in opposition to") */
            static const char *const AGAINST[] = {"against", "over", "towards", "opposition", NULL};
            for (int d = 0; AT_ACT[d][0] && evidence_says(c, e, AGAINST, 12); d++) {
                const char *one[2] = {AT_ACT[d][0], NULL};
                if (!evidence_says(c, e, one, 14)) continue;
                for (size_t k = i; k-- > 0;) {
                    const kb_event *f = &c->ev[k];
                    int r = root_of(f->root);
                    if (f->historical || !f->source.country || !strncmp(f->source.country, e->source.country, 3) ||
                        strncmp(f->code, AT_ACT[d][1], strlen(AT_ACT[d][1])) || (AT_ACT[d][1][1] == '\0' && r < 18))
                        continue;
                    e->target = f->source;
                    break;
                }
                break;
            }
        }
        /* "rejected what he called attempts to blame the Islamic Emirate": a rejection of
         * blame put on the speaker's own side is a denial, answering its accuser */
        static const char *const BLAME[] = {"blame", "blaming", "implicate", "implicating", "scapegoat", NULL};
        if (!memcmp(e->root, "12", 2) && evidence_says(c, e, BLAME, 7) &&
            (!e->target.code || !strncmp(e->target.country ? e->target.country : e->target.code,
                                         e->source.country ? e->source.country : e->source.code, 3))) {
            recode_event(c, e, "016");
            e->target = (kb_actor){0};
            answer_target(c, e, i, "11");
            continue;
        }
        /* ("rejected what it called "baseless insinuations" from Stanley": the charge named
         * further on; "rejected what it described as "attempts to exploit a regrettable
         * incident"": words put on the speaker's side, a charge though no charge word says so) */
        int called = (!strcmp(e->code, "016") || !strcmp(e->code, "120")) && evidence_says(c, e, NAMED_AS, 4);
        int charge = (!strcmp(e->code, "016") || !memcmp(e->root, "12", 2)) && evidence_says(c, e, CHARGE, called ? 9 : 5);
        if (!charge && called && !e->target.code) charge = 1;
        /* ("Sheinbaum rejected the suggestion that Mexico had lost control": the state its
         * words name is the speaker's own, no one it answers) */
        static const char *const SUGGESTION[] = {"suggestion", "suggestions", NULL};
        if (!charge && (!strcmp(e->code, "016") || !memcmp(e->root, "12", 2)) && evidence_says(c, e, SUGGESTION, 5) &&
            e->target.code && e->source.country && !strcmp(e->target.code, e->source.country))
            charge = 1;
        int own = charge && e->target.code && e->source.country && !strcmp(e->target.code, e->source.country);
        /* (a charge its author's possessive names, 'rejected "Sofia's accusations"', answers
         * that author, whatever the speaker went on to say) */
        int authored = 0;
        if (charge && e->target.code && e->target.name && !own) {
            char key[96];
            int kl = snprintf(key, sizeof key, "%s's ", e->target.name);
            authored = kl > 3 && kl < (int)sizeof key && span_has(c->text + e->start, e->end - e->start, key);
        }
        /* 'Vučić condemned what he called "the brutal beating of Serbian children"': harm done to
         * the condemner's own people, its doer unnamed, is condemned in whoever last did harm to
         * them in the article, another state's */
        if (!memcmp(e->root, "11", 2) && e->target.code && e->source.country && e->target.country &&
            !strncmp(e->target.country, e->source.country, 3) && strlen(e->target.code) == 6 &&
            str_in(e->target.code + 3, PEOPLE_ROLES) && evidence_says(c, e, HARM, 9)) {
            for (size_t k = i; k-- > 0;) {
                const kb_event *f = &c->ev[k];
                int r = root_of(f->root);
                if (f->quad < 0 || f->historical || r < 17 || r > 20 || !f->source.country ||
                    !strncmp(f->source.country, e->source.country, 3) || !f->target.country ||
                    strncmp(f->target.country, e->source.country, 3))
                    continue;
                const char *cc = kb_arena_strndup(c->arena, f->source.country, 3);
                e->target = (kb_actor){cc, cc, cc};
                break;
            }
        }
        if (e->target.code && !(charge && said_after(c, e) && !authored) && !own) continue;
        if (charge) {
            kb_actor was = e->target;
            if (own) memset(&e->target, 0, sizeof e->target);
            size_t k = answer_target(c, e, i, "11");
            /* (a rejection of an accusation the article told is a denial) */
            if (k != SIZE_MAX && called && !strcmp(e->code, "120")) {
                recode_event(c, e, "016");
            }
            if (own && k == SIZE_MAX) k = answer_target(c, e, i, "02");
            if (own && k == SIZE_MAX) k = answer_target(c, e, i, "10");
            if (own && k == SIZE_MAX) e->target = was;
            /* (a state's rejection of a charge the article told as no act of its own, "the GKNB
             * said the gunmen had crossed the river under the noses of Afghan border forces ...
             * Defence ministry spokesman Enayatullah Khwarazmi rejected the allegation": the state
             * the speaker's side last dealt with before it, else first after it) */
            /* (... over the people its words go on to name with no state: "saying its officers had
             * acted within the law against illegal miners") */
            int bare_t = !e->target.code || (!e->target.country && !memcmp(e->target.code, "---", 3));
            if (!own && k == SIZE_MAX && bare_t && e->source.country && strlen(e->source.code) == 6 &&
                state_organ(e->source.code + 3))
                for (size_t n = 1; n < c->nev; n++) {
                    size_t q = n <= i ? i - n : n; /* (before it, nearest first; then after it) */
                    const kb_event *f = &c->ev[q];
                    if (f->historical || f->quad < 0 || !f->source.country || !f->target.country) continue;
                    const char *other = !strncmp(f->source.country, e->source.country, 3)   ? f->target.country
                                        : !strncmp(f->target.country, e->source.country, 3) ? f->source.country
                                                                                            : NULL;
                    if (!other || !strncmp(other, e->source.country, 3) || !memcmp(other, "---", 3)) continue;
                    const char *cc = kb_arena_strndup(c->arena, other, 3);
                    e->target = (kb_actor){cc, cc, cc};
                    break;
                }
        }
        /* "A government spokesman rejected the appeal": the last appeal or demand to the
         * speaker's side; rejecting a call to release someone refuses to release them (1243) */
        else if (!memcmp(e->root, "12", 2) && evidence_says(c, e, PLEA, 4)) {
            size_t k = answer_target(c, e, i, "02");
            if (k == SIZE_MAX) k = answer_target(c, e, i, "10");
            const char *ac = k != SIZE_MAX ? c->ev[k].code : "";
            /* (... and a call to halt operations or show restraint refuses to de-escalate: 1246) */
            const kbl_cameo *cm = !strcmp(ac, "0253") || !strcmp(ac, "1053")   ? kbl_cameo_get(c->lx, "1243")
                                  : !strcmp(ac, "0256") || !strcmp(ac, "1056") ? kbl_cameo_get(c->lx, "1246")
                                                                                 : NULL;
            if (cm) set_code(e, cm);
        }
        else if (!memcmp(e->root, "13", 2) && evidence_says(c, e, RESPOND, -1))
            answer_target(c, e, i, NULL);
        /* "the Front warned that the attacks would go on": a threat of force to no one named is
         * aimed at whoever last struck the speaker's side, else at whom its side last struck */
        else if (!strcmp(e->code, "138")) {
            if (answer_target(c, e, i, NULL) == SIZE_MAX)
                for (size_t k = i; k-- > 0;) {
                    const kb_event *f = &c->ev[k];
                    if (f->historical || !f->source.code || !f->target.code || f->root[0] != '1' ||
                        f->root[1] < '8' || strncmp(f->source.code, e->source.code, 3) ||
                        !memcmp(f->target.code, "---", 3))
                        continue;
                    e->target = f->target;
                    break;
                }
        }
        /* "The OLA denied any involvement" after "the regional government blamed the OLA": a
         * denial naming no one answers the last accusation against the denier's side, else
         * ("Hezbollah denied that any of the buildings hit was used for military purposes")
         * whoever last struck that side */
        else if (!strcmp(e->code, "016")) {
            /* (a denial of "reports" or "rumours" answers whoever accused, never a blow: "the army
             * denied reports that the post had been overrun") */
            static const char *const HEARSAY[] = {"report", "reports", "rumour", "rumours", "rumor", "rumors",
                                                  "speculation", NULL};
            answer_target(c, e, i, "11");
            if (!e->target.code && !evidence_says(c, e, HEARSAY, 3)) answer_target(c, e, i, NULL);
            /* (... and one that answers no one the article told, in an article about the
             * denier's own state alone, answers its own people: "The government denied on
             * Monday that its forces had caused any deaths") */
            const char *own_land = e->target.code ? NULL : clear_state(c);
            for (int k = 0; own_land && k < c->nstates; k++)
                if (c->scount[k] >= 2 && strncmp(c->scode[k], own_land, 3)) own_land = NULL;
            if (own_land && e->source.country && !strncmp(own_land, e->source.country, 3)) {
                const char *cc = kb_arena_strndup(c->arena, own_land, 3);
                e->target = (kb_actor){cc, cc, cc};
            }
        }
        /* "condemned what he called 'a cowardly massacre by the ADF terrorists'": the doer of
         * the act its words name, which is no act of its own */
        else if (!strcmp(e->code, "111") && condemned_doer(c, e, i)) {
        }
        /* "condemned the launch", "denounced the test": the doer of the article's last show of
         * force (150); "condemned the seizure", "the arrests": of its last arrest or abduction */
        else if (!memcmp(e->root, "11", 2) &&
                 (evidence_says(c, e, LAUNCH, 4) || evidence_says(c, e, SEIZURE, 4))) {
            int launch = evidence_says(c, e, LAUNCH, 4);
            for (size_t k = i; k-- > 0;)
                if ((launch ? !strncmp(c->ev[k].code, "15", 2)
                            : (!strncmp(c->ev[k].code, "17", 2) || !strncmp(c->ev[k].code, "18", 2))) &&
                    c->ev[k].source.code && !c->ev[k].historical && strcmp(c->ev[k].source.code, e->source.code) &&
                    memcmp(c->ev[k].source.code, "---", 3)) {
                    e->target = c->ev[k].source;
                    break;
                }
            /* (an expulsion told before any: a state's word on it is on the other state the
             * report names most, "Muttaqi also criticised the mass expulsion of Afghan migrants") */
            const char *hc;
            if (!e->target.code && e->source.country && evidence_says(c, e, EXPULSION, 4) &&
                (hc = leading_state_but(c, e->source.country))) {
                e->target.country = kb_arena_strndup(c->arena, hc, 3);
                e->target.code = e->target.country;
                e->target.name = e->target.country;
            }
        }
        /* "Afghanistan's Taliban government condemned the strikes": their doer, when they hit the
         * condemner's side */
        /* (... or named: "condemned what it called 'a cowardly attack on defenceless migrants'") */
        else if (!strcmp(e->code, "111") &&
                 (evidence_says(c, e, ATTACKS, 3) ||
                  (evidence_says(c, e, (const char *const[]){"called", "described", "termed", NULL}, 4) &&
                   evidence_says(c, e, ATTACKS, 8))))
            answer_target(c, e, i, NULL);
        /* "its troops had killed 12 of the assailants": force used back on whoever struck the
         * speaker's side */
        else if (!e->target.code && e->root[0] == '1' && (e->root[1] == '8' || e->root[1] == '9') &&
                 evidence_says(c, e, ATTACKERS, 5))
            answer_target(c, e, i, NULL);
        /* "the army said it would retake the town": from whoever took it from the speaker's side */
        else if ((!strcmp(e->code, "192") || !strcmp(e->code, "1382")) && evidence_says(c, e, RETAKE, 3))
            answer_target(c, e, i, NULL);
    }
}

static int span_cmp(const void *a, const void *b)
{
    const kb_span *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Event e's bare state organ is state cc's; with people_too, so are the bare people it acted
 * on ("Police arrested four people"), not armed men or another organ. */
static void organ_of(kb_coder *c, kb_doc *d, kb_event *e, const char *cc, int people_too)
{
    e->source.country = kb_arena_strndup(d->arena, cc, 3);
    e->source.code = arena_cat(c, e->source.country, e->source.code + 3);
    if (people_too && e->target.code && !memcmp(e->target.code, "---", 3) && !e->target.country &&
        strlen(e->target.code) == 6 && !state_organ(e->target.code + 3) && !armed_role(e->target.code + 3)) {
        e->target.country = e->source.country;
        e->target.code = arena_cat(c, e->target.country, e->target.code + 3);
    }
}

/* The force word a source's name ends on ("Djiboutian gendarmes" -> "gendarm"), 0 if none; its
 * stem goes to out */
static int force_stem(const char *name, char out[8])
{
    static const char *const STEMS[] = {"gendarm", "police", "soldier", "troop", "guard", "officer", "agent",
                                        "ranger", NULL};
    if (!name) return 0;
    const char *w = strrchr(name, ' ');
    w = w ? w + 1 : name;
    for (int k = 0; STEMS[k]; k++)
        if (!strncasecmp(w, STEMS[k], strlen(STEMS[k]))) {
            snprintf(out, 8, "%s", STEMS[k]);
            return 1;
        }
    return 0;
}

/* The state of the force of the same kind and role the article named with its state, nearest
 * event i first ("The gendarmerie had closed the crossing ..., a day after gendarmes beat
 * Ethiopian drivers" in a report whose Djiboutian gendarmes acted before); NULL when none or two
 * states' */
static const char *same_force_state(const kb_coder *c, const kb_event *ev, size_t n, size_t i)
{
    char st[8], o[8];
    const kb_event *e = &ev[i];
    if (!force_stem(e->source.name, st)) return NULL;
    const char *cc = NULL;
    /* (those before it, else those told within five sentences after it: not a background's
     * force, which the enrichment has yet to date) */
    for (int after = 0; after < 2 && !cc; after++)
        for (size_t k = 0; k < n; k++) {
            const kb_event *f = &ev[k];
            if (k == i || (after ? f->sentence <= e->sentence || f->sentence > e->sentence + 5 : f->sentence > e->sentence) ||
                f->quad < 0 || f->historical != e->historical || !f->source.country || !f->source.code ||
                strlen(f->source.code) != 6 || strcmp(f->source.code + 3, e->source.code + 3) ||
                !force_stem(f->source.name, o) || strcmp(o, st))
                continue;
            if (cc && strncmp(cc, f->source.country, 3)) return NULL;
            cc = f->source.country;
        }
    (void)c;
    return cc;
}

/* "Congo" alone is the DRC, as most wires write it; but in an article that names the Republic of
 * Congo (or Brazzaville) and nothing only the DRC is ("DRC", "Democratic Republic", "DR Congo",
 * "Kinshasa"), "Congo's ambassador" is Brazzaville's */
static void the_other_congo(kb_coder *c, kb_doc *d, kb_event *ev, size_t n)
{
    int cog = 0;
    for (size_t i = 0; i < n && !cog; i++)
        cog = (ev[i].source.country && !strncmp(ev[i].source.country, "COG", 3)) ||
              (ev[i].target.country && !strncmp(ev[i].target.country, "COG", 3));
    if (!cog || !d->text) return;
    static const char *const DRC[] = {"DRC", "Democratic Republic", "DR Congo", "D.R. Congo", "Kinshasa",
                                      "Congo-Kinshasa", NULL};
    for (int k = 0; DRC[k]; k++) {
        size_t kl = strlen(DRC[k]);
        for (size_t j = 0; j + kl <= d->text_len; j++)
            if (d->text[j] == DRC[k][0] && !memcmp(d->text + j, DRC[k], kl)) return;
    }
    for (size_t i = 0; i < n; i++)
        for (int side = 0; side < 2; side++) {
            kb_actor *a = side ? &ev[i].target : &ev[i].source;
            if (!a->country || strncmp(a->country, "COD", 3) || !a->code || strncmp(a->code, "COD", 3)) continue;
            a->country = "COG";
            a->code = arena_cat(c, "COG", a->code + 3);
        }
}

/* "detained another Murmansk trawler": a boat held that a town names, no one's else, is that
 * town's state's (not the holder's own, on_own_state's guess); its country, NULL if none */
static const char *town_boat(const kb_coder *c, const kb_event *e)
{
    for (size_t k = 0; k < c->nprefs; k++) {
        const struct kb_place_ref *p = &c->prefs[k];
        if (p->start < e->start || p->end >= e->end || p->metonym) continue;
        uint32_t q = p->end;
        if (q + 1 < e->end && c->text[q] == ' ') q++;
        if (q + 8 < e->end && !strncmp(c->text + q, "fishing ", 8)) q += 8;
        for (int v = 0; VESSEL[v]; v++) {
            size_t vl = strlen(VESSEL[v]);
            if (q + vl <= e->end && !strncmp(c->text + q, VESSEL[v], vl) &&
                (q + vl == e->end || !isalpha((unsigned char)c->text[q + vl])))
                return p->country;
        }
    }
    return NULL;
}

/* The state whose people or organs armed men of no state attacked before event i of the
 * article (a group's or unnamed gunmen's act of force on a target with a country), or NULL */
static const char *struck_land(const kb_coder *c, size_t i)
{
    const char *tc = c->ev[i].target.code;
    int named = strlen(tc) != 6; /* (a named group: its own acts only) */
    for (size_t q = 0; q < i; q++) {
        const kb_event *w = &c->ev[q];
        /* (armed men from a state named too, striking another: "Gunmen from Ethiopia stormed a
         * police post at Butiye") */
        int foreign = w->source.country && strlen(w->source.code) == 6 && armed_role(w->source.code + 3) &&
                      w->target.country && strncmp(w->source.country, w->target.country, 3);
        if (w->quad < 0 || (w->source.country && !foreign) || !w->source.code || !w->target.country ||
            root_of(w->root) < 18)
            continue;
        if (named ? strcmp(w->source.code, tc) : strlen(w->source.code) == 6 && !armed_role(w->source.code + 3))
            continue;
        return w->target.country;
    }
    return NULL;
}

/* Event e's act is on its doer's own state (a curfew imposed, people held at home) */
static void on_own_state(kb_event *e)
{
    e->target.country = e->source.country;
    e->target.code = e->source.country;
    e->target.name = e->source.country;
}

/* Event e's bare organ is land cc's, acting at home: so are the people it acted on whom the
 * coder gave a state for want of one */
static void organ_at_home(kb_coder *c, kb_doc *d, kb_event *e, const char *cc)
{
    if (e->target.code && e->target.country && e->target_inferred && strlen(e->target.code) == 6 &&
        !state_organ(e->target.code + 3)) {
        e->target.country = kb_arena_strndup(d->arena, cc, 3);
        e->target.code = arena_cat(c, e->target.country, e->target.code + 3);
    }
    organ_of(c, d, e, cc, 1);
}

/* The state of the police event i's sentence or the one before it gave a state to, when the
 * police of those sentences are of one state, NULL if none */
static const char *police_before(const kb_coder *c, size_t i)
{
    const char *cc = NULL;
    for (size_t q = i; q-- > 0 && c->ev[q].sentence + 1 >= c->ev[i].sentence;) {
        const kb_event *f = &c->ev[q];
        if (f->quad < 0 || !f->source.country || !f->source.code || strlen(f->source.code) != 6 ||
            strcmp(f->source.code + 3, "COP"))
            continue;
        if (cc && strncmp(cc, f->source.country, 3)) return NULL;
        cc = f->source.country;
    }
    return cc;
}

static int code_spans(kb_coder *c, kb_doc *d, const kb_span *sp, size_t ns, const char *date,
                      kb_event **events, size_t *n)
{
    c->nev = 0;
    memset(&c->mem, 0, sizeof c->mem);
    c->date = parse_ymd(date);
    c->doc_year_max = c->date ? c->date / 10000 : 0;
    c->sport_hits = c->hard_hits = c->doc_words = c->nsport_ids = 0;
    c->nstates = c->dl_counted = 0;
    c->nabbr = c->nhomes = c->nsur = c->npend = c->pending = c->nkin = c->nheads = 0;
    c->vessel = NULL;
    memset(&c->folk_group, 0, sizeof c->folk_group);
    memset(c->tally, 0, sizeof c->tally);
    c->generic_sent = -1;
    c->has_pair = c->has_sayer = 0;
    c->stmt_sent = -1;
    c->lead_sent = c->lead_csent = c->lead_tsent = c->subj_sent = c->psubj_sent = c->lone_sent = -1;
    c->naspan = 0;
    /* the country the text's towns and provinces lie in (kb_enrich_hint, given for reports of
     * violence or unrest) counts as named three times: bare state organs of an article that never
     * names its country ("police arrested", "the district magistrate imposed a curfew") belong
     * to it */
    /* (a stand-in for no state named: the first other state the article names ends it) */
    c->hint = -1;
    c->then = 0;
    c->land[0] = '\0';
    c->prefs = d->place_refs;
    c->nprefs = d->n_place_refs;
    c->dl_land[0] = '\0';
    /* (a town the text opens on, a comma after it: the dateline's) */
    for (size_t k = 0; k < c->nprefs && k < 2; k++) {
        const struct kb_place_ref *r = &c->prefs[k];
        if (r->metonym || r->end >= d->text_len || d->text[r->end] != ',' || r->start > 80) continue;
        uint32_t q = r->start;
        while (q > 0 && d->text[q - 1] != '\n') q--;
        if (q != r->start) continue;
        memcpy(c->dl_land, r->country, 4);
        break;
    }
    if (d->country_hint && strlen(d->country_hint) == 3) {
        memcpy(c->scode[0], d->country_hint, 4);
        memcpy(c->land, d->country_hint, 4);
        c->scount[0] = 3;
        c->nstates = 1;
        c->hint = 0;
    }
    c->arena = d->arena;
    c->text = d->text;
    c->text_len = d->text_len;
    for (size_t i = 0; i < ns; i++) {
        uint32_t s = sp[i].start, e = sp[i].end;
        if (e > d->text_len || s >= e) continue;
        /* overlong "sentences" (unsplit lists): in windows of ~1500 bytes */
        while (e - s > 1500) {
            uint32_t cut = s + 1500;
            while (cut > s + 500 && d->text[cut] != ' ') cut--;
            code_sentence(c, (int)i, s, cut);
            s = cut;
        }
        code_sentence(c, (int)i, s, e);
    }
    /* article-level: sport/entertainment context, history, dates */
    /* two distinct cue words at least: a party named "League" four times is no sport */
    /* and more of them than hard-news words: a radio host's arrest at a protest broken up by
     * police is no entertainment */
    int sport = c->sport_hits >= 4 && c->sport_hits * 80 >= c->doc_words && c->nsport_ids >= 2 &&
                c->hard_hits < c->sport_hits;
    const char *ddate = date ? kb_arena_strndup(d->arena, date, 10) : NULL;
    if (ddate && strlen(ddate) == 8 && !strchr(ddate, '-')) {
        char *x = kb_arena_alloc(d->arena, 11);
        snprintf(x, 11, "%.4s-%.2s-%.2s", ddate, ddate + 4, ddate + 6);
        ddate = x;
    }
    kb_event *out = NULL;
    size_t k = 0;
    if (c->nev) {
        out = kb_arena_alloc(d->arena, c->nev * sizeof *out);
        if (!out) return KB_ENOMEM;
    }
    claimed_attackers(c);
    answered_targets(c);
    /* the article's state: the most named one (groups count for their home country) */
    int second = 0, best = dominant_state(c, &second);
    if (best >= 0 && c->scount[best] == second) best = -1;
    /* a bare organ's answer the article could not give a target: no event; a denial stands if
     * the article's clear state can be its speaker (resolved below) */
    int psecond = 0, pbest = dominant_state(c, &psecond);
    int clear = pbest >= 0 && c->scount[pbest] >= 2 && c->scount[pbest] >= 2 * psecond;
    for (int p = 0; p < c->npend; p++) {
        kb_event *e = &c->ev[c->pend[p]];
        if (!e->target.code && !(clear && !strcmp(e->code, "016"))) e->quad = -1;
    }
    for (size_t i = 0; i < c->nev; i++) condemned_as(c, &c->ev[i]);
    for (size_t i = 0; i < c->nev; i++) {
        kb_event *e = &c->ev[i];
        if (e->quad < 0 || (sport && e->quad >= 3)) continue;
        if (!e->target.code && kbl_target_required(c->lx)) continue; /* imported lexicons (kbl.h) */
        /* protesters lifting their own blockade ("Drivers lifted their blockade of the Northern
         * Corridor highway") yield nothing: the end of a protest, not a state's easing of a siege */
        if (!strcmp(e->code, "0872") && e->source.code && strlen(e->source.code) == 6 &&
            str_in(e->source.code + 3, DISSENT_ROLES) &&
            evidence_says(c, e, (const char *const[]){"blockade", "blockades", NULL}, 12))
            continue;
        /* "The opposition rejected the accusation" (the government's): an opposition no word gave
         * a state, answering or blaming a state's government, is that state's (not one rallying at
         * a foreign mission) */
        if ((!memcmp(e->root, "01", 2) || !memcmp(e->root, "11", 2) || !memcmp(e->root, "12", 2)) &&
            e->source.code && !e->source.country && !strcmp(e->source.code, "---OPP") && e->target.code &&
            e->target.country && strlen(e->target.code) == 6 && !strcmp(e->target.code + 3, "GOV")) {
            e->source.country = e->target.country;
            e->source.code = arena_cat(c, e->target.country, "OPP");
        }
        /* a plural people's act among themselves (emit_groups): within the article's clear
         * state, else no event */
        if (e->source.code && e->target.code && !strcmp(e->source.code, e->target.code) &&
            !memcmp(e->source.code, "---", 3) && !e->source.country) {
            if (!(best >= 0 && c->scount[best] >= 2 && c->scount[best] >= 2 * second)) continue;
            e->source.country = e->target.country = kb_arena_strndup(d->arena, c->scode[best], 3);
            e->source.code = e->target.code = arena_cat(c, e->source.country, e->source.code + 3);
        }
        /* an unnamed attacker on victims with no country (a state organ, people): the article's
         * state, else none yet; either way the enrichment puts the country of the event's place
         * (target_inferred) */
        /* ... a named attacker's victims with no country: the enrichment's place only ("Russian
         * missiles struck a building in Dnipro, killing 12 people"), never the article's state,
         * which may be the attacker's */
        if (e->source.code && memcmp(e->source.code, "---", 3) && !e->target_inferred && e->target.code &&
            !memcmp(e->target.code, "---", 3) && !e->target.country && (e->root[0] == '2' ||
            (e->root[0] == '1' && e->root[1] >= '8') || !strncmp(e->code, "138", 3) || !strncmp(e->code, "175", 3) ||
            /* (and a curfew or ban on people: "imposed a curfew on Panguna and the surrounding
             * villages", whose place gives them their state; and words about people no word gave
             * a state: "condemned the use of live ammunition against protesters in Leh") */
            !strncmp(e->code, "172", 3) || custody_code(e->code) ||
            /* (and captives freed: "the two lecturers seized in the raid were freed by their
             * captors near the border") */
            !strncmp(e->code, "0841", 4) ||
            ((root_of(e->root) == 11 || root_of(e->root) == 12) && strlen(e->target.code) == 6 &&
             (!strcmp(e->target.code + 3, "OPP") || !strcmp(e->target.code + 3, "CVL"))))) {
            e->target_inferred = 1;
            /* (a state's repression or force on a crowd, or its charge against criminals, in a
             * report whose places lie in that state: its own people, "Rangers fired at a convoy
             * of demonstrators near Dhirkot", "the GKNB accused members of an organised criminal
             * group"; the act's own place may still say otherwise) */
            const char *sc = e->source.country;
            const char *tr = strlen(e->target.code) == 6 ? e->target.code + 3 : "";
            if (sc && c->land[0] && !strncmp(sc, c->land, 3) && strlen(e->source.code) == 6 &&
                state_organ(e->source.code + 3) &&
                (!strncmp(e->code, "175", 3) ||
                 (!strcmp(tr, "OPP") && !custody_code(e->code) && strncmp(e->code, "138", 3)))) {
                e->target.country = kb_arena_strndup(d->arena, sc, 3);
                e->target.code = arena_cat(c, e->target.country, tr);
            }
            /* (the victims, with no country, of armed men the coder gave the report's state, or
             * of a group from another state acting in it: that state's, "the two lecturers
             * seized in the raid were freed by their captors" in a Kenyan report; the act's own
             * place may still say otherwise) */
            const char *hm = sc ? NULL : home_of(c, e->source.code);
            const char *vs = NULL;
            /* (not armed men a place names as their origin: "raiders from Ethiopia killed 40
             * people near the lake") */
            if (sc && (!c->land[0] || !strncmp(sc, c->land, 3)) && strlen(e->source.code) == 6 &&
                (!strcmp(e->source.code + 3, "INS") || !strcmp(e->source.code + 3, "REB")) &&
                !(e->source.name && strstr(e->source.name, " from ")))
                vs = sc;
            else if (hm && c->land[0] && strncmp(hm, c->land, 3))
                vs = c->land;
            if (vs && !e->target.country && strlen(e->target.code) == 6) {
                e->target.country = kb_arena_strndup(d->arena, vs, 3);
                e->target.code = arena_cat(c, e->target.country, e->target.code + 3);
            }
        } else if (e->source.code && e->source.country && e->target.code && !e->target.country &&
                   !strcmp(e->target.code, "---CRM") && !memcmp(e->root, "11", 2) &&
                   strlen(e->source.code) == 6 && state_organ(e->source.code + 3) && c->land[0] &&
                   !strncmp(e->source.country, c->land, 3)) {
            e->target.country = e->source.country;
            e->target.code = arena_cat(c, e->source.country, "CRM");
        } else if (e->source.code && !e->source.country &&
                   (e->root[0] == '2' || (e->root[0] == '1' && e->root[1] >= '8')) && e->target.code &&
                   e->target.country && strlen(e->target.code) == 6 && !state_organ(e->target.code + 3) &&
                   home_of(c, e->source.code) && !strncmp(home_of(c, e->source.code), e->target.country, 3)) {
            /* (a group's victims given its home's state for want of a place are a guess the
             * act's own place may correct: "ADF fighters attacked the Lhubiriha secondary school
             * in Mpondwe, in neighbouring Kasese district") */
            e->target_inferred = 1;
        } else if ((!e->source.code || !memcmp(e->source.code, "---", 3) || e->target_inferred) && e->target.code &&
            !memcmp(e->target.code, "---", 3) && !e->target.country) {
            /* peacekeepers are nobody's state organ here */
            if (e->target.name && strstr(e->target.name, "eacekeep")) continue;
            e->target_inferred = 1;
            if (best >= 0) {
                e->target.country = kb_arena_strndup(d->arena, c->scode[best], 3);
                e->target.code = arena_cat(c, e->target.country, e->target.code + 3);
            }
        }
        /* a bare state organ as the doer ("the army-backed government said, blaming X" in the
         * article's first sentence): the article's clear state, as later sentences get it */
        /* (its words to its own state's bodies too: "Interior Minister X rejected the charge" of
         * the country's rights commission) */
        int bare_organ = e->source.code && !memcmp(e->source.code, "---", 3) && !e->source.country &&
                         strlen(e->source.code) == 6 && state_organ(e->source.code + 3);
        /* (a bare organ's release, told in the passive, of another state's people in a report whose
         * places lie in one land: that land's, which held them, "The other 21 crew members were
         * released and put on a flight to Manila" in a report from Koror) */
        const char *at = NULL;
        if (bare_organ && c->land[0] && !strcmp(e->code, "0841") && e->target.country &&
            strncmp(e->target.country, c->land, 3))
            organ_of(c, d, e, c->land, 0);
        /* (a bare organ's deployment or custody, or police force, at towns of one land its own
         * words name: that land's, "Soldiers detained four members of the cartel at a checkpoint
         * outside El Sásabe", "Military police shot dead a third suspect on a farm near Ponta
         * Porã", whatever state the article names most) */
        else if (bare_organ &&
                 (root_of(e->root) == 15 || root_of(e->root) == 17 ||
                  (root_of(e->root) >= 18 && !strcmp(e->source.code + 3, "COP"))) &&
                 (at = span_land(c, e->start, e->end)))
            organ_of(c, d, e, at, root_of(e->root) == 17);
        /* (... and its force on another state's people in a report the dateline files from a
         * town of its own land: "ZÁHONY, Feb. 17 - ... Police officers used batons and pepper
         * spray on Ukrainian drivers") */
        else if (bare_organ && c->dl_land[0] &&
                 (root_of(e->root) == 17 || (root_of(e->root) >= 18 && !strcmp(e->source.code + 3, "COP"))) &&
                 e->target.country && !e->target_inferred && strncmp(e->target.country, c->dl_land, 3) &&
                 strlen(e->target.code) == 6 && !state_organ(e->target.code + 3))
            organ_of(c, d, e, c->dl_land, 0);
        /* (... and troops' force on another state's people at towns of one land, the sentence's
         * or the act's own words from its verb: that land's, "A third Brazilian miner has died in
         * Boa Vista ... since National Guard troops opened fire on a group of garimpeiros on a
         * track outside Santa Elena") */
        else if (bare_organ && !strcmp(e->source.code + 3, "MIL") && root_of(e->root) >= 18 && e->target.country &&
                 !e->target_inferred && strlen(e->target.code) == 6 && !state_organ(e->target.code + 3) &&
                 !armed_role(e->target.code + 3) &&
                 ((at = span_land(c, e->start, e->end)) || (at = span_land(c, e->verb_start, e->end))) &&
                 strncmp(at, e->target.country, 3))
            organ_of(c, d, e, at, 0);
        /* (... or the police the sentence before placed, for custody its own words place nowhere:
         * "Police fired tear gas to clear the road [in Elubo]. Eleven people were arrested") */
        else if (bare_organ && !strcmp(e->source.code + 3, "COP") && custody_code(e->code) &&
                 (at = police_before(c, i)))
            organ_at_home(c, d, e, at);
        /* (... and its force on a crowd of no state, in an article whose places lie in one land:
         * that land's, "police used pepper spray and batons to disperse protesters outside the
         * border guard building" in a report of Daugavpils that names Russia more) */
        /* (the land most of its towns lie in when the states it names are too many for a land) */
        /* (the crowd given the state the article names most for want of one is the land's too) */
        else if (bare_organ && !strncmp(e->code, "175", 3) &&
                 (!e->target.code || (!e->target.country && !memcmp(e->target.code, "---", 3)) ||
                  (e->target_inferred && strlen(e->target.code) == 6 && !state_organ(e->target.code + 3))) &&
                 (at = c->land[0] ? c->land : most_towns_land(c)))
            organ_at_home(c, d, e, at);
        else if (best >= 0 && c->scount[best] >= 2 && c->scount[best] >= 2 * second && bare_organ &&
            !(e->target.code && !strncmp(e->target.code, c->scode[best], 3) &&
              !((root_of(e->root) == 1 || (root_of(e->root) >= 10 && root_of(e->root) <= 13) ||
                 custody_code(e->code) ||
                 /* (talks with its own country's party or people, not its organs: a foreign
                  * minister meeting a head of state is a guest's visit) */
                 (root_of(e->root) == 4 && strlen(e->target.code) == 6 && !state_organ(e->target.code + 3))) &&
                strlen(e->target.code) == 6)))
            /* (... and the people it held or freed, "Police arrested four people") */
            organ_of(c, d, e, c->scode[best], custody_code(e->code));
        /* ... else a bare organ's custody of people the article's state was given for want of
         * any other ("Police arrested Lalthang Bawm, a union parishad member in Ruma"): that
         * state's organ (not of people a word names foreigners: "Police in Karachi arrested 40
         * Afghans") */
        else if (bare_organ && custody_code(e->code) && e->target_inferred && e->target.country && e->target.code &&
                 strlen(e->target.code) == 6 && !state_organ(e->target.code + 3) && memcmp(e->target.code, "---", 3))
            organ_of(c, d, e, e->target.country, 0);
        /* ... else police, or any organ's repression, on a crowd the article's state was given
         * ("Police fired tear gas at a convoy of demonstrators near Dhirkot"): that state's */
        else if (bare_organ && best >= 0 && e->target_inferred && e->target.country && e->target.code &&
                 strlen(e->target.code) == 6 && !strncmp(e->target.country, c->scode[best], 3) &&
                 !state_organ(e->target.code + 3) && !armed_role(e->target.code + 3) &&
                 (!strncmp(e->code, "175", 3) || (!strcmp(e->source.code + 3, "COP") && root_of(e->root) >= 17)))
            organ_of(c, d, e, c->scode[best], 0);
        /* ... else, in an article the places of which lie in one land, its coercion at home
         * ("The government declared a curfew", "Riot police fired tear gas at the crowd") is
         * that land's organ's: curfews, arrests and repression of no foreign target */
        else if (c->land[0] && bare_organ && (root_of(e->root) == 17 || (root_of(e->root) == 9 && !e->target.code)) &&
                 (!e->target.code || !e->target.country || !strncmp(e->target.country, c->land, 3)))
            organ_of(c, d, e, c->land, 1);
        /* ... and so is its force on armed men of no state ("Troops pursuing the raiders killed
         * three of them" after "ADF rebels killed 11 civilians in a Ugandan village"): the state
         * whose people or organs armed men of no state struck earlier in the article */
        /* (police too: "Police shot dead two of the gunmen later on Sunday") */
        else if (bare_organ && strlen(e->source.code) == 6 &&
                 (!strcmp(e->source.code + 3, "MIL") || !strcmp(e->source.code + 3, "COP")) &&
                 root_of(e->root) >= 18 && e->target.code &&
                 (strlen(e->target.code) == 6 ? armed_role(e->target.code + 3)
                                              : !e->target.country && memcmp(e->target.code, "---", 3))) {
            const char *cc = struck_land(c, i);
            if (!cc && !memcmp(e->target.code, "---", 3)) continue; /* no one's, no event */
            if (cc) organ_of(c, d, e, cc, 0);
        }
        /* ... and so is police fire on another state's people or boat in a report whose places lie in
         * one land ("marine police fired on a Chinese boat near Helen Reef" in a report from
         * Koror): police act at home */
        else if (bare_organ && c->land[0] && !strcmp(e->source.code + 3, "COP") && root_of(e->root) >= 18 &&
                 e->target.country && strncmp(e->target.country, c->land, 3))
            organ_of(c, d, e, c->land, 0);
        /* ... and so is a crossing closed to a neighbour ("Border officials closed the Mirjaveh
         * crossing with Pakistan" in a report from Iran's side): a state shuts its own border, the
         * land's, else the state the article names most but the neighbour */
        else if (bare_organ && !strcmp(e->code, "191") && e->target.country) {
            const char *cc = other_land(c, e->target.country);
            if (cc) organ_of(c, d, e, cc, 0);
        }
        /* ... else a force the article named with its state before (or soon after), of the same
         * kind: that state's ("a day after gendarmes beat Ethiopian drivers" in a report on
         * Djibouti's gendarmerie) */
        else if (bare_organ && (at = same_force_state(c, c->ev, c->nev, i)) != NULL)
            organ_of(c, d, e, at, 0);
        /* ... and so is a people's voice no one gave a country that addressed no one named, in
         * an article about one state; else it names no one and is no event */
        if (e->source.code && !memcmp(e->source.code, "---", 3) && !e->source.country &&
            strlen(e->source.code) == 6 && root_of(e->root) >= 1 && root_of(e->root) <= 14 &&
            str_in(e->source.code + 3, VOICES)) {
            /* (the same voice's other act in the sentence gave it its state: "Fabre, leader of
             * the opposition ANC, condemned ... and demanded the release of everyone detained") */
            const char *st = NULL;
            for (size_t q = 0; q < c->nev && !st; q++)
                if (c->ev[q].sentence == e->sentence && c->ev[q].source.code && c->ev[q].source.country &&
                    strlen(c->ev[q].source.code) == 6 && !strcmp(c->ev[q].source.code + 3, e->source.code + 3))
                    st = c->ev[q].source.country;
            if (!st && best >= 0 && c->scount[best] >= 3 && c->scount[best] >= 2 * second) st = c->scode[best];
            /* (a protest is made where it happens: "Opposition members walked out of Parliament",
             * in a report whose places lie in one land) */
            if (!st && root_of(e->root) == 14 && c->land[0]) st = c->land;
            if (!st && !e->target.code) continue;
            if (st) {
                e->source.country = kb_arena_strndup(d->arena, st, 3);
                e->source.code = arena_cat(c, e->source.country, e->source.code + 3);
            }
        }
        /* ... and as the other party of a word or meeting ("the head of the mission and the
         * defence minister met"): a bare organ facing a doer of another country or none is the
         * article's clear state's */
        if (best >= 0 && c->scount[best] >= 2 && c->scount[best] >= 2 * second && e->target.code &&
            !memcmp(e->target.code, "---", 3) && !e->target.country && strlen(e->target.code) == 6 &&
            state_organ(e->target.code + 3) && root_of(e->root) < 18 && e->source.code &&
            memcmp(e->source.code, "---", 3) && !(e->source.country && !strncmp(e->source.country, c->scode[best], 3))) {
            e->target.country = kb_arena_strndup(d->arena, c->scode[best], 3);
            e->target.code = arena_cat(c, e->target.country, e->target.code + 3);
        }
        /* ... and so is a people no word gave a state that a state's organ addresses or meets at
         * home ("The president invited the paramount chiefs to talks", in a report whose places
         * lie in her land): that land's people */
        if (c->land[0] && e->source.country && !strncmp(e->source.country, c->land, 3) && e->source.code &&
            strlen(e->source.code) == 6 && state_organ(e->source.code + 3) &&
            (root_of(e->root) <= 13 || root_of(e->root) >= 17) &&
            e->target.code && !memcmp(e->target.code, "---", 3) && !e->target.country && strlen(e->target.code) == 6 &&
            land_people(e->target.code + 3)) {
            e->target.country = kb_arena_strndup(d->arena, c->land, 3);
            e->target.code = arena_cat(c, e->target.country, e->target.code + 3);
        }
        /* ... and so is one facing the land's own people ("Leaders of the two martial arts groups
         * signed a pledge", each the other's partner): both are the land's */
        for (int side = 0; side < 2 && c->land[0]; side++) {
            kb_actor *p = side ? &e->target : &e->source, *o = side ? &e->source : &e->target;
            if (p->code && !memcmp(p->code, "---", 3) && !p->country && strlen(p->code) == 6 &&
                land_people(p->code + 3) && o->code && o->country &&
                !strncmp(o->country, c->land, 3) && strlen(o->code) == 6 && !strcmp(o->code + 3, p->code + 3)) {
                p->country = kb_arena_strndup(d->arena, c->land, 3);
                p->code = arena_cat(c, p->country, p->code + 3);
            }
        }
        /* a curfew or a state of emergency no one is named for is imposed on the imposer's own
         * country ("Honduras first imposed a partial state of exception in December 2022") */
        /* (and so is repression told with no one named: "Police in Nukus fired tear gas to break up
         * a rally"; emit gives an eased curfew or a concession the same) */
        if ((!strcmp(e->code, "1721") || !strcmp(e->code, "1722") || !strcmp(e->code, "1723") || !strcmp(e->code, "1724") ||
             !strncmp(e->code, "175", 3)) &&
            !e->target.code && e->source.country)
            on_own_state(e);
        /* "Soldiers at an army camp in Oddusuddan beat four young Tamil men": people a state's
         * organ beats or tortures at home, no state named for them, are the land's */
        if (!strncmp(e->code, "182", 3) && !e->target.code && c->land[0] && e->source.country &&
            !strncmp(e->source.country, c->land, 3) && e->source.code && strlen(e->source.code) == 6 &&
            state_organ(e->source.code + 3) &&
            evidence_says(c, e, (const char *const[]){"men", "man", "women", "woman", "boys", "youths", "detainees",
                                                      "prisoners", "villagers", "students", "people", NULL}, 8))
            on_own_state(e);
        /* ... and a protest, or a threat of strikes or protests, by a people the article gave its
         * state ("The union threatened to call a general strike"): made of that state's
         * government, as emit codes it when the state is known there */
        /* (... or for people of no state, "in support of the detainees") */
        /* (... and a threat of a strike "if the detainees were not freed": the detainees are no
         * party to it) */
        if ((!memcmp(e->root, "14", 2) || !strcmp(e->code, "133")) && e->target.code &&
            !memcmp(e->target.code, "---", 3) && !e->target.country && strlen(e->target.code) == 6 &&
            !state_organ(e->target.code + 3) && !armed_role(e->target.code + 3))
            e->target.code = NULL, e->target.name = NULL;
        /* a protest "to demand the skippers' release" is made of whoever the article last told
         * held people, when that is another state (its own police would be its own government's,
         * as below) */
        /* (... and a threat to protest "unless the nine detained drivers are freed") */
        if ((!memcmp(e->root, "14", 2) || !strcmp(e->code, "133")) && e->source.country &&
            (!e->target.code || (e->target.country && !strncmp(e->target.country, e->source.country, 3) &&
                                 strlen(e->target.code) == 6 && !strcmp(e->target.code + 3, "GOV")))) {
            static const char *const FREED[] = {"release", "freedom", "freeing", "freed", NULL};
            if (evidence_says(c, e, FREED, 16))
                for (size_t k = i; k-- > 0;) {
                    const kb_event *f = &c->ev[k];
                    if (strncmp(f->code, "173", 3) || f->historical || !f->source.country) continue;
                    if (strncmp(f->source.country, e->source.country, 3)) {
                        e->target.country = f->source.country;
                        e->target.code = f->source.country;
                        e->target.name = f->source.country;
                    }
                    break;
                }
        }
        if ((!strcmp(e->code, "133") || !memcmp(e->root, "14", 2)) && !e->target.code && e->source.country &&
            e->source.code &&
            strlen(e->source.code) == 6 &&
            (str_in(e->source.code + 3, DISSENT_ROLES) ||
             /* (and police or soldiers marching for their pay: "off-duty police officers marched") */
             (!memcmp(e->root, "14", 2) && (!strcmp(e->source.code + 3, "COP") || !strcmp(e->source.code + 3, "MIL"))))) {
            e->target.country = e->source.country;
            e->target.code = arena_cat(c, e->source.country, "GOV");
            e->target.name = "government";
        }
        /* a state's denial or warning addressed to no one, in a report about two states and their
         * acts toward each other ("Peskov
         * denied that Russia had breached any agreement", "warned that Estonia would respond to
         * every violation of our border"): to the other one */
        /* (... or a state's demand or show of force: "It also demanded the immediate return of
         * the skiff", "responded by sending 3,000 troops to the border") */
        if (!e->target.code && e->source.code && e->source.country && !e->historical &&
            (!strcmp(e->code, "016") || !strncmp(e->code, "13", 2) ||
             ((!strncmp(e->code, "10", 2) || !strncmp(e->code, "15", 2)) &&
              (strlen(e->source.code) == 3 || state_organ(e->source.code + 3)))) &&
            memcmp(e->source.code, "---", 3)) {
            const char *oc = other_of_two(c, e->source.country);
            /* (when the report tells acts between the two: not "pleaded not guilty" in a report
             * on a trial that names a second state) */
            int dyad = 0;
            for (size_t q = 0; oc && q < c->nev && !dyad; q++) {
                const kb_event *w = &c->ev[q];
                dyad = w->quad >= 0 && w->source.country && w->target.country &&
                       ((!strncmp(w->source.country, oc, 3) && !strncmp(w->target.country, e->source.country, 3)) ||
                        (!strncmp(w->target.country, oc, 3) && !strncmp(w->source.country, e->source.country, 3)));
            }
            if (oc && dyad) {
                e->target.country = kb_arena_strndup(d->arena, oc, 3);
                e->target.code = e->target.country;
                e->target.name = e->target.country;
            }
        }
        /* people a state's organ held or freed, or threatened with repression, no one named
         * ("arrested dozens of Bawm men", "warned that those behind the violence would be dealt
         * with firmly"): that state's own */
        if ((custody_code(e->code) || !strcmp(e->code, "137")) && !e->target.code && e->source.country && e->source.code &&
            strlen(e->source.code) == 6 && state_organ(e->source.code + 3)) {
            on_own_state(e);
            e->target_inferred = 1;
        }
        /* the families of the dead are the dead's people ("Boko apologised to the families of the
         * dead men", his soldiers having shot Namibian fishermen): the victims' of the nearest
         * violent act before, else of the first after (a report's lead tells the apology first);
         * the families of fallen soldiers or police, those men's people ("offered its condolences
         * to the families of the two soldiers" the policeman shot): of the nearest violent act on
         * a state's forces of that kind */
        if (root_of(e->root) < 18 && e->target.name && e->target.code && strlen(e->target.code) == 6 &&
            !strcmp(e->target.code + 3, "CVL") &&
            (!strncmp(e->target.name, "families", 8) || !strncmp(e->target.name, "households", 10) ||
             !strncmp(e->target.name, "relatives", 9))) {
            /* (the men's kind first: "the families of the slain officers" are the officers') */
            const char *struck =
                evidence_says(c, e, (const char *const[]){"soldiers", "soldier", "troops", "troopers", "servicemen", NULL}, 10)
                    ? "MIL"
                : evidence_says(c, e, (const char *const[]){"policemen", "policeman", "officers", "guards", NULL}, 10)
                    ? "COP"
                : evidence_says(c, e, (const char *const[]){"dead", "slain", "killed", "victims", "deceased", "lifeless", NULL}, 10)
                    ? ""
                    : NULL;
            const char *vc = NULL;
            for (size_t n = 0; struck && n < c->nev && !vc; n++) {
                size_t k = n < i ? i - 1 - n : n; /* (i-1 .. 0, then i+1 ..) */
                if (k == i) continue;
                const kb_event *w = &c->ev[k];
                if (root_of(w->root) < 18 || !w->target.country || w->historical) continue;
                int organ = strlen(w->target.code) == 6 && state_organ(w->target.code + 3);
                if (*struck ? organ && !strcmp(w->target.code + 3, struck) : !organ) vc = w->target.country;
            }
            if (vc && strncmp(vc, e->target.code, 3)) {
                e->target.country = vc;
                e->target.code = arena_cat(c, vc, "CVL");
            }
        }
        /* homes, vehicles and schools set on fire or wrecked, no one named as their owners, in a
         * report whose places lie in one land ("The attackers also set fire to 11 houses and the
         * camp's small school"): that land's people's */
        /* (a school set on fire is a building: "and the camp's small school") */
        if (!strcmp(e->code, "1712") && c->land[0] && e->source.code &&
            (!e->target.code || (!e->target.country && e->target.name && strstr(e->target.name, "school")))) {
            static const char *const OWNED[] = {"house", "houses", "home", "homes", "huts", "school", "schools",
                                                "shops", "stalls", "cars", "vehicles", "buses", "church", "mosque",
                                                "market", "farms", "crops", "granaries", NULL};
            /* (not the fires of an attack the sentence tells: "stormed the town, killing nine
             * people and setting dozens of homes on fire") */
            int raid = 0;
            for (size_t q = 0; q < c->nev && !raid; q++)
                raid = q != i && c->ev[q].sentence == e->sentence && root_of(c->ev[q].root) >= 18;
            if (!raid && evidence_says(c, e, OWNED, 8)) {
                e->target.country = kb_arena_strndup(d->arena, c->land, 3);
                e->target.code = arena_cat(c, e->target.country, "CVL");
                e->target.name = "people";
                e->target_inferred = 1;
            }
        }
        /* a ban on a party or its leaders is CAMEO's ban on political parties (1722) */
        if (!strcmp(e->code, "172") && e->target.code && strlen(e->target.code) == 6 &&
            (!strcmp(e->target.code + 3, "PTY") || !strcmp(e->target.code + 3, "OPP"))) {
            recode_event(c, e, "1722");
        }
        /* a summons of a state's envoy by that state's own bare ministry is none the text told:
         * the ministry is the other state's the article names most, else no event */
        if (!strcmp(e->code, "114") && e->source.country && e->target.country && e->target.code &&
            strlen(e->target.code) == 6 && !strcmp(e->target.code + 3, "GOV") &&
            !strncmp(e->source.country, e->target.country, 3)) {
            const char *hc = leading_state_but(c, e->target.country);
            if (!hc) continue;
            e->source.country = kb_arena_strndup(d->arena, hc, 3);
            e->source.code = arena_cat(c, e->source.country, "GOV");
        }
        /* a warning that an act "would be met with", "answered", "pay a heavy price" or "bear
         * the consequences" threatens force (138), as the codebook's sets code it */
        /* (not "respond ... in a mirror manner", in kind; nor "withdraw its force") */
        static const char *const FORCE_WORDS[] = {"met", "answered", "price", "consequences", "retaliate",
                                                  "retaliation", "befitting", "dearly", NULL};
        if (!strcmp(e->code, "130") && evidence_says(c, e, FORCE_WORDS, 25)) {
            recode_event(c, e, "138");
        }
        /* a sentence passed finds its people guilty (116), as the codebook's sets code it; the
         * custody code (173) the lexicon gives it found its people */
        static const char *const SENTENCED[] = {"sentenced", "sentence", "sentences", NULL};
        if (!strcmp(e->code, "173") && evidence_says(c, e, SENTENCED, 1)) {
            recode_event(c, e, "116");
        }
        if (!strcmp(e->code, "020")) {
            const char *ac = appeal_code(c, e);
            if (ac) recode_event(c, e, ac);
        }
        /* an attack whose words give it aircraft, drones or missiles is one from the air (195), as
         * the codebook's sets code it ("Russian missiles hit Ukrainian power plants") */
        /* (and one made "with artillery" or mortars is artillery's, 194) */
        if (!strcmp(e->code, "190") || !strcmp(e->code, "193")) {
            int means = aerial_means(c, e);
            if (means) recode_event(c, e, means == 1 ? "195" : "194");
        }
        /* (and "fired on" or "fired shots at", the lexicon's 190 for fire aimed at someone) */
        static const char *const FIRED[] = {"fired", "fire", "fires", "firing", NULL};
        if (!strcmp(e->code, "193") || (!strcmp(e->code, "190") && evidence_says(c, e, FIRED, 1))) {
            /* (a shooting at no one told is the one told before by the same shooters: "four days
             * after South Korean officers opened fire during a boarding") */
            const char *fc = fire_code(c, e);
            for (size_t q = 0; !fc && q < c->nev; q++) {
                const kb_event *f = &c->ev[q];
                if (q != i && f->quad >= 0 &&
                    (f->small_arms || !strcmp(f->code, "193") ||
                     (!strcmp(f->code, "190") && evidence_says(c, f, FIRED, 1))) &&
                    !f->historical == !e->historical &&
                    e->source.code && f->source.code && !strncmp(f->source.code, e->source.code, 3))
                    fc = f->small_arms ? f->code : fire_code(c, f); /* (coded already, or not yet) */
            }
            recode_event(c, e, fc ? fc : "190");
            e->small_arms = 1;
        }
        int y = e->historical;
        e->historical = 0;
        e->date = ddate;
        e->date_precision = ddate ? "day" : NULL;
        if (y && ((c->date && y < c->date / 10000) || (!c->date && y < c->doc_year_max))) {
            char *ys = kb_arena_alloc(d->arena, 8);
            snprintf(ys, 8, "%04d", y);
            e->date = ys;
            e->date_precision = "year";
            e->historical = 1;
        }
        out[k++] = *e;
    }
    the_other_congo(c, d, out, k);
    for (size_t i = 0; i < k; i++) {
        kb_event *e = &out[i];
        const char *tb = root_of(e->root) == 17 && e->source.country &&
                                 (!e->target.code || !strcmp(e->target.code, e->source.country))
                             ? town_boat(c, e)
                             : NULL;
        if (tb && strncmp(tb, e->source.country, 3)) {
            e->target.country = kb_arena_strndup(d->arena, tb, 3);
            e->target.code = e->target.country;
            e->target.name = e->target.country;
            e->target_inferred = 0; /* (the words named it: no place's guess over it) */
        }
    }
    /* (a dependency's organs that are its sovereign's: "MYTCOP" is France's police) */
    if (kba_sovereign_organs(kbl_sovs(c->lx), d->arena, out, k)) return KB_ENOMEM;
    *events = out;
    *n = k;
    d->actor_spans = NULL;
    d->n_actor_spans = 0;
    if (c->naspan && (d->actor_spans = kb_arena_alloc(d->arena, c->naspan * sizeof *d->actor_spans))) {
        memcpy(d->actor_spans, c->aspan, c->naspan * sizeof *d->actor_spans);
        d->n_actor_spans = c->naspan;
        qsort(d->actor_spans, d->n_actor_spans, sizeof *d->actor_spans, span_cmp);
    }
    return KB_OK;
}

int kb_code_doc(kb_coder *c, kb_doc *d, const char *date, kb_event **events, size_t *n,
                int *not_english, kb_err *err)
{
    (void)err;
    *events = NULL;
    *n = 0;
    if (not_english) *not_english = 0;
    if (d->lang && strcmp(d->lang, "en") && strcmp(d->lang, "und") && d->lang[0]) {
        if (not_english) *not_english = 1;
        return KB_OK;
    }
    if (!d->text || !d->text_len) return KB_OK;
    const kb_span *sp = d->sents;
    size_t ns = d->n_sents;
    if (!ns) {
        size_t cap = d->text_len / 8 + 16;
        kb_span *tmp = kb_arena_alloc(d->arena, cap * sizeof *tmp);
        if (!tmp) return kb_err_set(err, KB_ENOMEM, "code: out of memory");
        ns = kbe_split_sentences(d->text, d->text_len, tmp, cap);
        sp = tmp;
    }
    return code_spans(c, d, sp, ns, date ? date : d->date, events, n);
}

int kbe_code_text(kb_coder *c, kb_doc *d, const char *id, const char *text, size_t n,
                  const char *date, int one_sentence, kb_event **ev, size_t *nev, kb_err *err)
{
    kb_doc_reset(d);
    d->id = kb_arena_strdup(d->arena, id ? id : "-");
    d->text = kb_arena_strndup(d->arena, text, n);
    if (!d->text) return kb_err_set(err, KB_ENOMEM, "code: out of memory");
    d->text_len = n;
    d->lang = "en";
    d->date = date ? kb_arena_strdup(d->arena, date) : NULL;
    if (one_sentence) {
        kb_span sp = {0, (uint32_t)n};
        return code_spans(c, d, &sp, 1, d->date, ev, nev);
    }
    return kb_code_doc(c, d, NULL, ev, nev, NULL, err);
}

/* ------------------------------------------------------------ output */

static void actor_json(kbu_buf *b, const kb_actor *a)
{
    if (!a->code) {
        kbu_buf_append(b, "null", 4);
        return;
    }
    kbu_buf_append(b, "{\"code\":", 8);
    kbu_json_cstr(b, a->code);
    kbu_buf_append(b, ",\"name\":", 8);
    kbu_json_cstr(b, a->name);
    kbu_buf_append(b, ",\"country\":", 11);
    kbu_json_cstr(b, a->country);
    kbu_buf_putc(b, '}');
}

void kbe_event_json(kbu_buf *b, const kb_doc *d, const kb_event *e)
{
    kbu_buf_append(b, "{\"doc\":", 7);
    kbu_json_cstr(b, d->id);
    kbu_buf_printf(b, ",\"sentence\":%zu,\"evidence\":", e->sentence);
    kbu_json_str(b, d->text + e->start, e->end - e->start);
    kbu_buf_printf(b, ",\"start\":%u,\"end\":%u,\"date\":", e->start, e->end);
    kbu_json_cstr(b, e->date);
    kbu_buf_append(b, ",\"date_precision\":", 18);
    kbu_json_cstr(b, e->date_precision);
    kbu_buf_append(b, ",\"source\":", 10);
    actor_json(b, &e->source);
    kbu_buf_append(b, ",\"target\":", 10);
    actor_json(b, &e->target);
    kbu_buf_append(b, ",\"code\":", 8);
    kbu_json_cstr(b, e->code);
    kbu_buf_append(b, ",\"root\":", 8);
    kbu_json_cstr(b, e->root);
    kbu_buf_printf(b, ",\"quad\":%d,\"goldstein\":%.1f,\"plover\":", e->quad, e->goldstein);
    kbu_json_cstr(b, e->plover);
    kbu_buf_printf(b, ",\"place\":null,\"killed\":null,\"injured\":null,\"historical\":%s,\"verb\":",
                   e->historical ? "true" : "false");
    kbu_json_str(b, d->text + e->verb_start, e->verb_end - e->verb_start);
    kbu_buf_append(b, "}\n", 2);
}

static void tsv_field(kbu_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        kbu_buf_putc(b, (ch == '\t' || ch == '\n' || ch == '\r') ? ' ' : ch);
    }
}

void kbe_tsv_header(kbu_buf *b)
{
    const char *h = "doc\tsentence\tdate\tsource\tsource_name\ttarget\ttarget_name\tcode\troot\tquad\t"
                    "goldstein\tplover\thistorical\tevidence\n";
    kbu_buf_append(b, h, strlen(h));
}

void kbe_event_tsv(kbu_buf *b, const kb_doc *d, const kb_event *e)
{
    const char *id = d->id ? d->id : "";
    tsv_field(b, id, strlen(id));
    kbu_buf_printf(b, "\t%zu\t%s\t%s\t", e->sentence, e->date ? e->date : "",
                   e->source.code ? e->source.code : "");
    if (e->source.name) tsv_field(b, e->source.name, strlen(e->source.name));
    kbu_buf_printf(b, "\t%s\t", e->target.code ? e->target.code : "");
    if (e->target.name) tsv_field(b, e->target.name, strlen(e->target.name));
    kbu_buf_printf(b, "\t%s\t%s\t%d\t%.1f\t%s\t%d\t", e->code, e->root, e->quad, e->goldstein,
                   e->plover ? e->plover : "", e->historical);
    tsv_field(b, d->text + e->start, e->end - e->start);
    kbu_buf_putc(b, '\n');
}



