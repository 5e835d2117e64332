-- The audit trail at a fraction of V90's cost per row (#9, #14), and a set-based path for bulk writers.
-- The same file is in both services. The chain and its canonical form are V90's, unchanged: entries
-- appended before and after this migration verify alike (AuditChain.canonical).
--
-- Where V90's 200 µs per row went (a 5,000-row insert, track_functions = all): 45 calls of
-- audit_field per row through the SQL-function executor (not inlined: its argument, a jsonb cast to
-- text, is used three times), about 120 µs; the rest in audit_append (the key by a subquery over
-- tg_argv, the lock and the read of the head for every row, the insert and its four indexes).

-- The time filter of GET /audit-trail through a BRIN index: entries are appended in the order of time
-- (the committee's clock at each transaction's start, nearly), so block ranges serve a from/to as well
-- as the B-tree did, for a fraction of its cost per entry (about 2.5 µs of the 5 µs the two indexes
-- on actor and time cost per row). The aggregate's and the actor's B-trees stay: those filters are
-- unordered in the trail.
drop index audit_entry_by_time;
create index audit_entry_by_time on audit_entry using brin (occurred_at);

-- The canonical form in one plpgsql call: each field converted to text once.
create or replace function audit_canonical(seq bigint, occurred_at timestamptz, actor text, action text, aggregate text,
                                           aggregate_id text, before_state jsonb, after_state jsonb, previous_hash text)
    returns text language plpgsql immutable as $$
declare
    seq_text text := seq::text;
    at_text text := (extract(epoch from occurred_at) * 1000000)::bigint::text;
    before_text text := before_state::text;
    after_text text := after_state::text;
begin
    return case when seq_text is null then '~' else octet_length(convert_to(seq_text, 'UTF8')) || ':' || seq_text end
        || case when at_text is null then '~' else octet_length(convert_to(at_text, 'UTF8')) || ':' || at_text end
        || case when actor is null then '~' else octet_length(convert_to(actor, 'UTF8')) || ':' || actor end
        || case when action is null then '~' else octet_length(convert_to(action, 'UTF8')) || ':' || action end
        || case when aggregate is null then '~' else octet_length(convert_to(aggregate, 'UTF8')) || ':' || aggregate end
        || case when aggregate_id is null then '~'
                else octet_length(convert_to(aggregate_id, 'UTF8')) || ':' || aggregate_id end
        || case when before_text is null then '~' else octet_length(convert_to(before_text, 'UTF8')) || ':' || before_text end
        || case when after_text is null then '~' else octet_length(convert_to(after_text, 'UTF8')) || ':' || after_text end
        || case when previous_hash is null then '~'
                else octet_length(convert_to(previous_hash, 'UTF8')) || ':' || previous_hash end;
end $$;

-- The chain's head ("<seq>:<hash>") for the transaction's next entry. It is read from audit_entry once
-- per transaction, under the lock (class 0x61756474, "audt", held from then to the commit); every
-- append then keeps its new head in the transaction-local setting xuncha.audit.head, which a savepoint
-- rolled back takes back with its entries. Read with current_setting first (cheaper than a call).
create function audit_head() returns text language plpgsql as $$
declare
    head text := current_setting('xuncha.audit.head', true);
    last_seq bigint;
    last_hash text;
begin
    if head is null or head = '' then
        perform pg_advisory_xact_lock(1635083380, 0);
        select e.seq, e.hash into last_seq, last_hash from audit_entry e order by e.seq desc limit 1;
        head := coalesce(last_seq, 0) || ':' || coalesce(last_hash, repeat('0', 64));
    end if;
    return head;
end $$;

-- Appends one entry after the transaction's head. Who and when are V90's settings.
create function audit_add(entry_action text, entry_aggregate text, entry_key text, old_state jsonb, new_state jsonb)
    returns void language plpgsql as $$
declare
    head text := current_setting('xuncha.audit.head', true);
    last_seq bigint;
    last_hash text;
    entry_at timestamptz := coalesce(nullif(current_setting('xuncha.audit.at', true), '')::timestamptz, now());
    entry_actor text := coalesce(nullif(current_setting('xuncha.audit.actor', true), ''), 'system');
    entry_hash text;
begin
    if head is null or head = '' then
        head := audit_head();
    end if;
    last_seq := split_part(head, ':', 1)::bigint;
    last_hash := split_part(head, ':', 2);
    entry_hash := encode(sha256(convert_to(audit_canonical(last_seq + 1, entry_at, entry_actor, entry_action,
            entry_aggregate, coalesce(entry_key, ''), old_state, new_state, last_hash), 'UTF8')), 'hex');
    insert into audit_entry (seq, occurred_at, actor, action, aggregate, aggregate_id, before_state, after_state,
                             previous_hash, hash)
    values (last_seq + 1, entry_at, entry_actor, entry_action, entry_aggregate, coalesce(entry_key, ''), old_state,
            new_state, last_hash, entry_hash);
    perform set_config('xuncha.audit.head', (last_seq + 1) || ':' || entry_hash, true);
