/*
 * entities_orgs.c -- organisations beyond the gazetteer: capitalised runs
 * ending in a corporate form or an institution word, "Ministry of ...", and
 * names owned by a place ("South Korea's Solus Advanced Materials").
 */
#include "nm_entity_words.h"

#include <string.h>

static const char *const institution_heads[] = {
	"ministry", "department", "office", "bureau", "agency", "commission",
	"council", "institute", "bank", "chamber", "federation", "association",
	"university", "secretariat", "directorate", NULL
};

/* Last words of public bodies: generic words before them still name one. */
static const char *const institution_endings[] = {
	"ministry", "department", "agency", "commission", "bureau", "authority",
	"administration", "council", "board", "survey", "court", "parliament",
	"committee", NULL
};

/* Last words of places that a possessive names: "Myanmar's Wa State". */
static const char *const place_endings[] = {
	"state", "province", "region", "territory", "district", "county",
	"prefecture", "oblast", "governorate", NULL
};

/* Capitalised words in front of a name that are not part of it. */
static const char *const calendar_words[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "june", "july",
	"august", "september", "october", "november", "december", "earlier",
	"later", "last", "meanwhile", "also", "however", "shares", NULL
};

/* Nouns that introduce an organisation's name. */
static const char *const org_cues[] = {
	"regulator", "consultancy", "miner", "producer", "carmaker", "automaker",
	"steelmaker", "smelter", "refiner", "trader", "lender", "broker",
	"brokerage", "insurer", "developer", "explorer", "startup", "manufacturer",
	"supplier", "operator", "utility", "conglomerate", "exchange", "fund",
	"investor", "firm", "company", "subsidiary", "unit", "union", "agency",
	NULL
};

/* Cue nouns that introduce organisations only, never people. */
static const char *const strong_cues[] = {
	"regulator", "consultancy", "brokerage", "lender", "insurer", "carmaker",
	"automaker", "steelmaker", "smelter", "refiner", "exchange", "fund",
	"union", "agency", "utility", "conglomerate", "manufacturer", "supplier",
	"operator", "subsidiary", NULL
};

/* "unit of X", "stake in X": what follows is an organisation. */
static const char *const owner_cues[] = {
	"unit", "subsidiary", "division", "affiliate", "arm", "parent", NULL
};

static bool
connector(const nm_tokens *t, int i)
{
	return nm_tok_is(t, i, "of") || nm_tok_is(t, i, "and") ||
		nm_tok_is(t, i, "for") || nm_tok_punct(t, i, '&') ||
		nm_tok_is(t, i, "de") || nm_tok_is(t, i, "y");
}

/* An apostrophe inside a word ("Ma'aden"), not a possessive. */
static bool
inner_apostrophe(const nm_tokens *t, int i)
{
	return i > 0 && i + 1 < t->n && nm_tok_punct(t, i, '\'') &&
		!(t->tok[i].flags & NM_TOK_SPACE) && !(t->tok[i + 1].flags & NM_TOK_SPACE) &&
		(t->tok[i - 1].flags & NM_TOK_WORD) && (t->tok[i + 1].flags & NM_TOK_WORD) &&
		!nm_tok_is(t, i + 1, "s");
}

/* A word that can be part of an organisation name. */
static bool
org_word(const nm_tokens *t, const nm_spans *s, int i)
{
	const nm_token *k = &t->tok[i];
	nm_gaz_kind kind = nm_span_kind_at(s, i);

	if (kind == NM_GAZ_PERSON)
		return false;
	if (!(k->flags & NM_TOK_WORD))
		/* "Co." "S.A." "Freeport-McMoRan" "Ma'aden" */
		return ((nm_tok_punct(t, i, '.') || nm_tok_punct(t, i, '-')) &&
				!(k->flags & NM_TOK_SPACE) && i > 0 &&
				(t->tok[i - 1].flags & (NM_TOK_CAP | NM_TOK_DIGIT))) ||
			inner_apostrophe(t, i);
	return (k->flags & (NM_TOK_CAP | NM_TOK_DIGIT)) != 0 ||
		(i > 0 && (t->tok[i - 1].flags & NM_TOK_WORD) && !(k->flags & NM_TOK_SPACE)) ||
		(i > 0 && inner_apostrophe(t, i - 1));
}

