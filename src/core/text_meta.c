/*
 * text_meta.c -- metadata lines under a plain-text headline: date labels in
 * several languages, and "Source | Date | Time Section" lines split at separators.
 */
#include "nm_textlines.h"
#include "nm_entities.h"
#include "nm_entity_words.h"

#include <string.h>

#define META_MAX_BYTES	300
#define MAX_PIECES		10

/* Labels of date lines, longest first; "updated" ones announce modified_at. */
static const char *const updated_labels[] = {
	"last updated on", "last updated:", "last updated", "updated on", "updated at",
	"updated:", "updated", "modified on", "modified:", "last modified",
	"zuletzt aktualisiert", "aktualisiert am", "aktualisiert:", "aktualisiert", "stand:",
	"mis à jour le", "mis à jour:", "mis à jour", "actualizado el", "actualizado:",
	"actualizado", "atualizado em", "atualizado:", "atualizado", "aggiornato il",
	"aggiornato", "bijgewerkt op", "bijgewerkt",
};
static const char *const published_labels[] = {
	"published on", "published:", "published at", "published", "posted on", "posted:",
	"posted at", "posted", "date:", "dated", "first published on", "first published",
	"publication date:", "veröffentlicht am", "veröffentlicht:", "veröffentlicht",
	"erstellt am", "erschienen am", "publié le", "publié:", "publié", "publicado el",
	"publicado em", "publicado:", "publicado", "pubblicato il", "pubblicato",
	"gepubliceerd op", "gepubliceerd",
};

static size_t
label_in(const char *s, size_t len, const char *const *labels, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (nm_ascii_starts_ci(s, len, labels[i]))
		{
			size_t		l = strlen(labels[i]);

			/* a whole word: "Posted" but not "Posters" */
			if (l < len && ((s[l] | 0x20) >= 'a' && (s[l] | 0x20) <= 'z'))
				continue;
			return l;
		}
	return 0;
}

size_t
nm_date_label(const char *s, size_t len, bool *updated)
{
	size_t		n = label_in(s, len, updated_labels,
							 sizeof(updated_labels) / sizeof(updated_labels[0]));

	*updated = n > 0;
	if (n == 0)
		n = label_in(s, len, published_labels,
					 sizeof(published_labels) / sizeof(published_labels[0]));
	return n;
}

char *
nm_section_text(nm_ctx *ctx, const char *s, size_t len)
{
	size_t		a = 0,
				b = len;

	while (a < b && (s[a] == ' ' || s[a] == '|' || s[a] == '-' || s[a] == ',' ||
					 s[a] == '\t' || s[a] == '/' || s[a] == ')'))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	if (b <= a || b - a > 40 || nm_count_tokens(s + a, b - a) > 4)
		return NULL;
	if (!((s[a] >= 'A' && s[a] <= 'Z') || (unsigned char) s[a] >= 0xC3))
		return NULL;
	for (size_t i = a; i < b; i++)
		if (s[i] == '.' || s[i] == ':' || s[i] == ';' || (s[i] >= '0' && s[i] <= '9'))
			return NULL;
	return nm_squeeze_spaces(ctx, s + a, b - a);
}

/* Byte length of a piece separator at i, or 0: '|', '·', '•', a spaced dash. */
static size_t
sep_at(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char) s[i];

	if (c == '|')
		return 1;
	if (c == 0xC2 && i + 1 < len && (unsigned char) s[i + 1] == 0xB7)
		return 2;
	if (c == 0xE2 && i + 2 < len && (unsigned char) s[i + 1] == 0x80)
	{
		unsigned char d = (unsigned char) s[i + 2];

		if (d == 0xA2)
			return 3;			/* • */
		if ((d == 0x93 || d == 0x94) && i > 0 && s[i - 1] == ' ' &&
			(i + 3 >= len || s[i + 3] == ' '))
			return 3;			/* – — between spaces */
	}
	if (c == '-' && i > 0 && s[i - 1] == ' ' && (i + 1 >= len || s[i + 1] == ' '))
		return 1;
	return 0;
}

