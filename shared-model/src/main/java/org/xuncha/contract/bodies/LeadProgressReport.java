package org.xuncha.contract.bodies;

import java.util.UUID;

/**
 * Sent by a receiving body: its quarterly report on a lead transferred to it (办理情况, seed 004 §16).
 * Applied once per {@code reference}; the same reference with other content is refused.
 *
 * @param reference the sender's own reference of the report (its document number or record id)
 * @param progress how the handling stands
 */
public record LeadProgressReport(String reference, UUID leadId, String progress) {
}
