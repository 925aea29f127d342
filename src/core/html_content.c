/*
 * html_content.c -- main-content extraction: picks the best-scoring subtree
 * (plus sibling paragraphs) and writes its text without page furniture.
 */
#include "nm_html.h"

static double
link_density(const nm_node_info *ni)
{
	return ni->text_len > 0 ? (double) ni->link_len / ni->text_len : 0.0;
}

static bool
is_ancestor(xmlNodePtr a, xmlNodePtr n)
{
	for (; n; n = n->parent)
		if (n == a)
			return true;
	return false;
}

static int
n_element_children(xmlNodePtr n)
{
	int			c = 0;

	for (xmlNodePtr k = n->children; k; k = k->next)
	{
		if (k->type == XML_ELEMENT_NODE)
			c++;
		else if (k->type == XML_TEXT_NODE && k->content &&
				 nm_text_weight((const char *) k->content, strlen((const char *) k->content), NULL) > 0)
			c++;
	}
	return c;
}

static nm_node_info *
candidate(nm_node_info *ni)
{
	if (!(ni->flags & NMF_CANDIDATE))
	{
		ni->flags |= NMF_CANDIDATE;
		switch (ni->tag)
		{
			case T_DIV:
			case T_ARTICLE:
			case T_MAIN:
			case T_SECTION:
				ni->score = 5;
				break;
			case T_PRE:
			case T_TD:
			case T_BLOCKQUOTE:
				ni->score = 3;
				break;
			case T_ADDRESS:
			case T_OL:
			case T_UL:
			case T_DL:
			case T_DD:
			case T_DT:
			case T_LI:
			case T_FORM:
				ni->score = -3;
				break;
			default:
				if (nm_is_heading(ni->tag))
					ni->score = -5;
				break;
		}
		ni->score += ni->hint;
	}
	return ni;
}

/* A finished block with enough inline text scores itself up its ancestors. */
static void
score_paragraph(xmlNodePtr n, nm_node_info *ni, bool relaxed)
{
	double		s;
	xmlNodePtr	a;
	int			level = 0;
	int			k;

	if (ni->inline_len < 25 || (ni->flags & (NMF_HIDDEN | NMF_SKIP)))
		return;
	if (!relaxed && (ni->flags & (NMF_INBOILER | NMF_BOILER)))
		return;
	if (!nm_is_block(ni->tag) && ni->tag != T_BR)
		return;
	if (ni->inline_link * 2 > ni->inline_len)
		return;
	if (nm_is_heading(ni->tag))
		return;
	switch (ni->tag)
	{
		case T_LI:
		case T_DT:
		case T_CAPTION:
		case T_FIGCAPTION:
			return;
		default:
			break;
	}
	ni->flags |= NMF_PARA;
	/*
	 * text broken by <br> only (no <p>) is several paragraphs: each line
	 * break may end one, as long as the pieces average 100 characters
	 */
	k = 1 + ni->inline_br;
	if (k > ni->inline_len / 100)
		k = ni->inline_len / 100 > 1 ? ni->inline_len / 100 : 1;
	s = k + ni->inline_commas + (ni->inline_len / 100 > 3 * k ? 3 * k : ni->inline_len / 100);
	/* inline text mixed with blocks is a virtual paragraph of the element */
	a = (ni->flags & NMF_HASBLOCK) ? n : n->parent;
	for (; a && a->type == XML_ELEMENT_NODE && a->_private && level < 5;
		 a = a->parent, level++)
	{
		nm_node_info *ai = candidate(nm_info(a));

		if (level == 0)
			ai->score += s;
		else if (level == 1)
			ai->score += s / 2;
		else
			ai->score += s / (level * 3);
	}
}

/* Scores every paragraph into its ancestors; relaxed also counts furniture. */
static void
score_all(nm_page *pg, bool relaxed)
{
	for (int i = 0; i < pg->n_nodes; i++)
	{
		nm_node_info *ni = nm_info(pg->nodes[i]);

		ni->flags &= ~(NMF_CANDIDATE | NMF_PARA);
		ni->score = 0;
	}
	for (int i = 0; i < pg->n_nodes; i++)
		score_paragraph(pg->nodes[i], nm_info(pg->nodes[i]), relaxed);
}

#define N_TOP 5