/* Words that make a source a publication or a desk rather than a person. */
static const char org_words[] =
" news times post daily weekly journal press media group magazine mining metal metals"
" markets market wire wires network tv radio report reports review insider today online"
" digital herald tribune gazette telegraph guardian chronicle observer economist"
" financial business world global international inc ltd llc corp company agency staff"
" desk team editorial editors newsroom bureau the com energy ";

static bool
is_person(const char *s, size_t len)
{
	int			words = 0;

	for (size_t i = 0; i < len;)
	{
		size_t		e = i;
		char		w[24];

		while (e < len && s[e] != ' ')
			e++;
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (unsigned char) s[i] >= 0xC3))
			return false;
		for (size_t k = i; k < e; k++)
			if ((s[k] >= '0' && s[k] <= '9') || (s[k] == '.' && e - i > 2) || s[k] == '@' ||
				s[k] == ':')
				return false;
		nm_fold_word(s + i, e - i, w, sizeof(w));
		if (nm_word_in_list(org_words, w))
			return false;
		/* all-caps words of three or more letters are acronyms, not names */
		if (e - i >= 3)
		{
			bool		caps = true;

			for (size_t k = i; k < e && caps; k++)
				caps = !(s[k] >= 'a' && s[k] <= 'z');
			if (caps)
				return false;
		}
		words++;
		i = e;
		while (i < len && s[i] == ' ')
			i++;
	}
	return words >= 2 && words <= 4;
}

static void
add_author(nm_meta_line *m, char *name)
{
	if (!name || !*name || m->n_authors >= 16)
		return;
	for (int i = 0; i < m->n_authors; i++)
		if (strcmp(m->authors[i], name) == 0)
			return;
	m->authors[m->n_authors++] = name;
}

/* A byline piece ("By A and B", "Von A"): its names go to m. */
static bool
byline_piece(nm_ctx *ctx, const char *s, size_t len, nm_meta_line *m)
{
	char	  **names;
	int			k;
	nm_time		t;

	if (!nm_parse_byline(ctx, s, len, &names, &k, &t))
		return false;
	for (int i = 0; i < k; i++)
		add_author(m, names[i]);
	return true;
}

/* A piece before the date: a byline, a wire, a publication or a person. */
static void
source_piece(nm_ctx *ctx, const char *s, size_t len, nm_meta_line *m)
{
	size_t		item;
	const char *ag;

	if (len == 0 || byline_piece(ctx, s, len, m))
		return;
	if (nm_classify_line(s, len, &item) != NM_LINE_TEXT)
		return;					/* "5 min read", "Share" */
	if (nm_ascii_starts_ci(s, len, "source:") || nm_ascii_starts_ci(s, len, "quelle:") ||
		nm_ascii_starts_ci(s, len, "source :") || nm_ascii_starts_ci(s, len, "fuente:"))
	{
		size_t		a = s[6] == ':' ? 7 : (s[6] == ' ' ? 8 : 7);

		if (a < len)
		{
			s += a;
			len -= a;
		}
		while (len > 0 && *s == ' ')
		{
			s++;
			len--;
		}
	}
	if (len == 0 || len > 60 || nm_count_tokens(s, len) > 5)
		return;
	if ((ag = nm_agency_name(s, len)) != NULL)
	{
		if (!m->agency)
			m->agency = nm_strdup(ctx, ag);
		if (!m->publisher)
			m->publisher = nm_strdup(ctx, ag);
		return;
	}
	if (is_person(s, len))
		add_author(m, nm_squeeze_spaces(ctx, s, len));
	else if (!m->publisher && ((s[0] >= 'A' && s[0] <= 'Z') || (unsigned char) s[0] >= 0xC3))
		m->publisher = nm_squeeze_spaces(ctx, s, len);
}