end $$;

-- The row trigger, at commit: the key is the primary key's values joined by '/' (nulls left out, as
-- V90's string_agg did), read from the row's JSON without a query.
create or replace function audit_append() returns trigger language plpgsql as $$
declare
    old_state jsonb;
    new_state jsonb;
    state jsonb;
    entry_key text;
    part text;
begin
    if tg_op <> 'INSERT' then old_state := to_jsonb(old); end if;
    if tg_op <> 'DELETE' then new_state := to_jsonb(new); end if;
    if tg_op = 'UPDATE' and old_state = new_state then
        return null;
    end if;
    state := coalesce(new_state, old_state);
    if tg_nargs = 1 then
        entry_key := state ->> tg_argv[0];
    else
        for i in 0 .. tg_nargs - 1 loop
            part := state ->> tg_argv[i];
            if part is not null then
                entry_key := case when entry_key is null then part else entry_key || '/' || part end;
            end if;
        end loop;
    end if;
    perform audit_add(tg_op, tg_table_name, entry_key, old_state, new_state);
    return null;
end $$;

-- Bulk writers (platform/audit AuditBulk). A transaction declares that it writes one table in bulk
-- (audit_bulk_begin), writes it with the row trigger skipped (its WHEN clause: the setting
-- xuncha.audit.bulk names the table), then appends the entries of what it wrote itself, in one call
-- (audit_bulk_append), which ends the declaration. A statement writing a table under the setting
-- without a declaration is refused (audit_bulk_guard, once per statement), and so is a commit with
-- a declaration not appended (audit_bulk_unappended): the setting alone never skips the trail.
create unlogged table audit_bulk (
    transaction_id bigint not null,
    aggregate      text not null,
    primary key (transaction_id, aggregate)
);
insert into audit_untracked (table_name) values ('audit_bulk');

create function audit_bulk_begin(tracked regclass) returns void language plpgsql as $$
declare
    table_name text := (select c.relname from pg_class c where c.oid = tracked);
begin
    if not exists (select 1 from pg_trigger t where t.tgrelid = tracked and t.tgname = 'audit_trail') then
        raise exception 'audit_bulk_begin: % is not under the audit trail', tracked;
    end if;
    if nullif(current_setting('xuncha.audit.bulk', true), '') is not null then
        raise exception 'audit_bulk_begin: a bulk write of % is already declared', current_setting('xuncha.audit.bulk');
    end if;
    insert into audit_bulk (transaction_id, aggregate) values (txid_current(), table_name);
    perform set_config('xuncha.audit.bulk', table_name, true);
end $$;

-- Appends, in the order of the rows {@code changes} answers (a query of action, aggregate_id,
-- before_state jsonb, after_state jsonb; $1 is {@code parameter}), one entry per row of the declared
-- table, after the chain's head and under its lock, as the row trigger would have; then ends the
-- declaration, so the transaction's later writes are audited row by row again. Returns the entries.
create function audit_bulk_append(tracked regclass, changes text, parameter text) returns bigint language plpgsql as $$
declare
    table_name text := (select c.relname from pg_class c where c.oid = tracked);
    entry_at timestamptz := coalesce(nullif(current_setting('xuncha.audit.at', true), '')::timestamptz, now());
    entry_actor text := coalesce(nullif(current_setting('xuncha.audit.actor', true), ''), 'system');
    change record;
    head text;
    last_seq bigint;
    last_hash text;
    entry_hash text;
    appended bigint := 0;
    n int := 0;
    seqs bigint[] := '{}';
    actions text[] := '{}';
    keys text[] := '{}';
    befores jsonb[] := '{}';
    afters jsonb[] := '{}';
    previous text[] := '{}';
    hashes text[] := '{}';
