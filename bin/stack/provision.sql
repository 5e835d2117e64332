-- Roles and databases of the local stack; safe to run again. Each service has its own role and
-- its own databases, and may connect to nothing else. Passwords are local-only defaults.
\set ON_ERROR_STOP on

select 'create role xuncha_round login password ''xuncha_round'''
 where not exists (select from pg_roles where rolname = 'xuncha_round') \gexec
select 'create role xuncha_rectification login password ''xuncha_rectification'''
 where not exists (select from pg_roles where rolname = 'xuncha_rectification') \gexec

select format('create database %I owner %I', name, owner)
  from (values ('xuncha_round', 'xuncha_round'),
               ('xuncha_round_test', 'xuncha_round'),
               ('xuncha_round_e2e', 'xuncha_round'),
               ('xuncha_rectification', 'xuncha_rectification'),
               ('xuncha_rectification_test', 'xuncha_rectification'),
               ('xuncha_rectification_e2e', 'xuncha_rectification')) as wanted (name, owner)
 where not exists (select from pg_database where datname = wanted.name) \gexec

select format('revoke connect on database %I from public', datname) from pg_database where datname like 'xuncha\_%' \gexec
select format('grant connect on database %I to %I', datname, pg_get_userbyid(datdba)) from pg_database where datname like 'xuncha\_%' \gexec

-- Test databases trade durability for speed.
select format('alter database %I set synchronous_commit = off', datname)
  from pg_database where datname like 'xuncha\_%\_test' or datname like 'xuncha\_%\_e2e' \gexec
