package org.xuncha.round.evidence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * An item of a review checklist. The checklists are data: the defaults are the items seed 000 names
 * (six of its "20余个" document items, six of its "16项" financial ones); an office loads its full lists.
 */
@Entity
public class ReviewItem {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    private ReviewKind kind;

    private int position;

    private String name;

    private boolean active;

    protected ReviewItem() {
    }

    public ReviewItem(String code, ReviewKind kind, int position, String name) {
        this.code = code;
        this.kind = kind;
        this.position = position;
        this.name = name;
        this.active = true;
    }

    public String code() {
        return code;
    }

    public ReviewKind kind() {
        return kind;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }
}
