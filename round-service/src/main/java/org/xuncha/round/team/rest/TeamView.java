package org.xuncha.round.team.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.team.Position;
import org.xuncha.round.team.Team;
import org.xuncha.round.team.TeamKind;

@Schema(name = "Team", description = "An inspection team (巡察组)")
public record TeamView(UUID id, UUID roundId, @Schema(example = "第一巡察组") String name, TeamKind kind,
        List<MemberView> members, long version) {

    @Schema(name = "TeamMember", description = "A cadre on the team")
    public record MemberView(UUID cadreId, Position position, OffsetDateTime assignedAt) {
    }

    static TeamView of(Team team) {
        return new TeamView(team.id(), team.roundId(), team.name(), team.kind(),
                team.members().stream().map(m -> new MemberView(m.cadreId(), m.position(), m.assignedAt())).toList(),
                team.version());
    }
}
