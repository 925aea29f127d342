/*
 * byline.c -- author names from visible bylines ("By Jane Doe and John Roe")
 * and from trailing wire credits ("(Reporting by ...; Editing by ...)").
 */
#include "nm_text.h"
#include "nm_ascii.h"

#include <string.h>

#define MAX_AUTHORS 16

/* Words that turn a byline piece into a role or a desk, not a person. */
static const char role_words[] =
" staff reporter reporters correspondent correspondents editor editors writer writers"
" contributor contributors desk team newsroom bureau news newswires agencies agency"
" reuters bloomberg afp ap columnist analyst service wire ";

/* Lower-case particles allowed inside names ("Ursula von der Leyen"). */
const char	nm_name_particles[] =
" de da do dos das del della di van von der den ter le la al bin ibn el y e ";

static bool
is_space_at(const char *s, size_t len, size_t i, size_t *adv)
{
	unsigned char c = (unsigned char) s[i];

	*adv = 1;
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
		return true;
	if (c == 0xC2 && i + 1 < len && (unsigned char) s[i + 1] == 0xA0)
	{
		*adv = 2;
		return true;
	}
	return false;
}

char *
nm_squeeze_spaces(nm_ctx *ctx, const char *s, size_t len)
{
	char	   *out = nm_alloc(ctx, len + 1);
	size_t		o = 0;
	bool		pending = false;

	if (!out)
		return NULL;
	for (size_t i = 0; i < len;)
	{
		size_t		adv;

		if (is_space_at(s, len, i, &adv))
			pending = o > 0;
		else
		{
			if (pending)
				out[o++] = ' ';
			pending = false;
			memcpy(out + o, s + i, adv);
			o += adv;
		}
		i += adv;
	}
	out[o] = '\0';
	return out;
}

/*
 * One name from a byline piece: trims, cuts " in Ottawa"/" at ...", refuses
 * roles, agencies and anything that does not look like a person's name.
 */
static char *
clean_name(nm_ctx *ctx, const char *s, size_t len)
{
	size_t		a = 0,
				b = len,
				cut;
	int			words = 0;
	char	   *name;

	while (a < b && (s[a] == ' ' || s[a] == ',' || s[a] == ':' || s[a] == '-'))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == ',' || s[b - 1] == '.' ||
					 s[b - 1] == ')' || s[b - 1] == '-' || s[b - 1] == ':'))
		b--;
	cut = nm_ascii_find_ci(s + a, b - a, 0, " in ");
	if (nm_ascii_find_ci(s + a, b - a, 0, " at ") < cut)
		cut = nm_ascii_find_ci(s + a, b - a, 0, " at ");
	if (nm_ascii_find_ci(s + a, b - a, 0, " from ") < cut)
		cut = nm_ascii_find_ci(s + a, b - a, 0, " from ");
	b = a + cut;
	if (b <= a || b - a > 60)
		return NULL;
	if (nm_agency_name(s + a, b - a))
		return NULL;
	/* every word capitalised (particles and initials aside), no digits */
	for (size_t i = a; i < b;)
	{
		size_t		e = i;
		char		w[24];
		unsigned char c = (unsigned char) s[i];

		while (e < b && s[e] != ' ')
			e++;
		if (c >= '0' && c <= '9')
			return NULL;
		nm_fold_word(s + i, e - i, w, sizeof(w));
		if (nm_word_in_list(role_words, w))
			return NULL;
		if (c >= 'a' && c <= 'z' && !nm_word_in_list(nm_name_particles, w))
			return NULL;
		for (size_t k = i; k < e; k++)
			if ((s[k] >= '0' && s[k] <= '9') || s[k] == '@' || s[k] == '/' || s[k] == '|')
				return NULL;
		words++;
		i = e;
		while (i < b && s[i] == ' ')
			i++;
	}
	if (words < 1 || words > 5)
		return NULL;
	/* a single word only counts when it is capitalised ("Reuters" is gone) */
	if (!(((unsigned char) s[a] >= 'A' && (unsigned char) s[a] <= 'Z') ||
		  (unsigned char) s[a] >= 0xC3))
		return NULL;
	name = nm_squeeze_spaces(ctx, s + a, b - a);
	return name;
}

