/* cmd_eval_time_stub.c -- STUB: replaced by cmd_eval_time.c */
#include "cli.h"
int cmd_eval_time(int argc, char **argv) { (void)argc; (void)argv; cli_error("eval time: not implemented"); return 1; }