/* End (exclusive) of the capitalised run starting at i. */
static int
run_end(const nm_tokens *t, const nm_spans *s, int i)
{
	int			j = i;

	while (j < t->n)
	{
		if (j > i && (t->tok[j].flags & (NM_TOK_NEWLINE | NM_TOK_SENT)))
			break;
		if (org_word(t, s, j))
			j++;
		else if (j > i && connector(t, j) && j + 1 < t->n && org_word(t, s, j + 1) &&
				 !(t->tok[j + 1].flags & NM_TOK_NEWLINE) &&
				 /* "Shares of Power Metals Corp": a capitalised first word
				  * of a sentence is not the head of a name */
				 !(j == i + 1 && (t->tok[i].flags & NM_TOK_SENT) && s->owner[i] < 0))
			j++;
		else
			break;
	}
	/* drop trailing connectors and dots that end a sentence */
	while (j > i && (connector(t, j - 1) ||
					 (nm_tok_punct(t, j - 1, '.') &&
					  !nm_tok_in(t, j - 2, nm_corporate_forms))))
		j--;
	return j;
}

/* Does [a, b) hold a word that names something ("Solus", "Barrick")? */
static bool
has_proper_word(const nm_tokens *t, int a, int b)
{
	for (int i = a; i < b; i++)
		if ((t->tok[i].flags & NM_TOK_WORD) && !nm_tok_in(t, i, nm_generic_org_words) &&
			!nm_tok_in(t, i, nm_org_endings) && !nm_tok_in(t, i, nm_corporate_forms) &&
			!nm_not_name_word(t, i))
			return true;
	return false;
}

/* Does [a, b) hold a word other than a function word? */
static bool
has_word_before(const nm_tokens *t, int a, int b)
{
	for (int i = a; i < b; i++)
		if ((t->tok[i].flags & NM_TOK_WORD) && !connector(t, i) &&
			!nm_tok_in(t, i, nm_function_words))
			return true;
	return false;
}

/*
 * An organisation's name as written, without its legal form, as the
 * gazetteer names them: "Hanwa Metals Trading Corp" is "Hanwa Metals Trading".
 */
static char *
org_name(nm_ctx *ctx, const nm_tokens *t, int a, int b)
{
	int			e = b;

	while (e > a + 1 && nm_tok_punct(t, e - 1, '.'))
		e--;
	if (e - a < 2 || !nm_tok_in(t, e - 1, nm_corporate_forms))
		return nm_tokens_text(ctx, t, a, b);
	e--;
	while (e > a + 1 && (nm_tok_punct(t, e - 1, ',') || nm_tok_punct(t, e - 1, '.')))
		e--;
	return nm_tokens_text(ctx, t, a, e);
}

/* Replaces every place span inside [a, b) by one organisation. */
static nm_status
claim_org(nm_ctx *ctx, const nm_tokens *t, nm_spans *s, int a, int b,
		  const char *name)
{
	for (int i = a; i < b; i++)
	{
		int			k = s->owner[i];

		if (k < 0)
			continue;
		if (s->v[k].kind == NM_GAZ_ORG || s->v[k].kind == NM_GAZ_PERSON ||
			s->v[k].t0 < a || s->v[k].t1 > b)
			return NM_OK;
	}
	for (int i = a; i < b; i++)
		if (s->owner[i] >= 0)
			nm_span_remove(s, s->owner[i]);
	if (!name && !(name = org_name(ctx, t, a, b)))
		return NM_ERR_NOMEM;
	if (nm_span_add(ctx, s, a, b, NM_GAZ_ORG, name, NULL, NULL) == -2)
		return NM_ERR_NOMEM;
	return NM_OK;
}

/*
 * A capitalised run [a, b) that ends in a corporate form or institution
 * word.  Starts after the last known organisation or "and" in it, so that
 * "BHP and Vale SA" yields Vale SA only.
 */
