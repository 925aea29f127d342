/* test_text_layout.c -- nm_parse_text_article on our plain-text fixtures
 * (test/fixtures/text, values listed in EXPECTED.md) and on edge cases. */
#include "unit.h"

#include <stdlib.h>

/* Parses a fixture into *a; returns the malloc'd file text (NULL if absent). */
static char *
parse_fixture(nm_ctx *ctx, const char *name, nm_article *a)
{
	char		path[256];
	size_t		len;
	char	   *buf;

	snprintf(path, sizeof(path), "text/%s", name);
	buf = nm_read_fixture(path, &len);
	CHECK(buf != NULL);
	if (!buf)
	{
		memset(a, 0, sizeof(*a));
		return NULL;
	}
	CHECK_INT(nm_parse_text_article(ctx, buf, len, a), NM_OK);
	return buf;
}

NM_TEST(text_founding_page)
{
	nm_ctx		ctx;
	nm_article	a;
	char	   *buf;

	nm_ctx_init(&ctx, NULL);
	buf = parse_fixture(&ctx, "scrapprices-canada-japan-battery.txt", &a);
	CHECK_STR(a.title, "Canada, Japan agree to work more closely on battery supply chains");
	CHECK_STR(a.publisher, "ScrapPrices");
	CHECK_STR(nm_time_str(a.published_at), "2023-09-21 07:00:00");
	CHECK(!a.modified_at.valid);
	CHECK_STR(a.section, "Metals");
	CHECK_STR(a.description,
			  "Canada and Japan on Thursday agreed to work more closely together to establishing "
			  "sustainable and reliable global battery supply chains, the Canadian government said "
			  "in a statement.");
	CHECK_STR(a.dateline, "OTTAWA");
	CHECK_STR(a.agency, "Reuters");
	CHECK_STR(a.lead, a.description);	/* the summary repeats the lead, minus dateline */
	CHECK_INT(unit_paras(a.body), 5);
	CHECK(unit_starts(a.body, "OTTAWA, Sept 21 (Reuters) - Canada and Japan on Thursday"));
	CHECK(unit_ends(a.body, "producing technology for EV batteries."));
	/* the body is exactly the story block of the page, no-break spaces
	 * between words normalised to plain spaces */
	if (buf && a.body)
	{
		const char *from = strstr(buf, "OTTAWA, Sept 21");
		const char *to = strstr(buf, "\n\nMORE METALS NEWS");
		char	   *want;
		size_t		o = 0;

		CHECK(from && to);
		if (!from || !to)
			goto done;
		want = malloc(to - from + 1);
		for (const char *p = from; p < to; p++)
		{
			if ((unsigned char) p[0] == 0xC2 && (unsigned char) p[1] == 0xA0)
			{
				want[o++] = ' ';
				p++;
			}
			else
				want[o++] = *p;
		}
		want[o] = '\0';
		CHECK_STR(a.body, want);
		free(want);
	}
done:
	CHECK(strstr(a.body, "Canada, Japan agree to work") == NULL);	/* no repeated title */
	CHECK(strstr(a.body, "Published") == NULL);
	CHECK_STR(a.language, "en");
	CHECK_INT(a.word_count, nm_count_words(a.body, strlen(a.body)));
	CHECK_INT(a.word_count, 157);
	CHECK_INT(a.n_authors, 0);
	CHECK_STR(a.source_format, "text");
	CHECK_STR(a.url, NULL);
	CHECK_INT(a.n_related, 3);
	if (a.n_related == 3)
	{
		CHECK_STR(nm_time_str(a.related[0].published_at), "2025-11-11 06:00:00");
		CHECK(unit_starts(a.related[0].title, "Copper has been added to the U.S. government's list"));
		CHECK_STR(a.related[0].url, NULL);
		CHECK_STR(nm_time_str(a.related[1].published_at), "2025-11-05 07:00:00");
		CHECK(unit_starts(a.related[1].title, "Nippon Steel , Japan's biggest steelmaker"));
		CHECK_STR(nm_time_str(a.related[2].published_at), "2025-11-04 06:00:00");
		CHECK(unit_ends(a.related[2].title, "first nine months through September."));
	}
	free(buf);
	nm_ctx_free(&ctx);
}

NM_TEST(text_ferrous_ap)
{
	nm_ctx		ctx;
	nm_article	a;
	char	   *buf;

	nm_ctx_init(&ctx, NULL);
	buf = parse_fixture(&ctx, "ferrous-steel-tariffs.txt", &a);
	CHECK_STR(a.title, "U.S. steelmakers brace for slower orders as tariff talks drag on");
	CHECK_STR(a.publisher, "ScrapPrices");
	CHECK_STR(nm_time_str(a.published_at), "2024-03-04 14:30:00");
	CHECK_STR(a.section, "Ferrous");
	CHECK(unit_starts(a.description, "American steel mills expect order books to thin out"));
	CHECK(unit_ends(a.description, "imported steel and aluminum."));
	CHECK_STR(a.dateline, "NEW YORK");
	CHECK_STR(a.agency, "AP");
	CHECK(unit_starts(a.lead, "American steel mills expect order books"));
	CHECK(unit_ends(a.lead, "industry executives said on Monday."));
	CHECK_INT(unit_paras(a.body), 5);
	CHECK(unit_starts(a.body, "NEW YORK (AP) \xE2\x80\x94 American steel mills"));
	CHECK(unit_ends(a.body, "the quickest to trim output."));
	CHECK_INT(a.n_related, 2);
	if (a.n_related == 2)
	{
		CHECK_STR(nm_time_str(a.related[0].published_at), "2024-03-01 09:00:00");
		CHECK(unit_starts(a.related[0].title, "Iron ore futures in Singapore"));
		CHECK_STR(nm_time_str(a.related[1].published_at), "2024-02-27 11:30:00");
	}
	CHECK_STR(a.language, "en");
	CHECK_INT(a.word_count, 140);
	free(buf);
	nm_ctx_free(&ctx);
}

