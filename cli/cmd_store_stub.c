/* cmd_store_stub.c -- STUB: replaced by cmd_ingest.c / cmd_articles.c */
#include "cli.h"
int cmd_ingest(int argc, char **argv) { (void)argc; (void)argv; cli_error("ingest: not implemented"); return 1; }
int cmd_articles(int argc, char **argv) { (void)argc; (void)argv; cli_error("articles: not implemented"); return 1; }
int cmd_show(int argc, char **argv) { (void)argc; (void)argv; cli_error("show: not implemented"); return 1; }
