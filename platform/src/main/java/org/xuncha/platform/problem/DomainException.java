package org.xuncha.platform.problem;

import java.util.Map;

/**
 * A request the domain refuses. Each subclass is mapped once to an RFC 9457 problem by
 * {@link ProblemMappers}; the message is the problem's {@code detail} and must read well to the
 * person who made the request.
 */
public abstract class DomainException extends RuntimeException {

    private final String slug;
    private final Map<String, Object> extensions;

    protected DomainException(String slug, String detail, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.slug = slug;
        this.extensions = Map.copyOf(extensions);
    }

    /** The last segment of the problem type, e.g. {@code illegal-transition}. */
    public String slug() {
        return slug;
    }

    /** Members added to the problem beside the standard ones, e.g. the grounds of a conflict. */
    public Map<String, Object> extensions() {
        return extensions;
    }
}
