package org.xuncha.round.pool;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PoolMembershipRepository implements PanacheRepositoryBase<PoolMembership, PoolMembership.Key> {

    public Optional<PoolMembership> of(TalentPool pool, UUID cadreId) {
        return findByIdOptional(new PoolMembership.Key(pool, cadreId));
    }

    public boolean isActiveInAny(UUID cadreId) {
        return count("key.cadreId = ?1 and status = ?2", cadreId, MembershipStatus.ACTIVE) > 0;
    }
}
