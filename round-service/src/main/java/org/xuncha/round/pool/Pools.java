package org.xuncha.round.pool;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Conflict;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.InvalidInput;
import org.xuncha.platform.problem.NotFound;

/** The leader pool and the specialist pool: who joins, who is suspended, who leaves. */
@ApplicationScoped
public class Pools {

    private final PoolMembershipRepository memberships;
    private final Cadres cadres;
    private final Clock clock;

    public Pools(PoolMembershipRepository memberships, Cadres cadres, Clock clock) {
        this.memberships = memberships;
        this.cadres = cadres;
        this.clock = clock;
    }

    @Transactional
    public PoolMembership join(TalentPool pool, UUID cadreId) {
        if (cadres.find(cadreId).isEmpty()) {
            throw InvalidInput.of("cadreId", "names no cadre");
        }
        LocalDate today = LocalDate.now(clock);
        return memberships.of(pool, cadreId).map(existing -> {
            if (existing.status() != MembershipStatus.LEFT) {
                throw new Duplicate("The cadre is already in the " + pool + " pool (" + existing.status() + ")");
            }
            existing.rejoin(today, now());
            return existing;
        }).orElseGet(() -> {
            PoolMembership joined = new PoolMembership(pool, cadreId, today, now());
            memberships.persist(joined);
            return joined;
        });
    }

    @Transactional
    public PoolMembership suspend(TalentPool pool, UUID cadreId, String reason) {
        PoolMembership membership = get(pool, cadreId);
        membership.suspend(reason, now());
        return membership;
    }

    @Transactional
    public PoolMembership reinstate(TalentPool pool, UUID cadreId) {
        PoolMembership membership = get(pool, cadreId);
        membership.reinstate(now());
        return membership;
    }

    @Transactional
    public PoolMembership leave(TalentPool pool, UUID cadreId, String reason) {
        PoolMembership membership = get(pool, cadreId);
        membership.leave(reason, now());
        return membership;
    }

    public PoolMembership get(TalentPool pool, UUID cadreId) {
        return memberships.of(pool, cadreId).orElseThrow(() -> new NotFound("Membership of the " + pool + " pool of cadre", cadreId));
    }

    public List<PoolMembership> of(UUID cadreId) {
        return memberships.list("key.cadreId", cadreId);
    }

    /** A page of a pool's members, optionally of one status, by cadre. */
    public Page<PoolMembership> members(TalentPool pool, MembershipStatus status, String cursor, int limit) {
        StringBuilder query = new StringBuilder("key.pool = :pool");
        Parameters parameters = Parameters.with("pool", pool);
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (cursor != null) {
            query.append(" and key.cadreId > :after");
            parameters.and("after", Cursor.decode(cursor, 1).id(0));
        }
        List<PoolMembership> rows = memberships.find(query + " order by key.cadreId", parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, membership -> Cursor.of(membership.cadreId()));
    }

    /**
     * Refuses a cadre a team position they are not eligible for: a team's leader comes from the
     * active leader pool, deputies and members from either pool, active.
     */
    public void requireEligible(UUID cadreId, boolean asLeader) {
        if (asLeader) {
            boolean active = memberships.of(TalentPool.LEADER, cadreId).map(PoolMembership::isActive).orElse(false);
            if (!active) {
                throw new Conflict("not-in-pool", "A team leader comes from the leader pool, and cadre " + cadreId
                        + " is not an active member of it");
            }
        } else if (!memberships.isActiveInAny(cadreId)) {
            throw new Conflict("not-in-pool", "Cadre " + cadreId + " is not an active member of any talent pool");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
