/*
 * dateline.c -- the wire dateline that opens a story ("OTTAWA, Sept 21
 * (Reuters) - "): place as written, canonical agency, bytes to skip.
 */
#include "nm_text.h"

#include <string.h>

/* Canonical agency names; keys are lower-case ASCII as written in the parens. */
static const struct
{
	const char *key;
	const char *name;
} agencies[] = {
	{"reuters", "Reuters"}, {"reuter", "Reuters"}, {"thomson reuters", "Reuters"},
	{"reuters breakingviews", "Reuters"}, {"breakingviews", "Reuters"},
	{"ap", "AP"}, {"associated press", "AP"}, {"the associated press", "AP"},
	{"afp", "AFP"}, {"agence france-presse", "AFP"}, {"agence france presse", "AFP"},
	{"bloomberg", "Bloomberg"}, {"bloomberg news", "Bloomberg"},
	{"dow jones", "Dow Jones"}, {"dow jones newswires", "Dow Jones"},
	{"mt newswires", "MT Newswires"}, {"xinhua", "Xinhua"}, {"kyodo", "Kyodo"},
	{"kyodo news", "Kyodo"}, {"dpa", "dpa"}, {"efe", "EFE"}, {"ansa", "ANSA"},
	{"pti", "PTI"}, {"ani", "ANI"}, {"ians", "IANS"}, {"upi", "UPI"},
	{"cp", "The Canadian Press"}, {"canadian press", "The Canadian Press"},
	{"the canadian press", "The Canadian Press"}, {"aap", "AAP"}, {"tass", "TASS"},
	{"interfax", "Interfax"}, {"yonhap", "Yonhap"}, {"bernama", "Bernama"},
	{"antara", "Antara"}, {"ria novosti", "RIA Novosti"}, {"anadolu", "Anadolu"},
	{"argus", "Argus"}, {"platts", "Platts"}, {"fastmarkets", "Fastmarkets"},
	{"marketwatch", "MarketWatch"}, {"sputnik", "Sputnik"}, {"apa", "APA"},
	{"belga", "Belga"}, {"anp", "ANP"}, {"tt", "TT"}, {"ntb", "NTB"}, {"pap", "PAP"},
	{"ctk", "CTK"}, {"lusa", "Lusa"}, {"europa press", "Europa Press"},
};

const char *
nm_agency_name(const char *s, size_t len)
{
	char		key[48];
	size_t		k = 0;

	/* lower-case, single spaces, no surrounding blanks */
	for (size_t i = 0; i < len && k + 1 < sizeof(key); i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == ' ' || c == '\t')
		{
			if (k > 0 && key[k - 1] != ' ')
				key[k++] = ' ';
			continue;
		}
		key[k++] = (c >= 'A' && c <= 'Z') ? (char) (c | 0x20) : (char) c;
	}
	while (k > 0 && key[k - 1] == ' ')
		k--;
	key[k] = '\0';
	if (k == 0 || k + 1 >= sizeof(key))
		return NULL;
	for (size_t i = 0; i < sizeof(agencies) / sizeof(agencies[0]); i++)
		if (strcmp(agencies[i].key, key) == 0)
			return agencies[i].name;
	return NULL;
}

/* All-caps words that open a paragraph without being a place. */
static const char not_places[] =
" note update updated breaking exclusive analysis watch video photo photos file"
" correction corrected opinion commentary live refile rpt factbox insight column"
" brief sponsored advertisement editor editors warning disclaimer read more related"
" listen graphic graphics explainer review preview interview poll notes year qtr"
" shr net revs sales source sources dear q a ";

/* Title-case words that open sentences rather than place names. */
static const char sentence_openers[] =
" in on at the a an for by from last this that since yesterday today tonight"
" earlier later meanwhile but and so as after before when while during until"
" however also already analysts traders officials shares prices ";

/* Lower-case connectors inside place names ("Rio de Janeiro"). */
static const char connectors[] =
" de da do dos das del la le les am im an der sur en y di du al el ";

