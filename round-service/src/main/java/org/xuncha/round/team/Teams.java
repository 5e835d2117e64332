package org.xuncha.round.team;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.round.avoidance.Avoidance;
import org.xuncha.round.avoidance.OverrideRequest;
import org.xuncha.round.planning.Planning;
import org.xuncha.round.pool.Cadres;
import org.xuncha.round.pool.Pools;

/** Forming inspection teams from the pools, with the avoidance check on every assignment. */
@ApplicationScoped
public class Teams {

    private final TeamRepository teams;
    private final Planning planning;
    private final Cadres cadres;
    private final Pools pools;
    private final Avoidance avoidance;
    private final Stationing stationing;
    private final TeamAccess teamAccess;
    private final Clock clock;

    public Teams(TeamRepository teams, Planning planning, Cadres cadres, Pools pools, Avoidance avoidance,
            Stationing stationing, TeamAccess teamAccess, Clock clock) {
        this.teams = teams;
        this.planning = planning;
        this.cadres = cadres;
        this.pools = pools;
        this.avoidance = avoidance;
        this.stationing = stationing;
        this.teamAccess = teamAccess;
        this.clock = clock;
    }

    @Transactional
    public Team form(UUID roundId, String name, TeamKind kind) {
        if (planning.findRound(roundId).isEmpty()) {
            throw InvalidInput.of("roundId", "names no round");
        }
        if (teams.nameTaken(roundId, name)) {
            throw new Duplicate("The round already has a team named " + name);
        }
        Team team = new Team(roundId, name, kind);
        teams.persist(team);
        return team;
    }

    /**
     * Puts a cadre on a team: a leader from the leader pool, others from either pool, active; no
     * avoidance conflict with what the team inspects unless the leadership group overrides it; and
     * not while the cadre is stationed with another team and this one is stationed too.
     */
    @Transactional
    public Team assign(UUID teamId, UUID cadreId, Position position, OverrideRequest override, Caller caller) {
        Team team = get(teamId);
        if (cadres.find(cadreId).isEmpty()) {
            throw InvalidInput.of("cadreId", "names no cadre");
        }
        team.assign(cadreId, position, OffsetDateTime.now(clock));
        pools.requireEligible(cadreId, position == Position.LEADER);
        avoidance.resolve(teamId,
                avoidance.unresolved(teamId, List.of(cadreId), stationing.organizationsCovered(teamId)), override, caller);
        if (stationing.isStationed(teamId)) {
            List<String> elsewhere = stationing.teamsStationedWith(cadreId, teamId);
            if (!elsewhere.isEmpty()) {
                throw new Conflict("stationed-elsewhere", "The cadre is stationed with " + String.join(", ", elsewhere)
                        + " and cannot be in two stationed teams at the same time");
            }
        }
        return team;
    }

    @Transactional
    public Team release(UUID teamId, UUID cadreId) {
        Team team = get(teamId);
        team.release(cadreId);
        return team;
    }

    public Team get(UUID id) {
        return find(id).orElseThrow(() -> new NotFound("Team", id));
    }

    /** The team, if the caller may see it: the office, the leadership, or its own members. */
    public Team get(UUID id, Caller caller) {
        return find(id).filter(team -> teamAccess.mayRead(team.id(), caller))
                .orElseThrow(() -> new NotFound("Team", id));
    }

    public Optional<Team> find(UUID id) {
        return teams.findByIdOptional(id);
    }

    /** A page of a round's teams (or every team), oldest first. */
    public Page<Team> list(UUID roundId, String cursor, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (roundId != null) {
            query.append(" and roundId = :roundId");
            parameters.and("roundId", roundId);
        }
        if (cursor != null) {
            query.append(" and id > :after");
            parameters.and("after", Cursor.decode(cursor, 1).id(0));
        }
        List<Team> rows = teams.find(query + " order by id", parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, team -> Cursor.of(team.id()));
    }
}
