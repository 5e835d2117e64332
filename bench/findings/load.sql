-- The data set of the findings and figures benchmark (issue #4), loaded straight into the schema
-- Flyway made (V1..V7). psql variables (run.sh passes them): findings, orgs, leads, marker.
--
-- A fictional city, 江临市, whose Party committee runs one term of six rounds, eight teams each:
--   registry  the city (root), 10 counties, 142 city-directed organs, state enterprises, colleges
--             and public institutions; per county 12 townships, 4 streets, 40 organs, 6 state
--             enterprises, 10 schools, 10 public institutions; 20 villages per township and 8
--             communities per street (3,693 organizations)
--   inspected :orgs organizations (2,000): every county-level and city-level unit (972) and, for the
--             rest, villages and communities inspected directly (村居巡察, 提级巡察), each once in
--             rounds 1-5; round 6 (回头看) goes back to 200 of those of rounds 1-3 and is stationed
--             now. Township and street inspections extend (延伸) to all their villages/communities.
--   findings  :findings (1,000,000) over those 2,000 organizations, more for a county than for an
--             organ, more for an organ than for a village; categories of the city scheme (CITY-1..7)
--             for city-level units and of the county scheme (COUNTY-1..5) for the grassroots, plus
--             the three focuses; states as the round has got: rounds 1-2 rectified and closed,
--             3-4 rectifying, 5 fed back (a third signed off), 6 drafted or confirmed
--   leads     :leads (4,000) received, assessed, reported, transferred (to the discipline
--             commission, the organization department or another named body), disposed, archived
--   reports, recommendations, feedback, and rectification as round-service follows it: a
--             followed_case per inspection signed off, a followed_item per finding rectified
--             (closed) or reopened, and items overdue
--
-- Findings are inserted with the tally trigger (finding_tally_added) disabled, in created_at order
-- with UUIDv7 ids (as the service makes them), and finding_tally, finding_cadre_tally and
-- finding_organization_tally are then filled with one insert ... select ... group by each, as V4, V6
-- and V7 do at their end; the trigger is enabled again before commit. followed_item's trigger keeps followed_tally row by row.
--
-- One transaction: either the whole set is there, with the term named by :marker last, or nothing.

\set ON_ERROR_STOP on
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
begin;
select setseed(0.20260404);

\set chars '东南西北中上下前后大小新老高龙凤山水河湖江溪桥林石田庄王李张刘陈杨黄赵周吴徐孙马朱胡郭何罗梁宋郑谢韩唐冯董程曹邓许沈彭吕苏卢蒋蔡丁魏叶余潘杜夏钟汪任姜范方姚谭廖邹熊金陆白崔康秦顾侯孟万段钱汤黎常武贺文青红富民安平兴旺和'
\set surnames '王李张刘陈杨黄赵周吴徐孙马朱胡郭何罗梁宋郑谢韩唐冯董程曹邓许沈彭吕苏卢蒋蔡丁魏叶余潘杜夏钟汪任姜范方'
\set given '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文斌宇浩凯鹏辉'

create function pg_temp.two() returns text language sql volatile
    return substr(:'chars', 1 + floor(random() * length(:'chars'))::int, 1)
        || substr(:'chars', 1 + floor(random() * length(:'chars'))::int, 1);
create function pg_temp.leader() returns text language sql volatile
    return substr(:'surnames', 1 + floor(random() * length(:'surnames'))::int, 1) || '某某';
create function pg_temp.person() returns text language sql volatile
    return substr(:'surnames', 1 + floor(random() * length(:'surnames'))::int, 1)
        || substr(:'given', 1 + floor(random() * length(:'given'))::int, 1)
        || case when random() < 0.6 then substr(:'given', 1 + floor(random() * length(:'given'))::int, 1) else '' end;
-- A UUID version 7 (time-ordered, as org.xuncha.platform.id.Ids makes them): the milliseconds of
-- ts in the first 48 bits, version 7, random bits elsewhere.
create function pg_temp.uuid7(ts timestamptz) returns uuid language sql volatile
    return encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
                  placing substring(int8send(floor(extract(epoch from ts) * 1000)::bigint) from 3) from 1 for 6),
                  52, 1), 53, 1), 'hex')::uuid;

-- --- the registry -------------------------------------------------------------------------------

