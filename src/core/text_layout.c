/*
 * text_layout.c -- plain-text news pages: scraped layouts with title,
 * "Published by/on" furniture and related lists, wire copy, bare text.
 */
#include "nm_textlines.h"

#include <string.h>

#define MAX_RELATED		64
#define HEAD_MAX_LINES	12		/* furniture lines looked at under the title */
#define DATELINE_WITHIN	4		/* the dateline opens one of the first paragraphs */
#define WRAP_WIDTH		100		/* lines up to this long may be hard-wrapped */
#define HEAD_MAX_BYTES	400		/* longer lines are never furniture */
#define NAV_MAX_LINES	60		/* menu lines looked at above the title */

typedef struct tl_line
{
	const char *s;				/* text without leading/trailing blanks */
	size_t		len;
	int			indent;			/* leading blank columns */
	nm_line_class cls;			/* furniture class (nm_classify_line) */
	bool		bullet;			/* a list item ("* ", "- ", "• ") */
	size_t		item;			/* NM_LINE_RELATED: offset of the item text */
	const char *url;			/* first http(s) link of a markdown line */
	size_t		url_len;
} tl_line;

typedef struct tl_para
{
	char	   *text;			/* squeezed paragraph text */
	int			first_line;		/* index of its first line */
} tl_para;

typedef struct tl_state
{
	nm_ctx	   *ctx;
	tl_line    *lines;
	int			n_lines;
	tl_para    *paras;
	int			n_paras;
	int			paras_cap;
	char	   *authors[16];
	int			n_authors;
	nm_related_item items[MAX_RELATED];	/* inline "Related: …" lines, then lists */
	int			n_items;
	int			kicker;			/* a lone section word over the title, or -1 */
	bool		aborted;		/* should_abort said stop */
	nm_article *out;
} tl_state;

/* Polls the abort hook and remembers the answer for the status. */
static bool
stop_now(tl_state *st)
{
	if (nm_should_abort(st->ctx))
		st->aborted = true;
	return st->aborted;
}

/* ---------------------------------------------------------------------
 * Small string tests
 * --------------------------------------------------------------------- */

static bool
is_blank_char(const char *s, size_t len, size_t i, size_t *adv)
{
	unsigned char c = (unsigned char) s[i];

	*adv = 1;
	if (c == ' ' || c == '\t')
		return true;
	if (c == 0xC2 && i + 1 < len && (unsigned char) s[i + 1] == 0xA0)
	{
		*adv = 2;
		return true;
	}
	return false;
}

static bool
ends_ci(const char *s, size_t len, const char *suffix)
{
	size_t		n = strlen(suffix);

	return len >= n && nm_ascii_starts_ci(s + len - n, n, suffix);
}

/* Equal after squeezing blanks, ASCII case folded. */
static bool
same_text(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t		i = 0,
				j = 0;

	for (;;)
	{
		size_t		adv;
		bool		sa = false,
					sb = false;

		while (i < alen && is_blank_char(a, alen, i, &adv))
		{
			i += adv;
			sa = true;
		}
		while (j < blen && is_blank_char(b, blen, j, &adv))
		{
			j += adv;
			sb = true;
		}
		if (i >= alen || j >= blen)
			return i >= alen && j >= blen;
		if (sa != sb && i > 0 && j > 0)
			return false;
		{
			char		x = a[i],
						y = b[j];

			if (x >= 'A' && x <= 'Z')
				x |= 0x20;
			if (y >= 'A' && y <= 'Z')
				y |= 0x20;
			if (x != y)
				return false;
		}
		i++;
		j++;
	}
}

/* ---------------------------------------------------------------------
 * Line classes
 * --------------------------------------------------------------------- */

/* "MORE METALS NEWS", "Related articles", "Latest news:". */
static bool
is_related_heading(const tl_line *l)
{
	static const char *const exact[] = {
		"related", "related news", "related articles", "related stories",
		"related content", "related coverage", "latest news", "recent news",
		"other news", "more news", "more stories", "read more", "read next",
		"you may also like", "top stories", "most read", "also read",
		"more on this story", "recommended",
	};
	size_t		len = l->len;

	if (len == 0 || len > 60)
		return false;
	if (l->s[len - 1] == ':')
		len--;
	for (size_t i = 0; i < sizeof(exact) / sizeof(exact[0]); i++)
		if (len == strlen(exact[i]) && nm_ascii_starts_ci(l->s, len, exact[i]))
			return true;
	if (nm_ascii_starts_ci(l->s, len, "more ") &&
		(ends_ci(l->s, len, " news") || ends_ci(l->s, len, " stories") ||
		 ends_ci(l->s, len, " articles") || ends_ci(l->s, len, " headlines")))
		return true;
	return nm_ascii_starts_ci(l->s, len, "more from ") && nm_count_tokens(l->s, len) <= 5;
}

/* "… we're on it.”": a closing quote after a full stop ends a sentence. */
static bool
ends_quoted_sentence(const tl_line *l)
{
	size_t		e = l->len;

	while (e > 0 && (l->s[e - 1] == '"' || l->s[e - 1] == '\''))
		e--;
	while (e >= 3 && (unsigned char) l->s[e - 3] == 0xE2 && (unsigned char) l->s[e - 2] == 0x80 &&
		   ((unsigned char) l->s[e - 1] == 0x9D || (unsigned char) l->s[e - 1] == 0x99))
		e -= 3;
	return e < l->len && e > 0 && l->s[e - 1] == '.';
}

