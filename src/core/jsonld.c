/*
 * jsonld.c -- reads schema.org JSON-LD blocks (@graph, arrays, nested
 * mainEntity) and keeps the fields of the best Article-like object.
 */
#include "nm_html.h"

static const char *const article_types[] = {
	"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting",
	"AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
	"BackgroundNewsArticle", "LiveBlogPosting", "TechArticle",
	"ScholarlyArticle", "SocialMediaPosting", "Report", "AdvertiserContentArticle",
	"SatiricalArticle", "DiscussionForumPosting", "Review", "Posting", NULL
};

/* Other creative works whose name and dates are the page's when no article is. */
static const char *const work_types[] = {
	"HowTo", "Recipe", "CreativeWork", "Guide", NULL
};

/* 3 = article type, 2 = other creative work, 1 = WebPage family, 0 = else */
static int
type_rank(const nm_json *obj)
{
	nm_json    *t = nm_json_get(obj, "@type");
	int			best = 0;

	if (!t)
		return 0;
	for (nm_json *v = (t->type == NM_JSON_ARR) ? t->child : t; v;
		 v = (t->type == NM_JSON_ARR) ? v->next : NULL)
	{
		const char *s;

		if (v->type != NM_JSON_STR || !v->str)
			continue;
		s = v->str;
		if (strncmp(s, "http://schema.org/", 18) == 0)
			s += 18;
		else if (strncmp(s, "https://schema.org/", 19) == 0)
			s += 19;
		for (int i = 0; article_types[i]; i++)
			if (strcmp(s, article_types[i]) == 0)
				return 3;
		for (int i = 0; work_types[i]; i++)
			if (strcmp(s, work_types[i]) == 0)
				best = 2;
		if ((strcmp(s, "WebPage") == 0 || strcmp(s, "ItemPage") == 0) && best < 1)
			best = 1;
	}
	return best;
}

/* The string of a value: itself, its "name"/"@id"/"url", or its first element. */
static const char *
str_of(const nm_json *v, const char *member)
{
	int			guard = 0;

	while (v && guard++ < 4)
	{
		if (v->type == NM_JSON_STR)
			return (v->str && *v->str) ? v->str : NULL;
		if (v->type == NM_JSON_NUM)
			return v->str;
		if (v->type == NM_JSON_ARR)
			v = v->child;
		else if (v->type == NM_JSON_OBJ)
		{
			const nm_json *m = member ? nm_json_get(v, member) : NULL;

			if (!m && member && strcmp(member, "url") == 0)
				m = nm_json_get(v, "@id");
			v = m;
		}
		else
			return NULL;
	}
	return NULL;
}

static void
push_str(nm_page *pg, char ***arr, int *n, const char *s)
{
	char	  **na;
	char	   *c = nm_clean_value(pg->ctx, s);

	if (!c || *n >= 32)
		return;
	for (int i = 0; i < *n; i++)
		if (strcmp((*arr)[i], c) == 0)
			return;
	na = nm_alloc(pg->ctx, sizeof(char *) * (*n + 1));
	if (!na)
		return;
	if (*n)
		memcpy(na, *arr, sizeof(char *) * *n);
	na[(*n)++] = c;
	*arr = na;
}

static bool
is_org(const nm_json *v)
{
	nm_json    *t = nm_json_get(v, "@type");
	const char *s = str_of(t, NULL);

	return s && (strstr(s, "Organization") || strstr(s, "Organisation") ||
				 strcmp(s, "Corporation") == 0 || strcmp(s, "WebSite") == 0 ||
				 strcmp(s, "Brand") == 0);
}

/* Objects of all blocks that carry an "@id" (Yoast-style references). */
typedef struct id_map
{
	const nm_json *obj[64];
	int			n;
} id_map;

static const nm_json *
resolve_ref(const id_map *ids, const nm_json *v)
{
	const nm_json *id;

	if (!ids || !v || v->type != NM_JSON_OBJ || nm_json_get(v, "name"))
		return v;
	id = nm_json_get(v, "@id");
	if (!id || id->type != NM_JSON_STR || !id->str)
		return v;
	for (int i = 0; i < ids->n; i++)
	{
		const nm_json *o = nm_json_get(ids->obj[i], "@id");

		if (ids->obj[i] != v && o && o->type == NM_JSON_STR && strcmp(o->str, id->str) == 0)
			return ids->obj[i];
	}
	return v;
}

/*
 * A Person's name; a lone first name ("Nils") is completed from a
 * description that opens with the full name ("Nils Berg ist Autor ...").
 */
static const char *
full_name(nm_page *pg, const nm_json *person)
{
	const char *name = str_of(nm_json_get(person, "name"), NULL);
	const char *desc = str_of(nm_json_get(person, "description"), NULL);
	size_t		nl,
				e;
	int			extra = 0;

	if (!name || !desc || strchr(name, ' '))
		return name;
	nl = strlen(name);
	if (strncmp(desc, name, nl) != 0 || desc[nl] != ' ')
		return name;
	e = nl;
	/* up to two more capitalised words: the surname */
	while (extra < 2 && desc[e] == ' ' &&
		   ((desc[e + 1] >= 'A' && desc[e + 1] <= 'Z') || (unsigned char) desc[e + 1] >= 0xC3))
	{
		size_t		w = e + 1;

		while (desc[w] && desc[w] != ' ' && desc[w] != ',' && desc[w] != '.')
			w++;
		e = w;
		extra++;
	}
	return extra ? nm_strndup(pg->ctx, desc, e) : name;
}

