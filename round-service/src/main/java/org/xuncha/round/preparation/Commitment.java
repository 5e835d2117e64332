package org.xuncha.round.preparation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A commitment a team member signed for a team; each kind once. */
@Entity
public class Commitment {

    @EmbeddedId
    private Key key;

    private OffsetDateTime signedAt;

    private String recordedBy;

    /** A team, a cadre and the kind of commitment. */
    @Embeddable
    public record Key(UUID teamId, UUID cadreId, @Enumerated(EnumType.STRING) CommitmentKind kind) implements Serializable {
    }

    protected Commitment() {
    }

    public Commitment(UUID teamId, UUID cadreId, CommitmentKind kind, OffsetDateTime signedAt, String recordedBy) {
        this.key = new Key(teamId, cadreId, kind);
        this.signedAt = signedAt;
        this.recordedBy = recordedBy;
    }

    public UUID teamId() {
        return key.teamId();
    }

    public UUID cadreId() {
        return key.cadreId();
    }

    public CommitmentKind kind() {
        return key.kind();
    }

    public OffsetDateTime signedAt() {
        return signedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
