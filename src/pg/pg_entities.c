/*
 * pg_entities.c -- SQL glue for extract_entities, extract_quotes and
 * extract_figures: set-returning functions in materialize mode over the core.
 */
#include "nm_pg.h"

#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

PG_FUNCTION_INFO_V1(nm_sql_extract_entities);
PG_FUNCTION_INFO_V1(nm_sql_extract_quotes);
PG_FUNCTION_INFO_V1(nm_sql_extract_figures);

Datum
nm_sql_extract_entities(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = nm_pg_materialize(fcinfo);
	nm_ctx		ctx;
	nm_entity_mention *m;
	int			n;
	size_t		len;
	const char *s = nm_pg_text_utf8(in, &len);
	MemoryContext row_cxt;
	MemoryContext call_cxt;

	nm_pg_ctx_init(&ctx);
	NM_PG_CHECK(&ctx, nm_extract_entities(&ctx, s, len, &m, &n));
	row_cxt = nm_pg_row_context();
	call_cxt = MemoryContextSwitchTo(row_cxt);
	for (int i = 0; i < n; i++)
	{
		Datum		values[7];
		bool		nulls[7];

		CHECK_FOR_INTERRUPTS();
		values[0] = nm_pg_text_datum(m[i].entity, &nulls[0]);
		values[1] = nm_pg_text_datum(m[i].kind, &nulls[1]);
		values[2] = nm_pg_text_datum(m[i].code, &nulls[2]);
		values[3] = nm_pg_text_span_datum(s + m[i].byte_start, m[i].byte_len, &nulls[3]);
		values[4] = Int32GetDatum((int32) m[i].char_start + 1);
		nulls[4] = false;
		values[5] = nm_pg_text_span_datum(s + m[i].sentence_start,
										  m[i].sentence_len, &nulls[5]);
		values[6] = nm_pg_text_datum(m[i].role, &nulls[6]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextReset(row_cxt);
	}
	MemoryContextSwitchTo(call_cxt);
	nm_pg_ctx_done(&ctx);
	return (Datum) 0;
}

Datum
nm_sql_extract_quotes(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = nm_pg_materialize(fcinfo);
	nm_ctx		ctx;
	nm_quote   *q;
	int			n;
	size_t		len;
	const char *s = nm_pg_text_utf8(in, &len);
	MemoryContext row_cxt;
	MemoryContext call_cxt;

	nm_pg_ctx_init(&ctx);
	NM_PG_CHECK(&ctx, nm_extract_quotes(&ctx, s, len, &q, &n));
	row_cxt = nm_pg_row_context();
	call_cxt = MemoryContextSwitchTo(row_cxt);
	for (int i = 0; i < n; i++)
	{
		Datum		values[4];
		bool		nulls[4];

		CHECK_FOR_INTERRUPTS();
		values[0] = nm_pg_text_datum(q[i].quote, &nulls[0]);
		values[1] = nm_pg_text_datum(q[i].speaker, &nulls[1]);
		values[2] = nm_pg_text_datum(q[i].speaker_role, &nulls[2]);
		values[3] = Int32GetDatum((int32) q[i].char_start + 1);
		nulls[3] = false;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextReset(row_cxt);
	}
	MemoryContextSwitchTo(call_cxt);
	nm_pg_ctx_done(&ctx);
	return (Datum) 0;
}

Datum
nm_sql_extract_figures(PG_FUNCTION_ARGS)
{
	text	   *in = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = nm_pg_materialize(fcinfo);
	nm_ctx		ctx;
	nm_figure  *f;
	int			n;
	size_t		len;
	const char *s = nm_pg_text_utf8(in, &len);
	MemoryContext row_cxt;
	MemoryContext call_cxt;

	nm_pg_ctx_init(&ctx);
	NM_PG_CHECK(&ctx, nm_extract_figures(&ctx, s, len, &f, &n));
	row_cxt = nm_pg_row_context();
	call_cxt = MemoryContextSwitchTo(row_cxt);
	for (int i = 0; i < n; i++)
	{
		Datum		values[8];
		bool		nulls[8];

		CHECK_FOR_INTERRUPTS();
		values[0] = nm_pg_text_datum(f[i].kind, &nulls[0]);
		/* the core's plain decimal string is exact: no float rounding */
		values[1] = DirectFunctionCall3(numeric_in, CStringGetDatum(f[i].value),
										ObjectIdGetDatum(InvalidOid),
										Int32GetDatum(-1));
		nulls[1] = false;
		values[2] = nm_pg_text_datum(f[i].unit, &nulls[2]);
		values[3] = nm_pg_text_datum(f[i].currency, &nulls[3]);
		values[4] = nm_pg_text_datum(f[i].per_unit, &nulls[4]);
		values[5] = nm_pg_text_span_datum(s + f[i].byte_start, f[i].byte_len, &nulls[5]);
		values[6] = Int32GetDatum((int32) f[i].char_start + 1);
		nulls[6] = false;
		values[7] = nm_pg_text_datum(f[i].mineral, &nulls[7]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		MemoryContextReset(row_cxt);
	}
	MemoryContextSwitchTo(call_cxt);
	nm_pg_ctx_done(&ctx);
	return (Datum) 0;
}
