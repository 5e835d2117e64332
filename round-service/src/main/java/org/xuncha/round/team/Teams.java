package org.xuncha.round.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.round.planning.Planning;

/** Forming inspection teams. */
@ApplicationScoped
public class Teams {

    private final TeamRepository teams;
    private final Planning planning;

    public Teams(TeamRepository teams, Planning planning) {
        this.teams = teams;
        this.planning = planning;
    }

    @Transactional
    public Team form(UUID roundId, String name) {
        if (planning.findRound(roundId).isEmpty()) {
            throw InvalidInput.of("roundId", "names no round");
        }
        if (teams.nameTaken(roundId, name)) {
            throw new Duplicate("The round already has a team named " + name);
        }
        Team team = new Team(roundId, name);
        teams.persist(team);
        return team;
    }

    public Team get(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("Team", id));
    }

    public Optional<Team> find(UUID id) {
        return teams.findByIdOptional(id);
    }
}
