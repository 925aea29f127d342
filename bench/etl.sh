#!/usr/bin/env bash
# etl.sh -- the bulk ETL recipe, benched: (1) a directory of HTML files and
# (2) a JSON-lines dump are loaded with client-side COPY (psql \copy: the
# server reads no file), then parsed in bulk with a parallel CREATE TABLE AS.
# Reports articles per hour for load + parse on this machine.
#
# Usage: bench/etl.sh [--copies K]   (HTML set repeated K times, default 5)
# Inputs: ../shared/corpus/aeb/html and reuters21578/train.jsonl when
# present, else generated pages and stories (bench/make_inputs.py).
set -eu
cd "$(dirname "$0")/.."
. scripts/lib.sh
. bench/lib_bench.sh

COPIES=5
while [ $# -gt 0 ]; do
	case $1 in
		--copies) COPIES=$2; shift ;;
		*) echo "usage: $0 [--copies K]"; exit 2 ;;
	esac
	shift
done

nm_install_deps
echo "== build"
nm_bench_build
nm_start_cluster
nm_bench_install

CORPUS=../shared/corpus
HTML_DIR="$CORPUS/aeb/html"
JSONL="$CORPUS/reuters21578/train.jsonl"
if [ ! -d "$HTML_DIR" ] || [ ! -f "$JSONL" ]; then
	# No corpus: generate a directory of pages and a JSON-lines dump.
	python3 bench/make_inputs.py --out "$NM_TMP/in" --corpus /nonexistent >/dev/null
	HTML_DIR="$NM_TMP/html"; JSONL="$NM_TMP/dump.jsonl"
	mkdir -p "$HTML_DIR"
	python3 - "$NM_TMP/in" "$HTML_DIR" "$JSONL" <<'PY'
import csv, json, sys
src, html_dir, jsonl = sys.argv[1:]
csv.field_size_limit(1 << 30)
for i, html in csv.reader(open(src + "/pages.csv", encoding="utf-8")):
    open("%s/%s.html" % (html_dir, i), "w", encoding="utf-8").write(html)
with open(jsonl, "w", encoding="utf-8") as f:
    for i, body in csv.reader(open(src + "/texts.csv", encoding="utf-8")):
        f.write(json.dumps({"newid": int(i), "body": body}) + "\n")
PY
fi
chmod -R a+rX "$NM_TMP"

# Seconds of a psql script, wall clock (client, COPY and server together).
timed() {
	local t0 t1
	t0=$(date +%s.%N)
	nm_psql "$@"
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", b - a}'
}

echo "== (1) directory of HTML files -> raw_pages (bytea) -> parse_article(raw)"
nm_psql -c "CREATE TABLE raw_pages (name text PRIMARY KEY, raw bytea)"
T_LOAD1=$(python3 bench/etl_copy.py --copies "$COPIES" "$HTML_DIR" | timed -c "\\copy raw_pages (name, raw) FROM STDIN")
nm_psql -c "ALTER TABLE raw_pages SET (parallel_workers = 2)" -c "VACUUM ANALYZE raw_pages"
N1=$(nm_psql -At -c "SELECT count(*) FROM raw_pages")
MB1=$(nm_psql -At -c "SELECT round(sum(octet_length(raw)) / 1e6, 1) FROM raw_pages")
T_PARSE1=$(timed -c "CREATE TABLE articles AS SELECT name, parse_article(raw) AS a FROM raw_pages")
echo "   $N1 pages ($MB1 MB): load ${T_LOAD1}s, parse ${T_PARSE1}s"

echo "== (2) JSON-lines dump -> raw_docs (jsonb, one line a row) -> parse_article(doc->>'body')"
nm_psql -c "CREATE TABLE raw_docs (doc jsonb)"
# CSV with quote and delimiter bytes that never occur: each line verbatim.
T_LOAD2=$(timed -c "\\copy raw_docs (doc) FROM '$JSONL' WITH (FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')")
nm_psql -c "VACUUM ANALYZE raw_docs"
N2=$(nm_psql -At -c "SELECT count(*) FROM raw_docs")
MB2=$(nm_psql -At -c "SELECT round(sum(octet_length(doc->>'body')) / 1e6, 1) FROM raw_docs")
T_PARSE2=$(timed -c "CREATE TABLE stories AS SELECT (doc->>'newid')::int AS id, parse_article(doc->>'body') AS a FROM raw_docs WHERE doc->>'body' IS NOT NULL")
echo "   $N2 stories ($MB2 MB): load ${T_LOAD2}s, parse ${T_PARSE2}s"
nm_psql -c "EXPLAIN (COSTS OFF) CREATE TABLE t AS SELECT name, parse_article(raw) AS a FROM raw_pages"

echo
echo "== bulk ETL on $(nproc) cores (load with \\copy + parallel CREATE TABLE AS parse)"
awk -v n="$N1" -v l="$T_LOAD1" -v p="$T_PARSE1" -v mb="$MB1" 'BEGIN{printf "HTML directory: %d pages, %.1f MB: %.0f articles/hour (load %.1f s, parse %.1f s; parse %.0f pages/s)\n", n, mb, 3600*n/(l+p), l, p, n/p}'
awk -v n="$N2" -v l="$T_LOAD2" -v p="$T_PARSE2" -v mb="$MB2" 'BEGIN{printf "JSON lines:     %d stories, %.1f MB of text: %.0f articles/hour (load %.1f s, parse %.1f s)\n", n, mb, 3600*n/(l+p), l, p}'
