/*
 * quotes.c -- nm_extract_quotes: quoted speech in curly or straight quotes,
 * attributed to the speaker named next to a speech verb before or after it.
 */
#include "nm_entity_words.h"

#include <string.h>

#define WINDOW 12				/* tokens searched for an attribution */

/* "the company said": the last organisation named before stands in. */
static const char *const org_nouns[] = {
	"company", "firm", "miner", "group", "producer", "ministry", "department",
	"agency", "government", "bank", "exchange", "regulator", "smelter",
	"steelmaker", "automaker", "carmaker", "statement", NULL
};

static const char *const pronouns[] = {"he", "she", NULL};

typedef struct qspan
{
	int			open;			/* token of the opening mark */
	int			close;			/* token of the closing mark, or one past the line */
} qspan;

/* Opening quote at token i?  Curly marks say so; straight ones by spacing. */
static bool
is_open_mark(const nm_tokens *t, int i)
{
	const char *s = t->text + t->tok[i].start;

	if (!nm_tok_punct(t, i, '"'))
		return false;
	if (t->tok[i].len == 3 && memcmp(s, "\xE2\x80\x9C", 3) == 0)
		return true;			/* “ */
	if (t->tok[i].len == 3 && memcmp(s, "\xE2\x80\x9D", 3) == 0)
		return false;			/* ” */
	/* straight: opens when spaced before or first, and glued to what follows */
	return (i == 0 || (t->tok[i].flags & NM_TOK_SPACE) || nm_tok_punct(t, i - 1, '(')) &&
		(i + 1 < t->n && !(t->tok[i + 1].flags & NM_TOK_SPACE));
}

/* The person, organisation or name that speaks near verb token v within
 * [lo, hi); NULL if none.  *role gets a person's role. */
static const char *
speaker_near(nm_ctx *ctx, const nm_tokens *t, const nm_spans *s, int lo, int hi,
			 int v, int before, const char **role)
{
	int			best = -1,
				dist = 1 << 30;

	*role = NULL;
	for (int i = lo; i < hi; i++)
	{
		int			k = s->owner[i];
		int			d;

		if (k < 0 || s->v[k].t0 != i ||
			(s->v[k].kind != NM_GAZ_PERSON && s->v[k].kind != NM_GAZ_ORG))
			continue;
		d = i < v ? v - s->v[k].t1 : i - v;
		/* people outrank organisations ("Glencore's Gary Nagle said") */
		if (s->v[k].kind == NM_GAZ_PERSON)
			d -= 100;
		if (d < dist)
		{
			dist = d;
			best = k;
		}
	}
	if (best >= 0)
	{
		*role = s->v[best].kind == NM_GAZ_PERSON ? s->v[best].role : NULL;
		return s->v[best].name;
	}
	/* "he said", "the company said": the last one named before the quote */
	for (int i = lo; i < hi; i++)
	{
		bool		pron = nm_tok_in(t, i, pronouns);
		bool		noun = nm_tok_in(t, i, org_nouns) && i > 0 &&
			(nm_tok_is(t, i - 1, "the") || nm_tok_is(t, i - 1, "a"));

		if (!pron && !noun)
			continue;
		for (int j = before - 1; j >= 0; j--)
		{
			int			k = s->owner[j];

			if (k >= 0 && s->v[k].t0 == j &&
				s->v[k].kind == (pron ? NM_GAZ_PERSON : NM_GAZ_ORG))
			{
				*role = pron ? s->v[k].role : NULL;
				return s->v[k].name;
			}
		}
		return NULL;
	}
	/* an unknown capitalised name next to the verb: "Smith said" */
	if (v + 1 < hi && (t->tok[v + 1].flags & NM_TOK_CAP) && nm_name_word(t, s, v + 1))
	{
		int			w,
					n = nm_name_run(t, s, v + 1, &w);

		return nm_tokens_text(ctx, t, v + 1, v + 1 + n);
	}
	if (v - 1 >= lo && nm_name_word(t, s, v - 1))
	{
		int			a = v - 1;

		while (a - 1 >= lo && nm_name_word(t, s, a - 1) && v - a < 3)
			a--;
		return nm_tokens_text(ctx, t, a, v);
	}
	return NULL;
}

