package org.xuncha.rectification.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProgressNoteRepository implements PanacheRepositoryBase<ProgressNote, UUID> {

    public List<ProgressNote> ofItem(UUID itemId) {
        return list("itemId = ?1 order by id", itemId);
    }

    /** Notes of many items at once, by item, oldest first. */
    public Map<UUID, List<ProgressNote>> ofItems(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return list("itemId in ?1 order by id", itemIds).stream().collect(Collectors.groupingBy(ProgressNote::itemId));
    }
}
