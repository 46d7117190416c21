/*
 * khabar.h -- the one public header of libkhabar.
 *
 * khabar turns news articles into event data. The library is a straight
 * pipeline: read (raw documents from files, JSONL, WARC) -> clean (main text
 * and metadata) -> text (sentences, tokens) -> store (SQLite). Later stages
 * (annotate, code, merge, answer) build on the same kb_doc.
 *
 * Conventions:
 *   - Nothing in the library prints or exits. Functions return an int status
 *     (KB_OK, KB_DONE or a negative KB_E* code) and fill a kb_err whose message
 *     names the input and the position ("file.warc.gz: record at byte 1234: ...").
 *   - Everything a stage adds to a document is allocated from the document's
 *     arena and freed with it.
 *   - Text spans are byte offsets into kb_doc.text (UTF-8, NFC).
 *
 * Module prefixes: kb_ public, kbr_ read, kbc_ clean, kbt_ text, kbs_ store,
 * kbu_ utilities, kbv_ evaluation.
 */
#ifndef KHABAR_H
#define KHABAR_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KB_VERSION "0.1.0"

/* ---- status codes ---------------------------------------------------- */
enum {
    KB_OK = 0,
    KB_DONE = 1,          /* iterator exhausted */
    KB_EIO = -1,          /* cannot open/read/write */
    KB_EFORMAT = -2,      /* malformed input */
    KB_ENOMEM = -3,
    KB_EUSAGE = -4,       /* bad argument */
    KB_ESTORE = -5,       /* database error */
    KB_ENOTFOUND = -6
};

typedef struct kb_err {
    int code;
    char msg[512];
} kb_err;