static nm_status
org_from_run(nm_ctx *ctx, const nm_tokens *t, nm_spans *s, int a, int b,
			 bool weak_ok)
{
	int			last = b - 1;
	bool		form,
				ending;
	int			start = a;

	while (last > a && nm_tok_punct(t, last, '.'))
		last--;
	form = nm_tok_in(t, last, nm_corporate_forms);
	ending = nm_tok_in(t, last, nm_org_endings);
	if (!form && !(ending && weak_ok))
		return NM_OK;
	for (int i = b - 1; i >= a; i--)
	{
		nm_gaz_kind kind = nm_span_kind_at(s, i);

		if (kind == NM_GAZ_ORG || kind == NM_GAZ_PERSON)
		{
			int			k = s->owner[i];

			/* "Albemarle Corp", "Hanwa Metals Trading Corp": a known name
			 * followed by more words and a form is one organisation */
			if (form && kind == NM_GAZ_ORG && s->v[k].t1 >= b)
				return NM_OK;
			if (form && kind == NM_GAZ_ORG)
			{
				const char *name = s->v[k].t1 >= last ? s->v[k].name : NULL;
				int			t0 = s->v[k].t0;

				nm_span_remove(s, k);
				if (!name && !(name = org_name(ctx, t, t0, b)))
					return NM_ERR_NOMEM;
				if (nm_span_add(ctx, s, t0, b, NM_GAZ_ORG, name, NULL, NULL) == -2)
					return NM_ERR_NOMEM;
				return NM_OK;
			}
			start = s->v[k].t1;
			break;
		}
		if (nm_tok_is(t, i, "and") && !nm_tok_in(t, i - 1, nm_org_endings))
		{
			start = i + 1;
			break;
		}
	}
	/* leading function words and weekdays are not part of the name */
	while (start < b && (nm_tok_in(t, start, nm_function_words) ||
						 nm_tok_in(t, start, calendar_words)))
		start++;
	if (b - start < 2)
		return NM_OK;
	/* a corporate form or an institution makes even generic words a name
	 * ("Power Metals Corp", "Justice Department") */
	if ((form || nm_tok_in(t, last, institution_endings)) ?
		!has_word_before(t, start, last) : !has_proper_word(t, start, b))
		return NM_OK;
	return claim_org(ctx, t, s, start, b, NULL);
}

/* "Ministry of Mines and Energy", "Department of Energy". */
static int
institution_of(const nm_tokens *t, const nm_spans *s, int i)
{
	int			j;

	if (!(t->tok[i].flags & NM_TOK_CAP) || !nm_tok_in(t, i, institution_heads) ||
		!(nm_tok_is(t, i + 1, "of") || nm_tok_is(t, i + 1, "for")))
		return 0;
	j = i + 2;
	if (nm_tok_is(t, j, "the"))
		j++;
	if (j >= t->n || !(t->tok[j].flags & NM_TOK_CAP))
		return 0;
	j = run_end(t, s, j);
	return j - i;
}

/* "South Korea's Solus Advanced Materials", "a unit of Glencore Ltd". */
static int
owned_name(const nm_tokens *t, const nm_spans *s, int i, int *start)
{
	int			j,
				k = s->owner[i],
				p,
				end;

	*start = -1;
	if (k >= 0 && s->v[k].t1 == i + 1 &&
		(s->v[k].kind == NM_GAZ_COUNTRY || s->v[k].kind == NM_GAZ_REGION ||
		 s->v[k].kind == NM_GAZ_CITY) &&
		(p = nm_tok_possessive(t, i)) > 0)
		j = i + 1 + p;
	else if (k < 0 && nm_tok_in(t, i, owner_cues) && nm_tok_is(t, i + 1, "of"))
		j = i + 2;
	else
		return 0;
	if (j >= t->n || s->owner[j] >= 0 || !(t->tok[j].flags & NM_TOK_CAP) ||
		(t->tok[j].flags & NM_TOK_NEWLINE))
		return 0;
	*start = j;
	/* "Saudi Arabia's Ma'aden and Mopani Copper Mines": the first name only */
	end = run_end(t, s, j);
	for (int e = j; e < end; e++)
		if (nm_tok_is(t, e, "and"))
			return e - j;
	return end - j;
}

/*
 * "market regulator ARECOMS", "consultancy Plusmining": a noun that says
 * what an organisation is, then its name: one word, or words ending in a
 * corporate form or an institution word.
 */
static int
cued_name(const nm_tokens *t, const nm_spans *s, int i, bool headline)
{
	int			j = i + 1,
				e;
	const nm_gaz_entry *te;

	if (headline || !nm_tok_in(t, i, org_cues) || (t->tok[i].flags & NM_TOK_CAP) ||
		j >= t->n || s->owner[j] >= 0 || !(t->tok[j].flags & NM_TOK_CAP) ||
		(t->tok[j].flags & (NM_TOK_NEWLINE | NM_TOK_SENT)) ||
		nm_not_name_word(t, j) || nm_gaz_match(&nm_titles, t, j, false, &te) > 0)
		return 0;
	e = run_end(t, s, j);
	for (int k = j; k < e; k++)
		if (s->owner[k] >= 0)
			return 0;
	if (e - j == 1 || nm_tok_in(t, e - 1, nm_corporate_forms) ||
		nm_tok_in(t, e - 1, nm_org_endings))
		return e - j;
	/* nouns never said of a person: "consultancy Global Tin Intelligence" */
	if (nm_tok_in(t, i, strong_cues) && e - j <= 4 && has_proper_word(t, j, e))
		return e - j;
	return 0;
}

