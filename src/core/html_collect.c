/*
 * html_collect.c -- the one iterative DOM walk of the HTML path: per-element
 * text statistics, furniture flags, paragraph scores and raw metadata.
 */
#include "nm_html.h"

#include "nm_ascii.h"
#include <stdio.h>

static const struct
{
	const char *name;
	nm_tag		tag;
}			tag_table[] =
{
	{"a", T_A}, {"address", T_ADDRESS}, {"article", T_ARTICLE}, {"aside", T_ASIDE},
	{"audio", T_AUDIO}, {"base", T_BASE}, {"blockquote", T_BLOCKQUOTE},
	{"body", T_BODY}, {"br", T_BR}, {"button", T_BUTTON}, {"canvas", T_CANVAS},
	{"caption", T_CAPTION}, {"center", T_CENTER}, {"code", T_CODE}, {"dd", T_DD},
	{"details", T_DETAILS}, {"dialog", T_DIALOG}, {"div", T_DIV}, {"dl", T_DL},
	{"dt", T_DT}, {"embed", T_EMBED}, {"fieldset", T_FIELDSET},
	{"figcaption", T_FIGCAPTION}, {"figure", T_FIGURE}, {"font", T_FONT},
	{"footer", T_FOOTER}, {"form", T_FORM}, {"h1", T_H1}, {"h2", T_H2},
	{"h3", T_H3}, {"h4", T_H4}, {"h5", T_H5}, {"h6", T_H6}, {"head", T_HEAD},
	{"header", T_HEADER}, {"hgroup", T_HGROUP}, {"hr", T_HR}, {"html", T_HTML},
	{"iframe", T_IFRAME}, {"img", T_IMG}, {"input", T_INPUT}, {"label", T_LABEL},
	{"li", T_LI}, {"link", T_LINK}, {"main", T_MAIN}, {"menu", T_MENU},
	{"meta", T_META}, {"nav", T_NAV}, {"noscript", T_NOSCRIPT},
	{"object", T_OBJECT}, {"ol", T_OL}, {"option", T_OPTION}, {"p", T_P},
	{"picture", T_PICTURE}, {"pre", T_PRE}, {"script", T_SCRIPT},
	{"section", T_SECTION}, {"select", T_SELECT}, {"span", T_SPAN},
	{"style", T_STYLE}, {"summary", T_SUMMARY}, {"svg", T_SVG},
	{"table", T_TABLE}, {"tbody", T_TBODY}, {"td", T_TD},
	{"template", T_TEMPLATE}, {"textarea", T_TEXTAREA}, {"tfoot", T_TFOOT},
	{"th", T_TH}, {"thead", T_THEAD}, {"time", T_TIME}, {"title", T_TITLE},
	{"tr", T_TR}, {"ul", T_UL}, {"video", T_VIDEO},
};

nm_tag
nm_tag_of(const char *name)
{
	int			lo = 0,
				hi = (int) (sizeof(tag_table) / sizeof(tag_table[0])) - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = strcmp(name, tag_table[mid].name);

		if (c == 0)
			return tag_table[mid].tag;
		if (c < 0)
			hi = mid - 1;
		else
			lo = mid + 1;
	}
	return T_OTHER;
}

bool
nm_is_block(nm_tag t)
{
	switch (t)
	{
		case T_ADDRESS:
		case T_ARTICLE:
		case T_ASIDE:
		case T_BLOCKQUOTE:
		case T_BODY:
		case T_CAPTION:
		case T_CENTER:
		case T_DD:
		case T_DETAILS:
		case T_DIALOG:
		case T_DIV:
		case T_DL:
		case T_DT:
		case T_FIELDSET:
		case T_FIGCAPTION:
		case T_FIGURE:
		case T_FOOTER:
		case T_FORM:
		case T_H1:
		case T_H2:
		case T_H3:
		case T_H4:
		case T_H5:
		case T_H6:
		case T_HEADER:
		case T_HGROUP:
		case T_HR:
		case T_HTML:
		case T_LI:
		case T_MAIN:
		case T_MENU:
		case T_NAV:
		case T_OL:
		case T_P:
		case T_PRE:
		case T_SECTION:
		case T_SUMMARY:
		case T_TABLE:
		case T_TBODY:
		case T_TD:
		case T_TFOOT:
		case T_TH:
		case T_THEAD:
		case T_TR:
		case T_UL:
			return true;
		default:
			return false;
	}
}