static void
add_name(nm_ctx *ctx, char **names, int *n, char *name)
{
	(void) ctx;
	if (!name || !*name || *n >= MAX_AUTHORS)
		return;
	for (int i = 0; i < *n; i++)
		if (strcmp(names[i], name) == 0)
			return;
	names[(*n)++] = name;
}

/* Splits "A, B and C" / "A & B" / "A; B" into names. */
static void
split_names(nm_ctx *ctx, const char *s, size_t len, char **names, int *n)
{
	size_t		i = 0;

	while (i < len)
	{
		size_t		e = i,
					next;

		for (;;)
		{
			if (e >= len)
			{
				next = len;
				break;
			}
			if (s[e] == ',' || s[e] == ';' || s[e] == '&')
			{
				next = e + 1;
				break;
			}
			if (nm_ascii_starts_ci(s + e, len - e, " and "))
			{
				next = e + 5;
				break;
			}
			if (nm_ascii_starts_ci(s + e, len - e, " und ") || nm_ascii_starts_ci(s + e, len - e, " et "))
			{
				next = e + (s[e + 1] == 'e' ? 4 : 5);
				break;
			}
			e++;
		}
		/* ", and C" leaves an empty piece before "and" */
		if (nm_ascii_starts_ci(s + i, e - i, " and "))
			i += 5;
		else if (nm_ascii_starts_ci(s + i, e - i, "and "))
			i += 4;
		add_name(ctx, names, n, clean_name(ctx, s + i, e - i));
		i = next;
	}
}

static char **
copy_names(nm_ctx *ctx, char **names, int n)
{
	char	  **out;

	if (n == 0)
		return NULL;
	out = nm_alloc(ctx, sizeof(char *) * n);
	if (out)
		memcpy(out, names, sizeof(char *) * n);
	return out;
}

bool
nm_parse_byline(nm_ctx *ctx, const char *line, size_t len,
				char ***authors, int *n_authors, nm_time *date)
{
	static const char *const prefixes[] = {"by ", "von ", "par ", "por ", "door ", "written by "};
	char	   *names[MAX_AUTHORS];
	int			n = 0;
	size_t		a = 0,
				end,
				ds,
				de;

	*authors = NULL;
	*n_authors = 0;
	date->valid = false;
	while (a < len && (line[a] == ' ' || line[a] == '\t'))
		a++;
	{
		size_t		k;

		for (k = 0; k < sizeof(prefixes) / sizeof(prefixes[0]); k++)
			if (nm_ascii_starts_ci(line + a, len - a, prefixes[k]))
				break;
		if (k == sizeof(prefixes) / sizeof(prefixes[0]))
			return false;
		a += strlen(prefixes[k]);
	}
	while (a < len && line[a] == ' ')
		a++;
	/* a byline names someone: "By Jane", not "by the company" */
	if (a >= len || !(((unsigned char) line[a] >= 'A' && (unsigned char) line[a] <= 'Z') ||
					  (unsigned char) line[a] >= 0xC3))
		return false;
	if (len - a > 300)
		return false;

	end = len;
	if (nm_find_date(line + a, len - a, date, &ds, &de))
		end = a + ds;
	for (size_t i = a; i < end; i++)
	{
		if (line[i] == '|' || line[i] == '(' ||
			nm_ascii_starts_ci(line + i, end - i, " - ") ||
			nm_ascii_starts_ci(line + i, end - i, " published") ||
			nm_ascii_starts_ci(line + i, end - i, " updated") ||
			nm_ascii_starts_ci(line + i, end - i, " on ") ||
			(i + 2 < end && (unsigned char) line[i] == 0xE2 && (unsigned char) line[i + 1] == 0x80 &&
			 ((unsigned char) line[i + 2] == 0x94 || (unsigned char) line[i + 2] == 0x93 ||
			  (unsigned char) line[i + 2] == 0xA2)) ||
			(i + 1 < end && (unsigned char) line[i] == 0xC2 && (unsigned char) line[i + 1] == 0xB7))
		{
			end = i;
			break;
		}
	}
	split_names(ctx, line + a, end - a, names, &n);
	*authors = copy_names(ctx, names, n);
	*n_authors = *authors ? n : 0;
	return true;
}

