package org.xuncha.round.registry.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.registry.OrganizationDetails;
import org.xuncha.round.registry.OrganizationType;

@Schema(name = "OrganizationRevision", description = "Everything the registry records about an organization, "
        + "replacing what it recorded; absent optional fields are cleared. The parent does not change here.")
public record OrganizationRevision(
        @Schema(example = "城关镇党委") @NotBlank @Size(max = 200) String name,
        @Schema(example = "TOWNSHIP") @NotNull OrganizationType type,
        @Valid LeaderDto principalLeader,
        @Valid LeaderDto leaderInCharge,
        @Size(max = 200) String disciplineBody,
        @Size(max = 40) String creditCode,
        @NotNull Boolean cityDirected) {

    OrganizationDetails toDetails() {
        return new OrganizationDetails(name, type, LeaderDto.toLeader(principalLeader), LeaderDto.toLeader(leaderInCharge),
                disciplineBody, creditCode, cityDirected);
    }
}
