-- Historical rectification ledgers (#9). A case opened from the feedback of an earlier round (a
-- history import in round-service) carries the office's number of its inspection and is marked
-- historical: its deadlines are a record, never flagged against today's clock. Its items carry the
-- office's own numbers (a finding's number, or the number of an item the office added), by which
-- the ledger's rows match them.
alter table rectification_case add column inspection_number text check (inspection_number is null or length(inspection_number) <= 64);
alter table rectification_case add column historical boolean not null default false;
create unique index rectification_case_inspection_number on rectification_case (term_id, inspection_number)
    where inspection_number is not null;

alter table ledger_item add column item_number text check (item_number is null or length(item_number) <= 64);
alter table ledger_item add column historical boolean not null default false;
create unique index ledger_item_item_number on ledger_item (case_id, item_number) where item_number is not null;

-- Import jobs, as round-service keeps them (platform/imports' ImportJobStore reads and writes these).
create table import_job (
    id             uuid primary key,
    kind           text        not null,
    format         text        not null,
    charset        text,
    dry_run        boolean     not null,
    all_or_nothing boolean     not null default false,
    header         text[],
    state          text        not null,
    rows_read      bigint      not null default 0,
    rows_accepted  bigint      not null default 0,
    rows_rejected  bigint      not null default 0,
    rows_inserted  bigint      not null default 0,
    rows_updated   bigint      not null default 0,
    rows_unchanged bigint      not null default 0,
    failure        text,
    created_by     text,
    created_at     timestamptz not null,
    started_at     timestamptz,
    finished_at    timestamptz
);

create table import_row_error (
    id          bigserial primary key,
    job_id      uuid   not null references import_job (id) on delete cascade,
    row_number  bigint not null,
    column_name text,
    reason      text   not null,
    fields      text[]
);
create index import_row_error_job on import_row_error (job_id, id);
