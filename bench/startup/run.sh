#!/usr/bin/env bash
# Start-up and memory of both packaged services (issue #14), each variant against the baseline in
# the same run. Re-runnable:
#
#   bench/startup/run.sh [start|memory] [--starts 5] [--requests 10000] [--variants a,b,...] [--no-build] [--retrain]
#
#   start   (default) for each service and variant, --starts starts on an already-migrated database:
#           the time from exec to the first answered authenticated GET of a real resource (a page of
#           organizations, a page of cases: JWT check, ORM, SQL), and the RSS right after it
#   memory  for each service and variant, one start, then --requests sequential GETs of that resource
#           on one connection with an OFFICE token; the RSS after them, and the requests per second
#
#   1. builds the services unless --no-build, and beside them today's layout (fast-jar) for the
#      baseline in <service>/target/quarkus-app-fast-jar
#   2. creates xuncha_round_startup_bench and xuncha_rectification_startup_bench if absent, and a
#      fresh Kafka broker of its own on 127.0.0.1:$XUNCHA_BENCH_STARTUP_KAFKA_PORT (39370); one start
#      of each service migrates its database (not measured)
#   3. trains the JDK 25 variants' AOT caches (bench/target/startup/*.aot; kept while newer than the
#      jar, --retrain trains them again), then measures; prints a
#      table with median and max per variant, the ratio to the baseline's median and the load average
#      before and after, also written to bench/target/startup/<mode>.md
#   4. stops everything it started, also on failure or Ctrl-C
#
# Variants (--variants, default all):
#   baseline   JDK 17, fast-jar, -Xmx512m: what bin/xuncha up ran before issue #14
#   before     JDK 17, aot-jar, -XX:+UseSerialGC -Xms32m -Xmx384m: the heap flags before this
#              session's memory settings (the current figure, to compare them in the same run)
#   jdk17      JDK 17, aot-jar, the chosen heap and GC: what bin/xuncha up runs without JDK 25
#   aot        JDK 25, aot-jar, the chosen heap and GC, an AOT cache trained by a start and requests:
#              what bin/xuncha up runs with JDK 25
#   aot-static JDK 25, aot-jar, the chosen heap and GC, an AOT cache trained by a start that finds no
#              database and exits (static init, configuration, the failed connection): what the
#              container images run, since their build has no database
#   aot-c1     the aot variant with -XX:TieredStopAtLevel=1 (C1 only), to weigh its throughput cost
#
# Environment: XUNCHA_JDK25 (/usr/lib/jvm/temurin-25-jdk-amd64), XUNCHA_BENCH_STARTUP_OUT (bench/target/startup), XUNCHA_BENCH_STARTUP_KAFKA_PORT
# (39370), XUNCHA_BENCH_STARTUP_ROUND_PORT (18374), XUNCHA_BENCH_STARTUP_RECTIFICATION_PORT (18375).
# The PostgreSQL 15 cluster on 5432 must run; this script never starts or stops it.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT=${XUNCHA_BENCH_STARTUP_OUT:-$ROOT/bench/target/startup}
JDK25=${XUNCHA_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
KAFKA_PORT=${XUNCHA_BENCH_STARTUP_KAFKA_PORT:-39370}
ROUND_PORT=${XUNCHA_BENCH_STARTUP_ROUND_PORT:-18374}
RECT_PORT=${XUNCHA_BENCH_STARTUP_RECTIFICATION_PORT:-18375}
KEY_DIR="$ROOT/test-support/src/main/resources/xuncha-test-jwt"
ISSUER=https://xuncha.test/issuer
# shellcheck source=../../bin/stack/jvm-options
. "$ROOT/bin/stack/jvm-options"

MODE=start STARTS=5 REQUESTS=10000 BUILD=yes RETRAIN=no VARIANTS=baseline,before,jdk17,aot,aot-static,aot-c1
[ "${1:-}" = start ] || [ "${1:-}" = memory ] && { MODE=$1; shift; }
while [ $# -gt 0 ]; do
  case "$1" in
    --starts) STARTS=$2; shift 2 ;;
    --requests) REQUESTS=$2; shift 2 ;;
    --variants) VARIANTS=$2; shift 2 ;;
    --no-build) BUILD=no; shift ;;
    --retrain) RETRAIN=yes; shift ;;
    *) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 2 ;;
  esac
