package org.xuncha.contract.round;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.xuncha.contract.Official;
import org.xuncha.contract.OrganizationRef;

/**
 * Feedback (反馈) was issued to an inspected organization: the start of its rectification.
 *
 * <p>Carries everything the rectification case needs without asking round-service: whom the
 * feedback is addressed to (the organization and its principal leader), who else signs (the
 * leader in charge), whom to notify (the liaising discipline body), and every finding with its
 * category, each of which becomes a ledger item.
 *
 * @param feedbackId the feedback's id in round-service
 * @param inspectionId the inspection fed back; one rectification case per inspection
 * @param round the round the inspection belongs to
 * @param team the team that inspected
 * @param organization the organization inspected and fed back to
 * @param principalLeader its principal leader (主要负责人), the second addressee and a signer
 * @param leaderInCharge the leader in charge of it (分管领导), a signer
 * @param issuedAt when the feedback was issued
 * @param findings the findings list (清单式反馈)
 * @param secretaryPoints the secretary's list of named persons and matters (书记点人点事清单)
 * @param accountabilityPoints the accountability list (追责问责清单)
 */
public record FeedbackIssued(
        UUID feedbackId,
        UUID inspectionId,
        Round round,
        Team team,
        OrganizationRef organization,
        Official principalLeader,
        Official leaderInCharge,
        OffsetDateTime issuedAt,
        List<Finding> findings,
        List<Point> secretaryPoints,
        List<Point> accountabilityPoints) {

    public FeedbackIssued {
        findings = List.copyOf(findings);
        secretaryPoints = secretaryPoints == null ? List.of() : List.copyOf(secretaryPoints);
        accountabilityPoints = accountabilityPoints == null ? List.of() : List.copyOf(accountabilityPoints);
    }

    /**
     * @param kind one of REGULAR, SPECIAL, MOBILE, LOOK_BACK, LINKED, CROSS, ELEVATED
     * @param number the round's number within its term (第十轮 is 10)
     */
    public record Round(UUID id, UUID termId, int number, String kind, String name) {
    }

    public record Team(UUID id, String name) {
    }

    /**
     * A finding fed back.
     *
     * @param categoryCode the taxonomy code, e.g. COUNTY-3
     * @param categoryName the category's name as the taxonomy states it
     * @param moneyInvolved yuan, or {@code null}
     */
    public record Finding(
            UUID findingId, String categoryCode, String categoryName, String description, BigDecimal moneyInvolved) {
    }

    /**
     * A point of the secretary's or the accountability list.
     *
     * @param persons the persons named, as free text
     * @param matter what the point is about
     */
    public record Point(String persons, String matter) {
    }
}
