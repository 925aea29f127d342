#!/usr/bin/env bash
# parallel_plans.sh -- the planner runs newsminer in parallel workers: with the
# shipped COST markings, a bulk parse (CREATE TABLE AS) and a GROUP BY over
# extract_minerals get Gather over Parallel Seq Scan, with serial results.
set -eu
q() { psql -X -q -At -v ON_ERROR_STOP=1 "$@"; }

q <<'SQL'
DROP SCHEMA IF EXISTS par CASCADE;
CREATE SCHEMA par;
CREATE TABLE par.pages AS
SELECT g AS id,
	'<html><head><title>Copper report ' || g || '</title></head><body><article><h1>Copper report '
	|| g || '</h1><p>SANTIAGO, March 4 (Reuters) - Copper output at the mine rose ' || g
	|| ' tonnes, the company said.</p><p>Cobalt and nickel shipments were steady.</p></article></body></html>' AS html
FROM generate_series(1, 2000) g;
CREATE TABLE par.texts AS
SELECT g AS id, CASE g % 3 WHEN 0 THEN 'Lithium prices fell ' || g || ' per cent as copper rose.'
	WHEN 1 THEN 'The nickel smelter resumed output on day ' || g || '.'
	ELSE 'Gold and silver were flat for ' || g || ' days.' END AS body
FROM generate_series(1, 30000) g;
-- Rows of real pages point into TOAST, so the heap is small: the recipe
-- states the worker count instead of relying on the table-size heuristic.
ALTER TABLE par.pages SET (parallel_workers = 2);
ALTER TABLE par.texts SET (parallel_workers = 2);
ANALYZE par.pages;
ANALYZE par.texts;
SQL

fail=0
expect() {	# expect <name> <plan> <pattern>...
	local name=$1 plan=$2; shift 2
	for p in "$@"; do
		if ! grep -q -- "$p" <<<"$plan"; then
			echo "FAIL $name: no '$p' in plan:"; echo "$plan"; fail=1; return
		fi
	done
	echo "ok $name"
}

plan=$(q -c "SET max_parallel_workers_per_gather = 2" -c "EXPLAIN (COSTS OFF) CREATE TABLE par.parsed AS SELECT id, parse_article(html) AS a FROM par.pages")
expect "bulk parse is parallel" "$plan" "Gather" "Parallel Seq Scan on pages"
plan=$(q -c "SET max_parallel_workers_per_gather = 2" -c "EXPLAIN (COSTS OFF) SELECT m.mineral, count(*) FROM par.texts t, extract_minerals(t.body) m GROUP BY 1")
expect "extract_minerals aggregate is parallel" "$plan" "Gather" "Parallel Seq Scan on texts" "Partial" "Function Scan on extract_minerals"
plan=$(q -c "SET max_parallel_workers_per_gather = 2" -c "EXPLAIN (COSTS OFF) SELECT m, count(*) FROM par.texts t, unnest(minerals(t.body)) m GROUP BY 1")
expect "minerals() aggregate is parallel" "$plan" "Gather" "Parallel Seq Scan on texts" "Partial"

# Same answers from the parallel and the serial plan.  (PostgreSQL charges a
# LATERAL function scan's COST once, not per outer row: hence 30000 rows
# for the extract_minerals plan.)
run() {
	q -c "SET max_parallel_workers_per_gather = $1" -c "SET parallel_setup_cost = 0" -c "SET parallel_tuple_cost = 0" \
	  -c "SELECT md5(string_agg(a::text, '|' ORDER BY id)) FROM (SELECT id, parse_article(html) AS a FROM par.pages) s" \
	  -c "SELECT string_agg(mineral || '=' || n, ',' ORDER BY mineral) FROM (SELECT m.mineral::text AS mineral, count(*) AS n FROM par.texts t, extract_minerals(t.body) m GROUP BY 1) s"
}
serial=$(run 0)
parallel=$(run 2)
if [ "$serial" != "$parallel" ] || [ -z "$(sed -n 2p <<<"$serial")" ]; then
	echo "FAIL parallel results differ from serial:"; echo "$serial"; echo "$parallel"; fail=1
else
	echo "ok parallel results equal serial results ($(sed -n 2p <<<"$serial"))"
fi
q -c "DROP SCHEMA par CASCADE"
exit $fail