NM_TEST(text_precious_byline_bloomberg)
{
	nm_ctx		ctx;
	nm_article	a;
	char	   *buf;

	nm_ctx_init(&ctx, NULL);
	buf = parse_fixture(&ctx, "precious-metals-gold-record.txt", &a);
	CHECK_STR(a.title, "Gold hits record as central banks keep buying");
	CHECK_STR(a.publisher, "ScrapPrices");
	/* 3:45 PM EDT is 19:45 UTC */
	CHECK_STR(nm_time_str(a.published_at), "2024-07-15 19:45:00");
	CHECK_STR(a.section, "Precious Metals");
	CHECK_INT(a.n_authors, 2);
	if (a.n_authors == 2)
	{
		CHECK_STR(a.authors[0], "Jane Doe");
		CHECK_STR(a.authors[1], "John Roe");
	}
	CHECK_STR(a.description, NULL);
	CHECK_STR(a.dateline, NULL);
	CHECK_STR(a.agency, "Bloomberg");
	CHECK(unit_starts(a.lead, "Gold climbed to a record on Monday"));
	CHECK(unit_starts(a.body, "(Bloomberg) -- Gold climbed"));
	CHECK(strstr(a.body, "By Jane Doe") == NULL);
	CHECK_INT(unit_paras(a.body), 5);
	CHECK_INT(a.n_related, 2);
	if (a.n_related == 2)
		CHECK_STR(nm_time_str(a.related[1].published_at), "2024-07-10 16:00:00");
	free(buf);
	nm_ctx_free(&ctx);
}

NM_TEST(text_battery_credits)
{
	nm_ctx		ctx;
	nm_article	a;
	char	   *buf;

	nm_ctx_init(&ctx, NULL);
	buf = parse_fixture(&ctx, "battery-metals-lithium-brazil.txt", &a);
	CHECK_STR(a.title, "Brazil's lithium valley draws new investment despite price slump");
	CHECK_STR(a.publisher, "MineralWire");
	CHECK_STR(nm_time_str(a.published_at), "2024-05-03 10:00:00");
	CHECK_STR(a.section, "Battery Metals");
	CHECK_STR(a.description, NULL);
	CHECK_STR(a.dateline, "S\xC3\x83O PAULO");
	CHECK_STR(a.agency, "Reuters");
	CHECK(unit_starts(a.lead, "Investors are still pouring money"));
	CHECK_INT(unit_paras(a.body), 5);
	/* the credit line is kept out of body and word count; it names the author */
	CHECK(strstr(a.body, "Reporting by") == NULL);
	CHECK(unit_ends(a.body, "triple output by 2030."));
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Ana Souza");
	CHECK_INT(a.n_related, 0);
	CHECK(a.related == NULL);
	free(buf);
	nm_ctx_free(&ctx);
}

NM_TEST(text_wire_copy)
{
	nm_ctx		ctx;
	nm_article	a;
	char	   *buf;

	nm_ctx_init(&ctx, NULL);
	/* upper-case title, blank line, hard-wrapped AFP copy */
	buf = parse_fixture(&ctx, "wire-afp-nickel-paris.txt", &a);
	CHECK_STR(a.title, "NICKEL PRICES SLIDE AS INDONESIAN OUTPUT SURGES");
	CHECK_STR(a.dateline, "PARIS");
	CHECK_STR(a.agency, "AFP");
	CHECK(!a.published_at.valid);
	CHECK_STR(a.publisher, NULL);
	CHECK_INT(unit_paras(a.body), 4);
	CHECK_STR(a.lead, "Nickel prices fell to their lowest level in three years on Thursday as a "
			  "surge in Indonesian output swamped demand from battery makers, traders said.");
	CHECK(strstr(a.body, "\n    ") == NULL);
	CHECK(strstr(a.body, "2.4 pct to 18,950 dollars a tonne, extending") != NULL);
	free(buf);

	/* title case title, byline with agency and zone, credits after the story */
	buf = parse_fixture(&ctx, "wire-reuters-copper-chile.txt", &a);
	CHECK_STR(a.title, "Chile's copper output falls as ore grades decline");
	CHECK_STR(nm_time_str(a.published_at), "2024-03-05 10:15:00");
	CHECK_INT(a.n_authors, 2);
	if (a.n_authors == 2)
	{
		CHECK_STR(a.authors[0], "Maria Lopez");
		CHECK_STR(a.authors[1], "Tom Reed");
	}
	CHECK_STR(a.dateline, "SANTIAGO");
	CHECK_STR(a.agency, "Reuters");
	CHECK_INT(unit_paras(a.body), 4);
	CHECK(unit_ends(a.body, "little changed at $8,480 a tonne."));
	free(buf);
	nm_ctx_free(&ctx);
}

NM_TEST(text_no_furniture)
{
	nm_ctx		ctx;
	nm_article	a;
	char	   *buf;

	nm_ctx_init(&ctx, NULL);
	buf = parse_fixture(&ctx, "plain-no-furniture.txt", &a);
	CHECK_STR(a.title, NULL);
	CHECK_STR(a.dateline, NULL);
	CHECK(!a.published_at.valid);
	CHECK_INT(unit_paras(a.body), 4);
	CHECK(unit_starts(a.body, "Zinc smelters in Europe"));
	CHECK_STR(a.lead, "Zinc smelters in Europe are cutting output again as energy costs climb, "
			  "squeezing supply of a metal used to galvanise steel for cars and construction.");
	CHECK_STR(a.language, "en");
	CHECK_STR(a.source_format, "text");
	free(buf);

	/* a headline-like first line is the title, even without a blank line */
	buf = parse_fixture(&ctx, "plain-headline-cobalt.txt", &a);
	CHECK_STR(a.title, "Cobalt prices slide as Congo exports surge");
	CHECK_INT(unit_paras(a.body), 4);
	CHECK(unit_starts(a.body, "Cobalt prices slid to their lowest level"));
	CHECK_STR(a.description, NULL);
	free(buf);
	nm_ctx_free(&ctx);
}

