/*
 * export.h -- `khabar export` (src/answer/export.c): stored events as GDELT 2.0
 * events + mentions, JSON Lines or CSV. docs/EXPORT.md describes every column.
 */
#ifndef KBX_EXPORT_H
#define KBX_EXPORT_H

#include "answer/answer.h"

typedef enum { KBX_FMT_GDELT = 0, KBX_FMT_JSONL = 1, KBX_FMT_CSV = 2 } kbx_format;

typedef struct kbx_export_opts {
    const char *db;              /* the store file, already migrated to version 3 (kb_store_open) */
    kbx_format format;
    const char *from, *to;       /* YYYY-MM-DD, inclusive, on the event's date; NULL = open */
    const char *source, *target; /* actor code prefix ("PAK" matches PAKMIL); NULL = any */
    const char *root;            /* CAMEO root "19"; NULL = any */
    const char *country;         /* ISO alpha-3 of the place or of either actor; NULL = any */
    int with_mentions;           /* also write the mentions table (write() table 1) */
} kbx_export_opts;

typedef struct kbx_export_stats {
    long events, mentions;
} kbx_export_stats;

/* Receives the output, a row (or a CSV header) at a time: table 0 = events,
 * 1 = mentions. Returns KB_OK to go on. */
typedef int (*kbx_write_fn)(void *ctx, int table, const char *data, size_t len);

/* Reads the store read-only (one snapshot). Events are ordered by date, then id;
 * mentions by event, ingest time, article id, position. */
int kbx_export(const kbx_export_opts *o, const kbx_codes *codes, kbx_tone *tone, kbx_write_fn write,
               void *ctx, kbx_export_stats *stats, kb_err *err);

#endif
