/*
 * toll_doc.c -- from casualty mentions to the toll of a document or a clause.
 *
 * Mentions of one kind in one sentence (or clause) are added up ("six people
 * died ... while two succumbed" = 8); back-references ("he died", "the victim
 * was hurt") and subsets ("two of them fatally") are not added to new groups.
 * A document's toll is its main incident's: the first sentence, in text order,
 * that gives a killed (or injured, or shot) figure for this incident --
 * aggregates over a period and other incidents left out, and so are figures
 * far (SPAN sentences) after the first one -- raised by later updated tolls
 * ("the death toll rose to 23"). People shot and not said to be
 * killed are injured: injured = max(injured stated, shot - killed).
 * See toll.h.
 */
#include "annotate/toll.h"

#include <string.h>

static const kba_count NONE = {-1, -1, -1, 0, 0};

/* A figure more than SPAN sentences after the document's first casualty figure
 * belongs to another incident (a round-up, a related case), not the main one. */
#define SPAN 8

int kba_count_figure(const kba_count *c)
{
    if (c->value >= 0) return c->value;
    if (c->min >= 0) return c->min;
    if (c->max >= 0) return c->max;
    return 0;
}

static int stated(const kba_count *c) { return c->value >= 0 || c->min >= 0 || c->max >= 0; }

static void add(kba_count *a, const kba_count *b)
{
    if (!stated(a)) {
        *a = *b;
        return;
    }
    int32_t alo = a->min >= 0 ? a->min : a->value, blo = b->min >= 0 ? b->min : b->value;
    int32_t ahi = a->max >= 0 ? a->max : a->value, bhi = b->max >= 0 ? b->max : b->value;
    int bounds = a->min >= 0 || b->min >= 0 || a->max >= 0 || b->max >= 0;
    a->value = (a->value >= 0 && b->value >= 0) ? a->value + b->value : -1;
    if (bounds) {
        a->min = (alo >= 0 && blo >= 0 && (a->min >= 0 || b->min >= 0)) ? alo + blo : -1;
        a->max = (ahi >= 0 && bhi >= 0 && (a->max >= 0 || b->max >= 0)) ? ahi + bhi : -1;
    }
    a->approx = a->approx || b->approx;
}

/* Per-kind tally over a set of mentions (one sentence or one clause). */
typedef struct tally {
    kba_count sum;   /* new groups added up */
    kba_count back;  /* largest back-reference / subset */
    int n_new, n_back, zero, idx;
} tally;

static void tally_put(tally *t, const kba_toll *m, int idx)
{
    if (m->flags & KBA_TF_ELSE) return;
    if (t->idx < 0) t->idx = idx;
    if (m->flags & KBA_TF_ZERO) {
        t->zero = 1;
        return;
    }
    if (!stated(&m->n)) return;
    if (m->flags & (KBA_TF_DEFINITE | KBA_TF_SUBSET)) {
        if (!t->n_back || kba_count_figure(&m->n) > kba_count_figure(&t->back)) t->back = m->n;
        t->n_back++;
        return;
    }
    if (m->flags & KBA_TF_TOLL) {
        /* a toll restates the sum: take the larger */
        if (!t->n_new || kba_count_figure(&m->n) > kba_count_figure(&t->sum)) t->sum = m->n;
        t->n_new++;
        return;
    }
    add(&t->sum, &m->n);
    t->n_new++;
}

/* The figure of a tally: the sum of new groups, else the largest back-ref, else 0. */
static int tally_get(const tally *t, kba_count *out)
{
    if (t->n_new) {
        *out = t->sum;
        return 1;
    }
    if (t->n_back) {
        *out = t->back;
        return 1;
    }
    if (t->zero) {
        *out = (kba_count){0, -1, -1, 0, 0};
        return 1;
    }
    return 0;
}

static void tally_init(tally *t)
{
    memset(t, 0, sizeof *t);
    t->sum = t->back = NONE;
    t->idx = -1;
}

enum { K, I, S, NK };

static void tally_mention(tally *tk, const kba_toll *m, int idx)
{
    switch (m->kind) {
    case KBA_KILLED: tally_put(&tk[K], m, idx); break;
    case KBA_INJURED: tally_put(&tk[I], m, idx); break;
    case KBA_HIT: tally_put(&tk[S], m, idx); break;
    case KBA_CASUALTIES:
        if (m->flags & KBA_TF_ZERO) {
            tally_put(&tk[K], m, idx);
            tally_put(&tk[I], m, idx);
        }
        break;
    }
}

static void finish(kba_toll_sum *s, int hk, kba_count k, int hi, kba_count i, int hs,
                   kba_count sh)
{
    s->killed = hk ? k : NONE;
    s->injured = hi ? i : NONE;
    if (hs) {
        int fk = hk ? kba_count_figure(&k) : 0;
        int rest = kba_count_figure(&sh) - fk;
        if (rest < 0) rest = 0;
        if (!hi || rest > kba_count_figure(&i)) {
            if (!hk && sh.value < 0)
                s->injured = sh; /* only bounds: keep them */
            else
                s->injured = (kba_count){rest, -1, -1, sh.approx, 0};
        }
        if (!hk && !stated(&s->killed)) s->killed = NONE;
    }
}

