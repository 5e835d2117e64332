package org.xuncha.platform.problem;

/** 409: something that may exist only once already does. */
public class Duplicate extends Conflict {

    public Duplicate(String detail) {
        super("duplicate", detail);
    }
}
