-- The ids Bench.java asks about and the answers it checks, as key=value lines (psql -At -F '='),
-- all chosen from the data deterministically. psql variable: marker (the bench term's name).
\set ON_ERROR_STOP on
select id as term from term where name = :'marker' \gset
select 'term', :'term';

-- The figures' finding count ("findings": every finding but drafts) counted from the findings
-- themselves, not from finding_tally: Bench.java checks the service's answer against it.
select 'termFindings', count(*) filter (where state <> 'DRAFT') from finding where term_id = :'term';
select 'termAll', count(*) from finding where term_id = :'term';
select 'townshipFindings', count(*) from finding where term_id = :'term' and organization_type = 'TOWNSHIP' and state <> 'DRAFT';

-- The round with the most findings.
select round_id as round from finding where term_id = :'term' group by round_id order by count(*) desc, round_id limit 1 \gset
select 'round', :'round';
select 'roundNumber', number from round where id = :'round';
select 'roundFindings', count(*) from finding where round_id = :'round' and state <> 'DRAFT';

-- The term's list, oldest (smallest id) first, 50 a page: page p starts after row 50 (p - 1).
-- Page 10,000's cursor is the id of row 499,950; page 9,999's of row 499,900 (Bench.java requests
-- page 9,999 once and checks that its "next" is the cursor it computed for page 10,000).
select 'pageFirst', id from finding where term_id = :'term' order by id limit 1;
select 'page9999After', id from finding where term_id = :'term' order by id offset 499899 limit 1;
select 'page10000After', id from finding where term_id = :'term' order by id offset 499949 limit 1;
select 'page10000First', id from finding where term_id = :'term' order by id offset 499950 limit 1;

-- The inspection with the most findings, and its last full page.
select inspection_id as inspection, count(*) as inspection_findings from finding
 group by inspection_id order by count(*) desc, inspection_id limit 1 \gset
select 'inspection', :'inspection';
select 'inspectionFindings', :'inspection_findings';
select 'inspectionType', o.type from inspection i join organization o on o.id = i.organization_id where i.id = :'inspection';
select (:'inspection_findings'::int / 50) as deep \gset
select 'inspectionDeepPage', :deep;
select 'inspectionFirst', id from finding where inspection_id = :'inspection' order by id limit 1;
select 'inspectionDeepAfter', id from finding where inspection_id = :'inspection' order by id offset (:deep - 1) * 50 - 1 limit 1;
select 'inspectionDeepFirst', id from finding where inspection_id = :'inspection' order by id offset (:deep - 1) * 50 limit 1;

-- What the team and cadre figures should list.
select 'teams', count(distinct team_id) from (select team_id from finding_tally where term_id = :'term'
                                               union select team_id from lead where term_id = :'term') t;
select 'cadres', count(distinct found_by) from (select found_by from finding where term_id = :'term' and found_by is not null
                                                 union select found_by from lead where term_id = :'term' and found_by is not null) c;
