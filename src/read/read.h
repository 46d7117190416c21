/*
 * read.h -- internal API of the READ stage (src/read/).
 *
 * Layers, bottom up:
 *   source.c  kbr_src: a buffered byte stream over a file descriptor or a
 *             memory block, with transparent (multi-member) gzip decoding.
 *   http.c    HTTP message helpers for WARC payloads: header parsing,
 *             de-chunking, gunzip/inflate of Content-Encoding.
 *   jsonl.c   JSON Lines: one article a line (jansson).
 *   warc.c    WARC/WET records: response, resource, conversion.
 *   reader.c  kbr_reader: one input (file, stdin or memory): sniffs the
 *             format from content and hands out kb_raw documents; also the
 *             whole-file text/HTML reader.
 *   input.c   kb_input: the public iterator over paths and directories.
 *
 * Memory is bounded: every document (line, record, file) is capped at
 * KBR_MAX_DOC bytes; larger ones are reported and skipped without buffering.
 * Nothing here prints; errors go to kb_err as "ORIGIN: POSITION: what".
 */
#ifndef KB_READ_H
#define KB_READ_H

#include "kb_internal.h"
#include <zlib.h>

#define KBR_MAX_DOC ((size_t)64 << 20) /* 64 MiB: one document, line or record */
#define KBR_MAX_DOC_TEXT "64 MiB"

/* ---- source.c: buffered, gzip-transparent byte stream ------------------- */
typedef struct kbr_src {
    int fd;                   /* -1 for a memory source */
    const unsigned char *mem; /* memory source */
    size_t mem_len, mem_pos;
    unsigned char *raw; /* raw (possibly compressed) input buffer */
    size_t raw_len, raw_pos;
    uint64_t raw_off; /* file offset of raw[0] */
    int raw_eof;
    int gz;       /* input is gzip */
    int gz_state; /* 0 = in a member, 1 = member ended */
    z_stream zs;
    unsigned char *win; /* decoded bytes */
    size_t win_cap, win_pos, win_len;
    uint64_t off;     /* decoded-stream offset of win[win_pos] */
    int eof;          /* no more decoded bytes will come */
    int err;          /* 0 or a KB_E* code (sticky) */
    char errmsg[200]; /* "byte N: truncated gzip stream" */
} kbr_src;

int kbr_src_open_fd(kbr_src *s, int fd); /* takes ownership of fd */
int kbr_src_open_mem(kbr_src *s, const void *p, size_t n);
void kbr_src_close(kbr_src *s);
/* Make up to want bytes visible (want <= window size); returns how many are. */
size_t kbr_src_peek(kbr_src *s, size_t want, const unsigned char **p);
void kbr_src_consume(kbr_src *s, size_t n);
static inline uint64_t kbr_src_tell(const kbr_src *s)
{
    return s->off;
}
/* Append up to n bytes to out; returns the count (short at end or error). */
size_t kbr_src_read(kbr_src *s, kbu_buf *out, size_t n);
/* Skip n bytes without keeping them; returns the count skipped. */
uint64_t kbr_src_skip(kbr_src *s, uint64_t n);
enum { KBR_LINE_EOF = 0, KBR_LINE_OK = 1, KBR_LINE_LONG = 2 };
/* Read one line (with its '\n', if any) appended to out. A line longer than
 * max is not kept: it is consumed up to its newline and KBR_LINE_LONG is
 * returned. *nl is set to whether the line ended with '\n'. */
int kbr_src_line(kbr_src *s, kbu_buf *out, size_t max, int *nl);

/* ---- http.c: WARC payload helpers -------------------------------------- */
typedef struct kbr_http {
    int status; /* 0 if no status line */
    const char *ctype;
    size_t ctype_len; /* Content-Type value */
    const char *tenc;
    size_t tenc_len; /* Transfer-Encoding */
    const char *cenc;
    size_t cenc_len; /* Content-Encoding */
    const char *lastmod;
    size_t lastmod_len; /* Last-Modified */
    size_t body_off;    /* offset of the body in the message */
} kbr_http;
/* Parse "HTTP/x.y NNN ...\r\n headers \r\n\r\n". Returns 0, or -1 if msg
 * does not start with an HTTP status line. */
