package org.xuncha.round.coverage;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** What an audit found in an organization (巡审联动): an input to choosing whom to inspect. */
@Entity
public class AuditResult {

    @Id
    private UUID id;

    private UUID organizationId;

    private int year;

    private int issueCount;

    private String summary;

    private OffsetDateTime recordedAt;

    protected AuditResult() {
    }

    public AuditResult(UUID organizationId, int year, int issueCount, String summary, OffsetDateTime recordedAt) {
        this.id = Ids.next();
        this.organizationId = organizationId;
        this.year = year;
        this.issueCount = issueCount;
        this.summary = summary;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public int year() {
        return year;
    }

    public int issueCount() {
        return issueCount;
    }

    public String summary() {
        return summary;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
