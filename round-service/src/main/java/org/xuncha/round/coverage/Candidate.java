package org.xuncha.round.coverage;

import java.util.Map;
import java.util.UUID;

/**
 * An organization not yet covered in the term, with the risk signals that rank it.
 *
 * @param score the weighted sum of the signals
 * @param signals how many of each signal (OPEN_LEADS, PETITIONS, FINDINGS, AUDIT_ISSUES, CONSULTATIONS)
 */
public record Candidate(UUID organizationId, String name, String type, long score, Map<String, Long> signals) {
}
