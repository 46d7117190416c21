/*
 * abbrev.c -- what the sentence splitter and tokenizer know about words:
 * the character classes (ASCII table, utf8proc for the rest), the
 * abbreviations that may stand before a period, and the common words that
 * open a sentence (used after initialisms such as "U.S.").
 *
 * The abbreviation list is compiled in rather than read from lexicon/: the
 * splitter is a pure function with no error path for a missing file, it is
 * called from fuzzers and tests with no lexicon directory, and the list is
 * a closed set of English orthography that changes with code, not with
 * deployments. Written for this project from common news style.
 */
#include "text_int.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

int kbt_class(uint32_t cp)
{
    if (cp < 0x80) {
        if (cp >= 'a' && cp <= 'z') return KBT_C_LOWER;
        if (cp >= 'A' && cp <= 'Z') return KBT_C_UPPER;
        if (cp >= '0' && cp <= '9') return KBT_C_DIGIT;
        if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v')
            return KBT_C_SPACE;
        return KBT_C_OTHER;
    }
    if (cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
        cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0x85)
        return KBT_C_SPACE;
    if (cp == 0x200D || cp == 0x200C) return KBT_C_MARK;
    switch (utf8proc_category((utf8proc_int32_t)cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return KBT_C_UPPER;
    case UTF8PROC_CATEGORY_LL: return KBT_C_LOWER;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: return KBT_C_LETTER;
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO: return KBT_C_DIGIT;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME: return KBT_C_MARK;
    case UTF8PROC_CATEGORY_ZS: return KBT_C_SPACE;
    default: return KBT_C_OTHER;
    }
}

typedef struct {
    const char *w;
    int cls;
} abbrev;

/* Lower case, without the final period; initialisms keep inner periods. */
static const abbrev abbrevs[] = {
    /* titles and ranks: a name follows */
    {"mr", KBT_AB_TITLE}, {"mrs", KBT_AB_TITLE}, {"ms", KBT_AB_TITLE},
    {"messrs", KBT_AB_TITLE}, {"dr", KBT_AB_TITLE}, {"prof", KBT_AB_TITLE},
    {"gen", KBT_AB_TITLE}, {"lt", KBT_AB_TITLE}, {"col", KBT_AB_TITLE},
    {"maj", KBT_AB_TITLE}, {"capt", KBT_AB_TITLE}, {"cpt", KBT_AB_TITLE},
    {"sgt", KBT_AB_TITLE}, {"cpl", KBT_AB_TITLE}, {"pvt", KBT_AB_TITLE},
    {"adm", KBT_AB_TITLE}, {"cmdr", KBT_AB_TITLE}, {"cdr", KBT_AB_TITLE},
    {"brig", KBT_AB_TITLE}, {"lieut", KBT_AB_TITLE}, {"sen", KBT_AB_TITLE},
    {"sens", KBT_AB_TITLE}, {"rep", KBT_AB_TITLE}, {"reps", KBT_AB_TITLE},
    {"gov", KBT_AB_TITLE}, {"govs", KBT_AB_TITLE}, {"pres", KBT_AB_TITLE},
    {"supt", KBT_AB_TITLE}, {"insp", KBT_AB_TITLE}, {"det", KBT_AB_TITLE},
    {"rev", KBT_AB_TITLE}, {"revd", KBT_AB_TITLE}, {"hon", KBT_AB_TITLE},
    {"fr", KBT_AB_TITLE}, {"st", KBT_AB_TITLE}, {"ste", KBT_AB_TITLE},
    {"mt", KBT_AB_TITLE}, {"ft", KBT_AB_TITLE}, {"sr", KBT_AB_NAME},
    {"jr", KBT_AB_NAME}, {"amb", KBT_AB_TITLE}, {"atty", KBT_AB_TITLE},
    {"gens", KBT_AB_TITLE}, {"mme", KBT_AB_TITLE}, {"mlle", KBT_AB_TITLE},
    {"sra", KBT_AB_TITLE}, {"sgts", KBT_AB_TITLE}, {"pfc", KBT_AB_TITLE},
    {"ave", KBT_AB_MAYEND}, {"blvd", KBT_AB_MAYEND}, {"rd", KBT_AB_MAYEND},
    /* before a number */
    {"no", KBT_AB_NUMBER}, {"nos", KBT_AB_NUMBER}, {"fig", KBT_AB_NUMBER},
    {"figs", KBT_AB_NUMBER}, {"art", KBT_AB_NUMBER}, {"arts", KBT_AB_NUMBER},
    {"vol", KBT_AB_NUMBER}, {"vols", KBT_AB_NUMBER}, {"p", KBT_AB_NUMBER},
    {"pp", KBT_AB_NUMBER}, {"para", KBT_AB_NUMBER}, {"sec", KBT_AB_NUMBER},
    {"ch", KBT_AB_NUMBER}, {"chap", KBT_AB_NUMBER}, {"ed", KBT_AB_NUMBER},
    {"eds", KBT_AB_NUMBER}, {"op", KBT_AB_NUMBER}, {"tel", KBT_AB_NUMBER},
    {"res", KBT_AB_NUMBER}, {"pt", KBT_AB_NUMBER}, {"pts", KBT_AB_NUMBER},
    {"rs", KBT_AB_NUMBER}, {"km", KBT_AB_NUMBER}, {"ref", KBT_AB_NUMBER},
    /* months (May is a word) */
    {"jan", KBT_AB_MONTH}, {"feb", KBT_AB_MONTH}, {"mar", KBT_AB_MONTH},
    {"apr", KBT_AB_MONTH}, {"jun", KBT_AB_MONTH}, {"jul", KBT_AB_MONTH},
    {"aug", KBT_AB_MONTH}, {"sep", KBT_AB_MONTH}, {"sept", KBT_AB_MONTH},
    {"oct", KBT_AB_MONTH}, {"nov", KBT_AB_MONTH}, {"dec", KBT_AB_MONTH},
    /* may end a sentence (KBT_AB_NAME: only before a word that opens sentences) */
    {"etc", KBT_AB_MAYEND}, {"inc", KBT_AB_NAME}, {"corp", KBT_AB_NAME},
    {"co", KBT_AB_NAME}, {"ltd", KBT_AB_NAME}, {"plc", KBT_AB_NAME},
    {"llc", KBT_AB_NAME}, {"bros", KBT_AB_NAME}, {"dept", KBT_AB_MAYEND},
    {"univ", KBT_AB_MAYEND}, {"assn", KBT_AB_MAYEND}, {"est", KBT_AB_MAYEND},
    {"al", KBT_AB_MAYEND}, {"esq", KBT_AB_MAYEND}, {"min", KBT_AB_MAYEND},
    {"max", KBT_AB_MAYEND}, {"hrs", KBT_AB_MAYEND}, {"yrs", KBT_AB_MAYEND},
    /* never at the end */
    {"vs", KBT_AB_NEVER}, {"v", KBT_AB_NEVER}, {"cf", KBT_AB_NEVER},
    {"approx", KBT_AB_NEVER}, {"ca", KBT_AB_NEVER}, {"viz", KBT_AB_NEVER},
    {"e.g", KBT_AB_NEVER}, {"i.e", KBT_AB_NEVER}, {"eg", KBT_AB_NEVER},
    {"ie", KBT_AB_NEVER}, {"incl", KBT_AB_NEVER}, {"esp", KBT_AB_NEVER},
    {"resp", KBT_AB_NEVER}, {"gov't", KBT_AB_NEVER},
};

/* The table is grouped by class for reading; lookups go through an index of it
 * in string order, built once, and a binary search (the splitter asks about
 * every word before a period). */
#define N_ABBREVS (sizeof abbrevs / sizeof *abbrevs)
_Static_assert(N_ABBREVS <= 256, "abbrev_order holds uint8_t indexes");
#define ABBREV_BUF 16 /* longer words are no abbreviation */
static uint8_t abbrev_order[N_ABBREVS];
static size_t abbrev_max; /* the longest entry */
static pthread_once_t abbrev_once = PTHREAD_ONCE_INIT;

static int abbrev_cmp(const void *a, const void *b)
{
    return strcmp(abbrevs[*(const uint8_t *)a].w, abbrevs[*(const uint8_t *)b].w);
}

static void abbrev_init(void)
{
    for (size_t k = 0; k < N_ABBREVS; k++) {
        abbrev_order[k] = (uint8_t)k;
        size_t l = strlen(abbrevs[k].w);
        if (l > abbrev_max) abbrev_max = l < ABBREV_BUF ? l : ABBREV_BUF - 1;
    }
    qsort(abbrev_order, N_ABBREVS, 1, abbrev_cmp);
}

int kbt_abbrev_class(const char *w, size_t n)
{
    char low[ABBREV_BUF];
    pthread_once(&abbrev_once, abbrev_init);
    if (n == 0 || n > abbrev_max) return KBT_AB_NONE;
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        low[i] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    low[n] = '\0';
    size_t lo = 0, hi = N_ABBREVS;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const abbrev *a = &abbrevs[abbrev_order[mid]];
        int r = strcmp(low, a->w);
        if (r == 0) {
            /* titles are capitalised: "10 ft." and "30 ms." may end a sentence */
            if (a->cls == KBT_AB_TITLE && w[0] >= 'a' && w[0] <= 'z') return KBT_AB_NONE;
            return a->cls;
        }
        if (r < 0) hi = mid;
        else lo = mid + 1;
    }
    return KBT_AB_NONE;
}

