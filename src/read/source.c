/*
 * source.c -- kbr_src: a buffered byte stream for the readers.
 *
 * Reads a file descriptor (or a memory block, for fuzzing and tests) through
 * a fixed window, so memory does not grow with the input. If the input
 * starts with the gzip magic it is inflated transparently, member after
 * member (inflateInit2 16+MAX_WBITS; inflateReset on Z_STREAM_END when more
 * input follows), which is how .warc.gz files store one record per member.
 * Trailing zero padding after the last member is ignored.
 *
 * Errors are sticky (s->err, s->errmsg) and phrased for the caller to prefix
 * with the origin: "byte N: truncated gzip stream" where N is the offset in
 * the compressed file. The reader layers report them once.
 */
#include "read/read.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define RAW_CAP ((size_t)128 << 10)
#define WIN_CAP ((size_t)256 << 10)

static void src_fail(kbr_src *s, int code, const char *fmt, unsigned long long at, const char *what)
{
    if (s->err) return;
    s->err = code;
    snprintf(s->errmsg, sizeof s->errmsg, fmt, at, what ? what : "");
    s->eof = 1;
}

/* Refill the raw buffer (keeping unread bytes). Returns bytes added. */
static size_t raw_fill(kbr_src *s)
{
    if (s->raw_eof) return 0;
    if (s->raw_pos > 0) {
        size_t keep = s->raw_len - s->raw_pos;
        memmove(s->raw, s->raw + s->raw_pos, keep);
        s->raw_off += s->raw_pos;
        s->raw_len = keep;
        s->raw_pos = 0;
    }
    size_t room = RAW_CAP - s->raw_len;
    if (!room) return 0;
    if (s->fd < 0) return 0; /* memory sources are wholly in raw from the start */
    for (;;) {
        ssize_t k = read(s->fd, s->raw + s->raw_len, room);
        if (k < 0 && errno == EINTR) continue;
        if (k < 0) {
            int e = errno;
            s->raw_eof = 1;
            src_fail(s, KB_EIO, "byte %llu: read error: %s",
                     (unsigned long long)(s->raw_off + s->raw_len), strerror(e));
            return 0;
        }
        if (k == 0) s->raw_eof = 1;
        s->raw_len += (size_t)k;
        return (size_t)k;
    }
}

static int src_init(kbr_src *s)
{
    if (s->fd < 0) {
        /* memory: read the block in place */
        s->raw = (unsigned char *)(uintptr_t)s->mem;
        s->raw_len = s->mem_len;
        s->mem_pos = s->mem_len;
        s->raw_eof = 1;
    } else {
        s->raw = malloc(RAW_CAP);
    }
    s->win = malloc(WIN_CAP + 1);
    if (!s->raw || !s->win) return KB_ENOMEM;
    s->win_cap = WIN_CAP;
    raw_fill(s);
    while (!s->raw_eof && s->raw_len < 2)
        raw_fill(s);
    if (s->raw_len >= 2 && s->raw[0] == 0x1f && s->raw[1] == 0x8b) {
        if (inflateInit2(&s->zs, 16 + MAX_WBITS) != Z_OK) return KB_ENOMEM;
        /* Do not compute the members' CRC-32 (5% of cleaning a page): a cut or
         * malformed stream is still caught by inflate itself, and WARC records
         * carry their own digests. The setting survives inflateReset. */
        inflateValidate(&s->zs, 0);
        s->gz = 1;
    }
    return KB_OK;
}

int kbr_src_open_fd(kbr_src *s, int fd)
{
    memset(s, 0, sizeof *s);
    s->fd = fd;
    return src_init(s);
}

int kbr_src_open_mem(kbr_src *s, const void *p, size_t n)
{
    memset(s, 0, sizeof *s);
    s->fd = -1;
    s->mem = p ? p : (const void *)"";
    s->mem_len = n;
    return src_init(s);
}

void kbr_src_close(kbr_src *s)
{
    if (s->gz) inflateEnd(&s->zs);
    if (s->fd > 0) close(s->fd);
    if (s->fd >= 0) free(s->raw);
    free(s->win);
    memset(s, 0, sizeof *s);
    s->fd = -1;
}

/* Only zero bytes left in the raw input (gzip padding)? Consumes them. */
static int only_zeros_left(kbr_src *s)
{
    for (;;) {
        while (s->raw_pos < s->raw_len)
            if (s->raw[s->raw_pos++] != 0) return 0;
        if (s->raw_eof || !raw_fill(s)) return s->raw_eof && !s->err;
    }
}