/* Letter case of a code point: 1 upper, -1 lower, 0 not a cased letter. */
static int
letter_case(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return 1;
	if (c >= 'a' && c <= 'z')
		return -1;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return 1;
	if (c >= 0xDF && c <= 0xFF && c != 0xF7)
		return -1;
	if (c >= 0x100 && c <= 0x17F)
	{
		bool		even = (c % 2) == 0;

		/* pairs start on even code points except in U+0139..U+0148, U+0179.. */
		if ((c >= 0x139 && c <= 0x148) || c >= 0x179)
			even = !even;
		if (c == 0x138 || c == 0x149 || c == 0x17F)
			return -1;
		if (c == 0x178)
			return 1;
		return even ? 1 : -1;
	}
	if ((c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F))
		return 1;
	if ((c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x45F))
		return -1;
	return 0;
}

static uint32_t
cp_at(const char *s, size_t len, size_t p, size_t *adv)
{
	if (p >= len)
	{
		*adv = 0;
		return 0;
	}
	return nm_utf8_decode(s + p, len - p, adv);
}

/* Spaces, tabs and no-break spaces (a loop: hostile text may hold millions). */
static size_t
skip_sp(const char *s, size_t len, size_t p)
{
	for (;;)
	{
		if (p < len && (s[p] == ' ' || s[p] == '\t'))
			p++;
		else if (p + 1 < len && (unsigned char) s[p] == 0xC2 && (unsigned char) s[p + 1] == 0xA0)
			p += 2;
		else
			return p;
	}
}

/* Words of s[0..len), counting at most max. */
static int
count_words_upto(const char *s, size_t len, int max)
{
	int			n = 0;
	bool		in = false;

	for (size_t i = 0; i < len && n < max; i++)
	{
		bool		sp = s[i] == ' ' || s[i] == '\t';

		if (!sp && !in)
			n++;
		in = !sp;
	}
	return n;
}

/* Dash that ends a dateline: "-", "--", en/em dash, figure dash, bar. */
static size_t
read_dash(const char *s, size_t len, size_t p)
{
	if (p < len && s[p] == '-')
		return (p + 1 < len && s[p + 1] == '-') ? p + 2 : p + 1;
	if (p + 2 < len && (unsigned char) s[p] == 0xE2 && (unsigned char) s[p + 1] == 0x80 &&
		(unsigned char) s[p + 2] >= 0x92 && (unsigned char) s[p + 2] <= 0x95)
		return p + 3;
	return p;
}

typedef struct place_words
{
	size_t		end;			/* end of the last word */
	int			words;
	int			letters;
	bool		all_caps;		/* every word upper case (else Title Case) */
	char		first[24];		/* first word folded, for the stop list */
} place_words;

/* True when a month name followed by a day number starts at p. */
static bool
month_day_at(const char *s, size_t len, size_t p)
{
	char		w[24];
	size_t		e = p + nm_fold_word(s + p, len - p, w, sizeof(w));

	if (e == p || nm_month_of_word(w) == 0)
		return false;
	if (e < len && s[e] == '.')
		e++;
	e = skip_sp(s, len, e);
	return e < len && s[e] >= '0' && s[e] <= '9';
}

/*
 * Capitalised words from p: "NEW YORK", "SÃO PAULO", "WASHINGTON/BEIJING",
 * "ST. LOUIS", "N.Y.", "Rio de Janeiro".  Stops before a month-day.  With
 * lower, words after the first may be lower case ("Mexico city", "La paz").
 */
