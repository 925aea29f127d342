-- extract_minerals and minerals(): mineral mentions with forms, offsets and
-- sentences, on the founding page and on texts of our own.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS newsminer;
RESET client_min_messages;

-- The founding page (a ScrapPrices/Reuters story about Canada and Japan).
-- psql reads the fixture file (client side); the server reads no files.
\set founding `cat test/fixtures/text/scrapprices-canada-japan-battery.txt`
CREATE TEMP TABLE page AS SELECT :'founding'::text AS t;

-- lithium, nickel, cobalt and copper (copper foil, a product) in the body,
-- copper twice in the related items; Nippon Steel, U.S. Steel and
-- "critical minerals" give nothing.
SELECT m.mineral, m.symbol, m.form, m.matched, m.start_pos,
       substr(p.t, m.start_pos, char_length(m.matched)) = m.matched AS offset_ok,
       m.categories, m.critical_in
FROM page p, LATERAL extract_minerals(p.t) m;

SELECT m.matched, m.sentence FROM page p, LATERAL extract_minerals(p.t) m;

-- the same through parse_article: the body, then the related items
SELECT m.mineral, m.form, m.matched
FROM page p, LATERAL parse_article(p.t) a, LATERAL extract_minerals(a.body) m;
SELECT r.published_at, m.mineral, m.matched
FROM page p, LATERAL parse_article(p.t) a, LATERAL unnest(a.related) r,
     LATERAL extract_minerals(r.title) m;

SELECT minerals(t) FROM page;
SELECT pg_typeof(minerals(t)) FROM page;

-- rows come in input order, one per mineral of a multi-mineral surface
SELECT mineral, form, matched, start_pos
FROM extract_minerals('Coltan, black mass and NdPr oxide; zinc''s rally.');

-- offsets are characters, right in multi-byte text
CREATE TEMP TABLE mb(t text);
INSERT INTO mb VALUES
	('SÃO PAULO, May 2 (Reuters) - Vale''s nickel output rose; €5bn for iron ore.'),
	('中国 imports of 铜 rose — lithium carbonate prices fell 5%.'),
	('Ünïcödé “cobalt” and ‘copper’ – 💎 diamonds; zinc’s price.');
SELECT m.mineral, m.matched, m.start_pos,
       substr(mb.t, m.start_pos, char_length(m.matched)) = m.matched AS offset_ok
FROM mb, LATERAL extract_minerals(mb.t) m;

-- hard-wrapped wire copy: the sentence is returned with single spaces
SELECT mineral, matched, sentence FROM extract_minerals(
'LONDON, March 3 - Refined
copper stocks in LME warehouses fell, traders
said.
    Zinc and lead prices were steady.');

-- empty, blank and NULL input
SELECT count(*) FROM extract_minerals('');
SELECT count(*) FROM extract_minerals(E'  \n\t ');
SELECT count(*) FROM extract_minerals(NULL);
SELECT minerals(''), minerals(NULL) IS NULL AS null_in_null_out;

-- LATERAL over a table of stories: which stories mention which minerals
CREATE TEMP TABLE stories(id int, body text);
INSERT INTO stories VALUES
	(1, 'Glencore cut cobalt output in Congo as cobalt hydroxide prices slumped.'),
	(2, 'Gold rose to a record; silver and platinum followed.'),
	(3, 'The minister will lead the talks on Tuesday.'),
	(4, 'Albemarle said spodumene and lithium hydroxide supply would rise.');
SELECT s.id, m.mineral, count(*) AS mentions
FROM stories s, LATERAL extract_minerals(s.body) m
GROUP BY s.id, m.mineral ORDER BY s.id, m.mineral;

SELECT id, minerals(body) FROM stories ORDER BY id;
SELECT id FROM stories WHERE minerals(body) @> '{cobalt}';
SELECT id FROM stories WHERE minerals(body) && '{Li,Au}' ORDER BY id;

-- critical-mineral lists: EU strategic raw materials in the news
SELECT m.mineral, c.lists
FROM stories s, LATERAL extract_minerals(s.body) m
JOIN mineral_catalog c ON c.mineral = m.mineral
WHERE 'EU-strategic:2024' = ANY (c.lists)
GROUP BY m.mineral, c.lists ORDER BY m.mineral;

-- the materialized result on every executor path: calls with no rows (no
-- tuplestore is made), one row and several rows, mixed in one scan
SELECT s.id, m.mineral, m.matched, m.start_pos, m.sentence, m.categories, m.critical_in
FROM (VALUES (1, 'No metal here.'), (2, 'Copper rose.'), (3, ''),
             (4, 'Tin and copper fell; copper stocks rose.'), (5, 'Nothing.')) s(id, body),
     LATERAL extract_minerals(s.body) m
ORDER BY s.id, m.start_pos;
SELECT count(*) FROM extract_minerals('The talks ended on Tuesday.');
SELECT * FROM extract_minerals('Nickel.');
-- sentences with line breaks and non-ASCII text keep their characters
SELECT matched, start_pos, sentence
FROM extract_minerals(E'S\u00e3o Paulo\n  copper \u2014 prices rose.\tZinc\u00a0fell.');
-- in the select list (ProjectSet): rows of empty calls vanish
SELECT id, (extract_minerals(body)).matched FROM stories ORDER BY 1, 2;
SELECT extract_minerals('The talks ended on Tuesday.');
SELECT (extract_minerals('Zinc.')).mineral;
-- two call sites in one query, each with its own cache
SELECT a.matched, b.matched
FROM extract_minerals('gold and silver') a, extract_minerals('silver') b
ORDER BY 1, 2;
-- a scrollable cursor asks for a random-access result
BEGIN;
DECLARE c SCROLL CURSOR FOR SELECT matched FROM extract_minerals('lead, zinc and tin');
FETCH ALL FROM c;
FETCH BACKWARD 2 FROM c;
FETCH ABSOLUTE 1 FROM c;
CLOSE c;
DECLARE e SCROLL CURSOR FOR SELECT matched FROM extract_minerals('no metal');
FETCH ALL FROM e;
FETCH BACKWARD 1 FROM e;
CLOSE e;
COMMIT;
