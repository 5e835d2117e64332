#!/usr/bin/env bash
# The cadre import from XLSX and the historical ledger import (#9), each against psql \copy of the
# same rows, in the same run.
#
#   bench/imports/kinds.sh [--no-build] [--jfr] [--only cadres|ledgers]
#       CADRES=100000 ITEMS=100000 CASES=1000 REIMPORT=yes (environment)
#
# Builds both services from a copy of the working tree (--no-build reuses $WORK/src), creates the
# databases xuncha_round_bench_kinds and xuncha_rectification_bench_kinds afresh, and starts each
# packaged service on its own port (round-service 18480, rectification-service 18481), no Kafka.
#   cadres:  imports a registry of TOWNSHIPS x VILLAGES organizations (the cadres' references), then
#            CADRES cadres from an .xlsx written by KindsBench (SXSSF), each with a home organization
#            and locality, two skills, two postings and a relative: POST /imports/cadres, polled.
#   ledgers: seeds CASES historical cases of ITEMS/CASES finding items each with SQL, as round-service's
#            historical FeedbackIssued opens them (bench/imports/kinds-cases.sql), then imports a ledger
#            CSV of a case row (signatures, plan, report, closing) per case and a row per item
#            (measures, owner, term, deadline, CLOSED, money, rules, persons): POST /imports/ledgers.
# Each is imported twice (the second changes nothing) unless REIMPORT=no; then the same rows are
# loaded with psql \copy into an unlogged table of text columns, the raw floor. Prints rows/s, the
# ratio, the service's RSS before and after, the load average; writes $WORK/results.md
# (default /tmp/xuncha-bench-kinds). BENCH_ROUND_JAR/BENCH_RECTIFICATION_JAR reuse packaged jars. --jfr records a flight recording of each service ($WORK/*.jfr).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
WORK=${BENCH_WORK:-/tmp/xuncha-bench-kinds}
ROUND_PORT=${BENCH_ROUND_PORT:-18480}
RECT_PORT=${BENCH_RECTIFICATION_PORT:-18481}
ROUND_DB=xuncha_round_bench_kinds
RECT_DB=xuncha_rectification_bench_kinds
CADRES=${CADRES:-100000}
ITEMS=${ITEMS:-100000}
CASES=${CASES:-1000}
TOWNSHIPS=${TOWNSHIPS:-100}
VILLAGES=${VILLAGES:-20}
REIMPORT=${REIMPORT:-yes}
DEAD_KAFKA=127.0.0.1:19999 # nothing listens there: no relay, nothing published or consumed
ISSUER=https://xuncha.bench/issuer

BUILD=yes JFR=no ONLY=all
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=no; shift ;;
    --jfr) JFR=yes; shift ;;
    --only) ONLY=$2; shift 2 ;;
    *) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 2 ;;
  esac
done

say() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31mbench:\033[0m %s\n' "$*" >&2; exit 1; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
round_db() { PGPASSWORD=xuncha_round psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U xuncha_round -d "$ROUND_DB" "$@"; }
rect_db() { PGPASSWORD=xuncha_rectification psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U xuncha_rectification -d "$RECT_DB" "$@"; }
now() { date +%s.%N; }
rss_kib() { ps -o rss= -p "$1" | tr -d ' '; }

mkdir -p "$WORK"
pg_isready -q -h 127.0.0.1 -p 5432 || die "PostgreSQL does not answer on 127.0.0.1:5432"

# --- the build ------------------------------------------------------------------------------------

ROUND_JAR=${BENCH_ROUND_JAR:-$WORK/src/round-service/target/quarkus-app/quarkus-run.jar}
RECT_JAR=${BENCH_RECTIFICATION_JAR:-$WORK/src/rectification-service/target/quarkus-app/quarkus-run.jar}
if [ -z "${BENCH_ROUND_JAR:-}${BENCH_RECTIFICATION_JAR:-}" ] && { [ "$BUILD" = yes ] || [ ! -f "$ROUND_JAR" ] || [ ! -f "$RECT_JAR" ]; }; then
  say "building both services from a copy of $ROOT's working tree in $WORK/src"
  rm -rf "$WORK/src" && mkdir -p "$WORK/src"
  tar -C "$ROOT" --exclude=./.git --exclude=target --exclude=./.stack --exclude=./bench -cf - . | tar -C "$WORK/src" -xf -
  started=$(date +%s)
  (cd "$WORK/src" && ./mvnw -q -B -o -DskipTests package -pl round-service,rectification-service -am) || die "the build failed"
  say "built in $(($(date +%s) - started)) s"
fi

if [ ! -f "$WORK/jwt/private.pem" ]; then
  mkdir -p "$WORK/jwt" && chmod 700 "$WORK/jwt"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/jwt/private.pem" 2>/dev/null
  openssl pkey -in "$WORK/jwt/private.pem" -pubout -out "$WORK/jwt/public.pem"
fi

rm -rf "$WORK/classes"
javac -nowarn -d "$WORK/classes" -cp "$(dirname "$ROUND_JAR")/lib/main/*" "$HERE/KindsBench.java" "$ROOT/bench/lib/BenchClient.java"
client() { java -cp "$WORK/classes:$(dirname "$ROUND_JAR")/lib/main/*" KindsBench "$@"; }

# --- the databases and the services ---------------------------------------------------------------

as_postgres psql -q -X -d postgres -f - <"$ROOT/bin/stack/provision.sql" >/dev/null
case "$ONLY" in cadres) DATABASES=("$ROUND_DB:xuncha_round") ;; ledgers) DATABASES=("$RECT_DB:xuncha_rectification") ;;
  *) DATABASES=("$ROUND_DB:xuncha_round" "$RECT_DB:xuncha_rectification") ;; esac
for pair in "${DATABASES[@]}"; do
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists ${pair%%:*} with (force)"
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "create database ${pair%%:*} owner ${pair##*:}"
done

