/*
 * figures.c -- nm_extract_figures: percentages, money, quantities and prices
 * ("$9,800 a tonne") with normalised value, currency and units, and the
 * mineral the sentence ties them to.
 */
#include "nm_figures.h"

#include <string.h>

#define MAX_DIGITS 40

typedef struct number
{
	int			t0;				/* first token of the number */
	int			t1;				/* one past its last token */
	char		digits[MAX_DIGITS + 1]; /* without separators or point */
	int			frac;			/* digits after the decimal point */
	const char *suffix;			/* letters glued to the last digits: "bn" */
	size_t		suffix_len;
} number;

typedef struct figure
{
	const char *kind;
	int			t0;
	int			t1;
	char	   *value;
	const char *unit;
	const char *currency;
	const char *per_unit;
} figure;

static bool
glued(const nm_tokens *t, int i)
{
	return i < t->n && !(t->tok[i].flags & NM_TOK_SPACE);
}

/* Appends the digits of s[0..n) to num; false if it holds anything else. */
static bool
add_digits(number *num, const char *s, size_t n, bool allow_suffix)
{
	size_t		i = 0;
	size_t		have = strlen(num->digits);

	while (i < n && s[i] >= '0' && s[i] <= '9')
	{
		if (have >= MAX_DIGITS)
			return false;
		num->digits[have++] = s[i++];
	}
	num->digits[have] = '\0';
	if (i == n)
		return true;
	if (!allow_suffix)
		return false;
	for (size_t k = i; k < n; k++)
		if (!((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z')))
			return false;
	num->suffix = s + i;
	num->suffix_len = n - i;
	return true;
}

/* A number at token i: "9,800", "1.2", "1.2bn", "14". */
static bool
parse_number(const nm_tokens *t, int i, number *num)
{
	const nm_token *k = &t->tok[i];
	int			j = i + 1;

	memset(num, 0, sizeof(*num));
	if (!(k->flags & NM_TOK_DIGIT))
		return false;
	/* "COVID-19", "G7", "21/09", "3:45" are not quantities; nor is the tail
	 * of a number too long to read ("1,000,...", glued after ',' or '.') */
	if (i > 0 && glued(t, i) &&
		((t->tok[i - 1].flags & NM_TOK_WORD) || nm_tok_punct(t, i - 1, '/') ||
		 nm_tok_punct(t, i - 1, ':') || nm_tok_punct(t, i - 1, '.') ||
		 nm_tok_punct(t, i - 1, ',') ||
		 (nm_tok_punct(t, i - 1, '-') && i > 1 && glued(t, i - 1) &&
		  (t->tok[i - 2].flags & NM_TOK_WORD) && !(t->tok[i - 2].flags & NM_TOK_DIGIT))))
		return false;
	if (!add_digits(num, t->text + k->start, k->len, true))
		return false;
	/* thousands groups: ",800" */
	while (!num->suffix && j + 1 < t->n && nm_tok_punct(t, j, ',') && glued(t, j) &&
		   glued(t, j + 1) && (t->tok[j + 1].flags & NM_TOK_DIGIT) &&
		   t->tok[j + 1].len >= 3)
	{
		const nm_token *g = &t->tok[j + 1];
		size_t		nd = 0;

		while (nd < g->len && t->text[g->start + nd] >= '0' && t->text[g->start + nd] <= '9')
			nd++;
		if (nd != 3)
			break;
		if (!add_digits(num, t->text + g->start, g->len, true))
			return false;
		j += 2;
	}
	/* decimals: ".2", ".2bn" */
	if (!num->suffix && j + 1 < t->n && nm_tok_punct(t, j, '.') && glued(t, j) &&
		glued(t, j + 1) && (t->tok[j + 1].flags & NM_TOK_DIGIT))
	{
		size_t		before = strlen(num->digits);

		if (!add_digits(num, t->text + t->tok[j + 1].start, t->tok[j + 1].len, true))
			return false;
		num->frac = (int) (strlen(num->digits) - before);
		j += 2;
	}
	num->t0 = i;
	num->t1 = j;
	return true;
}

/* Decimal string of digits * 10^(exp10 - frac), without needless zeros. */
static char *
scaled_value(nm_ctx *ctx, const char *digits, int frac, int exp10)
{
	char		buf[MAX_DIGITS + 32];
	int			nd = (int) strlen(digits);
	int			point = nd - frac + exp10;	/* digits before the point */
	int			o = 0;
	char	   *p;

	if (nd == 0)
		return NULL;
	if (point <= 0)
	{
		buf[o++] = '0';
		buf[o++] = '.';
		for (int k = point; k < 0; k++)
			buf[o++] = '0';
		for (int k = 0; k < nd; k++)
			buf[o++] = digits[k];
	}
	else
	{
		for (int k = 0; k < point; k++)
			buf[o++] = k < nd ? digits[k] : '0';
		if (point < nd)
		{
			buf[o++] = '.';
			for (int k = point; k < nd; k++)
				buf[o++] = digits[k];
		}
	}
	buf[o] = '\0';
	/* trailing zeros after a point, then leading zeros */
	if (strchr(buf, '.'))
	{
		while (o > 0 && buf[o - 1] == '0')
			buf[--o] = '\0';
		if (o > 0 && buf[o - 1] == '.')
			buf[--o] = '\0';
	}
	p = buf;
	while (p[0] == '0' && p[1] != '\0' && p[1] != '.')
		p++;
	return nm_strdup(ctx, p);
}

/* Currency written before the number: "$", "US$", "€", "USD ". */
static const char *
currency_before(const nm_tokens *t, int i, int *start)
{
	const nm_fig_word *w;
	int			p = i - 1;

	*start = i;
	if (p < 0)
		return NULL;
	if (glued(t, i))
	{
		const char *s = t->text + t->tok[p].start;
		size_t		l = t->tok[p].len;
		const char *code = NULL;

		if (l == 1 && s[0] == '$')
		{
			/* "US$", "C$", "A$": scan back over glued tokens */
			for (int b = p - 1; b >= 0 && p - b <= 4 && glued(t, b + 1); b--)
				if (nm_fig_match(nm_fig_dollar_prefixes, t, b, &w) == p - b)
				{
					*start = b;
					return w->norm;
				}
			*start = p;
			return "USD";
		}
		if (l == 3 && memcmp(s, "\xE2\x82\xAC", 3) == 0)
			code = "EUR";
		else if (l == 2 && memcmp(s, "\xC2\xA3", 2) == 0)
			code = "GBP";
		else if (l == 2 && memcmp(s, "\xC2\xA5", 2) == 0)
			code = "JPY";
		else if (l == 3 && memcmp(s, "\xE2\x82\xB9", 3) == 0)
			code = "INR";
		else if (l == 3 && memcmp(s, "\xE2\x82\xA9", 3) == 0)
			code = "KRW";
		if (code)
		{
			*start = p;
			return code;
		}
	}
	/* "USD 500", "Rs. 500" */
	if (p > 0 && nm_tok_punct(t, p, '.') && glued(t, p))
		p--;
	if (nm_fig_match(nm_fig_currency_codes, t, p, &w) > 0)
	{
		*start = p;
		return w->norm;
	}
	return NULL;
}

/* Per-unit after a money amount: "a tonne", "per ounce", "/t". */
static int
per_unit_after(const nm_tokens *t, int j, const char **per)
{
	const nm_fig_word *w;
	int			k = j,
				m;

	*per = NULL;
	if (nm_tok_punct(t, k, '/'))
		k++;
	else if (nm_tok_is(t, k, "a") || nm_tok_is(t, k, "an") || nm_tok_is(t, k, "per"))
	{
		k++;
		if (nm_tok_is(t, k, "dry") || nm_tok_is(t, k, "short") || nm_tok_is(t, k, "long"))
			k++;
	}
	else
		return 0;
	/* "per cent" is a percentage, not a price */
	if (nm_tok_is(t, k, "cent"))
		return 0;
	m = nm_fig_match(nm_fig_units, t, k, &w);
	if (m == 0 || w->exp10 != 0)
		return 0;
	*per = w->norm;
	return k + m - j;
}

static const char *
match_suffix(const nm_fig_word *table, const char *s, size_t n, int *exp10)
{
	for (const nm_fig_word *w = table; w->word; w++)
		if (nm_fig_word_eq(w, s, n))
		{
			*exp10 = w->exp10;
			return w->norm ? w->norm : "";
		}
	return NULL;
}

/* A figure starting with the number at token i; false if none. */
static bool
read_figure(nm_ctx *ctx, const nm_tokens *t, int i, figure *f)
{
	number		num;
	const nm_fig_word *w;
	const char *currency,
			   *unit = NULL;
	int			start,
				j,
				exp10 = 0,
				m;

	memset(f, 0, sizeof(*f));
	if (!parse_number(t, i, &num))
		return false;
	currency = currency_before(t, i, &start);
	j = num.t1;
	/* scale: "1.2bn", "$5m", "1.2 billion" */
	if (num.suffix)
	{
		int			e = 0;
		const char *u;

		if (match_suffix(nm_fig_scales, num.suffix, num.suffix_len, &e) &&
			(currency || num.suffix_len > 1))
			exp10 += e;
		else if ((u = match_suffix(nm_fig_units, num.suffix, num.suffix_len, &e)))
		{
			unit = u;
			exp10 += e;
		}
		else
			return false;
	}
	else if ((m = nm_fig_match(nm_fig_scales, t, j, &w)) > 0 &&
			 (currency || strlen(w->word) > 1))
	{
		exp10 += w->exp10;
		j += m;
	}
	if (!unit && !currency && (m = nm_fig_match(nm_fig_currency_words, t, j, &w)) > 0)
	{
		/* "1.2 million pounds" stays a weight; "dollar" needs no hyphen */
		currency = w->norm;
		exp10 += w->exp10;
		j += m;
	}
	if (!unit && !currency)
	{
		if (nm_tok_punct(t, j, '%'))
		{
			f->kind = "percent";
			f->unit = "%";
			j++;
		}
		else if (nm_tok_is(t, j, "percent") || nm_tok_is(t, j, "pct"))
		{
			f->kind = "percent";
			f->unit = "%";
			j++;
		}
		else if (nm_tok_is(t, j, "per") && nm_tok_is(t, j + 1, "cent"))
		{
			f->kind = "percent";
			f->unit = "%";
			j += 2;
		}
		else if (nm_tok_is(t, j, "percentage") && nm_tok_is(t, j + 1, "points"))
		{
			f->kind = "percent";
			f->unit = "pp";
			j += 2;
		}
		else if ((m = nm_fig_match(nm_fig_units, t, j, &w)) > 0 &&
				 strcmp(w->norm, "share") != 0)
		{
			unit = w->norm;
			exp10 += w->exp10;
			j += m;
		}
	}
	if (unit && !f->kind)
		f->kind = "quantity";
	if (currency)
	{
		const char *per;

		f->kind = "money";
		if ((m = per_unit_after(t, j, &per)) > 0)
		{
			f->kind = "price";
			f->per_unit = per;
			j += m;
		}
	}
	if (!f->kind)
		return false;
	f->value = scaled_value(ctx, num.digits, num.frac, exp10);
	if (!f->value)
		return false;
	f->unit = f->unit ? f->unit : unit;
	f->currency = currency;
	f->t0 = start;
	f->t1 = j;
	return true;
}

/* Does s[0..n) end a clause: a ';' or a ', ' (not a thousands comma)? */
static bool
clause_break(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] == ';' || (s[i] == ',' && i + 1 < n && s[i + 1] == ' '))
			return true;
	return false;
}

/* The mineral a figure is about: "tonnes of lithium", or the only mineral
 * of its sentence, or the nearest one just before it. */
static const char *
figure_mineral(const nm_tokens *t, const figure *f, const nm_mineral_mention *mm,
			   int n_mm)
{
	const nm_sentence *se = &t->sent[t->tok[f->t0].sent];
	size_t		fs = t->tok[f->t0].start;
	size_t		fe = t->tok[f->t1 - 1].start + t->tok[f->t1 - 1].len;
	const char *only = NULL,
			   *before = NULL;
	bool		several = false;

	for (int k = 0; k < n_mm; k++)
	{
		const nm_mineral_mention *m = &mm[k];

		if (m->byte_start < se->start || m->byte_start >= se->start + se->len)
			continue;
		/* "280,000 tonnes of lithium carbonate" */
		if (m->byte_start >= fe && m->byte_start - fe <= 24)
		{
			const char *gap = t->text + fe;
			size_t		gl = m->byte_start - fe,
						g = 0;

			while (g < gl && gap[g] == ' ')
				g++;
			if (g + 3 <= gl && memcmp(gap + g, "of ", 3) == 0 &&
				memchr(gap, ',', gl) == NULL && memchr(gap, ';', gl) == NULL)
				return m->mineral->name;
		}
		if (only && strcmp(only, m->mineral->name) != 0)
			several = true;
		only = m->mineral->name;
		/* "copper rose 2% to $9,800": close before, in the same clause, and
		 * not a bare sum */
		if (m->byte_start + m->byte_len <= fs && fs - m->byte_start <= 48 &&
			strcmp(f->kind, "money") != 0 &&
			!clause_break(t->text + m->byte_start + m->byte_len,
						  fs - (m->byte_start + m->byte_len)))
			before = m->mineral->name;
	}
	if (only && !several)
		return only;
	return before;
}

nm_status
nm_extract_figures(nm_ctx *ctx, const char *text, size_t len,
				   nm_figure **out, int *n_out)
{
	nm_tokens	t;
	nm_status	st;
	nm_mineral_mention *mm;
	int			n_mm,
				n = 0;
	figure	   *fs;
	nm_figure  *res;

	*out = NULL;
	*n_out = 0;
	if (ctx->max_input_size && len > ctx->max_input_size)
		return NM_ERR_TOO_LARGE;
	if ((st = nm_tokenize(ctx, text, len, &t)) != NM_OK ||
		(st = nm_extract_minerals(ctx, text, len, &mm, &n_mm)) != NM_OK)
		return st;
	fs = nm_alloc(ctx, (t.n + 1) * sizeof(figure));
	if (!fs)
		return NM_ERR_NOMEM;
	for (int i = 0; i < t.n; i++)
	{
		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		if (!(t.tok[i].flags & NM_TOK_DIGIT))
			continue;
		if (read_figure(ctx, &t, i, &fs[n]))
		{
			i = fs[n].t1 - 1;
			n++;
		}
	}
	/* "$9,800-$10,000 a tonne", "9,800 to 10,000 yuan a ton": both ends are prices */
	for (int k = n - 2; k >= 0; k--)
	{
		figure	   *a = &fs[k],
				   *b = &fs[k + 1];
		int			gap = b->t0 - a->t1;

		if (strcmp(a->kind, "money") == 0 && strcmp(b->kind, "price") == 0 &&
			gap >= 1 && gap <= 2 && a->currency && b->currency &&
			strcmp(a->currency, b->currency) == 0 &&
			(nm_tok_punct(&t, a->t1, '-') || nm_tok_is(&t, a->t1, "to") ||
			 nm_tok_is(&t, a->t1, "and")))
		{
			a->kind = "price";
			a->per_unit = b->per_unit;
		}
	}
	res = nm_alloc(ctx, (n + 1) * sizeof(nm_figure));
	if (!res)
		return NM_ERR_NOMEM;
	for (int k = 0; k < n; k++)
	{
		const figure *f = &fs[k];

		res[k].kind = f->kind;
		res[k].value = f->value;
		res[k].unit = f->unit;
		res[k].currency = f->currency;
		res[k].per_unit = f->per_unit;
		res[k].mineral = figure_mineral(&t, f, mm, n_mm);
		res[k].byte_start = t.tok[f->t0].start;
		res[k].byte_len = t.tok[f->t1 - 1].start + t.tok[f->t1 - 1].len -
			res[k].byte_start;
		res[k].char_start = k > 0 ?
			nm_char_offset(text, res[k - 1].byte_start, res[k - 1].char_start,
						   res[k].byte_start) :
			nm_utf8_char_count(text, res[k].byte_start);
	}
	*out = res;
	*n_out = n;
	return NM_OK;
}
