package org.xuncha.round.pool;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.problem.IllegalTransition;

/** A cadre in a talent pool: joins, may be suspended and reinstated, and leaves. */
@Entity
public class PoolMembership {

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    private LocalDate joinedOn;

    private OffsetDateTime changedAt;

    private String reason;

    @Version
    private long version;

    /** A pool and a cadre. */
    @Embeddable
    public record Key(@Enumerated(EnumType.STRING) TalentPool pool, UUID cadreId) implements Serializable {
    }

    protected PoolMembership() {
    }

    public PoolMembership(TalentPool pool, UUID cadreId, LocalDate joinedOn, OffsetDateTime at) {
        this.key = new Key(pool, cadreId);
        this.status = MembershipStatus.ACTIVE;
        this.joinedOn = joinedOn;
        this.changedAt = at;
    }

    /** A cadre who left joins again. */
    public void rejoin(LocalDate on, OffsetDateTime at) {
        require(MembershipStatus.LEFT, "rejoin");
        status = MembershipStatus.ACTIVE;
        joinedOn = on;
        changedAt = at;
        reason = null;
    }

    public void suspend(String why, OffsetDateTime at) {
        require(MembershipStatus.ACTIVE, "be suspended");
        status = MembershipStatus.SUSPENDED;
        reason = why;
        changedAt = at;
    }

    public void reinstate(OffsetDateTime at) {
        require(MembershipStatus.SUSPENDED, "be reinstated");
        status = MembershipStatus.ACTIVE;
        reason = null;
        changedAt = at;
    }

    public void leave(String why, OffsetDateTime at) {
        if (status == MembershipStatus.LEFT) {
            throw new IllegalTransition("Pool membership", key.cadreId(), status, "leave");
        }
        status = MembershipStatus.LEFT;
        reason = why;
        changedAt = at;
    }

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    private void require(MembershipStatus expected, String action) {
        if (status != expected) {
            throw new IllegalTransition("Pool membership", key.cadreId(), status, action);
        }
    }

    public TalentPool pool() {
        return key.pool();
    }

    public UUID cadreId() {
        return key.cadreId();
    }

    public MembershipStatus status() {
        return status;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public String reason() {
        return reason;
    }
}
