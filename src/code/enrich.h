/*
 * enrich.h -- when, where and how many for coded events (issue 5): the
 * enrichment that runs after kb_code_doc and fills each kb_event's own date
 * (time annotator), place (gazetteer) and toll (casualty annotator).
 *
 * One kbe_enricher per thread: it holds the gazetteer (mmapped once per
 * enricher, shareable read-only) and the geo resolver's scratch. A missing
 * gazetteer index is not an error: places stay null and
 * kbe_enricher_geo_error() says why (the CLI prints it once).
 */
#ifndef KBE_ENRICH_H
#define KBE_ENRICH_H

#include "kb_internal.h"
#include "khabar.h"

typedef struct kbe_enricher kbe_enricher;

/* gaz_path NULL = the default index (kba_gaz_default_path). Returns NULL only
 * when out of memory (err filled). */
kbe_enricher *kbe_enricher_new(const char *gaz_path, kb_err *err);
void kbe_enricher_free(kbe_enricher *en);
/* NULL if the gazetteer is open, else the reason places stay null. */
const char *kbe_enricher_geo_error(const kbe_enricher *en);

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
int kbe_enrich_doc(kbe_enricher *en, kb_doc *d, const char *date, kb_event *ev, size_t n,
                   kb_err *err);

/* One event per happening, dyad and code in an article (CODING-RULES): an event whose source
 * and target (first three letters) and root equal an earlier one's of the article (with the
 * same three-digit code or the root's plain one, or any code of roots 18-20) and whose date
 * and (for material acts) place do not tell
 * another happening restates it; it is dropped, the earlier one (the lead's) keeping the
 * place and toll it lacked. Historical events fold only among themselves, by
 * their year. Returns the new count; ev is compacted in order. */
size_t kbe_fold_restated(kb_event *ev, size_t n);

/* kbe_event_json with the enrichment: place, killed, injured filled, and
 * date_source, article_date, date_conflict, killed_min/max, injured_min/max
 * added (only for enriched events). */
void kbe_event_json_enriched(kbu_buf *b, const kb_doc *d, const kb_event *e);

#endif
