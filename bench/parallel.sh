#!/usr/bin/env bash
# parallel.sh -- parallel query with newsminer: bulk parse of a page table and
# an analytic query over extract_minerals, serial plan against parallel plan
# (2 workers) in the same run; prints the plans and the throughput ratios.
#
# Usage: bench/parallel.sh [--pages N] [--texts-copies K] [--rounds R] [--full]
#   --pages N         pages in the table (default 2000; cycled from the page
#                     set with a per-row variation)
#   --texts-copies K  copies of the text set for the minerals query (default 20)
#   --rounds R        serial/parallel rounds (default 3; the minerals query
#                     always runs at least 3: it takes seconds, not minutes)
#   --full            the issue's size: 100,000 pages and 100 copies of the
#                     texts (disk: ~7 GB; ~12 min on an idle machine)
#
# Parallel throughput is inherently a wall-clock figure: rounds alternate
# serial and parallel runs and the ratio of medians is reported, along with
# the load average (other processes on this 2-core machine lower it).
set -eu
cd "$(dirname "$0")/.."
. scripts/lib.sh
. bench/lib_bench.sh

NPAGES=2000
COPIES=20
ROUNDS=3
while [ $# -gt 0 ]; do
	case $1 in
		--pages) NPAGES=$2; shift ;;
		--texts-copies) COPIES=$2; shift ;;
		--rounds) ROUNDS=$2; shift ;;
		--full) NPAGES=100000; COPIES=100; ROUNDS=1 ;;
		*) echo "usage: $0 [--pages N] [--texts-copies K] [--rounds R] [--full]"; exit 2 ;;
	esac
	shift
done

nm_bench_prepare
nm_bench_cluster

echo "== loading $NPAGES pages and $COPIES copies of the text set"
nm_psql <<SQL
CREATE TABLE bench.base (id int PRIMARY KEY, html text);
\copy bench.base FROM '$IN/pages.csv' WITH (FORMAT csv)
CREATE TABLE bench.base_texts (id int PRIMARY KEY, body text);
\copy bench.base_texts FROM '$IN/texts.csv' WITH (FORMAT csv)
-- Unlogged and lz4: the bench measures parsing, and at --full size (17 GB of
-- HTML) the load would otherwise spend most of its time in pglz and WAL.
CREATE UNLOGGED TABLE bench.pages (id int PRIMARY KEY, html text COMPRESSION lz4);
INSERT INTO bench.pages
SELECT g, b.html || '<!-- copy ' || g || ' -->'
FROM generate_series(1, $NPAGES) g
JOIN bench.base b ON b.id = 1 + (g - 1) % (SELECT count(*) FROM bench.base);
CREATE TABLE bench.texts (id int, body text);
INSERT INTO bench.texts
SELECT t.id + c * 100000, t.body FROM bench.base_texts t, generate_series(0, $COPIES - 1) c;
-- Page rows only point into TOAST: the heap is tiny and the planner's
-- size heuristic alone would start no worker.  Say how many to use.
ALTER TABLE bench.pages SET (parallel_workers = 2);
VACUUM ANALYZE bench.pages;
VACUUM ANALYZE bench.texts;
SQL
nm_psql -At -c "SELECT 'pages: ' || pg_size_pretty(pg_total_relation_size('bench.pages')) || ', texts: ' || pg_size_pretty(pg_total_relation_size('bench.texts'))"
nm_psql -At -F ' ' -c "SELECT 'markings:', p.oid::regprocedure, 'COST', procost, 'ROWS', prorows, 'parallel', proparallel, 'volatile', provolatile
	FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass
	JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'newsminer' WHERE d.deptype = 'e' ORDER BY 2"

Q_PARSE="CREATE TABLE bench.parsed AS SELECT id, parse_article(html) AS a FROM bench.pages"
Q_INSERT="INSERT INTO bench.parsed SELECT id, parse_article(html) FROM bench.pages"
Q_MIN="SELECT m.mineral, count(*) FROM bench.texts t, extract_minerals(t.body) m GROUP BY 1 ORDER BY 2 DESC"