done

say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mbench:\033[0m %s\n' "$*" >&2; exit 1; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
now_ms() { date +%s%3N; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

mkdir -p "$OUT"
case ",$VARIANTS," in *,aot*) [ -x "$JDK25/bin/java" ] || die "no JDK 25 at $JDK25 (XUNCHA_JDK25)" ;; esac

# --- the builds -----------------------------------------------------------------------------------

if [ "$BUILD" = yes ]; then
  say "building the services (aot-jar, their packaging) and today's fast-jar beside them"
  "$ROOT/mvnw" -B -q -DskipTests package -pl round-service,rectification-service -am
  "$ROOT/mvnw" -B -q -DskipTests package -pl round-service,rectification-service \
    -Dquarkus.package.jar.type=fast-jar -Dquarkus.package.output-directory=quarkus-app-fast-jar
fi
for service in round-service rectification-service; do
  for dir in quarkus-app quarkus-app-fast-jar; do
    [ -f "$ROOT/$service/target/$dir/quarkus-run.jar" ] || die "no $service/target/$dir: run without --no-build"
  done
done

# --- what runs ------------------------------------------------------------------------------------

port_of() { case "$1" in round-service) echo "$ROUND_PORT" ;; rectification-service) echo "$RECT_PORT" ;; esac; }
database_of() { case "$1" in round-service) echo xuncha_round_startup_bench ;; *) echo xuncha_rectification_startup_bench ;; esac; }
# The resource the first request reads: a page, so that it exists on an empty database too.
resource_of() { case "$1" in round-service) echo "/organizations?limit=20" ;; *) echo "/cases?limit=20" ;; esac; }

# variant_command SERVICE VARIANT: the java command line of that variant (without -jar), one word a line.
# The chosen settings run with malloc's arenas limited as bin/xuncha runs them (XUNCHA_MALLOC_ARENA_MAX).
variant_command() {
  local service=$1 variant=$2 arenas="MALLOC_ARENA_MAX=$XUNCHA_MALLOC_ARENA_MAX"
  case "$variant" in
    baseline) printf '%s\n' java -Xmx512m ;;
    before) printf '%s\n' java -XX:+UseSerialGC -Xms32m -Xmx384m ;;
    jdk17) printf '%s\n' env "$arenas" java $XUNCHA_JVM_MEMORY ;;
    aot) printf '%s\n' env "$arenas" "$JDK25/bin/java" $XUNCHA_JVM_MEMORY "-XX:AOTCache=$OUT/$service-aot.aot" ;;
    aot-static) printf '%s\n' env "$arenas" "$JDK25/bin/java" $XUNCHA_JVM_MEMORY "-XX:AOTCache=$OUT/$service-aot-static.aot" ;;
    aot-c1) printf '%s\n' env "$arenas" "$JDK25/bin/java" $XUNCHA_JVM_MEMORY -XX:TieredStopAtLevel=1 "-XX:AOTCache=$OUT/$service-aot.aot" ;;
    *) die "no variant '$variant'" ;;
  esac
}
jar_of() { # jar_of SERVICE VARIANT
  case "$2" in
    baseline) echo "$ROOT/$1/target/quarkus-app-fast-jar/quarkus-run.jar" ;;
    *) echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar" ;;
  esac
}

