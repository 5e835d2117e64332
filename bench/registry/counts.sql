-- What is loaded: organizations by depth and type, and the rest.
\set ON_ERROR_STOP on
\pset footer off
select depth, type, count(*) as organizations from organization group by rollup (depth, type) order by depth nulls last, type nulls first;
select (select count(*) from cadre) as cadres, (select count(*) from cadre_posting) as postings,
       (select count(*) from cadre_relative) as relatives,
       (select count(*) from pool_membership where pool = 'LEADER') as leader_pool,
       (select count(*) from pool_membership where pool = 'SPECIALIST') as specialist_pool;
select t.name as term, t.scope_size, t.covered_count, round(100.0 * t.covered_count / nullif(t.scope_size, 0), 1) as covered_pct,
       (select count(*) from round r where r.term_id = t.id) as rounds,
       (select count(*) from inspection) as inspections, (select count(*) from inspection_extension) as extensions,
       (select count(*) from finding) as findings, (select count(*) from audit_result) as audit_results,
       (select reltuples::bigint from pg_class where relname = 'lead' and relkind = 'r') as leads_est,
       (select reltuples::bigint from pg_class where relname = 'petition' and relkind = 'r') as petitions_est
  from term t;
select pg_size_pretty(pg_database_size(current_database())) as database_size,
       pg_size_pretty(pg_total_relation_size('organization')) as organization_with_indexes,
       pg_size_pretty(pg_total_relation_size('term_scope')) as term_scope_with_indexes;
