package org.xuncha.platform.inbox;

/** A record that is not an event this service can read: bad JSON, unknown type or version. */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String reason) {
        super(reason, null, false, false);
    }

    public UnreadableEvent(String reason, Throwable cause) {
        super(reason, cause, false, false);
    }
}
