/*
 * import.c -- translate TABARI / PETRARCH dictionaries into khabar's lexicon formats
 * (see kbl_import.h and lexicon/README.md, "Coming from TABARI or PETRARCH").
 *
 * Actors: `PHRASE [CODE] [CODE DATE-DATE] ...`, `+SYNONYM` lines and indented `[CODE]`
 * blocks of a multi-line entry; dates YYMMDD (pivot 30) or YYYYMMDD, `<D` before, `>D`
 * after. Written as `Phrase | Phrase => CODE FROM..TO, CODE` under [state] (a three-letter
 * code) or [person] (a longer code, its first three letters the home country).
 * Agents: `PHRASE {PLURAL ...} [~CODE]` and PETRARCH `!MACRO! = A, B` substitutions;
 * a suffix role `~CODE` becomes `phrase => CODE`; a prefix role `CODE~` cannot be said.
 * Verbs: TABARI entries `VERB [CODE]` + `{ FORMS }`, PETRARCH blocks `--- VERB [CODE] ---`
 * with their verbs (`WORD {FORMS}`, `+MULTI_WORD`), patterns `- ... * ... [CODE]` where `*`
 * is the verb, `+` the target, `$` the source, `%` a compound actor, `^` one skipped word,
 * `_` joins words, a space lets words come between, `&SYN` a synset, `{ A | B }`
 * alternatives. Every synset and alternative is expanded into its own khabar line; `*`
 * becomes each verb form; `+` (or `$` with +reverse) becomes khabar's `*`; a space becomes
 * a `..` gap; words before the verb stay, the pattern then starting at the first of them.
 * `[---]` gives no line (no event), `[A:B]` keeps A (the paired B is noted), `[###]` and
 * `[+++]` are noted, as are <TIME> shifts and discard lists (the engine has no discards).
 */
#include "lexicon/kbl_import.h"
#include "kb_internal.h"
#include "lexicon/kbl.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <libstemmer.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define IMP_LINE 4096
#define MAX_EXPAND 256
#define MAX_FORMS 256
#define MAX_ITEMS 48
#define MAX_EL 15

typedef struct syn {
    char *name; /* without '&' / '!' and without a trailing '_' */
    char **mem;
    int n, cap;
} syn;

typedef struct {
    char code[16];
    const char *file;
    int line;
} code_use;

struct kbl_imp {
    int from;
    kb_arena *arena;
    kbu_buf out[KBL_OUT_N];
    kbu_buf states, persons; /* the two sections of actors/imported.txt */
    kbl_imp_note *notes;
    size_t n_notes, cap_notes;
    syn *syns;
    int n_syns, cap_syns;
    code_use *codes;
    size_t n_codes, cap_codes;
    uint64_t *seen; /* open addressing set of line keys (0 = empty) */
    size_t n_seen, cap_seen;
    kbl_imp_counts cnt;
    struct sb_stemmer *stem;
};

/* ---------------------------------------------------------------- helpers */

