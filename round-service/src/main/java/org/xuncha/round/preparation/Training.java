package org.xuncha.round.preparation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** A training session of a round (凡巡必训) and who attended it. */
@Entity
public class Training {

    @Id
    private UUID id;

    private UUID roundId;

    private String title;

    private LocalDate heldOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_attendance", joinColumns = @JoinColumn(name = "training_id"))
    @Column(name = "cadre_id")
    private Set<UUID> attendees = new HashSet<>();

    protected Training() {
    }

    public Training(UUID roundId, String title, LocalDate heldOn) {
        this.id = Ids.next();
        this.roundId = roundId;
        this.title = title;
        this.heldOn = heldOn;
    }

    public void attendedBy(Collection<UUID> cadreIds) {
        attendees.addAll(cadreIds);
    }

    public UUID id() {
        return id;
    }

    public UUID roundId() {
        return roundId;
    }

    public String title() {
        return title;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public Set<UUID> attendees() {
        return Set.copyOf(attendees);
    }
}
