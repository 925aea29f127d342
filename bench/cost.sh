#!/usr/bin/env bash
# cost.sh -- measures the per-call CPU time of every text function against
# parse_article in the same run, to set their COST markings from measurement.
#
# Usage: bench/cost.sh [--rounds N]
#
# parse_article's COST 100000 stands for a 30 KB HTML page (10_article.sql);
# for each function this prints its CPU time per call over the text set and
# the COST that follows at the same scale: 100000 x (time per call) / (parse
# time per 30 KB of HTML).  Backend CPU time (utime+stime), functions
# interleaved round by round, medians; a ratio, so the machine's load
# largely cancels.
set -eu
cd "$(dirname "$0")/.."
. scripts/lib.sh
. bench/lib_bench.sh

ROUNDS=3
while [ $# -gt 0 ]; do
	case $1 in
		--rounds) ROUNDS=$2; shift ;;
		*) echo "usage: $0 [--rounds N]"; exit 2 ;;
	esac
	shift
done

nm_bench_prepare
nm_bench_cluster
nm_bench_load_tables
PAGE_KB=$(nm_psql -At -c "SELECT sum(octet_length(html)) / 1024.0 FROM bench.pages")
NTEXTS=$(nm_psql -At -c "SELECT count(*) FROM bench.texts")
TEXT_KB=$(nm_psql -At -c "SELECT round(avg(octet_length(body)) / 1024.0, 2) FROM bench.texts")

FUNCS="parse_article extract_minerals minerals extract_entities extract_quotes extract_figures"
declare -A T
for f in $FUNCS; do T[$f]=""; done
echo "== rounds ($ROUNDS)"
for r in $(seq "$ROUNDS"); do
	for f in $FUNCS; do
		case $f in
			parse_article) q="SELECT count(parse_article(html)) FROM bench.pages" ;;
			minerals) q="SELECT count(minerals(body)) FROM bench.texts" ;;
			*) q="SELECT count(*) FROM bench.texts, $f(body)" ;;
		esac
		set -- $(nm_sql_cpu "$q" | tail -1)
		T[$f]="${T[$f]} $1"
	done
	echo "   round $r:$(for f in $FUNCS; do printf ' %s %s' "$f" "${T[$f]##* }"; done)"
done

echo
echo "== per-call CPU time and the COST it implies (parse_article: 100000 per 30 KB page)"
P=$(nm_median ${T[parse_article]})
US_PER_KB=$(awk -v t="$P" -v kb="$PAGE_KB" 'BEGIN { printf "%.2f", t * 1e6 / kb }')
printf '%-18s %12s   %s\n' "parse_article" "$US_PER_KB us/KB" "HTML pages: $(printf '%.0f' "$PAGE_KB") KB"
for f in $FUNCS; do
	[ "$f" = parse_article ] && continue
	awk -v f="$f" -v t="$(nm_median ${T[$f]})" -v n="$NTEXTS" -v kb="$TEXT_KB" -v ukb="$US_PER_KB" 'BEGIN {
		us = t * 1e6 / n
		printf "%-18s %9.1f us/call   %.2f KB texts; COST at parse_article scale: %.0f\n",
			f, us, kb, 100000 * us / (ukb * 30) }'
done