/* Readability's choice of the top candidate, on our precomputed scores. */
static xmlNodePtr
select_top(nm_page *pg, bool relaxed)
{
	xmlNodePtr	top[N_TOP] = {0};
	xmlNodePtr	best,
				body = pg->body;
	xmlNodePtr	hinted = NULL;

	score_all(pg, relaxed);
	for (int i = 0; i < pg->n_nodes; i++)
	{
		xmlNodePtr	n = pg->nodes[i];
		nm_node_info *ni = nm_info(n);

		if (nm_should_abort(pg->ctx))
			return NULL;
		if ((ni->flags & NMF_BODYHINT) && !hinted && ni->text_len >= 200 &&
			!(ni->flags & NMF_INBOILER))
			hinted = n;
		if (!(ni->flags & NMF_CANDIDATE))
			continue;
		ni->score *= 1.0 - link_density(ni);
		for (int k = 0; k < N_TOP; k++)
		{
			if (!top[k] || nm_info(top[k])->score < ni->score)
			{
				for (int m = N_TOP - 1; m > k; m--)
					top[m] = top[m - 1];
				top[k] = n;
				break;
			}
		}
	}
	if (hinted)
		return hinted;
	best = top[0];
	if (!best)
		return NULL;

	/* several strong candidates under one ancestor: take the ancestor */
	{
		double		ts = nm_info(best)->score;
		int			n_alt = 0;

		for (int k = 1; k < N_TOP; k++)
			if (top[k] && nm_info(top[k])->score >= 0.75 * ts)
				n_alt++;
		if (n_alt >= 2)
		{
			for (xmlNodePtr p = best->parent; p && p != body && p->_private; p = p->parent)
			{
				int			c = 0;

				for (int k = 1; k < N_TOP; k++)
					if (top[k] && nm_info(top[k])->score >= 0.75 * ts && is_ancestor(p, top[k]))
						c++;
				if (c >= 2)
				{
					best = p;
					break;
				}
			}
		}
	}

	/* climb while the parent scores better */
	{
		double		last = nm_info(best)->score;
		double		threshold = last / 3;

		for (xmlNodePtr p = best->parent; p && p != body && p->_private &&
			 p->type == XML_ELEMENT_NODE; p = p->parent)
		{
			nm_node_info *pi = nm_info(p);

			if (!(pi->flags & NMF_CANDIDATE))
				continue;
			if (pi->score < threshold)
				break;
			if (pi->score > last)
			{
				best = p;
				break;
			}
			last = pi->score;
		}
	}
	while (best->parent && best->parent != body && best->parent->_private &&
		   best->parent->type == XML_ELEMENT_NODE && n_element_children(best->parent) == 1)
		best = best->parent;
	return best;
}

/* The text of the first h1 (else h2) below n, or NULL. */
static char *
first_heading(nm_page *pg, xmlNodePtr n)
{
	xmlNodePtr	h2 = NULL;

	for (xmlNodePtr d = n->children; d; d = nm_next_node(d, n, false))
	{
		if (nm_should_abort(pg->ctx))
			return NULL;
		if (d->type != XML_ELEMENT_NODE || !d->_private)
			continue;
		if (nm_info(d)->tag == T_H1)
			return nm_node_text(pg->ctx, d, 400);
		if (nm_info(d)->tag == T_H2 && !h2)
			h2 = d;
	}
	return h2 ? nm_node_text(pg->ctx, h2, 400) : NULL;
}

static bool same_text(const char *a, const char *b);

/*
 * Pages that load the next stories below the first (infinite scroll) hold
 * several sibling <article>s of one class (or sibling blocks of one class
 * wrapping them); the winner may be a longer later one.  The article whose
 * heading is the page's headline is the story.
 */
