/*
 * html_meta.c -- the metadata cascade of an HTML page: JSON-LD, OpenGraph,
 * article:*, name= meta, microdata, <time>, bylines (precedence in README).
 */
#include "nm_html.h"

#include "nm_ascii.h"

/* Value of the first meta whose key is one of keys (in key order). */
static const char *
meta_get(nm_page *pg, const char *const *keys)
{
	for (int k = 0; keys[k]; k++)
		for (int i = 0; i < pg->n_meta; i++)
			if (strcmp(pg->meta[i].key, keys[k]) == 0 && pg->meta[i].value[0])
				return pg->meta[i].value;
	return NULL;
}

static const char *
meta1(nm_page *pg, const char *key)
{
	const char *keys[2] = {key, NULL};

	return meta_get(pg, keys);
}

/* Lowercase letters and digits only (ASCII folded), for fuzzy comparisons. */
static char *
fold(nm_ctx *ctx, const char *s)
{
	size_t		n = s ? strlen(s) : 0;
	char	   *r = nm_alloc(ctx, n + 1);
	size_t		j = 0;

	if (!r)
		return NULL;
	for (size_t i = 0; i < n; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c >= 0x80 || nm_ascii_isalnum(c))
			r[j++] = (char) nm_ascii_tolower(c);
	}
	r[j] = '\0';
	return r;
}

/* Host label of a URL: "https://news.example.co.uk/x" -> "example". */
static char *
host_label(nm_ctx *ctx, const char *url)
{
	const char *h,
			   *e;
	char	   *host,
			   *dot;

	if (!url)
		return NULL;
	h = strstr(url, "://");
	if (!h)
		return NULL;
	h += 3;
	e = h + strcspn(h, "/?#:");
	host = nm_strndup(ctx, h, e - h);
	if (!host)
		return NULL;
	/* the registrable label: "news.example.co.uk" -> "example" */
	dot = strrchr(host, '.');
	if (dot)
	{
		*dot = '\0';
		dot = strrchr(host, '.');
		if (dot && strlen(dot + 1) <= 3 &&
			(strcmp(dot + 1, "co") == 0 || strcmp(dot + 1, "com") == 0 ||
			 strcmp(dot + 1, "org") == 0 || strcmp(dot + 1, "net") == 0 ||
			 strcmp(dot + 1, "gov") == 0 || strcmp(dot + 1, "ac") == 0 ||
			 strcmp(dot + 1, "edu") == 0 || strcmp(dot + 1, "gv") == 0))
		{
			*dot = '\0';
			dot = strrchr(host, '.');
		}
		if (dot)
			host = dot + 1;
	}
	return fold(ctx, host);
}

typedef struct site_info
{
	char	   *site_f;			/* folded site name */
	char	   *publisher_f;
	char	   *host_f;
} site_info;

static bool
is_site_name(nm_page *pg, const site_info *si, const char *s)
{
	char	   *f = fold(pg->ctx, s);

	if (!f || !*f)
		return false;
	if (si->site_f && *si->site_f && (strcmp(f, si->site_f) == 0 ||
									  (strlen(si->site_f) >= 4 && strstr(f, si->site_f) && strlen(f) < strlen(si->site_f) + 12)))
		return true;
	if (si->publisher_f && *si->publisher_f && strcmp(f, si->publisher_f) == 0)
		return true;
	if (si->host_f && strlen(si->host_f) >= 3 &&
		(strcmp(f, si->host_f) == 0 ||
		 (strstr(f, si->host_f) && strlen(f) < strlen(si->host_f) + 8) ||
		 (strlen(f) >= 4 && strstr(si->host_f, f))))
		return true;
	return false;
}

/* ---- title ------------------------------------------------------------- */

static const char *const separators[] = {
	" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " • ", " / ", " :", NULL
};

static int
count_words(const char *s)
{
	int			n = 0;
	bool		in = false;

	for (; *s; s++)
	{
		if (*s == ' ')
			in = false;
		else if (!in)
		{
			in = true;
			n++;
		}
	}
	return n;
}

/*
 * A short side of a title that starts with the host name ("MyOOS Community
 * Forum" on myoos.de, "Gregory Szorc's Digital Home" on gregoryszorc.com):
 * a site name, when the other side (other_len bytes) is longer.
 */
static bool
names_host(nm_page *pg, const site_info *si, const char *side, size_t other_len)
{
	char	   *f;

	if (!si->host_f || strlen(si->host_f) < 5 || strlen(side) >= other_len ||
		count_words(side) > 5)
		return false;
	f = fold(pg->ctx, side);
	return f && strncmp(f, si->host_f, strlen(si->host_f)) == 0;
}

/*
 * Removes a site name glued to a title with a separator: the side that is
 * the site (by og:site_name, publisher or host name) or, for '|', a short side.
 */