static void note(kbl_imp *im, const char *file, int line, int dropped, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
static void note(kbl_imp *im, const char *file, int line, int dropped, const char *fmt, ...)
{
    kbl_imp_note x = {.file = file, .line = line, .dropped = dropped};
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(x.msg, sizeof x.msg, fmt, ap);
    va_end(ap);
    /* counted only when kept, so that the counts and the notes always agree */
    if (kbu_grow((void **)&im->notes, &im->cap_notes, im->n_notes + 1, sizeof *im->notes)) return;
    im->notes[im->n_notes++] = x;
    *(dropped ? &im->cnt.dropped : &im->cnt.approximated) += 1;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n')) s[--n] = '\0';
    return s;
}

kbl_imp *kbl_imp_new(int from)
{
    kbl_imp *im = calloc(1, sizeof *im);
    if (!im) return NULL;
    im->from = from;
    im->arena = kb_arena_new(0);
    im->stem = kbl_stemmer_new();
    if (!im->arena || !im->stem) {
        kbl_imp_free(im);
        return NULL;
    }
    return im;
}

void kbl_imp_free(kbl_imp *im)
{
    if (!im) return;
    for (int i = 0; i < KBL_OUT_N; i++) kbu_buf_free(&im->out[i]);
    kbu_buf_free(&im->states);
    kbu_buf_free(&im->persons);
    for (int i = 0; i < im->n_syns; i++) free(im->syns[i].mem);
    free(im->syns);
    free(im->notes);
    free(im->codes);
    free(im->seen);
    kbl_stemmer_free(im->stem);
    kb_arena_free(im->arena);
    free(im);
}

size_t kbl_imp_n_notes(const kbl_imp *im) { return im->n_notes; }
const kbl_imp_note *kbl_imp_note_at(const kbl_imp *im, size_t i) { return i < im->n_notes ? &im->notes[i] : NULL; }
void kbl_imp_get_counts(const kbl_imp *im, kbl_imp_counts *c) { *c = im->cnt; }

const char *kbl_imp_text(const kbl_imp *im, int out, size_t *len)
{
    static const char empty[] = "";
    if (out < 0 || out >= KBL_OUT_N || !im->out[out].data) {
        if (len) *len = 0;
        return empty;
    }
    if (len) *len = im->out[out].len;
    return im->out[out].data;
}

/* 1 if the key was new (and is now in the set) */
static int seen_add(kbl_imp *im, uint64_t k)
{
    if (!k) k = 1;
    if ((im->n_seen + 1) * 2 > im->cap_seen) {
        size_t nc = im->cap_seen ? im->cap_seen * 2 : 1024;
        uint64_t *t = calloc(nc, sizeof *t);
        if (!t) return 1;
        for (size_t i = 0; i < im->cap_seen; i++)
            if (im->seen[i]) {
                size_t h = (size_t)(im->seen[i] * 0x9E3779B97F4A7C15ull >> 17) & (nc - 1);
                while (t[h]) h = (h + 1) & (nc - 1);
                t[h] = im->seen[i];
            }
        free(im->seen);
        im->seen = t;
        im->cap_seen = nc;
    }
    size_t m = im->cap_seen - 1, h = (size_t)(k * 0x9E3779B97F4A7C15ull >> 17) & m;
    while (im->seen[h]) {
        if (im->seen[h] == k) return 0;
        h = (h + 1) & m;
    }
    im->seen[h] = k;
    im->n_seen++;
    return 1;
}

static void use_code(kbl_imp *im, const char *code, const char *file, int line)
{
    for (size_t i = 0; i < im->n_codes; i++)
        if (!strcmp(im->codes[i].code, code)) return;
    if (kbu_grow((void **)&im->codes, &im->cap_codes, im->n_codes + 1, sizeof *im->codes)) return;
    code_use *u = &im->codes[im->n_codes++];
    snprintf(u->code, sizeof u->code, "%s", code);
    u->file = file;
    u->line = line;
    kbu_buf_printf(&im->out[KBL_OUT_CODES], "%s\t%s:%d\n", code, file, line);
}

/* ---------------------------------------------------------------- lines */

typedef struct {
    const char *p, *end;
    int ln;
    int in_xml; /* inside a <!-- --> comment */
    char buf[IMP_LINE];
} line_reader;

static line_reader *reader_new(const char *text, size_t n)
{
    line_reader *r = calloc(1, sizeof *r);
    if (r) {
        r->p = text;
        r->end = text + n;
    }
    return r;
}

/* Next line, comments removed and trimmed (may be empty); NULL at the end. */
static char *next_line(kbl_imp *im, line_reader *r, const char *file)
{
    while (r->p < r->end) {
        const char *e = memchr(r->p, '\n', (size_t)(r->end - r->p));
        if (!e) e = r->end;
        size_t n = (size_t)(e - r->p);
        r->ln++;
        const char *start = r->p;
        r->p = e < r->end ? e + 1 : e;
        if (n >= sizeof r->buf) {
            note(im, file, r->ln, 1, "line too long (over %d bytes): not read", IMP_LINE - 1);
            continue;
        }
        memcpy(r->buf, start, n);
        r->buf[n] = '\0';
        for (size_t i = 0; i < n; i++) /* NUL bytes and controls read as spaces */
            if ((unsigned char)r->buf[i] < 0x20 && r->buf[i] != '\t') r->buf[i] = ' ';
        char *s = r->buf;
        /* XML comments <!-- ... -->, possibly over several lines */
        char out[IMP_LINE];
        size_t k = 0;
        for (char *q = s; *q;) {
            if (r->in_xml) {
                char *c = strstr(q, "-->");
                if (!c) break;
                q = c + 3;
                r->in_xml = 0;
                continue;
            }
            if (q[0] == '<' && q[1] == '!') { /* "<!--", also written "<! --" */
                size_t sp = 2 + strspn(q + 2, " ");
                if (!strncmp(q + sp, "--", 2)) {
                    r->in_xml = 1;
                    q += sp + 2;
                    continue;
                }
            }
            out[k++] = *q++;
        }
        out[k] = '\0';
        memcpy(r->buf, out, k + 1);
        s = r->buf;
        if (s[0] == '~' && s[1] == '~') { /* TABARI's end-of-dictionary line */
            r->p = r->end;
            return NULL;
        }
        if (im->from == KBL_IMP_TABARI) {
            if (*s == '#') *s = '\0';
            char *c = strchr(s, ';');
            if (c) *c = '\0';
        } else {
            char *c = strchr(s, '#');
            if (c) *c = '\0';
        }
        return trim(s);
    }
    return NULL;
}

/* ---------------------------------------------------------------- dates and codes */

/* "YYMMDD" (pivot: YY < 30 is 20YY) or "YYYYMMDD" -> YYYYMMDD, -1 if malformed */
static long parse_ymd(const char *s)
{
    size_t n = strspn(s, "0123456789");
    if (s[n] || (n != 6 && n != 8)) return -1;
    long v = atol(s);
    if (n == 6) v += (v / 10000 < 30 ? 20000000L : 19000000L);
    int m = (int)(v / 100 % 100), d = (int)(v % 100);
    if (m < 1 || m > 12 || d < 1 || d > 31) return -1;
    return v;
}

static long shift_day(long ymd, int by)
{
    long z = kbu_days_from_civil(ymd / 10000, (int)(ymd / 100 % 100), (int)(ymd % 100)) + by, y;
    int m, d;
    kbu_civil_from_days(z, &y, &m, &d);
    return y * 10000 + m * 100 + d;
}

static void put_ymd(kbu_buf *b, long v)
{
    if (v > 0) kbu_buf_printf(b, "%04ld-%02ld-%02ld", v / 10000, v / 100 % 100, v % 100);
}

/* an actor or role code khabar accepts: capitals, digits, '-' (2..24) */
static int code_ok(const char *c)
{
    size_t n = strlen(c);
    if (n < 2 || n > 24) return 0;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)c[i]) && !isdigit((unsigned char)c[i]) && c[i] != '-') return 0;
    return 1;
}

/* ---------------------------------------------------------------- phrases */

/* A dictionary phrase (words joined by '_' or spaces, a final '_' = whole word) as
 * khabar words: title case for names, lower case for agents. 0 if nothing is left. */
static int phrase_out(const char *in, int title, char *out, size_t cap)
{
    size_t k = 0;
    int words = 0, start = 1;
    for (const char *p = in; *p && k + 2 < cap; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch == '_' || ch == ' ' || ch == '\t' || ch == '+' || ch == '~' || ch == '{' || ch == '}' || ch == '(' ||
            ch == ')' || ch == '|' || ch == '=' || ch == '[' || ch == ']' || ch == '!') {
            start = 1;
            continue;
        }
        if (start && k) out[k++] = ' ';
        if (start) words++;
        out[k++] = (char)(title && start ? toupper(ch) : tolower(ch));
        start = 0;
    }
    out[k] = '\0';
    return words > 0;
}

/* ---------------------------------------------------------------- actors */

typedef struct {
    char *phr[64];
    int n;
    char codes[IMP_LINE]; /* the [..] blocks, concatenated */
    int line;
} actor_entry;

