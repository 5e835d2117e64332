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
DEAD_KAFKA=127.0.0.1:19999 # nothing listens there: the outbox relay is off and nothing is published
ISSUER=https://xuncha.bench/issuer
# The term load.sql names last: which data set the database holds (change the version when load.sql changes).
MARKER="江临市委第十四届巡察 [findings bench v2 findings=$FINDINGS orgs=$ORGS leads=$LEADS]"

case "$DB" in xuncha_round_bench | xuncha_round_bench_registry) echo "bench: $DB belongs to another benchmark" >&2; exit 2 ;; esac
case "$PORT" in 8080 | 8090 | 18180 | 18280) echo "bench: port $PORT belongs to something else" >&2; exit 2 ;; esac

BUILD=yes RELOAD=no EXPLAIN=no WAIT_QUIET=no
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=no ;;
    --reload) RELOAD=yes ;;
    --explain) EXPLAIN=yes ;;
    --wait-quiet) WAIT_QUIET=yes ;;
    *) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 2 ;;
  esac
done

say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mbench:\033[0m %s\n' "$*" >&2; exit 1; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
db() { PGPASSWORD=xuncha_round psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U xuncha_round -d "$DB" "$@"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

mkdir -p "$WORK"
PIDFILE="$WORK/service.pid"
LOG="$WORK/service.log"

# --- the service --------------------------------------------------------------------------------

JAR=${BENCH_JAR:-$WORK/src/round-service/target/quarkus-app/quarkus-run.jar}
if [ -z "${BENCH_JAR:-}" ] && { [ "$BUILD" = yes ] || [ ! -f "$JAR" ]; }; then
  say "building round-service from a copy of $ROOT's working tree in $WORK/src"
  rm -rf "$WORK/src" && mkdir -p "$WORK/src"
  tar -C "$ROOT" --exclude=./.git --exclude=target --exclude=./.stack --exclude=./bench -cf - . | tar -C "$WORK/src" -xf -
  started=$(date +%s)
  (cd "$WORK/src" && ./mvnw -q -B -DskipTests package -pl round-service -am) || die "the build failed"
  say "built in $(($(date +%s) - started)) s"
fi
[ -f "$JAR" ] || die "no jar at $JAR"

if [ ! -f "$WORK/jwt/private.pem" ]; then
  mkdir -p "$WORK/jwt" && chmod 700 "$WORK/jwt"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt/private.pem" 2>/dev/null
  openssl pkey -in "$WORK/jwt/private.pem" -pubout -out "$WORK/jwt/public.pem"
fi

stop_service() {
  if [ -f "$PIDFILE" ]; then
    local pid; pid=$(cat "$PIDFILE")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
      say "stopped round-service (pid $pid)"
    fi
    rm -f "$PIDFILE"
  fi
}
trap stop_service EXIT

start_service() {
  stop_service
  port_in_use "$PORT" && die "port $PORT is taken by a process this script did not start"
  QUARKUS_HTTP_PORT="$PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt/public.pem" \
    MP_JWT_VERIFY_ISSUER="$ISSUER" \
    KAFKA_BOOTSTRAP_SERVERS="$DEAD_KAFKA" \
    XUNCHA_OUTBOX_RELAY_ENABLED=false \
    nohup java -Xmx512m -jar "$JAR" >>"$LOG" 2>&1 &
  echo $! >"$PIDFILE"
  for _ in $(seq 1 480); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" 2>/dev/null; then
      say "round-service runs on http://127.0.0.1:$PORT (pid $(cat "$PIDFILE"), log $LOG)"
      return 0
    fi
    kill -0 "$(cat "$PIDFILE")" 2>/dev/null || break
    sleep 0.25
  done
  tail -n 40 "$LOG" >&2
  die "round-service did not become ready; its log is $LOG"
}

# --- the database ---------------------------------------------------------------------------------

pg_isready -q -h 127.0.0.1 -p 5432 || die "PostgreSQL does not answer on 127.0.0.1:5432"
if [ "$RELOAD" = yes ]; then
  say "dropping $DB"
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $DB with (force)"
fi
as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres -v db="$DB" <<'SQL'
select 'create role xuncha_round login password ''xuncha_round'''
 where not exists (select from pg_roles where rolname = 'xuncha_round') \gexec
select format('create database %I owner xuncha_round', :'db')
 where not exists (select from pg_database where datname = :'db') \gexec
select format('revoke connect on database %I from public', :'db') \gexec
select format('grant connect on database %I to xuncha_round', :'db') \gexec
SQL

loaded() {
  [ "$(db -Atc "select count(*) from pg_tables where tablename = 'followed_tally'")" = 1 ] &&
    [ "$(db -v marker="$MARKER" -At <<<"select count(*) from term where name = :'marker'")" = 1 ]
}

start_service # Flyway migrates the database to the code's schema
if ! loaded; then
  if [ "$(db -Atc 'select count(*) from organization')" != 0 ]; then
    say "$DB holds another data set; dropping it and loading again"
    stop_service
    as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database $DB with (force)"
    as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "create database $DB owner xuncha_round"
    start_service
  fi
  stop_service
  say "loading $FINDINGS findings over $ORGS organizations and $LEADS leads into $DB (load.sql); load average $(loadavg)"
  started=$(date +%s)
  db -v findings="$FINDINGS" -v orgs="$ORGS" -v leads="$LEADS" -v marker="$MARKER" -f "$HERE/load.sql" >"$WORK/load.log"
  LOAD_SECONDS=$(($(date +%s) - started))
  echo "$LOAD_SECONDS s, load average at the end $(loadavg)" >"$WORK/load.seconds"
  say "loaded in $LOAD_SECONDS s; load average $(loadavg)"
  start_service
fi

# --- what is loaded, and the ids the requests use ---------------------------------------------------

db -v marker="$MARKER" -At -F '=' -f "$HERE/fixture.sql" >"$WORK/fixture.properties"
db -f "$HERE/counts.sql" >"$WORK/counts.txt"
cat "$WORK/counts.txt"

# --- the measurement -------------------------------------------------------------------------------

if [ "$WAIT_QUIET" = yes ]; then
  threshold=${BENCH_QUIET_LOAD:-0.8}
  say "load average $(loadavg) before waiting"
  for _ in $(seq 1 360); do
    awk -v t="$threshold" '{ exit !($1 < t) }' /proc/loadavg && break
    say "waiting for a quiet machine: load average $(loadavg), want below $threshold"
    sleep 10
  done
fi

java "$HERE/Bench.java" \
  --base "http://127.0.0.1:$PORT" --key "$WORK/jwt/private.pem" --issuer "$ISSUER" \
  --fixture "$WORK/fixture.properties" --requests "$REQUESTS" --warmup "$WARMUP" \
  --out "$WORK/results.md"

if [ "$EXPLAIN" = yes ]; then
  say "EXPLAIN ANALYZE of the service's queries into $WORK/explain.txt"
  fixture() { sed -n "s/^$1=//p" "$WORK/fixture.properties"; }
  db -v term="$(fixture term)" -v round="$(fixture round)" -v inspection="$(fixture inspection)" \
    -v page10000="$(fixture page10000After)" -v deep="$(fixture inspectionDeepAfter)" \
    -f "$HERE/explain.sql" >"$WORK/explain.txt" 2>&1
  cat "$WORK/explain.txt"
fi
