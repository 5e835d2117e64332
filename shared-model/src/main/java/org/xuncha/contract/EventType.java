package org.xuncha.contract;

/**
 * One kind of event as it travels: its name, the schema version of its payload, the payload's
 * class and the topic it is published on.
 *
 * <p>A change that only adds optional fields keeps the version; a change that removes, renames or
 * retypes a field is a new version, and consumers that do not know it send the event to their
 * dead-letter topic instead of guessing.
 */
public record EventType<P>(String name, int version, Class<P> payloadClass, String topic) {

    public boolean matches(String otherName, int otherVersion) {
        return name.equals(otherName) && version == otherVersion;
    }

    @Override
    public String toString() {
        return name + " v" + version;
    }
}
