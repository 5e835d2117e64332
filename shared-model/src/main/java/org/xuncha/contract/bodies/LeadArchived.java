package org.xuncha.contract.bodies;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The office archived a settled lead (归档): the last event of a lead. */
public record LeadArchived(UUID leadId, OffsetDateTime archivedAt) {
}
