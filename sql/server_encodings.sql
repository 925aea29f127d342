-- Non-UTF-8 databases and control characters: the core always sees valid
-- UTF-8, outputs never hold control characters, and a character the server
-- encoding cannot hold becomes '?' instead of an ERROR.

-- Control characters in the input never reach an output column.
SELECT m.mineral, m.sentence ~ '[\x01-\x08\x0b-\x1f\x7f]' AS has_controls
FROM extract_minerals(E'Copper\u0001 and \u0007nickel rose.') m;

SELECT current_database() AS regdb \gset

-- SQL_ASCII: the server hands over raw bytes (not NUL-terminated, maybe
-- not UTF-8).  Neighbouring data must not leak into the result.
CREATE DATABASE nm_sql_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c nm_sql_ascii
SET client_min_messages = warning;
CREATE EXTENSION newsminer;
CREATE TABLE z (a text, b text);
INSERT INTO z VALUES ('Hello there', 'SECRETCOLUMNVALUE');
SELECT (parse_article(a)).body FROM z;
-- a Latin-1 byte is not UTF-8: it becomes one U+FFFD, positions stay right
SELECT m.mineral, m.matched, m.start_pos,
       substr(t, m.start_pos, length(m.matched)) = m.matched AS offset_ok
FROM (SELECT convert_from('\x636166e920636f70706572'::bytea, 'SQL_ASCII') AS t) s,
     LATERAL extract_minerals(s.t) m;
\c :regdb
DROP DATABASE nm_sql_ascii;

-- LATIN1: a euro sign (written as an HTML entity) has no LATIN1 equivalent.
CREATE DATABASE nm_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c nm_latin1
SET client_min_messages = warning;
CREATE EXTENSION newsminer;
SET client_encoding = 'UTF8';
SELECT (parse_article('<html><head><title>Copper at &euro;8,000 and café prices</title></head><body><p>Copper rose.</p></body></html>')).title;
SELECT m.mineral, m.start_pos, substr(t, m.start_pos, length(m.matched)) = m.matched AS offset_ok
FROM (SELECT 'Le café: copper and nickel.'::text AS t) s, LATERAL extract_minerals(s.t) m;
\c :regdb
DROP DATABASE nm_latin1;