NM_TEST(text_updated_and_title_first_related)
{
	nm_ctx		ctx;
	nm_article	a;
	char	   *buf;

	nm_ctx_init(&ctx, NULL);
	buf = parse_fixture(&ctx, "dowjones-zinc-base-metals.txt", &a);
	CHECK_STR(a.title, "Zinc stocks in LME warehouses climb to two-year high");
	CHECK_STR(a.publisher, "MetalDesk");
	CHECK_STR(nm_time_str(a.published_at), "2024-05-14 09:00:00");
	CHECK_STR(nm_time_str(a.modified_at), "2024-05-14 13:30:00");
	CHECK_STR(a.section, "Base Metals");
	CHECK(unit_starts(a.description, "Inventories of zinc in London Metal Exchange warehouses"));
	CHECK_STR(a.dateline, "NEW YORK");
	CHECK_STR(a.agency, "Dow Jones");
	CHECK_INT(unit_paras(a.body), 3);
	CHECK_INT(a.n_related, 2);
	if (a.n_related == 2)
	{
		CHECK_STR(a.related[0].title, "Lead prices steady as battery recyclers restart plants");
		CHECK_STR(nm_time_str(a.related[0].published_at), "2024-05-13 00:00:00");
		CHECK_STR(a.related[1].title, "Aluminium premiums in Rotterdam ease on weak demand");
		CHECK_STR(nm_time_str(a.related[1].published_at), "2024-05-10 00:00:00");
	}
	free(buf);

	buf = parse_fixture(&ctx, "german-kupfer-hamburg.txt", &a);
	CHECK_STR(a.title, "Aurubis erhöht Prognose nach starkem Kupfergeschäft");
	CHECK_STR(nm_time_str(a.published_at), "2023-09-21 00:00:00");
	CHECK_STR(a.section, "Metalle");
	CHECK_STR(a.dateline, "HAMBURG");
	CHECK_STR(a.agency, "Reuters");
	CHECK_STR(a.language, "de");
	CHECK_INT(unit_paras(a.body), 3);
	free(buf);
	nm_ctx_free(&ctx);
}

static nm_article
parse_str(nm_ctx *ctx, const char *s)
{
	nm_article	a;

	CHECK_INT(nm_parse_text_article(ctx, s, strlen(s), &a), NM_OK);
	return a;
}

NM_TEST(text_edge_cases)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse_str(&ctx, "");
	CHECK_STR(a.title, NULL);
	CHECK_STR(a.body, NULL);
	CHECK_STR(a.source_format, NULL);
	CHECK_INT(a.word_count, -1);
	a = parse_str(&ctx, " \n\t\n  \n");
	CHECK_STR(a.body, NULL);
	CHECK_INT(a.word_count, -1);

	/* CRLF line ends and a BOM are plain text too */
	a = parse_str(&ctx, "\xEF\xBB\xBFTin hits record\r\n\r\nLONDON, May 3 (Reuters) - Tin rose.\r\n");
	CHECK_STR(a.title, "Tin hits record");
	CHECK_STR(a.body, "LONDON, May 3 (Reuters) - Tin rose.");
	CHECK_STR(a.lead, "Tin rose.");

	/* a single sentence: no title, it is the body */
	a = parse_str(&ctx, "Copper rose 2% on Monday.");
	CHECK_STR(a.title, NULL);
	CHECK_STR(a.body, "Copper rose 2% on Monday.");
	CHECK_INT(a.word_count, 5);

	/* a hard-wrapped first paragraph is not mistaken for a title */
	a = parse_str(&ctx, "Refined copper stocks held by\nrefineries outside the U.S. increased\n"
				  "to 277,500 short tons at the end of December.\n");
	CHECK_STR(a.title, NULL);
	CHECK_STR(a.body, "Refined copper stocks held by refineries outside the U.S. increased "
			  "to 277,500 short tons at the end of December.");

	/* first lines that are sentences are not titles */
	a = parse_str(&ctx, "Sponsored by a shop. All opinions are mine alone.\n\nCopper rose.");
	CHECK_STR(a.title, NULL);
	a = parse_str(&ctx, "Never heard of it? Watch this\n\nCopper rose.");
	CHECK_STR(a.title, NULL);
	a = parse_str(&ctx, "He said \"we are on it.\"\n\nCopper rose.");
	CHECK_STR(a.title, NULL);
	a = parse_str(&ctx, "\xE9\x8A\x85\xE4\xBE\xA1\xE6\xA0\xBC\xE3\x81\x8C\xE4\xB8\x8A\xE6\x98\x87\xE3\x80\x82\n\nCopper rose.");
	CHECK_STR(a.title, NULL);
	/* abbreviations inside a headline are fine */
	a = parse_str(&ctx, "S. Dakota Gov. Noem defends U.S. Steel deal\n\nCopper rose.");
	CHECK_STR(a.title, "S. Dakota Gov. Noem defends U.S. Steel deal");

	/* an impossible date leaves published_at NULL without failing */
	a = parse_str(&ctx, "Nickel slides\nPublished on February 30,2024 07:00 AM Metals\n\nNickel fell.");
	CHECK(!a.published_at.valid);
	CHECK_STR(a.title, "Nickel slides");

	/* size limit */
	ctx.max_input_size = 10;
	CHECK_INT(nm_parse_text_article(&ctx, "0123456789ABC", 13, &a), NM_ERR_TOO_LARGE);
	nm_ctx_free(&ctx);
}

static bool
abort_always(void *user)
{
	(void) user;
	return true;
}

NM_TEST(text_abort_hook)
{
	nm_ctx		ctx;
	nm_hooks	hooks = {0};
	nm_article	a;
	char	   *big;
	size_t		n = 200000;

	hooks.should_abort = abort_always;
	nm_ctx_init(&ctx, &hooks);
	big = malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		big[i] = (i % 50 == 49) ? '\n' : 'a';
	big[n] = '\0';
	CHECK_INT(nm_parse_text_article(&ctx, big, n, &a), NM_ERR_ABORTED);
	CHECK_STR(a.body, NULL);
	free(big);
	nm_ctx_free(&ctx);
}

/*
 * A page of one short line repeated: the first line is the title, the
 * second (its repeat) is dropped, the rest is one re-flowed paragraph --
 * not 200,000 repeats of the title and an empty body.
 */
NM_TEST(text_repeated_short_lines)
{
	nm_ctx		ctx;
	nm_article	a;
	const char *unit = "SHORT LINE\n";
	size_t		n = 200000,
				ul = strlen(unit);
	char	   *big = malloc(n * ul + 1);

	for (size_t i = 0; i < n; i++)
		memcpy(big + i * ul, unit, ul);
	big[n * ul] = '\0';
	nm_ctx_init(&ctx, NULL);
	CHECK_INT(nm_parse_text_article(&ctx, big, n * ul, &a), NM_OK);
	CHECK_STR(a.title, "SHORT LINE");
	CHECK(a.body != NULL);
	CHECK_INT(a.body ? strlen(a.body) : 0, (n - 2) * ul - 1);
	CHECK_INT(unit_paras(a.body), 1);
	CHECK_INT(a.word_count, (long long) (n - 2) * 2);
	/* a repeat of the title under it is still dropped */
	CHECK_INT(nm_parse_text_article(&ctx, "Mine reopens\n\nMine reopens\n\nThe mine reopened on Monday after a strike.\n",
									72, &a), NM_OK);
	CHECK_STR(a.body, "The mine reopened on Monday after a strike.");
	free(big);
	nm_ctx_free(&ctx);
}

