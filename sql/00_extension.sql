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
WHERE name = 'newsminer' AND version = '0.1';

