package org.xuncha.round.auditlink;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.round.registry.Organization;

/**
 * An audit result that led to a finding (巡审联动, "先审后巡", seed 003): the finding is of the audited
 * organization or of one below it, and the audit came no later than the finding's year.
 */
@Entity
public class AuditFindingLink {

    @Id
    private UUID id;

    private UUID auditResultId;

    private UUID findingId;

    private String note;

    private String linkedBy;

    private OffsetDateTime linkedAt;

    protected AuditFindingLink() {
    }

    public static AuditFindingLink link(UUID auditResultId, Organization audited, int auditYear, UUID findingId,
            Organization findingsOrganization, int findingYear, String note, String by, OffsetDateTime at) {
        if (!audited.contains(findingsOrganization)) {
            throw InvalidInput.of("findingId", "must name a finding of " + audited.name() + " or an organization below it");
        }
        if (auditYear > findingYear) {
            throw InvalidInput.of("findingId", "must name a finding made after the audit of " + auditYear + " (先审后巡)");
        }
        AuditFindingLink link = new AuditFindingLink();
        link.id = Ids.next();
        link.auditResultId = auditResultId;
        link.findingId = findingId;
        link.note = note;
        link.linkedBy = by;
        link.linkedAt = at;
        return link;
    }

    public UUID id() {
        return id;
    }

    public UUID auditResultId() {
        return auditResultId;
    }

    public UUID findingId() {
        return findingId;
    }

    public String note() {
        return note;
    }

    public OffsetDateTime linkedAt() {
        return linkedAt;
    }
}