static bool
is_skip(nm_tag t)
{
	switch (t)
	{
		case T_SCRIPT:
		case T_STYLE:
		case T_NOSCRIPT:
		case T_TEMPLATE:
		case T_SVG:
		case T_SELECT:
		case T_TEXTAREA:
		case T_BUTTON:
		case T_OPTION:
		case T_HEAD:
		case T_IFRAME:
		case T_CANVAS:
		case T_OBJECT:
		case T_VIDEO:
		case T_AUDIO:
			return true;
		default:
			return false;
	}
}

/* ---- class/id hints ---------------------------------------------------- */

/*
 * Strong furniture: the element is left out of the scoring and dropped from
 * the body unless it holds most of the text.
 */
static const char *const unlikely_words[] = {
	"-ad-", "ad-break", "adbox", "advert", "agegate", "banner", "breadcrumb",
	"combx", "comment", "community", "cookie", "consent", "disqus", "footer",
	"gdpr", "masthead", "menu", "navbar", "nav-", "-nav", "newsletter",
	"outbrain", "pagination", "pager", "popup", "promo", "related", "remark",
	"replies", "rss", "share", "sharing", "shoutbox", "sidebar", "skyscraper",
	"social", "sponsor", "subscribe", "supplemental", "taboola", "recommend",
	"trending", "most-read", "mostread", "most-popular", "toolbar", "topbar",
	"signup", "sign-up", "login", "paywall", "jump-link", "sr-only",
	"visually-hidden", "screen-reader", "author-bio", "authorbio",
	"about-author", "prev-next", "next-prev", "postnav", "post-nav",
	"navigation", "inline-ad", "ad-container", "ad-slot", "adslot", "header",
	"modal", "overlay", "lightbox", "dialog", NULL
};

/*
 * Weak furniture: dropped from the body when small next to the content
 * (captions, bylines, tag lists, players), never a reason to skip scoring.
 */
static const char *const furniture_words[] = {
	"widget", "hidden", "tags", "tag-list", "keywords", "caption", "credit",
	"byline", "date", "timestamp", "dateline", "posted", "meta", "print",
	"email", "feedback", "rating", "vote", "reaction", "poll", "gallery",
	"slideshow", "carousel", "playlist", "video", "player", "podcast",
	"teaser", "follow", "donate", "ticker", "breaking",
	"skip", "dfp", "newsfeed", "headline-list", "pocket", "author", "header",
	"toolbox", "tools", "button", "btn", "icon", "badge", "label", "more-",
	"read-more", "readmore", "more-stories", "bio", "signature", "disclaimer",
	"image-desc", "img-desc", "photo-desc", "imagedesc", "image_desc", "image-text", "imagetext", "bildtext",
	"bildunterschrift", "image-annotation", "image-info", "photo-info", "legende",
	"copyright", NULL
};

/* Words that rescue an element that matched an unlikely word. */
static const char *const maybe_words[] = {
	"article", "body", "column", "content", "main", "story", "entry", "post",
	"text", NULL
};

static const char *const negative_words[] = {
	"hidden", "banner", "combx", "comment", "com-", "contact", "footer",
	"gdpr", "masthead", "media", "meta", "outbrain", "promo", "related",
	"scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
	"shopping", "tags", "widget", "caption", "credit", "byline", "author",
	"social", "advert", "cookie", "newsletter", "subscribe", "nav", "menu",
	"recommend", "teaser", NULL
};

static const char *const positive_words[] = {
	"article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
	"post", "text", "blog", "story", "prose", "paragraph", "rich-text",
	"richtext", "instapaper_body", NULL
};

/* What the words of one class or id string say, cached per page. */
typedef struct word_result
{
	int			hint;
	unsigned	bits;
} word_result;

#define W_UNLIKELY	0x01		/* strong furniture word, not rescued */
#define W_FURNITURE	0x02
#define W_BYLINE	0x04		/* byline / author / date line */
#define W_HIDDEN	0x08		/* screen-reader-only text */
#define W_BYLINE_ID	0x10		/* "byline" (the only byline word trusted in ids) */
#define W_MAYBE		0x20
#define W_NEGATIVE	0x40
#define W_POSITIVE	0x80
#define W_LEAD		0x100
#define W_NOT_LEAD	0x200

/*
 * A standfirst: the summary paragraph between headline and text (matched at
 * the start of a word: "article-lead", "teaser-text", "texto-bajada").
 */