/* ---- scraped layouts: menus, meta lines, captions, furniture, markdown ---- */

NM_TEST(text_nav_meta_line_furniture)
{
	nm_ctx		ctx;
	nm_article	a;
	char	   *buf;

	nm_ctx_init(&ctx, NULL);
	buf = parse_fixture(&ctx, "nav-meta-copper-dollar.txt", &a);
	CHECK_STR(a.title, "Copper climbs to two-week high as dollar eases and China support hopes grow");
	CHECK_STR(a.publisher, "Reuters");
	CHECK_STR(a.agency, "Reuters");
	CHECK_STR(nm_time_str(a.published_at), "2025-11-03 10:12:00");
	/* "10:12 am Markets Asia Copper": a run of words glued to the time is
	 * a flattened row of links, not one section */
	CHECK_STR(a.section, NULL);
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Ines Okafor");	/* from "(By …; Editing by …)" */
	CHECK_STR(a.dateline, NULL);
	CHECK(unit_starts(a.lead, "Copper rose to its highest level in two weeks on Monday"));
	CHECK_INT(unit_paras(a.body), 5);
	CHECK(unit_starts(a.body, "Copper rose to its highest level"));
	CHECK(unit_ends(a.body, "zinc was little changed at $3,055."));
	CHECK(strstr(a.body, "Home") == NULL && strstr(a.body, "Stock image") == NULL);
	CHECK(strstr(a.body, "Related") == NULL && strstr(a.body, "Share") == NULL);
	CHECK(strstr(a.body, "Editing by") == NULL && strstr(a.body, "\xC2\xA9") == NULL);
	CHECK_INT(a.word_count, 119);
	CHECK_INT(a.n_related, 2);
	if (a.n_related == 2)
	{
		CHECK_STR(a.related[0].title, "Zambia copper exports climb for a third month");
		CHECK_STR(a.related[1].title, "Chile copper output falls 3% in September");
		CHECK_STR(a.related[1].url, NULL);
	}
	free(buf);
	nm_ctx_free(&ctx);
}

NM_TEST(text_posted_weekday_zone)
{
	nm_ctx		ctx;
	nm_article	a;
	char	   *buf;

	nm_ctx_init(&ctx, NULL);
	buf = parse_fixture(&ctx, "posted-weekday-zone-nickel.txt", &a);
	CHECK_STR(a.title, "Indonesian nickel smelters slow output as ore permits lag");
	CHECK_STR(nm_time_str(a.published_at), "2025-03-04 06:30:00");	/* 14:30 GMT+8 */
	CHECK_INT(a.n_authors, 2);
	if (a.n_authors == 2)
	{
		CHECK_STR(a.authors[0], "Siti Rahman");
		CHECK_STR(a.authors[1], "Daniel Koh");
	}
	CHECK_INT(unit_paras(a.body), 4);
	CHECK(unit_starts(a.body, "Several nickel smelters in Indonesia's Sulawesi"));
	CHECK(strstr(a.body, "Posted") == NULL && strstr(a.body, "By Siti") == NULL);
	free(buf);

	/* blank lines between the title, the byline and the date line */
	a = parse_str(&ctx, "Nickel smelters slow output\n\n\nBy Siti Rahman and Daniel Koh\n\n"
				  "Posted: Tuesday, 4 March 2025, 14:30 GMT+8\n\n\nSmelters cut output.\n");
	CHECK_STR(a.title, "Nickel smelters slow output");
	CHECK_STR(nm_time_str(a.published_at), "2025-03-04 06:30:00");
	CHECK_INT(a.n_authors, 2);
	CHECK_STR(a.body, "Smelters cut output.");
	/* a byline after the date on the same line */
	a = parse_str(&ctx, "Nickel smelters slow output\nPosted: 4 March 2025 | By Siti Rahman\n\n"
				  "Smelters cut output.\n");
	CHECK_INT(a.n_authors, 1);
	CHECK_STR(a.section, NULL);
	/* "By Monday, …" opens the story, it is no byline */
	a = parse_str(&ctx, "Nickel smelters slow output\n\nBy Monday, smelters in Sulawesi had cut "
				  "output by a third. Traders expect more cuts.\n");
	CHECK_INT(a.n_authors, 0);
	CHECK(unit_starts(a.body, "By Monday, smelters"));
	nm_ctx_free(&ctx);
}

NM_TEST(text_markdown_scrape)
{
	nm_ctx		ctx;
	nm_article	a;
	char	   *buf;

	nm_ctx_init(&ctx, NULL);
	buf = parse_fixture(&ctx, "markdown-lithium-brine.txt", &a);
	CHECK_STR(a.title, "Chile's lithium brine producers weigh expansion as prices steady");
	CHECK_STR(a.section, "Battery Metals");		/* last crumb of "Home > News > …" */
	CHECK_STR(nm_time_str(a.published_at), "2025-02-12 08:15:00");
	CHECK_INT(a.n_authors, 2);
	if (a.n_authors == 2)
	{
		CHECK_STR(a.authors[0], "Marta Vidal");
		CHECK_STR(a.authors[1], "Owen Price");
	}
	CHECK_INT(unit_paras(a.body), 5);	/* two bullet items are two paragraphs */
	CHECK(unit_starts(a.body, "Lithium producers in Chile's Atacama salt flat"));
	CHECK(strstr(a.body, "State agency Corfo said") != NULL);	/* link text kept */
	CHECK(strstr(a.body, "\n\nLithium carbonate prices in China held near $10,000 a ton\n\n") != NULL);
	CHECK(strstr(a.body, "http") == NULL && strstr(a.body, "**") == NULL);
	CHECK(strstr(a.body, "Tags") == NULL && strstr(a.body, "rights reserved") == NULL);
	CHECK(unit_ends(a.body, "said a consultant who advises one of the companies."));
	CHECK_INT(a.n_related, 1);
	if (a.n_related == 1)
	{
		CHECK_STR(a.related[0].title, "Argentina lithium exports hit record");
		CHECK_STR(a.related[0].url, "https://example.com/news/argentina-lithium");
	}
	free(buf);
	/* a tab ends a link's URL (the rest is its title): no blank in a URL */
	a = parse_str(&ctx, "Zinc output rises\n\nZinc output rose.\n\n"
				  "Read more: [Tin prices fall](https://example.com/tin\tTitle)\n\nIt rose again.");
	CHECK_INT(a.n_related, 1);
	if (a.n_related == 1)
		CHECK_STR(a.related[0].url, "https://example.com/tin");
	/* a setext heading and a rule */
	a = parse_str(&ctx, "Zinc output rises\n=================\n\nZinc output rose.\n\n---\n\nIt rose again.");
	CHECK_STR(a.title, "Zinc output rises");
	CHECK_STR(a.body, "Zinc output rose.\n\nIt rose again.");
	nm_ctx_free(&ctx);
}

