/*
 * entities.c -- nm_extract_entities: gazetteer matches plus the organisation
 * and people passes, resolved to one non-overlapping list in input order.
 */
#include "nm_entities.h"

#include <stdlib.h>
#include <string.h>

int
nm_span_add(nm_ctx *ctx, nm_spans *s, int t0, int t1, nm_gaz_kind kind,
			const char *name, const char *code, const char *role)
{
	nm_span    *sp;

	for (int i = t0; i < t1; i++)
		if (s->owner[i] >= 0)
			return -1;
	if (s->n == s->cap)
	{
		int			cap = s->cap ? 2 * s->cap : 32;
		nm_span    *grown = nm_alloc(ctx, cap * sizeof(nm_span));

		if (!grown)
			return -2;
		if (s->n)
			memcpy(grown, s->v, s->n * sizeof(nm_span));
		s->v = grown;
		s->cap = cap;
	}
	sp = &s->v[s->n];
	sp->t0 = t0;
	sp->t1 = t1;
	sp->kind = kind;
	sp->name = name;
	sp->code = code;
	sp->role = role;
	for (int i = t0; i < t1; i++)
		s->owner[i] = s->n;
	return s->n++;
}

void
nm_span_remove(nm_spans *s, int k)
{
	for (int i = s->v[k].t0; i < s->v[k].t1; i++)
		s->owner[i] = -1;
	s->v[k].t1 = s->v[k].t0;
}

nm_gaz_kind
nm_span_kind_at(const nm_spans *s, int i)
{
	return s->owner[i] >= 0 ? s->v[s->owner[i]].kind : 0;
}

char *
nm_tokens_text(nm_ctx *ctx, const nm_tokens *t, int t0, int t1)
{
	size_t		a,
				b;
	char	   *s;

	/* an empty run (a caller's name run of 0 tokens): no text, and no
	 * b < a wrapping to a huge length */
	if (t1 <= t0)
		return NULL;
	a = t->tok[t0].start;
	b = t->tok[t1 - 1].start + t->tok[t1 - 1].len;
	s = nm_sanitize_utf8(ctx, t->text + a, b - a);

	if (s)
		for (char *p = s; *p; p++)
			if (*p == '\n' || *p == '\t')
				*p = ' ';
	return s;
}

/* Gazetteer pass: longest match at every token, left to right. */
static nm_status
match_gazetteer(nm_ctx *ctx, const nm_tokens *t, nm_spans *s)
{
	for (int i = 0; i < t->n;)
	{
		const nm_gaz_entry *e;
		int			m;

		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		m = nm_gaz_match(&nm_gazetteer, t, i, true, &e);
		/* "Anglo-Australian": a company's short name inside a compound */
		if (m > 0 && e->kind == NM_GAZ_ORG && i + m + 1 < t->n &&
			nm_tok_punct(t, i + m, '-') && !(t->tok[i + m].flags & NM_TOK_SPACE) &&
			!(t->tok[i + m + 1].flags & NM_TOK_SPACE) &&
			(t->tok[i + m + 1].flags & NM_TOK_CAP))
			m = 0;
		if (m == 0)
		{
			i++;
			continue;
		}
		if (nm_span_add(ctx, s, i, i + m, e->kind, e->canonical, e->code, NULL) == -2)
			return NM_ERR_NOMEM;
		i += m;
	}
	return NM_OK;
}

/*
 * "Georgia" is also a U.S. state: in a text that names the United States
 * and nothing else of the country (no Tbilisi, no "Georgian"), the state.
 */
static void
resolve_georgia(nm_spans *s)
{
	bool		us = false,
				country = false;

	for (int k = 0; k < s->n; k++)
	{
		const nm_span *sp = &s->v[k];

		if (sp->t0 == sp->t1 || !sp->code)
			continue;
		if (strcmp(sp->code, "US") == 0 &&
			(sp->kind == NM_GAZ_COUNTRY || sp->kind == NM_GAZ_DEMONYM))
			us = true;
		if (strcmp(sp->code, "GE") == 0 &&
			(sp->kind == NM_GAZ_DEMONYM || sp->kind == NM_GAZ_CITY))
			country = true;
	}
	if (!us || country)
		return;
	for (int k = 0; k < s->n; k++)
		if (s->v[k].kind == NM_GAZ_COUNTRY && s->v[k].code &&
			strcmp(s->v[k].code, "GE") == 0 && strcmp(s->v[k].name, "Georgia") == 0)
		{
			s->v[k].kind = NM_GAZ_REGION;
			s->v[k].code = "US";
		}
}

