package org.xuncha.round.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.readlog.ReadLog;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.team.Team;
import org.xuncha.round.team.Teams;

/** Individual interviews and the findings and leads they support. */
@ApplicationScoped
public class Interviews {

    /** The kind of record interviews are in the read log, their table. */
    public static final String RECORD_KIND = "interview";

    private final EntityManager entityManager;
    private final EvidenceGuard guard;
    private final Teams teams;
    private final Clock clock;
    private final ReadLog readLog;

    public Interviews(EntityManager entityManager, EvidenceGuard guard, Teams teams, Clock clock, ReadLog readLog) {
        this.entityManager = entityManager;
        this.guard = guard;
        this.teams = teams;
        this.clock = clock;
        this.readLog = readLog;
    }

    /** Records an interview held by at least two of the team, while stationed. */
    @Transactional
    public Interview record(UUID inspectionId, IntervieweeCategory category, String interviewee, LocalDate heldOn,
            String confidentialSummary, List<UUID> interviewers, Caller caller) {
        Inspection inspection = guard.stationedInspectionOf(inspectionId, caller);
        Set<UUID> distinct = new LinkedHashSet<>(interviewers);
        if (distinct.size() < 2) {
            throw InvalidInput.of("interviewers", "must name at least two members of the team (个别谈话不少于两人)");
        }
        Team team = teams.get(inspection.teamId());
        List<UUID> outsiders = distinct.stream().filter(cadre -> !team.isMember(cadre)).toList();
        if (!outsiders.isEmpty()) {
            throw InvalidInput.of("interviewers", "must be members of the team; not members: " + outsiders);
        }
        Interview interview = new Interview(inspectionId, category, interviewee, heldOn, confidentialSummary, distinct,
                caller.userId(), OffsetDateTime.now(clock));
        entityManager.persist(interview);
        return interview;
    }

    /** Links the interview to findings and leads of the same inspection it supports. */
    @Transactional
    public void link(UUID interviewId, List<UUID> findingIds, List<UUID> leadIds, Caller caller) {
        Interview interview = get(interviewId, caller);
        guard.stationedInspectionOf(interview.inspectionId(), caller);
        requireOfInspection("finding", findingIds, interview.inspectionId(), "findingIds");
        requireOfInspection("lead", leadIds, interview.inspectionId(), "leadIds");
        findingIds.forEach(findingId -> entityManager.createNativeQuery(
                        "insert into interview_link (interview_id, finding_id) values (:interview, :finding) on conflict do nothing")
                .setParameter("interview", interviewId).setParameter("finding", findingId).executeUpdate());
        leadIds.forEach(leadId -> entityManager.createNativeQuery(
                        "insert into interview_link (interview_id, lead_id) values (:interview, :lead) on conflict do nothing")
                .setParameter("interview", interviewId).setParameter("lead", leadId).executeUpdate());
    }

    public Interview get(UUID id, Caller caller) {
        Interview interview = entityManager.find(Interview.class, id);
        if (interview == null) {
            throw new NotFound("Interview", id);
        }
        guard.requireConfidentialReader(interview.inspectionId(), caller, "Interview", id);
        return interview;
    }

    /** The caller reads the interview record, if they may: the read is logged. */
    public Interview read(UUID id, Caller caller) {
        Interview interview = get(id, caller);
        readLog.read(RECORD_KIND, interview.id());
        return interview;
    }

    /** A page of the inspection's interview records, if the caller may read them; each one shown is logged. */
    public Page<Interview> ofInspection(UUID inspectionId, String cursor, int limit, Caller caller) {
        guard.requireConfidentialReader(inspectionId, caller, "Inspection", inspectionId);
        Page<Interview> page = Page.slice(entityManager.createQuery(
                        "from Interview where inspectionId = :inspection order by id", Interview.class)
                .setParameter("inspection", inspectionId).getResultList(), cursor, limit);
        readLog.listed(RECORD_KIND, page.items().stream().map(Interview::id).toList());
        return page;
    }

    /** The findings and leads an interview supports. */
    @SuppressWarnings("unchecked")
    public Links linksOf(UUID interviewId) {
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select finding_id, lead_id from interview_link where interview_id = :interview")
                .setParameter("interview", interviewId).getResultList();
        return new Links(rows.stream().map(row -> (UUID) row[0]).filter(id -> id != null).toList(),
                rows.stream().map(row -> (UUID) row[1]).filter(id -> id != null).toList());
    }

    /** What an interview supports. */
    public record Links(List<UUID> findingIds, List<UUID> leadIds) {
    }

    private void requireOfInspection(String table, List<UUID> ids, UUID inspectionId, String field) {
        if (ids.isEmpty()) {
            return;
        }
        Number found = (Number) entityManager.createNativeQuery(
                        "select count(*) from " + table + " where id in (:ids) and inspection_id = :inspection")
                .setParameter("ids", ids).setParameter("inspection", inspectionId).getSingleResult();
        if (found.intValue() != new LinkedHashSet<>(ids).size()) {
            throw InvalidInput.of(field, "must name " + table + "s of the same inspection");
        }
    }
}
