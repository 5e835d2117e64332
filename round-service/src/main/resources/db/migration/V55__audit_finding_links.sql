-- Inspection-audit linkage (巡审联动 "先审后巡", seed 003): an audit result linked to the findings it led
-- to, of the audited organization or one below it; each pair once.
create table audit_finding_link (
    id              uuid primary key,
    audit_result_id uuid        not null references audit_result (id),
    finding_id      uuid        not null references finding (id),
    note            text,
    linked_by       text        not null,
    linked_at       timestamptz not null,
    unique (audit_result_id, finding_id)
);
create index audit_finding_link_finding on audit_finding_link (finding_id);
