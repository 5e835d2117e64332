package org.xuncha.rectification.evidence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<EvidenceFile, UUID> {

    public List<EvidenceFile> ofItem(UUID itemId) {
        return list("itemId = ?1 order by id", itemId);
    }

    public long countOfItem(UUID itemId) {
        return count("itemId", itemId);
    }

    /** Evidence files of many items at once, by item. */
    public Map<UUID, List<EvidenceFile>> ofItems(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return list("itemId in ?1 order by id", itemIds).stream().collect(Collectors.groupingBy(EvidenceFile::itemId));
    }
}