static char *
strip_site(nm_page *pg, const site_info *si, char *title)
{
	nm_ctx	   *ctx = pg->ctx;

	for (int round = 0; round < 3 && title; round++)
	{
		bool		changed = false;

		for (int k = 0; separators[k] && !changed; k++)
		{
			const char *sep = separators[k];
			size_t		sl = strlen(sep);
			const char *first = strstr(title, sep);
			const char *last = NULL;

			if (!first)
				continue;
			for (const char *p = first; p; p = strstr(p + 1, sep))
				last = p;
			/* "Title | Site" */
			{
				const char *tail = last + sl;

				if (is_site_name(pg, si, tail) ||
					names_host(pg, si, tail, last - title) ||
					(k == 0 && count_words(tail) <= 4 &&
					 strlen(tail) * 2 < (size_t) (last - title)))
				{
					title = nm_clean_text(ctx, title, last - title);
					changed = true;
					break;
				}
			}
			/* "Site | Title" */
			{
				char	   *head = nm_strndup(ctx, title, first - title);

				if (head && (is_site_name(pg, si, head) ||
							 names_host(pg, si, head, strlen(first + sl)) ||
							 (k == 0 && count_words(head) <= 4 &&
							  strlen(head) * 2 < strlen(first + sl))))
				{
					title = nm_clean_text(ctx, first + sl, strlen(first + sl));
					changed = true;
					break;
				}
			}
		}
		if (!changed)
			break;
	}
	return title;
}

/* Lowercased words of s (ASCII letters folded, other bytes kept). */
static int
title_words(nm_ctx *ctx, const char *s, char ***out)
{
	char	   *c = nm_strdup(ctx, s);
	char	  **w;
	int			n = 0;

	if (!c)
		return 0;
	w = nm_alloc(ctx, sizeof(char *) * (strlen(c) / 2 + 2));
	if (!w)
		return 0;
	for (char *p = c; *p;)
	{
		while (*p && !((unsigned char) *p >= 0x80 || nm_ascii_isalnum((unsigned char) *p)))
			p++;
		if (!*p)
			break;
		w[n++] = p;
		while (*p && ((unsigned char) *p >= 0x80 || nm_ascii_isalnum((unsigned char) *p)))
		{
			*p = (char) nm_ascii_tolower((unsigned char) *p);
			p++;
		}
		if (*p)
			*p++ = '\0';
	}
	*out = w;
	return n;
}

/*
 * An h1 is the title when most of its words are in the meta title and they
 * make up a good part of it ("Section: Title | Site" against "Title").
 */
static bool
similar_titles(nm_ctx *ctx, const char *h1, const char *title)
{
	char	  **a,
			  **b;
	int			na = title_words(ctx, h1, &a),
				nb = title_words(ctx, title, &b),
				common = 0;

	if (na == 0 || nb == 0)
		return false;
	for (int i = 0; i < na; i++)
		for (int j = 0; j < nb; j++)
			if (strcmp(a[i], b[j]) == 0)
			{
				common++;
				break;
			}
	return common * 10 >= na * 6 && common * 10 >= nb * 4;
}

/*
 * The headline of an h1 that opens with a kicker in its own inline element
 * ("<h1><span class=kicker>Pandemic</span> Masks return</h1>", a date): the
 * text after it, when that is longer, starts like a sentence and the page's
 * metadata title (meta_title, folded) repeats its first words.
 */
