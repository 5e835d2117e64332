-- The data set of the registry benchmark (issue #3), loaded straight into the schema Flyway made.
-- psql variables (run.sh passes them): orgs, counties, cadres, marker.
--
-- A fictional city, 江临市, inspected by its Party committee:
--   depth 0  the city (OTHER), the root of the tree
--   depth 1  counties (COUNTY); city organs (ORGAN), state enterprises, colleges, public
--            institutions, all city-directed (市直)
--   depth 2  per county: 100 townships, 50 streets, 60 county organs, 20 state enterprises,
--            50 schools, 20 public institutions; per city state enterprise: 8 subsidiaries
--   depth 3  per county organ: 2 subordinate public institutions; per township: a central school;
--            villages under townships and communities under streets: everything else, the bulk
-- Cadres with postings, declared relatives, home organization and locality, in the two pools; a
-- term whose scope is the whole tree, six rounds of eight teams, about a third covered (townships
-- and streets inspected with extension to their villages and communities, organs and others
-- inspected directly), findings and audit results for the risk ranking.
--
-- One transaction: either the whole set is there, with the term named by :marker last, or nothing.

\set ON_ERROR_STOP on
set synchronous_commit = off;
set work_mem = '128MB';
set maintenance_work_mem = '256MB';
begin;
select setseed(0.20260322);

\set chars '东南西北中上下前后大小新老高龙凤山水河湖江溪桥林石田庄王李张刘陈杨黄赵周吴徐孙马朱胡郭何罗梁宋郑谢韩唐冯董程曹邓许沈彭吕苏卢蒋蔡丁魏叶余潘杜夏钟汪任姜范方姚谭廖邹熊金陆白崔康秦顾侯孟万段钱汤黎常武贺文青红富民安平兴旺和'
\set surnames '王李张刘陈杨黄赵周吴徐孙马朱胡郭何罗梁宋郑谢韩唐冯董程曹邓许沈彭吕苏卢蒋蔡丁魏叶余潘杜夏钟汪任姜范方'
\set given '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国文斌宇浩凯鹏辉'

-- Two random characters of the place-name pool.
create function pg_temp.two(seed int) returns text language sql volatile
    return substr(:'chars', 1 + floor(random() * length(:'chars'))::int, 1)
        || substr(:'chars', 1 + floor(random() * length(:'chars'))::int, 1);
create function pg_temp.leader(seed int) returns text language sql volatile
    return substr(:'surnames', 1 + floor(random() * length(:'surnames'))::int, 1) || '某某';

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
    '凤台县', '长宁县', '南溪县', '北川县', '石门县', '清河县', '广丰县']) with ordinality as c (name, n);

-- What to insert at one depth; inserted in a random order, as an import over the years would.
create temp table spec (
    parent_id     uuid,
    parent_path   text collate "C",
    depth         int,
    type          text,
    name          text,
    post          text,
    city_directed boolean
);

create function pg_temp.flush() returns bigint language sql volatile as $$
    insert into organization (id, name, type, parent_id, principal_leader_name, principal_leader_post,
                              leader_in_charge_name, leader_in_charge_post, discipline_body, created_at, version,
                              node_key, path, depth, city_directed)
    select gen_random_uuid(), name, type, parent_id, pg_temp.leader(0), post, pg_temp.leader(1), '分管负责人',
           case when depth <= 2 then '派驻纪检监察组' else '乡镇纪委' end, now(), 0,
           key, coalesce(parent_path, '/') || lpad(to_hex(key), 8, '0') || '/', depth, city_directed
      from (select nextval('organization_node_key') as key, shuffled.*
              from (select * from pg_temp.spec order by random()) shuffled) keyed;
    delete from pg_temp.spec;
    select count(*) from organization;
$$;

-- depth 0
insert into spec values (null, null, 0, 'OTHER', '江临市', '市委书记', false);
select pg_temp.flush();

-- depth 1
insert into spec
select r.id, r.path, 1, 'COUNTY', c.name, '县（区）委书记', false
  from organization r, counties c where r.depth = 0 and c.n <= :counties;
insert into spec
select r.id, r.path, 1, 'ORGAN', '江临市' || d.name, '党组书记', true from organization r, departments d where r.depth = 0;
insert into spec
select r.id, r.path, 1, 'STATE_ENTERPRISE', '江临' || pg_temp.two(g)
       || (array['城市建设投资集团有限公司', '交通投资集团有限公司', '水务集团有限公司', '文化旅游集团有限公司', '农业发展集团有限公司'])[1 + g % 5],
       '党委书记、董事长', true
  from organization r, generate_series(1, 30) g where r.depth = 0;
