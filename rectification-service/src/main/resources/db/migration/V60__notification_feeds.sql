-- The notifications of feedback (一通报) to the supervising bodies over REST: one feed per body's
-- topic, in commit order (platform Feeds, issue #10). Kept: a body's system may be away longer than
-- the topics keep records.
create table feed_entry (
    position      bigint generated always as identity primary key,
    feed          text        not null,
    event_id      uuid        not null unique,
    event_type    text        not null,
    event_version int         not null,
    subject       text        not null,
    occurred_at   timestamptz not null,
    envelope      text        not null
);
create index feed_entry_feed on feed_entry (feed, position);
