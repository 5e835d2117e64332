package org.xuncha.round.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, UUID> {

    public boolean nameTaken(UUID roundId, String name) {
        return count("roundId = ?1 and name = ?2", roundId, name) > 0;
    }
}
