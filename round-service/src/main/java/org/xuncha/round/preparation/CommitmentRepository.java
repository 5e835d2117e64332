package org.xuncha.round.preparation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CommitmentRepository implements PanacheRepositoryBase<Commitment, Commitment.Key> {

    public List<Commitment> ofTeam(UUID teamId) {
        return list("key.teamId = ?1 order by signedAt", teamId);
    }
}