static char *
h1_without_kicker(nm_page *pg, const char *h1_text, const char *meta_title)
{
	nm_ctx	   *ctx = pg->ctx;
	int			seen = 0;

	for (int i = 0; i < pg->n_nodes && seen < 64; i++)
	{
		xmlNodePtr	h = pg->nodes[i],
					k = NULL;
		char	   *full,
				   *kick,
				   *rest;
		nm_buf		b;
		nm_tag		kt;

		if (nm_info(h)->tag != T_H1)
			continue;
		seen++;
		full = nm_clean_value(ctx, nm_node_text(ctx, h, 1000));
		if (!full || strcmp(full, h1_text) != 0)
			continue;
		for (xmlNodePtr c = h->children; c && !k; c = c->next)
		{
			if (c->type == XML_ELEMENT_NODE)
				k = c;
			else if (c->type == XML_TEXT_NODE && nm_clean_text(ctx, (const char *) c->content,
															   c->content ? strlen((const char *) c->content) : 0))
				return NULL;	/* text comes first: no kicker */
		}
		if (!k || !k->_private)
			return NULL;
		kt = nm_info(k)->tag;
		if (kt != T_SPAN && kt != T_TIME && kt != T_OTHER && kt != T_FONT)
			return NULL;		/* em, strong, b, i, small, mark are T_OTHER */
		kick = nm_node_text(ctx, k, 200);
		nm_buf_init(&b, ctx, 128);
		for (xmlNodePtr c = k->next; c; c = c->next)
		{
			char	   *t = nm_node_text(ctx, c, 1000);

			if (t)
			{
				nm_buf_put(&b, " ", 1);
				nm_buf_put(&b, t, strlen(t));
			}
		}
		rest = nm_buf_finish(&b);
		/* separators a hidden or visible span put between the two */
		while (rest && (*rest == ' ' || *rest == '-' || *rest == ':' || *rest == '|' ||
						*rest == '/'))
			rest++;
		rest = rest ? nm_clean_text(ctx, rest, strlen(rest)) : NULL;
		if (!kick || !*kick || !rest || strlen(rest) <= strlen(kick) || count_words(rest) < 3)
			return NULL;
		/* a sentence start: a capital, a digit or an opening quote */
		if ((*rest >= 'a' && *rest <= 'z') || kick[strlen(kick) - 1] == ':')
			return NULL;
		/* the metadata title names the rest: its first two words */
		{
			const char *sp = strchr(rest, ' ');
			char	   *head;

			sp = sp ? strchr(sp + 1, ' ') : NULL;
			head = fold(ctx, sp ? nm_strndup(ctx, rest, sp - rest) : rest);
			if (!meta_title || !head || strlen(head) < 8 || !strstr(meta_title, head))
				return NULL;
		}
		return rest;
	}
	return NULL;
}

/* hv with its kicker dropped (see h1_without_kicker), or hv. */
static char *
headline_of(nm_page *pg, char *hv, const char *meta_title)
{
	char	   *r = hv ? h1_without_kicker(pg, hv, meta_title) : NULL;

	return r ? r : hv;
}

/*
 * Whether the metadata title t is the h1 minus a kicker ("Kicker / Title"):
 * the folded t is a proper suffix of the folded h1.
 */
static bool
title_inside_h1(nm_ctx *ctx, const char *h1, const char *t)
{
	char	   *hf = fold(ctx, h1),
			   *tf = fold(ctx, t);
	size_t		hl,
				tl;

	if (!hf || !tf)
		return false;
	hl = strlen(hf);
	tl = strlen(tf);
	if (tl < 12 || tl >= hl)
		return false;
	return strcmp(hf + hl - tl, tf) == 0;
}

/* Whether href points at a site's home page ("/", "https://host/"). */
static bool
home_link(const char *href)
{
	const char *p = href,
			   *q;

	if (!href)
		return false;
	/* the last scheme: archive URLs wrap the original one */
	while ((q = strstr(p, "://")) != NULL)
		p = q + 3;
	if (p == href)
		return strcmp(href, "/") == 0 || strcmp(href, "./") == 0;
	q = strchr(p, '/');
	return !q || q[1] == '\0';
}

/* Texts of the h1s that are the site's logo (see find_logos). */
typedef struct logo_set
{
	char	   *text[8];
	int			n;
} logo_set;

/*
 * The h1s whose first link goes to the home page, holding all their text or
 * none of it (a logo image): the site's logo, not a headline
 * ("<h1><a href="/">Site</a></h1>").  Only the first 64 h1s are looked at.
 */
static void
find_logos(nm_page *pg, logo_set *ls)
{
	int			seen = 0;

	ls->n = 0;
	for (int i = 0; i < pg->n_nodes && seen < 64 && ls->n < 8; i++)
	{
		xmlNodePtr	h = pg->nodes[i],
					a;
		nm_node_info *hi = nm_info(h);
		int			steps = 0;

		if (hi->tag != T_H1)
			continue;
		seen++;
		if (hi->text_len == 0 || hi->text_len > 60)
			continue;
		for (a = h->children; a && steps < 64; a = nm_next_node(a, h, false), steps++)
			if (a->type == XML_ELEMENT_NODE && nm_info(a) && nm_info(a)->tag == T_A)
				break;
		if (!a || steps >= 64 ||
			(nm_info(a)->text_len > 0 && hi->link_len + 3 < hi->text_len) ||
			!home_link(nm_attr(pg->ctx, a, "href")))
			continue;
		ls->text[ls->n] = nm_clean_value(pg->ctx, nm_node_text(pg->ctx, h, 1000));
		if (ls->text[ls->n])
			ls->n++;
	}
}

static bool
h1_is_logo(nm_page *pg, const logo_set *ls, const char *h1_text)
{
	char	   *want = ls->n ? nm_clean_value(pg->ctx, h1_text) : NULL;

	for (int i = 0; want && i < ls->n; i++)
		if (strcmp(ls->text[i], want) == 0)
			return true;
	return false;
}

