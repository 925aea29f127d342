#!/usr/bin/env bash
# fdw_shards.sh -- scale-out on postgres_fdw against the live test cluster:
# two shard clusters from the same binaries, newsminer declared shippable;
# asserts that parse_article and minerals() run in the shards' Remote SQL
# and give the same results as local evaluation.  See bench/fdw_shards.sh.
set -eu
cd "$(dirname "$0")/../.."
pid=$(psql -X -At -c "SELECT split_part(pg_read_file('postmaster.pid'), E'\n', 1)")
NM_FDW_BIN=$(dirname "$(readlink -f "/proc/$pid/exe")")
. bench/lib_fdw.sh
trap nm_fdw_cleanup EXIT
nm_fdw_setup
psql -X -q -v ON_ERROR_STOP=1 <<'SQL'
INSERT INTO fdw.pages (id, html)
SELECT g, '<html><head><title>Mine report ' || g || '</title></head><body><article><p>Output rose '
	|| g || ' tonnes at the copper mine, the company said on Monday.</p></article></body></html>'
FROM generate_series(1, 40) g;
INSERT INTO fdw.pages (id, html) VALUES (41, 'TORONTO, March 3 (Reuters) - Nickel prices rose.');
INSERT INTO fdw.stories
SELECT g, CASE WHEN g % 2 = 0 THEN 'Copper prices rose ' || g || ' per cent.'
	ELSE 'The central bank kept rates on hold.' END
FROM generate_series(1, 40) g;
SQL
nm_fdw_check_plans
nm_fdw_check_results
psql -X -q -c "DROP SCHEMA fdw CASCADE" -c "DROP SERVER shard1, shard2 CASCADE"
