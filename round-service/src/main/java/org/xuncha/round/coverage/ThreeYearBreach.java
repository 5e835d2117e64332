package org.xuncha.round.coverage;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A city-directed organization not inspected within three years (seed 004 item 13: 每三年至少覆盖一遍).
 *
 * @param lastInspectedOn when an inspection of it was last stationed, or {@code null} if never
 * @param dueOn three years after that, or after the term began when it was never inspected
 */
public record ThreeYearBreach(UUID organizationId, String name, String type, LocalDate lastInspectedOn, LocalDate dueOn) {
}
