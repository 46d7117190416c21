/*
 * lang_en.c -- a cheap, conservative "this is English" test run before cld2
 * (lang.cc). Almost every article khabar reads is English, and cld2 costs
 * some 200 instructions a byte; this test costs a few and answers only when
 * the answer is plain, leaving every other text to cld2.
 *
 * On the same window cld2 sees (the first KBC_LANG_WINDOW bytes) it counts
 * words (runs of letters) and says English only when all of these hold:
 *  - at least 30 words;
 *  - at least 12% of the words are English function words that are not
 *    words of another Latin-script language (the, which, would, their, ...;
 *    "of", "in", "is", "die", "has", "also" are left out for that reason);
 *  - at most 2% are function words of other languages (le, und, het, que,
 *    och, yang, ang, tae, ...): a tenth of the window in Spanish or Dutch is
 *    enough to hand the text to cld2;
 *  - at most 1% of the letters are outside ASCII (Latin-1 accents, other
 *    scripts), so texts in Vietnamese, Polish, Greek, Arabic... never pass.
 * English news passes (2,208 of the 2,225 BBC articles, whose other 17 go to
 * cld2: line-ups and lists of names); tests/unit/test_lang.c checks that
 * texts in 17 other languages, and English ones with a fifth of them mixed
 * in, do not. The word lists are ASCII lower case or UTF-8, 8 bytes at most.
 */
#include "clean/lang.h"
#include <stdint.h>
#include <string.h>

/* English words that are not function words of another Latin-script language. */
static const char *const en_words[] = {
    "about",   "after", "and",   "any",  "are",    "be",    "because", "been",  "before", "being",
    "between", "could", "did",   "does", "during", "first", "from",    "had",   "him",    "his",
    "how",     "if",    "into",  "it",   "its",    "last",  "may",     "more",  "new",    "not",
    "one",     "only",  "other", "our",  "people", "said",  "says",    "she",   "should", "some",
    "such",    "than",  "that",  "the",  "their",  "them",  "there",   "these", "those",  "told",
    "two",     "very",  "were",  "what", "when",   "where", "which",   "while", "who",    "with",
    "would",   "year",  "years", "you",  "your",
};

/* Function words of other languages (Romance, Germanic, Scots, Slavic,
 * Romanian, Malay/Indonesian, Tagalog, Turkish) that English prose lacks;
 * words that are also English tokens ("as", "no", "die", "per", "UN", "Los")
 * are left out. */
/* clang-format off */
static const char *const other_words[] = {
    "aan", "aboot", "adalah", "af", "akan", "ale", "alla", "anche", "ang", "att", "au", "auch",
    "auf", "aux", "av", "avec", "ay", "bairns", "bei", "bij", "bir", "bu", "cannae", "ce",
    "cette", "che", "como", "cu", "czy", "dans", "dari", "das", "dat", "de", "del", "della",
    "dengan", "der", "des", "det", "didnae", "din", "doon", "dos", "du", "een", "ein",
    "eine", "el", "elle", "em", "en", "er", "es", "est", "este", "et", "foi", "fost", "frae",
    "gli", "hae", "haes", "har", "het", "ikke", "il", "ile", "im", "ini", "isnae", "itu", "jeg",
    "jest", "la", "le", "les", "leur", "lo", "mai", "mga", "mit", "mony", "na", "naar", "nach",
    "nae", "nel", "ng", "nicht", "nie", "niet", "nu", "och", "og", "om", "ont", "ony", "ook",
    "oot", "op", "os", "pada", "para", "pas", "pentru", "pero", "por", "pour", "que", "qui",
    "sau", "se", "ses", "sich", "sie", "som", "sono", "sont", "su", "sunt", "sur", "sus", "tae",
    "te", "tidak", "til", "um", "uma", "und", "une", "untuk", "van", "von", "voor", "wat",
    "werden", "wi", "wird", "wis", "wurde", "y", "yang", "zijn", "zu",
    /* för für için más não på się à är été în że și */
    "f\xc3\xb6r", "f\xc3\xbcr", "i\xc3\xa7in", "m\xc3\xa1s", "n\xc3\xa3o", "p\xc3\xa5",
    "si\xc4\x99", "\xc3\xa0", "\xc3\xa4r", "\xc3\xa9" "t\xc3\xa9", "\xc3\xaen", "\xc5\xbc" "e",
    "\xc8\x99i",
};
/* clang-format on */

#define NWORDS(a) (sizeof(a) / sizeof *(a))

static size_t slot_of(uint64_t key)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 55) & (KBC_ENGLISH_SLOTS - 1);
}

static uint64_t pack(const char *w, size_t n)
{
    uint64_t k = 0;
    for (size_t i = 0; i < n; i++)
        k |= (uint64_t)(unsigned char)w[i] << (8 * i);
    return k;
}