static const char *const lead_words[] = {
	"lead", "lede", "teaser", "intro", "abstract", "summary", "excerpt",
	"standfirst", "subtitle", "subline", "subhead", "dek", "description",
	"documentdescription", "bajada", "entradilla", "chapo", "chapeau",
	"vorspann", "anriss", "perex", "sommario", "occhiello", NULL
};

/* Class words that make a "description" or "summary" a caption, a bio, a form hint. */
static const char *const not_lead_words[] = {
	"image", "img", "photo", "foto", "picture", "bild", "media", "caption",
	"credit", "video", "gallery", "thumb", "author", "avatar", "bio", "form-",
	"with-summary", "card", "list", "product", "slide", "tooltip", NULL
};

static const char *const byline_words[] = {
	"author", "dateline", "timestamp", "publish", "posted-on", NULL
};
static const char *const byline_id_words[] = {"byline", NULL};
static const char *const hidden_words[] = {
	"invisible", "visually-hidden", "visuallyhidden", "sr-only", "screen-reader",
	"screenreader", "is-hidden", "u-hidden", NULL
};

static const struct
{
	const char *const *words;
	unsigned	bit;
}			word_lists[] =
{
	{unlikely_words, W_UNLIKELY}, {furniture_words, W_FURNITURE},
	{byline_words, W_BYLINE}, {byline_id_words, W_BYLINE | W_BYLINE_ID},
	{hidden_words, W_HIDDEN}, {maybe_words, W_MAYBE},
	{negative_words, W_NEGATIVE}, {positive_words, W_POSITIVE},
	{lead_words, W_LEAD}, {not_lead_words, W_NOT_LEAD},
};

/* All list words bucketed by first byte, built once per page in the arena. */
typedef struct word_index
{
	const char **word[128];
	unsigned   *bits[128];
	int			n[128];
} word_index;

static word_index *
build_word_index(nm_ctx *ctx)
{
	word_index *ix = nm_alloc(ctx, sizeof(word_index));

	if (!ix)
		return NULL;
	for (int pass = 0; pass < 2; pass++)
	{
		for (size_t l = 0; l < sizeof(word_lists) / sizeof(word_lists[0]); l++)
			for (int k = 0; word_lists[l].words[k]; k++)
			{
				unsigned char c = (unsigned char) word_lists[l].words[k][0] & 0x7F;

				if (pass == 1)
				{
					ix->word[c][ix->n[c]] = word_lists[l].words[k];
					ix->bits[c][ix->n[c]] = word_lists[l].bit;
				}
				ix->n[c]++;
			}
		if (pass == 0)
			for (int c = 0; c < 128; c++)
			{
				if (ix->n[c])
				{
					ix->word[c] = nm_alloc(ctx, sizeof(char *) * ix->n[c]);
					ix->bits[c] = nm_alloc(ctx, sizeof(unsigned) * ix->n[c]);
					if (!ix->word[c] || !ix->bits[c])
						return NULL;
				}
				ix->n[c] = 0;
			}
	}
	return ix;
}

/* One scan of the string against every list at once. */
static word_result
string_words(const word_index *ix, const char *v)
{
	word_result r = {0, 0};
	unsigned	found = 0;

	for (const char *p = v; *p; p++)
	{
		unsigned char c = (unsigned char) *p;

		if (c >= 128)
			continue;
		for (int k = 0; k < ix->n[c]; k++)
		{
			const char *w = ix->word[c][k];
			size_t		i = 1;

			while (w[i] && p[i] == w[i])
				i++;
			if (!w[i] && ix->bits[c][k] == W_LEAD &&
				((p > v && nm_ascii_isalpha((unsigned char) p[-1])) ||
				 ((strcmp(w, "lead") == 0 || strcmp(w, "dek") == 0) &&
				  nm_ascii_isalpha((unsigned char) p[i]))))
				continue;		/* "leader", "mislead", "deko" */
			if (!w[i])
				found |= ix->bits[c][k];
		}
	}
	if (found & W_NEGATIVE)
		r.hint -= 25;
	if (found & W_POSITIVE)
		r.hint += 25;
	if ((found & W_UNLIKELY) && !(found & W_MAYBE))
		r.bits |= W_UNLIKELY;
	r.bits |= found & (W_FURNITURE | W_BYLINE | W_BYLINE_ID | W_HIDDEN);
	if ((found & W_LEAD) && !(found & W_NOT_LEAD))
		r.bits |= W_LEAD;
	r.bits |= found & W_NOT_LEAD;
	return r;
}

#define CLASS_CACHE_SIZE 1024

typedef struct class_cache_entry
{
	char	   *key;			/* a lowercased class or id string */
	word_result r;
} class_cache_entry;

