/*
 * cli.h -- the khabar tool: thin subcommands over libkhabar.
 * Each command parses its flags, calls the library, prints. Exit codes:
 * 0 all went through, 1 some inputs failed (the rest processed), 2 usage error.
 */
#ifndef KB_CLI_H
#define KB_CLI_H
#include "khabar.h"
#include <stdio.h>

enum { CLI_OK = 0, CLI_PARTIAL = 1, CLI_USAGE = 2 };

typedef struct cli_opt {
    const char *name;    /* long name without dashes, e.g. "format" */
    char short_name;     /* or 0 */
    int has_arg;         /* 1: takes a value (--name V or --name=V) */
    const char **value;  /* where to store the value (has_arg) */
    int *flag;           /* set to 1 when present (no arg) */
} cli_opt;

/* Parse argv[1..] (argv[0] is the command name). Positional arguments are
 * compacted into pos[0..*npos). "-" is positional; "--" ends options.
 * Returns CLI_OK, or -1 after printing help (caller exits 0), or CLI_USAGE
 * after printing an error and the usage line. */
int cli_parse(int argc, char **argv, const cli_opt *opts, const char **pos, int *npos,
              const char *usage);

/* Print "khabar: " + message to stderr. */
void cli_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* Next cleaned document of in: 1 with d filled, 0 at the end. Inputs that
 * cannot be read or cleaned are reported on stderr and counted in *failed. */
int cli_next_doc(kb_input *in, const kb_cleaner *cl, kb_raw *raw, kb_doc *d, int spans, long *failed);

int cmd_clean(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_articles(int argc, char **argv);
int cmd_show(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_code(int argc, char **argv);
int cmd_lexicon(int argc, char **argv);
/* `khabar stories` and `khabar dedup` (issue 6: merge), cmd_stories.c */
int cmd_stories(int argc, char **argv);
int cmd_dedup(int argc, char **argv);
/* `khabar events`, `khabar timeline`, `khabar series` (stored events), cmd_events.c */
int cmd_events(int argc, char **argv);
int cmd_timeline(int argc, char **argv);
int cmd_series(int argc, char **argv);
/* `khabar eval coder ...`, dispatched from cmd_eval.c */
int cmd_eval_coder(int argc, char **argv);
/* `khabar eval time|geo|casualty ...` (issue 5), dispatched from cmd_eval.c */
int cmd_eval_time(int argc, char **argv);
int cmd_eval_geo(int argc, char **argv);
int cmd_eval_casualty(int argc, char **argv);
/* `khabar export` and `khabar check gdelt` (issue 6: answer), cmd_export.c, cmd_check.c */
int cmd_export(int argc, char **argv);
int cmd_check(int argc, char **argv);

#endif