static xmlNodePtr
headline_article(nm_page *pg, xmlNodePtr top)
{
	xmlNodePtr	a = top;
	int			up = 0;

	if (!pg->headline)
		return top;
	while (a && a->_private && nm_info(a)->tag != T_ARTICLE && up++ < 6)
		a = a->parent;
	if (!a || !a->_private || nm_info(a)->tag != T_ARTICLE)
		a = top;
	for (int level = 0; level < 2 && a->parent && a->parent->_private; level++, a = a->parent)
	{
		const char *cls = nm_attr(pg->ctx, a, "class");
		char	   *mine;
		bool		mine_read = false;

		for (xmlNodePtr s = a->parent->children; s; s = s->next)
		{
			const char *c;
			char	   *h;

			if (s == a || s->type != XML_ELEMENT_NODE || !s->_private ||
				nm_info(s)->tag != nm_info(a)->tag ||
				(nm_info(s)->flags & (NMF_HIDDEN | NMF_INBOILER | NMF_BOILER)))
				continue;
			c = nm_attr(pg->ctx, s, "class");
			if (!c != !cls || (c && strcmp(c, cls) != 0))
				continue;
			if (!mine_read)
			{
				mine = first_heading(pg, a);
				mine_read = true;
				if (mine && same_text(mine, pg->headline))
					return top;
			}
			if (nm_info(s)->text_len < 200)
				continue;		/* a title block beside the text is no story */
			h = first_heading(pg, s);
			if (h && same_text(h, pg->headline))
				return s;
		}
	}
	{
		/* the winner holds them all: the one with the headline, if several */
		xmlNodePtr	match = NULL;
		int			n_art = 0;

		for (xmlNodePtr d = top->children; d;)
		{
			bool		art = d->type == XML_ELEMENT_NODE && d->_private &&
				nm_info(d)->tag == T_ARTICLE;

			if (nm_should_abort(pg->ctx))
				return top;
			if (art)
			{
				char	   *h = first_heading(pg, d);

				n_art++;
				if (!match && h && nm_info(d)->text_len >= 200 && same_text(h, pg->headline))
					match = d;
			}
			d = nm_next_node(d, top, art);
		}
		return (match && n_art >= 2) ? match : top;
	}
}

/* Whether a sibling of the top candidate belongs to the article too. */
static bool
sibling_belongs(nm_page *pg, xmlNodePtr top, xmlNodePtr sib)
{
	nm_node_info *ti = nm_info(top),
			   *si = nm_info(sib);
	double		threshold = ti->score * 0.2;
	double		bonus = 0;
	const char *c1,
			   *c2;

	if (si->flags & (NMF_BOILER | NMF_HIDDEN | NMF_SKIP | NMF_RELATED))
		return false;
	/* separate posts of a listing are not one article */
	if (ti->tag == T_ARTICLE && si->tag == T_ARTICLE)
		return false;
	if (threshold < 10)
		threshold = 10;
	c1 = nm_attr(pg->ctx, top, "class");
	c2 = nm_attr(pg->ctx, sib, "class");
	if (c1 && c2 && *c1 && strcmp(c1, c2) == 0)
		bonus = ti->score * 0.2;
	if ((si->flags & NMF_CANDIDATE) && si->score + bonus >= threshold)
		return true;
	if (si->tag == T_P)
	{
		double		ld = link_density(si);

		if (si->text_len > 80 && ld < 0.25)
			return true;
		if (si->text_len > 0 && si->text_len <= 80 && si->link_len == 0)
		{
			char	   *t = nm_node_text(pg->ctx, sib, 400);
			size_t		l = t ? strlen(t) : 0;

			if (l > 0 && (t[l - 1] == '.' || t[l - 1] == '!' || t[l - 1] == '?'))
				return true;
		}
	}
	return false;
}

/*
 * A table of data, not of layout (Readability's test): header cells, a
 * caption or thead, or ten rows; few links.  Cleaning spares it.
 */
static bool
is_data_table(nm_page *pg, xmlNodePtr t, nm_node_info *ti)
{
	int			rows = 0;

	if (ti->link_len * 2 > ti->text_len || ti->n_input > 0 || ti->n_embed > 0)
		return false;
	for (xmlNodePtr d = t->children; d; d = nm_next_node(d, t, false))
	{
		nm_tag		tag;

		if (nm_should_abort(pg->ctx))
			return false;
		if (d->type != XML_ELEMENT_NODE || !d->_private)
			continue;
		tag = nm_info(d)->tag;
		if (tag == T_TABLE)
			return false;		/* tables in tables: layout */
		if (tag == T_TH || tag == T_CAPTION || tag == T_THEAD)
			return true;
		if (tag == T_TR && ++rows >= 10)
			return true;
	}
	return false;
}

