package org.xuncha.rectification.followup.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.followup.FollowUp;
import org.xuncha.rectification.followup.FollowUpKind;

@Schema(name = "FollowUp", description = "A follow-up of a case")
public record FollowUpView(UUID id, UUID caseId, FollowUpKind kind, LocalDate visitedOn,
        @Schema(example = "整改总体到位，1项问题反弹") String conclusion, int itemsReopened, String recordedBy,
        OffsetDateTime recordedAt) {

    public static FollowUpView of(FollowUp followUp) {
        return new FollowUpView(followUp.id(), followUp.caseId(), followUp.kind(), followUp.visitedOn(),
                followUp.conclusion(), followUp.itemsReopened(), followUp.recordedBy(), followUp.recordedAt());
    }
}
