package org.xuncha.rectification.escalation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import org.xuncha.platform.id.Ids;

/**
 * An escalation record: a collective admonishment (集体约谈) or an accountability decision (追责问责),
 * with the cases it concerns, the persons and the outcome.
 */
@Entity
public class Escalation {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private EscalationKind kind;

    private LocalDate decidedOn;

    private String reason;

    private String outcome;

    @JdbcTypeCode(SqlTypes.JSON)
    @Mutability(Immutability.class)
    private List<EscalatedPerson> persons;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "escalation_case", joinColumns = @JoinColumn(name = "escalation_id"))
    @Column(name = "case_id")
    private Set<UUID> caseIds = new LinkedHashSet<>();

    private String recordedBy;

    private OffsetDateTime recordedAt;

    protected Escalation() {
    }

    public Escalation(EscalationKind kind, LocalDate decidedOn, String reason, String outcome,
            List<EscalatedPerson> persons, Set<UUID> caseIds, String recordedBy, OffsetDateTime recordedAt) {
        this.id = Ids.next();
        this.kind = kind;
        this.decidedOn = decidedOn;
        this.reason = reason;
        this.outcome = outcome;
        this.persons = List.copyOf(persons);
        this.caseIds = new LinkedHashSet<>(caseIds);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public EscalationKind kind() {
        return kind;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String reason() {
        return reason;
    }

    public String outcome() {
        return outcome;
    }

    public List<EscalatedPerson> persons() {
        return persons;
    }

    public Set<UUID> caseIds() {
        return Set.copyOf(caseIds);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
