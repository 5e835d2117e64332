package org.xuncha.round.figures;

import java.util.UUID;
import org.xuncha.round.registry.OrganizationType;

/**
 * What a set of figures covers: a term, a round or a team, optionally only organizations of a
 * type. Absent fields do not narrow it.
 */
public record FigureScope(UUID termId, UUID roundId, UUID teamId, OrganizationType organizationType) {

    /** Only a term: the figures that exist per term alone, such as coverage, apply. */
    public boolean isWholeTerm() {
        return termId != null && roundId == null && teamId == null && organizationType == null;
    }
}