/* Readability's conditional cleaning, from the statistics of the walk. */
static bool
drop_conditionally(nm_page *pg, xmlNodePtr n, nm_node_info *ni)
{
	double		ld;
	bool		is_list;
	int			li;

	switch (ni->tag)
	{
		case T_DIV:
		case T_SECTION:
		case T_UL:
		case T_OL:
		case T_TABLE:
		case T_FORM:
		case T_FIELDSET:
		case T_DL:
			break;
		default:
			return false;
	}
	if (ni->tag == T_TABLE && is_data_table(pg, n, ni))
		return false;
	if (ni->hint + ((ni->flags & NMF_CANDIDATE) ? ni->score : 0) < 0)
		return true;
	if (ni->commas >= 10)
		return false;
	ld = link_density(ni);
	is_list = ni->tag == T_UL || ni->tag == T_OL || ni->tag == T_DL;
	li = ni->n_li - 100;
	if (ni->n_img > 1 && (double) ni->n_p / ni->n_img < 0.5)
		return true;
	if (!is_list && li > ni->n_p)
		return true;
	if (ni->n_input > ni->n_p / 3)
		return true;
	if (!is_list && ni->text_len < 25 && (ni->n_img == 0 || ni->n_img > 2) &&
		ni->n_h == 0)
		return true;
	/* linked words in a block with 300+ characters of its own text are not a menu */
	if (!is_list && ni->hint < 25 && ld > 0.2 &&
		!(ni->n_p >= 1 && ni->text_len - ni->link_len >= 300))
		return true;
	if (ni->hint >= 25 && ld > 0.5)
		return true;
	if (is_list && ld > 0.5)
		return true;
	if ((ni->n_embed == 1 && ni->text_len < 75) || ni->n_embed > 1)
		return true;
	(void) n;
	return false;
}

/* ---- the standfirst ---------------------------------------------------- */

#define LEAD_LEVELS		4		/* ancestors of the winner searched for a lead */
#define LEAD_SIBLINGS	8		/* preceding siblings looked at per level */
#define LEAD_MAX		4
#define LEAD_MAX_NODES	4096	/* nodes of a lead block searched for an h1 */

/* Whether a lead-classed element reads as a standfirst worth writing. */
static bool
lead_qualifies(xmlNodePtr n, nm_node_info *ni, xmlNodePtr stop)
{
	if (ni->flags & (NMF_HIDDEN | NMF_SKIP | NMF_RELATED | NMF_INLINK))
		return false;
	if (ni->text_len < 30 || ni->text_len > 1500 || ni->link_len * 4 > ni->text_len ||
		ni->n_p > 2 || ni->n_img > 0 || ni->n_li > 0 || ni->n_input > 0 || ni->tag == T_H1 || ni->tag == T_A ||
		ni->tag == T_LI || ni->tag == T_FIGCAPTION || ni->tag == T_FIGURE)
		return false;
	/* below furniture (other than the article's header): a caption, a bio */
	for (xmlNodePtr a = n->parent; a && a != stop && a->_private; a = a->parent)
	{
		nm_node_info *ai = nm_info(a);

		if ((ai->flags & NMF_HIDDEN) || ai->tag == T_A || ai->tag == T_LI || ai->tag == T_FIGURE)
			return false;
		if ((ai->flags & (NMF_BYLINE | NMF_NOTLEAD)) ||
			((ai->flags & NMF_BOILER) && ai->tag != T_HEADER && !(ai->flags & NMF_LEAD)))
			return false;
	}
	/*
	 * a block holding the headline is the title area, not the lead; the
	 * look is bounded, as nested lead blocks would each walk the same
	 * nodes (a standfirst of at most 1500 characters has far fewer)
	 */
	if (ni->n_h > 0)
	{
		int			budget = LEAD_MAX_NODES;

		for (xmlNodePtr d = n->children; d; d = nm_next_node(d, n, false))
			if (--budget < 0 ||
				(d->type == XML_ELEMENT_NODE && d->_private && nm_info(d)->tag == T_H1))
				return false;
	}
	return true;
}

/*
 * Marks the leads below from (pre-order) until the text starts: the first
 * paragraph of some length that is no lead.  from itself is looked at
 * only when it is not the winner (stop).
 */
static int
mark_leads(nm_page *pg, xmlNodePtr from, xmlNodePtr stop, xmlNodePtr *leads, int n_leads)
{
	xmlNodePtr	n = from;

	while (n && n_leads < LEAD_MAX)
	{
		nm_node_info *ni = (n->type == XML_ELEMENT_NODE && n->_private) ? nm_info(n) : NULL;
		bool		skip = ni == NULL;

		if (nm_should_abort(pg->ctx))
			return -1;
		if (ni && n != stop)
		{
			if ((ni->flags & NMF_PARA) && !(ni->flags & NMF_LEAD) && ni->inline_len >= 120)
				break;			/* the text has started */
			if ((ni->flags & NMF_LEAD) && lead_qualifies(n, ni, stop))
			{
				ni->flags |= NMF_LEADOK;
				leads[n_leads++] = n;
				for (xmlNodePtr a = n->parent; a && a != stop && a->_private; a = a->parent)
					nm_info(a)->flags |= NMF_HASLEAD;
				skip = true;
			}
			else
				skip = (ni->flags & (NMF_SKIP | NMF_HIDDEN)) != 0;
		}
		n = nm_next_node(n, from, skip);
	}
	return n_leads;
}

