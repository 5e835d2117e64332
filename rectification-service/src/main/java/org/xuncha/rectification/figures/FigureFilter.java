package org.xuncha.rectification.figures;

import java.util.UUID;

/** Which cases figures count; absent fields do not filter. */
public record FigureFilter(UUID termId, UUID roundId, UUID teamId, UUID organizationId, String organizationType) {
}