/*
 * Two sentences on one line ("… its advertiser. All opinions …", "… Horizonte?
 * Assista …"): a '?', '!' or a '.' after a word of four or more letters,
 * then a space and a capital.  "Gov. Kristi" and "U.S. Steel" stay one.
 */
static bool
several_sentences(const tl_line *l)
{
	for (size_t i = 1; i + 2 < l->len; i++)
	{
		char		c = l->s[i];
		size_t		w = 0;

		if ((c != '.' && c != '?' && c != '!') || l->s[i + 1] != ' ' ||
			!(l->s[i + 2] >= 'A' && l->s[i + 2] <= 'Z'))
			continue;
		if (c != '.')
			return true;
		while (w < i && ((l->s[i - 1 - w] >= 'a' && l->s[i - 1 - w] <= 'z') ||
						 (unsigned char) l->s[i - 1 - w] >= 0x80))
			w++;
		if (w >= 4 && w < i && l->s[i - 1 - w] == ' ')
			return true;
	}
	return false;
}

/* A line that can be a headline: short, no closing period, not a dateline
 * (unless dateline_ok). */
static bool
title_shape(nm_ctx *ctx, const tl_line *l, bool dateline_ok)
{
	char		last;
	char	   *place,
			   *agency;
	size_t		pre;
	bool		letter = false;
	nm_time		t;

	if (l->len < 3 || l->len > 200 || nm_count_tokens(l->s, l->len) > 25)
		return false;
	last = l->s[l->len - 1];
	if (last == ',' || last == ';' || last == ':')
		return false;
	/* a closing '.' ends a sentence, save in an upper-case wire headline
	 * ("MERRILL MANDATED FOR IEL U.S. NOTE.") */
	if (last == '.')
	{
		bool		lower = false;

		for (size_t i = 0; i < l->len && !lower; i++)
			lower = l->s[i] >= 'a' && l->s[i] <= 'z';
		if (lower || nm_count_tokens(l->s, l->len) < 3)
			return false;
	}
	/* ideographic full stop */
	if (l->len >= 3 && memcmp(l->s + l->len - 3, "\xE3\x80\x82", 3) == 0)
		return false;
	for (size_t i = 0; i < l->len && !letter; i++)
		letter = ((l->s[i] | 0x20) >= 'a' && (l->s[i] | 0x20) <= 'z') ||
			(unsigned char) l->s[i] >= 0xC3;
	if (!letter || ends_quoted_sentence(l) || several_sentences(l))
		return false;
	if (!dateline_ok && nm_parse_dateline(ctx, l->s, l->len, &place, &agency, &pre))
		return false;
	if (nm_parse_date_strict(l->s, l->len, &t))
		return false;
	return !nm_ascii_starts_ci(l->s, l->len, "by ");
}

static bool
looks_like_title(nm_ctx *ctx, const tl_line *l)
{
	return title_shape(ctx, l, false);
}

/*
 * The headline without a site name glued on with a bar ("Copper climbs |
 * MINING.COM"): the part after the last " | " goes when it is at most four
 * words and less than half as long as the rest.
 */
static char *
strip_site_name(nm_ctx *ctx, const char *s, size_t len)
{
	size_t		bar = len;

	for (size_t i = 1; i + 2 < len; i++)
		if (s[i] == '|' && s[i - 1] == ' ' && s[i + 1] == ' ')
			bar = i;
	if (bar < len && nm_count_tokens(s + bar + 1, len - bar - 1) <= 4 &&
		(len - bar - 2) * 2 < bar - 1)
		len = bar - 1;
	return nm_squeeze_spaces(ctx, s, len);
}

/* Words a headline does not end with, but a wrapped line often does. */
static const char dangling_words[] =
" a an the of and or to in on at by for from with as that is are was were ";

/*
 * True when line b, right under line a, reads as a's continuation (a
 * hard-wrapped paragraph, not a headline over a story).
 */
static bool
continues_line(const tl_line *a, const tl_line *b)
{
	size_t		e = a->len,
				s;
	char		w[8];

	if (b->len == 0)
		return false;
	if (b->s[0] >= 'a' && b->s[0] <= 'z')
		return true;
	s = e;
	while (s > 0 && a->s[s - 1] != ' ')
		s--;
	if (e - s >= sizeof(w))
		return false;
	for (size_t i = s; i < e; i++)
		w[i - s] = (a->s[i] >= 'A' && a->s[i] <= 'Z') ? (char) (a->s[i] | 0x20) : a->s[i];
	w[e - s] = '\0';
	if (!w[0])
		return false;
	for (const char *p = dangling_words; (p = strstr(p, w)) != NULL; p++)
		if (p[-1] == ' ' && p[e - s] == ' ')
			return true;
	return false;
}

typedef enum head_kind
{
	HEAD_NONE,
	HEAD_PUBLISHER_LABEL,		/* "Published by" alone: value on next line */
	HEAD_PUBLISHER,				/* "Published by X", "Publisher: X" */
	HEAD_DATE,					/* "Published on <date> <Section>", a date */
	HEAD_UPDATED,				/* "Updated <date>" */
	HEAD_BYLINE,
	HEAD_META					/* "Reuters | November 3, 2025 | 10:12 am Markets" */
} head_kind;

