package org.xuncha.rectification.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ItemTransitionRepository implements PanacheRepositoryBase<ItemTransition, UUID> {

    public List<ItemTransition> ofItem(UUID itemId) {
        return list("itemId = ?1 order by id", itemId);
    }
}
