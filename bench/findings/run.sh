#!/usr/bin/env bash
# The findings and figures benchmark of round-service (issue #4). Re-runnable:
#
#   bench/findings/run.sh [--no-build] [--reload] [--explain] [--wait-quiet]
#
#   1. builds round-service from a copy of this checkout's working tree (--no-build: reuse the
#      last build; BENCH_JAR=<quarkus-run.jar> runs a given build)
#   2. creates the database xuncha_round_bench_findings (owner xuncha_round) if it is absent;
#      Flyway migrates it when the service first starts. Not xuncha_round_bench (bench/run cleans
#      it), not xuncha_round_bench_registry (bench/registry), nor their ports 18180 and 18280
#   3. loads 1,000,000 findings over 2,000 inspected organizations, with leads, reports, feedback
#      and followed rectification, with SQL (load.sql) unless that exact data set is already there
#      (--reload drops the database and loads again)
#   4. starts the packaged service on 127.0.0.1:18380 with its own signing key, no Kafka needed
#   5. runs Bench.java: warm-up, then sequential timed requests per operation; prints the table
#      (also written to $BENCH_WORK/results.md) with the load average before and after.
#      --wait-quiet first waits (up to an hour) until the 1-minute load average is below
#      BENCH_QUIET_LOAD (0.8): on a shared 2-core machine other work skews the tail
#   6. --explain: EXPLAIN (ANALYZE, BUFFERS) of the service's SQL into $BENCH_WORK/explain.txt
#   7. stops the service it started (also on failure or Ctrl-C)
#
# Environment: BENCH_FINDINGS (1000000), BENCH_ORGS (2000 inspected organizations), BENCH_LEADS
# (4000), BENCH_REQUESTS (300 timed per operation), BENCH_WARMUP (100 per operation; 30 for the
# extra lines), BENCH_PORT (18380), BENCH_DB (xuncha_round_bench_findings), BENCH_WORK
# (/tmp/xuncha-bench-findings: build copy, key, logs, results).
# The PostgreSQL 15 cluster on 5432 must run; this script never starts or stops it.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/xuncha-bench-findings}
DB=${BENCH_DB:-xuncha_round_bench_findings}
PORT=${BENCH_PORT:-18380}
FINDINGS=${BENCH_FINDINGS:-1000000}
ORGS=${BENCH_ORGS:-2000}
LEADS=${BENCH_LEADS:-4000}
REQUESTS=${BENCH_REQUESTS:-300}
WARMUP=${BENCH_WARMUP:-100}
# The term load.sql names last: which data set the database holds (change the version when load.sql changes).
MARKER="江临市委第十四届巡察 [findings bench v3 findings=$FINDINGS orgs=$ORGS leads=$LEADS]"

case "$DB" in xuncha_round_bench_registry) echo "bench: $DB belongs to another benchmark" >&2; exit 2 ;; esac
case "$PORT" in 18280) echo "bench: port $PORT belongs to another benchmark" >&2; exit 2 ;; esac

. "$HERE/../lib/round-bench.sh"

load_findings() {
  say "loading $FINDINGS findings over $ORGS organizations and $LEADS leads into $DB (load.sql); load average $(loadavg)"
  db -v findings="$FINDINGS" -v orgs="$ORGS" -v leads="$LEADS" -v marker="$MARKER" -f "$HERE/load.sql"
}

prepare load_findings
measure
explain -v term="$(fixture term)" -v round="$(fixture round)" -v inspection="$(fixture inspection)" \
  -v page10000="$(fixture page10000After)" -v deep="$(fixture inspectionDeepAfter)"