/* Words that commonly open a sentence in news prose. After "U.S." or
 * "a.m." one of these is taken as the start of a new sentence. */
static const char *const starters[] = {
    "A", "About", "According", "After", "Again", "All", "Also", "Although", "An",
    "And", "Another", "Any", "As", "At", "Authorities", "Because", "Before", "Both",
    "But", "By", "Critics", "During", "Earlier", "Each", "Even", "Every", "Few",
    "For", "From", "He", "Her", "Here", "His", "How", "However", "I", "If", "In",
    "Instead", "It", "Its", "Last", "Later", "Many", "Meanwhile", "More", "Most",
    "Mr", "Mrs", "Ms", "My", "Neither", "No", "Nor", "Not", "Now", "Officials",
    "On", "One", "Only", "Or", "Other", "Others", "Our", "Over", "Police", "She",
    "Since", "So", "Some", "Still", "Such", "That", "The", "Their", "Then", "There",
    "These", "They", "This", "Those", "Though", "Thus", "To", "Today", "Under",
    "Until", "We", "What", "When", "Where", "Whether", "While", "Who", "Why", "With",
    "Yesterday", "Yet", "You",
};

int kbt_is_starter(const char *w, size_t n)
{
    for (size_t k = 0; k < sizeof starters / sizeof *starters; k++)
        if (strlen(starters[k]) == n && !memcmp(starters[k], w, n)) return 1;
    return 0;
}