/* Decode more bytes into the window (after compacting it). Returns bytes added. */
static size_t win_fill(kbr_src *s)
{
    if (s->eof) return 0;
    if (s->win_pos > 0) {
        size_t keep = s->win_len - s->win_pos;
        memmove(s->win, s->win + s->win_pos, keep);
        s->win_len = keep;
        s->win_pos = 0;
    }
    size_t room = s->win_cap - s->win_len;
    if (!room) return 0;
    if (!s->gz) {
        if (s->raw_pos == s->raw_len && !raw_fill(s)) {
            s->eof = 1;
            return 0;
        }
        size_t k = s->raw_len - s->raw_pos;
        if (k > room) k = room;
        memcpy(s->win + s->win_len, s->raw + s->raw_pos, k);
        s->raw_pos += k;
        s->win_len += k;
        return k;
    }
    size_t added = 0;
    while (added == 0) {
        if (s->raw_pos == s->raw_len && !raw_fill(s)) {
            if (s->err) return 0;
            if (s->gz_state == 0)
                src_fail(s, KB_EFORMAT, "byte %llu: truncated gzip stream%s",
                         (unsigned long long)(s->raw_off + s->raw_len), NULL);
            s->eof = 1;
            return 0;
        }
        if (s->gz_state == 1) {
            /* a member ended: another one, padding, or garbage? */
            if (s->raw[s->raw_pos] != 0x1f) {
                uint64_t at = s->raw_off + s->raw_pos;
                if (!only_zeros_left(s))
                    src_fail(s, KB_EFORMAT, "byte %llu: data after the end of the gzip stream%s",
                             (unsigned long long)at, NULL);
                s->eof = 1;
                return 0;
            }
            inflateReset(&s->zs);
            s->gz_state = 0;
        }
        size_t avail = s->raw_len - s->raw_pos;
        if (avail > UINT32_MAX) avail = UINT32_MAX; /* a huge memory source */
        s->zs.next_in = s->raw + s->raw_pos;
        s->zs.avail_in = (uInt)avail;
        s->zs.next_out = s->win + s->win_len;
        s->zs.avail_out = (uInt)room;
        int rc = inflate(&s->zs, Z_NO_FLUSH);
        size_t used = avail - s->zs.avail_in;
        size_t made = room - s->zs.avail_out;
        uint64_t at = s->raw_off + s->raw_pos + used;
        s->raw_pos += used;
        s->win_len += made;
        room -= made;
        added += made;
        if (rc == Z_STREAM_END) {
            s->gz_state = 1;
        } else if (rc == Z_BUF_ERROR) {
            if (!room) break;                                /* window full */
            if (s->raw_pos < s->raw_len && !used && !made) { /* no progress: cannot happen */
                src_fail(s, KB_EFORMAT, "byte %llu: corrupt gzip data (%s)", (unsigned long long)at,
                         "inflate stalled");
                return added;
            }
            /* needs more input: loop refills */
        } else if (rc != Z_OK) {
            src_fail(s, KB_EFORMAT, "byte %llu: corrupt gzip data (%s)", (unsigned long long)at,
                     s->zs.msg ? s->zs.msg : "inflate error");
            return added;
        }
        if (!room) break;
    }
    return added;
}

size_t kbr_src_peek(kbr_src *s, size_t want, const unsigned char **p)
{
    if (want > s->win_cap) want = s->win_cap;
    while (s->win_len - s->win_pos < want && !s->eof) {
        if (!win_fill(s) && s->eof) break;
    }
    *p = s->win + s->win_pos;
    size_t have = s->win_len - s->win_pos;
    return have < want ? have : want;
}

void kbr_src_consume(kbr_src *s, size_t n)
{
    size_t have = s->win_len - s->win_pos;
    if (n > have) n = have;
    s->win_pos += n;
    s->off += n;
}

size_t kbr_src_read(kbr_src *s, kbu_buf *out, size_t n)
{
    size_t got = 0;
    while (got < n) {
        if (s->win_pos == s->win_len && !win_fill(s)) break;
        size_t k = s->win_len - s->win_pos;
        if (k > n - got) k = n - got;
        if (kbu_buf_append(out, s->win + s->win_pos, k)) {
            s->err = KB_ENOMEM;
            snprintf(s->errmsg, sizeof s->errmsg, "byte %llu: out of memory",
                     (unsigned long long)s->off);
            s->eof = 1;
            break;
        }
        s->win_pos += k;
        s->off += k;
        got += k;
    }
    return got;
}

uint64_t kbr_src_skip(kbr_src *s, uint64_t n)
{
    uint64_t got = 0;
    while (got < n) {
        if (s->win_pos == s->win_len && !win_fill(s)) break;
        size_t k = s->win_len - s->win_pos;
        if (k > n - got) k = (size_t)(n - got);
        s->win_pos += k;
        s->off += k;
        got += k;
    }
    return got;
}

int kbr_src_line(kbr_src *s, kbu_buf *out, size_t max, int *nl)
{
    size_t kept = 0;
    int any = 0, long_line = 0;
    *nl = 0;
    for (;;) {
        if (s->win_pos == s->win_len && !win_fill(s)) break;
        const unsigned char *p = s->win + s->win_pos;
        size_t k = s->win_len - s->win_pos;
        const unsigned char *e = memchr(p, '\n', k);
        size_t take = e ? (size_t)(e - p) + 1 : k;
        any = 1;
        if (!long_line) {
            if (kept + take > max + (e ? 1 : 0)) {
                long_line = 1;
            } else if (kbu_buf_append(out, p, take)) {
                s->err = KB_ENOMEM;
                snprintf(s->errmsg, sizeof s->errmsg, "byte %llu: out of memory",
                         (unsigned long long)s->off);
                s->eof = 1;
                return KBR_LINE_EOF;
            } else {
                kept += take;
            }
        }
        s->win_pos += take;
        s->off += take;
        if (e) {
            *nl = 1;
            break;
        }
    }
    if (!any) return KBR_LINE_EOF;
    if (long_line) {
        /* drop what we kept of it */
        out->len -= kept;
        if (out->data) out->data[out->len] = '\0';
        return KBR_LINE_LONG;
    }
    return KBR_LINE_OK;
}
