/* store.c -- STUB: replaced by the SQLite store. */
#include "kb_internal.h"
kb_store *kb_store_open(const char *target, kb_err *err) { (void)target; kb_err_set(err, KB_ESTORE, "store not implemented"); return NULL; }
void kb_store_close(kb_store *s) { (void)s; }
int kb_store_begin(kb_store *s, kb_err *err) { (void)s; (void)err; return KB_ESTORE; }
int kb_store_commit(kb_store *s, kb_err *err) { (void)s; (void)err; return KB_ESTORE; }
int kb_store_rollback(kb_store *s, kb_err *err) { (void)s; (void)err; return KB_ESTORE; }
int kb_store_put_article(kb_store *s, const kb_doc *d, int *is_new, kb_err *err) { (void)s; (void)d; (void)is_new; (void)err; return KB_ESTORE; }
kb_query *kb_store_articles(kb_store *s, const kb_article_filter *f, kb_err *err) { (void)s; (void)f; (void)err; return NULL; }
int kb_query_step(kb_query *q, kb_article *row, kb_err *err) { (void)q; (void)row; (void)err; return KB_DONE; }
void kb_query_free(kb_query *q) { (void)q; }
long kb_store_count_articles(kb_store *s) { (void)s; return 0; }
int kb_store_schema_version(kb_store *s) { (void)s; return 0; }
