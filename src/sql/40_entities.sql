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

-- COST from bench/cost.sh: about 120 us for a 0.8 KB Reuters story, 17000 on
-- parse_article's scale (100000 for a 30 KB page, 10_article.sql); quotes
-- cost the same (they find the speakers with the same entity pass), figures
-- about 27 us.
CREATE FUNCTION @extschema@.extract_entities(text)
RETURNS SETOF @extschema@.entity_mention
AS 'MODULE_PATHNAME', 'nm_sql_extract_entities'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE
COST 17000 ROWS 20;

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
COST 17000 ROWS 5;

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
COST 4000 ROWS 10;

COMMENT ON FUNCTION @extschema@.extract_figures(text) IS
'Percentages, money, quantities and prices in a text, with the mineral each is about';
