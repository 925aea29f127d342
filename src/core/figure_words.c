/*
 * figure_words.c -- the words of figures: scale words, currencies written
 * as words, codes or "$" prefixes, and units of measure with their scale.
 */
#include "nm_figures.h"

#include <string.h>

const nm_fig_word nm_fig_scales[] = {
	{"thousand", NULL, 3, false}, {"k", NULL, 3, false},
	{"million", NULL, 6, false}, {"mln", NULL, 6, false}, {"mn", NULL, 6, false},
	{"m", NULL, 6, false}, {"mil", NULL, 6, false},
	{"billion", NULL, 9, false}, {"bln", NULL, 9, false}, {"bn", NULL, 9, false},
	{"b", NULL, 9, false}, {"trillion", NULL, 12, false}, {"tn", NULL, 12, false},
	{"trln", NULL, 12, false},
	{NULL, NULL, 0, false}
};

const nm_fig_word nm_fig_currency_words[] = {
	{"u.s. dollars", "USD", 0, false}, {"us dollars", "USD", 0, false},
	{"canadian dollars", "CAD", 0, false}, {"australian dollars", "AUD", 0, false},
	{"hong kong dollars", "HKD", 0, false}, {"singapore dollars", "SGD", 0, false},
	{"new zealand dollars", "NZD", 0, false}, {"taiwan dollars", "TWD", 0, false},
	{"dollars", "USD", 0, false}, {"dollar", "USD", 0, false},
	{"yuan", "CNY", 0, false}, {"renminbi", "CNY", 0, false},
	{"euros", "EUR", 0, false}, {"euro", "EUR", 0, false},
	{"yen", "JPY", 0, false}, {"rupees", "INR", 0, false}, {"rupee", "INR", 0, false},
	{"crore rupees", "INR", 7, false}, {"rand", "ZAR", 0, false},
	{"reais", "BRL", 0, false}, {"chilean pesos", "CLP", 0, false},
	{"mexican pesos", "MXN", 0, false}, {"argentine pesos", "ARS", 0, false},
	{"won", "KRW", 0, false}, {"roubles", "RUB", 0, false}, {"rubles", "RUB", 0, false},
	{"rupiah", "IDR", 0, false}, {"pounds sterling", "GBP", 0, false},
	{"sterling", "GBP", 0, false}, {"swiss francs", "CHF", 0, false},
	{"kwacha", "ZMW", 0, false}, {"dirhams", "AED", 0, false},
	{"riyals", "SAR", 0, false}, {"naira", "NGN", 0, false},
	{"cedis", "GHS", 0, false}, {"lira", "TRY", 0, false}, {"zlotys", "PLN", 0, false},
	{"crowns", "SEK", 0, false}, {"kronor", "SEK", 0, false},
	{"tenge", "KZT", 0, false}, {"soles", "PEN", 0, false},
	{NULL, NULL, 0, false}
};

const nm_fig_word nm_fig_currency_codes[] = {
	{"USD", "USD", 0, true}, {"EUR", "EUR", 0, true}, {"CAD", "CAD", 0, true},
	{"AUD", "AUD", 0, true}, {"CNY", "CNY", 0, true}, {"RMB", "CNY", 0, true},
	{"JPY", "JPY", 0, true}, {"GBP", "GBP", 0, true}, {"INR", "INR", 0, true},
	{"ZAR", "ZAR", 0, true}, {"CHF", "CHF", 0, true}, {"KRW", "KRW", 0, true},
	{"BRL", "BRL", 0, true}, {"CLP", "CLP", 0, true}, {"MXN", "MXN", 0, true},
	{"HKD", "HKD", 0, true}, {"SGD", "SGD", 0, true}, {"IDR", "IDR", 0, true},
	{"RUB", "RUB", 0, true}, {"Rs", "INR", 0, true},
	{NULL, NULL, 0, false}
};

/* Word glued before "$". */
const nm_fig_word nm_fig_dollar_prefixes[] = {
	{"US", "USD", 0, true}, {"U.S.", "USD", 0, true}, {"C", "CAD", 0, true},
	{"CA", "CAD", 0, true}, {"CAD", "CAD", 0, true}, {"A", "AUD", 0, true},
	{"AU", "AUD", 0, true}, {"AUD", "AUD", 0, true}, {"HK", "HKD", 0, true},
	{"S", "SGD", 0, true}, {"NZ", "NZD", 0, true}, {"R", "BRL", 0, true},
	{"NT", "TWD", 0, true}, {"MX", "MXN", 0, true},
	{NULL, NULL, 0, false}
};

