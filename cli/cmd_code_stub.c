/* cmd_code_stub.c -- STUB: replaced by cmd_code.c / cmd_lexicon.c / cmd_eval_coder.c */
#include "cli.h"
int cmd_code(int argc, char **argv) { (void)argc; (void)argv; cli_error("code: not implemented"); return 1; }
int cmd_lexicon(int argc, char **argv) { (void)argc; (void)argv; cli_error("lexicon: not implemented"); return 1; }
int cmd_eval_coder(int argc, char **argv) { (void)argc; (void)argv; cli_error("eval coder: not implemented"); return 1; }
