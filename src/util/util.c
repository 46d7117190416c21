/*
 * util.c -- small shared pieces: error messages, the growable buffer,
 * hashing (article identity) and JSON string output.
 */
#include "kb_internal.h"
#include <stdarg.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>

const char *kb_version(void) { return KB_VERSION; }

int kb_err_set(kb_err *err, int code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
        err->code = code;
    }
    return code;
}

/* ---- buffer ------------------------------------------------------------ */
int kbu_buf_reserve(kbu_buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap) return KB_OK;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) {
        if (cap > SIZE_MAX / 2) return KB_ENOMEM;
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p) return KB_ENOMEM;
    b->data = p;
    b->cap = cap;
    return KB_OK;
}

int kbu_grow(void **p, size_t *cap, size_t need, size_t elsz)
{
    if (need <= *cap) return 0;
    size_t nc = *cap ? *cap : 16;
    while (nc < need) {
        if (nc > SIZE_MAX / 2 / (elsz ? elsz : 1)) return -1;
        nc *= 2;
    }
    void *q = realloc(*p, nc * elsz);
    if (!q) return -1;
    *p = q;
    *cap = nc;
    return 0;
}

int kbu_buf_append(kbu_buf *b, const void *p, size_t n)
{
    if (kbu_buf_reserve(b, n)) return KB_ENOMEM;
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return KB_OK;
}

int kbu_buf_putc(kbu_buf *b, int c)
{
    char ch = (char)c;
    return kbu_buf_append(b, &ch, 1);
}

int kbu_buf_printf(kbu_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return KB_EFORMAT;
    if ((size_t)n < sizeof tmp) return kbu_buf_append(b, tmp, (size_t)n);
    if (kbu_buf_reserve(b, (size_t)n)) return KB_ENOMEM;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return KB_OK;
}

void kbu_buf_clear(kbu_buf *b)
{
    b->len = 0;
    if (b->data) b->data[0] = '\0';
}

void kbu_buf_free(kbu_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* ---- hashing ------------------------------------------------------------
 * A 64-bit multiply-xorshift hash over 8-byte words (in the spirit of
 * wyhash/xxh64, written from scratch). Two lanes with different seeds give
 * the 128-bit article identity; collisions at 2^-64 per pair are far below
 * any archive size we expect. Not cryptographic. */
static inline uint64_t mix(uint64_t x)
{
    x ^= x >> 32;
    x *= 0xd6e8feb86659fd93ULL;
    x ^= x >> 32;
    x *= 0xd6e8feb86659fd93ULL;
    x ^= x >> 32;
    return x;
}

static uint64_t hash_update(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = mix(h ^ w) * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL;
        s += 8;
        n -= 8;
    }
    uint64_t w = 0;
    for (size_t i = 0; i < n; i++) w |= (uint64_t)s[i] << (8 * i);
    h = mix(h ^ w ^ ((uint64_t)n << 56)) * 0x9e3779b97f4a7c15ULL;
    return h;
}

uint64_t kbu_hash64(const void *p, size_t n, uint64_t seed)
{
    return mix(hash_update(seed ^ 0x243f6a8885a308d3ULL, p, n) ^ n);
}

void kbu_hash128_hex(const void *p1, size_t n1, const void *p2, size_t n2, char out[33])
{
    uint64_t a = 0x13198a2e03707344ULL, b = 0xa4093822299f31d0ULL;
    a = hash_update(a, p1, n1);
    b = hash_update(b, p1, n1);
    /* a separator so that ("ab","c") and ("a","bc") differ */
    a = hash_update(a ^ n1, "\x1f", 1);
    b = hash_update(b ^ (n1 * 31), "\x1f", 1);
    a = mix(hash_update(a, p2, n2) ^ n2);
    b = mix(hash_update(b, p2, n2) ^ (n2 + 1));
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 16; i++) {
        out[i] = hex[(a >> (60 - 4 * i)) & 15];
        out[16 + i] = hex[(b >> (60 - 4 * i)) & 15];
    }
    out[32] = '\0';
}

/* ---- JSON output -------------------------------------------------------- */
void kbu_json_str(kbu_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    kbu_buf_reserve(b, n + 2);
    kbu_buf_putc(b, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *esc = NULL;
        char u[7];
        if (c == '"') esc = "\\\"";
        else if (c == '\\') esc = "\\\\";
        else if (c == '\n') esc = "\\n";
        else if (c == '\t') esc = "\\t";
        else if (c == '\r') esc = "\\r";
        else if (c < 0x20) {
            u[0] = '\\'; u[1] = 'u'; u[2] = '0'; u[3] = '0';
            u[4] = hex[c >> 4]; u[5] = hex[c & 15]; u[6] = 0;
            esc = u;
        }
        if (esc) {
            kbu_buf_append(b, s + i - run, run);
            run = 0;
            kbu_buf_append(b, esc, strlen(esc));
        } else {
            run++;
        }
    }
    kbu_buf_append(b, s + n - run, run);
    kbu_buf_putc(b, '"');
}

void kbu_json_cstr(kbu_buf *b, const char *s)
{
    if (!s) kbu_buf_append(b, "null", 4);
    else kbu_json_str(b, s, strlen(s));
}

void kbu_json_latlon(kbu_buf *b, double lat, double lon)
{
    if (isfinite(lat) && isfinite(lon)) kbu_buf_printf(b, ",\"lat\":%.4f,\"lon\":%.4f", lat, lon);
    else kbu_buf_append(b, ",\"lat\":null,\"lon\":null", 22);
}

/* ---- calendar ---------------------------------------------------------- */

long kbu_days_from_civil(long y, int m, int d)
{
    long yy = m <= 2 ? y - 1 : y;
    long era = (yy >= 0 ? yy : yy - 399) / 400;
    long yoe = yy - era * 400;
    long mp = (m + 9) % 12;
    long doy = (153 * mp + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int kbu_iso_weekday(long z)
{
    long w = (z + 3) % 7; /* 1970-01-01 was a Thursday (3 from Monday) */
    return (int)(w < 0 ? w + 7 : w) + 1;
}

void kbu_civil_from_days(long z, long *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

int kbu_day_of_ymd(const char *s, long *z)
{
    if (!s) return 0;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) {
            if (s[i] != '-') return 0;
        } else if (s[i] < '0' || s[i] > '9') {
            return 0;
        }
    }
    int y = atoi(s), m = atoi(s + 5), d = atoi(s + 8);
    if (m < 1 || m > 12 || d < 1 || d > 31) return 0;
    *z = kbu_days_from_civil(y, m, d);
    return 1;
}

/* The whole file at path, NUL-terminated (malloc), its length in *len; NULL if unreadable. */
char *kbu_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    kbu_buf b = {0};
    char tmp[65536];
    size_t r;
    while ((r = fread(tmp, 1, sizeof tmp, f)) > 0)
        if (kbu_buf_append(&b, tmp, r) != KB_OK) {
            fclose(f);
            kbu_buf_free(&b);
            return NULL;
        }
    fclose(f);
    if (kbu_buf_putc(&b, 0) != KB_OK) {
        kbu_buf_free(&b);
        return NULL;
    }
    if (len) *len = b.len - 1;
    return b.data;
}