static bool
scan_place_words_case(const char *s, size_t len, size_t p, bool lower_ok, place_words *pw)
{
	memset(pw, 0, sizeof(*pw));
	pw->all_caps = true;
	while (p < len && pw->words < 7 && !(pw->words > 0 && month_day_at(s, len, p)))
	{
		size_t		q = p,
					adv;
		int			upper = 0,
					lower = 0,
					firstcase = 0;
		bool		connector = false;

		while (q < len && q - p < 40)
		{
			uint32_t	c = cp_at(s, len, q, &adv);
			int			lc = letter_case(c);

			if (lc)
			{
				if (!firstcase)
					firstcase = lc;
				if (lc > 0)
					upper++;
				else
					lower++;
				q += adv;
			}
			else if ((c == '.' || c == '\'' || c == 0x2019) && q > p)
				q += adv;
			else if (c == '-' && q > p && letter_case(cp_at(s, len, q + 1, &adv)))
				q += 1;
			else
				break;
		}
		if (q == p || firstcase == 0)
			break;
		if (firstcase < 0)
		{
			char		w[8];

			nm_fold_word(s + p, q - p, w, sizeof(w));
			connector = pw->words > 0 && (nm_word_in_list(connectors, w) ||
										  (lower_ok && pw->words < 3));
			if (!connector)
				break;
		}
		if (pw->words == 0)
			nm_fold_word(s + p, q - p, pw->first, sizeof(pw->first));
		if (!connector && lower > 0)
			pw->all_caps = false;
		pw->letters += upper + lower;
		pw->words++;
		pw->end = q;
		/* next word: one space or a slash between words */
		if (q + 1 < len && (s[q] == ' ' || s[q] == '/') &&
			letter_case(cp_at(s, len, q + 1, &adv)))
			p = q + 1;
		else
			break;
	}
	return pw->words > 0;
}

static bool
scan_place_words(const char *s, size_t len, size_t p, place_words *pw)
{
	return scan_place_words_case(s, len, p, false, pw);
}

/* "Sept 21", "21 sept", "March 4, 2024", "Monday": end of the date or 0. */
static size_t
scan_short_date(const char *s, size_t len, size_t p)
{
	char		w[24];
	size_t		e = p + nm_fold_word(s + p, len - p, w, sizeof(w));
	size_t		q;

	if (e > p && nm_is_weekday_word(w) && nm_month_of_word(w) == 0)
	{
		q = skip_sp(s, len, e + (e < len && s[e] == ','));
		/* "Monday" alone, or "Monday, March 4" */
		if (q < len && month_day_at(s, len, q))
			return scan_short_date(s, len, q);
		return e;
	}
	if (e > p && nm_month_of_word(w))
	{
		q = e + (e < len && s[e] == '.');
		q = skip_sp(s, len, q);
		if (!(q < len && s[q] >= '0' && s[q] <= '9'))
			return 0;
		e = q;
		while (e < len && s[e] >= '0' && s[e] <= '9' && e - q < 3)
			e++;
		if (e - q > 2)
			return 0;
	}
	else if (p < len && s[p] >= '0' && s[p] <= '9')
	{
		q = p;
		while (q < len && s[q] >= '0' && s[q] <= '9' && q - p < 3)
			q++;
		if (q - p > 2)
			return 0;
		if (q < len && s[q] == '.')
			q++;
		q = skip_sp(s, len, q);
		e = q + nm_fold_word(s + q, len - q, w, sizeof(w));
		if (e == q || nm_month_of_word(w) == 0)
			return 0;
		if (e < len && s[e] == '.')
			e++;
	}
	else
		return 0;
	/* optional year */
	q = skip_sp(s, len, e < len && s[e] == ',' ? e + 1 : e);
	if (q + 4 <= len && s[q] >= '1' && s[q] <= '2' &&
		s[q + 1] >= '0' && s[q + 1] <= '9' && s[q + 2] >= '0' && s[q + 2] <= '9' &&
		s[q + 3] >= '0' && s[q + 3] <= '9' && (q + 4 == len || !(s[q + 4] >= '0' && s[q + 4] <= '9')))
		e = q + 4;
	return e;
}

/*
 * "(Reuters)" at p: *agency gets the canonical name, or the text as written
 * when it looks like an agency name (1-3 capitalised words, no digits).
 * *known tells whether it is in the table.  Returns the end or 0.
 */
