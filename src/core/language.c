/*
 * language.c -- ISO 639-1 language of a text: writing system first (CJK,
 * Cyrillic, Greek, ...), then compiled-in stopword profiles for Latin script.
 */
#include "nm_text.h"

#include <string.h>

/* Only the head of a long text is read: enough words, constant time. */
#define LANG_SCAN_BYTES		16384
#define LANG_MIN_LETTERS	20

typedef struct lang_profile
{
	const char *code;
	const char *stopwords;		/* space-delimited, lower case, UTF-8 */
	const char *marks;			/* letters typical of the language, UTF-8 */
} lang_profile;

static const lang_profile profiles[] = {
	{"en", " the of and to in is that for on with as was by at it from are be this have"
		" has said were which an not or but its their will been would also had they who"
		" more than after about into over ", ""},
	{"de", " der die und das den ist nicht mit von sich des auf für im dem ein eine einer"
		" zu auch es werden aus er hat dass sie nach bei wird um noch wie über zum zur sind"
		" oder vor durch wurde wir ich ", "ßäöü"},
	{"fr", " le la les et des est une du dans que pour qui pas sur au il par plus avec ne"
		" se sont ce aux mais elle cette ont été son être leur sa ses nous vous comme fait"
		" entre ou où ", "çèêàùœ"},
	{"es", " el la los las y en que del por con para una es se al lo como más pero sus su"
		" fue ha este esta entre sobre también muy sin desde son hasta donde porque cuando"
		" ya le ", "ñ"},
	{"it", " il la di che e è per un una del della dei delle non con sono gli le nel nella"
		" alla al da si anche come più ma ha questo questa stato essere dal sul loro tra"
		" ed ", "ìò"},
	{"pt", " o a os as de que do da dos das em um uma para com não no na por mais se foi"
		" ao pelo pela seu sua como mas também é são ser está entre nos nas ", "ãõç"},
	{"nl", " de het een en van in is op dat te zijn met voor niet aan er die ook om als bij"
		" door maar naar dan nog werd worden hebben heeft wordt deze uit tot ", "ĳ"},
	{"sv", " och att det som en är på för med av den till har inte om ett de jag var men"
		" ska från vi kan eller så när också efter sina sig hade under ", "åäö"},
	{"pl", " i w na z się nie do że to jest o jak po ale od za co przez być tak dla jego"
		" są już też oraz czy może który która które tym ", "łąęśźżń"},
	{"cs", " a v se na je že to s z do o i jako by pro jsou ale ve po jeho které který tak"
		" už nebo byl jsem od při za bylo mezi také ", "řůěčš"},
	{"id", " yang dan di ini itu dengan untuk tidak dari dalam akan pada juga saya ke karena"
		" ada mereka kita bisa sudah atau seperti oleh jadi kami telah adalah ", ""},
	{"tr", " ve bir bu da de için ile olan gibi daha çok en ama ne kadar sonra olarak değil"
		" var mı ki her şey göre ", "ğışİı"},
};

#define N_PROFILES (sizeof(profiles) / sizeof(profiles[0]))

/* the set of profiles of a stopword is a uint16_t bit mask */
typedef char lang_profiles_fit_mask[N_PROFILES <= 16 ? 1 : -1];

enum script
{
	SC_OTHER, SC_LATIN, SC_CYRILLIC, SC_GREEK, SC_ARABIC, SC_HEBREW, SC_HAN,
	SC_KANA, SC_HANGUL, SC_THAI, SC_DEVANAGARI, SC_COUNT
};

