/*
 * fuzz_merge.c -- libFuzzer target for the merge signatures (src/merge/sign.c).
 *
 * The input is split at its first NUL byte into a text and a title (both raw
 * bytes, any encoding) and signed; then the second half of the text is signed
 * as another article. Asserts: signing is deterministic, the copy and story
 * scores lie in [0,1] and are symmetric, an article is a copy of itself and
 * the signature survives encode/decode unchanged.
 * fuzz-max-len: 65536
 */
#include "merge/merge.h"
#include <stdlib.h>
#include <string.h>
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static kbm_signer *g;
    if (!g && !(g = kbm_signer_new())) return 0;
    const char *text = (const char *)data;
    const uint8_t *nul = memchr(data, 0, size);
    size_t tlen = nul ? (size_t)(nul - data) : size;
    char *title = NULL;
    if (nul) {
        size_t n = size - tlen - 1;
        title = malloc(n + 1);
        if (!title) return 0;
        memcpy(title, nul + 1, n);
        title[n] = '\0';
    }
    kbm_sig a, a2, b, d;
    CHECK(kbm_sign(g, text, tlen, title, "2025-03-03", &a) == KB_OK);
    CHECK(kbm_sign(g, text, tlen, title, "2025-03-03", &a2) == KB_OK);
    CHECK(!memcmp(&a, &a2, sizeof a));
    CHECK(kbm_sign(g, text + tlen / 2, tlen - tlen / 2, NULL, NULL, &b) == KB_OK);
    double c1 = kbm_copy_score(&a, &b), c2 = kbm_copy_score(&b, &a);
    CHECK(c1 >= 0 && c1 <= 1 && c1 == c2);
    double s1 = kbm_story_score(&a, &a2), s2 = kbm_story_score(&b, &a);
    CHECK(s1 >= 0 && s1 <= 1.000001 && s2 == 0); /* b has no date, a has one */
    CHECK(kbm_copy_score(&a, &a2) == 1.0);
    unsigned char blob[KBM_SIG_BYTES];
    CHECK(kbm_sig_encode(&a, blob) == KBM_SIG_BYTES);
    CHECK(kbm_sig_decode(blob, sizeof blob, &d) == KB_OK);
    CHECK(!memcmp(a.mw, d.mw, sizeof a.mw) && !memcmp(a.ma, d.ma, sizeof a.ma));
    CHECK(a.chash == d.chash && a.n_terms == d.n_terms && !memcmp(a.term, d.term, sizeof a.term));
    free(title);
    return 0;
}
