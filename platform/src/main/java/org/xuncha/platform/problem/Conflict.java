package org.xuncha.platform.problem;

import java.util.Map;

/** 409: the request is well-formed but the current state of things does not allow it. */
public class Conflict extends DomainException {

    public Conflict(String slug, String detail) {
        this(slug, detail, Map.of());
    }

    public Conflict(String slug, String detail, Map<String, Object> extensions) {
        super(slug, detail, extensions);
    }
}
