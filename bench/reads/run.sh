#!/usr/bin/env bash
# One-resource reads against the raw primary-key SELECT (issue #14), in the same run:
#
#   bench/reads/run.sh [--organizations 10000] [--seconds 20] [--connections "16 50"]
#
#   1. creates xuncha_round_bench_reads$XUNCHA_BENCH_DB_SUFFIX (owner xuncha_round); the packaged
#      round-service migrates it (Flyway cleans it first) on 127.0.0.1:$XUNCHA_BENCH_ROUND_PORT
#      (18183), with bin/stack/jvm-options, no broker (nothing is published), no rate limit
#   2. loads N organizations with SQL, their ids md5(n)::uuid, so both clients can name one
#   3. for each number of connections: pgbench -M prepared -f select.sql (the service's own
#      SELECT of the row by its primary key, random ids) for S seconds, then wrk for S seconds on
#      GET /organizations/{id} (random ids, an OFFICE token): throughput of each, the ratio, the
#      latencies, the load average; one wrk warm-up of S seconds first
#   4. the service's RSS after it all, into the table; stops the service
#
# Package first: ./mvnw -B -q -DskipTests package -pl round-service -am. Needs pgbench and wrk
# (Debian: apt-get install wrk). Environment: XUNCHA_BENCH_ROUND_PORT, XUNCHA_BENCH_DB_SUFFIX,
# XUNCHA_BENCH_JFR=1 (a flight recording of the service into bench/target/reads/round-service.jfr),
# XUNCHA_BENCH_ENV ("VAR=value ..." passed to the service, e.g. a pool size to compare),
# XUNCHA_JVM_MEMORY (the service's heap flags; bin/stack/jvm-options' by default).
# The table goes to bench/target/reads/results.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
OUT="$ROOT/bench/target/reads"
DB="xuncha_round_bench_reads${XUNCHA_BENCH_DB_SUFFIX:-}"
PORT="${XUNCHA_BENCH_ROUND_PORT:-18183}"
JAR="$ROOT/round-service/target/quarkus-app/quarkus-run.jar"
KEY_DIR="$ROOT/test-support/src/main/resources/xuncha-test-jwt"
ISSUER="https://xuncha.test/issuer"
ORGS=10000 SECONDS_EACH=20 CONNECTIONS="16 50"
while [ $# -gt 0 ]; do
  case "$1" in
    --organizations) ORGS=$2; shift 2 ;;
    --seconds) SECONDS_EACH=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    *) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done

