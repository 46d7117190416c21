/*
 * fuzz_text.c -- libFuzzer target for the text layer on arbitrary bytes.
 *
 * The input (first byte chooses keep_lines) goes through kbt_normalize,
 * then kbt_paragraphs, kbt_sentences and kbt_tokens. Asserts:
 *   - the normalised text is valid UTF-8 and NFC, has no control character
 *     but '\n', no leading/trailing/double space, no "\n\n\n", no space next
 *     to a newline (and no single '\n' unless keep_lines), no BOM/ZWSP;
 *   - normalising it again changes nothing and repairs nothing;
 *   - every span satisfies start < end <= len, spans are ordered and do not
 *     overlap, start and end fall on UTF-8 boundaries, and sentences lie
 *     inside paragraphs;
 *   - the splitters also survive the raw bytes (bounds and order only).
 * fuzz-max-len: 65536
 */
#include "kb_internal.h"
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_spans(const char *t, size_t len, const kb_span *s, size_t n, int utf8)
{
    uint32_t prev = 0;
    for (size_t i = 0; i < n; i++) {
        CHECK(s[i].start < s[i].end);
        CHECK(s[i].end <= len);
        CHECK(s[i].start >= prev);
        prev = s[i].end;
        if (utf8) {
            CHECK(((unsigned char)t[s[i].start] & 0xC0) != 0x80);
            CHECK(s[i].end == len || ((unsigned char)t[s[i].end] & 0xC0) != 0x80);
        }
    }
}

static void check_text(const char *t, size_t n, int keep_lines)
{
    CHECK(t[n] == '\0');
    if (!n) return;
    CHECK(t[0] != ' ' && t[0] != '\n' && t[n - 1] != ' ' && t[n - 1] != '\n');
    utf8proc_ssize_t i = 0;
    while ((size_t)i < n) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t l = utf8proc_iterate((const utf8proc_uint8_t *)t + i, (utf8proc_ssize_t)n - i, &cp);
        CHECK(l > 0);
        CHECK(cp >= 0x20 || cp == '\n');
        CHECK(cp != 0x7F && !(cp >= 0x80 && cp < 0xA0) && cp != 0xFEFF && cp != 0x200B && cp != 0xA0);
        if (cp == ' ') CHECK(t[i + 1] != ' ' && t[i + 1] != '\n');
        if (cp == '\n') {
            CHECK(t[i + 1] != ' ');
            if (t[i + 1] == '\n') CHECK(t[i + 2] != '\n');
            else if (i == 0 || t[i - 1] != '\n') CHECK(keep_lines);
        }
        i += l;
    }
    utf8proc_uint8_t *nfc = NULL;
    utf8proc_ssize_t rl = utf8proc_map((const utf8proc_uint8_t *)t, (utf8proc_ssize_t)n, &nfc,
                                       UTF8PROC_COMPOSE | UTF8PROC_STABLE);
    CHECK(rl == (utf8proc_ssize_t)n && memcmp(nfc, t, n) == 0);
    free(nfc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kb_arena *a = kb_arena_new(0);
    if (!a) return 0;
    int keep = size > 0 && (data[0] & 1);
    const char *in = (const char *)data;
    char *t;
    size_t n, rep;
    CHECK(kbt_normalize(a, in, size, keep, &t, &n, &rep) == KB_OK);
    check_text(t, n, keep);

    char *t2;
    size_t n2, rep2;
    CHECK(kbt_normalize(a, t, n, keep, &t2, &n2, &rep2) == KB_OK);
    CHECK(rep2 == 0 && n2 == n && memcmp(t, t2, n) == 0);

    kb_span *p, *s, *k;
    size_t np, ns, nk;
    CHECK(kbt_paragraphs(a, t, n, &p, &np) == KB_OK);
    check_spans(t, n, p, np, 1);
    CHECK(kbt_sentences(a, t, n, &s, &ns) == KB_OK);
    check_spans(t, n, s, ns, 1);
    CHECK(kbt_tokens(a, t, n, &k, &nk) == KB_OK);
    check_spans(t, n, k, nk, 1);
    /* sentences inside paragraphs */
    size_t pi = 0;
    for (size_t i = 0; i < ns; i++) {
        while (pi < np && p[pi].end < s[i].end) pi++;
        CHECK(pi < np && s[i].start >= p[pi].start && s[i].end <= p[pi].end);
    }
    /* the splitters on the raw bytes */
    CHECK(kbt_paragraphs(a, in, size, &p, &np) == KB_OK);
    check_spans(in, size, p, np, 0);
    CHECK(kbt_sentences(a, in, size, &s, &ns) == KB_OK);
    check_spans(in, size, s, ns, 0);
    CHECK(kbt_tokens(a, in, size, &k, &nk) == KB_OK);
    check_spans(in, size, k, nk, 0);
    size_t r2;
    char *rp = kbt_utf8_repair(a, in, size, &r2);
    CHECK(rp && r2 == rep);
    kb_arena_free(a);
    return 0;
}
