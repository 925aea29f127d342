#!/usr/bin/env bash
# memory_flat.sh -- 100,000 calls of each newsminer function in one query must
# leave the backend's memory flat: the peak RSS (VmHWM) after a 100,000-call
# query may not grow beyond that of a 10,000-call query by more than a margin.
#
# Runs against the live throwaway cluster of scripts/test.sh (PGHOST, PGPORT,
# PGUSER exported).  A backend reads its own /proc/self/status through
# pg_read_file (the test user is the cluster's superuser).  A leak of L bytes
# per call would add 90,000 * L bytes between the two runs: the 4 MB margin
# catches anything above ~45 bytes per call.
set -eu
DB=nm_memory_flat_$$
psql -X -q -d postgres -c "CREATE DATABASE $DB"
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1' EXIT

# Every function under test gets its own backend (one psql run each).
run() {	# run <label> <sql expression of g returning something countable>
	local label=$1 expr=$2 out
	out=$(psql -X -q -At -v ON_ERROR_STOP=1 -d "$DB" <<EOF
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS newsminer;
-- generate_series in FROM is materialized up to work_mem: keep that small
-- so the measure sees our memory, not the row source's.
SET work_mem = '64kB';
CREATE TEMP TABLE hwm (n int, kb bigint);
CREATE FUNCTION pg_temp.vm_hwm_kb() RETURNS bigint LANGUAGE sql AS
\$\$ SELECT substring(pg_read_file('/proc/self/status') FROM 'VmHWM:\\s*(\\d+) kB')::bigint \$\$;
-- warm-up: caches, catalog lookups, libxml2 globals
SELECT count(*) FROM generate_series(1, 1000) g, LATERAL ($expr) x \g /dev/null
INSERT INTO hwm SELECT 1000, pg_temp.vm_hwm_kb();
SELECT count(*) FROM generate_series(1, 10000) g, LATERAL ($expr) x \g /dev/null
INSERT INTO hwm SELECT 10000, pg_temp.vm_hwm_kb();
SELECT count(*) FROM generate_series(1, 100000) g, LATERAL ($expr) x \g /dev/null
INSERT INTO hwm SELECT 100000, pg_temp.vm_hwm_kb();
SELECT string_agg(kb::text, ' ' ORDER BY n) FROM hwm;
EOF
)
	set -- $out
	local k1=$1 k10=$2 k100=$3
	local growth=$((k100 - k10))
	echo "$label: peak RSS after 1k/10k/100k calls: ${k1} / ${k10} / ${k100} kB (100k - 10k = ${growth} kB)"
	if [ "$growth" -gt 4096 ]; then
		echo "FAIL: $label grows by ${growth} kB between 10,000 and 100,000 calls"
		return 1
	fi
}

ARTICLE_HTML="'<html lang=\"en\"><head><title>Lithium deal ' || g || '</title>
<meta property=\"og:url\" content=\"https://example.org/a/' || g || '\">
<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Deal ' || g ||
'\",\"datePublished\":\"2023-09-21T07:00:00Z\",\"author\":{\"name\":\"Ann Lee\"}}</script></head>
<body><article><h1>Lithium deal</h1><p>OTTAWA, Sept 21 (Reuters) - Canada and Japan signed a deal on
lithium, nickel and cobalt supply, the minister said on Thursday, number ' || g || '.</p>
<p>Copper rose 2% to \$9,800 a tonne.</p></article></body></html>'"
ARTICLE_TEXT="'Nickel output rises ' || g || E'\n\nSeptember 21, 2023\n\nJAKARTA, Sept 21 (Reuters) - Indonesia''s nickel ore output rose, officials said.\n\nCobalt prices fell 3%.'"
MINERAL_TEXT="'Canada and Japan agreed on lithium, graphite, nickel and cobalt supply; rare earths and copper ore ' || g || ' too.'"

FAIL=0
run "parse_article(text html)" "SELECT (parse_article($ARTICLE_HTML)).title" || FAIL=1
run "parse_article(text plain)" "SELECT (parse_article($ARTICLE_TEXT)).title" || FAIL=1
run "parse_article(bytea)" "SELECT (parse_article(convert_to($ARTICLE_HTML, 'UTF8'))).title" || FAIL=1
run "extract_minerals" "SELECT * FROM extract_minerals($MINERAL_TEXT)" || FAIL=1
# The other set-returning functions, once they exist.
for fn in extract_entities extract_quotes extract_figures; do
	have=$(psql -X -At -d "$DB" -c "SELECT to_regproc('$fn') IS NOT NULL OR EXISTS (SELECT 1 FROM pg_proc WHERE proname = '$fn')")
	[ "$have" = t ] || continue
	run "$fn" "SELECT * FROM $fn($MINERAL_TEXT || ' \"We are ready,\" said minister Ann Lee.')" || FAIL=1
done
exit $FAIL
