/*
 * entity_words.c -- word lists and the name-shape tests used by the people
 * and organisation passes of the entity extractor.
 */
#include "nm_entity_words.h"

/*
 * Capitalised words that are not part of a person's name.  Sorted bytewise
 * (a unit test checks it): looked up by binary search for nearly every
 * capitalised token.
 */
const char *const nm_not_name_words[] = {
	"a", "about", "according", "act", "acting", "additional", "after",
	"against", "agency", "agreement", "all", "also", "aluminium", "aluminum",
	"am", "an", "analysis", "and", "apr", "april", "as", "association", "at",
	"aug", "august", "bank", "basin", "batteries", "battery", "bay", "before",
	"belt", "between", "billion", "both", "bst", "budget", "bureau", "but",
	"by", "capital", "central", "ceo", "cet", "cfo", "chain", "chains",
	"chemical", "chemicals", "chief", "city", "clean", "coal", "cobalt",
	"commission", "company", "coo", "copper", "corp", "corporation", "council",
	"county", "court", "critical", "deal", "dec", "december", "demand",
	"department", "deputy", "desert", "despite", "district", "during", "each",
	"earlier", "earth", "earths", "east", "eastern", "editing", "edt",
	"electric", "energy", "est", "ev", "evs", "exchange", "exclusive",
	"executive", "facility", "feb", "february", "federal", "file", "first",
	"for", "former", "friday", "from", "fund", "gas", "global", "gmt", "gold",
	"government", "green", "group", "gulf", "he", "her", "here", "his",
	"holdings", "how", "however", "i", "if", "in", "inc", "index", "industrial",
	"industry", "institute", "international", "into", "iron", "island",
	"islands", "it", "its", "jan", "january", "jul", "july", "jun", "june",
	"lake", "last", "later", "law", "limited", "lithium", "ltd", "many", "mar",
	"march", "market", "markets", "materials", "may", "meanwhile", "memorandum",
	"metal", "metals", "million", "mine", "miner", "minerals", "mines",
	"mining", "ministry", "monday", "more", "most", "motors", "mountain", "my",
	"national", "new", "news", "next", "nickel", "no", "north", "northern",
	"not", "nov", "november", "ocean", "oct", "october", "of", "office",
	"officer", "oil", "on", "one", "or", "ore", "other", "our", "output",
	"over", "parliament", "partners", "party", "percent", "photo", "plan",
	"plant", "pm", "policy", "port", "power", "price", "prices", "production",
	"project", "province", "published", "quarter", "rare", "read", "refinery",
	"reform", "region", "related", "reporting", "research", "resources",
	"reuters", "river", "said", "salar", "saturday", "says", "sea", "second",
	"securities", "see", "senior", "sep", "sept", "september", "she", "silver",
	"since", "smelter", "so", "solar", "some", "south", "southern", "state",
	"steel", "strategy", "street", "such", "sunday", "supply", "tariff",
	"tariffs", "technologies", "technology", "than", "that", "the", "their",
	"then", "there", "these", "they", "third", "this", "those", "three",
	"through", "thursday", "thus", "to", "told", "tonnes", "tons", "trade",
	"trillion", "tuesday", "two", "under", "university", "until", "update",
	"updated", "uranium", "utc", "valley", "vice", "video", "we", "wednesday",
	"west", "western", "what", "when", "where", "which", "while", "who", "why",
	"wind", "with", "without", "writing", "year", "years", "yes", "you", "your",
	"zinc", NULL
};
const int	nm_n_not_name_words = sizeof(nm_not_name_words) / sizeof(nm_not_name_words[0]) - 1;

bool
nm_not_name_word(const nm_tokens *t, int i)
{
	return nm_tok_in_sorted(t, i, nm_not_name_words, nm_n_not_name_words);
}

const char *const nm_function_words[] = {
	"the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she",
	"they", "we", "i", "you", "his", "her", "their", "our", "in", "on", "at",
	"by", "for", "from", "with", "of", "to", "and", "but", "or", "as", "if",
	"when", "while", "after", "before", "new", NULL
};

const char *const nm_corporate_forms[] = {
	"corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc",
	"llp", "plc", "sa", "ag", "nv", "se", "spa", "gmbh", "ab", "asa", "oyj",
	"co", "company", "group", "holdings", "holding", "bhd", "berhad", "tbk",
	"jsc", "pjsc", "pty", "kk", "sab", "sarl", "sas", "bv", NULL
};

const char *const nm_org_endings[] = {
	"mining", "mines", "minerals", "resources", "metals", "materials",
	"lithium", "chemicals", "chemical", "technologies", "technology", "motors",
	"steel", "nickel", "cobalt", "copper", "uranium", "graphite", "battery",
	"batteries", "industries", "exploration", "ventures", "investments",
	"investment", "refining", "smelting", "alloys", "ministry", "department", "agency",
	"commission", "bureau", "authority", "administration", "council",
	"institute", "association", "exchange", "bank", "fund", "survey",
	"chamber", "federation", "parliament", "court", "university", "board",
	"party", "alliance", "committee", "organisation", "organization",
	"consortium", "cooperative", "union", "aluminium", "aluminum", "zinc",
	"gold", "silver", "platinum", "coal", "energy", "power", "intelligence",
	"analytics", "consulting", "partners", "capital", "securities",
	"advisors", "advisory", NULL
};

