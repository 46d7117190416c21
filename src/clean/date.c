/*
 * date.c -- publication dates in the forms news pages write them.
 *
 * kbc_date_parse() reads one date at the start of a string and normalises it
 * to "YYYY-MM-DD"; kbc_date_from_url() finds a full date in a URL path. Both
 * are used by the plain-text cleaner (datelines) and the HTML cleaner (meta
 * tags, <time>, bylines), and by clean.c for container dates.
 *
 * Accepted (leading spaces and an optional weekday "Tuesday," / "Tue," first):
 *   ISO        2025-10-12, 2025/10/12, 2025.10.12, 2025-10-12T08:00:00+05:00
 *   day-month  12 October 2025, 12th Oct. 2025, 02 Jan 2024 12:17:00 GMT
 *   month-day  October 12, 2025, Oct. 12 2025, Sept 5th, 2025
 *   numeric    25/10/2025 or 10/25/2025 (day/month order only when it is
 *              unambiguous, both fields agree, or a leading weekday fits one
 *              order only: "Wednesday, 3/6/2026" is 3 June), 25.10.2025, 25-10-2025
 * A following time of day ("12:17", "8:03 am", "12:17:00 GMT", "+0000") is
 * consumed too, so callers can skip a whole dateline. Compact 20251012 is
 * only taken from URLs. Every date is validated: year 1900-2100, month 1-12,
 * the day must exist in that month (leap years included).
 */
#include "kb_internal.h"
#include <stdlib.h>
#include <time.h>
#include <string.h>
#include <strings.h>

static int is_digit(int c) { return c >= '0' && c <= '9'; }
static int is_alpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

static int days_in(int y, int m)
{
    static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return dm[m - 1];
}

static int valid(int y, int m, int d)
{
    return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= days_in(y, m);
}

/* The weekday of a day counted from 1970-01-01 (a Thursday): 0 Monday .. 6 Sunday. */
static int weekday_of_days(long days) { return kbu_iso_weekday(days) - 1; }

static int weekday_of(int y, int m, int d) { return weekday_of_days(kbu_days_from_civil(y, m, d)); }

/* The square of the days back from weekday day to the latest weekday w on or before it: a
 * report's weekdays lie a day or two before its date, rarely six, so one weekday a week back
 * weighs more than several a day back. */
static int back_sq(int day, int w)
{
    int b = (day - w + 7) % 7;
    return b * b;
}

static void put(char out[11], int y, int m, int d)
{
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
}

/* Read exactly 1..maxd digits at s[*i]; -1 if none. Fails if more digits follow. */
static int num(const char *s, size_t len, size_t *i, int mind, int maxd)
{
    size_t j = *i;
    int v = 0, n = 0;
    while (j < len && is_digit((unsigned char)s[j]) && n <= maxd) {
        v = v * 10 + (s[j] - '0');
        j++;
        n++;
    }
    if (n < mind || n > maxd) return -1;
    *i = j;
    return v;
}

/* The word at s[j] in lower case into w[cap] (with utf8, bytes of other scripts' letters too):
 * its length, or cap if it does not fit. */
static size_t lower_word(const char *s, size_t len, size_t j, char *w, size_t cap, int utf8)
{
    size_t n = 0;
    while (j + n < len && (is_alpha((unsigned char)s[j + n]) || (utf8 && (unsigned char)s[j + n] >= 0x80))) {
        if (n >= cap - 1) return cap;
        w[n] = (char)lower((unsigned char)s[j + n]);
        n++;
    }
    w[n] = '\0';
    return n;
}

/* English month names and their usual abbreviations ("Sept", "Sep", "Sep."). */
static int month_word(const char *s, size_t len, size_t *i)
{
    static const char *names[12] = {"january", "february", "march",     "april",
                                    "may",     "june",     "july",      "august",
                                    "september", "october", "november", "december"};
    size_t j = *i;
    char w[16];
    size_t n = lower_word(s, len, j, w, sizeof w, 0);
    if (n == sizeof w || n < 3) return 0;
    w[n] = '\0';
    static const unsigned char lens[12] = {7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};
    for (int m = 0; m < 12; m++) {
        size_t nl = lens[m];
        int ok = 0;
        if (n == nl && !memcmp(w, names[m], n)) ok = 1;
        else if (n == 3 && !memcmp(w, names[m], 3)) ok = 1;
        else if (m == 8 && n == 4 && !memcmp(w, "sept", 4)) ok = 1;
        if (ok) {
            j += n;
            if (j < len && s[j] == '.') j++;
            *i = j;
            return m + 1;
        }
    }
    return 0;
}

/* A month named in another language a page's furniture may use ("Objavljeno: 16. septembra
 * 2026.", "16 de septiembre de 2026", "16. März 2026"): French, Spanish, Portuguese, Italian,
 * German, Bosnian/Croatian/Serbian, Turkish, Indonesian, Dutch, Swedish, Estonian, Polish,
 * Finnish, Russian, Thai, Ukrainian, Armenian, Romanian, Czech, Bulgarian, Fijian, Samoan, Sesotho,
 * Hungarian, Arabic, Swahili, Azerbaijani, Uzbek and Tajik, lower case as they are written inside a
 * date. Only between a day and a four-digit year (kbc_date_parse), where no English word stands. */
