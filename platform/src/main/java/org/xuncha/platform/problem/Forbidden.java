package org.xuncha.platform.problem;

import java.util.Map;

/** 403: the caller is known but may not do this. */
public class Forbidden extends DomainException {

    public Forbidden(String detail) {
        super("forbidden", detail, Map.of());
    }
}
