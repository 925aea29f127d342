/*
 * mineral_rules.c -- nm_extract_minerals: turns the matcher's dictionary hits
 * into mentions by applying the documented disambiguation rules.
 *
 * Rules (README "Minerals / disambiguation" lists them with examples):
 *  R1 idioms, sport and known names are dictionary "block" phrases; the
 *     matcher's leftmost-longest choice already hides the mineral inside.
 *  R2 a capitalised mineral word that starts a name is not a mention: next
 *     word a corporate word (Gold Fields, Lithium Americas Corp), next word
 *     another capitalised non-market word (Silver Lake, Gold Coast), or
 *     previous word a capitalised non-market word (Nippon Steel, U.S. Steel,
 *     Southern Copper), chained over "&" (Freeport-McMoRan Copper & Gold).
 *  R3 a capitalised mineral word inside a sentence (not its first word) is a
 *     proper noun unless the sentence is in title case or the word follows
 *     an exchange/market word (LME Copper).
 *  R4 an all-caps mineral word in mixed-case text inside parentheses or
 *     before ".X" is a ticker (GOLD.N); all-caps headlines are read as text.
 *  R5 element symbols only in formula contexts: after a number and unit
 *     (62% Fe, 2 g/t Au), before a trade word (Cu cathode), alone in
 *     parentheses (Au), joined to another symbol (Pt/Pd, Ni-Co, "Pt, Pd and
 *     Rh"); symbols that are also words (In, As, Be, Li, Co) need a number,
 *     a trade word or a non-word partner symbol.
 *  R6 needs_context minerals ("lead") count only next to a metal word (lead
 *     prices, refined lead), a form word (lead concentrate) or another
 *     mineral in a coordination (lead and zinc, zinc, lead and tin).
 *     proper_noun minerals ("Mercury") need the same context when capitalised.
 *  R7 a form word right after an element extends the mention and sets its
 *     form (copper cathode -> product, nickel matte -> intermediate).
 *  R8 acronyms (LCE, NMC, MHP) need a metal word next to them or a mineral
 *     named in words in the same sentence; plural group acronyms (PGMs,
 *     REEs) do not.
 *  R10 a capitalised mineral word or acronym followed by a speech verb or
 *     "who" is a person or organisation ("Silver said", "Gold, who ...",
 *     "Iridium said", "REE said"); an all-caps word alone in mixed-case text
 *     is an acronym ("your TIN"); a single digit joined by a hyphen makes a
 *     golf club or a count ("7-iron").
 */
#include "nm_minerals.h"

#include <string.h>

enum caps
{
	CAPS_LOWER,
	CAPS_TITLE,					/* Copper */
	CAPS_ALL					/* COPPER */
};

typedef struct sent_info
{
	size_t		start;
	bool		computed;
	bool		title_case;
	bool		all_caps;
} sent_info;

typedef struct mention_buf
{
	nm_ctx	   *ctx;
	nm_mineral_mention *items;
	int			n;
	int			cap;
} mention_buf;

static bool
is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static bool
is_upper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool
is_lower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}

static bool
is_alpha(unsigned char c)
{
	return is_upper(c) || is_lower(c);
}

static bool
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* token characters: letters, digits, non-ASCII, and . - ' & inside a word */
static bool
is_tok(unsigned char c)
{
	return is_alpha(c) || is_digit(c) || c >= 0x80 || c == '.' || c == '-' ||
		c == '\'' || c == '/' || c == '%';
}

static int
ci_cmp(const char *a, const char *b, size_t blen)
{
	size_t		i = 0;

	for (; a[i] && i < blen; i++)
	{
		unsigned char x = (unsigned char) a[i];
		unsigned char y = (unsigned char) b[i];

		if (is_upper(y))
			y += 32;
		if (x != y)
			return x < y ? -1 : 1;
	}
	if (a[i])
		return 1;
	return i < blen ? -1 : 0;
}

bool
nm_min_word_in(const char *const *list, int n, const char *w, size_t len, bool fold)
{
	int			lo = 0,
				hi = n - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			c;

		if (fold)
			c = ci_cmp(list[mid], w, len);
		else
		{
			c = strncmp(list[mid], w, len);
			if (c == 0 && list[mid][len] != '\0')
				c = 1;
		}
		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return false;
}

