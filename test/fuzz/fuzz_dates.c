/*
 * fuzz_dates.c -- libFuzzer harness for date parsing (nm_parse_date,
 * nm_parse_date_strict) and datelines (nm_parse_dateline); public API only.
 */
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* 1900-01-01 and 2200-01-01 UTC, widened by a day for zone offsets. */
#define MIN_USEC	((int64_t) -2208988800 * 1000000 - (int64_t) 86400 * 1000000)
#define MAX_USEC	((int64_t) 7258118400 * 1000000 + (int64_t) 86400 * 1000000)

static void
check_time(bool ok, nm_time t, const char *what)
{
	FUZZ_ASSERT(ok == t.valid, what);
	if (ok)
		FUZZ_ASSERT(t.usec >= MIN_USEC && t.usec < MAX_USEC, what);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *buf;
	nm_time		t1,
				t2;
	bool		ok1,
				ok2;

	if (size > FUZZ_MAX_INPUT)
		return 0;
	buf = fuzz_copy(data, size);
	if (!buf)
		return 0;

	/* Any bytes at all: dates must neither crash nor read past the end. */
	ok1 = nm_parse_date(buf, size, &t1);
	check_time(ok1, t1, "nm_parse_date");
	ok2 = nm_parse_date_strict(buf, size, &t2);
	check_time(ok2, t2, "nm_parse_date_strict");

	/* Datelines take a paragraph of valid UTF-8, as the text layer gives. */
	{
		nm_ctx		ctx;
		char	   *para;
		char	   *place = NULL;
		char	   *agency = NULL;
		size_t		prefix = 0;
		size_t		plen;

		nm_ctx_init(&ctx, NULL);
		para = nm_sanitize_utf8(&ctx, buf, size);
		FUZZ_ASSERT(para != NULL, "sanitize");
		plen = strlen(para);
		if (nm_parse_dateline(&ctx, para, plen, &place, &agency, &prefix))
		{
			FUZZ_ASSERT(prefix <= plen, "dateline prefix_len");
			FUZZ_ASSERT(place != NULL || agency != NULL, "dateline without place or agency");
		}
		else
			FUZZ_ASSERT(place == NULL && agency == NULL && prefix == 0, "failed dateline output");
		fuzz_check_str(place, "dateline place");
		fuzz_check_str(agency, "dateline agency");
		nm_ctx_free(&ctx);
	}
	free(buf);
	return 0;
}
