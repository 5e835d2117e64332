package org.xuncha.round.registry.rest;

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
        LeaderDto principalLeader,
        LeaderDto leaderInCharge,
        String disciplineBody,
        OffsetDateTime createdAt) {

    static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id(), organization.name(), organization.type(),
                organization.parentId(), LeaderDto.of(organization.principalLeader()),
                LeaderDto.of(organization.leaderInCharge()), organization.disciplineBody(), organization.createdAt());
    }
}
