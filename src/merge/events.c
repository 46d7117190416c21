/*
 * events.c -- one event from many mentions (issue 6 section 1, docs/MERGE.md "Events").
 *
 * kb_store_put_events stores what the coder found in an article as mentions,
 * each at first its own event. kbm_events_update (run by kb_merge_flush for
 * every article it writes: new ones, and ones whose copy link or story
 * changed) merges them: a mention joins every stored mention it is
 * compatible with (kbm_mention_compatible: same CAMEO root, compatible
 * actors, dates and places, same historical flag), and events are the
 * connected components of that graph. The test is symmetric and
 * monotone (stories only ever join), and a pair is tested from whichever side
 * arrives or is relabelled last, so the components -- and the event rows
 * summarised from them (kbm_event_summary), with ids derived from their
 * smallest mention -- do not depend on the order of ingest.
 */
#include "merge/merge.h"
#include "annotate/time.h"
#include "store/store.h"
#include <stdlib.h>
#include <string.h>

/* ---- the rule ----------------------------------------------------------------- */
int kbm_actor_compatible(const char *a, const char *b)
{
    if (!a || !b) return !a && !b;
    if (!strcmp(a, b)) return 1;
    size_t la = strlen(a), lb = strlen(b);
    if (la < 3 || lb < 3) return 0;
    const char *ra = a + 3, *rb = b + 3; /* roles after the country (or group) part */
    int unknown = !strncmp(a, "---", 3) || !strncmp(b, "---", 3);
    if (!unknown && strncmp(a, b, 3)) return 0;
    size_t na = la - 3, nb = lb - 3, n = na < nb ? na : nb;
    /* one role refines the other at a three-letter step: PAK ~ PAKMIL, MIL ~ MILREB */
    if (n % 3 || strncmp(ra, rb, n)) return 0;
    /* "---MIL" (some military) is not "PAK" (some Pakistani actor): an unknown country
     * needs a role on both sides */
    if (unknown && n == 0) return 0;
    return 1;
}

static int precision_rank(const char *p)
{
    static const char *const order[] = {"point", "city", "district", "adm1", "country", "region"};
    for (int i = 0; p && i < 6; i++)
        if (!strcmp(p, order[i])) return i;
    return 6;
}

static int str_eq(const char *a, const char *b)
{
    return a && b && !strcmp(a, b);
}

int kbm_place_compatible(const kb_place *a, const kb_place *b)
{
    if (!a->name || !b->name) return 1;
    if (a->country && b->country && strcmp(a->country, b->country)) return 0;
    if (!strcmp(a->name, b->name)) return 1;
    if (precision_rank(a->precision) >= 4 || precision_rank(b->precision) >= 4) return 1;
    if (str_eq(a->adm1, b->adm1)) return 1;
    return str_eq(a->name, b->adm1) || str_eq(b->name, a->adm1);
}

/* Is the mention's date a day its own clause or sentence states? */
static int text_day(const kbs_mention *m)
{
    const char *s = m->ev.date_source;
    return m->day_first == m->day_last && s && (!strcmp(s, "clause") || !strcmp(s, "sentence"));
}

/* Kinds of act that two sides do to each other (CAMEO roots 04 consult -- meet,
 * negotiate -- and 19 fight): "officials of India and Pakistan met" is coded both ways,
 * and one outlet's "Afghan forces fired on Pakistani troops" is another's "Pakistani
 * troops fired on Afghan forces". */
static int mutual_root(const kb_event *e)
{
    return (e->root[0] == '0' && e->root[1] == '4') || (e->root[0] == '1' && e->root[1] == '9');
}

/* Both sides named in both mentions of a mutual act, each the other's other side. */
int kbm_mention_reversed(const kbs_mention *a, const kbs_mention *b)
{
    const kb_event *x = &a->ev, *y = &b->ev;
    return mutual_root(x) && mutual_root(y) && x->source.code && x->target.code &&
           y->source.code && y->target.code &&
           kbm_actor_compatible(x->source.code, y->target.code) &&
           kbm_actor_compatible(x->target.code, y->source.code);
}

/* Is side c compatible with either side of e? */
static int either_side(const char *c, const kb_event *e)
{
    return (e->source.code && kbm_actor_compatible(c, e->source.code)) ||
           (e->target.code && kbm_actor_compatible(c, e->target.code));
}

/* Two mentions of a mutual act in one story whose sides fit whichever way they are told:
 * the sides of a sentence's "Indian and Pakistani troops exchanged fire" (each coded with
 * one side), one side named ("Indian troops returned fire") that is either side of the
 * other ("Pakistani troops fired on Indian posts"), or both sides the other way round. */
static int mutual_fit(const kbs_mention *a, const kbs_mention *b)
{
    const kb_event *x = &a->ev, *y = &b->ev;
    if (!mutual_root(x) || !mutual_root(y)) return 0;
    int nx = !!x->source.code + !!x->target.code, ny = !!y->source.code + !!y->target.code;
    if (!nx || !ny) return 0;
    if (nx == 1 && ny == 1 && !strcmp(a->doc, b->doc) && x->sentence == y->sentence) return 1;
    if (nx == 2 && ny == 2) return kbm_mention_reversed(a, b);
    const kb_event *one = nx == 1 ? x : y, *other = nx == 1 ? y : x;
    return either_side(one->source.code ? one->source.code : one->target.code, other);
}

