/*
 * main.c -- runs every NM_TEST registered by the test files and prints the
 * closing line "N passed, N failed" that the test command collects.
 */
#include "unit.h"

#include <stdlib.h>
#include <time.h>

#define MAX_TESTS 4096

static struct
{
	const char *name;
	nm_test_fn	fn;
}			tests[MAX_TESTS];
static int	n_tests;
int			nm_test_failures;

void
nm_register_test(const char *name, nm_test_fn fn)
{
	if (n_tests < MAX_TESTS)
	{
		tests[n_tests].name = name;
		tests[n_tests].fn = fn;
		n_tests++;
	}
}

char *
nm_read_fixture(const char *relpath, size_t *len)
{
	char		path[1024];
	FILE	   *f;
	char	   *buf;
	long		n;

	snprintf(path, sizeof(path), "../fixtures/%s", relpath);
	f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc(n + 1);
	if (fread(buf, 1, n, f) != (size_t) n)
		n = 0;
	buf[n] = '\0';
	fclose(f);
	if (len)
		*len = (size_t) n;
	return buf;
}

bool
unit_parse_html_fixture(nm_ctx *ctx, const char *name, nm_article *a)
{
	size_t		len;
	char	   *raw = nm_read_fixture(name, &len);
	char	   *utf8;
	size_t		ulen;
	const char *cs;
	bool		ok;

	if (!raw)
		return false;
	ok = nm_bytes_to_utf8(ctx, raw, len, &utf8, &ulen, &cs) == NM_OK &&
		nm_parse_html_article(ctx, utf8, ulen, a) == NM_OK;
	free(raw);
	return ok;
}

const char *
nm_time_str(nm_time t)
{
	static char buf[64];
	time_t		secs;
	struct tm	tm;

	if (!t.valid)
		return "NULL";
	secs = (time_t) (t.usec / 1000000);
	gmtime_r(&secs, &tm);
	strftime(buf, sizeof(buf), "%Y-%m-%d %H:%M:%S", &tm);
	return buf;
}

int
main(int argc, char **argv)
{
	int			passed = 0,
				failed = 0;

	for (int i = 0; i < n_tests; i++)
	{
		if (argc > 1 && strstr(tests[i].name, argv[1]) == NULL)
			continue;
		nm_test_failures = 0;
		tests[i].fn();
		if (nm_test_failures)
		{
			printf("FAIL %s\n", tests[i].name);
			failed++;
		}
		else
			passed++;
	}
	printf("unit: %d passed, %d failed\n", passed, failed);
	return failed ? 1 : 0;
}