/*
 * The standfirst often sits outside the winning block: in a sibling of it
 * or of one of its ancestors before it ("teaser-text" then "news-text"), or
 * in the article's header, which the body drops.  Leads are looked for
 * among the preceding siblings of the winner and its ancestors and at the
 * winner's start, before its first paragraph; those outside the winner are
 * returned (in page order) to be written first.
 */
static int
find_leads(nm_page *pg, xmlNodePtr top, xmlNodePtr *out)
{
	xmlNodePtr	found[LEAD_MAX],
				inner[LEAD_MAX];
	int			level_of[LEAD_MAX];
	int			n_found = 0,
				n_out = 0;
	xmlNodePtr	cur = top;

	for (int level = 0; level < LEAD_LEVELS && cur && cur != pg->body &&
		 cur->parent && cur->parent->type == XML_ELEMENT_NODE && cur->parent->_private; level++)
	{
		int			k = 0;
		xmlNodePtr	first = NULL;

		for (xmlNodePtr s = cur->prev; s && k < LEAD_SIBLINGS; s = s->prev)
			if (s->type == XML_ELEMENT_NODE && s->_private)
			{
				first = s;
				k++;
			}
		for (xmlNodePtr s = first; s && s != cur; s = s->next)
		{
			int			before = n_found;

			if (s->type != XML_ELEMENT_NODE || !s->_private ||
				(nm_info(s)->flags & (NMF_BOILER | NMF_HIDDEN | NMF_SKIP | NMF_RELATED |
									  NMF_INBOILER)))
				continue;
			n_found = mark_leads(pg, s, s->parent, found, n_found);
			if (n_found < 0)
				return -1;
			for (int i = before; i < n_found; i++)
				level_of[i] = level;
		}
		cur = cur->parent;
		if (nm_info(cur)->tag == T_BODY)
			break;
	}
	/*
	 * one standfirst, the first in the page (siblings of outer levels come
	 * first): later "descriptions" are bios and boxes
	 */
	for (int level = LEAD_LEVELS - 1; level >= 0 && n_out == 0; level--)
		for (int i = 0; i < n_found && n_out == 0; i++)
			if (level_of[i] == level)
				out[n_out++] = found[i];
	for (int i = 0; i < n_found; i++)
		if (n_out == 0 || found[i] != out[0])
			nm_info(found[i])->flags &= ~NMF_LEADOK;
	/*
	 * leads inside the winner stay where they are; only the furniture
	 * around them (the article's header) must let them through
	 */
	if (mark_leads(pg, top, top, inner, 0) < 0)
		return -1;
	return n_out;
}

#define TAIL_BLOCKS		8		/* paragraphs at the end looked at for notes */

typedef struct emit_state
{
	nm_page    *pg;
	nm_buf		buf;
	int			root_text;
	int			n_paras;
	bool		relaxed;
	bool		lenient;		/* no cleaning beyond script/hidden */
	xmlNodePtr	lead_only;		/* dropped block entered only for its lead */
	xmlNodePtr	in_lead;		/* the lead being written inside lead_only */
	bool		cell_sep;		/* a table cell began: separate it from the last */
} emit_state;

