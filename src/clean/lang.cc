/*
 * lang.cc -- language identification through cld2 (a C++ library), behind a
 * C function. The one C++ file of libkhabar. Text is capped at 2 KB
 * (KBC_LANG_WINDOW): the first 2 KB of an article (some 350 words) are
 * plenty to tell its language. clean.c asks the cheap English test of
 * lang_en.c first and calls this only for the texts it is not sure of.
 */
#include "clean/lang.h"
#include <cstddef>
#include <cstdio>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

extern "C" const char *kbc_lang_detect(const char *text, size_t len, int *is_reliable);

namespace CLD2 {
const char *LanguageCode(Language lang);
}

const char *kbc_lang_detect(const char *text, size_t len, int *is_reliable)
{
    if (len > KBC_LANG_WINDOW) {
        len = KBC_LANG_WINDOW;
        /* do not cut a UTF-8 sequence */
        while (len > 0 && (static_cast<unsigned char>(text[len]) & 0xC0) == 0x80) len--;
    }
    bool reliable = false;
    CLD2::Language lang = CLD2::DetectLanguage(text, static_cast<int>(len), true, &reliable);
    if (is_reliable) *is_reliable = reliable ? 1 : 0;
    if (lang == CLD2::UNKNOWN_LANGUAGE) return "und";
    const char *code = CLD2::LanguageCode(lang);
    return (code && *code) ? code : "und";
}
