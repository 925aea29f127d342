/*
 * text_furniture.c -- furniture lines of scraped plain-text pages (captions,
 * share/subscribe bars, related and tag lines, copyright, menus).
 */
#include "nm_textlines.h"

#include <string.h>

#define CLASS_MAX_BYTES	300		/* longer lines are story text */
#define KEY_MAX			96
#define LABEL_BYTES		48		/* furniture labels sit in a line's first bytes */

/* Whole lines that are page furniture (folded: lower case, no accents). */
static const char *const drop_exact[] = {
	"advertisement", "advertisements", "advertising", "sponsored", "sponsored content",
	"ad", "story continues below", "story continues below advertisement",
	"article continues below", "article continues below advertisement",
	"continue reading", "continue reading below", "share", "share this",
	"share this article", "share this story", "share this post", "share article",
	"share story", "share via", "tweet", "email", "e mail", "print", "print article",
	"copy link", "link copied", "listen", "listen to this article", "listen to article",
	"save", "save article", "bookmark", "follow", "follow us", "skip to content",
	"skip to main content", "back to top", "scroll to top", "menu", "search", "close",
	"sign in", "log in", "login", "register", "subscribe", "subscribe now", "sign up",
	"newsletter", "facebook", "twitter", "linkedin", "whatsapp", "reddit", "x",
	"anzeige", "werbung", "teilen", "artikel teilen", "drucken", "merken", "vorlesen",
	"publicite", "partager", "imprimer", "publicidad", "compartir", "imprimir",
	"anuncio", "compartilhar", "pubblicita", "condividi", "reclame", "delen",
	"image", "photo", "video", "gallery", "audio", "zoom", "expand", "enlarge",
	"a a a", "a a", "text size", "font size",
};

/* Line openings of furniture (folded, compared at word starts). */
static const char *const drop_prefix[] = {
	"share this ", "share on ", "share via ", "subscribe to ", "subscribe for ",
	"sign up for ", "sign up to ", "click here ", "follow us ", "like us on ",
	"join our ", "get our ", "download our app", "download the app",
	"we use cookies", "this site uses cookies", "this website uses cookies",
	"our website uses cookies", "by continuing to use", "accept cookies",
	"accept all cookies", "manage cookies", "cookie settings", "cookie policy",
	"privacy policy", "terms of use", "terms and conditions", "jetzt abonnieren",
	"newsletter abonnieren", "abonnez vous", "inscrivez vous", "suscribete",
	"siguenos", "folgen sie uns", "suivez nous", "listen to this article",
	"story continues ", "article continues ", "advertisement ", "newsletter",
	"get the newsletter", "free newsletter", "daily newsletter", "receive our",
};

/* Caption openings; a caption line is dropped wherever it is. */
static const char *const caption_prefix[] = {
	"photo:", "photo :", "photo by ", "photos:", "photo credit", "photograph:",
	"photograph by ", "image:", "image :", "image by ", "image credit", "image courtesy",
	"image source", "images:", "picture:", "pictured:", "pic:", "credit:",
	"illustration:", "illustration by ", "file photo", "stock image", "stock photo",
	"representational image", "representative image", "illustrative image",
	"caption:", "foto:", "fotos:", "foto :", "bild:", "bildquelle", "fotoquelle",
	"credit photo", "credits photo", "imagen:", "fotografia:", "foto de archivo",
	"(photo", "(image", "(picture", "(foto", "(file photo", "(credit", "[photo",
	"[image", "(ap photo",
};

/* Labels whose text after them is one related item. */
static const char *const related_prefix[] = {
	"related:", "related article:", "related story:", "related stories:",
	"related news:", "read more:", "read also:", "also read:", "see also:",
	"more:", "read:", "recommended:", "don t miss:", "must read:", "read next:",
	"lesen sie auch:", "lesen sie auch", "mehr zum thema:", "auch interessant:",
	"lire aussi:", "lire aussi :", "a lire aussi:", "a lire aussi :", "a lire aussi",
	"voir aussi:", "voir aussi :", "lea tambien:", "lee tambien:", "ver tambien:",
	"leia tambem:", "leia mais:", "leggi anche:", "lees ook:",
};