/* An actor's country part (NULL for an unknown country). */
static int actor_of_country(const kb_event *e, const char *cc)
{
    const char *c[2] = {e->source.code, e->target.code};
    for (int i = 0; i < 2; i++)
        if (c[i] && strlen(c[i]) >= 3 && strncmp(c[i], "---", 3) && !strncmp(c[i], cc, 3))
            return 1;
    return 0;
}

/* Places of one story in the two countries of the two sides: a fight across a border is
 * placed on either side ("Kotli" by one army, "Poonch" by the other). */
static int across_border(const kb_event *x, const kb_event *y)
{
    const char *cx = x->place.country, *cy = y->place.country;
    if (!cx || !cy || !strcmp(cx, cy) || strlen(cx) != 3 || strlen(cy) != 3) return 0;
    return (actor_of_country(x, cx) || actor_of_country(y, cx)) &&
           (actor_of_country(x, cy) || actor_of_country(y, cy));
}

int kbm_mention_compatible(const kbs_mention *a, const kbs_mention *b)
{
    const kb_event *x = &a->ev, *y = &b->ev;
    if (!x->historical != !y->historical) return 0;
    if (x->root[0] != y->root[0] || x->root[1] != y->root[1]) return 0;
    int same_doc = !strcmp(a->doc, b->doc);
    int same_story = same_doc || str_eq(a->story, b->story);
    /* at least one actor named on both sides, and every such pair compatible; or, in one
     * story, a mutual act told from the other side */
    int compared = 0, mutual = same_story && mutual_fit(a, b);
    if (mutual) {
        compared = 1;
    } else {
        if (x->source.code && y->source.code) {
            if (!kbm_actor_compatible(x->source.code, y->source.code)) return 0;
            compared++;
        }
        if (x->target.code && y->target.code) {
            if (!kbm_actor_compatible(x->target.code, y->target.code)) return 0;
            compared++;
        }
    }
    if (!compared) return 0;
    /* an actor named on one side only (the other sentence left it out) */
    int loose = !x->source.code != !y->source.code || !x->target.code != !y->target.code;
    if (loose && !same_story) return 0;
    if (!kbm_place_compatible(&x->place, &y->place) && !(same_story && across_border(x, y)))
        return 0;
    /* undated (no article date either): one article, or one story with the same code
     * and both actors named on both sides -- undated stories chain loosely -- or, for an
     * attack by no one named, the same code on the same named place */
    if (a->day_first == INT32_MIN || b->day_first == INT32_MIN) {
        int unnamed = !x->source.code && !y->source.code && x->place.name && y->place.name &&
                      str_eq(x->place.name, y->place.name);
        return same_doc || (same_story && ((compared == 2 && !mutual) || unnamed) &&
                            str_eq(x->code, y->code));
    }
    int64_t gap = (int64_t)(a->day_first > b->day_first ? a->day_first : b->day_first) -
                  (int64_t)(a->day_last < b->day_last ? a->day_last : b->day_last);
    if (x->historical) return gap <= 0;
    /* in one story: days the texts state must agree (a day apart at most: time zones,
     * "overnight"); a day taken from the article's date may be a few days off */
    if (same_story)
        return gap <= (text_day(a) && text_day(b) ? KBM_EVENT_DAYS : KBM_EVENT_STORY_DAYS);
    /* different stories: the same day, the same code or the same known place */
    if (a->day_first != a->day_last || b->day_first != b->day_last || gap > KBM_EVENT_DAYS)
        return 0;
    if (str_eq(x->code, y->code)) return 1;
    return x->place.name && y->place.name;
}

double kbm_mention_confidence(const kb_event *e)
{
    double c = 0.5;
    if (e->target.code) c += 0.2;
    if (e->source.code && e->source.country && strncmp(e->source.code, "---", 3)) c += 0.15;
    if (e->date_precision && !strcmp(e->date_precision, "day")) c += 0.1;
    return c;
}

/* ---- the summary of an event -------------------------------------------------- */
static const char *src_code(const kbs_mention *m) { return m->ev.source.code; }
static const char *tgt_code(const kbs_mention *m) { return m->ev.target.code; }
static const char *ev_code(const kbs_mention *m) { return m->ev.code; }
static const char *place_name(const kbs_mention *m) { return m->ev.place.name; }

static int count_of(const kbs_mention *ms, size_t n, const char *(*get)(const kbs_mention *),
                    const char *v)
{
    int c = 0;
    for (size_t i = 0; i < n; i++)
        if (str_eq(get(&ms[i]), v)) c++;
    return c;
}

/* Actors: a known country first, then the most specific code, the most frequent, the smallest. */
static int actor_rank(const kbs_mention *ms, size_t n, const char *(*get)(const kbs_mention *))
{
    int best = -1, best_c = 0;
    for (size_t i = 0; i < n; i++) {
        const char *c = get(&ms[i]);
        if (!c) continue;
        int cnt = count_of(ms, n, get, c);
        if (best >= 0) {
            const char *b = get(&ms[best]);
            int ku = strncmp(c, "---", 3) != 0, kb = strncmp(b, "---", 3) != 0;
            if (ku != kb) {
                if (ku < kb) continue;
            } else if (strlen(c) != strlen(b)) {
                if (strlen(c) < strlen(b)) continue;
            } else if (cnt != best_c) {
                if (cnt < best_c) continue;
            } else if (strcmp(c, b) >= 0) {
                continue;
            }
        }
        best = (int)i;
        best_c = cnt;
    }
    return best;
}

