/*
 * xling.c -- what the merge signatures need to compare reports across languages
 * (docs/MERGE.md "Stories across languages").
 *
 * A French, Spanish or German report of a happening shares few words with an
 * English one, but it names the same places and people, gives the same figures
 * and describes the same kind of event. This file holds the language-dependent
 * bits that sign.c uses to turn those into language-independent items:
 *  - stop words of French, Spanish, German, Urdu, Arabic and Persian (the story
 *    terms of a report in those languages are stemmed with its own Snowball
 *    stemmer when there is one; English keeps sign.c's list);
 *  - capitalised words that name no one thing in those languages (weekdays,
 *    months, "Polizei", "Regierung"...), which do not count as names;
 *  - a small concept lexicon: words of English, French, Spanish, German, Arabic,
 *    Urdu and Persian for kinds of events (fighting, bombing, road crash, earthquake,
 *    flood, vote, economy, protest, talks) and their common companions
 *    (soldiers, the dead, the injured). Each word is stemmed at load with its
 *    language's stemmer; a text word is looked up by its stem in its own
 *    language, so "soldats", "soldados" and "Soldaten" are one concept;
 *  - weekday and month names of the four Latin-script languages, and of Arabic,
 *    Urdu and Persian, to normalise "Monday", "lundi", "3 mars", "3. März",
 *    "الاثنين", "۳ مارچ" to days.
 * Every list is the project's own.
 */
#include "merge/merge.h"
#include "annotate/geo.h"
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

/* ---- stop words and generic capitalised words, per language ------------------ */
static const char *const stop_fr[] = {
    "le", "la", "les", "un", "une", "des", "de", "du", "et", "en", "au", "aux", "dans", "sur",
    "pour", "par", "avec", "qui", "que", "qu", "ce", "cet", "cette", "ces", "son", "sa", "ses",
    "leur", "leurs", "il", "elle", "ils", "elles", "est", "sont", "été", "ont", "avait", "être",
    "plus", "pas", "ne", "se", "lors", "selon", "après", "avant", "entre", "contre", "dont", "où",
    "mais", "ou", "comme", "aussi", "vers", "depuis", "tout", "tous", "deux", "trois", "lundi",
    "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "fait", "ainsi", "très",
    "nous", "vous", "on", "y", "sans", "sous", "chez", "déclaré", "indiqué", "selon", "heures",
};
static const char *const stop_es[] = {
    "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "y", "en", "al", "por",
    "para", "con", "que", "se", "su", "sus", "lo", "le", "les", "es", "son", "fue", "fueron",
    "ha", "han", "había", "más", "no", "como", "pero", "o", "entre", "contra", "según", "tras",
    "desde", "sobre", "este", "esta", "estos", "estas", "dos", "tres", "lunes", "martes",
    "miércoles", "jueves", "viernes", "sábado", "domingo", "muy", "sin", "ya", "también",
    "dijo", "informó", "horas", "hasta", "durante", "cuando", "donde",
};
static const char *const stop_de[] = {
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "und", "in", "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zu",
    "zum", "zur", "für", "über", "unter", "gegen", "ist", "sind", "war", "waren", "wurde",
    "wurden", "hat", "haben", "hatte", "sich", "nicht", "auch", "als", "wie", "oder", "aber",
    "dass", "sie", "er", "es", "seine", "ihre", "zwei", "drei", "montag", "dienstag",
    "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "sagte", "teilte", "mit",
    "noch", "nur", "seit", "bis", "wird", "werden", "worden", "einem", "dieser", "diese",
};
/* Urdu, Arabic and Persian: the function words that would otherwise be most of the
 * story terms of a report (these scripts have no capitals to tell names from words) */
