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
 */
public record RectificationReported(
        UUID caseId, UUID inspectionId, OffsetDateTime reportedAt, int itemsFedBack, int itemsClosed) {
}
