-- What round-service learns from rectification-service's events, so that it can move its
-- findings and inspections and answer the rectification figures from its own data.

-- A rectification case as round-service follows it: one per inspection fed back.
create table followed_case (
    case_id                      uuid primary key,
    inspection_id                uuid not null unique references inspection (id),
    signed_off_at                timestamptz,
    first_reported_at            timestamptz,
    items_fed_back_at_report     int,
    items_closed_at_report       int,
    closed_at                    timestamptz
);

-- Each ledger item once it was closed, with what its rectification achieved; reopened items stay
-- with closed = false until they are closed again.
create table followed_item (
    item_id                  uuid primary key,
    case_id                  uuid not null references followed_case (case_id),
    inspection_id            uuid not null references inspection (id),
    finding_id               uuid references finding (id),
    closed                   boolean not null,
    closed_at                timestamptz,
    money_recovered          numeric(18, 2) not null default 0,
    rules_established        int not null default 0,
    persons_held_accountable int not null default 0,
    overdue                  boolean not null default false
);
create index followed_item_inspection on followed_item (inspection_id);

-- Deadlines of a case other than items' that passed: SIGNOFF, PLAN, REPORT.
create table followed_overdue (
    case_id uuid not null references followed_case (case_id),
    what    text not null,
    due_at  timestamptz not null,
    primary key (case_id, what)
);
