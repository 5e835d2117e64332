package org.xuncha.rectification.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.platform.problem.Duplicate;
import org.xuncha.platform.problem.Forbidden;
import org.xuncha.platform.security.Caller;
import org.xuncha.rectification.cases.RectificationCase;

/**
 * The notification of a feedback to a supervising body (一通报), sent when the case opens, and its
 * acknowledgement by that body.
 */
@Entity
public class Notification {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private RectificationCase rectificationCase;

    @Enumerated(EnumType.STRING)
    private NotifiedBody recipient;

    private String recipientName;

    private OffsetDateTime sentAt;

    private OffsetDateTime acknowledgedAt;

    private String acknowledgedBy;

    @Version
    private long version;

    protected Notification() {
    }

    public Notification(RectificationCase rectificationCase, NotifiedBody recipient, String recipientName,
            OffsetDateTime sentAt) {
        this.id = Ids.next();
        this.rectificationCase = rectificationCase;
        this.recipient = recipient;
        this.recipientName = recipientName;
        this.sentAt = sentAt;
    }

    /** The notified body acknowledges receipt, once; only an account of that body may. */
    public void acknowledge(Caller caller, OffsetDateTime now) {
        if (!caller.speaksFor(recipient.acknowledgingRole())) {
            throw new Forbidden("Only " + recipient.acknowledgingRole() + " acknowledges a notification to the "
                    + recipient);
        }
        if (acknowledgedAt != null) {
            throw new Duplicate("Notification " + id + " was already acknowledged at " + acknowledgedAt);
        }
        acknowledgedAt = now;
        acknowledgedBy = caller.userId();
    }

    public UUID id() {
        return id;
    }

    public RectificationCase rectificationCase() {
        return rectificationCase;
    }

    public NotifiedBody recipient() {
        return recipient;
    }

    public String recipientName() {
        return recipientName;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public OffsetDateTime acknowledgedAt() {
        return acknowledgedAt;
    }

    public String acknowledgedBy() {
        return acknowledgedBy;
    }

    public long version() {
        return version;
    }
}
