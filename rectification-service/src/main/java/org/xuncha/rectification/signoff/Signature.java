package org.xuncha.rectification.signoff;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.rectification.cases.RectificationCase;

/** One signature of the triple sign-off: who signed, when, in which capacity. Part of the case. */
@Entity
public class Signature {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private RectificationCase rectificationCase;

    @Enumerated(EnumType.STRING)
    private Capacity capacity;

    private String userId;

    private String name;

    private OffsetDateTime signedAt;

    protected Signature() {
    }

    public Signature(RectificationCase rectificationCase, Capacity capacity, String userId, String name,
            OffsetDateTime signedAt) {
        this.id = Ids.next();
        this.rectificationCase = rectificationCase;
        this.capacity = capacity;
        this.userId = userId;
        this.name = name;
        this.signedAt = signedAt;
    }

    public UUID id() {
        return id;
    }

    public Capacity capacity() {
        return capacity;
    }

    public String userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public OffsetDateTime signedAt() {
        return signedAt;
    }
}
