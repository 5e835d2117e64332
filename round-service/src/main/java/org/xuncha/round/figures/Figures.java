package org.xuncha.round.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.round.coverage.Coverage;
import org.xuncha.round.coverage.CoverageRate;

/**
 * The figures a committee reports (DOMAIN.md §7) that round-service owns, for a term, a round, a
 * team or an organization type, in one call; and the performance of teams and cadres.
 *
 * <p>Finding counts come from {@code finding_tally} and {@code finding_cadre_tally}, what closed
 * ledger items achieved from {@code followed_tally}: triggers keep them in the transaction of every
 * change, so a term's figures cost the same with a thousand findings or a million.
 */
@ApplicationScoped
public class Figures {

    private static final String COUNTED = "state <> 'DRAFT'";

    private final EntityManager entityManager;
    private final Coverage coverage;

    public Figures(EntityManager entityManager, Coverage coverage) {
        this.entityManager = entityManager;
        this.coverage = coverage;
    }

    public Totals of(FigureScope scope) {
        requireNarrowed(scope);
        Where inspections = new Where(scope, "r.term_id", "i.round_id", "i.team_id", "o.type");
        String scoped = "select i.id, i.round_id, i.team_id, i.organization_id, i.stationed_at from inspection i"
                + " join round r on r.id = i.round_id join organization o on o.id = i.organization_id" + inspections.sql();

        Object[] work = single(inspections, "with scoped as (" + scoped + ") select count(distinct round_id), "
                + "count(distinct team_id), count(distinct organization_id) filter (where stationed_at is not null) "
                + "from scoped");
        // A deployment (人次) is a cadre on a team: one who serves on two teams counts twice, so the rounds'
        // deployments add up to the term's; distinct cadres count each person once (a cadre has one source system).
        Map<String, Long> deployments = new LinkedHashMap<>();
        Map<String, Long> distinctCadres = new LinkedHashMap<>();
        for (Object[] row : rows(inspections, "with scoped as (" + scoped + ") select c.source_system, count(*), "
                + "count(distinct c.id) from cadre c join team_member m on m.cadre_id = c.id "
                + "where m.team_id in (select team_id from scoped) group by c.source_system order by 1")) {
            deployments.put(String.valueOf(row[0]), number(row[1]));
            distinctCadres.put(String.valueOf(row[0]), number(row[2]));
        }
        Object[] villages = single(inspections, "with scoped as (" + scoped + ") select count(distinct e.organization_id) "
                + "from inspection_extension e join scoped s on s.id = e.inspection_id join organization v on v.id = "
                + "e.organization_id where s.stationed_at is not null and v.type in ('VILLAGE', 'COMMUNITY')");

        Where tallies = new Where(scope, "term_id", "round_id", "team_id", "organization_type");
        Map<String, Long> byCategory = grouped(tallies, "select category_code, sum(findings) from finding_tally"
                + tallies.sql() + " and " + COUNTED + " group by category_code order by 1");
        Map<String, Long> byState = grouped(tallies, "select state, sum(findings) from finding_tally" + tallies.sql()
                + " group by state order by 1");

        Where leads = new Where(scope, "term_id", "round_id", "team_id", "organization_type");
        Object[] leadTotals = single(leads, "select count(*), count(*) filter (where transferred_at is not null), "
                + "coalesce(sum(cases_filed), 0), coalesce(sum(persons_sanctioned), 0), "
                + "coalesce(sum(judicial_transfers), 0) from lead" + leads.sql());
        Map<String, Long> transferredTo = grouped(leads, "select transferred_to, count(*) from lead" + leads.sql()
                + " and transferred_at is not null group by transferred_to order by 1");

        Object[] issued = single(inspections, "with scoped as (" + scoped + ") select "
                + "(select count(*) from feedback f where f.inspection_id in (select id from scoped)), "
                + "(select count(*) from recommendation c join report p on p.id = c.report_id "
                + "  where p.inspection_id in (select id from scoped)"
                + (scope.teamId() == null && scope.organizationType() == null
                        ? " or (p.kind = 'TOPIC' and p.round_id in (select id from round r where true"
                                + roundFilter(scope) + "))" : "") + "), "
                + "(select count(*) from report p where p.kind = 'TOPIC' and p.state = 'APPROVED'"
                + (scope.teamId() == null && scope.organizationType() == null
                        ? " and p.round_id in (select id from round r where true" + roundFilter(scope) + ")"
                        : " and false") + ")");

        Object[] rectified = single(inspections, "with scoped as (" + scoped + "), cases as (select "
                + "coalesce(sum(items_closed_at_report), 0) as closed_at_report, "
                + "coalesce(sum(items_fed_back_at_report), 0) as fed_back_at_report, "
                + "count(*) filter (where closed_at is not null) as closed "
                + "from followed_case where inspection_id in (select id from scoped)), items as (select "
                + "coalesce(sum(items_overdue_open), 0) as overdue, coalesce(sum(money_recovered), 0) as money, "
                + "coalesce(sum(rules_established), 0) as rules, coalesce(sum(persons_held_accountable), 0) as persons "
                + "from followed_tally where inspection_id in (select id from scoped)) "
                + "select c.closed_at_report, c.fed_back_at_report, t.overdue, t.money, t.rules, t.persons, c.closed "
                + "from cases c, items t");

        long fedBack = byState.entrySet().stream()
                .filter(entry -> !entry.getKey().equals("DRAFT") && !entry.getKey().equals("CONFIRMED"))
                .mapToLong(Map.Entry::getValue).sum();
        CoverageRate rate = scope.isWholeTerm() ? coverage.rate(scope.termId()) : null;
        long rectifiedNow = byState.getOrDefault("RECTIFIED", 0L);
        Rectification rectification = new Rectification(ratio(number(rectified[0]), number(rectified[1])),
                ratio(rectifiedNow, fedBack), number(rectified[2]), (BigDecimal) rectified[3], number(rectified[4]),
                number(rectified[5]), number(rectified[6]));
        return new Totals(scope, number(work[0]), number(work[1]),
                deployments.values().stream().mapToLong(Long::longValue).sum(), deployments,
                distinctCadres.values().stream().mapToLong(Long::longValue).sum(), distinctCadres,
                number(work[2]), rate, number(villages[0]),
                byCategory.values().stream().mapToLong(Long::longValue).sum(), byCategory, fedBack, rectifiedNow,
                number(leadTotals[0]), number(leadTotals[1]), transferredTo, number(leadTotals[2]),
                number(leadTotals[3]), number(leadTotals[4]), number(issued[0]), number(issued[1]), number(issued[2]),
                rectification);
    }