echo
echo "== plans"
for w in 0 2; do
	echo "-- max_parallel_workers_per_gather = $w"
	nm_psql <<SQL
SET max_parallel_workers_per_gather = $w;
EXPLAIN (COSTS OFF) $Q_PARSE;
EXPLAIN (COSTS OFF) $Q_MIN;
SQL
done
echo "-- INSERT ... SELECT (PostgreSQL 15 plans it serially whatever the settings)"
nm_psql <<SQL
CREATE TABLE bench.parsed AS SELECT id, parse_article(html) AS a FROM bench.pages LIMIT 0;
EXPLAIN (COSTS OFF) $Q_INSERT;
DROP TABLE bench.parsed;
SQL

# Wall time of one statement with w workers: "seconds workers_launched".
run_timed() {
	local w=$1 q=$2
	nm_psql -At <<SQL | tail -1
SET max_parallel_workers_per_gather = $w;
SET client_min_messages = warning;
DROP TABLE IF EXISTS bench.parsed;
SELECT newsminer_version() IS NULL AS warm \gset
SELECT clock_timestamp() AS t0 \gset
$q \g /dev/null
SELECT round(extract(epoch FROM clock_timestamp() - :'t0'), 3);
SQL
}

echo
echo "== rounds: serial vs parallel, wall seconds"
PS=(); PP=(); MS=(); MP=()
MROUNDS=$((ROUNDS < 3 ? 3 : ROUNDS))
for r in $(seq "$MROUNDS"); do
	if [ "$r" -le "$ROUNDS" ]; then
		PS+=("$(run_timed 0 "$Q_PARSE")"); PP+=("$(run_timed 2 "$Q_PARSE")")
	fi
	MS+=("$(run_timed 0 "$Q_MIN")"); MP+=("$(run_timed 2 "$Q_MIN")")
	echo "   round $r: parse serial ${PS[$r-1]:--} parallel ${PP[$r-1]:--}; minerals serial ${MS[-1]} parallel ${MP[-1]}; load $(cut -d' ' -f1-3 /proc/loadavg)"
done
MPS=$(nm_median "${PS[@]}"); MPP=$(nm_median "${PP[@]}")
MMS=$(nm_median "${MS[@]}"); MMP=$(nm_median "${MP[@]}")
TXT_MB=$(nm_psql -At -c "SELECT round(sum(octet_length(body)) / 1e6, 1) FROM bench.texts")
echo
echo "== parallel query: medians of $ROUNDS (parse) and $MROUNDS (minerals) rounds, $(nproc) cores (target: parallel / serial >= 1.8x)"
verdict() { awk -v r="$1" 'BEGIN { print (r >= 1.8 ? "met" : "MISSED") }'; }
RP=$(nm_ratio "$MPS" "$MPP"); RM=$(nm_ratio "$MMS" "$MMP")
printf '%-62s %8s %7s   %s\n' "measure" "ratio" "target" "detail"
printf '%-62s %8s %7s   %s\n' "CREATE TABLE AS parse_article, $NPAGES pages: parallel / serial" "${RP}x" "$(verdict "$RP")" \
	"$(awk -v n="$NPAGES" -v s="$MPS" -v p="$MPP" 'BEGIN{printf "serial %.0f pages/s, parallel %.0f pages/s (%.0f pages/h)", n/s, n/p, 3600*n/p}')"
printf '%-62s %8s %7s   %s\n' "extract_minerals GROUP BY, $TXT_MB MB: parallel / serial" "${RM}x" "$(verdict "$RM")" \
	"$(awk -v b="$TXT_MB" -v s="$MMS" -v p="$MMP" 'BEGIN{printf "serial %.0f MB/s, parallel %.0f MB/s", b/s, b/p}')"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on the $(nproc) cores distort wall-clock ratios)"
