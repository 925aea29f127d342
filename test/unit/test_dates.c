/* test_dates.c -- nm_parse_date / nm_parse_date_strict: the forms news pages
 * use, zones converted to UTC, impossible dates refused. */
#include "unit.h"
#include "nm_text.h"

/* UTC "YYYY-MM-DD HH:MM:SS" of a lenient parse, or "NULL". */
static const char *
d(const char *s)
{
	nm_time		t;

	nm_parse_date(s, strlen(s), &t);
	return nm_time_str(t);
}

static const char *
ds(const char *s)
{
	nm_time		t;

	nm_parse_date_strict(s, strlen(s), &t);
	return nm_time_str(t);
}

NM_TEST(dates_calendar)
{
	CHECK_INT(nm_days_from_civil(1970, 1, 1), 0);
	CHECK_INT(nm_days_from_civil(2000, 3, 1), 11017);
	CHECK_INT(nm_days_from_civil(1900, 1, 1), -25567);
	CHECK_INT(nm_days_in_month(2024, 2), 29);
	CHECK_INT(nm_days_in_month(2100, 2), 28);
	CHECK_INT(nm_days_in_month(2000, 2), 29);
	CHECK_INT(nm_days_in_month(2023, 13), 0);
}

NM_TEST(dates_iso8601)
{
	CHECK_STR(d("2023-09-21T07:00:00Z"), "2023-09-21 07:00:00");
	CHECK_STR(d("2023-09-21T07:00:00+02:00"), "2023-09-21 05:00:00");
	CHECK_STR(d("2023-09-21T07:00:00+0200"), "2023-09-21 05:00:00");
	CHECK_STR(d("2023-09-21T01:30:00-05:00"), "2023-09-21 06:30:00");
	CHECK_STR(d("2023-09-21T23:30:00-05"), "2023-09-22 04:30:00");
	CHECK_STR(d("2023-09-21T07:00:00.123456Z"), "2023-09-21 07:00:00");
	CHECK_STR(d("2023-09-21 07:00"), "2023-09-21 07:00:00");
	CHECK_STR(d("2023-09-21"), "2023-09-21 00:00:00");
	CHECK_STR(d("2023/09/21"), "2023-09-21 00:00:00");
	CHECK_STR(d("2024-02-29T12:00:00Z"), "2024-02-29 12:00:00");

	/* fractional seconds are kept in the microseconds */
	{
		nm_time		t;

		CHECK(nm_parse_date("2023-09-21T07:00:00.25Z", 23, &t));
		CHECK_INT(t.usec % 1000000, 250000);
	}
}

NM_TEST(dates_rfc2822)
{
	CHECK_STR(d("Thu, 21 Sep 2023 07:00:00 GMT"), "2023-09-21 07:00:00");
	CHECK_STR(d("Thu, 21 Sep 2023 07:00:00 +0000"), "2023-09-21 07:00:00");
	CHECK_STR(d("Thu, 21 Sep 2023 09:00:00 +0200"), "2023-09-21 07:00:00");
	CHECK_STR(d("Thu Sep 21 07:00:00 2023"), "2023-09-21 07:00:00");
}

NM_TEST(dates_english_names)
{
	CHECK_STR(d("September 21,2023 07:00 AM"), "2023-09-21 07:00:00");
	CHECK_STR(d("November 05,2025 07:00 PM"), "2025-11-05 19:00:00");
	CHECK_STR(d("21 Sept 2023"), "2023-09-21 00:00:00");
	CHECK_STR(d("Sept. 21, 2023"), "2023-09-21 00:00:00");
	CHECK_STR(d("Sep 21 2023"), "2023-09-21 00:00:00");
	CHECK_STR(d("21st September 2023"), "2023-09-21 00:00:00");
	CHECK_STR(d("the 3rd of March 2024"), "2024-03-03 00:00:00");
	CHECK_STR(d("21-Sep-2023"), "2023-09-21 00:00:00");
	CHECK_STR(d("July 15, 2024 3:45 PM EDT"), "2024-07-15 19:45:00");
	CHECK_STR(d("July 15, 2024 at 3:45 p.m. EDT"), "2024-07-15 19:45:00");
	CHECK_STR(d("Jan 5, 2024 12:15 AM"), "2024-01-05 00:15:00");
	CHECK_STR(d("Jan 5, 2024 12:15 PM"), "2024-01-05 12:15:00");
	CHECK_STR(d("March 4, 2024, 9 am"), "2024-03-04 09:00:00");
}