static const char *const stop_ur[] = {
    "کے", "کی", "کا", "میں", "سے", "نے", "کو", "پر", "ہے", "ہیں", "تھا", "تھی", "تھے", "گیا",
    "گئی", "گئے", "ہو", "ہوا", "ہوئی", "ہوئے", "اور", "یہ", "وہ", "اس", "ان", "ایک", "کہ", "جو",
    "بھی", "کر", "کیا", "کیے", "دی", "دیا", "دیے", "لیے", "بعد", "مطابق", "کہا", "جس", "جن",
    "تک", "ساتھ", "نہیں", "رہا", "رہی", "رہے", "اپنے", "جب", "کسی", "کوئی", "والے", "گی", "گا",
};
static const char *const stop_ar[] = {
    "في", "من", "على", "إلى", "الى", "عن", "أن", "ان", "إن", "ما", "لا", "مع", "هذا", "هذه",
    "ذلك", "التي", "الذي", "الذين", "كان", "كانت", "قد", "وقد", "لم", "لن", "ثم", "أو", "بين",
    "بعد", "قبل", "حتى", "كل", "عند", "وفي", "ومن", "وقال", "قال", "وأن", "أنه", "إنه", "وهو",
    "هي", "هو", "تم", "يوم", "خلال", "منذ", "حيث", "وفق", "حسب", "نحو", "وإن", "فيما",
};
static const char *const stop_fa[] = {
    "و", "در", "به", "از", "که", "این", "آن", "با", "را", "برای", "است", "بود", "شد", "می",
    "های", "ها", "یک", "تا", "هم", "اما", "یا", "کرد", "کرده", "شده", "خود", "وی", "او",
};
/* capitalised in these languages without naming one thing */
static const char *const generic_x[] = {
    "police", "polizei", "policia", "gouvernement", "gobierno", "regierung", "president",
    "presidente", "prasident", "ministre", "ministro", "minister", "ministerium", "armee",
    "ejercito", "grenze", "stadt", "provinz", "province", "provincia", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
    "donnerstag", "freitag", "samstag", "sonntag", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december", "januar",
    "februar", "marz", "juni", "juli", "oktober", "dezember", "agence", "agencia", "agentur",
    "the", "der", "die", "das", "les", "los", "las", "el", "la", "le", "city", "new", "state",
};

/* ---- the concept lexicon --------------------------------------------------------- */
typedef struct cword {
    uint8_t concept; /* KBM_C_* */
    const char *lang;
    const char *words; /* space-separated */
} cword;