insert into spec
select r.id, r.path, 1, 'SCHOOL', '江临' || pg_temp.two(g) || (array['学院', '职业技术学院', '师范学校'])[1 + g % 3], '党委书记', true
  from organization r, generate_series(1, 12) g where r.depth = 0;
insert into spec
select r.id, r.path, 1, 'PUBLIC_INSTITUTION', '江临市' || pg_temp.two(g) || (array['人民医院', '疾病预防控制中心', '公共资源交易中心', '社会福利院'])[1 + g % 4],
       '党委书记', true
  from organization r, generate_series(1, 40) g where r.depth = 0;
select pg_temp.flush();

-- depth 2
insert into spec
select c.id, c.path, 2, 'TOWNSHIP', pg_temp.two(g) || (array['镇', '乡'])[1 + (g % 4 = 0)::int], '乡镇党委书记', false
  from organization c, generate_series(1, 100) g where c.type = 'COUNTY';
insert into spec
select c.id, c.path, 2, 'STREET', pg_temp.two(g) || '街道', '街道党工委书记', false
  from organization c, generate_series(1, 50) g where c.type = 'COUNTY';
insert into spec
select c.id, c.path, 2, 'ORGAN', c.name || d.name, '党组书记', false from organization c, departments d where c.type = 'COUNTY';
insert into spec
select c.id, c.path, 2, 'STATE_ENTERPRISE', c.name || pg_temp.two(g) || (array['城投公司', '农业投资公司', '水务公司', '国有资产经营公司'])[1 + g % 4],
       '党支部书记', false
  from organization c, generate_series(1, 20) g where c.type = 'COUNTY';
insert into spec
select c.id, c.path, 2, 'SCHOOL', c.name || pg_temp.two(g) || (array['中学', '小学', '实验学校', '职业中专'])[1 + g % 4], '党支部书记', false
  from organization c, generate_series(1, 50) g where c.type = 'COUNTY';
insert into spec
select c.id, c.path, 2, 'PUBLIC_INSTITUTION', c.name || pg_temp.two(g) || (array['医院', '中心', '站', '所'])[1 + g % 4], '党支部书记', false
  from organization c, generate_series(1, 20) g where c.type = 'COUNTY';
insert into spec
select e.id, e.path, 2, 'STATE_ENTERPRISE', e.name || pg_temp.two(g) || '分公司', '党支部书记', false
  from organization e, generate_series(1, 8) g where e.type = 'STATE_ENTERPRISE' and e.depth = 1;
select pg_temp.flush();

-- depth 3, everything but villages and communities
insert into spec
select o.id, o.path, 3, 'PUBLIC_INSTITUTION', o.name || (array['服务中心', '事务中心'])[g], '党支部书记', false
  from organization o, generate_series(1, 2) g where o.type = 'ORGAN' and o.depth = 2;
insert into spec
select t.id, t.path, 3, 'SCHOOL', t.name || '中心学校', '党支部书记', false from organization t where t.type = 'TOWNSHIP';
select pg_temp.flush();

-- depth 3, villages (under townships) and communities (under streets) up to :orgs in all
create temp table places as
select id, path, type, name, (row_number() over (order by path))::int - 1 as ix
  from organization where type in ('TOWNSHIP', 'STREET');
create temp table grassroots as
select floor(random() * (select count(*) from places))::int as ix
  from generate_series(1, :orgs - (select count(*) from organization));
insert into spec
select p.id, p.path, 3, case p.type when 'TOWNSHIP' then 'VILLAGE' else 'COMMUNITY' end,
       pg_temp.two(0) || case p.type when 'TOWNSHIP' then '村' else '社区' end,
       case p.type when 'TOWNSHIP' then '村党组织书记' else '社区党组织书记' end, false
  from grassroots g join places p using (ix);
select pg_temp.flush();

-- Cadres: home organization (where they work), home locality (where they come from), 0-4 earlier
-- postings, 0-2 declared relatives with posts, skills; leaders and specialists in the pools.
create temp table workplaces as
select id, (row_number() over (order by random()))::int as rn
  from organization where type in ('ORGAN', 'TOWNSHIP', 'STREET', 'PUBLIC_INSTITUTION', 'STATE_ENTERPRISE', 'SCHOOL');
