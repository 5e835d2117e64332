package org.xuncha.round.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.planning.Planning;
import org.xuncha.round.planning.Round;
import org.xuncha.round.registry.Organization;
import org.xuncha.round.registry.OrganizationType;
import org.xuncha.round.registry.Registry;

/**
 * Coverage (巡察全覆盖): which organizations a term must cover, which it has, the three-year rule
 * for city-directed organizations, and the uncovered ranked by risk.
 *
 * <p>Each organization in scope carries the day it was first covered in the term, and the term
 * carries the two counts, kept in the same transactions that change them, so the rate of a term
 * with a million organizations in scope is read, not counted.
 */
@ApplicationScoped
public class Coverage {

    private final EntityManager entityManager;
    private final Planning planning;
    private final Registry registry;
    private final AuditResultRepository auditResults;
    private final RiskWeights weights;
    private final Clock clock;

    public Coverage(EntityManager entityManager, Planning planning, Registry registry,
            AuditResultRepository auditResults, RiskWeights weights, Clock clock) {
        this.entityManager = entityManager;
        this.planning = planning;
        this.registry = registry;
        this.auditResults = auditResults;
        this.weights = weights;
        this.clock = clock;
    }

    /**
     * Puts organizations (and, if asked, everything below them) in the term's scope; those already
     * inspected in the term count as covered at once. Returns how many were added.
     */
    @Transactional
    public int addToScope(UUID termId, List<UUID> organizationIds, boolean withSubtrees) {
        planning.term(termId);
        int added = 0;
        int covered = 0;
        for (int i = 0; i < organizationIds.size(); i++) {
            int index = i;
            Organization root = registry.find(organizationIds.get(i))
                    .orElseThrow(() -> InvalidInput.of("organizationIds[" + index + "]", "names no organization of the registry"));
            Query insert = entityManager.createNativeQuery("""
                            insert into term_scope (term_id, organization_id, added_at, covered_on, covered_by, covered_via)
                            select :term, o.id, :now, first.day, first.inspection, first.via
                              from organization o
                              left join lateral (
                                   select i.stationed_at::date as day, i.id as inspection, 'INSPECTION' as via
                                     from inspection i join round r on r.id = i.round_id
                                    where i.organization_id = o.id and r.term_id = :term and r.kind <> 'LOOK_BACK'
                                      and i.stationed_at is not null
                                   union all
                                   select i.stationed_at::date, i.id, 'EXTENSION'
                                     from inspection_extension e join inspection i on i.id = e.inspection_id
                                     join round r on r.id = i.round_id
                                    where e.organization_id = o.id and o.type in ('VILLAGE', 'COMMUNITY')
                                      and r.term_id = :term and r.kind <> 'LOOK_BACK' and i.stationed_at is not null
                                    order by 1 limit 1) first on true
                             where %s
                            on conflict do nothing
                            returning covered_on""".formatted(withSubtrees
                            ? "o.path >= :subtreeFrom and o.path < :subtreeTo" : "o.id = :root"))
                    .setParameter("term", termId)
                    .setParameter("now", OffsetDateTime.now(clock));
            if (withSubtrees) {
                insert.setParameter("subtreeFrom", root.path()).setParameter("subtreeTo", root.subtreeEnd());
            } else {
                insert.setParameter("root", root.id());
            }
            @SuppressWarnings("unchecked")
            List<Object> inserted = insert.getResultList();
            added += inserted.size();
            covered += (int) inserted.stream().filter(day -> day != null).count();
        }
        adjustCounts(termId, added, covered);
        return added;
    }

    /** Takes one organization out of the term's scope. */
    @Transactional
    public void removeFromScope(UUID termId, UUID organizationId) {
        @SuppressWarnings("unchecked")
        List<Object> removed = entityManager.createNativeQuery(
                        "delete from term_scope where term_id = :term and organization_id = :organization returning covered_on")
                .setParameter("term", termId)
                .setParameter("organization", organizationId)
                .getResultList();
        if (removed.isEmpty()) {
            throw new NotFound("Organization in the scope of term " + termId + ",", organizationId);
        }
        adjustCounts(termId, -1, removed.get(0) == null ? 0 : -1);
    }

