package org.xuncha.contract.bodies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Sent by the discipline commission: it opened a case (立案审查) on a leader of an organization under
 * inspection, and tells the team leader and the office (seed 004 §16). Confidential like a lead.
 *
 * @param reference the commission's own reference of the notice
 * @param organizationId the organization under inspection
 * @param personName the leader the case is on
 * @param personPost their post, e.g. 党委副书记
 * @param openedOn the day the case was opened
 */
public record CaseOpened(
        String reference, UUID organizationId, String personName, String personPost, LocalDate openedOn, String note) {
}