static void actor_flush(kbl_imp *im, actor_entry *a, const char *file)
{
    if (!a->n) return;
    kbu_buf roles = {0}, undated = {0};
    int nr = 0, first_len = 0;
    char *save = NULL;
    for (char *blk = strtok_r(a->codes, "[", &save); blk; blk = strtok_r(NULL, "[", &save)) {
        char *cl = strchr(blk, ']');
        if (!cl) {
            if (*trim(blk)) note(im, file, a->line, 1, "code block without ']': '%s'", trim(blk));
            continue;
        }
        *cl = '\0';
        char *b = trim(blk);
        if (!*b) continue;
        char code[64] = "", rest[128] = "";
        size_t k = 0;
        if (!isdigit((unsigned char)*b) && *b != '<' && *b != '>') {
            while (*b && *b != ' ' && *b != '\t' && k + 1 < sizeof code) code[k++] = (char)toupper((unsigned char)*b++);
            code[k] = '\0';
        }
        k = 0;
        for (; *b && k + 1 < sizeof rest; b++)
            if (*b != ' ' && *b != '\t') rest[k++] = *b;
        rest[k] = '\0';
        if (!code[0]) {
            note(im, file, a->line, 1, "code block [%s] has no code", rest);
            continue;
        }
        if (!strcmp(code, "###") || !strcmp(code, "+++")) {
            note(im, file, a->line, 1, "actor code %s (%s) has no khabar equivalent: that role is left out",
                 code, code[0] == '#' ? "discard" : "too complex");
            continue;
        }
        if (!code_ok(code)) {
            note(im, file, a->line, 1, "actor code '%s' is not capitals, digits and '-': left out", code);
            continue;
        }
        long from = 0, to = 0;
        if (rest[0] == '<') {
            long d = parse_ymd(rest + 1);
            if (d < 0) goto bad_date;
            to = shift_day(d, -1);
        } else if (rest[0] == '>') {
            long d = parse_ymd(rest + 1);
            if (d < 0) goto bad_date;
            from = shift_day(d, 1);
        } else if (rest[0]) {
            char *dash = strchr(rest, '-');
            if (!dash) goto bad_date;
            *dash = '\0';
            from = parse_ymd(rest);
            to = parse_ymd(dash + 1);
            if (from < 0 || to < 0 || to < from) goto bad_date;
        }
        if (!nr) first_len = (int)strlen(code);
        /* dated roles first: khabar takes the first role whose dates hold, and an undated one
         * holds on any date (TABARI/PETRARCH: the undated code is the default) */
        kbu_buf *rb = from || to ? &roles : &undated;
        kbu_buf_printf(rb, "%s%s", rb->len ? ", " : "", code);
        if (from || to) {
            kbu_buf_putc(rb, ' ');
            put_ymd(rb, from);
            kbu_buf_append(rb, "..", 2);
            put_ymd(rb, to);
        }
        nr++;
        continue;
    bad_date:
        note(im, file, a->line, 1, "date restriction '%s' of %s is not YYMMDD, <D, >D or D-D: role left out",
             rest, code);
    }
    if (!nr) {
        note(im, file, a->line, 1, "actor '%s' has no usable code: left out", a->phr[0]);
    } else {
        kbu_buf *o = first_len == 3 ? &im->states : &im->persons;
        int w = 0;
        for (int i = 0; i < a->n; i++) {
            char ph[512];
            if (!phrase_out(a->phr[i], 1, ph, sizeof ph)) continue;
            kbu_buf_printf(o, "%s%s", w++ ? " | " : "", ph);
        }
        if (w) {
            kbu_buf_printf(o, " => %s%s%s\n", roles.len ? roles.data : "", roles.len && undated.len ? ", " : "",
                           undated.len ? undated.data : "");
            im->cnt.actors++;
        }
    }
    kbu_buf_free(&roles);
    kbu_buf_free(&undated);
    a->n = 0;
    a->codes[0] = '\0';
}

static void feed_actors(kbl_imp *im, const char *file, const char *text, size_t n)
{
    line_reader *r = reader_new(text, n);
    actor_entry *a = calloc(1, sizeof *a);
    if (!r || !a) goto out;
    char *s;
    int section = 0; /* inside <NOUN>, <ADJECTIVE> ... */
    long skipped = 0;
    int sec_line = 0;
    while ((s = next_line(im, r, file))) {
        if (!*s) continue;
        if (*s == '<' && strncmp(s, "<NOUN>", 6) && strncmp(s, "</NOUN>", 7) && strncmp(s, "<ADJECTIVE>", 11) &&
            strncmp(s, "</ADJECTIVE>", 12)) {
            note(im, file, r->ln, 1, "line '%s' is not read", s);
            continue;
        }
        if (*s == '<') {
            actor_flush(im, a, file);
            if (s[1] == '/') {
                if (section && skipped)
                    note(im, file, sec_line, 1, "%ld lines of the %s section (parts of speech for TABARI's parser) are not used",
                         skipped, "<NOUN>/<ADJECTIVE>");
                section = 0;
            } else {
                section = 1;
                skipped = 0;
                sec_line = r->ln;
            }
            continue;
        }
        if (section) {
            skipped++;
            continue;
        }
        if (*s == '+') {
            if (!a->n) {
                note(im, file, r->ln, 1, "synonym '%s' without an actor before it", s);
                continue;
            }
            char *br = strchr(s, '[');
            if (br) {
                size_t l = strlen(a->codes);
                snprintf(a->codes + l, sizeof a->codes - l, "%s", br);
                *br = '\0';
            }
            if (a->n < 64) a->phr[a->n++] = kb_arena_strdup(im->arena, trim(s + 1));
            else note(im, file, r->ln, 1, "more than 64 synonyms of one actor: '%s' left out", trim(s + 1));
            continue;
        }
        if (*s == '[') {
            if (!a->n) {
                note(im, file, r->ln, 1, "code block without an actor before it");
                continue;
            }
            size_t l = strlen(a->codes);
            snprintf(a->codes + l, sizeof a->codes - l, "%s", s);
            continue;
        }
        actor_flush(im, a, file);
        char *br = strchr(s, '[');
        if (br) {
            snprintf(a->codes, sizeof a->codes, "%s", br);
            *br = '\0';
        }
        a->line = r->ln;
        a->phr[a->n++] = kb_arena_strdup(im->arena, trim(s));
    }
    actor_flush(im, a, file);
out:
    free(r);
    free(a);
}

/* ---------------------------------------------------------------- synsets and macros */

static syn *syn_find(kbl_imp *im, const char *name, size_t n)
{
    while (n && name[n - 1] == '_') n--;
    for (int i = 0; i < im->n_syns; i++)
        if (strlen(im->syns[i].name) == n && !strncmp(im->syns[i].name, name, n)) return &im->syns[i];
    return NULL;
}

static syn *syn_new(kbl_imp *im, const char *name, size_t n)
{
    while (n && name[n - 1] == '_') n--;
    syn *s = syn_find(im, name, n);
    if (s) return s; /* a second definition adds to the first */
    size_t cap = (size_t)im->cap_syns;
    if (kbu_grow((void **)&im->syns, &cap, (size_t)im->n_syns + 1, sizeof *im->syns)) return NULL;
    im->cap_syns = (int)cap;
    s = &im->syns[im->n_syns++];
    memset(s, 0, sizeof *s);
    s->name = kb_arena_strndup(im->arena, name, n);
    return s;
}

static void syn_add(kbl_imp *im, syn *s, const char *m)
{
    size_t cap = (size_t)s->cap;
    if (kbu_grow((void **)&s->mem, &cap, (size_t)s->n + 1, sizeof *s->mem)) return;
    s->cap = (int)cap;
    s->mem[s->n++] = kb_arena_strdup(im->arena, m);
}

