#!/usr/bin/env bash
# valgrind.sh -- runs the pg_regress suite against a throwaway cluster whose
# postmaster (and so every backend) runs under valgrind memcheck; fails on
# any valgrind error in any server process.  Slow (minutes); not part of
# scripts/test.sh, documented in README ("Bad input, limits and security").
#
#   scripts/valgrind.sh                 the whole suite
#   scripts/valgrind.sh hardening ...   only the named regress tests
#
# Suppressions: scripts/valgrind.supp (our own, for the stock server's
# known-benign reports), plus PostgreSQL's src/tools/valgrind.supp when
# NM_PG_VALGRIND_SUPP points at it.  Leak checking is off: backends free
# memory by deleting contexts and exiting, as the PostgreSQL docs advise.
set -u
cd "$(dirname "$0")/.."
. scripts/lib.sh

NM_PACKAGES="$NM_PACKAGES valgrind"
nm_install_deps || exit 1

make -s clean >/dev/null 2>&1
make -s >"$NM_LOG/build.log" 2>&1 || { cat "$NM_LOG/build.log"; exit 1; }

# A normal start does the relocated copy and initdb; then restart the
# server under valgrind with the same data directory and socket.
nm_start_cluster || exit 1
make -s install DESTDIR="$NM_PGROOT" >"$NM_LOG/install.log" 2>&1 || { cat "$NM_LOG/install.log"; exit 1; }
nm_stop_cluster

# Kept after the run (the cluster is not): one log per server process.
VGLOG=${NM_VG_LOGDIR:-$(mktemp -d /tmp/newsminer-valgrind.XXXXXX)}
mkdir -p "$VGLOG"
chmod 777 "$VGLOG"
SUPP="--suppressions=$(pwd)/scripts/valgrind.supp"
if [ -n "${NM_PG_VALGRIND_SUPP:-}" ] && [ -f "$NM_PG_VALGRIND_SUPP" ]; then
	SUPP="$SUPP --suppressions=$NM_PG_VALGRIND_SUPP"
fi
# jit=off: JIT-compiled code is opaque to valgrind, and glibc's loader
# reports false positives while loading llvmjit.so.
echo "== starting postgres under valgrind (logs: $VGLOG)"
nm_as_owner valgrind --trace-children=yes --leak-check=no \
	--error-exitcode=128 --num-callers=40 --gen-suppressions=all \
	$SUPP --log-file="$VGLOG/%p.log" \
	"$NM_BIN/postgres" -D "$NM_TMP/data" -p "$NM_PORT" -k "$NM_SOCKDIR" \
	-c listen_addresses='' -c max_parallel_workers_per_gather=0 \
	-c autovacuum=off -c jit=off >"$NM_LOG/postgres-vg.log" 2>&1 &
VGPID=$!
for _ in $(seq 120); do
	"$NM_BIN/pg_isready" -q -h "$NM_SOCKDIR" -p "$NM_PORT" && break
	sleep 1
done
"$NM_BIN/pg_isready" -q -h "$NM_SOCKDIR" -p "$NM_PORT" || { cat "$NM_LOG/postgres-vg.log"; exit 1; }
NM_STARTED=1

START=$(date +%s)
if [ $# -gt 0 ]; then
	make installcheck REGRESS="$*" \
		EXTRA_REGRESS_OPTS="--host=$NM_SOCKDIR --port=$NM_PORT --user=$NM_DBUSER" \
		>"$NM_LOG/regress.log" 2>&1
else
	make installcheck EXTRA_REGRESS_OPTS="--host=$NM_SOCKDIR --port=$NM_PORT --user=$NM_DBUSER" \
		>"$NM_LOG/regress.log" 2>&1
fi
REG_RC=$?
grep -E "\.\.\. |^ok|^not ok|FAILED|tests passed" "$NM_LOG/regress.log"
[ $REG_RC -ne 0 ] && [ -f regression.diffs ] && head -100 regression.diffs

nm_stop_cluster
wait "$VGPID"
echo "== suite ran $(( $(date +%s) - START )) s under valgrind"

# Every server process wrote its own log; count errors across all of them.
ERRORS=0
PROCS=0
for f in "$VGLOG"/*.log; do
	[ -f "$f" ] || continue
	PROCS=$((PROCS + 1))
	n=$(sed -n 's/^==[0-9]*== ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' "$f" | tail -1)
	n=${n:-0}
	if [ "$n" -ne 0 ]; then
		ERRORS=$((ERRORS + n))
		echo "---- $f"
		head -80 "$f"
	fi
done
if grep -q "terminated by signal\|exited with exit code 128" "$NM_LOG/postgres-vg.log"; then
	echo "a server process crashed or exited with valgrind's error code:"
	grep "terminated by signal\|exit code 128" "$NM_LOG/postgres-vg.log"
	ERRORS=$((ERRORS + 1))
fi
echo "valgrind: $PROCS server processes, $ERRORS errors; pg_regress exit $REG_RC"
[ "$ERRORS" -eq 0 ] && [ "$REG_RC" -eq 0 ]
