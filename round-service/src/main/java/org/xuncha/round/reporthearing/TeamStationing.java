package org.xuncha.round.reporthearing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a team of a round stands: whether all its inspections of the round have withdrawn, and the
 * day the last of them did (in the committee's zone).
 */
public record TeamStationing(UUID teamId, boolean withdrawn, LocalDate lastWithdrawnOn) {
}