/* Verbs that introduce a quoted phrase: 'called it "a big step"'. */
static const char *const naming_verbs[] = {
	"called", "calling", "calls", "described", "describing", "describes",
	"dubbed", NULL
};

/* Speech verb (or "according to") in [lo, hi)?  Returns its token or -1;
 * naming verbs count when before is set. */
static int
find_verb(const nm_tokens *t, int lo, int hi, bool before)
{
	for (int i = lo; i < hi; i++)
		if (((nm_tok_in(t, i, nm_speech_verbs) ||
			  (before && nm_tok_in(t, i, naming_verbs))) &&
			 !(t->tok[i].flags & NM_TOK_CAP)) ||
			(nm_tok_is(t, i, "according") && nm_tok_is(t, i + 1, "to")))
			return i;
	return -1;
}

/* Text of the quote between the marks, without the comma that ends
 * '"...," said X', with line breaks as spaces. */
static char *
quote_text(nm_ctx *ctx, const nm_tokens *t, int a, int b)
{
	while (b > a && nm_tok_punct(t, b - 1, ','))
		b--;
	if (b <= a)
		return NULL;
	return nm_tokens_text(ctx, t, a, b);
}

static int
word_count(const nm_tokens *t, int a, int b)
{
	int			n = 0;

	for (int i = a; i < b; i++)
		if (t->tok[i].flags & NM_TOK_WORD)
			n++;
	return n;
}

/* Every quoted span: opening mark to closing mark, or to the line's end. */
static nm_status
find_quote_spans(nm_ctx *ctx, const nm_tokens *t, qspan **out, int *n_out)
{
	/* each span opens at a distinct token: a run of opening marks is n spans */
	qspan	   *q = nm_alloc(ctx, ((size_t) t->n + 1) * sizeof(qspan));
	int			n = 0;

	if (!q)
		return NM_ERR_NOMEM;
	for (int i = 0; i < t->n; i++)
	{
		int			j;

		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		if (!is_open_mark(t, i))
			continue;
		for (j = i + 1; j < t->n; j++)
		{
			if (t->tok[j].flags & NM_TOK_NEWLINE)
				break;
			if (nm_tok_punct(t, j, '"') && !is_open_mark(t, j))
				break;
			if (is_open_mark(t, j))
				break;
		}
		q[n].open = i;
		q[n].close = j;
		n++;
		/* an unclosed quote ends at the line; a new opening starts over */
		i = (j < t->n && nm_tok_punct(t, j, '"') && !is_open_mark(t, j)) ? j : j - 1;
	}
	*out = q;
	*n_out = n;
	return NM_OK;
}