/* Openings of lines that end the story (tags, copyright, comments). */
static const char *const end_prefix[] = {
	"tags:", "tags :", "tagged:", "tagged with", "topics:", "topics :", "keywords:",
	"filed under", "categories:", "category:", "schlagworte:", "schlagworter:",
	"themen:", "stichworte:", "mots cles:", "mots cles :", "etiquettes:", "etiquetas:",
	"temas:", "palabras clave:", "tag:", "copyright ", "(c) ", "about the author",
	"about the authors", "leave a comment", "leave a reply", "join the conversation",
	"add a comment", "post a comment", "show comments", "view comments",
	"comments (", "kommentare (", "commentaires (", "comentarios (",
};
static const char *const end_exact[] = {
	"tags", "topics", "keywords", "comments", "comment", "kommentare", "commentaires",
	"comentarios", "about the author",
};

/* Phrases inside a short line that make it a copyright notice. */
static const char *const rights_phrases[] = {
	"all rights reserved", "alle rechte vorbehalten", "tous droits reserves",
	"todos los derechos reservados", "todos os direitos reservados",
	"tutti i diritti riservati", "alle rechten voorbehouden",
};

/* Menu words of a site's navigation, alone on a line at the top. */
static const char *const nav_exact[] = {
	"home", "homepage", "home page", "news", "latest", "latest news", "main menu",
	"navigation", "toggle navigation", "open menu", "menu", "search", "startseite",
	"accueil", "inicio", "portada", "notizie", "nieuws", "nachrichten",
	"actualites", "noticias", "sections", "all sections", "my account", "account",
};

/*
 * Folds s into key: words lower-cased without accents, single spaces, other
 * bytes kept (':' '(' '©' digits).  Stops at KEY_MAX bytes.
 */
