package org.xuncha.rectification.delivery;

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

/** One delivery of the feedback: to whom, who received it, when and how. Part of the case. */
@Entity
public class Delivery {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private RectificationCase rectificationCase;

    @Enumerated(EnumType.STRING)
    private Recipient recipient;

    private String receivedBy;

    private OffsetDateTime deliveredAt;

    @Enumerated(EnumType.STRING)
    private DeliveryMethod method;

    private String note;

    private String recordedBy;

    private OffsetDateTime recordedAt;

    protected Delivery() {
    }

    public Delivery(RectificationCase rectificationCase, Recipient recipient, String receivedBy,
            OffsetDateTime deliveredAt, DeliveryMethod method, String note, String recordedBy, OffsetDateTime recordedAt) {
        this.id = Ids.next();
        this.rectificationCase = rectificationCase;
        this.recipient = recipient;
        this.receivedBy = receivedBy;
        this.deliveredAt = deliveredAt;
        this.method = method;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() {
        return id;
    }

    public Recipient recipient() {
        return recipient;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public OffsetDateTime deliveredAt() {
        return deliveredAt;
    }

    public DeliveryMethod method() {
        return method;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
