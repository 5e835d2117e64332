package org.xuncha.round.team;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;

/**
 * Team members see only their own team's work: a TEAM_LEADER or TEAM_MEMBER token names its cadre
 * (claim {@code cadre}), and that cadre must be on the team.
 */
@ApplicationScoped
public class TeamAccess {

    private final TeamRepository teams;

    public TeamAccess(TeamRepository teams) {
        this.teams = teams;
    }

    /** Whether the caller is the office or leadership, or on the team. */
    public boolean mayRead(UUID teamId, Caller caller) {
        return mayReadAll(caller) || isOnTeam(teamId, caller);
    }

    /** The office and the leadership read every team's work. */
    public boolean mayReadAll(Caller caller) {
        return caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP);
    }

    /** Whether the caller is a team member (by role and cadre) of the team. */
    public boolean isOnTeam(UUID teamId, Caller caller) {
        if (!caller.hasAnyRole(Roles.TEAM_LEADER, Roles.TEAM_MEMBER)) {
            return false;
        }
        return caller.cadreId()
                .flatMap(cadreId -> teams.findByIdOptional(teamId).map(team -> team.isMember(cadreId)))
                .orElse(false);
    }

    /** Whether the caller leads the team: the TEAM_LEADER role and the team's leader position. */
    public boolean leads(UUID teamId, Caller caller) {
        if (!caller.hasRole(Roles.TEAM_LEADER)) {
            return false;
        }
        return caller.cadreId()
                .flatMap(cadreId -> teams.findByIdOptional(teamId).map(team -> team.isLeader(cadreId)))
                .orElse(false);
    }
}
