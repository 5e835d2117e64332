package org.xuncha.rectification.cases;

import io.quarkus.panache.common.Parameters;
import java.util.List;
import org.xuncha.platform.security.Caller;
import org.xuncha.platform.security.Roles;

/**
 * The cases a caller may see, as a query condition: the same rule as
 * {@link RectificationCase#isVisibleTo}, for lists and figures.
 */
public final class CaseScope {

    private CaseScope() {
    }

    /** Whether the caller sees every case: the office, leadership and the supervising bodies. */
    public static boolean seesAll(Caller caller) {
        return caller.hasAnyRole(Roles.OFFICE, Roles.LEADERSHIP, Roles.DISCIPLINE, Roles.ORGANIZATION);
    }

    /**
     * Adds the caller's restriction to a JPQL condition list.
     *
     * @param alias the case entity's alias with its dot ({@code "c."}), or empty
     */
    public static void restrict(Caller caller, String alias, List<String> conditions, Parameters parameters) {
        if (seesAll(caller)) {
            return;
        }
        String unit = "1 = 0";
        if (caller.hasRole(Roles.UNIT) && caller.organizationId().isPresent()) {
            unit = "(" + alias + "organizationId = :scopeOrganization or (" + alias
                    + "parentOrganizationId = :scopeOrganization and " + alias + "organizationType in :grassroots))";
            parameters.and("scopeOrganization", caller.organizationId().get())
                    .and("grassroots", RectificationCase.GRASSROOTS_TYPES);
        }
        String overseen = "1 = 0";
        if (caller.hasRole(Roles.LEADER_IN_CHARGE)) {
            overseen = alias + "leaderInCharge.userId = :scopeUser";
            parameters.and("scopeUser", caller.userId());
        }
        conditions.add("(" + unit + " or " + overseen + ")");
    }
}
