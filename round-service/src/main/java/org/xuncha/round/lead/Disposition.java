package org.xuncha.round.lead;

/**
 * What a receiving body reports it did with a lead.
 *
 * @param casesFiled persons against whom a case was filed (立案)
 * @param personsSanctioned persons given a Party or administrative sanction (处分)
 * @param judicialTransfers persons transferred to the judiciary (移送司法)
 */
public record Disposition(DispositionKind kind, String note, int casesFiled, int personsSanctioned,
        int judicialTransfers) {
}