/*
 * Words run on after the date or time with no separator ("07:00 AM
 * Metals", "10:32 AM Markets Asia Copper") are a section only when they
 * read as one name: one or two words, or two joined by '&'/"and".  A
 * longer run is a flattened row of links whose one section cannot be told.
 */
static bool
glued_section_shape(const char *s, size_t len)
{
	int			words = nm_count_tokens(s, len);
	size_t		i = 0;

	if (words <= 2)
		return true;
	if (words != 3)
		return false;
	while (i < len && s[i] != ' ')
		i++;
	while (i < len && s[i] == ' ')
		i++;
	return nm_ascii_starts_ci(s + i, len - i, "& ") || nm_ascii_starts_ci(s + i, len - i, "and ") ||
		nm_ascii_starts_ci(s + i, len - i, "und ") || nm_ascii_starts_ci(s + i, len - i, "et ") ||
		nm_ascii_starts_ci(s + i, len - i, "y ");
}

/* A piece after the date: a byline, an update, a section.  glued: the
 * piece follows the date with no separator. */
static void
after_piece(nm_ctx *ctx, const char *s, size_t len, bool glued, nm_meta_line *m)
{
	bool		updated;
	size_t		n,
				ds,
				de,
				item;
	nm_time		t;

	while (len > 0 && (*s == ' ' || *s == ','))
	{
		s++;
		len--;
	}
	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len == 0 || byline_piece(ctx, s, len, m))
		return;
	n = nm_date_label(s, len, &updated);
	if (n > 0 && nm_find_date(s + n, len - n, &t, &ds, &de))
	{
		if (updated && !m->modified.valid)
			m->modified = t;
		else if (!updated && !m->published.valid)
			m->published = t;
		return;
	}
	if (nm_classify_line(s, len, &item) != NM_LINE_TEXT)
		return;
	if (!m->section && (!glued || glued_section_shape(s, len)))
		m->section = nm_section_text(ctx, s, len);
}

void
nm_read_after_date(nm_ctx *ctx, const char *s, size_t len, nm_meta_line *m)
{
	size_t		a = 0;

	if (len > META_MAX_BYTES)
		return;
	for (size_t i = 0; i <= len;)
	{
		size_t		sl = i < len ? sep_at(s, len, i) : 1;

		/* ", mis à jour le …", ", updated …": a comma may open an update too */
		if (sl == 0 && s[i] == ',')
		{
			bool		upd;
			size_t		r = i + 1;

			while (r < len && s[r] == ' ')
				r++;
			if (nm_date_label(s + r, len - r, &upd) > 0)
				sl = 1;
		}
		if (sl == 0)
		{
			i++;
			continue;
		}
		after_piece(ctx, s + a, i - a, a == 0, m);
		i += sl;
		a = i;
	}
}