create temp table localities as
select id, (row_number() over (order by random()))::int as rn
  from organization where type in ('TOWNSHIP', 'STREET', 'VILLAGE', 'COMMUNITY');
create temp table anywhere as select id, (row_number() over (order by random()))::int as rn from organization;

create temp table cadres_t as
select g, gen_random_uuid() as id,
       1 + floor(random() * (select count(*) from workplaces))::int as home,
       1 + floor(random() * (select count(*) from localities))::int as locality,
       floor(random() * 5)::int as postings,
       floor(random() * 3)::int as relatives,
       random() as r
  from generate_series(1, :cadres) g;

insert into cadre (id, name, user_id, rank, source_system, home_organization_id, home_locality_id, skills, created_at, version)
select c.id,
       substr(:'surnames', 1 + floor(random() * length(:'surnames'))::int, 1)
           || substr(:'given', 1 + floor(random() * length(:'given'))::int, 1)
           || case when random() < 0.6 then substr(:'given', 1 + floor(random() * length(:'given'))::int, 1) else '' end,
       'bench-cadre-' || lpad(c.g::text, 5, '0'),
       case when c.r < 0.05 then '正处' when c.r < 0.15 then '副处' when c.r < 0.45 then '正科' when c.r < 0.75 then '副科' else '科员' end,
       (array['DISCIPLINE', 'ORGANIZATION', 'INSPECTION_OFFICE', 'AUDIT', 'FINANCE', 'PUBLIC_SECURITY', 'PROCURATORATE',
              'COURT', 'TAX', 'NATURAL_RESOURCES', 'OTHER'])[1 + floor(random() * 11)::int],
       w.id, l.id,
       string_to_array((array['纪检', '组织,人事', '财务,审计', '法律', '工程,审计', '信访'])[1 + floor(random() * 6)::int], ','),
       now() - random() * interval '3 years', 0
  from cadres_t c join workplaces w on w.rn = c.home join localities l on l.rn = c.locality;

insert into cadre_posting (id, cadre_id, organization_id, post, from_date, to_date)
select gen_random_uuid(), c.id, w.id,
       (array['科员', '副科长', '科长', '副局长', '局长', '副镇长', '镇长', '副书记', '书记'])[1 + floor(random() * 9)::int],
       date '2000-01-01' + (n * 1500 + floor(random() * 900)::int),
       date '2000-01-01' + (n * 1500 + 1000 + floor(random() * 400)::int)
  from cadres_t c cross join lateral generate_series(0, c.postings - 1) n
  join workplaces w on w.rn = 1 + (abs(hashint8(c.g * 10::bigint + n)::bigint) % (select count(*) from workplaces))::int;

insert into cadre_relative (id, cadre_id, name, relation, organization_id, post)
select gen_random_uuid(), c.id,
       substr(:'surnames', 1 + floor(random() * length(:'surnames'))::int, 1) || substr(:'given', 1 + floor(random() * length(:'given'))::int, 1),
       (array['配偶', '父亲', '母亲', '子女', '兄弟姐妹', '配偶的父母'])[1 + floor(random() * 6)::int],
       a.id, (array['科员', '会计', '村委委员', '教师', '副科长'])[1 + floor(random() * 5)::int]
  from cadres_t c cross join lateral generate_series(1, c.relatives) n
  join anywhere a on a.rn = 1 + (abs(hashint8(c.g * 10::bigint + n + 7)::bigint) % (select count(*) from anywhere))::int;

insert into pool_membership (cadre_id, pool, status, joined_on, changed_at, reason, version)
select id, pool, status, date '2021-06-01', now(), case when status <> 'ACTIVE' then '基准测试' end, 0
  from (select c.id, case when c.rank in ('正处', '副处') then 'LEADER' else 'SPECIALIST' end as pool,
               case when random() < 0.9 then 'ACTIVE' when random() < 0.5 then 'SUSPENDED' else 'LEFT' end as status,
               random() as r
          from cadre c) m
 where pool = 'LEADER' or r < 0.7;

-- The term, its rounds and teams, and what they inspected.
insert into term (id, name, starts_on, ends_on, version, scope_size, covered_count)
values (gen_random_uuid(), 'pending', date '2022-01-01', date '2026-12-31', 0, 0, 0);

