#!/usr/bin/env bash
# srf_overhead.sh -- what SQL adds around the core of each text function:
# SQL over the Reuters texts against the core alone, in the same run.
#
# Usage: bench/srf_overhead.sh [--rounds N] [--callgrind]
#
# For extract_minerals, minerals(), extract_entities/quotes/figures: the CPU
# time of `SELECT count(*) FROM texts, extract_x(body)` (a backend's
# utime+stime, several passes per measurement so the 10 ms clock tick is
# small) against bench/srf_core.c doing the same calls, built with the
# extension's compiler flags (same machine code: Debian's PostgreSQL flags
# keep frame pointers and the stack protector).
# Texts are stored twice: as COPY stores them (pglz for the ~9% over 2 KB)
# and in an lz4 column (what the README recommends).  "floor" is a
# zero-row built-in SRF in the same query shape: what the executor's
# nested loop and function scan cost per text whatever the function.
# JIT is off (the planner would compile the slower functions' queries).
# --callgrind splits one extract_minerals pass (lz4 table) into the core,
# detoasting, the glue and the executor, in instructions per call.
set -eu
cd "$(dirname "$0")/.."
. scripts/lib.sh
. bench/lib_bench.sh

ROUNDS=5
CALLGRIND=0
while [ $# -gt 0 ]; do
	case $1 in
		--rounds) ROUNDS=$2; shift ;;
		--callgrind) CALLGRIND=1 ;;
		*) echo "usage: $0 [--rounds N] [--callgrind]"; exit 2 ;;
	esac
	shift
done

nm_bench_prepare
# the extension's own flags (pg_config --cflags and --cflags_sl, the Makefile's)
gcc $(pg_config --cflags) $(pg_config --cflags_sl) -std=gnu99 -fno-semantic-interposition \
	-Isrc/core -Ibench $(pkg-config --cflags libxml-2.0) -o "$NM_BENCH_BIN/srf_core" \
	bench/srf_core.c src/core/*.c $(pkg-config --libs libxml-2.0)
TEXTS="$IN/texts.bundle"

echo "== throwaway cluster"
nm_bench_cluster
# lz4 needs PostgreSQL 14+ built with it; else both tables are pglz
nm_psql -c "CREATE TABLE bench.texts_lz4 (id int PRIMARY KEY, body text COMPRESSION lz4)" 2>/dev/null ||
	{ echo "== no lz4 here: the 'lz4' table is pglz too"; nm_psql -c "CREATE TABLE bench.texts_lz4 (id int PRIMARY KEY, body text)"; }
nm_psql <<SQL
CREATE TABLE bench.texts (id int PRIMARY KEY, body text);
\copy bench.texts FROM '$IN/texts.csv' WITH (FORMAT csv)
\copy bench.texts_lz4 FROM '$IN/texts.csv' WITH (FORMAT csv)
VACUUM ANALYZE bench.texts;
VACUUM ANALYZE bench.texts_lz4;
SQL

# name : SQL query over table @T@ : core mode : passes per measurement
FUNCS="extract_minerals:SELECT count(*) FROM @T@, extract_minerals(body):minerals:10
minerals():SELECT count(minerals(body)) FROM @T@:minerals:10
extract_figures:SELECT count(*) FROM @T@, extract_figures(body):figures:3
extract_entities:SELECT count(*) FROM @T@, extract_entities(body):entities:1
extract_quotes:SELECT count(*) FROM @T@, extract_quotes(body):quotes:1
floor:SELECT count(*) FROM @T@, generate_series(1, octet_length(body) * 0)::10"

# CPU seconds per pass of query $1 (@T@ = table $2), $3 passes in one session
sql_pass() {
	local q=${1//@T@/$2} all="SET jit = off" out
	for _ in $(seq "$3"); do all="$all; $q"; done
	out=$(nm_sql_cpu "$all")
	set -- $(echo "$out" | tail -1) "$3"
	awk -v c="$1" -v k="$3" 'BEGIN{print c/k}'
}

declare -A CORE SQLZ SQL4 ROWS
echo "== rounds ($ROUNDS)"
for r in $(seq "$ROUNDS"); do
	line="   round $r:"
	while IFS=: read -r name q mode k; do
		if [ -n "$mode" ]; then
			l=$("$NM_BENCH_BIN/srf_core" "$mode" "$TEXTS" "$k")
			CORE[$name]="${CORE[$name]:-} $(awk -v c="$(nm_field "$l" cpu_s)" -v k="$k" 'BEGIN{print c/k}')"
			ROWS[$name]=$(nm_field "$l" check)
		fi
		SQLZ[$name]="${SQLZ[$name]:-} $(sql_pass "$q" bench.texts "$k")"
		SQL4[$name]="${SQL4[$name]:-} $(sql_pass "$q" bench.texts_lz4 "$k")"
		line="$line $name ${SQLZ[$name]##* }/${SQL4[$name]##* } s"
	done <<<"$FUNCS"
	echo "$line"
done

# ---- callgrind: one extract_minerals pass split up -------------------------
if [ "$CALLGRIND" -eq 1 ]; then
	echo "== callgrind (one pass, lz4 table, single-user backend on a copy of the cluster)"
	nm_psql -c "CHECKPOINT"
	cp -a "$NM_TMP/data" "$NM_TMP/data_cg"
	rm -f "$NM_TMP/data_cg/postmaster.pid"
	chmod a+rwx "$NM_LOG"
	cg_sql() {	# cg_sql <name> <query>: whole-process Ir of a single-user backend
		echo "$2" >"$NM_TMP/cg.sql"
		chmod a+r "$NM_TMP/cg.sql"
		nm_as_owner valgrind --tool=callgrind --callgrind-out-file="$NM_LOG/cg.$1" \
			"$NM_BIN/postgres" --single -D "$NM_TMP/data_cg" -c max_parallel_workers_per_gather=0 \
			-c jit=off postgres <"$NM_TMP/cg.sql" >/dev/null 2>"$NM_LOG/cg.$1.log"
	}
	# one pass and two passes: the difference is a pass without start-up
	q="SELECT count(*) FROM bench.texts_lz4, extract_minerals(body);"
	cg_sql min "$q"
	cg_sql min2 "$q
$q"
	valgrind --tool=callgrind --callgrind-out-file="$NM_LOG/cg.core" \
		"$NM_BENCH_BIN/srf_core" minerals "$TEXTS" 1 >/dev/null 2>"$NM_LOG/cg.core.log"
	incl() {	# inclusive Ir of function $2 in profile $1
		callgrind_annotate --inclusive=yes --threshold=100 "$NM_LOG/cg.$1" 2>/dev/null |
			awk -v f=":$2 " 'index($0, f) { gsub(",", "", $1); print $1; exit }'
	}
	CG_PASS=$(($(sed -n 's/^summary: *//p' "$NM_LOG/cg.min2") - $(sed -n 's/^summary: *//p' "$NM_LOG/cg.min")))
	CG_ALONE=$(incl core nm_extract_minerals)
	CG_CORE=$(incl min nm_extract_minerals)
	CG_DETOAST=$(incl min pg_detoast_datum_packed)
	CG_FN=$(incl min nm_sql_extract_minerals)
	CG_CALL=$(incl min ExecMakeTableFunctionResult)