bool
nm_read_meta_line(nm_ctx *ctx, const char *s, size_t len, nm_meta_line *m)
{
	char		flat[META_MAX_BYTES];
	size_t		cuts[MAX_PIECES + 1];
	int			n_cuts = 0;
	size_t		pos = 0,
				ds,
				de;
	nm_time		t;
	char	   *place,
			   *agency;
	size_t		pre;
	bool		found = false;

	memset(m, 0, sizeof(*m));
	if (len == 0 || len > META_MAX_BYTES)
		return false;
	/* the separators, as spaces in a flat copy so that "Date | Time" reads as one */
	memcpy(flat, s, len);
	for (size_t i = 0; i < len;)
	{
		size_t		sl = sep_at(s, len, i);

		if (sl == 0)
		{
			i++;
			continue;
		}
		if (n_cuts >= MAX_PIECES)
			return false;
		cuts[n_cuts++] = i;
		memset(flat + i, ' ', sl);
		i += sl;
	}
	if (n_cuts == 0 || nm_parse_dateline(ctx, s, len, &place, &agency, &pre))
		return false;
	/* pieces are labels, not sentences */
	for (int k = 0, a = 0; k <= n_cuts; k++)
	{
		size_t		e = k < n_cuts ? cuts[k] : len;

		if (nm_count_tokens(s + a, e - a) > 12)
			return false;
		a = (int) (k < n_cuts ? e + sep_at(s, len, e) : len);
	}
	/* every date of the line: labelled "Updated" ones are modified_at */
	while (pos < len && nm_find_date(flat + pos, len - pos, &t, &ds, &de))
	{
		size_t		a = pos,
					lab;
		bool		updated = false;

		ds += pos;
		de += pos;
		/* the text before the date, back to the previous separator */
		for (int k = 0; k < n_cuts; k++)
			if (cuts[k] < ds && cuts[k] >= a)
				a = cuts[k] + sep_at(s, len, cuts[k]);
		while (a < ds && s[a] == ' ')
			a++;
		/* pieces between the previous date and this one are sources */
		for (size_t p = pos, q; p < a; p = q)
		{
			size_t		e = a;

			for (int k = 0; k < n_cuts; k++)
				if (cuts[k] >= p && cuts[k] < e)
					e = cuts[k];
			q = e < a ? e + sep_at(s, len, e) : a;
			{
				size_t		x = p,
							y = e;

				while (x < y && s[x] == ' ')
					x++;
				while (y > x && s[y - 1] == ' ')
					y--;
				source_piece(ctx, s + x, y - x, m);
			}
			if (q == p)
				break;
		}
		if (a > ds)
			a = ds;				/* defensive: the date never starts inside a cut */
		lab = nm_date_label(s + a, ds - a, &updated);
		if (lab == 0 && ds > a)
		{
			/* "By Jane Doe on March 4": a byline that runs into the date */
			source_piece(ctx, s + a, ds - a, m);
		}
		if (updated && !m->modified.valid)
			m->modified = t;
		else if (!updated && !m->published.valid)
			m->published = t;
		found = true;
		pos = de;
		/* what follows, up to the next date, is section, byline or update */
		{
			size_t		nd,
						ne,
						stop = len;
			nm_time		t2;

			if (nm_find_date(flat + pos, len - pos, &t2, &nd, &ne))
			{
				stop = pos + nd;
				/* leave the next date's label and source for the loop */
				for (int k = n_cuts - 1; k >= 0; k--)
					if (cuts[k] >= pos && cuts[k] < stop)
					{
						stop = cuts[k];
						break;
					}
				if (stop == pos + nd)
					stop = pos;
			}
			nm_read_after_date(ctx, s + pos, stop - pos, m);
			pos = stop > pos ? stop : pos;
			if (stop == len)
				break;
		}
	}
	return found;
}

/* Labels of author lines ("Author: Jane Doe", "Autor: …", "Auteur : …"). */
static const char *const author_labels[] = {
	"authors:", "author:", "autoren:", "autor:", "autora:", "auteurs:", "auteur:",
	"auteur :", "autore:", "reporter:", "written by:", "words by",
};

/* Words after a name that make a line an author line ("Jane Doe, Senior Reporter"). */
static const char role_words[] =
" reporter correspondent editor writer columnist analyst contributor staff journalist"
" redakteur redakteurin korrespondent korrespondentin journaliste redacteur redactora"
" redactor periodista corresponsal ";

