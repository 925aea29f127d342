#!/usr/bin/env bash
# test.sh -- THE test command: installs build dependencies, builds with
# -Werror, runs the core unit tests (plain and under ASan/UBSan), short fuzz
# runs, and the pg_regress suite on a throwaway cluster.  Ends with the line
# "N passed, N failed"; exits non-zero on any failure.
#
# The cluster runs from a private, relocated copy of the PostgreSQL
# installation with the extension installed into it (DESTDIR), so the system
# installation is never touched and several checkouts can test at once.
set -u
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. scripts/lib.sh

PASSED=0
FAILED=0
STEP_FAILED=0
record() {	# record <name> <passed> <failed>
	PASSED=$((PASSED + $2)); FAILED=$((FAILED + $3))
	if [ "$3" -ne 0 ]; then STEP_FAILED=1; echo "== $1: $2 passed, $3 failed"; else echo "== $1: $2 passed"; fi
}

nm_install_deps

echo "== build (-Werror)"
make -s clean >/dev/null 2>&1
if ! make -s COPT="-Werror" >"$NM_LOG/build.log" 2>&1; then
	cat "$NM_LOG/build.log"
	record build 0 1
	echo "$PASSED passed, $FAILED failed"
	exit 1
fi
record build 1 0

# ---- core unit tests ----------------------------------------------------
unit_counts() {	# parses "unit: N passed, M failed" from $1
	sed -n 's/^unit: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$1" | tail -1
}
make -s unit UNIT_WERROR=-Werror >"$NM_LOG/unit.log" 2>&1
set -- $(unit_counts "$NM_LOG/unit.log") 0 1
grep -E "^FAIL|CHECK|got:|want:" "$NM_LOG/unit.log" | head -50
record "unit tests" "$1" "$2"

if command -v clang >/dev/null 2>&1; then
	make -s unit-asan >"$NM_LOG/unit-asan.log" 2>&1
	set -- $(unit_counts "$NM_LOG/unit-asan.log") 0 1
	if [ "$2" -ne 0 ]; then tail -40 "$NM_LOG/unit-asan.log"; fi
	record "unit tests under ASan+UBSan+LSan" "$1" "$2"
fi

# ---- short fuzz runs (bounded; the long run is documented in README) -----
if [ -x scripts/fuzz.sh ]; then
	if scripts/fuzz.sh --short >"$NM_LOG/fuzz.log" 2>&1; then
		record "fuzz (short)" "$(grep -c '^fuzz ok' "$NM_LOG/fuzz.log")" 0
	else
		tail -40 "$NM_LOG/fuzz.log"
		record "fuzz (short)" "$(grep -c '^fuzz ok' "$NM_LOG/fuzz.log")" 1
	fi
fi

# ---- pg_regress on a throwaway cluster ------------------------------------
nm_start_cluster || { record "cluster start" 0 1; echo "$PASSED passed, $FAILED failed"; exit 1; }
make -s install DESTDIR="$NM_PGROOT" >"$NM_LOG/install.log" 2>&1 || { cat "$NM_LOG/install.log"; record install 0 1; }
make installcheck EXTRA_REGRESS_OPTS="--host=$NM_SOCKDIR --port=$NM_PORT --user=$NM_DBUSER" \
	>"$NM_LOG/regress.log" 2>&1
REG_OK=$(grep -cE '^(ok|test) .* ok( |$)|\.\.\. ok' "$NM_LOG/regress.log")
REG_FAIL=$(grep -cE 'FAILED|failed \(ignored\)' "$NM_LOG/regress.log")
grep -E "\.\.\. |^ok|^not ok|FAILED" "$NM_LOG/regress.log"
if [ "$REG_FAIL" -ne 0 ] || ! grep -q "All [0-9]* tests passed" "$NM_LOG/regress.log"; then
	[ -f regression.diffs ] && head -300 regression.diffs
	[ "$REG_FAIL" -eq 0 ] && REG_FAIL=1
fi
record "pg_regress" "$REG_OK" "$REG_FAIL"

# ---- extra SQL-level checks that need the live cluster ----------------------
# upgrade.sh installs frozen release scripts into the private installation
export NM_EXTDIR="$NM_PGROOT$(pg_config --sharedir)/extension"
for t in test/sql_checks/*.sh; do
	[ -x "$t" ] || continue
	if "$t" >"$NM_LOG/$(basename "$t").log" 2>&1; then
		record "$(basename "$t" .sh)" 1 0
	else
		tail -30 "$NM_LOG/$(basename "$t").log"
		record "$(basename "$t" .sh)" 0 1
	fi
done

nm_stop_cluster
echo "$PASSED passed, $FAILED failed"
[ "$STEP_FAILED" -eq 0 ]