static bool
skip_in_content(emit_state *st, xmlNodePtr n, nm_node_info *ni)
{
	if (ni->flags & (NMF_SKIP | NMF_HIDDEN))
		return true;
	if (st->lenient)
		return ni->tag == T_H1;
	switch (ni->tag)
	{
		case T_H1:
			/* the headline; an h1 after the text has started is a heading */
			if (st->buf.len == 0 || ni->text_len < 10 || ni->link_len > 0)
				return true;
			{
				char	   *t = nm_node_text(st->pg->ctx, n, 400);

				return !t || (st->pg->headline && (nm_ascii_istr(st->pg->headline, t) ||
												   nm_ascii_istr(t, st->pg->headline)));
			}
		case T_FIGCAPTION:
		case T_INPUT:
		case T_IMG:
		case T_PICTURE:
		case T_EMBED:
		case T_LABEL:
			return true;
		case T_FIGURE:
			if (ni->n_p == 0)
				return true;
			break;
		default:
			break;
	}
	/* an image with a line of text beside it and no paragraph: its caption */
	if (ni->tag == T_DIV && ni->n_img > 0 && ni->n_p == 0 && !(ni->flags & NMF_HASBLOCK) &&
		ni->text_len < 300 && ni->text_len * 3 < st->root_text)
		return true;
	if ((ni->flags & NMF_BOILER) && !st->relaxed && ni->text_len * 2 < st->root_text)
		return true;
	if ((ni->flags & (NMF_FURNITURE | NMF_BYLINE)) && ni->text_len * 3 < st->root_text)
		return true;
	if (ni->text_len * 2 < st->root_text && drop_conditionally(st->pg, n, ni))
		return true;
	/* a text block that is mostly a link: "Read also: <a>Other story</a>" */
	if ((ni->flags & NMF_BLOCK) && !(ni->flags & NMF_HASBLOCK) && ni->tag != T_LI && ni->tag != T_TD &&
		ni->text_len < 300 && ni->link_len * 10 > ni->text_len * 7)
		return true;
	return false;
}

/* Breaks around a block: list items and table rows one line, others a paragraph. */
static int
block_newlines(nm_tag t)
{
	return (t == T_LI || t == T_TR || t == T_DT || t == T_DD) ? 1 : 2;
}

static nm_status
emit_subtree(emit_state *st, xmlNodePtr root)
{
	nm_ctx	   *ctx = st->pg->ctx;
	xmlNodePtr	n = root;

	while (n)
	{
		bool		descend = false;

		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		if (n->type == XML_ELEMENT_NODE && n->_private)
		{
			nm_node_info *ni = nm_info(n);
			bool		write;

			if (n != root && (ni->flags & NMF_EMITTED))
				write = false;
			else if (st->lead_only && !st->in_lead)
			{
				/* inside dropped furniture: only the way to a lead */
				write = false;
				if (ni->flags & NMF_LEADOK)
					write = true, st->in_lead = n;
				else if (ni->flags & NMF_HASLEAD)
					descend = n->children != NULL;
			}
			else
			{
				write = n == root || ((ni->flags & NMF_LEADOK) && !st->lenient) ||
					(!(ni->flags & NMF_RELATED) && !skip_in_content(st, n, ni));
				if (!write && (ni->flags & NMF_HASLEAD) && !st->lead_only && !st->lenient)
				{
					st->lead_only = n;
					descend = n->children != NULL;
				}
			}
			if (write)
			{
				if (ni->tag == T_BR)
					nm_buf_break(&st->buf, 1);
				else if (ni->tag == T_TD || ni->tag == T_TH)
					st->cell_sep = true;	/* " | " before its text, unless first */
				else if (ni->flags & NMF_BLOCK)
					nm_buf_break(&st->buf, block_newlines(ni->tag));
				descend = n->children != NULL;
			}
		}
		else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
		{
			if (n->content && (!st->lead_only || st->in_lead))
			{
				size_t		len = strlen((const char *) n->content);

				if (st->cell_sep && nm_text_weight((const char *) n->content, len, NULL) > 0)
				{
					if (st->buf.len > 0 && st->buf.data[st->buf.len - 1] != '\n')
					{
						nm_buf_break(&st->buf, 0);
						nm_buf_put(&st->buf, " | ", 3);
					}
					st->cell_sep = false;
				}
				nm_buf_put_collapsed(&st->buf, (const char *) n->content, len);
			}
		}
		if (descend)
		{
			n = n->children;
			continue;
		}
		for (;;)
		{
			if (n->type == XML_ELEMENT_NODE && n->_private &&
				(nm_info(n)->flags & NMF_BLOCK) &&
				nm_info(n)->tag != T_TD && nm_info(n)->tag != T_TH)
				nm_buf_break(&st->buf, block_newlines(nm_info(n)->tag));
			if (n == st->in_lead)
			{
				st->in_lead = NULL;
				nm_buf_break(&st->buf, 2);
			}
			if (n == st->lead_only)
				st->lead_only = NULL;
			if (n == root)
			{
				n = NULL;
				break;
			}
			if (n->next)
			{
				n = n->next;
				break;
			}
			n = n->parent;
			if (!n)
				break;
		}
	}
	nm_buf_break(&st->buf, 2);
	return NM_OK;
}

