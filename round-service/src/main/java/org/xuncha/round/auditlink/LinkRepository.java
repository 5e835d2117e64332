package org.xuncha.round.auditlink;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class LinkRepository implements PanacheRepositoryBase<AuditFindingLink, UUID> {
}
