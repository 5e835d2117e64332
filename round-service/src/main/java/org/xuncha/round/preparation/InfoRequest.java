package org.xuncha.round.preparation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.IllegalTransition;

/**
 * A letter to a partner department before stationing (函询), and its answer: how much material it
 * provided and a confidential summary (按机密件办理).
 */
@Entity
public class InfoRequest {

    @Id
    private UUID id;

    private UUID inspectionId;

    @Enumerated(EnumType.STRING)
    private PartnerDepartment department;

    private String subject;

    private LocalDate sentOn;

    private LocalDate dueOn;

    private LocalDate answeredOn;

    private Integer materialCount;

    private String confidentialSummary;

    private String answeredBy;

    @Version
    private long version;

    protected InfoRequest() {
    }

    public InfoRequest(UUID inspectionId, PartnerDepartment department, String subject, LocalDate sentOn, LocalDate dueOn) {
        this.id = Ids.next();
        this.inspectionId = inspectionId;
        this.department = department;
        this.subject = subject;
        this.sentOn = sentOn;
        this.dueOn = dueOn;
    }

    public void answer(int materials, String summary, String by, LocalDate on) {
        if (state() == InfoRequestState.ANSWERED) {
            throw new IllegalTransition("Info request", id, state(), "be answered again");
        }
        this.materialCount = materials;
        this.confidentialSummary = summary;
        this.answeredBy = by;
        this.answeredOn = on;
    }

    public InfoRequestState state() {
        return answeredOn == null ? InfoRequestState.SENT : InfoRequestState.ANSWERED;
    }

    public boolean isOverdue(LocalDate today) {
        return state() == InfoRequestState.SENT && today.isAfter(dueOn);
    }

    public UUID id() {
        return id;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public PartnerDepartment department() {
        return department;
    }

    public String subject() {
        return subject;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate answeredOn() {
        return answeredOn;
    }

    public Integer materialCount() {
        return materialCount;
    }

    public String confidentialSummary() {
        return confidentialSummary;
    }

    public String answeredBy() {
        return answeredBy;
    }
}
