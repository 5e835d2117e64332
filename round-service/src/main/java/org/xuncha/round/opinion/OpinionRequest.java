package org.xuncha.round.opinion;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.round.lead.ReceivingBody;

/**
 * The organization department asks the inspection office's opinion (干部选拔任用时听取巡察组意见): about an
 * organization or a cadre. OPEN until the office answers with what the inspections found, once.
 */
@Entity
public class OpinionRequest {

    /** Where a request is. */
    public enum State {
        OPEN,
        ANSWERED
    }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private ReceivingBody sender;

    private String reference;

    @Enumerated(EnumType.STRING)
    private OpinionSubject subject;

    private UUID organizationId;

    private UUID cadreId;

    private String personName;

    @Enumerated(EnumType.STRING)
    private OpinionPurpose purpose;

    private String question;

    private String fingerprint;

    private OffsetDateTime receivedAt;

    private String receivedBy;

    private OffsetDateTime answeredAt;

    private String answeredBy;

    private String summary;

    private Integer inspectionsCount;

    private Integer findingsCount;

    private Integer leadsTransferredCount;

    @Version
    private long version;

    protected OpinionRequest() {
    }

    public OpinionRequest(ReceivingBody sender, String reference, OpinionSubject subject, UUID organizationId,
            UUID cadreId, String personName, OpinionPurpose purpose, String question, String fingerprint,
            OffsetDateTime at, String receivedBy) {
        this.id = Ids.next();
        this.sender = sender;
        this.reference = reference;
        this.subject = subject;
        this.organizationId = organizationId;
        this.cadreId = cadreId;
        this.personName = personName;
        this.purpose = purpose;
        this.question = question;
        this.fingerprint = fingerprint;
        this.receivedAt = at;
        this.receivedBy = receivedBy;
    }

    /** The office answers, once: its summary, and the counts if it attaches them. */
    public void answer(String officeSummary, Counts counts, String by, OffsetDateTime at) {
        if (answeredAt != null) {
            throw new IllegalTransition("Opinion request", id, State.ANSWERED, "be answered");
        }
        summary = officeSummary;
        if (counts != null) {
            inspectionsCount = counts.inspections();
            findingsCount = counts.findings();
            leadsTransferredCount = counts.leadsTransferred();
        }
        answeredBy = by;
        answeredAt = at;
    }

    /** What the inspections found, counted. */
    public record Counts(int inspections, int findings, int leadsTransferred) {
    }

    public State state() {
        return answeredAt == null ? State.OPEN : State.ANSWERED;
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

    public OpinionSubject subject() {
        return subject;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID cadreId() {
        return cadreId;
    }

    public String personName() {
        return personName;
    }

    public OpinionPurpose purpose() {
        return purpose;
    }

    public String question() {
        return question;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public String summary() {
        return summary;
    }

    public Counts counts() {
        return inspectionsCount == null ? null : new Counts(inspectionsCount, findingsCount, leadsTransferredCount);
    }
}