static size_t
make_key(const char *s, size_t len, char *key)
{
	size_t		i = 0,
				k = 0;

	while (i < len && k + 1 < KEY_MAX)
	{
		char		w[32];
		size_t		adv;

		/*
		 * an all-ASCII word, as nm_fold_word would fold it (lower case; a
		 * word longer than its buffer is dropped) without its per-letter
		 * decoding: most of a line's words
		 */
		if (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
		{
			size_t		e = i;

			while (e < len && ((s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z'))
				e++;
			if (e == len || (unsigned char) s[e] < 0x80)
			{
				if (e - i < sizeof(w))
				{
					if (k + (e - i) + 1 >= KEY_MAX)
						break;
					for (size_t j = i; j < e; j++)
						key[k++] = (char) (s[j] | 0x20);
				}
				i = e;
				continue;
			}
		}
		adv = nm_fold_word(s + i, len - i, w, sizeof(w));

		if (adv > 0)
		{
			size_t		wl = strlen(w);

			if (k + wl + 1 >= KEY_MAX)
				break;
			memcpy(key + k, w, wl);
			k += wl;
			i += adv;
			continue;
		}
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\'' || s[i] == '-' ||
			((unsigned char) s[i] == 0xC2 && i + 1 < len && (unsigned char) s[i + 1] == 0xA0))
		{
			if (k > 0 && key[k - 1] != ' ')
				key[k++] = ' ';
			i += (unsigned char) s[i] == 0xC2 ? 2 : 1;
			continue;
		}
		/* curly apostrophe counts as a space too ("don’t" -> "don t") */
		if (i + 2 < len && (unsigned char) s[i] == 0xE2 && (unsigned char) s[i + 1] == 0x80 &&
			((unsigned char) s[i + 2] == 0x99 || (unsigned char) s[i + 2] == 0x98))
		{
			if (k > 0 && key[k - 1] != ' ')
				key[k++] = ' ';
			i += 3;
			continue;
		}
		key[k++] = s[i++];
	}
	key[k] = '\0';
	return k;
}

#define EXACT_MAX		40		/* no whole-line entry is longer */

static bool
in_exact(const char *key, size_t klen, const char *const *list, size_t n)
{
	if (klen > EXACT_MAX + 4)
		return false;			/* story lines are longer than any entry */
	/* trailing ':' '.' '!' '|' and arrows do not count */
	while (klen > 0 && (key[klen - 1] == ':' || key[klen - 1] == '.' || key[klen - 1] == '!' ||
						key[klen - 1] == ' ' || key[klen - 1] == '|' ||
						key[klen - 1] == '>' || (unsigned char) key[klen - 1] >= 0x80))
		klen--;
	for (size_t i = 0; i < n; i++)
	{
		size_t		k = 0;

		while (list[i][k] && k < klen && list[i][k] == key[k])
			k++;
		if (!list[i][k] && k == klen)
			return true;
	}
	return false;
}

static size_t
prefix_of(const char *key, size_t klen, const char *const *list, size_t n)
{
	char		first = key[0];

	if (klen == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
	{
		const char *p = list[i];
		size_t		k = 1;

		/* the first byte alone turns away nearly every entry: most lines are story */
		if (p[0] != first)
			continue;
		while (p[k] && k < klen && p[k] == key[k])
			k++;
		if (!p[k])
			return k;
	}
	return 0;
}

int
nm_count_tokens(const char *s, size_t len)
{
	int			n = 0;
	bool		in = false;

	for (size_t i = 0; i < len; i++)
	{
		bool		sp = s[i] == ' ' || s[i] == '\t';

		if (!sp && !in)
			n++;
		in = !sp;
	}
	return n;
}

/*
 * "3 hours ago", "Updated: 5 mins ago", "vor 2 Stunden", "il y a 3 heures",
 * "hace 2 horas": relative times say nothing we can date.
 */
static bool
relative_time(const char *key, size_t klen)
{
	static const char *const units = " sec secs second seconds min mins minute minutes hour"
		" hours hr hrs day days week weeks month months minuten stunde stunden tag tagen"
		" heure heures jour jours hora horas dia dias semana semanas ";
	size_t		i = 0;
	int			tokens = 1;

	for (size_t k = 0; k < klen; k++)
		tokens += key[k] == ' ';
	if (tokens > 6)
		return false;
	/* the number and its unit */
	while (i < klen && !(key[i] >= '0' && key[i] <= '9'))
		i++;
	if (i == klen)
		return false;
	while (i < klen && key[i] >= '0' && key[i] <= '9')
		i++;
	if (i >= klen || key[i] != ' ')
		return false;
	{
		char		w[16];
		size_t		e = i + 1,
					n;

		while (e < klen && key[e] != ' ')
			e++;
		n = e - i - 1;
		if (n == 0 || n >= sizeof(w) - 2)
			return false;
		w[0] = ' ';
		memcpy(w + 1, key + i + 1, n);
		w[n + 1] = ' ';
		w[n + 2] = '\0';
		if (!strstr(units, w))
			return false;
		return (e + 4 == klen && memcmp(key + e, " ago", 4) == 0) ||
			strstr(key, "vor ") || strstr(key, "il y a ") || strstr(key, "hace ") ||
			strstr(key, "ha ");
	}
}

/* "12 comments", "3 Kommentare", "5 min read", "4 minute read". */
static bool
count_furniture(const char *key, size_t klen, bool *ends)
{
	size_t		i = 0;

	while (i < klen && key[i] >= '0' && key[i] <= '9')
		i++;
	if (i == 0 || i > 6 || i >= klen || key[i] != ' ')
		return false;
	i++;
	if (strcmp(key + i, "comments") == 0 || strcmp(key + i, "comment") == 0 ||
		strcmp(key + i, "kommentare") == 0 || strcmp(key + i, "commentaires") == 0 ||
		strcmp(key + i, "comentarios") == 0 || strcmp(key + i, "replies") == 0)
	{
		*ends = true;
		return true;
	}
	*ends = false;
	return strcmp(key + i, "min read") == 0 || strcmp(key + i, "minute read") == 0 ||
		strcmp(key + i, "minutes read") == 0 || strcmp(key + i, "mins read") == 0 ||
		strcmp(key + i, "min") == 0 || strcmp(key + i, "min lesezeit") == 0 ||
		strcmp(key + i, "min de lecture") == 0 || strcmp(key + i, "min de lectura") == 0 ||
		strcmp(key + i, "shares") == 0 || strcmp(key + i, "views") == 0;
}

static bool
contains(const char *key, const char *w)
{
	return strstr(key, w) != NULL;
}

/* A cheap look for the stem of "reserved"/"réservés"/"riservati"/"vorbehalten"/"voorbehouden". */
static bool
rights_word_in(const char *s, size_t len)
{
	for (size_t i = 0; i + 4 <= len; i++)
	{
		char		a = (char) (s[i] | 0x20);

		if ((a == 's' && (s[i + 1] | 0x20) == 'e' && (s[i + 2] | 0x20) == 'r' &&
			 (s[i + 3] | 0x20) == 'v') ||
			(a == 'b' && (s[i + 1] | 0x20) == 'e' && (s[i + 2] | 0x20) == 'h'))
			return true;
	}
	return false;
}

/* "©" anywhere in s[0..len) */
static bool
has_copyright_sign(const char *s, size_t len)
{
	for (const char *p = s; (p = memchr(p, 0xC2, len - (size_t) (p - s))) != NULL; p++)
		if ((size_t) (p - s) + 1 < len && (unsigned char) p[1] == 0xA9)
			return true;
	return false;
}

/* key ends with w, a final '.' aside ("… All rights reserved.") */
static bool
ends_with(const char *key, size_t klen, const char *w)
{
	size_t		n = strlen(w);

	if (klen > 0 && key[klen - 1] == '.')
		klen--;
	return klen >= n && memcmp(key + klen - n, w, n) == 0;
}

/* The byte offset in s of the text after the k-th folded key byte (approx.). */
static size_t
item_offset(const char *s, size_t len)
{
	size_t		i = 0;

	/* the label ends at its colon, or else after its words */
	while (i < len && i < 40 && s[i] != ':')
		i++;
	if (i < len && s[i] == ':')
		i++;
	else
		return len;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

nm_line_class
nm_classify_line(const char *s, size_t len, size_t *item)
{
	char		key[KEY_MAX];
	size_t		klen;
	int			tokens;
	bool		ends,
				short_line;

	*item = 0;
	if (len == 0 || len > CLASS_MAX_BYTES)
		return NM_LINE_TEXT;
	if ((len >= 2 && (unsigned char) s[0] == 0xC2 && (unsigned char) s[1] == 0xA9))
		return NM_LINE_END;		/* "© 2025 …" */
	/* labels sit in the first bytes: long lines fold only those */
	tokens = nm_count_tokens(s, len);
	klen = make_key(s, tokens <= 6 || len < LABEL_BYTES ? len : LABEL_BYTES, key);
	if (klen == 0)
		return NM_LINE_TEXT;
	/* whole-line entries are at most five words: longer lines skip them */
	short_line = tokens <= 5;
	if (short_line &&
		in_exact(key, klen, drop_exact, sizeof(drop_exact) / sizeof(drop_exact[0])))
		return NM_LINE_DROP;
	if (short_line &&
		in_exact(key, klen, end_exact, sizeof(end_exact) / sizeof(end_exact[0])))
		return NM_LINE_END;
	if (prefix_of(key, klen, caption_prefix, sizeof(caption_prefix) / sizeof(caption_prefix[0])))
		return NM_LINE_CAPTION;
	if (tokens <= 6 && count_furniture(key, klen, &ends))
		return ends ? NM_LINE_END : NM_LINE_DROP;
	if (tokens <= 6 && relative_time(key, klen))
		return NM_LINE_DROP;
	if (prefix_of(key, klen, related_prefix, sizeof(related_prefix) / sizeof(related_prefix[0])))
	{
		*item = item_offset(s, len);
		/* "Related: Chile copper output falls": the text is an item */
		if (*item < len && nm_count_tokens(s + *item, len - *item) >= 2)
			return NM_LINE_RELATED;
		return NM_LINE_DROP;
	}
	if (prefix_of(key, klen, end_prefix, sizeof(end_prefix) / sizeof(end_prefix[0])))
	{
		/* "Copyright law …" opens a sentence: a notice has a year or © */
		if (strncmp(key, "copyright ", 10) == 0 || strncmp(key, "(c) ", 4) == 0)
		{
			bool		year = false;

			for (size_t i = 0; i + 3 < klen && !year; i++)
				year = (key[i] == '1' || key[i] == '2') && key[i + 1] >= '0' && key[i + 1] <= '9' &&
					key[i + 2] >= '0' && key[i + 2] <= '9' && key[i + 3] >= '0' && key[i + 3] <= '9';
			if (!year && !has_copyright_sign(s, len) && !contains(key, "reserved"))
				return NM_LINE_TEXT;
		}
		return NM_LINE_END;
	}
	if (tokens <= 20 && rights_word_in(s, len))
	{
		/* "… All rights reserved.": the end of the line, folded */
		char		tail[KEY_MAX];
		size_t		a = len > LABEL_BYTES ? len - LABEL_BYTES : 0,
					tlen;

		while (a > 0 && a < len && s[a - 1] != ' ')
			a++;
		tlen = make_key(s + a, len - a, tail);
		for (size_t i = 0; i < sizeof(rights_phrases) / sizeof(rights_phrases[0]); i++)
			if (ends_with(tail, tlen, rights_phrases[i]))
				return NM_LINE_END;
	}
	if (tokens <= 12 && has_copyright_sign(s, len))
		return NM_LINE_END;
	if (prefix_of(key, klen, drop_prefix, sizeof(drop_prefix) / sizeof(drop_prefix[0])))
		return NM_LINE_DROP;
	if (short_line &&
		in_exact(key, klen, nav_exact, sizeof(nav_exact) / sizeof(nav_exact[0])))
		return NM_LINE_NAV;
	{
		size_t		a,
					b;

		if (nm_is_breadcrumb(s, len, &a, &b))
			return NM_LINE_NAV;
	}
	return NM_LINE_TEXT;
}

/* Separator of crumbs at i: " > ", " » ", " › ", " / ", ">" … ; its length or 0. */
static size_t
crumb_sep(const char *s, size_t len, size_t i)
{
	/* ASCII separators only between spaces: "Home > News", not "<X>" or "1/2" */
	if ((s[i] == '>' || s[i] == '/' || s[i] == '\\') && i > 0 && s[i - 1] == ' ' &&
		i + 1 < len && s[i + 1] == ' ')
		return 1;
	if (i + 1 < len && (unsigned char) s[i] == 0xC2 && (unsigned char) s[i + 1] == 0xBB)
		return 2;				/* » */
	if (i + 2 < len && (unsigned char) s[i] == 0xE2 && (unsigned char) s[i + 1] == 0x80 &&
		(unsigned char) s[i + 2] == 0xBA)
		return 3;				/* › */
	if (i + 2 < len && (unsigned char) s[i] == 0xE2 && (unsigned char) s[i + 1] == 0x86 &&
		(unsigned char) s[i + 2] == 0x92)
		return 3;				/* → */
	return 0;
}

bool
nm_is_breadcrumb(const char *s, size_t len, size_t *last, size_t *last_len)
{
	int			crumbs = 0;
	size_t		a = 0;
	bool		slash = false;

	*last = 0;
	*last_len = 0;
	if (len == 0 || len > 200)
		return false;
	/* a quick look for a separator byte first: most lines have none */
	if (!memchr(s, '>', len) && !memchr(s, '/', len) && !memchr(s, '\\', len) &&
		!memchr(s, 0xC2, len) && !memchr(s, 0xE2, len))
		return false;
	for (size_t i = 0; i <= len;)
	{
		size_t		sep = i < len ? crumb_sep(s, len, i) : 1;

		if (sep == 0)
		{
			i++;
			continue;
		}
		{
			size_t		x = a,
						y = i;

			while (x < y && (s[x] == ' ' || s[x] == '\t'))
				x++;
			while (y > x && (s[y - 1] == ' ' || s[y - 1] == '\t'))
				y--;
			/* a crumb is a short label: no digits, no sentence */
			if (y == x || y - x > 40 || nm_count_tokens(s + x, y - x) > 4)
				return false;
			for (size_t k = x; k < y; k++)
				if ((s[k] >= '0' && s[k] <= '9') || s[k] == '.' || s[k] == ',' ||
					s[k] == '|' || s[k] == ':' || s[k] == '<' || s[k] == '>')
					return false;
			crumbs++;
			*last = x;
			*last_len = y - x;
		}
		if (i < len && s[i] == '/')
			slash = true;
		i += sep;
		a = i;
	}
	/* "Gold / silver ratio" is a headline: slashes need three crumbs */
	return crumbs >= (slash ? 3 : 2);
}

/* ---------------------------------------------------------------------
 * Markdown
 * --------------------------------------------------------------------- */

bool
nm_has_markdown(const char *s, size_t len)
{
	if (len == 0)
		return false;
	if (s[0] == '#' || s[0] == '>' || s[0] == '=' ||
		((s[0] == '*' || s[0] == '+' || s[0] == '-') && (len == 1 || s[1] == ' ' || s[1] == s[0])))
		return true;
	if (len >= 4 && (unsigned char) s[0] == 0xE2 && (unsigned char) s[1] == 0x80 &&
		(unsigned char) s[2] == 0xA2 && s[3] == ' ')
		return true;			/* "• " */
	/* "*Published: …*": emphasis around the whole line */
	if ((s[0] == '*' || s[0] == '_') && len > 2 && s[len - 1] == s[0] && s[1] != ' ')
		return true;
	if (memchr(s, '`', len))
		return true;
	/* "**", "__", "](": found from each first byte (memchr is fast) */
	{
		static const char pairs[3][2] = {{'*', '*'}, {'_', '_'}, {']', '('}};

		for (int k = 0; k < 3; k++)
			for (const char *p = s; (p = memchr(p, pairs[k][0], len - (size_t) (p - s))) != NULL; p++)
				if ((size_t) (p - s) + 1 < len && p[1] == pairs[k][1])
					return true;
	}
	return false;
}

/* A link "[text](url)" at p ('[' or "!["): sets the parts, returns its end or 0. */
static size_t
link_at(const char *s, size_t len, size_t p, size_t *ta, size_t *tb,
		size_t *ua, size_t *ub)
{
	size_t		q = p + (s[p] == '!' ? 2 : 1),
				r;

	*ta = q;
	while (q < len && s[q] != ']' && s[q] != '[' && q - *ta < 300)
		q++;
	if (q + 1 >= len || s[q] != ']' || s[q + 1] != '(')
		return 0;
	*tb = q;
	r = q + 2;
	*ua = r;
	/*
	 * a URL has no brackets, blanks or controls (a tab would reach the
	 * output): the scans of two links never overlap, so a URL of any length
	 * is read (and dropped when too long, never left in the text)
	 */
	while (r < len && s[r] != ')' && (unsigned char) s[r] > ' ' && s[r] != '[' &&
		   s[r] != ']')
		r++;
	/* an optional title: [t](url "title") */
	if (r < len && (s[r] == ' ' || s[r] == '\t'))
	{
		size_t		t = r;

		while (r < len && s[r] != ')' && s[r] != '[' && s[r] != ']' && r - t < 200)
			r++;
	}
	if (r >= len || s[r] != ')')
		return 0;
	/* the URL ends at the title, if any */
	*ub = *ua;
	while (*ub < r && (unsigned char) s[*ub] > ' ')
		(*ub)++;
	return r + 1;
}

size_t
nm_strip_markdown(const char *s, size_t len, char *out, bool *bullet, bool *rule,
				  size_t *url, size_t *url_len)
{
	size_t		i = 0,
				o = 0;
	bool		only_marks = true;

	*bullet = false;
	*rule = false;
	*url = 0;
	*url_len = 0;
	/* "---", "***", "===", "___": a rule or a setext underline */
	for (size_t k = 0; k < len && only_marks; k++)
		only_marks = s[k] == '-' || s[k] == '*' || s[k] == '=' || s[k] == '_' || s[k] == ' ';
	if (only_marks && len >= 3)
	{
		*rule = true;
		return 0;
	}
	/* block openers: headings, quotes, bullets */
	while (i < len && s[i] == '#' && i < 6)
		i++;
	if (i > 0 && (i >= len || s[i] == ' '))
		;
	else
		i = 0;
	if (i == 0 && s[0] == '>')
		i = 1;
	if (i == 0 && len > 2 && (s[0] == '*' || s[0] == '+' || s[0] == '-') && s[1] == ' ')
	{
		*bullet = true;
		i = 2;
	}
	else if (i == 0 && len > 4 && (unsigned char) s[0] == 0xE2 && (unsigned char) s[1] == 0x80 &&
			 (unsigned char) s[2] == 0xA2 && s[3] == ' ')
	{
		*bullet = true;
		i = 4;
	}
	while (i < len && s[i] == ' ')
		i++;
	while (i < len)
	{
		size_t		ta,
					tb,
					ua,
					ub,
					e;

		if ((s[i] == '[' || (s[i] == '!' && i + 1 < len && s[i + 1] == '[')) &&
			(e = link_at(s, len, i, &ta, &tb, &ua, &ub)) > 0)
		{
			if (s[i] != '!')
			{
				/* the link text stays, without emphasis marks */
				for (size_t k = ta; k < tb; k++)
					if (s[k] != '*' && s[k] != '`')
						out[o++] = s[k];
				if (*url_len == 0 && ub - ua > 8 && ub - ua <= NM_MAX_URL_LEN &&
					(strncmp(s + ua, "http://", 7) == 0 || strncmp(s + ua, "https://", 8) == 0))
				{
					*url = ua;
					*url_len = ub - ua;
				}
			}
			i = e;
			continue;
		}
		if ((s[i] == '*' && i + 1 < len && s[i + 1] == '*') ||
			(s[i] == '_' && i + 1 < len && s[i + 1] == '_'))
		{
			i += 2;
			continue;
		}
		if (s[i] == '`')
		{
			i++;
			continue;
		}
		/* a single '*' touching a word is emphasis ("*Published*"), and so is
		 * a '_' that opens or closes the line */
		if ((s[i] == '*' && ((i + 1 < len && s[i + 1] != ' ') || (i > 0 && s[i - 1] != ' '))) ||
			(s[i] == '_' && (i == 0 || i + 1 == len)))
		{
			i++;
			continue;
		}
		out[o++] = s[i++];
	}
	while (o > 0 && (out[o - 1] == ' ' || out[o - 1] == '#'))
		o--;
	return o;
}
