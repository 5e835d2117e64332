-- What is loaded: the registry, the term, the findings and what came of them.
\set ON_ERROR_STOP on
\pset footer off
\pset pager off
select type, count(*) as organizations, count(*) filter (where id in (select organization_id from inspection)) as inspected
  from organization group by rollup (type) order by type nulls last;
select r.number as round, r.kind, count(distinct i.id) as inspections, count(distinct i.team_id) as teams,
       string_agg(distinct i.state, ', ') as inspection_states,
       (select count(*) from finding f where f.round_id = r.id) as findings,
       (select count(*) from lead l where l.round_id = r.id) as leads
  from round r join inspection i on i.round_id = r.id group by r.id, r.number, r.kind order by r.number;
select state, count(*) as findings from finding group by rollup (state) order by state nulls last;
select (select count(*) from finding_tally) as finding_tally_rows, (select sum(findings) from finding_tally) as tally_sum,
       (select count(*) from inspection_extension) as extensions, (select count(*) from cadre) as cadres,
       (select count(*) from team_member) as team_members;
select state, count(*) as leads, count(*) filter (where transferred_at is not null) as transferred,
       coalesce(sum(cases_filed), 0) as cases_filed from lead group by rollup (state) order by state nulls last;
select (select count(*) from feedback) as feedback, (select count(*) from report where kind = 'INSPECTION') as inspection_reports,
       (select count(*) from report where kind = 'TOPIC') as topic_reports, (select count(*) from recommendation) as recommendations,
       (select count(*) from followed_case) as followed_cases, (select count(*) from followed_item) as followed_items,
       (select count(*) from followed_item where closed) as items_closed, (select count(*) from followed_item where overdue) as items_overdue,
       (select count(*) from followed_overdue) as case_deadlines_overdue;
select t.scope_size, t.covered_count, round(100.0 * t.covered_count / nullif(t.scope_size, 0), 1) as covered_pct from term t;
select pg_size_pretty(pg_database_size(current_database())) as database_size,
       pg_size_pretty(pg_relation_size('finding')) as finding_heap,
       pg_size_pretty(pg_indexes_size('finding')) as finding_indexes,
       pg_size_pretty(pg_total_relation_size('followed_item')) as followed_item_with_indexes;
