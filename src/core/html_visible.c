/*
 * html_visible.c -- metadata read from the visible page: the date written
 * near the headline or in the article, and a 'Von X' / 'By X' byline line.
 */
#include "nm_html.h"

#include "nm_ascii.h"
#include "nm_text.h"

#include <stdio.h>

/* Whether an element's class/id suggests a date or a byline line. */
static bool
dateish_class(nm_ctx *ctx, xmlNodePtr n)
{
	const char *v[2] = {nm_attr(ctx, n, "class"), nm_attr(ctx, n, "id")};

	for (int i = 0; i < 2; i++)
		if (v[i] && (nm_ascii_istr(v[i], "date") || nm_ascii_istr(v[i], "time") ||
					 nm_ascii_istr(v[i], "publish") || nm_ascii_istr(v[i], "posted") ||
					 nm_ascii_istr(v[i], "meta") || nm_ascii_istr(v[i], "byline") ||
					 nm_ascii_istr(v[i], "info")))
			return true;
	return false;
}

/*
 * "23.09.22" alone in a date-marked element: day.month.two-digit year,
 * read as 20yy (nm_parse_date refuses two-digit years in running text).
 */
static bool
short_year_date(const char *t, nm_time *res)
{
	int			d[3] = {0, 0, 0},
				k = 0,
				nd = 0;
	char		buf[16];

	for (const char *p = t;; p++)
	{
		if (*p >= '0' && *p <= '9' && nd < 2)
		{
			d[k] = d[k] * 10 + (*p - '0');
			nd++;
		}
		else if (*p == '.' && nd > 0 && k < 2)
		{
			k++;
			nd = 0;
		}
		else if (*p == '\0' && k == 2 && nd == 2)
			break;
		else
			return false;
	}
	snprintf(buf, sizeof(buf), "%02d.%02d.20%02d", d[0], d[1], d[2]);
	return nm_parse_date_strict(buf, strlen(buf), res);
}

/* Whether the class list cls holds the class c. */
static bool
has_class(const char *cls, const char *c)
{
	size_t		l = strlen(c);

	for (const char *p = cls; (p = strstr(p, c)) != NULL; p += l)
		if ((p == cls || p[-1] == ' ') && (p[l] == '\0' || p[l] == ' '))
			return true;
	return false;
}

/* Below a comment thread: dates there are the readers', not the article's. */
static bool
in_comments(nm_ctx *ctx, xmlNodePtr n)
{
	for (int up = 0; n && n->type == XML_ELEMENT_NODE && up < 16; n = n->parent, up++)
	{
		const char *v[2] = {nm_attr(ctx, n, "class"), nm_attr(ctx, n, "id")};

		for (int i = 0; i < 2; i++)
			if (v[i] && (nm_ascii_istr(v[i], "comment") || nm_ascii_istr(v[i], "respond") ||
						 nm_ascii_istr(v[i], "reply") || nm_ascii_istr(v[i], "discussion")))
				return true;
	}
	return false;
}

/*
 * Index range [*from, *to) of pg->nodes below pg->content (document order:
 * the subtree ends at the first element after it); empty without content.
 */
static void
content_range(nm_page *pg, int *from, int *to)
{
	xmlNodePtr	after;

	*from = *to = 0;
	if (!pg->content)
		return;
	after = nm_next_node(pg->content, NULL, true);
	while (after && after->type != XML_ELEMENT_NODE)
		after = nm_next_node(after, NULL, true);
	for (int i = 0; i < pg->n_nodes; i++)
	{
		if (pg->nodes[i] == pg->content)
			*from = i + 1;
		if (pg->nodes[i] == after)
		{
			*to = i;
			return;
		}
	}
	*to = *from ? pg->n_nodes : 0;
}

/*
 * A date that stands alone in a short element ("Erstellt am: 01.11.2023",
 * "Datum: 26. Januar 2022", a <time>, a date-classed span), anywhere but in
 * comments and links; the one nearest the article wins.  A paragraph of the
 * article that opens with a date ("27.1.2022 - Bei der ...") counts too.
 */
