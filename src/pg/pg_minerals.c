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

		/* 0x21..0x7E, printable ASCII other than the space: most bytes */
		if ((unsigned char) (c - 0x21) <= 0x5D)
		{
			if (space && o > 0)
				buf[o++] = ' ';
			space = false;
			buf[o++] = (char) c;
			continue;
		}
		if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
		{
			space = true;
			continue;
		}
		if (space && o > 0)
			buf[o++] = ' ';
		space = false;
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
 * Per call site (fn_extra): the symbol, categories and critical_in of each
 * catalog mineral and the datum of each form, built once, so a mention row
 * only copies them.  Minerals are keyed by their stable id.
 */
#define FORM_SLOTS 16

typedef struct mineral_row_cache
{
	int			max_id;
	bool	   *built;			/* per id */
	Datum	   *symbol;
	bool	   *symbol_null;
	Datum	   *categories;
	Datum	   *critical_in;
	char	   *form[FORM_SLOTS];	/* copies of the form strings seen so far */
	Datum		form_datum[FORM_SLOTS];
} mineral_row_cache;

static mineral_row_cache *
row_cache(FunctionCallInfo fcinfo)
{
	mineral_row_cache *c = (mineral_row_cache *) fcinfo->flinfo->fn_extra;
	MemoryContext mcxt = fcinfo->flinfo->fn_mcxt;
	int			n;

	if (c != NULL)
		return c;
	c = MemoryContextAllocZero(mcxt, sizeof(*c));
	for (int i = 0; i < nm_mineral_count(); i++)
		c->max_id = Max(c->max_id, nm_mineral_by_index(i)->id);
	n = c->max_id + 1;
	c->built = MemoryContextAllocZero(mcxt, sizeof(bool) * n);
	c->symbol = MemoryContextAllocZero(mcxt, sizeof(Datum) * n);
	c->symbol_null = MemoryContextAllocZero(mcxt, sizeof(bool) * n);
	c->categories = MemoryContextAllocZero(mcxt, sizeof(Datum) * n);
	c->critical_in = MemoryContextAllocZero(mcxt, sizeof(Datum) * n);
	fcinfo->flinfo->fn_extra = c;
	return c;
}

/* values[1] (symbol), [6] (categories) and [7] (critical_in) of mineral mi. */
static void
mineral_datums(mineral_row_cache *c, MemoryContext mcxt,
			   const nm_mineral_info *mi, Datum *values, bool *nulls)
{
	int			id = mi->id;

	if (id < 0 || id > c->max_id)
	{
		/* not in the catalog the cache was sized for: build them here */
		values[1] = nm_pg_text_datum(mi->symbol, &nulls[1]);
		values[6] = string_list_datum(mi->categories);
		values[7] = string_list_datum(mi->critical_in);
		return;
	}
	if (!c->built[id])
	{
		MemoryContext old = MemoryContextSwitchTo(mcxt);

		c->symbol[id] = nm_pg_text_datum(mi->symbol, &c->symbol_null[id]);
		c->categories[id] = string_list_datum(mi->categories);
		c->critical_in[id] = string_list_datum(mi->critical_in);
		c->built[id] = true;
		MemoryContextSwitchTo(old);
	}
	values[1] = c->symbol[id];
	nulls[1] = c->symbol_null[id];
	values[6] = c->categories[id];
	values[7] = c->critical_in[id];
}

/* values[2]: the form, one of a handful of short words. */
static Datum
form_datum(mineral_row_cache *c, MemoryContext mcxt, const char *form,
		   bool *isnull)
{
	MemoryContext old;
	int			i;

	if (form == NULL)
		return nm_pg_text_datum(form, isnull);
	*isnull = false;
	for (i = 0; i < FORM_SLOTS && c->form[i] != NULL; i++)
		if (strcmp(c->form[i], form) == 0)
			return c->form_datum[i];
	if (i == FORM_SLOTS)
		return nm_pg_text_datum(form, isnull);
	old = MemoryContextSwitchTo(mcxt);
	c->form_datum[i] = nm_pg_text_datum(form, isnull);
	c->form[i] = pstrdup(form);
	MemoryContextSwitchTo(old);
	return c->form_datum[i];
}

static void
fill_mention(FunctionCallInfo fcinfo, const void *items, int i, const char *s,
			 Datum *values, bool *nulls)
{
	const nm_mineral_mention *m = (const nm_mineral_mention *) items + i;
	mineral_row_cache *c = row_cache(fcinfo);
	MemoryContext mcxt = fcinfo->flinfo->fn_mcxt;

	values[0] = Int32GetDatum(m->mineral->id);
	mineral_datums(c, mcxt, m->mineral, values, nulls);
	values[2] = form_datum(c, mcxt, m->form, &nulls[2]);
	values[3] = nm_pg_text_span_datum(s + m->byte_start, m->byte_len, &nulls[3]);
	values[4] = Int32GetDatum((int32) m->char_start + 1);
	values[5] = sentence_datum(s + m->sentence_start, m->sentence_len, &nulls[5]);
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