static void add(kbc_english *e, const char *w, uint8_t kind)
{
    size_t n = strlen(w);
    if (n == 0 || n > 8) return;
    uint64_t key = pack(w, n);
    size_t s = slot_of(key);
    while (e->key[s] && e->key[s] != key)
        s = (s + 1) & (KBC_ENGLISH_SLOTS - 1);
    e->key[s] = key;
    e->kind[s] = kind;
}

void kbc_english_init(kbc_english *e)
{
    memset(e, 0, sizeof *e);
    for (size_t i = 0; i < NWORDS(other_words); i++)
        add(e, other_words[i], 2);
    for (size_t i = 0; i < NWORDS(en_words); i++)
        add(e, en_words[i], 1);
}

static int lookup(const kbc_english *e, uint64_t key)
{
    size_t s = slot_of(key);
    while (e->key[s]) {
        if (e->key[s] == key) return e->kind[s];
        s = (s + 1) & (KBC_ENGLISH_SLOTS - 1);
    }
    return 0;
}

/* A letter outside ASCII: lead bytes from U+00C0 on, except the punctuation
 * and symbol blocks U+2000..U+2FFF and U+3000..U+303F, and the BOM U+FEFF. */
static inline int foreign_letter(const unsigned char *p, size_t n)
{
    unsigned char c = p[0];
    if (c < 0xC3 || c == 0xE2) return 0;
    if (c == 0xE3 && n >= 2 && p[1] == 0x80) return 0;
    if (c == 0xEF && n >= 3 && p[1] == 0xBB && p[2] == 0xBF) return 0;
    return 1;
}

static int ascii_letter(unsigned char c)
{
    return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* The 8 bytes at p as a word, byte k in bits 8k.. (the order words are packed in). */
static inline uint64_t load8(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    w = __builtin_bswap64(w);
#endif
    return w;
}

/* How many of the 8 bytes at p, from the first, are ASCII letters (0..8), with
 * *low set to the 8 bytes OR 0x20 (a letter's lower case), high bits cleared: the
 * word loop's letter test and packing, eight bytes at a time. Per byte y = c | 0x20
 * (below 0x80): y + 0x1F has its high bit set iff y >= 'a', y + 0x05 iff y > 'z';
 * neither sum carries into the next byte. */
static inline size_t letters8(const unsigned char *p, uint64_t *low)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x80 * ones;
    uint64_t x = load8(p), y = (x | 0x20 * ones) & ~high;
    uint64_t ge_a = y + (0x80 - 'a') * ones, gt_z = y + (0x80 - 'z' - 1) * ones;
    uint64_t not_letter = ~(ge_a & ~gt_z & ~x) & high;
    *low = y;
    return not_letter ? (size_t)__builtin_ctzll(not_letter) >> 3 : 8;
}

int kbc_lang_surely_english(const kbc_english *e, const char *text, size_t len)
{
    if (len > KBC_LANG_WINDOW) len = KBC_LANG_WINDOW;
    const unsigned char *u = (const unsigned char *)text;
    size_t words = 0, en = 0, other = 0, ascii_letters = 0, foreign = 0;
    size_t i = 0;
    while (i < len) {
        if (!ascii_letter(u[i]) && (u[i] < 0xC3 || !foreign_letter(u + i, len - i))) {
            i++;
            continue;
        }
        /* a word: a run of letters, packed (lower case) while it fits 8 bytes */
        uint64_t key = 0;
        size_t wl = 0;
        while (i < len) {
            unsigned char c = u[i];
            if (ascii_letter(c)) { /* a run of ASCII letters: eight bytes a step, the tail one by one */
                size_t r0 = i, r = 8;
                while (r == 8 && i + 8 <= len) {
                    uint64_t y;
                    r = letters8(u + i, &y);
                    if (wl < 8) {
                        size_t take = r < 8 - wl ? r : 8 - wl;
                        key |= (take == 8 ? y : y & ((1ull << (8 * take)) - 1)) << (8 * wl);
                    }
                    wl += r;
                    i += r;
                }
                for (; r == 8 && i < len && ascii_letter(u[i]); i++, wl++)
                    if (wl < 8) key |= (uint64_t)(u[i] | 32) << (8 * wl);
                ascii_letters += i - r0;
            } else if (c >= 0xC3 && foreign_letter(u + i, len - i)) {
                foreign++;
                do { /* the lead byte and its continuation bytes */
                    if (wl < 8) key |= (uint64_t)u[i] << (8 * wl);
                    wl++;
                    i++;
                } while (i < len && (u[i] & 0xC0) == 0x80);
            } else {
                break;
            }
        }
        words++;
        if (wl > 8) continue; /* no function word is that long */
        int k = lookup(e, key);
        en += k == 1;
        other += k == 2;
    }
    if (words < 30) return 0;
    if (en * 100 < words * 12) return 0;
    if (other * 100 > words * 2) return 0;
    if (foreign * 100 > ascii_letters + foreign) return 0;
    return 1;
}
