package org.xuncha.rectification.supervision.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.ledger.rest.ReopeningRequest;
import org.xuncha.rectification.supervision.Rating;
import org.xuncha.rectification.supervision.Supervisions;

/** The request bodies of the supervision endpoints. */
public final class SupervisionRequests {

    private SupervisionRequests() {
    }

    @Schema(name = "CampaignRequest", description = "A supervision campaign (整改集中督查)")
    public record CampaignRequest(
            @NotBlank @Size(max = 200) @Schema(example = "2026年巡察整改集中督查") String name,
            @NotNull @Schema(example = "2026-07-01") LocalDate startsOn,
            @Schema(example = "2026-07-31") LocalDate endsOn,
            @Size(max = 2000) @Schema(example = "第十轮被巡察党组织") String scope) {
    }

    @Schema(name = "EvaluationRequest", description = "A campaign's evaluation of a case, fed back to the organization "
            + "and the discipline body and copied to the leader in charge (双反馈一抄告)")
    public record EvaluationRequest(
            @NotNull UUID caseId,
            @NotNull @Schema(example = "PARTLY_EFFECTIVE") Rating rating,
            @NotBlank @Size(max = 20_000) @Schema(example = "整改基本到位，2项问题需继续整改") String conclusion,
            @NotNull @Schema(example = "2026-07-20") LocalDate evaluatedOn,
            @NotNull @Schema(example = "2026-07-25T10:00:00+08:00") OffsetDateTime fedBackToOrganizationAt,
            @NotNull @Schema(example = "2026-07-25T10:00:00+08:00") OffsetDateTime fedBackToDisciplineBodyAt,
            @NotNull @Schema(example = "2026-07-25T10:00:00+08:00") OffsetDateTime copiedToLeaderInChargeAt,
            @Schema(description = "Closed items found back; may be empty") @Size(max = 500) List<@NotNull @Valid ReopeningRequest> reopenItems) {

        public Supervisions.EvaluationRecord toRecord() {
            return new Supervisions.EvaluationRecord(caseId, rating, conclusion, evaluatedOn, fedBackToOrganizationAt,
                    fedBackToDisciplineBodyAt, copiedToLeaderInChargeAt, ReopeningRequest.toReopenings(reopenItems));
        }
    }
}
