package org.xuncha.round.liaison.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.EventType;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.bodies.CaseOpened;
import org.xuncha.contract.bodies.LeadDispositionReport;
import org.xuncha.contract.bodies.LeadProgressReport;
import org.xuncha.platform.inbox.EventHandler;
import org.xuncha.round.casenotice.CaseNotices;
import org.xuncha.round.lead.Disposition;
import org.xuncha.round.lead.DispositionKind;
import org.xuncha.round.lead.LeadReports;
import org.xuncha.round.lead.ReceivingBody;
import org.xuncha.round.liaison.Channel;
import org.xuncha.round.liaison.RefusalReason;
import org.xuncha.round.liaison.Refusals;
import org.xuncha.round.liaison.ReportType;

/**
 * The reports the bodies send on their topics, applied as the same reports over REST are: once per
 * sender's reference, and refused and recorded (with {@code ReportRefused} back on the body's topic)
 * rather than applied when they name an unknown lead or contradict what is settled. A report that
 * lacks a field or breaks a limit is refused as INVALID; over REST it would be a 400.
 */
@ApplicationScoped
public class BodyReportHandlers {

    private static final int LONGEST_REFERENCE = 100;
    private static final int LONGEST_TEXT = 20000;
    private static final int MOST_PERSONS = 10000;

    @Produces
    @ApplicationScoped
    EventHandler<LeadProgressReport> progress(LeadReports reports, Refusals refusals) {
        return handler(EventTypes.LEAD_PROGRESS_REPORT, (event, sender) -> {
            LeadProgressReport report = event.payload();
            List<String> broken = new ArrayList<>();
            requireText(broken, "reference", report.reference(), LONGEST_REFERENCE);
            require(broken, "leadId", report.leadId() != null);
            requireText(broken, "progress", report.progress(), LONGEST_TEXT);
            if (!broken.isEmpty()) {
                refuseInvalid(refusals, sender, ReportType.LEAD_PROGRESS, event, report.leadId(), broken);
                return;
            }
            reports.progress(sender, report.leadId(), report.reference().trim(), report.progress());
        });
    }

    @Produces
    @ApplicationScoped
    EventHandler<LeadDispositionReport> disposition(LeadReports reports, Refusals refusals) {
        return handler(EventTypes.LEAD_DISPOSITION_REPORT, (event, sender) -> {
            LeadDispositionReport report = event.payload();
            List<String> broken = new ArrayList<>();
            requireText(broken, "reference", report.reference(), LONGEST_REFERENCE);
            require(broken, "leadId", report.leadId() != null);
            require(broken, "disposition", report.disposition() != null && Arrays.stream(DispositionKind.values())
                    .anyMatch(kind -> kind.name().equals(report.disposition())));
            require(broken, "note", report.note() == null || report.note().length() <= LONGEST_TEXT);
            requireCount(broken, "casesFiled", report.casesFiled());
            requireCount(broken, "personsSanctioned", report.personsSanctioned());
            requireCount(broken, "judicialTransfers", report.judicialTransfers());
            if (!broken.isEmpty()) {
                refuseInvalid(refusals, sender, ReportType.LEAD_DISPOSITION, event, report.leadId(), broken);
                return;
            }
            reports.disposition(sender, report.leadId(), report.reference().trim(),
                    new Disposition(DispositionKind.valueOf(report.disposition()), report.note(), report.casesFiled(),
                            report.personsSanctioned(), report.judicialTransfers()));
        });
    }

    @Produces
    @ApplicationScoped
    EventHandler<CaseOpened> caseOpened(CaseNotices notices, Refusals refusals) {
        return handler(EventTypes.CASE_OPENED, (event, sender) -> {
            CaseOpened notice = event.payload();
            List<String> broken = new ArrayList<>();
            requireText(broken, "reference", notice.reference(), LONGEST_REFERENCE);
            require(broken, "organizationId", notice.organizationId() != null);
            requireText(broken, "personName", notice.personName(), 100);
            require(broken, "personPost", notice.personPost() == null || notice.personPost().length() <= 100);
            require(broken, "openedOn", notice.openedOn() != null && !notice.openedOn().isBefore(LocalDate.of(2000, 1, 1))
                    && !notice.openedOn().isAfter(event.occurredAt().toLocalDate().plusDays(1)));
            require(broken, "note", notice.note() == null || notice.note().length() <= 2000);
            if (!broken.isEmpty()) {
                refuseInvalid(refusals, sender, ReportType.CASE_OPENED, event, null, broken);
                return;
            }
            notices.receive(sender, new CaseNotices.Notice(notice.reference().trim(), notice.organizationId(),
                    notice.personName(), notice.personPost(), notice.openedOn(), notice.note()));
        });
    }

    private interface Apply<P> {
        void apply(EventEnvelope<P> event, LeadReports.Sender sender);
    }

    private static <P> EventHandler<P> handler(EventType<P> type, Apply<P> apply) {
        return new EventHandler<>() {
            @Override
            public EventType<P> type() {
                return type;
            }

            @Override
            public void apply(EventEnvelope<P> event) {
                throw new IllegalStateException(type + " is applied with the topic it came on");
            }

            @Override
            public void apply(EventEnvelope<P> event, String topic) {
                ReceivingBody body = ReceivingBody.writing(topic)
                        .orElseThrow(() -> new IllegalStateException(type + " came on " + topic + ", no body's topic"));
                apply.apply(event, new LeadReports.Sender(body, Channel.KAFKA, null));
            }
        };
    }

    private static void refuseInvalid(Refusals refusals, LeadReports.Sender sender, ReportType report,
            EventEnvelope<?> event, java.util.UUID leadId, List<String> broken) {
        Object reference = readReference(event.payload());
        String key = reference == null || reference.toString().isBlank() || reference.toString().length() > LONGEST_REFERENCE
                ? "event " + event.eventId() : reference.toString().trim();
        refusals.refuse(new Refusals.Sent(sender.body(), Channel.KAFKA, report, key, leadId, null, event.payload()),
                RefusalReason.INVALID, "Missing or out of bounds: " + String.join(", ", broken));
    }

    private static Object readReference(Object payload) {
        if (payload instanceof LeadProgressReport report) {
            return report.reference();
        }
        if (payload instanceof LeadDispositionReport report) {
            return report.reference();
        }
        if (payload instanceof CaseOpened notice) {
            return notice.reference();
        }
        return null;
    }

    private static void requireText(List<String> broken, String field, String value, int longest) {
        require(broken, field, value != null && !value.isBlank() && value.length() <= longest);
    }

    private static void requireCount(List<String> broken, String field, Integer value) {
        require(broken, field, value != null && value >= 0 && value <= MOST_PERSONS);
    }

    private static void require(List<String> broken, String field, boolean holds) {
        if (!holds) {
            broken.add(field);
        }
    }
}
