package org.xuncha.round.avoidance;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** An avoidance conflict the leadership group allowed for a team, with its written reason. */
@Entity
public class AvoidanceOverride {

    @Id
    private UUID id;

    private UUID teamId;

    private UUID cadreId;

    private UUID organizationId;

    @Enumerated(EnumType.STRING)
    private Ground ground;

    private String reason;

    private String overriddenBy;

    private OffsetDateTime overriddenAt;

    protected AvoidanceOverride() {
    }

    public AvoidanceOverride(UUID teamId, AvoidanceConflict conflict, String reason, String overriddenBy,
            OffsetDateTime overriddenAt) {
        this.id = Ids.next();
        this.teamId = teamId;
        this.cadreId = conflict.cadreId();
        this.organizationId = conflict.organizationId();
        this.ground = conflict.ground();
        this.reason = reason;
        this.overriddenBy = overriddenBy;
        this.overriddenAt = overriddenAt;
    }

    public UUID id() {
        return id;
    }

    public UUID teamId() {
        return teamId;
    }

    public UUID cadreId() {
        return cadreId;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public Ground ground() {
        return ground;
    }

    public String reason() {
        return reason;
    }

    public String overriddenBy() {
        return overriddenBy;
    }

    public OffsetDateTime overriddenAt() {
        return overriddenAt;
    }
}
