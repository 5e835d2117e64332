package org.xuncha.round.briefing;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.Inspections;
import org.xuncha.round.subgroup.SubGroup;
import org.xuncha.round.subgroup.SubGroups;
import org.xuncha.round.team.TeamAccess;

/** The team's daily briefings: recorded by the team while stationed, read by the team, the office and the leadership. */
@ApplicationScoped
public class Briefings {

    private final BriefingRepository briefings;
    private final Inspections inspections;
    private final SubGroups subGroups;
    private final TeamAccess teamAccess;
    private final EntityManager entityManager;
    private final Clock clock;

    public Briefings(BriefingRepository briefings, Inspections inspections, SubGroups subGroups, TeamAccess teamAccess,
            EntityManager entityManager, Clock clock) {
        this.briefings = briefings;
        this.inspections = inspections;
        this.subGroups = subGroups;
        this.teamAccess = teamAccess;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public DailyBriefing hold(UUID inspectionId, LocalDate heldOn, String summary, List<BriefingEntry> entries,
            Caller caller) {
        Inspection inspection = inspections.namedForItsTeam(inspectionId, caller);
        Set<UUID> teamsSubGroups = subGroups.ofTeam(inspection.teamId()).stream().map(SubGroup::id)
                .collect(Collectors.toSet());
        LocalDate stationedOn = inspection.stationedAt() == null ? null
                : inspection.stationedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
        BriefingFacts facts = new BriefingFacts(inspection.id(), inspection.teamId(), inspection.state(), stationedOn,
                LocalDate.now(clock), teamsSubGroups);
        DailyBriefing briefing = DailyBriefing.hold(facts, heldOn, summary, entries, caller.userId(),
                OffsetDateTime.now(clock));
        if (briefings.count("inspectionId = ?1 and heldOn = ?2", inspectionId, heldOn) > 0) {
            throw new Duplicate("The team already recorded the briefing of " + heldOn);
        }
        briefings.persist(briefing);
        return briefing;
    }

    /** The briefing, if the caller may read its team's work. */
    public DailyBriefing get(UUID id, Caller caller) {
        return briefings.findByIdOptional(id).filter(found -> teamAccess.mayRead(found.teamId(), caller))
                .orElseThrow(() -> new NotFound("Daily briefing", id));
    }

    /** The inspection a briefing belongs to, for a finding that names it. */
    public Optional<UUID> inspectionOf(UUID briefingId) {
        return briefings.findByIdOptional(briefingId).map(DailyBriefing::inspectionId);
    }

    /** A page of an inspection's briefings, by day. */
    public Page<DailyBriefing> ofInspection(UUID inspectionId, String cursor, int limit, Caller caller) {
        inspections.get(inspectionId, caller);
        StringBuilder query = new StringBuilder("inspectionId = :inspection");
        Parameters parameters = Parameters.with("inspection", inspectionId);
        if (cursor != null) {
            Cursor after = Cursor.decode(cursor, 2);
            query.append(" and (heldOn > :day or (heldOn = :day and id > :id))");
            parameters.and("day", parseDay(after.key(0))).and("id", parseId(after.key(1)));
        }
        List<DailyBriefing> rows = briefings.find(query + " order by heldOn, id", parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, briefing -> Cursor.of(briefing.heldOn(), briefing.id()));
    }

    /** A finding on the problem list, as it stands. */
    public record Problem(UUID findingId, String categoryCode, String description, String state) {
    }

    /** The problem list a briefing grew: the findings that name it, oldest first. */
    @SuppressWarnings("unchecked")
    public Page<Problem> problemList(UUID briefingId, String cursor, int limit, Caller caller) {
        get(briefingId, caller);
        UUID after = cursor == null ? new UUID(0, 0) : parseId(Cursor.decode(cursor, 1).key(0));
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, category_code, description, state from finding
                         where briefing_id = :briefing and id > :after order by id limit :limit""")
                .setParameter("briefing", briefingId).setParameter("after", after).setParameter("limit", limit + 1)
                .getResultList();
        List<Problem> problems = new ArrayList<>();
        for (Object[] row : rows) {
            problems.add(new Problem((UUID) row[0], (String) row[1], (String) row[2], (String) row[3]));
        }
        return Page.of(problems, limit, problem -> Cursor.of(problem.findingId()));
    }

    private static LocalDate parseDay(String key) {
        try {
            return LocalDate.parse(key);
        } catch (java.time.format.DateTimeParseException notADay) {
            throw org.xuncha.platform.problem.InvalidInput.of("cursor", "is not a cursor of this list");
        }
    }

    private static UUID parseId(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException notAnId) {
            throw org.xuncha.platform.problem.InvalidInput.of("cursor", "is not a cursor of this list");
        }
    }
}
