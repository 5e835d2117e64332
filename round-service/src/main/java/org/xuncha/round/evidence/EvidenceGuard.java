package org.xuncha.round.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;
import org.xuncha.round.inspection.Inspection;
import org.xuncha.round.inspection.InspectionState;
import org.xuncha.round.inspection.Inspections;
import org.xuncha.round.team.TeamAccess;

/**
 * Who may record and read evidence. Evidence is recorded by the inspecting team while it is
 * stationed (not before, not after it withdraws). Interview records and petitions, and the
 * identities in them, are confidential: the office, the leadership and the team's leader only.
 */
@ApplicationScoped
public class EvidenceGuard {

    private final Inspections inspections;
    private final TeamAccess teamAccess;

    public EvidenceGuard(Inspections inspections, TeamAccess teamAccess) {
        this.inspections = inspections;
        this.teamAccess = teamAccess;
    }

    /** The inspection, if the caller is on its team and it is stationed. */
    public Inspection stationedInspectionOf(UUID inspectionId, Caller caller) {
        Inspection inspection = inspections.namedForItsTeam(inspectionId, caller);
        inspection.requireState(InspectionState.STATIONED, "take evidence");
        return inspection;
    }

    /** The inspection, if the caller may read its team's ordinary evidence (reviews, surveys, visits). */
    public Inspection readable(UUID inspectionId, Caller caller) {
        return inspections.get(inspectionId, caller);
    }

    /**
     * Refuses evidence of an inspection the caller may not read exactly as a made-up id is refused:
     * the same 404 naming the evidence asked for, never the other team's inspection.
     */
    public void requireReadable(UUID inspectionId, Caller caller, String what, UUID id) {
        try {
            readable(inspectionId, caller);
        } catch (NotFound invisible) {
            throw new NotFound(what, id);
        }
    }

    /** Whether the caller may read confidential evidence of the inspection. */
    public boolean mayReadConfidential(UUID inspectionId, Caller caller) {
        if (caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP)) {
            return true;
        }
        return inspections.find(inspectionId).map(found -> teamAccess.leads(found.teamId(), caller)).orElse(false);
    }

    /** Refuses, as if it did not exist, confidential evidence the caller may not read. */
    public void requireConfidentialReader(UUID inspectionId, Caller caller, String what, UUID id) {
        if (!mayReadConfidential(inspectionId, caller)) {
            throw new NotFound(what, id);
        }
    }
}
