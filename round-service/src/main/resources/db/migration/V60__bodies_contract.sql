-- The contract with the discipline commission's and the organization department's systems (issue #10).

-- The events addressed to a receiving body, over REST: one feed per body's topic, in commit order
-- (platform Feeds). Kept: a body's system may be away longer than the topics keep records.
create table feed_entry (
    position      bigint generated always as identity primary key,
    feed          text        not null,
    event_id      uuid        not null unique,
    event_type    text        not null,
    event_version int         not null,
    subject       text        not null,
    occurred_at   timestamptz not null,
    envelope      text        not null
);
create index feed_entry_feed on feed_entry (feed, position);

-- A transferred lead is reported on every quarter (每季度反馈一次): due a quarter after the transfer,
-- then a quarter after each report; overdue once that passes without one.
alter table lead add column last_report_at timestamptz;
alter table lead add column report_due_at timestamptz;
update lead set report_due_at = (transferred_at at time zone 'Asia/Shanghai' + interval '3 months') at time zone 'Asia/Shanghai'
 where state = 'TRANSFERRED';
drop index lead_transferred;
create index lead_report_due on lead (report_due_at) where state = 'TRANSFERRED';
create index lead_transferred_to on lead (transferred_to, id) where transferred_to is not null;

-- What a receiving body reported on a lead: quarterly progress (办理情况) and the result (办理结果).
-- Applied once per sender's reference.
create table lead_report (
    id                 uuid primary key,
    lead_id            uuid        not null references lead (id),
    sender             text        not null,
    reference          text        not null,
    kind               text        not null,
    channel            text        not null,
    progress           text,
    disposition        text,
    note               text,
    cases_filed        int,
    persons_sanctioned int,
    judicial_transfers int,
    fingerprint        text        not null,
    received_at        timestamptz not null,
    received_by        text,
    unique (sender, reference)
);
create index lead_report_lead on lead_report (lead_id, id);

-- What a body sent and was refused, never applied: the office's list. The same content under the
-- same reference is one refusal, counted in attempts.
create table report_refusal (
    id               uuid primary key,
    sender           text        not null,
    reference        text        not null,
    report           text        not null,
    channel          text        not null,
    lead_id          uuid,
    organization_id  uuid,
    reason           text        not null,
    detail           text        not null,
    content          text        not null,
    fingerprint      text        not null,
    first_refused_at timestamptz not null,
    last_refused_at  timestamptz not null,
    attempts         int         not null,
    unique (sender, reference, fingerprint)
);
create index report_refusal_sender on report_refusal (sender, id);

-- The commission opened a case on a leader of an organization under inspection (seed 004 §16):
-- confidential, seen on each inspection under way at the time.
create table case_notice (
    id              uuid primary key,
    sender          text        not null,
    reference       text        not null,
    organization_id uuid        not null references organization (id),
    person_name     text        not null,
    person_post     text,
    opened_on       date        not null,
    note            text,
    fingerprint     text        not null,
    received_at     timestamptz not null,
    received_by     text,
    unique (sender, reference)
);
create table case_notice_inspection (
    case_notice_id uuid not null references case_notice (id),
    inspection_id  uuid not null references inspection (id),
    primary key (case_notice_id, inspection_id)
);
create index case_notice_inspection_inspection on case_notice_inspection (inspection_id);

-- The organization department asks the inspection office's opinion on an organization or a cadre
-- (干部选拔任用时听取巡察组意见, seed 004 §16/§17); the office answers.
create table opinion_request (
    id                     uuid primary key,
    sender                 text        not null,
    reference              text        not null,
    subject                text        not null,
    organization_id        uuid references organization (id),
    cadre_id               uuid references cadre (id),
    person_name            text,
    purpose                text        not null,
    question               text,
    fingerprint            text        not null,
    received_at            timestamptz not null,
    received_by            text,
    answered_at            timestamptz,
    answered_by            text,
    summary                text,
    inspections_count      int,
    findings_count         int,
    leads_transferred_count int,
    version                bigint      not null,
    unique (sender, reference)
);
create index opinion_request_open on opinion_request (id) where answered_at is null;
