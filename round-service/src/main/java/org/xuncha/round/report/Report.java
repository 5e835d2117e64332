package org.xuncha.round.report;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.InvalidInput;

/**
 * A report heard by the leadership group: the inspection report, which lists the inspection's
 * confirmed findings, or a topic report.
 */
@Entity
public class Report {

    @Id
    private UUID id;

    private UUID roundId;

    private UUID inspectionId;

    @Enumerated(EnumType.STRING)
    private ReportKind kind;

    private String title;

    private String body;

    @Enumerated(EnumType.STRING)
    private ReportState state;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<UUID> findingIds = new ArrayList<>();

    private String draftedBy;

    private OffsetDateTime draftedAt;

    private OffsetDateTime submittedAt;

    private OffsetDateTime decidedAt;

    private String decidedBy;

    private String returnedReason;

    @Version
    private long version;

    protected Report() {
    }

    public Report(ReportKind kind, UUID roundId, UUID inspectionId, String title, String body, String draftedBy,
            OffsetDateTime draftedAt) {
        this.id = Ids.next();
        this.kind = kind;
        this.roundId = roundId;
        this.inspectionId = inspectionId;
        this.title = title;
        this.body = body;
        this.state = ReportState.DRAFT;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
    }

    public void revise(String newTitle, String newBody) {
        requireEditable("be revised");
        title = newTitle;
        body = newBody;
    }

    /**
     * DRAFT or RETURNED to SUBMITTED. An inspection report lists the inspection's confirmed
     * findings as they are when it is submitted.
     */
    public void submit(List<UUID> confirmedFindings, OffsetDateTime at) {
        requireEditable("be submitted");
        findingIds = new ArrayList<>(confirmedFindings);
        state = ReportState.SUBMITTED;
        submittedAt = at;
        returnedReason = null;
    }

    /** SUBMITTED to APPROVED, by the leadership. */
    public void approve(String by, OffsetDateTime at) {
        require(ReportState.SUBMITTED, "be approved");
        state = ReportState.APPROVED;
        decidedBy = by;
        decidedAt = at;
    }

    /** SUBMITTED to RETURNED, by the leadership, with its reason. */
    public void sendBack(String reason, String by, OffsetDateTime at) {
        require(ReportState.SUBMITTED, "be returned");
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "must say why the report is returned");
        }
        state = ReportState.RETURNED;
        returnedReason = reason;
        decidedBy = by;
        decidedAt = at;
    }

    public boolean isApproved() {
        return state == ReportState.APPROVED;
    }

    private void requireEditable(String action) {
        if (state != ReportState.DRAFT && state != ReportState.RETURNED) {
            throw new IllegalTransition("Report", id, state, action);
        }
    }

    private void require(ReportState expected, String action) {
        if (state != expected) {
            throw new IllegalTransition("Report", id, state, action);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID roundId() {
        return roundId;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public ReportKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public ReportState state() {
        return state;
    }

    public List<UUID> findingIds() {
        return List.copyOf(findingIds);
    }

    public OffsetDateTime draftedAt() {
        return draftedAt;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String returnedReason() {
        return returnedReason;
    }
}