create temp table departments (n int, name text);
insert into departments
select n, name from unnest(array['纪委监委', '组织部', '宣传部', '统战部', '政法委', '编办', '发展和改革委员会', '教育局',
    '科技局', '工业和信息化局', '公安局', '民政局', '司法局', '财政局', '人力资源和社会保障局', '自然资源局', '生态环境局',
    '住房和城乡建设局', '交通运输局', '水利局', '农业农村局', '商务局', '文化广电和旅游局', '卫生健康委员会',
    '退役军人事务局', '应急管理局', '审计局', '国资委', '市场监督管理局', '统计局', '医疗保障局', '城市管理局', '林业局',
    '信访局', '行政审批服务局', '机关事务管理局', '总工会', '团委', '妇联', '科协', '文联', '残联', '供销合作社',
    '人民法院', '人民检察院', '人大常委会办公室', '政协办公室', '政府办公室', '党校', '档案馆', '融媒体中心',
    '税务局', '气象局', '粮食和物资储备局', '大数据管理局', '乡村振兴局', '投资促进局', '住房公积金管理中心',
    '人防办', '地方志办公室']) with ordinality as d (name, n);

create temp table counties (n int, name text);
insert into counties
select n, name from unnest(array['临江区', '东湖区', '青山县', '白石县', '永安县', '新丰县', '龙泉县', '安平县', '河西区',
    '凤台县']) with ordinality as c (name, n);

create temp table spec (parent_id uuid, parent_path text collate "C", depth int, type text, name text, post text,
                        city_directed boolean);

create function pg_temp.flush() returns bigint language sql volatile as $$
    insert into organization (id, name, type, parent_id, principal_leader_name, principal_leader_post,
                              leader_in_charge_name, leader_in_charge_post, discipline_body, created_at, version,
                              node_key, path, depth, city_directed)
    select gen_random_uuid(), name, type, parent_id, pg_temp.leader(), post, pg_temp.leader(), '分管负责人',
           case when depth <= 2 then '派驻纪检监察组' else '乡镇纪委' end, timestamptz '2021-12-01 09:00+08', 0,
           key, coalesce(parent_path, '/') || lpad(to_hex(key), 8, '0') || '/', depth, city_directed
      from (select nextval('organization_node_key') as key, shuffled.*
              from (select * from pg_temp.spec order by random()) shuffled) keyed;
    delete from pg_temp.spec;
    select count(*) from organization;
$$;

insert into spec values (null, null, 0, 'OTHER', '江临市', '市委书记', false);
select pg_temp.flush();

insert into spec select r.id, r.path, 1, 'COUNTY', c.name, '县（区）委书记', false from organization r, counties c where r.depth = 0;
insert into spec select r.id, r.path, 1, 'ORGAN', '江临市' || d.name, '党组书记', true from organization r, departments d where r.depth = 0;
insert into spec
select r.id, r.path, 1, 'STATE_ENTERPRISE', '江临' || pg_temp.two()
       || (array['城市建设投资集团有限公司', '交通投资集团有限公司', '水务集团有限公司', '文化旅游集团有限公司', '农业发展集团有限公司'])[1 + g % 5],
       '党委书记、董事长', true
  from organization r, generate_series(1, 30) g where r.depth = 0;
insert into spec
select r.id, r.path, 1, 'SCHOOL', '江临' || pg_temp.two() || (array['学院', '职业技术学院', '师范学校'])[1 + g % 3], '党委书记', true
  from organization r, generate_series(1, 12) g where r.depth = 0;
insert into spec
select r.id, r.path, 1, 'PUBLIC_INSTITUTION', '江临市' || pg_temp.two() || (array['人民医院', '疾病预防控制中心', '公共资源交易中心', '社会福利院'])[1 + g % 4],
       '党委书记', true
  from organization r, generate_series(1, 40) g where r.depth = 0;
select pg_temp.flush();

insert into spec
select c.id, c.path, 2, 'TOWNSHIP', pg_temp.two() || (array['镇', '乡'])[1 + (g % 4 = 0)::int], '乡镇党委书记', false
  from organization c, generate_series(1, 12) g where c.type = 'COUNTY';
insert into spec
select c.id, c.path, 2, 'STREET', pg_temp.two() || '街道', '街道党工委书记', false
  from organization c, generate_series(1, 4) g where c.type = 'COUNTY';
insert into spec
select c.id, c.path, 2, 'ORGAN', c.name || d.name, '党组书记', false from organization c, departments d where c.type = 'COUNTY' and d.n <= 40;
insert into spec
select c.id, c.path, 2, 'STATE_ENTERPRISE', c.name || pg_temp.two() || (array['城投公司', '农业投资公司', '水务公司', '国有资产经营公司'])[1 + g % 4],
       '党支部书记', false
  from organization c, generate_series(1, 6) g where c.type = 'COUNTY';
