package org.xuncha.round.feedback;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.xuncha.platform.id.Ids;

/**
 * Feedback issued to an inspected organization (反馈): the confirmed findings of the inspection
 * (清单式反馈) with the secretary's list and the accountability list. Issued once per inspection.
 */
@Entity
public class Feedback {

    @Id
    private UUID id;

    private UUID inspectionId;

    private OffsetDateTime issuedAt;

    private String issuedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<FeedbackPoint> secretaryPoints;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<FeedbackPoint> accountabilityPoints;

    protected Feedback() {
    }

    public Feedback(UUID inspectionId, OffsetDateTime issuedAt, String issuedBy, List<FeedbackPoint> secretaryPoints,
            List<FeedbackPoint> accountabilityPoints) {
        this.id = Ids.next();
        this.inspectionId = inspectionId;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.secretaryPoints = List.copyOf(secretaryPoints);
        this.accountabilityPoints = List.copyOf(accountabilityPoints);
    }

    public UUID id() {
        return id;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public OffsetDateTime issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public List<FeedbackPoint> secretaryPoints() {
        return secretaryPoints;
    }

    public List<FeedbackPoint> accountabilityPoints() {
        return accountabilityPoints;
    }
}
