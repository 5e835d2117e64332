-- Idempotency-Key (platform/idempotency): each key a caller sent on a POST, with the first answer
-- given under it, written in the transaction of the operation itself. A retry under the same key
-- and request gets that answer again until expires_at; keys are per caller (the token's subject).
create table idempotency_key (
    caller       text        not null,
    request_key  text        not null,
    fingerprint  text        not null,
    status       integer     not null,
    headers      jsonb       not null,
    content_type text,
    body         bytea       not null,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    primary key (caller, request_key),
    constraint idempotency_key_length check (length(request_key) between 1 and 255)
);

create index idempotency_key_expiry on idempotency_key (expires_at);
