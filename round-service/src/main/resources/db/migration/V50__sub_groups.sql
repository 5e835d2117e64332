-- Sub-groups of a team (seed 001: 2-3 members by speciality, 党建人事 / 财务审计 / 行政执法 / 信访线索)
-- and the "1+1" village sub-team (seed 003) that a deputy leader leads through the villages of the
-- township its team inspects. A cadre is in one sub-group of a team at most (checked under the team's lock).
create table sub_group (
    id            uuid primary key,
    team_id       uuid        not null references team (id),
    kind          text        not null check (kind in ('PARTY_PERSONNEL', 'FINANCE_AUDIT', 'LAW_ENFORCEMENT',
                                                       'PETITION_LEADS', 'VILLAGE')),
    name          text        not null,
    inspection_id uuid references inspection (id),
    leader_id     uuid references cadre (id),
    created_at    timestamptz not null,
    created_by    text        not null,
    version       bigint      not null,
    check ((kind = 'VILLAGE') = (inspection_id is not null and leader_id is not null))
);
-- One sub-group per speciality per team; one village sub-team per inspection.
create unique index sub_group_one_per_speciality on sub_group (team_id, kind) where kind <> 'VILLAGE';
create unique index sub_group_one_village_team on sub_group (inspection_id) where kind = 'VILLAGE';
create index sub_group_team on sub_group (team_id, id);

create table sub_group_member (
    sub_group_id uuid not null references sub_group (id),
    cadre_id     uuid not null references cadre (id),
    primary key (sub_group_id, cadre_id)
);
create index sub_group_member_cadre on sub_group_member (cadre_id);

create table sub_group_village (
    sub_group_id    uuid not null references sub_group (id),
    organization_id uuid not null references organization (id),
    primary key (sub_group_id, organization_id)
);
