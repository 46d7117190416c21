/* extract.c -- STUB: replaced by the extraction scorer. */
#include "kb_internal.h"
int kbv_extract_score(const char *pred_path, const char *gold_path, kbv_extract_result *r, kb_err *err)
{ (void)pred_path; (void)gold_path; (void)r; return kb_err_set(err, KB_EUSAGE, "not implemented"); }
