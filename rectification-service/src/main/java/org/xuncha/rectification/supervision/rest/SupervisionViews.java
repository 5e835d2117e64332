package org.xuncha.rectification.supervision.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.supervision.Rating;
import org.xuncha.rectification.supervision.SupervisionCampaign;
import org.xuncha.rectification.supervision.SupervisionEvaluation;

/** The response bodies of the supervision endpoints. */
public final class SupervisionViews {

    private SupervisionViews() {
    }

    @Schema(name = "SupervisionCampaign", description = "A supervision campaign")
    public record CampaignView(UUID id, @Schema(example = "2026年巡察整改集中督查") String name, LocalDate startsOn,
            LocalDate endsOn, String scope, String createdBy, OffsetDateTime createdAt) {

        public static CampaignView of(SupervisionCampaign campaign) {
            return new CampaignView(campaign.id(), campaign.name(), campaign.startsOn(), campaign.endsOn(),
                    campaign.scope(), campaign.createdBy(), campaign.createdAt());
        }
    }

    @Schema(name = "SupervisionEvaluation", description = "A campaign's evaluation of a case and its feedback")
    public record EvaluationView(UUID id, UUID campaignId, UUID caseId, Rating rating, String conclusion,
            LocalDate evaluatedOn, OffsetDateTime fedBackToOrganizationAt, OffsetDateTime fedBackToDisciplineBodyAt,
            OffsetDateTime copiedToLeaderInChargeAt, int itemsReopened, String recordedBy, OffsetDateTime recordedAt) {

        public static EvaluationView of(SupervisionEvaluation evaluation) {
            return new EvaluationView(evaluation.id(), evaluation.campaignId(), evaluation.caseId(), evaluation.rating(),
                    evaluation.conclusion(), evaluation.evaluatedOn(), evaluation.fedBackToOrganizationAt(),
                    evaluation.fedBackToDisciplineBodyAt(), evaluation.copiedToLeaderInChargeAt(),
                    evaluation.itemsReopened(), evaluation.recordedBy(), evaluation.recordedAt());
        }
    }
}
