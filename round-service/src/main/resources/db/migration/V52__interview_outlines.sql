-- Interview outlines (谈话提纲, seed 001): a common outline per inspection and a personal outline per
-- interviewee, handed to the unit's liaison at least three days before the interview. A personal outline
-- handed over late (or not yet, past its day) is flagged, not refused; handover_due_by is kept on write.
create table interview_outline (
    id               uuid primary key,
    inspection_id    uuid        not null references inspection (id),
    team_id          uuid        not null references team (id),
    kind             text        not null check (kind in ('COMMON', 'PERSONAL')),
    title            text        not null,
    content          text        not null,
    interviewee      text,
    category         text,
    interview_on     date,
    interview_id     uuid unique references interview (id),
    interview_held_on date,
    handover_due_by  date,
    handed_over_on   date,
    handed_over_to   text,
    created_by       text        not null,
    created_at       timestamptz not null,
    version          bigint      not null,
    check ((kind = 'PERSONAL') = (interviewee is not null and interview_on is not null and handover_due_by is not null))
);
create unique index interview_outline_one_common on interview_outline (inspection_id) where kind = 'COMMON';
create index interview_outline_inspection on interview_outline (inspection_id, id);
