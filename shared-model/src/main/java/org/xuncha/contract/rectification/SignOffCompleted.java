package org.xuncha.contract.rectification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The third signature of the triple sign-off (三签收) landed: the organization, its principal leader
 * and the leader in charge have all signed, and rectification starts. round-service moves the
 * inspection and its fed-back findings to RECTIFYING.
 *
 * @param historical {@code true} when this was entered from a historical ledger import into the case of an earlier
 *     round (rectification-service's POST /imports/ledgers); {@code null} for a live case (optional, added in v1)
 */
public record SignOffCompleted(UUID caseId, UUID inspectionId, OffsetDateTime completedAt, List<Signature> signatures,
        Boolean historical) {

    /** A live case's sign-off. */
    public SignOffCompleted(UUID caseId, UUID inspectionId, OffsetDateTime completedAt, List<Signature> signatures) {
        this(caseId, inspectionId, completedAt, signatures, null);
    }

    public SignOffCompleted {
        signatures = List.copyOf(signatures);
    }

    /**
     * @param capacity ORGANIZATION, PRINCIPAL_LEADER or LEADER_IN_CHARGE
     * @param userId the account that signed
     */
    public record Signature(String capacity, String userId, String name, OffsetDateTime signedAt) {
    }
}
