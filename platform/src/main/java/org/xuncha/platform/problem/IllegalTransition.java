package org.xuncha.platform.problem;

import java.util.Map;

/** 409: a state transition that the aggregate's current state does not allow. */
public class IllegalTransition extends Conflict {

    public IllegalTransition(String aggregate, Object id, Enum<?> currentState, String action) {
        super("illegal-transition",
                aggregate + " " + id + " is " + currentState + " and cannot " + action,
                Map.of("currentState", currentState.name(), "action", action));
    }
}
