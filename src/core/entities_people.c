/*
 * entities_people.c -- people: title + name ("Industry Minister Yasutoshi
 * Nishimura"), appositions and speech verbs, and later mentions by surname.
 */
#include "nm_entity_words.h"

#include <string.h>

/* Lower-case words that never belong to a role in front of a title. */
static const char *const role_stop[] = {
	"said", "says", "told", "added", "according", "to", "the", "a", "an", "and",
	"or", "of", "in", "on", "at", "by", "for", "with", "from", "as", "is", "was",
	"are", "were", "be", "been", "that", "which", "who", "while", "when", "after",
	"before", "its", "his", "her", "their", "our", "but", "than", "then", "also",
	"has", "had", "have", "will", "would", "could", "not", "this", "these",
	"those", "meanwhile", "sources", "source", NULL
};

static const char *const determiners[] = {
	"the", "a", "an", "its", "his", "her", "their", "our", NULL
};

/*
 * Start token of the role words in front of the title at [ti, te): words of
 * the title's case (capitalised before "Minister", lower case before
 * "analyst"), never an entity, at most four.
 */
static int
role_start(const nm_tokens *t, const nm_spans *s, int ti)
{
	bool		cap = (t->tok[ti].flags & NM_TOK_CAP) != 0;
	int			r = ti;

	for (int k = ti - 1; k >= 0 && ti - k <= 4; k--)
	{
		const nm_token *tok = &t->tok[k];

		if (t->tok[k + 1].flags & NM_TOK_NEWLINE)
			break;
		if (!(tok->flags & NM_TOK_WORD))
		{
			/* "Vice-President", "Mines-and-Energy" */
			if (nm_tok_punct(t, k, '-') && !(t->tok[k + 1].flags & NM_TOK_SPACE) &&
				!(tok->flags & NM_TOK_SPACE) && k > 0)
				continue;
			break;
		}
		if (s->owner[k] >= 0 || nm_tok_in(t, k, role_stop))
		{
			if (nm_tok_is(t, k, "and") && r < ti)
				continue;
			break;
		}
		if (cap ? !(tok->flags & NM_TOK_CAP) : (tok->flags & (NM_TOK_CAP | NM_TOK_DIGIT)) != 0)
			break;
		if (cap && nm_tok_in(t, k, nm_not_name_words) &&
			!nm_tok_in(t, k, nm_generic_org_words))
			break;
		r = k;
	}
	/* never start on "and" */
	while (r < ti && nm_tok_is(t, r, "and"))
		r++;
	return r;
}

/* Adds a person over name tokens [n0, n1) with role, or gives the role to
 * the gazetteer person already there. */
static nm_status
add_person(nm_ctx *ctx, const nm_tokens *t, nm_spans *s, int n0, int n1,
		   const char *role)
{
	char	   *name;
	int			k = s->owner[n0];

	if (k >= 0)
	{
		if (s->v[k].kind == NM_GAZ_PERSON && s->v[k].t0 == n0 && s->v[k].t1 == n1 &&
			!s->v[k].role)
			s->v[k].role = role;
		return NM_OK;
	}
	name = nm_tokens_text(ctx, t, n0, n1);
	if (!name)
		return NM_ERR_NOMEM;
	if (nm_span_add(ctx, s, n0, n1, NM_GAZ_PERSON, name, NULL, role) == -2)
		return NM_ERR_NOMEM;
	return NM_OK;
}

/* Name tokens are free or one whole gazetteer person. */
static bool
name_claimable(const nm_spans *s, int n0, int n1)
{
	int			k = s->owner[n0];

	if (k >= 0)
		return s->v[k].kind == NM_GAZ_PERSON && s->v[k].t0 == n0 && s->v[k].t1 == n1;
	for (int i = n0; i < n1; i++)
		if (s->owner[i] >= 0)
			return false;
	return true;
}

nm_status
nm_find_titled_people(nm_ctx *ctx, const nm_tokens *t, nm_spans *s)
{
	for (int i = 0; i < t->n; i++)
	{
		const nm_gaz_entry *e;
		int			m,
					n,
					words;
		char	   *role = NULL;

		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		m = nm_gaz_match(&nm_titles, t, i, false, &e);
		if (m == 0 || s->owner[i] >= 0)
			continue;
		if (i + m >= t->n || (t->tok[i + m].flags & NM_TOK_NEWLINE))
			continue;
		/* "Mr." */
		if (nm_tok_punct(t, i + m, '.') && !(t->tok[i + m].flags & NM_TOK_SPACE))
			m++;
		n = nm_name_run(t, s, i + m, &words);
		if (n == 0 || !name_claimable(s, i + m, i + m + n))
		{
			i += m - 1;
			continue;
		}
		if (e->kind != NM_TITLE_HONORIFIC)
		{
			int			r;

			/* a lone surname after a title is linked later, if known */
			if (words < 2 && s->owner[i + m] < 0)
			{
				i += m - 1;
				continue;
			}
			r = role_start(t, s, i);
			role = nm_tokens_text(ctx, t, r, i + m);
			if (!role)
				return NM_ERR_NOMEM;
		}
		if (add_person(ctx, t, s, i + m, i + m + n, role) != NM_OK)
			return NM_ERR_NOMEM;
		i += m + n - 1;
	}
	return NM_OK;
}

/*
 * Role after a name and a comma: "Jane Doe, chief executive of Glencore,"
 * or "Jane Doe, Canada's natural resources minister,".  NULL if none.
 */