NM_TEST(dates_zones)
{
	CHECK_STR(d("Updated 3:45 PM GMT+7, July 15, 2024"), "2024-07-15 08:45:00");
	CHECK_STR(d("July 15, 2024 3:45 PM GMT+7"), "2024-07-15 08:45:00");
	CHECK_STR(d("July 15, 2024 10:00 UTC-05:00"), "2024-07-15 15:00:00");
	CHECK_STR(d("July 15, 2024 10:00 (CEST)"), "2024-07-15 08:00:00");
	CHECK_STR(d("15 July 2024 10:00 BST"), "2024-07-15 09:00:00");
	CHECK_STR(d("15 July 2024 10:00 JST"), "2024-07-15 01:00:00");
	CHECK_STR(d("15 July 2024 10:00 IST"), "2024-07-15 04:30:00");
	CHECK_STR(d("15 July 2024 10:00 PST"), "2024-07-15 18:00:00");
	CHECK_STR(d("15 Jan 2024 10:00 AEDT"), "2024-01-14 23:00:00");
	/* "ET" follows US summer time */
	CHECK_STR(d("July 15, 2024 10:00 AM ET"), "2024-07-15 14:00:00");
	CHECK_STR(d("January 15, 2024 10:00 AM ET"), "2024-01-15 15:00:00");
	/* a time with no date at all is not a date */
	CHECK_STR(d("Updated 3:45 PM GMT+7"), "NULL");
	/* lower-case words are not zones: "ist" is German for "is" */
	CHECK_STR(d("21.09.2023 10:00 ist"), "2023-09-21 10:00:00");
}

NM_TEST(dates_numeric_orders)
{
	CHECK_STR(d("21.09.2023"), "2023-09-21 00:00:00");
	CHECK_STR(d("05.11.2023"), "2023-11-05 00:00:00");	/* dots: D.M.Y */
	CHECK_STR(d("21/09/2023"), "2023-09-21 00:00:00");
	CHECK_STR(d("09/21/2023"), "2023-09-21 00:00:00");
	CHECK_STR(d("05/05/2023"), "2023-05-05 00:00:00");
	CHECK_STR(d("03/04/2023"), "NULL");	/* ambiguous */
	CHECK_STR(d("21-09-2023 14:05"), "2023-09-21 14:05:00");
	CHECK_STR(d("21.09.2023, 14:05 Uhr"), "2023-09-21 14:05:00");
	CHECK_STR(d("2023年9月21日"), "2023-09-21 00:00:00");
	CHECK_STR(d("2023년 9월 21일"), "2023-09-21 00:00:00");
}

NM_TEST(dates_european_names)
{
	CHECK_STR(d("21. September 2023"), "2023-09-21 00:00:00");
	CHECK_STR(d("21. März 2023"), "2023-03-21 00:00:00");
	CHECK_STR(d("3. Mai 2023 um 10:15 Uhr"), "2023-05-03 10:15:00");
	CHECK_STR(d("21 sept 2023"), "2023-09-21 00:00:00");
	CHECK_STR(d("1er février 2024"), "2024-02-01 00:00:00");
	CHECK_STR(d("Mis à jour le 21 décembre 2023 à 07h30"), "2023-12-21 07:30:00");
	CHECK_STR(d("21 de março de 2023"), "2023-03-21 00:00:00");
	CHECK_STR(d("21 de marzo de 2023"), "2023-03-21 00:00:00");
	CHECK_STR(d("21 settembre 2023"), "2023-09-21 00:00:00");
	CHECK_STR(d("21 augustus 2023"), "2023-08-21 00:00:00");
	CHECK_STR(d("21 DÉCEMBRE 2023"), "2023-12-21 00:00:00");
	CHECK_STR(d("21 września 2023"), "2023-09-21 00:00:00");
	CHECK_STR(d("15 августа 2016, 13:43"), "2016-08-15 13:43:00");
	CHECK_STR(d("2020. október 7. 10:15"), "2020-10-07 10:15:00");
	CHECK_STR(d("In 2023 prices rose"), "NULL");
	CHECK_STR(d("1 ВЕРЕСНЯ 2023"), "2023-09-01 00:00:00");
	CHECK_STR(d("Опубликовано 3 мая 2024 г."), "2024-05-03 00:00:00");
}