/* ---- notes at the end of the article ------------------------------------ */

/* Labels that open the contact and reference block ending a press release. */
static const char *const trailer_labels[] = {
	"kontakt", "contact", "contacts", "pressekontakt", "medienkontakt",
	"ansprechpartner", "weitere informationen", "mehr informationen",
	"more information", "further information", "for more information",
	"plus d'informations", "pour plus d'informations", "más información",
	"para más información", "contacto", "contatti", "kontakt für rückfragen",
	"rückfragen", "press contact", "media contact", "originalartikel", NULL
};

/*
 * Phrases of the notes under an article: sign-up and follow calls, post
 * meta and article navigation.  (Rights lines and italic notes are left:
 * the AEB ground truth keeps "© 2019 Associated Press" and "(Reporting by
 * ...)" as part of the story.)
 */
static const char *const note_phrases[] = {
	"sign up here", "sign up for", "sign up to our", "sign up now",
	"subscribe now", "subscribe to our", "subscribe here", "our newsletter",
	"unseren newsletter", "newsletter abonnieren", "notre newsletter",
	"nuestro boletín", "download our", "download the app", "ios and android",
	"android and ios", "join our", "únete", "follow us", "folge uns",
	"folgen sie uns", "síguenos", "suivez-nous", "this entry was posted",
	"dieser eintrag wurde", "bookmark the permalink", "nächster artikel",
	"vorheriger artikel", "next article", "previous article", "zurück zur",
	"advertising disclosure", "not responsible for the opinions", NULL
};

/* A block that is only a label: "Kontakt:", "Weitere Informationen". */
static bool
is_trailer_label(const char *t)
{
	for (int k = 0; trailer_labels[k]; k++)
		if (nm_ascii_istarts(t, trailer_labels[k]))
		{
			const char *e = t + strlen(trailer_labels[k]);

			while (*e == ' ' || *e == ':')
				e++;
			if (*e == '\0')
				return true;
		}
	return false;
}

static bool
has_note_phrase(const char *t)
{
	for (int k = 0; note_phrases[k]; k++)
		if (nm_ascii_istr(t, note_phrases[k]))
			return true;
	return false;
}

/*
 * Cuts the notes that end many articles, looking back over the last
 * paragraphs written: a 'Contact' or 'More information' label paragraph
 * and all after it, short paragraphs with sign-up, follow or post-meta
 * phrases.  The cut stops at the first paragraph that reads as story and
 * never reaches into the first half of the body.
 */
static void
cut_tail_notes(emit_state *st)
{
	char	   *d = st->buf.data;
	size_t		end = st->buf.len,
				cut,
				floor = st->buf.len / 2;
	size_t		label_at = 0;
	bool		story_seen = false;

	if (st->buf.oom || !d)
		return;
	while (end > 0 && (d[end - 1] == '\n' || d[end - 1] == ' '))
		end--;
	cut = end;
	for (int i = 0; i < TAIL_BLOCKS && end > floor; i++)
	{
		size_t		start = end;
		char	   *t;

		while (start > 0 && !(start >= 2 && d[start - 1] == '\n' && d[start - 2] == '\n'))
			start--;
		if (start < floor)
			break;
		t = nm_strndup(st->pg->ctx, d + start, end - start);
		if (!t)
			return;
		if (is_trailer_label(t))
			label_at = start;	/* contact lines follow a label: cut here */
		else if (!story_seen && end - start < 400 && has_note_phrase(t))
			cut = start;
		else
			story_seen = true;
		if (label_at)
		{
			cut = label_at;
			story_seen = false;
			label_at = 0;
		}
		end = start;
		while (end > 0 && (d[end - 1] == '\n' || d[end - 1] == ' '))
			end--;
	}
	if (cut < st->buf.len)
		st->buf.len = cut;
}