/* Copies what a meta line says into the article; earlier values win. */
static void
take_meta(tl_state *st, const nm_meta_line *m)
{
	nm_article *out = st->out;

	if (m->published.valid && !out->published_at.valid)
		out->published_at = m->published;
	if (m->modified.valid && !out->modified_at.valid)
		out->modified_at = m->modified;
	if (m->publisher && !out->publisher)
		out->publisher = m->publisher;
	if (m->agency && !out->agency)
		out->agency = m->agency;
	if (m->section && !out->section)
		out->section = m->section;
	for (int i = 0; i < m->n_authors && st->n_authors < 16; i++)
	{
		bool		dup = false;

		for (int k = 0; k < st->n_authors && !dup; k++)
			dup = strcmp(st->authors[k], m->authors[i]) == 0;
		if (!dup)
			st->authors[st->n_authors++] = m->authors[i];
	}
}

/*
 * A byline is a short line; "By Monday, copper had risen 3% …" opens a
 * sentence of the story.
 */
static bool
looks_like_byline(const tl_line *l)
{
	return l->len <= 200 && !several_sentences(l) &&
		!(l->s[l->len - 1] == '.' && nm_count_tokens(l->s, l->len) > 8);
}

/* Classifies a furniture line under the title and records what it says. */
static head_kind
read_head_line(tl_state *st, const tl_line *l)
{
	nm_article *out = st->out;
	size_t		n;
	nm_time		t,
				t2;				/* the strict parse must not clobber t */
	size_t		ds,
				de;

	if (l->len > HEAD_MAX_BYTES)
		return HEAD_NONE;		/* furniture lines are short; keeps this linear */
	if (l->len <= 14 && (same_text(l->s, l->len, "published by", 12) ||
						 same_text(l->s, l->len, "published by:", 13)))
		return HEAD_PUBLISHER_LABEL;
	if ((n = nm_ascii_starts_ci(l->s, l->len, "published by ") ? 13 :
		 nm_ascii_starts_ci(l->s, l->len, "publisher:") ? 10 : 0) > 0 && l->len - n <= 60)
	{
		if (!out->publisher)
			out->publisher = nm_squeeze_spaces(st->ctx, l->s + n, l->len - n);
		return HEAD_PUBLISHER;
	}
	{
		bool		updated;
		nm_meta_line m;

		n = nm_date_label(l->s, l->len, &updated);
		memset(&m, 0, sizeof(m));
		if (updated && nm_find_date(l->s + n, l->len - n, &t, &ds, &de))
		{
			if (!out->modified_at.valid)
				out->modified_at = t;
			nm_read_after_date(st->ctx, l->s + n + de, l->len - n - de, &m);
			take_meta(st, &m);
			return HEAD_UPDATED;
		}
		if (updated)
			n = 0;
		if (nm_find_date(l->s + n, l->len - n, &t, &ds, &de) &&
			(n > 0 || nm_parse_date_strict(l->s, l->len, &t2) ||
			 (ds == 0 && nm_section_text(st->ctx, l->s + de, l->len - de))))
		{
			if (!out->published_at.valid)
				out->published_at = t;
			/* "<Section>", "| By Jane Doe", ", updated <date>" after the date */
			nm_read_after_date(st->ctx, l->s + n + de, l->len - n - de, &m);
			take_meta(st, &m);
			return HEAD_DATE;
		}
	}
	{
		char	  **names;
		int			k;

		if (looks_like_byline(l) &&
			nm_parse_byline(st->ctx, l->s, l->len, &names, &k, &t))
		{
			for (int i = 0; i < k && st->n_authors < 16; i++)
				st->authors[st->n_authors++] = names[i];
			if (t.valid && !out->published_at.valid)
				out->published_at = t;
			return HEAD_BYLINE;
		}
	}
	{
		nm_meta_line m;

		if (nm_read_author_line(st->ctx, l->s, l->len, &m))
		{
			take_meta(st, &m);
			return HEAD_BYLINE;
		}
		if (nm_read_meta_line(st->ctx, l->s, l->len, &m))
		{
			take_meta(st, &m);
			return HEAD_META;
		}
	}
	return HEAD_NONE;
}

/* Whether l is furniture read_head_line would take, without recording it. */
static bool
is_head_furniture(tl_state *st, const tl_line *l)
{
	nm_article	saved = *st->out;
	int			n_authors = st->n_authors;
	head_kind	k;

	if (l->cls != NM_LINE_TEXT)
		return l->cls == NM_LINE_CAPTION || l->cls == NM_LINE_DROP;
	k = read_head_line(st, l);
	*st->out = saved;
	st->n_authors = n_authors;
	return k != HEAD_NONE;
}

/* Index of the first non-blank line after i (or limit). */
static int
next_text_line(tl_state *st, int i, int limit)
{
	int			v = i + 1;

	while (v < limit && st->lines[v].len == 0)
		v++;
	return v;
}

/*
 * Wire copy whose headline reads like a dateline ("SYRIA SEEKING WHITE
 * SUGAR ON APRIL 8 - TRADE"): a lone line over a blank line and a story
 * that opens with a real dateline is the headline.
 */
static bool
title_over_dateline(tl_state *st, int t, int limit)
{
	int			v;
	char	   *place,
			   *agency;
	size_t		pre;

	if (t + 1 >= limit || st->lines[t + 1].len != 0 ||
		!title_shape(st->ctx, &st->lines[t], true))
		return false;
	v = next_text_line(st, t + 1, limit);
	/* "TITLE / Jane Doe / LONDON, May 2 - …": a name paragraph may come between */
	if (v + 1 < limit && st->lines[v + 1].len == 0 && st->lines[v].cls == NM_LINE_TEXT)
	{
		nm_meta_line m;

		if (nm_read_name_line(st->ctx, st->lines[v].s, st->lines[v].len, &m))
			v = next_text_line(st, v + 1, limit);
	}
	return v < limit && st->lines[v].cls == NM_LINE_TEXT &&
		nm_parse_dateline(st->ctx, st->lines[v].s, st->lines[v].len, &place, &agency, &pre);
}