/* The most frequent non-NULL value (ties: the smallest string). */
static int mode_str(const kbs_mention *ms, size_t n, const char *(*get)(const kbs_mention *))
{
    int best = -1, best_c = 0;
    for (size_t i = 0; i < n; i++) {
        const char *v = get(&ms[i]);
        if (!v) continue;
        int c = count_of(ms, n, get, v);
        if (best < 0 || c > best_c || (c == best_c && strcmp(v, get(&ms[best])) < 0)) {
            best = (int)i;
            best_c = c;
        }
    }
    return best;
}

/* The place: the most precise, then the most frequent, then the smallest name. */
static int best_place(const kbs_mention *ms, size_t n)
{
    int best = -1, best_c = 0;
    for (size_t i = 0; i < n; i++) {
        const kb_place *p = &ms[i].ev.place;
        if (!p->name) continue;
        int c = count_of(ms, n, place_name, p->name);
        if (best >= 0) {
            const kb_place *b = &ms[best].ev.place;
            int rp = precision_rank(p->precision), rb = precision_rank(b->precision);
            if (rp != rb) {
                if (rp > rb) continue;
            } else if (c != best_c) {
                if (c < best_c) continue;
            } else if (strcmp(p->name, b->name) >= 0) {
                continue;
            }
        }
        best = (int)i;
        best_c = c;
    }
    return best;
}

/* The date: the most reported among the finest precision given (ties: the earliest). */
static int best_date(const kbs_mention *ms, size_t n)
{
    int best = -1, best_c = 0;
    for (size_t i = 0; i < n; i++) {
        const kbs_mention *m = &ms[i];
        if (m->day_first == INT32_MIN || !m->ev.date) continue;
        int span = m->day_last - m->day_first, c = 0;
        for (size_t j = 0; j < n; j++)
            if (str_eq(ms[j].ev.date, m->ev.date)) c++;
        if (best >= 0) {
            const kbs_mention *b = &ms[best];
            int bspan = b->day_last - b->day_first;
            if (span != bspan) {
                if (span > bspan) continue;
            } else if (c != best_c) {
                if (c < best_c) continue;
            } else if (strcmp(m->ev.date, b->ev.date) >= 0) {
                continue;
            }
        }
        best = (int)i;
        best_c = c;
    }
    return best;
}

/* Toll summary of one kind: min, max and the most reported figure (ties: the higher),
 * the mode over articles that are not copies (a copy repeats its original). */
static void toll_summary(const kbs_mention *ms, size_t n, int injured, int *mn, int *mx,
                         int *mode)
{
    *mn = *mx = *mode = -1;
    int any_orig = 0;
    for (size_t i = 0; i < n; i++) {
        const kb_event *e = &ms[i].ev;
        int v = injured ? e->injured : e->killed;
        int lo = injured ? e->injured_min : e->killed_min;
        int hi = injured ? e->injured_max : e->killed_max;
        if (lo < 0) lo = v;
        if (hi < 0) hi = v;
        if (lo >= 0 && (*mn < 0 || lo < *mn)) *mn = lo;
        if (hi >= 0 && hi > *mx) *mx = hi;
        if (v >= 0 && !ms[i].copy_of) any_orig = 1;
    }
    int best_c = 0;
    for (size_t i = 0; i < n; i++) {
        int v = injured ? ms[i].ev.injured : ms[i].ev.killed;
        if (v < 0 || (any_orig && ms[i].copy_of)) continue;
        int c = 0;
        for (size_t j = 0; j < n; j++) {
            int w = injured ? ms[j].ev.injured : ms[j].ev.killed;
            if (w == v && !(any_orig && ms[j].copy_of)) c++;
        }
        if (c > best_c || (c == best_c && v > *mode)) {
            best_c = c;
            *mode = v;
        }
    }
}

/* Mentions of one article or copy group: the original's key for a copy. */
static const char *group_of(const kbs_mention *m)
{
    return m->copy_of ? m->copy_of : m->doc;
}

static int cmp_first(const kbs_mention *a, const kbs_mention *b) /* < 0: a is earlier */
{
    if (!a->article_date != !b->article_date) return a->article_date ? -1 : 1;
    int c = a->article_date ? strcmp(a->article_date, b->article_date) : 0;
    if (c) return c;
    if ((c = strcmp(a->doc, b->doc))) return c;
    return a->seq - b->seq;
}

/* Is a mention of a mutual act told from the other side than ref (the event's source)?
 * Its source is another actor and its target ref or unnamed, or its only side, the
 * target, is ref. */
static int turn_side(const kb_event *e, const char *ref)
{
    if (!e->source.code) return e->target.code && kbm_actor_compatible(e->target.code, ref);
    return !kbm_actor_compatible(e->source.code, ref) &&
           (!e->target.code || kbm_actor_compatible(e->target.code, ref));
}

