# lib.sh -- shared by scripts/test.sh, scripts/demo.sh and bench scripts:
# dependency install and a throwaway cluster on a relocated PostgreSQL copy.
# Source it from the repository root.

NM_PGMAJOR=${NM_PGMAJOR:-15}
NM_PACKAGES="postgresql-$NM_PGMAJOR postgresql-server-dev-$NM_PGMAJOR postgresql-contrib
	libxml2-dev pkg-config make gcc clang python3 zlib1g-dev"
NM_TMP=$(mktemp -d /tmp/newsminer.XXXXXX)
chmod 755 "$NM_TMP"
NM_LOG="$NM_TMP/log"
mkdir -p "$NM_LOG"
NM_PGROOT="$NM_TMP/root"
NM_SOCKDIR="$NM_TMP/sock"
NM_PORT=5432
NM_DBUSER=$(id -un)
NM_STARTED=0
trap 'nm_cleanup' EXIT

nm_cleanup() {
	nm_stop_cluster
	rm -rf "$NM_TMP"
}

# Installs what is missing (always apt-get update first under CI).
nm_install_deps() {
	local missing=""
	for p in $NM_PACKAGES; do
		dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
	done
	if [ -z "$missing" ] && [ "${CI:-}" != "true" ]; then
		return 0
	fi
	echo "== installing build dependencies:${missing:- (CI: refresh)}"
	local sudo=""
	[ "$(id -u)" -ne 0 ] && sudo="sudo"
	export DEBIAN_FRONTEND=noninteractive
	$sudo apt-get update -qq >"$NM_LOG/apt.log" 2>&1 || true
	if [ -n "$missing" ]; then
		# Debian's postgresql package would start a system cluster: not needed.
		$sudo apt-get install -y -qq $missing >>"$NM_LOG/apt.log" 2>&1 || {
			tail -20 "$NM_LOG/apt.log"; echo "dependency install failed"; return 1; }
	fi
}

# Runs a command as the cluster owner (postgres when we are root).
nm_as_owner() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Copies the PostgreSQL installation into $NM_PGROOT (binaries find their
# share and lib directories relative to themselves), initdb, start.
nm_start_cluster() {
	local bindir sharedir
	bindir=$(pg_config --bindir)
	sharedir=$(pg_config --sharedir)
	mkdir -p "$NM_PGROOT$(dirname "$bindir")" "$NM_PGROOT$(dirname "$sharedir")"
	cp -a "$(dirname "$bindir")/." "$NM_PGROOT$(dirname "$bindir")/"
	cp -a "$sharedir/." "$NM_PGROOT$sharedir/"
	chmod -R a+rX "$NM_PGROOT"
	NM_BIN="$NM_PGROOT$bindir"
	mkdir -p "$NM_TMP/data" "$NM_SOCKDIR"
	if [ "$(id -u)" -eq 0 ]; then
		chown postgres "$NM_TMP/data" "$NM_SOCKDIR" "$NM_LOG"
		NM_DBUSER=postgres
	fi
	nm_as_owner "$NM_BIN/initdb" -D "$NM_TMP/data" -E UTF8 --locale=C.UTF-8 -A trust \
		-U "$NM_DBUSER" >"$NM_LOG/initdb.log" 2>&1 || { cat "$NM_LOG/initdb.log"; return 1; }
	nm_as_owner "$NM_BIN/pg_ctl" -D "$NM_TMP/data" -l "$NM_LOG/postgres.log" -w \
		-o "-p $NM_PORT -k $NM_SOCKDIR -c listen_addresses='' -c max_worker_processes=8 -c max_parallel_workers_per_gather=2" \
		start >/dev/null || { cat "$NM_LOG/postgres.log"; return 1; }
	NM_STARTED=1
	export PGHOST="$NM_SOCKDIR" PGPORT="$NM_PORT" PGUSER="$NM_DBUSER" PGDATABASE=postgres
}

nm_stop_cluster() {
	if [ "$NM_STARTED" -eq 1 ]; then
		nm_as_owner "$NM_BIN/pg_ctl" -D "$NM_TMP/data" -m fast -w stop >/dev/null 2>&1
		NM_STARTED=0
	fi
}

nm_psql() {
	psql -X -q -v ON_ERROR_STOP=1 "$@"
}