nm_status
nm_find_entities(nm_ctx *ctx, const nm_tokens *t, nm_spans *out)
{
	nm_status	st;

	memset(out, 0, sizeof(*out));
	out->owner = nm_alloc(ctx, (t->n + 1) * sizeof(int));
	if (!out->owner)
		return NM_ERR_NOMEM;
	for (int i = 0; i < t->n; i++)
		out->owner[i] = -1;
	if ((st = match_gazetteer(ctx, t, out)) != NM_OK ||
		(st = nm_find_titled_people(ctx, t, out)) != NM_OK ||
		(st = nm_find_org_patterns(ctx, t, out)) != NM_OK ||
		(st = nm_find_speaking_people(ctx, t, out)) != NM_OK ||
		(st = nm_link_surnames(ctx, t, out)) != NM_OK ||
		(st = nm_link_org_short_names(ctx, t, out)) != NM_OK)
		return st;
	resolve_georgia(out);
	return NM_OK;
}

/* "OTTAWA, Sept 21 (Reuters) -": the wire's credit is not a mention. */
static bool
agency_credit(const nm_tokens *t, const nm_span *sp)
{
	return sp->kind == NM_GAZ_ORG && sp->t0 > 0 && sp->t1 + 1 < t->n &&
		nm_tok_punct(t, sp->t0 - 1, '(') && nm_tok_punct(t, sp->t1, ')') &&
		nm_tok_punct(t, sp->t1 + 1, '-');
}

static const char *
kind_name(nm_gaz_kind k)
{
	switch (k)
	{
		case NM_GAZ_COUNTRY:
		case NM_GAZ_DEMONYM:
			return "country";
		case NM_GAZ_REGION:
			return "region";
		case NM_GAZ_CITY:
			return "city";
		case NM_GAZ_ORG:
			return "organization";
		case NM_GAZ_PERSON:
			return "person";
		default:
			return NULL;
	}
}

nm_status
nm_extract_entities(nm_ctx *ctx, const char *text, size_t len,
					nm_entity_mention **out, int *n_out)
{
	nm_tokens	t;
	nm_spans	s;
	nm_status	st;
	nm_entity_mention *m;
	int			n = 0;
	size_t		base_off = 0,
				base_chars = 0;

	*out = NULL;
	*n_out = 0;
	if (ctx->max_input_size && len > ctx->max_input_size)
		return NM_ERR_TOO_LARGE;
	if ((st = nm_tokenize(ctx, text, len, &t)) != NM_OK ||
		(st = nm_find_entities(ctx, &t, &s)) != NM_OK)
		return st;
	m = nm_alloc(ctx, (s.n + 1) * sizeof(nm_entity_mention));
	if (!m)
		return NM_ERR_NOMEM;
	/* the owner array is in token order: walking it yields input order */
	for (int i = 0; i < t.n; i++)
	{
		const nm_span *sp;
		const nm_sentence *se;

		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		if (s.owner[i] < 0 || s.v[s.owner[i]].t0 != i)
			continue;
		sp = &s.v[s.owner[i]];
		if (!kind_name(sp->kind) || agency_credit(&t, sp))
			continue;
		se = &t.sent[t.tok[i].sent];
		m[n].entity = sp->name;
		m[n].kind = kind_name(sp->kind);
		/* the contract: an ISO code for countries only */
		m[n].code = (sp->kind == NM_GAZ_COUNTRY || sp->kind == NM_GAZ_DEMONYM) ? sp->code : NULL;
		m[n].role = sp->role;
		m[n].byte_start = t.tok[sp->t0].start;
		m[n].byte_len = t.tok[sp->t1 - 1].start + t.tok[sp->t1 - 1].len -
			m[n].byte_start;
		m[n].char_start = nm_char_offset(text, base_off, base_chars,
										 m[n].byte_start);
		base_off = m[n].byte_start;
		base_chars = m[n].char_start;
		m[n].sentence_start = se->start;
		m[n].sentence_len = se->len;
		nm_clip_span(text, m[n].byte_start, m[n].byte_len,
					 &m[n].sentence_start, &m[n].sentence_len);
		n++;
	}
	*out = m;
	*n_out = n;
	return NM_OK;
}
