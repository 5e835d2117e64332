package org.xuncha.rectification.cases;

import java.time.LocalDate;
import org.xuncha.rectification.signoff.Capacity;

/**
 * A historical case as its imported ledger states it: the days of the triple sign-off (三签收), of the
 * plan, of the report and of the closing, and the state the ledger gives it (absent: derived from
 * those days). A day left out says nothing: what is recorded stays.
 */
public record CaseLedger(
        LocalDate organizationSignedOn, String organizationSigner, LocalDate principalLeaderSignedOn,
        LocalDate leaderInChargeSignedOn, LocalDate planSubmittedOn, String plan, LocalDate reportedOn,
        String reportSummary, LocalDate closedOn, CaseState state) {

    public LocalDate signedOn(Capacity capacity) {
        return switch (capacity) {
            case ORGANIZATION -> organizationSignedOn;
            case PRINCIPAL_LEADER -> principalLeaderSignedOn;
            case LEADER_IN_CHARGE -> leaderInChargeSignedOn;
        };
    }

    /** The import's column for a capacity's day. */
    public static String column(Capacity capacity) {
        return switch (capacity) {
            case ORGANIZATION -> "organizationSignedOn";
            case PRINCIPAL_LEADER -> "principalLeaderSignedOn";
            case LEADER_IN_CHARGE -> "leaderInChargeSignedOn";
        };
    }
}
