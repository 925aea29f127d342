/*
 * pg_mineral_type.c -- the `mineral` base type: a canonical mineral stored as
 * its stable catalog id (int4, by value), compared by canonical name.
 */
#include "nm_pg.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/formatting.h"
#include "utils/varlena.h"

PG_FUNCTION_INFO_V1(nm_mineral_in);
PG_FUNCTION_INFO_V1(nm_mineral_out);
PG_FUNCTION_INFO_V1(nm_mineral_recv);
PG_FUNCTION_INFO_V1(nm_mineral_send);
PG_FUNCTION_INFO_V1(nm_mineral_cmp);
PG_FUNCTION_INFO_V1(nm_mineral_eq);
PG_FUNCTION_INFO_V1(nm_mineral_ne);
PG_FUNCTION_INFO_V1(nm_mineral_lt);
PG_FUNCTION_INFO_V1(nm_mineral_le);
PG_FUNCTION_INFO_V1(nm_mineral_gt);
PG_FUNCTION_INFO_V1(nm_mineral_ge);
PG_FUNCTION_INFO_V1(nm_mineral_larger);
PG_FUNCTION_INFO_V1(nm_mineral_smaller);
PG_FUNCTION_INFO_V1(nm_mineral_hash);
PG_FUNCTION_INFO_V1(nm_mineral_hash_extended);

#define MAX_HINTS 3

static const nm_mineral_info *
mineral_or_error(int32 id)
{
	const nm_mineral_info *m = nm_mineral_by_id(id);

	if (m == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("unknown mineral id %d", id)));
	return m;
}

/* Keeps the MAX_HINTS closest canonical names (one per mineral). */
static void
consider(const char *in, int inlen, const char *cand, const nm_mineral_info *m,
		 int maxd, const nm_mineral_info **best, int *bestd)
{
	char	   *lower = asc_tolower(cand, strlen(cand));
	int			d = varstr_levenshtein_less_equal(in, inlen, lower, strlen(lower),
												  1, 1, 1, maxd, true);

	pfree(lower);
	if (d > maxd)
		return;
	for (int k = 0; k < MAX_HINTS; k++)
	{
		if (best[k] == m)
		{
			if (d < bestd[k])
				bestd[k] = d;
			return;
		}
	}
	for (int k = 0; k < MAX_HINTS; k++)
	{
		if (best[k] == NULL || d < bestd[k])
		{
			for (int j = MAX_HINTS - 1; j > k; j--)
			{
				best[j] = best[j - 1];
				bestd[j] = bestd[j - 1];
			}
			best[k] = m;
			bestd[k] = d;
			return;
		}
	}
}

/* errhint text naming the canonical minerals closest to the input. */
static char *
close_candidates(const char *in, size_t len)
{
	const nm_mineral_info *best[MAX_HINTS] = {NULL};
	int			bestd[MAX_HINTS] = {0};
	char	   *lower = asc_tolower(in, len);
	int			inlen = strlen(lower);
	int			maxd = inlen <= 4 ? 1 : (inlen <= 8 ? 2 : 3);
	StringInfoData buf;

	for (int i = 0; i < nm_mineral_count(); i++)
	{
		const nm_mineral_info *m = nm_mineral_by_index(i);

		/* a symbol written in the wrong case: "li", "CU" */
		if (m->symbol && pg_strcasecmp(m->symbol, lower) == 0)
		{
			consider(lower, inlen, lower, m, maxd, best, bestd);
			continue;
		}
		consider(lower, inlen, m->name, m, maxd, best, bestd);
		for (int k = 0; m->synonyms[k]; k++)
			consider(lower, inlen, m->synonyms[k], m, maxd, best, bestd);
	}
	if (best[0] == NULL)
		return NULL;
	initStringInfo(&buf);
	appendStringInfoString(&buf, "Did you mean ");
	for (int k = 0; k < MAX_HINTS && best[k]; k++)
	{
		if (k > 0)
			appendStringInfoString(&buf, (k + 1 < MAX_HINTS && best[k + 1]) ? ", " : " or ");
		appendStringInfo(&buf, "\"%s\"", best[k]->name);
		if (best[k]->symbol && pg_strcasecmp(best[k]->symbol, lower) == 0)
			appendStringInfo(&buf, " (symbol \"%s\", case matters)", best[k]->symbol);
	}
	appendStringInfoChar(&buf, '?');
	return buf.data;
}

Datum
nm_mineral_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	size_t		len = strlen(str);
	const char *utf8 = str;
	const nm_mineral_info *m;

	if (GetDatabaseEncoding() != PG_UTF8)
		utf8 = (const char *) pg_do_encoding_conversion((unsigned char *) str, (int) len,
														GetDatabaseEncoding(), PG_UTF8);
	m = nm_mineral_lookup(utf8, strlen(utf8));
	if (m == NULL)
	{
		char	   *hint = close_candidates(str, len);

		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("unknown mineral: \"%s\"", str),
				 hint ? errhint("%s", hint) :
				 errhint("See the mineral_catalog view for names, synonyms and symbols.")));
	}
	PG_RETURN_INT32(m->id);
}

Datum
nm_mineral_out(PG_FUNCTION_ARGS)
{
	const nm_mineral_info *m = mineral_or_error(PG_GETARG_INT32(0));

	PG_RETURN_CSTRING(pstrdup(m->name));
}

Datum
nm_mineral_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int32		id = pq_getmsgint(buf, 4);

	if (nm_mineral_by_id(id) == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unknown mineral id %d", id)));
	PG_RETURN_INT32(id);
}

Datum
nm_mineral_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, PG_GETARG_INT32(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Order by canonical name; names are unique, so 0 only for the same id. */
static int
mineral_compare(int32 a, int32 b)
{
	if (a == b)
		return 0;
	return strcmp(mineral_or_error(a)->name, mineral_or_error(b)->name) < 0 ? -1 : 1;
}

Datum
nm_mineral_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(mineral_compare(PG_GETARG_INT32(0), PG_GETARG_INT32(1)));
}

Datum
nm_mineral_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_INT32(0) == PG_GETARG_INT32(1));
}

Datum
nm_mineral_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_INT32(0) != PG_GETARG_INT32(1));
}

Datum
nm_mineral_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(mineral_compare(PG_GETARG_INT32(0), PG_GETARG_INT32(1)) < 0);
}

Datum
nm_mineral_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(mineral_compare(PG_GETARG_INT32(0), PG_GETARG_INT32(1)) <= 0);
}

Datum
nm_mineral_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(mineral_compare(PG_GETARG_INT32(0), PG_GETARG_INT32(1)) > 0);
}

Datum
nm_mineral_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(mineral_compare(PG_GETARG_INT32(0), PG_GETARG_INT32(1)) >= 0);
}

Datum
nm_mineral_larger(PG_FUNCTION_ARGS)
{
	int32		a = PG_GETARG_INT32(0);
	int32		b = PG_GETARG_INT32(1);

	PG_RETURN_INT32(mineral_compare(a, b) >= 0 ? a : b);
}

Datum
nm_mineral_smaller(PG_FUNCTION_ARGS)
{
	int32		a = PG_GETARG_INT32(0);
	int32		b = PG_GETARG_INT32(1);

	PG_RETURN_INT32(mineral_compare(a, b) <= 0 ? a : b);
}

Datum
nm_mineral_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32((uint32) PG_GETARG_INT32(0));
}

Datum
nm_mineral_hash_extended(PG_FUNCTION_ARGS)
{
	return hash_uint32_extended((uint32) PG_GETARG_INT32(0), PG_GETARG_INT64(1));
}
