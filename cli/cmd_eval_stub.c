/* cmd_eval_stub.c -- STUB: replaced by cmd_eval.c */
#include "cli.h"
int cmd_eval(int argc, char **argv) { (void)argc; (void)argv; cli_error("eval: not implemented"); return 1; }