static int foreign_month(const char *s, size_t len, size_t *i)
{
    static const struct {
        const char *w;
        unsigned char m;
    } NAMES[] = {
        {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6},
        {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
        {"décembre", 12}, {"decembre", 12}, /* French */
        {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7},
        {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11},
        {"diciembre", 12}, /* Spanish */
        {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"marco", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7},
        {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12}, /* Portuguese */
        {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6}, {"luglio", 7},
        {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12}, /* Italian */
        {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"maerz", 3}, {"juni", 6}, {"juli", 7},
        {"oktober", 10}, {"dezember", 12}, /* German */
        {"januara", 1}, {"februara", 2}, {"mart", 3}, {"marta", 3}, {"aprila", 4}, {"maj", 5}, {"maja", 5},
        {"jun", 6}, {"juna", 6}, {"jul", 7}, {"jula", 7}, {"avgust", 8}, {"avgusta", 8}, {"augusta", 8},
        {"septembar", 9}, {"septembra", 9}, {"oktobar", 10}, {"oktobra", 10}, {"novembar", 11},
        {"novembra", 11}, {"decembar", 12}, {"decembra", 12}, {"siječnja", 1}, {"veljače", 2},
        {"ožujka", 3}, {"travnja", 4}, {"svibnja", 5}, {"lipnja", 6}, {"srpnja", 7}, {"kolovoza", 8},
        {"rujna", 9}, {"listopada", 10}, {"studenoga", 11}, {"studenog", 11}, {"prosinca", 12}, /* BCS */
        {"ocak", 1}, {"şubat", 2}, {"nisan", 4}, {"mayıs", 5}, {"haziran", 6}, {"temmuz", 7},
        {"ağustos", 8}, {"eylül", 9}, {"ekim", 10}, {"kasım", 11}, {"aralık", 12}, /* Turkish */
        {"januari", 1}, {"februari", 2}, {"maret", 3}, {"mei", 5}, {"agustus", 8}, {"desember", 12}, /* Indonesian */
        {"maart", 3}, {"augustus", 8}, /* Dutch (the rest as German or Indonesian) */
        {"augusti", 8}, /* Swedish (the rest as German, French or Indonesian) */
        {"jaanuar", 1}, {"veebruar", 2}, {"märts", 3}, {"aprill", 4}, {"juuni", 6}, {"juuli", 7},
        {"oktoober", 10}, {"detsember", 12}, /* Estonian */
        {"stycznia", 1}, {"lutego", 2}, {"marca", 3}, {"kwietnia", 4}, {"czerwca", 6}, {"lipca", 7},
        {"sierpnia", 8}, {"września", 9}, {"października", 10}, {"grudnia", 12}, /* Polish */
        {"tammikuuta", 1}, {"helmikuuta", 2}, {"maaliskuuta", 3}, {"huhtikuuta", 4}, {"toukokuuta", 5},
        {"kesäkuuta", 6}, {"heinäkuuta", 7}, {"elokuuta", 8}, {"syyskuuta", 9}, {"lokakuuta", 10},
        {"marraskuuta", 11}, {"joulukuuta", 12}, /* Finnish */
        {"января", 1}, {"февраля", 2}, {"марта", 3}, {"апреля", 4}, {"мая", 5}, {"июня", 6}, {"июля", 7},
        {"августа", 8}, {"сентября", 9}, {"октября", 10}, {"ноября", 11}, {"декабря", 12}, /* Russian */
        {"มกราคม", 1}, {"กุมภาพันธ์", 2}, {"มีนาคม", 3}, {"เมษายน", 4}, {"พฤษภาคม", 5}, {"มิถุนายน", 6},
        {"กรกฎาคม", 7}, {"สิงหาคม", 8}, {"กันยายน", 9}, {"ตุลาคม", 10}, {"พฤศจิกายน", 11},
        {"ธันวาคม", 12}, /* Thai (its year the Buddhist era's: kbc_date_parse) */
        {"січня", 1}, {"лютого", 2}, {"березня", 3}, {"квітня", 4}, {"травня", 5}, {"червня", 6},
        {"липня", 7}, {"серпня", 8}, {"вересня", 9}, {"жовтня", 10}, {"листопада", 11},
        {"грудня", 12}, /* Ukrainian */
        {"հունվարի", 1}, {"փետրվարի", 2}, {"մարտի", 3}, {"ապրիլի", 4}, {"մայիսի", 5}, {"հունիսի", 6},
        {"հուլիսի", 7}, {"օգոստոսի", 8}, {"սեպտեմբերի", 9}, {"հոկտեմբերի", 10}, {"նոյեմբերի", 11},
        {"դեկտեմբերի", 12}, /* Armenian */
        {"ianuarie", 1}, {"februarie", 2}, {"martie", 3}, {"aprilie", 4}, {"iunie", 6}, {"iulie", 7},
        {"septembrie", 9}, {"octombrie", 10}, {"noiembrie", 11}, {"decembrie", 12}, /* Romanian */
        {"ledna", 1}, {"února", 2}, {"března", 3}, {"dubna", 4}, {"května", 5}, {"června", 6},
        {"července", 7}, {"srpna", 8}, {"září", 9}, {"října", 10}, {"listopadu", 11}, {"prosince", 12}, /* Czech */
        {"януари", 1}, {"февруари", 2}, {"март", 3}, {"април", 4}, {"май", 5}, {"юни", 6}, {"юли", 7},
        {"август", 8}, {"септември", 9}, {"октомври", 10}, {"ноември", 11}, {"декември", 12}, /* Bulgarian */
        {"janueri", 1}, {"feperueri", 2}, {"maji", 3}, {"epereli", 4}, {"jiune", 6}, {"jiulai", 7},
        {"okosita", 8}, {"seviteba", 9}, {"okotova", 10}, {"noveba", 11}, {"tiseba", 12}, /* Fijian */
        {"ianuari", 1}, {"fepuari", 2}, {"aperila", 4}, {"iuni", 6}, {"iulai", 7}, {"aokuso", 8},
        {"setema", 9}, {"oketopa", 10}, {"novema", 11}, {"tesema", 12}, /* Samoan */
        {"pherekhong", 1}, {"hlakola", 2}, {"hlakubele", 3}, {"mmesa", 4}, {"motsheanong", 5},
        {"phupjane", 6}, {"phupu", 7}, {"phato", 8}, {"loetse", 9}, {"mphalane", 10}, {"pulungoana", 11},
        {"tshitoe", 12}, /* Sesotho (Lesotho) */
        {"január", 1}, {"február", 2}, {"március", 3}, {"április", 4}, {"május", 5}, {"június", 6},
        {"július", 7}, {"augusztus", 8}, {"szeptember", 9}, {"október", 10}, /* Hungarian (year first) */
        {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"أبريل", 4}, {"ابريل", 4}, {"مايو", 5}, {"يونيو", 6},
        {"يوليو", 7}, {"أغسطس", 8}, {"اغسطس", 8}, {"سبتمبر", 9}, {"أكتوبر", 10}, {"اكتوبر", 10},
        {"نوفمبر", 11}, {"ديسمبر", 12}, /* Arabic (Egypt, the Gulf, the Maghreb) */
        {"شباط", 2}, {"آذار", 3}, {"نيسان", 4}, {"أيار", 5}, {"حزيران", 6}, {"تموز", 7}, {"آب", 8},
        {"أيلول", 9}, /* Arabic (the Levant, Iraq; its two-word months left out) */
        {"sibat", 2}, {"sibatê", 2}, {"adar", 3}, {"adarê", 3}, {"nîsan", 4}, {"nîsanê", 4}, {"gulan", 5},
        {"gulanê", 5}, {"hezîran", 6}, {"hezîranê", 6}, {"tîrmeh", 7}, {"tîrmehê", 7}, {"tebax", 8},
        {"tebaxê", 8}, {"îlon", 9}, {"îlonê", 9}, {"cotmeh", 10}, {"cotmehê", 10}, {"mijdar", 11},
        {"mijdarê", 11}, /* Kurmanji, bare and with the ezafe "ê" ("19ê Adarê"; its two-word months left out) */
        {"machi", 3}, {"aprili", 4}, {"julai", 7}, {"agosti", 8}, {"septemba", 9}, {"oktoba", 10},
        {"novemba", 11}, {"desemba", 12}, /* Swahili, day first ("17 Septemba 2026"; the rest as Indonesian) */
        {"yanvar", 1}, {"fevral", 2}, {"aprel", 4}, {"iyun", 6}, {"iyul", 7}, {"avqust", 8},
        {"sentyabr", 9}, {"oktyabr", 10}, {"noyabr", 11}, {"dekabr", 12}, /* Azerbaijani */
        {"sentabr", 9}, {"oktabr", 10}, /* Uzbek (the rest as Azerbaijani, "avgust" as BCS) */
        {"январ", 1}, {"феврал", 2}, {"апрел", 4}, {"июн", 6}, {"июл", 7}, {"сентябр", 9}, {"октябр", 10},
        {"ноябр", 11}, {"декабр", 12}, {"январи", 1}, {"феврали", 2}, {"марти", 3}, {"апрели", 4},
        {"майи", 5}, {"июни", 6}, {"июли", 7}, {"августи", 8}, {"сентябри", 9}, {"октябри", 10},
        {"ноябри", 11}, {"декабри", 12}, /* Tajik, bare and with the ezafe "и" ("10 июни 2026") */
    };
    size_t j = *i;
    char w[40];
    size_t n = lower_word(s, len, j, w, sizeof w, 1);
    if (n == sizeof w) return 0;
    for (size_t k = 0; n >= 3 && k < sizeof NAMES / sizeof *NAMES; k++)
        if (!strcmp(w, NAMES[k].w)) {
            j += n;
            if (j < len && s[j] == '.') j++;
            *i = j;
            return NAMES[k].m;
        }
    return 0;
}

static void skip_sp(const char *s, size_t len, size_t *i);

/* "de ", "do ", "del " between a day, a month and a year ("16 de septiembre de 2026") */
static void skip_de(const char *s, size_t len, size_t *k)
{
    size_t j = *k;
    if (j + 3 < len && s[j] == 'd' && (s[j + 1] == 'e' || s[j + 1] == 'o') && s[j + 2] == ' ') j += 3;
    else if (j + 4 < len && !memcmp(s + j, "del ", 4)) j += 4;
    else return;
    skip_sp(s, len, &j);
    *k = j;
}

static int weekday_word(const char *s, size_t len, size_t *i)
{
    static const char *names[7] = {"monday", "tuesday", "wednesday", "thursday",
                                   "friday", "saturday", "sunday"};
    size_t j = *i;
    char w[32];
    size_t n = lower_word(s, len, j, w, sizeof w, 1);
    if (n == sizeof w || n < 3) return 0;
    /* (Russian, as a page's furniture writes it: "Вторник, 3 ноября 2026"; lower_word leaves
     * Cyrillic capitals, so both forms) */
    if ((unsigned char)w[0] == 0xD0 || (unsigned char)w[0] == 0xD1) {
        static const char *const RU[14] = {"понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
                                           "воскресенье", "Понедельник", "Вторник", "Среда", "Четверг",
                                           "Пятница", "Суббота", "Воскресенье"};
        for (int k = 0; k < 14; k++)
            if (!strcmp(w, RU[k])) {
                *i = j + n;
                return 1 + k % 7;
            }
        return 0;
    }
    static const unsigned char lens[7] = {6, 7, 9, 8, 6, 8, 6};
    for (int k = 0; k < 7; k++) {
        size_t nl = lens[k];
        if ((n == nl && !memcmp(w, names[k], n)) || (n == 3 && !memcmp(w, names[k], 3)) ||
            (n == 4 && !memcmp(w, names[k], 4) && (k == 1 || k == 3))) { /* Tues, Thur */
            *i = j + n;
            return 1 + k;
        }
    }
    if (n == 5 && !memcmp(w, "thurs", 5)) {
        *i = j + n;
        return 4;
    }
    /* (a page's furniture in another language: "Publicado: lunes 05/10/2026", "Mis à jour le
     * mardi 3/2/2026", "Montag, 5.10.2026") */
    if (!strchr("lmjvsdf", w[0])) return 0; /* (the first letters of the names below) */
    static const struct { const char *w; int d; } other[] = {
        {"lunes", 1}, {"martes", 2}, {"miércoles", 3}, {"miercoles", 3}, {"jueves", 4}, {"viernes", 5},
        {"sábado", 6}, {"sabado", 6}, {"domingo", 7}, /* Spanish */
        {"lundi", 1}, {"mardi", 2}, {"mercredi", 3}, {"jeudi", 4}, {"vendredi", 5}, {"samedi", 6},
        {"dimanche", 7}, /* French */
        {"montag", 1}, {"dienstag", 2}, {"mittwoch", 3}, {"donnerstag", 4}, {"freitag", 5}, {"samstag", 6},
        {"sonntag", 7}, /* German */
        {"lunedì", 1}, {"martedì", 2}, {"mercoledì", 3}, {"giovedì", 4}, {"venerdì", 5}, {"sabato", 6},
        {"domenica", 7}}; /* Italian */
    for (size_t k = 0; k < sizeof other / sizeof *other; k++)
        if (other[k].w[0] == w[0] && !strncmp(other[k].w, w, n) && !other[k].w[n]) {
            *i = j + n;
            return other[k].d;
        }
    return 0;
}

static void skip_sp(const char *s, size_t len, size_t *i)
{
    while (*i < len && (s[*i] == ' ' || s[*i] == '\t')) (*i)++;
}

/* Ordinal suffix after a day number: 1st 2nd 3rd 12th. */
static void skip_ordinal(const char *s, size_t len, size_t *i)
{
    size_t j = *i;
    if (j + 1 < len) {
        char a = (char)lower((unsigned char)s[j]), b = (char)lower((unsigned char)s[j + 1]);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
            (a == 't' && b == 'h')) {
            if (j + 2 >= len || !is_alpha((unsigned char)s[j + 2])) *i = j + 2;
        }
        /* Kurmanji's "ê" after the day: "19ê Adarê 2026" */
        if ((unsigned char)s[j] == 0xC3 && (unsigned char)s[j + 1] == 0xAA && (j + 2 >= len || s[j + 2] == ' '))
            *i = j + 2;
    }
}