/* Pages repeat the same class strings many times: look each up once. */
static word_result
cached_words(nm_page *pg, const char *v)
{
	class_cache_entry *cache = pg->class_cache;
	uint32_t	h = 2166136261u;
	word_result none = {0, 0};

	if (!v[0])
		return none;
	if (!pg->word_index && !(pg->word_index = build_word_index(pg->ctx)))
		return none;
	for (const char *p = v; *p; p++)
		h = (h ^ (unsigned char) *p) * 16777619u;
	if (!cache)
	{
		cache = nm_alloc(pg->ctx, sizeof(class_cache_entry) * CLASS_CACHE_SIZE);
		pg->class_cache = cache;
		if (!cache)
			return string_words(pg->word_index, v);
	}
	for (int probe = 0; probe < 8; probe++)
	{
		class_cache_entry *e = &cache[(h + probe) & (CLASS_CACHE_SIZE - 1)];

		if (!e->key)
		{
			e->r = string_words(pg->word_index, v);
			e->key = nm_strdup(pg->ctx, v);
			return e->r;
		}
		if (strcmp(e->key, v) == 0)
			return e->r;
	}
	return string_words(pg->word_index, v);
}

static void
lower_copy(const char *v, char *buf, size_t size)
{
	size_t		i;

	for (i = 0; v && i + 1 < size && v[i]; i++)
		buf[i] = (char) nm_ascii_tolower((unsigned char) v[i]);
	buf[i] = '\0';
}

static bool
role_is_furniture(const char *r)
{
	static const char *const roles[] = {
		"navigation", "banner", "contentinfo", "complementary", "menu", "menubar",
		"dialog", "alertdialog", "search", "toolbar", "alert", "tablist", NULL
	};

	for (int i = 0; roles[i]; i++)
		if (nm_ascii_ieq(r, roles[i]))
			return true;
	return false;
}

/*
 * Flags and class weight of an element from its tag, role, hidden state and
 * class/id words (the Readability idea, with our own word lists); the
 * attributes are read in one pass.
 */
static void
classify(nm_page *pg, xmlNodePtr n, nm_node_info *ni)
{
	char		cls[256] = "",
				id[256] = "";
	nm_tag		t = ni->tag;
	word_result wc,
				wi;
	unsigned	wflags = 0;

	for (xmlAttrPtr a = n->properties; a; a = a->next)
	{
		const char *name = (const char *) a->name;
		const char *v;

		if (!name)
			continue;
		v = (a->children && a->children->type == XML_TEXT_NODE && a->children->content) ?
			(const char *) a->children->content : "";
		switch (name[0])
		{
			case 'c':
				if (strcmp(name, "class") == 0)
					lower_copy(v, cls, sizeof(cls));
				break;
			case 'i':
				if (strcmp(name, "id") == 0)
					lower_copy(v, id, sizeof(id));
				else if (strcmp(name, "itemprop") == 0 &&
						 (nm_ascii_istr(v, "articlebody") || nm_ascii_ieq(v, "text") ||
						  nm_ascii_istr(v, "reviewbody")))
				{
					ni->flags |= NMF_BODYHINT;
					ni->hint += 50;
				}
				break;
			case 'r':
				if (strcmp(name, "role") == 0)
				{
					if (role_is_furniture(v))
						ni->flags |= NMF_BOILER;
					else if (nm_ascii_ieq(v, "main") || nm_ascii_ieq(v, "article"))
						ni->hint += 25;
				}
				break;
			case 'h':
				if (strcmp(name, "hidden") == 0)
					ni->flags |= NMF_HIDDEN;
				break;
			case 'a':
				if (strcmp(name, "aria-hidden") == 0 && nm_ascii_ieq(v, "true") &&
					t != T_BODY && t != T_HTML)
					ni->flags |= NMF_HIDDEN;
				break;
			case 's':
				if (strcmp(name, "style") == 0 &&
					(nm_ascii_istr(v, "display:none") || nm_ascii_istr(v, "display: none") ||
					 nm_ascii_istr(v, "visibility:hidden") ||
					 nm_ascii_istr(v, "visibility: hidden")))
					ni->flags |= NMF_HIDDEN;
				break;
			case 't':
				if (t == T_INPUT && strcmp(name, "type") == 0 && nm_ascii_ieq(v, "hidden"))
					ni->flags |= NMF_HIDDEN;
				break;
			default:
				break;
		}
	}
	wc = cached_words(pg, cls);
	wi = cached_words(pg, id);
	ni->hint += wc.hint + wi.hint;
	if (wc.bits & W_HIDDEN)
		ni->flags |= NMF_HIDDEN;
	if ((wc.bits | wi.bits) & W_UNLIKELY)
		wflags |= NMF_BOILER;
	else if ((wc.bits | wi.bits) & W_FURNITURE)
		wflags |= NMF_FURNITURE;
	if ((wc.bits & W_BYLINE) || (wi.bits & W_BYLINE_ID))
		wflags |= NMF_BYLINE;
	if ((wc.bits | wi.bits) & W_LEAD)
		ni->flags |= NMF_LEAD;
	if ((wc.bits | wi.bits) & W_NOT_LEAD)
		ni->flags |= NMF_NOTLEAD;

	if (t == T_NAV || t == T_FOOTER || t == T_ASIDE || t == T_MENU || t == T_DIALOG)
		ni->flags |= NMF_BOILER;
	/* a header inside the article holds its title and byline */
	if (t == T_HEADER)
		ni->flags |= (ni->flags & NMF_INARTICLE) ? NMF_FURNITURE : NMF_BOILER;
	if (t == T_ARTICLE || t == T_MAIN)
		ni->hint += 25;
	if (t != T_BODY && t != T_HTML && t != T_ARTICLE && t != T_MAIN &&
		!(ni->flags & NMF_BODYHINT))
		ni->flags |= wflags;
}