insert into spec
select c.id, c.path, 2, 'SCHOOL', c.name || pg_temp.two() || (array['中学', '小学', '实验学校', '职业中专'])[1 + g % 4], '党支部书记', false
  from organization c, generate_series(1, 10) g where c.type = 'COUNTY';
insert into spec
select c.id, c.path, 2, 'PUBLIC_INSTITUTION', c.name || pg_temp.two() || (array['人民医院', '疾控中心', '农技推广站', '不动产登记中心'])[1 + g % 4],
       '党支部书记', false
  from organization c, generate_series(1, 10) g where c.type = 'COUNTY';
select pg_temp.flush();

insert into spec
select t.id, t.path, 3, 'VILLAGE', pg_temp.two() || '村', '村党组织书记', false from organization t, generate_series(1, 20) g where t.type = 'TOWNSHIP';
insert into spec
select s.id, s.path, 3, 'COMMUNITY', pg_temp.two() || '社区', '社区党组织书记', false from organization s, generate_series(1, 8) g where s.type = 'STREET';
select pg_temp.flush();

-- --- cadres and the pools ---------------------------------------------------------------------------

-- 24 leaders (组长库) and 150 specialists (专员库) from the discipline, organization, audit, finance …
-- systems; teams draw on them round after round.
create temp table cadres_t as
select g, gen_random_uuid() as id, case when g <= 24 then 'LEADER' else 'SPECIALIST' end as pool
  from generate_series(1, 174) g;
insert into cadre (id, name, user_id, rank, source_system, home_organization_id, home_locality_id, skills, created_at, version)
select c.id, pg_temp.person(), 'bench-cadre-' || lpad(c.g::text, 3, '0'),
       case when c.pool = 'LEADER' then (array['正处', '副处'])[1 + (c.g % 2)] else (array['正科', '副科', '科员'])[1 + (c.g % 3)] end,
       (array['DISCIPLINE', 'DISCIPLINE', 'ORGANIZATION', 'INSPECTION_OFFICE', 'AUDIT', 'FINANCE', 'PUBLIC_SECURITY',
              'PROCURATORATE', 'COURT', 'TAX', 'NATURAL_RESOURCES', 'OTHER'])[1 + floor(random() * 12)::int],
       (select id from organization where type = 'ORGAN' and depth = 1 order by node_key offset c.g % 60 limit 1),
       (select id from organization where type in ('TOWNSHIP', 'STREET') order by node_key offset c.g % 160 limit 1),
       string_to_array((array['纪检', '组织,人事', '财务,审计', '法律', '工程,审计', '信访'])[1 + floor(random() * 6)::int], ','),
       timestamptz '2021-06-01 09:00+08', 0
  from cadres_t c;
insert into pool_membership (cadre_id, pool, status, joined_on, changed_at, reason, version)
select id, pool, 'ACTIVE', date '2021-06-01', timestamptz '2021-06-01 09:00+08', null, 0 from cadres_t;

-- --- the term, rounds, teams -------------------------------------------------------------------------

insert into term (id, name, starts_on, ends_on, version, scope_size, covered_count)
values (gen_random_uuid(), 'pending', date '2022-01-01', date '2026-12-31', 0, 0, 0);

insert into round (id, term_id, number, kind, theme, partner_committee, starts_on, version, batch)
select gen_random_uuid(), t.id, n, (array['REGULAR', 'REGULAR', 'SPECIAL', 'REGULAR', 'LINKED', 'LOOK_BACK'])[n],
       case n when 3 then '乡村振兴领域专项巡察' when 6 then '巡察整改“回头看”' end,
       case when n = 5 then '江临市纪委监委' end,
       (date '2022-03-01' + (n - 1) * interval '8 months')::date, 0, null
  from term t, generate_series(1, 6) n where t.name = 'pending';

insert into team (id, round_id, name, version, kind)
select gen_random_uuid(), r.id, '第' || (array['一', '二', '三', '四', '五', '六', '七', '八'])[n] || '巡察组', 0,
       case when n <= 4 then 'STANDING' else 'TEMPORARY' end
  from round r, generate_series(1, 8) n;

create temp table teams_t as
select tm.id, r.id as round_id, r.term_id, r.number, r.starts_on, (row_number() over (partition by r.id order by tm.name))::int as n,
       (row_number() over (order by r.number, tm.name))::int as k
  from team tm join round r on r.id = tm.round_id;

-- Each team: a leader (8 of the 24 each round, in turn) and 6 specialists (48 of the 150 each round).
insert into team_member (team_id, cadre_id, position, assigned_at)
select t.id, c.id, 'LEADER', t.starts_on - 30
  from teams_t t join cadres_t c on c.g = 1 + ((t.number - 1) * 8 + t.n - 1) % 24;
