package org.xuncha.rectification.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/**
 * A campaign's evaluation of one case, and its feedback: to the organization and the discipline
 * body, with a copy to the leader in charge (双反馈一抄告).
 */
@Entity
public class SupervisionEvaluation {

    @Id
    private UUID id;

    private UUID campaignId;

    private UUID caseId;

    @Enumerated(EnumType.STRING)
    private Rating rating;

    private String conclusion;

    private LocalDate evaluatedOn;

    private OffsetDateTime fedBackToOrganizationAt;

    private OffsetDateTime fedBackToDisciplineBodyAt;

    private OffsetDateTime copiedToLeaderInChargeAt;

    private int itemsReopened;

    private String recordedBy;

    private OffsetDateTime recordedAt;

    protected SupervisionEvaluation() {
    }

    public SupervisionEvaluation(UUID campaignId, UUID caseId, Rating rating, String conclusion, LocalDate evaluatedOn,
            OffsetDateTime fedBackToOrganizationAt, OffsetDateTime fedBackToDisciplineBodyAt,
            OffsetDateTime copiedToLeaderInChargeAt, int itemsReopened, String recordedBy, OffsetDateTime recordedAt) {
        this.id = Ids.next();
        this.campaignId = campaignId;
        this.caseId = caseId;
        this.rating = rating;
        this.conclusion = conclusion;
        this.evaluatedOn = evaluatedOn;
        this.fedBackToOrganizationAt = fedBackToOrganizationAt;
        this.fedBackToDisciplineBodyAt = fedBackToDisciplineBodyAt;
        this.copiedToLeaderInChargeAt = copiedToLeaderInChargeAt;
        this.itemsReopened = itemsReopened;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID campaignId() {
        return campaignId;
    }

    public UUID caseId() {
        return caseId;
    }

    public Rating rating() {
        return rating;
    }

    public String conclusion() {
        return conclusion;
    }

    public LocalDate evaluatedOn() {
        return evaluatedOn;
    }

    public OffsetDateTime fedBackToOrganizationAt() {
        return fedBackToOrganizationAt;
    }

    public OffsetDateTime fedBackToDisciplineBodyAt() {
        return fedBackToDisciplineBodyAt;
    }

    public OffsetDateTime copiedToLeaderInChargeAt() {
        return copiedToLeaderInChargeAt;
    }

    public int itemsReopened() {
        return itemsReopened;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