/*
 * Whether the metadata title is the h1 followed by a separator and more
 * ("D.O.Ca. Rioja, Spanien - Iberische Weine in Berlin - Shop"): the h1 is
 * the headline, the rest site furniture.
 */
static bool
title_opens_with(const char *t, const char *h1)
{
	size_t		l = strlen(h1);

	if (l < 8 || strlen(t) <= l || strncmp(t, h1, l) != 0)
		return false;
	for (int k = 0; separators[k]; k++)
		if (strncmp(t + l, separators[k], strlen(separators[k])) == 0)
			return true;
	return false;
}

static char *
choose_title(nm_page *pg, const nm_ld *ld, const site_info *si)
{
	nm_ctx	   *ctx = pg->ctx;
	char	   *t = NULL;
	char	   *tag = nm_clean_value(pg->ctx, pg->title_tag);
	const char *h1 = NULL;
	const char *meta_f;
	int			n_h1 = 0;
	logo_set	logos;
	const char *cands[] = {"og:title", "twitter:title", "headline", "parsely-title",
	"sailthru.title", "dc.title", "title", NULL};

	find_logos(pg, &logos);
	for (int i = 0; i < pg->n_meta; i++)
		if (strcmp(pg->meta[i].key, "h1") == 0 && !h1_is_logo(pg, &logos, pg->meta[i].value))
		{
			if (!h1)
				h1 = pg->meta[i].value;
			n_h1++;
		}

	if (ld->headline)
		t = nm_clean_value(pg->ctx, ld->headline);
	if (!t)
		t = nm_clean_value(pg->ctx, meta_get(pg, cands));
	/* an h1 that the <title> contains is the headline */
	if (!t && tag)
	{
		for (int i = 0; i < pg->n_meta && !t; i++)
			if (strcmp(pg->meta[i].key, "h1") == 0 && strlen(pg->meta[i].value) >= 8)
			{
				char	   *hf = fold(ctx, pg->meta[i].value);
				char	   *tf = fold(ctx, tag);

				if (hf && tf && *hf && strstr(tf, hf))
					t = nm_clean_value(pg->ctx, pg->meta[i].value);
			}
	}
	if (!t)
		t = tag;
	if (!t && h1)
		t = nm_clean_value(pg->ctx, h1);
	if (!t)
		return NULL;
	{
		const char *raw = meta_get(pg, cands);

		meta_f = fold(ctx, raw ? raw : tag);
	}

	/* a page with one visible h1: that is its headline */
	if (n_h1 == 1 && h1)
	{
		char	   *hv = nm_clean_value(pg->ctx, h1);

		if (hv && !is_site_name(pg, si, hv) && strlen(hv) <= 400 && !ld->headline)
			return title_inside_h1(ctx, hv, t) ? t : headline_of(pg, hv, meta_f);
	}
	/* the visible headline, when it is the same title in other words */
	for (int i = 0; i < pg->n_meta * 2; i++)
		if (strcmp(pg->meta[i % pg->n_meta].key, i < pg->n_meta ? "h1" : "h1-boiler") == 0)
		{
			char	   *hv = nm_clean_value(pg->ctx, pg->meta[i % pg->n_meta].value);

			if (hv && !is_site_name(pg, si, hv) && !h1_is_logo(pg, &logos, hv) &&
				(similar_titles(ctx, hv, t) || title_opens_with(t, hv)))
				return title_inside_h1(ctx, hv, t) ? t : headline_of(pg, hv, meta_f);
		}
	t = strip_site(pg, si, t);
	if (t && is_site_name(pg, si, t) && h1)
	{
		char	   *h = nm_clean_value(pg->ctx, h1);

		if (h && !is_site_name(pg, si, h))
			t = h;
	}
	return t;
}

/* ---- authors ----------------------------------------------------------- */

/* Label words a byline starts with ("Posted by", "Veröffentlicht von:"). */
static const char *const byline_labels[] = {
	"by", "von", "par", "por", "di", "door", "av", "from", "de", "written",
	"posted", "published", "reported", "story", "words", "text", "author",
	"authors", "autor", "autorin", "autoren", "auteur", "autore", "post",
	"veröffentlicht", "verfasst", "geschrieben", "erstellt", "redakteur",
	"publié", "escrito", "publicado", "scritto", "pubblicato", "napisał",
	"napisała", "written by", NULL
};

