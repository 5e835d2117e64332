-- Bulk import (#9). An organization may carry the office's own code, the key imports upsert by.
alter table organization add column office_code text check (office_code is null or length(office_code) <= 64);
create unique index organization_office_code on organization (office_code) where office_code is not null;

-- An import job: a file spooled to disk, read row by row, resolved and written set-based.
create table import_job (
    id             uuid primary key,
    kind           text        not null,
    format         text        not null,
    charset        text,
    dry_run        boolean     not null,
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
    reason      text   not null
);
create index import_row_error_job on import_row_error (job_id, id);

-- The rows of an organization import while its job resolves them; emptied when the job ends.
create unlogged table import_organization_row (
    job_id                uuid   not null,
    row_number            bigint not null,
    office_code           text,
    name                  text,
    type                  text,
    parent_code           text,
    parent_credit_code    text,
    credit_code           text,
    discipline_body       text,
    city_directed         boolean,
    principal_leader_name text,
    principal_leader_post text,
    leader_in_charge_name text,
    leader_in_charge_post text,
    error_column          text,
    error                 text,
    new_id                uuid,
    existing_id           uuid,
    parent_row            bigint,
    parent_id             uuid,
    node_key              bigint,
    path                  text collate "C",
    depth                 int,
    primary key (job_id, row_number)
);
create index import_organization_row_office_code on import_organization_row (job_id, office_code);
create index import_organization_row_credit_code on import_organization_row (job_id, credit_code);
create index import_organization_row_parent on import_organization_row (job_id, parent_row);
