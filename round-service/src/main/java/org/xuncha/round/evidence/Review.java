package org.xuncha.round.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** A document or financial review of an inspection, worked through its checklist. */
@Entity
public class Review {

    @Id
    private UUID id;

    private UUID inspectionId;

    @Enumerated(EnumType.STRING)
    private ReviewKind kind;

    private OffsetDateTime startedAt;

    @Version
    private long version;

    protected Review() {
    }

    public Review(UUID inspectionId, ReviewKind kind, OffsetDateTime startedAt) {
        this.id = Ids.next();
        this.inspectionId = inspectionId;
        this.kind = kind;
        this.startedAt = startedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public ReviewKind kind() {
        return kind;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }
}
