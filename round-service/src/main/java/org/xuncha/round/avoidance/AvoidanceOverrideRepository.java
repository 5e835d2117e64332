package org.xuncha.round.avoidance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AvoidanceOverrideRepository implements PanacheRepositoryBase<AvoidanceOverride, UUID> {

    public List<AvoidanceOverride> ofTeam(UUID teamId) {
        return list("teamId = ?1 order by overriddenAt", teamId);
    }
}
