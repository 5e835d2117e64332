-- The audit trail (README, "Audit trail"): every insert, update and delete of the service's own
-- records is appended to audit_entry when its transaction commits (deferred constraint triggers),
-- each entry carrying the hash of the one before it. The same file is in both services.
--
-- The canonical form hashed is platform/audit AuditChain.canonical: each field as
-- <length in UTF-8 bytes>:<text>, or ~ for none, in this order: seq, occurred_at as epoch
-- microseconds, actor, action, aggregate, aggregate_id, before_state::text, after_state::text,
-- previous_hash; the hash is its SHA-256 in lower-case hex. The first entry's previous hash is 64 zeros.

create table audit_entry (
    seq           bigint primary key,
    occurred_at   timestamptz not null,
    actor         text not null,
    action        text not null check (action in ('INSERT', 'UPDATE', 'DELETE')),
    aggregate     text not null,
    aggregate_id  text not null,
    before_state  jsonb,
    after_state   jsonb,
    previous_hash text not null,
    hash          text not null
);
create index audit_entry_by_aggregate on audit_entry (aggregate, aggregate_id, seq);
create index audit_entry_by_actor on audit_entry (actor, seq);
create index audit_entry_by_time on audit_entry (occurred_at, seq);

-- The heads published (AuditHeadPublisher): a truncated tail is seen when a checkpoint's entry is gone.
create table audit_checkpoint (
    seq          bigint primary key,
    hash         text not null,
    published_at timestamptz not null
);

create function audit_field(value text) returns text language sql immutable as $$
    select case when value is null then '~' else octet_length(convert_to(value, 'UTF8')) || ':' || value end
$$;

create function audit_canonical(seq bigint, occurred_at timestamptz, actor text, action text, aggregate text,
                                aggregate_id text, before_state jsonb, after_state jsonb, previous_hash text)
    returns text language sql immutable as $$
    select audit_field(seq::text) || audit_field((extract(epoch from occurred_at) * 1000000)::bigint::text)
        || audit_field(actor) || audit_field(action) || audit_field(aggregate) || audit_field(aggregate_id)
        || audit_field(before_state::text) || audit_field(after_state::text) || audit_field(previous_hash)
$$;

-- Runs at commit, once per changed row, in the order of the changes. The transaction-scoped advisory
-- lock (class 0x61756474, "audt") makes concurrent commits append one after the other, so the
-- entries form one line; it is held from the first entry of a transaction to its commit only.
create function audit_append() returns trigger language plpgsql as $$
declare
    old_state jsonb;
    new_state jsonb;
    entry_key text;
    last_seq bigint;
    last_hash text;
    entry_at timestamptz := coalesce(nullif(current_setting('xuncha.audit.at', true), '')::timestamptz, now());
    entry_actor text := coalesce(nullif(current_setting('xuncha.audit.actor', true), ''), 'system');
    entry_hash text;
begin
    if tg_op <> 'INSERT' then old_state := to_jsonb(old); end if;
    if tg_op <> 'DELETE' then new_state := to_jsonb(new); end if;
    if tg_op = 'UPDATE' and old_state = new_state then
        return null;
    end if;
    select string_agg(coalesce(new_state, old_state) ->> column_name, '/' order by position)
      into entry_key from unnest(tg_argv) with ordinality as key_column(column_name, position);
    perform pg_advisory_xact_lock(1635083380, 0);
    select seq, hash into last_seq, last_hash from audit_entry order by seq desc limit 1;
    last_seq := coalesce(last_seq, 0);
    last_hash := coalesce(last_hash, repeat('0', 64));
    entry_hash := encode(sha256(convert_to(audit_canonical(last_seq + 1, entry_at, entry_actor, tg_op, tg_table_name,
            coalesce(entry_key, ''), old_state, new_state, last_hash), 'UTF8')), 'hex');
    insert into audit_entry (seq, occurred_at, actor, action, aggregate, aggregate_id, before_state, after_state,
                             previous_hash, hash)
    values (last_seq + 1, entry_at, entry_actor, tg_op, tg_table_name, coalesce(entry_key, ''), old_state, new_state,
            last_hash, entry_hash);
    return null;
end $$;

-- Puts a table under the trail, keyed by its primary key's columns. A later migration that creates a
-- table calls it too (select audit_track('new_table')); AuditCoverageTest fails on a table left out.
create function audit_track(tracked regclass) returns void language plpgsql as $$
declare
    key_columns text;
begin
    select string_agg(quote_literal(a.attname), ', ' order by k.position) into key_columns
      from pg_index i
      cross join unnest(i.indkey) with ordinality as k(attnum, position)
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
     where i.indrelid = tracked and i.indisprimary;
    execute format('create constraint trigger audit_trail after insert or update or delete on %s '
                   'deferrable initially deferred for each row execute function audit_append(%s)',
                   tracked, coalesce(key_columns, ''));
end $$;

-- Every table of the service but the mechanics (outbox, inbox, idempotency, feeds, import jobs and
-- staging, tallies that triggers derive from tracked rows, Flyway's history) and the trail itself.
-- audit_untracked names them, so the coverage test knows a table left out on purpose from a forgotten one.
create table audit_untracked (table_name text primary key);
insert into audit_untracked (table_name)
select t from unnest(array['flyway_schema_history', 'outbox_message', 'processed_event', 'idempotency_key',
        'feed_entry', 'import_job', 'import_row_error', 'import_organization_row', 'finding_tally',
        'followed_tally', 'finding_cadre_tally', 'finding_organization_tally', 'audit_entry', 'audit_checkpoint',
        'audit_untracked', 'read_log', 'history_key', 'history_import']) as t;

do $$
declare
    tracked record;
begin
    for tracked in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where c.relkind = 'r' and n.nspname = current_schema()
                      and c.relname not in (select table_name from audit_untracked)
                      and c.relpersistence = 'p'
    loop
        perform audit_track(tracked.name);
    end loop;
end $$;
