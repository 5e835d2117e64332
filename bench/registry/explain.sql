-- EXPLAIN (ANALYZE, BUFFERS) of the SQL round-service runs for each measured operation, as it
-- runs it (copied from the Java sources as of V6 of the schema: Registry.search,
-- Coverage.rate/candidates/uncovered, Avoidance.conflicts through Hibernate; keep in step with them).
-- psql variables (run.sh passes the fixture): county, term, name, cadres, organizations.
\set ON_ERROR_STOP on
\pset pager off
-- The subtree as one index range (Organization.subtreeEnd: the path with its last '/' made '0').
select path as county_path, left(path, -1) || '0' as county_end from organization where id = :'county' \gset
select path as page_1000_after from organization where path >= :'county_path' and path < :'county_end'
 order by path offset 49949 limit 1 \gset

\echo '=== 1. Subtree search, first page (Registry.search: path >= :subtreeFrom and path < :subtreeTo order by path limit 51)'
explain (analyze, buffers) select * from organization where path >= :'county_path' and path < :'county_end' order by path limit 51;

\echo '=== 1b. The same as a generic plan (plan_cache_mode = force_generic_plan): the range holds in any plan'
prepare subtree(text, text, int) as select * from organization where path >= $1 and path < $2 order by path limit $3;
set plan_cache_mode = force_generic_plan;
explain (analyze, buffers) execute subtree(:'county_path', :'county_end', 51);
reset plan_cache_mode;
deallocate subtree;

\echo '=== 2. Subtree search, page 1,000 (path > :after)'
explain (analyze, buffers) select * from organization
 where path >= :'county_path' and path < :'county_end' and path > :'page_1000_after' order by path limit 51;

\echo '=== 3. Coverage rate (Coverage.rate: the two counters of the term)'
explain (analyze, buffers) select scope_size, covered_count from term where id = :'term';

\echo '=== 4. Avoidance check (Avoidance.conflicts: cadres, their relatives and postings in batches, organizations twice)'
explain (analyze, buffers) select * from cadre where id = any (string_to_array(:'cadres', ',')::uuid[]);
explain (analyze, buffers) select * from cadre_relative where cadre_id = any (string_to_array(:'cadres', ',')::uuid[]);
explain (analyze, buffers) select * from cadre_posting where cadre_id = any (string_to_array(:'cadres', ',')::uuid[]) order by from_date;
explain (analyze, buffers) select * from organization where id = any (string_to_array(:'organizations', ',')::uuid[]) order by path;

\echo '=== 5. Name search in the county (bigram GIN index, then ilike)'
explain (analyze, buffers) select * from organization
 where path >= :'county_path' and path < :'county_end' and name_bigrams(name) @> name_bigrams(:'name') and name ilike '%' || :'name' || '%'
 order by path limit 51;

\echo '=== 6. Candidates ranked by risk (Coverage.candidates, default weights 3, 2, 1, 2): only the organizations with a signal are scored'
explain (analyze, buffers) with signals as (
    select organization_id, count(*) as leads, 0 as petitions, 0 as findings, 0 as audit_issues
      from lead where state not in ('DISPOSED', 'ARCHIVED') group by organization_id
    union all
    select organization_id, 0, count(*), 0, 0 from petition group by organization_id
    union all
    select organization_id, 0, 0, count(*), 0 from finding where state <> 'DRAFT' group by organization_id
    union all
    select organization_id, 0, 0, 0, sum(issue_count) from audit_result group by organization_id
), totals as (
    select organization_id, sum(leads) as leads, sum(petitions) as petitions,
           sum(findings) as findings, sum(audit_issues) as audit_issues
      from signals group by organization_id
)
select o.id, o.name, o.type, t.leads, t.petitions, t.findings, t.audit_issues,
       t.leads * 3 + t.petitions * 2 + t.findings * 1 + t.audit_issues * 2 as score
  from totals t
  join term_scope s on s.term_id = :'term' and s.organization_id = t.organization_id
  join organization o on o.id = t.organization_id
 where s.covered_on is null
 order by score desc, o.id
 limit 20;

\echo '=== 6b. Candidates: the rest of the top 20 when fewer were scored, uncovered in registry order'
explain (analyze, buffers) select o.id, o.name, o.type from term_scope s join organization o on o.id = s.organization_id
 where s.term_id = :'term' and s.covered_on is null and not (s.organization_id = any('{}'::uuid[]))
 order by s.organization_id limit 20;

\echo '=== 7. Uncovered organizations, first page (Coverage.uncovered)'
explain (analyze, buffers) select o.* from term_scope s join organization o on o.id = s.organization_id
 where s.term_id = :'term' and s.covered_on is null order by s.organization_id limit 51;
