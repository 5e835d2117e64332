package org.xuncha.contract.bodies;

import java.util.UUID;

/**
 * Sent by a receiving body: the result of a lead transferred to it (办理结果). Applied once per
 * {@code reference}; a result that contradicts the settled one is refused.
 *
 * @param disposition CASE_FILED, SANCTIONED, JUDICIAL_TRANSFER, TALK_OR_INQUIRY, ORGANIZATIONAL_HANDLING or CLOSED
 */
public record LeadDispositionReport(
        String reference, UUID leadId, String disposition, String note, Integer casesFiled,
        Integer personsSanctioned, Integer judicialTransfers) {
}
