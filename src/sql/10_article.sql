-- parse_article: a news page (HTML or plain text) as one typed row.
CREATE TYPE @extschema@.related_item AS (
	title text,
	url text,
	published_at timestamptz
);

CREATE TYPE @extschema@.article AS (
	title text,
	description text,
	publisher text,
	authors text[],
	published_at timestamptz,
	modified_at timestamptz,
	section text,
	tags text[],
	dateline text,
	agency text,
	lead text,
	body text,
	language text,
	word_count integer,
	url text,
	related @extschema@.related_item[],
	source_format text,
	image text,
	site_name text
);

-- Detects HTML vs plain text itself.  Pure function of its input: a time
-- without a zone is read as UTC, so no TimeZone setting is consulted.
-- COST: bench/run.sh measures about 25 us per KB of HTML, and a
-- cpu_operator_cost unit is about 7 ns here: 100000 is a 30 KB page, on the
-- small side for the web, enough for the planner to parallelise bulk parses.
CREATE FUNCTION @extschema@.parse_article(text)
RETURNS @extschema@.article
AS 'MODULE_PATHNAME', 'nm_sql_parse_article_text'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100000;

-- Raw page bytes: the charset is detected (BOM, XML declaration, <meta>,
-- else UTF-8 when valid, else windows-1252) and converted to UTF-8.
CREATE FUNCTION @extschema@.parse_article(bytea)
RETURNS @extschema@.article
AS 'MODULE_PATHNAME', 'nm_sql_parse_article_bytea'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 100000;
