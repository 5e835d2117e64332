-- The ids Bench.java asks about, as key=value lines (psql -At -F '='), all chosen from the data
-- deterministically. psql variable: marker (the bench term's name).
\set ON_ERROR_STOP on

-- The county last in tree order: a plan that walks the path index from the start and filters
-- would pass the nine counties before it, so it shows.
select 'county', id from organization where type = 'COUNTY' order by path desc limit 1;
select 'countySize', count(*) from organization o
 where o.path like (select path from organization where type = 'COUNTY' order by path desc limit 1) || '%';
select 'term', id from term where name = :'marker';

-- Two characters someone types to find a village in the county: the beginning of village names
-- there that about a dozen share.
select 'name', prefix from (
    select left(o.name, 2) as prefix, count(*) as n
      from organization o
     where o.path like (select path from organization where type = 'COUNTY' order by path desc limit 1) || '%'
       and o.type = 'VILLAGE'
     group by 1) p
 order by abs(n - 12), prefix limit 1;

-- A team of ten: a leader and nine specialists, active in their pools.
create temp table team_t as
(select m.cadre_id, c.user_id from pool_membership m join cadre c on c.id = m.cadre_id
  where m.pool = 'LEADER' and m.status = 'ACTIVE' order by c.user_id limit 1)
union all
(select m.cadre_id, c.user_id from pool_membership m join cadre c on c.id = m.cadre_id
  where m.pool = 'SPECIALIST' and m.status = 'ACTIVE' order by c.user_id limit 9);
select 'cadres', string_agg(cadre_id::text, ',' order by user_id) from team_t;

-- Fifty organizations: where four of them served (POSTING), where three relatives hold posts
-- (KINSHIP), the townships or streets around three home localities (REGION), and townships,
-- streets, villages and communities of the county for the rest.
create temp table targets_t (organization_id uuid, ord int);
insert into targets_t
select organization_id, 1 from (select distinct p.organization_id from cadre_posting p join team_t t using (cadre_id)
                                 order by 1 limit 4) x;
insert into targets_t
select organization_id, 2 from (select distinct r.organization_id from cadre_relative r join team_t t using (cadre_id)
                                 where r.organization_id not in (select organization_id from targets_t) order by 1 limit 3) x;
insert into targets_t
select id, 3 from (select distinct coalesce(case when l.depth = 3 then l.parent_id end, l.id) as id
                     from cadre c join team_t t on t.cadre_id = c.id join organization l on l.id = c.home_locality_id
                    order by 1 limit 3) x
 where id not in (select organization_id from targets_t);
insert into targets_t
select o.id, 4 from organization o
 where o.path like (select path from organization where type = 'COUNTY' order by path desc limit 1) || '%'
   and o.type in ('TOWNSHIP', 'STREET', 'VILLAGE', 'COMMUNITY')
   and o.id not in (select organization_id from targets_t)
 order by o.path
 limit 50 - (select count(*) from targets_t);
select 'organizations', string_agg(organization_id::text, ',' order by ord, organization_id) from targets_t;
