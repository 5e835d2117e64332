-- Issue #4: evidence gathered while stationed, findings with their dimensions, leads, reports,
-- common problems, and the tallies the figures read.

-- Findings carry the dimensions they are counted and listed by, fixed when they are drafted.
alter table finding
    add column term_id                  uuid references term (id),
    add column round_id                 uuid references round (id),
    add column team_id                  uuid references team (id),
    add column organization_id          uuid references organization (id),
    add column organization_type        text,
    add column found_by                 uuid references cadre (id),
    add column persons_named            text,
    add column common_problem_candidate boolean not null default false,
    add column fed_back_at              timestamptz,
    add column rectified_at             timestamptz;

update finding f set term_id = r.term_id, round_id = i.round_id, team_id = i.team_id,
                     organization_id = i.organization_id, organization_type = o.type
  from inspection i join round r on r.id = i.round_id join organization o on o.id = i.organization_id
 where i.id = f.inspection_id;

alter table finding alter column term_id set not null, alter column round_id set not null,
    alter column team_id set not null, alter column organization_id set not null,
    alter column organization_type set not null;

create index finding_term on finding (term_id, id);
create index finding_round on finding (round_id, id);
create index finding_team on finding (team_id, id);
create index finding_organization on finding (organization_id, id);

-- How many findings are in each state, per term, round, team, organization type and category:
-- kept by a trigger in the transaction of every change, so the figures of a term with a million
-- findings add up a few hundred rows instead of counting a million.
create table finding_tally (
    term_id           uuid not null,
    round_id          uuid not null,
    team_id           uuid not null,
    organization_type text not null,
    category_code     text not null,
    state             text not null,
    findings          bigint not null,
    primary key (term_id, round_id, team_id, organization_type, category_code, state)
);

create function finding_tally_count() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update finding_tally set findings = findings - 1
         where term_id = old.term_id and round_id = old.round_id and team_id = old.team_id
           and organization_type = old.organization_type and category_code = old.category_code and state = old.state;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into finding_tally (term_id, round_id, team_id, organization_type, category_code, state, findings)
        values (new.term_id, new.round_id, new.team_id, new.organization_type, new.category_code, new.state, 1)
        on conflict (term_id, round_id, team_id, organization_type, category_code, state)
        do update set findings = finding_tally.findings + 1;
    end if;
    return null;
end $$;

create trigger finding_tally_count after insert or delete or update of state, category_code on finding
    for each row execute function finding_tally_count();

insert into finding_tally (term_id, round_id, team_id, organization_type, category_code, state, findings)
select term_id, round_id, team_id, organization_type, category_code, state, count(*)
  from finding group by 1, 2, 3, 4, 5, 6;

-- Interviews (个别谈话): confidential, like the identities in them.
create table interview (
    id                   uuid primary key,
    inspection_id        uuid not null references inspection (id),
    category             text not null,
    interviewee          text not null,
    held_on              date not null,
    confidential_summary text not null,
    recorded_by          text not null,
    recorded_at          timestamptz not null
);
create index interview_inspection on interview (inspection_id, id);

create table interview_interviewer (
    interview_id uuid not null references interview (id),
    cadre_id     uuid not null references cadre (id),
    primary key (interview_id, cadre_id)
);

-- Document and financial reviews: checklists whose items are data.
create table review_item (
    code     text primary key,
    kind     text not null,
    position int  not null,
    name     text not null,
    active   boolean not null default true,
    unique (kind, position)
);

insert into review_item (code, kind, position, name) values
('DOC-1', 'DOCUMENT', 1, '党委（党组）民主集中制执行情况'),
('DOC-2', 'DOCUMENT', 2, '“三重一大”决策制度执行情况'),
('DOC-3', 'DOCUMENT', 3, '理论中心组学习情况'),
('DOC-4', 'DOCUMENT', 4, '党建工作责任制落实情况'),
('DOC-5', 'DOCUMENT', 5, '党风廉政建设责任制落实情况'),
('DOC-6', 'DOCUMENT', 6, '各类专项治理工作开展情况'),
('FIN-1', 'FINANCIAL', 1, '津补贴和福利发放'),
('FIN-2', 'FINANCIAL', 2, '“三公”经费使用'),
('FIN-3', 'FINANCIAL', 3, '财政专项资金使用'),
('FIN-4', 'FINANCIAL', 4, '固定资产购置与管理'),
('FIN-5', 'FINANCIAL', 5, '项目招投标'),
('FIN-6', 'FINANCIAL', 6, '大额资金使用');

create table review (
    id            uuid primary key,
    inspection_id uuid not null references inspection (id),
    kind          text not null,
    started_at    timestamptz not null,
    version       bigint not null,
    unique (inspection_id, kind)
);

create table review_entry (
    review_id   uuid not null references review (id),
    item_code   text not null references review_item (code),
    name        text not null,
    position    int  not null,
    checked     boolean not null default false,
    note        text,
    finding_ids uuid[] not null default '{}',
    checked_by  text,
    checked_at  timestamptz,
    primary key (review_id, item_code)
);

