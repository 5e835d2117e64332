package org.xuncha.round.registry;

import java.time.LocalDate;

/**
 * The organization department heard the inspection team before the leadership of an organization
 * under inspection changed (seed 004, item 16).
 *
 * @param heardOn when the team was heard
 * @param note who heard whom, and what the team said
 */
public record TeamHearing(LocalDate heardOn, String note) {
}
