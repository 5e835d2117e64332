package org.xuncha.round.inspection.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.InspectionState;

@Schema(name = "Inspection", description = "One team inspecting one organization in one round")
public record InspectionView(
        UUID id, UUID roundId, UUID teamId, UUID organizationId,
        @Schema(description = "Organizations below it the inspection extends to (延伸)") List<UUID> extensions,
        InspectionState state, OffsetDateTime createdAt, OffsetDateTime stationedAt, OffsetDateTime withdrawnAt,
        OffsetDateTime fedBackAt, @Schema(description = "Changes with every change of the inspection") long version) {

    public static InspectionView of(Inspection inspection) {
        return new InspectionView(inspection.id(), inspection.roundId(), inspection.teamId(),
                inspection.organizationId(), inspection.extensions().stream().sorted().toList(), inspection.state(),
                inspection.createdAt(), inspection.stationedAt(), inspection.withdrawnAt(), inspection.fedBackAt(),
                inspection.version());
    }
}