bool
nm_read_author_line(nm_ctx *ctx, const char *s, size_t len, nm_meta_line *m)
{
	size_t		n = 0,
				cut;

	memset(m, 0, sizeof(*m));
	if (len == 0 || len > 200)
		return false;
	for (size_t i = 0; i < sizeof(author_labels) / sizeof(author_labels[0]) && !n; i++)
		if (nm_ascii_starts_ci(s, len, author_labels[i]))
			n = strlen(author_labels[i]);
	if (n > 0)
	{
		/* "Author: A and B": read as the byline "by A and B" */
		char	   *by = nm_alloc(ctx, len - n + 4);
		char	  **names;
		int			k;
		nm_time		t;

		if (!by)
			return false;
		memcpy(by, "by ", 3);
		memcpy(by + 3, s + n, len - n);
		by[len - n + 3] = '\0';
		if (!nm_parse_byline(ctx, by, strlen(by), &names, &k, &t))
			return false;
		for (int i = 0; i < k; i++)
			add_author(m, names[i]);
		if (t.valid)
			m->published = t;
		return true;
	}
	/* "Jane Doe, Senior Reporter": a person, then a role */
	for (cut = 0; cut < len && s[cut] != ',' && s[cut] != '|'; cut++)
		;
	if (cut == len || !is_person(s, cut))
		return false;
	{
		bool		role = false;

		for (size_t i = cut + 1; i < len && !role;)
		{
			char		w[24];
			size_t		adv = nm_fold_word(s + i, len - i, w, sizeof(w));

			if (adv == 0)
			{
				i++;
				continue;
			}
			role = nm_word_in_list(role_words, w);
			i += adv;
		}
		if (!role || nm_count_tokens(s, len) > 8)
			return false;
	}
	add_author(m, nm_squeeze_spaces(ctx, s, cut));
	return true;
}

/*
 * Bare name lines ("Jane Doe", "Jane Doe, Reuters", "Jane Doe and John
 * Roe") under a headline.  With no "By" to go on, only the shape speaks, so
 * it is strict: every piece a wire name or a person of two to four
 * capitalised words (particles and initials aside), no digits or sentence
 * punctuation, no all-caps word, and no word that news text uses for
 * something else: function and headline words, places, organisations and
 * titles of the gazetteer.
 */

/* Verbs, adverbs and furniture words of headlines and decks. */
static const char *const headline_words[] = {
	"rise", "rises", "rose", "fall", "falls", "fell", "climb", "climbs", "gain",
	"gains", "drop", "drops", "hit", "hits", "jump", "jumps", "slip", "slips",
	"slide", "slides", "surge", "surges", "soar", "soars", "sink", "sinks",
	"ease", "eases", "edge", "edges", "rally", "rallies", "tumble", "tumbles",
	"plunge", "plunges", "dip", "dips", "slump", "slumps", "extend", "extends",
	"hold", "holds", "stay", "stays", "remain", "remains", "near", "nears",
	"top", "tops", "set", "sets", "see", "sees", "say", "expect", "expects",
	"plans", "cut", "cuts", "raise", "raises", "boost", "boosts", "buy", "buys",
	"sell", "sells", "sign", "signs", "agree", "agrees", "win", "wins", "lose",
	"loses", "face", "faces", "warn", "warns", "seek", "seeks", "make", "makes",
	"take", "takes", "get", "gets", "look", "looks", "weigh", "weighs", "grow",
	"grows", "slow", "slows", "again", "ahead", "up", "down", "out", "off",
	"amid", "record", "high", "low", "higher", "lower", "week", "weekly",
	"daily", "today", "now", "just", "still", "live", "latest", "breaking",
	"opinion", "review", "report", "watch", "listen", "podcast", "explainer",
	"interview", "outlook", "forecast", "preview", "guide", "special",
	"feature", "sponsored", "advertisement", "home", "menu", "search", "share",
	"subscribe", "login", "stories", "story", "world", "business",
	"economy", "politics", "sports", "science", "health", "climate",
	"commodities", "stocks", "shares", "investors", "traders", "analysts",
	"months", "mths", "qtr", "four", "five", "six", "seven", "eight", "nine",
	"ten", "comments", "posts", "videos", "photos", "images", "newsletter",
	"link", "links", "shop", "forum", "blog", "recipe", "weather", "software",
	"service", "services", "museum", "hotel", "hotels", "league", "miss",
	/* German, French, Spanish, Italian, Dutch determiners, pronouns,
	 * prepositions and furniture words */
	"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "im",
	"am", "zum", "zur", "mit", "bei", "über", "uber", "für", "fur", "und",
	"oder", "sie", "ihr", "ihre", "ihres", "dein", "deine", "euer", "unser",
	"unsere", "alle", "mehr", "meist", "neu", "neue", "neues", "neuer",
	"neueste", "neuesten", "weitere", "weiterführende", "weiterfuhrende",
	"weiterführender", "weiterfuhrender", "aktuell", "aktuelle", "aktueller",
	"ähnliche", "ahnliche", "beliebte", "verwandte", "letzte", "nächster",
	"nachster", "vorheriger", "empfohlene", "interessante", "diese",
	"dieser", "während", "wahrend", "artikel", "beiträge", "beitrage",
	"beitrag", "themen", "thema", "nachrichten", "kommentare", "informationen",
	"termine", "ausgabe", "meldungen", "redaktion", "impressum", "kontakt",
	"datenschutz", "wetter", "les", "du", "un", "une", "au", "aux", "et",
	"pour", "par", "sur", "dans", "avec", "el", "los", "las", "con", "para",
	"por", "sobre", "il", "gli", "het", "een", "voor", NULL
};