static void
take_authors(nm_page *pg, nm_ld *ld, const nm_json *a, const id_map *ids)
{
	const nm_json *v;

	if (!a)
		return;
	for (v = (a->type == NM_JSON_ARR) ? a->child : a; v;
		 v = (a->type == NM_JSON_ARR) ? v->next : NULL)
	{
		if (v->type == NM_JSON_STR)
			push_str(pg, &ld->authors, &ld->n_authors, v->str);
		else if (v->type == NM_JSON_OBJ && !is_org(resolve_ref(ids, v)))
			push_str(pg, &ld->authors, &ld->n_authors,
					 full_name(pg, resolve_ref(ids, v)));
		else if (v->type == NM_JSON_ARR)
			push_str(pg, &ld->authors, &ld->n_authors, str_of(v, "name"));
	}
}

static void
take_keywords(nm_page *pg, nm_ld *ld, const nm_json *k)
{
	if (!k)
		return;
	if (k->type == NM_JSON_ARR)
	{
		for (const nm_json *v = k->child; v; v = v->next)
			if (v->type == NM_JSON_STR)
				push_str(pg, &ld->tags, &ld->n_tags, v->str);
		return;
	}
	if (k->type == NM_JSON_STR && k->str)
	{
		const char *s = k->str;

		while (*s)
		{
			const char *e = strchr(s, ',');
			size_t		l = e ? (size_t) (e - s) : strlen(s);
			char	   *one = nm_strndup(pg->ctx, s, l);

			push_str(pg, &ld->tags, &ld->n_tags, one);
			s += l;
			if (*s)
				s++;
		}
	}
}

static void
fill_from(nm_page *pg, nm_ld *ld, const nm_json *o, const id_map *ids)
{
	const char *s;

#define TAKE(field, expr) do { if (!ld->field && (s = (expr)) != NULL) ld->field = nm_clean_value(pg->ctx, s); } while (0)
	TAKE(headline, str_of(nm_json_get(o, "headline"), NULL));
	if (!ld->headline && type_rank(o) >= 2)
		TAKE(headline, str_of(nm_json_get(o, "name"), NULL));
	TAKE(description, str_of(nm_json_get(o, "description"), NULL));
	TAKE(published, str_of(nm_json_get(o, "datePublished"), NULL));
	TAKE(published, str_of(nm_json_get(o, "dateCreated"), NULL));
	TAKE(modified, str_of(nm_json_get(o, "dateModified"), NULL));
	TAKE(publisher, str_of(resolve_ref(ids, nm_json_get(o, "publisher")), "name"));
	TAKE(section, str_of(nm_json_get(o, "articleSection"), NULL));
	TAKE(url, str_of(nm_json_get(o, "url"), NULL));
	TAKE(url, str_of(nm_json_get(o, "mainEntityOfPage"), "url"));
	TAKE(image, str_of(nm_json_get(o, "image"), "url"));
	TAKE(image, str_of(nm_json_get(o, "thumbnailUrl"), NULL));
	TAKE(lang, str_of(nm_json_get(o, "inLanguage"), "name"));
#undef TAKE
	if (ld->n_authors == 0)
		take_authors(pg, ld, nm_json_get(o, "author"), ids);
	if (ld->n_authors == 0)
		take_authors(pg, ld, nm_json_get(o, "creator"), ids);
	if (ld->n_tags == 0)
		take_keywords(pg, ld, nm_json_get(o, "keywords"));
}

nm_status
nm_html_jsonld(nm_page *pg, nm_ld *ld)
{
	nm_ctx	   *ctx = pg->ctx;
	const nm_json *best = NULL;
	const nm_json *page = NULL;
	int			best_rank = 0;
	id_map		ids;

	memset(ld, 0, sizeof(*ld));
	ids.n = 0;
	for (int i = 0; i < pg->n_jsonld; i++)
	{
		nm_json    *root = nm_json_parse(ctx, pg->jsonld[i], strlen(pg->jsonld[i]));
		const nm_json *stack[64];
		int			sp = 0;

		if (!root)
			continue;
		/* iterative walk over every object, bounded stack */
		stack[sp++] = root;
		while (sp > 0)
		{
			const nm_json *v = stack[--sp];
			int			r;

			if (nm_should_abort(ctx))
				return NM_ERR_ABORTED;
			if (v->type == NM_JSON_OBJ)
			{
				if (ids.n < 64 && nm_json_get(v, "@id"))
					ids.obj[ids.n++] = v;
				r = type_rank(v);
				if (r == 3 && (best_rank < 3 ||
							   (!nm_json_get(best, "headline") && nm_json_get(v, "headline"))))
				{
					best = v;
					best_rank = 3;
				}
				else if (r == 2 && best_rank < 2)
				{
					best = v;
					best_rank = 2;
				}
				else if (r == 1 && !page)
					page = v;
				else if (r == 0 && !ld->site_url)
				{
					const char *u = str_of(nm_json_get(v, "url"), NULL);

					if (u && nm_resolve_url(ctx, NULL, u))
						ld->site_url = nm_strdup(ctx, u);
				}
			}
			if (v->type == NM_JSON_OBJ || v->type == NM_JSON_ARR)
			{
				/* push children in reverse so the first is visited first */
				const nm_json *kids[64];
				int			nk = 0;

				for (const nm_json *c = v->child; c && nk < 64; c = c->next)
					if (c->type == NM_JSON_OBJ || c->type == NM_JSON_ARR)
						kids[nk++] = c;
				while (nk > 0 && sp < 64)
					stack[sp++] = kids[--nk];
			}
		}
	}
	if (best)
	{
		const char *t = str_of(nm_json_get(best, "@type"), NULL);

		ld->type = t ? nm_strdup(ctx, t) : NULL;
		fill_from(pg, ld, best, &ids);
	}
	if (page)
	{
		/* a WebPage adds only what the article object lacked */
		fill_from(pg, ld, page, &ids);
	}
	return NM_OK;
}