/* Line v is a bare name line right over a date, meta or byline line. */
static bool
name_over_furniture(tl_state *st, int v, int limit)
{
	nm_meta_line m;

	return v + 1 < limit && st->lines[v].cls == NM_LINE_TEXT && st->lines[v + 1].len > 0 &&
		st->lines[v].len <= 100 && is_head_furniture(st, &st->lines[v + 1]) &&
		nm_read_name_line(st->ctx, st->lines[v].s, st->lines[v].len, &m);
}

/* A menu entry: one to three words, no digits or sentence punctuation. */
static bool
is_menu_line(tl_state *st, const tl_line *l)
{
	if (l->len == 0 || l->len > 32 || nm_count_tokens(l->s, l->len) > 3 ||
		l->cls != NM_LINE_TEXT)
		return false;
	for (size_t i = 0; i < l->len; i++)
		if ((l->s[i] >= '0' && l->s[i] <= '9') || strchr(".,:;?!\"()", l->s[i]))
			return false;
	if (l->s[0] >= 'a' && l->s[0] <= 'z')
		return false;
	return !is_head_furniture(st, l);
}

/* A site's name as a host ("MINING.COM", "www.example.co.uk"): one token
 * ending in a dot and two to six letters. */
static bool
is_host_line(const tl_line *l)
{
	size_t		e = l->len,
				tld = 0;

	if (l->len < 4 || l->len > 40 || nm_count_tokens(l->s, l->len) != 1)
		return false;
	while (e > 0 && ((l->s[e - 1] | 0x20) >= 'a' && (l->s[e - 1] | 0x20) <= 'z'))
	{
		e--;
		tld++;
	}
	return tld >= 2 && tld <= 6 && e >= 2 && l->s[e - 1] == '.' &&
		((l->s[e - 2] | 0x20) >= 'a' && (l->s[e - 2] | 0x20) <= 'z');
}

/*
 * Skips site navigation above the headline: menu entries ("Home", "News",
 * "Markets"), breadcrumbs ("Home > News > Metals"), "Skip to content", the
 * site's host name.
 * Returns the line where the title (or the story) starts.  A breadcrumb's
 * last crumb, or a lone kicker word over the title, becomes the section.
 */
static int
skip_navigation(tl_state *st, int first, int limit)
{
	int			i,
				run = 0,
				last_menu = -1,
				crumb = -1,
				seen = 0;
	size_t		ca = 0,
				cl = 0;

	for (i = first; i < limit && seen < NAV_MAX_LINES; i++)
	{
		const tl_line *l = &st->lines[i];

		if (l->len == 0)
			continue;
		seen++;
		if (l->cls == NM_LINE_NAV || l->cls == NM_LINE_DROP || is_host_line(l))
		{
			if (l->cls == NM_LINE_NAV && nm_is_breadcrumb(l->s, l->len, &ca, &cl))
				crumb = i;
			if (l->cls != NM_LINE_DROP)
				last_menu = -1;
			run++;
			continue;
		}
		if (is_menu_line(st, l))
		{
			last_menu = i;
			run++;
			continue;
		}
		break;
	}
	if (run == 0 || i >= limit || seen >= NAV_MAX_LINES)
		return first;
	{
		const tl_line *x = &st->lines[i];
		int			after = next_text_line(st, i, limit);
		bool		x_title = x->cls == NM_LINE_TEXT && looks_like_title(st->ctx, x) &&
			!continues_line(x, &st->lines[i + 1 < st->n_lines ? i + 1 : i]);
		bool		x_head = is_head_furniture(st, x);
		int			title_at;

		if (x_title && (run >= 2 || last_menu < 0 ||
						(after < limit && is_head_furniture(st, &st->lines[after]))))
			title_at = i;		/* menus, then the headline */
		else if (x_head && last_menu >= 0)
			title_at = last_menu;	/* a short headline right over its byline */
		else if (run >= 2 && last_menu >= 0)
			title_at = last_menu;
		else if (last_menu < 0)
			title_at = i;		/* menus only: the story starts at x */
		else
			return first;
		if (crumb >= 0 && !st->out->section)
			st->out->section = nm_squeeze_spaces(st->ctx, st->lines[crumb].s + ca, cl);
		else if (run == 1 && last_menu >= 0 && title_at == i && !st->out->section)
			st->kicker = last_menu;
		return title_at;
	}
}

/* ---------------------------------------------------------------------
 * Paragraphs
 * --------------------------------------------------------------------- */

static bool
add_para(tl_state *st, const char *s, size_t len, int first_line)
{
	char	   *text = nm_squeeze_spaces(st->ctx, s, len);

	if (!text)
		return false;
	if (!*text)
		return true;
	if (st->n_paras == st->paras_cap)
	{
		int			cap = st->paras_cap ? st->paras_cap * 2 : 32;
		tl_para    *np = nm_alloc(st->ctx, sizeof(tl_para) * cap);

		if (!np)
			return false;
		if (st->n_paras)
			memcpy(np, st->paras, sizeof(tl_para) * st->n_paras);
		st->paras = np;
		st->paras_cap = cap;
	}
	st->paras[st->n_paras].text = text;
	st->paras[st->n_paras].first_line = first_line;
	st->n_paras++;
	return true;
}