insert into team_member (team_id, cadre_id, position, assigned_at)
select t.id, c.id, case when m = 1 then 'DEPUTY_LEADER' else 'MEMBER' end, t.starts_on - 30
  from teams_t t cross join generate_series(1, 6) m
  join cadres_t c on c.g = 25 + ((t.number - 1) * 48 + (t.n - 1) * 6 + m - 1) % 150;

create temp table crews as
select m.team_id, array_agg(m.cadre_id order by m.cadre_id) as members,
       (array_agg(c.user_id) filter (where m.position = 'LEADER'))[1] as leader_user
  from team_member m join cadre c on c.id = m.cadre_id group by m.team_id;

-- --- inspections -----------------------------------------------------------------------------------

-- Who is inspected: every unit at depth 1-2, then villages and communities up to :orgs.
create temp table inspected_orgs as
select id, type, depth, city_directed, parent_id from organization where depth in (1, 2);
insert into inspected_orgs
select id, type, depth, city_directed, parent_id from organization
 where type in ('VILLAGE', 'COMMUNITY') order by random() limit :orgs - (select count(*) from inspected_orgs);

-- In which round: grassroots mostly in round 3 (the rural revitalization special round).
create temp table plan_t as
select o.*, case when o.type in ('VILLAGE', 'COMMUNITY') and random() < 0.5 then 3 else 1 + floor(random() * 5)::int end as round_number,
       1 + floor(random() * 8)::int as team_n
  from inspected_orgs o;
-- Round 6 (回头看) goes back to 200 organizations inspected in rounds 1-3.
insert into plan_t
select id, type, depth, city_directed, parent_id, 6, 1 + floor(random() * 8)::int
  from (select * from plan_t where round_number <= 3 order by random() limit 200) p;

-- Each inspection's state as its round has got, and how many findings it has: weights by type,
-- times 0.3 to 1.7, cut so that the counts add up to exactly :findings.
create temp table insp_t as
select gen_random_uuid() as id, p.id as organization_id, p.type, p.round_number, t.id as team_id, t.round_id, t.term_id,
       t.starts_on,
       case p.round_number
            when 1 then case when random() < 0.92 then 'CLOSED' else 'RECTIFYING' end
            when 2 then case when random() < 0.85 then 'CLOSED' else 'RECTIFYING' end
            when 3 then case when random() < 0.40 then 'CLOSED' else 'RECTIFYING' end
            when 4 then 'RECTIFYING'
            when 5 then case when random() < 0.35 then 'RECTIFYING' else 'FED_BACK' end
            else case when random() < 0.4 then 'REPORTING' else 'STATIONED' end end as state,
       (case p.type when 'COUNTY' then 12 when 'ORGAN' then (case when p.city_directed then 4 else 3 end)
                    when 'STATE_ENTERPRISE' then 3 when 'SCHOOL' then 2 when 'PUBLIC_INSTITUTION' then 2
                    when 'TOWNSHIP' then 3 when 'STREET' then 3 else 1 end)
         * round((0.3 + random() * 1.4)::numeric, 6) * (case when p.round_number = 6 then 0.5 else 1 end) as weight
  from plan_t p join teams_t t on t.number = p.round_number and t.n = p.team_n;

create temp table insp_n as
select x.*, (floor(:findings::numeric * cw / total) - floor(:findings::numeric * (cw - weight) / total))::int as findings,
       (x.starts_on + interval '9 hours' + (abs(hashtext(x.id::text)) % 7) * interval '1 day')::timestamptz as stationed_at
  from (select i.*, sum(i.weight) over (order by i.id rows unbounded preceding)::numeric as cw, sum(i.weight) over ()::numeric as total
          from insp_t i) x;

insert into inspection (id, round_id, team_id, organization_id, state, created_at, stationed_at, withdrawn_at, fed_back_at, version)
select i.id, i.round_id, i.team_id, i.organization_id, i.state, i.starts_on - 45, i.stationed_at,
       case when i.state not in ('STATIONED') then i.stationed_at + interval '60 days' end,
       case when i.state not in ('STATIONED', 'REPORTING') then i.stationed_at + interval '100 days' end,
       case i.state when 'STATIONED' then 2 when 'REPORTING' then 3 when 'FED_BACK' then 4 when 'RECTIFYING' then 5 else 6 end
  from insp_n i order by i.stationed_at;

