/*
 * main.c -- khabar's entry point: dispatch to a subcommand.
 */
#include "cli.h"
#include <stdarg.h>
#include <string.h>

static const struct {
    const char *name;
    int (*fn)(int, char **);
    const char *summary;
} commands[] = {
    {"clean", cmd_clean, "extract main text and metadata from articles, print JSONL or text"},
    {"ingest", cmd_ingest, "clean, code and store articles (idempotent)"},
    {"articles", cmd_articles, "list stored articles"},
    {"show", cmd_show, "show one stored article"},
    {"code", cmd_code, "code events (who did what to whom, CAMEO + PLOVER) from articles"},
    {"stories", cmd_stories, "list stories: articles about one happening, copies linked"},
    {"dedup", cmd_dedup, "link copies and group stories over the stored articles"},
    {"events", cmd_events, "list stored events: merged mentions, counts, evidence"},
    {"timeline", cmd_timeline, "a dyad's events in date order, with evidence"},
    {"series", cmd_series, "events, mentions and tolls per day, week or month (CSV)"},
    {"lexicon", cmd_lexicon, "check the lexicons (lexicon check)"},
    {"eval", cmd_eval, "score khabar against gold sets (eval extract ...)"},
    {"export", cmd_export, "export stored events: GDELT 2.0 events + mentions, JSONL, CSV"},
    {"check", cmd_check, "check files against their format's rules (check gdelt FILE)"},
};

static void usage(FILE *f)
{
    fprintf(f, "usage: khabar [--version] [--help] COMMAND [ARGS]\n\n"
               "khabar turns news articles into verifiable event data.\n\ncommands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fprintf(f, "\nInputs may be text, HTML, JSONL, WARC files (each possibly gzip),\n"
               "directories, or - for standard input. 'khabar COMMAND --help' for details.\n");
}

void cli_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("khabar: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int cli_parse(int argc, char **argv, const cli_opt *opts, const char **pos, int *npos,
              const char *usage_text)
{
    int np = 0, only_pos = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (only_pos || a[0] != '-' || a[1] == '\0') {
            pos[np++] = a;
            continue;
        }
        if (!strcmp(a, "--")) {
            only_pos = 1;
            continue;
        }
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(usage_text, stdout);
            return -1;
        }
        const cli_opt *o = NULL;
        const char *val = NULL;
        if (a[1] == '-') {
            const char *name = a + 2;
            size_t nl = strcspn(name, "=");
            for (const cli_opt *p = opts; p && p->name; p++)
                if (strlen(p->name) == nl && !strncmp(p->name, name, nl)) o = p;
            if (o && name[nl] == '=') val = name + nl + 1;
        } else if (a[2] == '\0') {
            for (const cli_opt *p = opts; p && p->name; p++)
                if (p->short_name == a[1]) o = p;
        }
        if (!o) {
            cli_error("%s: unknown option '%s'", argv[0], a);
            fputs(usage_text, stderr);
            return CLI_USAGE;
        }
        if (o->has_arg) {
            if (!val) {
                if (i + 1 >= argc) {
                    cli_error("%s: option '%s' needs a value", argv[0], a);
                    fputs(usage_text, stderr);
                    return CLI_USAGE;
                }
                val = argv[++i];
            }
            *o->value = val;
        } else {
            if (val) {
                cli_error("%s: option '%s' takes no value", argv[0], a);
                return CLI_USAGE;
            }
            *o->flag = 1;
        }
    }
    *npos = np;
    return CLI_OK;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return CLI_USAGE;
    }
    if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
        printf("khabar %s\n", kb_version());
        return 0;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        usage(stdout);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (!strcmp(argv[1], commands[i].name)) return commands[i].fn(argc - 1, argv + 1);
    cli_error("unknown command '%s'", argv[1]);
    usage(stderr);
    return CLI_USAGE;
}
