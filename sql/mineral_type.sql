-- The mineral type: input by name, synonym, product or symbol; output the
-- canonical name; equality, ordering, hashing, btree/hash/GIN indexes.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS newsminer;
RESET client_min_messages;

SELECT 'Li'::mineral, 'spodumene'::mineral, 'Lithium'::mineral, ' LITHIUM carbonate '::mineral;
SELECT 'Li'::mineral = 'spodumene'::mineral AND 'spodumene'::mineral = 'Lithium'::mineral AS all_lithium;
SELECT 'aluminum'::mineral, 'bauxite'::mineral, 'Al'::mineral, 'cesium'::mineral, 'wolfram'::mineral,
       'Fe'::mineral, 'moly'::mineral, 'rare earths'::mineral, 'PGMs'::mineral, 'W'::mineral;
SELECT 'cobalt'::text::mineral, 'copper'::mineral::text, pg_typeof('copper'::mineral::text);
SELECT '{Li,Co,nickel}'::mineral[];

-- unknown names: SQLSTATE 22P02 with close candidates
\set VERBOSITY default
SELECT 'lithum'::mineral;
SELECT 'coper'::mineral;
SELECT 'li'::mineral;
SELECT 'unobtainium'::mineral;
DO $$ BEGIN PERFORM 'kryptonite'::mineral; EXCEPTION WHEN invalid_text_representation THEN RAISE NOTICE 'SQLSTATE %', SQLSTATE; END $$;

-- ordering is by canonical name, not by id
SELECT m FROM unnest('{zinc,Au,copper,Li,aluminium,cobalt}'::mineral[]) AS m ORDER BY m;
SELECT 'copper'::mineral < 'gold'::mineral AS lt, 'zinc'::mineral > 'tin'::mineral AS gt,
       'Cu'::mineral <= 'copper'::mineral AS le, 'Cu'::mineral <> 'Au'::mineral AS ne,
       'Ni'::mineral >= 'nickel'::mineral AS ge;
SELECT max(m), min(m) FROM unnest('{tin,lead,Zn}'::mineral[]) AS m;

-- hashing: same hash for the same mineral whatever the input spelling
SELECT mineral_hash('Li') = mineral_hash('lithium') AS same_hash,
       mineral_hash('Li') <> mineral_hash('Co') AS differs;

-- GROUP BY (hash and sort), DISTINCT, JOIN
CREATE TEMP TABLE mentions(story int, m mineral);
INSERT INTO mentions VALUES (1,'Cu'),(1,'copper'),(2,'gold'),(2,'Au'),(2,'silver'),(3,'cathode copper'),(3,'Li');
SET enable_sort = off;
SELECT m, count(*) FROM mentions GROUP BY m ORDER BY m;
RESET enable_sort;
SET enable_hashagg = off;
SELECT m, count(*) FROM mentions GROUP BY m ORDER BY m;
RESET enable_hashagg;
SELECT DISTINCT m FROM mentions ORDER BY m;
SET enable_mergejoin = off; SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT a.story, b.story FROM mentions a JOIN mentions b ON a.m = b.m AND a.story < b.story;
SELECT a.story, b.story, a.m FROM mentions a JOIN mentions b ON a.m = b.m AND a.story < b.story ORDER BY 1, 2;
RESET enable_mergejoin; RESET enable_nestloop;
SELECT c.name, c.symbol, count(*) FROM mentions x JOIN mineral_catalog c ON c.mineral = x.m
GROUP BY c.name, c.symbol ORDER BY c.name;

-- btree and hash indexes
CREATE TEMP TABLE tagged AS
SELECT i, (ARRAY['copper','gold','lithium','nickel','zinc','tin','cobalt'])[1 + i % 7]::mineral AS m
FROM generate_series(1, 2000) i;
CREATE INDEX tagged_btree ON tagged (m);
CREATE INDEX tagged_hash ON tagged USING hash (m);
ANALYZE tagged;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM tagged WHERE m BETWEEN 'cobalt' AND 'lithium';
SELECT count(*) FROM tagged WHERE m BETWEEN 'cobalt' AND 'lithium';
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT i FROM tagged WHERE m = 'Sn' ORDER BY i LIMIT 2;
SELECT i FROM tagged WHERE m = 'Sn' ORDER BY i LIMIT 2;
DROP INDEX tagged_btree;
EXPLAIN (COSTS OFF) SELECT count(*) FROM tagged WHERE m = 'Sn';
SELECT count(*) FROM tagged WHERE m = 'Sn';
RESET enable_bitmapscan;

-- GIN over minerals(body): WHERE minerals(body) @> '{cobalt}' uses the index
CREATE TEMP TABLE news(id int, body text);
INSERT INTO news
SELECT i, CASE i % 4
	WHEN 0 THEN 'Cobalt hydroxide prices fell as Congo output rose.'
	WHEN 1 THEN 'Copper and zinc rallied on the LME.'
	WHEN 2 THEN 'Lithium carbonate and spodumene were weaker.'
	ELSE 'The central bank held rates.' END
FROM generate_series(1, 400) i;
CREATE INDEX news_minerals ON news USING gin (minerals(body));
ANALYZE news;
EXPLAIN (COSTS OFF) SELECT count(*) FROM news WHERE minerals(body) @> '{cobalt}';
SELECT count(*) FROM news WHERE minerals(body) @> '{cobalt}';
SELECT count(*) FROM news WHERE minerals(body) @> '{Cu,Zn}';
SELECT count(*) FROM news WHERE minerals(body) && '{Li,Co}';
SELECT count(*) FROM news WHERE minerals(body) <@ '{copper,zinc,tin}' AND minerals(body) <> '{}';
RESET enable_seqscan;

-- the catalog
SELECT count(*) > 80 AS many, count(DISTINCT id) = count(*) AS ids_unique,
       count(DISTINCT name) = count(*) AS names_unique
FROM mineral_catalog;
SELECT name, symbol, family, categories, critical_in, lists
FROM mineral_catalog WHERE name IN ('lithium','copper','gold','lead','rare earth elements','uranium','metallurgical coal')
ORDER BY mineral;
SELECT name, cardinality(synonyms) > 10 AS many_synonyms,
       ARRAY(SELECT x FROM unnest(synonyms) x
             WHERE x IN ('spodumene', 'LCE', 'Li-ion', 'aluminum', 'bauxite', 'alumina') ORDER BY x) AS some
FROM mineral_catalog WHERE name IN ('lithium', 'aluminium') ORDER BY name;
SELECT name FROM mineral_catalog WHERE 'JP' = ANY (critical_in) AND NOT ('EU' = ANY (critical_in)) ORDER BY name;