nm_status
nm_extract_quotes(nm_ctx *ctx, const char *text, size_t len,
				  nm_quote **out, int *n_out)
{
	nm_tokens	t;
	nm_spans	s;
	nm_status	st;
	qspan	   *q;
	int			nq,
				n = 0;
	nm_quote   *res;
	int			prev_end = -1;	/* token after the last attribution */
	size_t		base_off = 0,	/* char offsets, counted incrementally */
				base_chars = 0;

	*out = NULL;
	*n_out = 0;
	if (ctx->max_input_size && len > ctx->max_input_size)
		return NM_ERR_TOO_LARGE;
	if ((st = nm_tokenize(ctx, text, len, &t)) != NM_OK ||
		(st = nm_find_entities(ctx, &t, &s)) != NM_OK ||
		(st = find_quote_spans(ctx, &t, &q, &nq)) != NM_OK)
		return st;
	res = nm_alloc(ctx, (nq + 1) * sizeof(nm_quote));
	if (!res)
		return NM_ERR_NOMEM;
	for (int k = 0; k < nq; k++)
	{
		int			a = q[k].open + 1,
					b = q[k].close,
					after = b < t.n && nm_tok_punct(&t, b, '"') ? b + 1 : b,
					hi,
					lo,
					v;
		const char *speaker = NULL,
				   *role = NULL;
		char	   *qt;
		bool		continues;

		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		if (word_count(&t, a, b) < 3)
			continue;
		/* '"...," said X, "and ..."': the second part joins the first */
		continues = n > 0 && prev_end == q[k].open;
		/* after the quote: up to the sentence end or the next quote */
		for (hi = after; hi < t.n && hi - after < WINDOW; hi++)
			if ((t.tok[hi].flags & (NM_TOK_NEWLINE | NM_TOK_SENT)) ||
				nm_tok_punct(&t, hi, '"') ||
				nm_tok_punct(&t, hi, '.') || nm_tok_punct(&t, hi, '?') ||
				nm_tok_punct(&t, hi, '!') || nm_tok_punct(&t, hi, ';'))
				break;
		if (continues)
		{
			/* the second half of a split quote */
			const char *more = quote_text(ctx, &t, a, b);
			nm_quote   *p = &res[n - 1];
			size_t		l1 = strlen(p->quote),
						l2 = more ? strlen(more) : 0;
			char	   *joined = nm_alloc(ctx, l1 + l2 + 2);

			if (!joined)
				return NM_ERR_NOMEM;
			memcpy(joined, p->quote, l1);
			joined[l1] = ' ';
			memcpy(joined + l1 + 1, more ? more : "", l2);
			p->quote = joined;
			prev_end = -1;
			continue;
		}
		v = (after < t.n && !(t.tok[after].flags & NM_TOK_NEWLINE)) ?
			find_verb(&t, after, hi, false) : -1;
		if (v >= 0)
			speaker = speaker_near(ctx, &t, &s, after, hi, v, q[k].open, &role);
		else
		{
			/* before the quote: 'X said: "..."', 'According to X, "..."' */
			/* the sentence so far, back to a line break or another quote */
			lo = q[k].open;
			while (lo > 0 && !(t.tok[lo].flags & (NM_TOK_NEWLINE | NM_TOK_SENT)) &&
				   !nm_tok_punct(&t, lo - 1, '"'))
				lo--;
			v = find_verb(&t, lo, q[k].open, true);
			if (v >= 0)
				speaker = speaker_near(ctx, &t, &s, lo, q[k].open, v, q[k].open, &role);
			else
				v = -1;
			hi = q[k].open;
		}
		/* a later quote of the same paragraph with no attribution of its own */
		if (!speaker && v < 0 && n > 0 && res[n - 1].speaker &&
			q[k].open > 0 && !(t.tok[q[k].open].flags & NM_TOK_NEWLINE) &&
			k > 0 && t.tok[q[k - 1].open].sent >= t.tok[q[k].open].sent - 2)
		{
			speaker = res[n - 1].speaker;
			role = res[n - 1].speaker_role;
		}
		qt = quote_text(ctx, &t, a, b);
		if (!qt)
			continue;
		res[n].quote = qt;
		res[n].speaker = speaker;
		res[n].speaker_role = role;
		res[n].byte_start = t.tok[a].start;
		if (res[n].byte_start < base_off)
			base_off = base_chars = 0;
		base_chars = nm_char_offset(text, base_off, base_chars, res[n].byte_start);
		base_off = res[n].byte_start;
		res[n].char_start = base_chars;
		n++;
		/* where a continuation would open: after "said X," */
		prev_end = (v >= 0 && hi < t.n && hi > after && nm_tok_punct(&t, hi, '"') &&
					nm_tok_punct(&t, hi - 1, ',')) ? hi : -1;
	}
	*out = res;
	*n_out = n;
	return NM_OK;
}
