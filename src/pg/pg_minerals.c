/*
 * pg_minerals.c -- SQL glue for extract_minerals (materialized SRF),
 * minerals(text) -> mineral[] and the mineral_catalog rows.
 */
#include "nm_pg.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(nm_sql_extract_minerals);
PG_FUNCTION_INFO_V1(nm_sql_minerals);
PG_FUNCTION_INFO_V1(nm_sql_mineral_catalog);

/* text[] of a NULL-terminated list; an empty list is '{}', not NULL. */
static Datum
string_list_datum(const char *const *items)
{
	int			n = 0;
	bool		isnull;

	while (items && items[n])
		n++;
	if (n == 0)
		return PointerGetDatum(construct_empty_array(TEXTOID));
	return nm_pg_text_array_datum(items, n, &isnull);
}

/*
 * The sentence with whitespace runs (wire-copy line breaks) as one space,
 * collapsed straight into a text value when the result is printable ASCII
 * (the usual case); anything else goes through the cleaning builder.
 */
static Datum
sentence_datum(const char *s, size_t len, bool *isnull)
{
	text	   *t = palloc(VARHDRSZ + len);
	char	   *buf = VARDATA(t);
	size_t		o = 0;
	bool		space = false;
	bool		ascii = true;

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
		{
			space = true;
			continue;
		}
		if (space && o > 0)
			buf[o++] = ' ';
		space = false;
		/* 0x21..0x7E: printable ASCII other than the space */
		if ((unsigned char) (c - 0x21) > 0x5D)
			ascii = false;
		buf[o++] = (char) c;
	}
	if (!ascii)
		return nm_pg_text_span_datum(buf, o, isnull);
	SET_VARSIZE(t, VARHDRSZ + o);
	*isnull = false;
	return PointerGetDatum(t);
}

/* Core mentions of the argument; NULL/0 for empty input. */
static int
run_extract(FunctionCallInfo fcinfo, nm_ctx *ctx, const char **s,
			nm_mineral_mention **m)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	size_t		len;
	int			n = 0;

	*s = nm_pg_text_utf8(in, &len);
	nm_pg_ctx_init(ctx);
	NM_PG_CHECK(ctx, nm_extract_minerals(ctx, *s, len, m, &n));
	return n;
}

/*
 * The categories and critical_in arrays of each catalog mineral, built once
 * per call site (fn_extra): a mention row then only copies them.
 */
typedef struct mineral_lists
{
	const nm_mineral_info *base;	/* catalog entry of index 0 */
	int			count;
	Datum	   *categories;		/* per index; 0 = not built yet */
	Datum	   *critical_in;
} mineral_lists;

static void
mineral_list_datums(FunctionCallInfo fcinfo, const nm_mineral_info *mi,
					Datum *categories, Datum *critical_in)
{
	mineral_lists *cache = (mineral_lists *) fcinfo->flinfo->fn_extra;
	MemoryContext old;
	ptrdiff_t	i;

	if (cache == NULL)
	{
		cache = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(*cache));
		cache->base = nm_mineral_by_index(0);
		cache->count = nm_mineral_count();
		cache->categories = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
												   sizeof(Datum) * (cache->count + 1));
		cache->critical_in = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt,
													sizeof(Datum) * (cache->count + 1));
		fcinfo->flinfo->fn_extra = cache;
	}
	i = cache->base ? mi - cache->base : -1;
	if (i < 0 || i >= cache->count || nm_mineral_by_index((int) i) != mi)
	{
		/* not a catalog entry we can index: build them for this row */
		*categories = string_list_datum(mi->categories);
		*critical_in = string_list_datum(mi->critical_in);
		return;
	}
	if (cache->categories[i] == (Datum) 0)
	{
		old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		cache->critical_in[i] = string_list_datum(mi->critical_in);
		cache->categories[i] = string_list_datum(mi->categories);
		MemoryContextSwitchTo(old);
	}
	*categories = cache->categories[i];
	*critical_in = cache->critical_in[i];
}

