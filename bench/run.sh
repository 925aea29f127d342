#!/usr/bin/env bash
# run.sh -- THE bench command: newsminer against baselines measured in the same
# run (libxml2's bare HTML parse, the core alone, PostgreSQL's regexp_matches).
#
# Usage: bench/run.sh [--rounds N] [--callgrind] [--no-sql]
#
# Every figure is a ratio of CPU times measured in this invocation, the two
# sides interleaved round by round, medians over --rounds (default 5).  CPU
# time (process CPU for the C drivers, the backend's utime+stime from
# /proc/self/stat for SQL) because wall time on a shared 2-core machine
# swings by 50%.  --callgrind adds instruction counts (stable to 0.1%) for
# the bare-parse comparison.  Inputs: ../shared/corpus when present, else
# generated pages and text (bench/make_inputs.py).
set -eu
cd "$(dirname "$0")/.."
. scripts/lib.sh
. bench/lib_bench.sh

ROUNDS=5
CALLGRIND=0
SQL=1
while [ $# -gt 0 ]; do
	case $1 in
		--rounds) ROUNDS=$2; shift ;;
		--callgrind) CALLGRIND=1 ;;
		--no-sql) SQL=0 ;;
		*) echo "usage: $0 [--rounds N] [--callgrind] [--no-sql]"; exit 2 ;;
	esac
	shift
done

nm_bench_prepare
HAS_CORE=0; [ -x "$NM_BENCH_BIN/core_bench" ] && HAS_CORE=1
PAGES="$IN/pages.bundle"
TEXTS="$IN/texts.bundle"

if [ "$SQL" -eq 1 ]; then
	echo "== throwaway cluster"
	nm_bench_cluster
	nm_bench_load_tables
	HAS_PARSE=0; nm_has_function 'parse_article(text)' && HAS_PARSE=1
	HAS_MIN=0; nm_has_function 'extract_minerals(text)' && HAS_MIN=1
else
	HAS_PARSE=0; HAS_MIN=0
fi

# ---- 1. parse: bare libxml2 / core / SQL, interleaved ----------------------
echo "== parse rounds ($ROUNDS)"
BARE=(); CORE=(); SQLP=(); SQLW=()
for r in $(seq "$ROUNDS"); do
	l=$("$NM_BENCH_BIN/bare_parse" "$PAGES" 1); BARE+=("$(nm_field "$l" cpu_s)")
	NREC=$(nm_field "$l" records); NBYTES=$(nm_field "$l" bytes)
	[ "$HAS_CORE" -eq 1 ] || { echo "   round $r: bare ${BARE[-1]} s"; continue; }
	l=$("$NM_BENCH_BIN/core_bench" parse "$PAGES" 1); CORE+=("$(nm_field "$l" cpu_s)")
	if [ "$HAS_PARSE" -eq 1 ]; then
		set -- $(nm_sql_cpu "SELECT count(parse_article(html)) FROM bench.pages" | tail -1)
		SQLP+=("$1"); SQLW+=("$2")
	fi
	echo "   round $r: bare ${BARE[-1]} s, core ${CORE[-1]} s${SQLP:+, sql ${SQLP[-1]} s}"
done
M_BARE=$(nm_median "${BARE[@]}")
M_CORE=$(nm_median "${CORE[@]:-}")

# ---- 2. minerals: core matcher / SQL / regexp_matches ------------------------
MCORE=(); MSCAN=(); MBYTES=(); MSQL=(); MRE=()
MIN_CPU=0.3s
SQL_PASSES=10
nm_per_pass() {	# CPU seconds per pass from a core_bench line
	awk -v c="$(nm_field "$1" cpu_s)" -v r="$(nm_field "$1" reps)" 'BEGIN{print c/r}'
}
if [ "$HAS_CORE" -eq 1 ] && { [ "$HAS_MIN" -eq 1 ] || [ "$SQL" -eq 0 ]; }; then
	"$NM_BENCH_BIN/core_bench" names | python3 -c '
