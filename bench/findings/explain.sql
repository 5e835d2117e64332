-- EXPLAIN (ANALYZE, BUFFERS) of the SQL round-service runs for each measured operation, as it runs
-- it: Figures.of / teams / cadres (native SQL, copied from Figures.java as of schema V5) and
-- Findings.list (as Hibernate renders it, read off quarkus.hibernate-orm.log.sql). Keep in step with
-- the sources. psql variables (run.sh passes the fixture): term, round, inspection, page10000 (the
-- last id of page 9,999), deep (the last id before the inspection's deep page).
\set ON_ERROR_STOP on
\pset pager off

\echo '=== Figures.of(term): 1. rounds, teams, organizations inspected'
explain (analyze, buffers)
with scoped as (select i.id, i.round_id, i.team_id, i.organization_id, i.stationed_at from inspection i
                  join round r on r.id = i.round_id join organization o on o.id = i.organization_id where true and r.term_id = :'term')
select count(distinct round_id), count(distinct team_id), count(distinct organization_id) filter (where stationed_at is not null) from scoped;

\echo '=== Figures.of(term): 2. cadres deployed by source system'
explain (analyze, buffers)
with scoped as (select i.id, i.round_id, i.team_id, i.organization_id, i.stationed_at from inspection i
                  join round r on r.id = i.round_id join organization o on o.id = i.organization_id where true and r.term_id = :'term')
select c.source_system, count(distinct c.id) from cadre c join team_member m on m.cadre_id = c.id
 where m.team_id in (select team_id from scoped) group by c.source_system order by 1;

\echo '=== Figures.of(term): 3. villages reached by extension'
explain (analyze, buffers)
with scoped as (select i.id, i.round_id, i.team_id, i.organization_id, i.stationed_at from inspection i
                  join round r on r.id = i.round_id join organization o on o.id = i.organization_id where true and r.term_id = :'term')
select count(distinct e.organization_id) from inspection_extension e join scoped s on s.id = e.inspection_id
  join organization v on v.id = e.organization_id where s.stationed_at is not null and v.type in ('VILLAGE', 'COMMUNITY');

\echo '=== Figures.of(term): 4. findings by category (finding_tally)'
explain (analyze, buffers)
select category_code, sum(findings) from finding_tally where true and term_id = :'term' and state <> 'DRAFT' group by category_code order by 1;

\echo '=== Figures.of(term): 5. findings by state (finding_tally)'
explain (analyze, buffers)
select state, sum(findings) from finding_tally where true and term_id = :'term' group by state order by 1;

\echo '=== Figures.of(term): 6. leads'
explain (analyze, buffers)
select count(*), count(*) filter (where transferred_at is not null), coalesce(sum(cases_filed), 0),
       coalesce(sum(persons_sanctioned), 0), coalesce(sum(judicial_transfers), 0) from lead where true and term_id = :'term';

\echo '=== Figures.of(term): 7. leads transferred by receiving body'
explain (analyze, buffers)
select transferred_to, count(*) from lead where true and term_id = :'term' and transferred_at is not null group by transferred_to order by 1;

\echo '=== Figures.of(term): 8. opinions, recommendations, topic reports'
explain (analyze, buffers)
with scoped as (select i.id, i.round_id, i.team_id, i.organization_id, i.stationed_at from inspection i
                  join round r on r.id = i.round_id join organization o on o.id = i.organization_id where true and r.term_id = :'term')
select (select count(*) from feedback f where f.inspection_id in (select id from scoped)),
       (select count(*) from recommendation c join report p on p.id = c.report_id
         where p.inspection_id in (select id from scoped)
            or (p.kind = 'TOPIC' and p.round_id in (select id from round r where true and r.term_id = :'term'))),
       (select count(*) from report p where p.kind = 'TOPIC' and p.state = 'APPROVED'
           and p.round_id in (select id from round r where true and r.term_id = :'term'));

\echo '=== Figures.of(term): 9. rectification (followed_case, followed_tally)'
explain (analyze, buffers)
with scoped as (select i.id, i.round_id, i.team_id, i.organization_id, i.stationed_at from inspection i
                  join round r on r.id = i.round_id join organization o on o.id = i.organization_id where true and r.term_id = :'term'), cases as (
    select coalesce(sum(items_closed_at_report), 0) as closed_at_report, coalesce(sum(items_fed_back_at_report), 0) as fed_back_at_report,
           count(*) filter (where closed_at is not null) as closed
      from followed_case where inspection_id in (select id from scoped)
), items as (
    select coalesce(sum(items_overdue_open), 0) as overdue, coalesce(sum(money_recovered), 0) as money,
           coalesce(sum(rules_established), 0) as rules, coalesce(sum(persons_held_accountable), 0) as persons
      from followed_tally where inspection_id in (select id from scoped)
)
select c.closed_at_report, c.fed_back_at_report, t.overdue, t.money, t.rules, t.persons, c.closed from cases c, items t;

\echo '=== Figures.of(term): 10. coverage rate (the term''s two counters)'
explain (analyze, buffers) select scope_size, covered_count from term where id = :'term';

\echo '=== Figures.of(round): 9. rectification, for one round'
explain (analyze, buffers)
with scoped as (select i.id, i.round_id, i.team_id, i.organization_id, i.stationed_at from inspection i
                  join round r on r.id = i.round_id join organization o on o.id = i.organization_id where true and i.round_id = :'round'), cases as (
    select coalesce(sum(items_closed_at_report), 0) as closed_at_report, coalesce(sum(items_fed_back_at_report), 0) as fed_back_at_report,
           count(*) filter (where closed_at is not null) as closed
      from followed_case where inspection_id in (select id from scoped)
), items as (
    select coalesce(sum(items_overdue_open), 0) as overdue, coalesce(sum(money_recovered), 0) as money,
           coalesce(sum(rules_established), 0) as rules, coalesce(sum(persons_held_accountable), 0) as persons
      from followed_tally where inspection_id in (select id from scoped)
)
select c.closed_at_report, c.fed_back_at_report, t.overdue, t.money, t.rules, t.persons, c.closed from cases c, items t;

\echo '=== Figures.teams(term)'
explain (analyze, buffers)
with found as (
    select t.team_id as who, sum(t.findings) as findings, sum(t.findings) filter (where t.state <> 'DRAFT') as confirmed
      from finding_tally t where true and t.term_id = :'term' group by t.team_id
), led as (
    select l.team_id as who, count(*) as leads, count(*) filter (where l.transferred_at is not null) as transferred,
           count(*) filter (where l.cases_filed > 0) as to_case
      from lead l where true and l.term_id = :'term' group by l.team_id
)
select coalesce(f.who, l.who), tm.name, coalesce(f.findings, 0), coalesce(f.confirmed, 0),
       coalesce(l.leads, 0), coalesce(l.transferred, 0), coalesce(l.to_case, 0)
  from found f full join led l on l.who = f.who
  join team tm on tm.id = coalesce(f.who, l.who)
 order by 3 desc, 2;

\echo '=== Figures.cadres(term) (finding_cadre_tally)'
explain (analyze, buffers)
with found as (
    select f.found_by as who, sum(f.findings) as findings, sum(f.findings) filter (where f.state <> 'DRAFT') as confirmed
      from finding_cadre_tally f where true and f.term_id = :'term' group by f.found_by having sum(f.findings) > 0
), led as (
    select l.found_by as who, count(*) as leads, count(*) filter (where l.transferred_at is not null) as transferred,
           count(*) filter (where l.cases_filed > 0) as to_case
      from lead l where true and l.term_id = :'term' and l.found_by is not null group by l.found_by
)
select coalesce(f.who, l.who), c.name, coalesce(f.findings, 0), coalesce(f.confirmed, 0),
       coalesce(l.leads, 0), coalesce(l.transferred, 0), coalesce(l.to_case, 0)
  from found f full join led l on l.who = f.who
  join cadre c on c.id = coalesce(f.who, l.who)
 order by 3 desc, 2;

-- Findings.list as Hibernate renders it: every column of finding, offset 0, limit + 1 rows.
\set columns 'f1_0.id, f1_0.category_code, f1_0.common_problem_candidate, f1_0.confirmed_at, f1_0.confirmed_by, f1_0.created_at, f1_0.description, f1_0.fed_back_at, f1_0.found_by, f1_0.inspection_id, f1_0.money_involved, f1_0.organization_id, f1_0.organization_type, f1_0.persons_named, f1_0.rectified_at, f1_0.round_id, f1_0.state, f1_0.team_id, f1_0.term_id, f1_0.version'

\echo '=== Findings.list(termId), page 1'
explain (analyze, buffers) select :columns from finding f1_0 where f1_0.term_id = :'term'
 order by f1_0.id offset 0 rows fetch first 51 rows only;

\echo '=== Findings.list(termId), page 10,000 (id > the cursor)'
explain (analyze, buffers) select :columns from finding f1_0 where f1_0.term_id = :'term' and f1_0.id > :'page10000'
 order by f1_0.id offset 0 rows fetch first 51 rows only;

\echo '=== Findings.list(inspectionId), page 1'
explain (analyze, buffers) select :columns from finding f1_0 where f1_0.inspection_id = :'inspection'
 order by f1_0.id offset 0 rows fetch first 51 rows only;

\echo '=== Findings.list(inspectionId), deep page'
explain (analyze, buffers) select :columns from finding f1_0 where f1_0.inspection_id = :'inspection' and f1_0.id > :'deep'
 order by f1_0.id offset 0 rows fetch first 51 rows only;

\echo '=== The same two deep pages as generic plans (the JDBC driver prepares a statement after 5 uses; the plan cache may then go generic)'
prepare by_term(uuid, uuid, int) as select * from finding f1_0 where f1_0.term_id = $1 and f1_0.id > $2 order by f1_0.id offset 0 rows fetch first $3 rows only;
prepare by_inspection(uuid, uuid, int) as select * from finding f1_0 where f1_0.inspection_id = $1 and f1_0.id > $2 order by f1_0.id offset 0 rows fetch first $3 rows only;
set plan_cache_mode = force_generic_plan;
explain (analyze, buffers) execute by_term(:'term', :'page10000', 51);
explain (analyze, buffers) execute by_inspection(:'inspection', :'deep', 51);
reset plan_cache_mode;
deallocate by_term;
deallocate by_inspection;
