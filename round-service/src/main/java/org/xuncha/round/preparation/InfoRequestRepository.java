package org.xuncha.round.preparation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InfoRequestRepository implements PanacheRepositoryBase<InfoRequest, UUID> {

    public List<InfoRequest> ofInspection(UUID inspectionId) {
        return list("inspectionId = ?1 order by department", inspectionId);
    }

    public boolean sent(UUID inspectionId, PartnerDepartment department) {
        return count("inspectionId = ?1 and department = ?2", inspectionId, department) > 0;
    }
}
