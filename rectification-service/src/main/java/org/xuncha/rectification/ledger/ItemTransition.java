package org.xuncha.rectification.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;

/** One move of an item, for its history: who, when, and why where a reason is required. */
@Entity
public class ItemTransition {

    @Id
    private UUID id;

    private UUID itemId;

    @Enumerated(EnumType.STRING)
    private ItemState fromState;

    @Enumerated(EnumType.STRING)
    private ItemState toState;

    private String reason;

    /** What caused it beside a person's action, e.g. {@code FOLLOW_UP:<id>}. */
    private String source;

    private String madeBy;

    private OffsetDateTime madeAt;

    protected ItemTransition() {
    }

    ItemTransition(UUID itemId, ItemState fromState, ItemState toState, String reason, String source, String madeBy,
            OffsetDateTime madeAt) {
        this.id = Ids.next();
        this.itemId = itemId;
        this.fromState = fromState;
        this.toState = toState;
        this.reason = reason;
        this.source = source;
        this.madeBy = madeBy;
        this.madeAt = madeAt;
    }

    public UUID id() {
        return id;
    }

    public UUID itemId() {
        return itemId;
    }

    public ItemState fromState() {
        return fromState;
    }

    public ItemState toState() {
        return toState;
    }

    public String reason() {
        return reason;
    }

    public String source() {
        return source;
    }

    public String madeBy() {
        return madeBy;
    }

    public OffsetDateTime madeAt() {
        return madeAt;
    }
}
