package org.xuncha.round.team;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A cadre on a team, in a position. */
@Embeddable
public record Member(UUID cadreId, @Enumerated(EnumType.STRING) Position position, OffsetDateTime assignedAt) {
}
