/*
 * gunzip.c -- a fast path beside zlib for a whole gzip member in memory.
 *
 * Most inputs are small .gz files (one page, one feed) read into memory at
 * once. For those, kbr_gunzip_fast decodes the member straight into a buffer
 * of its final size (the ISIZE trailer): a 64-bit bit buffer refilled eight
 * bytes at a time, one table lookup per code of up to TBITS bits (a slower
 * canonical walk for the rare longer ones), and match copies eight bytes at a
 * time. On cleaning the extraction dev pages it runs in about a third of
 * zlib's instructions.
 *
 * It is a fast path, never a replacement (ARCHITECTURE.md, "Fast paths beside
 * the chosen libraries"): it declines -- and the caller inflates with zlib
 * from the start, so messages and partial output stay zlib's -- on anything
 * it is not sure of: header flags it does not know, a truncated or corrupt
 * stream, a code set zlib would reject and also the incomplete sets zlib
 * tolerates, a distance before the start, a length that does not match the
 * trailer, or bytes after the member (more members, padding). So whenever it
 * accepts, zlib would have produced the same bytes without an error. Like the
 * zlib path (source.c) it does not check the CRC-32.
 */
#include "read/read.h"
#include <string.h>

#define TBITS 10 /* bits of a code resolved by one lookup */
#define TMASK ((1u << TBITS) - 1)

/* A decoded symbol as the copy loop wants it: value << 16 | flags | extra
 * bits << 4 | code length (0: already consumed). The value is the literal,
 * the length base or the distance base. */
#define E_LIT 0x100u
#define E_EOB 0x200u
#define E_BAD 0x400u
enum { K_LITLEN, K_DIST, K_CODELEN };

typedef struct huff {
    uint32_t fast[1 << TBITS]; /* entry with its code length; 0 = a longer code */
    uint16_t count[16];        /* codes of each length */
    uint16_t sym[288];         /* symbols in canonical order */
    int kind;
} huff;

typedef struct bits {
    const unsigned char *in, *end;
    uint64_t bb;  /* bits not yet used, LSB first */
    unsigned nb;  /* how many */
    size_t over;  /* zero bytes fed past the end of the input */
} bits;