static const cword concepts[] = {
    {KBM_C_FIGHT, "en", "fire firing fired clash clashes clashed shelling shells mortar mortars gunfire "
                        "gunfight crossfire skirmish skirmishes fighting fought battle battles "
                        "attack attacked attacks airstrike airstrikes offensive ambush"},
    {KBM_C_FIGHT, "fr", "tirs tir affrontement affrontements accrochage accrochages obus mortier "
                        "mortiers combats combat attaque attaques bombardement bombardements "
                        "frappe frappes fusillade offensive embuscade"},
    {KBM_C_FIGHT, "es", "disparos tiroteo enfrentamiento enfrentamientos choques obuses morteros "
                        "combates combate ataque ataques bombardeo bombardeos ofensiva "
                        "emboscada"},
    {KBM_C_FIGHT, "de", "schusswechsel gefecht gefechte feuer beschuss mörser granaten kämpfe "
                        "kampf angriff angriffe luftangriff luftangriffe zusammenstöße "
                        "offensive hinterhalt"},
    {KBM_C_FIGHT, "ar", "اشتباكات اشتباك اشتبكت قصف هجوم هجمات نيران معارك قذائف هاون"},
    {KBM_C_FIGHT, "fa", "درگیری درگیری‌ها حمله حملات تیراندازی گلوله‌باری نبرد خمپاره"},
    {KBM_C_FIGHT, "ur", "فائرنگ جھڑپ جھڑپیں گولہ باری حملہ حملے مارٹر گولے"},
    {KBM_C_BOMB, "en", "bomb bombs bombing bomber blast blasts explosion explosions exploded "
                       "explosive explosives suicide"},
    {KBM_C_BOMB, "fr", "bombe bombes explosion explosions attentat attentats kamikaze explosif "
                       "explosifs"},
    {KBM_C_BOMB, "es", "bomba bombas explosión explosiones atentado atentados suicida explosivo "
                       "explosivos"},
    {KBM_C_BOMB, "de", "bombe bomben explosion explosionen anschlag anschläge sprengsatz "
                       "selbstmordattentäter sprengstoff"},
    {KBM_C_BOMB, "ar", "انفجار تفجير تفجيرات عبوة انتحاري"},
    {KBM_C_BOMB, "ur", "دھماکہ دھماکے بم خودکش"},
    {KBM_C_BOMB, "fa", "انفجار بمب انتحاری"},
    {KBM_C_CRASH, "en", "accident accidents crash crashed collision collided overturned truck "
                        "trucks lorry bus van driver brakes vehicle derailed ravine"},
    {KBM_C_CRASH, "fr", "accident accidents collision camion camions autocar bus conducteur "
                        "chauffeur freins véhicule renversé ravin"},
    {KBM_C_CRASH, "es", "accidente accidentes choque camión camiones autobús conductor frenos "
                        "vehículo volcó volcado barranco"},
    {KBM_C_CRASH, "de", "unfall unfälle zusammenstoß lastwagen lkw bus fahrer bremsen fahrzeug "
                        "schlucht"},
    {KBM_C_CRASH, "ar", "حادث حوادث شاحنة حافلة سائق تصادم اصطدام انقلاب"},
    {KBM_C_CRASH, "fa", "تصادف کامیون اتوبوس راننده واژگونی"},
    {KBM_C_CRASH, "ur", "حادثہ حادثے ٹرک بس ڈرائیور الٹنے تصادم"},
    {KBM_C_QUAKE, "en", "earthquake earthquakes quake tremor tremors magnitude epicentre "
                        "epicenter aftershock aftershocks seismic"},
    {KBM_C_QUAKE, "fr", "séisme séismes tremblement magnitude épicentre réplique répliques "
                        "sismique"},
    {KBM_C_QUAKE, "es", "terremoto terremotos sismo seísmo temblor magnitud epicentro réplica "
                        "réplicas sísmico"},
    {KBM_C_QUAKE, "de", "erdbeben beben epizentrum nachbeben"},
    {KBM_C_QUAKE, "ar", "زلزال زلازل هزة"},
    {KBM_C_QUAKE, "ur", "زلزلہ زلزلے"},
    {KBM_C_QUAKE, "fa", "زلزله زمین‌لرزه پس‌لرزه"},
    {KBM_C_FLOOD, "en", "flood floods flooding flooded landslide landslides monsoon"},
    {KBM_C_FLOOD, "fr", "inondation inondations crue crues glissement mousson"},
    {KBM_C_FLOOD, "es", "inundación inundaciones crecida deslizamiento deslizamientos monzón"},
    {KBM_C_FLOOD, "de", "überschwemmung überschwemmungen hochwasser flut erdrutsch monsun"},
    {KBM_C_FLOOD, "ar", "فيضانات فيضان سيول"},
    {KBM_C_FLOOD, "ur", "سیلاب"},
    {KBM_C_FLOOD, "fa", "سیل سیلاب"},
    {KBM_C_VOTE, "en", "election elections vote voters ballot ballots polls candidate candidates"},
    {KBM_C_VOTE, "fr", "élection élections scrutin électeurs vote candidat candidats"},
    {KBM_C_VOTE, "es", "elecciones elección votación votantes comicios candidato candidatos"},
    {KBM_C_VOTE, "de", "wahl wahlen wähler abstimmung kandidat kandidaten"},
    {KBM_C_VOTE, "ar", "انتخابات"},
    {KBM_C_VOTE, "ur", "انتخابات ووٹ"},
    {KBM_C_ECON, "en", "budget inflation tax taxes deficit interest gdp economy prices"},
    {KBM_C_ECON, "fr", "budget inflation impôts déficit taux économie prix"},
    {KBM_C_ECON, "es", "presupuesto inflación impuestos déficit tasa economía precios"},
    {KBM_C_ECON, "de", "haushalt inflation steuern defizit zinsen wirtschaft preise"},
    {KBM_C_ECON, "ar", "ميزانية تضخم"},
    {KBM_C_ECON, "ur", "بجٹ مہنگائی ٹیکس"},
    {KBM_C_PROTEST, "en", "protest protests protesters protestors demonstrators demonstration rally"},
    {KBM_C_PROTEST, "fr", "manifestation manifestations manifestants protestation"},
    {KBM_C_PROTEST, "es", "protesta protestas manifestantes manifestación"},
    {KBM_C_PROTEST, "de", "protest proteste demonstranten demonstration kundgebung"},
    {KBM_C_PROTEST, "ar", "احتجاج احتجاجات متظاهرين"},
    {KBM_C_PROTEST, "ur", "احتجاج مظاہرین مظاہرہ"},
    {KBM_C_TALKS, "en", "talks negotiations agreement summit"},
    {KBM_C_TALKS, "fr", "négociations pourparlers accord sommet"},
    {KBM_C_TALKS, "es", "negociaciones conversaciones acuerdo cumbre"},
    {KBM_C_TALKS, "de", "gespräche verhandlungen abkommen gipfel"},
    {KBM_C_TALKS, "ar", "محادثات مفاوضات اتفاق"},
    {KBM_C_TALKS, "ur", "مذاکرات معاہدہ"},
    {KBM_C_TALKS, "fa", "مذاکره مذاکرات گفتگو گفتگوها توافق"},
    {KBM_C_MIL, "en", "soldier soldiers troops army military guards"},
    {KBM_C_MIL, "fr", "soldat soldats troupes armée militaire militaires gardes"},
    {KBM_C_MIL, "es", "soldado soldados tropas ejército militar militares guardias"},
    {KBM_C_MIL, "de", "soldat soldaten truppen armee militär grenzschützer"},
    {KBM_C_MIL, "ar", "جنود جندي الجيش"},
    {KBM_C_MIL, "ur", "فوجی فوجیوں فوج اہلکار"},
    {KBM_C_MIL, "fa", "سرباز سربازان نظامیان ارتش"},
    {KBM_C_DEAD, "en", "killed dead died death deaths bodies"},
    {KBM_C_DEAD, "fr", "tués tué morts mort décès"},
    {KBM_C_DEAD, "es", "muertos muerto murieron muerte fallecidos"},
    {KBM_C_DEAD, "de", "getötet tote toten starben tod"},
    {KBM_C_DEAD, "ar", "قتلى مقتل قتل حتفهم مصرع"},
    {KBM_C_DEAD, "fa", "کشته کشته‌شدگان جان باختند"},
    {KBM_C_DEAD, "ur", "ہلاک جاں بحق شہید"},
    {KBM_C_HURT, "en", "injured wounded hurt"},
    {KBM_C_HURT, "fr", "blessés blessé blessées"},
    {KBM_C_HURT, "es", "heridos herido heridas"},
    {KBM_C_HURT, "de", "verletzte verletzt verletzten verwundet"},
    {KBM_C_HURT, "ar", "جرحى إصابة أصيب مصابين"},
    {KBM_C_HURT, "fa", "زخمی مجروح"},
    {KBM_C_HURT, "ur", "زخمی"},
};

