-- The extension is trusted: a role that is not superuser, with CREATE on
-- the database and the schema, may install it.  Every function is marked as
-- the documentation says.
CREATE ROLE nm_installer NOSUPERUSER;
DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO nm_installer', current_database()); END $$;
GRANT CREATE ON SCHEMA public TO nm_installer;
SET ROLE nm_installer;
CREATE EXTENSION newsminer;
RESET ROLE;
SELECT e.extname, e.extowner::regrole AS installed_by, r.rolsuper
FROM pg_extension e JOIN pg_roles r ON r.oid = e.extowner WHERE e.extname = 'newsminer';

SELECT extname, extversion, extrelocatable FROM pg_extension WHERE extname = 'newsminer';
SELECT newsminer_version();
SELECT newsminer_libxml_version() ~ '^[0-9]+$' AS libxml_version_is_numeric;

-- Every newsminer function is PARALLEL SAFE; all are IMMUTABLE except the
-- one that reports the loaded libxml2 (STABLE: it changes with an upgrade).
SELECT p.proname, p.provolatile, p.proparallel
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'newsminer'
WHERE (p.provolatile <> 'i' OR p.proparallel <> 's') AND p.prokind = 'f'
ORDER BY 1;

-- The control file says trusted: a non-superuser with CREATE may install it.
SELECT trusted, relocatable FROM pg_available_extension_versions
WHERE name = 'newsminer' AND version = '0.2';

-- Empty and whitespace-only input: a row of NULLs, not an error.
-- (a composite IS NULL only when every column is NULL)
SELECT parse_article('') IS NULL AS all_null;
SELECT parse_article(E' \n\t \r\n  ') IS NULL AS all_null;
SELECT parse_article(''::bytea) IS NULL AS all_null;
SELECT parse_article(NULL::text) IS NULL AS strict_null;

-- The size limit is a GUC with a clear error.
SET newsminer.max_input_size = 1024;
SELECT (parse_article(repeat('word ', 300))).title;
\set VERBOSITY sqlstate
SELECT (parse_article(repeat('word ', 300))).title;
SELECT (parse_article(convert_to(repeat('word ', 300), 'UTF8'))).title;
\set VERBOSITY default
SELECT (parse_article(repeat('word ', 200))).word_count;
RESET newsminer.max_input_size;
SHOW newsminer.max_input_size;