fi

# ---- summary -----------------------------------------------------------------
echo
echo "== SQL / core alone: medians of $ROUNDS rounds, CPU time per pass over $(nm_field "$l" records) texts, JIT off"
printf '%-18s %10s %10s %12s %12s %8s\n' function "core s" "rows" "SQL/core" "SQL/core" ""
printf '%-18s %10s %10s %12s %12s\n' "" "" "" "pglz table" "lz4 table"
while IFS=: read -r name q mode k; do
	[ -n "$mode" ] || continue
	c=$(nm_median ${CORE[$name]}); z=$(nm_median ${SQLZ[$name]}); f=$(nm_median ${SQL4[$name]})
	printf '%-18s %10.4f %10s %11sx %11sx\n' "$name" "$c" "${ROWS[$name]}" "$(nm_ratio "$z" "$c")" "$(nm_ratio "$f" "$c")"
done <<<"$FUNCS"
c=$(nm_median ${CORE[extract_minerals]})
printf '%-18s %10s %10s %11sx %11sx   %s\n' "floor" "" 0 \
	"$(nm_ratio "$(nm_median ${SQLZ[floor]})" "$c")" "$(nm_ratio "$(nm_median ${SQL4[floor]})" "$c")" \
	"a zero-row generate_series per text, over the mineral core's time"
if [ "$CALLGRIND" -eq 1 ]; then
	n=$(nm_field "$l" records)
	awk -v n="$n" -v p="$CG_PASS" -v a="$CG_ALONE" -v c="$CG_CORE" \
		-v d="$CG_DETOAST" -v f="$CG_FN" -v x="$CG_CALL" 'BEGIN {
		printf "\nextract_minerals, callgrind instructions per call (%d calls, lz4 table):\n", n
		printf "  core alone (srf_core)                 %7.0f\n", a / n
		printf "  core inside the backend               %7.0f\n", c / n
		printf "  detoasting the argument               %7.0f\n", d / n
		printf "  glue (the C function minus both)      %7.0f\n", (f - c - d) / n
		printf "  executor: the function call           %7.0f\n", (x - f) / n
		printf "  executor: scan, nested loop, rescan   %7.0f\n", (p - x) / n
		printf "  a pass of the query / core alone      %7.2fx (second pass minus first: no start-up)\n", p / a
	}'
fi