/* The end of a date must not run into more digits or letters. */
static int at_boundary(const char *s, size_t len, size_t i)
{
    return i >= len || !(is_digit((unsigned char)s[i]) || is_alpha((unsigned char)s[i]));
}

/* Optional time of day (and zone) after a date; returns the new position. */
static size_t skip_time(const char *s, size_t len, size_t i)
{
    size_t j = i;
    if (j < len && (s[j] == 'T' || s[j] == 't')) j++;
    else {
        if (j < len && s[j] == ',') j++;
        skip_sp(s, len, &j);
        if (j + 2 < len && (s[j] == 'a' || s[j] == 'A') && s[j + 1] == 't' && s[j + 2] == ' ') {
            j += 3; /* "12 October 2025 at 10:15" */
            skip_sp(s, len, &j);
        }
        if (j < len && s[j] == '|') { /* "12 Oct 2025 | 10:15" */
            j++;
            skip_sp(s, len, &j);
        }
    }
    size_t k = j;
    int h = num(s, len, &k, 1, 2);
    if (h < 0 || h > 23 || k >= len || s[k] != ':') return i;
    k++;
    int mi = num(s, len, &k, 2, 2);
    if (mi < 0 || mi > 59) return i;
    if (k < len && s[k] == ':') {
        size_t k2 = k + 1;
        int sec = num(s, len, &k2, 2, 2);
        if (sec >= 0 && sec <= 60) {
            k = k2;
            if (k + 1 < len && (s[k] == '.' || s[k] == ',') && is_digit((unsigned char)s[k + 1])) {
                k++;
                while (k < len && is_digit((unsigned char)s[k])) k++;
            }
        }
    }
    size_t end = k;
    /* zone: Z, +05:00, +0500, " GMT", " UTC+5", " am ET" */
    if (k < len && (s[k] == 'Z' || s[k] == 'z') && at_boundary(s, len, k + 1)) return k + 1;
    size_t z = k;
    skip_sp(s, len, &z);
    if (z + 1 < len && (lower((unsigned char)s[z]) == 'a' || lower((unsigned char)s[z]) == 'p')) {
        size_t z2 = z + 1;
        if (z2 < len && s[z2] == '.') z2++;
        if (z2 < len && lower((unsigned char)s[z2]) == 'm') {
            z2++;
            if (z2 < len && s[z2] == '.') z2++;
            if (at_boundary(s, len, z2)) {
                end = k = z2;
                z = k;
                skip_sp(s, len, &z);
            }
        }
    }
    if (z < len && (s[z] == '+' || s[z] == '-')) {
        size_t z2 = z + 1;
        int hh = num(s, len, &z2, 2, 4);
        if (hh >= 0) {
            if (z2 < len && s[z2] == ':') {
                size_t z3 = z2 + 1;
                if (num(s, len, &z3, 2, 2) >= 0) z2 = z3;
            }
            return z2;
        }
    }
    /* An upper-case zone abbreviation: GMT, UTC, ET, EST, PKT, IST... */
    size_t n = 0;
    while (z + n < len && s[z + n] >= 'A' && s[z + n] <= 'Z') n++;
    if (z > k && n >= 2 && n <= 5 && at_boundary(s, len, z + n)) {
        end = z + n;
        if (end < len && (s[end] == '+' || s[end] == '-')) { /* UTC+5 */
            size_t z2 = end + 1;
            if (num(s, len, &z2, 1, 4) >= 0) end = z2;
        }
    }
    return end;
}