int kbr_http_parse(const char *msg, size_t len, kbr_http *h);
/* Find a header-parameter-ish token (case-insensitive) in a value. */
int kbr_ci_contains(const char *s, size_t n, const char *needle);
/* Media type of a Content-Type value, lower-cased into out ("text/html"). */
void kbr_mime(const char *ct, size_t n, char *out, size_t outsz);
/* charset= parameter of a Content-Type value into out; 1 if found. */
int kbr_charset(const char *ct, size_t n, char *out, size_t outsz);
/* De-chunk a chunked body into out. Returns KB_OK, or KB_EFORMAT if the body
 * is not chunked at all (out untouched then). A cut body keeps what it has. */
int kbr_dechunk(const char *p, size_t n, kbu_buf *out);
/* Decode gzip (16+MAX_WBITS, several members) or deflate (zlib or raw) into
 * out, at most max bytes. KB_OK, KB_EFORMAT (corrupt or cut; partial output
 * kept in out), KB_ENOMEM, or KB_EUSAGE when the output exceeds max. */
int kbr_inflate(const char *p, size_t n, int gzip, size_t max, kbu_buf *out);
/* Does the start of p look like an HTML document? */
int kbr_sniff_html(const char *p, size_t n);

/* ---- reader.c: one input ------------------------------------------------ */
enum kbr_format { KBR_AUTO = 0, KBR_TEXT, KBR_JSONL, KBR_WARC };

typedef struct kbr_reader kbr_reader;
/* Open an input: path ("-" = stdin) read from fd, or a memory block. The
 * reader copies origin. format KBR_AUTO sniffs. On failure returns NULL
 * with err filled ("PATH: cannot open: ..."). */
kbr_reader *kbr_reader_open_path(const char *path, kb_err *err);
kbr_reader *kbr_reader_open_mem(const char *origin, const void *p, size_t n, int format);
/* KB_OK (raw filled), KB_DONE, or < 0 (err filled; call again to go on). */
int kbr_reader_next(kbr_reader *r, kb_raw *raw, kb_err *err);
void kbr_reader_close(kbr_reader *r);

/* File stem: name without folders and extensions ("a/x.html.gz" -> "x"). */
void kbr_stem(const char *path, char *out, size_t outsz);
/* Is this sample binary data (not text)? *where = offset of the first
 * offending byte. */
int kbr_is_binary(const unsigned char *p, size_t n, size_t *where);
/* Length of the valid UTF-8 prefix of p. */
size_t kbr_utf8_valid(const unsigned char *p, size_t n);
/* Copy p into out replacing invalid UTF-8 with U+FFFD. */
int kbr_utf8_repair(const unsigned char *p, size_t n, kbu_buf *out);

/* Shared state of the format readers (reader.c owns it). */
struct kbr_reader {
    char *origin; /* path as given, "-" for stdin */
    char stem[256];
    kbr_src src;
    int format;     /* KBR_TEXT, KBR_JSONL, KBR_WARC once known */
    int name_jsonl; /* the name says .jsonl/.ndjson/.json */
    int done;       /* nothing more from this input */
    int src_err_reported;
    uint64_t line;     /* JSONL: current line number */
    int resync;        /* WARC: skipping to the next header */
    kbu_buf buf, buf2; /* document / record / line storage */
    kb_arena *arena;   /* per-document strings; reset each call */
    void *json;        /* JSONL: the current json_t (decref'd next call) */
};

/* Format readers (called by kbr_reader_next). */
int kbr_jsonl_next(kbr_reader *r, kb_raw *raw, kb_err *err);
int kbr_jsonl_looks(const unsigned char *p, size_t n, int name_says_jsonl);
int kbr_warc_next(kbr_reader *r, kb_raw *raw, kb_err *err);
/* Report the source's sticky error once; returns it (or KB_DONE). */
int kbr_src_error(kbr_reader *r, kb_err *err);

/* ---- input.c ------------------------------------------------------------ */
/* An iterator over one memory block as if it were a file called name,
 * with the format forced (KBR_AUTO sniffs). For fuzzing and tests. */
kb_input *kbr_input_open_mem(const char *name, const void *p, size_t n, int format);

#endif
