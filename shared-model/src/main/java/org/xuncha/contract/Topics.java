package org.xuncha.contract;

/** Topic names. Each service publishes on its own topic and has its own dead-letter topic. */
public final class Topics {

    /** Published by round-service: feedback issued, later leads and their transfers. */
    public static final String ROUND_EVENTS = "xuncha.round.events";

    /** Published by rectification-service: sign-offs, ledger items and cases changing state. */
    public static final String RECTIFICATION_EVENTS = "xuncha.rectification.events";

    /** Where rectification-service puts the round events it could not parse or apply. */
    public static final String RECTIFICATION_DEAD_LETTER = "xuncha.rectification.dead-letter";

    /** Where round-service puts the rectification events it could not parse or apply. */
    public static final String ROUND_DEAD_LETTER = "xuncha.round.dead-letter";

    private Topics() {
    }
}