/* Endings of common nouns that a surname does not have. */
static const char *const noun_endings[] = {
	"tion", "tions", "sion", "sions", "ment", "ments", "ness", "ship", "ity",
	"ities", "ics", "ology", "ance", "ances", "ence", "ences", "ings", "ware",
	"ungen", "heit", "keit", "schaft", "ismus", "ität", "itat",
};

/* The last word of a name does not end like a common noun. */
static bool
noun_ending(const char *s, size_t len)
{
	for (size_t k = 0; k < sizeof(noun_endings) / sizeof(noun_endings[0]); k++)
	{
		size_t		n = strlen(noun_endings[k]);

		if (len > n + 1 && memcmp(s + len - n, noun_endings[k], n) == 0)
			return true;
	}
	return false;
}

/* Upper-case letter at s (ASCII, Latin-1 or Latin Extended-A). */
static bool
upper_at(const char *s, size_t len)
{
	size_t		adv;
	uint32_t	c;

	if (len == 0)
		return false;
	if ((unsigned char) s[0] < 0x80)
		return s[0] >= 'A' && s[0] <= 'Z';
	c = nm_utf8_decode(s, len, &adv);
	if (c >= 0xC0 && c <= 0xDE)
		return c != 0xD7;
	return c >= 0x100 && c <= 0x17F && c % 2 == 0;
}

/* One space-free word of a name: "Doe", "O'Neil", "Saint-Pierre", "J.",
 * a particle.  *kind: 1 a name word, 2 an initial, 3 a particle, 0 not. */
static int
name_token_kind(const char *s, size_t len)
{
	char		w[24];
	bool		lower = false;

	if (len <= 3 && upper_at(s, len) && s[1] == '.' &&
		(len == 2 || (len == 3 && s[2] == '.')))
		return 2;
	if (len == 1 && upper_at(s, len))
		return 2;
	nm_fold_word(s, len, w, sizeof(w));
	if (s[0] >= 'a' && s[0] <= 'z')
		return nm_word_in_list(nm_name_particles, w) ? 3 : 0;
	if (!upper_at(s, len) || len < 2 || len > 20)
		return 0;
	for (size_t i = 1; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c >= 'a' && c <= 'z')
			lower = true;
		else if (c >= 0x80)
			lower = true;		/* letters beyond ASCII: taken as lower case */
		else if (c == '-' && i + 1 < len && upper_at(s + i + 1, len - i - 1))
			continue;			/* "Saint-Pierre", not "E-mail" */
		else if (c == '\'' && i + 1 < len && s[i + 1] != 's' && s[i + 1] != 't')
			continue;			/* "O'Neil", not "Co's", "Don't" */
		else if (!(c >= 'A' && c <= 'Z'))
			return 0;
	}
	/* a long unhyphenated word is a compound noun ("Sanierungsbeispiele") */
	if (len > 15 && memchr(s, '-', len) == NULL)
		return 0;
	return lower ? 1 : 0;
}