static bool
ends_sentence(const tl_line *l)
{
	char		c = l->s[l->len - 1];

	if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == ')')
		return true;
	/* closing curly quote */
	return l->len >= 3 && (unsigned char) l->s[l->len - 3] == 0xE2 &&
		(unsigned char) l->s[l->len - 2] == 0x80 && (unsigned char) l->s[l->len - 1] == 0x9D;
}

static bool
is_bullet(const tl_line *l)
{
	return l->bullet || (l->len > 2 && ((l->s[0] == '-' || l->s[0] == '*') && l->s[1] == ' '));
}

/*
 * Lines [a, b) with no blank line between them become paragraphs: one per
 * line when lines are long (one paragraph a line), re-flowed when the block
 * is hard-wrapped (Reuters-21578), splitting at indents and short lines
 * that end a sentence.
 */
static bool
flow_block(tl_state *st, int a, int b)
{
	size_t		maxlen = 0,
				total = 0;
	int			base_indent = 1 << 30;
	bool		wrapped;
	char	   *buf;
	size_t		o = 0;
	int			start = a;

	for (int i = a; i < b; i++)
	{
		if (st->lines[i].len > maxlen)
			maxlen = st->lines[i].len;
		if (st->lines[i].indent < base_indent)
			base_indent = st->lines[i].indent;
		total += st->lines[i].len + 1;
	}
	wrapped = b - a > 1;
	for (int i = a; i < b - 1 && wrapped; i++)
		if (st->lines[i].len > WRAP_WIDTH)
			wrapped = false;
	if (!wrapped)
	{
		for (int i = a; i < b; i++)
			if (!add_para(st, st->lines[i].s, st->lines[i].len, i))
				return false;
		return true;
	}
	buf = nm_alloc(st->ctx, total + 1);
	if (!buf)
		return false;
	for (int i = a; i < b; i++)
	{
		const tl_line *l = &st->lines[i];
		bool		brk = false;

		if (stop_now(st))
			return false;
		if (i > a)
		{
			const tl_line *p = &st->lines[i - 1];

			brk = (l->indent > base_indent && p->indent <= l->indent) || is_bullet(l) ||
				(ends_sentence(p) && p->len * 10 < maxlen * 7);
			if (brk)
			{
				if (!add_para(st, buf, o, start))
					return false;
				o = 0;
				start = i;
			}
			else if (o > 1 && buf[o - 1] == '-' && buf[o - 2] != ' ' && buf[o - 2] != '-')
				;				/* "anti-" + "inflation": keep the hyphenated word whole */
			else
				buf[o++] = ' ';
		}
		memcpy(buf + o, l->s, l->len);
		o += l->len;
	}
	return add_para(st, buf, o, start);
}

/* A "Related: <title>" line (or a list line) as a related item. */
static bool
add_item(tl_state *st, const tl_line *l)
{
	nm_related_item *it;
	size_t		off = l->cls == NM_LINE_RELATED ? l->item : 0;

	if (st->n_items >= MAX_RELATED || off >= l->len)
		return true;
	it = &st->items[st->n_items];
	memset(it, 0, sizeof(*it));
	it->title = nm_squeeze_spaces(st->ctx, l->s + off, l->len - off);
	if (!it->title)
		return false;
	if (l->url_len > 0 && l->url_len <= NM_MAX_URL_LEN &&
		!(it->url = nm_sanitize_utf8(st->ctx, l->url, l->url_len)))
		return false;
	if (*it->title)
		st->n_items++;
	return true;
}

/* Paragraphs of lines [from, to), leaving out a repeat of the title near the top. */
static bool
collect_paragraphs(tl_state *st, int from, int to, int *title_repeat_para)
{
	int			a = -1;

	*title_repeat_para = -1;
	for (int i = from; i <= to; i++)
	{
		bool		end_block = i == to || st->lines[i].len == 0;
		bool		repeat = false;

		if (stop_now(st))
			return false;
		if (!end_block && st->lines[i].cls != NM_LINE_TEXT && st->lines[i].cls != NM_LINE_NAV)
		{
			/* captions, share bars, "Related: …" lines are not story */
			if (st->lines[i].cls == NM_LINE_RELATED && !add_item(st, &st->lines[i]))
				return false;
			end_block = true;
			if (a >= 0 && !flow_block(st, a, i))
				return false;
			a = -1;
			continue;
		}
		/*
		 * only the first repeat near the top is a second title: a page of
		 * identical lines is text, not 200,000 titles
		 */
		if (!end_block && st->out->title && *title_repeat_para < 0 && st->n_paras <= 2 &&
			same_text(st->lines[i].s, st->lines[i].len, st->out->title, strlen(st->out->title)))
			repeat = end_block = true;
		if (end_block)
		{
			if (a >= 0 && !flow_block(st, a, i))
				return false;
			a = -1;
			if (repeat && *title_repeat_para < 0)
				*title_repeat_para = st->n_paras;
		}
		else if (a < 0)
			a = i;
	}
	return true;
}

/* ---------------------------------------------------------------------
 * Related items
 * --------------------------------------------------------------------- */