static void
fill_mention(FunctionCallInfo fcinfo, const void *items, int i, const char *s,
			 Datum *values, bool *nulls)
{
	const nm_mineral_mention *m = (const nm_mineral_mention *) items + i;

	values[0] = Int32GetDatum(m->mineral->id);
	values[1] = nm_pg_text_datum(m->mineral->symbol, &nulls[1]);
	values[2] = nm_pg_text_datum(m->form, &nulls[2]);
	values[3] = nm_pg_text_span_datum(s + m->byte_start, m->byte_len, &nulls[3]);
	values[4] = Int32GetDatum((int32) m->char_start + 1);
	values[5] = sentence_datum(s + m->sentence_start, m->sentence_len, &nulls[5]);
	mineral_list_datums(fcinfo, m->mineral, &values[6], &values[7]);
}

Datum
nm_sql_extract_minerals(PG_FUNCTION_ARGS)
{
	nm_ctx		ctx;
	nm_mineral_mention *m;
	const char *s;
	int			n;

	nm_pg_srf_begin(fcinfo);
	n = run_extract(fcinfo, &ctx, &s, &m);
	nm_pg_put_rows(fcinfo, m, n, s, fill_mention);
	nm_pg_ctx_done(&ctx);
	return (Datum) 0;
}

static int
by_name(const void *a, const void *b)
{
	const nm_mineral_info *x = *(const nm_mineral_info *const *) a;
	const nm_mineral_info *y = *(const nm_mineral_info *const *) b;

	return strcmp(x->name, y->name);
}

/* Element type oid of the declared result (mineral[]), cached per call site. */
static Oid
result_element_type(FunctionCallInfo fcinfo)
{
	Oid			elem;

	if (fcinfo->flinfo->fn_extra)
		return *(Oid *) fcinfo->flinfo->fn_extra;
	elem = get_element_type(get_fn_expr_rettype(fcinfo->flinfo));
	if (!OidIsValid(elem))
		elem = get_element_type(get_func_rettype(fcinfo->flinfo->fn_oid));
	if (!OidIsValid(elem))
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("minerals() must be declared to return mineral[]")));
	fcinfo->flinfo->fn_extra = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(Oid));
	*(Oid *) fcinfo->flinfo->fn_extra = elem;
	return elem;
}

Datum
nm_sql_minerals(PG_FUNCTION_ARGS)
{
	Oid			elem = result_element_type(fcinfo);
	nm_ctx		ctx;
	nm_mineral_mention *m;
	const char *s;
	int			n = run_extract(fcinfo, &ctx, &s, &m);
	const nm_mineral_info **set = palloc(sizeof(*set) * (n > 0 ? n : 1));
	Datum	   *elems;
	int			k = 0;

	for (int i = 0; i < n; i++)
		set[k++] = m[i].mineral;
	nm_pg_ctx_done(&ctx);
	if (k > 1)
		qsort(set, k, sizeof(*set), by_name);
	elems = palloc(sizeof(Datum) * (k > 0 ? k : 1));
	n = 0;
	for (int i = 0; i < k; i++)
		if (i == 0 || set[i] != set[i - 1])
			elems[n++] = Int32GetDatum(set[i]->id);
	if (n == 0)
		PG_RETURN_ARRAYTYPE_P(construct_empty_array(elem));
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n, elem, 4, true, TYPALIGN_INT));
}

Datum
nm_sql_mineral_catalog(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = nm_pg_materialize(fcinfo);

	for (int i = 0; i < nm_mineral_count(); i++)
	{
		const nm_mineral_info *mi = nm_mineral_by_index(i);
		Datum		values[9];
		bool		nulls[9] = {false};

		values[0] = Int32GetDatum(mi->id);
		values[1] = Int32GetDatum(mi->id);
		values[2] = nm_pg_text_datum(mi->name, &nulls[2]);
		values[3] = nm_pg_text_datum(mi->symbol, &nulls[3]);
		values[4] = nm_pg_text_datum(mi->family, &nulls[4]);
		values[5] = string_list_datum(mi->categories);
		values[6] = string_list_datum(mi->critical_in);
		values[7] = string_list_datum(mi->lists);
		values[8] = string_list_datum(mi->synonyms);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}
