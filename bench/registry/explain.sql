-- EXPLAIN (ANALYZE, BUFFERS) of the SQL round-service runs for each measured operation, as it
-- runs it (copied from the Java sources as of V4 of the schema: Registry.search,
-- Coverage.rate/candidates/uncovered, Avoidance.conflicts through Hibernate; keep in step with them). psql variables (run.sh passes the fixture): county, term, name, cadres,
-- organizations.
\set ON_ERROR_STOP on
\pset pager off
select path as county_path from organization where id = :'county' \gset
select path as page_1000_after from organization where path like :'county_path' || '%'
 order by path offset 49949 limit 1 \gset

\echo '=== 1. Subtree search, first page (Registry.search: path like :subtree order by path limit 51)'
explain (analyze, buffers) select * from organization where path like :'county_path' || '%' order by path limit 51;

\echo '=== 1b. The same as a generic plan (plan_cache_mode = force_generic_plan): `like $1` gives no index range'
prepare subtree(text, int) as select * from organization where path like $1 order by path limit $2;
set plan_cache_mode = force_generic_plan;
explain (analyze, buffers) execute subtree(:'county_path' || '%', 51);
reset plan_cache_mode;
deallocate subtree;

\echo '=== 2. Subtree search, page 1,000 (path > :after)'
explain (analyze, buffers) select * from organization
 where path like :'county_path' || '%' and path > :'page_1000_after' order by path limit 51;

\echo '=== 3. Coverage rate (Coverage.rate: the two counters of the term)'
explain (analyze, buffers) select scope_size, covered_count from term where id = :'term';

\echo '=== 4. Avoidance check (Avoidance.conflicts: cadres, their relatives and postings in batches, organizations twice)'
explain (analyze, buffers) select * from cadre where id = any (string_to_array(:'cadres', ',')::uuid[]);
explain (analyze, buffers) select * from cadre_relative where cadre_id = any (string_to_array(:'cadres', ',')::uuid[]);
explain (analyze, buffers) select * from cadre_posting where cadre_id = any (string_to_array(:'cadres', ',')::uuid[]) order by from_date;
explain (analyze, buffers) select * from organization where id = any (string_to_array(:'organizations', ',')::uuid[]) order by path;

\echo '=== 5. Name search in the county (bigram GIN index, then ilike)'
explain (analyze, buffers) select * from organization
 where path like :'county_path' || '%' and name_bigrams(name) @> name_bigrams(:'name') and name ilike '%' || :'name' || '%'
 order by path limit 51;

\echo '=== 6. Candidates ranked by risk (Coverage.candidates, default weights 3, 2, 1, 2): every uncovered organization is scored and sorted'
explain (analyze, buffers) with signals as (
    select organization_id, count(*) as leads, 0 as petitions, 0 as findings, 0 as audit_issues
      from lead where state not in ('DISPOSED', 'ARCHIVED') group by organization_id
    union all
    select organization_id, 0, count(*), 0, 0 from petition group by organization_id
    union all
    select organization_id, 0, 0, count(*), 0 from finding where state <> 'DRAFT' group by organization_id
    union all
    select organization_id, 0, 0, 0, sum(issue_count) from audit_result group by organization_id
), scored as (
    select organization_id, sum(leads) as leads, sum(petitions) as petitions,
           sum(findings) as findings, sum(audit_issues) as audit_issues
      from signals group by organization_id
)
select o.id, o.name, o.type, coalesce(sc.leads, 0), coalesce(sc.petitions, 0),
       coalesce(sc.findings, 0), coalesce(sc.audit_issues, 0),
       coalesce(sc.leads, 0) * 3 + coalesce(sc.petitions, 0) * 2
       + coalesce(sc.findings, 0) * 1 + coalesce(sc.audit_issues, 0) * 2 as score
  from term_scope s
  join organization o on o.id = s.organization_id
  left join scored sc on sc.organization_id = s.organization_id
 where s.term_id = :'term' and s.covered_on is null
 order by score desc, o.last_inspected_on asc nulls first, o.id
 limit 20;

\echo '=== 7. Uncovered organizations, first page (Coverage.uncovered)'
explain (analyze, buffers) select o.* from term_scope s join organization o on o.id = s.organization_id
 where s.term_id = :'term' and s.covered_on is null order by s.organization_id limit 51;