/* Skips label words and punctuation at the start of a byline. */
static char *
skip_byline_labels(char *a)
{
	bool		again = true;

	while (again && *a)
	{
		again = false;
		while (*a == ' ' || *a == ':' || *a == '-' || *a == ',' || *a == '~' ||
			   *a == '|' || *a == '/' || (unsigned char) *a == 0xC2)
		{
			if ((unsigned char) *a == 0xC2 && (unsigned char) a[1] != 0xB7)
				break;
			a += ((unsigned char) *a == 0xC2) ? 2 : 1;
			again = true;
		}
		for (int k = 0; byline_labels[k]; k++)
		{
			size_t		l = strlen(byline_labels[k]);

			/* "vonChris Jung": a label glued to the capitalised name */
			if (nm_ascii_istarts(a, byline_labels[k]) &&
				(a[l] == ' ' || a[l] == ':' || a[l] == '\0' ||
				 (a[l] >= 'A' && a[l] <= 'Z' && a[l + 1] >= 'a' && a[l + 1] <= 'z')))
			{
				a += l;
				again = true;
				break;
			}
		}
	}
	return a;
}

/* Whether w occurs in s as a whole word (ASCII case-insensitive). */
static bool
has_word_ci(const char *s, const char *w)
{
	size_t		l = strlen(w);

	for (const char *p = s; (p = nm_ascii_istr(p, w)) != NULL; p++)
	{
		bool		start = p == s || !nm_ascii_isalnum((unsigned char) p[-1]);
		bool		end = !nm_ascii_isalnum((unsigned char) p[l]);

		if (start && end)
			return true;
	}
	return false;
}

static bool
bad_author(nm_page *pg, const site_info *si, const char *a)
{
	int			words = count_words(a);
	int			letters = 0;

	if (words == 0 || words > 5 || strlen(a) > 60)
		return true;
	if (strchr(a, '@') || strstr(a, "http") || strstr(a, "www.") || strchr(a, '/') ||
		strchr(a, '|') || strchr(a, '#'))
		return true;
	for (const char *p = a; *p; p++)
	{
		if (nm_ascii_isdigit((unsigned char) *p))
			return true;
		if (nm_ascii_isalpha((unsigned char) *p) || (unsigned char) *p >= 0x80)
			letters++;
	}
	if (letters < 2)
		return true;
	/* user handles and stray words: a name has a capital letter */
	{
		bool		upper = false;

		for (const char *p = a; *p && !upper; p++)
			upper = (*p >= 'A' && *p <= 'Z') || (unsigned char) *p >= 0xC3;
		if (!upper)
			return true;
	}
	{
		static const char *const not_names[] = {
			"phd", "md", "msc", "ma", "ba", "mph", "rdn", "dr", "prof", "follow",
			"link", "photo", "foto", "bild", "image", "photograph", "illustration",
			"video", "share", "twitter", "facebook", "email", NULL
		};
		static const char *const org_words[] = {
			"e.v.", "gmbh", "inc", "ltd", "ag", "verlag", "institut",
			"landesanstalt", "bund der", "programme", "university", "universität",
			"agency", "agentur", "ministerium", "ministry", "department", "zeitung",
			"magazin", "news", "online", "media", "press", "presse", NULL
		};
		/* page furniture that byline markup picks up ("Alle Beiträge") */
		static const char *const ui_words[] = {
			"datum", "date", "kommentar", "kommentare", "comment", "comments",
			"beiträge", "posts", "alle", "all", "mehr", "more", "weitere",
			"profil", "profile", "anzahl", "protected", "published",
			"veröffentlicht", NULL
		};

		for (int k = 0; not_names[k]; k++)
			if (nm_ascii_ieq(a, not_names[k]) ||
				(nm_ascii_istarts(a, not_names[k]) && a[strlen(not_names[k])] == ' ' &&
				 k >= 10))
				return true;
		for (int k = 0; org_words[k]; k++)
			if (has_word_ci(a, org_words[k]))
				return true;
		for (int k = 0; ui_words[k]; k++)
			if (has_word_ci(a, ui_words[k]))
				return true;
	}
	if (is_site_name(pg, si, a))
		return true;
	/* a bare "Redaktion" credits the newsroom, as the page says; not "X-Redaktion" */
	if (nm_ascii_istr(a, "staff") ||
		(nm_ascii_istr(a, "redaktion") && !nm_ascii_ieq(a, "redaktion")) ||
		nm_ascii_istr(a, "editor") || nm_ascii_istr(a, "admin") ||
		nm_ascii_istr(a, "newsroom") || nm_ascii_istr(a, "team") ||
		nm_ascii_istr(a, "contributor") || nm_ascii_istr(a, "associated press") ||
		nm_ascii_istr(a, "reuters") || nm_ascii_istr(a, "news service") ||
		nm_ascii_istr(a, "agence") || (nm_ascii_istr(a, "dpa") && words == 1))
		return true;
	return false;
}

/* Job titles glued after a name ("Anna Berg Chefredakteurin"). */
static const char *const role_words[] = {
	"chefredakteur", "chefredakteurin", "redakteur", "redakteurin", "editor",
	"reporter", "journalist", "journalistin", "korrespondent", "korrespondentin",
	"correspondent", "autor", "autorin", "author", "fotograf", "fotografin",
	"photographer", "volontär", "volontärin", "herausgeber", "herausgeberin",
	"columnist", "kolumnist", "kolumnistin", "writer", NULL
};