static nm_status
page_date(nm_page *pg, int anchor, nm_article *out)
{
	nm_time		best = {0};
	int			best_dist = -1,
				c_from,
				c_to;

	content_range(pg, &c_from, &c_to);
	for (int i = 0; i < pg->n_nodes; i++)
	{
		xmlNodePtr	n = pg->nodes[i];
		nm_node_info *ni = nm_info(n);
		char	   *t;
		nm_time		d;
		bool		ok = false;
		int			dist;

		if (nm_should_abort(pg->ctx))
			return NM_ERR_ABORTED;
		if (ni->text_len < 6 || (ni->flags & (NMF_SKIP | NMF_HIDDEN | NMF_INLINK)) ||
			ni->tag == T_A || nm_is_heading(ni->tag))
			continue;
		dist = i > anchor ? i - anchor : anchor - i;
		if (best_dist >= 0 && dist >= best_dist)
			continue;
		if (ni->text_len <= 80 && !(ni->flags & NMF_HASBLOCK))
		{
			t = nm_node_text(pg->ctx, n, 300);
			if (!t || !strpbrk(t, "0123456789"))
				continue;
			ok = nm_parse_date_strict(t, strlen(t), &d);
			/* "01. November 2021 | Naturschutz": a date, then a category */
			if (!ok && strstr(t, " | "))
				ok = nm_parse_date_strict(t, strstr(t, " | ") - t, &d);
			if (!ok && (ni->tag == T_TIME || dateish_class(pg->ctx, n)))
				ok = nm_parse_date(t, strlen(t), &d) || short_year_date(t, &d);
		}
		else if (ni->tag == T_P && i >= c_from && i < c_to)
		{
			size_t		s,
						e;

			t = nm_node_text(pg->ctx, n, 120);
			ok = t && nm_find_date(t, strlen(t), &d, &s, &e) &&
				(s == 0 || (s == 1 && t[0] == '(')) &&
				(t[e] == ' ' || t[e] == ')' || t[e] == '\0');
		}
		if (ok && !in_comments(pg->ctx, n))
		{
			best = d;
			best_dist = dist;
		}
	}
	if (best_dist >= 0)
		out->published_at = best;
	return NM_OK;
}

/*
 * The hAtom convention: <abbr class="published" title="2013-04-04T18:52:11">
 * (or "updated" when no "published" is given), outside comments.
 */
static bool
hatom_date(nm_page *pg, nm_time *res)
{
	static const char *const classes[] = {"published", "updated", NULL};

	for (int k = 0; classes[k]; k++)
		for (int i = 0; i < pg->n_nodes; i++)
		{
			xmlNodePtr	n = pg->nodes[i];
			const char *cls,
					   *title;

			if (nm_should_abort(pg->ctx))
				return false;
			if (nm_info(n)->flags & (NMF_SKIP | NMF_HIDDEN))
				continue;
			cls = nm_attr(pg->ctx, n, "class");
			if (!cls || !has_class(cls, classes[k]))
				continue;
			title = nm_attr(pg->ctx, n, "title");
			if (title && nm_parse_date_strict(title, strlen(title), res) &&
				!in_comments(pg->ctx, n))
				return true;
		}
	res->valid = false;
	return false;
}

/* UTC day number of a time. */
static int64_t
day_of(nm_time t)
{
	int64_t		s = t.usec / 1000000;

	return (s >= 0 ? s : s - 86399) / 86400;
}

/*
 * The date shown near the headline: the short text elements around the
 * title's h1 (or the start of the content); with strong, only those marked
 * as a date (a <time>, a byline or date-like class).  Returns the date found.
 */