/* weekdays (Monday = 0) and months (January = 0) of en, fr, es, de, folded */
static const char *const weekdays[4][7] = {
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
    {"lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"},
    {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"},
};
static const char *const months[4][12] = {
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"},
    {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
     "octobre", "novembre", "decembre"},
    {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "octubre", "noviembre", "diciembre"},
    {"januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september",
     "oktober", "november", "dezember"},
};

/* weekdays and months in Arabic script: Arabic (with the article, as written: bare
 * "اثنين" is "two"), Urdu, Persian and Pashto; folded by kba_fold_script when loaded */
static const char *const weekdays_ar[7] = {
    "الاثنين الإثنين دوشنبه پیر", "الثلاثاء سه‌شنبه سه‌شنبه منگل",
    "الأربعاء چهارشنبه بدھ", "الخميس پنجشنبه پنج‌شنبه جمعرات", "الجمعة جمعه جمعہ",
    "السبت شنبه ہفتہ", "الأحد یکشنبه یک‌شنبه اتوار"};
static const char *const months_ar[12] = {
    "يناير جنوری ژانویه", "فبراير فروری فوریه", "مارس مارچ", "أبريل ابريل اپریل آوریل",
    "مايو مئی", "يونيو جون ژوئن", "يوليو جولائی ژوئیه", "أغسطس اگست",
    "سبتمبر ستمبر سپتامبر", "أكتوبر اکتوبر اکتبر", "نوفمبر نومبر نوامبر", "ديسمبر دسمبر دسامبر"};

/* ---- tables ---------------------------------------------------------------------- */
#define XL_CAP 4096 /* open addressing: key hash -> value (0 = empty) */
struct kbm_xl {
    uint64_t key[XL_CAP];
    uint16_t val[XL_CAP];
    struct {
        char lang[4];
        struct sb_stemmer *st;
    } stem[8];
    int n_stem;
    char clang[4];  /* the language of the last concept looked up, and its seed */
    uint64_t cseed;
    uint8_t first2[26][26]; /* first two letters of the weekday and month names */
};

static uint64_t xl_hash(const char *lang, const char *w, size_t n, uint64_t kind)
{
    uint64_t h = kbu_hash64(w, n, kbu_hash64(lang, strlen(lang), 0x786c6e67ULL + kind));
    return h ? h : 1;
}

static void xl_put(kbm_xl *x, uint64_t h, uint16_t v)
{
    size_t i = (size_t)h & (XL_CAP - 1);
    while (x->key[i] && x->key[i] != h)
        i = (i + 1) & (XL_CAP - 1);
    if (x->key[i]) return; /* the first entry stands */
    x->key[i] = h;
    x->val[i] = v;
}

static uint16_t xl_get(const kbm_xl *x, uint64_t h)
{
    size_t i = (size_t)h & (XL_CAP - 1);
    while (x->key[i]) {
        if (x->key[i] == h) return x->val[i];
        i = (i + 1) & (XL_CAP - 1);
    }
    return 0;
}

enum { XK_STOP = 1, XK_GENERIC = 2, XK_CONCEPT = 3, XK_WEEKDAY = 4, XK_MONTH = 5 };

struct sb_stemmer *kbm_xl_stemmer(kbm_xl *x, const char *lang)
{
    if (!lang || strlen(lang) < 2 || strlen(lang) > 3) return NULL;
    for (int i = 0; i < x->n_stem; i++)
        if (!strcmp(x->stem[i].lang, lang)) return x->stem[i].st;
    if (x->n_stem == 8) return NULL;
    struct sb_stemmer *st = sb_stemmer_new(lang, NULL); /* NULL: no stemmer for it */
    snprintf(x->stem[x->n_stem].lang, 4, "%s", lang);
    x->stem[x->n_stem++].st = st;
    return st;
}

static void add_words(kbm_xl *x, const char *lang, const char *const *w, size_t n, int kind,
                      uint16_t v)
{
    for (size_t i = 0; i < n; i++)
        xl_put(x, xl_hash(lang, w[i], strlen(w[i]), (uint64_t)kind), v);
}

kbm_xl *kbm_xl_new(void)
{
    kbm_xl *x = calloc(1, sizeof *x);
    if (!x) return NULL;
    add_words(x, "fr", stop_fr, sizeof stop_fr / sizeof *stop_fr, XK_STOP, 1);
    add_words(x, "es", stop_es, sizeof stop_es / sizeof *stop_es, XK_STOP, 1);
    add_words(x, "de", stop_de, sizeof stop_de / sizeof *stop_de, XK_STOP, 1);
    add_words(x, "ur", stop_ur, sizeof stop_ur / sizeof *stop_ur, XK_STOP, 1);
    add_words(x, "ar", stop_ar, sizeof stop_ar / sizeof *stop_ar, XK_STOP, 1);
    add_words(x, "fa", stop_fa, sizeof stop_fa / sizeof *stop_fa, XK_STOP, 1);
    add_words(x, "*", generic_x, sizeof generic_x / sizeof *generic_x, XK_GENERIC, 1);
    for (int l = 0; l < 4; l++) {
        for (int d = 0; d < 7; d++)
            x->first2[weekdays[l][d][0] - 'a'][weekdays[l][d][1] - 'a'] = 1;
        for (int m = 0; m < 12; m++)
            x->first2[months[l][m][0] - 'a'][months[l][m][1] - 'a'] = 1;
        for (int d = 0; d < 7; d++)
            xl_put(x, xl_hash("*", weekdays[l][d], strlen(weekdays[l][d]), XK_WEEKDAY),
                   (uint16_t)(d + 1));
        for (int m = 0; m < 12; m++)
            xl_put(x, xl_hash("*", months[l][m], strlen(months[l][m]), XK_MONTH),
                   (uint16_t)(m + 1));
    }
    for (int k = 0; k < 19; k++) { /* 7 weekdays, then 12 months */
        const char *p = k < 7 ? weekdays_ar[k] : months_ar[k - 7];
        while (*p) {
            size_t n = strcspn(p, " ");
            char f[64];
            int fn = n ? kba_fold_script(p, n, f, sizeof f) : -1;
            if (fn > 0)
                xl_put(x, xl_hash("*", f, (size_t)fn, k < 7 ? XK_WEEKDAY : XK_MONTH),
                       (uint16_t)(k < 7 ? k + 1 : k - 6));
            p += n;
            while (*p == ' ')
                p++;
        }
    }
    for (size_t i = 0; i < sizeof concepts / sizeof *concepts; i++) {
        const cword *c = &concepts[i];
        struct sb_stemmer *st = kbm_xl_stemmer(x, c->lang);
        for (const char *p = c->words; *p;) {
            while (*p == ' ')
                p++;
            const char *e = p;
            while (*e && *e != ' ')
                e++;
            if (e > p) {
                const char *w = p;
                size_t n = (size_t)(e - p);
                if (st) {
                    const sb_symbol *s = sb_stemmer_stem(st, (const sb_symbol *)p, (int)n);
                    if (s) {
                        w = (const char *)s;
                        n = (size_t)sb_stemmer_length(st);
                    }
                }
                xl_put(x, xl_hash(c->lang, w, n, XK_CONCEPT), c->concept);
            }
            p = e;
        }
    }
    return x;
}

void kbm_xl_free(kbm_xl *x)
{
    if (!x) return;
    for (int i = 0; i < x->n_stem; i++)
        if (x->stem[i].st) sb_stemmer_delete(x->stem[i].st);
    free(x);
}

int kbm_xl_stop(const kbm_xl *x, const char *lang, const char *w, size_t n)
{
    return lang && xl_get(x, xl_hash(lang, w, n, XK_STOP)) != 0;
}

int kbm_xl_generic(const kbm_xl *x, const char *folded, size_t n)
{
    return xl_get(x, xl_hash("*", folded, n, XK_GENERIC)) != 0;
}

int kbm_xl_concept(kbm_xl *x, const char *lang, const char *stem, size_t n)
{
    if (!lang) return 0;
    if (strncmp(x->clang, lang, sizeof x->clang)) { /* called word after word of one text */
        snprintf(x->clang, sizeof x->clang, "%s", lang);
        x->cseed = kbu_hash64(lang, strlen(lang), 0x786c6e67ULL + XK_CONCEPT);
    }
    uint64_t h = kbu_hash64(stem, n, x->cseed);
    int c = xl_get(x, h ? h : 1);
    /* Arabic: the article al- (ال) is written joined to the word */
    if (!c && !strcmp(lang, "ar") && n > 4 && !memcmp(stem, "\xd8\xa7\xd9\x84", 4))
        c = xl_get(x, xl_hash(lang, stem + 4, n - 4, XK_CONCEPT));
    return c;
}

/* German writes every noun with a capital: the endings that make common nouns
 * ("Verhandlung", "Sicherheit", "Gesellschaft", "Explosion", "Ergebnis", "Polizei") are
 * not names. Folded words (ä as a). */
int kbm_xl_de_noun(const char *folded, size_t n)
{
    static const char *const suf[] = {"ung", "ungen", "heit", "heiten", "keit", "keiten",
                                      "schaft", "schaften", "tion", "tionen", "nis", "nisse",
                                      "tum", "ismus", "tat", "taten", "ei", "ik", "ling", "chen"};
    for (size_t i = 0; i < sizeof suf / sizeof *suf; i++) {
        size_t k = strlen(suf[i]);
        if (n > k + 2 && !memcmp(folded + n - k, suf[i], k)) return 1;
    }
    return 0;
}

/* Could the folded word be a weekday or a month? (most words are not: no hashing;
 * words of other scripts are looked up) */
static int day_word(const kbm_xl *x, const char *f, size_t n)
{
    if ((unsigned char)f[0] >= 0x80) return n >= 4 && n <= 24;
    return n >= 3 && n <= 10 && f[0] >= 'a' && f[0] <= 'z' && f[1] >= 'a' && f[1] <= 'z' &&
           x->first2[f[0] - 'a'][f[1] - 'a'];
}

int kbm_xl_weekday(const kbm_xl *x, const char *folded, size_t n)
{
    if (!day_word(x, folded, n)) return -1;
    return (int)xl_get(x, xl_hash("*", folded, n, XK_WEEKDAY)) - 1;
}

int kbm_xl_month(const kbm_xl *x, const char *folded, size_t n)
{
    if (!day_word(x, folded, n)) return -1;
    return (int)xl_get(x, xl_hash("*", folded, n, XK_MONTH)) - 1;
}
