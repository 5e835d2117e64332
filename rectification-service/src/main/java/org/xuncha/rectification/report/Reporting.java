package org.xuncha.rectification.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.contract.EventTypes;
import org.xuncha.platform.outbox.Outbox;
import org.xuncha.platform.security.Caller;
import org.xuncha.rectification.cases.Cases;
import org.xuncha.rectification.cases.RectificationCase;
import org.xuncha.rectification.ledger.LedgerItemRepository;

/**
 * The case after the sign-off: the organization's plan, its report with the truthfulness
 * commitment and its public notice; the office's verification and the closing of the case.
 */
@ApplicationScoped
public class Reporting {

    private final Cases cases;
    private final LedgerItemRepository items;
    private final Outbox outbox;
    private final Clock clock;

    public Reporting(Cases cases, LedgerItemRepository items, Outbox outbox, Clock clock) {
        this.cases = cases;
        this.items = items;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public RectificationCase submitPlan(UUID caseId, String content, Caller caller) {
        RectificationCase planned = cases.get(caseId, caller);
        planned.requireOwner(caller, "submit the rectification plan");
        planned.submitPlan(content, caller.userId(), OffsetDateTime.now(clock));
        return planned;
    }

    /** The report; {@code RectificationReported} carries the counts of this moment. */
    @Transactional
    public RectificationCase submitReport(UUID caseId, String summary, Caller caller) {
        RectificationCase reported = cases.get(caseId, caller);
        var event = reported.submitReport(summary, caller, (int) items.fedBack(caseId), (int) items.fedBackClosed(caseId),
                OffsetDateTime.now(clock));
        outbox.enqueue(EventTypes.RECTIFICATION_REPORTED, reported.organizationId().toString(), event);
        return reported;
    }

    @Transactional
    public RectificationCase recordPublicNotice(UUID caseId, NoticeChannel channel, OffsetDateTime noticeAt,
            String scope, Caller caller) {
        RectificationCase noticed = cases.get(caseId, caller);
        noticed.requireOwner(caller, "record the public notice");
        noticed.recordPublicNotice(channel, noticeAt, scope, OffsetDateTime.now(clock));
        return noticed;
    }

    @Transactional
    public RectificationCase startVerification(UUID caseId, Caller caller) {
        RectificationCase verified = cases.get(caseId, caller);
        verified.startVerification(OffsetDateTime.now(clock));
        return verified;
    }

    /** Closes the case; {@code CaseClosed} carries the items fed back and closed. */
    @Transactional
    public RectificationCase close(UUID caseId, Caller caller) {
        RectificationCase closed = cases.get(caseId, caller);
        var event = closed.close(items.unfinished(caseId), (int) items.fedBack(caseId),
                (int) items.fedBackClosed(caseId), OffsetDateTime.now(clock));
        outbox.enqueue(EventTypes.CASE_CLOSED, closed.organizationId().toString(), event);
        return closed;
    }
}