void kbm_event_summary(const kbs_mention *ms, size_t n, kbs_event_sum *e)
{
    memset(e, 0, sizeof *e);
    if (!n) return;
    /* identity: the smallest mention; first: the earliest article that is not a copy */
    size_t id_i = 0, first = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        int c = strcmp(ms[i].doc, ms[id_i].doc);
        if (c < 0 || (c == 0 && ms[i].seq < ms[id_i].seq)) id_i = i;
        if (ms[i].copy_of) continue;
        if (first == SIZE_MAX || cmp_first(&ms[i], &ms[first]) < 0) first = i;
    }
    if (first == SIZE_MAX)
        for (size_t i = 0; i < n; i++)
            if (first == SIZE_MAX || cmp_first(&ms[i], &ms[first]) < 0) first = i;
    e->event_id = kbs_mention_id(ms[id_i].doc, ms[id_i].seq);
    e->first_doc = ms[first].doc;
    e->first_seq = ms[first].seq;
    e->historical = ms[0].ev.historical;

    int d = best_date(ms, n);
    if (d >= 0) {
        e->date = ms[d].ev.date;
        e->date_precision = ms[d].ev.date_precision;
    }
    int s = actor_rank(ms, n, src_code), t = actor_rank(ms, n, tgt_code);
    /* a mutual act told from both sides: the sides as the most reported telling has them
     * (the source ranked first; mentions whose source is the other side are turned) */
    kbs_mention *turned = NULL;
    if (s >= 0 && mutual_root(&ms[0].ev)) {
        const char *ref = ms[s].ev.source.code;
        size_t nt = 0;
        for (size_t i = 0; i < n; i++)
            nt += turn_side(&ms[i].ev, ref);
        if (nt && (turned = malloc(n * sizeof *turned))) {
            for (size_t i = 0; i < n; i++) {
                turned[i] = ms[i];
                if (turn_side(&ms[i].ev, ref)) {
                    turned[i].ev.source = ms[i].ev.target;
                    turned[i].ev.target = ms[i].ev.source;
                }
            }
            s = actor_rank(turned, n, src_code);
            t = actor_rank(turned, n, tgt_code);
        }
    }
    const kbs_mention *os = turned ? turned : ms;
    if (s >= 0) e->source = os[s].ev.source;
    if (t >= 0) e->target = os[t].ev.target;
    free(turned);
    int c = mode_str(ms, n, ev_code);
    if (c < 0) c = 0;
    e->code = ms[c].ev.code;
    e->root = ms[c].ev.root;
    e->quad = ms[c].ev.quad;
    e->goldstein = ms[c].ev.goldstein;
    e->plover = ms[c].ev.plover;
    int p = best_place(ms, n);
    if (p >= 0) e->place = ms[p].ev.place;
    toll_summary(ms, n, 0, &e->killed_min, &e->killed_max, &e->killed_mode);
    toll_summary(ms, n, 1, &e->injured_min, &e->injured_max, &e->injured_mode);

    /* counts; confidence: a noisy-or over independent articles (copy groups), each
     * as sure as its best mention */
    e->num_mentions = (int)n;
    double unsure = 1.0;
    for (size_t i = 0; i < n; i++) {
        const char *g = group_of(&ms[i]);
        int seen = 0, doc_seen = 0, outlet_seen = 0;
        double best = ms[i].confidence;
        for (size_t j = 0; j < i; j++) {
            if (!strcmp(ms[j].doc, ms[i].doc)) doc_seen = 1;
            if (!strcmp(group_of(&ms[j]), g)) seen = 1;
            if (!ms[j].copy_of && !ms[i].copy_of &&
                (ms[i].outlet ? str_eq(ms[j].outlet, ms[i].outlet)
                              : !strcmp(ms[j].doc, ms[i].doc)))
                outlet_seen = 1;
        }
        if (!doc_seen && ms[i].copy_of) e->num_copies++;
        if (!ms[i].copy_of && !outlet_seen) e->num_sources++;
        if (seen) continue;
        e->num_articles++;
        for (size_t j = i + 1; j < n; j++)
            if (!strcmp(group_of(&ms[j]), g) && ms[j].confidence > best) best = ms[j].confidence;
        unsure *= 1.0 - best;
    }
    for (size_t i = 0; i < n; i++)
        if (ms[i].ingested_at && (!e->date_added || strcmp(ms[i].ingested_at, e->date_added) < 0))
            e->date_added = ms[i].ingested_at;
    if (!e->num_sources) e->num_sources = 1; /* only copies reported it */
    e->confidence = (double)(long)((1.0 - unsure) * 1000.0 + 0.5) / 1000.0;
}

/* ---- storing mentions ------------------------------------------------------------ */
int kb_store_put_events(kb_store *s, const kb_doc *d, const kb_event *ev, size_t n, kb_err *err)
{
    const kbs_event_ops *ops = kbs_event_ops_of(s);
    if (!ops) return kb_err_set(err, KB_EUSAGE, "this store backend keeps no events");
    if (!d->key[0]) return kb_err_set(err, KB_EUSAGE, "events of an article with no key");
    for (size_t i = 0; i < n; i++) {
        const kb_event *e = &ev[i];
        if (!e->code || !e->root[0]) continue;
        /* the days its date covers; wider than a year (a decade...) counts as undated,
         * so that the candidate search (dates within a year) stays symmetric */
        long lf, ll;
        int32_t f = INT32_MIN, l = INT32_MIN;
        if (e->date && kba_value_days(e->date, &lf, &ll) && ll - lf <= 366 && lf > INT32_MIN &&
            ll < INT32_MAX) {
            f = (int32_t)lf;
            l = (int32_t)ll;
        }
        int r = ops->put_mention(kbs_impl(s), d->key, (int)i, e, f, l, kbm_mention_confidence(e),
                                 kbs_mention_id(d->key, (int)i), err);
        if (r != KB_OK) return r;
    }
    return KB_OK;
}

