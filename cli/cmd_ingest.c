/*
 * cmd_ingest.c -- `khabar ingest`: read inputs (kb_input), clean each
 * document (one kb_cleaner) and store it (kb_store), idempotently: an article
 * already in the store (same key) is counted as "already there".
 *
 * Puts are grouped in transactions of at most BATCH_DOCS documents or
 * BATCH_SECONDS, so a run killed at any moment keeps every committed batch and
 * a rerun completes the rest. A progress line is drawn on stderr when it is a
 * terminal (not with --quiet); a summary line always ends the run.
 * Each new article is also added to the merge index (kb_merge_*, issue 6),
 * which links copies and assigns stories; its rows are written in the same
 * transaction as the articles of the batch.
 * Each new English article is coded (kb_code_doc, then the enrichment: the
 * event's date, place, toll) and its events stored as mentions in the same
 * transaction (kb_store_put_events); kb_merge_flush merges them into events
 * (src/merge/events.c). --no-code stores articles only.
 */
#include "cli.h"
#include "code/enrich.h"
#include "kb_internal.h"
#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define BATCH_DOCS 500
#define BATCH_SECONDS 0.5
#define REDRAW_SECONDS 0.1

static const char ingest_usage[] =
    "usage: khabar ingest [--db FILE] [--quiet] [--no-code] INPUT...\n"
    "\n"
    "Clean each article, code its events and store both. Storing is idempotent: an\n"
    "article already in the store (same cleaned text and URL) is left as it is.\n"
    "New English articles are coded (as khabar code does); their events are merged\n"
    "with the stored ones (khabar events lists them). Other languages are stored, not coded.\n"
    "  --db FILE   the SQLite store (default: $KHABAR_DB, else ./khabar.db)\n"
    "  --no-code   store the articles only\n"
    "  --quiet     no progress line (the summary and errors are still printed)\n"
    "INPUT: text, HTML, JSONL or WARC files (gzip or not), directories, or - for stdin.\n"
    "Ends with \"read N, new N, already there N, failed N; coded N, not English N,\n"
    "mentions N (T s)\" on stderr (without the part after ';' with --no-code).\n"
    "Exit status: 0 all stored, 1 some inputs failed (the rest are stored), 2 usage.\n";

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
    (void)sig;
    interrupted = 1;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- progress ----------------------------------------------------------- */
typedef struct progress {
    int on;    /* drawing at all (stderr is a terminal) */
    int drawn; /* a line is on screen */
    double t0, last_draw;
    long long total;      /* bytes of all input files, -1 if unknown (stdin) */
    long long done_files; /* bytes of the input files already finished */
    char cur[4096];       /* the origin being read */
    int cur_fd;           /* our fd on it, found in /proc/self/fd, or -1 */
    long long cur_size;
    long long cur_pos; /* bytes of it read so far, as last seen */
    double raw_bytes;  /* document bytes processed */
} progress;

static long long tree_size(const char *path, int depth)
{
    struct stat sb;
    if (stat(path, &sb) != 0) return 0;
    if (S_ISREG(sb.st_mode)) return (long long)sb.st_size;
    if (!S_ISDIR(sb.st_mode) || depth > 64) return 0;
    DIR *dir = opendir(path);
    if (!dir) return 0;
    long long sum = 0;
    struct dirent *e;
    char sub[4096];
    while ((e = readdir(dir)) != NULL) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
        snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
        sum += tree_size(sub, depth + 1);
    }
    closedir(dir);
    return sum;
}

/* The file descriptor this process has open on path (Linux /proc), or -1. */
static int find_fd(const char *path)
{
    char want[4096], link[4096], fdpath[300];
    if (!realpath(path, want)) return -1;
    DIR *dir = opendir("/proc/self/fd");
    if (!dir) return -1;
    int found = -1;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL && found < 0) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        snprintf(fdpath, sizeof fdpath, "/proc/self/fd/%s", e->d_name);
        ssize_t n = readlink(fdpath, link, sizeof link - 1);
        if (n <= 0) continue;
        link[n] = '\0';
        if (!strcmp(link, want)) found = atoi(e->d_name);
    }
    closedir(dir);
    return found;
}

/* Bytes read so far on fd (its file offset, from /proc/self/fdinfo), or -1. */
static long long fd_pos(int fd)
{
    char p[64], line[128];
    snprintf(p, sizeof p, "/proc/self/fdinfo/%d", fd);
    FILE *f = fopen(p, "r");
    if (!f) return -1;
    long long pos = -1;
    while (fgets(line, sizeof line, f))
        if (!strncmp(line, "pos:", 4)) pos = atoll(line + 4);
    fclose(f);
    return pos;
}