/* The longest synset whose name starts at p (after '&'); *len its length in p. */
static syn *syn_at(kbl_imp *im, const char *p, size_t *len)
{
    syn *best = NULL;
    size_t bl = 0;
    for (int i = 0; i < im->n_syns; i++) {
        size_t l = strlen(im->syns[i].name);
        if (l > bl && !strncmp(p, im->syns[i].name, l) && !(isalnum((unsigned char)p[l]))) {
            best = &im->syns[i];
            bl = l;
        }
    }
    if (best && p[bl] == '_' && !(isalnum((unsigned char)p[bl + 1]) || p[bl + 1] == '&' || p[bl + 1] == '*' ||
                                  p[bl + 1] == '+' || p[bl + 1] == '$'))
        bl++; /* "&PREPOSIT1_" written with its own final '_' */
    *len = bl;
    return best;
}

/* ---------------------------------------------------------------- agents */

/* Expand !MACRO! (PETRARCH agents) in s into out (at most max strings). */
static int macro_expand(kbl_imp *im, const char *s, char **out, int n, int max, int depth)
{
    const char *b = strchr(s, '!');
    const char *e = b ? strchr(b + 1, '!') : NULL;
    if (!b || !e || depth > 4) {
        if (n < max) out[n++] = kb_arena_strdup(im->arena, s);
        return n;
    }
    syn *m = syn_find(im, b + 1, (size_t)(e - b - 1));
    if (!m) {
        if (n < max) out[n++] = kb_arena_strdup(im->arena, s);
        return n;
    }
    for (int i = 0; i < m->n && n < max; i++) {
        kbu_buf t = {0};
        kbu_buf_append(&t, s, (size_t)(b - s));
        kbu_buf_printf(&t, "%s%s", m->mem[i], e + 1);
        if (t.data) n = macro_expand(im, t.data, out, n, max, depth + 1);
        kbu_buf_free(&t);
    }
    return n;
}

static void feed_agents(kbl_imp *im, const char *file, const char *text, size_t n)
{
    line_reader *r = reader_new(text, n);
    if (!r) return;
    char *s;
    while ((s = next_line(im, r, file))) {
        if (!*s) continue;
        char *eq = strstr(s, "! =");
        if (*s == '!' && (eq || strstr(s, "!="))) { /* !PERSON! = MAN, MEN */
            char *close = strchr(s + 1, '!');
            char *rhs = close ? strchr(close, '=') : NULL;
            if (!close || !rhs) {
                note(im, file, r->ln, 1, "malformed substitution '%s'", s);
                continue;
            }
            syn *m = syn_new(im, s + 1, (size_t)(close - s - 1));
            if (!m) continue;
            char *sv = NULL;
            for (char *w = strtok_r(rhs + 1, ",", &sv); w; w = strtok_r(NULL, ",", &sv))
                if (*trim(w)) syn_add(im, m, trim(w));
            continue;
        }
        char *br = strchr(s, '[');
        char *cl = br ? strchr(br, ']') : NULL;
        if (!br || !cl) {
            note(im, file, r->ln, 1, "agent line without a [~CODE] block: '%s'", s);
            continue;
        }
        *cl = '\0';
        char code[64];
        size_t k = 0;
        for (char *p = br + 1; *p && k + 1 < sizeof code; p++)
            if (*p != ' ' && *p != '\t') code[k++] = (char)toupper((unsigned char)*p);
        code[k] = '\0';
        *br = '\0';
        char *tilde = strchr(code, '~');
        if (!tilde) {
            note(im, file, r->ln, 0, "agent code '%s' has no '~': read as a suffix role", code);
        } else if (tilde != code) {
            note(im, file, r->ln, 1, "prefix agent code '%s' (the role before the actor's code) cannot be said in khabar: left out", code);
            continue;
        }
        const char *role = tilde ? tilde + 1 : code;
        if (!code_ok(role)) {
            note(im, file, r->ln, 1, "agent code '%s' is not capitals, digits and '-': left out", role);
            continue;
        }
        /* phrases: the head, then the plurals in {..} */
        char *phr[80];
        int np = 0;
        char *brace = strchr(s, '{');
        char plurals[IMP_LINE] = "";
        if (brace) {
            char *cb = strchr(brace, '}');
            if (cb) *cb = '\0';
            snprintf(plurals, sizeof plurals, "%s", brace + 1);
            *brace = '\0';
        }
        np = macro_expand(im, trim(s), phr, np, 80, 0);
        char *sv = NULL;
        for (char *w = strtok_r(plurals, " \t", &sv); w; w = strtok_r(NULL, " \t", &sv))
            np = macro_expand(im, w, phr, np, 80, 0);
        if (np == 80) note(im, file, r->ln, 0, "agent line expands to 80 phrases or more: the rest are left out");
        int w = 0;
        for (int i = 0; i < np; i++) {
            char ph[512];
            if (!phrase_out(phr[i], 0, ph, sizeof ph)) continue;
            kbu_buf_printf(&im->out[KBL_OUT_AGENTS], "%s%s", w++ ? " | " : "", ph);
        }
        if (w) {
            kbu_buf_printf(&im->out[KBL_OUT_AGENTS], " => %s\n", role);
            im->cnt.agents++;
        } else {
            note(im, file, r->ln, 1, "agent line without a phrase");
        }
    }
    free(r);
}

/* ---------------------------------------------------------------- discards */

static void feed_discards(kbl_imp *im, const char *file, const char *text, size_t n)
{
    line_reader *r = reader_new(text, n);
    if (!r) return;
    char *s;
    while ((s = next_line(im, r, file)))
        if (*s)
            note(im, file, r->ln, 1, "%s discard '%s': khabar has no discard list (the sentence is coded)",
                 *s == '+' ? "story" : "sentence", *s == '+' ? trim(s + 1) : s);
    free(r);
}

/* ---------------------------------------------------------------- verb patterns */