/* ---- merging ------------------------------------------------------------------------ */
#define KBM_EVENT_SLICE 4096 /* articles whose mentions are held at once */
typedef struct upd {
    kb_store *store;
    const kbs_event_ops *ops;
    kb_err *err;
    kb_arena *ar;
    kbs_mention *ms; /* mentions being worked on (strings in ar) */
    size_t n, cap;
    /* event ids touched: open addressing id -> index, union-find over indexes */
    int64_t *ids;
    int32_t *par;
    size_t nids, capids;
    int64_t *hk;
    int32_t *hv;
    size_t hcap;
    /* the probes a candidate is tested against: the mentions of the articles being
     * merged, one at a time (date search) or a story's at once (story search) */
    struct probe *pr;
    size_t npr, prcap;
    size_t pb, pe;
    kbm_story_fn story_of;
    void *story_ctx;
    /* mentions already probed (their mention ids, open addressing, 0 = empty), and how
     * many of the event ids have had their mentions read and probed (the closure) */
    int64_t *pset;
    size_t pset_cap, pset_n;
    size_t expanded;
} upd;

typedef struct probe {
    const kbs_mention *m;
    int32_t idx; /* of its event in the union-find */
} probe;

static int64_t idx_hash(int64_t id)
{
    uint64_t x = (uint64_t)id * 0x9e3779b97f4a7c15ULL;
    return (int64_t)(x >> 17);
}

static int32_t id_index(upd *u, int64_t id)
{
    if (2 * (u->nids + 1) > u->hcap) {
        size_t cap = u->hcap ? 2 * u->hcap : 1024;
        int64_t *hk = malloc(cap * sizeof *hk);
        int32_t *hv = malloc(cap * sizeof *hv);
        if (!hk || !hv) {
            free(hk);
            free(hv);
            return -1;
        }
        for (size_t i = 0; i < cap; i++)
            hv[i] = -1;
        for (size_t i = 0; i < u->nids; i++) {
            size_t j = (size_t)idx_hash(u->ids[i]) & (cap - 1);
            while (hv[j] >= 0)
                j = (j + 1) & (cap - 1);
            hk[j] = u->ids[i];
            hv[j] = (int32_t)i;
        }
        free(u->hk);
        free(u->hv);
        u->hk = hk;
        u->hv = hv;
        u->hcap = cap;
    }
    size_t j = (size_t)idx_hash(id) & (u->hcap - 1);
    while (u->hv[j] >= 0) {
        if (u->hk[j] == id) return u->hv[j];
        j = (j + 1) & (u->hcap - 1);
    }
    if (u->nids == u->capids) {
        size_t cap = u->capids ? 2 * u->capids : 1024;
        int64_t *ids = realloc(u->ids, cap * sizeof *ids);
        if (!ids) return -1;
        u->ids = ids;
        int32_t *par = realloc(u->par, cap * sizeof *par);
        if (!par) return -1;
        u->par = par;
        u->capids = cap;
    }
    int32_t i = (int32_t)u->nids++;
    u->ids[i] = id;
    u->par[i] = i;
    u->hk[j] = id;
    u->hv[j] = i;
    return i;
}

static int32_t uf_find(int32_t *par, int32_t i)
{
    while (par[i] != i) {
        par[i] = par[par[i]];
        i = par[i];
    }
    return i;
}

static const char *dup(kb_arena *a, const char *s)
{
    return s ? kb_arena_strdup(a, s) : NULL;
}

/* Keep a copy of m (its strings in the arena). */
static int keep(void *ctx, const kbs_mention *m)
{
    upd *u = ctx;
    if (u->n == u->cap) {
        size_t cap = u->cap ? 2 * u->cap : 64;
        kbs_mention *p = realloc(u->ms, cap * sizeof *p);
        if (!p) return kb_err_set(u->err, KB_ENOMEM, "events: out of memory");
        u->ms = p;
        u->cap = cap;
    }
    kbs_mention *c = &u->ms[u->n];
    *c = *m;
    kb_arena *a = u->ar;
    kb_event *e = &c->ev;
    c->doc = dup(a, m->doc);
    e->source.code = dup(a, m->ev.source.code);
    e->source.name = dup(a, m->ev.source.name);
    e->source.country = dup(a, m->ev.source.country);
    e->target.code = dup(a, m->ev.target.code);
    e->target.name = dup(a, m->ev.target.name);
    e->target.country = dup(a, m->ev.target.country);
    e->code = dup(a, m->ev.code);
    e->plover = dup(a, m->ev.plover);
    e->date = dup(a, m->ev.date);
    e->date_precision = dup(a, m->ev.date_precision);
    e->date_source = dup(a, m->ev.date_source);
    e->place.name = dup(a, m->ev.place.name);
    e->place.country = dup(a, m->ev.place.country);
    e->place.adm1 = dup(a, m->ev.place.adm1);
    e->place.precision = dup(a, m->ev.place.precision);
    c->story = dup(a, m->story ? m->story : u->story_of(u->story_ctx, m->doc));
    c->copy_of = dup(a, m->copy_of);
    c->outlet = dup(a, m->outlet);
    c->article_date = dup(a, m->article_date);
    c->ingested_at = dup(a, m->ingested_at);
    if (!c->doc || !e->code) return kb_err_set(u->err, KB_ENOMEM, "events: out of memory");
    u->n++;
    return KB_OK;
}