/* "October 12", "Oct. 12th": the month (0 if none) and *d, *i moved past them */
static int month_then_day(const char *s, size_t len, size_t *i, int *d)
{
    size_t j = *i;
    int m = month_word(s, len, &j);
    if (!m) return 0;
    skip_sp(s, len, &j);
    size_t ds = j;
    *d = num(s, len, &j, 1, 2);
    if (*d < 0 || j == ds) return 0;
    skip_ordinal(s, len, &j);
    *i = j;
    return m;
}

/* A Filipino (Tagalog) or Swahili page's date, month first as in English ("Miyerkules, Oktubre
 * 7, 2026", "Jumanne, Juni 2, 2026"): its weekday (1 Monday .. 7 Sunday, 0 none; Sesotho's too,
 * before a day first, "Laboraro, 26 Phato 2026") and its month with the day after it. */
static int month_first_weekday(const char *s, size_t len, size_t *i)
{
    static const char *const WD[21] = {"lunes",     "martes",   "miyerkules", "huwebes",  "biyernes",  "sabado",
                                       "linggo",    "jumatatu", "jumanne",    "jumatano", "alhamisi",  "ijumaa",
                                       "jumamosi",  "jumapili", "mantaha",    "labobeli", "laboraro",  "labone",
                                       "labohlano", "moqebelo", "sontaha"};
    /* (most lines open with none of their capitals: one byte says so) */
    if (*i + 5 > len || !strchr("LMHBSJAI", s[*i])) return 0;
    char w[16];
    size_t n = lower_word(s, len, *i, w, sizeof w, 0);
    if (n == sizeof w || n < 5) return 0;
    for (int k = 0; k < 21; k++)
        if (!strcmp(w, WD[k])) {
            *i += n;
            return k % 7 + 1;
        }
    return 0;
}

static int month_first_day(const char *s, size_t len, size_t *i, int *d)
{
    static const char *const MO[24] = {"enero",   "pebrero",  "marso",   "abril",    "mayo",      "hunyo",
                                       "hulyo",   "agosto",   "setyembre", "oktubre", "nobyembre", "disyembre",
                                       "januari", "februari", "machi",   "aprili",   "mei",       "juni",
                                       "julai",   "agosti",   "septemba", "oktoba",  "novemba",   "desemba"};
    if (*i + 3 > len || !strchr("EPMAHSONDJF", s[*i])) return 0;
    char w[16];
    size_t j = *i, n = lower_word(s, len, j, w, sizeof w, 0);
    if (n == sizeof w || n < 3) return 0;
    int m = 0;
    for (int k = 0; k < 24 && !m; k++)
        if (!strcmp(w, MO[k])) m = k % 12 + 1;
    if (!m) return 0;
    j += n;
    skip_sp(s, len, &j);
    size_t ds = j;
    *d = num(s, len, &j, 1, 2);
    if (*d < 0 || j == ds) return 0;
    *i = j;
    return m;
}

/* A Devanagari (U+0966..) or Bengali (U+09E6..) digit: 0..9 (3 bytes), or -1. (Only lines
 * opening in those scripts come here: kbc_date_parse.) */
static int native_digit(const unsigned char *s, size_t len)
{
    if (len >= 3 && s[0] == 0xE0 && (s[1] == 0xA5 || s[1] == 0xA7) && s[2] >= 0xA6 && s[2] <= 0xAF)
        return s[2] - 0xA6;
    return -1;
}

/* A page's date in Bengali or Hindi ("মঙ্গলবার, ১০ নভেম্বর ২০২৬ | ২৫ কার্তিক ১৪৩৩", "मंगलवार, 10
 * नवंबर 2026"): its weekday, digits and Gregorian month written in English, into buf (map[k] the
 * byte of s that buf's byte k came from), so that the English reader reads it. Only the first
 * words of a line, and only when one of them is a month name of the lists. */
static size_t native_date(const char *s, size_t len, char out[11])
{
    static const struct {
        const char *w;
        const char *en;
    } WORDS[] = {
        {"জানুয়ারি", "January"}, {"জানুয়ারী", "January"}, {"জানুয়ারি", "January"}, {"ফেব্রুয়ারি", "February"},
        {"ফেব্রুয়ারী", "February"}, {"ফেব্রুয়ারি", "February"}, {"মার্চ", "March"}, {"এপ্রিল", "April"},
        {"মে", "May"}, {"জুন", "June"}, {"জুলাই", "July"}, {"আগস্ট", "August"}, {"সেপ্টেম্বর", "September"},
        {"অক্টোবর", "October"}, {"নভেম্বর", "November"}, {"ডিসেম্বর", "December"}, /* Bengali */
        {"जनवरी", "January"}, {"फ़रवरी", "February"}, {"फरवरी", "February"}, {"मार्च", "March"},
        {"अप्रैल", "April"}, {"मई", "May"}, {"जून", "June"}, {"जुलाई", "July"}, {"अगस्त", "August"},
        {"सितंबर", "September"}, {"सितम्बर", "September"}, {"अक्टूबर", "October"}, {"अक्तूबर", "October"},
        {"नवंबर", "November"}, {"नवम्बर", "November"}, {"दिसंबर", "December"}, {"दिसम्बर", "December"}, /* Hindi */
        {"সোমবার", "Monday"}, {"মঙ্গলবার", "Tuesday"}, {"বুধবার", "Wednesday"}, {"বৃহস্পতিবার", "Thursday"},
        {"শুক্রবার", "Friday"}, {"শনিবার", "Saturday"}, {"রবিবার", "Sunday"},
        {"सोमवार", "Monday"}, {"मंगलवार", "Tuesday"}, {"बुधवार", "Wednesday"}, {"गुरुवार", "Thursday"},
        {"शुक्रवार", "Friday"}, {"शनिवार", "Saturday"}, {"रविवार", "Sunday"},
    };
    char buf[96];
    uint16_t map[97];
    size_t i = 0, k = 0;
    int months = 0;
    while (i < len && k + 12 < sizeof buf) {
        const unsigned char *u = (const unsigned char *)s + i;
        int dg = native_digit(u, len - i);
        if (dg >= 0) {
            map[k] = (uint16_t)i;
            buf[k++] = (char)('0' + dg);
            i += 3;
            continue;
        }
        if (u[0] < 0x80) {
            map[k] = (uint16_t)i;
            buf[k++] = s[i++];
            continue;
        }
        size_t w = 0;
        for (size_t q = 0; q < sizeof WORDS / sizeof *WORDS; q++) {
            size_t wl = strlen(WORDS[q].w);
            if (wl <= len - i && !memcmp(s + i, WORDS[q].w, wl) &&
                (i + wl >= len || (unsigned char)s[i + wl] < 0x80)) {
                size_t el = strlen(WORDS[q].en);
                if (k + el + 1 >= sizeof buf) break;
                for (size_t e = 0; e < el; e++) map[k + e] = (uint16_t)i;
                memcpy(buf + k, WORDS[q].en, el);
                k += el;
                months += !strstr(WORDS[q].en, "day");
                w = wl;
                break;
            }
        }
        if (!w) break; /* another word of the script: the date, if any, has ended */
        i += w;
    }
    if (!months) return 0;
    map[k] = (uint16_t)i;
    size_t used = kbc_date_parse(buf, k, out);
    return used ? map[used] : 0;
}

