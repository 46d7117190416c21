/*
 * lang.h -- language identification, private to the cleaner: the cheap
 * English test (lang_en.c) that clean.c runs before cld2 (lang.cc,
 * kbc_lang_detect in kb_internal.h), and the window both look at.
 */
#ifndef KB_CLEAN_LANG_H
#define KB_CLEAN_LANG_H

#include <stddef.h>
#include <stdint.h>

/* Both tests look at the first KBC_LANG_WINDOW bytes of a text. */
#define KBC_LANG_WINDOW 2048

/* The function-word table of the English test: words of up to 8 bytes,
 * packed into 64-bit keys, in an open-addressing table. Built once by
 * kbc_english_init, then read-only (shared by threads). */
#define KBC_ENGLISH_SLOTS 512
typedef struct kbc_english {
    uint64_t key[KBC_ENGLISH_SLOTS]; /* 0 = empty */
    uint8_t kind[KBC_ENGLISH_SLOTS]; /* 1 English, 2 another language */
} kbc_english;

void kbc_english_init(kbc_english *e);

/* 1 if text (its first KBC_LANG_WINDOW bytes) is plainly English prose,
 * else 0: "not sure", for cld2 to decide. Never 1 for a text that is mostly
 * in another language. */
int kbc_lang_surely_english(const kbc_english *e, const char *text, size_t len);

#endif