static nm_status
header_date(nm_page *pg, int anchor, int content, bool strong, nm_time *res)
{
	int			from = anchor > 40 ? anchor - 40 : 0,
				to = anchor + 400;

	res->valid = false;
	if (content > anchor && content < anchor + 2000)
		to = content + 400;
	if (to > pg->n_nodes)
		to = pg->n_nodes;
	for (int pass = 0; pass < (strong ? 1 : 2) && !res->valid; pass++)
	{
		for (int i = from; i < to && !res->valid; i++)
		{
			xmlNodePtr	n = pg->nodes[i];
			nm_node_info *ni = nm_info(n);
			char	   *t;

			if (nm_should_abort(pg->ctx))
				return NM_ERR_ABORTED;
			if (ni->text_len < 6 || ni->text_len > 120 || (ni->flags & NMF_HASBLOCK) ||
				(ni->flags & (NMF_SKIP | NMF_HIDDEN | NMF_INLINK)) ||
				ni->tag == T_A || ni->tag == T_H1)
				continue;
			/*
			 * furniture may hold the date line, but only marked as one or,
			 * with no date in the markup, right beside the headline (a
			 * kicker, a caption above it)
			 */
			if ((pass == 1 || !(ni->flags & NMF_BYLINE)) && (ni->flags & NMF_INBOILER) &&
				(strong || i < anchor - 4 || i > anchor + 4))
				continue;
			if (pass == 0 && !(ni->flags & NMF_BYLINE) && ni->tag != T_TIME &&
				!dateish_class(pg->ctx, n))
				continue;
			t = nm_node_text(pg->ctx, n, 400);
			if (t && strpbrk(t, "0123456789"))
			{
				size_t		s,
							e;

				/* unmarked text: the date must open it, not end a sentence */
				if (nm_find_date(t, strlen(t), res, &s, &e) && pass == 1 && s > 24)
					res->valid = false;
				if (!res->valid && pass == 0)
					short_year_date(t, res);
			}
		}
	}
	return NM_OK;
}

/*
 * Dates from the visible page.  Without a date in the markup: the date near
 * the headline, else one standing alone elsewhere (page_date).  With one:
 * when the headline shows a later day and that day is the page's modified
 * date, the page presents its update as its date, and so do we.
 */
nm_status
nm_html_visible_date(nm_page *pg, nm_article *out)
{
	int			anchor = -1,
				first_h1 = -1,
				title_h1 = -1,
				content = -1;
	nm_time		shown;
	nm_status	rc;

	for (int i = 0; i < pg->n_nodes; i++)
	{
		nm_node_info *ni = nm_info(pg->nodes[i]);

		if (pg->nodes[i] == pg->content)
			content = i;
		if (ni->tag == T_H1 && !(ni->flags & NMF_HIDDEN) && ni->text_len > 0)
		{
			if (first_h1 < 0)
				first_h1 = i;
			if (title_h1 < 0 && out->title)
			{
				char	   *t = nm_node_text(pg->ctx, pg->nodes[i], 1000);

				if (t && strcmp(t, out->title) == 0)
					title_h1 = i;
			}
		}
	}
	anchor = title_h1 >= 0 ? title_h1 : first_h1 >= 0 ? first_h1 : content;
	if (anchor < 0)
		return NM_OK;
	if (out->published_at.valid)
	{
		rc = header_date(pg, anchor, content, true, &shown);
		if (rc == NM_OK && shown.valid && out->modified_at.valid &&
			day_of(out->modified_at) > day_of(out->published_at) &&
			day_of(shown) == day_of(out->modified_at))
			out->published_at = out->modified_at;
		else if (rc == NM_OK && shown.valid && day_of(shown) > day_of(out->published_at))
			out->published_at = shown;
		return rc;
	}
	if (hatom_date(pg, &out->published_at))
		return NM_OK;
	rc = header_date(pg, anchor, content, false, &out->published_at);
	if (rc == NM_OK && !out->published_at.valid)
		rc = page_date(pg, content >= 0 ? content : anchor, out);
	return rc;
}

/* Words that open a visible byline; the name follows ("Von: Anna Berg"). */
static const char *const byline_openers[] = {
	"von", "by", "par", "por", "di", "door", "av", "text", "texte", "autor",
	"autorin", "author", "auteur", "autore", "text von", "written by", "story by",
	"words by", NULL
};

/* Lowercase words a list of names may contain. */
static const char *const name_particles[] = {
	"von", "van", "de", "der", "den", "da", "di", "du", "le", "la", "del", "dos",
	"bin", "al", "y", "e", "und", "and", "et", "&", NULL
};