size_t kbc_date_parse(const char *s, size_t len, char out[11])
{
    if (!s) return 0;
    if (len && (unsigned char)s[0] == 0xE0) return native_date(s, len > 95 ? 95 : len, out);
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
    if (i >= len) return 0;

    /* a page's "published" in a language that writes the day first ("Publié le 11/04/2026 à
     * 09h15", "Publicado el 05/10/2026"): read the day first */
    int day_first = 0;
    {
        static const char *const CUES[] = {"publié le ", "publie le ", "mis à jour le ", "publicado el ",
                                           "publicado em ", "publicado: ", "pubblicato il ", "aggiornato il ",
                                           "veröffentlicht am ", "aktualisiert am ", NULL};
        int c0 = lower((unsigned char)s[i]);
        for (int q = 0; (c0 == 'p' || c0 == 'm' || c0 == 'a' || c0 == 'v') && CUES[q] && !day_first; q++) {
            size_t cl = strlen(CUES[q]);
            if (len - i > cl && c0 == CUES[q][0] && !memcmp(s + i + 1, CUES[q] + 1, cl - 1)) {
                i += cl;
                day_first = 1;
            }
        }
        if (day_first) skip_sp(s, len, &i);
    }
    /* optional weekday: "Tuesday, ", "Tue ", "Tue. " (wd: 1 Monday .. 7 Sunday, 0 none) */
    int wd = 0;
    {
        size_t j = i;
        if ((wd = weekday_word(s, len, &j)) || (wd = month_first_weekday(s, len, &j))) {
            if (j < len && s[j] == '.') j++;
            if (j < len && s[j] == ',') j++;
            skip_sp(s, len, &j);
            i = j;
        }
    }
    if (i >= len) return 0;

    int y = 0, m = 0, d = 0;
    size_t j = i;
    unsigned char c = (unsigned char)s[i];
    if (is_digit(c)) {
        int a = num(s, len, &j, 1, 4);
        if (a < 0) return 0;
        size_t nd = j - i;
        /* "2026年6月6日": Chinese and Japanese, year, month and day each with its sign */
        if (nd == 4 && j + 3 <= len && !memcmp(s + j, "\xe5\xb9\xb4", 3)) {
            size_t k = j + 3;
            int mm = num(s, len, &k, 1, 2);
            if (mm < 0 || k + 3 > len || memcmp(s + k, "\xe6\x9c\x88", 3)) return 0;
            k += 3;
            int dd = num(s, len, &k, 1, 2);
            if (dd < 0 || k + 3 > len || memcmp(s + k, "\xe6\x97\xa5", 3) || !valid(a, mm, dd)) return 0;
            put(out, a, mm, dd);
            return k + 3;
        }
        /* "2026. március 10., kedd": Hungarian, the year first, then the month's name and the day */
        if (nd == 4 && j + 2 < len && s[j] == '.' && s[j + 1] == ' ' && s[j + 2] >= 'a' && s[j + 2] <= 'z') {
            size_t k = j + 2;
            int mm = month_word(s, len, &k);
            if (!mm) mm = foreign_month(s, len, &k);
            if (mm) {
                skip_sp(s, len, &k);
                int dd = num(s, len, &k, 1, 2);
                if (dd >= 0 && valid(a, mm, dd)) {
                    if (k < len && s[k] == '.') k++;
                    put(out, a, mm, dd);
                    return k;
                }
            }
            return 0;
        }
        if (nd == 4) { /* ISO-like: Y-M-D with one separator kind */
            if (j >= len || (s[j] != '-' && s[j] != '/' && s[j] != '.')) return 0;
            char sep = s[j++];
            m = num(s, len, &j, 1, 2);
            if (m < 0 || j >= len || s[j] != sep) return 0;
            j++;
            d = num(s, len, &j, 1, 2);
            if (d < 0) return 0;
            y = a;
            if (!valid(y, m, d)) return 0;
            if (j < len && (s[j] == 'T' || s[j] == 't') && j + 1 < len &&
                is_digit((unsigned char)s[j + 1])) {
                j = skip_time(s, len, j); /* "T08" without minutes: the date alone */
            } else {
                if (!at_boundary(s, len, j)) return 0;
                j = skip_time(s, len, j);
            }
            put(out, y, m, d);
            return j;
        }
        if (nd > 2) return 0;
        /* day then month word, or numeric d/m/y */
        size_t k = j;
        if (k < len && (s[k] == '/' || s[k] == '.' || s[k] == '-') && k + 1 < len &&
            is_digit((unsigned char)s[k + 1])) {
            char sep = s[k++];
            int b = num(s, len, &k, 1, 2);
            if (b < 0 || k >= len || s[k] != sep) return 0;
            k++;
            size_t ys = k;
            int yy = num(s, len, &k, 2, 4);
            /* "19.05.26": a dotted day, month and two-digit year (day first, as the dots write it) */
            if (yy >= 0 && k - ys == 2 && sep == '.' && at_boundary(s, len, k) && valid(2000 + yy, b, a)) {
                put(out, 2000 + yy, b, a);
                return skip_time(s, len, k);
            }
            if (yy < 0 || k - ys != 4 || !at_boundary(s, len, k)) return 0;
            int dd, mm;
            if (a > 12 && b <= 12) { dd = a; mm = b; }
            else if (b > 12 && a <= 12) { dd = b; mm = a; }
            else if (a == b) { dd = a; mm = b; }
            else if (wd) { /* "Wednesday, 3/6/2026": the order whose day is that weekday */
                int dm = valid(yy, b, a) && weekday_of(yy, b, a) == wd - 1;
                int md = valid(yy, a, b) && weekday_of(yy, a, b) == wd - 1;
                if (dm == md) return 0;
                dd = dm ? a : b;
                mm = dm ? b : a;
            } else if (day_first || sep == '.') { /* ("09.02.2026": dots write the day first) */
                dd = a;
                mm = b;
            } else return 0; /* 12/10/2025: day and month cannot be told apart */
            if (!valid(yy, mm, dd)) return 0;
            put(out, yy, mm, dd);
            return skip_time(s, len, k);
        }
        skip_ordinal(s, len, &k);
        if (k < len && s[k] == '.') k++; /* German-style "12. Oktober" not handled, "12. Oct" ok */
        if (k < len && s[k] == '-') k++; /* 12-Oct-2025 */
        else skip_sp(s, len, &k);
        if (k < len && (s[k] == 'o' || s[k] == 'O') && k + 2 < len && lower((unsigned char)s[k + 1]) == 'f' &&
            s[k + 2] == ' ') { /* "12th of October 2025" */
            k += 3;
        }
        m = month_word(s, len, &k);
        int thai = 0;
        if (!m) { /* "16. septembra 2026", "16 de septiembre de 2026" */
            skip_de(s, len, &k);
            thai = k + 1 < len && (unsigned char)s[k] == 0xE0 && ((unsigned char)s[k + 1] & 0xFE) == 0xB8;
            m = foreign_month(s, len, &k);
            if (!m) return 0;
            skip_sp(s, len, &k);
            skip_de(s, len, &k);
        }
        if (k < len && s[k] == '-') k++;
        else {
            if (k < len && s[k] == ',') k++;
            skip_sp(s, len, &k);
        }
        size_t ys = k;
        y = num(s, len, &k, 4, 4);
        if (y < 0 || k - ys != 4 || !at_boundary(s, len, k)) return 0;
        /* "18 มีนาคม 2569": a Thai date counts the Buddhist era, 543 years ahead */
        if (thai && y >= 2400 && y < 2800) y -= 543;
        d = a;
        if (!valid(y, m, d)) return 0;
        put(out, y, m, d);
        return skip_time(s, len, k);
    }
    if (is_alpha(c)) { /* month day, year */
        m = month_then_day(s, len, &j, &d);
        if (!m) m = month_first_day(s, len, &j, &d);
        if (!m) return 0;
        if (!(j < len && (s[j] == ',' || s[j] == ' '))) return 0;
        if (s[j] == ',') j++;
        skip_sp(s, len, &j);
        size_t ys = j;
        y = num(s, len, &j, 4, 4);
        if (y < 0 || j - ys != 4 || !at_boundary(s, len, j)) return 0;
        if (!valid(y, m, d)) return 0;
        put(out, y, m, d);
        return skip_time(s, len, j);
    }
    return 0;
}