static char *
role_after(nm_ctx *ctx, const nm_tokens *t, const nm_spans *s, int k)
{
	int			start;

	if (k < t->n && nm_tok_in(t, k, determiners))
		k++;
	/* "Canada's", "Glencore's" */
	if (k < t->n && s->owner[k] >= 0)
	{
		int			e = s->v[s->owner[k]].t1;
		int			p = nm_tok_possessive(t, e - 1);

		if (p == 0)
			return NULL;
		k = e + p;
	}
	start = k;
	for (; k < t->n && k - start < 5; k++)
	{
		const nm_gaz_entry *e;
		int			m;

		if (!(t->tok[k].flags & NM_TOK_WORD) ||
			(t->tok[k].flags & NM_TOK_NEWLINE) || s->owner[k] >= 0)
			return NULL;
		m = nm_gaz_match(&nm_titles, t, k, false, &e);
		if (m > 0 && e->kind != NM_TITLE_HONORIFIC)
		{
			/* take the longest title: "chief executive officer" */
			return nm_tokens_text(ctx, t, start, k + m);
		}
		if (nm_tok_in(t, k, role_stop))
			return NULL;
	}
	return NULL;
}

/* Start of a name that ends at token e (inclusive), or -1. */
static int
name_ending_at(const nm_tokens *t, const nm_spans *s, int e, int *len)
{
	for (int b = e; b >= 0 && e - b < 6; b--)
	{
		int			words;
		int			n = nm_name_run(t, s, b, &words);

		if (n == e - b + 1 && words >= 2 &&
			(b == 0 || !nm_name_word(t, s, b - 1) ||
			 (t->tok[b].flags & NM_TOK_NEWLINE)))
		{
			*len = n;
			return b;
		}
	}
	return -1;
}

nm_status
nm_find_speaking_people(nm_ctx *ctx, const nm_tokens *t, nm_spans *s)
{
	for (int i = 0; i < t->n; i++)
	{
		int			n0 = -1,
					n = 0,
					words;
		char	   *role = NULL;

		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		if (nm_title_case_sentence(t, t->tok[i].sent))
			continue;
		if (nm_tok_in(t, i, nm_speech_verbs) && !(t->tok[i].flags & NM_TOK_CAP))
		{
			/* "said John Smith" */
			n = nm_name_run(t, s, i + 1, &words);
			if (n > 0 && words >= 2 && !(t->tok[i + 1].flags & NM_TOK_NEWLINE))
				n0 = i + 1;
			/* "John Smith said" */
			else if (i > 0 && (n0 = name_ending_at(t, s, i - 1, &n)) < 0)
				n = 0;
		}
		else if (nm_tok_is(t, i, "according") && nm_tok_is(t, i + 1, "to"))
		{
			n = nm_name_run(t, s, i + 2, &words);
			if (n > 0 && words >= 2)
				n0 = i + 2;
		}
		else if (nm_tok_punct(t, i, ',') && i > 0 && s->owner[i - 1] < 0)
		{
			/* "John Smith, chief executive of X," */
			n0 = name_ending_at(t, s, i - 1, &n);
			if (n0 >= 0 && !(role = role_after(ctx, t, s, i + 1)))
				n0 = -1;
		}
		if (n0 < 0 || n == 0 || !name_claimable(s, n0, n0 + n))
			continue;
		if (!role && n0 + n < t->n && nm_tok_punct(t, n0 + n, ','))
			role = role_after(ctx, t, s, n0 + n + 1);
		if (add_person(ctx, t, s, n0, n0 + n, role) != NM_OK)
			return NM_ERR_NOMEM;
	}
	return NM_OK;
}

/* Does token i spell the string w exactly? */
static bool
token_equals(const nm_tokens *t, int i, const char *w, size_t wl)
{
	return t->tok[i].len == wl && memcmp(t->text + t->tok[i].start, w, wl) == 0;
}

nm_status
nm_link_surnames(nm_ctx *ctx, const nm_tokens *t, nm_spans *s)
{
	int			n_people = s->n;

	/* a person's role, once stated, holds for every mention */
	for (int a = 0; a < n_people; a++)
	{
		if (s->v[a].kind != NM_GAZ_PERSON || s->v[a].t0 == s->v[a].t1 || s->v[a].role)
			continue;
		for (int b = 0; b < n_people; b++)
			if (b != a && s->v[b].kind == NM_GAZ_PERSON && s->v[b].role &&
				strcmp(s->v[a].name, s->v[b].name) == 0)
			{
				s->v[a].role = s->v[b].role;
				break;
			}
	}
	for (int i = 0; i < t->n; i++)
	{
		int			k = s->owner[i];

		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		/* a lone capitalised word, or a one-word person from "Mr Smith" */
		if (!(t->tok[i].flags & NM_TOK_CAP))
			continue;
		if (k >= 0 && !(s->v[k].kind == NM_GAZ_PERSON && s->v[k].t1 - s->v[k].t0 == 1))
			continue;
		for (int p = 0; p < n_people; p++)
		{
			const nm_span *sp = &s->v[p];
			const nm_token *last;

			if (sp->kind != NM_GAZ_PERSON || sp->t1 - sp->t0 < 2 || p == k)
				continue;
			last = &t->tok[sp->t1 - 1];
			if (!token_equals(t, i, t->text + last->start, last->len))
				continue;
			if (k >= 0)
			{
				s->v[k].name = sp->name;
				if (!s->v[k].role)
					s->v[k].role = sp->role;
			}
			else if (nm_span_add(ctx, s, i, i + 1, NM_GAZ_PERSON, sp->name, NULL,
								 sp->role) == -2)
				return NM_ERR_NOMEM;
			break;
		}
	}
	return NM_OK;
}
