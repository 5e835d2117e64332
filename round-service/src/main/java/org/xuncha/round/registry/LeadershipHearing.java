package org.xuncha.round.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/**
 * A hearing of the inspection team that a leadership change of an organization under inspection
 * relied on: one per inspection under way when the change was made.
 */
@Entity
public class LeadershipHearing {

    @Id
    private UUID id;
    private UUID organizationId;
    private UUID inspectionId;
    private LocalDate heardOn;
    private String note;
    private OffsetDateTime recordedAt;
    private String recordedBy;

    protected LeadershipHearing() {
    }

    LeadershipHearing(UUID organizationId, UUID inspectionId, TeamHearing hearing, OffsetDateTime recordedAt,
            String recordedBy) {
        this.id = Ids.next();
        this.organizationId = organizationId;
        this.inspectionId = inspectionId;
        this.heardOn = hearing.heardOn();
        this.note = hearing.note();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public LocalDate heardOn() {
        return heardOn;
    }

    public String note() {
        return note;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
