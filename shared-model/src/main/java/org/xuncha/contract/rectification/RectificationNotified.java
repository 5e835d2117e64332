package org.xuncha.contract.rectification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.xuncha.contract.OrganizationRef;

/**
 * A supervising body was notified of a feedback (一通报): the case opened, and the body whose topic
 * this is follows its rectification. The discipline body also receives the accountability list
 * (追责问责清单), which is its business; the organization department does not.
 *
 * @param recipient DISCIPLINE_BODY (the discipline body liaising with the organization) or ORGANIZATION_DEPARTMENT
 * @param recipientName the body as the notification names it, e.g. 县纪委监委第三监督检查室
 * @param itemsFedBack the findings fed back, each a ledger item
 * @param accountabilityPoints the accountability list, for the discipline body; empty for the organization department
 */
public record RectificationNotified(
        UUID notificationId,
        UUID caseId,
        UUID inspectionId,
        String recipient,
        String recipientName,
        OrganizationRef organization,
        Round round,
        Team team,
        OffsetDateTime fedBackAt,
        OffsetDateTime notifiedAt,
        int itemsFedBack,
        OffsetDateTime signOffDueAt,
        OffsetDateTime reportDueAt,
        List<Point> accountabilityPoints) {

    public RectificationNotified {
        accountabilityPoints = accountabilityPoints == null ? List.of() : List.copyOf(accountabilityPoints);
    }

    public record Round(UUID id, UUID termId, String name) {
    }

    public record Team(UUID id, String name) {
    }

    /** A point of the accountability list: the persons named and the matter. */
    public record Point(String persons, String matter) {
    }
}
