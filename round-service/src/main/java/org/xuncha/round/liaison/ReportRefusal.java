package org.xuncha.round.liaison;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.round.lead.ReceivingBody;

/**
 * Something a body sent that was refused and not applied, kept where the office sees it. The same
 * content under the same reference is one refusal; {@code attempts} counts how often it came.
 */
@Entity
public class ReportRefusal {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private ReceivingBody sender;

    private String reference;

    @Enumerated(EnumType.STRING)
    private ReportType report;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private UUID leadId;

    private UUID organizationId;

    @Enumerated(EnumType.STRING)
    private RefusalReason reason;

    private String detail;

    private String content;

    private String fingerprint;

    private OffsetDateTime firstRefusedAt;

    private OffsetDateTime lastRefusedAt;

    private int attempts;

    protected ReportRefusal() {
    }

    public ReportRefusal(ReceivingBody sender, String reference, ReportType report, Channel channel, UUID leadId,
            UUID organizationId, RefusalReason reason, String detail, String content, String fingerprint,
            OffsetDateTime at) {
        this.id = Ids.next();
        this.sender = sender;
        this.reference = reference;
        this.report = report;
        this.channel = channel;
        this.leadId = leadId;
        this.organizationId = organizationId;
        this.reason = reason;
        this.detail = detail;
        this.content = content;
        this.fingerprint = fingerprint;
        this.firstRefusedAt = at;
        this.lastRefusedAt = at;
        this.attempts = 1;
    }

    /** The same came again and was refused again. */
    public void again(OffsetDateTime at) {
        attempts++;
        lastRefusedAt = at;
    }

    public UUID id() {
        return id;
    }

    public ReceivingBody sender() {
        return sender;
    }

    public String reference() {
        return reference;
    }

    public ReportType report() {
        return report;
    }

    public Channel channel() {
        return channel;
    }

    public UUID leadId() {
        return leadId;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public RefusalReason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    public String content() {
        return content;
    }

    public OffsetDateTime firstRefusedAt() {
        return firstRefusedAt;
    }

    public OffsetDateTime lastRefusedAt() {
        return lastRefusedAt;
    }

    public int attempts() {
        return attempts;
    }
}
