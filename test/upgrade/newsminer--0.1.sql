-- newsminer 0.1 as released (commit 292f231): the install script of that
-- version, frozen for test/sql_checks/upgrade.sh; never edit it.
\echo Use "CREATE EXTENSION newsminer" to load this file. \quit

-- src/sql/00_common.sql
-- Version information: REINDEX expression indexes over newsminer functions
-- when either of these changes (extraction rules or libxml2 behaviour).
CREATE FUNCTION @extschema@.newsminer_version()
RETURNS text
AS 'MODULE_PATHNAME', 'nm_sql_version'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.newsminer_libxml_version()
RETURNS text
AS 'MODULE_PATHNAME', 'nm_sql_libxml_version'
LANGUAGE C STABLE STRICT PARALLEL SAFE;

-- src/sql/10_article.sql
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

-- src/sql/20_minerals.sql
-- Minerals: the `mineral` type (a canonical mineral stored as its stable
-- id), extract_minerals, minerals() for GIN indexes and mineral_catalog
-- (owner: minerals).

CREATE TYPE @extschema@.mineral;

CREATE FUNCTION @extschema@.mineral_in(cstring)
RETURNS @extschema@.mineral
AS 'MODULE_PATHNAME', 'nm_mineral_in'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.mineral_out(@extschema@.mineral)
RETURNS cstring
AS 'MODULE_PATHNAME', 'nm_mineral_out'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.mineral_recv(internal)
RETURNS @extschema@.mineral
AS 'MODULE_PATHNAME', 'nm_mineral_recv'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.mineral_send(@extschema@.mineral)
RETURNS bytea
AS 'MODULE_PATHNAME', 'nm_mineral_send'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE @extschema@.mineral (
	INPUT = @extschema@.mineral_in,
	OUTPUT = @extschema@.mineral_out,
	RECEIVE = @extschema@.mineral_recv,
	SEND = @extschema@.mineral_send,
	INTERNALLENGTH = 4,
	PASSEDBYVALUE,
	ALIGNMENT = int4,
	STORAGE = plain,
	CATEGORY = 'U'
);

COMMENT ON TYPE @extschema@.mineral IS
'A canonical mineral: input accepts names, synonyms, product names and element symbols (''Li'', ''spodumene'' and ''Lithium'' are all lithium); output is the canonical name; ordered by name';

-- The implicit array type is no extension member by default; it must be one
-- for postgres_fdw to ship minerals() to servers declared with
-- extensions 'newsminer' (see bench/fdw_shards.sh).
ALTER EXTENSION newsminer ADD TYPE @extschema@.mineral[];

