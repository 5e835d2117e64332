package org.xuncha.round.lead;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;
import org.xuncha.platform.problem.Forbidden;
import org.xuncha.platform.problem.IllegalTransition;
import org.xuncha.platform.problem.NotFound;
import org.xuncha.platform.readlog.ReadLog;
import org.xuncha.round.liaison.Channel;
import org.xuncha.round.liaison.RefusalReason;
import org.xuncha.round.liaison.Refusals;
import org.xuncha.round.liaison.ReportRefusal;
import org.xuncha.round.liaison.ReportType;

/**
 * What a receiving body reports on a lead transferred to it, over REST or on its topic alike: a
 * quarterly progress report (办理情况) while the lead is open, then the result (办理结果), which settles
 * it. Each report is applied once per sender's reference: the same report again is answered as the
 * first time and changes nothing. A report on a lead the sender may not know, or one that contradicts
 * what is settled, is refused and recorded for the office ({@link Refusals}), never applied.
 */
@ApplicationScoped
public class LeadReports implements PanacheRepositoryBase<LeadReport, UUID> {

    /** The read log's name for a lead's report: it tells what became of the lead. */
    public static final String RECORD_KIND = "lead_report";

    private final LeadRepository leads;
    private final LeadEvents events;
    private final Refusals refusals;
    private final LeadConfig config;
    private final Clock clock;
    private final ReadLog readLog;

    public LeadReports(LeadRepository leads, LeadEvents events, Refusals refusals, LeadConfig config, Clock clock,
            ReadLog readLog) {
        this.leads = leads;
        this.events = events;
        this.refusals = refusals;
        this.config = config;
        this.clock = clock;
        this.readLog = readLog;
    }

    /** Who sent a report and how: the body (OTHER for the office, recording another body's report), the channel, the account. */
    public record Sender(ReceivingBody body, Channel channel, String userId) {

        /** The body a REST caller reports for: its role or its system; the office records for other bodies. */
        public static Sender of(org.xuncha.platform.security.Caller caller) {
            return new Sender(ReceivingBody.actedForBy(caller)
                    .orElseThrow(() -> new Forbidden("Only the body the lead was transferred to reports on it")),
                    Channel.REST, caller.userId());
        }
    }

    /** The lead a report applied to; the problem of a refusal, thrown once the refusal is recorded. */
    public static Applied appliedOrThrow(Outcome outcome) {
        if (outcome instanceof Refused refused) {
            throw org.xuncha.round.liaison.Refused.problemFor(refused.refusal());
        }
        return (Applied) outcome;
    }

    /** What became of a report. */
    public sealed interface Outcome {
    }

    /** Applied now, or earlier ({@code replayed}: the same reference with the same content came again). */
    public record Applied(Lead lead, LeadReport report, boolean replayed) implements Outcome {
    }

    /** Refused and recorded; nothing applied. */
    public record Refused(ReportRefusal refusal) implements Outcome {
    }