-- Surveys (问卷调查, 民主测评): yes/no questions with free text.
create table survey (
    id            uuid primary key,
    inspection_id uuid not null references inspection (id),
    title         text not null,
    created_at    timestamptz not null
);
create index survey_inspection on survey (inspection_id);

create table survey_question (
    survey_id uuid not null references survey (id),
    number    int  not null,
    text      text not null,
    primary key (survey_id, number)
);

create table survey_response (
    id           uuid primary key,
    survey_id    uuid not null references survey (id),
    submitted_at timestamptz not null
);
create index survey_response_survey on survey_response (survey_id);

create table survey_answer (
    response_id uuid not null references survey_response (id),
    survey_id   uuid not null,
    number      int  not null,
    yes         boolean not null,
    comment     text,
    primary key (response_id, number),
    foreign key (survey_id, number) references survey_question (survey_id, number)
);
create index survey_answer_question on survey_answer (survey_id, number);

-- Visits (走访) and petitions (信访) received while stationed.
create table visit (
    id            uuid primary key,
    inspection_id uuid not null references inspection (id),
    visited_on    date not null,
    place         text not null,
    people        text,
    notes         text not null,
    recorded_by   text not null
);
create index visit_inspection on visit (inspection_id, id);

create table petition (
    id              uuid primary key,
    inspection_id   uuid not null references inspection (id),
    organization_id uuid not null references organization (id),
    received_on     date not null,
    channel         text not null,
    petitioner      text,
    subject         text not null,
    summary         text not null,
    recorded_by     text not null
);
create index petition_inspection on petition (inspection_id, id);
create index petition_organization on petition (organization_id);

-- Leads (问题线索): confidential, transferred to a named body, disposed, archived.
create table lead (
    id                 uuid primary key,
    inspection_id      uuid not null references inspection (id),
    term_id            uuid not null references term (id),
    round_id           uuid not null references round (id),
    team_id            uuid not null references team (id),
    organization_id    uuid not null references organization (id),
    organization_type  text not null,
    found_by           uuid references cadre (id),
    summary            text not null,
    persons            text,
    source             text not null,
    state              text not null,
    received_at        timestamptz not null,
    assessed_at        timestamptz,
    assessment         text,
    reported_at        timestamptz,
    transferred_at     timestamptz,
    transferred_to     text,
    receiving_body     text,
    disposed_at        timestamptz,
    disposition        text,
    disposition_note   text,
    cases_filed        int,
    persons_sanctioned int,
    judicial_transfers int,
    archived_at        timestamptz,
    version            bigint not null
);
create index lead_inspection on lead (inspection_id, id);
create index lead_term on lead (term_id, id);
create index lead_round on lead (round_id, id);
create index lead_transferred on lead (transferred_at) where state = 'TRANSFERRED';
create index lead_organization on lead (organization_id) where state not in ('DISPOSED', 'ARCHIVED');

-- What an interview supports: findings and leads.
create table interview_link (
    interview_id uuid not null references interview (id),
    finding_id   uuid references finding (id),
    lead_id      uuid references lead (id),
    check ((finding_id is null) <> (lead_id is null))
);
create unique index interview_link_finding on interview_link (interview_id, finding_id) where finding_id is not null;
create unique index interview_link_lead on interview_link (interview_id, lead_id) where lead_id is not null;

-- Reports: the inspection report (one per inspection) and topic reports, approved by the
-- leadership; recommendations to named departments.
create table report (
    id              uuid primary key,
    round_id        uuid not null references round (id),
    inspection_id   uuid references inspection (id),
    kind            text not null,
    title           text not null,
    body            text not null,
    state           text not null,
    finding_ids     uuid[] not null default '{}',
    drafted_by      text not null,
    drafted_at      timestamptz not null,
    submitted_at    timestamptz,
    decided_at      timestamptz,
    decided_by      text,
    returned_reason text,
    version         bigint not null
);
create unique index report_one_per_inspection on report (inspection_id) where kind = 'INSPECTION';
create index report_round on report (round_id, id);

create table recommendation (
    id         uuid primary key,
    report_id  uuid not null references report (id),
    department text not null,
    content    text not null,
    issued_at  timestamptz not null,
    issued_by  text not null
);
create index recommendation_report on recommendation (report_id);

-- Common problems (共性问题) an office publishes for every organization to check itself against.
create table common_problem_list (
    id           uuid primary key,
    term_id      uuid not null references term (id),
    title        text not null,
    published_at timestamptz not null,
    published_by text not null
);

create table common_problem (
    id                uuid primary key,
    list_id           uuid not null references common_problem_list (id),
    position          int  not null,
    category_code     text not null references finding_category (code),
    organization_type text,
    description       text not null
);
create index common_problem_list_items on common_problem (list_id, position);
