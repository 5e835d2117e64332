package org.xuncha.rectification.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<RectificationCase, UUID> {

    public Optional<RectificationCase> ofInspection(UUID inspectionId) {
        return find("inspectionId", inspectionId).firstResultOptional();
    }
}