/* Expand &SYNSETs and { A | B } alternatives of s into out[] (strings in the arena). */
static int expand(kbl_imp *im, const char *s, char **out, int n, int depth, int *overflow)
{
    if (n >= MAX_EXPAND) {
        *overflow = 1;
        return n;
    }
    /* { A | B }: alternatives (PETRARCH-2's {A B} / (A B) groups were flattened before) */
    const char *ob = strchr(s, '{');
    const char *amp = strchr(s, '&');
    if (ob && (!amp || ob < amp)) {
        const char *cb = strchr(ob, '}');
        if (!cb) {
            out[n++] = kb_arena_strdup(im->arena, s);
            return n;
        }
        const char *a = ob + 1;
        for (;;) {
            const char *bar = memchr(a, '|', (size_t)(cb - a));
            const char *ae = bar ? bar : cb;
            kbu_buf t = {0};
            kbu_buf_append(&t, s, (size_t)(ob - s));
            kbu_buf_append(&t, a, (size_t)(ae - a));
            kbu_buf_printf(&t, "%s", cb + 1);
            if (t.data) n = expand(im, t.data, out, n, depth + 1, overflow);
            kbu_buf_free(&t);
            if (!bar || n >= MAX_EXPAND) break;
            a = bar + 1;
        }
        return n;
    }
    if (amp && depth < 8) {
        size_t l = 0;
        syn *sy = syn_at(im, amp + 1, &l);
        if (sy && sy->n) {
            for (int i = 0; i < sy->n && n < MAX_EXPAND; i++) {
                kbu_buf t = {0};
                kbu_buf_append(&t, s, (size_t)(amp - s));
                kbu_buf_printf(&t, "%s%s", sy->mem[i], amp + 1 + l);
                if (t.data) n = expand(im, t.data, out, n, depth + 1, overflow);
                kbu_buf_free(&t);
            }
            if (n >= MAX_EXPAND) *overflow = 1;
            return n;
        }
    }
    out[n++] = kb_arena_strdup(im->arena, s);
    return n;
}

enum { IT_WORD, IT_VERB, IT_TGT, IT_SRC, IT_COMP, IT_SKIP };
typedef struct {
    int type;
    int link; /* 0 first, 1 '_' (next to the one before), 2 a space (words may come between) */
    char w[96];
} item;

/* Items of a pattern string. verb_phrase: '+' is the head mark of a multi-word verb, not
 * the target. Returns the count, -1 if too many or a bad '&'. */
static int items_of(const char *s, item *it, int max, int verb_phrase)
{
    int n = 0, link = 0;
    for (const char *p = s; *p;) {
        if (*p == ' ' || *p == '\t') {
            if (n) link = 2;
            p++;
            continue;
        }
        if (*p == '_') {
            if (n && link != 2) link = 1;
            p++;
            continue;
        }
        if (n >= max) return -1;
        item *x = &it[n];
        x->link = n ? (link ? link : 1) : 0;
        x->w[0] = '\0';
        link = 0;
        if (verb_phrase && *p == '+') {
            p++;
            continue;
        }
        if (strchr("*+$%^", *p)) {
            x->type = *p == '*' ? IT_VERB : *p == '+' ? IT_TGT : *p == '$' ? IT_SRC : *p == '%' ? IT_COMP : IT_SKIP;
            p++;
            n++;
            continue;
        }
        if (*p == '&') return -1; /* a synset that was not expanded */
        size_t k = 0;
        while (*p && !strchr(" \t_*+$%^&", *p)) {
            if (*p != '~' && *p != '{' && *p != '}' && *p != '(' && *p != ')' && k + 1 < sizeof x->w)
                x->w[k++] = (char)tolower((unsigned char)*p);
            p++;
        }
        x->w[k] = '\0';
        if (!k) continue;
        x->type = IT_WORD;
        n++;
    }
    return n;
}

typedef struct {
    char *forms[MAX_FORMS];
    unsigned char own[MAX_FORMS]; /* PETRARCH: the form came with its own code (bare line written) */
    int n;
    char code[32];
    int line;
    int has_code; /* code given (TABARI entry or PETRARCH block) */
} verb_entry;

/* "[CODE]" at the end of s -> code (cut off s); 0 if none */
static int take_code(char *s, char *code, size_t cap)
{
    char *br = strrchr(s, '[');
    if (!br) return 0;
    char *cl = strchr(br, ']');
    if (!cl) return 0;
    *cl = '\0';
    size_t k = 0;
    for (char *p = br + 1; *p && k + 1 < cap; p++)
        if (*p != ' ' && *p != '\t') code[k++] = *p;
    code[k] = '\0';
    *br = '\0';
    return 1;
}

