/* test_dateline.c -- nm_parse_dateline: wire datelines in their common forms,
 * and ordinary opening sentences that must not be taken for one. */
#include "unit.h"
#include <stdlib.h>

typedef struct dl_result
{
	bool		ok;
	char	   *place;
	char	   *agency;
	const char *rest;			/* text after the prefix */
} dl_result;

static dl_result
dl(nm_ctx *ctx, const char *s)
{
	dl_result	r;
	size_t		n = 0;

	r.ok = nm_parse_dateline(ctx, s, strlen(s), &r.place, &r.agency, &n);
	r.rest = s + n;
	return r;
}

NM_TEST(dateline_reuters_ap_afp)
{
	nm_ctx		ctx;
	dl_result	r;

	nm_ctx_init(&ctx, NULL);
	r = dl(&ctx, "OTTAWA, Sept 21 (Reuters) - Canada and Japan on Thursday agreed");
	CHECK(r.ok);
	CHECK_STR(r.place, "OTTAWA");
	CHECK_STR(r.agency, "Reuters");
	CHECK_STR(r.rest, "Canada and Japan on Thursday agreed");

	r = dl(&ctx, "NEW YORK (AP) \xE2\x80\x94 Copper prices rose.");
	CHECK(r.ok);
	CHECK_STR(r.place, "NEW YORK");
	CHECK_STR(r.agency, "AP");
	CHECK_STR(r.rest, "Copper prices rose.");

	r = dl(&ctx, "PARIS, 21 sept (AFP) - Eramet said");
	CHECK(r.ok);
	CHECK_STR(r.place, "PARIS");
	CHECK_STR(r.agency, "AFP");
	CHECK_STR(r.rest, "Eramet said");

	r = dl(&ctx, "SANTIAGO, March 4 - Chile's copper output");
	CHECK(r.ok);
	CHECK_STR(r.place, "SANTIAGO");
	CHECK_STR(r.agency, NULL);
	CHECK_STR(r.rest, "Chile's copper output");

	r = dl(&ctx, "S\xC3\x83O PAULO, May 3 (Reuters) \xE2\x80\x93 Vale said");
	CHECK(r.ok);
	CHECK_STR(r.place, "S\xC3\x83O PAULO");
	CHECK_STR(r.rest, "Vale said");

	r = dl(&ctx, "WASHINGTON/BEIJING, Oct 2 (Reuters) - The two");
	CHECK_STR(r.place, "WASHINGTON/BEIJING");
	CHECK_STR(r.agency, "Reuters");

	r = dl(&ctx, "LONDON, May 14 (Reuters Breakingviews) - Glencore's");
	CHECK_STR(r.place, "LONDON");
	CHECK_STR(r.agency, "Reuters");
	CHECK_STR(r.rest, "Glencore's");

	r = dl(&ctx, "JOHANNESBURG (Associated Press) -- Platinum");
	CHECK_STR(r.place, "JOHANNESBURG");
	CHECK_STR(r.agency, "AP");
	CHECK_STR(r.rest, "Platinum");
	nm_ctx_free(&ctx);
}

NM_TEST(dateline_other_forms)
{
	nm_ctx		ctx;
	dl_result	r;

	nm_ctx_init(&ctx, NULL);
	r = dl(&ctx, "(Bloomberg) -- Copper climbed to a record");
	CHECK(r.ok);
	CHECK_STR(r.place, NULL);
	CHECK_STR(r.agency, "Bloomberg");
	CHECK_STR(r.rest, "Copper climbed to a record");

	r = dl(&ctx, "NEW YORK, March 2 (Dow Jones) -- Nickel");
	CHECK_STR(r.agency, "Dow Jones");
	CHECK_STR(r.rest, "Nickel");

	r = dl(&ctx, "SAN MATEO, Calif., March 2 - Shareholders");
	CHECK(r.ok);
	CHECK_STR(r.place, "SAN MATEO, Calif.");
	CHECK_STR(r.rest, "Shareholders");

	r = dl(&ctx, "TAUPO, New Zealand, March 23 - Ministers");
	CHECK_STR(r.place, "TAUPO, New Zealand");

	r = dl(&ctx, "RICHMOND, Va. Feb 26 - Owens");
	CHECK_STR(r.place, "RICHMOND, Va.");
	CHECK_STR(r.rest, "Owens");

	r = dl(&ctx, "Toronto, Feb 26 - Standard Trustco");
	CHECK(r.ok);
	CHECK_STR(r.place, "Toronto");

	r = dl(&ctx, "Rio de Janeiro, May 3 (Reuters) - Petrobras");
	CHECK_STR(r.place, "Rio de Janeiro");

	r = dl(&ctx, "ST. LOUIS \xE2\x80\x94 Peabody");
	CHECK_STR(r.place, "ST. LOUIS");
	CHECK_STR(r.agency, NULL);

	r = dl(&ctx, "NEW DELHI: India plans");
	CHECK_STR(r.place, "NEW DELHI");
	CHECK_STR(r.rest, "India plans");

	r = dl(&ctx, "BEIJING, Sept 21, 2023 (Xinhua) -- China's");
	CHECK_STR(r.place, "BEIJING");
	CHECK_STR(r.agency, "Xinhua");

	r = dl(&ctx, "LONDON, Monday (Reuters) - Zinc");
	CHECK_STR(r.place, "LONDON");

	/* an agency not in the table is kept as written */
	r = dl(&ctx, "KINSHASA, June 2 (Mining Wire) - Cobalt");
	CHECK_STR(r.agency, "Mining Wire");
	nm_ctx_free(&ctx);
}