/*
 * A name without a trailing job title, and without the site's name before
 * a dash ("Site - Anna Berg").
 */
static char *
drop_role(nm_page *pg, const site_info *si, char *a)
{
	const char *dashes[] = {" - ", " – ", " — ", NULL};

	for (int k = 0; dashes[k]; k++)
	{
		char	   *d = strstr(a, dashes[k]);

		if (d)
		{
			char	   *head = nm_strndup(pg->ctx, a, d - a);

			if (head && is_site_name(pg, si, head))
				a = d + strlen(dashes[k]);
			else if (is_site_name(pg, si, d + strlen(dashes[k])))
				a = head;
		}
	}
	for (int round = 0; round < 2 && a && count_words(a) >= 3 && count_words(a) <= 4; round++)
	{
		char	   *sp = strrchr(a, ' ');
		bool		role = false;

		for (int k = 0; sp && role_words[k] && !role; k++)
			role = nm_ascii_ieq(sp + 1, role_words[k]);
		if (!role)
			break;
		*sp = '\0';
	}
	return a;
}

static void
push_author(nm_page *pg, nm_article *out, const site_info *si, const char *raw)
{
	char	   *a = nm_clean_value(pg->ctx, raw);
	char	  **na;

	if (!a)
		return;
	a = skip_byline_labels(a);
	/* trailing furniture: "Name, Reuters", "Name | 5 May", "Name (role)" */
	{
		char	   *cut = strpbrk(a, "|(\n0123456789@");

		if (cut)
			*cut = '\0';
		a = nm_clean_text(pg->ctx, a, strlen(a));
		if (!a)
			return;
		{
			size_t		l = strlen(a);

			while (l > 0 && (a[l - 1] == ',' || a[l - 1] == ' ' ||
							 a[l - 1] == ':' || a[l - 1] == '-'))
				a[--l] = '\0';
		}
	}
	/* "Name am 5. Mai", "Name on Monday": the date part follows */
	{
		static const char *const cuts[] = {" am ", " on ", " le ", " el ", " il ", " op ", " um ", NULL};
		size_t		l;

		for (int k = 0; cuts[k]; k++)
		{
			char	   *c = strstr(a, cuts[k]);

			if (c)
				*c = '\0';
		}
		l = strlen(a);
		if (l > 3 && (strcmp(a + l - 3, " am") == 0 || strcmp(a + l - 3, " on") == 0))
			a[l - 3] = '\0';
	}
	a = drop_role(pg, si, a);
	if (bad_author(pg, si, a))
		return;
	for (int i = 0; i < out->n_authors; i++)
		if (nm_ascii_ieq(out->authors[i], a))
			return;
	if (out->n_authors >= 16)
		return;
	na = nm_alloc(pg->ctx, sizeof(char *) * (out->n_authors + 1));
	if (!na)
		return;
	if (out->n_authors)
		memcpy(na, out->authors, sizeof(char *) * out->n_authors);
	na[out->n_authors++] = a;
	out->authors = na;
}

/* Splits "A and B", "A, B and C", "A & B", "A; B" into names. */
static void
add_authors(nm_page *pg, nm_article *out, const site_info *si, const char *raw)
{
	char	   *s = nm_clean_value(pg->ctx, raw);
	static const char *const joins[] = {
		" and ", " und ", " & ", " et ", " y ", " e ", " i ", " og ", " en ", ";", ",", NULL
	};
	char	   *parts[16];
	int			np = 0;

	if (!s)
		return;
	/* strip the labels before splitting so "By A and B" works */
	s = skip_byline_labels(s);
	if (strlen(s) > 120)
		return;					/* a bio or a paragraph, not a byline */
	parts[np++] = s;
	for (int k = 0; joins[k]; k++)
	{
		for (int i = 0; i < np && np < 16; i++)
		{
			char	   *hit = strstr(parts[i], joins[k]);

			if (hit)
			{
				/* insert the remainder right after part i to keep the order */
				memmove(&parts[i + 2], &parts[i + 1], sizeof(char *) * (np - i - 1));
				*hit = '\0';
				parts[i + 1] = hit + strlen(joins[k]);
				np++;
			}
		}
	}
	/* "Name, Title" is one author with a role, not two */
	for (int i = 0; i < np; i++)
		push_author(pg, out, si, parts[i]);
}