/* The translation of one expanded pattern with one verb form into a khabar line. */
static void emit_line(kbl_imp *im, const char *pat, const char *verb, const char *code, const char *file,
                      int line, int report)
{
    item it[MAX_ITEMS], vi[MAX_ITEMS], all[MAX_ITEMS];
    int n = items_of(pat, it, MAX_ITEMS, 0), nv = items_of(verb, vi, MAX_ITEMS, 1);
    if (n < 0 || nv <= 0) {
        if (report) note(im, file, line, 1, "pattern '%s' has an unknown synset or too many words: left out", pat);
        return;
    }
    /* splice the verb's words in at '*' */
    int na = 0, has_verb = 0, v0 = -1;
    for (int i = 0; i < n && na < MAX_ITEMS; i++) {
        if (it[i].type != IT_VERB || has_verb) {
            all[na++] = it[i];
            continue;
        }
        has_verb = 1;
        v0 = na;
        for (int j = 0; j < nv && na < MAX_ITEMS; j++) {
            all[na] = vi[j];
            if (j == 0) all[na].link = it[i].link;
            na++;
        }
    }
    if (!has_verb) {
        if (report) note(im, file, line, 1, "pattern '%s' has no '*' (the verb): left out", pat);
        return;
    }
    int tgt_before = 0, tgt_after = 0, src_after = 0, comp_before = 0;
    for (int i = 0; i < na; i++) {
        if (all[i].type == IT_TGT) {
            if (i < v0) tgt_before++;
            else tgt_after++;
        }
        if (all[i].type == IT_SRC && i > v0) src_after++;
        if (all[i].type == IT_COMP && i < v0) comp_before++;
    }
    unsigned reverse = 0;
    if (tgt_before && !src_after) {
        if (report)
            note(im, file, line, 1, "pattern '%s': a target before the verb with no source after it cannot be said: left out", pat);
        return;
    }
    if (src_after && !tgt_after) reverse = 1; /* "+ * IN $": the subject is the target */
    if (src_after && tgt_after && report)
        note(im, file, line, 0, "pattern '%s': both a source and a target after the verb; the source mark is ignored", pat);
    /* khabar elements */
    char el[MAX_EL + 8][100];
    int ne = 0, star = 0, gap = 0;
    for (int i = 0; i < na; i++) {
        const item *x = &all[i];
        if (ne && x->link == 2) gap = 1;
        const char *tok = NULL;
        if (x->type == IT_SKIP) {
            gap = 1;
            continue;
        }
        if (x->type == IT_TGT || (x->type == IT_SRC && reverse) || (x->type == IT_COMP && i > v0 && !tgt_after)) {
            if (i < v0 || star) continue;
            tok = "*";
            star = 1;
            gap = 0; /* '*' already lets modifiers come first */
        } else if (x->type != IT_WORD) {
            continue;
        }
        if (tok) {
            if (ne >= MAX_EL + 7) break;
            snprintf(el[ne++], sizeof el[0], "%s", tok);
            continue;
        }
        /* one dictionary word may be several khabar tokens ("free-trade", "didn't") */
        kbl_tok tk[8];
        size_t nt = kbl_tokenize(x->w, strlen(x->w), tk, 8);
        for (size_t t = 0; t < nt; t++) {
            if (tk[t].kind == KBL_T_PUNCT) {
                if (x->w[tk[t].s] == '-') gap = 1;
                continue;
            }
            if (gap && ne && ne < MAX_EL + 7) snprintf(el[ne++], sizeof el[0], "..");
            gap = 0;
            if (ne >= MAX_EL + 7) break;
            snprintf(el[ne++], sizeof el[0], "%.*s", (int)(tk[t].e - tk[t].s), x->w + tk[t].s);
        }
    }
    while (ne && !strcmp(el[ne - 1], "..")) ne--;
    if (!ne || !strcmp(el[0], "*") || !strcmp(el[0], "..")) {
        if (report) note(im, file, line, 1, "pattern '%s' has no word to start it: left out", pat);
        return;
    }
    if (ne > MAX_EL) {
        if (report) note(im, file, line, 1, "pattern '%s' is longer than %d khabar elements: left out", pat, MAX_EL);
        return;
    }
    /* the line and its key (stems, code, flags) */
    unsigned flags = (comp_before ? 1u : 0u) | (reverse ? 2u : 0u);
    kbu_buf ln = {0};
    kbu_buf_printf(&ln, "%s", code);
    uint64_t key = kbu_hash64(code, strlen(code), flags);
    for (int i = 0; i < ne; i++) {
        kbu_buf_printf(&ln, " %s", el[i]);
        char nb[128];
        size_t k = kbl_norm(im->stem, el[i], strlen(el[i]), nb, sizeof nb);
        key = kbu_hash64(nb, k, key ^ (uint64_t)(i + 1) * 0x9E3779B97F4A7C15ull);
    }
    if (flags) kbu_buf_printf(&ln, " ;%s%s", comp_before ? " +mutual" : "", reverse ? " +reverse" : "");
    if (seen_add(im, key)) {
        kbu_buf_printf(&im->out[KBL_OUT_VERBS], "%s\n", ln.data);
        im->cnt.lines_out++;
        use_code(im, code, file, line);
    }
    kbu_buf_free(&ln);
}

/* One source pattern (or the bare verb: pat "*") with its code, for every verb form. */
static void translate(kbl_imp *im, const verb_entry *v, const char *pat_in, const char *code_in, const char *file,
                      int line)
{
    im->cnt.patterns_in++;
    char code[32];
    snprintf(code, sizeof code, "%s", code_in);
    char *bang = strchr(code, '!');
    if (bang) {
        *bang = '\0';
        note(im, file, line, 0, "code mark '!' of [%s] has no khabar equivalent: ignored", code_in);
    }
    char *colon = strchr(code, ':');
    if (colon) {
        *colon = '\0';
        if (strcmp(code, colon + 1) || !strcmp(code, "---"))
            note(im, file, line, 0,
                 "paired code [%s]: khabar codes the first (%s) only; the reverse event %s is not coded",
                 code_in, code, colon + 1);
    }
    if (!code[0]) {
        note(im, file, line, 1, "empty code: left out");
        return;
    }
    if (!strcmp(code, "---")) {
        im->cnt.null_coded++;
        if (strcmp(pat_in, "*") && v->has_code && strcmp(v->code, "---") && strncmp(v->code, "---:", 4))
            note(im, file, line, 0,
                 "null-coded pattern '%s': left out, so the verb's own code [%s] may apply where this blocked it",
                 pat_in, v->code);
        return;
    }
    size_t cl = strlen(code);
    if (cl > 1 && code[cl - 1] == '?') {
        note(im, file, line, 1,
             "code [%s] (coded only when the sentence gives nothing else) cannot be said: left out "
             "(khabar's own attribution verbs read 'said', 'reported')",
             code_in);
        return;
    }
    if (!strcmp(code, "###") || !strcmp(code, "+++")) {
        note(im, file, line, 1, "code [%s] (%s) has no khabar equivalent: left out", code,
             code[0] == '#' ? "discard the sentence" : "too complex");
        return;
    }
    for (const char *p = code; *p; p++)
        if ((unsigned char)*p <= ' ' || *p == ';' || *p == '|') {
            note(im, file, line, 1, "code [%s] has a space or ';': left out", code);
            return;
        }
    if (!v->n) {
        note(im, file, line, 1, "pattern without a verb before it: left out");
        return;
    }
    /* PETRARCH-2 groups {A B} and (A B) read as plain words; TABARI { A | B } are alternatives */
    char pat[IMP_LINE];
    snprintf(pat, sizeof pat, "%s", pat_in);
    for (char *p = pat; *p; p++) {
        if (*p == '(' || *p == ')') *p = ' ';
        if (*p == '{') {
            char *cb = strchr(p, '}');
            int alt = cb && memchr(p, '|', (size_t)(cb - p));
            if (!alt) {
                *p = ' ';
                if (cb) *cb = ' ';
            } else {
                p = cb;
            }
        }
    }
    char *ex[MAX_EXPAND];
    int overflow = 0;
    int ne = expand(im, pat, ex, 0, 0, &overflow);
    if (overflow)
        note(im, file, line, 1, "pattern '%s' expands to more than %d alternatives: the rest are left out", pat_in,
             MAX_EXPAND);
    for (int i = 0; i < ne; i++) {
        if (strchr(ex[i], '&')) {
            note(im, file, line, 1, "pattern '%s': unknown synset in '%s': left out", pat_in, ex[i]);
            continue;
        }
        for (int f = 0; f < v->n; f++) emit_line(im, ex[i], v->forms[f], code, file, line, f == 0);
    }
}

