package org.xuncha.platform.problem;

import java.util.Map;

/** 404: the thing does not exist, or the caller may not know that it does. */
public class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super("not-found", what + " " + id + " does not exist", Map.of());
    }
}