nm_status
nm_find_org_patterns(nm_ctx *ctx, const nm_tokens *t, nm_spans *s)
{
	nm_status	st;
	int			run_done = 0;	/* runs split at "and" end here */

	for (int i = 0; i < t->n; i++)
	{
		int			n,
					a;
		bool		headline;
		const nm_gaz_entry *te;

		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		headline = nm_title_case_sentence(t, t->tok[i].sent);
		if ((n = institution_of(t, s, i)) > 0)
		{
			if ((st = claim_org(ctx, t, s, i, i + n, NULL)) != NM_OK)
				return st;
			i += n - 1;
			continue;
		}
		if ((n = cued_name(t, s, i, headline)) > 0)
		{
			if ((st = claim_org(ctx, t, s, i + 1, i + 1 + n, NULL)) != NM_OK)
				return st;
			i += n;
			continue;
		}
		if (!headline && (n = owned_name(t, s, i, &a)) > 0)
		{
			bool		free = true;

			for (int k = a; k < a + n; k++)
				if (s->owner[k] >= 0 || nm_gaz_match(&nm_titles, t, k, false, &te) > 0)
					free = false;
			if (free && n >= 2 && nm_tok_in(t, a + n - 1, place_endings))
			{
				char	   *name = nm_tokens_text(ctx, t, a, a + n);

				if (!name || nm_span_add(ctx, s, a, a + n, NM_GAZ_REGION, name,
										 NULL, NULL) == -2)
					return NM_ERR_NOMEM;
				i = a + n - 1;
				continue;
			}
			if (free && (has_proper_word(t, a, a + n) ||
						 nm_tok_in(t, a + n - 1, nm_corporate_forms)))
			{
				if ((st = claim_org(ctx, t, s, a, a + n, NULL)) != NM_OK)
					return st;
				i = a + n - 1;
				continue;
			}
		}
		/* a run spans its connectors: split it once, not again at each part */
		if (i >= run_done && org_word(t, s, i) && (t->tok[i].flags & NM_TOK_WORD) &&
			(i == 0 || !org_word(t, s, i - 1) || (t->tok[i].flags & NM_TOK_NEWLINE)))
		{
			int			e = run_end(t, s, i);

			/* "Liontown Resources Ltd and Hanwa Corp": each part alone, but
			 * "Mines and Geosciences Bureau" is one public body */
			bool		one_body = e - i >= 3 && nm_tok_in(t, e - 1, institution_endings);

			for (int k = i; k < e && one_body; k++)
				if (s->owner[k] >= 0 || nm_tok_in(t, k, nm_corporate_forms))
					one_body = false;
			for (int a = i, b; a < e; a = b + 1)
			{
				for (b = a; b < e && (one_body || !nm_tok_is(t, b, "and")); b++)
					;
				if (b - a >= 2 && (st = org_from_run(ctx, t, s, a, b, !headline)) != NM_OK)
					return st;
			}
			run_done = e;
		}
	}
	return NM_OK;
}

/* Names sharing one first word that are tried at each token (bound). */
#define NAME_CHAIN_MAX 64

/* A name to link: tokens a..a+len as written, meaning span k. */
typedef struct
{
	int			k,
				a,
				len,
				next;			/* next name with the same first-word hash */
} link_name;

/* Names hashed on their first word, so the tokens are scanned once. */
typedef struct
{
	link_name  *v;
	int		   *head;
	int			n,
				mask;
} name_table;

static uint32_t
tok_hash(const nm_tokens *t, int i)
{
	uint32_t	h = 2166136261u;

	for (size_t c = 0; c < t->tok[i].len; c++)
		h = (h ^ (unsigned char) t->text[t->tok[i].start + c]) * 16777619u;
	return h;
}

static bool
same_tokens(const nm_tokens *t, int i, int a, int len)
{
	for (int d = 0; d < len; d++)
		if (t->tok[i + d].len != t->tok[a + d].len ||
			memcmp(t->text + t->tok[i + d].start, t->text + t->tok[a + d].start,
				   t->tok[a + d].len) != 0)
			return false;
	return true;
}

