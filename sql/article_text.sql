-- parse_article on plain-text pages: the founding page and our own pages of
-- the same family and of the other text layouts.  Every field is shown.
-- psql reads the fixture files (client side); the server reads no files.
CREATE TABLE text_pages (name text PRIMARY KEY, page text);
\set page `cat test/fixtures/text/scrapprices-canada-japan-battery.txt`
INSERT INTO text_pages VALUES ('founding', :'page');
\set page `cat test/fixtures/text/battery-metals-lithium-brazil.txt`
INSERT INTO text_pages VALUES ('battery-metals-lithium-brazil', :'page');
\set page `cat test/fixtures/text/dowjones-zinc-base-metals.txt`
INSERT INTO text_pages VALUES ('dowjones-zinc-base-metals', :'page');
\set page `cat test/fixtures/text/ferrous-steel-tariffs.txt`
INSERT INTO text_pages VALUES ('ferrous-steel-tariffs', :'page');
\set page `cat test/fixtures/text/german-kupfer-hamburg.txt`
INSERT INTO text_pages VALUES ('german-kupfer-hamburg', :'page');
\set page `cat test/fixtures/text/plain-headline-cobalt.txt`
INSERT INTO text_pages VALUES ('plain-headline-cobalt', :'page');
\set page `cat test/fixtures/text/plain-no-furniture.txt`
INSERT INTO text_pages VALUES ('plain-no-furniture', :'page');
\set page `cat test/fixtures/text/precious-metals-gold-record.txt`
INSERT INTO text_pages VALUES ('precious-metals-gold-record', :'page');
\set page `cat test/fixtures/text/wire-afp-nickel-paris.txt`
INSERT INTO text_pages VALUES ('wire-afp-nickel-paris', :'page');
\set page `cat test/fixtures/text/wire-reuters-copper-chile.txt`
INSERT INTO text_pages VALUES ('wire-reuters-copper-chile', :'page');

SET TimeZone = 'UTC';

-- The founding page, field by field, as issue 2 states it.
SELECT a.title = 'Canada, Japan agree to work more closely on battery supply chains' AS title_ok,
       a.publisher, a.published_at, a.section, a.dateline, a.agency,
       a.language, a.source_format, a.authors, a.tags, a.url, a.modified_at,
       a.word_count,
       a.word_count = (SELECT count(*) FROM regexp_matches(a.body, '[[:alnum:]]+([''’-][[:alnum:]]+|[.,][0-9]+)*', 'g')) AS word_count_is_body_words,
       a.body LIKE 'OTTAWA, Sept 21 (Reuters) - Canada and Japan on Thursday%' AS body_starts_with_dateline,
       a.body LIKE '%producing technology for EV batteries.' AS body_ends_with_last_paragraph,
       array_length(string_to_array(a.body, E'\n\n'), 1) AS body_paragraphs,
       position('MORE METALS NEWS' IN a.body) = 0 AS no_related_in_body,
       a.lead = 'Canada and Japan on Thursday agreed to work more closely together to establishing sustainable and reliable global battery supply chains, the Canadian government said in a statement.' AS lead_ok,
       a.description = a.lead AS description_is_summary
FROM text_pages p, LATERAL parse_article(p.page) a
WHERE p.name = 'founding';

SELECT r.published_at, r.url, left(r.title, 60) AS title_start
FROM text_pages p, LATERAL parse_article(p.page) a, LATERAL unnest(a.related) r
WHERE p.name = 'founding';

-- Every page, every column (unaligned: one "column|value" line each).
\pset format unaligned
\x on
SELECT p.name, a.*
FROM text_pages p, LATERAL parse_article(p.page) a
ORDER BY p.name;
\x off
\pset format aligned

-- The same pages as raw bytes give the same article.
SELECT p.name
FROM text_pages p
WHERE parse_article(p.page) IS DISTINCT FROM parse_article(convert_to(p.page, 'UTF8'))
ORDER BY 1;

-- End to end on the founding page: minerals in the parsed body, then in the
-- related items (Nippon Steel, U.S. Steel and "critical minerals" give none).
SELECT m.mineral, m.form, m.matched, m.start_pos,
       substr(a.body, m.start_pos, char_length(m.matched)) = m.matched AS offset_ok