static bool
read_related(tl_state *st, int from)
{
	nm_related_item *items = st->items;
	int			n = st->n_items,
				base = st->n_items;
	nm_time		pending;
	bool		date_first = false;
	bool		seen_first = false;

	pending.valid = false;
	for (int i = from; i >= 0 && i < st->n_lines && n < MAX_RELATED; i++)
	{
		const tl_line *l = &st->lines[i];
		nm_time		t;
		size_t		ds,
					de;

		if (stop_now(st))
			return false;
		if (l->cls == NM_LINE_END)
			break;				/* tags, copyright, comments close the list */
		if (l->len == 0 || is_related_heading(l) ||
			(l->cls != NM_LINE_TEXT && l->cls != NM_LINE_RELATED))
			continue;
		if (l->len <= HEAD_MAX_BYTES && nm_parse_date_strict(l->s, l->len, &t))
		{
			if (!seen_first)
				date_first = true;
			seen_first = true;
			/* title-first lists: the date belongs to the item above */
			if (!date_first && n > base && !items[n - 1].published_at.valid)
				items[n - 1].published_at = t;
			else
				pending = t;
			continue;
		}
		seen_first = true;
		st->n_items = n;
		if (!add_item(st, l))
			return false;
		if (st->n_items == n)
			continue;
		if (nm_find_date(l->s, l->len < HEAD_MAX_BYTES ? l->len : HEAD_MAX_BYTES, &t, &ds, &de) &&
			ds == 0 && l->len - de > 20)
		{
			items[n].published_at = t;
			items[n].title = nm_squeeze_spaces(st->ctx, l->s + de, l->len - de);
			if (!items[n].title)
				return false;
		}
		else
			items[n].published_at = pending;
		pending.valid = false;
		n++;
	}
	st->n_items = n;
	if (n == 0)
		return true;
	st->out->related = nm_alloc(st->ctx, sizeof(nm_related_item) * n);
	if (!st->out->related)
		return false;
	memcpy(st->out->related, items, sizeof(nm_related_item) * n);
	st->out->n_related = n;
	return true;
}

/* ---------------------------------------------------------------------
 * Entry point
 * --------------------------------------------------------------------- */

static bool
split_lines(tl_state *st, const char *text, size_t len)
{
	int			n = 1,
				k = 0;
	size_t		i = 0,
				md_used = 0;
	char	   *md = NULL;		/* cleaned copies of markdown lines */

	for (size_t j = 0; j < len; j++)
		if (text[j] == '\n')
			n++;
	st->lines = nm_alloc(st->ctx, sizeof(tl_line) * n);
	if (!st->lines)
		return false;
	while (i <= len && k < n)
	{
		size_t		e = i,
					a = i,
					b,
					adv;
		int			indent = 0;

		if (stop_now(st))
			return false;
		while (e < len && text[e] != '\n')
			e++;
		while (a < e && is_blank_char(text, e, a, &adv))
		{
			indent += text[a] == '\t' ? 4 : 1;
			a += adv;
		}
		b = e;
		while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' ||
						 (b - a >= 2 && (unsigned char) text[b - 2] == 0xC2 &&
						  (unsigned char) text[b - 1] == 0xA0)))
			b -= text[b - 1] == ' ' || text[b - 1] == '\t' ? 1 : 2;
		memset(&st->lines[k], 0, sizeof(tl_line));
		st->lines[k].s = text + a;
		st->lines[k].len = b - a;
		st->lines[k].indent = indent;
		if (nm_has_markdown(text + a, b - a))
		{
			bool		rule;
			size_t		url,
						url_len,
						n2;

			if (!md && !(md = nm_alloc(st->ctx, len + 1)))
				return false;
			n2 = nm_strip_markdown(text + a, b - a, md + md_used, &st->lines[k].bullet,
								   &rule, &url, &url_len);
			st->lines[k].s = md + md_used;
			st->lines[k].len = n2;
			md_used += n2;
			if (url_len > 0)
			{
				st->lines[k].url = text + a + url;
				st->lines[k].url_len = url_len;
			}
		}
		/* "comment." under "… available for": a wrapped line goes on, and
		 * needs no classing */
		if (!(k > 0 && st->lines[k - 1].len >= 40 && st->lines[k].len > 0 &&
			  st->lines[k - 1].cls == NM_LINE_TEXT && !ends_sentence(&st->lines[k - 1]) &&
			  st->lines[k].s[0] >= 'a' && st->lines[k].s[0] <= 'z'))
			st->lines[k].cls = nm_classify_line(st->lines[k].s, st->lines[k].len,
												&st->lines[k].item);
		k++;
		i = e + 1;
	}
	st->n_lines = k;
	return true;
}

static char *
join_paras(nm_ctx *ctx, tl_para *p, int n)
{
	size_t		total = 0,
				o = 0;
	char	   *s;

	for (int i = 0; i < n; i++)
		total += strlen(p[i].text) + 2;
	s = nm_alloc(ctx, total + 1);
	if (!s)
		return NULL;
	for (int i = 0; i < n; i++)
	{
		size_t		l = strlen(p[i].text);

		if (i > 0)
		{
			s[o++] = '\n';
			s[o++] = '\n';
		}
		memcpy(s + o, p[i].text, l);
		o += l;
	}
	s[o] = '\0';
	return s;
}

static char *
lang_copy(nm_ctx *ctx, const char *code)
{
	return code ? nm_strdup(ctx, code) : NULL;
}

/* Paragraphs after the body that are page furniture, not story. */
static bool
is_trailer(const char *p)
{
	return nm_ascii_starts_ci(p, strlen(p), "our standards:") ||
		same_text(p, strlen(p), "advertisement", 13);
}