PIDS=()
stop_all() {
  for entry in "${PIDS[@]}"; do
    local pid=${entry%%:*} jar=${entry#*:}
    # only a service this script started (its pid and its jar)
    if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$jar"; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
      say "stopped pid $pid"
    fi
  done
  PIDS=()
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# start NAME JAR PORT DB: sets PID
start() {
  local name=$1 jar=$2 port=$3 db=$4 jfr=()
  port_in_use "$port" && die "port $port is taken by a process this script did not start"
  [ "$JFR" = yes ] && jfr=("-XX:StartFlightRecording=filename=$WORK/$name.jfr,settings=profile,dumponexit=true")
  QUARKUS_HTTP_PORT="$port" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt/public.pem" MP_JWT_VERIFY_ISSUER="$ISSUER" \
    KAFKA_BOOTSTRAP_SERVERS="$DEAD_KAFKA" XUNCHA_OUTBOX_RELAY_ENABLED=false XUNCHA_RATE_LIMIT_ENABLED=false \
    XUNCHA_RECTIFICATION_EVIDENCE_DIRECTORY="$WORK/evidence" QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=PT2M \
    nohup java -Xmx512m "${jfr[@]}" -jar "$jar" >>"$WORK/$name.log" 2>&1 &
  PID=$!
  PIDS+=("$PID:$jar")
  for _ in $(seq 1 960); do
    # up when an authenticated request is answered (readiness also waits for the absent broker)
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/imports/00000000-0000-0000-0000-000000000000" \
      -H "Authorization: Bearer $TOKEN" 2>/dev/null || true)
    if [ "$code" = 404 ]; then say "$name runs on http://127.0.0.1:$port (pid $PID, log $WORK/$name.log)"; return 0; fi
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.25
  done
  tail -n 40 "$WORK/$name.log" >&2
  die "$name did not start; its log is $WORK/$name.log"
}
TOKEN=$(cat >"$WORK/Token.java" <<'JAVA'
public class Token { public static void main(String[] a) throws Exception {
  System.out.print(org.xuncha.bench.BenchClient.mint(java.nio.file.Path.of(a[0]), a[1])); } }
JAVA
javac -d "$WORK/classes" -cp "$WORK/classes" "$WORK/Token.java" && java -cp "$WORK/classes" Token "$WORK/jwt/private.pem" "$ISSUER")

# ratio A B: A / B to two decimals
ratio() { echo "scale=4; $1 / $2" | bc | awk '{ printf "%.4f", $1 }'; }
rate_of() { sed -n 's/.*rows_per_second=\([0-9]*\).*/\1/p' <<<"$1"; }
RESULTS=()

# --- cadres ---------------------------------------------------------------------------------------

bench_cadres() {
  : >"$WORK/round-service.log"
  start round-service "$ROUND_JAR" "$ROUND_PORT" "$ROUND_DB"
  local pid=$PID registry="$WORK/registry.csv" xlsx="$WORK/cadres.xlsx" csv="$WORK/cadres.csv"
  awk -v t="$TOWNSHIPS" -v v="$VILLAGES" 'BEGIN {
    print "编码,名称,类型,上级编码"; print "B,基准县委,县,"
    for (i = 1; i <= t; i++) { printf "B-%d,第%d镇党委,乡镇,B\n", i, i; for (j = 1; j <= v; j++) printf "B-%d-%d,第%d镇第%d村党支部,村,B-%d\n", i, j, i, j, i }
  }' >"$registry"
  say "registry: $(client import "http://127.0.0.1:$ROUND_PORT" "$WORK/jwt/private.pem" "$ISSUER" /imports/organizations "$registry" text/csv)"
  say "generating $CADRES cadres into $xlsx (and the same rows as CSV)"
  client cadres "$xlsx" "$csv" "$CADRES" "$TOWNSHIPS" "$VILLAGES"
  say "$(du -h "$xlsx" | cut -f1) xlsx, $(du -h "$csv" | cut -f1) csv"
  local before load_before first second="" after copy_started copy_seconds copied
  before=$(rss_kib "$pid"); load_before=$(loadavg)
  first=$(client import "http://127.0.0.1:$ROUND_PORT" "$WORK/jwt/private.pem" "$ISSUER" /imports/cadres "$xlsx" \
    application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)
  say "cadres: $first"
  if [ "$REIMPORT" = yes ]; then
    second=$(client import "http://127.0.0.1:$ROUND_PORT" "$WORK/jwt/private.pem" "$ISSUER" /imports/cadres "$xlsx" \
      application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)
    say "cadres again: $second"
  fi
  after=$(rss_kib "$pid")
  stop_all
  round_db <<'SQL'
create unlogged table if not exists bench_copy_cadres (office_code text, name text, source_system text, rank text,
    home_organization_code text, home_locality_code text, skills text, postings text, relatives text);
truncate bench_copy_cadres;
SQL
  copy_started=$(now)
  round_db -c "\\copy bench_copy_cadres from '$csv' with (format csv, header true)"
  copy_seconds=$(echo "$(now) - $copy_started" | bc)
  copied=$(round_db -Atc 'select count(*) from bench_copy_cadres')
  local copy_rate; copy_rate=$(echo "$copied / $copy_seconds" | bc)
  RESULTS+=("| cadres, XLSX ($CADRES rows, $(du -h "$xlsx" | cut -f1)) | $first | ${second:-not run} | rows=$copied seconds=$copy_seconds rows_per_second=$copy_rate | $(ratio "$(rate_of "$first")" "$copy_rate") | $before → $after KiB | $load_before → $(loadavg) |")
}

# --- ledgers --------------------------------------------------------------------------------------

bench_ledgers() {
  : >"$WORK/rectification-service.log"
  start rectification-service "$RECT_JAR" "$RECT_PORT" "$RECT_DB"
  local pid=$PID term csv="$WORK/ledgers.csv" per=$((ITEMS / CASES))
  term=$(cat /proc/sys/kernel/random/uuid)
  say "seeding $CASES historical cases of $per finding items each (as the historical FeedbackIssued opens them)"
  rect_db -v term="$term" -v cases="$CASES" -v per="$per" -f "$HERE/kinds-cases.sql"
  awk -v cases="$CASES" -v per="$per" 'BEGIN {
    print "类别,巡察编号,问题编号,单位签收日期,单位签收人,主要负责人签收日期,分管领导签收日期,整改方案报送日期,整改方案,整改报告报送日期,整改报告,销号日期,整改措施,责任人,责任单位,整改类型,整改期限,状态,挽回经济损失,建章立制,追责问责人数"
    for (c = 1; c <= cases; c++) {
      for (i = 1; i <= per; i++)
        printf "事项,H-%d,H-%d-%03d,,,,,,,,,2018-07-15,资金收回并纳入三资平台第%d项,责任人%d,第%d镇党委,限期整改,2018-08-31,已销号,%d.00,%d,%d\n", c, c, i, i, i, c, i * 100, i % 3, i % 2
      printf "案件,H-%d,,2018-05-21,签收人%d,2018-05-21,2018-05-22,2018-06-10,整改方案%d,2018-07-20,整改报告%d,2018-09-30,,,,,,,,,\n", c, c, c, c
    }
  }' >"$csv"
  say "$(($(wc -l <"$csv") - 1)) ledger rows ($CASES cases, $ITEMS items), $(du -h "$csv" | cut -f1)"
  local before load_before first second="" after copy_started copy_seconds copied
  before=$(rss_kib "$pid"); load_before=$(loadavg)
  first=$(client import "http://127.0.0.1:$RECT_PORT" "$WORK/jwt/private.pem" "$ISSUER" "/imports/ledgers?termId=$term" "$csv" text/csv)
  say "ledgers: $first"
  if [ "$REIMPORT" = yes ]; then
    second=$(client import "http://127.0.0.1:$RECT_PORT" "$WORK/jwt/private.pem" "$ISSUER" "/imports/ledgers?termId=$term" "$csv" text/csv)
    say "ledgers again: $second"
  fi
  after=$(rss_kib "$pid")
  stop_all
  rect_db <<'SQL'
create unlogged table if not exists bench_copy_ledgers (kind text, inspection_number text, item_number text,
    organization_signed_on text, organization_signer text, principal_leader_signed_on text,
    leader_in_charge_signed_on text, plan_submitted_on text, plan text, reported_on text, report_summary text,
    closed_on text, measures text, responsible_person text, responsible_department text, term text, deadline text,
    state text, money_recovered text, rules_established text, persons_held_accountable text);
truncate bench_copy_ledgers;
SQL
  copy_started=$(now)
  rect_db -c "\\copy bench_copy_ledgers from '$csv' with (format csv, header true)"
  copy_seconds=$(echo "$(now) - $copy_started" | bc)
  copied=$(rect_db -Atc 'select count(*) from bench_copy_ledgers')
  local copy_rate; copy_rate=$(echo "$copied / $copy_seconds" | bc)
  RESULTS+=("| ledgers, CSV ($CASES cases + $ITEMS items, $(du -h "$csv" | cut -f1)) | $first | ${second:-not run} | rows=$copied seconds=$copy_seconds rows_per_second=$copy_rate | $(ratio "$(rate_of "$first")" "$copy_rate") | $before → $after KiB | $load_before → $(loadavg) |")
}

case "$ONLY" in all | cadres) bench_cadres ;; esac
case "$ONLY" in all | ledgers) bench_ledgers ;; esac

{
  echo "## Cadre and ledger imports ($(date -u +%FT%TZ), $(nproc) cores, -Xmx512m)"
  echo
  echo "| kind | first import | the same file again | psql \\copy into an unlogged text table (raw floor) | ratio, first import to \\copy | RSS before → after | load average before → after |"
  echo "|---|---|---|---|---|---|---|"
  printf '%s\n' "${RESULTS[@]}"
} | tee "$WORK/results.md"