/* Has mention id been probed? Marks it if not (returns 0 then). */
static int probed(upd *u, int64_t id, int *err)
{
    if (2 * (u->pset_n + 1) > u->pset_cap) {
        size_t cap = u->pset_cap ? 2 * u->pset_cap : 1024;
        int64_t *p = calloc(cap, sizeof *p);
        if (!p) return *err = 1, 1;
        for (size_t i = 0; i < u->pset_cap; i++) {
            if (!u->pset[i]) continue;
            size_t j = (size_t)idx_hash(u->pset[i]) & (cap - 1);
            while (p[j])
                j = (j + 1) & (cap - 1);
            p[j] = u->pset[i];
        }
        free(u->pset);
        u->pset = p;
        u->pset_cap = cap;
    }
    size_t j = (size_t)idx_hash(id) & (u->pset_cap - 1);
    while (u->pset[j]) {
        if (u->pset[j] == id) return 1;
        j = (j + 1) & (u->pset_cap - 1);
    }
    u->pset[j] = id;
    u->pset_n++;
    return 0;
}

/* keep, for a mention not probed yet (each mention is probed once per update). */
static int keep_new(void *ctx, const kbs_mention *m)
{
    upd *u = ctx;
    int oom = 0;
    if (probed(u, kbs_mention_id(m->doc, m->seq), &oom)) {
        if (oom) return kb_err_set(u->err, KB_ENOMEM, "events: out of memory");
        return KB_OK;
    }
    return keep(ctx, m);
}

/* A candidate near the probe: join their events when compatible. */
static int candidate(void *ctx, const kbs_mention *cm)
{
    upd *u = ctx;
    kbs_mention with_story = *cm;
    const kbs_mention *m = &with_story;
    if (!cm->story) with_story.story = u->story_of(u->story_ctx, cm->doc);
    int32_t j = -1;
    for (size_t i = u->pb; i < u->pe; i++) {
        const probe *p = &u->pr[i];
        if (m->event_id == p->m->event_id || !kbm_mention_compatible(p->m, m)) continue;
        if (j < 0 && (j = id_index(u, m->event_id)) < 0)
            return kb_err_set(u->err, KB_ENOMEM, "events: out of memory");
        int32_t a = uf_find(u->par, p->idx), b = uf_find(u->par, j);
        if (a != b) u->par[a < b ? b : a] = a < b ? a : b;
    }
    return KB_OK;
}

static int cmp_probe_story(const void *pa, const void *pb)
{
    const kbs_mention *a = ((const probe *)pa)->m, *b = ((const probe *)pb)->m;
    int c = strcmp(a->story ? a->story : "", b->story ? b->story : "");
    if (!c) c = strcmp(a->ev.root, b->ev.root);
    if (!c) c = a->ev.historical - b->ev.historical;
    return c;
}

/* Join the events of the mentions of articles keys[0..n) with those of every compatible
 * stored mention: by date, probe by probe; by story, each story's probes at once (one
 * read of the story's mentions however many of its articles are merged). */
static int probe_loaded(upd *u, void *impl);

static int join_docs(upd *u, void *impl, const char *const *keys, size_t n)
{
    int r = KB_OK;
    u->n = 0;
    kb_arena_reset(u->ar);
    for (size_t k = 0; k < n && r == KB_OK; k++)
        r = u->ops->of_doc(impl, keys[k], keep_new, u, u->err);
    return r != KB_OK ? r : probe_loaded(u, impl);
}

/* The closure: the mentions of every event met so far are probed too (those not probed
 * yet), until no new event is met. Then each group is a whole connected component of the
 * stored mentions, however the earlier merges split it, so splitting it again
 * (split_group) gives what a merge of everything at once gives. */
static int closure(upd *u, void *impl)
{
    int r = KB_OK;
    while (r == KB_OK && u->expanded < u->nids) {
        size_t end = u->nids;
        u->n = 0;
        kb_arena_reset(u->ar);
        for (size_t i = u->expanded; i < end && r == KB_OK; i++)
            r = u->ops->of_event(impl, u->ids[i], keep_new, u, u->err);
        u->expanded = end;
        if (r == KB_OK && u->n) r = probe_loaded(u, impl);
    }
    return r;
}

/* Probe the mentions held (u->ms[0..n)): join their events with those of every compatible
 * stored mention. */
static int probe_loaded(upd *u, void *impl)
{
    const kbs_event_ops *ops = u->ops;
    kb_err *err = u->err;
    int r = KB_OK;
    if (u->n > u->prcap) {
        probe *p = realloc(u->pr, u->n * sizeof *p);
        if (!p) return kb_err_set(err, KB_ENOMEM, "events: out of memory");
        u->pr = p;
        u->prcap = u->n;
    }
    u->npr = u->n;
    for (size_t i = 0; i < u->n; i++) {
        u->pr[i].m = &u->ms[i];
        if ((u->pr[i].idx = id_index(u, u->ms[i].event_id)) < 0)
            return kb_err_set(err, KB_ENOMEM, "events: out of memory");
    }
    /* by date: a day-precise mention meets those of other stories a day apart at most; a
     * historical one those whose dates (a year at most) overlap its own */
    for (size_t i = 0; i < u->npr && r == KB_OK; i++) {
        const kbs_mention *m = u->pr[i].m;
        int32_t lo, hi, reach = 0;
        if (m->day_first == INT32_MIN) continue;
        if (m->ev.historical) {
            lo = m->day_first;
            hi = m->day_last;
            reach = 366;
        } else if (m->day_first == m->day_last) {
            lo = m->day_first - KBM_EVENT_DAYS;
            hi = m->day_last + KBM_EVENT_DAYS;
        } else {
            continue; /* a month or a year: within its story only */
        }
        u->pb = i;
        u->pe = i + 1;
        r = ops->near(impl, m->ev.root, m->ev.historical, lo, hi, reach, NULL, candidate, u,
                      err);
    }
    /* by story */
    if (u->npr) qsort(u->pr, u->npr, sizeof *u->pr, cmp_probe_story);
    for (size_t i = 0; i < u->npr && r == KB_OK;) {
        size_t j = i + 1;
        while (j < u->npr && !cmp_probe_story(&u->pr[i], &u->pr[j]))
            j++;
        const kbs_mention *m = u->pr[i].m;
        u->pb = i;
        u->pe = j;
        if (m->story)
            r = ops->near(impl, m->ev.root, m->ev.historical, INT32_MIN, INT32_MIN, 0, m->story,
                          candidate, u, err);
        i = j;
    }
    return r;
}

