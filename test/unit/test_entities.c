/* test_entities.c -- countries, places, organisations and people in text. */
#include "unit.h"

typedef struct found
{
	nm_entity_mention *m;
	int			n;
} found;

static found
run(nm_ctx *ctx, const char *text)
{
	found		f = {NULL, 0};

	CHECK_INT(nm_extract_entities(ctx, text, strlen(text), &f.m, &f.n), NM_OK);
	return f;
}

/* The first mention whose matched text is `matched`, or NULL. */
static const nm_entity_mention *
by_matched(const char *text, found f, const char *matched)
{
	for (int i = 0; i < f.n; i++)
		if (f.m[i].byte_len == strlen(matched) &&
			memcmp(text + f.m[i].byte_start, matched, f.m[i].byte_len) == 0)
			return &f.m[i];
	return NULL;
}

#define EXPECT(text, f, matched, entity_, kind_) do { \
	const nm_entity_mention *e_ = by_matched((text), (f), (matched)); \
	CHECK(e_ != NULL); \
	if (e_) { CHECK_STR(e_->entity, (entity_)); CHECK_STR(e_->kind, (kind_)); } \
} while (0)

#define ABSENT(text, f, matched) CHECK(by_matched((text), (f), (matched)) == NULL)

NM_TEST(entities_countries_aliases_demonyms)
{
	nm_ctx		ctx;
	const char *t = "The DRC and DR Congo sell cobalt to the U.S. and the UK; "
		"let us see. Canadian and Japanese officials met South Korea's envoy. "
		"Congolese output rose; Britain and Ivory Coast agreed.";
	found		f;
	const nm_entity_mention *e;

	nm_ctx_init(&ctx, NULL);
	f = run(&ctx, t);
	EXPECT(t, f, "DRC", "Democratic Republic of the Congo", "country");
	EXPECT(t, f, "DR Congo", "Democratic Republic of the Congo", "country");
	EXPECT(t, f, "U.S.", "United States", "country");
	EXPECT(t, f, "UK", "United Kingdom", "country");
	EXPECT(t, f, "Canadian", "Canada", "country");
	EXPECT(t, f, "Japanese", "Japan", "country");
	EXPECT(t, f, "South Korea", "South Korea", "country");
	EXPECT(t, f, "Congolese", "Democratic Republic of the Congo", "country");
	EXPECT(t, f, "Britain", "United Kingdom", "country");
	EXPECT(t, f, "Ivory Coast", "Côte d'Ivoire", "country");
	ABSENT(t, f, "us");
	e = by_matched(t, f, "South Korea");
	if (e)
	{
		CHECK_STR(e->code, "KR");
		CHECK_INT(e->char_start, strstr(t, "South Korea") - t);
	}
	nm_ctx_free(&ctx);
}

NM_TEST(entities_longest_match_and_case)
{
	nm_ctx		ctx;
	const char *t = "South America and North American buyers, Anglo American "
		"and U.S. Steel; AMERICA FIRST. Bank of Canada held rates. china clay.";
	found		f;

	nm_ctx_init(&ctx, NULL);
	f = run(&ctx, t);
	EXPECT(t, f, "South America", "South America", "region");
	EXPECT(t, f, "North American", "North America", "region");
	EXPECT(t, f, "Anglo American", "Anglo American", "organization");
	EXPECT(t, f, "U.S. Steel", "U.S. Steel", "organization");
	EXPECT(t, f, "AMERICA", "United States", "country");
	EXPECT(t, f, "Bank of Canada", "Bank of Canada", "organization");
	ABSENT(t, f, "America");
	ABSENT(t, f, "Canada");
	ABSENT(t, f, "china");
	nm_ctx_free(&ctx);
}