/* A person's name of two to four words, none of them a news word. */
static bool
bare_person(nm_ctx *ctx, const char *s, size_t len)
{
	int			words = 0,
				initials = 0,
				last = 0;
	size_t		last_at = 0,
				last_len = 0;
	nm_tokens	toks;

	for (size_t i = 0; i < len;)
	{
		size_t		e = i;
		int			kind;

		while (e < len && s[e] != ' ')
			e++;
		kind = name_token_kind(s + i, e - i);
		if (kind == 0 || (kind == 3 && words == 0))
			return false;
		/* a heading opening with a gerund ("Advertising …", "Trending …") */
		if (words == 0 && initials == 0 && e - i >= 6 && memcmp(s + e - 3, "ing", 3) == 0)
			return false;
		words += kind == 1;
		initials += kind == 2;
		last = kind;
		last_at = i;
		last_len = e - i;
		i = e;
		if (i + 1 < len && s[i + 1] == ' ')
			return false;		/* columns of a table, not a name */
		while (i < len && s[i] == ' ')
			i++;
	}
	if (words + initials < 2 || words + initials > 4 || words == 0 || last != 1 ||
		noun_ending(s + last_at, last_len))
		return false;
	if (nm_tokenize(ctx, s, len, &toks) != NM_OK)
		return false;
	for (int i = 0; i < toks.n; i++)
	{
		const nm_gaz_entry *e;
		char		w[24];

		if (!(toks.tok[i].flags & NM_TOK_WORD) || !(toks.tok[i].flags & NM_TOK_CAP))
			continue;			/* punctuation, particles */
		nm_fold_word(s + toks.tok[i].start, toks.tok[i].len, w, sizeof(w));
		if (nm_not_name_word(&toks, i) || nm_tok_in(&toks, i, headline_words) ||
			nm_word_in_list(org_words, w) || nm_word_in_list(role_words, w) ||
			nm_gaz_match(&nm_titles, &toks, i, false, &e) > 0 ||
			(nm_gaz_match(&nm_gazetteer, &toks, i, true, &e) > 0 && e->kind != NM_GAZ_PERSON))
			return false;
	}
	return true;
}

bool
nm_read_name_line(nm_ctx *ctx, const char *s, size_t len, nm_meta_line *m)
{
	size_t		a = 0;
	int			people = 0,
				pieces = 0;
	const char *wire = NULL;

	memset(m, 0, sizeof(*m));
	if (len < 5 || len > 100)
		return false;
	for (size_t i = 0; i < len; i++)
		if ((s[i] >= '0' && s[i] <= '9') || strchr(":;|?!\"()[]@/#*+=<>", s[i]))
			return false;
	/* pieces parted by ',', '&' or "and" */
	for (size_t i = 0; i <= len && pieces < 6;)
	{
		size_t		sep = 0;
		size_t		x = a,
					y = i;

		if (i < len)
		{
			if (s[i] == ',' || s[i] == '&')
				sep = 1;
			else if (s[i] == ' ' && nm_ascii_starts_ci(s + i, len - i, " and "))
				sep = 5;
			if (sep == 0)
			{
				i++;
				continue;
			}
		}
		while (x < y && s[x] == ' ')
			x++;
		while (y > x && s[y - 1] == ' ')
			y--;
		if (y == x || wire)
			return false;		/* an empty piece, or a piece after the wire */
		pieces++;
		if ((wire = nm_agency_name(s + x, y - x)) == NULL)
		{
			if (!bare_person(ctx, s + x, y - x))
				return false;
			add_author(m, nm_squeeze_spaces(ctx, s + x, y - x));
			people++;
		}
		if (i >= len)
			break;
		i += sep;
		a = i;
	}
	if (people == 0 || pieces >= 6 || m->n_authors != people)
		return false;
	if (wire)
		m->agency = nm_strdup(ctx, wire);
	return true;
}
