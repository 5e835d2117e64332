package org.xuncha.contract.rectification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The organization submitted its rectification report (整改报告), signed with the truthfulness
 * commitment. The counts are those at this moment: they give the rectification rate "at the first
 * report", before supervision.
 *
 * @param itemsFedBack ledger items that rectify a finding fed back
 * @param itemsClosed of those, the items verified and closed by the office at this moment
 * @param historical {@code true} when this was entered from a historical ledger import into the case of an earlier
 *     round (rectification-service's POST /imports/ledgers); {@code null} for a live case (optional, added in v1)
 */
public record RectificationReported(
        UUID caseId, UUID inspectionId, OffsetDateTime reportedAt, int itemsFedBack, int itemsClosed, Boolean historical) {

    /** A live case's report. */
    public RectificationReported(UUID caseId, UUID inspectionId, OffsetDateTime reportedAt, int itemsFedBack,
            int itemsClosed) {
        this(caseId, inspectionId, reportedAt, itemsFedBack, itemsClosed, null);
    }
}
