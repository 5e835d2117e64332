package org.xuncha.round.coverage;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditResultRepository implements PanacheRepositoryBase<AuditResult, UUID> {

    public List<AuditResult> ofOrganization(UUID organizationId) {
        return list("organizationId = ?1 order by year desc, recordedAt desc", organizationId);
    }
}
