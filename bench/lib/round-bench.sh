# What bench/registry/run.sh and bench/findings/run.sh share: options, the build, the database, the
# packaged round-service on a port of its own, the quiet-machine wait, the measurement and EXPLAIN.
# Sourced after the script has set HERE, ROOT, WORK, DB, PORT, REQUESTS, WARMUP and MARKER; the script
# then calls prepare <function that loads the data>, measure and explain.
DEAD_KAFKA=127.0.0.1:19999 # nothing listens there: the outbox relay is off and nothing is published
ISSUER=https://xuncha.bench/issuer
PIDFILE="$WORK/service.pid"
LOG="$WORK/service.log"

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

case "$DB" in xuncha_round | xuncha_round_test* | xuncha_round_e2e* | xuncha_round_bench) die_early=yes ;; esac
case "$PORT" in 8080 | 8090 | 18180) die_early=yes ;; esac
if [ "${die_early:-}" = yes ]; then
  echo "bench: $DB or port $PORT belongs to something else (the stack, the tests or bench/run)" >&2
  exit 2
fi

say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mbench:\033[0m %s\n' "$*" >&2; exit 1; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
db() { PGPASSWORD=xuncha_round psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U xuncha_round -d "$DB" "$@"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
fixture() { sed -n "s/^$1=//p" "$WORK/fixture.properties"; }

mkdir -p "$WORK"

# --- the service ----------------------------------------------------------------------------------

JAR=${BENCH_JAR:-$WORK/src/round-service/target/quarkus-app/quarkus-run.jar}
# The service's heap, GC and native memory: what bin/xuncha up runs (bin/stack/jvm-options), unless
# XUNCHA_BENCH_JVM says otherwise (before 2026-12-03 these benchmarks ran -Xmx512m and the default GC).
. "$ROOT/bin/stack/jvm-options"
BENCH_JVM=${XUNCHA_BENCH_JVM:-$XUNCHA_JVM_MEMORY}
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
    # only the service this script started: a stale pid file may name a process that reused the pid
    if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$JAR"; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
      say "stopped round-service (pid $pid)"
    fi
    rm -f "$PIDFILE"
  fi
}
trap stop_service EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_service() {
  stop_service
  port_in_use "$PORT" && die "port $PORT is taken by a process this script did not start"
  QUARKUS_HTTP_PORT="$PORT" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt/public.pem" \
    MP_JWT_VERIFY_ISSUER="$ISSUER" \
    KAFKA_BOOTSTRAP_SERVERS="$DEAD_KAFKA" \
    XUNCHA_OUTBOX_RELAY_ENABLED=false XUNCHA_RATE_LIMIT_ENABLED=false \
    MALLOC_ARENA_MAX="${XUNCHA_MALLOC_ARENA_MAX:-}" nohup java $BENCH_JVM -jar "$JAR" >>"$LOG" 2>&1 &
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

# prepare <loader>: the database migrated by the service and holding the data set named by MARKER;
# <loader> loads it when it is not there.
prepare() {
  local loader=$1
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
  start_service # Flyway migrates the database to the code's schema
  if [ "$(db -v marker="$MARKER" -At <<<"select count(*) from term where name = :'marker'")" = 1 ]; then
    return 0
  fi
  if [ "$(db -Atc 'select count(*) from organization')" != 0 ]; then
    say "$DB holds another data set; dropping it and loading again"
    stop_service
    as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database $DB with (force)"
    as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "create database $DB owner xuncha_round"
    start_service
  fi
  stop_service
  local started; started=$(date +%s)
  "$loader" >"$WORK/load.log"
  local seconds=$(($(date +%s) - started))
  echo "$seconds s, load average at the end $(loadavg)" >"$WORK/load.seconds"
  say "loaded in $seconds s; load average $(loadavg)"
  start_service
}

# --- the measurement ------------------------------------------------------------------------------

# measure: what is loaded, the ids the requests use, then Bench.java's timed requests.
measure() {
  db -v marker="$MARKER" -At -F '=' -f "$HERE/fixture.sql" >"$WORK/fixture.properties"
  db -f "$HERE/counts.sql" >"$WORK/counts.txt"
  cat "$WORK/counts.txt"
  if [ "$WAIT_QUIET" = yes ]; then
    local threshold=${BENCH_QUIET_LOAD:-0.8}
    say "load average $(loadavg) before waiting"
    for _ in $(seq 1 360); do
      awk -v t="$threshold" '{ exit !($1 < t) }' /proc/loadavg && break
      say "waiting for a quiet machine: load average $(loadavg), want below $threshold"
      sleep 10
    done
  fi
  rm -rf "$WORK/classes"
  javac -d "$WORK/classes" "$HERE/Bench.java" "$HERE/../lib/BenchClient.java" || die "Bench.java does not compile"
  java -cp "$WORK/classes" Bench \
    --base "http://127.0.0.1:$PORT" --key "$WORK/jwt/private.pem" --issuer "$ISSUER" \
    --fixture "$WORK/fixture.properties" --requests "$REQUESTS" --warmup "$WARMUP" \
    --out "$WORK/results.md"
}

# explain <psql -v options…>: with --explain, EXPLAIN (ANALYZE, BUFFERS) of explain.sql.
explain() {
  [ "$EXPLAIN" = yes ] || return 0
  say "EXPLAIN ANALYZE of the service's queries into $WORK/explain.txt"
  db "$@" -f "$HERE/explain.sql" >"$WORK/explain.txt" 2>&1 || { cat "$WORK/explain.txt"; die "explain.sql failed"; }
  cat "$WORK/explain.txt"
}
