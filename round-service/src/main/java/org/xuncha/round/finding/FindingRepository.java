package org.xuncha.round.finding;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FindingRepository implements PanacheRepositoryBase<Finding, UUID> {

    public List<Finding> ofInspection(UUID inspectionId) {
        return list("inspectionId = ?1 order by id", inspectionId);
    }

    public List<Finding> ofInspection(UUID inspectionId, FindingState state) {
        return list("inspectionId = ?1 and state = ?2 order by id", inspectionId, state);
    }

    public List<Finding> all(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1 order by id", ids);
    }
}