static size_t
scan_agency(nm_ctx *ctx, const char *s, size_t len, size_t p, char **agency, bool *known)
{
	size_t		q = p + 1,
				close;
	char		key[48];
	size_t		k = 0;
	int			words = 1;

	if (p >= len || s[p] != '(')
		return 0;
	close = q;
	while (close < len && s[close] != ')' && close - q < 40)
		close++;
	if (close >= len || s[close] != ')' || close == q)
		return 0;
	for (size_t i = q; i < close; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == ' ')
		{
			if (k > 0 && key[k - 1] == ' ')
				continue;
			words++;
		}
		else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '&' ||
				   c >= 0x80))
			return 0;
		if (k + 1 >= sizeof(key))
			return 0;
		key[k++] = (c >= 'A' && c <= 'Z') ? (char) (c | 0x20) : (char) c;
	}
	key[k] = '\0';
	*known = false;
	{
		const char *name = nm_agency_name(key, k);

		if (name)
		{
			*known = true;
			*agency = nm_strdup(ctx, name);
			return close + 1;
		}
	}
	{
		size_t		adv;

		if (words > 3 || letter_case(cp_at(s, len, q, &adv)) <= 0)
			return 0;
	}
	*agency = nm_sanitize_utf8(ctx, s + q, close - q);
	return close + 1;
}

