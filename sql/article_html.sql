-- parse_article on HTML pages of our own: one page per metadata source and
-- layout (JSON-LD @graph, OpenGraph, microdata, visible byline, furniture,
-- dateline, windows-1252 bytes, date and byline only in visible text).
-- Pages are loaded as raw bytes by psql.
CREATE TABLE html_pages (name text PRIMARY KEY, raw bytea);
\set page `base64 -w0 test/fixtures/html/byline_only.html`
INSERT INTO html_pages VALUES ('byline_only', decode(:'page', 'base64'));
\set page `base64 -w0 test/fixtures/html/cp1252.html`
INSERT INTO html_pages VALUES ('cp1252', decode(:'page', 'base64'));
\set page `base64 -w0 test/fixtures/html/dateline.html`
INSERT INTO html_pages VALUES ('dateline', decode(:'page', 'base64'));
\set page `base64 -w0 test/fixtures/html/furniture.html`
INSERT INTO html_pages VALUES ('furniture', decode(:'page', 'base64'));
\set page `base64 -w0 test/fixtures/html/jsonld_graph.html`
INSERT INTO html_pages VALUES ('jsonld_graph', decode(:'page', 'base64'));
\set page `base64 -w0 test/fixtures/html/microdata.html`
INSERT INTO html_pages VALUES ('microdata', decode(:'page', 'base64'));
\set page `base64 -w0 test/fixtures/html/og_only.html`
INSERT INTO html_pages VALUES ('og_only', decode(:'page', 'base64'));
\set page `base64 -w0 test/fixtures/html/visible_meta.html`
INSERT INTO html_pages VALUES ('visible_meta', decode(:'page', 'base64'));

SET TimeZone = 'UTC';

-- Every page, every column except the body (checked below).
\pset format unaligned
\x on
SELECT p.name, a.title, a.description, a.publisher, a.authors, a.published_at,
       a.modified_at, a.section, a.tags, a.dateline, a.agency, a.lead, a.language,
       a.word_count, a.url, a.related, a.source_format, a.image, a.site_name
FROM html_pages p, LATERAL parse_article(p.raw) a
ORDER BY p.name;
\x off
\pset format aligned

-- Bodies: paragraph count, first and last words.
SELECT p.name,
       array_length(string_to_array(a.body, E'\n\n'), 1) AS paragraphs,
       left(a.body, 40) AS starts,
       right(a.body, 30) AS ends
FROM html_pages p, LATERAL parse_article(p.raw) a
ORDER BY p.name;

-- Page furniture never reaches the body; the headline is not repeated.
SELECT p.name, w.word
FROM html_pages p, LATERAL parse_article(p.raw) a,
     unnest(ARRAY['cookies', 'Share on', 'newsletter', 'Cobalt prices', 'Great article',
                  'Privacy', 'Subscribe', 'By Maria', '4:45 PM', 'Von Anna',
                  'Erstellt am', 'Endlich passiert', 'Karl Huber']) AS w(word)
WHERE position(w.word IN a.body) > 0
   OR position(a.title IN a.body) > 0
ORDER BY 1, 2;

-- The windows-1252 page is decoded from its declared charset.
SELECT position('“We pay €3,200 a month' IN a.body) > 0 AS quotes_and_euro_ok,
       position('three years – far faster' IN a.body) > 0 AS en_dash_ok
FROM html_pages p, LATERAL parse_article(p.raw) a
WHERE p.name = 'cp1252';

-- As text (already decoded), a page gives the same article as its bytes.
SELECT p.name
FROM html_pages p
WHERE p.name <> 'cp1252'
  AND parse_article(convert_from(p.raw, 'UTF8')) IS DISTINCT FROM parse_article(p.raw);
