package org.xuncha.round.liaison;

import java.util.Map;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.DomainException;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;

/**
 * 409 {@code report-refused}: what a body sent contradicts what is recorded; it was recorded as a
 * refusal ({@code refusalId}) and not applied. {@code reason} is a {@link RefusalReason}.
 */
public class Refused extends Conflict {

    private Refused(ReportRefusal refusal) {
        super("report-refused", refusal.detail(), Map.of("reason", refusal.reason().name(), "refusalId", refusal.id()));
    }

    /** The problem a REST sender gets for a refusal: 404 for a lead it may not know, 400 for a bad organization, else 409. */
    public static DomainException problemFor(ReportRefusal refusal) {
        return switch (refusal.reason()) {
            case UNKNOWN_LEAD -> new NotFound("Lead", refusal.leadId());
            case UNKNOWN_ORGANIZATION, INVALID -> InvalidInput.of("organizationId", refusal.detail());
            default -> new Refused(refusal);
        };
    }
}
