-- rectification-service schema, first version: the event backbone, the rectification case opened
-- from FeedbackIssued, and its ledger items.

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

create table processed_event (
    event_id     uuid        primary key,
    event_type   text        not null,
    processed_at timestamptz not null
);

-- One case per inspection, with what the feedback said about whom it addresses.
create table rectification_case (
    id                         uuid primary key,
    inspection_id              uuid        not null unique,
    feedback_id                uuid        not null unique,
    organization_id            uuid        not null,
    organization_name          text        not null,
    organization_type          text        not null,
    parent_organization_id     uuid,
    parent_organization_name   text,
    discipline_body            text,
    principal_leader_user_id   text,
    principal_leader_name      text,
    principal_leader_post      text,
    leader_in_charge_user_id   text,
    leader_in_charge_name      text,
    leader_in_charge_post      text,
    term_id                    uuid        not null,
    round_id                   uuid        not null,
    round_title                text        not null,
    team_name                  text        not null,
    fed_back_at                timestamptz not null,
    secretary_points           jsonb       not null,
    accountability_points      jsonb       not null,
    state                      text        not null,
    overdue                    boolean     not null default false,
    escalated                  boolean     not null default false,
    opened_at                  timestamptz not null,
    version                    bigint      not null
);
create index rectification_case_organization on rectification_case (organization_id, id);
create index rectification_case_round on rectification_case (round_id, id);
create index rectification_case_term on rectification_case (term_id, id);

create table ledger_item (
    id             uuid primary key,
    case_id        uuid        not null references rectification_case (id),
    finding_id     uuid,
    origin         text        not null,
    category_code  text,
    category_name  text,
    problem        text        not null,
    state          text        not null,
    created_at     timestamptz not null,
    version        bigint      not null,
    unique (case_id, finding_id)
);
create index ledger_item_case on ledger_item (case_id, id);
