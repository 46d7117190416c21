/*
 * kbl.h -- the lexicon module (src/lexicon): loads the project's text lexicons
 * (lexicon/actors/ files, lexicon/agents.txt, lexicon/verbs.txt, lexicon/cameo.tsv,
 * lexicon/plover.tsv) plus the country list of the Debian iso-codes package, and
 * compiles them into read-only structures: interned normalised tokens, a trie of
 * actor/agent phrases and an index of verb patterns by their first token.
 * The event coder (src/code, kbe_) is the user. Once loaded a kbl_lexicon is
 * never written again, so it can be shared by threads.
 *
 * Tokens are normalised as: ASCII lower case, periods dropped ("U.S." -> "us"),
 * then the Snowball English stemmer ("attacked" -> "attack").
 */
#ifndef KBL_H
#define KBL_H

#include "khabar.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct kbl_lexicon kbl_lexicon;

typedef enum {
    KBL_STATE = 1, /* a country or territory (or its capital as metonymy) */
    KBL_AGENT,     /* a sector / role: government, troops, police, rebels ... */
    KBL_GROUP,     /* a non-state armed group or party */
    KBL_IGO,       /* an international organisation */
    KBL_PERSON     /* a person with dated roles */
} kbl_kind;

enum {
    KBL_F_CASE = 1,   /* written in capitals (US, UN, ISPR): matches capitalised text only */
    KBL_F_CAP = 2,    /* a proper name: the first token must start with a capital */
    KBL_F_PLURAL = 4, /* agent phrase is a plural noun ("troops") */
    KBL_F_INNER = 8   /* a one-word name with an inner capital (LeT, JuD): text with one only */
};

typedef struct kbl_role {
    const char *code;  /* actor code for this period, e.g. "PAKGOV" */
    int32_t from, to;  /* YYYYMMDD inclusive; 0 = open */
} kbl_role;

typedef struct kbl_actor {
    const char *name;    /* the first phrase of its line */
    const char *country; /* ISO3 of a state / person; home country of a group; NULL */
    const char *role;    /* agents: the role code ("MIL"); NULL otherwise */
    kbl_kind kind;
    const kbl_role *roles; /* states, groups, IGOs, persons: codes by date; first that fits wins */
    int n_roles;
    const char *file;
    int line;
    const char *cond; /* "; if=BGR": a name only in an article that has named that state before ("Sofia") */
} kbl_actor;

/* Verb patterns. elements: a token id >= 0, KBL_STAR (the target's slot) or KBL_GAP
 * (up to 3 ordinary words). */
enum { KBL_STAR = -1, KBL_GAP = -2, KBL_LONGGAP = -3 };
enum {
    KBL_P_MUTUAL = 1,   /* a joint subject gives events both ways ("X and Y met") */
    KBL_P_SUPPRESS = 2, /* what follows in the sentence is reported content, not acts (deny, accuse) */
    KBL_P_SAY = 4,      /* attribution verb (say, tell): no event */
    KBL_P_INTENT = 8,   /* intent governor (plan, want, threaten + to): the next act is an intent */
    KBL_P_NOTARGET = 16,/* the event takes no target */
    KBL_P_NOUN = 32,    /* nominal pattern ("talks"): source only from "by X" / adjacent adjective */
    KBL_P_SELFTARGET = 64, /* target may equal source (none for the rest) */
    KBL_P_VERBONLY = 128,  /* never a nominal event ("a target", "a fire") */
    KBL_P_REVERSE = 256,   /* the subject is the target ("received aid from X") */
    KBL_P_CLAIM = 512,     /* a claim: the claimed act is coded too, to the claimer */
    KBL_P_ASPECT = 1024,   /* aspect governor (continue, begin + to): the next act is coded as an act */
    KBL_P_RESULT = 2048,   /* a consequence (killed, wounded): no event of its own beside the act
                              of the same source that caused it ("shelled X, killing 20") */
    KBL_P_GOVERNED = 4096, /* only after "to" under a governor ("asked X to help"): too vague alone */
    KBL_P_REFUSAL = 8192   /* as +governed, or negated ("would not grant visas") */
};

typedef struct kbl_pattern {
    const char *code;   /* CAMEO code, or NULL for SAY / INTENT */
    const int32_t *el;
    int n_el;
    unsigned flags;
    const char *text;
    const char *file;
    int line;
    uint64_t need[4]; /* bit kbl_word_bit(id) of each token element: a sentence whose words
                         lack one of these bits cannot match the pattern */
} kbl_pattern;

/* The bit of a word in a 256-bit set of a sentence's words (kbl_pattern.need): the id's
 * multiplicative hash, so that neighbouring ids, the words a lexicon edit adds, spread */
static inline unsigned kbl_word_bit(int32_t id) { return (uint32_t)id * 2654435761u >> 24; }

typedef struct kbl_cameo {
    const char *code, *name;
    double goldstein;
    int quad;
    const char *plover, *plover_mode;
} kbl_cameo;

/* A diagnostic of `khabar lexicon check`. */
typedef struct kbl_diag {
    const char *file;
    int line;
    int severity; /* 2 error (malformed), 1 warning (duplicate / conflict) */
    char msg[240];
} kbl_diag;

/* Load all lexicons from dir (NULL = kb_lexicon_dir()). iso_json: path of iso_3166-1.json
 * (NULL = env KHABAR_ISO3166, else /usr/share/iso-codes/json/iso_3166-1.json). Malformed
 * lines are skipped and recorded as diagnostics; a missing file is an error. */
kbl_lexicon *kbl_load(const char *dir, const char *iso_json, kb_err *err);

/* One row of the registry's world-countries table (dist/countries.csv): the ISO alpha-3 code
 * and the English demonyms (masculine, feminine; "" if none). */
