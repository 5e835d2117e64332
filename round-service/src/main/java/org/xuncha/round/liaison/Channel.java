package org.xuncha.round.liaison;

/** How a body's report came in. */
public enum Channel {
    /** Over the REST API. */
    REST,
    /** On the body's Kafka topic. */
    KAFKA
}
