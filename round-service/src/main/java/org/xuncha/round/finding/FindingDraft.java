package org.xuncha.round.finding;

import java.math.BigDecimal;

/**
 * What a team records of a problem it found.
 *
 * @param personsNamed the persons the finding names, as free text
 * @param moneyInvolved yuan, or {@code null}
 * @param commonProblemCandidate whether the team thinks it recurs elsewhere (共性问题)
 */
public record FindingDraft(String categoryCode, String description, String personsNamed, BigDecimal moneyInvolved,
        boolean commonProblemCandidate) {
}