-- Three in four township and street inspections extend to all their villages and communities.
insert into inspection_extension (inspection_id, organization_id)
select i.id, v.id from insp_n i join organization v on v.parent_id = i.organization_id
 where i.type in ('TOWNSHIP', 'STREET') and v.type in ('VILLAGE', 'COMMUNITY') and abs(hashtext(i.id::text)) % 4 <> 0;

update organization o set last_inspected_on = x.last_on
  from (select organization_id, max(stationed_at)::date as last_on from insp_n group by 1) x where x.organization_id = o.id;

-- --- findings ------------------------------------------------------------------------------------

create temp table phrases (n int, text text);
insert into phrases
select n, text from unnest(array['“三重一大”事项未经集体研究决策', '违规发放津贴补贴', '公务接待超标准、超范围', '违规使用公务用车',
    '工程项目未按规定公开招投标', '挤占挪用专项资金', '虚报冒领惠民补贴', '村级财务公开不及时、不规范', '党组织会议记录不全',
    '干部选拔任用程序不规范', '上轮巡察反馈问题整改不到位', '落实意识形态工作责任制不力', '主体责任压力传导层层递减',
    '形式主义、官僚主义问题突出', '集体资产资源发包不规范', '违规借用下属单位车辆', '“四议两公开”执行不到位',
    '会议费、培训费列支不规范', '固定资产账实不符', '违规收取费用', '基层党组织软弱涣散', '党员发展程序不规范',
    '政府采购未按规定执行', '债权债务清理不及时']) with ordinality as p (text, n);
create temp table phrases_a as select array_agg(text order by n) as a from phrases;

alter table finding disable trigger finding_tally_added;

insert into finding (id, inspection_id, category_code, description, money_involved, state, created_at, confirmed_at,
                     confirmed_by, version, term_id, round_id, team_id, organization_id, organization_type, found_by,
                     persons_named, common_problem_candidate, fed_back_at, rectified_at)
select pg_temp.uuid7(f.created_at), f.inspection_id,
       case when f.type in ('TOWNSHIP', 'STREET', 'VILLAGE', 'COMMUNITY')
            then (array['COUNTY-1', 'COUNTY-2', 'COUNTY-3', 'COUNTY-4', 'COUNTY-5', 'FOCUS-2', 'FOCUS-3', 'FOCUS-1'])[1 + floor(power(random(), 1.3) * 8)::int]
            else (array['CITY-3', 'CITY-2', 'CITY-6', 'CITY-4', 'CITY-5', 'CITY-1', 'CITY-7', 'FOCUS-1', 'FOCUS-2', 'FOCUS-3'])[1 + floor(power(random(), 1.3) * 10)::int] end,
       p.a[1 + floor(random() * 24)::int] || '，涉及' || (1 + floor(random() * 30)::int) || '笔'
           || (array['，群众反映强烈', '，已初步核实', '，有待进一步核查', '，相关责任人已说明情况', ''])[1 + floor(random() * 5)::int],
       case when random() < 0.3 then round((random() * random() * 800000)::numeric, 2) end,
       f.state, f.created_at,
       case when f.state <> 'DRAFT' then f.created_at + interval '3 days' end,
       case when f.state <> 'DRAFT' then f.leader_user end,
       case f.state when 'DRAFT' then 0 when 'CONFIRMED' then 1 when 'FED_BACK' then 2 when 'RECTIFYING' then 3
                    when 'RECTIFIED' then 4 else 5 end,
       f.term_id, f.round_id, f.team_id, f.organization_id, f.type,
       f.members[1 + floor(random() * array_length(f.members, 1))::int],
       case when random() < 0.2 then pg_temp.person() || '、' || pg_temp.person() end,
       random() < 0.05,
       case when f.state not in ('DRAFT', 'CONFIRMED') then f.fed_back_at end,
       case when f.state = 'RECTIFIED' then f.fed_back_at + (30 + floor(random() * 300)::int) * interval '1 day' end
  from (select i.id as inspection_id, i.type, i.term_id, i.round_id, i.team_id, i.organization_id, c.members, c.leader_user,
               i.stationed_at + random() * interval '45 days' as created_at,
               i.stationed_at + interval '100 days' as fed_back_at,
               case i.state
                    when 'CLOSED' then case when random() < 0.99 then 'RECTIFIED' else 'REOPENED' end
                    when 'RECTIFYING' then case when random() < 0.60 then 'RECTIFIED' when random() < 0.88 then 'RECTIFYING' else 'REOPENED' end
                    when 'FED_BACK' then 'FED_BACK'
                    when 'REPORTING' then case when random() < 0.85 then 'CONFIRMED' else 'DRAFT' end
                    else case when random() < 0.4 then 'CONFIRMED' else 'DRAFT' end end as state
          from insp_n i join crews c on c.team_id = i.team_id cross join lateral generate_series(1, i.findings) g) f,
       phrases_a p
 order by f.created_at;