/* Writes the leads, the top candidate and the siblings that belong with it. */
static nm_status
emit_article(emit_state *st, xmlNodePtr top, xmlNodePtr *leads, int n_leads)
{
	nm_page    *pg = st->pg;
	nm_status	rc;

	nm_buf_init(&st->buf, pg->ctx, 4096);
	st->lead_only = st->in_lead = NULL;
	for (int i = 0; i < n_leads; i++)
	{
		nm_info(leads[i])->flags &= ~NMF_EMITTED;
		if (st->lenient)
			continue;			/* the whole block is written as it is */
		rc = emit_subtree(st, leads[i]);
		if (rc != NM_OK)
			return rc;
		nm_info(leads[i])->flags |= NMF_EMITTED;
	}

	if (top->parent && top->parent->type == XML_ELEMENT_NODE && top != pg->body &&
		nm_info(top)->tag != T_BODY)
	{
		for (xmlNodePtr s = top->parent->children; s; s = s->next)
		{
			if (s->type != XML_ELEMENT_NODE || !s->_private)
				continue;
			if (s == top || sibling_belongs(pg, top, s))
			{
				rc = emit_subtree(st, s);
				if (rc != NM_OK)
					return rc;
			}
		}
	}
	else
	{
		rc = emit_subtree(st, top);
		if (rc != NM_OK)
			return rc;
	}
	cut_tail_notes(st);
	return NM_OK;
}

/* Compare two texts ignoring case of ASCII letters, spaces and punctuation. */
static bool
same_text(const char *a, const char *b)
{
	while (*a || *b)
	{
		while (*a && !((*a >= '0' && *a <= '9') || ((*a | 32) >= 'a' && (*a | 32) <= 'z') ||
					   (unsigned char) *a >= 0x80))
			a++;
		while (*b && !((*b >= '0' && *b <= '9') || ((*b | 32) >= 'a' && (*b | 32) <= 'z') ||
					   (unsigned char) *b >= 0x80))
			b++;
		if (!*a || !*b)
			return !*a && !*b;
		if ((*a | ((unsigned char) *a < 0x80 ? 32 : 0)) != (*b | ((unsigned char) *b < 0x80 ? 32 : 0)))
			return false;
		a++;
		b++;
	}
	return true;
}

/* Drops the headline when the body starts with it again. */
static char *
drop_repeated_headline(nm_page *pg, char *body)
{
	char	   *end;
	char	   *first;

	if (!body || !pg->headline)
		return body;
	end = strstr(body, "\n\n");
	first = nm_strndup(pg->ctx, body, end ? (size_t) (end - body) : strlen(body));
	if (first && same_text(first, pg->headline))
		return end ? end + 2 : NULL;
	return body;
}

nm_status
nm_html_content(nm_page *pg, nm_article *out)
{
	emit_state	st;
	xmlNodePtr	top;
	bool		st_relaxed = false;
	nm_status	rc;
	char	   *body;
	xmlNodePtr	leads[LEAD_MAX];
	int			n_leads;

	for (int i = 0; i < pg->n_nodes; i++)
	{
		nm_node_info *ni = nm_info(pg->nodes[i]);

		/* NMF_BLOCK is a display property, kept here for the emitter */
		switch (ni->tag)
		{
			case T_A:
			case T_SPAN:
			case T_FONT:
			case T_TIME:
			case T_CODE:
			case T_LABEL:
			case T_OTHER:
			case T_IMG:
			case T_BR:
				break;
			default:
				ni->flags |= NMF_BLOCK;
		}
	}
	top = select_top(pg, false);
	if (!top || nm_info(top)->text_len < 200)
	{
		/* the furniture words hid the article: score again without them */
		xmlNodePtr	alt = select_top(pg, true);

		if (alt && (!top || nm_info(alt)->text_len > nm_info(top)->text_len))
		{
			top = alt;
			st_relaxed = true;
		}
		else if (top)
			top = select_top(pg, false);
	}
	if (top)
		top = headline_article(pg, top);
	if (!top)
		top = pg->body;
	if (!top)
		return NM_OK;
	pg->content = top;
	n_leads = find_leads(pg, top, leads);
	if (n_leads < 0)
		return NM_ERR_ABORTED;
	memset(&st, 0, sizeof(st));
	st.pg = pg;
	st.root_text = nm_info(top)->text_len;
	st.relaxed = st_relaxed;
	for (int attempt = 0; attempt < 2; attempt++)
	{
		/* second attempt: the cleaning ate the article, keep everything */
		st.lenient = attempt == 1;
		rc = emit_article(&st, top, leads, n_leads);
		if (rc != NM_OK)
			return rc;
		if (st.buf.len >= 100 || nm_info(top)->text_len < 250)
			break;
	}
	if (st.buf.oom)
		return NM_ERR_NOMEM;
	body = nm_buf_finish(&st.buf);
	while (body && (*body == ' ' || *body == '\n'))
		body++;
	body = drop_repeated_headline(pg, body);
	out->body = (body && *body) ? body : NULL;
	return NM_OK;
}