static const char *
formword_lookup(const char *w, size_t len)
{
	int			lo = 0,
				hi = nm_min_formword_count - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = ci_cmp(nm_min_formwords[mid].word, w, len);

		if (c == 0)
			return nm_min_formwords[mid].form;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

/* Plain word (letters, digits, non-ASCII, inner ' and -) starting at pos. */
static size_t
word_end(const char *t, size_t len, size_t pos)
{
	size_t		e = pos;

	while (e < len && (is_alpha((unsigned char) t[e]) || is_digit((unsigned char) t[e]) ||
					   (unsigned char) t[e] >= 0x80))
		e++;
	return e;
}

/* Next token after `pos`, skipping horizontal/vertical whitespace only;
 * trailing sentence punctuation is not part of it. */
static bool
next_token(const char *t, size_t len, size_t pos, size_t *ws, size_t *we)
{
	size_t		s = pos;
	size_t		e;

	while (s < len && is_ws((unsigned char) t[s]))
		s++;
	if (s == pos || s >= len)
		return false;
	e = s;
	while (e < len && (is_tok((unsigned char) t[e]) || t[e] == '&'))
		e++;
	while (e > s && (t[e - 1] == '.' || t[e - 1] == '\'' || t[e - 1] == '-') &&
		   !(e - s >= 2 && t[e - 1] == '.' && is_upper((unsigned char) t[e - 2]) &&
			 memchr(t + s, '.', e - 1 - s) != NULL))
		e--;
	if (e == s)
		return false;
	*ws = s;
	*we = e;
	return true;
}

/* Previous token ending before `pos` (whitespace between required). */
static bool
prev_token(const char *t, size_t lo, size_t pos, size_t *ws, size_t *we)
{
	size_t		e = pos;
	size_t		s;

	while (e > lo && is_ws((unsigned char) t[e - 1]))
		e--;
	if (e == pos || e <= lo)
		return false;
	s = e;
	while (s > lo && is_tok((unsigned char) t[s - 1]))
		s--;
	if (s == e)
		return false;
	*ws = s;
	*we = e;
	return true;
}

static enum caps
caps_of(const char *t, size_t s, size_t e)
{
	bool		upper_seen = false;
	bool		lower_seen = false;

	if (s >= e || !is_upper((unsigned char) t[s]))
		return CAPS_LOWER;
	for (size_t i = s + 1; i < e; i++)
	{
		if (is_upper((unsigned char) t[i]))
			upper_seen = true;
		else if (is_lower((unsigned char) t[i]))
			lower_seen = true;
	}
	if (upper_seen && !lower_seen)
		return CAPS_ALL;
	return CAPS_TITLE;
}

static bool
token_is_capitalised(const char *t, size_t s, size_t e)
{
	/* "Nippon", "U.S.", "BHP", "McMoRan" -- anything starting upper case */
	return s < e && is_upper((unsigned char) t[s]);
}

static void
compute_sentence(const char *t, const nm_sentence_cursor *cur, sent_info *si)
{
	int			long_words = 0,
				cap_words = 0;
	size_t		upper = 0,
				lower = 0;
	size_t		i = cur->start;
	bool		first = true;

	si->start = cur->start;
	si->computed = true;
	while (i < cur->end)
	{
		size_t		s,
					e;
		size_t		letters = 0;

		while (i < cur->end && !is_alpha((unsigned char) t[i]))
			i++;
		s = i;
		while (i < cur->end && (is_alpha((unsigned char) t[i]) || t[i] == '\''))
		{
			if (is_upper((unsigned char) t[i]))
				upper++;
			else if (is_lower((unsigned char) t[i]))
				lower++;
			letters++;
			i++;
		}
		e = i;
		if (e == s)
			continue;
		if (!first && letters >= 4)
		{
			long_words++;
			if (is_upper((unsigned char) t[s]))
				cap_words++;
		}
		first = false;
	}
	si->all_caps = upper >= 6 && upper * 5 >= (upper + lower) * 4;
	si->title_case = !si->all_caps && long_words >= 4 && cap_words * 5 >= long_words * 4;
}

/* Only quotes, brackets, dashes, bullets or a colon between the sentence
 * start and pos: the word at pos starts the sentence (or a list item). */
static bool
starts_sentence(const char *t, size_t sent_start, size_t pos)
{
	size_t		i = pos;

	while (i > sent_start && is_ws((unsigned char) t[i - 1]))
		i--;
	if (i > sent_start && t[i - 1] == ':')
		return true;
	/* after a spaced dash: "SANTIAGO, March 4 - Copper", "(Reuters) — Gold" */
	if (i < pos && i >= sent_start + 2 && t[i - 1] == '-' && t[i - 2] == ' ')
		return true;
	if (i < pos && i >= sent_start + 4 && (unsigned char) t[i - 3] == 0xE2 &&
		(unsigned char) t[i - 2] == 0x80 &&
		((unsigned char) t[i - 1] == 0x93 || (unsigned char) t[i - 1] == 0x94) &&
		t[i - 4] == ' ')
		return true;
	for (size_t k = sent_start; k < i; k++)
	{
		unsigned char c = (unsigned char) t[k];

		if (is_alpha(c) || is_digit(c))
			return false;
		if (c >= 0x80)
		{
			size_t		adv;

			if (nm_min_is_word_cp(nm_utf8_decode(t + k, i - k, &adv)))
				return false;
			k += adv - 1;
		}
	}
	return true;
}

/* R4: all-caps hit in mixed-case text that looks like an instrument code. */
static bool
looks_like_ticker(const char *t, size_t len, size_t s, size_t e)
{
	if (e + 1 < len && t[e] == '.' && is_upper((unsigned char) t[e + 1]))
		return true;			/* RIC: GOLD.N, COBRE.UL */
	if (s > 0 && t[s - 1] == ':')
		return true;			/* NYSE:GOLD */
	if (s > 0 && t[s - 1] == '(')
		return true;			/* (GOLD) */
	return false;
}

/* Inside a wire-copy company/ticker group: "<LCE>", "<TiO2 Corp N.L.>". */
static bool
in_angle_group(const char *t, size_t len, size_t s, size_t e)
{
	size_t		i = s;
	bool		open = false;

	while (i > 0 && s - i < 64 && t[i - 1] != '\n' && t[i - 1] != '>')
	{
		if (t[i - 1] == '<')
		{
			open = true;
			break;
		}
		i--;
	}
	if (!open)
		return false;
	for (i = e; i < len && i - e < 64 && t[i] != '\n' && t[i] != '<'; i++)
		if (t[i] == '>')
			return true;
	return false;
}

/* A name continues to a ticker: "Magma Copper Co <MCU>", "DIAMOND SHAMROCK
 * (DIA) CUTS", "Copper <XYZ.N>". */
static bool
before_ticker(const char *t, size_t len, size_t e)
{
	size_t		i = e;

	for (int words = 0; words <= 4; words++)
	{
		size_t		k;

		while (i < len && t[i] == ' ')
			i++;
		if (i < len && (t[i] == '<' || t[i] == '('))
		{
			char		close = t[i] == '<' ? '>' : ')';

			for (k = i + 1; k < len && k - i <= 13; k++)
			{
				if (t[k] == close)
					return k > i + 2;	/* two characters at least */
				if (!(is_upper((unsigned char) t[k]) || is_digit((unsigned char) t[k]) || t[k] == '.'))
					return false;
			}
			return false;
		}
		if (i >= len || !(is_upper((unsigned char) t[i]) || t[i] == '&'))
			return false;
		while (i < len && (is_tok((unsigned char) t[i]) || t[i] == '&'))
			i++;
	}
	return false;
}

static bool
in_list_anycase(const char *const *list, int n, const char *w, size_t len)
{
	for (int k = 0; k < n; k++)
	{
		const char *c = list[k];
		size_t		m = 0;

		while (c[m] && m < len && (c[m] | 0x20) == (w[m] | 0x20))
			m++;
		if (c[m] == '\0' && m == len)
			return true;
	}
	return false;
}

/* Every word of the hit starts upper case ("Iron Ore", not "Lithium
 * carbonate equivalent"). */
static bool
all_words_capitalised(const char *t, size_t s, size_t e)
{
	for (size_t i = s; i < e; i++)
		if ((i == s || is_ws((unsigned char) t[i - 1])) && !is_upper((unsigned char) t[i]))
			return false;
	return true;
}

/* All-caps headline: a legal suffix follows ("BETHLEHEM STEEL CORP'S DEBT",
 * "KIENA GOLD MINES LTD"), not just a corporate-sounding word ("GOLD MINING
 * INDUSTRY", "TIN MINERS START"). */
static bool
caps_corp_follows(const char *t, size_t len, size_t e)
{
	size_t		ws,
				we;

	if (!next_token(t, len, e, &ws, &we))
		return false;
	if (we - ws > 2 && t[we - 2] == '\'' && (t[we - 1] == 'S' || t[we - 1] == 's'))
		we -= 2;
	if (in_list_anycase(nm_min_legal_words, nm_min_legal_words_count, t + ws, we - ws))
		return true;
	if (!in_list_anycase(nm_min_corp_words, nm_min_corp_words_count, t + ws, we - ws) ||
		!next_token(t, len, we, &ws, &we))
		return false;
	return in_list_anycase(nm_min_legal_words, nm_min_legal_words_count, t + ws, we - ws);
}

/* Number followed by a unit just before pos: "62% ", "2 g/t ", "500 ppm ". */
static bool
after_number_unit(const char *t, size_t lo, size_t pos)
{
	size_t		ws,
				we;

	if (!prev_token(t, lo, pos, &ws, &we))
		return false;
	if (t[we - 1] == '%')
	{
		if (we - ws >= 2 && is_digit((unsigned char) t[we - 2]))
			return true;
		if (we - ws == 1)
			return prev_token(t, lo, ws, &ws, &we) && is_digit((unsigned char) t[we - 1]);
		return false;
	}
	{
		static const char *const units[] = {
			"%", "g/t", "gpt", "kg/t", "lb/t", "oz/t", "pct", "percent",
			"ppb", "ppm"
		};
		bool		unit = false;

		for (size_t k = 0; k < sizeof(units) / sizeof(units[0]); k++)
			if (ci_cmp(units[k], t + ws, we - ws) == 0)
				unit = true;
		if (!unit)
			return false;
	}
	return prev_token(t, lo, ws, &ws, &we) && is_digit((unsigned char) t[we - 1]);
}

/* An element symbol (two letters, case-exact) at s, standing alone. */
static bool
symbol_at(const char *t, size_t len, size_t s, bool *wordlike)
{
	char		sym[3];

	if (s + 2 > len || !is_upper((unsigned char) t[s]) || !is_lower((unsigned char) t[s + 1]))
		return false;
	if (s + 2 < len && (is_alpha((unsigned char) t[s + 2]) || is_digit((unsigned char) t[s + 2])))
		return false;
	if (s > 0 && (is_alpha((unsigned char) t[s - 1]) || is_digit((unsigned char) t[s - 1])))
		return false;
	sym[0] = t[s];
	sym[1] = t[s + 1];
	sym[2] = '\0';
	if (nm_mineral_lookup(sym, 2) == NULL || nm_mineral_lookup(sym, 2)->symbol == NULL ||
		strcmp(nm_mineral_lookup(sym, 2)->symbol, sym) != 0)
		return false;
	*wordlike = nm_min_word_in(nm_min_wordlike_symbols, nm_min_wordlike_symbols_count,
							   sym, 2, false);
	return true;
}

/* Words that are never symbols whatever the context. */
static bool
english_word_symbol(const char *t, size_t s)
{
	static const char *const words[] = {"Am", "As", "At", "Be", "Es", "He", "In", "No"};

	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (t[s] == words[k][0] && t[s + 1] == words[k][1])
			return true;
	return false;
}

/* R5 */
static bool
symbol_ok(const char *t, size_t len, size_t sent_start, size_t s, size_t e, int flags)
{
	bool		wordlike = (flags & NM_MIN_WORDLIKE) != 0;
	bool		english = english_word_symbol(t, s);
	size_t		ws,
				we;
	bool		pw;

	if (english)
		return after_number_unit(t, sent_start, s) && !starts_sentence(t, sent_start, s);
	if (after_number_unit(t, sent_start, s))
		return true;
	if (next_token(t, len, e, &ws, &we) &&
		nm_min_word_in(nm_min_ctx_symbol, nm_min_ctx_symbol_count, t + ws, we - ws, true))
		return true;
	if (!wordlike && s > 0 && t[s - 1] == '(' && e < len && t[e] == ')')
		return true;
	/* joined to another symbol: Pt/Pd, Ni-Co */
	if (e + 3 <= len && (t[e] == '/' || t[e] == '-') &&
		symbol_at(t, len, e + 1, &pw) && !(wordlike && pw) &&
		memcmp(t + s, t + e + 1, 2) != 0)
		return true;
	if (s >= 3 && (t[s - 1] == '/' || t[s - 1] == '-') &&
		symbol_at(t, len, s - 3, &pw) && !(wordlike && pw) &&
		memcmp(t + s, t + s - 3, 2) != 0)
		return true;
	if (wordlike)
		return false;
	/* lists of non-word symbols: "Pt, Pd and Rh" */
	{
		size_t		p = e;

		if (p < len && t[p] == ',')
			p++;
		while (p < len && t[p] == ' ')
			p++;
		if (p + 4 <= len && memcmp(t + p, "and ", 4) == 0)
			p += 4;
		else if (p + 3 <= len && memcmp(t + p, "or ", 3) == 0)
			p += 3;
		if (p > e && symbol_at(t, len, p, &pw) && !pw)
			return true;
		p = s;
		while (p > 0 && t[p - 1] == ' ')
			p--;
		if (p >= 4 && memcmp(t + p - 4, " and", 4) == 0)
			p -= 4;
		else if (p >= 3 && memcmp(t + p - 3, " or", 3) == 0)
			p -= 3;
		if (p > 0 && t[p - 1] == ',')
			p--;
		while (p > 0 && t[p - 1] == ' ')
			p--;
		if (p < s && p >= 2 && symbol_at(t, len, p - 2, &pw) && !pw)
			return true;
	}
	return false;
}

/* Text between a and b is only a coordination: ",", "/", "&", "-", "and",
 * "or", ", and" with whitespace. */
static bool
coordination_between(const char *t, size_t a, size_t b)
{
	size_t		i = a;
	bool		seen = false;

	if (b < a || b - a > 12)
		return false;
	while (i < b)
	{
		unsigned char c = (unsigned char) t[i];

		if (is_ws(c))
			i++;
		else if (c == ',' || c == '/' || c == '&' || c == '-')
		{
			seen = true;
			i++;
		}
		else if (b - i >= 3 && ci_cmp("and", t + i, 3) == 0 && (i + 3 == b || is_ws((unsigned char) t[i + 3])))
		{
			seen = true;
			i += 3;
		}
		else if (b - i >= 2 && ci_cmp("or", t + i, 2) == 0 && (i + 2 == b || is_ws((unsigned char) t[i + 2])))
		{
			seen = true;
			i += 2;
		}
		else
			return false;
	}
	return seen;
}

static bool
is_mineral_cand(const nm_min_cand *c)
{
	return nm_min_patterns[c->pattern].kind == NM_MIN_KIND_MINERAL;
}

/* R9: a colour mineral next to a colour word, directly, coordinated or
 * after "of": "graphite grey and silver", "silver and black", "rose gold",
 * "platinum gray", "a shade of copper". */
static bool
next_to_colour(const char *t, size_t len, size_t sent_start, size_t s, size_t e)
{
	size_t		ws,
				we;

	if (prev_token(t, sent_start, s, &ws, &we))
	{
		/* "a shade of copper", "a hue of gold" */
		if (we - ws == 2 && ci_cmp("of", t + ws, 2) == 0)
		{
			if (!prev_token(t, sent_start, ws, &ws, &we))
				return false;
		}
		else if ((we - ws == 3 && ci_cmp("and", t + ws, 3) == 0) ||
				 (we - ws == 2 && ci_cmp("or", t + ws, 2) == 0))
		{
			if (!prev_token(t, sent_start, ws, &ws, &we))
				return false;
		}
		while (we > ws && t[we - 1] == ',')
			we--;
		if (nm_min_word_in(nm_min_ctx_colour, nm_min_ctx_colour_count, t + ws, we - ws, true))
			return true;
	}
	/* "light platinum gray", "silver grey paint" */
	if (next_token(t, len, e, &ws, &we) &&
		nm_min_word_in(nm_min_ctx_colour, nm_min_ctx_colour_count, t + ws, we - ws, true))
		return true;
	if (next_token(t, len, e, &ws, &we) &&
		((we - ws == 3 && ci_cmp("and", t + ws, 3) == 0) ||
		 (we - ws == 2 && ci_cmp("or", t + ws, 2) == 0)) &&
		next_token(t, len, we, &ws, &we) &&
		nm_min_word_in(nm_min_ctx_colour, nm_min_ctx_colour_count, t + ws, we - ws, true))
		return true;
	return false;
}

/* A neighbour that makes "lead" a metal by coordination: a plain mineral
 * word, not a symbol ("Co-lead") nor another context-needing word. */
static bool
coordinated_mineral(const nm_min_cand *c)
{
	const nm_min_pattern *p = &nm_min_patterns[c->pattern];

	return p->kind == NM_MIN_KIND_MINERAL && !(p->flags & NM_MIN_SYMBOL) &&
		!(p->n_minerals == 1 && (nm_min_needs_context[p->minerals[0]] & NM_MIN_CTX_ALWAYS));
}

/* sorted, compared folded */
static const char *const modal_verbs[] = {
	"can", "could", "did", "does", "may", "might", "must", "shall", "should",
	"will", "would"
};

/* sorted, compared folded: verbs whose subject is a person or organisation */
static const char *const speech_verbs[] = {
	"added", "announced", "argued", "confirmed", "declined", "denied",
	"explained", "insisted", "noted", "recalled", "replied", "said", "says",
	"told", "tweeted", "who", "wrote"
};

/* R10: "Silver said", "Gold, who ...", "REE said": a person or organisation */
static bool
before_speech_verb(const char *t, size_t len, size_t e)
{
	size_t		p = e;
	size_t		we;

	if (p < len && t[p] == ',')
	{
		p++;
		while (p < len && is_ws((unsigned char) t[p]))
			p++;
		we = word_end(t, len, p);
		return we - p == 3 && ci_cmp("who", t + p, 3) == 0;
	}
	if (p >= len || !is_ws((unsigned char) t[p]))
		return false;
	while (p < len && is_ws((unsigned char) t[p]))
		p++;
	we = word_end(t, len, p);
	return we > p && is_lower((unsigned char) t[p]) &&
		nm_min_word_in(speech_verbs, (int) (sizeof(speech_verbs) / sizeof(speech_verbs[0])),
					   t + p, we - p, true);
}

/* R10: an all-caps word with no all-caps neighbour in mixed-case text is an
 * acronym ("enter your TIN"); "LEAD AND ZINC" and headlines keep theirs. */
static bool
lone_caps_word(const char *t, size_t len, size_t sent_start, size_t s, size_t e)
{
	size_t		ws,
				we;

	for (size_t k = s; k < e; k++)
		if (!is_upper((unsigned char) t[k]))
			return false;		/* one word only */
	if (starts_sentence(t, sent_start, s))
		return false;
	if (prev_token(t, sent_start, s, &ws, &we) && we - ws >= 2 && caps_of(t, ws, we) == CAPS_ALL)
		return false;
	if (next_token(t, len, e, &ws, &we) && we - ws >= 2 && caps_of(t, ws, we) == CAPS_ALL)
		return false;
	return true;
}

/* R10: "a 7-iron", "a 3-gold haul": a single digit joined by a hyphen */
static bool
after_single_digit_hyphen(const char *t, size_t s)
{
	if (s < 2 || t[s - 1] != '-' || !is_digit((unsigned char) t[s - 2]))
		return false;
	return s == 2 || !(is_digit((unsigned char) t[s - 3]) || t[s - 3] == '.' ||
					   t[s - 3] == ',' || is_alpha((unsigned char) t[s - 3]));
}

/* A colour nickname ("the red metal", "the yellow metal") needs its article:
 * "a red metal gate" is a colour and a material. */
static bool
nickname_without_article(const char *t, size_t sent_start, size_t s, size_t e)
{
	size_t		ws,
				we;

	if (e - s < 7 || ci_cmp("metal", t + e - 5, 5) != 0 || !is_ws((unsigned char) t[e - 6]) ||
		!nm_min_word_in(nm_min_ctx_colour, nm_min_ctx_colour_count, t + s,
						word_end(t, e, s) - s, true))
		return false;			/* not "silicon metal" */
	return !(prev_token(t, sent_start, s, &ws, &we) && we - ws == 3 &&
			 ci_cmp("the", t + ws, 3) == 0);
}

/* R5: a symbol in parentheses right after its own element's name:
 * "tantalum (Ta)", even when the symbol is also a word */
static bool
symbol_after_own_name(const char *t, size_t len, const nm_min_cand *cands, int i)
{
	const nm_min_pattern *p = &nm_min_patterns[cands[i].pattern];
	const nm_min_pattern *q;
	size_t		s = cands[i].start,
				e = cands[i].end,
				k;

	if (i == 0 || s < 2 || t[s - 1] != '(' || e >= len || t[e] != ')')
		return false;
	q = &nm_min_patterns[cands[i - 1].pattern];
	if (q->kind != NM_MIN_KIND_MINERAL || q->n_minerals != 1 ||
		q->minerals[0] != p->minerals[0] || cands[i - 1].end >= s - 1)
		return false;
	for (k = cands[i - 1].end; k < s - 1; k++)
		if (!is_ws((unsigned char) t[k]))
			return false;
	return true;
}

/* R6 */
static bool
has_metal_context(const char *t, size_t len, size_t sent_start,
				  const nm_min_cand *cands, int n, int i, size_t e)
{
	size_t		ws,
				we;
	size_t		p = e;

	if (prev_token(t, sent_start, cands[i].start, &ws, &we) &&
		nm_min_word_in(modal_verbs, (int) (sizeof(modal_verbs) / sizeof(modal_verbs[0])),
					   t + ws, we - ws, true))
		return false;			/* "would lead producers to ..." is a verb */
	/* next word, after spaces or a hyphen ("lead-acid", "lead prices") */
	if (p < len && t[p] == '-')
		p++;
	while (p < len && is_ws((unsigned char) t[p]))
		p++;
	we = word_end(t, len, p);
	if (we > p && nm_min_word_in(nm_min_ctx_after, nm_min_ctx_after_count, t + p, we - p, true))
		return true;
	if (prev_token(t, sent_start, cands[i].start, &ws, &we))
	{
		if (nm_min_word_in(nm_min_ctx_before, nm_min_ctx_before_count, t + ws, we - ws, true))
			return true;
	}
	if (i + 1 < n && coordinated_mineral(&cands[i + 1]) &&
		coordination_between(t, e, cands[i + 1].start))
		return true;
	if (i > 0 && coordinated_mineral(&cands[i - 1]) &&
		coordination_between(t, cands[i - 1].end, cands[i].start))
		return true;
	/* a table entry: "..., Lead 443,850 (538,750)" */
	if (p < len && is_digit((unsigned char) t[p]))
	{
		size_t		b = cands[i].start;

		while (b > sent_start && is_ws((unsigned char) t[b - 1]))
			b--;
		if (b == sent_start || t[b - 1] == ',' || t[b - 1] == ';' || t[b - 1] == ':' ||
			t[b - 1] == '(')
			return true;
	}
	return false;
}

/* R8: an acronym (LCE, NMC, MHP) counts next to a metal word or in a
 * sentence that names a mineral in words ("London Commodity Exchange (LCE)"
 * and "National Milling Corp (NMC)" are not lithium). */
static bool
acronym_in_context(const char *t, size_t len, const nm_sentence_cursor *cur,
				   const nm_min_cand *cands, int n, int i)
{
	size_t		p = cands[i].end;
	size_t		we;
	const nm_min_pattern *pat = &nm_min_patterns[cands[i].pattern];

	/* "PGMs", "REEs": a plural group acronym is rarely anything else */
	if (strcmp(pat->form, "group") == 0 && t[cands[i].end - 1] == 's')
		return true;
	if (p < len && (t[p] == '-' || t[p] == ' '))
		p++;
	we = word_end(t, len, p);
	if (we > p && (nm_min_word_in(nm_min_ctx_after, nm_min_ctx_after_count, t + p, we - p, true) ||
				   formword_lookup(t + p, we - p) != NULL))
		return true;
	/* joined to a symbol or mineral: "Ni-Cu-PGE", "Pt/PGM" */
	if (i > 0 && cands[i - 1].end + 1 == cands[i].start &&
		(t[cands[i - 1].end] == '-' || t[cands[i - 1].end] == '/') &&
		nm_min_patterns[cands[i - 1].pattern].kind == NM_MIN_KIND_MINERAL)
		return true;
	for (int k = i - 1; k >= 0 && cands[k].start >= cur->start; k--)
		if (nm_min_patterns[cands[k].pattern].kind == NM_MIN_KIND_MINERAL &&
			!(nm_min_patterns[cands[k].pattern].flags & (NM_MIN_ACRONYM | NM_MIN_SYMBOL)))
			return true;
	for (int k = i + 1; k < n && cands[k].start < cur->end; k++)
		if (nm_min_patterns[cands[k].pattern].kind == NM_MIN_KIND_MINERAL &&
			!(nm_min_patterns[cands[k].pattern].flags & (NM_MIN_ACRONYM | NM_MIN_SYMBOL)))
			return true;
	return false;
}

typedef enum name_verdict
{
	NAME_NO,
	NAME_YES
} name_verdict;

/* R2/R3 for a capitalised hit [s, e). */
static name_verdict
capitalised_name(const char *t, size_t len, const sent_info *si, size_t s, size_t e,
				 const nm_min_cand *cands, int n, int i, size_t org_until)
{
	size_t		ws,
				we;
	bool		at_start = starts_sentence(t, si->start, s);
	bool		has_next = next_token(t, len, e, &ws, &we);
	size_t		pws,
				pwe;
	bool		has_prev;

	/* a run of capitalised words continuing an organisation name */
	if (s < org_until + 4 && org_until > 0 && s >= org_until && coordination_between(t, org_until, s))
		return NAME_YES;
	if (before_speech_verb(t, len, e))
		return NAME_YES;		/* R10 */
	/* in a title-case headline a corporate word that is also a market word
	 * ("Nickel Miners in Indonesia Face ...") needs a legal suffix after it */
	if (has_next && nm_min_word_in(nm_min_corp_words, nm_min_corp_words_count, t + ws, we - ws, false) &&
		!(si->title_case &&
		  nm_min_word_in(nm_min_notname_words, nm_min_notname_words_count, t + ws, we - ws, false) &&
		  !caps_corp_follows(t, len, e)))
		return NAME_YES;
	if (si->title_case)
		return NAME_NO;
	if (has_next && caps_of(t, ws, we) == CAPS_TITLE &&
		!nm_min_word_in(nm_min_notname_words, nm_min_notname_words_count, t + ws, we - ws, false) &&
		!(i + 1 < n && cands[i + 1].start == ws && is_mineral_cand(&cands[i + 1])))
		return NAME_YES;
	has_prev = prev_token(t, si->start, s, &pws, &pwe);
	if (has_prev && pwe - pws == 1 && t[pws] == '&')
		has_prev = prev_token(t, si->start, pws, &pws, &pwe);
	if (has_prev && token_is_capitalised(t, pws, pwe) &&
		!nm_min_word_in(nm_min_prefix_words, nm_min_prefix_words_count, t + pws, pwe - pws, false) &&
		!(i > 0 && cands[i - 1].end == pwe && is_mineral_cand(&cands[i - 1])))
		return NAME_YES;
	if (at_start)
		return NAME_NO;
	if (has_prev && nm_min_word_in(nm_min_prefix_words, nm_min_prefix_words_count, t + pws, pwe - pws, false) &&
		token_is_capitalised(t, pws, pwe))
		return NAME_NO;
	/* table and list entries: "Lead 443,850", "Zinc High grade", "Nickel: 62" */
	if (has_next && (is_digit((unsigned char) t[ws]) ||
					 nm_min_word_in(nm_min_notname_words, nm_min_notname_words_count,
									t + ws, we - ws, false)))
		return NAME_NO;
	if (e + 2 < len && t[e] == ':' && t[e + 1] == ' ' && is_digit((unsigned char) t[e + 2]))
		return NAME_NO;
	return NAME_YES;
}

static bool
push_mention(mention_buf *b, const nm_mineral_info *m, const char *form,
			 size_t s, size_t e, size_t cpos, const nm_sentence_cursor *cur)
{
	nm_mineral_mention *x;

	if (b->n == b->cap)
	{
		int			ncap = b->cap ? b->cap * 2 : 16;
		nm_mineral_mention *n = nm_alloc(b->ctx, sizeof(nm_mineral_mention) * (size_t) ncap);

		if (!n)
			return false;
		if (b->n)
			memcpy(n, b->items, sizeof(nm_mineral_mention) * (size_t) b->n);
		b->items = n;
		b->cap = ncap;
	}
	x = &b->items[b->n++];
	x->mineral = m;
	x->form = form;
	x->byte_start = s;
	x->byte_len = e - s;
	x->char_start = cpos;
	x->sentence_start = cur->start;
	/* a match across a sentence end ("cobalt\n\nhydroxide") keeps its
	 * sentence span around it: the sentence always contains the mention */
	x->sentence_len = (cur->end > e ? cur->end : e) - cur->start;
	return true;
}

nm_status
nm_extract_minerals(nm_ctx *ctx, const char *text, size_t len,
					nm_mineral_mention **out, int *n_out)
{
	nm_min_cand *cands;
	int			n;
	nm_status	st;
	nm_sentence_cursor cur = {0, 0, 0, false};
	sent_info	si = {0, false, false, false};
	mention_buf mb = {ctx, NULL, 0, 0};
	size_t		cbyte = 0,
				cpos = 0;
	size_t		org_until = 0;

	*out = NULL;
	*n_out = 0;
	if (text == NULL || len == 0)
		return NM_OK;
	if (ctx->max_input_size && len > ctx->max_input_size)
		return NM_ERR_TOO_LARGE;
	st = nm_mineral_scan(ctx, text, len, &cands, &n);
	if (st != NM_OK)
		return st;

	for (int i = 0; i < n; i++)
	{
		const nm_min_cand *c = &cands[i];
		const nm_min_pattern *p = &nm_min_patterns[c->pattern];
		size_t		s = c->start,
					e = c->end;
		const char *form = p->form;
		enum caps	caps;

		if ((i & 255) == 255 && nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		if (p->kind != NM_MIN_KIND_MINERAL)
			continue;
		if (in_angle_group(text, len, s, e))
			continue;			/* R4 */

		/*
		 * A symbol with no number and unit before it ("He said", "Co"),
		 * most of them: the sentence only bounds that look-back (a tighter
		 * bound finds no more), so its verdict needs no sentence, which
		 * costs more to find than the rest
		 */
		if ((p->flags & NM_MIN_SYMBOL) && !after_number_unit(text, 0, s) &&
			!symbol_ok(text, len, s, s, e, p->flags) &&
			!symbol_after_own_name(text, len, cands, i))
			continue;
		nm_sentence_locate(text, len, &cur, s);
		caps = caps_of(text, s, e);
		if (p->flags & NM_MIN_SYMBOL)
		{
			if (!symbol_ok(text, len, cur.start, s, e, p->flags) &&
				!symbol_after_own_name(text, len, cands, i))
				continue;
		}
		else if (p->flags & NM_MIN_ACRONYM)
		{
			if (!acronym_in_context(text, len, &cur, cands, n, i) ||
				before_speech_verb(text, len, e))
				continue;
		}
		else if (!(p->flags & NM_MIN_EXACT))
		{
			/* the sentence's case counts only for capitalised words */
			if (caps != CAPS_LOWER && (!si.computed || si.start != cur.start))
				compute_sentence(text, &cur, &si);
			if (caps == CAPS_ALL && !si.all_caps && looks_like_ticker(text, len, s, e))
				continue;
			if (caps == CAPS_ALL && !si.all_caps && strcmp(form, "element") == 0 &&
				lone_caps_word(text, len, cur.start, s, e))
				continue;		/* R10 */
			if (strcmp(form, "element") == 0 && after_single_digit_hyphen(text, s))
				continue;		/* R10 */
			if (caps != CAPS_LOWER && all_words_capitalised(text, s, e) &&
				before_ticker(text, len, e))
			{
				org_until = e;
				continue;
			}
			if (caps == CAPS_ALL && si.all_caps && caps_corp_follows(text, len, e))
				continue;
			if (caps == CAPS_TITLE)
			{
				if (capitalised_name(text, len, &si, s, e, cands, n, i, org_until) == NAME_YES)
				{
					org_until = e;
					continue;
				}
			}
			if (nickname_without_article(text, cur.start, s, e))
				continue;
		}
		else if (caps != CAPS_LOWER && before_speech_verb(text, len, e))
			continue;			/* R10: "Dr Copper said the patient ..." */

		/* R7: form word right after an element */
		if (strcmp(form, "element") == 0 && e < len && (text[e] == ' ' || text[e] == '-'))
		{
			size_t		ws = e + 1;
			size_t		we = word_end(text, len, ws);
			const char *fw = we > ws ? formword_lookup(text + ws, we - ws) : NULL;

			if (fw && !(i + 1 < n && cands[i + 1].start < we) &&
				!(we < len && (is_alpha((unsigned char) text[we]) || is_digit((unsigned char) text[we]))))
			{
				e = we;
				form = fw;
			}
		}

		if (p->n_minerals == 1 && e == c->end && strcmp(p->form, "element") == 0)
		{
			unsigned	need = nm_min_needs_context[p->minerals[0]];

			if (((need & NM_MIN_CTX_ALWAYS) ||
				 ((need & NM_MIN_CTX_CAPITALISED) && caps == CAPS_TITLE)) &&
				!has_metal_context(text, len, cur.start, cands, n, i, e))
				continue;
			if ((need & NM_MIN_CTX_COLOUR) && next_to_colour(text, len, cur.start, s, e))
				continue;
		}

		/* character offset, counted incrementally (mentions are in order) */
		cpos += nm_utf8_char_count(text + cbyte, s - cbyte);
		cbyte = s;
		for (int k = 0; k < p->n_minerals; k++)
			if (!push_mention(&mb, &nm_min_catalog[p->minerals[k]], form, s, e, cpos, &cur))
				return NM_ERR_NOMEM;
	}
	for (int i = 0; i < mb.n; i++)
		nm_clip_span(text, mb.items[i].byte_start, mb.items[i].byte_len,
					 &mb.items[i].sentence_start, &mb.items[i].sentence_len);
	*out = mb.items;
	*n_out = mb.n;
	return NM_OK;
}
