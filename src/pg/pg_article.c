/*
 * pg_article.c -- SQL glue of parse_article(text) and parse_article(bytea):
 * runs the core under the libxml2 guard and turns nm_article into a row.
 */
#include "nm_pg.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/typcache.h"


PG_FUNCTION_INFO_V1(nm_sql_parse_article_text);
PG_FUNCTION_INFO_V1(nm_sql_parse_article_bytea);

/* Column numbers of @extschema@.article, in declaration order. */
enum
{
	COL_TITLE, COL_DESCRIPTION, COL_PUBLISHER, COL_AUTHORS, COL_PUBLISHED_AT,
	COL_MODIFIED_AT, COL_SECTION, COL_TAGS, COL_DATELINE, COL_AGENCY, COL_LEAD,
	COL_BODY, COL_LANGUAGE, COL_WORD_COUNT, COL_URL, COL_RELATED,
	COL_SOURCE_FORMAT, COL_IMAGE, COL_SITE_NAME,
	N_ARTICLE_COLS
};

typedef struct parse_args
{
	const char *buf;
	size_t		len;
	bool		raw_bytes;		/* buf holds undecoded page bytes */
	nm_article	article;
} parse_args;

static nm_status
run_parse(nm_ctx *ctx, void *arg)
{
	parse_args *a = (parse_args *) arg;

	if (a->raw_bytes)
	{
		char	   *utf8;
		size_t		utf8_len;
		const char *charset;
		nm_status	st;

		st = nm_bytes_to_utf8(ctx, a->buf, a->len, &utf8, &utf8_len, &charset);
		if (st != NM_OK)
			return st;
		return nm_parse_article(ctx, utf8, utf8_len, &a->article);
	}
	return nm_parse_article(ctx, a->buf, a->len, &a->article);
}

/* related_item[] from the core's related items. */
static Datum
related_array(TupleDesc article_desc, const nm_article *art, bool *isnull)
{
	Oid			array_type = TupleDescAttr(article_desc, COL_RELATED)->atttypid;
	Oid			elem_type = get_element_type(array_type);
	TupleDesc	item_desc;
	Datum	   *items;
	ArrayType  *arr;
	int16		typlen;
	bool		typbyval;
	char		typalign;

	if (art->n_related <= 0)
	{
		*isnull = true;
		return (Datum) 0;
	}
	item_desc = lookup_rowtype_tupdesc_copy(elem_type, -1);
	BlessTupleDesc(item_desc);
	items = palloc(sizeof(Datum) * art->n_related);
	for (int i = 0; i < art->n_related; i++)
	{
		const nm_related_item *r = &art->related[i];
		Datum		v[3];
		bool		n[3];

		v[0] = nm_pg_text_datum(r->title, &n[0]);
		v[1] = nm_pg_text_datum(r->url, &n[1]);
		v[2] = nm_pg_timestamptz_datum(r->published_at, &n[2]);
		items[i] = HeapTupleGetDatum(heap_form_tuple(item_desc, v, n));
	}
	get_typlenbyvalalign(elem_type, &typlen, &typbyval, &typalign);
	arr = construct_array(items, art->n_related, elem_type, typlen, typbyval, typalign);
	*isnull = false;
	return PointerGetDatum(arr);
}

static Datum
article_datum(FunctionCallInfo fcinfo, const nm_article *art)
{
	TupleDesc	desc = nm_pg_result_desc(fcinfo);
	Datum		v[N_ARTICLE_COLS];
	bool		n[N_ARTICLE_COLS];

	if (desc->natts != N_ARTICLE_COLS)
		elog(ERROR, "newsminer.article has %d columns, the library expects %d: run ALTER EXTENSION newsminer UPDATE",
			 desc->natts, N_ARTICLE_COLS);

	v[COL_TITLE] = nm_pg_text_datum(art->title, &n[COL_TITLE]);
	v[COL_DESCRIPTION] = nm_pg_text_datum(art->description, &n[COL_DESCRIPTION]);
	v[COL_PUBLISHER] = nm_pg_text_datum(art->publisher, &n[COL_PUBLISHER]);
	v[COL_AUTHORS] = nm_pg_text_array_datum((const char *const *) art->authors,
											art->n_authors, &n[COL_AUTHORS]);
	v[COL_PUBLISHED_AT] = nm_pg_timestamptz_datum(art->published_at, &n[COL_PUBLISHED_AT]);
	v[COL_MODIFIED_AT] = nm_pg_timestamptz_datum(art->modified_at, &n[COL_MODIFIED_AT]);
	v[COL_SECTION] = nm_pg_text_datum(art->section, &n[COL_SECTION]);
	v[COL_TAGS] = nm_pg_text_array_datum((const char *const *) art->tags,
										 art->n_tags, &n[COL_TAGS]);
	v[COL_DATELINE] = nm_pg_text_datum(art->dateline, &n[COL_DATELINE]);
	v[COL_AGENCY] = nm_pg_text_datum(art->agency, &n[COL_AGENCY]);
	v[COL_LEAD] = nm_pg_text_datum(art->lead, &n[COL_LEAD]);
	v[COL_BODY] = nm_pg_text_datum(art->body, &n[COL_BODY]);
	v[COL_LANGUAGE] = nm_pg_text_datum(art->language, &n[COL_LANGUAGE]);
	v[COL_WORD_COUNT] = Int32GetDatum(art->word_count);
	n[COL_WORD_COUNT] = art->body == NULL || art->word_count < 0;
	v[COL_URL] = nm_pg_text_datum(art->url, &n[COL_URL]);
	v[COL_RELATED] = related_array(desc, art, &n[COL_RELATED]);
	v[COL_SOURCE_FORMAT] = nm_pg_text_datum(art->source_format, &n[COL_SOURCE_FORMAT]);
	v[COL_IMAGE] = nm_pg_text_datum(art->image, &n[COL_IMAGE]);
	v[COL_SITE_NAME] = nm_pg_text_datum(art->site_name, &n[COL_SITE_NAME]);

	return HeapTupleGetDatum(heap_form_tuple(desc, v, n));
}

static Datum
parse_and_build(FunctionCallInfo fcinfo, const char *buf, size_t len, bool raw)
{
	nm_ctx		ctx;
	parse_args	args;
	nm_status	st;
	Datum		result;

	memset(&args, 0, sizeof(args));
	args.buf = buf;
	args.len = len;
	args.raw_bytes = raw;
	nm_pg_ctx_init(&ctx);
	st = nm_pg_run_xml(&ctx, run_parse, &args);
	NM_PG_CHECK(&ctx, st);
	result = article_datum(fcinfo, &args.article);
	nm_pg_ctx_done(&ctx);
	return result;
}

Datum
nm_sql_parse_article_text(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	size_t		len;
	const char *buf = nm_pg_text_utf8(t, &len);

	PG_RETURN_DATUM(parse_and_build(fcinfo, buf, len, false));
}

Datum
nm_sql_parse_article_bytea(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	size_t		len;
	const char *buf = nm_pg_bytea_bytes(b, &len);

	PG_RETURN_DATUM(parse_and_build(fcinfo, buf, len, true));
}
