# lib_fdw.sh -- scale-out on postgres_fdw: two extra throwaway clusters
# ("shards") from the same relocated PostgreSQL copy, and a coordinator whose
# partitioned tables have foreign-table partitions on them.  Used by
# bench/fdw_shards.sh and test/sql_checks/fdw_shards.sh.
#
# Needs: NM_FDW_BIN (bin dir holding initdb/pg_ctl, with newsminer installed
# in the matching share/lib dirs) and the coordinator reachable through the
# PG* environment.  nm_fdw_cleanup must run at exit.

NM_FDW_TMP=$(mktemp -d /tmp/newsminer-fdw.XXXXXX)
chmod 755 "$NM_FDW_TMP"
NM_FDW_SHARDS=""
NM_FDW_PORT=${PGPORT:-5432}

nm_fdw_as_owner() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Same port as the coordinator is fine: every cluster has its own socket dir.
nm_fdw_start_shard() {
	local name=$1 data="$NM_FDW_TMP/$1/data" sock="$NM_FDW_TMP/$1/sock"
	mkdir -p "$data" "$sock"
	[ "$(id -u)" -eq 0 ] && chown -R postgres "$NM_FDW_TMP/$1"
	nm_fdw_as_owner "$NM_FDW_BIN/initdb" -N -D "$data" -E UTF8 --locale=C.UTF-8 -A trust \
		-U "$PGUSER" >"$NM_FDW_TMP/$1.initdb.log" 2>&1 || { cat "$NM_FDW_TMP/$1.initdb.log"; return 1; }
	nm_fdw_as_owner "$NM_FDW_BIN/pg_ctl" -D "$data" -l "$NM_FDW_TMP/$1/postgres.log" -w \
		-o "-p $NM_FDW_PORT -k $sock -c listen_addresses=''" start >/dev/null ||
		{ cat "$NM_FDW_TMP/$1/postgres.log"; return 1; }
	NM_FDW_SHARDS="$NM_FDW_SHARDS $name"
}

nm_fdw_cleanup() {
	for s in $NM_FDW_SHARDS; do
		nm_fdw_as_owner "$NM_FDW_BIN/pg_ctl" -D "$NM_FDW_TMP/$s/data" -m fast -w stop >/dev/null 2>&1
	done
	NM_FDW_SHARDS=""
	rm -rf "$NM_FDW_TMP"
}

nm_fdw_shard_psql() {
	local name=$1; shift
	psql -X -q -v ON_ERROR_STOP=1 -h "$NM_FDW_TMP/$name/sock" -p "$NM_FDW_PORT" "$@"
}

# Shards shard1/shard2 with the extension and the shard tables; on the
# coordinator the servers (newsminer declared shippable) and the partitioned
# tables fdw.pages(id, html, parsed) and fdw.stories(id, body).
nm_fdw_setup() {
	local s i=0
	nm_fdw_start_shard shard1
	nm_fdw_start_shard shard2
	for s in shard1 shard2; do
		nm_fdw_shard_psql "$s" -d postgres <<'SQL'
CREATE EXTENSION newsminer;
CREATE TABLE pages (id int PRIMARY KEY, html text, parsed article);
CREATE TABLE stories (id int PRIMARY KEY, body text);
SQL
	done
	psql -X -q -v ON_ERROR_STOP=1 <<SQL
CREATE EXTENSION IF NOT EXISTS newsminer;
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
DROP SCHEMA IF EXISTS fdw CASCADE;
CREATE SCHEMA fdw;
CREATE TABLE fdw.pages (id int, html text, parsed article) PARTITION BY HASH (id);
CREATE TABLE fdw.stories (id int, body text) PARTITION BY HASH (id);
SQL
	for s in shard1 shard2; do
		psql -X -q -v ON_ERROR_STOP=1 <<SQL
DROP SERVER IF EXISTS $s CASCADE;
CREATE SERVER $s FOREIGN DATA WRAPPER postgres_fdw
	OPTIONS (host '$NM_FDW_TMP/$s/sock', port '$NM_FDW_PORT', dbname 'postgres',
			 extensions 'newsminer', async_capable 'true');
CREATE USER MAPPING FOR CURRENT_USER SERVER $s OPTIONS (user '$PGUSER');
CREATE FOREIGN TABLE fdw.pages_$s PARTITION OF fdw.pages
	FOR VALUES WITH (MODULUS 2, REMAINDER $i) SERVER $s OPTIONS (schema_name 'public', table_name 'pages');
CREATE FOREIGN TABLE fdw.stories_$s PARTITION OF fdw.stories
	FOR VALUES WITH (MODULUS 2, REMAINDER $i) SERVER $s OPTIONS (schema_name 'public', table_name 'stories');
SQL
		i=$((i + 1))
	done
}

NM_FDW_Q_UPDATE="UPDATE fdw.pages SET parsed = parse_article(html)"
NM_FDW_Q_MINERALS="SELECT count(*) FROM fdw.stories WHERE minerals(body) @> '{copper}'"

# EXPLAIN VERBOSE of the two statements; asserts that the newsminer
# functions are in the Remote SQL of every shard.  Prints the plans.
nm_fdw_check_plans() {
	local ok=0 out
	out=$(psql -X -v ON_ERROR_STOP=1 -c "EXPLAIN (VERBOSE, COSTS OFF) $NM_FDW_Q_UPDATE") || return 1
	echo "$out"
	if [ "$(echo "$out" | grep -c 'Remote SQL: UPDATE .*parse_article(html)')" -ne 2 ]; then
		echo "FAIL: parse_article is not pushed to both shards"; ok=1
	fi
	out=$(psql -X -v ON_ERROR_STOP=1 -c "EXPLAIN (VERBOSE, COSTS OFF) $NM_FDW_Q_MINERALS") || return 1
	echo "$out"
	if [ "$(echo "$out" | grep -c 'Remote SQL: .*WHERE .*minerals(body)')" -ne 2 ]; then
		echo "FAIL: minerals() is not pushed to both shards"; ok=1
	fi
	return $ok
}

# Runs both statements through the shards and compares with the same
# functions evaluated locally on the coordinator.
nm_fdw_check_results() {
	local got
	got=$(psql -X -q -At -v ON_ERROR_STOP=1 <<SQL
SET enable_partitionwise_aggregate = on;
$NM_FDW_Q_UPDATE;
CREATE TEMP TABLE local_pages AS SELECT * FROM fdw.pages;
CREATE TEMP TABLE local_stories AS SELECT * FROM fdw.stories;
SELECT (SELECT count(*) FROM local_pages WHERE parsed IS DISTINCT FROM parse_article(html)) = 0
   AND (SELECT count(*) FROM local_pages WHERE (parsed).source_format IS NULL) = 0
   AND ($NM_FDW_Q_MINERALS) = (SELECT count(*) FROM local_stories WHERE minerals(body) @> '{copper}')
   AND ($NM_FDW_Q_MINERALS) > 0;
SQL
)
	[ "$got" = t ] || { echo "FAIL: shard results differ from local evaluation ($got)"; return 1; }
	echo "results through the shards equal local evaluation"
}
