package org.xuncha.round.registry.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.registry.Leader;

@Schema(name = "Leader", description = "A leader of an organization")
public record LeaderDto(
        @Schema(description = "Their account (the subject of their token)", example = "u-10023") @Size(max = 100) String userId,
        @Schema(example = "王建国") @NotBlank @Size(max = 100) String name,
        @Schema(example = "党委书记") @Size(max = 100) String post) {

    static Leader toLeader(LeaderDto dto) {
        return dto == null ? null : new Leader(dto.userId, dto.name, dto.post);
    }

    static LeaderDto of(Leader leader) {
        return leader == null ? null : new LeaderDto(leader.userId(), leader.name(), leader.post());
    }
}
