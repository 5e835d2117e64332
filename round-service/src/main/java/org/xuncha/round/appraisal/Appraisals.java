package org.xuncha.round.appraisal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.InvalidInput;

/**
 * The yearly appraisal of teams and cadres (seed 004 §17, 年度绩效考核): the number and quality of the
 * findings and leads they turned up in the year (in the committee's zone), and for cadres the rotation
 * figures: since when and in how many teams they served.
 */
@ApplicationScoped
public class Appraisals {

    private static final String LED_TO_CASE = "(coalesce(cases_filed, 0) > 0 or disposition in ('CASE_FILED', "
            + "'SANCTIONED', 'JUDICIAL_TRANSFER'))";

    private final EntityManager entityManager;
    private final AppraisalWeights weights;
    private final Clock clock;

    public Appraisals(EntityManager entityManager, AppraisalWeights weights, Clock clock) {
        this.entityManager = entityManager;
        this.weights = weights;
        this.clock = clock;
    }

    /** A team's or cadre's year. */
    public record Appraisal(UUID id, String name, long findings, long leads, long leadsToCases, long score,
            LocalDate servingSince, Long daysServed, Long teams) {
    }

    /** A page of the teams' appraisals of the year, best first. */
    @SuppressWarnings("unchecked")
    public Page<Appraisal> teams(int year, String cursor, int limit) {
        return page(entityManager.createNativeQuery("""
                        with figures as (
                            select team_id as id, count(*) as findings, 0 as leads, 0 as cases from finding
                             where confirmed_at is not null and extract(year from confirmed_at at time zone :zone) = :year
                             group by team_id
                            union all
                            select team_id, 0, count(*), count(*) filter (where %s) from lead
                             where extract(year from received_at at time zone :zone) = :year group by team_id
                        ), totals as (
                            select id, sum(findings) as findings, sum(leads) as leads, sum(cases) as cases,
                                   sum(findings) * :wFindings + sum(leads) * :wLeads + sum(cases) * :wCases as score
                              from figures group by id
                        )
                        select t.id, tm.name, t.findings, t.leads, t.cases, t.score, null, null, null
                          from totals t join team tm on tm.id = t.id
                         where (t.score < :afterScore or (t.score = :afterScore and t.id > :afterId))
                         order by t.score desc, t.id limit :rows""".formatted(LED_TO_CASE)), year, cursor, limit);
    }

    /** A page of the cadres' appraisals of the year, best first, with how long each has served. */
    @SuppressWarnings("unchecked")
    public Page<Appraisal> cadres(int year, String cursor, int limit) {
        return page(entityManager.createNativeQuery("""
                        with figures as (
                            select found_by as id, count(*) as findings, 0 as leads, 0 as cases from finding
                             where found_by is not null and confirmed_at is not null
                               and extract(year from confirmed_at at time zone :zone) = :year group by found_by
                            union all
                            select found_by, 0, count(*), count(*) filter (where %s) from lead
                             where found_by is not null and extract(year from received_at at time zone :zone) = :year
                             group by found_by
                            union all
                            select distinct m.cadre_id, 0, 0, 0 from team_member m join team tm on tm.id = m.team_id
                              join round r on r.id = tm.round_id
                             where extract(year from m.assigned_at at time zone :zone) = :year
                        ), totals as (
                            select id, sum(findings) as findings, sum(leads) as leads, sum(cases) as cases,
                                   sum(findings) * :wFindings + sum(leads) * :wLeads + sum(cases) * :wCases as score
                              from figures group by id
                        )
                        select t.id, c.name, t.findings, t.leads, t.cases, t.score,
                               (select min(m.assigned_at) from team_member m where m.cadre_id = t.id),
                               null, (select count(*) from team_member m where m.cadre_id = t.id)
                          from totals t join cadre c on c.id = t.id
                         where (t.score < :afterScore or (t.score = :afterScore and t.id > :afterId))
                         order by t.score desc, t.id limit :rows""".formatted(LED_TO_CASE)), year, cursor, limit);
    }

    @SuppressWarnings("unchecked")
    private Page<Appraisal> page(jakarta.persistence.Query query, int year, String cursor, int limit) {
        long afterScore = Long.MAX_VALUE;
        UUID afterId = new UUID(0, 0);
        if (cursor != null) {
            Cursor after = Cursor.decode(cursor, 2);
            try {
                afterScore = Long.parseLong(after.key(0));
                afterId = UUID.fromString(after.key(1));
            } catch (IllegalArgumentException notACursor) {
                throw InvalidInput.of("cursor", "is not a cursor of this list");
            }
        }
        List<Object[]> rows = query.setParameter("zone", clock.getZone().getId()).setParameter("year", year)
                .setParameter("wFindings", weights.findings()).setParameter("wLeads", weights.leads())
                .setParameter("wCases", weights.leadsToCases())
                .setParameter("afterScore", afterScore)
                .setParameter("afterId", afterId).setParameter("rows", limit + 1).getResultList();
        LocalDate today = LocalDate.now(clock);
        List<Appraisal> appraisals = rows.stream().map(row -> {
            LocalDate since = dayOf(row[6]);
            return new Appraisal((UUID) row[0], (String) row[1], ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), ((Number) row[5]).longValue(), since,
                    since == null ? null : ChronoUnit.DAYS.between(since, today),
                    row[8] == null ? null : ((Number) row[8]).longValue());
        }).toList();
        return Page.of(appraisals, limit, a -> Cursor.of(a.score(), a.id()));
    }

    private LocalDate dayOf(Object timestamp) {
        Instant instant;
        if (timestamp == null) {
            return null;
        } else if (timestamp instanceof OffsetDateTime offset) {
            instant = offset.toInstant();
        } else if (timestamp instanceof Timestamp sql) {
            instant = sql.toInstant();
        } else if (timestamp instanceof Instant at) {
            instant = at;
        } else {
            throw new IllegalStateException("Unexpected timestamp " + timestamp.getClass());
        }
        return instant.atZone(clock.getZone()).toLocalDate();
    }
}