NM_TEST(dates_inside_text)
{
	CHECK_STR(d("By Jane Doe | July 15, 2024 3:45 PM EDT"), "2024-07-15 19:45:00");
	CHECK_STR(d("Published on September 21,2023 07:00 AM Metals"), "2023-09-21 07:00:00");
	CHECK_STR(d("The deal was signed on 4 March 2024 in Ottawa."), "2024-03-04 00:00:00");
	CHECK_STR(d("Output rose 12% in 2023 and in May."), "NULL");
	CHECK_STR(d("OTTAWA, Sept 21 (Reuters) - Canada"), "NULL");

	{
		nm_time		t;
		size_t		a,
					b;
		const char *s = "Published on September 21,2023 07:00 AM Metals";

		CHECK(nm_find_date(s, strlen(s), &t, &a, &b));
		CHECK_INT(a, 13);
		CHECK_STR(s + b, " Metals");
	}
}

NM_TEST(dates_impossible)
{
	CHECK_STR(d("February 30, 2023"), "NULL");
	CHECK_STR(d("2023-02-29"), "NULL");
	CHECK_STR(d("2023-13-01"), "NULL");
	CHECK_STR(d("2023-00-10"), "NULL");
	CHECK_STR(ds("2023-09-21T25:00:00Z"), "NULL");
	CHECK_STR(ds("2023-09-21 10:60"), "NULL");
	/* an impossible time refuses the whole date, lenient parse included */
	CHECK_STR(d("2023-09-21T25:61:61Z"), "NULL");
	CHECK_STR(d("Updated 2023-09-21 24:30"), "NULL");
	CHECK_STR(d("2023-09-21T23:59:59Z"), "2023-09-21 23:59:59");
	CHECK_STR(d("1899-12-31"), "NULL");
	CHECK_STR(d("2200-01-01"), "NULL");
	CHECK_STR(d("2199-12-31"), "2199-12-31 00:00:00");
	CHECK_STR(d("1900-01-01"), "1900-01-01 00:00:00");
	CHECK_STR(d(""), "NULL");
	CHECK_STR(d("tomorrow"), "NULL");
	CHECK_STR(d("September 2023"), "NULL");

	{
		nm_time		t;

		CHECK(!nm_parse_date(NULL, 0, &t));
		CHECK(!t.valid);
	}
}

NM_TEST(dates_strict)
{
	CHECK_STR(ds("November 11,2025 06:00 AM"), "2025-11-11 06:00:00");
	CHECK_STR(ds("  Published on September 21,2023 07:00 AM  "), "2023-09-21 07:00:00");
	CHECK_STR(ds("Updated: Thursday, July 15, 2024 3:45 PM EDT"), "2024-07-15 19:45:00");
	CHECK_STR(ds("Veröffentlicht am 21.09.2023"), "2023-09-21 00:00:00");
	CHECK_STR(ds("Published on September 21,2023 07:00 AM Metals"), "NULL");
	CHECK_STR(ds("Canada and Japan on 21 September 2023 agreed"), "NULL");
	CHECK_STR(ds("21 Sept 2023."), "2023-09-21 00:00:00");
	/* a weekday or label glued to the day is not a word: as nm_parse_date */
	CHECK_STR(ds("Monday1 February 2023"), "NULL");
	CHECK_STR(d("Monday1 February 2023"), "NULL");
	CHECK_STR(ds("Monday 1 February 2023"), "2023-02-01 00:00:00");
	CHECK_STR(ds("Published1 February 2023"), "NULL");
}
