/*
 * eval_minerals.c -- driver for bench/eval_minerals.py: reads records
 * "<byte length>\n<text>" on stdin, prints each record's mentions.
 */
#include "newsminer.h"

#include <stdio.h>
#include <stdlib.h>

int
main(void)
{
	size_t		len;
	long		rec = 0;

	while (scanf("%zu", &len) == 1)
	{
		char	   *buf = malloc(len + 1);
		nm_ctx		ctx;
		nm_mineral_mention *m;
		int			n = 0;

		if (!buf || getchar() != '\n' || fread(buf, 1, len, stdin) != len)
			return 2;
		buf[len] = '\0';
		nm_ctx_init(&ctx, NULL);
		if (nm_extract_minerals(&ctx, buf, len, &m, &n) != NM_OK)
			n = 0;
		printf("R\t%ld\n", rec++);
		for (int i = 0; i < n; i++)
		{
			printf("M\t%s\t%s\t", m[i].mineral->name, m[i].form);
			for (size_t k = 0; k < m[i].byte_len; k++)
			{
				char		c = buf[m[i].byte_start + k];

				putchar(c == '\n' || c == '\t' || c == '\r' ? ' ' : c);
			}
			printf("\t%zu\n", m[i].byte_start);
		}
		nm_ctx_free(&ctx);
		free(buf);
	}
	return 0;
}