/* Fill err (may be NULL) with a printf-style message; returns code. */
int kb_err_set(kb_err *err, int code, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

const char *kb_version(void);

/* ---- arena: one allocation path per document -------------------------- */
typedef struct kb_arena kb_arena;
kb_arena *kb_arena_new(size_t chunk_size);          /* 0 = default */
void *kb_arena_alloc(kb_arena *a, size_t n);        /* 16-byte aligned, never NULL unless OOM */
void *kb_arena_calloc(kb_arena *a, size_t n);
char *kb_arena_strndup(kb_arena *a, const char *s, size_t n);
char *kb_arena_strdup(kb_arena *a, const char *s);  /* NULL -> NULL */
void kb_arena_reset(kb_arena *a);                   /* keep first chunk, drop the rest */
void kb_arena_free(kb_arena *a);
size_t kb_arena_used(const kb_arena *a);

/* ---- read: raw documents ---------------------------------------------- */
typedef enum {
    KB_CT_UNKNOWN = 0, /* let the cleaner sniff */
    KB_CT_TEXT,        /* plain text (possibly scraped, with boilerplate) */
    KB_CT_HTML         /* an HTML page */
} kb_content_type;

/* One raw document as a reader yields it. All pointers stay valid until the
 * next kb_input_next() or kb_input_close(). data[len] == '\0' always. */
typedef struct kb_raw {
    const char *data;
    size_t len;
    kb_content_type type;
    const char *id;      /* container id (JSONL id, WARC record) or file stem; never NULL */
    const char *url;     /* NULL if unknown */
    const char *title;   /* from the container (JSONL), NULL if none */
    const char *date;    /* from the container (JSONL date, WARC-Date), NULL if none */
    const char *charset; /* declared charset (HTTP header), NULL if none */
    const char *origin;  /* the input path ("-" for stdin) */
    uint64_t position;   /* where in origin: byte offset of the record, or line number for JSONL */
    const char *position_kind; /* "byte" or "line" */
} kb_raw;

/* Iterates over many input paths: files (text, HTML, JSONL, WARC, each
 * possibly gzip), directories (recursively, in name order) and "-" (stdin).
 * The format is sniffed from content. On an error the iterator reports it
 * (status < 0, err filled) and can be called again to continue with the
 * rest of the batch. */
typedef struct kb_input kb_input;
kb_input *kb_input_open(const char *const *paths, size_t npaths);
int kb_input_next(kb_input *in, kb_raw *raw, kb_err *err); /* KB_OK, KB_DONE, or <0 */
void kb_input_close(kb_input *in);

/* ---- clean: main text and metadata ------------------------------------ */
typedef struct kb_span {
    uint32_t start, end; /* byte offsets into kb_doc.text, end exclusive */
} kb_span;

typedef struct kb_doc {
    kb_arena *arena;        /* owns everything below */
    const char *id;
    const char *url;        /* canonical URL if the page gives one, else the input URL */
    const char *title;
    const char *date;       /* publication date, "YYYY-MM-DD" (or "YYYY-MM-DDThh:mm:ssZ"), NULL if unknown */
    const char *date_source;/* "meta", "jsonld", "time", "url", "dateline", "container", ... */
    const char *outlet;     /* site name, or host */
    const char *lang;       /* ISO 639-1 code from cld2, "und" if unknown */
    const char *dateline;   /* the dateline line as found, NULL if none */
    char *text;             /* cleaned main text: UTF-8, NFC; paragraphs separated by "\n\n" */
    size_t text_len;
    kb_span *paras;  size_t n_paras;
    kb_span *sents;  size_t n_sents;
    kb_span *toks;   size_t n_toks;
    size_t n_repaired;      /* invalid UTF-8 sequences replaced by U+FFFD */
    char key[33];           /* identity: hex of a 128-bit hash of text + URL */
    const char *country_hint; /* ISO 3166 alpha-3 of the country the text's towns and provinces
                               * lie in, when they agree (kb_enrich_hint); NULL if none */
    struct kb_place_ref {     /* the towns and provinces kb_enrich_hint found, in text order */
        uint32_t start, end;  /* byte span in text */
        char country[4];      /* ISO 3166 alpha-3 */
        uint8_t metonym;      /* named as an actor's owner ("Batken's governor"), not a place */
    } *place_refs;
    size_t n_place_refs;
    kb_span *actor_spans;     /* names kb_code_doc read as actors that are no places (armed groups,
                               * people, international bodies: "Los Lobos", "the Wagner group"),
                               * in text order; the enrichment places no event there */
    size_t n_actor_spans;
} kb_doc;

kb_doc *kb_doc_new(void);
void kb_doc_reset(kb_doc *d);   /* empty it for reuse (keeps the arena's first chunk) */
void kb_doc_free(kb_doc *d);

/* The cleaner holds the compiled boilerplate lexicon; read-only once built,
 * so one cleaner can serve many threads. lexicon_dir NULL = default
 * (KHABAR_LEXICON env var, else the installed/source lexicon/ directory). */
typedef struct kb_cleaner kb_cleaner;
kb_cleaner *kb_cleaner_new(const char *lexicon_dir, kb_err *err);
void kb_cleaner_free(kb_cleaner *c);
/* Whether kb_clean and kb_clean_text fill doc->key (on when built). A caller that never reads
 * the identity (`khabar code`) turns it off before the cleaner's first use and saves a 128-bit
 * hash of every text; doc->key is then empty. */
void kb_cleaner_set_keys(kb_cleaner *c, int on);
/* Clean raw into doc (doc is reset first). Fills text, metadata, paragraphs,
 * sentences, tokens and key. */
int kb_clean(const kb_cleaner *c, const kb_raw *raw, kb_doc *doc, kb_err *err);
/* kb_clean without the spans (paras, sents, toks stay empty): for callers
 * that want only the text and metadata; kb_doc_split adds them later. */
int kb_clean_text(const kb_cleaner *c, const kb_raw *raw, kb_doc *doc, kb_err *err);
/* Fill paras, sents and toks of a cleaned doc (done once; KB_OK or KB_ENOMEM). */
int kb_doc_split(kb_doc *doc, kb_err *err);

/* Default lexicon directory (env KHABAR_LEXICON, else compiled-in path). */
const char *kb_lexicon_dir(void);

/* ---- store ------------------------------------------------------------ */
typedef struct kb_store kb_store;
/* target: a file path (SQLite). NULL = env KHABAR_DB, else "khabar.db". */
kb_store *kb_store_open(const char *target, kb_err *err);
/* As kb_store_open, with flags: KB_STORE_NOCREATE = fail with KB_ENOTFOUND
 * if the store does not exist yet (readers: articles, show). */
#define KB_STORE_NOCREATE 1
kb_store *kb_store_open_ex(const char *target, int flags, kb_err *err);
void kb_store_close(kb_store *s);
int kb_store_begin(kb_store *s, kb_err *err);
int kb_store_commit(kb_store *s, kb_err *err);
int kb_store_rollback(kb_store *s, kb_err *err);
/* Insert a cleaned article; *is_new = 0 when its key was already stored. */
int kb_store_put_article(kb_store *s, const kb_doc *d, int *is_new, kb_err *err);
/* The same, recording where the article came from (e.g. "in.jsonl.gz:line 12"). */
int kb_store_put_article_from(kb_store *s, const kb_doc *d, const char *origin, int *is_new,
                              kb_err *err);

typedef struct kb_article {
    const char *key, *id, *url, *title, *date, *date_source, *outlet, *lang, *text;
    const char *origin, *ingested_at;
    size_t text_len;
    int n_sents;
    const char *dateline;    /* the dateline line as found, NULL if none */
    const kb_span *sents;    /* n_sents sentence spans into text; NULL with meta_only */
} kb_article;

typedef struct kb_article_filter {
    const char *from, *to;   /* inclusive YYYY-MM-DD bounds on date, NULL = open */
    const char *outlet;      /* case-insensitive substring, NULL = any */
    const char *id;          /* exact id or key prefix (>= 4 hex digits), NULL = any */
    int meta_only;           /* 1: leave text and sents NULL (faster listings) */
} kb_article_filter;

/* Pull-style query: step until KB_DONE. Row pointers valid until next step. */
typedef struct kb_query kb_query;
kb_query *kb_store_articles(kb_store *s, const kb_article_filter *f, kb_err *err);
int kb_query_step(kb_query *q, kb_article *row, kb_err *err);
void kb_query_free(kb_query *q);
long kb_store_count_articles(kb_store *s);
int kb_store_schema_version(kb_store *s);

/* ==== event coder (issue 4: src/lexicon, src/code) -- added by the coder ==== */
/* An actor as the coder names it. */
typedef struct kb_actor {
    const char *code;    /* CAMEO-style code: "PAK", "PAKMIL", "IGOUNO", "TTP", "---INS"; NULL = unnamed */
    const char *name;    /* the words of the text that named it */
    const char *country; /* ISO 3166 alpha-3 of a state actor; NULL for groups and unknown */
} kb_actor;

/* One coded event: who did what to whom, with the sentence that proves it. */
/* A place as events carry it (filled by the enrichment, src/code/enrich.c).
 * Strings point into the gazetteer; name NULL = no place. */
typedef struct kb_place {
    const char *name;
    const char *country;   /* ISO 3166 alpha-3, NULL if unknown */
    const char *adm1;      /* first-level division in English, NULL if none */
    double lat, lon;
    const char *precision; /* "point", "city", "district", "adm1", "country", "region" */
    uint32_t written_start, written_end; /* the words that named it in kb_doc.text (the article's
                                          * spelling, "Kuźnica" for the gazetteer's "Kuznica");
                                          * equal when none */
} kb_place;

typedef struct kb_event {
    size_t sentence;            /* index of the sentence in the document */
    uint32_t start, end;        /* evidence: the sentence's byte span in kb_doc.text */
    uint32_t verb_start, verb_end; /* the words of the verb pattern */
    kb_actor source, target;    /* code NULL = none */
    const char *code;           /* CAMEO code, leading zeros kept */
    char root[3];
    int quad;                   /* 1..4 */
    double goldstein;
    const char *plover;         /* PLOVER event type, NULL where PLOVER drops the code */
    const char *date;           /* the article's date, or the event's own year if historical; NULL */
    const char *date_precision; /* "day", "month", "year" or NULL */
    int historical;             /* an earlier happening recalled, not news of the day */
    const char *pattern;        /* the verb pattern (lexicon line) that matched */
    /* ---- enrichment (kb_enrich_doc, src/code/enrich.c): 0/NULL until it runs ---- */
    int enriched;               /* 1 once the fields below are filled */
    const char *date_source;    /* "clause", "sentence", "article", "coder" (how date was found),
                                 * "earlier" (the article's earlier dated report of the act) */
    const char *article_date;   /* the article's date used to resolve relative dates */
    const char *article_date_source; /* where that came from: d->date_source ("dateline",
                                      * "feed_id", "meta", ...), "given" (caller), "text" */
    int date_conflict;          /* the dateline contradicts the article's dated content */
    kb_place place;             /* place.name NULL = none */
    int killed, injured;        /* -1 = not stated */
    int killed_min, killed_max; /* bounds the text gives ("at least 7"), -1 = none */
    int injured_min, injured_max;
    /* ---- added after the enrichment fields ---- */
    int target_inferred;        /* the text gave the target (victims of an unnamed attacker) no
                                 * country: the coder put the article's dominant state, or none;
                                 * the enrichment puts the country of the event's place instead */
    int after_clause;           /* told in an "after" clause of its sentence, after another act
                                 * ("targeted X after gunmen attacked a post"): what prompted that
                                 * act, never its toll */
    int small_arms;             /* told by a shooting ("opened fire", "shot"): the coder codes it by
                                 * whom it struck (180, 175 or 190), not as CAMEO's 193 */
    int source_recalled;        /* the source's state came from the same noun named before with
                                 * it ("the drivers" after "Senegalese lorry drivers"), not from a
                                 * place: the enrichment keeps it */
} kb_event;

/* The coder: compiled lexicons (read-only) plus per-thread scratch. One per thread.
 * lexicon_dir NULL = kb_lexicon_dir(). */
typedef struct kb_coder kb_coder;
kb_coder *kb_coder_new(const char *lexicon_dir, kb_err *err);
/* Another coder for another thread, sharing base's compiled lexicons (read-only; base must
 * outlive it). */
kb_coder *kb_coder_clone(const kb_coder *base, kb_err *err);
void kb_coder_free(kb_coder *c);
/* Code a cleaned document. date: "YYYY-MM-DD" overriding d->date (NULL = d->date).
 * Events are allocated in d->arena. A document whose language is known and not English
 * is not coded: *n = 0 and *not_english = 1 (may be NULL). */
int kb_code_doc(kb_coder *c, kb_doc *d, const char *date, kb_event **events, size_t *n,
                int *not_english, kb_err *err);

/* ==== enrichment: each event's own date, place and toll (issue 5: src/code/enrich.c) ==== */
/* One enricher per thread: it holds the gazetteer (mmapped, read-only) and the geo
 * resolver's scratch. A missing gazetteer index is not an error: places stay null and
 * kb_enricher_geo_error() says why. */
typedef struct kb_enricher kb_enricher;

/* gaz_path NULL = the default index (data/geo/gazetteer.idx, or $KHABAR_GAZETTEER). Returns NULL only
 * when out of memory (err filled). */
kb_enricher *kb_enricher_new(const char *gaz_path, kb_err *err);
void kb_enricher_free(kb_enricher *en);
/* NULL if the gazetteer is open, else the reason places stay null. */
const char *kb_enricher_geo_error(const kb_enricher *en);

/* Enrich the events ev[0..n) that kb_code_doc found in d. date: the date the
 * caller gave kb_code_doc ("YYYY-MM-DD", NULL = d->date). For each event:
 *  - date: the time expression of its clause, else of its sentence, else the
 *    article's date (an undated past act at month precision); historical when
 *    more than 7 days before the article's date; relative dates resolve against
 *    the article's true date (a dateline older than the article's own full
 *    dates, or than the wire id's filing day the cleaner found, is overruled:
 *    date_conflict);
 *  - place: the location of its clause, else its sentence (statements only
 *    with a preposition); material acts whose sentence names none take a
 *    sub-country place of the sentence before or after;
 *  - killed/injured: the toll of its sentence, for attacks, fights and mass
 *    violence (roots 18, 19, 20) that are news of the day.
 * Returns KB_OK or KB_ENOMEM. */
int kb_enrich_doc(kb_enricher *en, kb_doc *d, const char *date, kb_event *ev, size_t n,
                   kb_err *err);

/* Before kb_code_doc: set d->country_hint from the places the text names ("Bishnupur",
 * "Imphal", "Manipur" give IND), for articles that never name their country; the coder gives
 * bare state organs ("police", "the district magistrate") that country. The places found are
 * kept for kb_enrich_doc on the same document. KB_OK (the hint stays NULL without a gazetteer)
 * or KB_ENOMEM. */
int kb_enrich_hint(kb_enricher *en, kb_doc *d, kb_err *err);

/* One event per happening, dyad and code in an article (CODING-RULES): an event whose source
 * and target (first three letters) and root equal an earlier one's of the article (with the
 * same three-digit code or the root's plain one, or any code of roots 18-20) and whose date
 * and (for material acts) place do not tell
 * another happening restates it; it is dropped, the earlier one (the lead's) keeping the
 * place and toll it lacked. Historical events fold only among themselves, by
 * their year. Returns the new count; ev is compacted in order. */
size_t kb_fold_restated(kb_event *ev, size_t n);


/* ==== merge: near-duplicate articles and stories (issue 6: src/merge) ==== */
/* The merge index of a store: every article's signature (exact-content hash,
 * MinHash of word shingles and of name/number bigrams, story terms) with LSH
 * buckets in memory. A copy is linked to its original (the earliest-dated
 * article of its copy group, then the smallest key); articles about the same
 * happening form a story (named after its smallest article key). Both are
 * symmetric functions of the stored set: re-ingesting, or ingesting in
 * another order, gives the same copies and stories. */
typedef struct kb_merge kb_merge;
typedef struct kb_merge_stats {
    long articles;   /* articles in the index */
    long signed_now; /* signatures computed by this handle */
    long copies;     /* articles that are copies of another */
    long stories;    /* distinct stories */
    long written;    /* rows written by the flushes so far */
} kb_merge_stats;
/* Load the index of store s and sign (and link) the articles that have no
 * signature yet. rebuild = 1: ignore stored signatures and labels, recompute
 * all. Reads only; kb_merge_flush writes. */
kb_merge *kb_merge_open(kb_store *s, int rebuild, kb_err *err);
/* Add a newly stored article (its copies and story are linked at once). */
int kb_merge_add(kb_merge *m, const kb_doc *d, kb_err *err);
/* Write new signatures and changed labels to the store; call inside the
 * caller's transaction (kb_store_begin/commit). */
int kb_merge_flush(kb_merge *m, kb_err *err);
void kb_merge_get_stats(const kb_merge *m, kb_merge_stats *st);
void kb_merge_close(kb_merge *m);
/* 1 if some stored article has no merge signature yet (stored by an older
 * khabar), 0 if none, < 0 on error. Cheap: stops at the first one. */
int kb_merge_pending(kb_store *s, kb_err *err);

/* One article of a story, as kb_store_stories lists them: stories ordered by
 * their first date (unknown first), then story id; articles by date, id, key. */
typedef struct kb_story_row {
    const char *story;            /* story id: the smallest key among its articles */
    const char *key, *id, *date, *outlet, *title;
    const char *of_key, *of_id;   /* the original when this article is a copy, else NULL */
    double similarity;            /* copy score against the original (0 if not a copy) */
} kb_story_row;
typedef struct kb_story_query kb_story_query;
/* Stories with at least one article dated within [from, to] (YYYY-MM-DD,
 * inclusive; NULL = open), all their articles listed. */
kb_story_query *kb_store_stories(kb_store *s, const char *from, const char *to, kb_err *err);
int kb_story_step(kb_story_query *q, kb_story_row *row, kb_err *err);
void kb_story_query_free(kb_story_query *q);

/* ==== events in the store (issue 4 section 3, issue 6: src/store, src/merge/events.c) ==== */
/* Store the events kb_code_doc (and the enrichment) found in the stored article d as its
 * mentions, ev[i] being mention i. Call in the transaction that stored d, before
 * kb_merge_flush (which merges the mentions of the articles it writes into events).
 * An article whose mentions are stored already keeps them (a no-op). */
int kb_store_put_events(kb_store *s, const kb_doc *d, const kb_event *ev, size_t n, kb_err *err);

/* A merged event as kb_store_events lists it (docs/STORE.md, view event_rows). Strings
 * are valid until the next step; tolls and counts -1 / NULL when unknown. */
typedef struct kb_event_row {
    int64_t event_id;            /* stable: a hash of its first mention's identity */
    const char *date, *date_precision;
    int historical;
    kb_actor source, target;     /* target.code NULL = none */
    const char *code, *root, *plover;
    int quad;
    double goldstein;
    kb_place place;              /* place.name NULL = none */
    int killed_min, killed_max, killed_mode;   /* -1 = no figure reported */
    int injured_min, injured_max, injured_mode;
    int num_mentions, num_sources, num_articles, num_copies;
    double confidence;
    const char *first_doc_id, *source_url, *article_date, *first_outlet, *evidence, *story;
    const char *date_added;      /* UTC time of the first ingest: depends on when */
} kb_event_row;

typedef struct kb_event_filter {
    const char *from, *to;       /* inclusive YYYY-MM-DD bounds on the event date */
    const char *source, *target; /* actor code prefixes ("PAK" matches "PAKMIL") */
    int either_way;              /* 1: also the dyad the other way round (target -> source) */
    const char *root;            /* CAMEO root, two digits */
    int quad;                    /* 1..4, 0 = any */
    const char *country;         /* ISO alpha-3: the event's place, else either actor's country */
    const char *doc;             /* events with a mention in this article (id or key prefix) */
} kb_event_filter;

/* Events ordered by date (undated last), then event id. */
typedef struct kb_event_query kb_event_query;
kb_event_query *kb_store_events(kb_store *s, const kb_event_filter *f, kb_err *err);
int kb_event_step(kb_event_query *q, kb_event_row *row, kb_err *err);
void kb_event_query_free(kb_event_query *q);

/* One mention of an event (view event_mentions). */
typedef struct kb_mention_row {
    int64_t event_id;
    const char *doc_key, *doc_id, *outlet, *url, *article_date;
    const char *copy_of;         /* the original's key when the article is a copy */
    int seq, sentence;
    uint32_t start, end;         /* the evidence sentence's byte span in the article's text */
    const char *evidence;        /* that sentence */
    kb_actor source, target;
    const char *code, *date, *date_precision, *place_name;
    int historical;
    int killed, injured;         /* -1 = not stated */
    double confidence;
} kb_mention_row;
/* The mentions of one event, by article date, article key, seq. */
typedef struct kb_mention_query kb_mention_query;
kb_mention_query *kb_store_mentions(kb_store *s, int64_t event_id, kb_err *err);
int kb_mention_step(kb_mention_query *q, kb_mention_row *row, kb_err *err);
void kb_mention_query_free(kb_mention_query *q);
/* The events mentioned in a story's articles, ascending; *ids is malloc'ed (free it). */
int kb_store_story_events(kb_store *s, const char *story, int64_t **ids, size_t *n, kb_err *err);

#ifdef __cplusplus
}
#endif
#endif
