/*
 * input.c -- kb_input: the public iterator of the READ stage.
 *
 * Walks the input paths in order: "-" is standard input, a directory is
 * read recursively in byte-wise name order (hidden entries, i.e. names
 * starting with '.', are skipped; so are FIFOs, sockets and devices found
 * inside directories; symlinked directory loops are cut), anything else is
 * opened as one input and handed to a kbr_reader (reader.c), which sniffs
 * the format and yields documents. Errors (cannot open, malformed data) are
 * returned one at a time; the next call goes on with the rest of the batch.
 * Only one file is open at a time; memory holds one directory listing per
 * level of the walk plus one document.
 */
#include "read/read.h"
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct dir_level {
    char *path;
    char **names;
    size_t n, i;
    dev_t dev;
    ino_t ino;
} dir_level;

struct kb_input {
    char **paths;
    size_t n, i;
    dir_level *dirs;
    size_t ndirs, capdirs;
    kbr_reader *cur;
    /* memory mode (kbr_input_open_mem) */
    const void *mem;
    size_t mem_len;
    int mem_format, mem_used;
    char *mem_name;
};

kb_input *kb_input_open(const char *const *paths, size_t npaths)
{
    kb_input *in = calloc(1, sizeof *in);
    if (!in) return NULL;
    in->paths = calloc(npaths ? npaths : 1, sizeof *in->paths);
    if (!in->paths) {
        free(in);
        return NULL;
    }
    for (size_t i = 0; i < npaths; i++) {
        in->paths[i] = strdup(paths[i] ? paths[i] : "");
        if (!in->paths[i]) {
            in->n = i;
            kb_input_close(in);
            return NULL;
        }
    }
    in->n = npaths;
    return in;
}

kb_input *kbr_input_open_mem(const char *name, const void *p, size_t n, int format)
{
    kb_input *in = calloc(1, sizeof *in);
    if (!in) return NULL;
    in->mem_name = strdup(name);
    if (!in->mem_name) {
        free(in);
        return NULL;
    }
    in->mem = p;
    in->mem_len = n;
    in->mem_format = format;
    in->mem_used = 0;
    return in;
}

static void pop_dir(kb_input *in)
{
    dir_level *d = &in->dirs[--in->ndirs];
    for (size_t i = 0; i < d->n; i++)
        free(d->names[i]);
    free(d->names);
    free(d->path);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Push a directory's sorted listing. */
static int push_dir(kb_input *in, const char *path, const struct stat *st, kb_err *err)
{
    for (size_t i = 0; i < in->ndirs; i++)
        if (in->dirs[i].dev == st->st_dev && in->dirs[i].ino == st->st_ino)
            return KB_OK; /* a symlink loop: already being walked */
    DIR *dir = opendir(path);
    if (!dir)
        return kb_err_set(err, KB_EIO, "%s: cannot read directory: %s", path, strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    int rc = KB_OK;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.') continue;
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 32;
            char **nn = realloc(names, nc * sizeof *nn);
            if (!nn) {
                rc = KB_ENOMEM;
                break;
            }
            names = nn;
            cap = nc;
        }
        if (!(names[n] = strdup(e->d_name))) {
            rc = KB_ENOMEM;
            break;
        }
        n++;
    }
    closedir(dir);
    if (rc == KB_OK && in->ndirs == in->capdirs) {
        size_t nc = in->capdirs ? in->capdirs * 2 : 8;
        dir_level *nd = realloc(in->dirs, nc * sizeof *nd);
        if (!nd)
            rc = KB_ENOMEM;
        else
            in->dirs = nd, in->capdirs = nc;
    }
    char *p = rc == KB_OK ? strdup(path) : NULL;
    if (!p) {
        for (size_t i = 0; i < n; i++)
            free(names[i]);
        free(names);
        return kb_err_set(err, KB_ENOMEM, "%s: out of memory", path);
    }
    qsort(names, n, sizeof *names, cmp_names);
    dir_level *d = &in->dirs[in->ndirs++];
    d->path = p;
    d->names = names;
    d->n = n;
    d->i = 0;
    d->dev = st->st_dev;
    d->ino = st->st_ino;
    return KB_OK;
}

/* Open the next input file. KB_OK (in->cur set), KB_DONE, or an error. */
static int next_file(kb_input *in, kb_err *err)
{
    for (;;) {
        char *path = NULL;
        int top = 0;
        if (in->ndirs) {
            dir_level *d = &in->dirs[in->ndirs - 1];
            if (d->i == d->n) {
                pop_dir(in);
                continue;
            }
            const char *name = d->names[d->i++];
            size_t pl = strlen(d->path), nl = strlen(name);
            path = malloc(pl + nl + 2);
            if (!path) return kb_err_set(err, KB_ENOMEM, "%s: out of memory", d->path);
            memcpy(path, d->path, pl);
            size_t k = pl;
            if (k && path[k - 1] != '/') path[k++] = '/';
            memcpy(path + k, name, nl + 1);
        } else {
            if (in->i >= in->n) return KB_DONE;
            path = strdup(in->paths[in->i++]);
            if (!path) return kb_err_set(err, KB_ENOMEM, "out of memory");
            top = 1;
        }
        int rc = KB_OK;
        if (strcmp(path, "-") != 0 || !top) {
            struct stat st;
            if (stat(path, &st) != 0) {
                rc = kb_err_set(err, KB_EIO, "%s: cannot open: %s", path, strerror(errno));
                free(path);
                return rc;
            }
            if (S_ISDIR(st.st_mode)) {
                rc = push_dir(in, path, &st, err);
                free(path);
                if (rc != KB_OK) return rc;
                continue;
            }
            if (!top && !S_ISREG(st.st_mode)) { /* FIFO, socket, device inside a directory */
                free(path);
                continue;
            }
        }
        in->cur = kbr_reader_open_path(path, err);
        free(path);
        return in->cur ? KB_OK : (err ? err->code : KB_EIO);
    }
}

int kb_input_next(kb_input *in, kb_raw *raw, kb_err *err)
{
    if (!in) return kb_err_set(err, KB_EUSAGE, "no input");
    for (;;) {
        if (in->cur) {
            int st = kbr_reader_next(in->cur, raw, err);
            if (st != KB_DONE) return st;
            kbr_reader_close(in->cur);
            in->cur = NULL;
        }
        if (in->mem_name) {
            if (in->mem_used) return KB_DONE;
            in->mem_used = 1;
            in->cur = kbr_reader_open_mem(in->mem_name, in->mem, in->mem_len, in->mem_format);
            if (!in->cur) return kb_err_set(err, KB_ENOMEM, "%s: out of memory", in->mem_name);
            continue;
        }
        int st = next_file(in, err);
        if (st == KB_DONE) return KB_DONE;
        if (st != KB_OK) return st;
    }
}

void kb_input_close(kb_input *in)
{
    if (!in) return;
    kbr_reader_close(in->cur);
    while (in->ndirs)
        pop_dir(in);
    free(in->dirs);
    for (size_t i = 0; i < in->n; i++)
        free(in->paths[i]);
    free(in->paths);
    free(in->mem_name);
    free(in);
}
