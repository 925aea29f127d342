-- Hostile input: every case has a defined result or a defined ERROR.  Big
-- inputs are generated here (repeat, string_agg), never stored in the repo.
-- hygiene() lists the output-contract violations of a parsed row ('ok' if
-- none): control characters, invalid UTF-8, url columns that are not http(s).
SET TimeZone = 'UTC';
CREATE FUNCTION pg_temp.hygiene(a article) RETURNS text LANGUAGE sql AS $$
	SELECT coalesce(string_agg(DISTINCT k, ','), 'ok') FROM (
		SELECT k FROM (VALUES ('title', a.title), ('description', a.description),
				('publisher', a.publisher), ('authors', array_to_string(a.authors, '|')),
				('section', a.section), ('tags', array_to_string(a.tags, '|')),
				('dateline', a.dateline), ('agency', a.agency), ('lead', a.lead),
				('body', a.body), ('language', a.language), ('url', a.url),
				('image', a.image), ('site_name', a.site_name),
				('related', (SELECT string_agg(concat(r.title, '|', r.url), '|')
							 FROM unnest(a.related) r))) AS t(k, v)
		WHERE v ~ '[\x01-\x08\x0b-\x1f\x7f]'
			OR convert_from(convert_to(v, 'UTF8'), 'UTF8') <> v
		UNION ALL SELECT 'url not http(s)' WHERE a.url !~ '^https?://[^[:space:]]+$'
		UNION ALL SELECT 'image not http(s)' WHERE a.image !~ '^https?://[^[:space:]]+$'
		UNION ALL SELECT 'related url not http(s)' FROM unnest(a.related) r
			WHERE r.url !~ '^https?://[^[:space:]]+$'
	) x
$$;

-- 1-4. Empty and whitespace-only input: a row of NULLs, never an error.
SELECT parse_article('') IS NULL AS empty_text,
	parse_article(E' \n\t\r\f\v ') IS NULL AS blank_text,
	parse_article(''::bytea) IS NULL AS empty_bytea,
	parse_article('\x200a0d09'::bytea) IS NULL AS blank_bytea;
SELECT (SELECT count(*) FROM extract_minerals('')) AS minerals,
	(SELECT count(*) FROM extract_entities(E'  \n ')) AS entities,
	(SELECT count(*) FROM extract_quotes('')) AS quotes,
	(SELECT count(*) FROM extract_figures(' ')) AS figures;

-- 5. NULL input: every function is STRICT.
SELECT parse_article(NULL::text) IS NULL AS text_null, parse_article(NULL::bytea) IS NULL AS bytea_null,
	(SELECT count(*) FROM extract_minerals(NULL)) AS mineral_rows;

-- 6-7. Elements nested 200,000 deep (libxml2 stops building the tree at
-- its depth limit; our walks are iterative): the text before survives.
SELECT source_format, body, pg_temp.hygiene(a)
FROM parse_article('<html><body><p>Before the abyss, copper rose.</p>' ||
	repeat('<div>', 200000) || 'deep' || repeat('</div>', 200000) || '</body></html>') a;
SELECT source_format, left(body, 40) AS body, pg_temp.hygiene(a)
FROM parse_article('<p>Inline start.</p><p>' || repeat('<b><i>', 100000) || 'x') a;

-- 8. 300,000 paragraphs of HTML, 9. 300,000 paragraphs of plain text.
SELECT word_count, length(body) AS body_chars, pg_temp.hygiene(a)
FROM parse_article('<html><body><article>' ||
	repeat('<p>Nickel output rose again.</p>', 300000) || '</article></body></html>') a;
SELECT source_format, word_count, pg_temp.hygiene(a)
FROM parse_article(repeat(E'Zinc output fell.\n\n', 300000)) a;

-- 10. 500,000 empty elements and no text.
SELECT source_format, body IS NULL AS no_body FROM parse_article('<p>' || repeat('<br>', 500000)) a;

-- 11. Billion laughs in an HTML doctype: entities are never expanded.
SELECT title, position('aaaaaaaaaa' IN body) = 0 AS not_expanded, pg_temp.hygiene(a)
FROM parse_article('<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' ||
	'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">' ||
	'<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>' ||
	'<html><head><title>Laughs &f;</title></head><body><p>Body &f;&f;&f;.</p></body></html>') a;

