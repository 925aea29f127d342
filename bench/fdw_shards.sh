#!/usr/bin/env bash
# fdw_shards.sh -- scale-out demonstration on postgres_fdw: a coordinator and
# two shard clusters, partitioned tables whose partitions are foreign tables
# on the shards, newsminer declared shippable.  Asserts (exit status) that
# EXPLAIN VERBOSE puts parse_article and minerals() into every shard's Remote
# SQL and that the results equal local evaluation.
#
# Usage: bench/fdw_shards.sh [--stories N]   (default: 2000 stories)
set -eu
cd "$(dirname "$0")/.."
. scripts/lib.sh
. bench/lib_bench.sh

NSTORIES=2000
while [ $# -gt 0 ]; do
	case $1 in
		--stories) NSTORIES=$2; shift ;;
		*) echo "usage: $0 [--stories N]"; exit 2 ;;
	esac
	shift
done

nm_bench_prepare
nm_start_cluster
nm_bench_install
NM_FDW_BIN=$NM_BIN
. bench/lib_fdw.sh
trap 'nm_fdw_cleanup; nm_cleanup' EXIT
echo "== two shard clusters, coordinator with foreign partitions"
nm_fdw_setup
nm_psql <<SQL
CREATE TEMP TABLE p (id int, html text);
\copy p FROM '$IN/pages.csv' WITH (FORMAT csv)
INSERT INTO fdw.pages (id, html) SELECT id, html FROM p;
CREATE TEMP TABLE s (id int, body text);
\copy s FROM '$IN/texts.csv' WITH (FORMAT csv)
INSERT INTO fdw.stories SELECT id, body FROM s WHERE id <= $NSTORIES;
SQL
for s in shard1 shard2; do
	echo "   $s: $(nm_fdw_shard_psql $s -d postgres -At -c "SELECT (SELECT count(*) FROM pages) || ' pages, ' || (SELECT count(*) FROM stories) || ' stories'")"
done
echo "== plans"
nm_fdw_check_plans
echo "== results"
nm_fdw_check_results
echo "fdw_shards: ok"
