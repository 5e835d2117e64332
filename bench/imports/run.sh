#!/usr/bin/env bash
# The organization import (#9) against psql \copy of the same file, in the same run.
#
#   bench/imports/run.sh [--no-build] [--wait-quiet]     ROWS=200000 by default (environment)
#
# Generates a registry CSV of ROWS organizations (a county, townships of 500 villages each, the
# villages before their township so parents resolve from the file), starts the packaged
# round-service on 127.0.0.1:18380 against its own database xuncha_round_bench_imports (no Kafka),
# imports the file twice (the first inserts, the second re-import changes nothing), then loads the
# same file with psql \copy into an unlogged table of text columns: the raw floor of reading
# the file into PostgreSQL, without checking or resolving anything. Prints the figures and the
# load average, and writes them to $WORK/results.md (default /tmp/xuncha-bench-imports).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/xuncha-bench-imports}
DB=xuncha_round_bench_imports
PORT=${BENCH_PORT:-18380}
ROWS=${ROWS:-200000}
REQUESTS=0 WARMUP=0 MARKER=none
source "$ROOT/bench/lib/round-bench.sh"

pg_isready -q -h 127.0.0.1 -p 5432 || die "PostgreSQL does not answer on 127.0.0.1:5432"
as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB with (force)"
as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres -v db="$DB" <<'SQL'
select 'create role xuncha_round login password ''xuncha_round'''
 where not exists (select from pg_roles where rolname = 'xuncha_round') \gexec
select format('create database %I owner xuncha_round', :'db') \gexec
SQL

CSV="$WORK/registry.csv"
say "generating $ROWS rows into $CSV"
awk -v rows="$ROWS" 'BEGIN {
  print "编码,名称,类型,上级编码,主要负责人,主要负责人职务"
  n = 1; t = 0
  while (n < rows) {
    t++
    for (v = 1; v <= 500 && n < rows - 1; v++) { printf "B-%d-%d,第%d镇第%d村党支部,村,B-%d,村支书%d,党支部书记\n", t, v, t, v, t, v; n++ }
    printf "B-%d,第%d镇党委,乡镇,B,镇书记%d,镇党委书记\n", t, t, t; n++
  }
  print "B,基准县委,县,,县委书记,县委书记"
}' >"$CSV"
say "$(($(wc -l <"$CSV") - 1)) rows, $(du -h "$CSV" | cut -f1)"

start_service
rm -rf "$WORK/classes"
javac -d "$WORK/classes" "$HERE/ImportBench.java" "$ROOT/bench/lib/BenchClient.java"
run_import() { java -cp "$WORK/classes" ImportBench "http://127.0.0.1:$PORT" "$WORK/jwt/private.pem" "$ISSUER" "$CSV" "$@"; }

say "load average before: $(loadavg)"
first=$(run_import); say "import: $first"
second=$(run_import); say "re-import: $second"
rss=$(ps -o rss= -p "$(cat "$PIDFILE")" | tr -d ' ')
stop_service

db <<'SQL'
create unlogged table if not exists bench_copy (office_code text, name text, type text, parent_code text,
    principal_leader_name text, principal_leader_post text);
truncate bench_copy;
SQL
started=$(date +%s.%N)
db -c "\\copy bench_copy from '$CSV' with (format csv, header true)"
copy_seconds=$(echo "$(date +%s.%N) - $started" | bc)
copied=$(db -Atc 'select count(*) from bench_copy')
load=$(loadavg)

{
  echo "## Organization import, $ROWS rows ($(date -u +%FT%TZ), load average at the end $load)"
  echo
  echo "| what | figures |"
  echo "|---|---|"
  echo "| POST /imports/organizations, first import | $first |"
  echo "| the same file again (re-import) | $second |"
  echo "| psql \\copy into an unlogged text table (raw floor, no checks) | rows=$copied seconds=$copy_seconds rows_per_second=$(echo "$copied / $copy_seconds" | bc) |"
  echo "| round-service resident memory after both imports (-Xmx512m) | ${rss} KiB |"
} | tee "$WORK/results.md"