-- 12. Billion laughs in an XML doctype, as raw bytes with an XML declaration.
SELECT title, position('aaaaaaaaaa' IN body) = 0 AS not_expanded, pg_temp.hygiene(a)
FROM parse_article(convert_to('<?xml version="1.0" encoding="UTF-8"?>' ||
	'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' ||
	'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>' ||
	'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>XML &d;</title></head>' ||
	'<body><p>Body &d;.</p></body></html>', 'UTF8')) a;

-- 13-16. External entities (file: and http:) in HTML and XML doctypes, an
-- external DTD and XInclude: nothing is ever loaded.
SELECT body ~ 'root:' AS has_passwd, position('x-before' IN body) > 0 AS kept_text, pg_temp.hygiene(a)
FROM parse_article('<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' ||
	'<html><body><p>x-before &xxe; x-after</p></body></html>') a;
SELECT body ~ 'root:' AS has_passwd, pg_temp.hygiene(a)
FROM parse_article(convert_to('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">' ||
	'<!ENTITY net SYSTEM "http://127.0.0.1:1/evil.dtd"><!ENTITY % pe SYSTEM "http://127.0.0.1:1/pe.dtd"> %pe;]>' ||
	'<html><body><p>a &xxe; b &net; c</p></body></html>', 'UTF8')) a;
SELECT title, pg_temp.hygiene(a)
FROM parse_article('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "file:///etc/passwd">' ||
	'<html><head><title>External DTD</title></head><body><p>Text.</p></body></html>') a;
SELECT body ~ 'root:' AS has_passwd, pg_temp.hygiene(a)
FROM parse_article('<html xmlns:xi="http://www.w3.org/2001/XInclude"><body><p>Intro.</p>' ||
	'<xi:include href="file:///etc/passwd" parse="text"/><iframe src="file:///etc/passwd"></iframe>' ||
	'<object data="file:///etc/passwd"></object><p>Outro.</p></body></html>') a;

-- 17-20. Unclosed script, comment, CDATA and style.  Script, style and
-- comment content is never text; CDATA outside foreign content is a bogus
-- comment up to the first '>' (as in browsers).
SELECT body, pg_temp.hygiene(a)
FROM parse_article('<html><body><p>Visible lead.</p><script>var s = "<p>hidden script</p>";' || repeat(' x++;', 100000)) a;
SELECT body, pg_temp.hygiene(a)
FROM parse_article('<html><body><p>Visible lead.</p><!-- <p>hidden comment</p>' || repeat('-', 100000)) a;
SELECT left(body, 40) AS body, pg_temp.hygiene(a)
FROM parse_article('<html><body><p>Visible lead.</p><![CDATA[ <p>hidden cdata</p>' || repeat('x', 100000)) a;
SELECT body, pg_temp.hygiene(a)
FROM parse_article('<html><head><style>p { color: red } /* <p>hidden style</p>' || repeat('a{}', 100000) || '<body><p>Never reached.</p>') a;

-- 21. An unclosed attribute quote swallowing the rest of the page.
SELECT title, pg_temp.hygiene(a)
FROM parse_article('<html><head><title>Quote</title></head><body><a href="' || repeat('x', 100000) || '<p>Text.</p>') a;

-- 22-24. Multi-megabyte attribute and single words (HTML and plain text).
SELECT title, word_count, pg_temp.hygiene(a)
FROM parse_article('<html><head><title>Long attribute</title></head><body><p data-x="' ||
	repeat('a', 2000000) || '">Short text here.</p></body></html>') a;
SELECT word_count, length(body) AS body_chars, pg_temp.hygiene(a)
FROM parse_article('<html><body><p>' || repeat('b', 2000000) || '</p></body></html>') a;
SELECT source_format, word_count, length(body) AS body_chars, pg_temp.hygiene(a)
FROM parse_article(repeat('c', 2000000)) a;

-- 25. Attributes on one element: libxml2 is quadratic in them, so more than
-- 500 on one tag is refused as a limit (ERROR 54000); 500 parse.
SELECT title, pg_temp.hygiene(a)
FROM parse_article('<html><head><title>Attrs</title></head><body><p ' ||
	(SELECT string_agg('a' || g || '="' || g || '"', ' ') FROM generate_series(1, 500) g) ||
	'>Text.</p></body></html>') a;
SELECT title
FROM parse_article('<html><head><title>Attrs</title></head><body><p ' ||
	(SELECT string_agg('a' || g, ' ') FROM generate_series(1, 500000) g) || '>Text.</p></body></html>') a;

