-- While an organization is under inspection its leadership is not reshuffled; where it must be, the
-- organization department hears the team first (DOMAIN.md §4, seed 004 item 16). Each hearing a
-- leadership change relied on, per inspection under way at the time.
create table leadership_hearing (
    id              uuid primary key,
    organization_id uuid        not null references organization (id),
    inspection_id   uuid        not null references inspection (id),
    heard_on        date        not null,
    note            text        not null,
    recorded_at     timestamptz not null,
    recorded_by     text        not null
);
create index leadership_hearing_organization on leadership_hearing (organization_id, recorded_at);
