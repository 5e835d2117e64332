package org.xuncha.round.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What teams cover and where cadres are stationed, read straight from the inspections: the facts
 * the avoidance check and the one-stationed-team rule need.
 */
@ApplicationScoped
public class Stationing {

    private final EntityManager entityManager;

    public Stationing(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The organizations a team inspects, and those its inspections extend to. */
    @SuppressWarnings("unchecked")
    public List<UUID> organizationsCovered(UUID teamId) {
        return entityManager.createNativeQuery("""
                        select organization_id from inspection where team_id = :team
                        union
                        select e.organization_id from inspection_extension e
                          join inspection i on i.id = e.inspection_id where i.team_id = :team""")
                .setParameter("team", teamId)
                .getResultList();
    }

    public boolean isStationed(UUID teamId) {
        return !entityManager.createNativeQuery(
                        "select 1 from inspection where team_id = :team and state = 'STATIONED' limit 1")
                .setParameter("team", teamId)
                .getResultList().isEmpty();
    }

    /** The names of other teams that have the cadre and are stationed now. */
    @SuppressWarnings("unchecked")
    public List<String> teamsStationedWith(UUID cadreId, UUID exceptTeamId) {
        return entityManager.createNativeQuery("""
                        select distinct t.name from team_member m
                          join team t on t.id = m.team_id
                          join inspection i on i.team_id = m.team_id and i.state = 'STATIONED'
                         where m.cadre_id = :cadre and m.team_id <> :team
                         order by t.name""")
                .setParameter("cadre", cadreId)
                .setParameter("team", exceptTeamId)
                .getResultList();
    }

    /**
     * Locks the cadres' rows for the rest of the transaction, in a fixed order, so two teams that
     * share a cadre cannot both be stationed by requests racing each other.
     */
    public void lockCadres(Collection<UUID> cadreIds) {
        if (!cadreIds.isEmpty()) {
            entityManager.createNativeQuery("select id from cadre where id in (:ids) order by id for update")
                    .setParameter("ids", cadreIds)
                    .getResultList();
        }
    }
}
