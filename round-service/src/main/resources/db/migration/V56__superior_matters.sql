-- The ledger of superior inspections (seed 004 §11: 对上级巡视巡察提出的整改意见和移交事项，下级巡察机构应
-- 建立台账限时督办，跟踪了解，及时报告): opinions and matters handed down by the central, provincial or city
-- inspection, each with a deadline, the office's follow-ups and reports, overdue when late.
create table superior_matter (
    id              uuid primary key,
    body            text        not null check (body in ('CENTRAL', 'PROVINCIAL', 'CITY')),
    kind            text        not null check (kind in ('OPINION', 'TRANSFERRED_MATTER')),
    reference       text        not null,
    summary         text        not null,
    organization_id uuid references organization (id),
    received_on     date        not null,
    deadline        date        not null check (deadline >= received_on),
    state           text        not null check (state in ('OPEN', 'COMPLETED')),
    completed_on    date,
    completion      text,
    recorded_by     text        not null,
    recorded_at     timestamptz not null,
    version         bigint      not null,
    unique (body, reference)
);
create index superior_matter_open on superior_matter (deadline, id) where state = 'OPEN';

create table superior_matter_entry (
    matter_id   uuid not null references superior_matter (id),
    position    int  not null,
    kind        text not null check (kind in ('FOLLOW_UP', 'REPORT')),
    on_day      date not null,
    note        text not null,
    recorded_by text not null,
    primary key (matter_id, position)
);