static void progress_origin(progress *p, const char *origin)
{
    if (!origin || !strcmp(origin, p->cur)) return;
    if (p->cur[0]) p->done_files += p->cur_size;
    p->cur_pos = 0;
    snprintf(p->cur, sizeof p->cur, "%s", origin);
    struct stat sb;
    p->cur_size = (strcmp(origin, "-") && stat(origin, &sb) == 0 && S_ISREG(sb.st_mode))
                      ? (long long)sb.st_size
                      : 0;
    p->cur_fd = (p->on && p->total > 0 && p->cur_size > 0) ? find_fd(origin) : -1;
}

static void progress_clear(progress *p)
{
    if (p->drawn) {
        fputs("\r\033[K", stderr);
        p->drawn = 0;
    }
}

static void progress_draw(progress *p, long n_docs)
{
    if (!p->on) return;
    double t = now_s();
    if (t - p->last_draw < REDRAW_SECONDS) return;
    p->last_draw = t;
    double el = t - p->t0;
    if (el <= 0) el = 1e-9;
    char eta[64] = "";
    if (p->total > 0) {
        if (p->cur_fd >= 0) { /* the fd may be closed or reused by now: only move forward */
            long long pos = fd_pos(p->cur_fd);
            if (pos > p->cur_pos) p->cur_pos = pos < p->cur_size ? pos : p->cur_size;
        }
        long long done = p->done_files + p->cur_pos;
        if (done > p->total) done = p->total;
        if (done > 0 && el > 0.5) {
            double left = (double)(p->total - done) / ((double)done / el);
            int s = (int)(left + 0.5);
            snprintf(eta, sizeof eta, "  %3d%%  ETA %d:%02d",
                     (int)(100.0 * (double)done / (double)p->total), s / 60, s % 60);
        }
    }
    fprintf(stderr, "\r%ld docs  %.0f docs/s  %.1f MB/s%s\033[K", n_docs, (double)n_docs / el,
            p->raw_bytes / 1e6 / el, eta);
    fflush(stderr);
    p->drawn = 1;
}

/* "path:line 12" / "path:byte 1234"; just the path for a whole file. */
static const char *origin_of(const kb_raw *raw, char *buf, size_t cap)
{
    const char *o = raw->origin ? raw->origin : "-";
    if (!raw->position_kind || (!strcmp(raw->position_kind, "byte") && raw->position == 0))
        return o;
    snprintf(buf, cap, "%s:%s %llu", o, raw->position_kind, (unsigned long long)raw->position);
    return buf;
}

/* Code a newly stored article and store its events as mentions (same transaction). */
static int code_article(kb_coder *cd, kb_enricher *en, kb_store *st, kb_doc *d, long *coded,
                        long *foreign, long *mentions, kb_err *err)
{
    kb_event *ev = NULL;
    size_t nev = 0;
    int not_en = 0;
    int r = kb_enrich_hint(en, d, err); /* the country of its places, for the coder */
    if (r != KB_OK) return r;
    r = kb_code_doc(cd, d, NULL, &ev, &nev, &not_en, err);
    if (r != KB_OK) return r;
    if (not_en) {
        (*foreign)++;
        return KB_OK;
    }
    if ((r = kb_enrich_doc(en, d, NULL, ev, nev, err)) != KB_OK) return r;
    nev = kb_fold_restated(ev, nev); /* one event per happening, dyad and code, as `khabar code` */
    if ((r = kb_store_put_events(st, d, ev, nev, err)) != KB_OK) return r;
    (*coded)++;
    *mentions += (long)nev;
    return KB_OK;
}

