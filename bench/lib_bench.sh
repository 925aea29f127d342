# lib_bench.sh -- helpers shared by the bench scripts (run.sh, parallel.sh,
# etl.sh, fdw_shards.sh): building the drivers, medians, CPU-time probes.
# Source after scripts/lib.sh, from the repository root.

NM_BENCH_BIN=bench/bin
NM_CFLAGS_BENCH="-O2 -g -std=gnu99 -Wall -Wextra -Wno-unused-parameter -Isrc/core"

# Builds the extension (also generates the dictionaries) and the C drivers.
nm_bench_build() {
	make -s >"$NM_LOG/build.log" 2>&1 || { cat "$NM_LOG/build.log"; return 1; }
	mkdir -p "$NM_BENCH_BIN"
	local xc xl
	xc=$(pkg-config --cflags libxml-2.0)
	xl=$(pkg-config --libs libxml-2.0)
	gcc $NM_CFLAGS_BENCH $xc -o "$NM_BENCH_BIN/bare_parse" bench/bare_parse.c $xl || return 1
	# Until every entry point is implemented the core driver cannot link.
	rm -f "$NM_BENCH_BIN/core_bench"
	gcc $NM_CFLAGS_BENCH $xc -o "$NM_BENCH_BIN/core_bench" bench/core_bench.c src/core/*.c $xl \
		>"$NM_LOG/core_bench.log" 2>&1 ||
		echo "== core_bench does not link yet (core incomplete): core figures skipped"
}

# The preamble of the bench scripts: dependencies, build, and the inputs
# (bench/make_inputs.py) in $IN.
nm_bench_prepare() {
	nm_install_deps
	echo "== build"
	nm_bench_build
	IN="$NM_TMP/in"
	python3 bench/make_inputs.py --out "$IN" | sed 's/^/== input /'
	chmod -R a+rX "$IN"
}

# bench.pages (id, html) and bench.texts (id, body) from the inputs in $IN.
nm_bench_load_tables() {
	nm_psql <<SQL
CREATE TABLE bench.pages (id int PRIMARY KEY, html text);
\copy bench.pages FROM '$IN/pages.csv' WITH (FORMAT csv)
CREATE TABLE bench.texts (id int PRIMARY KEY, body text);
\copy bench.texts FROM '$IN/texts.csv' WITH (FORMAT csv)
VACUUM ANALYZE bench.pages;
VACUUM ANALYZE bench.texts;
SQL
}

# Installs the extension into the throwaway cluster and creates it.
nm_bench_install() {
	make -s install DESTDIR="$NM_PGROOT" >"$NM_LOG/install.log" 2>&1 ||
		{ cat "$NM_LOG/install.log"; return 1; }
	nm_psql -c "CREATE EXTENSION IF NOT EXISTS newsminer"
}

# A throwaway cluster with the extension and the bench's SQL helpers.
nm_bench_cluster() {
	nm_start_cluster
	nm_bench_install
	nm_bench_sql_helpers
}

# median of the numbers given as arguments
nm_median() {
	printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {
		if (NR == 0) print "nan"; else if (NR % 2) print a[(NR+1)/2];
		else print (a[NR/2] + a[NR/2+1]) / 2 }'
}

# field value from a driver line: nm_field <line> <name>
nm_field() {
	printf '%s\n' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"
}

# a / b with 2 decimals
nm_ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "nan" }'
}

# True when the SQL function (regprocedure text) exists in the database.
nm_has_function() {
	[ "$(nm_psql -At -c "SELECT to_regprocedure('$1') IS NOT NULL")" = t ]
}

# SQL helpers the bench creates in its own schema: the backend's CPU time
# (utime + stime from /proc/self/stat) and peak/current resident memory.
nm_bench_sql_helpers() {
	local tck
	tck=$(getconf CLK_TCK)
	nm_psql <<SQL
CREATE SCHEMA IF NOT EXISTS bench;
CREATE OR REPLACE FUNCTION bench.cpu_s() RETURNS float8 LANGUAGE sql VOLATILE AS \$\$
	SELECT (f[12]::bigint + f[13]::bigint)::float8 / $tck
	FROM (SELECT string_to_array(split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' ') AS f) s
\$\$;
CREATE OR REPLACE FUNCTION bench.vm_kb(field text) RETURNS bigint LANGUAGE sql VOLATILE AS \$\$
	SELECT substring(pg_read_file('/proc/self/status') FROM field || ':\s*(\d+)')::bigint
\$\$;
SQL
}

# Runs one query in a fresh session (parallel workers off unless $2 given)
# and prints "cpu_s wall_s" of the backend for it (after a warm-up call
# that loads the library).
nm_sql_cpu() {
	local q=$1 workers=${2:-0}
	nm_psql -At -F ' ' <<SQL
SET max_parallel_workers_per_gather = $workers;
SELECT newsminer_version() IS NULL AS warm \gset
SELECT bench.cpu_s() AS c0, clock_timestamp() AS t0 \gset
$q;
SELECT round((bench.cpu_s() - :c0)::numeric, 3), round(extract(epoch FROM clock_timestamp() - :'t0'), 3);
SQL
}