/* Mentions of articles that are not copies first (their words name the actors), then
 * by article key and seq. */
static int cmp_mention(const void *pa, const void *pb)
{
    const kbs_mention *a = pa, *b = pb;
    if (!a->copy_of != !b->copy_of) return a->copy_of ? 1 : -1;
    int c = strcmp(a->doc, b->doc);
    return c ? c : (a->seq > b->seq) - (a->seq < b->seq);
}

/* ---- chains ---------------------------------------------------------------------------- */
/* Can two mentions be one happening at all? Not when a side both name is two different
 * actors (PAKMIL, PAKGOV), the places of two material acts exclude each other, or their
 * days are more than
 * KBM_EVENT_STORY_DAYS apart. Compatible mentions never conflict; a chain of compatible
 * ones (PAKMIL ~ PAK ~ PAKGOV; days 1 ~ 4 ~ 7) may hold two that do. */
int kbm_mention_conflict(const kbs_mention *a, const kbs_mention *b)
{
    const kb_event *x = &a->ev, *y = &b->ev;
    int story = str_eq(a->story, b->story) || !strcmp(a->doc, b->doc);
    int rev = story && mutual_fit(a, b);
    if (!rev && x->source.code && y->source.code &&
        !kbm_actor_compatible(x->source.code, y->source.code))
        return 1;
    if (!rev && x->target.code && y->target.code &&
        !kbm_actor_compatible(x->target.code, y->target.code))
        return 1;
    /* places only for what is done on the ground (material quad classes 2 and 4): where
     * a statement is placed (the speaker's city, the event's) varies from report to report */
    if ((x->quad == 2 || x->quad == 4) && (y->quad == 2 || y->quad == 4) &&
        !kbm_place_compatible(&x->place, &y->place) && !(story && across_border(x, y)))
        return 1;
    if (x->historical || a->day_first == INT32_MIN || b->day_first == INT32_MIN) return 0;
    int64_t gap = (int64_t)(a->day_first > b->day_first ? a->day_first : b->day_first) -
                  (int64_t)(a->day_last < b->day_last ? a->day_last : b->day_last);
    return gap > KBM_EVENT_STORY_DAYS;
}

static int consistent(const kbs_mention *ms, size_t n)
{
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (kbm_mention_conflict(&ms[i], &ms[j])) return 0;
    return 1;
}

/* How specific a mention is: sides named, then the length of their codes. */
static int specificity(const kbs_mention *m)
{
    const char *s = m->ev.source.code, *t = m->ev.target.code;
    return 100 * (!!s + !!t) + (s ? (int)strlen(s) : 0) + (t ? (int)strlen(t) : 0);
}

void kbm_split_group(const kbs_mention *ms, size_t n, int *cluster)
{
    /* the most specific mentions first (they say which actor is meant), then in the
     * canonical order; each joins the cluster it has most compatible mentions in among
     * those it conflicts with no member of, else starts one. A function of the set. */
    size_t *ord = malloc((n ? n : 1) * sizeof *ord);
    int *cnt = malloc((n ? n : 1) * sizeof *cnt);
    if (!ord || !cnt) { /* no memory: one cluster each, which is never wrong */
        for (size_t i = 0; i < n; i++)
            cluster[i] = (int)i;
        free(ord);
        free(cnt);
        return;
    }
    for (size_t i = 0; i < n; i++)
        ord[i] = i;
    for (size_t i = 1; i < n; i++) { /* insertion sort: stable, groups are small */
        size_t v = ord[i], j = i;
        while (j > 0 && specificity(&ms[ord[j - 1]]) < specificity(&ms[v])) {
            ord[j] = ord[j - 1];
            j--;
        }
        ord[j] = v;
    }
    int ncl = 0;
    for (size_t k = 0; k < n; k++) {
        size_t i = ord[k];
        for (int c = 0; c < ncl; c++)
            cnt[c] = 0;
        for (size_t q = 0; q < k; q++) { /* the members placed so far */
            size_t j = ord[q];
            int c = cluster[j];
            if (cnt[c] < 0) continue;
            if (kbm_mention_conflict(&ms[i], &ms[j]))
                cnt[c] = -1;
            else if (kbm_mention_compatible(&ms[i], &ms[j]))
                cnt[c]++;
        }
        int best = -1;
        for (int c = 0; c < ncl; c++)
            if (cnt[c] > 0 && (best < 0 || cnt[c] > cnt[best])) best = c;
        cluster[i] = best >= 0 ? best : ncl++;
    }
    free(ord);
    free(cnt);
}

/* Write a group whose mentions (u->ms, sorted) conflict as several events: each cluster
 * of kbm_split_group becomes an event, its mentions moved to it; the group's old events
 * that no cluster keeps are dropped. */