NM_TEST(text_crlf_captions_comments)
{
	nm_ctx		ctx;
	nm_article	a;
	char	   *buf;

	nm_ctx_init(&ctx, NULL);
	buf = parse_fixture(&ctx, "crlf-captions-tin.txt", &a);
	CHECK_STR(a.title, "Tin price jumps as Myanmar mine stays shut");
	CHECK_STR(nm_time_str(a.published_at), "2025-05-06 00:00:00");
	CHECK_INT(unit_paras(a.body), 4);
	CHECK(unit_starts(a.body, "Tin prices jumped to a six-week high on Tuesday"));
	CHECK(unit_ends(a.body, "because of delays in approving mining plans."));
	CHECK(strstr(a.body, "Photo") == NULL && strstr(a.body, "Image") == NULL);
	CHECK(strstr(a.body, "Advertisement") == NULL && strstr(a.body, "min read") == NULL);
	CHECK(strstr(a.body, "comments") == NULL && strstr(a.body, "Great article") == NULL);
	CHECK(strchr(a.body, '\r') == NULL);
	CHECK_INT(a.word_count, 80);
	free(buf);
	nm_ctx_free(&ctx);
}

NM_TEST(text_other_languages_furniture)
{
	nm_ctx		ctx;
	nm_article	a;
	char	   *buf;

	nm_ctx_init(&ctx, NULL);
	buf = parse_fixture(&ctx, "german-von-aktualisiert.txt", &a);
	CHECK_STR(a.title, "Salzgitter senkt Prognose wegen schwacher Stahlnachfrage");
	CHECK_STR(a.section, "Rohstoffe");
	CHECK_STR(nm_time_str(a.published_at), "2025-03-12 10:15:00");
	CHECK_STR(nm_time_str(a.modified_at), "2025-03-12 16:40:00");
	CHECK_INT(a.n_authors, 2);
	CHECK_INT(unit_paras(a.body), 3);
	CHECK(strstr(a.body, "Foto") == NULL && strstr(a.body, "Schlagworte") == NULL);
	CHECK_INT(a.n_related, 1);
	CHECK_STR(a.language, "de");
	free(buf);

	buf = parse_fixture(&ctx, "french-par-publie.txt", &a);
	CHECK_STR(a.title, "Le prix de l'aluminium recule face \xC3\xA0 la hausse des stocks");
	CHECK_STR(a.section, "Mati\xC3\xA8res premi\xC3\xA8res");
	CHECK_STR(nm_time_str(a.published_at), "2025-03-04 14:30:00");
	CHECK_STR(nm_time_str(a.modified_at), "2025-03-05 09:10:00");
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Claire Dubois");
	CHECK_INT(unit_paras(a.body), 3);
	CHECK(strstr(a.body, "Lire aussi") == NULL && strstr(a.body, "Partager") == NULL);
	CHECK(strstr(a.body, "\xC2\xA9") == NULL);
	CHECK_INT(a.n_related, 1);
	CHECK_STR(a.language, "fr");
	free(buf);

	buf = parse_fixture(&ctx, "spanish-por-publicado.txt", &a);
	CHECK_STR(a.title, "Per\xC3\xBA eleva su producci\xC3\xB3n de cobre en enero");
	CHECK_STR(a.section, "Miner\xC3\xAD" "a");
	CHECK_STR(nm_time_str(a.published_at), "2025-03-10 09:45:00");
	CHECK_INT(a.n_authors, 1);
	CHECK_INT(unit_paras(a.body), 3);
	CHECK(strstr(a.body, "Publicidad") == NULL && strstr(a.body, "Etiquetas") == NULL);
	CHECK(strstr(a.body, "Compartir") == NULL);
	CHECK_STR(a.language, "es");
	free(buf);
	nm_ctx_free(&ctx);
}

NM_TEST(text_furniture_is_not_story_words)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	/* a wrapped line that happens to be a furniture word stays story */
	a = parse_str(&ctx, "Officials were not immediately available for\ncomment.\n"
				  "    The company said it would\nshare details later.\n");
	CHECK_STR(a.body, "Officials were not immediately available for comment.\n\n"
			  "The company said it would share details later.");
	/* "Copyright law …" is a sentence, "Copyright 2025 …" a notice */
	a = parse_str(&ctx, "Copper rose.\n\nCopyright law changes worried miners.\n\nCopyright 2025 Example.\n");
	CHECK_STR(a.body, "Copper rose.\n\nCopyright law changes worried miners.");
	/* wire titles with tickers are not breadcrumbs */
	a = parse_str(&ctx, "USX <X> DEBT CUT BY MOODY'S\n\nNEW YORK, March 2 - Moody's cut USX debt.\n");
	CHECK_STR(a.title, "USX <X> DEBT CUT BY MOODY'S");
	CHECK_STR(a.section, NULL);
	/* a short headline under a menu, right over its byline */
	a = parse_str(&ctx, "Home\nMarkets\nGold rises\nBy Jane Doe\n\nGold rose 1% on Monday.\n");
	CHECK_STR(a.title, "Gold rises");
	CHECK_INT(a.n_authors, 1);
	CHECK_STR(a.body, "Gold rose 1% on Monday.");
	nm_ctx_free(&ctx);
}

