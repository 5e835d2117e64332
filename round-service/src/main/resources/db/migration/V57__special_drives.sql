-- Special rectification drives (专项整治, seeds 000 and 003): launched from a problem of a published common
-- problem list, with the organizations taking part, each one's self-check (未巡先改) and result.
create table special_drive (
    id               uuid primary key,
    term_id          uuid        not null references term (id),
    list_id          uuid        not null references common_problem_list (id),
    problem_position int         not null,
    title            text        not null,
    launched_on      date        not null,
    state            text        not null check (state in ('LAUNCHED', 'CONCLUDED')),
    concluded_on     date,
    conclusion       text,
    launched_by      text        not null,
    launched_at      timestamptz not null,
    version          bigint      not null
);
create index special_drive_term on special_drive (term_id, id);

create table special_drive_participant (
    drive_id           uuid not null references special_drive (id),
    organization_id    uuid not null references organization (id),
    self_checked_on    date,
    self_check         text,
    problems_found     int check (problems_found >= 0),
    result_on          date,
    result             text,
    problems_rectified int check (problems_rectified >= 0),
    primary key (drive_id, organization_id)
);
