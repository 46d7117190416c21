/*
 * enrich.h -- when, where and how many for coded events (issue 5): the
 * enrichment that runs after kb_code_doc and fills each kb_event's own date
 * (time annotator), place (gazetteer) and toll (casualty annotator).
 *
 * One kb_enricher per thread: it holds the gazetteer (mmapped once per
 * enricher, shareable read-only) and the geo resolver's scratch. A missing
 * gazetteer index is not an error: places stay null and
 * kb_enricher_geo_error() says why (the CLI prints it once).
 */
#ifndef KBE_ENRICH_H
#define KBE_ENRICH_H

#include "kb_internal.h"
#include "khabar.h"

/* The enricher's public API (kb_enricher_new, kb_enrich_doc, kb_fold_restated ...) is in
 * khabar.h; this header adds the output with the enrichment. */

/* kbe_event_json with the enrichment: place, killed, injured filled, and
 * date_source, article_date, date_conflict, killed_min/max, injured_min/max
 * added (only for enriched events). */
void kbe_event_json_enriched(kbu_buf *b, const kb_doc *d, const kb_event *e);

#endif