NM_TEST(text_title_forms)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	/* an upper-case wire headline may end with an abbreviation's stop */
	a = parse_str(&ctx, "MERRILL MANDATED FOR IEL U.S. NOTE.\n\nLONDON, March 3 - Merrill Lynch said.\n");
	CHECK_STR(a.title, "MERRILL MANDATED FOR IEL U.S. NOTE.");
	/* a headline with its source after a dash is a title, not a dateline */
	a = parse_str(&ctx, "U.S. SUGAR IMPORTS DOWN IN WEEK - USDA\n\nWASHINGTON, March 2 - Sugar "
				  "imports fell.\n");
	CHECK_STR(a.title, "U.S. SUGAR IMPORTS DOWN IN WEEK - USDA");
	CHECK_STR(a.dateline, "WASHINGTON");
	/* a date line over the headline */
	a = parse_str(&ctx, "November 3, 2025\nCopper climbs to two-week high\nBy Jane Doe\n\nCopper rose.\n");
	CHECK_STR(a.title, "Copper climbs to two-week high");
	CHECK_STR(nm_time_str(a.published_at), "2025-11-03 00:00:00");
	CHECK_INT(a.n_authors, 1);
	CHECK_STR(a.body, "Copper rose.");
	/* a site name after a bar goes; a source after a dash stays */
	a = parse_str(&ctx, "Copper climbs to two-week high | MINING.COM\nNov 3, 2025 \xC2\xB7 2 min read\n\n"
				  "Copper rose.\n");
	CHECK_STR(a.title, "Copper climbs to two-week high");
	CHECK_STR(nm_time_str(a.published_at), "2025-11-03 00:00:00");
	/* a meta line naming a person */
	a = parse_str(&ctx, "Copper climbs\nCecilia Ramos | November 3, 2025 | 10:12 am\n\nCopper rose.\n");
	CHECK_INT(a.n_authors, 1);
	CHECK_STR(a.publisher, NULL);
	CHECK_STR(nm_time_str(a.published_at), "2025-11-03 10:12:00");
	/* ... and one naming a publication, with a section */
	a = parse_str(&ctx, "Copper climbs\nMining Weekly - 3rd November 2025 - Markets\n\nCopper rose.\n");
	CHECK_STR(a.publisher, "Mining Weekly");
	CHECK_STR(a.section, "Markets");
	CHECK_INT(a.n_authors, 0);
	/* relative times are furniture, not dates and not story */
	a = parse_str(&ctx, "Copper climbs\nUpdated: 3 hours ago\n\nCopper rose on Monday.\n");
	CHECK_STR(a.title, "Copper climbs");
	CHECK(!a.modified_at.valid);
	CHECK_STR(a.body, "Copper rose on Monday.");
	a = parse_str(&ctx, "Kupfer steigt\nvor 3 Stunden\n\nKupfer stieg am Montag.\n");
	CHECK_STR(a.title, "Kupfer steigt");
	CHECK_STR(a.body, "Kupfer stieg am Montag.");
	/* "Gold / silver ratio …" is a headline, not a breadcrumb */
	a = parse_str(&ctx, "Gold / silver ratio hits record\n\nGold rose.\n");
	CHECK_STR(a.title, "Gold / silver ratio hits record");
	CHECK_STR(a.section, NULL);
	nm_ctx_free(&ctx);
}

NM_TEST(text_head_author_and_deck_lines)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	/* a standfirst between the title and its byline is the description */
	a = parse_str(&ctx, "Copper climbs to two-week high\nTraders bet on more support from Beijing\n"
				  "By Jane Doe\nNovember 3, 2025\n\nCopper rose on Monday.\n\nIt rose again.\n");
	CHECK_STR(a.title, "Copper climbs to two-week high");
	CHECK_STR(a.description, "Traders bet on more support from Beijing");
	CHECK_INT(a.n_authors, 1);
	CHECK_STR(nm_time_str(a.published_at), "2025-11-03 00:00:00");
	CHECK_STR(a.body, "Copper rose on Monday.\n\nIt rose again.");
	/* labelled author lines, in several languages */
	a = parse_str(&ctx, "Copper climbs\nAuthor: Jane Doe and John Roe\nDate: November 3, 2025\n\n"
				  "Copper rose on Monday.\n");
	CHECK_INT(a.n_authors, 2);
	CHECK_STR(nm_time_str(a.published_at), "2025-11-03 00:00:00");
	CHECK_STR(a.body, "Copper rose on Monday.");
	a = parse_str(&ctx, "Kupfer steigt\nAutor: Anna Becker\n\nKupfer stieg am Montag.\n");
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Anna Becker");
	/* a name and a role */
	a = parse_str(&ctx, "Copper climbs\nJane Doe, Senior Reporter\nNov 3, 2025\n\nCopper rose.\n");
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Jane Doe");
	CHECK_STR(a.body, "Copper rose.");
	/* but a story sentence naming someone is no author line */
	a = parse_str(&ctx, "Copper climbs\nJane Doe, an analyst at Example Bank, said prices would rise.\n"
				  "Nov 3, 2025\n\nCopper rose.\n");
	CHECK_INT(a.n_authors, 0);
	/* text-size controls under the title */
	a = parse_str(&ctx, "Copper climbs\nListen to this article\nPrint\nA A A\n\nCopper rose.\n");
	CHECK_STR(a.title, "Copper climbs");
	CHECK_STR(a.body, "Copper rose.");
	nm_ctx_free(&ctx);
}

NM_TEST(text_long_menu_and_host_line)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	/* a site's whole menu (more than twenty entries) above the title */
	a = parse_str(&ctx, "Skip to main content\nMining.com\nMenu\nSearch\nHome\nNews\nMarkets\n"
				  "Commodities\nCopper\nGold\nSilver\nLithium\nNickel\nZinc\nIron Ore\nCoal\n"
				  "Uranium\nCompanies\nEvents\nJobs\nAbout Us\nContact\nCopper\n"
				  "Copper price hits two-week high on weaker dollar\n"
				  "Reuters | November 3, 2025 | 10:12 am\n"
				  "Copper prices climbed on Monday as the dollar slipped, traders said.\n\n"
				  "Most Read\nGold hits record\nZinc slides\n");
	CHECK_STR(a.title, "Copper price hits two-week high on weaker dollar");
	CHECK_STR(a.body, "Copper prices climbed on Monday as the dollar slipped, traders said.");
	CHECK_INT(a.n_related, 2);
	/* the site's host name over the title */
	a = parse_str(&ctx, "MINING.COM\nCopper price hits two-week high on weaker dollar\n\n"
				  "Copper prices climbed on Monday.\n");
	CHECK_STR(a.title, "Copper price hits two-week high on weaker dollar");
	CHECK_STR(a.body, "Copper prices climbed on Monday.");
	nm_ctx_free(&ctx);
}

/* Unclosed markdown links by the hundred thousand: each scan stops at the
 * next bracket, so the line is read once (and its text kept). */
