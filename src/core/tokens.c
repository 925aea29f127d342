/*
 * tokens.c -- splits text into word and punctuation tokens with case flags
 * and groups them into sentences; shared by entities, quotes and figures.
 */
#include "nm_entities.h"

#include <string.h>

/* Words after which a period does not end a sentence. */
static const char *const abbreviations[] = {
	"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "sen", "rep",
	"gov", "lt", "col", "capt", "sgt", "no", "nos", "vs", "etc", "approx",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", "co", "corp", "inc", "ltd", "bros", "mt", "ft", "e", "i",
	"fig", "est", "vol", NULL
};

/* After an abbreviation these words still start a new sentence. */
static const char *const sentence_starters[] = {
	"the", "it", "he", "she", "they", "we", "i", "in", "on", "but", "its",
	"this", "that", "a", "an", "shares", "prices", "there", "however", NULL
};

static bool
is_space_cp(uint32_t c, bool *newline)
{
	if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85)
	{
		*newline = true;
		return true;
	}
	return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0xA0 ||
		c == 0x202F || c == 0x3000 || (c >= 0x2000 && c <= 0x200B);
}

static bool
is_word_cp(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
			(c >= 'A' && c <= 'Z');
	if ((c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7)
		return false;
	if ((c >= 0x2000 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF) ||
		(c >= 0x3000 && c <= 0x303F) || c == 0xFFFD)
		return false;
	return true;
}

static bool
is_upper_cp(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (c >= 0xC0 && c <= 0xDE)
		return c != 0xD7;
	if (c >= 0x100 && c <= 0x17F)
		return (c & 1) == 0;
	return (c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F);
}

static bool
is_lower_cp(uint32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	if (c >= 0xDF && c <= 0xFF)
		return c != 0xF7;
	if (c >= 0x100 && c <= 0x17F)
		return (c & 1) == 1;
	return (c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x45F);
}

static uint32_t
decode_at(const char *s, size_t len, size_t i, size_t *adv)
{
	if ((unsigned char) s[i] < 0x80)
	{
		*adv = 1;
		return (unsigned char) s[i];
	}
	return nm_utf8_decode(s + i, len - i, adv);
}

/* Fold typographic punctuation to its ASCII counterpart. */
static uint32_t
fold_punct(uint32_t c)
{
	switch (c)
	{
		case 0x2018:
		case 0x2019:
		case 0x02BC:
			return '\'';
		case 0x201C:
		case 0x201D:
		case 0x201E:
		case 0x00AB:
		case 0x00BB:
			return '"';
		case 0x2010:
		case 0x2011:
		case 0x2012:
		case 0x2013:
		case 0x2014:
		case 0x2212:
			return '-';
		case 0x2026:
			return '.';
		default:
			return c;
	}
}

bool
nm_tok_punct(const nm_tokens *t, int i, char c)
{
	size_t		adv;
	const nm_token *k;

	if (i < 0 || i >= t->n)
		return false;
	k = &t->tok[i];
	if (k->flags & NM_TOK_WORD)
		return false;
	return fold_punct(decode_at(t->text, t->len, k->start, &adv)) == (uint32_t) (unsigned char) c;
}

bool
nm_tok_is(const nm_tokens *t, int i, const char *w)
{
	size_t		wl = strlen(w);
	const char *s;

	if (i < 0 || i >= t->n || t->tok[i].len != wl)
		return false;
	s = t->text + t->tok[i].start;
	for (size_t k = 0; k < wl; k++)
	{
		char		a = s[k];

		if (a >= 'A' && a <= 'Z')
			a += 'a' - 'A';
		if (a != w[k])
			return false;
	}
	return true;
}

bool
nm_tok_is_exact(const nm_tokens *t, int i, const char *w)
{
	size_t		wl = strlen(w);

	return i >= 0 && i < t->n && t->tok[i].len == wl &&
		memcmp(t->text + t->tok[i].start, w, wl) == 0;
}

/*
 * The token is lower-cased once; then each entry costs one first-letter
 * compare unless it starts with the right letter.  Word lists of hundreds
 * are scanned for nearly every token of the entity passes, and a strlen per
 * entry made that the hot spot on long texts.
 */
#define TOK_IN_MAX	32

/* Token i lower-cased into low (TOK_IN_MAX + 1 bytes): its length, or -1
 * when it is empty, longer than TOK_IN_MAX or holds a NUL. */
static int
tok_lower(const nm_tokens *t, int i, char *low)
{
	size_t		len = t->tok[i].len;
	const char *s = t->text + t->tok[i].start;

	if (len == 0 || len > TOK_IN_MAX)
		return -1;
	for (size_t k = 0; k < len; k++)
	{
		char		a = s[k];

		if (a == '\0')
			return -1;
		low[k] = (a >= 'A' && a <= 'Z') ? (char) (a + ('a' - 'A')) : a;
	}
	low[len] = '\0';
	return (int) len;
}

bool
nm_tok_in(const nm_tokens *t, int i, const char *const *words)
{
	char		low[TOK_IN_MAX + 1];

	if (i < 0 || i >= t->n)
		return false;
	if (t->tok[i].len == 0 || t->tok[i].len > TOK_IN_MAX)
	{
		for (; *words; words++)
			if (nm_tok_is(t, i, *words))
				return true;
		return false;
	}
	if (tok_lower(t, i, low) < 0)
		return false;			/* no entry has a NUL inside */
	for (; *words; words++)
		if ((*words)[0] == low[0] && strcmp(*words, low) == 0)
			return true;
	return false;
}

bool
nm_tok_in_sorted(const nm_tokens *t, int i, const char *const *words, int n)
{
	char		low[TOK_IN_MAX + 1];
	int			lo = 0,
				hi = n;

	if (i < 0 || i >= t->n || tok_lower(t, i, low) < 0)
		return false;
	while (lo < hi)
	{
		int			mid = lo + (hi - lo) / 2;
		int			c = strcmp(words[mid], low);

		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

int
nm_tok_possessive(const nm_tokens *t, int i)
{
	if (i + 1 >= t->n || !nm_tok_punct(t, i + 1, '\'') ||
		(t->tok[i + 1].flags & NM_TOK_SPACE))
		return 0;
	if (i + 2 < t->n && nm_tok_is(t, i + 2, "s") &&
		!(t->tok[i + 2].flags & NM_TOK_SPACE))
		return 2;
	/* "Philippines' ministry" */
	if (t->text[t->tok[i].start + t->tok[i].len - 1] == 's' &&
		(i + 2 >= t->n || (t->tok[i + 2].flags & NM_TOK_SPACE)))
		return 1;
	return 0;
}

/* Does a sentence end between token i-1 and token i? */
static bool
sentence_break(const nm_tokens *t, int i)
{
	const nm_token *k = &t->tok[i];
	int			p = i - 1;

	if (k->flags & NM_TOK_NEWLINE)
		return true;
	if (!(k->flags & NM_TOK_SPACE))
		return false;
	/* closing quotes and brackets glued to the terminator stay with it */
	while (p > 0 && !(t->tok[p].flags & NM_TOK_SPACE) &&
		   (nm_tok_punct(t, p, '"') || nm_tok_punct(t, p, '\'') ||
			nm_tok_punct(t, p, ')')))
		p--;
	if (p < 0 || (t->tok[p].flags & NM_TOK_WORD))
		return false;
	if (nm_tok_punct(t, p, '!') || nm_tok_punct(t, p, '?'))
		return true;
	if (!nm_tok_punct(t, p, '.'))
		return false;
	if (!(k->flags & (NM_TOK_CAP | NM_TOK_DIGIT)) &&
		!nm_tok_punct(t, i, '"') && !nm_tok_punct(t, i, '('))
		return false;
	if (p > 0 && (t->tok[p - 1].flags & NM_TOK_WORD) &&
		!(t->tok[p].flags & NM_TOK_SPACE))
	{
		const nm_token *w = &t->tok[p - 1];
		bool		abbrev = nm_tok_in(t, p - 1, abbreviations);

		/* single letters: initials ("J. Smith") and acronyms ("U.S.") */
		if (w->len == 1 && !(w->flags & NM_TOK_DIGIT))
			abbrev = true;
		if (abbrev)
			return nm_tok_in(t, i, sentence_starters) &&
				!nm_tok_is(t, p - 1, "mr") && !nm_tok_is(t, p - 1, "ms") &&
				!nm_tok_is(t, p - 1, "mrs") && !nm_tok_is(t, p - 1, "dr");
	}
	return true;
}

/*
 * Wire copy hard-wrapped at a fixed width ("...the\nBahia cocoa zone") has
 * line breaks inside sentences and names: when most lines are of one
 * middling length and do not end a sentence, a single line break is a
 * space, and only blank or indented lines break.
 */
static bool
hard_wrapped(nm_ctx *ctx, const char *text, size_t len, bool *aborted)
{
	int			lines = 0,
				wrapped = 0;
	size_t		start = 0;

	*aborted = false;
	for (size_t i = 0; i <= len; i++)
	{
		size_t		e = i;

		if (i < len && text[i] != '\n')
			continue;
		if (nm_should_abort(ctx))
		{
			*aborted = true;
			return false;
		}
		while (e > start && (text[e - 1] == ' ' || text[e - 1] == '\r' || text[e - 1] == '\t'))
			e--;
		if (e > start)
		{
			lines++;
			if (e - start >= 30 && e - start <= 90 && !strchr(".!?:\"", text[e - 1]))
				wrapped++;
		}
		start = i + 1;
	}
	return lines >= 3 && wrapped >= 2 && wrapped * 2 >= lines;
}

nm_status
nm_tokenize(nm_ctx *ctx, const char *text, size_t len, nm_tokens *out)
{
	size_t		cap = 64;
	size_t		i = 0;
	unsigned	pending = 0;
	int			ns = 0;
	bool		aborted;
	bool		wrapped = hard_wrapped(ctx, text, len, &aborted);

	if (aborted)
		return NM_ERR_ABORTED;
	memset(out, 0, sizeof(*out));
	out->text = text;
	out->len = len;
	out->tok = nm_alloc(ctx, cap * sizeof(nm_token));
	if (!out->tok)
		return NM_ERR_NOMEM;
	while (i < len)
	{
		size_t		adv;
		uint32_t	c = decode_at(text, len, i, &adv);
		bool		nl = false;
		nm_token   *k;

		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		if (is_space_cp(c, &nl))
		{
			/* in wrapped text a lone line break inside a paragraph is a space */
			if (nl && wrapped && (c == '\r' ||
								  (c == '\n' && i + 1 < len && text[i + 1] != '\n' &&
								   text[i + 1] != ' ' && text[i + 1] != '\t' &&
								   text[i + 1] != '\r')))
				nl = false;
			pending |= NM_TOK_SPACE | (nl ? NM_TOK_NEWLINE : 0);
			i += adv;
			continue;
		}
		if ((size_t) out->n == cap)
		{
			nm_token   *grown = nm_alloc(ctx, 2 * cap * sizeof(nm_token));

			if (!grown)
				return NM_ERR_NOMEM;
			memcpy(grown, out->tok, cap * sizeof(nm_token));
			out->tok = grown;
			cap *= 2;
		}
		k = &out->tok[out->n++];
		k->start = i;
		k->flags = pending;
		pending = 0;
		if (!is_word_cp(c))
		{
			k->len = adv;
			i += adv;
			continue;
		}
		{
			bool		has_letter = false,
						has_lower = false;

			k->flags |= NM_TOK_WORD;
			if (is_upper_cp(c))
				k->flags |= NM_TOK_CAP;
			else if (c >= '0' && c <= '9')
				k->flags |= NM_TOK_DIGIT;
			while (i < len)
			{
				c = decode_at(text, len, i, &adv);
				if (!is_word_cp(c))
					break;
				if (is_lower_cp(c))
					has_letter = has_lower = true;
				else if (is_upper_cp(c))
					has_letter = true;
				i += adv;
			}
			k->len = i - k->start;
			if (has_letter && !has_lower)
				k->flags |= NM_TOK_UPPER;
		}
	}

	/* sentences */
	out->sent = nm_alloc(ctx, (out->n + 1) * sizeof(nm_sentence));
	if (!out->sent)
		return NM_ERR_NOMEM;
	for (int t = 0; t < out->n; t++)
	{
		if (nm_should_abort(ctx))
			return NM_ERR_ABORTED;
		if (t == 0 || sentence_break(out, t))
		{
			if (ns > 0)
				out->sent[ns - 1].tok1 = t;
			out->sent[ns].tok0 = t;
			ns++;
			out->tok[t].flags |= NM_TOK_SENT;
		}
		out->tok[t].sent = ns - 1;
	}
	if (ns > 0)
		out->sent[ns - 1].tok1 = out->n;
	for (int s = 0; s < ns; s++)
	{
		const nm_token *a = &out->tok[out->sent[s].tok0];
		const nm_token *b = &out->tok[out->sent[s].tok1 - 1];

		out->sent[s].start = a->start;
		out->sent[s].len = b->start + b->len - a->start;
	}
	out->n_sent = ns;
	return NM_OK;
}

size_t
nm_char_offset(const char *text, size_t base_off, size_t base_chars, size_t off)
{
	return base_chars + nm_utf8_char_count(text + base_off, off - base_off);
}
