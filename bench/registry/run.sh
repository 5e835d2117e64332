#!/usr/bin/env bash
# The registry, coverage and avoidance benchmark of round-service (issue #3). Re-runnable:
#
#   bench/registry/run.sh [--no-build] [--reload] [--explain] [--wait-quiet]
#
#   1. builds round-service from a copy of this checkout's working tree (--no-build: reuse the
#      last build; BENCH_JAR=<quarkus-run.jar> runs a given build)
#   2. creates the database xuncha_round_bench_registry (owner xuncha_round) if it is absent;
#      Flyway migrates it when the service first starts. Not xuncha_round_bench nor port 18180:
#      bench/run (the event benchmarks) uses those and cleans that database when it starts
#   3. loads 1,000,000 organizations and 10,000 cadres with SQL (load.sql) unless that exact data
#      set is already there (--reload drops the database and loads again)
#   4. starts the packaged service on 127.0.0.1:18280 with its own signing key, no Kafka needed
#   5. runs Bench.java: warm-up, then sequential timed requests per operation; prints the table
#      (also written to $BENCH_WORK/results.md) with the load average before and after.
#      --wait-quiet first waits (up to an hour) until the 1-minute load average is below
#      BENCH_QUIET_LOAD (0.8): on a shared 2-core machine other work skews the tail
#   6. --explain: EXPLAIN (ANALYZE, BUFFERS) of the service's SQL into $BENCH_WORK/explain.txt
#   7. stops the service it started (also on failure or Ctrl-C)
#
# Environment: BENCH_ORGS (1000000), BENCH_CADRES (10000), BENCH_COUNTIES (10), BENCH_REQUESTS
# (300 timed per operation), BENCH_WARMUP (100 per operation), BENCH_PORT (18280), BENCH_DB
# (xuncha_round_bench_registry), BENCH_WORK (/tmp/xuncha-bench-registry: build copy, key, logs, results).
# The PostgreSQL 15 cluster on 5432 must run; this script never starts or stops it.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/xuncha-bench-registry}
DB=${BENCH_DB:-xuncha_round_bench_registry}
PORT=${BENCH_PORT:-18280}
ORGS=${BENCH_ORGS:-1000000}
CADRES=${BENCH_CADRES:-10000}
COUNTIES=${BENCH_COUNTIES:-10}
REQUESTS=${BENCH_REQUESTS:-300}
WARMUP=${BENCH_WARMUP:-100}
# The term load.sql names last: which data set the database holds (change the version when load.sql changes).
MARKER="江临市委第十四届巡察 [bench data v2 orgs=$ORGS cadres=$CADRES counties=$COUNTIES]"

case "$DB" in xuncha_round_bench_findings) echo "bench: $DB belongs to another benchmark" >&2; exit 2 ;; esac
case "$PORT" in 18380) echo "bench: port $PORT belongs to another benchmark" >&2; exit 2 ;; esac

. "$HERE/../lib/round-bench.sh"

load_registry() {
  say "loading $ORGS organizations and $CADRES cadres into $DB (load.sql); load average $(loadavg)"
  db -v orgs="$ORGS" -v counties="$COUNTIES" -v cadres="$CADRES" -v marker="$MARKER" -f "$HERE/load.sql"
}

prepare load_registry
measure
explain -v county="$(fixture county)" -v term="$(fixture term)" -v name="$(fixture name)" \
  -v cadres="$(fixture cadres)" -v organizations="$(fixture organizations)"
