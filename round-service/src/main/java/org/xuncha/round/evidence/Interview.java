package org.xuncha.round.evidence;

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
import java.util.Set;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** An individual interview (个别谈话): held by at least two of the team, confidential. */
@Entity
public class Interview {

    @Id
    private UUID id;

    private UUID inspectionId;

    @Enumerated(EnumType.STRING)
    private IntervieweeCategory category;

    private String interviewee;

    private LocalDate heldOn;

    private String confidentialSummary;

    private String recordedBy;

    private OffsetDateTime recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interview_interviewer", joinColumns = @JoinColumn(name = "interview_id"))
    @Column(name = "cadre_id")
    private Set<UUID> interviewers = new LinkedHashSet<>();

    protected Interview() {
    }

    public Interview(UUID inspectionId, IntervieweeCategory category, String interviewee, LocalDate heldOn,
            String confidentialSummary, Set<UUID> interviewers, String recordedBy, OffsetDateTime recordedAt) {
        this.id = Ids.next();
        this.inspectionId = inspectionId;
        this.category = category;
        this.interviewee = interviewee;
        this.heldOn = heldOn;
        this.confidentialSummary = confidentialSummary;
        this.interviewers.addAll(interviewers);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public IntervieweeCategory category() {
        return category;
    }

    public String interviewee() {
        return interviewee;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String confidentialSummary() {
        return confidentialSummary;
    }

    public Set<UUID> interviewers() {
        return Set.copyOf(interviewers);
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
