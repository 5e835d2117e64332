package org.xuncha.round.consultation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.round.preparation.PartnerDepartment;

/**
 * A partner department's opinion on an organization, asked before a round (征求纪委监委、组织部、审计、
 * 信访等部门意见, seeds 000 and 002). Taken while the round is being planned: once any of its inspections
 * has stationed, the round is under way and its plan is no longer consulted on.
 */
@Entity
public class ConsultationOpinion {

    @Id
    private UUID id;

    private UUID roundId;

    private UUID termId;

    @Enumerated(EnumType.STRING)
    private PartnerDepartment department;

    private UUID organizationId;

    @Enumerated(EnumType.STRING)
    private Stance stance;

    private String reasons;

    private LocalDate givenOn;

    private String recordedBy;

    private OffsetDateTime recordedAt;

    protected ConsultationOpinion() {
    }

    /**
     * @param underWay whether an inspection of the round has stationed already
     */
    public static ConsultationOpinion record(UUID roundId, UUID termId, boolean underWay, PartnerDepartment department,
            UUID organizationId, Stance stance, String reasons, LocalDate givenOn, LocalDate today, String by,
            OffsetDateTime at) {
        if (underWay) {
            throw new Conflict("round-under-way", "The round's inspections have stationed; opinions are asked while "
                    + "its plan is made");
        }
        if (givenOn.isAfter(today)) {
            throw InvalidInput.of("givenOn", "must not be after today (" + today + ")");
        }
        if (stance == Stance.INSPECT && (reasons == null || reasons.isBlank())) {
            throw InvalidInput.of("reasons", "are required when the department advises an inspection");
        }
        ConsultationOpinion opinion = new ConsultationOpinion();
        opinion.id = Ids.next();
        opinion.roundId = roundId;
        opinion.termId = termId;
        opinion.department = department;
        opinion.organizationId = organizationId;
        opinion.stance = stance;
        opinion.reasons = reasons;
        opinion.givenOn = givenOn;
        opinion.recordedBy = by;
        opinion.recordedAt = at;
        return opinion;
    }

    public UUID id() {
        return id;
    }

    public UUID roundId() {
        return roundId;
    }

    public UUID termId() {
        return termId;
    }

    public PartnerDepartment department() {
        return department;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public Stance stance() {
        return stance;
    }

    public String reasons() {
        return reasons;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
