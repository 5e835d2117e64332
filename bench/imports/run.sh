#!/usr/bin/env bash
# The organization import (#9) against psql \copy of the same file, in the same run, at two sizes.
#
#   bench/imports/run.sh [--no-build] [--wait-quiet]     SIZES="100000 1000000" by default (environment)
#
# For each size (in order, on one running service): generates a registry CSV (a county, townships of
# 500 villages each, the villages before their township so parents resolve from the file; each size
# its own county, codes prefixed with the size), imports it twice through POST /imports/organizations
# (the first inserts, the second changes nothing), then loads the same file with psql \copy into an
# unlogged table of text columns: the raw floor of reading the file into PostgreSQL, without checking
# or resolving anything. The service is the packaged round-service on 127.0.0.1:18380 against its own
# database xuncha_round_bench_imports_audit (no Kafka), started once, with the import's statement timings
# logged (DEBUG). Prints per size: rows/s of the import and of \copy, their ratio, the service's
# resident memory (RSS) before and after the import, the load average; then the RSS growth between
# the sizes and the slowest statements of the last import. Writes $WORK/results.md (default
# /tmp/xuncha-bench-imports-audit).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/xuncha-bench-imports-audit}
DB=xuncha_round_bench_imports_audit
PORT=${BENCH_PORT:-18380}
SIZES=${SIZES:-100000 1000000}
REQUESTS=0 WARMUP=0 MARKER=none
source "$ROOT/bench/lib/round-bench.sh"

pg_isready -q -h 127.0.0.1 -p 5432 || die "PostgreSQL does not answer on 127.0.0.1:5432"
as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB with (force)"
as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres -v db="$DB" <<'SQL'
select 'create role xuncha_round login password ''xuncha_round'''
 where not exists (select from pg_roles where rolname = 'xuncha_round') \gexec
select format('create database %I owner xuncha_round', :'db') \gexec
SQL

generate() { # generate <rows> <file>
  awk -v rows="$1" -v p="S$1-" 'BEGIN {
    print "编码,名称,类型,上级编码,主要负责人,主要负责人职务"
    n = 1; t = 0
    while (n < rows) {
      t++
      for (v = 1; v <= 500 && n < rows - 1; v++) { printf "%sB-%d-%d,第%d镇第%d村党支部,村,%sB-%d,村支书%d,党支部书记\n", p, t, v, t, v, p, t, v; n++ }
      printf "%sB-%d,第%d镇党委,乡镇,%sB,镇书记%d,镇党委书记\n", p, t, t, p, t; n++
    }
    printf "%sB,基准县委%d,县,,县委书记,县委书记\n", p, rows
  }' >"$2"
}
rss() { ps -o rss= -p "$(cat "$PIDFILE")" | tr -d ' '; }
# live() : the heap the service holds after a full collection, in MiB (measured after the RSS): the sum of
# the heap's or its generations' used lines (G1 prints one, Serial two), not Metaspace's
live() { jcmd "$(cat "$PIDFILE")" GC.run >/dev/null 2>&1; jcmd "$(cat "$PIDFILE")" GC.heap_info 2>/dev/null \
  | awk '/generation|heap/ && match($0, /used [0-9]+K/) { used += substr($0, RSTART + 5, RLENGTH - 6) }
         END { printf "%d", used / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

export QUARKUS_LOG_CATEGORY__ORG_XUNCHA_ROUND_IMPORTS__LEVEL=DEBUG
start_service
rm -rf "$WORK/classes"
javac -d "$WORK/classes" "$HERE/ImportBench.java" "$ROOT/bench/lib/BenchClient.java"
run_import() { java -cp "$WORK/classes" ImportBench "http://127.0.0.1:$PORT" "$WORK/jwt/private.pem" "$ISSUER" "$@"; }
db <<'SQL'
create unlogged table if not exists bench_copy (office_code text, name text, type text, parent_code text,
    principal_leader_name text, principal_leader_post text);
SQL

rows_out="$WORK/rows.md"
: >"$rows_out"; : >"$WORK/detail.txt"
statements() { # statements <from line of the log> <name>: the import's slowest statements
  tail -n +"$1" "$LOG" | grep -o 'import [0-9a-f-]*: [0-9]* ms, [0-9]* rows: [^"]*' | sed 's/^import [0-9a-f-]*: //' \
    | sort -n -r | head -n 8 >"$WORK/statements-$2.txt"
}
for size in $SIZES; do
  csv="$WORK/registry-$size.csv"
  generate "$size" "$csv"
  say "$size rows, $(du -h "$csv" | cut -f1): load average $(loadavg)"
  load_before=$(loadavg); rss_before=$(rss)
  from=$(($(wc -l <"$LOG") + 1))
  first=$(run_import "$csv"); say "import: $first"
  rss_after=$(rss); load_after=$(loadavg); live_after=$(live || true)
  statements "$from" "$size"
  from=$(($(wc -l <"$LOG") + 1))
  second=$(run_import "$csv"); say "re-import: $second"
  statements "$from" "$size-again"
  rss_again=$(rss)
  db -c 'truncate bench_copy'
  started=$(date +%s.%N)
  db -c "\\copy bench_copy from '$csv' with (format csv, header true)"
  copy_seconds=$(echo "$(date +%s.%N) - $started" | bc)
  copied=$(db -Atc 'select count(*) from bench_copy')
  copy_rate=$(awk -v r="$copied" -v s="$copy_seconds" 'BEGIN { printf "%.0f", r / s }')
  import_rate=$(sed -n 's/.*rows_per_second_end_to_end=\([0-9]*\).*/\1/p' <<<"$first")
  again_rate=$(sed -n 's/.*rows_per_second_end_to_end=\([0-9]*\).*/\1/p' <<<"$second")
  eval "rss_after_$size=$rss_after"
  {
    echo "| $size | $load_before → $load_after | $import_rate | $again_rate | $copy_rate | $(ratio "$import_rate" "$copy_rate")x | $(ratio "$again_rate" "$copy_rate")x | $((rss_before / 1024)) → $((rss_after / 1024)) → $((rss_again / 1024)) | ${live_after:-?} |"
  } >>"$rows_out"
  echo "import $size: $first" >>"$WORK/detail.txt"
  echo "re-import $size: $second" >>"$WORK/detail.txt"
done
set -- $SIZES
small=$1; large=${!#}
growth=$(( ($(eval echo "\$rss_after_$large") - $(eval echo "\$rss_after_$small")) / 1024 ))
stop_service

{
  echo "## Organization import ($(date -u +%FT%TZ), load average at the end $(loadavg))"
  echo
  echo "| rows | load average (import) | import rows/s | re-import rows/s | \\copy rows/s | import / \\copy | re-import / \\copy | RSS MiB before → after import → after re-import | live heap MiB after the import (full GC) |"
  echo "|---|---|---|---|---|---|---|---|---|"
  cat "$rows_out"
  echo
  echo "RSS growth after the import, $small rows to $large rows: $growth MiB ($BENCH_JVM)"
  echo
  echo '```'
  cat "$WORK/detail.txt"
  echo '```'
  echo
  echo "The slowest statements of the $large-row import, then of its re-import (ms, rows, the statement's first line):"
  echo
  echo '```'
  cat "$WORK/statements-$large.txt"
  echo '---'
  cat "$WORK/statements-$large-again.txt"
  echo '```'
} | tee "$WORK/results.md"
