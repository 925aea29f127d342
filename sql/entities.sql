-- extract_entities: countries, regions, cities, organisations and people.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS newsminer;
RESET client_min_messages;

-- The founding page (a ScrapPrices/Reuters story about Canada and Japan).
\set founding `cat test/fixtures/text/scrapprices-canada-japan-battery.txt`
CREATE TEMP TABLE page AS SELECT :'founding'::text AS body;

-- Countries, with ISO codes; demonyms ("Canadian", "Japanese") and
-- possessives ("South Korea's") count.
SELECT entity, code, count(*) AS mentions
FROM page, extract_entities(body) WHERE kind = 'country'
GROUP BY 1, 2 ORDER BY 1;

-- Organisations, people and their roles.
SELECT DISTINCT entity, kind, role
FROM page, extract_entities(body) WHERE kind IN ('organization', 'person')
ORDER BY kind, entity;

-- Every mention: start_pos is a 1-based character position of matched.
SELECT count(*) AS mentions,
       count(*) FILTER (WHERE substr(body, start_pos, char_length(matched)) <> matched) AS misplaced,
       count(*) FILTER (WHERE strpos(sentence, matched) = 0) AS outside_sentence
FROM page, extract_entities(body);

-- Input order and the sentence of each person.
SELECT start_pos, matched, entity, sentence
FROM page, extract_entities(body) WHERE kind = 'person' ORDER BY start_pos;

-- Alternate names, acronyms only in their own case, and America vs. South America.
SELECT matched, entity, kind, code FROM extract_entities(
  'The DRC and DR Congo export cobalt to the U.S., the US and the UK; let us '
  'see whether Britain, Ivory Coast and Côte d''Ivoire follow. South America '
  'and Latin American miners sell to America.');

-- Multi-byte characters before a mention keep start_pos in characters.
SELECT matched, start_pos, substr(t, start_pos, char_length(matched)) = matched AS ok
FROM (SELECT 'Über 5 € – São Paulo’s Vale SA and Chile’s Codelco'::text AS t) s,
     extract_entities(t);

-- Organisations from corporate forms, ministries, and names owned by a place.
SELECT matched, entity, kind FROM extract_entities(
  'Shares of Liontown Resources Ltd rose after Canada Nickel Co. and '
  'Australia''s Arafura Rare Earths struck deals; the Ministry of Mines and '
  'Energy and a unit of Hanwa Metals Trading Corp welcomed it.');

-- People: title + name, speech verbs, appositions, later mentions by surname.
SELECT matched, entity, kind, role FROM extract_entities(
  'Glencore chief executive Gary Nagle said demand was firm. "Prices will '
  'rise," said Maria Fernandez, an analyst at Fastmarkets. Chilean Mining '
  'Minister Aurora Williams met Peter Larsen, chief financial officer of '
  'Boliden, on Monday. Williams said the talks went well, Fernandez added.')
WHERE kind = 'person';

-- Nothing to find, empty input, NULL input (STRICT).
SELECT count(*) FROM extract_entities('copper prices rose on tuesday as us traders bought.');
SELECT count(*) FROM extract_entities('');
SELECT count(*) FROM extract_entities(NULL);

-- extract_quotes: the founding page has one quote, by Jonathan Wilkinson.
SELECT speaker, speaker_role, start_pos, quote FROM page, extract_quotes(body);
SELECT count(*) FILTER (WHERE substr(body, start_pos, char_length(quote)) <> quote) AS misplaced
FROM page, extract_quotes(body);

-- Attribution before and after, curly quotes, pronouns, split quotes joined.
SELECT speaker, speaker_role, quote FROM extract_quotes(
  'Maria Fernandez, an analyst at Fastmarkets, said: “Prices have bottomed out.” '
  '“The surplus is shrinking,” she said. "We will build the plant," said Glencore '
  'chief executive Gary Nagle, "and we will hire locally." A so-called "green" '
  'deal was signed. According to Chile''s Mining Minister Aurora Williams, '
  '"the royalty will not change this year."');
SELECT count(*) FROM extract_quotes('no quotes here');
-- A long run of opening marks is one span per mark (once overflowed the spans).
SELECT count(*) FROM extract_quotes(repeat(E'\u201c', 200000));
SELECT count(*) FROM extract_quotes(repeat(E'\u201c\u201c"\u2018\u201d', 30000));

-- extract_figures: the founding page's related items report a 14% fall;
-- "multibillion-dollar", dates and years are not figures.
SELECT kind, value, unit, currency, per_unit, matched, mineral,
       substr(body, start_pos, char_length(matched)) = matched AS placed
FROM page, extract_figures(body);

-- The issue's examples, scaled values exact as numeric, and the mineral.
SELECT kind, value, unit, currency, per_unit, matched, mineral FROM extract_figures(
  'Copper rose to $9,800 a tonne. Output reached 280,000 tonnes of lithium '
  'carbonate equivalent. The firm will spend $1.2 billion; a 14 percent rise. '
  'Lithium fell to 850 yuan a ton in China. Gold hit US$2,400/oz and zinc '
  '$2,800-$2,900 a tonne; 10 kt of nickel, €5bn, 3.5 pct.');
SELECT sum(value) FROM extract_figures('$0.1 billion and $0.2 billion') ;
-- A number too long to read is no figure (not its tail from mid-number).
SELECT count(*) FROM extract_figures('Output 1' || repeat(',000', 40000) || ' tonnes');
