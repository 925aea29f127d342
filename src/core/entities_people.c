/*
 * entities_people.c -- people: title + name ("Industry Minister Yasutoshi
 * Nishimura"), appositions and speech verbs, and later mentions by surname.
 */
#include "nm_entity_words.h"

#include <stdlib.h>
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
		if (cap && nm_not_name_word(t, k) &&
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

/* The words of a stated role belong to no other entity: "Industry Minister". */
static nm_status
claim_role(nm_ctx *ctx, nm_spans *s, int r0, int r1)
{
	for (int k = r0; k < r1; k++)
		if (s->owner[k] >= 0)
			return NM_OK;
	if (r1 > r0 && nm_span_add(ctx, s, r0, r1, NM_TITLE_OFFICE, NULL, NULL, NULL) == -2)
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

/*
 * After "Minister of": capitalised words of the portfolio, then a name of
 * two or more words that ends the run.  Returns the name's first token (0:
 * none) and its length in *n.
 */
static int
office_of_name(const nm_tokens *t, const nm_spans *s, int of, int *n)
{
	int			e = of + 1;

	/* the run: capitalised words and "and", "of", "&", "," inside */
	while (e < t->n && e - of < 12 && !(t->tok[e].flags & (NM_TOK_NEWLINE | NM_TOK_SENT)) &&
		   ((t->tok[e].flags & NM_TOK_CAP) || nm_tok_is(t, e, "and") ||
			nm_tok_is(t, e, "of") || nm_tok_punct(t, e, '&') ||
			(nm_tok_punct(t, e, ',') && (t->tok[e + 1].flags & NM_TOK_CAP))))
		e++;
	for (int p = of + 2; p + 1 < e; p++)
	{
		int			words,
					len = nm_name_run(t, s, p, &words);

		if (p + len == e && words >= 2 && words <= 3 &&
			!nm_name_word(t, s, p - 1) && name_claimable(s, p, e))
		{
			*n = len;
			return p;
		}
	}
	return 0;
}

nm_status
nm_find_titled_people(nm_ctx *ctx, const nm_tokens *t, nm_spans *s)
{
	for (int i = 0; i < t->n; i++)
	{
		const nm_gaz_entry *e;
		int			m,
					n,
					words,
					role_first = i;
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
		/* "Minister of Industry and Mineral Resources Bandar Alkhorayef" */
		if (n == 0 && e->kind == NM_TITLE_OFFICE &&
			(nm_tok_is(t, i + m, "of") || nm_tok_is(t, i + m, "for")))
		{
			int			p = office_of_name(t, s, i + m, &n);

			if (p > 0)
			{
				int			r;

				for (int k = i + m; k < p; k++)
					if (s->owner[k] >= 0 && s->v[s->owner[k]].kind != NM_GAZ_PERSON)
						nm_span_remove(s, s->owner[k]);
				r = role_start(t, s, i);
				role = nm_tokens_text(ctx, t, r, p);
				if (!role || add_person(ctx, t, s, p, p + n, role) != NM_OK ||
					claim_role(ctx, s, r, p) != NM_OK)
					return NM_ERR_NOMEM;
				i = p + n - 1;
				continue;
			}
		}
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
			/* "Mineral Resources Minister": a ministry's name, not a company */
			if (i > 0 && s->owner[i - 1] >= 0 && s->v[s->owner[i - 1]].kind == NM_GAZ_ORG &&
				s->v[s->owner[i - 1]].t1 == i && strstr(e->key, "minister"))
				nm_span_remove(s, s->owner[i - 1]);
			r = role_start(t, s, i);
			role_first = r;
			role = nm_tokens_text(ctx, t, r, i + m);
			if (!role)
				return NM_ERR_NOMEM;
		}
		if (add_person(ctx, t, s, i + m, i + m + n, role) != NM_OK ||
			(role && claim_role(ctx, s, role_first, i + m) != NM_OK))
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

/* A person span keyed by a string (its name, or its surname token). */
typedef struct person_key
{
	const char *key;
	size_t		len;
	int			span;
} person_key;

/* By key, then by span index, so that the first of equal keys is the one
 * an in-order scan would have found. */
static int
person_key_cmp(const void *a, const void *b)
{
	const person_key *x = a;
	const person_key *y = b;
	int			c = memcmp(x->key, y->key, x->len < y->len ? x->len : y->len);

	if (c != 0)
		return c;
	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return x->span - y->span;
}

/* Index of the first key equal to (w, wl) in the sorted array, or n. */
static int
person_key_find(const person_key *v, int n, const char *w, size_t wl)
{
	int			lo = 0,
				hi = n;
	person_key	probe = {w, wl, -1};

	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (person_key_cmp(&v[mid], &probe) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && v[lo].len == wl && memcmp(v[lo].key, w, wl) == 0 ? lo : n;
}

/*
 * Sorted lookups rather than scans over every person for every person or
 * token: hostile text can name hundreds of thousands of people.
 */
nm_status
nm_link_surnames(nm_ctx *ctx, const nm_tokens *t, nm_spans *s)
{
	int			n_people = s->n;
	person_key *byname;
	person_key *bysurname;
	int			nn = 0,
				ns = 0;

	byname = nm_alloc(ctx, sizeof(person_key) * (size_t) (n_people + 1));
	bysurname = nm_alloc(ctx, sizeof(person_key) * (size_t) (n_people + 1));
	if (!byname || !bysurname)
		return NM_ERR_NOMEM;
	for (int a = 0; a < n_people; a++)
	{
		const nm_span *sp = &s->v[a];

		if (sp->kind != NM_GAZ_PERSON)
			continue;
		byname[nn].key = sp->name;
		byname[nn].len = strlen(sp->name);
		byname[nn++].span = a;
		if (sp->t1 - sp->t0 >= 2)
		{
			const nm_token *last = &t->tok[sp->t1 - 1];

			bysurname[ns].key = t->text + last->start;
			bysurname[ns].len = last->len;
			bysurname[ns++].span = a;
		}
	}
	qsort(byname, (size_t) nn, sizeof(person_key), person_key_cmp);
	qsort(bysurname, (size_t) ns, sizeof(person_key), person_key_cmp);

	/* a person's role, once stated, holds for every mention: the first
	 * stated role of a name goes to its mentions without one */
	for (int g = 0; g < nn;)
	{
		int			e = g;
		const char *role = NULL;

		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		while (e < nn && byname[e].len == byname[g].len &&
			   memcmp(byname[e].key, byname[g].key, byname[g].len) == 0)
		{
			if (!role && s->v[byname[e].span].role)
				role = s->v[byname[e].span].role;
			e++;
		}
		for (int a = g; role && a < e; a++)
		{
			nm_span    *sp = &s->v[byname[a].span];

			if (sp->t0 != sp->t1 && !sp->role)
				sp->role = role;
		}
		g = e;
	}
	for (int i = 0; i < t->n; i++)
	{
		int			k = s->owner[i];
		int			f;
		const nm_span *sp;

		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		/* a lone capitalised word, or a one-word person from "Mr Smith" */
		if (!(t->tok[i].flags & NM_TOK_CAP))
			continue;
		if (k >= 0 && !(s->v[k].kind == NM_GAZ_PERSON && s->v[k].t1 - s->v[k].t0 == 1))
			continue;
		/* the first multi-word person whose last word this token spells */
		f = person_key_find(bysurname, ns, t->text + t->tok[i].start, t->tok[i].len);
		if (f < ns && bysurname[f].span == k)
			f++;
		if (f >= ns || !token_equals(t, i, bysurname[f].key, bysurname[f].len))
			continue;
		sp = &s->v[bysurname[f].span];
		if (k >= 0)
		{
			s->v[k].name = sp->name;
			if (!s->v[k].role)
				s->v[k].role = sp->role;
		}
		else
		{
			const char *name = sp->name;
			const char *role = sp->role;

			/* nm_span_add may move s->v */
			if (nm_span_add(ctx, s, i, i + 1, NM_GAZ_PERSON, name, NULL, role) == -2)
				return NM_ERR_NOMEM;
		}
	}
	return NM_OK;
}
