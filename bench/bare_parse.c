/*
 * bare_parse.c -- the floor of any libxml2-based extractor: libxml2's own
 * HTML parse of each page (htmlCtxtReadMemory + xmlFreeDoc, nothing else).
 *
 * Usage: bare_parse BUNDLE [REPS]   (prints one "bare ..." result line)
 */
#include "bench_io.h"

#include <libxml/HTMLparser.h>

/* The options the core passes (NM_HTML_OPTIONS in src/core/html_parse.c). */
#define NM_BENCH_HTML_OPTIONS (HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | \
							   HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC)

int
main(int argc, char **argv)
{
	bench_bundle b;
	int			reps = argc > 2 ? atoi(argv[2]) : 1;
	long long	failed = 0;
	double		t0,
				c0;

	if (argc < 2 || reps < 1)
	{
		fprintf(stderr, "usage: %s BUNDLE [REPS]\n", argv[0]);
		return 2;
	}
	bench_read_bundle(argv[1], &b);
	xmlInitParser();
	t0 = bench_now();
	c0 = bench_cpu();
	for (int r = 0; r < reps; r++)
	{
		for (int i = 0; i < b.n; i++)
		{
			htmlParserCtxtPtr pctx = htmlNewParserCtxt();
			htmlDocPtr	doc;

			doc = htmlCtxtReadMemory(pctx, b.rec[i], (int) b.len[i], NULL,
									 "UTF-8", NM_BENCH_HTML_OPTIONS);
			if (doc == NULL)
				failed++;
			else
				xmlFreeDoc(doc);
			htmlFreeParserCtxt(pctx);
		}
	}
	bench_report("bare", &b, reps, bench_now() - t0, bench_cpu() - c0, failed);
	xmlCleanupParser();
	return 0;
}