-- 26-29. Malformed and wrongly typed JSON-LD.
SELECT title, published_at, pg_temp.hygiene(a)
FROM parse_article('<html><head><title>Fallback title</title><script type="application/ld+json">' ||
	'{"@type":"NewsArticle","headline":"Cut off", "datePublished":</script></head><body><p>Text.</p></body></html>') a;
SELECT title, authors, published_at, tags, pg_temp.hygiene(a)
FROM parse_article('<html><head><title>Typed title</title><script type="application/ld+json">' ||
	'{"@type":["NewsArticle"],"headline":{"text":42},"author":12345,"datePublished":{"value":"2023"},' ||
	'"keywords":[null,true,{"a":1},["x"]],"image":[7,{"url":false}],"publisher":[],"url":{"@id":[]}}' ||
	'</script></head><body><p>Text.</p></body></html>') a;
SELECT title, pg_temp.hygiene(a)
FROM parse_article('<html><head><title>Deep JSON</title><script type="application/ld+json">' ||
	repeat('[', 100000) || '{"@type":"NewsArticle","headline":"Buried"}' || repeat(']', 100000) ||
	'</script><script type="application/ld+json">' || repeat('{"a":', 100000) ||
	'</script></head><body><p>Text.</p></body></html>') a;
SELECT title, authors, pg_temp.hygiene(a)
FROM parse_article('<html><head><script type="application/ld+json">' ||
	'{"@type":"NewsArticle","headline":"Nul\u0000 bell\u0007 esc\u001b lone\ud800 pair\ud83d\ude00 ok",' ||
	'"author":{"name":"Ann\u0001 Lee"}}</script></head><body><p>Text.</p></body></html>') a;

-- 30-31. Absurd dates and years: NULL, never an error; the bounds hold.
SELECT d, published_at
FROM unnest(ARRAY['9999-99-99', '0000-00-00', '1899-12-31', '2200-01-01', '-5000-01-01',
	'2023-02-30', '2023-13-01', '99999999999999999999', '2023-09-21T25:61:61Z',
	'1900-01-01T00:00:00Z', '2199-12-31T23:59:59+00:00']) d,
	LATERAL parse_article('<html><head><meta property="article:published_time" content="' || d ||
		'"><title>Dates</title></head><body><p>Text.</p></body></html>') a;
SELECT published_at, pg_temp.hygiene(a)
FROM parse_article(E'Headline of a plain text\n\nPublished 31 February 99999 at 99:99\n\nBody text here.') a;

-- 32-35. <base>, meta refresh and hostile URL schemes: url columns hold
-- http(s) URLs or NULL, never javascript:, data:, file: or vbscript:.
SELECT url, image, pg_temp.hygiene(a)
FROM parse_article('<html><head><base href="https://example.org/news/"><link rel="canonical" href="story.html">' ||
	'<meta property="og:image" content="../img/a.jpg"><title>Base</title></head><body><p>Text.</p></body></html>') a;
SELECT url, image, pg_temp.hygiene(a)
FROM parse_article('<html><head><base href="javascript:alert(1)//"><link rel="canonical" href="story.html">' ||
	'<meta property="og:image" content="x.jpg"><title>Base</title></head><body><p>Text.</p></body></html>') a;
SELECT url, pg_temp.hygiene(a)
FROM parse_article('<html><head><meta http-equiv="refresh" content="0;url=javascript:alert(1)">' ||
	'<meta http-equiv="refresh" content="0;url=file:///etc/passwd"><title>Refresh</title></head><body><p>Text.</p></body></html>') a;
SELECT s AS scheme, a.url, a.image, pg_temp.hygiene(a)
FROM unnest(ARRAY['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)',
	'java&#x09;script:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd',
	'vbscript:msgbox(1)', '//evil.example/x', 'https://ok.example/a b']) s,
	LATERAL parse_article('<html><head><link rel="canonical" href="' || s || '">' ||
		'<meta property="og:url" content="' || s || '"><meta property="og:image" content="' || s || '">' ||
		'<script type="application/ld+json">{"@type":"NewsArticle","url":"' || s || '","image":"' || s ||
		'"}</script><title>Schemes</title></head><body><p>Text.</p>' ||
		'<aside class="related"><ul><li><a href="' || s || '">Related one</a></li></ul></aside>' ||
		'</body></html>') a;

