-- Version information: REINDEX expression indexes over newsminer functions
-- when either of these changes (extraction rules or libxml2 behaviour).
CREATE FUNCTION @extschema@.newsminer_version()
RETURNS text
AS 'MODULE_PATHNAME', 'nm_sql_version'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.newsminer_libxml_version()
RETURNS text
AS 'MODULE_PATHNAME', 'nm_sql_libxml_version'
LANGUAGE C STABLE STRICT PARALLEL SAFE;
