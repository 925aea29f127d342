/*
 * nm_figures.h -- internal tables of the figure extractor: currencies,
 * measurement units and scale words, each with its normalised form.
 */
#ifndef NM_FIGURES_H
#define NM_FIGURES_H

#include "nm_entities.h"

typedef struct nm_fig_word
{
	const char *word;			/* lower case; may hold one space: "metric tons" */
	const char *norm;			/* ISO 4217 code or unit symbol */
	int			exp10;			/* value scale: "kt" = 3 (thousand tonnes) */
	bool		exact_case;		/* "Mt" (million tonnes) is not "mt" */
} nm_fig_word;

/* NULL-terminated tables (figure_words.c). */
extern const nm_fig_word nm_fig_scales[];			/* million, bln, bn ... */
extern const nm_fig_word nm_fig_currency_words[];	/* yuan, euros, rupees ... */
extern const nm_fig_word nm_fig_currency_codes[];	/* USD, EUR, RMB (before the number) */
extern const nm_fig_word nm_fig_units[];			/* tonnes, kt, oz, lb ... */
extern const nm_fig_word nm_fig_dollar_prefixes[];	/* US$, C$, A$ ... */

/*
 * Longest entry of table matching tokens from i (words joined by one space,
 * or a word glued to the number as a suffix when suffix_len > 0); returns
 * tokens used (0: none).
 */
extern int	nm_fig_match(const nm_fig_word *table, const nm_tokens *t, int i,
						 const nm_fig_word **out);

/* Does the string s[0..n) equal the entry (case per exact_case)? */
extern bool nm_fig_word_eq(const nm_fig_word *w, const char *s, size_t n);

#endif							/* NM_FIGURES_H */
