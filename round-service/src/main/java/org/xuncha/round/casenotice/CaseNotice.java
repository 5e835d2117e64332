package org.xuncha.round.casenotice;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.round.lead.ReceivingBody;

/**
 * The discipline commission opened a case (立案审查) on a leader of an organization under inspection
 * and tells the team leader and the office (seed 004 §16). Seen on each inspection under way when it
 * came; confidential like a lead.
 */
@Entity
public class CaseNotice {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private ReceivingBody sender;

    private String reference;

    private UUID organizationId;

    private String personName;

    private String personPost;

    private LocalDate openedOn;

    private String note;

    private String fingerprint;

    private OffsetDateTime receivedAt;

    private String receivedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_notice_inspection", joinColumns = @JoinColumn(name = "case_notice_id"))
    @Column(name = "inspection_id")
    private Set<UUID> inspectionIds = new HashSet<>();

    protected CaseNotice() {
    }

    public CaseNotice(ReceivingBody sender, String reference, UUID organizationId, String personName, String personPost,
            LocalDate openedOn, String note, String fingerprint, List<UUID> inspectionsUnderWay, OffsetDateTime at,
            String receivedBy) {
        this.id = Ids.next();
        this.sender = sender;
        this.reference = reference;
        this.organizationId = organizationId;
        this.personName = personName;
        this.personPost = personPost;
        this.openedOn = openedOn;
        this.note = note;
        this.fingerprint = fingerprint;
        this.inspectionIds.addAll(inspectionsUnderWay);
        this.receivedAt = at;
        this.receivedBy = receivedBy;
    }

    public UUID id() {
        return id;
    }

    public ReceivingBody sender() {
        return sender;
    }

    public String reference() {
        return reference;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String personName() {
        return personName;
    }

    public String personPost() {
        return personPost;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public String note() {
        return note;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public Set<UUID> inspectionIds() {
        return Set.copyOf(inspectionIds);
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }
}