    /** Per team in scope: what it found and what came of it. */
    public List<Performance> teams(FigureScope scope) {
        return performance(scope, "finding_tally", "team_id", "team");
    }

    /** Per cadre who found something in scope: what they found and what came of it. */
    public List<Performance> cadres(FigureScope scope) {
        return performance(scope, "finding_cadre_tally", "found_by", "cadre");
    }

    /** Findings from {@code tally} and leads, both grouped by {@code who}, named from {@code named}. */
    @SuppressWarnings("unchecked")
    private List<Performance> performance(FigureScope scope, String tally, String who, String named) {
        requireNarrowed(scope);
        Where where = new Where(scope, "term_id", "round_id", "team_id", "organization_type");
        Query query = entityManager.createNativeQuery("""
                with found as (
                    select %2$s as who, sum(findings) as findings, sum(findings) filter (where %4$s) as confirmed
                      from %1$s %5$s group by %2$s having sum(findings) > 0
                ), led as (
                    select %2$s as who, count(*) as leads, count(*) filter (where transferred_at is not null) as transferred,
                           count(*) filter (where cases_filed > 0) as to_case
                      from lead %5$s and %2$s is not null group by %2$s
                )
                select coalesce(f.who, l.who), n.name, coalesce(f.findings, 0), coalesce(f.confirmed, 0),
                       coalesce(l.leads, 0), coalesce(l.transferred, 0), coalesce(l.to_case, 0)
                  from found f full join led l on l.who = f.who
                  join %3$s n on n.id = coalesce(f.who, l.who)
                 order by 3 desc, 2""".formatted(tally, who, named, COUNTED, where.sql()));
        where.bind(query);
        return performances(query.getResultList());
    }

    private static List<Performance> performances(List<Object[]> rows) {
        return rows.stream().map(row -> new Performance((UUID) row[0], (String) row[1], number(row[2]), number(row[3]),
                number(row[4]), number(row[5]), number(row[6]))).toList();
    }

