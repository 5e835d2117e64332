package org.xuncha.round.superior;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * What the office did on a superior matter: FOLLOW_UP (督办, pressing whoever handles it) or REPORT
 * (报告, to the superior inspection).
 */
@Embeddable
public record Entry(@Enumerated(EnumType.STRING) Kind kind, @Column(name = "on_day") LocalDate onDay, String note,
        String recordedBy) {

    public enum Kind {
        FOLLOW_UP,
        REPORT
    }
}
