/*
 * nm_textlines.h -- line-level helpers of the plain-text layout reader:
 * furniture classes of scraped lines and markdown clean-up.
 */
#ifndef NM_TEXTLINES_H
#define NM_TEXTLINES_H

#include "nm_text.h"
#include "nm_ascii.h"

/* What a short scraped line is, apart from story text. */
typedef enum nm_line_class
{
	NM_LINE_TEXT = 0,			/* story text, or not recognised */
	NM_LINE_CAPTION,			/* "Stock image.", "Photo: …", "(Image: …)" */
	NM_LINE_DROP,				/* share/subscribe/cookie/ad lines, "5 min read" */
	NM_LINE_RELATED,			/* "Related: <item>", "Read more: <item>" */
	NM_LINE_END,				/* ends the story: "Tags: …", "© 2025 …", "12 comments" */
	NM_LINE_NAV					/* menu words and breadcrumbs ("Home > News") */
} nm_line_class;

/*
 * Classifies one trimmed line.  Lines longer than a few hundred bytes are
 * always NM_LINE_TEXT (constant work per line).  For NM_LINE_RELATED,
 * *item is the byte offset of the item text after the label.
 */
extern nm_line_class nm_classify_line(const char *s, size_t len, size_t *item);

/*
 * A breadcrumb ("Home > News > Metals", "Startseite » Wirtschaft"): true
 * with [*last, *last + *last_len) the last crumb.
 */
extern bool nm_is_breadcrumb(const char *s, size_t len, size_t *last, size_t *last_len);

/*
 * Markdown mark-up of one trimmed line removed into out (room for len
 * bytes): "# ", "> ", "**", "__", "[text](url)" -> text, "![alt](url)" ->
 * nothing, back-ticks.  *bullet tells whether the line was a "* "/"- "/
 * "+ "/"• " list item (the marker is removed too); *rule whether it was a
 * horizontal rule or setext underline ("---", "===").  Returns the new
 * length.  The first link's http(s) URL, if any, is reported in
 * [*url, *url + *url_len) (offsets into s), else *url_len = 0.
 */
extern size_t nm_strip_markdown(const char *s, size_t len, char *out, bool *bullet,
								bool *rule, size_t *url, size_t *url_len);

/* True when the line holds mark-up nm_strip_markdown would change. */
extern bool nm_has_markdown(const char *s, size_t len);


/* Word count of s[0..len) (runs of non-blanks). */
extern int	nm_count_tokens(const char *s, size_t len);

/* What a meta line under a title says ("Reuters | November 3, 2025 | 10:12 am"). */
typedef struct nm_meta_line
{
	nm_time		published;
	nm_time		modified;
	char	   *publisher;		/* a source that is not a person */
	char	   *agency;			/* canonical wire name when the source is one */
	char	   *section;
	char	   *authors[16];
	int			n_authors;
} nm_meta_line;

/*
 * A line of metadata pieces split by '|', '·', '•' or a spaced dash, with a
 * date: "Reuters | November 3, 2025 | 10:12 am Markets",
 * "By Jane Doe · 5 min read · Mar 4, 2025", "Updated: … | Published: …".
 * Fills *m (zeroed first); false when the line is not one.
 */
extern bool nm_read_meta_line(nm_ctx *ctx, const char *s, size_t len, nm_meta_line *m);

/*
 * The text after the date of a labelled date line ("Published on <date>
 * Metals", "… | By Jane Doe", ", mis à jour le <date>"): section, bylines
 * and an update date go to *m (not zeroed).
 */
extern void nm_read_after_date(nm_ctx *ctx, const char *s, size_t len, nm_meta_line *m);

/*
 * An author line: "Author: Jane Doe", "Autor: …", or a name and a role
 * ("Jane Doe, Senior Reporter").  Names go to m (zeroed first).
 */
extern bool nm_read_author_line(nm_ctx *ctx, const char *s, size_t len, nm_meta_line *m);

/*
 * A bare name line with no "By" ("Jane Doe", "Jane Doe, Reuters", "Jane
 * Doe and John Roe"), by shape alone and strictly (see text_meta.c): names
 * and a trailing wire go to m (zeroed first).
 */
extern bool nm_read_name_line(nm_ctx *ctx, const char *s, size_t len, nm_meta_line *m);

/* Byte length of a date-line label at the start of s ("Posted:", "Publié le"),
 * 0 if none; *updated tells whether it announces a modification date. */
extern size_t nm_date_label(const char *s, size_t len, bool *updated);

/* A short capitalised section name after a date ("Metals"); NULL if not. */
extern char *nm_section_text(nm_ctx *ctx, const char *s, size_t len);

#endif							/* NM_TEXTLINES_H */
