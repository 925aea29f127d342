#!/usr/bin/env bash
# upgrade.sh -- every released version updates to the current one.  For each
# frozen install script of a release (test/upgrade/newsminer--X.sql, never
# edited), installs release X, runs ALTER EXTENSION newsminer UPDATE, and
# compares the extension's objects -- members, function signatures, markings,
# COST and ROWS, composite type attributes -- with a fresh install of the
# current version; then runs each extractor once on the updated install.
#
# Runs against the live throwaway cluster of scripts/test.sh (PGHOST, PGPORT,
# PGUSER exported; NM_EXTDIR is the private installation's extension dir).
set -eu
export PGOPTIONS="-c client_min_messages=warning"
: "${NM_EXTDIR:?NM_EXTDIR must name the extension directory of the test installation}"
cd "$(dirname "$0")/../.."

DESCRIBE=$(cat <<'SQL'
WITH members AS (
	SELECT d.classid, d.objid FROM pg_depend d
	JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'newsminer'
	WHERE d.deptype = 'e')
SELECT 'member ' || pg_describe_object(classid, objid, 0) FROM members
UNION ALL
SELECT format('function %s(%s) returns %s volatile=%s parallel=%s strict=%s cost=%s rows=%s',
			  p.proname, pg_get_function_identity_arguments(p.oid),
			  pg_get_function_result(p.oid), p.provolatile, p.proparallel,
			  p.proisstrict, p.procost, p.prorows)
FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
UNION ALL
SELECT format('type %s attribute %s %s %s', t.typname, a.attnum, a.attname,
			  format_type(a.atttypid, a.atttypmod))
FROM members m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
JOIN pg_attribute a ON a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY 1;
SQL
)

SMOKE="SELECT (parse_article('<html><head><title>Nickel rises</title></head><body><article><p>Nickel rose on Monday as Indonesian supply slowed, traders in London said.</p></article></body></html>')).title,
	(SELECT string_agg(mineral::text, ',') FROM extract_minerals('Copper and lithium rose.')),
	(SELECT count(*) FROM extract_entities('Canada and Japan signed a deal.')),
	(SELECT count(*) FROM extract_figures('Copper rose 2%.'))"

status=0
for frozen in test/upgrade/newsminer--*.sql; do
	[ -f "$frozen" ] || continue
	old=$(basename "$frozen" .sql)
	old=${old#newsminer--}
	cp "$frozen" "$NM_EXTDIR/"
	for db in nm_up_fresh nm_up_old; do
		psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
	done
	psql -X -q -v ON_ERROR_STOP=1 -d nm_up_fresh -c "CREATE EXTENSION newsminer"
	psql -X -q -v ON_ERROR_STOP=1 -d nm_up_old \
		-c "CREATE EXTENSION newsminer VERSION '$old'" \
		-c "ALTER EXTENSION newsminer UPDATE"
	fresh=$(psql -X -At -v ON_ERROR_STOP=1 -d nm_up_fresh -c "$DESCRIBE")
	updated=$(psql -X -At -v ON_ERROR_STOP=1 -d nm_up_old -c "$DESCRIBE")
	vfresh=$(psql -X -At -d nm_up_fresh -c "SELECT extversion FROM pg_extension WHERE extname = 'newsminer'")
	vupd=$(psql -X -At -d nm_up_old -c "SELECT extversion FROM pg_extension WHERE extname = 'newsminer'")
	smoke_fresh=$(psql -X -At -v ON_ERROR_STOP=1 -d nm_up_fresh -c "$SMOKE")
	smoke_upd=$(psql -X -At -v ON_ERROR_STOP=1 -d nm_up_old -c "$SMOKE")
	if [ "$vfresh" != "$vupd" ]; then
		echo "upgrade from $old: version $vupd after the update, fresh install is $vfresh"
		status=1
	elif [ "$fresh" != "$updated" ]; then
		echo "upgrade from $old to $vfresh: objects differ from a fresh install (< fresh, > updated):"
		diff <(echo "$fresh") <(echo "$updated") || true
		status=1
	elif [ "$smoke_fresh" != "$smoke_upd" ] || [ "$smoke_upd" != "Nickel rises|copper,lithium|2|1" ]; then
		echo "upgrade from $old: smoke query gave '$smoke_upd' (fresh: '$smoke_fresh')"
		status=1
	else
		echo "upgrade $old -> $vupd: $(echo "$updated" | wc -l) object lines equal to a fresh install"
	fi
	rm -f "$NM_EXTDIR/$(basename "$frozen")"
	for db in nm_up_fresh nm_up_old; do
		psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db"
	done
done
exit $status