static const uint16_t lbase[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                   31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t lext[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t dbase[30] = {1,    2,    3,    4,    5,    7,     9,     13,    17,  25,
                                   33,   49,   65,   97,   129,  193,   257,   385,   513, 769,
                                   1025, 1537, 2049, 3073, 4097, 6145,  8193,  12289, 16385, 24577};
static const uint8_t dext[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

static uint32_t entry_of(int kind, unsigned sym)
{
    if (kind == K_CODELEN) return sym << 16;
    if (kind == K_DIST) return sym < 30 ? (uint32_t)dbase[sym] << 16 | (uint32_t)dext[sym] << 4 : E_BAD;
    if (sym < 256) return sym << 16 | E_LIT;
    if (sym == 256) return E_EOB;
    sym -= 257;
    return sym < 29 ? (uint32_t)lbase[sym] << 16 | (uint32_t)lext[sym] << 4 : E_BAD;
}

static inline uint64_t load_le64(const unsigned char *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    x = __builtin_bswap64(x);
#endif
    return x;
}

/* At least 56 bits in bb afterwards (zeros past the end, counted in over). */
static inline void refill(bits *b)
{
    if (b->end - b->in >= 8) {
        /* the bytes that fit whole; bits above nb repeat the next byte's,
         * which the next refill ORs in again at the same place */
        b->bb |= load_le64(b->in) << b->nb;
        b->in += (63 - b->nb) >> 3;
        b->nb |= 56;
        return;
    }
    while (b->nb <= 56) {
        if (b->in < b->end) b->bb |= (uint64_t)*b->in++ << b->nb;
        else b->over++;
        b->nb += 8;
    }
}

static inline unsigned take(bits *b, unsigned n) /* n <= nb, n < 32 */
{
    unsigned v = (unsigned)(b->bb & ((1u << n) - 1));
    b->bb >>= n;
    b->nb -= n;
    return v;
}

/* Has the decoder used bits past the end of the input (the zeros refill adds)? */
static inline int overrun(const bits *b) { return b->over * 8 > b->nb; }

/* Drop the bits up to the next byte boundary and return the position of the
 * next unread input byte (the bit buffer is emptied), or NULL on overrun. */
static const unsigned char *to_byte(bits *b)
{
    take(b, b->nb & 7);
    size_t whole = b->nb / 8;
    if (b->over > whole) return NULL;
    const unsigned char *p = b->in - (whole - b->over);
    b->bb = 0;
    b->nb = 0;
    b->over = 0;
    b->in = p;
    return p;
}

/* Build the decoding tables of n code lengths. Only complete codes are
 * accepted (an incomplete or over-subscribed set makes zlib fail or is rare:
 * the caller declines either way). */
static int build(huff *h, const uint8_t *lens, unsigned n, int kind)
{
    uint16_t offs[16];
    h->kind = kind;
    memset(h->count, 0, sizeof h->count);
    for (unsigned i = 0; i < n; i++) h->count[lens[i]]++;
    h->count[0] = 0;
    int left = 1;
    for (unsigned l = 1; l < 16; l++) {
        left <<= 1;
        left -= h->count[l];
        if (left < 0) return -1;
    }
    if (left != 0) return -1;
    offs[1] = 0;
    for (unsigned l = 1; l < 15; l++) offs[l + 1] = (uint16_t)(offs[l] + h->count[l]);
    for (unsigned i = 0; i < n; i++)
        if (lens[i]) h->sym[offs[lens[i]]++] = (uint16_t)i;
    memset(h->fast, 0, sizeof h->fast);
    /* the codes in canonical order, bit-reversed (as they arrive: first bit
     * lowest); a longer code appends a 0, which leaves the reversed value */
    unsigned rev = 0, k = 0;
    for (unsigned l = 1; l <= TBITS; l++) {
        for (unsigned c = 0; c < h->count[l]; c++, k++) {
            uint32_t e = entry_of(kind, h->sym[k]) | l;
            for (unsigned f = rev; f < (1u << TBITS); f += 1u << l) h->fast[f] = e;
            unsigned inc = 1u << (l - 1); /* add 1 to the reversed code */
            while (rev & inc) inc >>= 1;
            rev = inc ? (rev & (inc - 1)) + inc : 0;
        }
    }
    return 0;
}

/* The entry of a code longer than TBITS, read a bit at a time (canonical
 * order); its bits are consumed (code length 0 in the entry). */
static uint32_t decode_slow(bits *b, const huff *h)
{
    int code = 0, first = 0, index = 0;
    for (unsigned l = 1; l < 16; l++) {
        code |= (int)take(b, 1);
        int count = h->count[l];
        if (code - count < first) return entry_of(h->kind, h->sym[index + (code - first)]);
        index += count;
        first += count;
        first <<= 1;
        code <<= 1;
    }
    return E_BAD; /* not reached with a complete code */
}

/* Decode one entry and consume its code (not its extra bits); 15 bits in b. */
static inline uint32_t decode(bits *b, const huff *h)
{
    uint32_t e = h->fast[b->bb & TMASK];
    if (!e) return decode_slow(b, h);
    b->bb >>= e & 15;
    b->nb -= e & 15;
    return e;
}

/* The literal/length and distance codes of a dynamic block. */
static int dynamic_tables(bits *b, huff *lt, huff *dt)
{
    static const uint8_t order[19] = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    uint8_t lens[320];
    refill(b);
    unsigned nlen = take(b, 5) + 257, ndist = take(b, 5) + 1, ncode = take(b, 4) + 4;
    if (nlen > 286 || ndist > 30) return -1;
    memset(lens, 0, 19);
    for (unsigned i = 0; i < ncode; i++) {
        if (b->nb < 3) refill(b);
        lens[order[i]] = (uint8_t)take(b, 3);
    }
    huff cl;
    if (build(&cl, lens, 19, K_CODELEN)) return -1;
    unsigned i = 0;
    while (i < nlen + ndist) {
        if (b->nb < 32) refill(b);
        uint32_t e = decode(b, &cl);
        if (e & E_BAD) return -1;
        unsigned sym = e >> 16;
        if (sym < 16) {
            lens[i++] = (uint8_t)sym;
            continue;
        }
        unsigned rep, val = 0;
        if (sym == 16) {
            if (i == 0) return -1;
            val = lens[i - 1];
            rep = 3 + take(b, 2);
        } else if (sym == 17) {
            rep = 3 + take(b, 3);
        } else if (sym == 18) {
            rep = 11 + take(b, 7);
        } else {
            return -1;
        }
        if (i + rep > nlen + ndist) return -1;
        memset(lens + i, (int)val, rep);
        i += rep;
    }
    if (lens[256] == 0) return -1; /* no end-of-block code */
    if (build(lt, lens, nlen, K_LITLEN) || build(dt, lens + nlen, ndist, K_DIST)) return -1;
    return 0;
}

static void fixed_tables(huff *lt, huff *dt)
{
    uint8_t lens[320];
    memset(lens, 8, 144);
    memset(lens + 144, 9, 112);
    memset(lens + 256, 7, 24);
    memset(lens + 280, 8, 8);
    build(lt, lens, 288, K_LITLEN);
    /* 30 distance codes of 5 bits and the two unused ones (30, 31), which
     * the decoder then rejects like zlib */
    memset(lens, 5, 32);
    build(dt, lens, 32, K_DIST);
}

/* The codes of one compressed block up to its end-of-block code, into
 * out[*po, cap). The bit state lives in locals here (stores to out could
 * alias *b); the rare slow steps go through b. 0, or -1 on bad data. */
static int codes(bits *b, const huff *lt, const huff *dt, unsigned char *out, size_t cap, size_t *po)
{
    uint64_t bb = b->bb;
    unsigned nb = b->nb;
    const unsigned char *in = b->in, *const end = b->end;
    size_t o = *po;
    int rc = -1;
#define KB_SYNC_OUT (b->bb = bb, b->nb = nb, b->in = in)
#define KB_SYNC_IN (bb = b->bb, nb = b->nb, in = b->in)
#define KB_LOOKUP(e, h) /* one table entry, its code consumed */ \
    do {                                                        \
        e = (h)->fast[bb & TMASK];                              \
        if (e) {                                                \
            bb >>= e & 15;                                      \
            nb -= e & 15;                                       \
        } else {                                                \
            KB_SYNC_OUT;                                        \
            e = decode_slow(b, h);                              \
            KB_SYNC_IN;                                         \
        }                                                       \
    } while (0)
    for (;;) {
        if (nb < 48) { /* room for a length, a distance and their extra bits */
            if (end - in >= 8) {
                bb |= load_le64(in) << nb;
                in += (63 - nb) >> 3;
                nb |= 56;
            } else {
                KB_SYNC_OUT;
                refill(b);
                KB_SYNC_IN;
            }
        }
        uint32_t e;
        KB_LOOKUP(e, lt);
        if (e & E_LIT) {
            if (o == cap) break;
            out[o++] = (unsigned char)(e >> 16);
            continue;
        }
        if (e & (E_EOB | E_BAD)) {
            rc = e & E_EOB ? 0 : -1;
            break;
        }
        unsigned x = (e >> 4) & 15;
        size_t len = (e >> 16) + ((unsigned)bb & ((1u << x) - 1));
        bb >>= x;
        nb -= x;
        KB_LOOKUP(e, dt);
        if (e & E_BAD) break;
        x = (e >> 4) & 15;
        size_t dist = (e >> 16) + ((unsigned)bb & ((1u << x) - 1));
        bb >>= x;
        nb -= x;
        if (dist > o || len > cap - o) break;
        unsigned char *d = out + o;
        const unsigned char *s = d - dist;
        o += len;
        if (dist >= 8) { /* whole words; may write up to 15 bytes past o (slack) */
            memcpy(d, s, 8);
            memcpy(d + 8, s + 8, 8);
            if (len > 16) {
                unsigned char *e8 = d + len;
                d += 16;
                s += 16;
                do {
                    memcpy(d, s, 8);
                    d += 8;
                    s += 8;
                } while (d < e8);
            }
        } else if (dist == 1) {
            memset(d, *s, len);
        } else {
            for (size_t k = 0; k < len; k++) d[k] = s[k];
        }
    }
#undef KB_LOOKUP
#undef KB_SYNC_IN
    KB_SYNC_OUT;
#undef KB_SYNC_OUT
    *po = o;
    return rc;
}

/* Decode the blocks of one deflate stream into out[0, cap), with
 * KBR_GUNZIP_SLACK writable bytes after cap. Returns the length, or -1. */
static long long deflate_blocks(bits *b, unsigned char *out, size_t cap)
{
    huff lt, dt;
    size_t o = 0;
    int last = 0;
    while (!last) {
        refill(b);
        last = (int)take(b, 1);
        unsigned type = take(b, 2);
        if (type == 0) { /* stored: back to whole bytes */
            const unsigned char *p = to_byte(b);
            if (!p || b->end - p < 4) return -1;
            unsigned len = (unsigned)p[0] | (unsigned)p[1] << 8;
            unsigned nlen = (unsigned)p[2] | (unsigned)p[3] << 8;
            p += 4;
            if ((len ^ 0xFFFFu) != nlen || (size_t)(b->end - p) < len || cap - o < len) return -1;
            memcpy(out + o, p, len);
            o += len;
            b->in = p + len;
            continue;
        }
        if (type == 1) fixed_tables(&lt, &dt);
        else if (type != 2 || dynamic_tables(b, &lt, &dt)) return -1;
        if (codes(b, &lt, &dt, out, cap, &o)) return -1;
        if (overrun(b)) return -1; /* the stream ran past the input */
    }
    return (long long)o;
}

size_t kbr_gunzip_size(const unsigned char *p, size_t n)
{
    if (n < 18 || p[0] != 0x1f || p[1] != 0x8b || p[2] != 8) return 0;
    return (size_t)p[n - 4] | (size_t)p[n - 3] << 8 | (size_t)p[n - 2] << 16 | (size_t)p[n - 1] << 24;
}

int kbr_gunzip_fast(const unsigned char *p, size_t n, unsigned char *out, size_t size)
{
    if (n < 18 || p[0] != 0x1f || p[1] != 0x8b || p[2] != 8) return -1;
    unsigned flg = p[3];
    if (flg & 0xE0) return -1; /* reserved flags: zlib says "unknown header flags set" */
    size_t i = 10;
    if (flg & 4) { /* FEXTRA */
        if (n - i < 2) return -1;
        size_t xl = (size_t)p[i] | (size_t)p[i + 1] << 8;
        i += 2;
        if (n - i < xl) return -1;
        i += xl;
    }
    for (unsigned f = 8; f <= 16; f <<= 1) { /* FNAME, FCOMMENT: NUL-terminated */
        if (!(flg & f)) continue;
        const unsigned char *z = memchr(p + i, 0, n - i);
        if (!z) return -1;
        i = (size_t)(z - p) + 1;
    }
    if (flg & 2) i += 2; /* FHCRC (not checked, as zlib without validation) */
    if (i + 8 > n) return -1;
    bits b = {p + i, p + n - 8, 0, 0, 0};
    long long got = deflate_blocks(&b, out, size);
    if (got < 0 || (size_t)got != size) return -1;
    /* the trailer must follow at once and end the input */
    if (to_byte(&b) != p + n - 8) return -1;
    return 0;
}