typedef struct kbl_demonym_row {
    char a3[4];
    char dm[2][64];
} kbl_demonym_row;
/* Parse that CSV text (RFC 4180 quotes; the header names the columns "cca3",
 * "demonyms.eng.m", "demonyms.eng.f") into out[cap]: the number of rows, 0 if the header lacks
 * them. kbl_load reads it from the geo data folder (a missing table is no error). */
size_t kbl_demonym_rows(const char *text, size_t len, kbl_demonym_row *out, size_t cap);
void kbl_free(kbl_lexicon *lx);

size_t kbl_n_diags(const kbl_lexicon *lx);
const kbl_diag *kbl_diag_at(const kbl_lexicon *lx, size_t i);
void kbl_counts(const kbl_lexicon *lx, size_t *n_actors, size_t *n_patterns, size_t *n_tokens,
                size_t *n_codes);

/* Normalise one word (bytes w[0..n)) into out (NUL-terminated, <= cap). stemmer: an
 * sb_stemmer from kbl_stemmer_new (not thread-safe: one per thread), which stems lower-case
 * ASCII words only (what kbl_norm gives it). */
struct sb_stemmer;
struct sb_stemmer *kbl_stemmer_new(void);
void kbl_stemmer_free(struct sb_stemmer *st);
size_t kbl_norm(struct sb_stemmer *st, const char *w, size_t n, char *out, size_t cap);

/* Tokens of a text: words (letters/digits, inner apostrophes, "U.S."-style periods,
 * numbers like 1,524), "'s" and "n't" split off, every punctuation mark (hyphens
 * included) alone. Returns the number of tokens (<= cap). */
enum { KBL_T_WORD = 1, KBL_T_NUM = 2, KBL_T_PUNCT = 3 };
typedef struct kbl_tok {
    uint32_t s, e;
    uint8_t kind;
} kbl_tok;
size_t kbl_tokenize(const char *s, size_t n, kbl_tok *out, size_t cap);

/* Interned id of a normalised token, -1 if the lexicon has no such token. */
int32_t kbl_token_id(const kbl_lexicon *lx, const char *norm, size_t n);

/* Phrase trie over token ids: child of node (root = 0), -1 if none. */
int32_t kbl_trie_child(const kbl_lexicon *lx, int32_t node, int32_t tok);
/* The tokens that start a phrase, one bit each (tok >> 6, tok & 63), *n of them covered;
 * NULL until the load has finished. kbl_trie_child(lx, 0, tok) is -1 where tok < 0 or a
 * covered bit is 0: a caller may skip the call. */
const uint64_t *kbl_phrase_starts(const kbl_lexicon *lx, size_t *n);
/* Actor entry ending at node (index into kbl_actor_at), -1 if none; *flags KBL_F_*. */
int32_t kbl_trie_value(const kbl_lexicon *lx, int32_t node, unsigned *flags);
const kbl_actor *kbl_actor_at(const kbl_lexicon *lx, int32_t i);
/* 1 if the lower-case word low is a form actor's line excludes ("residents | !residence"): a
 * word of that stem that must not name the actor. */
int kbl_excluded(const kbl_lexicon *lx, int32_t actor, const char *low);
/* 1 if the lower-case word low, of stem token id, starts no verb pattern (a "%notverb" word of
 * verbs.txt). */
int kbl_not_verb(const kbl_lexicon *lx, int32_t id, const char *low);
/* Code of an actor on a date (YYYYMMDD, 0 = unknown: the latest open role). */
const char *kbl_actor_code(const kbl_actor *a, int32_t date);

/* Verb patterns whose first element is tok: *n set, longest first. */
const kbl_pattern *const *kbl_patterns_for(const kbl_lexicon *lx, int32_t tok, size_t *n);
/* The tokens that start a pattern, one bit each, *n covered (NULL before the load has
 * finished): kbl_patterns_for gives none where tok < 0 or a covered bit is 0. */
const uint64_t *kbl_pattern_starts(const kbl_lexicon *lx, size_t *n);

/* Context cues (%sport lines of verbs.txt): 1 if tok is one. */
int kbl_is_cue(const kbl_lexicon *lx, int32_t tok);
/* kbl_is_cue as an array: flags[tok] for tok < *n (NULL, *n 0 before the load has finished),
 * KBL_CUE_SPORT for a sport or entertainment cue, KBL_CUE_HARD for a hard-news one, else 0 */
enum { KBL_CUE_SPORT = 1, KBL_CUE_HARD = 2 };
const uint8_t *kbl_cue_flags(const kbl_lexicon *lx, size_t *n);
/* 1 if code3 (three letters) is the code of a state in the lexicon. */
int kbl_is_state_code(const kbl_lexicon *lx, const char *code3);

/* CAMEO codebook row, NULL if code unknown. */
const kbl_cameo *kbl_cameo_get(const kbl_lexicon *lx, const char *code);
/* Intent code for an act of this code under modality (the longest %intent prefix; with
 * "%intent * =" the act's own code when no prefix fits), NULL if none. */
const char *kbl_intent_code(const kbl_lexicon *lx, const char *root);
/* 1 if the lexicon says "%target required" (imported TABARI/PETRARCH dictionaries): the
 * coder then keeps no event without a target. */
int kbl_target_required(const kbl_lexicon *lx);
/* Refusal code for an act of this code stated as a refusal ("would not provide"), NULL if none. */
const char *kbl_negate_code(const kbl_lexicon *lx, const char *root);
/* The registry's dependencies and their sovereigns (kba_sovs_load), for kba_organ_state. */
struct kba_sovs;
const struct kba_sovs *kbl_sovs(const kbl_lexicon *lx);

#endif