const nm_fig_word nm_fig_units[] = {
	{"metric tonnes", "t", 0, false}, {"metric tons", "t", 0, false},
	{"metric ton", "t", 0, false}, {"metric tonne", "t", 0, false},
	{"tonnes", "t", 0, false}, {"tonne", "t", 0, false}, {"tons", "t", 0, false},
	{"ton", "t", 0, false}, {"t", "t", 0, true}, {"mt", "t", 0, true},
	{"kt", "t", 3, false}, {"kilotonnes", "t", 3, false}, {"kilotons", "t", 3, false},
	{"Mt", "t", 6, true}, {"Mtpa", "t", 6, true}, {"megatonnes", "t", 6, false},
	{"tpa", "t", 0, false}, {"ktpa", "t", 3, false},
	{"troy ounces", "oz", 0, false}, {"ounces", "oz", 0, false},
	{"ounce", "oz", 0, false}, {"oz", "oz", 0, false}, {"koz", "oz", 3, false},
	{"Moz", "oz", 6, true}, {"moz", "oz", 6, true},
	{"pounds", "lb", 0, false}, {"pound", "lb", 0, false}, {"lb", "lb", 0, false},
	{"lbs", "lb", 0, false}, {"Mlb", "lb", 6, true}, {"mlb", "lb", 6, true},
	{"kilograms", "kg", 0, false}, {"kilogram", "kg", 0, false},
	{"kg", "kg", 0, false}, {"grams", "g", 0, false}, {"gram", "g", 0, false},
	{"barrels", "bbl", 0, false}, {"barrel", "bbl", 0, false},
	{"bbl", "bbl", 0, false}, {"carats", "ct", 0, false},
	{"GWh", "GWh", 0, true}, {"MWh", "MWh", 0, true}, {"kWh", "kWh", 0, true},
	{"GW", "GW", 0, true}, {"MW", "MW", 0, true}, {"dmtu", "dmtu", 0, false},
	{"dmt", "dmt", 0, false}, {"wmt", "wmt", 0, false}, {"share", "share", 0, false},
	{NULL, NULL, 0, false}
};

bool
nm_fig_word_eq(const nm_fig_word *w, const char *s, size_t n)
{
	if (strlen(w->word) != n)
		return false;
	if (w->exact_case)
		return memcmp(w->word, s, n) == 0;
	for (size_t i = 0; i < n; i++)
	{
		char		c = s[i];

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != w->word[i])
			return false;
	}
	return true;
}

int
nm_fig_match(const nm_fig_word *table, const nm_tokens *t, int i,
			 const nm_fig_word **out)
{
	int			best = 0;
	char		first,
				first_lower;

	*out = NULL;
	if (i >= t->n || t->tok[i].len == 0)
		return 0;
	first = t->text[t->tok[i].start];
	first_lower = (first >= 'A' && first <= 'Z') ? (char) (first + ('a' - 'A')) : first;
	for (const nm_fig_word *w = table; w->word; w++)
	{
		/* compare token by token: "metric tons", "U.S." */
		const char *p = w->word;
		int			j = i;
		bool		ok = true;

		/* the first letter decides for nearly every entry: the tables are
		 * scanned at every number of the text */
		if (p[0] != (w->exact_case ? first : first_lower))
			continue;

		while (*p && ok)
		{
			const char *sp = strchr(p, ' ');
			size_t		wl = sp ? (size_t) (sp - p) : strlen(p);
			size_t		consumed = 0;

			/* a word may span several glued tokens ("U.S.") */
			while (consumed < wl && j < t->n &&
				   (consumed == 0 || !(t->tok[j].flags & NM_TOK_SPACE)))
			{
				const nm_token *k = &t->tok[j];
				nm_fig_word part = *w;

				part.word = NULL;
				if (k->len > wl - consumed)
					break;
				{
					char		buf[32];

					memcpy(buf, p + consumed, k->len);
					buf[k->len] = '\0';
					part.word = buf;
					if (!nm_fig_word_eq(&part, t->text + k->start, k->len))
						break;
				}
				consumed += k->len;
				j++;
			}
			if (consumed != wl)
				ok = false;
			else if (j < t->n && !(t->tok[j].flags & NM_TOK_SPACE) &&
					 (t->tok[j].flags & NM_TOK_WORD) &&
					 (t->tok[j - 1].flags & NM_TOK_WORD))
				ok = false;
			p = sp ? sp + 1 : p + wl;
			if (*p && (j >= t->n || !(t->tok[j].flags & NM_TOK_SPACE)))
				ok = false;
		}
		if (ok && j - i > best)
		{
			best = j - i;
			*out = w;
		}
	}
	return best;
}
