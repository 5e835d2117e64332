package org.xuncha.contract.bodies;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The office answered an opinion request of the organization department (干部选拔任用时听取巡察组意见,
 * seed 004 §16 and §17).
 *
 * @param reference the department's own reference of its request
 * @param subject ORGANIZATION or CADRE
 * @param organizationId the organization asked about, or the cadre's organization
 * @param cadreId the cadre asked about, when the registry knows them
 * @param personName the person asked about, for a CADRE request
 * @param summary what the inspections found, as the office writes it
 * @param counts the figures the office attached, or {@code null}
 */
public record OpinionGiven(
        UUID requestId, String reference, String subject, UUID organizationId, UUID cadreId, String personName,
        String summary, Counts counts, OffsetDateTime answeredAt) {

    /**
     * @param inspections inspections of the organization (for a cadre: inspections the cadre served on)
     * @param findings findings confirmed in them (for a cadre: found by the cadre)
     * @param leadsTransferred leads transferred from them (for a cadre: found by the cadre)
     */
    public record Counts(int inspections, int findings, int leadsTransferred) {
    }
}