NM_TEST(dateline_rejects_sentences)
{
	nm_ctx		ctx;
	dl_result	r;

	nm_ctx_init(&ctx, NULL);
	CHECK(!dl(&ctx, "The company said on Monday - and repeated on Tuesday").ok);
	CHECK(!dl(&ctx, "Canada and Japan on Thursday agreed to work").ok);
	CHECK(!dl(&ctx, "Canada, Japan agree to work more closely").ok);
	CHECK(!dl(&ctx, "US-China trade tensions weighed on metals").ok);
	CHECK(!dl(&ctx, "AI - the new driver of copper demand").ok);
	CHECK(!dl(&ctx, "UPDATE - Copper prices climb").ok);
	CHECK(!dl(&ctx, "NOTE: prices are indicative").ok);
	CHECK(!dl(&ctx, "DEAR ABBY: My husband mines bitcoin").ok);
	CHECK(!dl(&ctx, "In London, March 4 - prices fell").ok);
	CHECK(!dl(&ctx, "BHP (BHP.AX) - the miner said").ok);
	CHECK(!dl(&ctx, "Apple (Nasdaq) - shares fell").ok);
	CHECK(!dl(&ctx, "").ok);
	CHECK(!dl(&ctx, "OTTAWA").ok);
	r = dl(&ctx, "Earlier this month, a unit of Solus said");
	CHECK(!r.ok);
	CHECK_STR(r.place, NULL);
	nm_ctx_free(&ctx);
}

NM_TEST(dateline_upper_case_lines)
{
	nm_ctx		ctx;
	dl_result	r;

	nm_ctx_init(&ctx, NULL);
	/* table rows and notes in upper case are not datelines */
	CHECK(!dl(&ctx, "PARANA STATE: UMUARAMA NIL, PARANAVAI NIL").ok);
	CHECK(!dl(&ctx, "NOTES: Operating net excludes losses").ok);
	CHECK(!dl(&ctx, "YEAR - period ended October 31").ok);
	CHECK(!dl(&ctx, "BHP (NYSE) - the miner said").ok);
	/* but an upper-case place before a sentence is */
	r = dl(&ctx, "LONDON - BHP said on Tuesday");
	CHECK(r.ok);
	CHECK_STR(r.place, "LONDON");
	CHECK_STR(r.rest, "BHP said on Tuesday");
	r = dl(&ctx, "JOHANNESBURG March 13 - Shr 516 cts");
	CHECK_STR(r.place, "JOHANNESBURG");
	nm_ctx_free(&ctx);
}

/* A million no-break spaces inside a dateline: skipped by a loop, not by
 * one stack frame each (review finding). */
NM_TEST(dateline_many_nbsp)
{
	nm_ctx		ctx;
	size_t		n = 1000000;
	char	   *buf = malloc(2 * n + 64);
	size_t		o = 0;
	char	   *place = NULL,
			   *agency = NULL;
	size_t		prefix = 0;

	nm_ctx_init(&ctx, NULL);
	memcpy(buf, "OTTAWA,", 7);
	o = 7;
	for (size_t i = 0; i < n; i++)
	{
		buf[o++] = (char) 0xC2;
		buf[o++] = (char) 0xA0;
	}
	memcpy(buf + o, "Sept 21 (Reuters) - Copper rose.", 32);
	o += 32;
	(void) nm_parse_dateline(&ctx, buf, o, &place, &agency, &prefix);
	CHECK(prefix <= o);
	free(buf);
	nm_ctx_free(&ctx);
}

