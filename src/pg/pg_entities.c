/*
 * pg_entities.c -- SQL glue for extract_entities, extract_quotes and
 * extract_figures: set-returning functions in materialize mode over the core.
 */
#include "nm_pg.h"

#include "funcapi.h"
#include "utils/builtins.h"

PG_FUNCTION_INFO_V1(nm_sql_extract_entities);
PG_FUNCTION_INFO_V1(nm_sql_extract_quotes);
PG_FUNCTION_INFO_V1(nm_sql_extract_figures);

static void
fill_entity(FunctionCallInfo fcinfo, const void *items, int i, const char *s,
			Datum *values, bool *nulls)
{
	const nm_entity_mention *m = (const nm_entity_mention *) items + i;

	values[0] = nm_pg_text_datum(m->entity, &nulls[0]);
	values[1] = nm_pg_text_datum(m->kind, &nulls[1]);
	values[2] = nm_pg_text_datum(m->code, &nulls[2]);
	values[3] = nm_pg_text_span_datum(s + m->byte_start, m->byte_len, &nulls[3]);
	values[4] = Int32GetDatum((int32) m->char_start + 1);
	values[5] = nm_pg_text_span_datum(s + m->sentence_start, m->sentence_len,
									  &nulls[5]);
	values[6] = nm_pg_text_datum(m->role, &nulls[6]);
}

Datum
nm_sql_extract_entities(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *s = nm_pg_text_utf8(PG_GETARG_TEXT_PP(0), &len);
	nm_ctx		ctx;
	nm_entity_mention *m;
	int			n;

	nm_pg_srf_begin(fcinfo);
	nm_pg_ctx_init(&ctx);
	NM_PG_CHECK(&ctx, nm_extract_entities(&ctx, s, len, &m, &n));
	nm_pg_put_rows(fcinfo, m, n, s, fill_entity);
	nm_pg_ctx_done(&ctx);
	return (Datum) 0;
}

static void
fill_quote(FunctionCallInfo fcinfo, const void *items, int i, const char *s,
		   Datum *values, bool *nulls)
{
	const nm_quote *q = (const nm_quote *) items + i;

	values[0] = nm_pg_text_datum(q->quote, &nulls[0]);
	values[1] = nm_pg_text_datum(q->speaker, &nulls[1]);
	values[2] = nm_pg_text_datum(q->speaker_role, &nulls[2]);
	values[3] = Int32GetDatum((int32) q->char_start + 1);
}

Datum
nm_sql_extract_quotes(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *s = nm_pg_text_utf8(PG_GETARG_TEXT_PP(0), &len);
	nm_ctx		ctx;
	nm_quote   *q;
	int			n;

	nm_pg_srf_begin(fcinfo);
	nm_pg_ctx_init(&ctx);
	NM_PG_CHECK(&ctx, nm_extract_quotes(&ctx, s, len, &q, &n));
	nm_pg_put_rows(fcinfo, q, n, s, fill_quote);
	nm_pg_ctx_done(&ctx);
	return (Datum) 0;
}

static void
fill_figure(FunctionCallInfo fcinfo, const void *items, int i, const char *s,
			Datum *values, bool *nulls)
{
	const nm_figure *f = (const nm_figure *) items + i;

	values[0] = nm_pg_text_datum(f->kind, &nulls[0]);
	/* the core's plain decimal string is exact: no float rounding */
	values[1] = DirectFunctionCall3(numeric_in, CStringGetDatum(f->value),
									ObjectIdGetDatum(InvalidOid),
									Int32GetDatum(-1));
	values[2] = nm_pg_text_datum(f->unit, &nulls[2]);
	values[3] = nm_pg_text_datum(f->currency, &nulls[3]);
	values[4] = nm_pg_text_datum(f->per_unit, &nulls[4]);
	values[5] = nm_pg_text_span_datum(s + f->byte_start, f->byte_len, &nulls[5]);
	values[6] = Int32GetDatum((int32) f->char_start + 1);
	values[7] = nm_pg_text_datum(f->mineral, &nulls[7]);
}

Datum
nm_sql_extract_figures(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *s = nm_pg_text_utf8(PG_GETARG_TEXT_PP(0), &len);
	nm_ctx		ctx;
	nm_figure  *f;
	int			n;

	nm_pg_srf_begin(fcinfo);
	nm_pg_ctx_init(&ctx);
	NM_PG_CHECK(&ctx, nm_extract_figures(&ctx, s, len, &f, &n));
	nm_pg_put_rows(fcinfo, f, n, s, fill_figure);
	nm_pg_ctx_done(&ctx);
	return (Datum) 0;
}
