-- The "231" workflow (issue #5): deadlines, plan and report on the case; the triple sign-off, the
-- dual feedback's deliveries and the notifications as children of the case; the ledger item's
-- rectification, its progress notes, evidence files and history; supervision campaigns,
-- follow-ups and escalations.

alter table rectification_case
    add column team_id                  uuid,
    add column updated_at               timestamptz,
    add column sign_off_due_at          timestamptz,
    add column plan_due_at              timestamptz,
    add column report_due_at            timestamptz,
    add column signed_off_at            timestamptz,
    -- the rectification plan (整改方案)
    add column plan_content             text,
    add column plan_submitted_at        timestamptz,
    add column plan_submitted_by        text,
    add column plan_revision            int         not null default 0,
    -- the rectification report (整改报告), signed with the truthfulness commitment
    add column report_summary           text,
    add column reported_at              timestamptz,
    add column report_signed_by_user_id text,
    add column report_signed_by_name    text,
    add column report_items_fed_back    int,
    add column report_items_closed      int,
    -- its public notification (整改情况公开)
    add column public_notice_channel    text,
    add column public_notice_at         timestamptz,
    add column public_notice_scope      text,
    add column verifying_at             timestamptz,
    add column closed_at                timestamptz,
    add column reopened_count           int         not null default 0,
    -- when each deadline was flagged as missed; an event is sent once per deadline
    add column sign_off_overdue_at      timestamptz,
    add column plan_overdue_at          timestamptz,
    add column report_overdue_at        timestamptz;

update rectification_case
   set updated_at = opened_at,
       sign_off_due_at = fed_back_at + interval '7 days',
       plan_due_at = fed_back_at + interval '1 month',
       report_due_at = fed_back_at + interval '2 months';

alter table rectification_case
    alter column updated_at set not null,
    alter column sign_off_due_at set not null,
    alter column plan_due_at set not null,
    alter column report_due_at set not null;

create index rectification_case_team on rectification_case (team_id, id);
create index rectification_case_parent on rectification_case (parent_organization_id, id);
-- what the deadline check looks for: only cases with a deadline still running, and flagged ones
create index rectification_case_sign_off_due on rectification_case (sign_off_due_at) where state = 'AWAITING_SIGNOFF';
create index rectification_case_plan_due on rectification_case (plan_due_at)
    where plan_submitted_at is null and state <> 'CLOSED';
create index rectification_case_report_due on rectification_case (report_due_at)
    where reported_at is null and state <> 'CLOSED';
create index rectification_case_flagged on rectification_case (id) where overdue;

-- 三签收: one signature per capacity; the constraint refuses a second, however concurrent.
create table signature (
    id         uuid primary key,
    case_id    uuid        not null references rectification_case (id),
    capacity   text        not null,
    user_id    text        not null,
    name       text,
    signed_at  timestamptz not null,
    unique (case_id, capacity)
);

-- 双反馈: each delivery of the feedback, once per recipient.
create table delivery (
    id            uuid primary key,
    case_id       uuid        not null references rectification_case (id),
    recipient     text        not null,
    received_by   text        not null,
    delivered_at  timestamptz not null,
    method        text        not null,
    note          text,
    recorded_by   text        not null,
    recorded_at   timestamptz not null,
    unique (case_id, recipient)
);

-- 一通报: the notification of the liaising discipline body and of the organization department.
create table notification (
    id               uuid primary key,
    case_id          uuid        not null references rectification_case (id),
    recipient        text        not null,
    recipient_name   text        not null,
    sent_at          timestamptz not null,
    acknowledged_at  timestamptz,
    acknowledged_by  text,
    version          bigint      not null,
    unique (case_id, recipient)
);
create index notification_inbox on notification (recipient, id);

alter table ledger_item
    add column persons                   text,
    add column measures                  text,
    add column responsible_person        text,
    add column responsible_department    text,
    add column competent_department      text,
    add column term                      text,
    add column deadline                  date,
    add column money_recovered           numeric(16, 2) not null default 0,
    add column rules_established         int            not null default 0,
    add column persons_held_accountable  int            not null default 0,
    add column submitted_at              timestamptz,
    add column closed_at                 timestamptz,
    add column closed_by                 text,
    add column overdue_flagged_for       date,
    add constraint ledger_item_results_not_negative
        check (money_recovered >= 0 and rules_established >= 0 and persons_held_accountable >= 0);
-- what the deadline check looks for
create index ledger_item_deadline on ledger_item (deadline) where state in ('OPEN', 'IN_PROGRESS');

create table progress_note (
    id          uuid primary key,
    item_id     uuid        not null references ledger_item (id),
    text        text        not null,
    written_by  text        not null,
    written_at  timestamptz not null
);
create index progress_note_item on progress_note (item_id, id);

create table evidence_file (
    id            uuid primary key,
    item_id       uuid        not null references ledger_item (id),
    file_name     text        not null,
    content_type  text        not null,
    size          bigint      not null,
    sha256        text        not null,
    storage_key   text        not null,
    uploaded_by   text        not null,
    uploaded_at   timestamptz not null
);
create index evidence_file_item on evidence_file (item_id, id);

-- Every move of an item, with who made it and why (a return, a reopening).
create table item_transition (
    id          uuid primary key,
    item_id     uuid        not null references ledger_item (id),
    from_state  text        not null,
    to_state    text        not null,
    reason      text,
    source      text,
    made_by     text        not null,
    made_at     timestamptz not null
);
create index item_transition_item on item_transition (item_id, id);

-- 整改督查: campaigns that evaluate cases; each evaluation is fed back to the organization and the
-- discipline body and copied to the leader in charge (双反馈一抄告).
create table supervision_campaign (
    id          uuid primary key,
    name        text        not null,
    starts_on   date        not null,
    ends_on     date,
    scope       text,
    created_by  text        not null,
    created_at  timestamptz not null,
    version     bigint      not null,
    check (ends_on is null or ends_on >= starts_on)
);

create table supervision_evaluation (
    id                              uuid primary key,
    campaign_id                     uuid        not null references supervision_campaign (id),
    case_id                         uuid        not null references rectification_case (id),
    rating                          text        not null,
    conclusion                      text        not null,
    evaluated_on                    date        not null,
    fed_back_to_organization_at     timestamptz not null,
    fed_back_to_discipline_body_at  timestamptz not null,
    copied_to_leader_in_charge_at   timestamptz not null,
    items_reopened                  int         not null,
    recorded_by                     text        not null,
    recorded_at                     timestamptz not null,
    unique (campaign_id, case_id)
);
create index supervision_evaluation_case on supervision_evaluation (case_id, id);

-- 回访 / 回头看
create table follow_up (
    id              uuid primary key,
    case_id         uuid        not null references rectification_case (id),
    kind            text        not null,
    visited_on      date        not null,
    conclusion      text        not null,
    items_reopened  int         not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null
);
create index follow_up_case on follow_up (case_id, id);

-- 集体约谈 / 追责问责; one collective admonishment may cover several cases.
create table escalation (
    id           uuid primary key,
    kind         text        not null,
    decided_on   date        not null,
    reason       text        not null,
    outcome      text        not null,
    persons      jsonb       not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);

create table escalation_case (
    escalation_id  uuid not null references escalation (id),
    case_id        uuid not null references rectification_case (id),
    primary key (escalation_id, case_id)
);
create index escalation_case_case on escalation_case (case_id);