FROM text_pages p, LATERAL parse_article(p.page) a, LATERAL extract_minerals(a.body) m
WHERE p.name = 'founding';

SELECT r.ord, m.mineral, m.form, m.matched
FROM text_pages p, LATERAL parse_article(p.page) a,
     LATERAL unnest(a.related) WITH ORDINALITY AS r(title, url, published_at, ord),
     LATERAL extract_minerals(r.title) m
WHERE p.name = 'founding'
ORDER BY r.ord, m.start_pos;

-- Mineral mentions per page across all text pages, for a quick overview.
SELECT p.name, minerals(a.body) AS minerals
FROM text_pages p, LATERAL parse_article(p.page) a
ORDER BY p.name;

-- Scraped layouts (our own pages, listed in test/fixtures/text/EXPECTED.md):
-- menus and breadcrumbs above the title, one-line meta lines, Posted/Updated
-- labels in other languages, captions, share/subscribe/related/tag/copyright
-- lines, markdown, CRLF.  Kept in their own table so the listing above stays
-- the founding family's.
CREATE TABLE scraped_pages (name text PRIMARY KEY, page text);
\set page `cat test/fixtures/text/nav-meta-copper-dollar.txt`
INSERT INTO scraped_pages VALUES ('nav-meta-copper-dollar', :'page');
\set page `cat test/fixtures/text/posted-weekday-zone-nickel.txt`
INSERT INTO scraped_pages VALUES ('posted-weekday-zone-nickel', :'page');
\set page `cat test/fixtures/text/markdown-lithium-brine.txt`
INSERT INTO scraped_pages VALUES ('markdown-lithium-brine', :'page');
\set page `cat test/fixtures/text/crlf-captions-tin.txt`
INSERT INTO scraped_pages VALUES ('crlf-captions-tin', :'page');
\set page `cat test/fixtures/text/german-von-aktualisiert.txt`
INSERT INTO scraped_pages VALUES ('german-von-aktualisiert', :'page');
\set page `cat test/fixtures/text/french-par-publie.txt`
INSERT INTO scraped_pages VALUES ('french-par-publie', :'page');
\set page `cat test/fixtures/text/spanish-por-publicado.txt`
INSERT INTO scraped_pages VALUES ('spanish-por-publicado', :'page');
-- bare name lines (no "By"), words glued to the time, a wire headline shaped
-- like a dateline, a three-part dateline with a bare wire credit
\set page `cat test/fixtures/text/scraped-name-line-nickel.txt`
INSERT INTO scraped_pages VALUES ('scraped-name-line-nickel', :'page');
\set page `cat test/fixtures/text/wire-three-part-dateline-tin.txt`
INSERT INTO scraped_pages VALUES ('wire-three-part-dateline-tin', :'page');

\pset format unaligned
\x on
SELECT p.name, a.title, a.publisher, a.authors, a.published_at, a.modified_at,
       a.section, a.dateline, a.agency, a.language, a.word_count,
       array_length(string_to_array(a.body, E'\n\n'), 1) AS body_paragraphs,
       left(a.body, 50) AS body_start, right(a.body, 40) AS body_end,
       a.body ~ '(Home|Share|Subscribe|Tags|Schlagworte|Etiquetas|Partager|Compartir|Publicidad|Advertisement|Photo|Foto|Image|Related|Lire aussi|©|\*\*|\]\(|http)' AS furniture_in_body,
       position(E'\r' IN a.body) > 0 AS cr_in_body,
       (SELECT string_agg(r.title || coalesce(' <' || r.url || '>', ''), ' ; ')
          FROM unnest(a.related) r) AS related
FROM scraped_pages p, LATERAL parse_article(p.page) a
ORDER BY p.name;
\x off
\pset format aligned

-- The name lines are authors, not the summary.
SELECT p.name, a.description, left(a.lead, 40) AS lead_start
FROM scraped_pages p, LATERAL parse_article(p.page) a
WHERE p.name IN ('scraped-name-line-nickel', 'wire-three-part-dateline-tin')
ORDER BY 1;
