package org.xuncha.rectification.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.platform.id.Ids;

/** An item of the rectification ledger (整改台账): one problem to rectify. */
@Entity
public class LedgerItem {

    @Id
    private UUID id;

    private UUID caseId;

    private UUID findingId;

    @Enumerated(EnumType.STRING)
    private ItemOrigin origin;

    private String categoryCode;

    private String categoryName;

    private String problem;

    @Enumerated(EnumType.STRING)
    private ItemState state;

    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected LedgerItem() {
    }

    private LedgerItem(UUID caseId, UUID findingId, ItemOrigin origin, String categoryCode, String categoryName,
            String problem, OffsetDateTime createdAt) {
        this.id = Ids.next();
        this.caseId = caseId;
        this.findingId = findingId;
        this.origin = origin;
        this.categoryCode = categoryCode;
        this.categoryName = categoryName;
        this.problem = problem;
        this.state = ItemState.OPEN;
        this.createdAt = createdAt;
    }

    /** The item a finding fed back becomes. */
    public static LedgerItem forFinding(UUID caseId, FeedbackIssued.Finding finding, OffsetDateTime createdAt) {
        return new LedgerItem(caseId, finding.findingId(), ItemOrigin.FINDING, finding.categoryCode(),
                finding.categoryName(), finding.description(), createdAt);
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID findingId() {
        return findingId;
    }

    public ItemOrigin origin() {
        return origin;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String categoryName() {
        return categoryName;
    }

    public String problem() {
        return problem;
    }

    public ItemState state() {
        return state;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
