/* cmd_eval_geo_stub.c -- STUB: replaced by cmd_eval_geo.c */
#include "cli.h"
int cmd_eval_geo(int argc, char **argv) { (void)argc; (void)argv; cli_error("eval geo: not implemented"); return 1; }