PID=""
stop() { # stops the service this script started last, gracefully (an AOT cache is written at exit)
  [ -n "$PID" ] || return 0
  kill "$PID" 2>/dev/null || true
  for _ in $(seq 1 480); do kill -0 "$PID" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$PID" 2>/dev/null && kill -9 "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=""
}
cleanup() {
  stop
  XUNCHA_TEST_KAFKA_PORT="$KAFKA_PORT" "$ROOT/bin/xuncha" broker stop test || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# launch SERVICE JAR JAVA-WORDS...: starts the service in the background, PID and STARTED set. The
# pool may wait 2 minutes for a connection (5 s by default): on a machine loaded well past its cores
# PostgreSQL took longer than 5 s to accept one, and starts of every variant failed.
launch() {
  local service=$1 jar=$2 port; shift 2
  port=$(port_of "$service")
  port_in_use "$port" && die "port $port is taken by a process this script did not start"
  STARTED=$(now_ms)
  env MP_JWT_VERIFY_PUBLICKEY_LOCATION="$KEY_DIR/public.pem" MP_JWT_VERIFY_ISSUER="$ISSUER" \
    KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" QUARKUS_HTTP_PORT="$port" XUNCHA_RATE_LIMIT_ENABLED=false \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$(database_of "$service")" \
    XUNCHA_RECTIFICATION_EVIDENCE_DIRECTORY="$OUT/evidence" \
    QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=PT2M \
    "$@" -jar "$jar" >>"$OUT/$service.log" 2>&1 &
  PID=$!
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
TOKEN=$(
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"iss":"%s","sub":"bench-startup","upn":"bench-startup","groups":["OFFICE"],"iat":%d,"exp":%d}' \
    "$ISSUER" "$now" $((now + 8 * 3600)) | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEY_DIR/private.pem" -binary | b64url)
  echo "$header.$payload.$signature"
)

answered() { # answered SERVICE: the first authenticated GET answers 200
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" \
    "http://127.0.0.1:$(port_of "$1")$(resource_of "$1")" 2>/dev/null)" = 200 ]
}

# until_answered SERVICE: polls every 20 ms; sets ELAPSED (ms from exec to the answer).
until_answered() {
  local service=$1
  for _ in $(seq 1 6000); do
    if answered "$service"; then ELAPSED=$(($(now_ms) - STARTED)); return 0; fi
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.02
  done
  tail -n 30 "$OUT/$service.log" >&2
  die "$service did not answer; its log is $OUT/$service.log"
}

rss_mb() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
# cpu_ms PID: the CPU time (user and system, all threads) the process has used so far, in ms: a
# figure that the machine's load bends far less than the wall clock.
TICK=$(getconf CLK_TCK)
cpu_ms() { awk -v tick="$TICK" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / tick }' "/proc/$1/stat"; }

# requests SERVICE N: N sequential GETs on one connection (one curl, keep-alive); prints the seconds.
requests() {
  local service=$1 n=$2 url config="$OUT/requests.curl" started codes
  url="http://127.0.0.1:$(port_of "$service")$(resource_of "$service")"
  { printf 'header = "Authorization: Bearer %s"\n' "$TOKEN"
    for _ in $(seq 1 "$n"); do printf 'url = "%s"\noutput = /dev/null\n' "$url"; done; } >"$config"
  started=$(now_ms)
  codes=$(curl -s -K "$config" -w '%{http_code}\n' | sort | uniq -c | tr -s ' ' | tr '\n' ' ')
  echo "$(($(now_ms) - started))" "$codes"
}

# --- the databases and the broker -----------------------------------------------------------------

say "databases xuncha_round_startup_bench and xuncha_rectification_startup_bench"
pg_isready -q -h 127.0.0.1 -p 5432 || die "PostgreSQL does not answer on 127.0.0.1:5432"
as_postgres psql -q -X -d postgres -f - <"$ROOT/bin/stack/provision.sql" >/dev/null
for pair in xuncha_round_startup_bench:xuncha_round xuncha_rectification_startup_bench:xuncha_rectification; do
  db=${pair%%:*}; owner=${pair##*:}
  as_postgres psql -q -X -d postgres -tc "select 1 from pg_database where datname = '$db'" | grep -q 1 ||
    as_postgres psql -q -X -d postgres -c "create database $db owner $owner" >/dev/null
done
say "a fresh Kafka broker on 127.0.0.1:$KAFKA_PORT"
XUNCHA_TEST_KAFKA_PORT="$KAFKA_PORT" "$ROOT/bin/xuncha" broker stop test
rm -rf "$ROOT/.stack/kafka/test-$KAFKA_PORT"
BROKER="a Kafka broker of its own"
# The first request needs no broker (the consumers and the relay keep trying): a broker that does
# not start within bin/xuncha's minute on an overloaded machine is noted, not fatal.
XUNCHA_TEST_KAFKA_PORT="$KAFKA_PORT" "$ROOT/bin/xuncha" broker start test ||
  { BROKER="no broker (it did not start in time)"; say "going on without a broker"; }
: >"$OUT/round-service.log"; : >"$OUT/rectification-service.log"

for service in round-service rectification-service; do
  say "$service: migrating its database (one start, not measured)"
  launch "$service" "$(jar_of "$service" baseline)" java -Xmx512m
  until_answered "$service"; stop
done

# --- the AOT caches -------------------------------------------------------------------------------

# written SERVICE CACHE: waits until the JVM's child process has assembled the cache (it says so).
written() {
  for _ in $(seq 1 1200); do
    grep -qF "AOTCache creation is complete: $2" "$OUT/$1.log" && return 0
    sleep 0.25
  done
  die "no AOT cache written at $2; see $OUT/$1.log"
}

# train_full SERVICE: a start on the migrated database, 200 requests, a graceful stop (written at exit).
train_full() {
  local service=$1 jar cache="$OUT/$1-aot.aot" trained
  jar=$(jar_of "$service" aot)
  if [ "$RETRAIN" = no ] && [ "$cache" -nt "$jar" ]; then say "$service: reusing $cache"; return 0; fi
  say "$service: training an AOT cache with a start and 200 requests"
  rm -f "$cache" "$cache.config"
  : >"$OUT/$service.log"
  launch "$service" "$jar" "$JDK25/bin/java" $XUNCHA_JVM_MEMORY -Xlog:aot=error "-XX:AOTCacheOutput=$cache"
  until_answered "$service"; requests "$service" 200 >/dev/null
  trained=$(now_ms); stop
  written "$service" "$cache"
  say "  trained in $(( (trained - STARTED) / 1000 )) s, written at exit in $(( ($(now_ms) - trained) / 1000 )) s: $(du -m "$cache" | cut -f1) MB"
}

# train_static SERVICE: a start that finds no database and exits (what an image build can run).
train_static() {
  local service=$1 jar cache="$OUT/$1-aot-static.aot" started
  jar=$(jar_of "$service" aot)
  if [ "$RETRAIN" = no ] && [ "$cache" -nt "$jar" ]; then say "$service: reusing $cache"; return 0; fi
  say "$service: training an AOT cache with a start that finds no database (as an image build can)"
  rm -f "$cache" "$cache.config"
  : >"$OUT/$service.log"
  started=$(now_ms)
  env QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:1/none KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 \
    QUARKUS_HTTP_PORT=0 MP_JWT_VERIFY_PUBLICKEY_LOCATION="$KEY_DIR/public.pem" \
    "$JDK25/bin/java" $XUNCHA_JVM_MEMORY -Xlog:aot=error "-XX:AOTCacheOutput=$cache" -jar "$jar" \
    >>"$OUT/$service.log" 2>&1 || true
  written "$service" "$cache"
  say "  trained and written in $(( ($(now_ms) - started) / 1000 )) s: $(du -m "$cache" | cut -f1) MB"
}

for service in round-service rectification-service; do
  case ",$VARIANTS," in *,aot,* | *,aot-c1,*) train_full "$service" ;; esac
  case ",$VARIANTS," in *,aot-static,*) train_static "$service" ;; esac
