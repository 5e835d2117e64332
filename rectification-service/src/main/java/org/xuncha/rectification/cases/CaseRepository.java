package org.xuncha.rectification.cases;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<RectificationCase, UUID> {

    /** Whether the inspection has a case; cheaper than loading it, for the consumer's replay check. */
    public boolean existsForInspection(UUID inspectionId) {
        return !getEntityManager()
                .createNativeQuery("select 1 from rectification_case where inspection_id = :inspection", Integer.class)
                .setParameter("inspection", inspectionId)
                .getResultList().isEmpty();
    }
}
