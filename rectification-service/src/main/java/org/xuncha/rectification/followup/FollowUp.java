package org.xuncha.rectification.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** A follow-up (回访, 回头看) of a case: what it found, and how many items it reopened. */
@Entity
public class FollowUp {

    @Id
    private UUID id;

    private UUID caseId;

    @Enumerated(EnumType.STRING)
    private FollowUpKind kind;

    private LocalDate visitedOn;

    private String conclusion;

    private int itemsReopened;

    private String recordedBy;

    private OffsetDateTime recordedAt;

    protected FollowUp() {
    }

    public FollowUp(UUID caseId, FollowUpKind kind, LocalDate visitedOn, String conclusion, int itemsReopened,
            String recordedBy, OffsetDateTime recordedAt) {
        this.id = Ids.next();
        this.caseId = caseId;
        this.kind = kind;
        this.visitedOn = visitedOn;
        this.conclusion = conclusion;
        this.itemsReopened = itemsReopened;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public FollowUpKind kind() {
        return kind;
    }

    public LocalDate visitedOn() {
        return visitedOn;
    }

    public String conclusion() {
        return conclusion;
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
