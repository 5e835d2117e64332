package org.xuncha.round.report;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** A recommendation (建议) of an approved report to a named department. */
@Entity
public class Recommendation {

    @Id
    private UUID id;

    private UUID reportId;

    private String department;

    private String content;

    private OffsetDateTime issuedAt;

    private String issuedBy;

    protected Recommendation() {
    }

    public Recommendation(UUID reportId, String department, String content, OffsetDateTime issuedAt, String issuedBy) {
        this.id = Ids.next();
        this.reportId = reportId;
        this.department = department;
        this.content = content;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public String department() {
        return department;
    }

    public String content() {
        return content;
    }

    public OffsetDateTime issuedAt() {
        return issuedAt;
    }
}
