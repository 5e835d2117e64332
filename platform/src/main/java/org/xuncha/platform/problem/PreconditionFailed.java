package org.xuncha.platform.problem;

import java.util.Map;

/** 412: the caller's {@code If-Match} names a version that is no longer current. */
public class PreconditionFailed extends DomainException {

    public PreconditionFailed(String detail) {
        super("precondition-failed", detail, Map.of());
    }
}
