package org.xuncha.round.planning;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class RoundRepository implements PanacheRepositoryBase<Round, UUID> {

    public boolean numberTaken(UUID termId, int number) {
        return count("termId = ?1 and number = ?2", termId, number) > 0;
    }
}
