#!/usr/bin/env bash
# demo.sh -- the one-command demo: installs build dependencies, builds and
# installs newsminer into a private copy of PostgreSQL, starts a throwaway
# cluster, loads the bundled sample pages (our own fixture pages under
# test/fixtures/text and test/fixtures/html) and
# prints a parsed article, mineral mentions per article and related items.
# The cluster and its files are removed at the end.
set -eu
cd "$(dirname "$0")/.."
. scripts/lib.sh

nm_install_deps
echo "== building"
make -s >"$NM_LOG/build.log" 2>&1 || { cat "$NM_LOG/build.log"; exit 1; }
echo "== starting a throwaway cluster"
nm_start_cluster
make -s install DESTDIR="$NM_PGROOT" >"$NM_LOG/install.log" 2>&1 || { cat "$NM_LOG/install.log"; exit 1; }

nm_psql -c "CREATE EXTENSION newsminer" \
	-c "CREATE TABLE pages (id serial PRIMARY KEY, file text, raw bytea)"
for f in test/fixtures/text/*.txt test/fixtures/html/*.html; do
	[ -f "$f" ] || continue
	# psql reads the file on the client side; the server reads no files.
	printf '%s\n' "\\set content \`base64 -w0 '$f'\`" \
		"INSERT INTO pages (file, raw) VALUES ('$(basename "$f")', decode(:'content', 'base64'));" |
		nm_psql
done
nm_psql -P pager=off -f scripts/demo.sql
