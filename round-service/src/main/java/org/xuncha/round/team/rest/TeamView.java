package org.xuncha.round.team.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.team.Team;

@Schema(name = "Team", description = "An inspection team (巡察组)")
public record TeamView(UUID id, UUID roundId, @Schema(example = "第一巡察组") String name) {

    static TeamView of(Team team) {
        return new TeamView(team.id(), team.roundId(), team.name());
    }
}