static void verb_flush(kbl_imp *im, verb_entry *v, const char *file)
{
    if (v->n && v->has_code) { /* the bare verbs, but those that had their own code */
        verb_entry *b = calloc(1, sizeof *b);
        if (b) {
            for (int i = 0; i < v->n; i++)
                if (!v->own[i]) b->forms[b->n++] = v->forms[i];
            b->has_code = 1;
            snprintf(b->code, sizeof b->code, "%s", v->code);
            if (b->n) translate(im, b, "*", v->code, file, v->line);
            free(b);
        }
    }
    memset(v->own, 0, sizeof v->own);
    v->n = 0;
    v->has_code = 0;
}

static void add_form(kbl_imp *im, verb_entry *v, const char *w, int own, const char *file, int line)
{
    if (v->n == MAX_FORMS) {
        note(im, file, line, 1, "more than %d verbs in one entry: '%s' left out", MAX_FORMS, w);
        return;
    }
    v->own[v->n] = (unsigned char)own;
    v->forms[v->n++] = kb_arena_strdup(im->arena, w);
}

static void add_forms(kbl_imp *im, verb_entry *v, char *s, const char *file, int line)
{
    char *sv = NULL;
    for (char *w = strtok_r(s, " \t{}", &sv); w; w = strtok_r(NULL, " \t{}", &sv)) {
        if (*w == '+') w++;
        if (*w) add_form(im, v, w, 0, file, line);
    }
}

static void feed_verbs(kbl_imp *im, const char *file, const char *text, size_t n)
{
    line_reader *r = reader_new(text, n);
    verb_entry *v = calloc(1, sizeof *v);
    if (!r || !v) goto out;
    /* pass 1: synsets (a '&NAME' line, then its '+MEMBER' lines), wherever they are */
    char *s;
    syn *cur = NULL;
    while ((s = next_line(im, r, file))) {
        if (*s == '&') {
            size_t l = strcspn(s + 1, " \t");
            cur = syn_new(im, s + 1, l);
            continue;
        }
        if (*s == '+' && cur) {
            syn_add(im, cur, trim(s + 1));
            continue;
        }
        if (*s) cur = NULL;
    }
    /* pass 2: verbs and patterns */
    memset(r, 0, sizeof *r);
    r->p = text;
    r->end = text + n;
    int in_syn = 0, in_time = 0, block = 0;
    while ((s = next_line(im, r, file))) {
        if (!*s) continue;
        if (*s == '<') {
            if (!strncmp(s, "<TIME>", 6)) in_time = 1;
            else if (!strncmp(s, "</TIME>", 7)) in_time = 0;
            else if (strncmp(s, "<SYNSETS>", 9) && strncmp(s, "</SYNSETS>", 10))
                note(im, file, r->ln, 1, "section tag '%s' is not read", s);
            in_syn = 0;
            continue;
        }
        if (in_time) {
            note(im, file, r->ln, 1, "time shift '%s': khabar takes dates from the text's own expressions; not translated", s);
            continue;
        }
        if (*s == '&') {
            in_syn = 1;
            continue;
        }
        if (*s == '+' && in_syn) continue;
        in_syn = 0;
        if (!strncmp(s, "---", 3)) { /* PETRARCH block: --- VERB [CODE] --- */
            verb_flush(im, v, file);
            char *body = s + 3;
            size_t bl = strlen(body);
            while (bl && (body[bl - 1] == '-' || body[bl - 1] == ' ' || body[bl - 1] == '\t')) body[--bl] = '\0';
            v->has_code = take_code(body, v->code, sizeof v->code);
            v->line = r->ln;
            block = 1;
            if (!v->has_code) note(im, file, r->ln, 1, "verb block '%s' without a [CODE]", trim(body));
            continue;
        }
        if (*s == '-') {
            char code[32];
            char *p = s + 1;
            if (!take_code(p, code, sizeof code)) {
                note(im, file, r->ln, 1, "pattern '%s' without a [CODE]: left out", trim(p));
                continue;
            }
            translate(im, v, trim(p), code, file, r->ln);
            continue;
        }
        if (*s == '{') { /* TABARI: forms of the verb above */
            add_forms(im, v, s, file, r->ln);
            continue;
        }
        if (*s == '~' || *s == '!') {
            note(im, file, r->ln, 1, "line '%s' is not read", s);
            continue;
        }
        /* a verb: TABARI entry "WORDS [CODE]" (new entry), PETRARCH block member "WORD {FORMS}" */
        char code[32];
        int own = take_code(s, code, sizeof code);
        char *brace = strchr(s, '{');
        char forms[IMP_LINE] = "";
        if (brace) {
            snprintf(forms, sizeof forms, "%s", brace);
            *brace = '\0';
        }
        char *head = trim(s);
        if (*head == '+') head++;
        size_t hl = strlen(head);
        while (hl && head[hl - 1] == '=') head[--hl] = '\0'; /* TABARI "BAN=" */
        if (!*head) continue;
        if (!block || (own && im->from == KBL_IMP_TABARI)) {
            verb_flush(im, v, file);
            v->has_code = own;
            if (own) snprintf(v->code, sizeof v->code, "%s", code);
            else note(im, file, r->ln, 1, "verb '%s' without a [CODE]", head);
            v->line = r->ln;
        } else if (own) { /* PETRARCH: a verb of the block with its own code */
            verb_entry one = {.n = 1, .has_code = 1, .line = r->ln};
            one.forms[0] = kb_arena_strdup(im->arena, head);
            snprintf(one.code, sizeof one.code, "%s", code);
            char fs[IMP_LINE];
            snprintf(fs, sizeof fs, "%s", forms);
            add_forms(im, &one, fs, file, r->ln);
            translate(im, &one, "*", one.code, file, r->ln);
            /* the block's patterns still apply to it */
            for (int i = 0; i < one.n; i++) add_form(im, v, one.forms[i], 1, file, r->ln);
            im->cnt.verbs++;
            continue;
        }
        add_form(im, v, head, 0, file, r->ln);
        add_forms(im, v, forms, file, r->ln);
        im->cnt.verbs++;
    }
    verb_flush(im, v, file);
out:
    free(r);
    free(v);
}

int kbl_imp_feed(kbl_imp *im, int kind, const char *file, const char *text, size_t n)
{
    const char *f = kb_arena_strdup(im->arena, file ? file : "-");
    if (!f) return KB_ENOMEM;
    switch (kind) {
    case KBL_IMP_ACTORS: feed_actors(im, f, text, n); break;
    case KBL_IMP_AGENTS: feed_agents(im, f, text, n); break;
    case KBL_IMP_VERBS: feed_verbs(im, f, text, n); break;
    case KBL_IMP_DISCARDS: feed_discards(im, f, text, n); break;
    default: return KB_EUSAGE;
    }
    /* actors/imported.txt = [state] + [person] sections, rebuilt after every feed */
    kbu_buf *a = &im->out[KBL_OUT_ACTORS];
    kbu_buf_clear(a);
    if (im->states.len) kbu_buf_printf(a, "[state]\n%s", im->states.data);
    if (im->persons.len) kbu_buf_printf(a, "[person]\n%s", im->persons.data);
    return KB_OK;
}

