package org.xuncha.round.finding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.IllegalTransition;

/** A problem found by an inspection (问题). */
@Entity
public class Finding {

    @Id
    private UUID id;

    private UUID inspectionId;

    private String categoryCode;

    private String description;

    private BigDecimal moneyInvolved;

    @Enumerated(EnumType.STRING)
    private FindingState state;

    private OffsetDateTime createdAt;

    private OffsetDateTime confirmedAt;

    private String confirmedBy;

    @Version
    private long version;

    protected Finding() {
    }

    public Finding(UUID inspectionId, String categoryCode, String description, BigDecimal moneyInvolved,
            OffsetDateTime createdAt) {
        this.id = Ids.next();
        this.inspectionId = inspectionId;
        this.categoryCode = categoryCode;
        this.description = description;
        this.moneyInvolved = moneyInvolved;
        this.state = FindingState.DRAFT;
        this.createdAt = createdAt;
    }

    /** DRAFT to CONFIRMED, by the team leader. */
    public void confirm(String by, OffsetDateTime at) {
        require(FindingState.DRAFT, "be confirmed");
        state = FindingState.CONFIRMED;
        confirmedBy = by;
        confirmedAt = at;
    }

    /** CONFIRMED to FED_BACK, when feedback carrying it is issued. */
    public void feedBack() {
        require(FindingState.CONFIRMED, "be fed back");
        state = FindingState.FED_BACK;
    }

    private void require(FindingState expected, String action) {
        if (state != expected) {
            throw new IllegalTransition("Finding", id, state, action);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String description() {
        return description;
    }

    public BigDecimal moneyInvolved() {
        return moneyInvolved;
    }

    public FindingState state() {
        return state;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime confirmedAt() {
        return confirmedAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }
}