static int split_group(upd *u, void *impl, const int64_t *old, size_t nold)
{
    const kbs_event_ops *ops = u->ops;
    size_t n = u->n;
    int *cl = malloc(n * sizeof *cl);
    kbs_mention *part = malloc(n * sizeof *part);
    kbs_event_sum *sums = malloc(n * sizeof *sums);
    int64_t *drop = malloc((nold ? nold : 1) * sizeof *drop);
    int r = KB_OK;
    if (!cl || !part || !sums || !drop) r = kb_err_set(u->err, KB_ENOMEM, "events: out of memory");
    int ncl = 0;
    if (r == KB_OK) {
        kbm_split_group(u->ms, n, cl);
        for (size_t i = 0; i < n; i++)
            if (cl[i] >= ncl) ncl = cl[i] + 1;
    }
    /* summaries first (they point into u->ms), then moves, then the rows */
    for (int c = 0; r == KB_OK && c < ncl; c++) {
        size_t k = 0;
        for (size_t i = 0; i < n; i++)
            if (cl[i] == c) part[k++] = u->ms[i]; /* still in canonical order */
        kbm_event_summary(part, k, &sums[c]);
        for (size_t i = 0; r == KB_OK && i < n; i++)
            if (cl[i] == c && u->ms[i].event_id != sums[c].event_id)
                r = ops->move_mention(impl, u->ms[i].doc, u->ms[i].seq, sums[c].event_id, u->err);
    }
    size_t nd = 0;
    for (size_t i = 0; r == KB_OK && i < nold; i++) {
        int kept = 0;
        for (int c = 0; c < ncl && !kept; c++)
            kept = sums[c].event_id == old[i];
        if (!kept) drop[nd++] = old[i];
    }
    for (int c = 0; r == KB_OK && c < ncl; c++)
        r = ops->put(impl, &sums[c], c == 0 ? drop : NULL, c == 0 ? nd : 0, u->err);
    free(cl);
    free(part);
    free(sums);
    free(drop);
    return r;
}

static const char *no_story(void *ctx, const char *doc)
{
    (void)ctx;
    (void)doc;
    return NULL;
}

int kbm_events_update(kb_store *s, const char *const *keys, size_t nkeys, kbm_story_fn story_of,
                      void *story_ctx, kb_err *err)
{
    const kbs_event_ops *ops = kbs_event_ops_of(s);
    if (!ops || !nkeys) return KB_OK;
    upd u = {0};
    u.store = s;
    u.ops = ops;
    u.err = err;
    u.story_of = story_of ? story_of : no_story;
    u.story_ctx = story_ctx;
    if (!(u.ar = kb_arena_new(0))) return kb_err_set(err, KB_ENOMEM, "events: out of memory");
    void *impl = kbs_impl(s);
    int r = KB_OK;
    /* 1. join the events of the articles' mentions with those of compatible ones, a
     * slice of articles at a time (bounded memory) */
    for (size_t k = 0; k < nkeys && r == KB_OK; k += KBM_EVENT_SLICE)
        r = join_docs(&u, impl, keys + k, nkeys - k < KBM_EVENT_SLICE ? nkeys - k : KBM_EVENT_SLICE);
    /* ... and with everything connected to them, when groups can be split */
    if (r == KB_OK && ops->move_mention) r = closure(&u, impl);
    /* 2. each group of events becomes one event, summarised from all its mentions (or
     * several, when single links chained mentions that cannot be one happening) */
    size_t ng = u.nids;
    int32_t *order = r == KB_OK ? malloc((ng ? ng : 1) * sizeof *order) : NULL;
    int64_t *old = r == KB_OK ? malloc((ng ? ng : 1) * sizeof *old) : NULL;
    if (r == KB_OK && (!order || !old)) r = kb_err_set(err, KB_ENOMEM, "events: out of memory");
    if (r == KB_OK) {
        /* members listed root by root: counting sort on the root index */
        int32_t *cnt = calloc(ng + 1, sizeof *cnt);
        if (!cnt) r = kb_err_set(err, KB_ENOMEM, "events: out of memory");
        for (size_t i = 0; cnt && i < ng; i++)
            cnt[uf_find(u.par, (int32_t)i) + 1]++;
        for (size_t i = 0; cnt && i < ng; i++)
            cnt[i + 1] += cnt[i];
        for (size_t i = 0; cnt && i < ng; i++)
            order[cnt[uf_find(u.par, (int32_t)i)]++] = (int32_t)i;
        free(cnt);
    }
    for (size_t at = 0; r == KB_OK && at < ng;) {
        int32_t root = uf_find(u.par, order[at]);
        size_t nold = 0;
        u.n = 0;
        kb_arena_reset(u.ar);
        while (at < ng && uf_find(u.par, order[at]) == root) {
            old[nold] = u.ids[order[at]];
            if ((r = ops->of_event(impl, old[nold], keep, &u, err)) != KB_OK) break;
            nold++;
            at++;
        }
        if (r != KB_OK || !u.n) continue;
        qsort(u.ms, u.n, sizeof *u.ms, cmp_mention); /* whatever order the events came in */
        if (ops->move_mention && !consistent(u.ms, u.n)) {
            r = split_group(&u, impl, old, nold);
            continue;
        }
        kbs_event_sum e;
        kbm_event_summary(u.ms, u.n, &e);
        r = ops->put(impl, &e, old, nold, err);
    }
    free(order);
    free(old);
    free(u.ms);
    free(u.pr);
    free(u.ids);
    free(u.par);
    free(u.hk);
    free(u.hv);
    free(u.pset);
    kb_arena_free(u.ar);
    return r;
}
