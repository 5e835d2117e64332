package org.xuncha.round.inspection;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.avoidance.Avoidance;
import org.xuncha.round.avoidance.OverrideRequest;
import org.xuncha.round.coverage.Coverage;
import org.xuncha.round.planning.Planning;
import org.xuncha.round.preparation.Missing;
import org.xuncha.round.preparation.PreparationGate;
import org.xuncha.round.registry.Organization;
import org.xuncha.round.registry.Registry;
import org.xuncha.round.team.Stationing;
import org.xuncha.round.team.Team;
import org.xuncha.round.team.TeamAccess;
import org.xuncha.round.team.Teams;

/** Planning inspections and moving them through their life. */
@ApplicationScoped
public class Inspections {

    private final InspectionRepository inspections;
    private final Teams teams;
    private final TeamAccess teamAccess;
    private final Registry registry;
    private final Planning planning;
    private final Avoidance avoidance;
    private final Stationing stationing;
    private final PreparationGate preparation;
    private final Coverage coverage;
    private final Clock clock;

    public Inspections(InspectionRepository inspections, Teams teams, TeamAccess teamAccess, Registry registry,
            Planning planning, Avoidance avoidance, Stationing stationing, PreparationGate preparation, Coverage coverage,
            Clock clock) {
        this.inspections = inspections;
        this.planning = planning;
        this.teams = teams;
        this.teamAccess = teamAccess;
        this.registry = registry;
        this.avoidance = avoidance;
        this.stationing = stationing;
        this.preparation = preparation;
        this.coverage = coverage;
        this.clock = clock;
    }

    /**
     * The team inspects the organization, and extends to the organizations below it named. The
     * team's members are checked for avoidance against all of them.
     */
    @Transactional
    public Inspection plan(UUID teamId, UUID organizationId, List<UUID> extensionIds, OverrideRequest override,
            Caller caller) {
        Team team = teams.find(teamId).orElseThrow(() -> InvalidInput.of("teamId", "names no team"));
        Organization organization = registry.find(organizationId)
                .orElseThrow(() -> InvalidInput.of("organizationId", "names no organization of the registry"));
        if (inspections.exists(team.roundId(), organizationId)) {
            throw new Duplicate("The organization is already inspected in this round");
        }
        Inspection inspection = new Inspection(team.roundId(), team.id(), organizationId, now());
        inspection.extendTo(organization, organizationsBelow(extensionIds));
        avoidance.resolve(team.id(),
                avoidance.unresolved(team.id(), team.memberIds(), inspection.organizationsCovered()), override, caller);
        inspections.persist(inspection);
        return inspection;
    }

    @Transactional
    public Inspection extend(UUID id, List<UUID> extensionIds, OverrideRequest override, Caller caller) {
        Inspection inspection = get(id);
        inspection.extendTo(registry.get(inspection.organizationId()), organizationsBelow(extensionIds));
        Team team = teams.get(inspection.teamId());
        avoidance.resolve(team.id(),
                avoidance.unresolved(team.id(), team.memberIds(), inspection.organizationsCovered()), override, caller);
        coverage.recordExtended(inspection);
        return inspection;
    }

    @Transactional
    public Inspection startPreparing(UUID id) {
        Inspection inspection = get(id);
        inspection.startPreparing();
        return inspection;
    }

    /**
     * PREPARING to STATIONED once nothing is missing; the problem lists everything that is. The
     * members' rows are locked first, so two teams sharing a cadre cannot station at once.
     */
    @Transactional
    public Inspection station(UUID id) {
        Inspection inspection = get(id);
        inspection.requireState(InspectionState.PREPARING, "station");
        stationing.lockCadres(teams.get(inspection.teamId()).memberIds());
        inspection.station(preparation.missing(inspection), now());
        coverage.recordStationed(inspection);
        return inspection;
    }

    @Transactional
    public Inspection withdraw(UUID id) {
        Inspection inspection = get(id);
        inspection.withdraw(now());
        return inspection;
    }

    /** What the inspection still needs before stationing; empty when it may station. */
    public List<Missing> preparation(UUID id, Caller caller) {
        return preparation.missing(get(id, caller));
    }

    public Inspection get(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("Inspection", id));
    }

    /** The inspection, if the caller may see it: the office, the leadership, or its team. */
    public Inspection get(UUID id, Caller caller) {
        return find(id).filter(found -> teamAccess.mayRead(found.teamId(), caller))
                .orElseThrow(() -> new NotFound("Inspection", id));
    }

    public Optional<Inspection> find(UUID id) {
        return inspections.findByIdOptional(id);
    }

    /**
     * The inspection a request names, if the caller may read its team's work (the office, the
     * leadership, or the team); otherwise a field error that reads the same as for no inspection.
     */
    public Inspection namedFor(UUID id, Caller caller) {
        return find(id).filter(found -> teamAccess.mayRead(found.teamId(), caller))
                .orElseThrow(() -> InvalidInput.of("inspectionId", "names no inspection of your team"));
    }

    /** The inspection a request names, if the caller is on its team; as {@link #namedFor} otherwise. */
    public Inspection namedForItsTeam(UUID id, Caller caller) {
        return find(id).filter(found -> teamAccess.isOnTeam(found.teamId(), caller))
                .orElseThrow(() -> InvalidInput.of("inspectionId", "names no inspection of your team"));
    }

    /** Where what the inspection turns up is counted. */
    public CountedUnder countedUnder(Inspection inspection) {
        return new CountedUnder(inspection.id(), planning.round(inspection.roundId()).termId(), inspection.roundId(),
                inspection.teamId(), inspection.organizationId(), registry.get(inspection.organizationId()).type());
    }

    /** A page of inspections, oldest first; team members see only their own team's. */
    public Page<Inspection> list(InspectionFilter filter, String cursor, int limit, Caller caller) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!teamAccess.mayReadAll(caller)) {
            conditions.add("teamId in (select t.id from Team t join t.members m where m.cadreId = :self)");
            parameters.and("self", caller.cadreId().orElse(new UUID(0, 0)));
        }
        if (filter.roundId() != null) {
            conditions.add("roundId = :roundId");
            parameters.and("roundId", filter.roundId());
        }
        if (filter.teamId() != null) {
            conditions.add("teamId = :teamId");
            parameters.and("teamId", filter.teamId());
        }
        if (filter.organizationId() != null) {
            conditions.add("organizationId = :organizationId");
            parameters.and("organizationId", filter.organizationId());
        }
        if (filter.state() != null) {
            conditions.add("state = :state");
            parameters.and("state", filter.state());
        }
        if (cursor != null) {
            conditions.add("id > :after");
            parameters.and("after", Cursor.decode(cursor, 1).id(0));
        }
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        List<Inspection> rows = inspections.find(where + "order by id", parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, inspection -> Cursor.of(inspection.id()));
    }

    private List<Organization> organizationsBelow(List<UUID> ids) {
        List<Organization> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            int index = i;
            found.add(registry.find(id).orElseThrow(() ->
                    InvalidInput.of("extensions[" + index + "]", "names no organization of the registry")));
        }
        return found;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