NM_TEST(entities_organisation_patterns)
{
	nm_ctx		ctx;
	const char *t = "Earlier this month a unit of South Korea's Solus Advanced "
		"Materials said it would build a plant. Liontown Resources Ltd and "
		"Hanwa Metals Trading Corp signed with the Ministry of Mines and Energy. "
		"BHP and Vale SA agreed.";
	found		f;

	nm_ctx_init(&ctx, NULL);
	f = run(&ctx, t);
	EXPECT(t, f, "Solus Advanced Materials", "Solus Advanced Materials", "organization");
	EXPECT(t, f, "South Korea", "South Korea", "country");
	EXPECT(t, f, "Liontown Resources Ltd", "Liontown Resources", "organization");
	EXPECT(t, f, "Hanwa Metals Trading Corp", "Hanwa Metals Trading", "organization");
	EXPECT(t, f, "Ministry of Mines and Energy", "Ministry of Mines and Energy", "organization");
	EXPECT(t, f, "BHP", "BHP", "organization");
	EXPECT(t, f, "Vale SA", "Vale", "organization");
	ABSENT(t, f, "Earlier this month");
	nm_ctx_free(&ctx);
}

NM_TEST(entities_people_titles_verbs_surnames)
{
	nm_ctx		ctx;
	const char *t = "Japanese Industry Minister Yasutoshi Nishimura visited. "
		"\"It matters,\" said Natural Resources Minister Jonathan Wilkinson. "
		"Prices rose, said Maria Fernandez, an analyst at Fastmarkets. "
		"Peter Larsen, chief financial officer of Boliden, agreed. "
		"Wilkinson and Nishimura signed; Fernandez added nothing.";
	found		f;
	const nm_entity_mention *e;

	nm_ctx_init(&ctx, NULL);
	f = run(&ctx, t);
	e = by_matched(t, f, "Yasutoshi Nishimura");
	CHECK(e && strcmp(e->role, "Industry Minister") == 0);
	e = by_matched(t, f, "Jonathan Wilkinson");
	CHECK(e && strcmp(e->role, "Natural Resources Minister") == 0);
	e = by_matched(t, f, "Maria Fernandez");
	CHECK(e && strcmp(e->role, "analyst") == 0);
	e = by_matched(t, f, "Peter Larsen");
	CHECK(e && strcmp(e->role, "chief financial officer") == 0);
	EXPECT(t, f, "Wilkinson", "Jonathan Wilkinson", "person");
	EXPECT(t, f, "Nishimura", "Yasutoshi Nishimura", "person");
	EXPECT(t, f, "Fernandez", "Maria Fernandez", "person");
	EXPECT(t, f, "Japanese", "Japan", "country");
	EXPECT(t, f, "Boliden", "Boliden", "organization");
	ABSENT(t, f, "Prices");
	nm_ctx_free(&ctx);
}

NM_TEST(entities_order_offsets_sentences)
{
	nm_ctx		ctx;
	const char *t = "Über 5 € – São Paulo’s Vale SA grew.\n\nChile’s Codelco "
		"cut output. Mr. Smith of Zambia left.";
	found		f;
	size_t		prev = 0;

	nm_ctx_init(&ctx, NULL);
	f = run(&ctx, t);
	CHECK(f.n >= 4);
	for (int i = 0; i < f.n; i++)
	{
		const nm_entity_mention *m = &f.m[i];

		CHECK(m->byte_start >= prev);
		prev = m->byte_start;
		CHECK(m->sentence_start <= m->byte_start);
		CHECK(m->byte_start + m->byte_len <= m->sentence_start + m->sentence_len);
		CHECK_INT(m->char_start, nm_utf8_char_count(t, m->byte_start));
	}
	EXPECT(t, f, "Chile", "Chile", "country");
	EXPECT(t, f, "Zambia", "Zambia", "country");
	/* the paragraph break ends the first sentence */
	{
		const nm_entity_mention *c = by_matched(t, f, "Codelco");

		CHECK(c && c->sentence_start == (size_t) (strstr(t, "Chile’s") - t));
	}
	nm_ctx_free(&ctx);
}