import re, sys
names = sorted({l.strip().lower() for l in sys.stdin if l.strip()}, key=lambda s: (-len(s), s))
print("\\m(" + "|".join(re.sub(r"([.^$*+?()\[\]{}|\\-])", r"\\\1", n) for n in names) + ")\\M")
' >"$NM_TMP/minerals.re"
	echo "== minerals rounds ($ROUNDS; regexp over $(tr '|' '\n' <"$NM_TMP/minerals.re" | wc -l) names)"
	for r in $(seq "$ROUNDS"); do
		# as many passes over the texts as take 0.3 s of CPU (a pass is 3 to
		# 30 ms): per-pass CPU times, each measured over 0.3 s or more
		l=$("$NM_BENCH_BIN/core_bench" minerals "$TEXTS" "$MIN_CPU"); MCORE+=("$(nm_per_pass "$l")")
		TREC=$(nm_field "$l" records); TBYTES=$(nm_field "$l" bytes); TCHECK=$(nm_field "$l" check)
		l=$("$NM_BENCH_BIN/core_bench" scan "$TEXTS" "$MIN_CPU"); MSCAN+=("$(nm_per_pass "$l")")
		l=$("$NM_BENCH_BIN/core_bench" bytes "$TEXTS" "$MIN_CPU"); MBYTES+=("$(nm_per_pass "$l")")
		if [ "$SQL" -eq 1 ]; then
			# the same query SQL_PASSES times in one session (one pass is
			# ~30 ms, three ticks of the backend's CPU clock): per pass
			out=$(nm_sql_cpu "$(for k in $(seq $SQL_PASSES); do
				echo "SELECT count(*) FROM bench.texts, extract_minerals(body)"; done | sed '$!s/$/;/')")
			set -- $(echo "$out" | tail -1); MSQL+=("$(awk -v c="$1" -v n=$SQL_PASSES 'BEGIN{print c/n}')")
			SQL_MCOUNT=$(echo "$out" | sed -n 1p)
			out=$(nm_sql_cpu "\\set re \`cat $NM_TMP/minerals.re\`
SELECT count(*) FROM bench.texts, regexp_matches(body, :'re', 'gi')")
			set -- $(echo "$out" | tail -1); MRE+=("$1"); RE_COUNT=$(echo "$out" | sed -n 1p)
		fi
		echo "   round $r: byte loop ${MBYTES[-1]} s, automaton ${MSCAN[-1]} s, core ${MCORE[-1]} s${MSQL:+, extract_minerals ${MSQL[-1]} s, regexp_matches ${MRE[-1]} s}"
	done
fi

# ---- 3. peak backend memory per page (largest pages, fresh backends) --------
# Twice per page, each in a fresh backend: "first call" is the page parsed
# right after the library is loaded, so the growth also holds the library's
# code and tables paged in on first use (~1 MB, once per backend, shared);
# "warm" parses a tiny page first, so the growth is what the page costs.
MEM_LINES=()
if [ "$HAS_PARSE" -eq 1 ]; then
	echo "== peak memory (5 largest pages, fresh backends)"
	for id in $(nm_psql -At -c "SELECT id FROM bench.pages ORDER BY octet_length(html) DESC LIMIT 5"); do
		r=()
		for warm in "SELECT true AS w3" \
			"SELECT (parse_article('<html><head><title>t</title></head><body><p>Warm.</p></body></html>')).title IS NULL AS w3"; do
			set -- $(nm_psql -At -F ' ' <<SQL | tail -1
SELECT octet_length(html) AS sz, md5(html) IS NULL AS warm FROM bench.pages WHERE id = $id \gset
SELECT newsminer_version() IS NULL AS warm2 \gset
$warm \gset
SELECT bench.vm_kb('VmRSS') AS rss0 \gset
SELECT (parse_article(html)).title IS NULL AS t FROM bench.pages WHERE id = $id \gset
SELECT :sz, :rss0, bench.vm_kb('VmHWM');
SQL
)
			r+=("$1" "$(($3 - $2))")
		done
		MEM_LINES+=("$(awk -v sz="${r[0]}" -v c="${r[1]}" -v w="${r[3]}" 'BEGIN {
			printf "page %5.0f KB: peak growth <= %5.0f KB = %.2fx page (first call), %5.0f KB = %.2fx (warm)",
				sz/1024, c, c*1024/sz, w, w*1024/sz }')")
		echo "   ${MEM_LINES[-1]}"
	done
fi

# ---- 4. callgrind instruction counts (optional) ------------------------------
if [ "$CALLGRIND" -eq 1 ] && [ "$HAS_CORE" -eq 1 ]; then
	echo "== callgrind (instruction counts, one pass over the page set)"
	for d in bare core; do
		if [ $d = bare ]; then cmd=("$NM_BENCH_BIN/bare_parse" "$PAGES" 1); else cmd=("$NM_BENCH_BIN/core_bench" parse "$PAGES" 1); fi
		valgrind --tool=callgrind --callgrind-out-file="$NM_TMP/cg.$d" "${cmd[@]}" >/dev/null 2>"$NM_TMP/cg.$d.log"
		eval "IR_$d=$(sed -n 's/^summary: *//p' "$NM_TMP/cg.$d")"
	done
	if [ "$HAS_PARSE" -eq 1 ]; then
		# The same pages through SQL: a single-user backend on a copy of the
		# cluster (instructions of the whole process: startup, the query,
		# detoasting, building the rows).
		nm_psql -c "CHECKPOINT"
		cp -a "$NM_TMP/data" "$NM_TMP/data_cg"
		rm -f "$NM_TMP/data_cg/postmaster.pid"
		echo "SELECT count(parse_article(html)) FROM bench.pages" >"$NM_TMP/cg.sql"
		chmod a+r "$NM_TMP/cg.sql"
		nm_as_owner valgrind --tool=callgrind --callgrind-out-file="$NM_LOG/cg.sql.out" \
			"$NM_BIN/postgres" --single -D "$NM_TMP/data_cg" -c max_parallel_workers_per_gather=0 \
			postgres <"$NM_TMP/cg.sql" >/dev/null 2>"$NM_LOG/cg.sql.log"
		IR_sql=$(sed -n 's/^summary: *//p' "$NM_LOG/cg.sql.out")
		rm -rf "$NM_TMP/data_cg"
	fi
fi

# ---- summary -----------------------------------------------------------------
echo
echo "== newsminer bench: medians of $ROUNDS interleaved rounds, CPU time, one core"
MB=$(awk -v b="$NBYTES" 'BEGIN{print b/1e6}')
printf '%-58s %s\n' "pages: $NREC, $(printf '%.1f' "$MB") MB" ""
printf '%-58s %8s   %s\n' "measure" "ratio" "detail"
printf '%-58s %8s   %s\n' "parse: bare libxml2 parse (the floor)" "1.00x" \
	"$(awk -v n="$NREC" -v b="$MB" -v z="$M_BARE" 'BEGIN{printf "%.0f pages/s %.1f MB/s", n/z, b/z}')"
[ "$HAS_CORE" -eq 1 ] && printf '%-58s %8s   %s\n' "parse: core nm_parse_article / bare libxml2 parse" "$(nm_ratio "$M_CORE" "$M_BARE")x" \
	"$(awk -v n="$NREC" -v b="$MB" -v c="$M_CORE" -v z="$M_BARE" 'BEGIN{printf "core %.0f pages/s %.1f MB/s; bare %.0f pages/s %.1f MB/s", n/c, b/c, n/z, b/z}')"
if [ -n "${IR_core:-}" ]; then
	printf '%-58s %8s   %s\n' "parse: same, callgrind instructions" "$(nm_ratio "$IR_core" "$IR_bare")x" "core $IR_core Ir, bare $IR_bare Ir"
fi
if [ "${#SQLP[@]}" -gt 0 ]; then
	M_SQLP=$(nm_median "${SQLP[@]}")
	printf '%-58s %8s   %s\n' "parse: SQL parse_article / core alone" "$(nm_ratio "$M_SQLP" "$M_CORE")x" \
		"$(awk -v n="$NREC" -v b="$MB" -v c="$M_SQLP" -v z="$M_BARE" 'BEGIN{printf "SQL %.0f pages/s %.1f MB/s; SQL / bare %.2fx", n/c, b/c, c/z}')"
fi
if [ -n "${IR_sql:-}" ]; then
	printf '%-58s %8s   %s\n' "parse: SQL / core, callgrind instructions" "$(nm_ratio "$IR_sql" "$IR_core")x" "SQL $IR_sql Ir (single-user backend, whole process), core $IR_core Ir"
fi
if [ "${#MCORE[@]}" -gt 0 ]; then
	M_MCORE=$(nm_median "${MCORE[@]}"); M_MSCAN=$(nm_median "${MSCAN[@]}"); M_MBYTES=$(nm_median "${MBYTES[@]}")
	printf '%-58s %8s   %s\n' "minerals: baseline, a bare loop reading every byte via a table" "1.00x" \
		"$(awk -v b="$TBYTES" -v c="$M_MBYTES" -v n="$TREC" 'BEGIN{printf "%.0f MB/s over %d texts (%.1f MB)", b/1e6/c, n, b/1e6}')"
	printf '%-58s %8s   %s\n' "minerals: automaton alone (nm_mineral_scan) / byte loop" "$(nm_ratio "$M_MSCAN" "$M_MBYTES")x" \
		"$(awk -v b="$TBYTES" -v c="$M_MSCAN" 'BEGIN{printf "%.0f MB/s", b/1e6/c}')"
	printf '%-58s %8s   %s\n' "minerals: core nm_extract_minerals (automaton + rules) / byte loop" "$(nm_ratio "$M_MCORE" "$M_MBYTES")x" \
		"$(awk -v b="$TBYTES" -v c="$M_MCORE" 'BEGIN{printf "%.0f MB/s", b/1e6/c}'), $TCHECK mentions"
fi
if [ "${#MSQL[@]}" -gt 0 ]; then
	M_MSQL=$(nm_median "${MSQL[@]}"); M_MRE=$(nm_median "${MRE[@]}")
	printf '%-58s %8s   %s\n' "minerals: regexp_matches / SQL extract_minerals (speedup)" "$(nm_ratio "$M_MRE" "$M_MSQL")x" \
		"extract_minerals $M_MSQL s ($SQL_MCOUNT rows), regexp_matches $M_MRE s ($RE_COUNT rows)"
	printf '%-58s %8s   %s\n' "minerals: SQL extract_minerals / core alone" "$(nm_ratio "$M_MSQL" "$M_MCORE")x" \
		"pglz table; split up by bench/srf_overhead.sh --callgrind"
fi
for m in "${MEM_LINES[@]}"; do printf '%-58s %8s   %s\n' "memory" "" "$m"; done
