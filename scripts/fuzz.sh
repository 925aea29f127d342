#!/usr/bin/env bash
# fuzz.sh -- builds and runs the libFuzzer harnesses (test/fuzz/fuzz_*.c,
# clang + ASan + UBSan + LSan) seeded from test/fixtures and test/fuzz/seeds.
#
#   scripts/fuzz.sh --short        ~12 s per harness, 2 at a time (test.sh)
#   scripts/fuzz.sh --long [N]     rounds of 120 s per harness until N executions
#                                  in total (default 12,000,000)
#   scripts/fuzz.sh --only NAME    restrict to one harness (with either mode)
# Environment: NM_FUZZ_SECONDS (short run per harness), NM_FUZZ_ROUND_SECONDS
# (long-run round per harness), NM_FUZZ_MAX_LEN (input size cap), NM_FUZZ_JOBS.
#
# Prints "fuzz ok <name> <execs>" per clean harness; exits non-zero on any
# finding (crash, leak, UB, timeout, contract violation), printing the
# reproducer path.  Findings are kept in $NM_FUZZ_OUT (default: a temp dir).
set -u
cd "$(dirname "$0")/.."

MODE=short
LONG_TOTAL=12000000
ONLY=""
while [ $# -gt 0 ]; do
	case "$1" in
		--short) MODE=short ;;
		--long) MODE=long
			case "${2:-}" in [0-9]*) LONG_TOTAL=$2; shift ;; esac ;;
		--only) ONLY=$2; shift ;;
		*) echo "usage: $0 [--short | --long [N]] [--only fuzz_name]" >&2; exit 2 ;;
	esac
	shift
done
SHORT_SECONDS=${NM_FUZZ_SECONDS:-12}
JOBS=${NM_FUZZ_JOBS:-2}

if ! command -v clang >/dev/null 2>&1; then
	echo "fuzz: clang not found, nothing run" >&2
	exit 1
fi

OUT=${NM_FUZZ_OUT:-$(mktemp -d /tmp/newsminer-fuzz.XXXXXX)}
mkdir -p "$OUT"
if ! make -s -j"$JOBS" fuzz >"$OUT/build.log" 2>&1; then
	cat "$OUT/build.log"
	echo "fuzz: build failed"
	exit 1
fi

# Longest input per harness: dates and charsets are short strings, pages
# are up to 64 KB (the core's cost is linear; bigger inputs only slow the
# search down).
max_len_of() {
	[ -n "${NM_FUZZ_MAX_LEN:-}" ] && { echo "$NM_FUZZ_MAX_LEN"; return; }
	case "$1" in
		fuzz_date*) echo 512 ;;
		fuzz_json*) echo 16384 ;;
		*) echo 65536 ;;
	esac
}

# Seeds: every fixture page, the harness's own seeds, split line-files.
seed_corpus() {	# seed_corpus <name> <dir>
	local name=$1 dir=$2 short=${1#fuzz_} i=0
	mkdir -p "$dir"
	if [ -d test/fixtures ]; then
		find test/fixtures -type f -size -256k | while read -r f; do
			cp "$f" "$dir/fixture_$(echo "$f" | tr '/' '_')"
		done
	fi
	if [ -d "test/fuzz/seeds/$short" ]; then
		cp test/fuzz/seeds/"$short"/* "$dir/" 2>/dev/null
	fi
	# seeds/<short>.lines: one seed per line (dates, short strings).
	if [ -f "test/fuzz/seeds/$short.lines" ]; then
		while IFS= read -r line; do
			i=$((i + 1))
			printf '%s' "$line" >"$dir/line_$i"
		done <"test/fuzz/seeds/$short.lines"
	fi
}

run_one() {	# run_one <name>; prints the result line, returns non-zero on a finding
	local name=$1 bin=test/fuzz/bin/$1 dir="$OUT/$1" log="$OUT/$1.log"
	local args dict runs
	seed_corpus "$name" "$dir/seeds"
	mkdir -p "$dir/corpus" "$dir/artifacts"
	args="-max_len=$(max_len_of "$name") -timeout=10 -rss_limit_mb=2048 -print_final_stats=1"
	args="$args -artifact_prefix=$dir/artifacts/"
	dict=test/fuzz/${name#fuzz_}.dict
	[ -f "$dict" ] && args="$args -dict=$dict"
	args="$args -max_total_time=$SECONDS_PER_RUN"
	# shellcheck disable=SC2086
	"$bin" $args "$dir/corpus" "$dir/seeds" >"$log" 2>&1
	local rc=$?
	runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -1)
	[ -z "$runs" ] && runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
	if [ $rc -ne 0 ] || ls "$dir/artifacts/"* >/dev/null 2>&1; then
		echo "fuzz FAILED $name (exit $rc) -- log: $log"
		grep -E "ERROR|SUMMARY|contract violated|runtime error|Test unit written" "$log" | head -20
		return 1
	fi
	echo "fuzz ok $name ${runs:-0}"
}

NAMES=""
for b in test/fuzz/bin/fuzz_*; do
	[ -x "$b" ] || continue
	n=$(basename "$b")
	[ -f "test/fuzz/$n.c" ] || continue	# stale binary of a removed harness
	[ -n "$ONLY" ] && [ "$n" != "$ONLY" ] && continue
	NAMES="$NAMES $n"
done
COUNT=$(echo $NAMES | wc -w)
if [ "$COUNT" -eq 0 ]; then
	echo "fuzz: no harness built"
	exit 1
fi
SECONDS_PER_RUN=$SHORT_SECONDS
[ "$MODE" = long ] && SECONDS_PER_RUN=${NM_FUZZ_ROUND_SECONDS:-120}

# One round: every harness once, $JOBS at a time (the corpus of each
# harness persists across rounds in $OUT/<name>/corpus).
FAIL=0
TOTAL=0
ROUND=0
while :; do
	ROUND=$((ROUND + 1))
	set -- $NAMES
	while [ $# -gt 0 ]; do
		pids=""
		for _ in $(seq "$JOBS"); do
			[ $# -eq 0 ] && break
			run_one "$1" >"$OUT/$1.result.$ROUND" &
			pids="$pids $!:$1"
			shift
		done
		for p in $pids; do
			wait "${p%%:*}" || FAIL=1
			cat "$OUT/${p#*:}.result.$ROUND"
		done
	done
	TOTAL=$(cat "$OUT"/*.result.* | awk '$1 == "fuzz" && $2 == "ok" { t += $4 } END { print t + 0 }')
	[ "$MODE" = short ] || [ "$FAIL" -ne 0 ] || [ "$TOTAL" -ge "$LONG_TOTAL" ] && break
	echo "fuzz: round $ROUND done, $TOTAL executions so far"
done
echo "fuzz: $COUNT harnesses, $ROUND round(s), $TOTAL executions in total, mode $MODE"
if [ "$MODE" = long ]; then
	for n in $NAMES; do
		cat "$OUT"/$n.result.* | awk -v n="$n" '$2 == "ok" { t += $4 } END { printf "fuzz: %s %d executions\n", n, t }'
	done
fi
if [ "$FAIL" -ne 0 ]; then
	echo "fuzz: FINDINGS in $OUT (reproduce with test/fuzz/bin/<name> <artifact>)"
	exit 1
fi
[ -z "${NM_FUZZ_OUT:-}" ] && rm -rf "$OUT"
exit 0