NM_TEST(text_markdown_unclosed_links)
{
	nm_ctx		ctx;
	nm_article	a;
	size_t		n = 200000;
	char	   *big = malloc(n * 4 + 8);

	memcpy(big, "Title\n\n", 7);
	for (size_t i = 0; i < n; i++)
		memcpy(big + 7 + i * 4, "[a](", 4);
	big[7 + n * 4] = '\0';
	nm_ctx_init(&ctx, NULL);
	CHECK_INT(nm_parse_text_article(&ctx, big, 7 + n * 4, &a), NM_OK);
	CHECK_STR(a.title, "Title");
	CHECK_INT(a.body ? strlen(a.body) : 0, n * 4);
	free(big);
	nm_ctx_free(&ctx);
}

/* Wire credits right under the last paragraph (no blank line between). */
NM_TEST(text_credit_under_last_paragraph)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	a = parse_str(&ctx, "Copper climbs\n\nCopper rose on Monday.\n\nTraders said more gains were likely.\n"
				  "(By Ines Okafor; Editing by Tom Hale)\nShare this article\n");
	CHECK_STR(a.body, "Copper rose on Monday.\n\nTraders said more gains were likely.");
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Ines Okafor");
	/* a bracket inside a sentence is no credit */
	a = parse_str(&ctx, "Copper climbs\n\nCopper output rose 3% (By Volume) in May.\n");
	CHECK_STR(a.body, "Copper output rose 3% (By Volume) in May.");
	CHECK_INT(a.n_authors, 0);
	nm_ctx_free(&ctx);
}

NM_TEST(text_section_after_time)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	/* words glued to the time: a section when they read as one name */
	a = parse_str(&ctx, "Copper climbs\nReuters | November 3, 2025 | 10:12 am Base Metals\n\n"
				  "Copper rose.\n");
	CHECK_STR(a.section, "Base Metals");
	CHECK_STR(nm_time_str(a.published_at), "2025-11-03 10:12:00");
	a = parse_str(&ctx, "Copper climbs\nReuters | November 3, 2025 | 10:12 am Mining & Metals\n\n"
				  "Copper rose.\n");
	CHECK_STR(a.section, "Mining & Metals");
	a = parse_str(&ctx, "Copper climbs\nPublished on November 3, 2025 10:12 AM Metals and Mining\n\n"
				  "Copper rose.\n");
	CHECK_STR(a.section, "Metals and Mining");
	/* a bare date and its section keep the date */
	a = parse_str(&ctx, "Gold prices climb on Monday\nNovember 3, 2025 Metals\n\nGold rose.\n");
	CHECK_STR(a.section, "Metals");
	CHECK_STR(nm_time_str(a.published_at), "2025-11-03 00:00:00");
	CHECK_STR(a.body, "Gold rose.");
	/* three or more plain words: which one is the section cannot be told */
	a = parse_str(&ctx, "Copper climbs\nReuters | November 3, 2025 | 10:12 am Markets Asia Copper\n\n"
				  "Copper rose.\n");
	CHECK_STR(a.section, NULL);
	CHECK_STR(nm_time_str(a.published_at), "2025-11-03 10:12:00");
	CHECK_STR(a.body, "Copper rose.");
	a = parse_str(&ctx, "Copper climbs\nNovember 3, 2025 10:12 AM Markets Asia Copper\n\n"
				  "Copper rose.\n");
	CHECK_STR(a.section, NULL);
	CHECK_STR(nm_time_str(a.published_at), "2025-11-03 10:12:00");
	CHECK_STR(a.body, "Copper rose.");
	a = parse_str(&ctx, "Copper climbs\nPublished on November 3, 2025 10:12 AM Energy Metals Asia "
				  "Copper\n\nCopper rose.\n");
	CHECK_STR(a.section, NULL);
	/* set off by a separator, a piece of up to four words is the section */
	a = parse_str(&ctx, "Copper climbs\nReuters | November 3, 2025 | 10:12 am | Markets Asia Copper\n\n"
				  "Copper rose.\n");
	CHECK_STR(a.section, "Markets Asia Copper");
	nm_ctx_free(&ctx);
}

NM_TEST(text_wire_title_shaped_like_dateline)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	/* a headline that parses as a dateline, over a story with a real one */
	a = parse_str(&ctx, "TIN PORT LEVY TO END JULY 1 - MINISTER\n\nLIMA, May 2 - A levy on tin "
				  "shipped through the port will end on July 1, the minister said.\n");
	CHECK_STR(a.title, "TIN PORT LEVY TO END JULY 1 - MINISTER");
	CHECK_STR(a.dateline, "LIMA");
	CHECK(unit_starts(a.body, "LIMA, May 2 - A levy on tin"));
	a = parse_str(&ctx, "METALS OUTLOOK - ZINC STOCKS AND SMELTERS\n\nLONDON, May 2 - Zinc stocks "
				  "fell for a fifth week.\n");
	CHECK_STR(a.title, "METALS OUTLOOK - ZINC STOCKS AND SMELTERS");
	CHECK_STR(a.dateline, "LONDON");
	/* but a one-line story over another is no headline */
	a = parse_str(&ctx, "LIMA, May 2 - Copper output rose 3% in March.\n\nSANTIAGO, May 2 - "
				  "Codelco said output fell.\n");
	CHECK_STR(a.title, NULL);
	CHECK_STR(a.dateline, "LIMA");
	nm_ctx_free(&ctx);
}

