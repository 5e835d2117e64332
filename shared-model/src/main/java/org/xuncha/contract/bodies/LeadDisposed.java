package org.xuncha.contract.bodies;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The result of a transferred lead (办理结果) was accepted; the lead is settled and takes no further
 * reports.
 *
 * @param reportId the report's id in round-service
 * @param reference the sender's own reference of the report
 * @param disposition CASE_FILED (立案), SANCTIONED (处分), JUDICIAL_TRANSFER (移送司法), TALK_OR_INQUIRY
 *     (谈话函询), ORGANIZATIONAL_HANDLING (组织处理) or CLOSED (了结)
 */
public record LeadDisposed(
        UUID leadId, UUID reportId, String reference, String disposition, String note, int casesFiled,
        int personsSanctioned, int judicialTransfers, OffsetDateTime disposedAt) {
}
