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

    /** Items fed back (from findings) of a case. */
    public long fedBack(UUID caseId) {
        return count("caseId = ?1 and origin = ?2", caseId, ItemOrigin.FINDING);
    }

    /** Items fed back of a case that are closed now. */
    public long fedBackClosed(UUID caseId) {
        return count("caseId = ?1 and origin = ?2 and state = ?3", caseId, ItemOrigin.FINDING, ItemState.CLOSED);
    }

    /** Items of a case that are neither closed nor long-term: they keep the case from closing. */
    public List<UUID> unfinished(UUID caseId) {
        return getEntityManager().createQuery("""
                        select i.id from LedgerItem i where i.caseId = :caseId and i.state <> :closed
                        and (i.term is null or i.term <> :longTerm) order by i.id""", UUID.class)
                .setParameter("caseId", caseId)
                .setParameter("closed", ItemState.CLOSED)
                .setParameter("longTerm", ItemTerm.LONG_TERM)
                .getResultList();
    }
}
