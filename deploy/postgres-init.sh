#!/usr/bin/env bash
# First start of the compose PostgreSQL: one role and one database per service, each role able to
# connect to its own database only. Passwords come from the environment (see docker-compose.yml).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres <<SQL
create role xuncha_round login password '${ROUND_DB_PASSWORD}';
create role xuncha_rectification login password '${RECTIFICATION_DB_PASSWORD}';
create database xuncha_round owner xuncha_round;
create database xuncha_rectification owner xuncha_rectification;
revoke connect on database xuncha_round from public;
revoke connect on database xuncha_rectification from public;
grant connect on database xuncha_round to xuncha_round;
grant connect on database xuncha_rectification to xuncha_rectification;
SQL
