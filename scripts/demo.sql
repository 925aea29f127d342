-- demo.sql -- what scripts/demo.sh prints: the sample pages parsed, their
-- mineral mentions and their related items.
\pset null '∅'
\echo
\echo '== Every sample page, parsed (parse_article on the raw bytes)'
SELECT p.file, a.source_format AS fmt, left(a.title, 60) AS title, a.publisher,
       a.published_at, a.section, a.dateline, a.agency, a.language AS lang,
       a.word_count AS words
FROM pages p, LATERAL parse_article(p.raw) a
ORDER BY p.id;

\echo
\echo '== One article in full (the founding page)'
\x on
SELECT a.title, a.description, a.publisher, a.authors, a.published_at, a.section,
       a.dateline, a.agency, a.lead, a.body, a.language, a.word_count, a.source_format
FROM pages p, LATERAL parse_article(p.raw) a
WHERE p.file = 'scrapprices-canada-japan-battery.txt';
\x off

\echo
\echo '== Mineral mentions per article (extract_minerals on the body)'
SELECT p.file, m.mineral, count(*) AS mentions,
       string_agg(DISTINCT m.matched, ', ') AS surface_forms,
       min(m.critical_in::text) AS critical_in
FROM pages p, LATERAL parse_article(p.raw) a, LATERAL extract_minerals(a.body) m
GROUP BY p.file, m.mineral
ORDER BY p.file, mentions DESC, m.mineral;

\echo
\echo '== Related items'
SELECT p.file, r.published_at, left(r.title, 90) AS title, r.url
FROM pages p, LATERAL parse_article(p.raw) a, LATERAL unnest(a.related) r
ORDER BY p.file, r.published_at DESC;