    private Object[] single(Where where, String sql) {
        Query query = entityManager.createNativeQuery(sql);
        where.bind(query);
        Object result = query.getSingleResult();
        return result instanceof Object[] row ? row : new Object[] {result};
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(Where where, String sql) {
        Query query = entityManager.createNativeQuery(sql);
        where.bind(query);
        return query.getResultList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> grouped(Where where, String sql) {
        Query query = entityManager.createNativeQuery(sql);
        where.bind(query);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.put(String.valueOf(row[0]), number(row[1]));
        }
        return counts;
    }

    private static String roundFilter(FigureScope scope) {
        return (scope.termId() == null ? "" : " and r.term_id = :term") + (scope.roundId() == null ? "" : " and r.id = :round");
    }

    private static void requireNarrowed(FigureScope scope) {
        if (scope.termId() == null && scope.roundId() == null && scope.teamId() == null) {
            throw InvalidInput.of("termId", "give a termId, a roundId or a teamId");
        }
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The conditions of a scope on a table's columns, always starting a WHERE clause. */
    private record Where(FigureScope scope, String term, String round, String team, String type) {

        String sql() {
            List<String> conditions = new ArrayList<>(List.of("true"));
            if (scope.termId() != null) {
                conditions.add(term + " = :term");
            }
            if (scope.roundId() != null) {
                conditions.add(round + " = :round");
            }
            if (scope.teamId() != null) {
                conditions.add(team + " = :team");
            }
            if (scope.organizationType() != null) {
                conditions.add(type + " = :type");
            }
            return " where " + String.join(" and ", conditions);
        }

        void bind(Query query) {
            if (scope.termId() != null) {
                query.setParameter("term", scope.termId());
            }
            if (scope.roundId() != null) {
                query.setParameter("round", scope.roundId());
            }
            if (scope.teamId() != null) {
                query.setParameter("team", scope.teamId());
            }
            if (scope.organizationType() != null) {
                query.setParameter("type", scope.organizationType().name());
            }
        }
    }

    /**
     * The figures of a scope.
     *
     * @param cadresDeployed deployments (人次): each cadre on each team in scope; a cadre on two teams counts
     *     twice, so the rounds' figures add up to the term's
     * @param cadresBySourceSystem deployments (人次) by the cadres' source system
     * @param distinctCadres the cadres deployed, each once however many teams they served on
     * @param distinctCadresBySourceSystem distinct cadres by source system
     * @param coverage the term's coverage, for a whole term only
     * @param findingsFedBack findings fed back, whatever happened to them since
     * @param opinionsIssued rectification opinions: feedback issued (整改意见)
     */
    @Schema(name = "Figures", description = "The figures of a term, round, team or organization type")
    public record Totals(FigureScope scope, long rounds, long teams,
            @Schema(description = "Deployments (人次): each cadre on each team; a cadre on two teams counts twice",
                    example = "223") long cadresDeployed,
            @Schema(description = "Deployments (人次) by source system", example = "{\"DISCIPLINE\": 78, \"OTHER\": 145}")
            Map<String, Long> cadresBySourceSystem,
            @Schema(description = "Cadres deployed, each person once", example = "180") long distinctCadres,
            @Schema(description = "Distinct cadres by source system") Map<String, Long> distinctCadresBySourceSystem,
            long organizationsInspected, CoverageRate coverage,
            long villagesReachedByExtension, long findings, Map<String, Long> findingsByCategory, long findingsFedBack,
            long findingsRectified, long leadsReceived, long leadsTransferred, Map<String, Long> leadsTransferredTo,
            long casesFiled, long personsSanctioned, long judicialTransfers, long opinionsIssued,
            long recommendationsIssued, long topicReports, Rectification rectification) {
    }

    /**
     * Rectification as round-service knows it from rectification-service's events.
     *
     * @param rateAtFirstReport items closed ÷ items fed back when each organization first reported
     * @param rateAfterSupervision findings rectified ÷ findings fed back now, after supervision
     * @param itemsOverdue items past their deadline and not closed
     */
    @Schema(name = "RectificationFigures", description = "Rectification, from rectification-service's events")
    public record Rectification(
            @Schema(description = "Items closed ÷ items fed back when each organization first reported, a fraction "
                    + "from 0 to 1 (0.5 is half)", minimum = "0", maximum = "1", example = "0.5", nullable = true)
            BigDecimal rateAtFirstReport,
            @Schema(description = "Findings rectified ÷ findings fed back now, after supervision, a fraction from 0 "
                    + "to 1 (0.5 is half)", minimum = "0", maximum = "1", example = "0.75", nullable = true)
            BigDecimal rateAfterSupervision, long itemsOverdue,
            BigDecimal moneyRecovered, long rulesEstablished, long personsHeldAccountable, long casesClosed) {
    }

    /** What a team or a cadre found, and what came of it. */
    @Schema(name = "Performance", description = "What a team or a cadre found, and what came of it")
    public record Performance(UUID id, String name, long findingsFound, long findingsConfirmed, long leadsFound,
            long leadsTransferred, long leadsLeadingToCase) {
    }
}
