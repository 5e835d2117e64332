package org.xuncha.round.lead;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.round.inspection.CountedUnder;
import org.xuncha.round.registry.OrganizationType;

/**
 * A lead on an individual's misconduct (问题线索), confidential: RECEIVED → ASSESSED → REPORTED →
 * TRANSFERRED (to a named body) → DISPOSED → ARCHIVED.
 */
@Entity
public class Lead {

    @Id
    private UUID id;

    private UUID inspectionId;

    private UUID termId;

    private UUID roundId;

    private UUID teamId;

    private UUID organizationId;

    @Enumerated(EnumType.STRING)
    private OrganizationType organizationType;

    private UUID foundBy;

    private String summary;

    private String persons;

    private String source;

    @Enumerated(EnumType.STRING)
    private LeadState state;

    private OffsetDateTime receivedAt;

    private OffsetDateTime assessedAt;

    private String assessment;

    private OffsetDateTime reportedAt;

    private OffsetDateTime transferredAt;

    @Enumerated(EnumType.STRING)
    private ReceivingBody transferredTo;

    private String receivingBody;

    private OffsetDateTime disposedAt;

    @Enumerated(EnumType.STRING)
    private DispositionKind disposition;

    private String dispositionNote;

    private Integer casesFiled;

    private Integer personsSanctioned;

    private Integer judicialTransfers;

    private OffsetDateTime archivedAt;

    private OffsetDateTime lastReportAt;

    private OffsetDateTime reportDueAt;

    @Version
    private long version;

    protected Lead() {
    }

    /**
     * A lead a team received (受理).
     *
     * @param source where it came from: an interview, a petition, a review …
     */
    public Lead(CountedUnder where, String summary, String persons, String source, UUID foundBy, OffsetDateTime at) {
        this.id = Ids.next();
        this.inspectionId = where.inspectionId();
        this.termId = where.termId();
        this.roundId = where.roundId();
        this.teamId = where.teamId();
        this.organizationId = where.organizationId();
        this.organizationType = where.organizationType();
        this.summary = summary;
        this.persons = persons;
        this.source = source;
        this.foundBy = foundBy;
        this.state = LeadState.RECEIVED;
        this.receivedAt = at;
    }

    /** RECEIVED to ASSESSED (研判). */
    public void assess(String conclusion, OffsetDateTime at) {
        require(LeadState.RECEIVED, "be assessed");
        state = LeadState.ASSESSED;
        assessment = conclusion;
        assessedAt = at;
    }

    /** ASSESSED to REPORTED: reported to the leadership group. */
    public void report(OffsetDateTime at) {
        require(LeadState.ASSESSED, "be reported");
        state = LeadState.REPORTED;
        reportedAt = at;
    }

    /**
     * REPORTED to TRANSFERRED (移交) to a body, named when it is another one; the body's first report
     * is due at {@code reportDue} (a quarter later).
     */
    public void transfer(ReceivingBody body, String bodyName, OffsetDateTime at, OffsetDateTime reportDue) {
        require(LeadState.REPORTED, "be transferred");
        state = LeadState.TRANSFERRED;
        transferredTo = body;
        receivingBody = bodyName;
        transferredAt = at;
        reportDueAt = reportDue;
    }

    /** A quarterly report (办理情况) came in; the next is due at {@code nextDue}. Only while TRANSFERRED. */
    public void progressReported(OffsetDateTime at, OffsetDateTime nextDue) {
        require(LeadState.TRANSFERRED, "take a progress report");
        lastReportAt = at;
        reportDueAt = nextDue;
    }

    /** TRANSFERRED to DISPOSED: the body reports what it did; the lead is settled and no report is due. */
    public void dispose(Disposition outcome, OffsetDateTime at) {
        require(LeadState.TRANSFERRED, "be disposed of");
        state = LeadState.DISPOSED;
        disposition = outcome.kind();
        dispositionNote = outcome.note();
        casesFiled = outcome.casesFiled();
        personsSanctioned = outcome.personsSanctioned();
        judicialTransfers = outcome.judicialTransfers();
        disposedAt = at;
        lastReportAt = at;
        reportDueAt = null;
    }

    /** Whether the lead is settled: its result is in (DISPOSED), or it is archived. */
    public boolean isSettled() {
        return state == LeadState.DISPOSED || state == LeadState.ARCHIVED;
    }

    /** Whether {@code outcome} is the result the lead was settled with. */
    public boolean isSettledAs(Disposition outcome) {
        return isSettled() && disposition == outcome.kind() && java.util.Objects.equals(casesFiled, outcome.casesFiled())
                && java.util.Objects.equals(personsSanctioned, outcome.personsSanctioned())
                && java.util.Objects.equals(judicialTransfers, outcome.judicialTransfers());
    }

    /** DISPOSED to ARCHIVED (归档). */
    public void archive(OffsetDateTime at) {
        require(LeadState.DISPOSED, "be archived");
        state = LeadState.ARCHIVED;
        archivedAt = at;
    }

    /**
     * Transferred, not settled, and without a report in the last quarter (每季度反馈一次): the report
     * due a quarter after the transfer or the last report has not come.
     */
    public boolean isOverdue(OffsetDateTime now) {
        return state == LeadState.TRANSFERRED && reportDueAt != null && !reportDueAt.isAfter(now);
    }

    private void require(LeadState expected, String action) {
        if (state != expected) {
            throw new IllegalTransition("Lead", id, state, action);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public UUID teamId() {
        return teamId;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID foundBy() {
        return foundBy;
    }

    public String summary() {
        return summary;
    }

    public String persons() {
        return persons;
    }

    public String source() {
        return source;
    }

    public LeadState state() {
        return state;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public String assessment() {
        return assessment;
    }

    public OffsetDateTime assessedAt() {
        return assessedAt;
    }

    public OffsetDateTime reportedAt() {
        return reportedAt;
    }

    public OffsetDateTime transferredAt() {
        return transferredAt;
    }

    public ReceivingBody transferredTo() {
        return transferredTo;
    }

    public String receivingBody() {
        return receivingBody;
    }

    public OffsetDateTime disposedAt() {
        return disposedAt;
    }

    public DispositionKind disposition() {
        return disposition;
    }

    public String dispositionNote() {
        return dispositionNote;
    }

    public Integer casesFiled() {
        return casesFiled;
    }

    public Integer personsSanctioned() {
        return personsSanctioned;
    }

    public Integer judicialTransfers() {
        return judicialTransfers;
    }

    public OffsetDateTime archivedAt() {
        return archivedAt;
    }

    public OffsetDateTime lastReportAt() {
        return lastReportAt;
    }

    public OffsetDateTime reportDueAt() {
        return reportDueAt;
    }

    public UUID termId() {
        return termId;
    }

    public UUID roundId() {
        return roundId;
    }
}