/* ---- raw metadata ------------------------------------------------------ */

static void
add_meta(nm_page *pg, const char *key, const char *value)
{
	nm_ctx	   *ctx = pg->ctx;

	if (!key || !value || !*value)
		return;
	if (pg->n_meta == pg->cap_meta)
	{
		int			ncap = pg->cap_meta ? pg->cap_meta * 2 : 64;
		nm_meta_kv *nm = nm_alloc(ctx, sizeof(nm_meta_kv) * ncap);

		if (!nm)
			return;
		if (pg->n_meta)
			memcpy(nm, pg->meta, sizeof(nm_meta_kv) * pg->n_meta);
		pg->meta = nm;
		pg->cap_meta = ncap;
	}
	pg->meta[pg->n_meta].key = key;
	pg->meta[pg->n_meta].value = value;
	pg->n_meta++;
}

static char *
lower_dup(nm_ctx *ctx, const char *s)
{
	char	   *r = nm_strdup(ctx, s);

	if (r)
		for (char *p = r; *p; p++)
			*p = (char) nm_ascii_tolower((unsigned char) *p);
	return r;
}

static void
collect_meta(nm_page *pg, xmlNodePtr n, nm_node_info *ni)
{
	nm_ctx	   *ctx = pg->ctx;
	const char *v;

	switch (ni->tag)
	{
		case T_HTML:
			if ((v = nm_attr(ctx, n, "lang")) || (v = nm_attr(ctx, n, "xml:lang")))
				pg->html_lang = (char *) v;
			return;
		case T_BASE:
			if (!pg->base_href && (v = nm_attr(ctx, n, "href")))
				pg->base_href = (char *) v;
			return;
		case T_TITLE:
			if (!pg->title_tag)
				pg->title_tag = nm_node_text(ctx, n, 2000);
			return;
		case T_META:
			{
				const char *content = nm_attr(ctx, n, "content");
				const char *k;

				if (!content)
					content = nm_attr(ctx, n, "value");
				if ((k = nm_attr(ctx, n, "property")) && content)
					add_meta(pg, lower_dup(ctx, k), content);
				if ((k = nm_attr(ctx, n, "name")) && content)
					add_meta(pg, lower_dup(ctx, k), content);
				if ((k = nm_attr(ctx, n, "itemprop")) && content)
					add_meta(pg, lower_dup(ctx, k), content);
				if ((k = nm_attr(ctx, n, "http-equiv")) && content)
					add_meta(pg, lower_dup(ctx, k), content);
				return;
			}
		case T_LINK:
			{
				const char *rel = nm_attr(ctx, n, "rel");
				const char *href = nm_attr(ctx, n, "href");

				if (rel && href && nm_ascii_ieq(rel, "canonical") && !pg->canonical)
					pg->canonical = (char *) href;
				return;
			}
		case T_SCRIPT:
			{
				const char *type = nm_attr(ctx, n, "type");

				const char *body0 = (n->children && n->children->content) ?
				(const char *) n->children->content : NULL;

				/* JSON-LD also hides in untyped scripts */
				while (body0 && (*body0 == ' ' || *body0 == '\n' || *body0 == '\t' || *body0 == '\r'))
					body0++;
				if (!type && body0 && (*body0 == '{' || *body0 == '[') &&
					strstr(body0, "schema.org") && strstr(body0, "@type"))
					type = "application/ld+json";
				if (type && nm_ascii_istr(type, "ld+json") && n->children)
				{
					char	   *txt = NULL;

					if (n->children->type == XML_TEXT_NODE ||
						n->children->type == XML_CDATA_SECTION_NODE)
						txt = (char *) n->children->content;
					if (txt && pg->n_jsonld < 16)
					{
						if (pg->n_jsonld == pg->cap_jsonld)
						{
							char	  **nj = nm_alloc(ctx, sizeof(char *) * 16);

							if (!nj)
								return;
							pg->jsonld = nj;
							pg->cap_jsonld = 16;
						}
						pg->jsonld[pg->n_jsonld++] = txt;
					}
				}
				return;
			}
		case T_TIME:
			if ((v = nm_attr(ctx, n, "datetime")))
				add_meta(pg, (ni->flags & NMF_INBOILER) ? "time-boiler" : "time", v);
			break;
		default:
			break;
	}

	/* RDFa: property="schema:datePublished" content="..." on any element */
	if (ni->tag != T_META && (v = nm_attr(ctx, n, "property")) && nm_attr(ctx, n, "content"))
	{
		const char *p = v;

		if (nm_ascii_istarts(p, "schema:"))
			p += 7;
		add_meta(pg, lower_dup(ctx, p), nm_attr(ctx, n, "content"));
	}

	/* microdata on visible elements */
	if ((v = nm_attr(ctx, n, "itemprop")) && ni->tag != T_META)
	{
		char	   *k = lower_dup(ctx, v);
		const char *val = NULL;

		if (!k)
			return;
		if (strstr(k, "date") || strcmp(k, "headline") == 0 ||
			strcmp(k, "author") == 0 || strcmp(k, "name") == 0 ||
			strcmp(k, "articlesection") == 0 || strcmp(k, "description") == 0 ||
			strcmp(k, "creator") == 0 || strcmp(k, "keywords") == 0 ||
			strcmp(k, "url") == 0)
		{
			val = nm_attr(ctx, n, "content");
			if (!val && strstr(k, "date"))
				val = nm_attr(ctx, n, "datetime");
			if (!val && strcmp(k, "url") == 0)
				val = nm_attr(ctx, n, "href");
			if (!val)
				val = nm_node_text(ctx, n, 600);
			if (strcmp(k, "name") == 0)
			{
				/* itemprop=name counts as an author only below itemprop=author */
				xmlNodePtr	p = n->parent;
				int			up = 0;

				k = NULL;
				for (; p && up < 4 && p->type == XML_ELEMENT_NODE; p = p->parent, up++)
				{
					const char *pv = nm_attr(ctx, p, "itemprop");

					if (pv && (nm_ascii_ieq(pv, "author") || nm_ascii_ieq(pv, "creator")))
					{
						k = "author-name";
						break;
					}
					if (pv)
						break;
				}
				if (!k)
					return;
			}
			add_meta(pg, k, val);
		}
	}
	if (ni->tag == T_A)
	{
		const char *rel = nm_attr(ctx, n, "rel");

		if (rel && nm_ascii_istr(rel, "author"))
			add_meta(pg, "rel-author", nm_node_text(ctx, n, 300));
	}
	if ((ni->flags & NMF_BYLINE) && !(ni->flags & NMF_INBOILER))
	{
		char		cls[256];
		char	   *txt;

		lower_copy(nm_attr(ctx, n, "class"), cls, sizeof(cls));
		if (!cls[0])
			lower_copy(nm_attr(ctx, n, "id"), cls, sizeof(cls));
		txt = nm_node_text(ctx, n, 400);
		if (txt && strlen(txt) < 300)
		{
			if (strstr(cls, "author") || strstr(cls, "byline"))
				add_meta(pg, "byline", txt);
			else
				add_meta(pg, "visible-date", txt);
		}
	}
}

