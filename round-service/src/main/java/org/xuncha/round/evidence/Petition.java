package org.xuncha.round.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/**
 * A petition (信访) received while stationed: about the organization inspected or one below it.
 * The petitioner's identity is confidential.
 */
@Entity
public class Petition {

    @Id
    private UUID id;

    private UUID inspectionId;

    private UUID organizationId;

    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    private PetitionChannel channel;

    private String petitioner;

    private String subject;

    private String summary;

    private String recordedBy;

    protected Petition() {
    }

    public Petition(UUID inspectionId, UUID organizationId, LocalDate receivedOn, PetitionChannel channel,
            String petitioner, String subject, String summary, String recordedBy) {
        this.id = Ids.next();
        this.inspectionId = inspectionId;
        this.organizationId = organizationId;
        this.receivedOn = receivedOn;
        this.channel = channel;
        this.petitioner = petitioner;
        this.subject = subject;
        this.summary = summary;
        this.recordedBy = recordedBy;
    }

    public UUID id() {
        return id;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public PetitionChannel channel() {
        return channel;
    }

    public String petitioner() {
        return petitioner;
    }

    public String subject() {
        return subject;
    }

    public String summary() {
        return summary;
    }
}
