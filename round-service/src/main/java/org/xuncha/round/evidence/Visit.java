package org.xuncha.round.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** A visit (走访, 明察暗访) made while stationed. */
@Entity
public class Visit {

    @Id
    private UUID id;

    private UUID inspectionId;

    private LocalDate visitedOn;

    private String place;

    private String people;

    private String notes;

    private String recordedBy;

    protected Visit() {
    }

    public Visit(UUID inspectionId, LocalDate visitedOn, String place, String people, String notes, String recordedBy) {
        this.id = Ids.next();
        this.inspectionId = inspectionId;
        this.visitedOn = visitedOn;
        this.place = place;
        this.people = people;
        this.notes = notes;
        this.recordedBy = recordedBy;
    }

    public UUID id() {
        return id;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public LocalDate visitedOn() {
        return visitedOn;
    }

    public String place() {
        return place;
    }

    public String people() {
        return people;
    }

    public String notes() {
        return notes;
    }
}
