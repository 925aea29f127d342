/*
 * html_related.c -- related items of an HTML page: link lists under a
 * 'Related' / 'More news' / 'Most read' heading, with title, url and time.
 */
#include "nm_html.h"

#define MAX_RELATED 20

static void
add_item(nm_page *pg, nm_article *out, xmlNodePtr a, const char *base)
{
	nm_ctx	   *ctx = pg->ctx;
	char	   *title = nm_node_text(ctx, a, 600);
	const char *href = nm_attr(ctx, a, "href");
	char	   *url;
	nm_related_item *items;
	nm_time		t = {false, 0};

	if (!title || nm_text_weight(title, strlen(title), NULL) < 12 || !strchr(title, ' '))
		return;
	url = nm_resolve_url(ctx, base, href);
	if (!url || (out->url && strcmp(url, out->url) == 0))
		return;
	for (int i = 0; i < out->n_related; i++)
		if (strcmp(out->related[i].url, url) == 0)
			return;
	/* a <time> in the item (the link's list item or card) */
	for (xmlNodePtr p = a, up = NULL; p && !up; p = p->parent)
	{
		nm_node_info *pi = p->_private ? nm_info(p) : NULL;

		if (!pi)
			break;
		if (pi->tag == T_LI || pi->tag == T_ARTICLE || p == a->parent->parent)
		{
			for (xmlNodePtr q = p; q; q = nm_next_node(q, p, false))
			{
				if (nm_is_tag(q, "time"))
				{
					const char *dt = nm_attr(ctx, q, "datetime");
					char	   *tx = dt ? NULL : nm_node_text(ctx, q, 100);

					if (dt)
						nm_parse_date(dt, strlen(dt), &t);
					else if (tx)
						nm_parse_date(tx, strlen(tx), &t);
					break;
				}
			}
			up = p;
		}
	}
	items = nm_alloc(ctx, sizeof(nm_related_item) * (out->n_related + 1));
	if (!items)
		return;
	if (out->n_related)
		memcpy(items, out->related, sizeof(nm_related_item) * out->n_related);
	items[out->n_related].title = title;
	items[out->n_related].url = url;
	items[out->n_related].published_at = t;
	out->related = items;
	out->n_related++;
}

/*
 * A scope with much text is content, not a list -- unless links are most
 * of that text: a long link list is still a list, and take_list keeps its
 * first items (refusing it by size dropped them all).
 */
static bool
is_link_list(const nm_node_info *si)
{
	return si->text_len <= 6000 || si->link_len >= si->text_len / 2;
}

/* Links of the list that follows a related heading. */
static void
take_list(nm_page *pg, nm_article *out, xmlNodePtr heading, const char *base)
{
	xmlNodePtr	scope = NULL;
	int			found = 0;

	/* the next sibling element with links, else the heading's parent */
	for (xmlNodePtr s = heading->next; s; s = s->next)
		if (s->type == XML_ELEMENT_NODE && s->_private && nm_info(s)->link_len > 0)
		{
			scope = s;
			break;
		}
	if (!scope)
	{
		xmlNodePtr	p = heading->parent;

		for (int up = 0; p && up < 3 && p->_private; up++, p = p->parent)
			if (nm_info(p)->link_len > nm_info(heading)->link_len)
			{
				scope = p;
				break;
			}
	}
	if (!scope || scope == pg->body || !is_link_list(nm_info(scope)))
		return;
	for (xmlNodePtr q = scope; q && out->n_related < MAX_RELATED && found < 12;
		 q = nm_next_node(q, scope, nm_is_tag(q, "a")))
	{
		if (nm_should_abort(pg->ctx))
			return;
		if (nm_is_tag(q, "a"))
		{
			int			before = out->n_related;

			add_item(pg, out, q, base);
			found += out->n_related - before;
		}
	}
}

nm_status
nm_html_related(nm_page *pg, nm_article *out)
{
	const char *base = pg->base_href ? pg->base_href : out->url;
	int			blocks = 0;

	for (int i = 0; i < pg->n_nodes; i++)
	{
		xmlNodePtr	n = pg->nodes[i];
		nm_node_info *ni = nm_info(n);

		if (nm_should_abort(pg->ctx))
			return NM_ERR_ABORTED;
		if (ni->flags & (NMF_SKIP | NMF_HIDDEN))
			continue;
		if (ni->flags & NMF_RELATED)
		{
			int			before = out->n_related;

			if (blocks >= 3 || out->n_related >= MAX_RELATED)
				continue;
			take_list(pg, out, n, base);
			if (out->n_related > before)
				blocks++;
		}
	}
	return NM_OK;
}