insert into round (id, term_id, number, kind, theme, partner_committee, starts_on, version, batch)
select gen_random_uuid(), t.id, n, (array['REGULAR', 'REGULAR', 'SPECIAL', 'REGULAR', 'LINKED', 'LOOK_BACK'])[n],
       case when n = 3 then '乡村振兴领域专项巡察' end, case when n = 5 then '江临市纪委监委' end,
       date '2022-03-01' + (n - 1) * 150, 0, null
  from term t, generate_series(1, 6) n where t.name = 'pending';

insert into team (id, round_id, name, version, kind)
select gen_random_uuid(), r.id, '第' || (array['一', '二', '三', '四', '五', '六', '七', '八'])[n] || '巡察组', 0,
       case when n <= 4 then 'STANDING' else 'TEMPORARY' end
  from round r, generate_series(1, 8) n;

create temp table teams_t as
select tm.id, r.id as round_id, r.number, r.starts_on, (row_number() over (partition by r.id order by tm.name))::int as n
  from team tm join round r on r.id = tm.round_id;

create temp table leaders_t as
select m.cadre_id, (row_number() over (order by random()))::int as rn
  from pool_membership m where m.pool = 'LEADER' and m.status = 'ACTIVE';
create temp table specialists_t as
select m.cadre_id, (row_number() over (order by random()))::int as rn
  from pool_membership m where m.pool = 'SPECIALIST' and m.status = 'ACTIVE';
insert into team_member (team_id, cadre_id, position, assigned_at)
select t.id, l.cadre_id, 'LEADER', t.starts_on - 30
  from (select *, (row_number() over (order by number, n))::int as k from teams_t) t join leaders_t l on l.rn = t.k;
insert into team_member (team_id, cadre_id, position, assigned_at)
select t.id, s.cadre_id, case when m = 1 then 'DEPUTY_LEADER' else 'MEMBER' end, t.starts_on - 30
  from (select *, (row_number() over (order by number, n))::int as k from teams_t) t
 cross join generate_series(1, 6) m join specialists_t s on s.rn = (t.k - 1) * 6 + m;

-- About a third of everything above the villages is inspected once, in rounds 1-5; townships and
-- streets with extension to all their villages and communities.
create temp table inspected as
select gen_random_uuid() as id, o.id as organization_id, o.type, 1 + floor(random() * 5)::int as round_number,
       1 + floor(random() * 8)::int as team_n
  from organization o where o.depth between 1 and 3 and o.type not in ('VILLAGE', 'COMMUNITY') and random() < 0.34;

insert into inspection (id, round_id, team_id, organization_id, state, created_at, stationed_at, withdrawn_at, fed_back_at, version)
select i.id, t.round_id, t.id, i.organization_id, 'FED_BACK', t.starts_on - 45,
       t.starts_on + 10 + (i.team_n * 3), t.starts_on + 70, t.starts_on + 100, 3
  from inspected i join teams_t t on t.number = i.round_number and t.n = i.team_n;

insert into inspection_extension (inspection_id, organization_id)
select i.id, v.id
  from inspected i join organization v on v.parent_id = i.organization_id
 where i.type in ('TOWNSHIP', 'STREET') and v.type in ('VILLAGE', 'COMMUNITY');

update organization o set last_inspected_on = i.stationed_at::date
  from inspection i where i.organization_id = o.id;

-- 0-4 findings per inspection, confirmed and fed back; audit results for some organizations.
-- From V4 on a finding also carries its term, round, team and organization, and there are leads
-- and petitions (the other risk signals); the load follows whichever schema Flyway made.
select exists (select from information_schema.columns
                where table_schema = current_schema() and table_name = 'finding' and column_name = 'organization_id') as findings_v4,
       exists (select from information_schema.tables
                where table_schema = current_schema() and table_name = 'lead') as has_leads \gset
\if :findings_v4
insert into finding (id, inspection_id, category_code, description, money_involved, state, created_at, confirmed_at, confirmed_by, version,
                     term_id, round_id, team_id, organization_id, organization_type, fed_back_at)
