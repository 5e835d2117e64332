#!/usr/bin/env bash
# The audit trail's PostgreSQL cost per row (#9, #14), V90 against V91, in the same run on the same
# PostgreSQL: no service, no JVM, only the migrations' SQL.
#
#   bench/imports/audit-cost.sh          ROWS=20000 REPEAT=3 by default (environment)
#
# Two scratch databases (xuncha_audit_cost_v90_audit, xuncha_audit_cost_v91_audit) get a table shaped
# like organization under the trail (V90's audit_entry, functions and audit_track; the second also
# V91__audit_cheaper.sql) and an untracked twin of it. Each case writes ROWS rows in one transaction
# and commits (the deferred trigger runs at the commit), REPEAT times; the median wall time is compared
# with the same write into the untracked twin in the same database (the raw baseline): the trail's
# cost per row in µs is (audited - raw) / ROWS. Cases: insert, update (every row, one column), and
# with V91 the bulk path (audit_bulk_begin, the insert, audit_bulk_append over the rows written).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ROWS=${ROWS:-20000}
REPEAT=${REPEAT:-3}
MIGRATIONS="$ROOT/round-service/src/main/resources/db/migration"
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
sql() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -d "$1" "${@:2}"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
work=$(mktemp -d); chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

# V90 without its loop over the service's tables (there are none here): the trail's objects only
sed -n '/^create table audit_entry/,/^-- Every table of the service/p' "$MIGRATIONS/V90__audit_trail.sql" >"$work/v90.sql"
cat >"$work/tables.sql" <<'SQL'
create table org (id uuid primary key, name text, type text, parent_id uuid, principal_leader_name text,
    principal_leader_post text, leader_in_charge_name text, leader_in_charge_post text, discipline_body text,
    created_at timestamptz, version int, node_key bigint, path text, depth int, credit_code text,
    city_directed boolean, office_code text);
create table raw_org (like org including all);
create table audit_untracked (table_name text primary key);
SQL
for version in v90 v91; do
  db=xuncha_audit_cost_${version}_audit
  sql postgres -c "drop database if exists $db" -c "create database $db"
  sql "$db" -f "$work/tables.sql" -f "$work/v90.sql" -c "select audit_track('org')" >/dev/null
  [ "$version" = v91 ] && sql "$db" -f "$MIGRATIONS/V91__audit_cheaper.sql" >/dev/null
done

rows() { # rows <table>: the insert of ROWS organization-like rows
  echo "insert into $1 select gen_random_uuid(), '第' || g || '镇第' || g || '村党支部', 'VILLAGE', null, '村支书' || g,
        '党支部书记', null, null, null, now(), 0, g, '/00000001/' || lpad(to_hex(g), 8, '0') || '/', 1, null, false,
        'C-' || g from generate_series(1, $ROWS) g"
}
timed() { # timed <db> <sql>: wall milliseconds of one transaction, commit included
  local started; started=$(date +%s%N)
  sql "$1" -c "begin" -c "$2" -c "commit" >/dev/null
  echo $(( ($(date +%s%N) - started) / 1000000 ))
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
measure() { # measure <db> <table> <case>: median ms over REPEAT runs
  local db=$1 table=$2 case=$3 i
  for i in $(seq 1 "$REPEAT"); do
    sql "$db" -c "truncate $table" >/dev/null
    case $case in
      insert) timed "$db" "$(rows "$table")" ;;
      update) sql "$db" -c "$(rows "$table")" >/dev/null
              timed "$db" "update $table set name = name || '（更名）'" ;;
      bulk) timed "$db" "select audit_bulk_begin('$table'); $(rows "$table");
                         select audit_bulk_append('$table', 'select ''INSERT'' as action, o.id::text as aggregate_id,
                                null::jsonb as before_state, to_jsonb(o) as after_state from $table o
                                where \$1 = \$1 order by o.node_key', '')" ;;
    esac
  done | median
}

echo "rows per transaction: $ROWS, median of $REPEAT; load average before: $(loadavg)"
echo
echo "| trail | write | raw (untracked twin) ms | audited ms | audited / raw | trail µs per row |"
echo "|---|---|---|---|---|---|"
for run in "v90 insert" "v91 insert" "v91 bulk" "v90 update" "v91 update"; do
  set -- $run
  db=xuncha_audit_cost_$1_audit
  write=$2; [ "$write" = bulk ] && base=insert || base=$write
  raw=$(measure "$db" raw_org "$base")
  audited=$(measure "$db" org "$write")
  awk -v v="$1" -v w="$write" -v r="$raw" -v a="$audited" -v n="$ROWS" \
    'BEGIN { printf "| %s | %s | %d | %d | %.1fx | %.1f |\n", v, w, r, a, a / r, (a - r) * 1000 / n }'
done
echo
echo "load average after: $(loadavg)"
for version in v90 v91; do sql postgres -c "drop database if exists xuncha_audit_cost_${version}_audit"; done
