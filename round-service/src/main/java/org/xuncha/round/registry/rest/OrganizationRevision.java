package org.xuncha.round.registry.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.registry.OrganizationDetails;
import org.xuncha.round.registry.OrganizationType;
import org.xuncha.round.registry.TeamHearing;

@Schema(name = "OrganizationRevision", description = "Everything the registry records about an organization, "
        + "replacing what it recorded; absent optional fields are cleared. The parent does not change here.")
public record OrganizationRevision(
        @Schema(example = "城关镇党委") @NotBlank @Size(max = 200) String name,
        @Schema(example = "TOWNSHIP") @NotNull OrganizationType type,
        @Valid LeaderDto principalLeader,
        @Valid LeaderDto leaderInCharge,
        @Size(max = 200) String disciplineBody,
        @Size(max = 40) String creditCode,
        @NotNull Boolean cityDirected,
        @Schema(description = "Required to change the principal leader or the leader in charge while the organization "
                + "is under inspection") @Valid TeamHearingDto teamHearing) {

    @Schema(name = "TeamHearing", description = "The organization department heard the inspection team first")
    public record TeamHearingDto(
            @Schema(example = "2026-05-06") @NotNull @PastOrPresent LocalDate heardOn,
            @Schema(example = "组织部干部一科听取巡察组意见，巡察组无异议") @NotBlank @Size(max = 2000) String note) {
    }

    TeamHearing toHearing() {
        return teamHearing == null ? null : new TeamHearing(teamHearing.heardOn(), teamHearing.note());
    }

    OrganizationDetails toDetails() {
        return new OrganizationDetails(name, type, LeaderDto.toLeader(principalLeader), LeaderDto.toLeader(leaderInCharge),
                disciplineBody, creditCode, cityDirected);
    }
}
