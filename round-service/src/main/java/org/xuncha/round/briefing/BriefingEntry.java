package org.xuncha.round.briefing;

import jakarta.persistence.Embeddable;
import java.util.UUID;

/** What one sub-group (or, without one, the team as a whole) reported at the evening briefing. */
@Embeddable
public record BriefingEntry(UUID subGroupId, String found) {
}
