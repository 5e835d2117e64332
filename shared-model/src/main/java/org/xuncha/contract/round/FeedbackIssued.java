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
 * @param inspectionNumber the office's own number of the inspection (e.g. 十一届-3-07), by which its
 *     historical rectification ledger is matched; {@code null} for feedback issued live (optional, added in v1)
 * @param historical {@code true} for the feedback of an earlier round entered by a history import: the case
 *     is a record of the past, its ledger comes from an import, and nobody is notified or reminded now;
 *     {@code null} or {@code false} for feedback issued live (optional, added in v1)
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
        List<Point> accountabilityPoints,
        String inspectionNumber,
        Boolean historical) {

    /** Feedback issued live: no office number, not historical. */
    public FeedbackIssued(UUID feedbackId, UUID inspectionId, Round round, Team team, OrganizationRef organization,
            Official principalLeader, Official leaderInCharge, OffsetDateTime issuedAt, List<Finding> findings,
            List<Point> secretaryPoints, List<Point> accountabilityPoints) {
        this(feedbackId, inspectionId, round, team, organization, principalLeader, leaderInCharge, issuedAt, findings,
                secretaryPoints, accountabilityPoints, null, null);
    }

    /** Whether this is the feedback of an earlier round entered by a history import. */
    public boolean fromHistory() {
        return Boolean.TRUE.equals(historical);
    }

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
     * @param findingNumber the office's own number of the finding, for feedback entered by a history import;
     *     {@code null} otherwise (optional, added in v1)
     */
    public record Finding(
            UUID findingId, String categoryCode, String categoryName, String description, BigDecimal moneyInvolved,
            String findingNumber) {

        public Finding(UUID findingId, String categoryCode, String categoryName, String description,
                BigDecimal moneyInvolved) {
            this(findingId, categoryCode, categoryName, description, moneyInvolved, null);
        }
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