    /**
     * An inspection was stationed: its organization, and the villages and communities it extends
     * to, are covered for the term, unless it is a look-back (回头看).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordStationed(Inspection inspection) {
        Round round = planning.round(inspection.roundId());
        if (!round.kind().countsForCoverage()) {
            return;
        }
        LocalDate day = inspection.stationedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
        registry.get(inspection.organizationId()).inspectedOn(day);
        int covered = markCovered(round.termId(), List.of(inspection.organizationId()), day, inspection.id(), "INSPECTION");
        covered += markExtensionsCovered(round.termId(), inspection, day);
        adjustCounts(round.termId(), 0, covered);
    }

    /**
     * A stationed inspection was extended (巡镇带村 added while the team is in the township): the
     * villages and communities it now reaches are covered from that day, as the figures count them.
     * Before stationing, or for a look-back, nothing changes (stationing covers them).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordExtended(Inspection inspection) {
        if (inspection.stationedAt() == null) {
            return;
        }
        Round round = planning.round(inspection.roundId());
        if (!round.kind().countsForCoverage()) {
            return;
        }
        LocalDate today = OffsetDateTime.now(clock).toLocalDate();
        adjustCounts(round.termId(), 0, markExtensionsCovered(round.termId(), inspection, today));
    }

    private int markExtensionsCovered(UUID termId, Inspection inspection, LocalDate day) {
        List<UUID> grassroots = registry.all(List.copyOf(inspection.extensions())).stream()
                .filter(organization -> organization.type().isGrassroots()).map(Organization::id).toList();
        return markCovered(termId, grassroots, day, inspection.id(), "EXTENSION");
    }

    /** The rate, from the two counts the term keeps (read from the row, never from a stale entity). */
    public CoverageRate rate(UUID termId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select scope_size, covered_count from term where id = :term")
                .setParameter("term", termId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("Term", termId);
        }
        Object[] counts = rows.get(0);
        return CoverageRate.of(termId, ((Number) counts[0]).intValue(), ((Number) counts[1]).intValue());
    }

    /** A page of the organizations in scope not yet covered, optionally within a subtree or of a type. */
    @SuppressWarnings("unchecked")
    public Page<Organization> uncovered(UUID termId, UUID under, OrganizationType type, String cursor, int limit) {
        planning.term(termId);
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("""
                select o.* from term_scope s join organization o on o.id = s.organization_id
                 where s.term_id = :term and s.covered_on is null""");
        parameters.put("term", termId);
        if (under != null) {
            Organization root = registry.get(under);
            sql.append(" and o.path >= :subtreeFrom and o.path < :subtreeTo");
            parameters.put("subtreeFrom", root.path());
            parameters.put("subtreeTo", root.subtreeEnd());
        }
        if (type != null) {
            sql.append(" and o.type = :type");
            parameters.put("type", type.name());
        }
        if (cursor != null) {
            sql.append(" and s.organization_id > :after");
            parameters.put("after", Cursor.decode(cursor, 1).id(0));
        }
        sql.append(" order by s.organization_id limit :rows");
        Query query = entityManager.createNativeQuery(sql.toString(), Organization.class);
        parameters.forEach(query::setParameter);
        query.setParameter("rows", limit + 1);
        return Page.of(query.getResultList(), limit, organization -> Cursor.of(((Organization) organization).id()));
    }

