package org.xuncha.rectification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.xuncha.platform.security.Caller;
import org.xuncha.rectification.cases.Cases;
import org.xuncha.rectification.cases.RectificationCase;

/** Recording the deliveries of the dual feedback (双反馈) and its copies. */
@ApplicationScoped
public class Deliveries {

    private final Cases cases;
    private final Clock clock;

    public Deliveries(Cases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** What the office records of one delivery. */
    public record DeliveryRecord(Recipient recipient, String receivedBy, OffsetDateTime deliveredAt,
            DeliveryMethod method, String note) {
    }

    @Transactional
    public RectificationCase record(UUID caseId, DeliveryRecord delivery, Caller caller) {
        RectificationCase delivered = cases.get(caseId, caller);
        delivered.recordDelivery(delivery.recipient(), delivery.receivedBy(), delivery.deliveredAt(), delivery.method(),
                delivery.note(), caller.userId(), OffsetDateTime.now(clock));
        return delivered;
    }
}