begin
    if current_setting('xuncha.audit.bulk', true) is distinct from table_name then
        raise exception 'audit_bulk_append: no bulk write of % is declared', table_name;
    end if;
    head := audit_head();
    last_seq := split_part(head, ':', 1)::bigint;
    last_hash := split_part(head, ':', 2);
    for change in execute changes using parameter loop
        if change.action not in ('INSERT', 'UPDATE', 'DELETE') then
            raise exception 'audit_bulk_append: % is not an action', change.action;
        end if;
        continue when change.action = 'UPDATE' and change.before_state = change.after_state;
        entry_hash := encode(sha256(convert_to(audit_canonical(last_seq + 1, entry_at, entry_actor, change.action,
                table_name, coalesce(change.aggregate_id, ''), change.before_state, change.after_state, last_hash),
                'UTF8')), 'hex');
        n := n + 1;
        seqs[n] := last_seq + 1;
        actions[n] := change.action;
        keys[n] := coalesce(change.aggregate_id, '');
        befores[n] := change.before_state;
        afters[n] := change.after_state;
        previous[n] := last_hash;
        hashes[n] := entry_hash;
        last_seq := last_seq + 1;
        last_hash := entry_hash;
        if n = 5000 then -- inserted a few thousand at a time: one statement each, memory bounded
            insert into audit_entry (seq, occurred_at, actor, action, aggregate, aggregate_id, before_state,
                                     after_state, previous_hash, hash)
            select u.seq, entry_at, entry_actor, u.action, table_name, u.aggregate_id, u.before_state, u.after_state,
                   u.previous_hash, u.hash
              from unnest(seqs, actions, keys, befores, afters, previous, hashes)
                   as u(seq, action, aggregate_id, before_state, after_state, previous_hash, hash);
            appended := appended + n;
            n := 0;
            seqs := '{}'; actions := '{}'; keys := '{}'; befores := '{}'; afters := '{}'; previous := '{}'; hashes := '{}';
        end if;
    end loop;
    insert into audit_entry (seq, occurred_at, actor, action, aggregate, aggregate_id, before_state, after_state,
                             previous_hash, hash)
    select u.seq, entry_at, entry_actor, u.action, table_name, u.aggregate_id, u.before_state, u.after_state,
           u.previous_hash, u.hash
      from unnest(seqs, actions, keys, befores, afters, previous, hashes)
           as u(seq, action, aggregate_id, before_state, after_state, previous_hash, hash);
    appended := appended + n;
    if appended > 0 then
        perform set_config('xuncha.audit.head', last_seq || ':' || last_hash, true);
    end if;
    delete from audit_bulk where transaction_id = txid_current() and aggregate = table_name;
    perform set_config('xuncha.audit.bulk', '', true);
    return appended;
end $$;

create function audit_bulk_guard() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from audit_bulk where transaction_id = txid_current() and aggregate = tg_table_name) then
        raise exception 'xuncha.audit.bulk names % but no bulk write of it was declared (audit_bulk_begin): refused',
            tg_table_name using errcode = 'insufficient_privilege';
    end if;
    return null;
end $$;

create function audit_bulk_unappended() returns trigger language plpgsql as $$
begin
    if exists (select 1 from audit_bulk where transaction_id = new.transaction_id and aggregate = new.aggregate) then
        raise exception 'a bulk write of % was declared and its entries were not appended (audit_bulk_append): refused',
            new.aggregate using errcode = 'insufficient_privilege';
    end if;
    return null;
end $$;

create constraint trigger audit_bulk_unappended after insert on audit_bulk deferrable initially deferred
    for each row execute function audit_bulk_unappended();

-- Puts a table under the trail, keyed by its primary key's columns: the row trigger (skipped under a
-- declared bulk write of the table) and the bulk guard. A later migration that creates a table calls
-- it too (select audit_track('new_table')).
create or replace function audit_track(tracked regclass) returns void language plpgsql as $$
declare
    key_columns text;
    table_name text := (select c.relname from pg_class c where c.oid = tracked);
begin
    select string_agg(quote_literal(a.attname), ', ' order by k.position) into key_columns
      from pg_index i
      cross join unnest(i.indkey) with ordinality as k(attnum, position)
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
     where i.indrelid = tracked and i.indisprimary;
    execute format('create constraint trigger audit_trail after insert or update or delete on %s '
                   'deferrable initially deferred for each row '
                   'when (current_setting(''xuncha.audit.bulk'', true) is distinct from %L) '
                   'execute function audit_append(%s)',
                   tracked, table_name, coalesce(key_columns, ''));
    execute format('create trigger audit_bulk_guard after insert or update or delete on %s for each statement '
                   'when (current_setting(''xuncha.audit.bulk'', true) = %L) execute function audit_bulk_guard()',
                   tracked, table_name);
end $$;

do $$
declare
    tracked record;
begin
    for tracked in select t.tgrelid::regclass as name from pg_trigger t
                    where t.tgname = 'audit_trail' and t.tgfoid = 'audit_append'::regproc
    loop
        execute format('drop trigger audit_trail on %s', tracked.name);
        perform audit_track(tracked.name);
    end loop;
end $$;