    /**
     * City-directed organizations in the term's scope not inspected within three years as of a
     * day: their last stationed inspection, or the term's start if never, is three years old.
     */
    @SuppressWarnings("unchecked")
    public Page<ThreeYearBreach> threeYearBreaches(UUID termId, LocalDate asOf, String cursor, int limit) {
        planning.term(termId);
        Query query = entityManager.createNativeQuery("""
                        select o.id, o.name, o.type, o.last_inspected_on,
                               (coalesce(o.last_inspected_on, t.starts_on) + interval '3 years')::date as due_on
                          from term_scope s
                          join organization o on o.id = s.organization_id
                          join term t on t.id = s.term_id
                         where s.term_id = :term and o.city_directed
                           and coalesce(o.last_inspected_on, t.starts_on) + interval '3 years' < :asOf
                           and o.id > :after
                         order by o.id limit :rows""")
                .setParameter("term", termId)
                .setParameter("asOf", asOf)
                .setParameter("after", cursor == null ? new UUID(0, 0) : Cursor.decode(cursor, 1).id(0))
                .setParameter("rows", limit + 1);
        List<ThreeYearBreach> rows = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            rows.add(new ThreeYearBreach((UUID) row[0], (String) row[1], (String) row[2], localDate(row[3]),
                    localDate(row[4])));
        }
        return Page.of(rows, limit, breach -> Cursor.of(breach.organizationId()));
    }

    /**
     * The organizations in scope not yet covered, riskiest first: the weighted count of open leads,
     * petitions, findings of earlier inspections, audit issues and partner departments' advice to
     * inspect it in the term's consultations (征求意见). Only organizations with a signal
     * are scored, so the ranking costs what the signals cost, not what the scope costs; when they
     * run out, uncovered organizations without signals follow in registry order.
     */
    @SuppressWarnings("unchecked")
    public List<Candidate> candidates(UUID termId, int limit) {
        planning.term(termId);
        List<Object[]> scored = entityManager.createNativeQuery("""
                        with signals as (
                            select organization_id, count(*) as leads, 0 as petitions, 0 as findings, 0 as audit_issues,
                                   0 as consultations
                              from lead where state not in ('DISPOSED', 'ARCHIVED') group by organization_id
                            union all
                            select organization_id, 0, count(*), 0, 0, 0 from petition group by organization_id
                            union all
                            select organization_id, 0, 0, findings, 0, 0 from finding_organization_tally where findings > 0
                            union all
                            select organization_id, 0, 0, 0, sum(issue_count), 0 from audit_result group by organization_id
                            union all
                            select organization_id, 0, 0, 0, 0, count(*) from consultation_opinion
                             where term_id = :term and stance = 'INSPECT' group by organization_id
                        ), totals as (
                            select organization_id, sum(leads) as leads, sum(petitions) as petitions,
                                   sum(findings) as findings, sum(audit_issues) as audit_issues,
                                   sum(consultations) as consultations
                              from signals group by organization_id
                        )
                        select o.id, o.name, o.type, t.leads, t.petitions, t.findings, t.audit_issues,
                               t.leads * :wLeads + t.petitions * :wPetitions + t.findings * :wFindings
                               + t.audit_issues * :wAudit + t.consultations * :wConsultations as score,
                               t.consultations
                          from totals t
                          join term_scope s on s.term_id = :term and s.organization_id = t.organization_id
                          join organization o on o.id = t.organization_id
                         where s.covered_on is null
                         order by score desc, o.id
                         limit :rows""")
                .setParameter("term", termId)
                .setParameter("wLeads", weights.openLeads())
                .setParameter("wPetitions", weights.petitions())
                .setParameter("wFindings", weights.findings())
                .setParameter("wAudit", weights.auditIssues())
                .setParameter("wConsultations", weights.consultations())
                .setParameter("rows", limit)
                .getResultList();
        List<Candidate> ranked = new ArrayList<>(scored.stream().map(row -> new Candidate((UUID) row[0],
                (String) row[1], (String) row[2], ((Number) row[7]).longValue(), Map.of(
                        "OPEN_LEADS", ((Number) row[3]).longValue(),
                        "PETITIONS", ((Number) row[4]).longValue(),
                        "FINDINGS", ((Number) row[5]).longValue(),
                        "AUDIT_ISSUES", ((Number) row[6]).longValue(),
                        "CONSULTATIONS", ((Number) row[8]).longValue()))).toList());
        if (ranked.size() < limit) {
            List<UUID> already = ranked.stream().map(Candidate::organizationId).toList();
            List<Object[]> rest = entityManager.createNativeQuery("""
                            select o.id, o.name, o.type from term_scope s join organization o on o.id = s.organization_id
                             where s.term_id = :term and s.covered_on is null and not (s.organization_id = any(:already))
                             order by s.organization_id limit :rows""")
                    .setParameter("term", termId)
                    .setParameter("already", already.toArray(UUID[]::new))
                    .setParameter("rows", limit - ranked.size())
                    .getResultList();
            rest.forEach(row -> ranked.add(new Candidate((UUID) row[0], (String) row[1], (String) row[2], 0,
                    Map.of("OPEN_LEADS", 0L, "PETITIONS", 0L, "FINDINGS", 0L, "AUDIT_ISSUES", 0L, "CONSULTATIONS", 0L))));
        }
        return ranked;
    }

    @Transactional
    public AuditResult recordAuditResult(UUID organizationId, int year, int issueCount, String summary) {
        if (registry.find(organizationId).isEmpty()) {
            throw InvalidInput.of("organizationId", "names no organization of the registry");
        }
        AuditResult result = new AuditResult(organizationId, year, issueCount, summary, OffsetDateTime.now(clock));
        auditResults.persist(result);
        return result;
    }

    public List<AuditResult> auditResultsOf(UUID organizationId) {
        return auditResults.ofOrganization(organizationId);
    }

    private int markCovered(UUID termId, List<UUID> organizationIds, LocalDate day, UUID inspectionId, String via) {
        if (organizationIds.isEmpty()) {
            return 0;
        }
        return entityManager.createNativeQuery("""
                        update term_scope set covered_on = :day, covered_by = :inspection, covered_via = :via
                         where term_id = :term and organization_id in (:organizations) and covered_on is null""")
                .setParameter("day", day)
                .setParameter("inspection", inspectionId)
                .setParameter("via", via)
                .setParameter("term", termId)
                .setParameter("organizations", organizationIds)
                .executeUpdate();
    }

    private void adjustCounts(UUID termId, int inScope, int covered) {
        if (inScope != 0 || covered != 0) {
            entityManager.createNativeQuery(
                            "update term set scope_size = scope_size + :inScope, covered_count = covered_count + :covered where id = :term")
                    .setParameter("inScope", inScope)
                    .setParameter("covered", covered)
                    .setParameter("term", termId)
                    .executeUpdate();
        }
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }
}
