-- The read log of confidential records (README, "Read log"; platform/readlog ReadLog): one row per
-- record read or listed, written in the request that read it. Append-only: rows are neither updated
-- nor deleted (a trigger refuses both). Not under the audit trail (audit_untracked lists it): a read
-- changes nothing, and chaining every read would put the trail's lock on the read path. The same file
-- is in both services.

create table read_log (
    seq          bigint generated always as identity primary key,
    read_at      timestamptz not null,
    reader       text not null,
    reader_roles text[] not null,
    record_kind  text not null,
    record_id    uuid not null,
    operation    text not null
);
create index read_log_by_record on read_log (record_id, seq);
create index read_log_by_reader on read_log (reader, seq);
create index read_log_by_time on read_log (read_at, seq);

create function read_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the read log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger read_log_append_only before update or delete on read_log
    for each row execute function read_log_append_only();
create trigger read_log_no_truncate before truncate on read_log
    for each statement execute function read_log_append_only();