static nm_status
table_init(nm_ctx *ctx, name_table *nt, int cap)
{
	int			size = 16;

	while (size < 2 * cap)
		size *= 2;
	nt->v = nm_alloc(ctx, ((size_t) cap + 1) * sizeof(link_name));
	nt->head = nm_alloc(ctx, (size_t) size * sizeof(int));
	if (!nt->v || !nt->head)
		return NM_ERR_NOMEM;
	for (int h = 0; h < size; h++)
		nt->head[h] = -1;
	nt->n = 0;
	nt->mask = size - 1;
	return NM_OK;
}

/* The first org written so links the name; chains keep that order. */
static void
table_add(const nm_tokens *t, name_table *nt, int k, int a, int len)
{
	int		   *link = &nt->head[tok_hash(t, a) & (uint32_t) nt->mask];
	int			chain = 0;

	for (; *link >= 0; link = &nt->v[*link].next, chain++)
		if (nt->v[*link].len == len && same_tokens(t, a, nt->v[*link].a, len))
			return;
	if (chain >= NAME_CHAIN_MAX)
		return;
	nt->v[nt->n] = (link_name) {k, a, len, -1};
	*link = nt->n++;
}

/*
 * Every free occurrence of a name in the table becomes its org, unless it is
 * the head of a longer name ("MMG Copper", "Mopani Road").
 */
static nm_status
table_link(nm_ctx *ctx, const nm_tokens *t, nm_spans *s, const name_table *nt,
		   bool first_word)
{
	for (int i = 0; i < t->n && nt->n > 0; i++)
	{
		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		if (s->owner[i] >= 0)
			continue;
		for (int c = nt->head[tok_hash(t, i) & (uint32_t) nt->mask]; c >= 0; c = nt->v[c].next)
		{
			int			len = nt->v[c].len,
						e = i + len;
			bool		same = e <= t->n;

			for (int d = i; d < e && same; d++)
				same = s->owner[d] < 0;
			if (!same || !same_tokens(t, i, nt->v[c].a, len))
				continue;
			if (e < t->n && (t->tok[e].flags & NM_TOK_CAP) &&
				(first_word ? !(t->tok[e].flags & NM_TOK_NEWLINE) :
				 (t->tok[e].flags & NM_TOK_SPACE) != 0))
				continue;
			if (nm_span_add(ctx, s, i, e, NM_GAZ_ORG, s->v[nt->v[c].k].name,
							NULL, NULL) == -2)
				return NM_ERR_NOMEM;
			i = e - 1;
			break;
		}
	}
	return NM_OK;
}

/*
 * "MMG Ltd" found once: later "MMG" alone is the same organisation (the name
 * without its corporate form, as written); then a distinctive first word,
 * later "Mopani" for "Mopani Copper Mines".
 */
nm_status
nm_link_org_short_names(nm_ctx *ctx, const nm_tokens *t, nm_spans *s)
{
	int			n_orgs = s->n;
	name_table	nt;
	nm_status	st;

	if ((st = table_init(ctx, &nt, n_orgs)) != NM_OK)
		return st;
	for (int k = 0; k < n_orgs; k++)
	{
		int			a = s->v[k].t0,
					b = s->v[k].t1;

		if (s->v[k].kind != NM_GAZ_ORG || b - a < 2)
			continue;
		while (b > a && nm_tok_punct(t, b - 1, '.'))
			b--;
		if (b - a < 2 || !nm_tok_in(t, b - 1, nm_corporate_forms))
			continue;
		table_add(t, &nt, k, a, b - 1 - a);
	}
	if ((st = table_link(ctx, t, s, &nt, false)) != NM_OK ||
		(st = table_init(ctx, &nt, n_orgs)) != NM_OK)
		return st;
	for (int k = 0; k < n_orgs; k++)
	{
		int			a = s->v[k].t0;

		if (s->v[k].kind != NM_GAZ_ORG || s->v[k].t1 - a < 2 ||
			!(t->tok[a].flags & NM_TOK_CAP) || t->tok[a].len < 3 ||
			(t->tok[a + 1].flags & NM_TOK_WORD) == 0 ||
			!has_proper_word(t, a, a + 1) || nm_tok_in(t, a, nm_function_words) ||
			nm_tok_in(t, a, calendar_words))
			continue;
		table_add(t, &nt, k, a, 1);
	}
	return table_link(ctx, t, s, &nt, true);
}
