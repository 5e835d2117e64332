-- bench/imports/kinds.sh: the historical cases a ledger import needs, as rectification-service opens
-- them from round-service's historical FeedbackIssued (Cases.open, RectificationCase.open,
-- LedgerItem.forFinding): a case per inspection H-<c> of the term, AWAITING_SIGNOFF, its deadlines
-- from the feedback, its two notifications (not sent: the feedback of an earlier round), and one
-- OPEN finding item per finding, carrying the finding's number H-<c>-<nnn>.
-- psql -v term=<uuid> -v cases=<n> -v per=<items per case>
\set ON_ERROR_STOP on
begin;
create temporary table seed_case on commit drop as
select c, gen_random_uuid() as id, gen_random_uuid() as organization_id,
       timestamptz '2018-05-10 10:00+08' as fed_back_at
  from generate_series(1, :cases) c;

insert into rectification_case (id, inspection_id, feedback_id, organization_id, organization_name, organization_type,
       parent_organization_id, parent_organization_name, discipline_body, principal_leader_user_id,
       principal_leader_name, principal_leader_post, leader_in_charge_user_id, leader_in_charge_name,
       leader_in_charge_post, term_id, round_id, round_title, team_id, team_name, fed_back_at, secretary_points,
       accountability_points, state, opened_at, updated_at, sign_off_due_at, plan_due_at, report_due_at,
       inspection_number, historical, version)
select id, gen_random_uuid(), gen_random_uuid(), organization_id, '第' || c || '镇党委', 'TOWNSHIP',
       null, null, '区纪委监委第一派驻纪检监察组', null, '镇书记' || c, '镇党委书记', null, '分管领导' || c, '区委常委',
       :'term', '00000000-0000-7000-8000-000000000001', '第一轮巡察', gen_random_uuid(), '第一巡察组', fed_back_at,
       '[]', '[]', 'AWAITING_SIGNOFF', now(), now(), fed_back_at + interval '7 days',
       fed_back_at + interval '1 month', fed_back_at + interval '2 months', 'H-' || c, true, 0
  from seed_case;

insert into notification (id, case_id, recipient, recipient_name, sent_at, version)
select gen_random_uuid(), id, recipient, name, now(), 0
  from seed_case, (values ('DISCIPLINE_BODY', '区纪委监委第一派驻纪检监察组'), ('ORGANIZATION_DEPARTMENT', '组织部')) r (recipient, name);

insert into ledger_item (id, case_id, finding_id, origin, category_code, category_name, problem, state, created_at,
       version, item_number, historical)
select gen_random_uuid(), s.id, gen_random_uuid(), 'FINDING', 'C1', '落实“两个责任”不到位',
       '第' || s.c || '镇问题' || i || '：集体资金未纳入三资平台管理', 'OPEN', now(), 0,
       'H-' || s.c || '-' || lpad(i::text, 3, '0'), true
  from seed_case s, generate_series(1, :per) i;
commit;
analyze rectification_case;
analyze ledger_item;