NM_TEST(text_bare_name_lines)
{
	nm_ctx		ctx;
	nm_article	a;

	nm_ctx_init(&ctx, NULL);
	/* a name with no "By" between the title and the date line */
	a = parse_str(&ctx, "Copper climbs to two-week high\nJane Doe\nNovember 3, 2025\n\n"
				  "Copper rose on Monday.\n");
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Jane Doe");
	CHECK_STR(a.description, NULL);
	CHECK_STR(nm_time_str(a.published_at), "2025-11-03 00:00:00");
	CHECK_STR(a.body, "Copper rose on Monday.");
	/* under the date line, with the wire after a comma */
	a = parse_str(&ctx, "Copper climbs to two-week high\nNovember 3, 2025\nJane Doe, Reuters\n\n"
				  "Copper rose on Monday.\n");
	CHECK_INT(a.n_authors, 1);
	CHECK_STR(a.agency, "Reuters");
	CHECK_STR(a.body, "Copper rose on Monday.");
	/* right under the title: two names, particles and initials */
	a = parse_str(&ctx, "Copper climbs to two-week high\nMaria de la Cruz and J. R. Okoye\n\n"
				  "Copper rose on Monday.\n");
	CHECK_INT(a.n_authors, 2);
	if (a.n_authors == 2)
	{
		CHECK_STR(a.authors[0], "Maria de la Cruz");
		CHECK_STR(a.authors[1], "J. R. Okoye");
	}
	CHECK_STR(a.body, "Copper rose on Monday.");
	/* a blank line between the title and a name over its date line */
	a = parse_str(&ctx, "Copper climbs to two-week high\n\nJane Doe\nNovember 3, 2025\n\n"
				  "Copper rose on Monday.\n");
	CHECK_INT(a.n_authors, 1);
	CHECK_STR(a.body, "Copper rose on Monday.");
	/* wire copy: a name paragraph right over the dateline */
	a = parse_str(&ctx, "COPPER OUTPUT FALLS IN PERU\n\n\xC3\x89lodie Dupont\n\nLIMA, May 2 - "
				  "Copper output fell 4% in March.\n");
	CHECK_STR(a.title, "COPPER OUTPUT FALLS IN PERU");
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "\xC3\x89lodie Dupont");
	CHECK_STR(a.description, NULL);
	CHECK_STR(a.dateline, "LIMA");

	/* not names: a sentence-case standfirst stays the description */
	a = parse_str(&ctx, "Copper climbs to two-week high\nTraders bet on Beijing\n"
				  "November 3, 2025\n\nCopper rose on Monday.\n");
	CHECK_INT(a.n_authors, 0);
	CHECK_STR(a.description, "Traders bet on Beijing");
	/* a title-case deck with a verb */
	a = parse_str(&ctx, "Copper climbs to two-week high\nPrices Rise Again\n\nCopper rose.\n");
	CHECK_INT(a.n_authors, 0);
	a = parse_str(&ctx, "Copper climbs to two-week high\nTin Rallies Again\n\nCopper rose.\n");
	CHECK_INT(a.n_authors, 0);
	/* a one-word section, a two-word one, place names */
	a = parse_str(&ctx, "Copper climbs to two-week high\nMarkets\nNovember 3, 2025\n\nCopper rose.\n");
	CHECK_INT(a.n_authors, 0);
	a = parse_str(&ctx, "Copper climbs to two-week high\nBase Metals\nNovember 3, 2025\n\nCopper rose.\n");
	CHECK_INT(a.n_authors, 0);
	a = parse_str(&ctx, "Copper climbs to two-week high\nBuenos Aires\nNovember 3, 2025\n\nCopper rose.\n");
	CHECK_INT(a.n_authors, 0);
	a = parse_str(&ctx, "Copper climbs to two-week high\nNovember 3, 2025\nHong Kong\n\nCopper rose.\n");
	CHECK_INT(a.n_authors, 0);
	a = parse_str(&ctx, "Copper climbs to two-week high\nSalt Lake City\n\nCopper rose.\n");
	CHECK_INT(a.n_authors, 0);
	/* an all-caps line, a company, German and web furniture headings */
	a = parse_str(&ctx, "Copper climbs to two-week high\nMARIA OKOYE\nNovember 3, 2025\n\nCopper rose.\n");
	CHECK_INT(a.n_authors, 0);
	a = parse_str(&ctx, "Copper climbs to two-week high\nAcme Mining Corp\nNovember 3, 2025\n\n"
				  "Copper rose.\n");
	CHECK_INT(a.n_authors, 0);
	a = parse_str(&ctx, "Kupfer steigt\nNeueste Beitr\xC3\xA4ge\n\nKupfer stieg.\n");
	CHECK_INT(a.n_authors, 0);
	a = parse_str(&ctx, "Copper climbs to two-week high\nAdvertising Disclosure\n\nCopper rose.\n");
	CHECK_INT(a.n_authors, 0);
	/* a name line inside the story is story, not a byline */
	a = parse_str(&ctx, "Copper climbs to two-week high\nNovember 3, 2025\n\nCopper rose.\n\n"
				  "Jane Doe\n\nIt rose again.\n");
	CHECK_INT(a.n_authors, 0);
	CHECK_STR(a.body, "Copper rose.\n\nJane Doe\n\nIt rose again.");
	nm_ctx_free(&ctx);
}

NM_TEST(text_fixtures_name_lines_and_regions)
{
	nm_ctx		ctx;
	nm_article	a;
	char	   *buf;

	nm_ctx_init(&ctx, NULL);
	buf = parse_fixture(&ctx, "scraped-name-line-nickel.txt", &a);
	CHECK_STR(a.title, "Nickel miners in Sulawesi cut output as ore prices slide");
	CHECK_INT(a.n_authors, 2);
	if (a.n_authors == 2)
	{
		CHECK_STR(a.authors[0], "Priya Raman");
		CHECK_STR(a.authors[1], "Tomasz Wielgosz");
	}
	CHECK_STR(a.publisher, "Metal Desk");
	CHECK_STR(nm_time_str(a.published_at), "2026-03-12 09:15:00");
	CHECK_STR(a.section, NULL);
	CHECK_STR(a.description, NULL);
	CHECK_INT(unit_paras(a.body), 4);
	CHECK(unit_starts(a.body, "Indonesian nickel miners on the island of Sulawesi"));
	CHECK(unit_ends(a.body, "little changed at $16,850 a ton."));
	CHECK_INT(a.word_count, 88);
	free(buf);

	buf = parse_fixture(&ctx, "wire-three-part-dateline-tin.txt", &a);
	CHECK_STR(a.title, "TIN SMELTER LEVY TO END JUNE 30 - MINISTRY");
	CHECK_INT(a.n_authors, 1);
	if (a.n_authors == 1)
		CHECK_STR(a.authors[0], "Rafael Okonkwo-Mendes");
	CHECK_STR(a.description, NULL);
	CHECK_STR(a.dateline, "GEORGETOWN, Demerara, Guyana");
	CHECK_STR(a.agency, "Reuters");
	CHECK_INT(unit_paras(a.body), 4);
	CHECK(unit_starts(a.body, "GEORGETOWN, Demerara, Guyana, May 14, Reuter - A levy"));
	CHECK(unit_starts(a.lead, "A levy on tin concentrate"));
	CHECK_INT(a.word_count, 103);
	free(buf);
	nm_ctx_free(&ctx);
}
