-- round-service schema, first version: the event backbone and the slice of the domain that the
-- first round trip needs (organization, term, round, team, inspection, finding, feedback).

-- Events this service causes, written in the transaction of the change that causes them and
-- published by the outbox relay.
create table outbox_message (
    id            bigint generated always as identity primary key,
    event_id      uuid        not null unique,
    event_type    text        not null,
    event_version int         not null,
    topic         text        not null,
    message_key   text        not null,
    payload       text        not null,
    created_at    timestamptz not null,
    published_at  timestamptz
);
create index outbox_message_unpublished on outbox_message (id) where published_at is null;
create index outbox_message_published_at on outbox_message (published_at) where published_at is not null;

-- Events this service has applied, so that a replay changes nothing.
create table processed_event (
    event_id     uuid        primary key,
    event_type   text        not null,
    processed_at timestamptz not null
);

create table organization (
    id                         uuid primary key,
    name                       text        not null,
    type                       text        not null,
    parent_id                  uuid references organization (id),
    principal_leader_user_id   text,
    principal_leader_name      text,
    principal_leader_post      text,
    leader_in_charge_user_id   text,
    leader_in_charge_name      text,
    leader_in_charge_post      text,
    discipline_body            text,
    created_at                 timestamptz not null,
    version                    bigint      not null
);
create index organization_parent on organization (parent_id);

create table term (
    id        uuid primary key,
    name      text not null,
    starts_on date not null,
    ends_on   date,
    version   bigint not null,
    check (ends_on is null or ends_on > starts_on)
);

create table round (
    id                uuid primary key,
    term_id           uuid    not null references term (id),
    number            int     not null check (number > 0),
    kind              text    not null,
    theme             text,
    partner_committee text,
    starts_on         date,
    version           bigint  not null,
    unique (term_id, number)
);

create table team (
    id       uuid primary key,
    round_id uuid not null references round (id),
    name     text not null,
    version  bigint not null,
    unique (round_id, name)
);

create table inspection (
    id              uuid primary key,
    round_id        uuid        not null references round (id),
    team_id         uuid        not null references team (id),
    organization_id uuid        not null references organization (id),
    state           text        not null,
    created_at      timestamptz not null,
    stationed_at    timestamptz,
    withdrawn_at    timestamptz,
    fed_back_at     timestamptz,
    version         bigint      not null,
    unique (round_id, organization_id)
);
create index inspection_team on inspection (team_id);
create index inspection_organization on inspection (organization_id);

-- The finding taxonomy is data: a committee may load its own scheme.
create table finding_category (
    code       text primary key,
    scheme     text not null,
    position   int  not null,
    name       text not null,
    unique (scheme, position)
);

create table finding (
    id                        uuid primary key,
    inspection_id             uuid        not null references inspection (id),
    category_code             text        not null references finding_category (code),
    description               text        not null,
    money_involved            numeric(18, 2),
    state                     text        not null,
    created_at                timestamptz not null,
    confirmed_at              timestamptz,
    confirmed_by              text,
    version                   bigint      not null
);
create index finding_inspection on finding (inspection_id, id);

create table feedback (
    id                    uuid primary key,
    inspection_id         uuid        not null unique references inspection (id),
    issued_at             timestamptz not null,
    issued_by             text        not null,
    secretary_points      jsonb       not null,
    accountability_points jsonb       not null
);
