package org.xuncha.round.evidence;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One checklist item of one review: checked or not, what was noted, which findings it supports. */
@Entity
public class ReviewEntry {

    @EmbeddedId
    private Key key;

    private String name;

    private int position;

    private boolean checked;

    private String note;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<UUID> findingIds = new ArrayList<>();

    private String checkedBy;

    private OffsetDateTime checkedAt;

    /** A review and an item of its checklist. */
    @Embeddable
    public record Key(UUID reviewId, String itemCode) implements Serializable {
    }

    protected ReviewEntry() {
    }

    ReviewEntry(UUID reviewId, ReviewItem item) {
        this.key = new Key(reviewId, item.code());
        this.name = item.name();
        this.position = item.position();
    }

    void check(String what, List<UUID> findings, String by, OffsetDateTime at) {
        this.checked = true;
        this.note = what;
        this.findingIds = new ArrayList<>(findings);
        this.checkedBy = by;
        this.checkedAt = at;
    }

    public String itemCode() {
        return key.itemCode();
    }

    public String name() {
        return name;
    }

    public int position() {
        return position;
    }

    public boolean checked() {
        return checked;
    }

    public String note() {
        return note;
    }

    public List<UUID> findingIds() {
        return List.copyOf(findingIds);
    }

    public OffsetDateTime checkedAt() {
        return checkedAt;
    }
}