bool
nm_parse_dateline(nm_ctx *ctx, const char *para, size_t len,
				  char **place, char **agency, size_t *prefix_len)
{
	const char *s = para;
	size_t		p,
				q,
				place_end = 0,
				e;
	place_words pw;
	bool		has_date = false,
				has_agency = false,
				known_agency = false,
				caps;
	char	   *ag = NULL;

	*place = NULL;
	*agency = NULL;
	*prefix_len = 0;
	if (!para)
		return false;
	p = skip_sp(s, len, 0);

	/* "(Bloomberg) -- Copper rose": agency only */
	if (p < len && s[p] == '(')
	{
		e = scan_agency(ctx, s, len, p, &ag, &known_agency);
		if (!e || !known_agency)
			return false;
		q = skip_sp(s, len, e);
		e = read_dash(s, len, q);
		if (e == q)
			return false;
		*agency = ag;
		*prefix_len = skip_sp(s, len, e);
		return true;
	}

	if (!scan_place_words(s, len, p, &pw) || pw.letters < 2)
		return false;
	/* "Mexico city, march 18 -", "La paz, …": a place written with lower-case
	 * words after the first counts when a comma and a date follow it */
	if (!pw.all_caps && pw.end < len && s[pw.end] == ' ')
	{
		place_words lw;

		if (scan_place_words_case(s, len, p, true, &lw) && lw.words > pw.words &&
			lw.end < len && s[lw.end] == ',' &&
			scan_short_date(s, len, skip_sp(s, len, lw.end + 1)) > 0)
			pw = lw;
	}
	caps = pw.all_caps;
	place_end = pw.end;
	q = pw.end;
	/* "NEW YORK , March 5 -": a stray space before the comma */
	if (q + 1 < len && s[q] == ' ' && s[q + 1] == ',')
		q++;

	/* ", Sept 21", ", 21 sept 2023", ", Calif.", ", the Netherlands", up to
	 * two regions: ", Grand Cayman, British West Indies, March 4" */
	if (q < len && s[q] == ',')
	{
		size_t		r = skip_sp(s, len, q + 1);

		if ((e = scan_short_date(s, len, r)) > 0)
		{
			has_date = true;
			q = e;
		}
		else
		{
			for (int regions = 0;; regions++)
			{
				place_words region;

				if (regions == 2)
					return false;
				if (r + 4 < len && memcmp(s + r, "the ", 4) == 0)
					r += 4;
				if (!scan_place_words(s, len, r, &region))
					return false;
				place_end = region.end;
				q = region.end;
				r = skip_sp(s, len, q < len && s[q] == ',' ? q + 1 : q);
				if ((e = scan_short_date(s, len, r)) > 0)
				{
					has_date = true;
					q = e;
					break;
				}
				if (r < len && s[r] == '(')
					break;
				if (!(q < len && s[q] == ','))
					return false;
			}
		}
		/* "CHICAGO, March 4, - …", "…, March 4, (Reuters) -": a comma left
		 * before the dash or the wire */
		if (has_date && q + 2 < len && s[q] == ',' && s[q + 1] == ' ' &&
			(read_dash(s, len, q + 2) > q + 2 || s[q + 2] == '('))
			q++;
		/* "ROME, March 13, Reuter - …": a known wire after the date, bare */
		if (has_date && q < len && s[q] == ',')
		{
			size_t		a = skip_sp(s, len, q + 1),
						b = a,
						c;
			const char *name;

			while (b < len && b - a < 40 && (letter_case(cp_at(s, len, b, &e)) || s[b] == ' '))
				b += s[b] == ' ' ? 1 : e;
			while (b > a && s[b - 1] == ' ')
				b--;
			c = skip_sp(s, len, b);
			if (b > a && (name = nm_agency_name(s + a, b - a)) != NULL &&
				(read_dash(s, len, c) > c || (c < len && s[c] == '(')))
			{
				ag = nm_strdup(ctx, name);
				has_agency = known_agency = true;
				q = b;
			}
		}
	}

	/* "JOHANNESBURG March 13 -": an upper-case place may omit the comma */
	if (!has_date && caps && q < len && s[q] == ' ' &&
		(e = scan_short_date(s, len, q + 1)) > 0)
	{
		has_date = true;
		q = e;
	}

	/* "(Reuters)" */
	{
		size_t		r = skip_sp(s, len, q);

		if (r < len && s[r] == '(')
		{
			e = scan_agency(ctx, s, len, r, &ag, &known_agency);
			if (!e)
				return false;
			has_agency = true;
			q = e;
		}
	}

	/* the dash (or, for an upper-case place alone, a colon) */
	{
		size_t		r = skip_sp(s, len, q);

		e = read_dash(s, len, r);
		if (e > r)
		{
			/* "US-China": a lone hyphen must follow a space, a parenthesis
			 * or a date ("Feb 26- Shr 1.11 dlrs") */
			if (e == r + 1 && r == q && !has_agency &&
				!(has_date && e < len && s[e] == ' '))
				return false;
		}
		else if (r < len && s[r] == ':' && r == q && caps && !has_date && !has_agency)
			e = r + 1;
		else
			return false;
		q = e;
	}

	/* how sure are we that this is a place and not an opening phrase? */
	if (!caps)
	{
		if (!has_date && !(has_agency && known_agency))
			return false;
		if (nm_word_in_list(sentence_openers, pw.first) && !known_agency)
			return false;
	}
	else if (!has_date && !has_agency)
	{
		size_t		adv,
					r = skip_sp(s, len, q);
		uint32_t	c = cp_at(s, len, r, &adv);

		if (pw.letters < 3 || nm_word_in_list(not_places, pw.first))
			return false;
		/* "SUGAR IMPORTS DOWN IN WEEK - USDA" is a headline and its source:
		 * a place is a few words, and a story, not a short upper-case
		 * name, follows it */
		if (pw.words > 4)
			return false;
		if (count_words_upto(s + r, len - r, 4) <= 3)
		{
			bool		lower = false;

			for (size_t i = r; i < len && !lower; i++)
				lower = s[i] >= 'a' && s[i] <= 'z';
			if (!lower)
				return false;
		}
		/* the lead must open like a sentence: "Copper ...", not "UMUARAMA NIL" */
		if (letter_case(c) > 0)
		{
			place_words next;

			if (scan_place_words(s, len, r, &next) && next.all_caps && next.words >= 2)
				return false;
		}
		else if (!(c >= '0' && c <= '9') && c != '"' && c != 0x201C && c != '\'')
			return false;
	}
	/* "(NYSE)" after a ticker is no wire credit: unknown agencies need a date */
	if (has_agency && !known_agency && !has_date)
		return false;

	*place = nm_sanitize_utf8(ctx, s + p, place_end - p);
	*agency = ag;
	*prefix_len = skip_sp(s, len, q);
	return *place != NULL;
}