/* A month and day with no year ("April 17", "Feb. 12th", "17 April"), as wire datelines write
 * them ("NIAMEY, April 17 (WAPA) -"). Returns the bytes read, 0 if none. */
size_t kbc_date_parse_md(const char *s, size_t len, int *month, int *day)
{
    size_t j = 0;
    int m = 0, d = -1;
    if (!s || !len) return 0;
    if (is_alpha((unsigned char)s[0])) {
        m = month_then_day(s, len, &j, &d);
        if (!m) return 0;
    } else if (is_digit((unsigned char)s[0])) {
        d = num(s, len, &j, 1, 2);
        if (d < 0) return 0;
        skip_ordinal(s, len, &j);
        skip_sp(s, len, &j);
        m = month_word(s, len, &j);
        if (!m) return 0;
    } else
        return 0;
    if (!at_boundary(s, len, j) || d < 1 || d > days_in(2000, m)) return 0; /* (29 February allowed) */
    *month = m;
    *day = d;
    return j;
}

/* Digits [p, p+n) as a number, or -1 if any is not a digit. */
static int digits_at(const char *p, int n)
{
    int v = 0;
    for (int k = 0; k < n; k++) {
        if (!is_digit((unsigned char)p[k])) return -1;
        v = v * 10 + (p[k] - '0');
    }
    return v;
}

static int url_sep(int c) { return c == '/' || c == '-' || c == '_' || c == '.' || c == '='; }
static int url_end(int c)
{
    return c == '\0' || c == '/' || c == '-' || c == '_' || c == '.' || c == '?' || c == '#' ||
           c == '&';
}

int kbc_date_from_url(const char *url, char out[11])
{
    if (!url) return 0;
    const char *p = strstr(url, "://");
    p = p ? p + 3 : url;
    p += strcspn(p, "/"); /* the path starts after the host */
    size_t n = strlen(p);
    for (size_t i = 1; i + 8 <= n; i++) {
        if (!url_sep((unsigned char)p[i - 1]) || !is_digit((unsigned char)p[i])) continue;
        int y = digits_at(p + i, 4);
        if (y < 1900 || y > 2100) continue;
        char sep = p[i + 4];
        if (sep == '/' || sep == '-' || sep == '_') {
            /* Y/M/D or Y-M-D, month and day of 1 or 2 digits */
            size_t k = i + 5;
            int m = 0, d = 0, nm = 0, ndd = 0;
            while (k < n && is_digit((unsigned char)p[k]) && nm < 3) { m = m * 10 + p[k] - '0'; k++; nm++; }
            if (nm < 1 || nm > 2 || k >= n || p[k] != sep) continue;
            k++;
            while (k < n && is_digit((unsigned char)p[k]) && ndd < 3) { d = d * 10 + p[k] - '0'; k++; ndd++; }
            if (ndd < 1 || ndd > 2 || !url_end((unsigned char)p[k])) continue;
            if (!valid(y, m, d)) continue;
            put(out, y, m, d);
            return 1;
        }
        if (is_digit((unsigned char)sep)) { /* compact YYYYMMDD as a whole field */
            if (i + 8 > n) continue;
            int m = digits_at(p + i + 4, 2), d = digits_at(p + i + 6, 2);
            if (m < 0 || d < 0 || !url_end((unsigned char)p[i + 8])) continue;
            if (!valid(y, m, d)) continue;
            put(out, y, m, d);
            return 1;
        }
    }
    return 0;
}

/* A four-digit year 1990..2100 at s[i] that no digit follows, else 0. */
static int year4_at(const char *s, size_t len, size_t i)
{
    if (i + 4 > len || (i + 4 < len && s[i + 4] >= '0' && s[i + 4] <= '9')) return 0;
    int y = 0;
    for (size_t k = i; k < i + 4; k++) {
        if (s[k] < '0' || s[k] > '9') return 0;
        y = y * 10 + (s[k] - '0');
    }
    return y >= 1990 && y <= 2100 ? y : 0;
}

/* The capitalised full weekday names (0 Monday .. 6 Sunday) and their lengths */
static const char *const WEEKDAY[7] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
static const unsigned char WEEKDAY_LEN[7] = {6, 7, 9, 8, 6, 8, 6};

/* The next capitalised full weekday name at or after s[from], a whole word: the weekday (0
 * Monday .. 6 Sunday), its start in *at and its end in *end; -1 if none. Every name ends in
 * "day": the scan goes from one "d" to the next (memchr), not through every word. */
static int next_weekday(const char *s, size_t len, size_t from, size_t *at, size_t *end)
{
    for (const char *p = s + from, *e = s + len; p < e && (p = memchr(p, 'd', (size_t)(e - p))); p++) {
        if (e - p < 3 || p[1] != 'a' || p[2] != 'y' || (e - p > 3 && is_alpha((unsigned char)p[3]))) continue;
        size_t stop = (size_t)(p + 3 - s);
        for (int k = 0; k < 7; k++) {
            size_t n = WEEKDAY_LEN[k], b = stop - n;
            if (stop < n || memcmp(s + b, WEEKDAY[k], n - 3) || (b && is_alpha((unsigned char)s[b - 1]))) continue;
            *at = b;
            *end = stop;
            return k;
        }
    }
    return -1;
}

/* The weekday a capitalised full name at s[i] names (0 Monday .. 6 Sunday), -1 if none. */
static int weekday_at(const char *s, size_t len, size_t i)
{
    /* (every word start of a text comes here: most are no weekday's first letter) */
    char f = s[i];
    if (f != 'M' && f != 'T' && f != 'W' && f != 'F' && f != 'S') return -1;
    for (int k = 0; k < 7; k++) {
        size_t n = WEEKDAY_LEN[k];
        if (i + n <= len && !memcmp(s + i, WEEKDAY[k], n) && (i + n == len || !is_alpha((unsigned char)s[i + n])))
            return k;
    }
    return -1;
}

int kbc_date_year_of_md(const char *text, size_t len, int month, int day, int now)
{
    static const unsigned char mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (!text || month < 1 || month > 12 || day < 1 || day > mdays[month - 1]) return 0;
    int ylo = 0, mlo = 0, wd[8], nw = 0;
    for (size_t i = 0; i < len; i++) {
        if (!is_alpha((unsigned char)text[i]) || (i && is_alpha((unsigned char)text[i - 1]))) continue;
        size_t j = i;
        int m = month_word(text, len, &j);
        if (m) { /* "in August 2023", "since May 2025" */
            size_t k = j;
            if (k < len && text[k] == '.') k++;
            skip_sp(text, len, &k);
            int y = year4_at(text, len, k);
            if (y && (y > ylo || (y == ylo && m > mlo))) ylo = y, mlo = m;
            i = j - 1;
            continue;
        }
        if (i + 6 < len && !memcmp(text + i, "since ", 6)) { /* "has governed since 2012" */
            int y = year4_at(text, len, i + 6);
            if (y > ylo) ylo = y, mlo = 0;
            continue;
        }
        int w = weekday_at(text, len, i), seen = 0;
        for (int k = 0; k < nw; k++) seen |= wd[k] == w;
        if (w >= 0 && !seen && nw < 8) wd[nw++] = w; /* each weekday once: a day told often is no
                                                        likelier to be near */
    }
    if (!ylo || !nw) return 0;
    int best = 0, bscore = 1 << 30, tie = 0, yhi = ylo + 5;
    if (now >= ylo) yhi = now;
    for (int y = ylo; y <= yhi; y++) {
        if (y == ylo && month <= mlo) continue; /* after the latest month the text tells */
        if (month == 2 && day == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) continue;
        int dow = weekday_of(y, month, day), score = 0;
        for (int k = 0; k < nw; k++) score += back_sq(dow, wd[k]);
        /* a page read now is most likely recent, and most likely of this very year: a Thursday
         * report of Tuesday and Wednesday is one of this year, not of last year, where the 17th
         * is a Wednesday */
        if (now) score += 3 * (now - y) + (y < now ? 3 : 0);
        if (score < bscore) bscore = score, best = y, tie = 0;
        else if (score == bscore) {
            if (now) best = y; /* (equal fits: the latest year) */
            else tie = 1;
        }
    }
    return tie ? 0 : best;
}