insert into finding_tally (term_id, round_id, team_id, organization_type, category_code, state, findings)
select term_id, round_id, team_id, organization_type, category_code, state, count(*)
  from finding group by 1, 2, 3, 4, 5, 6;
insert into finding_cadre_tally (term_id, found_by, round_id, team_id, organization_type, state, findings)
select term_id, found_by, round_id, team_id, organization_type, state, count(*)
  from finding where found_by is not null group by 1, 2, 3, 4, 5, 6;
insert into finding_organization_tally (organization_id, findings)
select organization_id, count(*) from finding where state <> 'DRAFT' group by organization_id;

alter table finding enable trigger finding_tally_added;
analyze finding;

-- --- leads ---------------------------------------------------------------------------------------

create temp table insp_r as select i.*, (row_number() over (order by i.id))::int as rn from insp_n i;
insert into lead (id, inspection_id, term_id, round_id, team_id, organization_id, organization_type, found_by, summary,
                  persons, source, state, received_at, assessed_at, assessment, reported_at, transferred_at,
                  transferred_to, receiving_body, disposed_at, disposition, disposition_note, cases_filed,
                  persons_sanctioned, judicial_transfers, archived_at, version)
select pg_temp.uuid7(l.received_at), l.id, l.term_id, l.round_id, l.team_id, l.organization_id, l.type, l.found_by,
       '反映' || pg_temp.person() || (array['违规收受礼金', '插手工程项目', '优亲厚友', '侵占集体资金', '违规经商办企业'])[1 + floor(random() * 5)::int],
       pg_temp.person(), l.source, s.state, l.received_at,
       case when l.step >= 2 then l.received_at + interval '5 days' end,
       case when l.step >= 2 then (array['具有可查性，建议移交', '线索具体，建议移交', '情节较轻，建议谈话提醒'])[1 + floor(random() * 3)::int] end,
       case when l.step >= 3 then l.received_at + interval '10 days' end,
       case when l.step >= 4 then l.received_at + interval '20 days' end,
       case when l.step >= 4 then l.body end,
       case when l.step >= 4 then case l.body when 'OTHER' then (array['江临市审计局', '江临市公安局', '江临市市场监督管理局'])[1 + floor(random() * 3)::int] else l.body end end,
       case when l.step >= 5 then l.received_at + interval '140 days' end,
       case when l.step >= 5 then l.disposition end,
       case when l.step >= 5 then '基准测试办理结果' end,
       case when l.step >= 5 then case l.disposition when 'CASE_FILED' then 1 + floor(random() * 3)::int when 'JUDICIAL_TRANSFER' then 1 else 0 end end,
       case when l.step >= 5 then case l.disposition when 'SANCTIONED' then 1 + floor(random() * 3)::int
                                                     when 'CASE_FILED' then floor(random() * 3)::int else 0 end end,
       case when l.step >= 5 then case l.disposition when 'JUDICIAL_TRANSFER' then 1 + floor(random() * 2)::int else 0 end end,
       case when l.step >= 6 then l.received_at + interval '200 days' end,
       l.step - 1
  from (select i.*, c.members[1 + floor(random() * array_length(c.members, 1))::int] as found_by,
               i.stationed_at + random() * interval '40 days' as received_at,
               (array['INTERVIEW', 'PETITION', 'REVIEW', 'VISIT', 'INTERVIEW'])[1 + floor(random() * 5)::int] as source,
               case when i.round_number = 6 then 1 + floor(random() * 3)::int
                    when i.round_number = 5 then 3 + floor(random() * 3)::int
                    else (array[4, 5, 5, 6, 6, 6])[1 + floor(random() * 6)::int] end as step,
               (array['DISCIPLINE_COMMISSION', 'DISCIPLINE_COMMISSION', 'DISCIPLINE_COMMISSION', 'DISCIPLINE_COMMISSION',
                      'DISCIPLINE_COMMISSION', 'DISCIPLINE_COMMISSION', 'DISCIPLINE_COMMISSION', 'ORGANIZATION_DEPARTMENT',
                      'ORGANIZATION_DEPARTMENT', 'OTHER'])[1 + floor(random() * 10)::int] as body,
               (array['CASE_FILED', 'CASE_FILED', 'SANCTIONED', 'SANCTIONED', 'JUDICIAL_TRANSFER', 'TALK_OR_INQUIRY',
                      'TALK_OR_INQUIRY', 'TALK_OR_INQUIRY', 'ORGANIZATIONAL_HANDLING', 'CLOSED'])[1 + floor(random() * 10)::int] as disposition
          from (select g, 1 + floor(random() * (select count(*) from insp_r))::int as pick
                  from generate_series(1, :leads) g offset 0) x
          join insp_r i on i.rn = x.pick
          join crews c on c.team_id = i.team_id) l
 cross join lateral (select (array['RECEIVED', 'ASSESSED', 'REPORTED', 'TRANSFERRED', 'DISPOSED', 'ARCHIVED'])[l.step] as state) s;