/* ---- related headings ------------------------------------------------ */

static const char *const related_words[] = {
	"related", "more news", "more from", "more stories", "more on ", "more in ",
	"most read", "most popular", "most viewed", "read more", "read next",
	"recommended", "you may also like", "you might also like", "also read",
	"see also", "top stories", "latest news", "more articles", "further reading",
	"mehr zum thema", "weitere artikel", "meistgelesen", "das könnte sie",
	"auch interessant", "lire aussi", "à lire aussi", "a lire aussi", "le plus lu",
	"sur le même sujet", "leer más", "lo más leído", "noticias relacionadas",
	"te puede interesar", "leggi anche", "più letti", "notizie correlate",
	"czytaj także", "zobacz także", "zobacz też", "leia também", "leia mais",
	"mais lidas", "lies auch", "lesen sie auch", "siehe auch", "mehr dazu",
	"read also", "see more", "more coverage", "lee también", "también te puede", NULL
};

bool
nm_is_related_heading(nm_page *pg, xmlNodePtr n, nm_node_info *ni)
{
	char	   *t;
	bool		heading = ni->tag >= T_H2 && ni->tag <= T_H6;

	if (ni->text_len < 4 || ni->text_len > 40 || ni->n_li > 0 || ni->link_len * 2 > ni->text_len)
		return false;
	if (!heading && ni->tag != T_DIV && ni->tag != T_SPAN && ni->tag != T_P &&
		ni->tag != T_HEADER && ni->tag != T_OTHER)
		return false;
	if (!heading && (ni->flags & NMF_HASBLOCK))
		return false;
	if (heading)
	{
		char		cls[128];
		const char *c = nm_attr(pg->ctx, n, "class");

		snprintf(cls, sizeof(cls), "%s", c ? c : "");
		for (char *q = cls; *q; q++)
			*q = (char) nm_ascii_tolower((unsigned char) *q);
		if (strstr(cls, "related"))
			return true;
	}
	t = nm_node_text(pg->ctx, n, 200);
	if (!t)
		return false;
	for (int k = 0; related_words[k]; k++)
		if (nm_ascii_istr(t, related_words[k]))
			return true;
	return false;
}

