package org.xuncha.round.evidence;

/** How a petition (信访) reached the team. */
public enum PetitionChannel {
    LETTER,
    IN_PERSON,
    PHONE,
    ONLINE,
    MAILBOX
}
