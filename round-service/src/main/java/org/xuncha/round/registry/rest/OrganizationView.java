package org.xuncha.round.registry.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.registry.Organization;
import org.xuncha.round.registry.OrganizationType;

@Schema(name = "Organization", description = "An organization of the registry")
public record OrganizationView(
        UUID id,
        @Schema(example = "城关镇党委") String name,
        OrganizationType type,
        UUID parentId,
        @Schema(description = "0 at the top of the tree") int depth,
        LeaderDto principalLeader,
        LeaderDto leaderInCharge,
        String disciplineBody,
        @Schema(example = "11410622MB0D1234X1") String creditCode,
        @Schema(description = "The office's own code, the key imports upsert by; absent when never imported",
                example = "410622-001") String officeCode,
        boolean cityDirected,
        @Schema(description = "When an inspection of it was last stationed") LocalDate lastInspectedOn,
        OffsetDateTime createdAt,
        @Schema(description = "Changes with every change of the organization") long version) {

    static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id(), organization.name(), organization.type(),
                organization.parentId(), organization.depth(), LeaderDto.of(organization.principalLeader()),
                LeaderDto.of(organization.leaderInCharge()), organization.disciplineBody(), organization.creditCode(),
                organization.officeCode(),
                organization.cityDirected(), organization.lastInspectedOn(), organization.createdAt(),
                organization.version());
    }
}