void kba_toll_in_span(const kba_toll *t, size_t n, uint32_t start, uint32_t end,
                      kba_toll_sum *s)
{
    tally tk[NK];
    for (int k = 0; k < NK; k++) tally_init(&tk[k]);
    for (size_t j = 0; j < n; j++) {
        if (t[j].start < start || t[j].end > end) continue;
        if (t[j].flags & (KBA_TF_AGGREGATE | KBA_TF_OTHER)) continue;
        tally_mention(tk, &t[j], (int)j);
    }
    kba_count k, i, sh;
    int hk = tally_get(&tk[K], &k), hi = tally_get(&tk[I], &i), hs = tally_get(&tk[S], &sh);
    memset(s, 0, sizeof *s);
    finish(s, hk, k, hi, i, hs, sh);
    s->killed_from = tk[K].idx;
    s->injured_from = tk[I].idx >= 0 ? tk[I].idx : tk[S].idx;
}

/* Per kind: the first sentence with new victims (or a zero), else the first
 * sentence with back-references only (have = 2). Mentions with a flag of skip
 * are left out. */
static void pick(const kba_toll *t, size_t n, unsigned skip, int *have, kba_count *val, int *from)
{
    int back[NK] = {0};
    kba_count bval[NK] = {NONE, NONE, NONE};
    int bfrom[NK] = {-1, -1, -1};
    long anchor = -1; /* the sentence of the first figure of any kind */
    size_t j = 0;
    while (j < n) {
        uint32_t sent = t[j].sentence;
        tally tk[NK];
        for (int k = 0; k < NK; k++) tally_init(&tk[k]);
        for (; j < n && t[j].sentence == sent; j++) {
            if (t[j].flags & skip) continue;
            tally_mention(tk, &t[j], (int)j);
        }
        for (int k = 0; k < NK; k++) {
            kba_count c;
            if (!tally_get(&tk[k], &c)) continue;
            if (anchor < 0) anchor = (long)sent;
            if ((long)sent > anchor + SPAN) continue; /* far from the main incident */
            if (tk[k].n_new || (tk[k].zero && !tk[k].n_back)) {
                if (!have[k]) {
                    have[k] = 1;
                    val[k] = c;
                    from[k] = tk[k].idx;
                }
            } else if (!back[k]) {
                back[k] = 1;
                bval[k] = c;
                bfrom[k] = tk[k].idx;
            }
        }
    }
    for (int k = 0; k < NK; k++)
        if (!have[k] && back[k]) {
            have[k] = 2;
            val[k] = bval[k];
            from[k] = bfrom[k];
        }
}

void kba_toll_summary(const kba_toll *t, size_t n, kba_toll_sum *s)
{
    memset(s, 0, sizeof *s);
    s->killed = s->injured = NONE;
    s->killed_from = s->injured_from = -1;
    int have[NK] = {0};
    kba_count val[NK] = {NONE, NONE, NONE};
    int from[NK] = {-1, -1, -1};
    pick(t, n, KBA_TF_AGGREGATE | KBA_TF_OTHER | KBA_TF_APART | KBA_TF_PAST, have, val, from);
    if (!have[K] && !have[I] && !have[S]) /* only told as past: that is the incident */
        pick(t, n, KBA_TF_AGGREGATE | KBA_TF_OTHER | KBA_TF_APART, have, val, from);
    /* an updated toll raises the killed figure */
    for (size_t x = 0; x < n; x++)
        if (t[x].kind == KBA_KILLED && (t[x].flags & KBA_TF_UPDATE) &&
            !(t[x].flags & (KBA_TF_AGGREGATE | KBA_TF_OTHER | KBA_TF_APART | KBA_TF_ZERO)) &&
            (!have[K] || kba_count_figure(&t[x].n) > kba_count_figure(&val[K]))) {
            have[K] = 1;
            val[K] = t[x].n;
            from[K] = (int)x;
        }
    /* "he was in critical condition" about the one who died is not another victim */
    if (have[I] == 2 && have[K] && kba_count_figure(&val[K]) >= kba_count_figure(&val[I])) {
        have[I] = 0;
        from[I] = -1;
    }
    finish(s, have[K] != 0, val[K], have[I] != 0, val[I], have[S] != 0, val[S]);
    s->killed_from = from[K];
    s->injured_from = from[I] >= 0 ? from[I] : from[S];
    /* nothing for this incident: an aggregate's bounds, flagged */
    if (!have[K]) {
        for (size_t x = 0; x < n; x++)
            if (t[x].kind == KBA_KILLED && (t[x].flags & KBA_TF_AGGREGATE) &&
                !(t[x].flags & KBA_TF_OTHER)) {
                s->killed = (kba_count){-1, t[x].n.min, t[x].n.max, t[x].n.approx, 0};
                s->killed_aggregate = 1;
                s->killed_from = (int)x;
                break;
            }
    }
    if (!have[I] && !have[S]) {
        for (size_t x = 0; x < n; x++)
            if (t[x].kind == KBA_INJURED && (t[x].flags & KBA_TF_AGGREGATE) &&
                !(t[x].flags & KBA_TF_OTHER)) {
                s->injured = (kba_count){-1, t[x].n.min, t[x].n.max, t[x].n.approx, 0};
                s->injured_aggregate = 1;
                s->injured_from = (int)x;
                break;
            }
    }
}