static void
choose_authors(nm_page *pg, const nm_ld *ld, const site_info *si, nm_article *out)
{
	static const char *const keys[] = {
		"author", "article:author", "parsely-author", "sailthru.author",
		"dc.creator", "dcterms.creator", "byl", "citation_author", "creator",
		"author-name", "rel-author", "byline", "cxenseparse:author", NULL
	};

	for (int i = 0; i < ld->n_authors; i++)
		add_authors(pg, out, si, ld->authors[i]);
	for (int k = 0; keys[k] && out->n_authors == 0; k++)
	{
		int			seen = 0;

		for (int i = 0; i < pg->n_meta && out->n_authors == 0; i++)
			if (strcmp(pg->meta[i].key, keys[k]) == 0 && seen++ < 3)
				add_authors(pg, out, si, pg->meta[i].value);
	}
	if (out->n_authors == 0)
	{
		const char *b = nm_html_visible_byline(pg);

		if (b)
			add_authors(pg, out, si, b);
	}
}

/* ---- dates ------------------------------------------------------------- */

static bool
date_from(const char *s, nm_time *t)
{
	if (!s)
		return false;
	return nm_parse_date(s, strlen(s), t);
}

/* A /2019/11/19/ or /2019-11-19 path segment in the URL. */
static bool
date_from_url(const char *url, nm_time *t)
{
	if (!url)
		return false;
	for (const char *p = url; *p; p++)
	{
		if ((*p == '/' || *p == '-' || *p == '_') && nm_ascii_isdigit((unsigned char) p[1]) &&
			nm_ascii_isdigit((unsigned char) p[2]) && nm_ascii_isdigit((unsigned char) p[3]) &&
			nm_ascii_isdigit((unsigned char) p[4]) && (p[5] == '/' || p[5] == '-') &&
			nm_ascii_isdigit((unsigned char) p[6]) && nm_ascii_isdigit((unsigned char) p[7]) &&
			p[8] == p[5] && nm_ascii_isdigit((unsigned char) p[9]) && nm_ascii_isdigit((unsigned char) p[10]) &&
			(p[11] == '/' || p[11] == '-' || p[11] == '_' || p[11] == '.' || p[11] == '\0'))
		{
			char		buf[11];

			memcpy(buf, p + 1, 10);
			buf[4] = '-';
			buf[7] = '-';
			buf[10] = '\0';
			if (nm_parse_date(buf, 10, t))
				return true;
		}
	}
	return false;
}

static void
choose_dates(nm_page *pg, const nm_ld *ld, nm_article *out)
{
	static const char *const pub_keys[] = {
		"article:published_time", "og:published_time", "article:published",
		"datepublished", "date", "pubdate", "publishdate", "publish-date",
		"publish_date", "parsely-pub-date", "sailthru.date", "dc.date",
		"dc.date.issued", "dcterms.date", "dcterms.issued", "dcterms.created",
		"article.published", "originalpublicationdate", "publication_date",
		"date_published", "citation_publication_date", "citation_date",
		"og:article:published_time", "article_date_original", "cxenseparse:recs:publishtime",
		"dc.date.created", "datecreated", "dc.date", "dcterms.available", "time", NULL
	};
	static const char *const mod_keys[] = {
		"article:modified_time", "og:updated_time", "datemodified",
		"dcterms.modified", "last-modified", "article:modified", NULL
	};

	if (!date_from(ld->published, &out->published_at))
	{
		for (int k = 0; pub_keys[k] && !out->published_at.valid; k++)
			for (int i = 0; i < pg->n_meta && !out->published_at.valid; i++)
				if (strcmp(pg->meta[i].key, pub_keys[k]) == 0)
					date_from(pg->meta[i].value, &out->published_at);
	}
	if (!out->published_at.valid)
		date_from_url(out->url, &out->published_at);
	if (!date_from(ld->modified, &out->modified_at))
	{
		for (int k = 0; mod_keys[k] && !out->modified_at.valid; k++)
			for (int i = 0; i < pg->n_meta && !out->modified_at.valid; i++)
				if (strcmp(pg->meta[i].key, mod_keys[k]) == 0)
					date_from(pg->meta[i].value, &out->modified_at);
	}
}

/* ---- tags -------------------------------------------------------------- */

static void
push_tag(nm_page *pg, nm_article *out, const char *raw)
{
	char	   *t = nm_clean_value(pg->ctx, raw);
	char	  **na;

	if (!t || strlen(t) > 100 || out->n_tags >= 32)
		return;
	for (int i = 0; i < out->n_tags; i++)
		if (nm_ascii_ieq(out->tags[i], t))
			return;
	na = nm_alloc(pg->ctx, sizeof(char *) * (out->n_tags + 1));
	if (!na)
		return;
	if (out->n_tags)
		memcpy(na, out->tags, sizeof(char *) * out->n_tags);
	na[out->n_tags++] = t;
	out->tags = na;
}

