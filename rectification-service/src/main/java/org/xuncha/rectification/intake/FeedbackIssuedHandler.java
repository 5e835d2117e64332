package org.xuncha.rectification.intake;

import jakarta.enterprise.context.ApplicationScoped;
import org.xuncha.contract.EventEnvelope;
import org.xuncha.contract.EventType;
import org.xuncha.contract.EventTypes;
import org.xuncha.contract.round.FeedbackIssued;
import org.xuncha.platform.inbox.EventHandler;
import org.xuncha.rectification.cases.Cases;

/** Feedback issued in round-service opens the organization's rectification case. */
@ApplicationScoped
public class FeedbackIssuedHandler implements EventHandler<FeedbackIssued> {

    private final Cases cases;

    public FeedbackIssuedHandler(Cases cases) {
        this.cases = cases;
    }

    @Override
    public EventType<FeedbackIssued> type() {
        return EventTypes.FEEDBACK_ISSUED;
    }

    @Override
    public void apply(EventEnvelope<FeedbackIssued> event) {
        cases.open(event.payload());
    }
}
