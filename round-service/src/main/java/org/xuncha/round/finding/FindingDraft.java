package org.xuncha.round.finding;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a team records of a problem it found.
 *
 * @param personsNamed the persons the finding names, as free text
 * @param moneyInvolved yuan, or {@code null}
 * @param commonProblemCandidate whether the team thinks it recurs elsewhere (共性问题)
 * @param briefingId the daily briefing (碰头会) it came from, or {@code null}
 */
public record FindingDraft(String categoryCode, String description, String personsNamed, BigDecimal moneyInvolved,
        boolean commonProblemCandidate, UUID briefingId) {
}
