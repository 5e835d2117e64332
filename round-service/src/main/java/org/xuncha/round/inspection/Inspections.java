package org.xuncha.round.inspection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.round.planning.Planning;
import org.xuncha.round.registry.Registry;
import org.xuncha.round.team.Team;
import org.xuncha.round.team.Teams;

/** Planning inspections and moving them through their life. */
@ApplicationScoped
public class Inspections {

    private final InspectionRepository inspections;
    private final Planning planning;
    private final Teams teams;
    private final Registry registry;
    private final Clock clock;

    public Inspections(InspectionRepository inspections, Planning planning, Teams teams, Registry registry, Clock clock) {
        this.inspections = inspections;
        this.planning = planning;
        this.teams = teams;
        this.registry = registry;
        this.clock = clock;
    }

    @Transactional
    public Inspection plan(UUID teamId, UUID organizationId) {
        Team team = teams.find(teamId).orElseThrow(() -> InvalidInput.of("teamId", "names no team"));
        registry.find(organizationId).orElseThrow(() ->
                InvalidInput.of("organizationId", "names no organization of the registry"));
        if (inspections.exists(team.roundId(), organizationId)) {
            throw new Duplicate("The organization is already inspected in this round");
        }
        Inspection inspection = new Inspection(team.roundId(), team.id(), organizationId, now());
        inspections.persist(inspection);
        return inspection;
    }

    @Transactional
    public Inspection startPreparing(UUID id) {
        Inspection inspection = get(id);
        inspection.startPreparing();
        return inspection;
    }

    @Transactional
    public Inspection station(UUID id) {
        Inspection inspection = get(id);
        inspection.station(now());
        return inspection;
    }

    @Transactional
    public Inspection withdraw(UUID id) {
        Inspection inspection = get(id);
        inspection.withdraw(now());
        return inspection;
    }

    public Inspection get(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("Inspection", id));
    }

    public Optional<Inspection> find(UUID id) {
        return inspections.findByIdOptional(id);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
