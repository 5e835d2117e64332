package org.xuncha.round.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.function.BiConsumer;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.EventType;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.rectification.CaseClosed;
import org.xuncha.contract.rectification.LedgerItemClosed;
import org.xuncha.contract.rectification.LedgerItemReopened;
import org.xuncha.contract.rectification.RectificationOverdue;
import org.xuncha.contract.rectification.RectificationReported;
import org.xuncha.contract.rectification.SignOffCompleted;
import org.xuncha.platform.inbox.EventHandler;

/** One handler per event rectification-service publishes, each handing it to {@link RectificationProgress}. */
@ApplicationScoped
public class RectificationHandlers {

    @Produces
    @ApplicationScoped
    EventHandler<SignOffCompleted> signedOff(RectificationProgress progress) {
        return handler(EventTypes.SIGN_OFF_COMPLETED, RectificationProgress::signedOff, progress);
    }

    @Produces
    @ApplicationScoped
    EventHandler<RectificationReported> reported(RectificationProgress progress) {
        return handler(EventTypes.RECTIFICATION_REPORTED, RectificationProgress::reported, progress);
    }

    @Produces
    @ApplicationScoped
    EventHandler<LedgerItemClosed> itemClosed(RectificationProgress progress) {
        return handler(EventTypes.LEDGER_ITEM_CLOSED, RectificationProgress::itemClosed, progress);
    }

    @Produces
    @ApplicationScoped
    EventHandler<LedgerItemReopened> itemReopened(RectificationProgress progress) {
        return handler(EventTypes.LEDGER_ITEM_REOPENED, RectificationProgress::itemReopened, progress);
    }

    @Produces
    @ApplicationScoped
    EventHandler<RectificationOverdue> overdue(RectificationProgress progress) {
        return handler(EventTypes.RECTIFICATION_OVERDUE, RectificationProgress::overdue, progress);
    }

    @Produces
    @ApplicationScoped
    EventHandler<CaseClosed> caseClosed(RectificationProgress progress) {
        return handler(EventTypes.CASE_CLOSED, RectificationProgress::caseClosed, progress);
    }

    private static <P> EventHandler<P> handler(EventType<P> type, BiConsumer<RectificationProgress, P> apply,
            RectificationProgress progress) {
        return new EventHandler<>() {
            @Override
            public EventType<P> type() {
                return type;
            }

            @Override
            public void apply(EventEnvelope<P> event) {
                apply.accept(progress, event.payload());
            }
        };
    }
}