-- 36-39. Invalid bytes, NUL bytes, odd-length UTF-16 and stray BOMs in bytea.
SELECT title, body, pg_temp.hygiene(a)
FROM parse_article('\x3c68746d6c3e3c686561643e3c7469746c653e41ff42fe43c0af443c2f7469746c653e3c2f686561643e3c626f64793e3c703ef5f6f7f8f9fafbfcfdfeff20657572c3a93c2f703e3c2f626f64793e3c2f68746d6c3e'::bytea) a;
SELECT title, body, pg_temp.hygiene(a)
FROM parse_article('\x3c68746d6c3e3c686561643e3c7469746c653e41004200433c2f7469746c653e3c2f686561643e3c626f64793e3c703e6f6e65000074776f3c2f703e3c2f626f64793e3c2f68746d6c3e'::bytea) a;
SELECT pg_temp.hygiene(a), source_format
FROM parse_article('\xfffe3c00700041'::bytea) a;
SELECT pg_temp.hygiene(a), left(body, 30) AS body
FROM parse_article(decode(repeat('efbbbf', 3) || encode(convert_to('Plain text after BOMs. ' || repeat('Word ', 10), 'UTF8'), 'hex'), 'hex')) a;

-- 40. Binary-looking bytea (every byte value, many times).
SELECT pg_temp.hygiene(a)
FROM parse_article((SELECT string_agg(set_byte('\x00'::bytea, 0, (g * 37) % 256), ''::bytea) FROM generate_series(1, 20000) g)) a;

-- 41-42. Control characters, C1 controls, bidi overrides and zero-width
-- characters in text input.
SELECT pg_temp.hygiene(a), source_format
FROM parse_article(E'Title\x01\x02\x1b[31m red\n\nBody\x7f with \u0085 NEL, \u202e bidi \u200b zero-width and \x0b vt.\n\nMore text here.') a;
SELECT pg_temp.hygiene(a)
FROM parse_article(E'<html><head><title>T\x01i\x1ft\x7fle&#1;&#0;&#xD800;&#x110000;&#x85;</title></head><body><p>a&#7;b&#27;c &#xFFFE; d</p></body></html>') a;

-- 43. Entity references that are not characters.
SELECT title, pg_temp.hygiene(a)
FROM parse_article('<html><head><title>&#99999999999; &#x; &#; &amp &unknown; &lt;&gt;</title></head><body><p>x</p></body></html>') a;

-- 44-46. The size limit: ERROR 54000 before any work, for every function.
SET newsminer.max_input_size = '1kB';
\set VERBOSITY sqlstate
SELECT parse_article(repeat('a', 1025));
SELECT parse_article(convert_to(repeat('a', 1025), 'UTF8'));
SELECT count(*) FROM extract_minerals(repeat('lithium ', 200));
SELECT count(*) FROM extract_entities(repeat('Canada ', 200));
SELECT count(*) FROM extract_quotes(repeat('"a" ', 300));
SELECT count(*) FROM extract_figures(repeat('3% ', 400));
\set VERBOSITY default
SELECT (parse_article(repeat('a', 1024))).word_count AS at_limit_words;
SELECT parse_article(repeat('a', 2000));
-- 47. The GUC has bounds.
SET newsminer.max_input_size = 10;
SET newsminer.max_input_size = 'a lot';
RESET newsminer.max_input_size;
SHOW newsminer.max_input_size;

-- 48. statement_timeout cancels work on huge inputs (no timing asserted:
-- only that the cancel arrives as the usual ERROR 57014).
SET statement_timeout = '200ms';
\set VERBOSITY sqlstate
SELECT count(*) FROM generate_series(1, 1000) g,
	LATERAL parse_article('<html><body>' || repeat('<p>Lithium and nickel rose.</p>', 100000) || g) a;
SELECT count(*) FROM generate_series(1, 1000) g,
	LATERAL extract_entities(repeat('Canada and Japan said John Smith. ', 100000) || g) e;
\set VERBOSITY default
RESET statement_timeout;

-- 49-50. An early LIMIT on the set-returning functions, alone and laterally.
SELECT mineral, matched FROM extract_minerals(repeat('Lithium and cobalt prices rose. ', 10000)) LIMIT 2;
SELECT entity FROM extract_entities(repeat('Canada and Japan agreed. ', 10000)) LIMIT 1;
SELECT quote FROM extract_quotes(repeat('"We are ready," said Ann Lee. ', 10000)) LIMIT 1;
SELECT kind, value FROM extract_figures(repeat('Copper rose 3% to $9,800 a tonne. ', 10000)) LIMIT 1;
SELECT count(*) FROM (SELECT m.matched FROM generate_series(1, 200) g,
	LATERAL (SELECT matched FROM extract_minerals('Nickel and zinc ' || g) LIMIT 1) m) x;

