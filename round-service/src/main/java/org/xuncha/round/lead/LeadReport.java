package org.xuncha.round.lead;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.id.Ids;
import org.xuncha.round.liaison.Channel;
import org.xuncha.round.liaison.Fingerprint;

/**
 * A report a receiving body made on a lead, accepted and applied: a quarterly progress report or
 * the result. Once per sender's reference; the fingerprint of its content tells a replay (same
 * content) from a reference used again for something else.
 */
@Entity
public class LeadReport {

    @Id
    private UUID id;

    private UUID leadId;

    @Enumerated(EnumType.STRING)
    private ReceivingBody sender;

    private String reference;

    @Enumerated(EnumType.STRING)
    private ReportKind kind;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    private String progress;

    @Enumerated(EnumType.STRING)
    private DispositionKind disposition;

    private String note;

    private Integer casesFiled;

    private Integer personsSanctioned;

    private Integer judicialTransfers;

    private String fingerprint;

    private OffsetDateTime receivedAt;

    private String receivedBy;

    protected LeadReport() {
    }

    private LeadReport(UUID leadId, ReceivingBody sender, String reference, ReportKind kind, Channel channel,
            String fingerprint, OffsetDateTime at, String receivedBy) {
        this.id = Ids.next();
        this.leadId = leadId;
        this.sender = sender;
        this.reference = reference;
        this.kind = kind;
        this.channel = channel;
        this.fingerprint = fingerprint;
        this.receivedAt = at;
        this.receivedBy = receivedBy;
    }

    public static LeadReport progress(UUID leadId, ReceivingBody sender, String reference, String progress,
            Channel channel, OffsetDateTime at, String receivedBy) {
        LeadReport report = new LeadReport(leadId, sender, reference, ReportKind.PROGRESS, channel,
                fingerprintOf(leadId, progress), at, receivedBy);
        report.progress = progress;
        return report;
    }

    public static LeadReport disposition(UUID leadId, ReceivingBody sender, String reference, Disposition outcome,
            Channel channel, OffsetDateTime at, String receivedBy) {
        LeadReport report = new LeadReport(leadId, sender, reference, ReportKind.DISPOSITION, channel,
                fingerprintOf(leadId, outcome), at, receivedBy);
        report.disposition = outcome.kind();
        report.note = outcome.note();
        report.casesFiled = outcome.casesFiled();
        report.personsSanctioned = outcome.personsSanctioned();
        report.judicialTransfers = outcome.judicialTransfers();
        return report;
    }

    public static String fingerprintOf(UUID leadId, String progress) {
        return Fingerprint.of(ReportKind.PROGRESS, leadId, progress);
    }

    public static String fingerprintOf(UUID leadId, Disposition outcome) {
        return Fingerprint.of(ReportKind.DISPOSITION, leadId, outcome.kind(), outcome.note(), outcome.casesFiled(),
                outcome.personsSanctioned(), outcome.judicialTransfers());
    }

    public UUID id() {
        return id;
    }

    public UUID leadId() {
        return leadId;
    }

    public ReceivingBody sender() {
        return sender;
    }

    public String reference() {
        return reference;
    }

    public ReportKind kind() {
        return kind;
    }

    public Channel channel() {
        return channel;
    }

    public String progress() {
        return progress;
    }

    public DispositionKind disposition() {
        return disposition;
    }

    public String note() {
        return note;
    }

    public Integer casesFiled() {
        return casesFiled;
    }

    public Integer personsSanctioned() {
        return personsSanctioned;
    }

    public Integer judicialTransfers() {
        return judicialTransfers;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public String receivedBy() {
        return receivedBy;
    }
}
