-- The leadership group hears each team's report within a week of its batch's end (seed 004 §12:
-- 领导小组要在每批次集中巡察结束一周内，听取各巡察组巡察情况汇报): one hearing per team and round, who
-- chaired it, when, and its conclusions. A batch is a round (its batch number on the round); it ends
-- when the last of its inspections withdraws.
create table report_hearing (
    id          uuid primary key,
    round_id    uuid        not null references round (id),
    team_id     uuid        not null references team (id),
    heard_on    date        not null,
    chaired_by  text        not null,
    conclusions text        not null,
    recorded_by text        not null,
    recorded_at timestamptz not null,
    version     bigint      not null,
    unique (team_id, round_id)
);
create index report_hearing_round on report_hearing (round_id, id);