int kbc_date_now_year(void)
{
    /* (KHABAR_TODAY may give the year alone: "2026") */
    const char *e = getenv("KHABAR_TODAY");
    if (e && strlen(e) >= 4 && e[0] >= '1' && e[0] <= '2') return atoi(e);
    char ymd[11];
    return kbc_date_today(ymd) ? atoi(ymd) : 0;
}

int kbc_date_today(char ymd[11])
{
    const char *e = getenv("KHABAR_TODAY");
    if (e && kbc_date_parse(e, strlen(e), ymd) == 10) return 1;
    time_t t = time(NULL);
    struct tm tm;
    if (!gmtime_r(&t, &tm)) return 0;
    put(ymd, tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return 1;
}

int kbc_date_min_present_month(const char *text, size_t len)
{
    static const struct {
        const char *w;
        int n;
    } COUNT[] = {{"a", 1}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {NULL, 0}};
    int best = 0;
    /* each "year after" / "years after", then the count word before it (a scan for 'y': most texts
     * have none) */
    for (const char *p = text, *e = text + len; p < e;) {
        const char *y = memchr(p, 'y', (size_t)(e - p));
        if (!y) break;
        if (e - y < 4 || memcmp(y, "year", 4)) {
            p = y + 1;
            continue;
        }
        p = y + 4;
        const char *q = p;
        if (q < e && *q == 's') q++;
        /* "after", "since", "have passed since" */
        static const char *const LINK[] = {" after ", " since ", " have passed since ", " has passed since ", NULL};
        size_t ll = 0;
        for (int k = 0; LINK[k] && !ll; k++)
            if ((size_t)(e - q) >= strlen(LINK[k]) && !memcmp(q, LINK[k], strlen(LINK[k]))) ll = strlen(LINK[k]);
        if (!ll) continue;
        int plural = q > p;
        /* the count word right before: "a year after", "two years after", "2 years after" */
        if (y - text < 2 || y[-1] != ' ') continue;
        const char *we = y - 1, *wb = we;
        while (wb > text && is_alpha((unsigned char)wb[-1])) wb--;
        if (wb > text && (is_alpha((unsigned char)wb[-1]) || (unsigned char)wb[-1] >= 0x80)) continue;
        int n = 0;
        if (we - wb == 1 && wb[0] >= '1' && wb[0] <= '9') n = wb[0] - '0';
        for (int k = 0; COUNT[k].w && !n; k++)
            if ((size_t)(we - wb) == strlen(COUNT[k].w) && !strncasecmp(wb, COUNT[k].w, (size_t)(we - wb)))
                n = COUNT[k].n;
        if (!n && we > text + 1 && we[-1] >= '1' && we[-1] <= '9' && (we - 1 == text || we[-2] == ' '))
            n = we[-1] - '0';
        if (!n || (n > 1) != plural) continue;
        /* the year the span counts from, within the phrase that follows ("the N'Djamena
         * agreement of April 2025", "July 2024"), before any sentence end */
        size_t k0 = (size_t)(q + ll - text);
        for (size_t k = k0; k + 4 <= len && k < k0 + 120; k++) {
            if (text[k] == '.' && (k + 1 == len || text[k + 1] == ' ' || text[k + 1] == '\n')) break;
            if (k && text[k - 1] >= '0' && text[k - 1] <= '9') continue;
            int yr = year4_at(text, len, k);
            if (yr) {
                /* (its month, named right before: "December 2023") */
                int mo = 1;
                size_t b = k;
                if (b > 1 && text[b - 1] == ' ') {
                    b--;
                    while (b > k0 && is_alpha((unsigned char)text[b - 1])) b--;
                    size_t i2 = b;
                    int mw = month_word(text, k - 1, &i2);
                    if (mw && i2 == k - 1) mo = mw;
                }
                if ((yr + n) * 100 + mo > best) best = (yr + n) * 100 + mo;
                break;
            }
        }
    }
    /* "since the start of 2026", "since early 2026", "since March 2026": the present is on or
     * after that month */
    static const char *const FROM[] = {"the start of ", "the beginning of ", "the end of ", "early ", "mid-",
                                       "late ", "", NULL};
    for (const char *p = text, *e = text + len; p < e;) {
        const char *s = memchr(p, 's', (size_t)(e - p));
        if (!s) break;
        p = s + 1;
        if (e - s < 10 || memcmp(s, "since ", 6) || (s > text && is_alpha((unsigned char)s[-1]))) continue;
        size_t i = (size_t)(s + 6 - text);
        for (int k = 0; FROM[k]; k++) {
            size_t n = strlen(FROM[k]);
            if (i + n > len || memcmp(text + i, FROM[k], n)) continue;
            size_t j = i + n;
            int mo = !strcmp(FROM[k], "the end of ") || !strcmp(FROM[k], "late ") ? 12 : 1;
            if (!n) { /* (a month named: "since March 2026") */
                int mw = month_word(text, len, &j);
                if (!mw) break;
                mo = mw;
                skip_sp(text, len, &j);
            }
            int yr = year4_at(text, len, j);
            if (yr && yr * 100 + mo > best) best = yr * 100 + mo;
            break;
        }
    }
    return best;
}

int kbc_date_numeric_by_weekdays(const char *text, size_t len, const char *not_after, char ymd[11])
{
    if (!text) return 0;
    /* (from one slash to the next, back over the day or month before it) */
    for (const char *p = text, *e = text + len; p < e && (p = memchr(p, '/', (size_t)(e - p))); p++) {
        size_t i = (size_t)(p - text);
        if (i == 0 || !is_digit((unsigned char)text[i - 1])) continue;
        i--;
        if (i > 0 && is_digit((unsigned char)text[i - 1])) i--;
        if (i > 0 && (is_digit((unsigned char)text[i - 1]) || text[i - 1] == '/')) continue;
        size_t k = i;
        int a = num(text, len, &k, 1, 2);
        if (a < 1 || k >= len || text[k] != '/') continue;
        k++;
        int b = num(text, len, &k, 1, 2);
        if (b < 1 || k >= len || text[k] != '/') continue;
        k++;
        int y = num(text, len, &k, 4, 4);
        if (y < 1990 || y > 2100 || (k < len && (is_digit((unsigned char)text[k]) || text[k] == '/'))) continue;
        if (a > 12 || b > 12 || a == b) return 0; /* (an unambiguous one the parser read or refused) */
        /* the text's weekdays, the days back from each order's day (back_sq); day first on a tie */
        int wn[7] = {0};
        size_t at = 0, j = 0;
        for (int w; (w = next_weekday(text, len, j, &at, &j)) >= 0;)
            if (wn[w] < 1000) wn[w]++;
        long sc[2] = {0, 0};
        int ok[2];
        char cand[2][11];
        for (int o = 0; o < 2; o++) {
            int d = o ? b : a, m = o ? a : b; /* o 0: day first, 1: month first */
            ok[o] = valid(y, m, d);
            if (!ok[o]) continue;
            put(cand[o], y, m, d);
            if (not_after && not_after[0] && strcmp(cand[o], not_after) > 0) ok[o] = 0;
            int pw = weekday_of(y, m, d);
            for (int w = 0; w < 7; w++) sc[o] += (long)wn[w] * back_sq(pw, w);
        }
        /* (a page in Arabic, Hebrew or Cyrillic script writes the day first, whatever its
         * weekdays say: "نُشر في: 11/03/2026" is 11 March) */
        int script = 0;
        for (size_t q = 0; q + 1 < len && !script; q++) {
            unsigned char b0 = (unsigned char)text[q], b1 = (unsigned char)text[q + 1];
            script = b0 >= 0xD0 && b0 <= 0xDB && b1 >= 0x80 && b1 <= 0xBF && b0 != 0xD2 &&
                     b0 != 0xD3 && b0 != 0xD4 && b0 != 0xD5 && b0 != 0xD6;
        }
        int o = ok[0] && (!ok[1] || sc[0] <= sc[1] || script) ? 0 : ok[1] ? 1 : -1;
        if (o < 0) return 0;
        memcpy(ymd, cand[o], 11);
        return 1;
    }
    return 0;
}

/* A weekday a page's furniture names in French, Spanish, Portuguese, Italian or German, lower or
 * title case, as it dates the page without a year ("mardi 20 octobre", "martes, 20 de
 * octubre", "Dienstag, 20. Oktober"), then the day and the month: the day of year_hint or the
 * year before whose weekday agrees, the first such in the page's head or foot, never after
 * not_after ("" for no bound). Only for a page with no date at all. */
int kbc_date_from_foreign_weekday(const char *text, size_t len, int year_hint, const char *not_after, char ymd[11])
{
    static const struct {
        const char *w;
        unsigned char n, d;
    } DAYS[] = {
        {"lundi", 5, 0}, {"mardi", 5, 1}, {"mercredi", 8, 2}, {"jeudi", 5, 3}, {"vendredi", 8, 4}, {"samedi", 6, 5},
        {"dimanche", 8, 6}, /* French */
        {"lunes", 5, 0}, {"martes", 6, 1}, {"miércoles", 10, 2}, {"miercoles", 9, 2}, {"jueves", 6, 3},
        {"viernes", 7, 4}, {"sábado", 7, 5}, {"sabado", 6, 5}, {"domingo", 7, 6}, /* Spanish (and Portuguese) */
        {"segunda-feira", 13, 0}, {"terça-feira", 12, 1}, {"quarta-feira", 12, 2}, {"quinta-feira", 12, 3},
        {"sexta-feira", 11, 4}, /* Portuguese */
        {"lunedì", 7, 0}, {"martedì", 8, 1}, {"mercoledì", 10, 2}, {"giovedì", 8, 3}, {"venerdì", 8, 4},
        {"sabato", 6, 5}, {"domenica", 8, 6}, /* Italian */
        {"montag", 6, 0}, {"dienstag", 8, 1}, {"mittwoch", 8, 2}, {"donnerstag", 10, 3}, {"freitag", 7, 4},
        {"samstag", 7, 5}, {"sonntag", 7, 6}, /* German */
    };
    if (!text || year_hint < 1990) return 0;
    /* (from each day's number back to a weekday before it and on to a month after it, in the
     * page's head and foot, where its furniture stamps it: not every word of the text against
     * every name) */
    size_t head = len < 800 ? len : 800, foot = len > 1600 ? len - 400 : head;
    /* (a day's number follows a blank: from one blank to the next, memchr's stride) */
    for (const char *p = text, *e = text + len; p < e && (p = memchr(p, ' ', (size_t)(e - p))); p++) {
        size_t i = (size_t)(p - text) + 1;
        if (i >= head && i < foot) {
            p = text + foot - 1;
            continue;
        }
        if (i >= len || !is_digit((unsigned char)text[i])) continue;
        /* the word before the day first ("mardi 20", "Dienstag, 20."): a letter right before the
         * blanks, the cheap test most numbers fail */
        size_t b = i;
        while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == ',')) b--;
        if (b == i || b < 5 || !(is_alpha((unsigned char)text[b - 1]) || (unsigned char)text[b - 1] >= 0x80)) continue;
        int w = -1;
        for (size_t k = 0; k < sizeof DAYS / sizeof *DAYS && w < 0; k++) {
            size_t n = DAYS[k].n, q = 0;
            if (b < n || (b > n && (is_alpha((unsigned char)text[b - n - 1]) || (unsigned char)text[b - n - 1] >= 0x80)))
                continue;
            const char *s = text + b - n;
            while (q < n && (s[q] | (q == 0 ? 0x20 : 0)) == DAYS[k].w[q]) q++;
            if (q == n) w = DAYS[k].d;
        }
        if (w < 0) continue;
        size_t j = i;
        int d = num(text, len, &j, 1, 2);
        if (d < 1) continue;
        if (j < len && text[j] == '.') j++;
        skip_sp(text, len, &j);
        if (j + 3 < len && !memcmp(text + j, "de ", 3)) j += 3;
        int m = foreign_month(text, len, &j);
        if (!m) m = month_word(text, len, &j);
        if (!m || !at_boundary(text, len, j)) continue;
        for (int y = year_hint; y >= year_hint - 1; y--) {
            if (d > days_in(y, m)) continue;
            long days = kbu_days_from_civil(y, m, d);
            if (weekday_of_days(days) != w) continue;
            char tmp[11];
            put(tmp, y, m, d);
            if (not_after && not_after[0] && strcmp(tmp, not_after) > 0) continue;
            memcpy(ymd, tmp, 11);
            return 1;
        }
    }
    return 0;
}