say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mbench:\033[0m %s\n' "$*" >&2; exit 1; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
db() { PGPASSWORD=xuncha_round psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U xuncha_round -d "$DB" "$@"; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

[ -f "$JAR" ] || die "round-service is not packaged: ./mvnw -B -q -DskipTests package -pl round-service -am"
command -v pgbench >/dev/null || die "no pgbench"
command -v wrk >/dev/null || die "no wrk (apt-get install wrk)"
port_in_use "$PORT" && die "port $PORT is taken"
mkdir -p "$OUT"
# shellcheck source=/dev/null
[ -n "${XUNCHA_JVM_MEMORY:-}" ] || . "$ROOT/bin/stack/jvm-options"

SERVICE=
stop() {
  if [ -n "$SERVICE" ] && kill -0 "$SERVICE" 2>/dev/null; then
    kill "$SERVICE"; wait "$SERVICE" 2>/dev/null || true
  fi
}
trap stop EXIT

say "database $DB"
as_postgres psql -q -X -d postgres -f - <"$ROOT/bin/stack/provision.sql" >/dev/null
as_postgres psql -q -X -d postgres -tc "select 1 from pg_database where datname = '$DB'" | grep -q 1 ||
  as_postgres psql -q -X -d postgres -c "create database $DB owner xuncha_round" >/dev/null

say "round-service on :$PORT ($XUNCHA_JVM_MEMORY)"
# shellcheck disable=SC2086
env MP_JWT_VERIFY_PUBLICKEY_LOCATION="$KEY_DIR/public.pem" MP_JWT_VERIFY_ISSUER="$ISSUER" \
  KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:19999 XUNCHA_OUTBOX_RELAY_ENABLED=false XUNCHA_RATE_LIMIT_ENABLED=false \
  QUARKUS_HTTP_PORT="$PORT" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  QUARKUS_FLYWAY_CLEAN_AT_START=true QUARKUS_FLYWAY_CLEAN_DISABLED=false QUARKUS_LOG_LEVEL=WARN \
  QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=PT2M \
  ${XUNCHA_BENCH_ENV:-} \
  java $XUNCHA_JVM_MEMORY ${XUNCHA_BENCH_JFR:+-XX:StartFlightRecording=filename=$OUT/round-service.jfr,settings=profile} \
  -jar "$JAR" >"$OUT/round-service.log" 2>&1 &
SERVICE=$!
for _ in $(seq 1 480); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" 2>/dev/null && break
  kill -0 "$SERVICE" 2>/dev/null || { tail -n 30 "$OUT/round-service.log" >&2; die "round-service ended"; }
  sleep 0.25
done

say "$ORGS organizations"
db -v n="$ORGS" <<'SQL'
insert into organization (id, name, type, principal_leader_name, principal_leader_post, leader_in_charge_name,
                          leader_in_charge_post, discipline_body, created_at, version, node_key, path, depth, city_directed)
select md5(n::text)::uuid, '江临市第' || n || '村', 'VILLAGE', '王某某', '党支部书记', '李某某', '分管负责人', '乡镇纪委',
       now(), 0, key, '/' || lpad(to_hex(key), 8, '0') || '/', 0, false
  from (select n, nextval('organization_node_key') as key from generate_series(1, :n) n) numbered;
analyze organization;
SQL
db -At -c "select id from organization order by node_key" >"$OUT/ids.txt"

# The same SELECT the service sends (its statement, in Hibernate's words, read from the log of a probe).
cat >"$OUT/select.sql" <<'SQL'
\set n random(1, :orgs)
select * from organization where id = md5(:n::text)::uuid;
SQL

b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64)
claims=$(printf '{"iss":"%s","sub":"bench-office","upn":"bench-office","groups":["OFFICE"],"iat":%d,"exp":%d}' \
  "$ISSUER" $((now - 5)) $((now + 7200)) | b64)
signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$KEY_DIR/private.pem" -binary | b64)
TOKEN="$header.$claims.$signature"
curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/organizations/$(head -1 "$OUT/ids.txt")" ||
  die "the service does not answer a read"

cat >"$OUT/get.lua" <<EOF2
local ids = {}
for line in io.lines("$OUT/ids.txt") do ids[#ids + 1] = line end
math.randomseed(os.time())
wrk.headers["Authorization"] = "Bearer $TOKEN"
request = function() return wrk.format("GET", "/organizations/" .. ids[math.random(#ids)]) end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests))
end
EOF2

wrk_run() { wrk -t2 -c "$1" -d "${SECONDS_EACH}s" --timeout 5s -s "$OUT/get.lua" "http://127.0.0.1:$PORT" | sed -n 's/^RESULT //p'; }

say "warm-up: wrk, 16 connections, $SECONDS_EACH s"
wrk_run 16 >/dev/null

{
  echo "round-service $(git -C "$ROOT" rev-parse --short HEAD), $ORGS organizations, $SECONDS_EACH s each, $(date -u +%FT%TZ)"
  echo "JVM: $XUNCHA_JVM_MEMORY; service environment: ${XUNCHA_BENCH_ENV:-(defaults)}"
  echo
  echo "| connections | pgbench SELECT/s (p50 avg) | GET /organizations/{id}/s | ratio | GET p50 | GET p99 | GET max | errors | load before pgbench / wrk / after |"
  echo "|---|---|---|---|---|---|---|---|---|"
} >"$OUT/results.md"
for c in $CONNECTIONS; do
  l0=$(loadavg)
  pg=$(PGPASSWORD=xuncha_round pgbench -n -M prepared -h 127.0.0.1 -U xuncha_round -c "$c" -j 2 -T "$SECONDS_EACH" \
    -D orgs="$ORGS" -f "$OUT/select.sql" "$DB" 2>&1)
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$pg")
  pg_latency=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$pg")
  l1=$(loadavg)
  read -r rps p50 p99 max errors _ < <(wrk_run "$c")
  l2=$(loadavg)
  ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.2f", a / b }')
  say "$c connections: pgbench $tps/s, GET $rps/s ($ratio), p99 $p99 ms"
  echo "| $c | $tps (avg $pg_latency ms) | $rps | $ratio | $p50 ms | $p99 ms | $max ms | $errors | $l0 / $l1 / $l2 |" >>"$OUT/results.md"
done
rss=$(awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/$SERVICE/status")
echo >>"$OUT/results.md"
echo "round-service RSS after the run: $rss" >>"$OUT/results.md"
cat "$OUT/results.md"