static enum script
script_of(uint32_t c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		(c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7))
		return SC_LATIN;
	if (c >= 0x400 && c <= 0x52F)
		return SC_CYRILLIC;
	if (c >= 0x370 && c <= 0x3FF)
		return SC_GREEK;
	if (c >= 0x600 && c <= 0x6FF)
		return SC_ARABIC;
	if (c >= 0x5D0 && c <= 0x5EA)
		return SC_HEBREW;
	if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))
		return SC_HAN;
	if (c >= 0x3040 && c <= 0x30FF)
		return SC_KANA;
	if (c >= 0xAC00 && c <= 0xD7AF)
		return SC_HANGUL;
	if (c >= 0xE00 && c <= 0xE7F)
		return SC_THAI;
	if (c >= 0x900 && c <= 0x97F)
		return SC_DEVANAGARI;
	return SC_OTHER;
}

/*
 * The stopwords of every profile in one open-addressing table built per call
 * on the stack (no global state): a word of at most 8 bytes packed into a
 * uint64 is its key, the value is the set of profiles listing it.  One probe
 * per word instead of a scan of every profile's list.
 */
#define STOP_SLOTS		1024	/* power of two, > 2x the stopwords */
#define STOP_MAX_BYTES	8

typedef struct stop_table
{
	uint64_t	key[STOP_SLOTS];	/* 0: empty slot */
	uint16_t	profiles[STOP_SLOTS];
} stop_table;

static uint64_t
stop_key(const char *w, size_t n)
{
	uint64_t	k = 0;

	memcpy(&k, w, n);
	return k;
}

static size_t
stop_slot(const stop_table *t, uint64_t k)
{
	size_t		h = (size_t) ((k * UINT64_C(0x9E3779B97F4A7C15)) >> 54) & (STOP_SLOTS - 1);

	while (t->key[h] != 0 && t->key[h] != k)
		h = (h + 1) & (STOP_SLOTS - 1);
	return h;
}

static void
stop_table_build(stop_table *t)
{
	memset(t->key, 0, sizeof(t->key));
	for (size_t p = 0; p < N_PROFILES; p++)
	{
		const char *s = profiles[p].stopwords;

		while (*s)
		{
			size_t		n = 0,
						h;
			uint64_t	k;

			while (*s == ' ')
				s++;
			while (s[n] && s[n] != ' ')
				n++;
			if (n == 0)
				break;
			/* a longer entry could never match: keep the lists to short
			 * function words (the longest, "também", is 8 bytes) */
			if (n <= STOP_MAX_BYTES)
			{
				k = stop_key(s, n);
				h = stop_slot(t, k);
				if (t->key[h] == 0)
				{
					t->key[h] = k;
					t->profiles[h] = 0;
				}
				t->profiles[h] |= (uint16_t) (1u << p);
			}
			s += n;
		}
	}
}

/* The set of profiles whose stopwords include the lower-cased word w. */
static unsigned
stop_profiles(const stop_table *t, const char *w, size_t n)
{
	size_t		h;

	if (n == 0 || n > STOP_MAX_BYTES)
		return 0;
	h = stop_slot(t, stop_key(w, n));
	return t->key[h] != 0 ? t->profiles[h] : 0;
}

static bool
has_bytes(const char *hay, size_t n, const char *needle, size_t m)
{
	for (size_t i = 0; i + m <= n; i++)
		if (memcmp(hay + i, needle, m) == 0)
			return true;
	return false;
}

/* Lower-cases ASCII and Latin-1/Latin Extended-A capitals in a word copy. */
static size_t
lower_word(const char *s, size_t len, char *buf, size_t bufsize)
{
	size_t		o = 0;

	for (size_t i = 0; i < len && o + 3 < bufsize;)
	{
		size_t		adv;
		uint32_t	c = nm_utf8_decode(s + i, len - i, &adv);

		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		else if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
			c += 0x20;
		else if (c >= 0x100 && c <= 0x17F && c % 2 == 0 && !(c >= 0x139 && c <= 0x148) && c < 0x179)
			c += 1;
		if (c < 0x80)
			buf[o++] = (char) c;
		else if (c < 0x800)
		{
			buf[o++] = (char) (0xC0 | (c >> 6));
			buf[o++] = (char) (0x80 | (c & 0x3F));
		}
		else
		{
			memcpy(buf + o, s + i, adv);
			o += adv;
		}
		i += adv;
	}
	buf[o] = '\0';
	return o;
}

