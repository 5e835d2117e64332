package org.xuncha.rectification.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LedgerItemRepository implements PanacheRepositoryBase<LedgerItem, UUID> {

    public List<LedgerItem> ofCase(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