-- --- reports, recommendations, feedback -----------------------------------------------------------

-- One inspection report per inspection that reported (approved for rounds 1-5, submitted in round 6),
-- listing its confirmed findings; two topic reports per round.
insert into report (id, round_id, inspection_id, kind, title, body, state, finding_ids, drafted_by, drafted_at,
                    submitted_at, decided_at, decided_by, returned_reason, version)
select pg_temp.uuid7(i.stationed_at + interval '62 days'), i.round_id, i.id, 'INSPECTION', '关于巡察' || o.name || '党组织的情况报告',
       '基准测试巡察报告正文。', case when i.state = 'REPORTING' then 'SUBMITTED' else 'APPROVED' end,
       coalesce(fa.ids, '{}'),
       c.leader_user, i.stationed_at + interval '62 days', i.stationed_at + interval '70 days',
       case when i.state <> 'REPORTING' then i.stationed_at + interval '80 days' end,
       case when i.state <> 'REPORTING' then 'bench-leadership' end, null,
       case when i.state = 'REPORTING' then 1 else 2 end
  from insp_n i join organization o on o.id = i.organization_id join crews c on c.team_id = i.team_id
  left join (select inspection_id, array_agg(id order by id) as ids from finding where state <> 'DRAFT' group by 1) fa
         on fa.inspection_id = i.id
 where i.state <> 'STATIONED';
insert into report (id, round_id, inspection_id, kind, title, body, state, finding_ids, drafted_by, drafted_at,
                    submitted_at, decided_at, decided_by, returned_reason, version)
select gen_random_uuid(), t.round_id, null, 'TOPIC', '第' || t.number || '轮巡察' || (array['共性问题', '选人用人'])[n] || '专题报告',
       '基准测试专题报告正文。', case when t.number = 6 then 'DRAFT' else 'APPROVED' end, '{}', 'bench-office',
       t.starts_on + interval '90 days', case when t.number < 6 then t.starts_on + interval '95 days' end,
       case when t.number < 6 then t.starts_on + interval '100 days' end, case when t.number < 6 then 'bench-leadership' end,
       null, case when t.number = 6 then 0 else 2 end
  from (select distinct round_id, number, starts_on from teams_t) t cross join generate_series(1, 2) n;

insert into recommendation (id, report_id, department, content, issued_at, issued_by)
select gen_random_uuid(), p.id,
       (array['江临市纪委监委', '江临市委组织部', '江临市财政局', '江临市审计局', '江临市农业农村局'])[1 + (n + abs(hashtext(p.id::text))) % 5],
       '基准测试意见建议 ' || n, coalesce(p.decided_at, p.drafted_at), 'bench-office'
  from report p cross join lateral generate_series(1, 1 + abs(hashtext(p.id::text)) % 4) n
 where p.state = 'APPROVED';

insert into feedback (id, inspection_id, issued_at, issued_by, secretary_points, accountability_points)
select gen_random_uuid(), i.id, i.stationed_at + interval '100 days', 'bench-office',
       jsonb_build_array(jsonb_build_object('persons', pg_temp.person(), 'matter', '落实主体责任不力'),
                         jsonb_build_object('persons', pg_temp.person(), 'matter', '“三重一大”决策不规范')),
       jsonb_build_array(jsonb_build_object('persons', pg_temp.person(), 'matter', '违规发放津贴补贴'))
  from insp_n i where i.state in ('FED_BACK', 'RECTIFYING', 'CLOSED');

-- --- rectification as round-service follows it (V5) -------------------------------------------------

