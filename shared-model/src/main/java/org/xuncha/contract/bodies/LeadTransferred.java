package org.xuncha.contract.bodies;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.contract.OrganizationRef;

/**
 * The office transferred a lead (移交) to the body whose topic this is. Carries what the body needs
 * to take the lead up without asking back: what it is about, whom it concerns, where it came from
 * (the kind of evidence, not the informant), the organization and the inspection (round and team),
 * and when the first quarterly report is due. It leaves out the team's assessment (研判) and who on
 * the team found the lead: seed 004 §15 gives the assessment to the team and the office, and the
 * body does not need it to handle the lead.
 *
 * @param receivingBody DISCIPLINE_COMMISSION or ORGANIZATION_DEPARTMENT
 * @param receivingBodyName the body as the transfer names it
 * @param reportDueAt when the body's first report on the lead is due (a quarter after the transfer)
 * @param summary what the lead is about; confidential (按机密件办理)
 * @param persons the persons it concerns, as free text; confidential
 * @param source the kind of evidence it came from, e.g. 个别谈话, 信访
 */
public record LeadTransferred(
        UUID leadId,
        String receivingBody,
        String receivingBodyName,
        OffsetDateTime transferredAt,
        OffsetDateTime reportDueAt,
        String summary,
        String persons,
        String source,
        Inspection inspection,
        OrganizationRef organization) {

    /** The inspection the lead was found in. */
    public record Inspection(UUID id, Round round, Team team) {
    }

    /**
     * @param kind one of REGULAR, SPECIAL, MOBILE, LOOK_BACK, LINKED, CROSS, ELEVATED
     * @param number the round's number within its term (第十轮 is 10)
     */
    public record Round(UUID id, UUID termId, int number, String kind, String name) {
    }

    public record Team(UUID id, String name) {
    }
}