/* Forms seen in scraped wire copy, and headlines that only look like one. */
NM_TEST(dateline_scraped_wire_forms)
{
	nm_ctx		ctx;
	dl_result	r;

	nm_ctx_init(&ctx, NULL);
	/* a hyphen glued to the date */
	r = dl(&ctx, "MONTREAL, Feb 26- Shr 1.11 dlrs vs 1.04 dlrs");
	CHECK(r.ok);
	CHECK_STR(r.place, "MONTREAL");
	CHECK_STR(r.rest, "Shr 1.11 dlrs vs 1.04 dlrs");
	/* a comma left before the dash, a space before the comma */
	r = dl(&ctx, "CHICAGO, March 4, - South Korea's trade surplus grew.");
	CHECK(r.ok);
	CHECK_STR(r.rest, "South Korea's trade surplus grew.");
	r = dl(&ctx, "NEW YORK , March 5 - Copper rose.");
	CHECK(r.ok);
	CHECK_STR(r.place, "NEW YORK");
	/* "US-China" still is no dateline */
	CHECK(!dl(&ctx, "US-China talks resume").ok);
	/* upper-case headlines with their source are not datelines */
	CHECK(!dl(&ctx, "U.S. SUGAR IMPORTS DOWN IN WEEK - USDA").ok);
	CHECK(!dl(&ctx, "BONUS WHEAT FLOUR FOR NORTH YEMEN  -- USDA").ok);
	CHECK(!dl(&ctx, "ANTIBIOTICS IN FEED AID DEADLY BACTERIA: STUDY").ok);
	CHECK(!dl(&ctx, "ROTTERDAM PORT SUBSIDY - MINISTER").ok);
	/* but a place over a story is */
	r = dl(&ctx, "ROTTERDAM - Port officials said on Monday the subsidy would end.");
	CHECK(r.ok);
	CHECK_STR(r.place, "ROTTERDAM");
	nm_ctx_free(&ctx);
}

NM_TEST(dateline_regions_lower_case_bare_agency)
{
	nm_ctx		ctx;
	dl_result	r;

	nm_ctx_init(&ctx, NULL);
	/* up to two regions after the place */
	r = dl(&ctx, "GEORGETOWN, Grand Cayman, British West Indies, May 2 - Shares of the fund rose.");
	CHECK(r.ok);
	CHECK_STR(r.place, "GEORGETOWN, Grand Cayman, British West Indies");
	CHECK_STR(r.rest, "Shares of the fund rose.");
	r = dl(&ctx, "HAILEY, Idaho, Calif., May 2 - Output rose.");
	CHECK(r.ok);
	CHECK_STR(r.place, "HAILEY, Idaho, Calif.");
	r = dl(&ctx, "PARIS, Lyon, Nice, Metz, May 2 - Output rose.");
	CHECK(!r.ok);
	r = dl(&ctx, "LONDON, Paris, said the minister, May 2 - Output rose.");
	CHECK(!r.ok);
	/* a region opening with "the" */
	r = dl(&ctx, "EINDHOVEN, the Netherlands, May 2 - Output rose.");
	CHECK(r.ok);
	CHECK_STR(r.place, "EINDHOVEN, the Netherlands");
	/* a comma left before the dash after a region and its date */
	r = dl(&ctx, "WICHITA, Kan., May 2, - Output rose.");
	CHECK(r.ok);
	CHECK_STR(r.place, "WICHITA, Kan.");
	CHECK_STR(r.rest, "Output rose.");
	/* lower-case words after the first, when a comma and a date follow */
	r = dl(&ctx, "Mexico city, march 18 - Output rose.");
	CHECK(r.ok);
	CHECK_STR(r.place, "Mexico city");
	CHECK_STR(r.rest, "Output rose.");
	r = dl(&ctx, "La paz, May 2 (Reuters) - Tin output rose.");
	CHECK(r.ok);
	CHECK_STR(r.place, "La paz");
	CHECK_STR(r.agency, "Reuters");
	r = dl(&ctx, "Shares rose, March 3 - a day after the vote.");
	CHECK(!r.ok);
	r = dl(&ctx, "Mexico city officials said on Monday - output rose.");
	CHECK(!r.ok);
	/* a known wire after the date, without parentheses */
	r = dl(&ctx, "LIMA, May 2, Reuter - Output rose.");
	CHECK(r.ok);
	CHECK_STR(r.place, "LIMA");
	CHECK_STR(r.agency, "Reuters");
	CHECK_STR(r.rest, "Output rose.");
	r = dl(&ctx, "OSLO, May 2, AFP - Output rose.");
	CHECK(r.ok);
	CHECK_STR(r.agency, "AFP");
	r = dl(&ctx, "LIMA, May 2, Reuter (Reuters) - Output rose.");
	CHECK(r.ok);
	CHECK_STR(r.agency, "Reuters");
	CHECK_STR(r.rest, "Output rose.");
	r = dl(&ctx, "LIMA, May 2, (Reuters) - Output rose.");
	CHECK(r.ok);
	CHECK_STR(r.place, "LIMA");
	CHECK_STR(r.agency, "Reuters");
	r = dl(&ctx, "LIMA, May 2, officials said - Output rose.");
	CHECK(!r.ok);
	nm_ctx_free(&ctx);
}
