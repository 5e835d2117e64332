-- Daily briefings (碰头会, seed 001): each evening of stationing the team records what its sub-groups
-- found; the problem list grows from them, and a finding may name the briefing it came from.
create table daily_briefing (
    id            uuid primary key,
    inspection_id uuid        not null references inspection (id),
    team_id       uuid        not null references team (id),
    held_on       date        not null,
    summary       text,
    recorded_by   text        not null,
    recorded_at   timestamptz not null,
    version       bigint      not null,
    unique (inspection_id, held_on)
);

create table daily_briefing_entry (
    briefing_id  uuid not null references daily_briefing (id),
    position     int  not null,
    sub_group_id uuid references sub_group (id),
    found        text not null,
    primary key (briefing_id, position)
);

alter table finding add column briefing_id uuid references daily_briefing (id);
create index finding_briefing on finding (briefing_id, id) where briefing_id is not null;
