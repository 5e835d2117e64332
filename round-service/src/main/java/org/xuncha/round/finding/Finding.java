package org.xuncha.round.finding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.round.inspection.CountedUnder;
import org.xuncha.round.registry.OrganizationType;

/**
 * A problem found by an inspection (问题). DRAFT → CONFIRMED (by the team leader) → FED_BACK →
 * RECTIFYING → RECTIFIED, or REOPENED by a follow-up; the last three are driven by the
 * rectification case's events.
 */
@Entity
public class Finding {

    @Id
    private UUID id;

    private UUID inspectionId;

    private UUID termId;

    private UUID roundId;

    private UUID teamId;

    private UUID organizationId;

    @Enumerated(EnumType.STRING)
    private OrganizationType organizationType;

    private String categoryCode;

    private String description;

    private String personsNamed;

    private BigDecimal moneyInvolved;

    private boolean commonProblemCandidate;

    private UUID foundBy;

    private UUID briefingId;

    @Enumerated(EnumType.STRING)
    private FindingState state;

    private OffsetDateTime createdAt;

    private OffsetDateTime confirmedAt;

    private String confirmedBy;

    private OffsetDateTime fedBackAt;

    private OffsetDateTime rectifiedAt;

    @Version
    private long version;

    protected Finding() {
    }

    /**
     * A draft finding of an inspection, fixed to the inspection's term, round, team and the type of
     * the organization inspected, which are what it is counted by.
     */
    public Finding(CountedUnder where, FindingDraft draft, UUID foundBy, OffsetDateTime createdAt) {
        this.id = Ids.next();
        this.inspectionId = where.inspectionId();
        this.termId = where.termId();
        this.roundId = where.roundId();
        this.teamId = where.teamId();
        this.organizationId = where.organizationId();
        this.organizationType = where.organizationType();
        this.categoryCode = draft.categoryCode();
        this.description = draft.description();
        this.personsNamed = draft.personsNamed();
        this.moneyInvolved = draft.moneyInvolved();
        this.commonProblemCandidate = draft.commonProblemCandidate();
        this.foundBy = foundBy;
        this.briefingId = draft.briefingId();
        this.state = FindingState.DRAFT;
        this.createdAt = createdAt;
    }

    /** DRAFT to CONFIRMED, by the team leader. */
    public void confirm(String by, OffsetDateTime at) {
        require(FindingState.DRAFT, "be confirmed");
        state = FindingState.CONFIRMED;
        confirmedBy = by;
        confirmedAt = at;
    }

    /** CONFIRMED to FED_BACK, when feedback carrying it is issued. */
    public void feedBack(OffsetDateTime at) {
        require(FindingState.CONFIRMED, "be fed back");
        state = FindingState.FED_BACK;
        fedBackAt = at;
    }

    /** FED_BACK to RECTIFYING: the organization signed off its rectification case. */
    public void startRectifying() {
        require(FindingState.FED_BACK, "start rectifying");
        state = FindingState.RECTIFYING;
    }

    /** RECTIFYING or REOPENED to RECTIFIED: its ledger item was verified and closed. */
    public void rectified(OffsetDateTime at) {
        if (state != FindingState.RECTIFYING && state != FindingState.REOPENED) {
            throw new IllegalTransition("Finding", id, state, "be rectified");
        }
        state = FindingState.RECTIFIED;
        rectifiedAt = at;
    }

    /** RECTIFIED to REOPENED: a follow-up reopened its ledger item. */
    public void reopen() {
        require(FindingState.RECTIFIED, "be reopened");
        state = FindingState.REOPENED;
        rectifiedAt = null;
    }

    private void require(FindingState expected, String action) {
        if (state != expected) {
            throw new IllegalTransition("Finding", id, state, action);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID inspectionId() {
        return inspectionId;
    }

    public UUID termId() {
        return termId;
    }

    public UUID roundId() {
        return roundId;
    }

    public UUID teamId() {
        return teamId;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public OrganizationType organizationType() {
        return organizationType;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String description() {
        return description;
    }

    public String personsNamed() {
        return personsNamed;
    }

    public BigDecimal moneyInvolved() {
        return moneyInvolved;
    }

    public boolean commonProblemCandidate() {
        return commonProblemCandidate;
    }

    public UUID foundBy() {
        return foundBy;
    }

    /** The daily briefing (碰头会) it came from, or {@code null}. */
    public UUID briefingId() {
        return briefingId;
    }

    public FindingState state() {
        return state;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime confirmedAt() {
        return confirmedAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public OffsetDateTime fedBackAt() {
        return fedBackAt;
    }

    public OffsetDateTime rectifiedAt() {
        return rectifiedAt;
    }
}