select gen_random_uuid(), i.id, (select code from finding_category order by code offset (abs(hashint8(n + 31::bigint * hashtext(i.id::text))::bigint) % 15) limit 1),
       '基准测试问题 ' || n, case when n % 2 = 0 then round((random() * 500000)::numeric, 2) end,
       'FED_BACK', i.stationed_at + interval '20 days', i.stationed_at + interval '40 days', 'bench', 1,
       r.term_id, i.round_id, i.team_id, i.organization_id, o.type, i.fed_back_at
  from inspection i join round r on r.id = i.round_id join organization o on o.id = i.organization_id
 cross join lateral generate_series(1, (abs(hashtext(i.id::text)::bigint) % 5)::int) n;
\else
insert into finding (id, inspection_id, category_code, description, money_involved, state, created_at, confirmed_at, confirmed_by, version)
select gen_random_uuid(), i.id, (select code from finding_category order by code offset (abs(hashint8(n + 31::bigint * hashtext(i.id::text))::bigint) % 15) limit 1),
       '基准测试问题 ' || n, case when n % 2 = 0 then round((random() * 500000)::numeric, 2) end,
       'FED_BACK', i.stationed_at + interval '20 days', i.stationed_at + interval '40 days', 'bench', 1
  from inspection i cross join lateral generate_series(1, (abs(hashtext(i.id::text)::bigint) % 5)::int) n;
\endif

\if :has_leads
-- About one lead per two inspections, a third of them still open; 0-5 petitions per inspection,
-- about the inspected organization or (townships, streets) one of its villages or communities.
insert into lead (id, inspection_id, term_id, round_id, team_id, organization_id, organization_type, summary, source, state,
                  received_at, version)
select gen_random_uuid(), i.id, r.term_id, i.round_id, i.team_id, i.organization_id, o.type, '基准测试线索', 'INTERVIEW',
       (array['RECEIVED', 'ASSESSED', 'TRANSFERRED', 'DISPOSED', 'ARCHIVED', 'DISPOSED'])[1 + floor(random() * 6)::int],
       i.stationed_at + interval '15 days', 0
  from inspection i join round r on r.id = i.round_id join organization o on o.id = i.organization_id
 where random() < 0.5;
insert into petition (id, inspection_id, organization_id, received_on, channel, subject, summary, recorded_by)
select gen_random_uuid(), i.id, coalesce(v.id, i.organization_id), i.stationed_at::date + n,
       (array['LETTER', 'IN_PERSON', 'PHONE', 'ONLINE', 'MAILBOX'])[1 + floor(random() * 5)::int], '基准测试信访', '基准测试信访摘要', 'bench'
  from inspection i cross join lateral generate_series(1, (abs(hashtext(i.id::text || 'p')::bigint) % 6)::int) n
  left join lateral (select c.id from organization c where c.parent_id = i.organization_id
                      order by c.node_key offset (n * 37) % 50 limit 1) v on true;
\endif

insert into audit_result (id, organization_id, year, issue_count, summary, recorded_at)
select gen_random_uuid(), a.id, 2019 + floor(random() * 5)::int, floor(random() * 12)::int, '基准测试审计结果', now()
  from anywhere a where a.rn <= 5000;

-- The whole tree is the term's scope; covered as inspected, villages and communities by extension.
insert into term_scope (term_id, organization_id, added_at, covered_on, covered_by, covered_via)
select t.id, o.id, timestamptz '2022-01-05 09:00+08',
       coalesce(i.stationed_at, x.stationed_at)::date, coalesce(i.id, x.id),
       case when i.id is not null then 'INSPECTION' when x.id is not null then 'EXTENSION' end
  from organization o
 cross join (select id from term where name = 'pending') t
  left join inspection i on i.organization_id = o.id
  left join inspection_extension e on e.organization_id = o.id
  left join inspection x on x.id = e.inspection_id;

update term t set name = :'marker',
       scope_size = (select count(*) from term_scope s where s.term_id = t.id),
       covered_count = (select count(*) from term_scope s where s.term_id = t.id and s.covered_on is not null)
 where t.name = 'pending';

commit;

vacuum (analyze) organization;
vacuum (analyze) cadre;
vacuum (analyze) cadre_posting;
vacuum (analyze) cadre_relative;
vacuum (analyze) pool_membership;
vacuum (analyze) term;
vacuum (analyze) term_scope;
vacuum (analyze) round;
vacuum (analyze) team;
vacuum (analyze) team_member;
vacuum (analyze) inspection;
vacuum (analyze) inspection_extension;
vacuum (analyze) finding;
vacuum (analyze) audit_result;
\if :has_leads
vacuum (analyze) lead;
vacuum (analyze) petition;
\endif