nm_status
nm_parse_text_article(nm_ctx *ctx, const char *buf, size_t len, nm_article *out)
{
	tl_state	st;
	char	   *text;
	int			first = -1,
				related_at,
				story_end,
				head_end,
				title_repeat,
				body_from = 0,
				desc_to = 0,
				body_to;

	memset(out, 0, sizeof(*out));
	out->word_count = -1;
	if (ctx->max_input_size && len > ctx->max_input_size)
		return NM_ERR_TOO_LARGE;
	memset(&st, 0, sizeof(st));
	st.ctx = ctx;
	st.out = out;
	st.kicker = -1;

	text = nm_sanitize_utf8(ctx, buf, len);
	if (!text)
		return NM_ERR_NOMEM;
	len = strlen(text);
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
	{
		text += 3;
		len -= 3;
	}
	if (!split_lines(&st, text, len))
		goto fail;
	for (int i = 0; i < st.n_lines && first < 0; i++)
		if (st.lines[i].len > 0)
			first = i;
	if (first < 0)
		return NM_OK;			/* blank page: every field stays NULL */
	out->source_format = "text";

	/* the related list ends the story */
	related_at = st.n_lines;
	for (int i = first + 1, seen = 0; i < st.n_lines; i++)
	{
		if (stop_now(&st))
			goto fail;
		if (st.lines[i].len == 0)
			continue;
		if (++seen > 2 && is_related_heading(&st.lines[i]))
		{
			related_at = i;
			break;
		}
	}

	/* menus and breadcrumbs above the title */
	first = skip_navigation(&st, first, related_at);

	/* title and the furniture under it */
	{
		int			t = first,
					j,
					deck = -1,
					markers = 0;
		bool		title_is_marker = read_head_line(&st, &st.lines[t]) != HEAD_NONE;

		/* a date or meta line over the headline ("November 3, 2025" / title) */
		if (title_is_marker)
		{
			int			v = next_text_line(&st, t, related_at);

			if (v < related_at && v - t <= 2 && st.lines[v].cls == NM_LINE_TEXT &&
				looks_like_title(ctx, &st.lines[v]) && !is_head_furniture(&st, &st.lines[v]) &&
				!(v + 1 < st.n_lines && continues_line(&st.lines[v], &st.lines[v + 1])))
			{
				t = v;
				title_is_marker = false;
				markers = 1;
			}
		}
		j = t + 1;
		for (int scanned = 0; j < related_at && scanned < HEAD_MAX_LINES; j++)
		{
			head_kind k;

			if (st.lines[j].len == 0)
			{
				int			v = next_text_line(&st, j, related_at);

				/* wire copy: title, blank line, story; but blank lines may
				 * also part the title from its byline and date lines */
				if (markers == 0 && !title_is_marker &&
					!(v < related_at && (is_head_furniture(&st, &st.lines[v]) ||
										 name_over_furniture(&st, v, related_at))))
					break;
				j = v - 1;		/* the whole blank run at once: linear */
				continue;
			}
			scanned++;
			if (st.lines[j].cls != NM_LINE_TEXT && st.lines[j].cls != NM_LINE_RELATED)
				continue;		/* a caption, "5 min read", a share bar */
			k = read_head_line(&st, &st.lines[j]);
			/* a bare name right under the title, or next to a date or meta line */
			if (k == HEAD_NONE && st.lines[j].cls == NM_LINE_TEXT &&
				(j == t + 1 || (markers > 0 && st.lines[j - 1].len > 0) ||
				 name_over_furniture(&st, j, related_at)))
			{
				nm_meta_line m;

				if (nm_read_name_line(ctx, st.lines[j].s, st.lines[j].len, &m))
				{
					take_meta(&st, &m);
					k = HEAD_BYLINE;
				}
			}
			if (k == HEAD_NONE && deck < 0 && markers == 0 && j == t + 1 &&
				st.lines[j].len <= HEAD_MAX_BYTES && !ends_quoted_sentence(&st.lines[j]))
			{
				int			v = next_text_line(&st, j, related_at);

				/* a standfirst right under the title, over its byline or date */
				if (v == j + 1 && v < related_at && is_head_furniture(&st, &st.lines[v]) &&
					st.lines[v].cls == NM_LINE_TEXT)
				{
					deck = j;
					continue;
				}
			}
			if (k == HEAD_NONE)
				break;
			markers++;
			if (k == HEAD_PUBLISHER_LABEL)
			{
				int			v = j + 1;

				while (v < related_at && st.lines[v].len == 0)
					v++;
				if (v < related_at && st.lines[v].len <= 60 && !out->publisher)
				{
					out->publisher = nm_squeeze_spaces(ctx, st.lines[v].s, st.lines[v].len);
					j = v;
				}
			}
		}
		head_end = j;
		if (!title_is_marker && head_end < st.n_lines &&
			(markers > 0 || (looks_like_title(ctx, &st.lines[t]) &&
							 !(st.lines[t + 1].cls == NM_LINE_TEXT &&
							   continues_line(&st.lines[t], &st.lines[t + 1]))) ||
			 title_over_dateline(&st, t, related_at)))
			out->title = strip_site_name(ctx, st.lines[t].s, st.lines[t].len);
		else if (!title_is_marker && markers == 0)
			head_end = first;
		if (out->title && deck >= 0 && !out->description)
			out->description = nm_squeeze_spaces(ctx, st.lines[deck].s, st.lines[deck].len);
		if (out->title && st.kicker >= 0 && !out->section)
			out->section = nm_squeeze_spaces(ctx, st.lines[st.kicker].s, st.lines[st.kicker].len);
	}

	/* tags, copyright and comments after some story end it */
	story_end = related_at;
	for (int i = head_end, text_lines = 0; i < related_at; i++)
	{
		if (stop_now(&st))
			goto fail;
		if (st.lines[i].cls == NM_LINE_TEXT && st.lines[i].len > 0)
			text_lines++;
		else if (st.lines[i].cls == NM_LINE_END && text_lines > 0)
		{
			story_end = i;
			break;
		}
	}

	/* paragraphs; the first dateline or the repeated title starts the story */
	if (!collect_paragraphs(&st, head_end, story_end, &title_repeat))
		goto fail;
	body_to = st.n_paras;
	{
		int			d = -1;

		for (int i = 0; i < st.n_paras && i < DATELINE_WITHIN; i++)
		{
			char	   *place,
					   *agency;
			size_t		pre;

			if (nm_parse_dateline(ctx, st.paras[i].text, strlen(st.paras[i].text),
								  &place, &agency, &pre))
			{
				d = i;
				break;
			}
		}
		if (d >= 0)
			body_from = desc_to = d;
		else if (title_repeat > 0 && title_repeat <= 2 && title_repeat < st.n_paras)
			body_from = desc_to = title_repeat;
	}
	/* bylines between the summary and the story */
	for (int i = 0; i < body_from; i++)
	{
		char	  **names;
		int			k;
		nm_time		t;

		nm_meta_line m;

		if (nm_parse_byline(ctx, st.paras[i].text, strlen(st.paras[i].text), &names, &k, &t))
		{
			for (int a = 0; a < k && st.n_authors < 16; a++)
				st.authors[st.n_authors++] = names[a];
			if (t.valid && !out->published_at.valid)
				out->published_at = t;
			st.paras[i].text = NULL;
		}
		else if (i == body_from - 1 &&
				 nm_read_name_line(ctx, st.paras[i].text, strlen(st.paras[i].text), &m))
		{
			/* "TITLE / Jane Doe / LONDON, May 2 - …": a name right over the dateline */
			take_meta(&st, &m);
			st.paras[i].text = NULL;
		}
	}
	{
		/* the summary: what is left above the story */
		size_t		total = 0;
		int			used = 0;

		for (int i = 0; i < desc_to; i++)
			if (st.paras[i].text)
			{
				total += strlen(st.paras[i].text);
				used++;
			}
		if (used > 0 && used <= 2 && total <= 1200)
		{
			tl_para		kept[2];
			int			k = 0;

			for (int i = 0; i < desc_to; i++)
				if (st.paras[i].text)
					kept[k++] = st.paras[i];
			out->description = join_paras(ctx, kept, k);
			for (char *c = out->description; c && *c; c++)
				if (*c == '\n')
					*c = ' ';
			if (out->description)
				out->description = nm_squeeze_spaces(ctx, out->description,
													 strlen(out->description));
		}
		else if (used > 0)
			body_from = 0;		/* too much to be a summary: it is story */
	}

	/* trailing furniture and credits */
	while (body_to > body_from)
	{
		char	  **names;
		int			k;
		long		at;
		char	   *p = st.paras[body_to - 1].text;

		if (!p || is_trailer(p))
		{
			body_to--;
			continue;
		}
		at = nm_find_credits(ctx, p, strlen(p), &names, &k);
		if (at < 0)
			break;
		if (st.n_authors == 0)
			for (int a = 0; a < k && st.n_authors < 16; a++)
				st.authors[st.n_authors++] = names[a];
		if (at == 0)
			body_to--;
		else
		{
			st.paras[body_to - 1].text = nm_squeeze_spaces(ctx, p, (size_t) at);
			break;
		}
	}
	{
		int			w = 0;

		for (int i = body_from; i < body_to; i++)
			if (st.paras[i].text && *st.paras[i].text)
				st.paras[w++] = st.paras[i];
		body_from = 0;
		body_to = w;
	}
	if (body_to > 0)
	{
		char	   *place = NULL,
				   *agency = NULL;
		size_t		pre = 0;
		const char *p0 = st.paras[0].text;

		out->body = join_paras(ctx, st.paras, body_to);
		if (!out->body)
			goto fail;
		if (nm_parse_dateline(ctx, p0, strlen(p0), &place, &agency, &pre))
		{
			out->dateline = place;
			if (agency || !out->agency)
				out->agency = agency;
		}
		out->lead = nm_strdup(ctx, p0 + pre);
		if (out->lead && !*out->lead)
			out->lead = NULL;
		out->word_count = nm_count_words(out->body, strlen(out->body));
		out->language = lang_copy(ctx, nm_detect_language(out->body, strlen(out->body)));
	}
	if (!out->language && (out->title || out->description))
	{
		const char *s = out->description ? out->description : out->title;

		out->language = lang_copy(ctx, nm_detect_language(s, strlen(s)));
	}
	if (st.n_authors > 0)
	{
		out->authors = nm_alloc(ctx, sizeof(char *) * st.n_authors);
		if (!out->authors)
			goto fail;
		memcpy(out->authors, st.authors, sizeof(char *) * st.n_authors);
		out->n_authors = st.n_authors;
	}
	if (!read_related(&st, related_at < st.n_lines ? related_at + 1 : -1))
		goto fail;
	return NM_OK;

fail:
	memset(out, 0, sizeof(*out));
	out->word_count = -1;
	return st.aborted ? NM_ERR_ABORTED : NM_ERR_NOMEM;
}
