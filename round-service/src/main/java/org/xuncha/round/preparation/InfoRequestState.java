package org.xuncha.round.preparation;

public enum InfoRequestState {
    SENT,
    ANSWERED
}
