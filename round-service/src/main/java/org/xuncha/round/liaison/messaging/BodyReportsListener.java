package org.xuncha.round.liaison.messaging;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.xuncha.contract.Topics;
import org.xuncha.platform.inbox.EventConsumer;

/**
 * What the discipline commission's and the organization department's systems write on their own
 * topics ({@value Topics#FROM_DISCIPLINE_COMMISSION}, {@value Topics#FROM_ORGANIZATION_DEPARTMENT}):
 * lead reports and case-opened notices, a poll at a time. The topic says who sent a record. Records
 * that cannot be read go to {@value Topics#ROUND_DEAD_LETTER}; reports the domain refuses are recorded
 * as refusals instead ({@link BodyReportHandlers}).
 */
@ApplicationScoped
public class BodyReportsListener {

    private final EventConsumer consumer;

    public BodyReportsListener(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("body-reports")
    @Blocking
    public void receive(ConsumerRecords<String, String> records) {
        consumer.consume(records, Topics.ROUND_DEAD_LETTER);
    }
}