NM_TEST(entities_empty_and_hostile)
{
	nm_ctx		ctx;
	found		f;
	char		big[20000];

	nm_ctx_init(&ctx, NULL);
	f = run(&ctx, "");
	CHECK_INT(f.n, 0);
	/* long runs of capitalised words and quotes stay linear and bounded */
	for (size_t i = 0; i + 8 < sizeof(big); i += 8)
		memcpy(big + i, "Abc Def ", 8);
	big[sizeof(big) - 8] = '\0';
	f = run(&ctx, big);
	CHECK(f.n >= 0);
	nm_ctx_free(&ctx);
}

NM_TEST(entities_cues_short_names_and_credits)
{
	nm_ctx		ctx;
	const char *t = "OTTAWA, Sept 21 (Reuters) - The market regulator ARECOMS said "
		"Saudi Arabia's Ma'aden and Mopani Copper Mines would talk. MMG Ltd's mine "
		"reopened and Myanmar's Wa State kept its ban. Later Mopani and MMG said so, "
		"and the Justice Department agreed with the Mines and Geosciences Bureau.";
	found		f;

	nm_ctx_init(&ctx, NULL);
	f = run(&ctx, t);
	ABSENT(t, f, "Reuters");
	EXPECT(t, f, "ARECOMS", "ARECOMS", "organization");
	EXPECT(t, f, "Ma'aden", "Ma'aden", "organization");
	EXPECT(t, f, "Mopani Copper Mines", "Mopani Copper Mines", "organization");
	EXPECT(t, f, "Mopani", "Mopani Copper Mines", "organization");
	EXPECT(t, f, "MMG", "MMG", "organization");
	EXPECT(t, f, "Wa State", "Wa State", "region");
	EXPECT(t, f, "Justice Department", "Justice Department", "organization");
	EXPECT(t, f, "Mines and Geosciences Bureau", "Mines and Geosciences Bureau", "organization");
	nm_ctx_free(&ctx);
}

NM_TEST(entities_roles_with_portfolios_and_georgia)
{
	nm_ctx		ctx;
	const char *t = "Saudi Minister of Industry and Mineral Resources Bandar "
		"Alkhorayef spoke, as did Mineral Resources Minister Gwede Mantashe. "
		"SK On will build a plant in Georgia to serve U.S. demand.";
	found		f;
	const nm_entity_mention *e;

	nm_ctx_init(&ctx, NULL);
	f = run(&ctx, t);
	e = by_matched(t, f, "Bandar Alkhorayef");
	CHECK(e && e->role && strcmp(e->role, "Minister of Industry and Mineral Resources") == 0);
	e = by_matched(t, f, "Gwede Mantashe");
	CHECK(e && e->role && strcmp(e->role, "Mineral Resources Minister") == 0);
	ABSENT(t, f, "Mineral Resources");
	EXPECT(t, f, "Georgia", "Georgia", "region");
	EXPECT(t, f, "U.S.", "United States", "country");
	nm_ctx_free(&ctx);
}

NM_TEST(entities_hard_wrapped_wire_copy)
{
	nm_ctx		ctx;
	const char *wrapped = "SEOUL, March 4 - Officials from South\n"
		"Korea and the Democratic Republic of\n"
		"Congo met on Tuesday to discuss cobalt supply, the trade\n"
		"ministry said, adding that talks would continue next week in\n"
		"Kinshasa with Mining Minister Jane\n"
		"Doe.\n"
		"    A second paragraph starts here.";
	const char *lines = "Canada, Japan agree to work more closely on battery\n"
		"Published by\nScrapPrices\nSouth\nKorea";
	found		f;
	const nm_entity_mention *e;

	nm_ctx_init(&ctx, NULL);
	f = run(&ctx, wrapped);
	EXPECT(wrapped, f, "South\nKorea", "South Korea", "country");
	EXPECT(wrapped, f, "Democratic Republic of\nCongo", "Democratic Republic of the Congo", "country");
	e = by_matched(wrapped, f, "Jane\nDoe");
	CHECK(e && strcmp(e->entity, "Jane Doe") == 0);
	/* short lines are lines: no names across them */
	f = run(&ctx, lines);
	ABSENT(lines, f, "South\nKorea");
	nm_ctx_free(&ctx);
}
