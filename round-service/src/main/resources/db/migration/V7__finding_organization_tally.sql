-- How many findings past DRAFT each organization has had: a risk signal of the coverage candidates.
-- Kept by the findings' tally trigger like finding_tally, so ranking the candidates reads one row
-- per organization with findings instead of counting every finding (bench/findings: 227 ms at a
-- million findings, before this).

-- No finding may change between the function's replacement and the count below: a change made
-- by the old function and committed after the count would be missing from the new tally for good.
lock table finding in share row exclusive mode;

create table finding_organization_tally (
    organization_id uuid primary key,
    findings        bigint not null
);

create or replace function finding_tally_count() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update finding_tally set findings = findings - 1
         where term_id = old.term_id and round_id = old.round_id and team_id = old.team_id
           and organization_type = old.organization_type and category_code = old.category_code and state = old.state;
        if old.found_by is not null then
            update finding_cadre_tally set findings = findings - 1
             where term_id = old.term_id and found_by = old.found_by and round_id = old.round_id
               and team_id = old.team_id and organization_type = old.organization_type and state = old.state;
        end if;
        if old.state <> 'DRAFT' then
            update finding_organization_tally set findings = findings - 1 where organization_id = old.organization_id;
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into finding_tally (term_id, round_id, team_id, organization_type, category_code, state, findings)
        values (new.term_id, new.round_id, new.team_id, new.organization_type, new.category_code, new.state, 1)
        on conflict (term_id, round_id, team_id, organization_type, category_code, state)
        do update set findings = finding_tally.findings + 1;
        if new.found_by is not null then
            insert into finding_cadre_tally (term_id, found_by, round_id, team_id, organization_type, state, findings)
            values (new.term_id, new.found_by, new.round_id, new.team_id, new.organization_type, new.state, 1)
            on conflict (term_id, found_by, round_id, team_id, organization_type, state)
            do update set findings = finding_cadre_tally.findings + 1;
        end if;
        if new.state <> 'DRAFT' then
            insert into finding_organization_tally (organization_id, findings) values (new.organization_id, 1)
            on conflict (organization_id) do update set findings = finding_organization_tally.findings + 1;
        end if;
    end if;
    return null;
end $$;

-- The tallies change only when what they count by changes; an update of a description or a flag
-- leaves them alone (Hibernate writes every column, so a column list would not tell).
drop trigger finding_tally_count on finding;
create trigger finding_tally_added after insert or delete on finding
    for each row execute function finding_tally_count();
create trigger finding_tally_moved after update on finding
    for each row
    when ((old.state, old.category_code, old.found_by, old.organization_id, old.term_id, old.round_id, old.team_id,
           old.organization_type)
          is distinct from
          (new.state, new.category_code, new.found_by, new.organization_id, new.term_id, new.round_id, new.team_id,
           new.organization_type))
    execute function finding_tally_count();

insert into finding_organization_tally (organization_id, findings)
select organization_id, count(*) from finding where state <> 'DRAFT' group by organization_id;