done

# --- the measurements -----------------------------------------------------------------------------

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
max() { sort -n | tail -n 1; }

REPORT="$OUT/$MODE.md"
before=$(loadavg)
say "$MODE: variants $VARIANTS; load average before $before"
{
  echo "bench/startup/run.sh $MODE, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores"
  echo
  if [ "$MODE" = start ]; then
    echo "| service | variant | starts | exec → first answer median (max), ms | ratio to baseline | CPU used by then median, ms | ratio | RSS after it median (max), MB | ratio |"
    echo "|---|---|---|---|---|---|---|---|---|"
  else
    echo "| service | variant | requests | RSS after them, MB | ratio to baseline | requests/s | ratio | load at the end |"
    echo "|---|---|---|---|---|---|---|---|"
  fi
} >"$REPORT"

for service in round-service rectification-service; do
  base_ms="" base_cpu="" base_rss="" base_rate=""
  for variant in ${VARIANTS//,/ }; do
    mapfile -t command < <(variant_command "$service" "$variant")
    jar=$(jar_of "$service" "$variant")
    if [ "$MODE" = start ]; then
      times=() cpus=() rsses=()
      for i in $(seq 1 "$STARTS"); do
        launch "$service" "$jar" "${command[@]}"
        until_answered "$service"
        rss=$(rss_mb "$PID"); cpu=$(cpu_ms "$PID"); stop
        times+=("$ELAPSED"); cpus+=("$cpu"); rsses+=("$rss")
        say "$service $variant start $i: $ELAPSED ms, CPU $cpu ms, RSS $rss MB, load $(loadavg)"
      done
      ms=$(printf '%s\n' "${times[@]}" | median); ms_max=$(printf '%s\n' "${times[@]}" | max)
      cpu=$(printf '%s\n' "${cpus[@]}" | median)
      mb=$(printf '%s\n' "${rsses[@]}" | median); mb_max=$(printf '%s\n' "${rsses[@]}" | max)
      [ -z "$base_ms" ] && base_ms=$ms base_cpu=$cpu base_rss=$mb
      printf '| %s | %s | %d | %d (%d) | %.2f | %d | %.2f | %d (%d) | %.2f |\n' "$service" "$variant" "$STARTS" \
        "$ms" "$ms_max" "$(echo "$ms / $base_ms" | bc -l)" "$cpu" "$(echo "$cpu / $base_cpu" | bc -l)" \
        "$mb" "$mb_max" "$(echo "$mb / $base_rss" | bc -l)" >>"$REPORT"
    else
      launch "$service" "$jar" "${command[@]}"
      until_answered "$service"
      read -r took codes < <(requests "$service" "$REQUESTS")
      rss=$(rss_mb "$PID"); stop
      rate=$((REQUESTS * 1000 / (took > 0 ? took : 1)))
      say "$service $variant: $REQUESTS requests in $took ms ($codes), RSS $rss MB, load $(loadavg)"
      [ -z "$base_rss" ] && base_rss=$rss base_rate=$rate
      printf '| %s | %s | %d | %d | %.2f | %d | %.2f | %s |\n' "$service" "$variant" "$REQUESTS" "$rss" \
        "$(echo "$rss / $base_rss" | bc -l)" "$rate" "$(echo "$rate / $base_rate" | bc -l)" "$(loadavg)" >>"$REPORT"
    fi
  done
done
{
  echo
  echo "Load average (1, 5, 15 min) before: $before; after: $(loadavg); $BROKER. Heap and GC of every variant but"
  echo "the baseline and before: $XUNCHA_JVM_MEMORY, MALLOC_ARENA_MAX=$XUNCHA_MALLOC_ARENA_MAX (bin/stack/jvm-options)."
} >>"$REPORT"
cat "$REPORT"
