-- Consultation before a round (征求意见, seeds 000 and 002): partner departments' opinions on which
-- organizations to inspect, recorded with the round's plan; opinions that recommend an organization
-- feed the candidate ranking of the term (Coverage.candidates).
create table consultation_opinion (
    id              uuid primary key,
    round_id        uuid        not null references round (id),
    term_id         uuid        not null references term (id),
    department      text        not null,
    organization_id uuid        not null references organization (id),
    stance          text        not null check (stance in ('INSPECT', 'NO_CONCERN')),
    reasons         text,
    given_on        date        not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null,
    unique (round_id, department, organization_id)
);
create index consultation_opinion_round on consultation_opinion (round_id, id);
create index consultation_opinion_term on consultation_opinion (term_id, organization_id) where stance = 'INSPECT';
