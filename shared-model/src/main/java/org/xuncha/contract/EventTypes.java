package org.xuncha.contract;

import java.util.List;
import java.util.Optional;
import org.xuncha.contract.audit.AuditHeadPublished;
import org.xuncha.contract.bodies.CaseOpened;
import org.xuncha.contract.bodies.LeadArchived;
import org.xuncha.contract.bodies.LeadDispositionReport;
import org.xuncha.contract.bodies.LeadDisposed;
import org.xuncha.contract.bodies.LeadProgressReport;
import org.xuncha.contract.bodies.LeadProgressReported;
import org.xuncha.contract.bodies.LeadTransferred;
import org.xuncha.contract.bodies.OpinionGiven;
import org.xuncha.contract.bodies.ReportRefused;
import org.xuncha.contract.rectification.CaseClosed;
import org.xuncha.contract.rectification.LedgerItemClosed;
import org.xuncha.contract.rectification.LedgerItemReopened;
import org.xuncha.contract.rectification.RectificationNotified;
import org.xuncha.contract.rectification.RectificationOverdue;
import org.xuncha.contract.rectification.RectificationReported;
import org.xuncha.contract.rectification.SignOffCompleted;
import org.xuncha.contract.round.FeedbackIssued;

/** Every event type the services exchange. */
public final class EventTypes {

    public static final EventType<FeedbackIssued> FEEDBACK_ISSUED =
            new EventType<>("FeedbackIssued", 1, FeedbackIssued.class, Topics.ROUND_EVENTS);

    public static final EventType<SignOffCompleted> SIGN_OFF_COMPLETED =
            new EventType<>("SignOffCompleted", 1, SignOffCompleted.class, Topics.RECTIFICATION_EVENTS);

    public static final EventType<RectificationReported> RECTIFICATION_REPORTED =
            new EventType<>("RectificationReported", 1, RectificationReported.class, Topics.RECTIFICATION_EVENTS);

    public static final EventType<LedgerItemClosed> LEDGER_ITEM_CLOSED =
            new EventType<>("LedgerItemClosed", 1, LedgerItemClosed.class, Topics.RECTIFICATION_EVENTS);

    public static final EventType<LedgerItemReopened> LEDGER_ITEM_REOPENED =
            new EventType<>("LedgerItemReopened", 1, LedgerItemReopened.class, Topics.RECTIFICATION_EVENTS);

    public static final EventType<RectificationOverdue> RECTIFICATION_OVERDUE =
            new EventType<>("RectificationOverdue", 1, RectificationOverdue.class, Topics.RECTIFICATION_EVENTS);

    public static final EventType<CaseClosed> CASE_CLOSED =
            new EventType<>("CaseClosed", 1, CaseClosed.class, Topics.RECTIFICATION_EVENTS);

    /** To the discipline commission or the organization department, on its topic, keyed by case. */
    public static final EventType<RectificationNotified> RECTIFICATION_NOTIFIED =
            new EventType<>("RectificationNotified", 1, RectificationNotified.class, Topics.RECTIFICATION_TO_BODIES);

    /** To the body the lead was transferred to, on its topic, keyed by lead (so are the lead's later steps). */
    public static final EventType<LeadTransferred> LEAD_TRANSFERRED =
            new EventType<>("LeadTransferred", 1, LeadTransferred.class, Topics.ROUND_TO_BODIES);

    public static final EventType<LeadProgressReported> LEAD_PROGRESS_REPORTED =
            new EventType<>("LeadProgressReported", 1, LeadProgressReported.class, Topics.ROUND_TO_BODIES);

    public static final EventType<LeadDisposed> LEAD_DISPOSED =
            new EventType<>("LeadDisposed", 1, LeadDisposed.class, Topics.ROUND_TO_BODIES);

    public static final EventType<LeadArchived> LEAD_ARCHIVED =
            new EventType<>("LeadArchived", 1, LeadArchived.class, Topics.ROUND_TO_BODIES);

    /** To the body whose report or notice was refused, keyed by the lead (or the sender's reference). */
    public static final EventType<ReportRefused> REPORT_REFUSED =
            new EventType<>("ReportRefused", 1, ReportRefused.class, Topics.ROUND_TO_BODIES);

    /** To the organization department, keyed by its request. */
    public static final EventType<OpinionGiven> OPINION_GIVEN =
            new EventType<>("OpinionGiven", 1, OpinionGiven.class, Topics.ROUND_TO_ORGANIZATION_DEPARTMENT);

    /** From a receiving body's system, on that body's topic: the topic says who sent it. */
    public static final EventType<LeadProgressReport> LEAD_PROGRESS_REPORT =
            new EventType<>("LeadProgressReport", 1, LeadProgressReport.class, Topics.FROM_BODIES);

    public static final EventType<LeadDispositionReport> LEAD_DISPOSITION_REPORT =
            new EventType<>("LeadDispositionReport", 1, LeadDispositionReport.class, Topics.FROM_BODIES);

    /** From the discipline commission's system only. */
    public static final EventType<CaseOpened> CASE_OPENED =
            new EventType<>("CaseOpened", 1, CaseOpened.class, Topics.FROM_DISCIPLINE_COMMISSION);

    /**
     * The head of a service's audit trail, on that service's audit topic, keyed by the service: every
     * few minutes while the trail grows. Its organization is the nil UUID (a trail is no organization's).
     */
    public static final EventType<AuditHeadPublished> AUDIT_HEAD_PUBLISHED =
            new EventType<>("AuditHeadPublished", 1, AuditHeadPublished.class, Topics.AUDIT);

    private static final List<EventType<?>> ALL = List.of(FEEDBACK_ISSUED, SIGN_OFF_COMPLETED, RECTIFICATION_REPORTED,
            LEDGER_ITEM_CLOSED, LEDGER_ITEM_REOPENED, RECTIFICATION_OVERDUE, CASE_CLOSED, RECTIFICATION_NOTIFIED,
            LEAD_TRANSFERRED, LEAD_PROGRESS_REPORTED, LEAD_DISPOSED, LEAD_ARCHIVED, REPORT_REFUSED, OPINION_GIVEN,
            LEAD_PROGRESS_REPORT, LEAD_DISPOSITION_REPORT, CASE_OPENED, AUDIT_HEAD_PUBLISHED);

    private EventTypes() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> find(String name, int version) {
        return ALL.stream().filter(type -> type.matches(name, version)).findFirst();
    }
}