/* ---- the walk ---------------------------------------------------------- */

static void
leave_element(nm_page *pg, xmlNodePtr n, nm_node_info *ni)
{
	xmlNodePtr	p = n->parent;
	nm_node_info *pi = (p && p->type == XML_ELEMENT_NODE) ? nm_info(p) : NULL;

	if (pi && !(ni->flags & (NMF_SKIP | NMF_HIDDEN)) && nm_is_related_heading(pg, n, ni))
		ni->flags |= NMF_RELATED;

	/* the h1 text is read once its children are classified (hidden spans) */
	if (ni->tag == T_H1 && !(ni->flags & NMF_HIDDEN))
		add_meta(pg, (ni->flags & (NMF_INBOILER | NMF_BOILER)) ? "h1-boiler" : "h1",
				 nm_node_text(pg->ctx, n, 1000));
	if (ni->tag == T_P)
		ni->n_p++;
	if (!pi || (ni->flags & (NMF_SKIP | NMF_HIDDEN)))
		return;
	pi->text_len += ni->text_len;
	pi->link_len += ni->link_len;
	pi->commas += ni->commas;
	pi->n_p += ni->n_p;
	/* furniture the body drops anyway: its forms and images do not count */
	if (!(ni->flags & NMF_BOILER))
	{
		pi->n_img += ni->n_img + (ni->tag == T_IMG);
		pi->n_input += ni->n_input + (ni->tag == T_INPUT && !(ni->flags & NMF_FURNITURE));
		pi->n_embed += ni->n_embed + (ni->tag == T_EMBED || ni->tag == T_IFRAME ||
									  ni->tag == T_OBJECT || ni->tag == T_VIDEO);
	}
	pi->n_li += ni->n_li + (ni->tag == T_LI);
	pi->n_h += ni->n_h + (ni->tag >= T_H1 && ni->tag <= T_H6);
	if (nm_is_block(ni->tag))
		pi->flags |= NMF_HASBLOCK;
	else
	{
		pi->inline_len += ni->inline_len;
		pi->inline_link += ni->inline_link;
		pi->inline_commas += ni->inline_commas;
		pi->inline_br += ni->inline_br + (ni->tag == T_BR);
	}
}

static bool
push_node(nm_page *pg, xmlNodePtr n)
{
	if (pg->n_nodes == pg->cap_nodes)
	{
		int			ncap = pg->cap_nodes ? pg->cap_nodes * 2 : 1024;
		xmlNodePtr *nn = nm_alloc(pg->ctx, sizeof(xmlNodePtr) * ncap);

		if (!nn)
			return false;
		if (pg->n_nodes)
			memcpy(nn, pg->nodes, sizeof(xmlNodePtr) * pg->n_nodes);
		pg->nodes = nn;
		pg->cap_nodes = ncap;
	}
	pg->nodes[pg->n_nodes++] = n;
	return true;
}

