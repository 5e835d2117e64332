-- Two more tallies kept by triggers in the transaction of every change, so that the figures of a
-- term add up one row per inspection or per cadre instead of reading every followed item or every
-- finding of the term (bench/findings: 430 ms and 180 ms at a million findings, before these).

-- What the closed ledger items of each inspection achieved, and how many of its items are overdue.
create table followed_tally (
    inspection_id            uuid primary key references inspection (id),
    items_overdue_open       bigint not null default 0,
    money_recovered          numeric(18, 2) not null default 0,
    rules_established        bigint not null default 0,
    persons_held_accountable bigint not null default 0
);

create function followed_tally_count() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update followed_tally set
               items_overdue_open = items_overdue_open - (old.overdue and not old.closed)::int,
               money_recovered = money_recovered - case when old.closed then old.money_recovered else 0 end,
               rules_established = rules_established - case when old.closed then old.rules_established else 0 end,
               persons_held_accountable = persons_held_accountable
                                          - case when old.closed then old.persons_held_accountable else 0 end
         where inspection_id = old.inspection_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into followed_tally as t (inspection_id, items_overdue_open, money_recovered, rules_established,
                                         persons_held_accountable)
        values (new.inspection_id, (new.overdue and not new.closed)::int,
                case when new.closed then new.money_recovered else 0 end,
                case when new.closed then new.rules_established else 0 end,
                case when new.closed then new.persons_held_accountable else 0 end)
        on conflict (inspection_id) do update set
               items_overdue_open = t.items_overdue_open + excluded.items_overdue_open,
               money_recovered = t.money_recovered + excluded.money_recovered,
               rules_established = t.rules_established + excluded.rules_established,
               persons_held_accountable = t.persons_held_accountable + excluded.persons_held_accountable;
    end if;
    return null;
end $$;

create trigger followed_tally_count after insert or delete or update on followed_item
    for each row execute function followed_tally_count();

insert into followed_tally (inspection_id, items_overdue_open, money_recovered, rules_established, persons_held_accountable)
select inspection_id, count(*) filter (where overdue and not closed),
       coalesce(sum(money_recovered) filter (where closed), 0),
       coalesce(sum(rules_established) filter (where closed), 0),
       coalesce(sum(persons_held_accountable) filter (where closed), 0)
  from followed_item group by inspection_id;

-- How many findings each cadre drafted, per term, round, team, organization type and state.
create table finding_cadre_tally (
    term_id           uuid not null,
    found_by          uuid not null,
    round_id          uuid not null,
    team_id           uuid not null,
    organization_type text not null,
    state             text not null,
    findings          bigint not null,
    primary key (term_id, found_by, round_id, team_id, organization_type, state)
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
    end if;
    return null;
end $$;

drop trigger finding_tally_count on finding;
create trigger finding_tally_count after insert or delete or update of state, category_code, found_by on finding
    for each row execute function finding_tally_count();

insert into finding_cadre_tally (term_id, found_by, round_id, team_id, organization_type, state, findings)
select term_id, found_by, round_id, team_id, organization_type, state, count(*)
  from finding where found_by is not null group by 1, 2, 3, 4, 5, 6;