    /** A quarterly progress report (办理情况). */
    @Transactional
    public Outcome progress(Sender sender, UUID leadId, String reference, String progress) {
        Refusals.Sent sent = new Refusals.Sent(sender.body(), sender.channel(), ReportType.LEAD_PROGRESS, reference,
                leadId, null, new ProgressContent(leadId, reference, progress));
        Optional<Lead> found = transferredTo(sender, leadId);
        if (found.isEmpty()) {
            return refuse(sent, RefusalReason.UNKNOWN_LEAD, "Lead " + leadId + " does not exist");
        }
        Lead lead = found.get();
        sent = withOrganization(sent, lead);
        Optional<Outcome> repeated = repeated(sender, reference, LeadReport.fingerprintOf(leadId, progress), sent, lead);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        if (lead.isSettled()) {
            return refuse(sent, RefusalReason.LEAD_SETTLED, "Lead " + leadId + " was settled as " + lead.disposition()
                    + " and takes no progress report");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        lead.progressReported(now, config.nextReportDue(now, clock.getZone()));
        LeadReport report = LeadReport.progress(leadId, sender.body(), reference, progress, sender.channel(), now,
                sender.userId());
        persist(report);
        events.progressReported(lead, report);
        return new Applied(lead, report, false);
    }

    /** The result (办理结果), which settles the lead. */
    @Transactional
    public Outcome disposition(Sender sender, UUID leadId, String reference, Disposition outcome) {
        Refusals.Sent sent = new Refusals.Sent(sender.body(), sender.channel(), ReportType.LEAD_DISPOSITION,
                reference, leadId, null, new DispositionContent(leadId, reference, outcome));
        Optional<Lead> found = transferredTo(sender, leadId);
        if (found.isEmpty()) {
            return refuse(sent, RefusalReason.UNKNOWN_LEAD, "Lead " + leadId + " does not exist");
        }
        Lead lead = found.get();
        sent = withOrganization(sent, lead);
        Optional<Outcome> repeated = repeated(sender, reference, LeadReport.fingerprintOf(leadId, outcome), sent, lead);
        if (repeated.isPresent()) {
            return repeated.get();
        }
        if (lead.isSettled()) {
            String settledBy = settlingReference(lead).map(by -> " by " + by).orElse("");
            return lead.isSettledAs(outcome)
                    ? refuse(sent, RefusalReason.ALREADY_SETTLED, "Lead " + leadId + " was already settled as "
                            + lead.disposition() + settledBy + "; the same result under another reference is not applied")
                    : refuse(sent, RefusalReason.CONTRADICTS_SETTLED_RESULT, "Lead " + leadId + " was settled as "
                            + lead.disposition() + settledBy + "; " + outcome.kind() + " contradicts it");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        lead.dispose(outcome, now);
        LeadReport report = LeadReport.disposition(leadId, sender.body(), reference, outcome, sender.channel(), now,
                sender.userId());
        persist(report);
        events.disposed(lead, report);
        return new Applied(lead, report, false);
    }

    /** A report, if the caller may read its lead: the read is logged. */
    public LeadReport read(UUID id, java.util.function.Predicate<UUID> mayReadLead) {
        LeadReport report = findByIdOptional(id).filter(found -> mayReadLead.test(found.leadId()))
                .orElseThrow(() -> new NotFound("Lead report", id));
        readLog.read(RECORD_KIND, report.id());
        return report;
    }

    /** A page of a lead's reports, oldest first, for a caller who may read the lead: each one shown is logged. */
    public Page<LeadReport> of(UUID leadId, String cursor, int limit) {
        var query = cursor == null ? find("leadId = ?1 order by id", leadId)
                : find("leadId = ?1 and id > ?2 order by id", leadId, Cursor.decode(cursor, 1).id(0));
        Page<LeadReport> page = Page.of(query.page(0, limit + 1).list(), limit, report -> Cursor.of(report.id()));
        readLog.listed(RECORD_KIND, page.items().stream().map(LeadReport::id).toList());
        return page;
    }

    /**
     * The lead, locked, if it was transferred to the sender; the office records reports of other
     * bodies only, and a lead not yet transferred takes none.
     */
    private Optional<Lead> transferredTo(Sender sender, UUID leadId) {
        Optional<Lead> lead = leads.findByIdOptional(leadId, LockModeType.PESSIMISTIC_WRITE);
        if (sender.body() != ReceivingBody.OTHER) {
            return lead.filter(found -> found.transferredTo() == sender.body());
        }
        Lead found = lead.orElseThrow(() -> new NotFound("Lead", leadId));
        if (found.transferredTo() == null) {
            throw new IllegalTransition("Lead", leadId, found.state(), "take a report");
        }
        if (found.transferredTo() != ReceivingBody.OTHER) {
            throw new Forbidden("Only the body the lead was transferred to reports on it");
        }
        return lead;
    }

    private Optional<Outcome> repeated(Sender sender, String reference, String fingerprint, Refusals.Sent sent,
            Lead lead) {
        LeadReport earlier = find("sender = ?1 and reference = ?2", sender.body(), reference).firstResult();
        if (earlier == null) {
            return Optional.empty();
        }
        if (earlier.fingerprint().equals(fingerprint)) {
            return Optional.of(new Applied(lead, earlier, true));
        }
        return Optional.of(refuse(sent, RefusalReason.REFERENCE_REUSED, "Reference " + reference
                + " was used for another report (" + earlier.kind() + " on lead " + earlier.leadId() + ")"));
    }

    private Optional<String> settlingReference(Lead lead) {
        return find("leadId = ?1 and kind = ?2", lead.id(), ReportKind.DISPOSITION).firstResultOptional()
                .map(LeadReport::reference);
    }

    private Outcome refuse(Refusals.Sent sent, RefusalReason reason, String detail) {
        return new Refused(refusals.refuse(sent, reason, detail));
    }

    private static Refusals.Sent withOrganization(Refusals.Sent sent, Lead lead) {
        return new Refusals.Sent(sent.sender(), sent.channel(), sent.report(), sent.reference(), sent.leadId(),
                lead.organizationId(), sent.content());
    }

    /** A progress report as the office reads it in a refusal. */
    public record ProgressContent(UUID leadId, String reference, String progress) {
    }

    /** A result as the office reads it in a refusal. */
    public record DispositionContent(UUID leadId, String reference, Disposition disposition) {
    }
}
