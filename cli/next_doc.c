/*
 * next_doc.c -- the read-and-clean loop shared by the commands that print
 * documents (`clean`, `code`): pull the next raw document, clean it (with
 * its paragraph, sentence and token spans when spans is set), and
 * report each failure on stderr (the message names the input and position)
 * without stopping the batch.
 */
#include "cli.h"

int cli_next_doc(kb_input *in, const kb_cleaner *cl, kb_raw *raw, kb_doc *d, int spans, long *failed)
{
    kb_err err = {0};
    for (;;) {
        int st = kb_input_next(in, raw, &err);
        if (st == KB_DONE) return 0;
        if (st < 0 || (spans ? kb_clean : kb_clean_text)(cl, raw, d, &err) != KB_OK) {
            cli_error("%s", err.msg);
            (*failed)++;
            continue;
        }
        return 1;
    }
}
