/* date.c -- STUB: replaced by the date parser. */
#include "kb_internal.h"
size_t kbc_date_parse(const char *s, size_t len, char out[11]) { (void)s; (void)len; (void)out; return 0; }
int kbc_date_from_url(const char *url, char out[11]) { (void)url; (void)out; return 0; }