int cmd_ingest(int argc, char **argv)
{
    const char *db = NULL;
    int quiet = 0, no_code = 0;
    cli_opt opts[] = {{"db", 0, 1, &db, NULL},
                      {"quiet", 'q', 0, NULL, &quiet},
                      {"no-code", 0, 0, NULL, &no_code},
                      {NULL, 0, 0, NULL, NULL}};
    const char **pos = calloc((size_t)argc + 1, sizeof *pos);
    int npos = 0;
    if (!pos) return CLI_PARTIAL;
    int rc = cli_parse(argc, argv, opts, pos, &npos, ingest_usage);
    if (rc != CLI_OK) {
        free(pos);
        return rc < 0 ? 0 : rc;
    }
    if (npos == 0) {
        cli_error("ingest: no input (use - for standard input)");
        fputs(ingest_usage, stderr);
        free(pos);
        return CLI_USAGE;
    }
    if (db && !*db) {
        cli_error("ingest: --db needs a file name");
        free(pos);
        return CLI_USAGE;
    }

    /* (before the store, the lexicons and the gazetteer load: a Ctrl-C or a SIGTERM during the
     * set-up stops before the first article, with the summary and exit 130, not half-way) */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sa.sa_flags = SA_RESTART | SA_RESETHAND; /* a second Ctrl-C kills at once */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    kb_err err = {0};
    kb_store *st = kb_store_open(db, &err);
    if (!st) {
        cli_error("%s", err.msg);
        free(pos);
        return err.code == KB_EUSAGE ? CLI_USAGE : CLI_PARTIAL;
    }
    kb_cleaner *cl = kb_cleaner_new(NULL, &err);
    if (!cl) {
        cli_error("%s", err.msg);
        kb_store_close(st);
        free(pos);
        return CLI_PARTIAL;
    }

    /* the coder and the enrichment (issue 4, 5): events of the new articles */
    kb_coder *cd = NULL;
    kb_enricher *en = NULL;
    if (!no_code) {
        cd = kb_coder_new(NULL, &err);
        if (cd) en = kb_enricher_new(NULL, &err);
        if (!cd || !en) {
            cli_error("%s", err.msg);
            kb_coder_free(cd);
            kb_cleaner_free(cl);
            kb_store_close(st);
            free(pos);
            return CLI_PARTIAL;
        }
        const char *ge = kb_enricher_geo_error(en);
        if (ge && !quiet) cli_error("ingest: warning: events get no places (%s)", ge);
    }

    /* merge (issue 6): copies and stories are linked as articles arrive */
    kb_merge *mg = kb_merge_open(st, 0, &err);
    if (!mg) {
        cli_error("%s", err.msg);
        kb_enricher_free(en);
        kb_coder_free(cd);
        kb_cleaner_free(cl);
        kb_store_close(st);
        free(pos);
        return CLI_PARTIAL;
    }

    progress pr = {0};
    pr.on = !quiet && isatty(STDERR_FILENO);
    pr.cur_fd = -1;
    pr.t0 = pr.last_draw = now_s();
    if (pr.on) {
        pr.total = 0;
        for (int i = 0; i < npos && pr.total >= 0; i++)
            pr.total = strcmp(pos[i], "-") ? pr.total + tree_size(pos[i], 0) : -1;
    }

    kb_input *in = kb_input_open(pos, (size_t)npos);
    kb_doc *d = kb_doc_new();
    if (!in || !d) {
        cli_error("ingest: out of memory");
        kb_merge_close(mg);
        kb_enricher_free(en);
        kb_coder_free(cd);
        kb_input_close(in);
        kb_doc_free(d);
        kb_cleaner_free(cl);
        kb_store_close(st);
        free(pos);
        return CLI_PARTIAL;
    }
    long n_read = 0, n_new = 0, n_old = 0, n_failed = 0;
    long b_new = 0, b_old = 0; /* in the open batch, not yet committed */
    long n_coded = 0, n_foreign = 0, n_mentions = 0; /* committed */
    long b_coded = 0, b_foreign = 0, b_mentions = 0;  /* in the open batch */
    int in_tx = 0, fatal = 0;
    double batch_t0 = 0;
    char obuf[4200];
    kb_raw raw;

    /* From a pipe or terminal the next document may take long to come: commit
     * the open batch whenever no input is waiting, so nothing read sits
     * uncommitted (and unseen by readers) meanwhile. */
    int stdin_stream = 0;
    for (int i = 0; i < npos; i++) {
        struct stat sb;
        if (!strcmp(pos[i], "-") && (fstat(STDIN_FILENO, &sb) != 0 || !S_ISREG(sb.st_mode)))
            stdin_stream = 1;
    }

    while (!interrupted && !fatal) {
        if (in_tx && stdin_stream) {
            struct pollfd pfd = {STDIN_FILENO, POLLIN, 0};
            if (poll(&pfd, 1, 0) == 0) {
                in_tx = 0;
                if (kb_merge_flush(mg, &err) != KB_OK || kb_store_commit(st, &err) != KB_OK) {
                    progress_clear(&pr);
                    cli_error("%s", err.msg);
                    fatal = 1;
                    break;
                }
                n_new += b_new;
                n_old += b_old;
                b_new = b_old = 0;
                n_coded += b_coded;
                n_foreign += b_foreign;
                n_mentions += b_mentions;
                b_coded = b_foreign = b_mentions = 0;
            }
        }
        int s = kb_input_next(in, &raw, &err);
        if (s == KB_DONE) break;
        if (s < 0) {
            progress_clear(&pr);
            cli_error("%s", err.msg);
            n_failed++;
            continue;
        }
        n_read++;
        pr.raw_bytes += (double)raw.len;
        progress_origin(&pr, raw.origin);
        if (kb_clean(cl, &raw, d, &err) != KB_OK) {
            progress_clear(&pr);
            cli_error("%s", err.msg);
            n_failed++;
            progress_draw(&pr, n_read);
            continue;
        }
        if (d->text_len == 0) { /* nothing to keep; and every empty page would share one key */
            progress_clear(&pr);
            cli_error("%s: no main text found, not stored", origin_of(&raw, obuf, sizeof obuf));
            n_failed++;
            continue;
        }
        if (!in_tx) {
            if (kb_store_begin(st, &err) != KB_OK) {
                progress_clear(&pr);
                cli_error("%s", err.msg);
                fatal = 1;
                break;
            }
            in_tx = 1;
            batch_t0 = now_s();
        }
        int is_new = 0;
        s = kb_store_put_article_from(st, d, origin_of(&raw, obuf, sizeof obuf), &is_new, &err);
        if (s != KB_OK) {
            progress_clear(&pr);
            cli_error("%s", err.msg);
            n_failed++;
            if (s != KB_EUSAGE) fatal = 1; /* the database itself failed (disk full...) */
            continue;
        }
        if (is_new && cd) {
            s = code_article(cd, en, st, d, &b_coded, &b_foreign, &b_mentions, &err);
            if (s != KB_OK) {
                progress_clear(&pr);
                cli_error("%s", err.msg);
                n_failed++;
                if (s != KB_EUSAGE && s != KB_EFORMAT) fatal = 1;
                if (fatal) continue;
            }
        }
        if (is_new && kb_merge_add(mg, d, &err) != KB_OK) {
            progress_clear(&pr);
            cli_error("%s", err.msg);
            n_failed++;
            fatal = 1;
            continue;
        }
        if (is_new)
            b_new++;
        else
            b_old++;
        if (b_new + b_old >= BATCH_DOCS || now_s() - batch_t0 >= BATCH_SECONDS) {
            in_tx = 0;
            if (kb_merge_flush(mg, &err) != KB_OK || kb_store_commit(st, &err) != KB_OK) {
                progress_clear(&pr);
                cli_error("%s", err.msg);
                fatal = 1;
                break;
            }
            n_new += b_new;
            n_old += b_old;
            b_new = b_old = 0;
            n_coded += b_coded;
            n_foreign += b_foreign;
            n_mentions += b_mentions;
            b_coded = b_foreign = b_mentions = 0;
        }
        progress_draw(&pr, n_read);
    }
    if (in_tx && !fatal) {
        if (kb_merge_flush(mg, &err) != KB_OK || kb_store_commit(st, &err) != KB_OK) {
            progress_clear(&pr);
            cli_error("%s", err.msg);
            fatal = 1;
        } else {
            n_new += b_new;
            n_old += b_old;
            b_new = b_old = 0;
            n_coded += b_coded;
            n_foreign += b_foreign;
            n_mentions += b_mentions;
            b_coded = b_foreign = b_mentions = 0;
        }
    }
    if (fatal) {
        kb_err e2 = {0};
        kb_store_rollback(st, &e2);
        if (b_new + b_old) {
            cli_error("ingest: the last %ld articles read were not stored (run again to store"
                      " them)",
                      b_new + b_old);
            n_failed += b_new + b_old;
        }
    }
    progress_clear(&pr);
    kb_merge_close(mg);
    kb_enricher_free(en);
    kb_coder_free(cd);
    kb_doc_free(d);
    kb_input_close(in);
    kb_cleaner_free(cl);
    kb_store_close(st); /* checkpoints the WAL: part of the time */
    free(pos);
    double el = now_s() - pr.t0;
    if (interrupted) cli_error("ingest: interrupted; everything counted below is stored");
    char coded[128] = "";
    if (!no_code)
        snprintf(coded, sizeof coded, "; coded %ld, not English %ld, mentions %ld", n_coded,
                 n_foreign, n_mentions);
    fprintf(stderr, "read %ld, new %ld, already there %ld, failed %ld%s (%.1f s)\n", n_read,
            n_new, n_old, n_failed, coded, el);
    if (interrupted) return 130;
    return (n_failed || fatal) ? CLI_PARTIAL : CLI_OK;
}
