/*
 * gazetteer.c -- longest-match lookup of token sequences in the compiled
 * gazetteer: each extension by one token is a prefix search in sorted keys.
 */
#include "nm_entities.h"

#include <string.h>

#define KEY_MAX 256

/* Append the normalised form of token k (ASCII lower case, folded quotes
 * and dashes); false if the buffer is full. */
static bool
append_token(const nm_tokens *t, int k, char *buf, size_t *blen, bool lower)
{
	const nm_token *tok = &t->tok[k];
	const char *s = t->text + tok->start;

	if (!(tok->flags & NM_TOK_WORD))
	{
		char		c = 0;

		if (nm_tok_punct(t, k, '\''))
			c = '\'';
		else if (nm_tok_punct(t, k, '-'))
			c = '-';
		if (c)
		{
			if (*blen + 1 >= KEY_MAX)
				return false;
			buf[(*blen)++] = c;
			return true;
		}
	}
	if (*blen + tok->len >= KEY_MAX)
		return false;
	for (size_t i = 0; i < tok->len; i++)
	{
		char		c = s[i];

		if (lower && c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		buf[(*blen)++] = c;
	}
	return true;
}

static int
key_cmp(const char *key, const char *buf, size_t blen)
{
	int			r = strncmp(key, buf, blen);

	if (r != 0)
		return r;
	return key[blen] == '\0' ? 0 : 1;
}

/* First entry whose key is >= buf[0..blen). */
static int
lower_bound(const nm_gaz_table *table, const char *buf, size_t blen)
{
	int			lo = 0,
				hi = table->n;

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (key_cmp(table->entries[mid].key, buf, blen) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static bool
exact_case_ok(const nm_tokens *t, int i, int n, const char *exact)
{
	char		buf[KEY_MAX];
	size_t		blen = 0;

	for (int k = i; k < i + n; k++)
	{
		if (k > i)
			buf[blen++] = ' ';
		if (!append_token(t, k, buf, &blen, false))
			return false;
	}
	return strlen(exact) == blen && memcmp(exact, buf, blen) == 0;
}

int
nm_gaz_match(const nm_gaz_table *table, const nm_tokens *t, int i,
			 bool need_cap, const nm_gaz_entry **entry)
{
	char		buf[KEY_MAX];
	size_t		blen = 0;
	int			best = 0;

	*entry = NULL;
	/* never start inside "U.S." or "d'Ivoire" */
	if (i > 0 && !(t->tok[i].flags & NM_TOK_SPACE) &&
		(nm_tok_punct(t, i - 1, '.') || nm_tok_punct(t, i - 1, '\'') ||
		 nm_tok_punct(t, i - 1, '&') || (t->tok[i - 1].flags & NM_TOK_WORD)))
		return 0;
	for (int j = i; j < t->n && j - i < table->max_tokens; j++)
	{
		int			lb;

		if (j > i)
		{
			if (t->tok[j].flags & NM_TOK_NEWLINE)
				break;
			buf[blen++] = ' ';
		}
		if (!append_token(t, j, buf, &blen, true))
			break;
		lb = lower_bound(table, buf, blen);
		if (lb < table->n && key_cmp(table->entries[lb].key, buf, blen) == 0)
		{
			const nm_gaz_entry *e = &table->entries[lb];
			bool		ok;

			if (e->exact_case)
				ok = exact_case_ok(t, i, j - i + 1, e->exact);
			else
				ok = !need_cap ||
					(t->tok[i].flags & (NM_TOK_CAP | NM_TOK_DIGIT));
			if (ok)
			{
				best = j - i + 1;
				*entry = e;
			}
			lb++;
		}
		/* any longer key with this prefix? */
		if (lb >= table->n ||
			strncmp(table->entries[lb].key, buf, blen) != 0 ||
			table->entries[lb].key[blen] != ' ')
			break;
	}
	return best;
}
