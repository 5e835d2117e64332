package org.xuncha.contract;

import java.util.List;

/**
 * One kind of event as it travels: its name, the schema version of its payload, the payload's
 * class and the topics it is published on.
 *
 * <p>Most types travel on one topic. A type addressed to a receiving body travels on that body's
 * topic (each body's topic can be given its own access control), so it lists one topic per body and
 * the producer names the one an event goes to.
 *
 * <p>A change that only adds optional fields keeps the version; a change that removes, renames or
 * retypes a field is a new version, and consumers that do not know it send the event to their
 * dead-letter topic instead of guessing.
 */
public record EventType<P>(String name, int version, Class<P> payloadClass, List<String> topics) {

    public EventType {
        topics = List.copyOf(topics);
        if (topics.isEmpty()) {
            throw new IllegalArgumentException(name + " travels on no topic");
        }
    }

    public EventType(String name, int version, Class<P> payloadClass, String topic) {
        this(name, version, payloadClass, List.of(topic));
    }

    /** The topic of a type that travels on one. */
    public String topic() {
        if (topics.size() != 1) {
            throw new IllegalStateException(this + " travels on " + topics + "; name the topic");
        }
        return topics.get(0);
    }

    /** Whether an event of this type may be published on, or read from, {@code topic}. */
    public boolean travelsOn(String topic) {
        return topics.contains(topic);
    }

    public boolean matches(String otherName, int otherVersion) {
        return name.equals(otherName) && version == otherVersion;
    }

    /** The CloudEvents {@code type} attribute of this type's events, e.g. {@code org.xuncha.LeadTransferred.v1}. */
    public String cloudEventType() {
        return cloudEventType(name, version);
    }

    public static String cloudEventType(String name, int version) {
        return "org.xuncha." + name + ".v" + version;
    }

    @Override
    public String toString() {
        return name + " v" + version;
    }
}