const char *const nm_generic_org_words[] = {
	"the", "a", "an", "new", "national", "international", "global", "general",
	"critical", "strategic", "rare", "earth", "earths", "green", "clean", "base",
	"precious", "battery", "batteries", "electric", "advanced", "energy",
	"metals", "mining", "minerals", "resources", "materials", "lithium",
	"nickel", "cobalt", "copper", "steel", "gold", "silver", "iron", "state",
	"federal", "central", "north", "south", "east", "west", "northern",
	"southern", "eastern", "western", "first", "united", "american",
	"european", "asian", "african", "world", "industry", "industrial",
	"development", "investment", "trade", "commerce", "finance", "economy",
	"foreign", "natural", "environment", "environmental", "mines", "defence",
	"defense", "interior", "justice", "labour", "labor", "transport", "health",
	"supreme", "high", "and", "of", "for", "&", "-", ".", "in", "on", "at",
	"this", "that", "but", "as", "with", "by", "from", NULL
};

const char *const nm_speech_verbs[] = {
	"said", "says", "told", "added", "noted", "stated", "explained", "warned",
	"wrote", "argued", "insisted", "declared", "commented", "responded",
	"acknowledged", "estimated", "predicted", "cautioned", "urged", "stressed",
	"remarked", "replied", "conceded", "recalled", "continued", "concluded",
	"observed", "emphasised", "emphasized", NULL
};

static bool
title_case_of(const nm_tokens *t, int sent)
{
	const nm_sentence *se = &t->sent[sent];
	int			words = 0,
				caps = 0;

	for (int i = se->tok0; i < se->tok1; i++)
	{
		const nm_token *k = &t->tok[i];

		if (!(k->flags & NM_TOK_WORD) || k->len < 4 || (k->flags & NM_TOK_DIGIT))
			continue;
		words++;
		if (k->flags & NM_TOK_CAP)
			caps++;
	}
	return words >= 3 && caps * 10 >= words * 9;
}

bool
nm_name_word(const nm_tokens *t, const nm_spans *s, int i)
{
	const nm_token *k;
	const nm_gaz_entry *e;
	nm_gaz_kind kind;

	if (i < 0 || i >= t->n)
		return false;
	k = &t->tok[i];
	if (!(k->flags & NM_TOK_CAP) || !(k->flags & NM_TOK_WORD))
		return false;
	/* all-caps words of 3+ letters are acronyms, not names */
	if ((k->flags & NM_TOK_UPPER) && k->len > 2)
		return false;
	kind = nm_span_kind_at(s, i);
	if (kind && kind != NM_GAZ_PERSON)
		return false;
	if (nm_not_name_word(t, i))
		return false;
	if (nm_gaz_match(&nm_titles, t, i, false, &e) > 0)
		return false;
	return true;
}

static const char *const particles[] = {
	"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der",
	"den", "la", "le", "du", "bin", "al", "el", "ter", NULL
};

int
nm_name_run(const nm_tokens *t, const nm_spans *s, int i, int *words)
{
	int			j = i,
				last = -1,
				nw = 0;

	*words = 0;
	if (!nm_name_word(t, s, i))
		return 0;
	while (j < t->n && nw < 4)
	{
		const nm_token *k = &t->tok[j];

		if (j > i && (k->flags & NM_TOK_NEWLINE))
			break;
		if (nm_name_word(t, s, j))
		{
			/* an initial: "Richard C. Adkerson" */
			if (k->len == 1 && j + 1 < t->n && nm_tok_punct(t, j + 1, '.') &&
				!(t->tok[j + 1].flags & NM_TOK_SPACE))
			{
				j += 2;
				continue;
			}
			nw++;
			last = j;
			j++;
			/* hyphenated: "Jae-myung", "Al-Falih" */
			while (j + 1 < t->n && nm_tok_punct(t, j, '-') &&
				   !(t->tok[j].flags & NM_TOK_SPACE) &&
				   (t->tok[j + 1].flags & NM_TOK_WORD) &&
				   !(t->tok[j + 1].flags & NM_TOK_SPACE))
			{
				last = j + 1;
				j += 2;
			}
			continue;
		}
		if (j > i && (k->flags & NM_TOK_WORD) && nm_tok_in(t, j, particles) &&
			nm_name_word(t, s, j + 1))
		{
			j++;
			continue;
		}
		break;
	}
	*words = nw;
	return last < 0 ? 0 : last - i + 1;
}

/* Cached per sentence: callers ask for every token, and a hostile text can
 * be one sentence of millions of tokens. */
bool
nm_title_case_sentence(const nm_tokens *t, int sent)
{
	nm_sentence *se = &t->sent[sent];

	if (se->title_case == 0)
		se->title_case = title_case_of(t, sent) ? 1 : -1;
	return se->title_case > 0;
}