-- 51-53. Huge inputs to the extractors stay linear and correct: one 1 MB
-- sentence of capitalised words, many names, many quotes.
SELECT count(*) AS entities FROM extract_entities(repeat('Abc ', 250000));
SELECT count(*) AS people FROM extract_entities(repeat('Minister Ann Lee spoke; Lee said so. ', 20000)) WHERE kind = 'person';
SELECT count(*) AS quotes FROM extract_quotes(repeat('"We are ready to go," said Ann Lee. ', 30000));
SELECT count(*) AS minerals FROM extract_minerals(repeat('lithium ', 131072));

-- 54. Offsets point into the input on multi-byte text.
SELECT bool_and(substr(t, start_pos, length(matched)) = matched) AS offsets_ok, count(*)
FROM (SELECT repeat('Ça coûte — le lithium 😀 et le cobalt. ', 2000) AS t) s, LATERAL extract_minerals(t);

-- 55. Quotes nested and unbalanced.
SELECT count(*) FROM extract_quotes(repeat('"', 100000) || repeat('“‘«', 50000));

-- 56. Plain text with 200,000 lines and no blank line: the first is the
-- title, its repeat below is dropped, the rest is one paragraph of body.
SELECT source_format, body IS NULL AS no_body, pg_temp.hygiene(a) FROM parse_article(repeat(E'SHORT LINE\n', 200000)) a;
SELECT source_format, word_count, pg_temp.hygiene(a) FROM parse_article(repeat(E'A longer line of plain text that goes on\n', 200000)) a;

-- 57. A 1 MB inline script full of '<' followed by letters and tag-like
-- strings: none of it is a tag (nor counted as attributes), none is text.
SELECT body, pg_temp.hygiene(a)
FROM parse_article('<html><head><title>Code</title><script>' ||
	repeat('for(i=0;i<n;i++){if(a<b&&c<d)s+="<p class=x>"+i}', 20000) ||
	'</script></head><body><p>After the script, lead rose.</p></body></html>') a;

