package org.xuncha.round.drive;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.UUID;

/** An organization taking part in a drive: its self-check (未巡先改) and its result, once each. */
@Embeddable
public record Participant(UUID organizationId, LocalDate selfCheckedOn, String selfCheck, Integer problemsFound,
        LocalDate resultOn, String result, Integer problemsRectified) {

    static Participant joining(UUID organizationId) {
        return new Participant(organizationId, null, null, null, null, null, null);
    }

    Participant selfChecked(LocalDate on, String text, int found) {
        return new Participant(organizationId, on, text, found, null, null, null);
    }

    Participant concluded(LocalDate on, String text, int rectified) {
        return new Participant(organizationId, selfCheckedOn, selfCheck, problemsFound, on, text, rectified);
    }
}
