-- Issue #3: the registry as a searchable tree, scope and coverage per term, talent pools, teams
-- with avoidance, and what stationing needs (info requests, training, commitments).

-- Names are searched by any part of them. Chinese names are short and a two-character query is
-- common, which trigrams cannot index; so names are indexed by their bigrams (pairs of adjacent
-- characters), and a query's bigrams must all be present before the name is compared.
create function name_bigrams(name text) returns text[]
    language sql immutable strict parallel safe
    return (select coalesce(array_agg(distinct substr(lower(name), i, 2)), '{}')
              from generate_series(1, length(name) - 1) as i);

-- The registry tree. Each organization has a compact node key; its path is the keys of its
-- ancestors and itself, so a subtree is one index range ("under") and tree order is path order.
create sequence organization_node_key;
alter table organization
    add column node_key          bigint,
    add column path              text collate "C",
    add column depth             int,
    add column credit_code       text check (credit_code is null or length(credit_code) = 18),
    add column city_directed     boolean not null default false,
    add column last_inspected_on date;

update organization set node_key = numbered.key
  from (select id, nextval('organization_node_key') as key from (select id from organization order by created_at, id) ordered) numbered
 where organization.id = numbered.id;

with recursive tree as (
    select id, '/' || lpad(to_hex(node_key), 8, '0') || '/' as path, 0 as depth
      from organization where parent_id is null
    union all
    select child.id, tree.path || lpad(to_hex(child.node_key), 8, '0') || '/', tree.depth + 1
      from organization child join tree on child.parent_id = tree.id
)
update organization set path = tree.path, depth = tree.depth from tree where organization.id = tree.id;

alter table organization alter column node_key set not null, alter column path set not null,
    alter column depth set not null;
create unique index organization_node_key_unique on organization (node_key);
create unique index organization_path on organization (path);
create index organization_type_path on organization (type, path);
create unique index organization_credit_code on organization (credit_code text_pattern_ops) where credit_code is not null;
create index organization_name_bigrams on organization using gin (name_bigrams(name));
create index organization_city_directed on organization (last_inspected_on) where city_directed;

-- Rounds may run in batches (批次).
alter table round add column batch int check (batch is null or batch > 0);
create index round_term on round (term_id, number);

-- Which organizations a term must cover (应巡尽巡), and when each was first covered in it.
alter table term
    add column scope_size    int not null default 0,
    add column covered_count int not null default 0;

create table term_scope (
    term_id         uuid not null references term (id),
    organization_id uuid not null references organization (id),
    added_at        timestamptz not null,
    covered_on      date,
    covered_by      uuid,
    covered_via     text,
    primary key (term_id, organization_id)
);
create index term_scope_uncovered on term_scope (term_id, organization_id) where covered_on is null;
create index term_scope_organization on term_scope (organization_id);

-- Audit results (巡审联动): an input to ranking candidates by risk.
create table audit_result (
    id              uuid primary key,
    organization_id uuid not null references organization (id),
    year            int  not null,
    issue_count     int  not null check (issue_count >= 0),
    summary         text,
    recorded_at     timestamptz not null
);
create index audit_result_organization on audit_result (organization_id);

-- Cadres and the talent pools (组长库, 专员库).
create table cadre (
    id                   uuid primary key,
    name                 text not null,
    user_id              text unique,
    rank                 text,
    source_system        text not null,
    home_organization_id uuid references organization (id),
    home_locality_id     uuid references organization (id),
    skills               text[] not null default '{}',
    created_at           timestamptz not null,
    version              bigint not null
);
create index cadre_name on cadre (name, id);

create table cadre_posting (
    id              uuid primary key,
    cadre_id        uuid not null references cadre (id),
    organization_id uuid not null references organization (id),
    post            text,
    from_date       date,
    to_date         date
);
create index cadre_posting_cadre on cadre_posting (cadre_id);

create table cadre_relative (
    id              uuid primary key,
    cadre_id        uuid not null references cadre (id),
    name            text not null,
    relation        text not null,
    organization_id uuid not null references organization (id),
    post            text
);
create index cadre_relative_cadre on cadre_relative (cadre_id);

create table pool_membership (
    cadre_id   uuid not null references cadre (id),
    pool       text not null,
    status     text not null,
    joined_on  date not null,
    changed_at timestamptz not null,
    reason     text,
    version    bigint not null,
    primary key (pool, cadre_id)
);
create index pool_membership_cadre on pool_membership (cadre_id);

-- Teams: standing or temporary ("2+N"), one leader, deputies and members.
alter table team add column kind text not null default 'TEMPORARY';

create table team_member (
    team_id     uuid not null references team (id),
    cadre_id    uuid not null references cadre (id),
    position    text not null,
    assigned_at timestamptz not null,
    primary key (team_id, cadre_id)
);
create unique index team_member_one_leader on team_member (team_id) where position = 'LEADER';
create index team_member_cadre on team_member (cadre_id);

-- An avoidance conflict that LEADERSHIP allowed, with the written reason.
create table avoidance_override (
    id              uuid primary key,
    team_id         uuid not null references team (id),
    cadre_id        uuid not null references cadre (id),
    organization_id uuid not null references organization (id),
    ground          text not null,
    reason          text not null,
    overridden_by   text not null,
    overridden_at   timestamptz not null,
    unique (team_id, cadre_id, organization_id, ground)
);

-- Inspections extend (延伸) to sub-organizations.
create table inspection_extension (
    inspection_id   uuid not null references inspection (id),
    organization_id uuid not null references organization (id),
    primary key (inspection_id, organization_id)
);
create index inspection_extension_organization on inspection_extension (organization_id);
create index inspection_round_state on inspection (round_id, state);

-- Letters to partner departments before stationing (函询) and their confidential answers.
create table info_request (
    id                   uuid primary key,
    inspection_id        uuid not null references inspection (id),
    department           text not null,
    subject              text,
    sent_on              date not null,
    due_on               date not null,
    answered_on          date,
    material_count       int check (material_count is null or material_count >= 0),
    confidential_summary text,
    answered_by          text,
    version              bigint not null,
    unique (inspection_id, department)
);

-- Training (凡巡必训) and the two commitments every member signs.
create table training (
    id       uuid primary key,
    round_id uuid not null references round (id),
    title    text not null,
    held_on  date not null
);
create index training_round on training (round_id);

create table training_attendance (
    training_id uuid not null references training (id),
    cadre_id    uuid not null references cadre (id),
    primary key (training_id, cadre_id)
);
create index training_attendance_cadre on training_attendance (cadre_id);

create table commitment (
    team_id     uuid not null references team (id),
    cadre_id    uuid not null references cadre (id),
    kind        text not null,
    signed_at   timestamptz not null,
    recorded_by text not null,
    primary key (team_id, cadre_id, kind)
);
