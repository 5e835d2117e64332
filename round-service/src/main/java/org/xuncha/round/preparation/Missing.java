package org.xuncha.round.preparation;

import java.util.UUID;

/**
 * Something stationing still needs.
 *
 * @param cadreId the member it concerns, where it concerns one
 */
public record Missing(Requirement requirement, String detail, UUID cadreId) {
}
