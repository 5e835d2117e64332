package org.xuncha.contract;

import java.util.List;
import java.util.Optional;
import org.xuncha.contract.rectification.CaseClosed;
import org.xuncha.contract.rectification.LedgerItemClosed;
import org.xuncha.contract.rectification.LedgerItemReopened;
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

    private static final List<EventType<?>> ALL = List.of(FEEDBACK_ISSUED, SIGN_OFF_COMPLETED, RECTIFICATION_REPORTED,
            LEDGER_ITEM_CLOSED, LEDGER_ITEM_REOPENED, RECTIFICATION_OVERDUE, CASE_CLOSED);

    private EventTypes() {
    }

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> find(String name, int version) {
        return ALL.stream().filter(type -> type.matches(name, version)).findFirst();
    }
}
