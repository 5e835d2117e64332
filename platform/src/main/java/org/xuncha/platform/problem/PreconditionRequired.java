package org.xuncha.platform.problem;

import java.util.Map;

/** 428: a conditional request was required (an {@code If-Match} header) and none was sent. */
public class PreconditionRequired extends DomainException {

    public PreconditionRequired(String detail) {
        super("precondition-required", detail, Map.of());
    }
}
