/*
 * nm_html.h -- internal interfaces of the HTML path: the collected page
 * (one DOM walk), text buffers, JSON, metadata, main content, related items.
 */
#ifndef NM_HTML_H
#define NM_HTML_H

#include "newsminer.h"

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

/* ---- growable text buffer in the ctx arena ---------------------------- */

typedef struct nm_buf
{
	nm_ctx	   *ctx;
	char	   *data;
	size_t		len;
	size_t		cap;
	bool		oom;
} nm_buf;

extern void nm_buf_init(nm_buf *b, nm_ctx *ctx, size_t cap);
extern void nm_buf_put(nm_buf *b, const char *s, size_t n);
extern void nm_buf_putc(nm_buf *b, char c);
extern void nm_buf_put_cp(nm_buf *b, uint32_t cp);	/* one code point as UTF-8 */

/*
 * Appends text collapsing runs of whitespace (incl. U+00A0 and other Unicode
 * spaces) into one space; never starts a line with a space.
 */
extern void nm_buf_put_collapsed(nm_buf *b, const char *s, size_t n);
/* Ends the current line ("\n") or paragraph ("\n\n") if text was written. */
extern void nm_buf_break(nm_buf *b, int newlines);
extern char *nm_buf_finish(nm_buf *b);	/* trims trailing space/newlines */

/* ---- small string helpers --------------------------------------------- */

/* Whitespace-collapsed, trimmed, sanitised arena copy; NULL if empty. */
extern char *nm_clean_text(nm_ctx *ctx, const char *s, size_t len);
/* Visible text of a subtree (iterative, skips script/style), cleaned; at
 * most max_bytes, read from at most 4 * max_bytes + 256 nodes. */
extern char *nm_node_text(nm_ctx *ctx, xmlNodePtr node, size_t max_bytes);
extern bool nm_ascii_ieq(const char *a, const char *b);
extern bool nm_ascii_istarts(const char *s, const char *prefix);
extern const char *nm_ascii_istr(const char *hay, const char *needle);
/* Attribute value (libxml2 memory copied into the arena), or NULL. */
extern char *nm_attr(nm_ctx *ctx, xmlNodePtr node, const char *name);
/* Absolute http(s) URL of ref against base (either may be NULL); NULL if none. */
extern char *nm_resolve_url(nm_ctx *ctx, const char *base, const char *ref);
/* Entities decoded, then nm_clean_text: for meta and JSON-LD values. */
extern char *nm_clean_value(nm_ctx *ctx, const char *s);
/* Decode HTML entities (&amp; &#8220; ...) in a string found in JSON/meta. */
extern char *nm_decode_entities(nm_ctx *ctx, const char *s);
/* Canonicalise "en-US", "de_DE", "EN" to "en"; NULL if not a language tag. */
extern const char *nm_norm_lang(nm_ctx *ctx, const char *tag);
/* Characters of visible text, counting each whitespace run once. */
extern int	nm_text_weight(const char *s, size_t len, int *commas);

/* ---- JSON ------------------------------------------------------------- */

typedef enum
{
	NM_JSON_NULL, NM_JSON_BOOL, NM_JSON_NUM, NM_JSON_STR, NM_JSON_ARR, NM_JSON_OBJ
} nm_json_type;

typedef struct nm_json nm_json;
struct nm_json
{
	nm_json_type type;
	char	   *key;			/* member name when inside an object */
	char	   *str;			/* string value, or number text */
	bool		b;
	nm_json    *child;			/* first element/member */
	nm_json    *last;
	nm_json    *next;
};

/* Lenient, iterative, depth-bounded; NULL on hopeless input. */
extern nm_json *nm_json_parse(nm_ctx *ctx, const char *s, size_t len);
extern nm_json *nm_json_get(const nm_json *obj, const char *key);

/* ---- the collected page ----------------------------------------------- */

/* Per-element statistics, attached to xmlNode._private. */
typedef enum nm_tag
{
	T_OTHER = 0, T_A, T_ADDRESS, T_ARTICLE, T_ASIDE, T_BLOCKQUOTE, T_BODY, T_BR,
	T_BUTTON, T_CAPTION, T_CODE, T_DD, T_DETAILS, T_DIALOG, T_DIV, T_DL, T_DT,
	T_EMBED, T_FIELDSET, T_FIGCAPTION, T_FIGURE, T_FOOTER, T_FORM, T_H1, T_H2,
	T_H3, T_H4, T_H5, T_H6, T_HEAD, T_HEADER, T_HR, T_HTML, T_IFRAME, T_IMG,
	T_INPUT, T_LI, T_LINK, T_MAIN, T_MENU, T_META, T_NAV, T_NOSCRIPT, T_OBJECT,
	T_OL, T_P, T_PICTURE, T_PRE, T_SCRIPT, T_SECTION, T_SELECT, T_STYLE,
	T_SUMMARY, T_SVG, T_TABLE, T_TBODY, T_TD, T_TEMPLATE, T_TEXTAREA, T_TH,
	T_THEAD, T_TFOOT, T_TIME, T_TITLE, T_TR, T_UL, T_VIDEO, T_AUDIO, T_CANVAS,
	T_BASE, T_CENTER, T_HGROUP, T_SPAN, T_FONT, T_LABEL, T_OPTION
} nm_tag;