/* ---------------------------------------------------------------- writing the directory */

static int slurp(const char *path, kbu_buf *b)
{
    FILE *f = fopen(path, "rb");
    if (!f) return -1;
    char tmp[8192];
    size_t k;
    while ((k = fread(tmp, 1, sizeof tmp, f)) > 0)
        if (kbu_buf_append(b, tmp, k) != KB_OK) {
            fclose(f);
            return -1;
        }
    fclose(f);
    if (!b->data) kbu_buf_append(b, "", 0);
    return 0;
}

static int spill(const char *dir, const char *name, const char *a, size_t na, const char *b, size_t nb, kb_err *err)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f) return kb_err_set(err, KB_EIO, "%s: cannot write: %s", path, strerror(errno));
    int bad = (na && fwrite(a, 1, na, f) != na) || (nb && fwrite(b, 1, nb, f) != nb);
    if (fclose(f) || bad) return kb_err_set(err, KB_EIO, "%s: write failed", path);
    return KB_OK;
}

static int cameo_quad(const char *code)
{
    size_t n = strlen(code);
    if (n < 3 || n > 4 || strspn(code, "0123456789") != n) return 0;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    return root >= 1 && root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : root <= 20 ? 4 : 0;
}

int kbl_imp_write(kbl_imp *im, const char *base, const char *out, int grammar, kb_err *err)
{
    if (!base) base = kb_lexicon_dir();
    char path[4096];
    if (mkdir(out, 0777) && errno != EEXIST) return kb_err_set(err, KB_EIO, "%s: cannot create: %s", out, strerror(errno));
    snprintf(path, sizeof path, "%s/actors", out);
    if (mkdir(path, 0777) && errno != EEXIST) return kb_err_set(err, KB_EIO, "%s: cannot create: %s", path, strerror(errno));
    int rc;
    /* every plain file of base but the ones written here */
    DIR *dp = opendir(base);
    if (!dp) return kb_err_set(err, KB_EIO, "%s: cannot open directory", base);
    struct dirent *de;
    rc = KB_OK;
    while (rc == KB_OK && (de = readdir(dp))) {
        const char *nm = de->d_name;
        if (nm[0] == '.' || !strcmp(nm, "agents.txt") || !strcmp(nm, "verbs.txt") || !strcmp(nm, "cameo.tsv") ||
            !strcmp(nm, "README.md"))
            continue;
        snprintf(path, sizeof path, "%s/%s", base, nm);
        struct stat st;
        if (stat(path, &st) || !S_ISREG(st.st_mode)) continue;
        kbu_buf b = {0};
        if (slurp(path, &b)) rc = kb_err_set(err, KB_EIO, "%s: cannot read", path);
        else rc = spill(out, nm, b.data, b.len, NULL, 0, err);
        kbu_buf_free(&b);
    }
    closedir(dp);
    if (rc != KB_OK) return rc;
    static const char head[] = "# Imported by `khabar lexicon import`: a translation of TABARI/PETRARCH dictionaries.\n"
                               "# Edit this file, not the source; notes on what could not be said went to stderr.\n";
    size_t n;
    const char *t = kbl_imp_text(im, KBL_OUT_ACTORS, &n);
    if ((rc = spill(out, "actors/imported.txt", head, sizeof head - 1, t, n, err)) != KB_OK) return rc;
    t = kbl_imp_text(im, KBL_OUT_AGENTS, &n);
    if ((rc = spill(out, "agents.txt", head, sizeof head - 1, t, n, err)) != KB_OK) return rc;
    /* verbs: the imported lines, then (grammar) the engine's SAY / INT / ASP verbs */
    kbu_buf vb = {0};
    kbu_buf_printf(&vb, "# TABARI and PETRARCH code a planned or promised act as the act, and no event\n"
                        "# without a target:\n%%intent * =\n%%target required\n");
    t = kbl_imp_text(im, KBL_OUT_VERBS, &n);
    kbu_buf_append(&vb, t, n);
    if (grammar) {
        kbu_buf g = {0};
        snprintf(path, sizeof path, "%s/verbs.txt", base);
        if (slurp(path, &g)) {
            kbu_buf_free(&vb);
            return kb_err_set(err, KB_EIO, "%s: cannot read", path);
        }
        kbu_buf_printf(&vb, "# khabar's attribution, intent and aspect verbs (no events of their own), from %s\n", path);
        for (char *l = g.data; l && *l;) {
            char *e = strchr(l, '\n');
            size_t ll = e ? (size_t)(e - l) : strlen(l);
            if (ll > 4 && (!strncmp(l, "SAY ", 4) || !strncmp(l, "INT ", 4) || !strncmp(l, "ASP ", 4))) {
                kbu_buf_append(&vb, l, ll);
                kbu_buf_putc(&vb, '\n');
            }
            l = e ? e + 1 : l + ll;
        }
        kbu_buf_free(&g);
    }
    rc = spill(out, "verbs.txt", head, sizeof head - 1, vb.data ? vb.data : "", vb.len, err);
    kbu_buf_free(&vb);
    if (rc != KB_OK) return rc;
    /* cameo.tsv: the base codebook plus the foreign codes */
    kbu_buf cb = {0};
    snprintf(path, sizeof path, "%s/cameo.tsv", base);
    if (slurp(path, &cb)) return kb_err_set(err, KB_EIO, "%s: cannot read", path);
    if (cb.len && cb.data[cb.len - 1] != '\n') kbu_buf_putc(&cb, '\n');
    im->cnt.codes_foreign = 0;
    for (size_t i = 0; i < im->n_codes; i++) {
        char key[24];
        int kl = snprintf(key, sizeof key, "\n%s\t", im->codes[i].code);
        int known = (cb.len > (size_t)kl - 1 && !strncmp(cb.data, key + 1, (size_t)kl - 1)) || strstr(cb.data, key);
        if (known) continue;
        kbu_buf_printf(&cb, "%s\timported code (%s:%d), not CAMEO\t0\t%d\n", im->codes[i].code, im->codes[i].file,
                       im->codes[i].line, cameo_quad(im->codes[i].code));
        im->cnt.codes_foreign++;
    }
    rc = spill(out, "cameo.tsv", cb.data, cb.len, NULL, 0, err);
    kbu_buf_free(&cb);
    return rc;
}