static void
push_tag_list(nm_page *pg, nm_article *out, const char *list)
{
	const char *s = list;

	while (s && *s)
	{
		size_t		l = strcspn(s, ",;");

		push_tag(pg, out, nm_strndup(pg->ctx, s, l));
		s += l;
		if (*s)
			s++;
	}
}

static void
choose_tags(nm_page *pg, const nm_ld *ld, nm_article *out)
{
	for (int i = 0; i < pg->n_meta; i++)
		if (strcmp(pg->meta[i].key, "article:tag") == 0)
			push_tag(pg, out, pg->meta[i].value);
	if (out->n_tags == 0)
		for (int i = 0; i < ld->n_tags; i++)
			push_tag(pg, out, ld->tags[i]);
	if (out->n_tags == 0)
	{
		static const char *const keys[] = {"news_keywords", "keywords", "parsely-tags", NULL};
		const char *v = meta_get(pg, keys);

		if (v)
			push_tag_list(pg, out, v);
	}
}

/* ---- the cascade ------------------------------------------------------- */

static char *
http_url(nm_page *pg, const char *base, const char *u)
{
	char	   *d = u ? nm_decode_entities(pg->ctx, u) : NULL;

	return d ? nm_resolve_url(pg->ctx, base, d) : NULL;
}

nm_status
nm_html_meta(nm_page *pg, nm_article *out)
{
	nm_ctx	   *ctx = pg->ctx;
	nm_ld		ld;
	nm_status	rc;
	site_info	si;
	const char *base;

	rc = nm_html_jsonld(pg, &ld);
	if (rc != NM_OK)
		return rc;

	/* url first: it resolves the others */
	{
		const char *base0 = pg->base_href;
		const char *cands[] = {pg->canonical, meta1(pg, "og:url"), ld.url, meta1(pg, "url"), NULL};

		/* a relative canonical resolves against <base> or another absolute URL */
		for (int i = 0; i < 4 && !base0; i++)
			if (cands[i] && nm_resolve_url(ctx, NULL, cands[i]))
				base0 = cands[i];
		if (!base0)
			base0 = ld.site_url;
		for (int i = 0; i < 4 && !out->url; i++)
			out->url = http_url(pg, base0, cands[i]);
	}
	base = pg->base_href && nm_resolve_url(ctx, NULL, pg->base_href) ? pg->base_href : out->url;

	{
		static const char *const site_keys[] = {"og:site_name", "application-name",
		"twitter:site", NULL};
		const char *s = meta_get(pg, site_keys);

		out->site_name = nm_clean_value(pg->ctx, s);
		if (out->site_name && out->site_name[0] == '@')
			out->site_name = NULL;
		if (!out->site_name && ld.publisher)
			out->site_name = nm_clean_value(pg->ctx, ld.publisher);
		out->publisher = ld.publisher ? nm_clean_value(pg->ctx, ld.publisher) : out->site_name;
	}
	si.site_f = out->site_name ? fold(ctx, out->site_name) : NULL;
	si.publisher_f = out->publisher ? fold(ctx, out->publisher) : NULL;
	si.host_f = host_label(ctx, out->url);

	out->title = choose_title(pg, &ld, &si);
	pg->headline = out->title;

	{
		static const char *const keys[] = {"og:description", "description",
		"twitter:description", "dc.description", NULL};

		out->description = nm_clean_value(pg->ctx, meta_get(pg, keys));
		if (!out->description)
			out->description = nm_clean_value(pg->ctx, ld.description);
	}
	{
		static const char *const keys[] = {"og:image", "og:image:url", "og:image:secure_url",
		"twitter:image", "twitter:image:src", "thumbnailurl", "image", NULL};

		for (int k = 0; keys[k] && !out->image; k++)
			out->image = http_url(pg, base, meta1(pg, keys[k]));
		if (!out->image)
			out->image = http_url(pg, base, ld.image);
	}
	{
		static const char *const keys[] = {"article:section", "articlesection",
		"parsely-section", "section", "sailthru.section", NULL};

		out->section = ld.section ? nm_clean_value(pg->ctx, ld.section) : NULL;
		if (!out->section)
			out->section = nm_clean_value(pg->ctx, meta_get(pg, keys));
	}
	choose_authors(pg, &ld, &si, out);
	choose_dates(pg, &ld, out);
	choose_tags(pg, &ld, out);

	{
		const char *lang = nm_norm_lang(ctx, pg->html_lang);
		static const char *const keys[] = {"content-language", "language", "og:locale",
		"dc.language", "inlanguage", NULL};

		if (!lang)
			lang = nm_norm_lang(ctx, meta_get(pg, keys));
		if (!lang)
			lang = nm_norm_lang(ctx, ld.lang);
		out->language = (char *) lang;
	}
	return NM_OK;
}