/* Whether every word of s is capitalised or a name particle / joiner. */
static bool
names_only(const char *s)
{
	while (*s)
	{
		size_t		l;
		bool		ok = false;

		while (*s == ' ' || *s == ',')
			s++;
		l = strcspn(s, " ,");
		if (l == 0)
			break;
		if ((*s >= 'A' && *s <= 'Z') || (unsigned char) *s >= 0xC3)
			ok = true;
		for (int k = 0; !ok && name_particles[k]; k++)
			ok = strlen(name_particles[k]) == l && strncmp(s, name_particles[k], l) == 0;
		if (!ok)
			return false;
		s += l;
	}
	return true;
}

/*
 * An element near the headline whose class names it the author
 * ("header-info__author-link", "author-name") and whose text is a name of
 * two to four words.
 */
static const char *
author_element(nm_page *pg, int anchor)
{
	int			to = anchor + 300 < pg->n_nodes ? anchor + 300 : pg->n_nodes;

	for (int i = anchor > 30 ? anchor - 30 : 0; i < to; i++)
	{
		xmlNodePtr	n = pg->nodes[i];
		nm_node_info *ni = nm_info(n);
		const char *cls;
		char	   *t;
		int			words = 1;

		if (nm_should_abort(pg->ctx))
			return NULL;
		if (ni->text_len < 5 || ni->text_len > 40 || (ni->flags & (NMF_SKIP | NMF_HIDDEN)))
			continue;
		cls = nm_attr(pg->ctx, n, "class");
		if (!cls || !nm_ascii_istr(cls, "author") || nm_ascii_istr(cls, "avatar") ||
			nm_ascii_istr(cls, "image") || nm_ascii_istr(cls, "photo") ||
			nm_ascii_istr(cls, "bio") || nm_ascii_istr(cls, "follow") ||
			nm_ascii_istr(cls, "all"))
			continue;
		t = nm_node_text(pg->ctx, n, 200);
		if (!t || !((*t >= 'A' && *t <= 'Z') || (unsigned char) *t >= 0xC3) || !names_only(t))
			continue;
		for (const char *p = t; *p; p++)
			words += *p == ' ';
		if (words >= 2 && words <= 4 && !in_comments(pg->ctx, n))
			return t;
	}
	return NULL;
}

/*
 * A byline written as text near the headline or in the article: a short
 * element that starts with "Von", "By", "Text:", "Autor:"... followed by a
 * capitalised word.  Returns its text (the caller cleans the names) or NULL.
 */
const char *
nm_html_visible_byline(nm_page *pg)
{
	int			anchor = -1;

	for (int i = 0; i < pg->n_nodes && anchor < 0; i++)
	{
		nm_node_info *ni = nm_info(pg->nodes[i]);

		if (ni->tag == T_H1 && !(ni->flags & (NMF_HIDDEN | NMF_INBOILER | NMF_BOILER)) &&
			ni->text_len > 0)
			anchor = i;
	}
	for (int i = anchor > 30 ? anchor - 30 : 0; i < pg->n_nodes; i++)
	{
		xmlNodePtr	n = pg->nodes[i];
		nm_node_info *ni = nm_info(n);
		char	   *t;

		if (nm_should_abort(pg->ctx))
			return NULL;
		if (anchor >= 0 ? i > anchor + 500 && !(ni->flags & NMF_INARTICLE) :
			!(ni->flags & NMF_INARTICLE))
			continue;
		if (ni->text_len < 6 || ni->text_len > 60 || (ni->flags & NMF_HASBLOCK) ||
			(ni->flags & (NMF_SKIP | NMF_HIDDEN | NMF_INLINK)) || ni->tag == T_A ||
			(ni->tag >= T_H1 && ni->tag <= T_H3))
			continue;
		t = nm_node_text(pg->ctx, n, 200);
		if (!t)
			continue;
		for (int k = 0; byline_openers[k]; k++)
		{
			size_t		l = strlen(byline_openers[k]);
			const char *p = t + l;

			if (!nm_ascii_istarts(t, byline_openers[k]) || (*p != ' ' && *p != ':'))
				continue;
			while (*p == ' ' || *p == ':')
				p++;
			/* a name follows: a capital letter (or a non-ASCII one) */
			if (((*p >= 'A' && *p <= 'Z') || (unsigned char) *p >= 0xC3) &&
				names_only(p))
			{
				if (in_comments(pg->ctx, n))
					break;
				return t;
			}
		}
	}
	return anchor >= 0 ? author_element(pg, anchor) : NULL;
}
