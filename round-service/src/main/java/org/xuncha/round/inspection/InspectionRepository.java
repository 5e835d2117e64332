package org.xuncha.round.inspection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class InspectionRepository implements PanacheRepositoryBase<Inspection, UUID> {

    public boolean exists(UUID roundId, UUID organizationId) {
        return count("roundId = ?1 and organizationId = ?2", roundId, organizationId) > 0;
    }
}