CREATE CAST (@extschema@.mineral AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (text AS @extschema@.mineral) WITH INOUT;

-- Comparison: by canonical name, so ORDER BY gives alphabetical order.
CREATE FUNCTION @extschema@.mineral_cmp(@extschema@.mineral, @extschema@.mineral)
RETURNS integer AS 'MODULE_PATHNAME', 'nm_mineral_cmp'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.mineral_eq(@extschema@.mineral, @extschema@.mineral)
RETURNS boolean AS 'MODULE_PATHNAME', 'nm_mineral_eq'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.mineral_ne(@extschema@.mineral, @extschema@.mineral)
RETURNS boolean AS 'MODULE_PATHNAME', 'nm_mineral_ne'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION @extschema@.mineral_lt(@extschema@.mineral, @extschema@.mineral)
RETURNS boolean AS 'MODULE_PATHNAME', 'nm_mineral_lt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.mineral_le(@extschema@.mineral, @extschema@.mineral)
RETURNS boolean AS 'MODULE_PATHNAME', 'nm_mineral_le'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.mineral_gt(@extschema@.mineral, @extschema@.mineral)
RETURNS boolean AS 'MODULE_PATHNAME', 'nm_mineral_gt'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.mineral_ge(@extschema@.mineral, @extschema@.mineral)
RETURNS boolean AS 'MODULE_PATHNAME', 'nm_mineral_ge'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.mineral_hash(@extschema@.mineral)
RETURNS integer AS 'MODULE_PATHNAME', 'nm_mineral_hash'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.mineral_hash_extended(@extschema@.mineral, bigint)
RETURNS bigint AS 'MODULE_PATHNAME', 'nm_mineral_hash_extended'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.mineral_larger(@extschema@.mineral, @extschema@.mineral)
RETURNS @extschema@.mineral AS 'MODULE_PATHNAME', 'nm_mineral_larger'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.mineral_smaller(@extschema@.mineral, @extschema@.mineral)
RETURNS @extschema@.mineral AS 'MODULE_PATHNAME', 'nm_mineral_smaller'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
	LEFTARG = @extschema@.mineral, RIGHTARG = @extschema@.mineral,
	FUNCTION = @extschema@.mineral_eq,
	COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR @extschema@.<> (
	LEFTARG = @extschema@.mineral, RIGHTARG = @extschema@.mineral,
	FUNCTION = @extschema@.mineral_ne,
	COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
	RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR @extschema@.< (
	LEFTARG = @extschema@.mineral, RIGHTARG = @extschema@.mineral,
	FUNCTION = @extschema@.mineral_lt,
	COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR @extschema@.<= (
	LEFTARG = @extschema@.mineral, RIGHTARG = @extschema@.mineral,
	FUNCTION = @extschema@.mineral_le,
	COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR @extschema@.> (
	LEFTARG = @extschema@.mineral, RIGHTARG = @extschema@.mineral,
	FUNCTION = @extschema@.mineral_gt,
	COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR @extschema@.>= (
	LEFTARG = @extschema@.mineral, RIGHTARG = @extschema@.mineral,
	FUNCTION = @extschema@.mineral_ge,
	COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);

CREATE OPERATOR CLASS @extschema@.mineral_ops
DEFAULT FOR TYPE @extschema@.mineral USING btree AS
	OPERATOR 1 @extschema@.<,
	OPERATOR 2 @extschema@.<=,
	OPERATOR 3 @extschema@.=,
	OPERATOR 4 @extschema@.>=,
	OPERATOR 5 @extschema@.>,
	FUNCTION 1 @extschema@.mineral_cmp(@extschema@.mineral, @extschema@.mineral);

CREATE OPERATOR CLASS @extschema@.mineral_hash_ops
DEFAULT FOR TYPE @extschema@.mineral USING hash AS
	OPERATOR 1 @extschema@.=,
	FUNCTION 1 @extschema@.mineral_hash(@extschema@.mineral),
	FUNCTION 2 @extschema@.mineral_hash_extended(@extschema@.mineral, bigint);

CREATE AGGREGATE @extschema@.max(@extschema@.mineral) (
	SFUNC = @extschema@.mineral_larger, STYPE = @extschema@.mineral,
	COMBINEFUNC = @extschema@.mineral_larger, SORTOP = OPERATOR(@extschema@.>),
	PARALLEL = SAFE
);
CREATE AGGREGATE @extschema@.min(@extschema@.mineral) (
	SFUNC = @extschema@.mineral_smaller, STYPE = @extschema@.mineral,
	COMBINEFUNC = @extschema@.mineral_smaller, SORTOP = OPERATOR(@extschema@.<),
	PARALLEL = SAFE
);

-- GIN over mineral[]: the core array strategy (&&, @>, <@, =) with the
-- mineral comparison, so `minerals(body) @> '{cobalt}'` can use an index.
CREATE OPERATOR CLASS @extschema@.mineral_array_ops
DEFAULT FOR TYPE @extschema@.mineral[] USING gin AS
	OPERATOR 1 pg_catalog.&&(anyarray, anyarray),
	OPERATOR 2 pg_catalog.@>(anyarray, anyarray),
	OPERATOR 3 pg_catalog.<@(anyarray, anyarray),
	OPERATOR 4 pg_catalog.=(anyarray, anyarray),
	FUNCTION 1 @extschema@.mineral_cmp(@extschema@.mineral, @extschema@.mineral),
	FUNCTION 2 pg_catalog.ginarrayextract(anyarray, internal, internal),
	FUNCTION 3 pg_catalog.ginqueryarrayextract(anyarray, internal, int2, internal, internal, internal, internal),
	FUNCTION 4 pg_catalog.ginarrayconsistent(internal, int2, anyarray, int4, internal, internal, internal, internal),
	FUNCTION 6 pg_catalog.ginarraytriconsistent(internal, int2, anyarray, int4, internal, internal, internal),
	STORAGE @extschema@.mineral;

CREATE TYPE @extschema@.mineral_mention AS (
	mineral @extschema@.mineral,	-- canonical mineral ('lithium')
	symbol text,			-- element symbol ('Li') or NULL
	form text,				-- element, ore, concentrate, compound, intermediate,
							-- product, alloy, group
	matched text,			-- the surface form exactly as in the input
	start_pos integer,		-- 1-based character position of matched
	sentence text,			-- the enclosing sentence, whitespace runs as one space
	categories text[],		-- battery, base, precious, ferrous, rare earth, ...
	critical_in text[]		-- US, CA, EU, AU, IN, JP: current lists naming it
);

-- COST 1000: about 7 us for a 1 KB story in bench/run.sh (see 10_article.sql)
CREATE FUNCTION @extschema@.extract_minerals(text)
RETURNS SETOF @extschema@.mineral_mention
AS 'MODULE_PATHNAME', 'nm_sql_extract_minerals'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000 ROWS 8;

COMMENT ON FUNCTION @extschema@.extract_minerals(text) IS
'Mentions of minerals, ores and mineral products in a text, in input order';

CREATE FUNCTION @extschema@.minerals(text)
RETURNS @extschema@.mineral[]
AS 'MODULE_PATHNAME', 'nm_sql_minerals'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 1000;

COMMENT ON FUNCTION @extschema@.minerals(text) IS
'Distinct minerals mentioned in a text, sorted by name; index it with GIN';

CREATE FUNCTION @extschema@.mineral_catalog()
RETURNS TABLE (
	mineral @extschema@.mineral,
	id integer,
	name text,
	symbol text,
	family text,
	categories text[],
	critical_in text[],
	lists text[],
	synonyms text[]
)
AS 'MODULE_PATHNAME', 'nm_sql_mineral_catalog'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 10 ROWS 100;

CREATE VIEW @extschema@.mineral_catalog AS
	SELECT * FROM @extschema@.mineral_catalog();

COMMENT ON VIEW @extschema@.mineral_catalog IS
'One row per canonical mineral: symbol, family, categories, critical-mineral list memberships with years, synonyms';

GRANT SELECT ON @extschema@.mineral_catalog TO PUBLIC;

-- src/sql/40_entities.sql
-- Entities: countries, regions, cities, organisations and people named in a
-- text, one row per mention in input order (owner: entities).

CREATE TYPE @extschema@.entity_mention AS (
	entity text,		-- canonical name: 'South Korea', 'Jonathan Wilkinson'
	kind text,			-- country, region, city, organization, person
	code text,			-- ISO 3166-1 alpha-2 of countries, else NULL
	matched text,		-- the text as written: 'South Korea', 'Canadian', 'U.S.'
	start_pos integer,	-- 1-based character position of matched in the input
	sentence text,		-- the sentence the mention is in
	role text			-- people: 'Industry Minister', 'chief executive'
);

CREATE FUNCTION @extschema@.extract_entities(text)
RETURNS SETOF @extschema@.entity_mention
AS 'MODULE_PATHNAME', 'nm_sql_extract_entities'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 500 ROWS 20;

COMMENT ON FUNCTION @extschema@.extract_entities(text) IS
'Countries, regions, cities, organisations and people mentioned in a text, in input order';

-- Quoted speech and who said it.
CREATE TYPE @extschema@.quote AS (
	quote text,			-- the words inside the quotation marks (split quotes joined)
	speaker text,		-- canonical name of the person (or organisation) quoted
	speaker_role text,	-- the speaker's role when the text states it
	start_pos integer	-- 1-based character position of the quote's first word
);

CREATE FUNCTION @extschema@.extract_quotes(text)
RETURNS SETOF @extschema@.quote
AS 'MODULE_PATHNAME', 'nm_sql_extract_quotes'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 500 ROWS 5;

COMMENT ON FUNCTION @extschema@.extract_quotes(text) IS
'Quotations in a text with their speaker and the speaker''s role';

-- Figures: percentages, sums of money, quantities and prices, normalised.
CREATE TYPE @extschema@.figure AS (
	kind text,			-- percent, money, quantity, price
	value numeric,		-- exact, scaled: '$1.2 billion' -> 1200000000, '10 kt' -> 10000
	unit text,			-- '%', 'pp', 't', 'oz', 'lb', 'kg', 'GWh' ... (NULL for money)
	currency text,		-- ISO 4217: USD, CNY, EUR ...
	per_unit text,		-- prices: the unit priced, 't' in '$9,800 a tonne'
	matched text,		-- the figure as written
	start_pos integer,	-- 1-based character position of matched
	mineral text		-- canonical mineral the sentence ties the figure to
);

CREATE FUNCTION @extschema@.extract_figures(text)
RETURNS SETOF @extschema@.figure
AS 'MODULE_PATHNAME', 'nm_sql_extract_figures'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 500 ROWS 10;

COMMENT ON FUNCTION @extschema@.extract_figures(text) IS
'Percentages, money, quantities and prices in a text, with the mineral each is about';