/*
 * The teasers and link lists that follow a 'Related' heading in the same
 * parent are furniture, up to the first plain paragraph of text (an inline
 * 'Read also' box in the middle of an article ends there).
 */
static nm_status
cut_related(nm_page *pg)
{
	for (int i = 0; i < pg->n_nodes; i++)
	{
		xmlNodePtr	h = pg->nodes[i];

		if (!(nm_info(h)->flags & NMF_RELATED))
			continue;
		for (xmlNodePtr s = h->next; s; s = s->next)
		{
			nm_node_info *si;

			if (s->type != XML_ELEMENT_NODE || !s->_private)
				continue;
			si = nm_info(s);
			if ((si->tag == T_P || !(si->flags & NMF_HASBLOCK)) && si->text_len >= 60 &&
				si->link_len * 10 < si->text_len * 3)
				break;
			si->flags |= NMF_BOILER;
			for (xmlNodePtr d = s->children; d; d = nm_next_node(d, s, false))
			{
				if (nm_should_abort(pg->ctx))
					return NM_ERR_ABORTED;
				if (d->type == XML_ELEMENT_NODE && d->_private)
					nm_info(d)->flags |= NMF_INBOILER;
			}
		}
	}
	return NM_OK;
}

nm_status
nm_html_collect(nm_page *pg)
{
	nm_ctx	   *ctx = pg->ctx;
	xmlNodePtr	root = xmlDocGetRootElement(pg->doc);
	xmlNodePtr	n = root;
	int			max_depth = ctx->max_depth > 0 ? ctx->max_depth : NM_DEFAULT_MAX_DEPTH;

	while (n)
	{
		bool		descend = false;

		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		if (n->type == XML_ELEMENT_NODE && n->name)
		{
			nm_node_info *ni = nm_alloc(ctx, sizeof(nm_node_info));
			xmlNodePtr	p = n->parent;
			nm_node_info *pi = (p && p->type == XML_ELEMENT_NODE) ? nm_info(p) : NULL;

			if (!ni || !push_node(pg, n))
				return NM_ERR_NOMEM;
			n->_private = ni;
			ni->tag = nm_tag_of((const char *) n->name);
			ni->depth = pi ? pi->depth + 1 : 0;
			if (pi)
				ni->flags |= pi->flags & (NMF_INBOILER | NMF_INLINK | NMF_SKIP);
			if (pi && (pi->flags & (NMF_BOILER | NMF_HIDDEN)))
				ni->flags |= NMF_INBOILER;
			if (ni->tag == T_A)
				ni->flags |= NMF_INLINK;
			if (pi)
				ni->flags |= pi->flags & NMF_INARTICLE;
			if (ni->tag == T_ARTICLE || ni->tag == T_MAIN)
				ni->flags |= NMF_INARTICLE;
			if (is_skip(ni->tag))
				ni->flags |= NMF_SKIP;
			if (ni->tag == T_BODY && !pg->body)
				pg->body = n;
			if (!(ni->flags & NMF_SKIP) || ni->tag == T_HEAD)
				classify(pg, n, ni);
			collect_meta(pg, n, ni);
			descend = n->children != NULL && ni->depth < max_depth &&
				(!(ni->flags & NMF_SKIP) || ni->tag == T_HEAD);
			if (ni->tag == T_SCRIPT || ni->tag == T_STYLE)
				descend = false;
		}
		else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
		{
			xmlNodePtr	p = n->parent;
			nm_node_info *pi = (p && p->type == XML_ELEMENT_NODE) ? nm_info(p) : NULL;

			if (pi && !(pi->flags & NMF_SKIP) && n->content)
			{
				int			commas = 0;
				int			w = nm_text_weight((const char *) n->content,
											   strlen((const char *) n->content), &commas);

				pi->text_len += w;
				pi->inline_len += w;
				pi->commas += commas;
				pi->inline_commas += commas;
				if (pi->flags & NMF_INLINK)
				{
					pi->link_len += w;
					pi->inline_link += w;
				}
			}
		}
		if (descend)
		{
			n = n->children;
			continue;
		}
		/* leave n and every ancestor whose last child we just finished */
		for (;;)
		{
			if (n->type == XML_ELEMENT_NODE && n->_private)
				leave_element(pg, n, nm_info(n));
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
	return cut_related(pg);
}