-- 58. Many tags just under the attribute limit: the limit is per tag, not
-- per page (libxml2's cost per such tag is bounded by it).
SELECT title, word_count, pg_temp.hygiene(a)
FROM parse_article('<html><head><title>Wide tags</title></head><body>' ||
	repeat('<p ' || (SELECT string_agg('a' || g || '=1', ' ') FROM generate_series(1, 500) g) ||
		'>Word.</p>', 5) || '</body></html>') a;

-- 59-60. Tables nested 50,000 deep and 100,000 unclosed nested list items:
-- the text before them survives.
SELECT body, word_count, pg_temp.hygiene(a)
FROM parse_article('<html><body><p>Before the tables, tin rose.</p>' ||
	repeat('<table><tr><td>', 50000) || 'cell' || repeat('</td></tr></table>', 50000) || '</body></html>') a;
SELECT body, word_count, pg_temp.hygiene(a)
FROM parse_article('<html><body><p>Before the lists, tin rose.</p>' || repeat('<ul><li>', 100000) || 'item') a;

-- 61. 200,000 words separated only by <br>: each is a word.
SELECT word_count, length(body) AS body_chars, pg_temp.hygiene(a)
FROM parse_article('<html><body><p>' || repeat('word<br>', 200000) || '</p></body></html>') a;

-- 62-64. 500,000 unclosed '<p' fragments (after '<html>': a bare run of '<p'
-- is no markup to the sniff), 500,000 '&amp;' and one letter
-- with 500,000 combining accents.
SELECT source_format, body IS NULL AS no_body FROM parse_article('<html>' || repeat('<p', 500000)) a;
SELECT word_count, pg_temp.hygiene(a) FROM parse_article('<p>' || repeat('&amp;', 500000) || '</p>') a;
SELECT word_count, length(body) AS body_chars, pg_temp.hygiene(a)
FROM parse_article('e' || repeat(E'\u0301', 500000)) a;

-- 65. 10 MB of one word, through every function (below the 16 MB limit).
SELECT source_format, word_count, length(body) AS body_chars, pg_temp.hygiene(a)
FROM parse_article(repeat('lithium', 1430000)) a;
SELECT (SELECT count(*) FROM extract_minerals(repeat('lithium', 1430000))) AS minerals,
	(SELECT count(*) FROM extract_entities(repeat('Lithium', 1430000))) AS entities,
	(SELECT count(*) FROM extract_quotes(repeat('Lithium', 1430000))) AS quotes,
	(SELECT count(*) FROM extract_figures(repeat('7', 1430000))) AS figures;

-- 66-67. 100,000 copies of one author meta and of <title>, 20,000 JSON-LD
-- blocks: one author, the first title, the first block.
SELECT title, authors, pg_temp.hygiene(a)
FROM parse_article('<html><head>' || repeat('<title>Many titles</title>', 100000) ||
	repeat('<meta name="author" content="Ann Lee">', 100000) || '</head><body><p>Text.</p></body></html>') a;
SELECT title, tags, pg_temp.hygiene(a)
FROM parse_article('<html><head>' || repeat('<script type="application/ld+json">' ||
	'{"@type":"NewsArticle","headline":"First block","keywords":"zinc,tin"}</script>', 20000) ||
	'</head><body><p>Text.</p></body></html>') a;

-- 68-70. Byte order marks against declared charsets in bytea: a UTF-8 BOM
-- beats <meta charset="utf-16">, a UTF-16LE BOM beats a declared UTF-8, a
-- UTF-32LE BOM is read as UTF-32.
SELECT title, body, pg_temp.hygiene(a)
FROM parse_article('\xefbbbf'::bytea || convert_to('<html><head><meta charset="utf-16"><title>Café déclaré</title>' ||
	'</head><body><p>Le cuivre a progressé à Paris.</p></body></html>', 'UTF8')) a;
SELECT title, body, pg_temp.hygiene(a)
FROM parse_article('\xfffe'::bytea || decode(regexp_replace(encode(convert_to('<html><head><meta charset="utf-8">' ||
	'<title>Zinc title</title></head><body><p>Zinc rose in London today.</p></body></html>', 'UTF8'), 'hex'),
	'(..)', '\100', 'g'), 'hex')) a;
SELECT source_format, body, pg_temp.hygiene(a)
FROM parse_article('\xfffe00003c000000700000003e000000480000006900000021000000'::bytea) a;

-- 71-72. A UTF-7 declaration is never honoured (its '+ADw-' would become
-- '<'), and a 100 kB charset name is ignored.
SELECT title, body, pg_temp.hygiene(a)
FROM parse_article(convert_to('<html><head><meta charset="utf-7"><title>Seven +ADw-b+AD4-bold</title></head>' ||
	'<body><p>Text +ADw-script+AD4-alert(1)+ADw-/script+AD4- end.</p></body></html>', 'UTF8')) a;
SELECT title, pg_temp.hygiene(a)
FROM parse_article(convert_to('<html><head><meta charset="' || repeat('A', 100000) ||
	'"><title>Long charset</title></head><body><p>x</p></body></html>', 'UTF8')) a;

-- 73. ISO-2022-JP, a stateful encoding, ending in a cut escape sequence.
SELECT title, pg_temp.hygiene(a)
FROM parse_article('\x3c68746d6c3e3c686561643e3c6d65746120636861727365743d2269736f2d323032322d6a70223e3c7469746c653e1b2442467c4b5c1b28423c2f7469746c653e3c2f686561643e3c626f64793e3c703e1b24421b24421b24421b28421b283c2f703e3c2f626f64793e3c2f68746d6c3e'::bytea) a;

-- 74. 100,000 NUL bytes between the letters of a bytea text: dropped.
SELECT source_format, word_count, length(body) AS body_chars, pg_temp.hygiene(a)
FROM parse_article(decode(repeat('6100', 100000), 'hex')) a;

-- 75. Figures on 1 MB of lone digits (was seconds: every unit table was
-- scanned in full at every number).
SELECT count(*) AS figures FROM extract_figures(repeat('1 ', 500000));

-- 76-78. Attributes are counted as libxml2 reads them: after a quoted value
-- no blank is needed before the next name, and a stray quote after a value
-- opens nothing -- both once slipped past the count with any number of
-- attributes (seconds of libxml2 time per tag); 3,000 '/' and digit tokens
-- start no attribute and parse.
SELECT title
FROM parse_article('<html><head><title>Attrs</title></head><body><p ' ||
	(SELECT string_agg('a' || g || '=""', '') FROM generate_series(1, 501) g) || '>Text.</p></body></html>') a;
SELECT title
FROM parse_article('<html><head><title>Attrs</title></head><body><p href="x""' ||
	(SELECT string_agg(' a' || g, '') FROM generate_series(1, 501) g) || '>Text.</p></body></html>') a;
SELECT title, body, pg_temp.hygiene(a)
FROM parse_article('<html><head><title>Junk tokens</title></head><body><p' || repeat(' / 1', 3000) ||
	'>Tin rose on Monday.</p></body></html>') a;

-- 79-80. 100,000 related links: the list is cut to its first items in page
-- order (12 for one HTML list, 64 in plain text), not dropped.
SELECT cardinality(related) AS items, related[1].url AS first, related[12].url AS last, pg_temp.hygiene(a)
FROM parse_article('<html><head><title>Tin</title><link rel="canonical" href="https://news.example.org/tin">' ||
	'</head><body><article><p>Tin prices rose on Monday after a mine closed, traders said.</p></article>' ||
	'<aside><h2>Related stories</h2><ul>' ||
	(SELECT string_agg('<li><a href="/story/' || g || '">Related story number ' || g || '</a></li>', '')
	 FROM generate_series(1, 100000) g) || '</ul></aside></body></html>') a;
SELECT cardinality(related) AS items, related[1].title AS first, related[64].url AS last, pg_temp.hygiene(a)
FROM parse_article(E'Tin rises after mine closure\n\n' ||
	repeat(E'Tin prices rose on Monday after a mine closed in the north, traders said.\n\n', 3) ||
	E'Related articles\n' ||
	(SELECT string_agg('- [Related story number ' || g || '](https://news.example.org/s/' || g || E')\n', '')
	 FROM generate_series(1, 100000) g)) a;

-- 81-83. URLs longer than 8192 bytes are dropped, never cut: a 1 MB
-- canonical leaves url NULL; a long og:image gives way to twitter:image; a
-- related link with a long URL is skipped, one of exactly 8192 bytes kept;
-- in plain text a markdown link with a 10 kB URL keeps its text as the
-- title, without the URL.
SELECT url, image, pg_temp.hygiene(a)
FROM parse_article('<html><head><title>Zinc</title><link rel="canonical" href="https://x.example/' ||
	repeat('p', 1048576) || '"><meta property="og:image" content="https://x.example/' || repeat('i', 8175) ||
	'"><meta name="twitter:image" content="https://x.example/small.jpg"></head>' ||
	'<body><p>Zinc fell.</p></body></html>') a;
SELECT length(r.url) AS url_bytes, r.title
FROM parse_article('<html><head><title>Zinc</title><link rel="canonical" href="https://x.example/zinc"></head>' ||
	'<body><article><p>Zinc prices fell on Tuesday as smelters restarted, traders said.</p></article>' ||
	'<aside><h2>Related stories</h2><ul><li><a href="/' || repeat('a', 8175) || '">Story with a long link</a></li>' ||
	'<li><a href="/' || repeat('b', 8174) || '">Story with a link at the limit</a></li></ul></aside></body></html>') a,
	unnest(a.related) r;
SELECT r.title, r.url
FROM parse_article(E'Zinc falls as smelters restart\n\n' ||
	repeat(E'Zinc prices fell on Tuesday as smelters restarted, traders said.\n\n', 3) ||
	E'Related articles\n- [Story with a long link](https://x.example/' || repeat('p', 10000) ||
	E')\n- [Story with a short link](https://x.example/ok)\n') a,
	unnest(a.related) r;

-- 84-85. A wide tag hidden from a scan that misreads its context, while
-- libxml2 reads it: an end tag takes everything up to its '>' (here a
-- <script> that would start raw text), and "--!>" ends a comment.
SELECT title
FROM parse_article('<html><head><title>Attrs</title></head><body><p>x</p></a <script><p' ||
	(SELECT string_agg(' a' || g, '') FROM generate_series(1, 501) g) || '>Text.</p></body></html>') a;
SELECT title
FROM parse_article('<html><head><title>Attrs</title></head><body><!-- c --!><p' ||
	(SELECT string_agg(' a' || g, '') FROM generate_series(1, 501) g) || '>Text.</p></body></html>') a;