/* Credit openers; the first group names authors of the story. */
static const char *const credit_authors[] = {
	"reporting by ", "reporting and writing by ", "reported by ", "writing by ",
	"written by ", "reporting by: ",
};
static const char *const credit_others[] = {
	"additional reporting by ", "editing by ", "edited by ", "compiled by ",
	"research by ", "graphics by ", "translated by ", "production by ",
};

static size_t
credit_prefix(const char *s, size_t len, bool *names_authors)
{
	for (size_t k = 0; k < sizeof(credit_authors) / sizeof(credit_authors[0]); k++)
		if (nm_ascii_starts_ci(s, len, credit_authors[k]))
		{
			*names_authors = true;
			return strlen(credit_authors[k]);
		}
	for (size_t k = 0; k < sizeof(credit_others) / sizeof(credit_others[0]); k++)
		if (nm_ascii_starts_ci(s, len, credit_others[k]))
		{
			*names_authors = false;
			return strlen(credit_others[k]);
		}
	return 0;
}

long
nm_find_credits(nm_ctx *ctx, const char *para, size_t len,
				char ***authors, int *n_authors)
{
	char	   *names[MAX_AUTHORS];
	int			n = 0;
	size_t		b = len,
				open,
				inner_a,
				inner_b;
	bool		dummy,
				by_credit = false;

	*authors = NULL;
	*n_authors = 0;
	while (b > 0 && (para[b - 1] == ' ' || para[b - 1] == '\n' || para[b - 1] == '.'))
		b--;
	if (b > 0 && para[b - 1] == ')')
	{
		int			depth = 0;

		/* the '(' that opens the final group */
		open = b;
		while (open > 0)
		{
			open--;
			if (para[open] == ')')
				depth++;
			else if (para[open] == '(' && --depth == 0)
				break;
		}
		if (depth != 0 || para[open] != '(')
			return -1;
		inner_a = open + 1;
		inner_b = b - 1;
	}
	else
	{
		/* an unbracketed credits paragraph */
		open = 0;
		while (open < len && (para[open] == ' ' || para[open] == '\n'))
			open++;
		inner_a = open;
		inner_b = b;
	}
	if (inner_b <= inner_a || inner_b - inner_a > 600)
		return -1;
	/*
	 * "(By Jane Doe; Editing by John Roe)": a bracketed paragraph of its own
	 * or a group after the story's last sentence, not "rose 3% (by volume)"
	 */
	if (nm_ascii_starts_ci(para + inner_a, inner_b - inner_a, "by ") &&
		(inner_a == 1 || (open >= 2 && para[open - 1] == ' ' &&
						  (para[open - 2] == '.' || para[open - 2] == '"' ||
						   (open >= 4 && (unsigned char) para[open - 2] == 0x9D)))) &&
		inner_a + 3 < inner_b && para[inner_a + 3] >= 'A' && para[inner_a + 3] <= 'Z')
		by_credit = true;
	else if (credit_prefix(para + inner_a, inner_b - inner_a, &dummy) == 0)
		return -1;
	/* "Reporting by A in Ottawa and B in Tokyo; Editing by C" */
	for (size_t i = inner_a; i < inner_b;)
	{
		size_t		e = i,
					skip;
		bool		is_author = false;

		while (e < inner_b && para[e] != ';')
			e++;
		while (i < e && para[i] == ' ')
			i++;
		skip = credit_prefix(para + i, e - i, &is_author);
		if (!skip && by_credit && i == inner_a)
		{
			skip = 3;
			is_author = true;
		}
		if (skip && is_author)
			split_names(ctx, para + i + skip, e - i - skip, names, &n);
		i = e + 1;
	}
	*authors = copy_names(ctx, names, n);
	*n_authors = *authors ? n : 0;
	return (long) open;
}
