-- History imports (#9): a term's earlier rounds, teams, inspections, findings, leads, reports and
-- feedback, keyed by the office's own numbers. Each imported item is remembered by its kind and key
-- within the term with a digest of the row it came from: the same row again changes nothing, a
-- changed row updates the item, so importing the same file twice writes nothing the second time.
create table history_key (
    term_id    uuid not null references term (id),
    kind       text not null,
    office_key text not null check (length(office_key) <= 200),
    entity_id  uuid not null,
    digest     text not null,
    imported_by uuid not null,
    imported_at timestamptz not null,
    primary key (term_id, kind, office_key)
);
create index history_key_entity on history_key (entity_id);

-- What a history import job is for, beside its row in import_job (kept apart from the other imports' columns).
create table history_import (
    job_id         uuid primary key references import_job (id) on delete cascade,
    term_id        uuid not null references term (id),
    all_or_nothing boolean not null
);