const char *
nm_detect_language(const char *text, size_t len)
{
	int			scripts[SC_COUNT] = {0};
	int			score[N_PROFILES] = {0};
	int			letters = 0,
				words = 0;
	size_t		i = 0;
	int			best = -1,
				second = -1;
	stop_table	table;
	bool		table_built = false;

	if (!text)
		return NULL;
	if (len > LANG_SCAN_BYTES)
	{
		len = LANG_SCAN_BYTES;
		while (len > 0 && ((unsigned char) text[len] & 0xC0) == 0x80)
			len--;
	}
	while (i < len)
	{
		size_t		start = i,
					adv;
		uint32_t	c = nm_utf8_decode(text + i, len - i, &adv);
		enum script sc = script_of(c);

		if (sc != SC_LATIN)
		{
			if (sc != SC_OTHER)
			{
				scripts[sc]++;
				letters++;
			}
			i += adv;
			continue;
		}
		/* a Latin word */
		while (i < len)
		{
			c = nm_utf8_decode(text + i, len - i, &adv);
			if (script_of(c) != SC_LATIN && c != '\'' && c != 0x2019)
				break;
			if (c != '\'' && c != 0x2019)
			{
				scripts[SC_LATIN]++;
				letters++;
			}
			i += adv;
		}
		words++;
		{
			char		w[64];
			size_t		n = lower_word(text + start, i - start, w, sizeof(w));
			unsigned	stop;
			bool		ascii = true;

			if (!table_built)
			{
				stop_table_build(&table);
				table_built = true;
			}
			stop = stop_profiles(&table, w, n);
			for (size_t b = 0; b < n && ascii; b++)
				ascii = (unsigned char) w[b] < 0x80;
			for (size_t p = 0; p < N_PROFILES; p++)
			{
				if (stop & (1u << p))
					score[p] += 2;
				/* a letter only this language family writes (never ASCII) */
				for (const char *m = profiles[p].marks; *m && !ascii;)
				{
					size_t		ml;

					nm_utf8_decode(m, strlen(m), &ml);
					if (ml > 1 && has_bytes(w, n, m, ml))
					{
						score[p] += 1;
						break;
					}
					m += ml;
				}
			}
		}
	}
	if (letters < LANG_MIN_LETTERS)
		return NULL;

	/* writing systems that name their language */
	if (scripts[SC_KANA] * 10 >= letters && scripts[SC_KANA] + scripts[SC_HAN] >= letters / 2)
		return "ja";
	if (scripts[SC_HAN] * 2 >= letters)
		return "zh";
	if (scripts[SC_HANGUL] * 2 >= letters)
		return "ko";
	if (scripts[SC_CYRILLIC] * 2 >= letters)
		return "ru";
	if (scripts[SC_GREEK] * 2 >= letters)
		return "el";
	if (scripts[SC_ARABIC] * 2 >= letters)
		return "ar";
	if (scripts[SC_HEBREW] * 2 >= letters)
		return "he";
	if (scripts[SC_THAI] * 2 >= letters)
		return "th";
	if (scripts[SC_DEVANAGARI] * 2 >= letters)
		return "hi";
	if (scripts[SC_LATIN] * 2 < letters || words < 4)
		return NULL;

	for (size_t p = 0; p < N_PROFILES; p++)
	{
		if (best < 0 || score[p] > score[best])
		{
			second = best;
			best = (int) p;
		}
		else if (second < 0 || score[p] > score[second])
			second = (int) p;
	}
	/* enough evidence, and clearly ahead of the runner-up */
	if (score[best] < 6 || score[best] * 4 < score[second] * 5)
		return NULL;
	return profiles[best].code;
}