int kbc_date_from_weekday_md(const char *text, size_t len, int year_hint, char ymd[11])
{
    if (!text || year_hint < 1990) return 0;
    long anchor = -1;
    int aw = -1, wn[7] = {0};
    size_t i = 0, j = 0;
    for (int w; (w = next_weekday(text, len, j, &i, &j)) >= 0;) {
        if (wn[w] < 1000) wn[w]++;
        if (j < len && text[j] == ',') j++;
        skip_sp(text, len, &j);
        if (j < len && text[j] == '(') j++; /* "on Friday (January 23)" */
        int m = 0, d = 0;
        size_t k = j < len ? kbc_date_parse_md(text + j, len - j, &m, &d) : 0;
        if (!k) continue;
        for (int y = year_hint; y >= year_hint - 1; y--) {
            if (d > days_in(y, m)) continue;
            long days = kbu_days_from_civil(y, m, d);
            if (weekday_of_days(days) != w) continue;
            if (days > anchor) anchor = days, aw = w;
            break;
        }
    }
    if (anchor < 0) return 0;
    /* the page's day: of the anchor and the six days after it, the one the text's weekdays lie
     * closest before (least sum of squared distances, each weekday the latest one on or before
     * the day; ties to the earlier day): "on Monday" after "Friday, October 16" is the 19th, and
     * "on Monday", "on Wednesday" beside "Thursday, June 4" are the days before it */
    int off = 0;
    long best = -1;
    for (int o = 0; o < 7; o++) {
        int pw = (aw + o) % 7;
        long sc = 0;
        for (int w = 0; w < 7; w++) sc += (long)wn[w] * back_sq(pw, w);
        if (best < 0 || sc < best) best = sc, off = o;
    }
    long y;
    int m, d;
    kbu_civil_from_days(anchor + off, &y, &m, &d);
    char tmp[40];
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", (int)(y % 10000), m % 100, d % 100);
    memcpy(ymd, tmp, 10);
    ymd[10] = 0;
    return 1;
}