-- A case per inspection signed off (RECTIFYING, CLOSED), first reported; a case for some FED_BACK
-- inspections too, whose sign-off is overdue (rectification-service's RectificationOverdue).
create temp table cases_t as
select gen_random_uuid() as case_id, i.id as inspection_id, i.state, i.stationed_at + interval '100 days' as fed_back_at
  from insp_n i where i.state in ('RECTIFYING', 'CLOSED') or (i.state = 'FED_BACK' and random() < 0.1);
insert into followed_case (case_id, inspection_id, signed_off_at, first_reported_at, items_fed_back_at_report,
                           items_closed_at_report, closed_at)
select c.case_id, c.inspection_id,
       case when c.state <> 'FED_BACK' then c.fed_back_at + interval '12 days' end,
       case when c.state <> 'FED_BACK' then c.fed_back_at + interval '72 days' end,
       case when c.state <> 'FED_BACK' then coalesce(n.items, 0) end,
       case when c.state <> 'FED_BACK' then floor(coalesce(n.items, 0) * (0.45 + random() * 0.35))::int end,
       case when c.state = 'CLOSED' then c.fed_back_at + interval '420 days' end
  from cases_t c left join (select inspection_id, count(*)::int as items from finding
                             where state not in ('DRAFT', 'CONFIRMED') group by 1) n on n.inspection_id = c.inspection_id;
insert into followed_overdue (case_id, what, due_at)
select case_id, 'SIGNOFF', fed_back_at + interval '10 days' from cases_t where state = 'FED_BACK';
insert into followed_overdue (case_id, what, due_at)
select case_id, (array['PLAN', 'REPORT'])[1 + floor(random() * 2)::int], fed_back_at + interval '70 days'
  from cases_t where state = 'RECTIFYING' and random() < 0.08;

-- An item per finding rectified (closed) or reopened (closed again later), and overdue open items.
insert into followed_item (item_id, case_id, inspection_id, finding_id, closed, closed_at, money_recovered,
                           rules_established, persons_held_accountable, overdue)
select gen_random_uuid(), c.case_id, f.inspection_id, f.id, f.state = 'RECTIFIED', f.rectified_at,
       case when f.money_involved is not null and random() < 0.5 then round(f.money_involved * random()::numeric, 2) else 0 end,
       case when random() < 0.3 then 1 + floor(random() * 3)::int else 0 end,
       case when random() < 0.1 then 1 + floor(random() * 2)::int else 0 end,
       false
  from finding f join cases_t c on c.inspection_id = f.inspection_id
 where f.state in ('RECTIFIED', 'REOPENED');
insert into followed_item (item_id, case_id, inspection_id, finding_id, closed, closed_at, money_recovered,
                           rules_established, persons_held_accountable, overdue)
select gen_random_uuid(), c.case_id, f.inspection_id, f.id, false, null, 0, 0, 0, true
  from finding f join cases_t c on c.inspection_id = f.inspection_id
 where f.state = 'RECTIFYING' and random() < 0.08;

-- --- the term's scope and coverage -----------------------------------------------------------------

insert into term_scope (term_id, organization_id, added_at, covered_on, covered_by, covered_via)
select t.id, o.id, timestamptz '2022-01-05 09:00+08',
       least(i.stationed_at, x.stationed_at)::date,
       case when x.id is null or i.stationed_at <= x.stationed_at then i.id else x.id end,
       case when x.id is null or i.stationed_at <= x.stationed_at then (case when i.id is not null then 'INSPECTION' end)
            else 'EXTENSION' end
  from organization o
 cross join (select id from term where name = 'pending') t
  left join (select distinct on (organization_id) organization_id, id, stationed_at from insp_n
              order by organization_id, stationed_at) i on i.organization_id = o.id
  left join (select distinct on (e.organization_id) e.organization_id, n.id, n.stationed_at
               from inspection_extension e join insp_n n on n.id = e.inspection_id
              order by e.organization_id, n.stationed_at) x on x.organization_id = o.id
 where o.depth > 0;

update term t set name = :'marker',
       scope_size = (select count(*) from term_scope s where s.term_id = t.id),
       covered_count = (select count(*) from term_scope s where s.term_id = t.id and s.covered_on is not null)
 where t.name = 'pending';

commit;

vacuum (analyze) organization;
vacuum (analyze) cadre;
vacuum (analyze) pool_membership;
vacuum (analyze) term;
vacuum (analyze) term_scope;
vacuum (analyze) round;
vacuum (analyze) team;
vacuum (analyze) team_member;
vacuum (analyze) inspection;
vacuum (analyze) inspection_extension;
vacuum (analyze) finding;
vacuum (analyze) finding_tally;
vacuum (analyze) finding_cadre_tally;
vacuum (analyze) finding_organization_tally;
vacuum (analyze) lead;
vacuum (analyze) report;
vacuum (analyze) recommendation;
vacuum (analyze) feedback;
vacuum (analyze) followed_case;
vacuum (analyze) followed_item;
vacuum (analyze) followed_tally;
vacuum (analyze) followed_overdue;
