/* cmd_eval_casualty_stub.c -- STUB: replaced by cmd_eval_casualty.c */
#include "cli.h"
int cmd_eval_casualty(int argc, char **argv) { (void)argc; (void)argv; cli_error("eval casualty: not implemented"); return 1; }
