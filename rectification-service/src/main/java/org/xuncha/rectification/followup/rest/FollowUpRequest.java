package org.xuncha.rectification.followup.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.followup.FollowUpKind;
import org.xuncha.rectification.followup.FollowUps;
import org.xuncha.rectification.ledger.rest.ReopeningRequest;

@Schema(name = "FollowUpRequest", description = "A follow-up (回访, 回头看) of a case and the items it reopens")
public record FollowUpRequest(
        @NotNull UUID caseId,
        @NotNull @Schema(example = "LOOK_BACK") FollowUpKind kind,
        @NotNull @Schema(example = "2026-09-15") LocalDate visitedOn,
        @NotBlank @Size(max = 20_000) @Schema(example = "整改总体到位，1项问题反弹") String conclusion,
        @Schema(description = "Closed items found back; may be empty") @Size(max = 500) List<@NotNull @Valid ReopeningRequest> reopenItems) {

    public FollowUps.FollowUpRecord toRecord() {
        return new FollowUps.FollowUpRecord(caseId, kind, visitedOn, conclusion, ReopeningRequest.toReopenings(reopenItems));
    }
}