extern nm_tag nm_tag_of(const char *name);
extern bool nm_is_block(nm_tag t);

typedef struct nm_node_info
{
	nm_tag		tag;
	int			text_len;		/* visible characters below */
	int			link_len;		/* of which inside <a> */
	int			commas;
	int			n_p;			/* paragraphs (p, or text blocks) */
	int			n_img;
	int			n_li;
	int			n_input;
	int			n_embed;
	int			n_h;
	int			inline_len;		/* text not inside a block descendant */
	int			inline_link;
	int			inline_commas;
	int			inline_br;		/* <br> in that text: it may be several paragraphs */
	int			depth;
	int			hint;			/* class/id weight: <0 boilerplate, >0 content */
	unsigned	flags;
	double		score;
} nm_node_info;

#define NMF_SKIP		0x01	/* never text: script, style, form controls */
#define NMF_BOILER		0x02	/* furniture by tag, role or class/id */
#define NMF_HIDDEN		0x04	/* hidden, aria-hidden, display:none */
#define NMF_CANDIDATE	0x08	/* got a content score */
#define NMF_BLOCK		0x10	/* block-level element */
#define NMF_BODYHINT	0x20	/* itemprop=articleBody or similar */
#define NMF_RELATED		0x40	/* looks like a related/more-news list */
#define NMF_BYLINE		0x80	/* author/byline/date furniture */
#define NMF_INLINK		0x100	/* inside an <a> */
#define NMF_INBOILER	0x200	/* below a BOILER or HIDDEN element */
#define NMF_HASBLOCK	0x400	/* has a block-level child element */
#define NMF_PARA		0x800	/* scored as a paragraph */
#define NMF_FURNITURE	0x1000	/* weak furniture words in class/id */
#define NMF_INARTICLE	0x2000	/* below <article> or <main> */
#define NMF_LEAD		0x4000	/* class/id says lead, teaser, intro, abstract, ... */
#define NMF_LEADOK		0x8000	/* a lead (standfirst) written before the content */
#define NMF_HASLEAD		0x10000	/* has an NMF_LEADOK descendant */
#define NMF_EMITTED		0x20000 /* already written to the body */
#define NMF_NOTLEAD		0x40000 /* class/id of a caption, credit, bio, card */

typedef struct nm_meta_kv
{
	const char *key;			/* lowercased name/property/itemprop */
	const char *value;
} nm_meta_kv;

typedef struct nm_page
{
	nm_ctx	   *ctx;
	xmlDocPtr	doc;
	xmlNodePtr	body;
	char	   *html_lang;
	char	   *base_href;
	char	   *canonical;
	char	   *title_tag;
	nm_meta_kv *meta;
	int			n_meta;
	int			cap_meta;
	char	  **jsonld;			/* raw script texts */
	int			n_jsonld;
	int			cap_jsonld;
	xmlNodePtr *nodes;			/* every element, document order */
	int			n_nodes;
	int			cap_nodes;
	xmlNodePtr	content;		/* winner of the content scoring */
	char	   *body_text;
	char	   *first_para;
	char	   *headline;		/* chosen title, for body de-duplication */
	void	   *class_cache;	/* class/id words already classified */
	void	   *word_index;		/* furniture word lists by first byte */
} nm_page;

extern nm_status nm_html_collect(nm_page *pg);
extern bool nm_is_related_heading(nm_page *pg, xmlNodePtr n, nm_node_info *ni);
extern nm_status nm_html_content(nm_page *pg, nm_article *out);
extern nm_status nm_html_meta(nm_page *pg, nm_article *out);
/* What the JSON-LD blocks say about the article (all NULL when absent). */
typedef struct nm_ld
{
	char	   *type;
	char	   *headline;
	char	   *description;
	char	   *published;
	char	   *modified;
	char	   *publisher;
	char	   *section;
	char	   *url;
	char	   *image;
	char	   *lang;
	char	   *site_url;		/* url of a WebSite/Organization object */
	char	  **authors;
	int			n_authors;
	char	  **tags;
	int			n_tags;
} nm_ld;

extern nm_status nm_html_jsonld(nm_page *pg, nm_ld *ld);
extern nm_status nm_html_related(nm_page *pg, nm_article *out);
extern nm_status nm_html_visible_date(nm_page *pg, nm_article *out);
/* Text of a "Von X" / "By X" / "Text: X" line near the headline, or NULL. */
extern const char *nm_html_visible_byline(nm_page *pg);

static inline nm_node_info *
nm_info(xmlNodePtr n)
{
	return (nm_node_info *) n->_private;
}

/* Pre-order successor of n inside the subtree of root (no recursion). */
static inline xmlNodePtr
nm_next_node(xmlNodePtr n, xmlNodePtr root, bool skip_children)
{
	if (!skip_children && n->children && n->type == XML_ELEMENT_NODE)
		return n->children;
	while (n && n != root)
	{
		if (n->next)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

static inline bool
nm_is_heading(nm_tag t)
{
	return (t >= T_H1 && t <= T_H6) || t == T_TH;
}

static inline bool
nm_is_tag(xmlNodePtr n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->name &&
		strcmp((const char *) n->name, name) == 0;
}

#endif							/* NM_HTML_H */
