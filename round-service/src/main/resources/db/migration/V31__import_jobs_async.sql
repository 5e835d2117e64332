-- Import jobs (#9): all-or-nothing, the file's header and each rejected row's fields, so the
-- rejected rows can be downloaded in the uploaded format with a reason column.
alter table import_job add column all_or_nothing boolean not null default false;
alter table import_job add column header text[];
alter table import_row_error add column fields text[];
alter table import_organization_row add column raw text[];
