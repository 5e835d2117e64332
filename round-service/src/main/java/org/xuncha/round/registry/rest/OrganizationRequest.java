package org.xuncha.round.registry.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.registry.OrganizationDetails;
import org.xuncha.round.registry.OrganizationType;

@Schema(name = "OrganizationRequest", description = "An organization to register")
public record OrganizationRequest(
        @Schema(example = "城关镇党委") @NotBlank @Size(max = 200) String name,
        @Schema(example = "TOWNSHIP") @NotNull OrganizationType type,
        @Schema(description = "The parent organization; absent at the top of the tree") UUID parentId,
        @Schema(description = "主要负责人") @Valid LeaderDto principalLeader,
        @Schema(description = "分管领导") @Valid LeaderDto leaderInCharge,
        @Schema(description = "The discipline body liaising with it (派驻纪检监察组, 纪工委)", example = "县纪委监委第三监督检查室")
        @Size(max = 200) String disciplineBody,
        @Schema(description = "Unified social credit code (GB 32100-2015), where it has one", example = "11410622MB0D1234X1")
        @Size(max = 40) String creditCode,
        @Schema(description = "Directed by the city committee: inspected at least once every three years")
        Boolean cityDirected) {

    OrganizationDetails toDetails() {
        return new OrganizationDetails(name, type, LeaderDto.toLeader(principalLeader), LeaderDto.toLeader(leaderInCharge),
                disciplineBody, creditCode, Boolean.TRUE.equals(cityDirected));
    }
}
