package org.xuncha.round.planning.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.planning.Term;

@Schema(name = "Term", description = "A committee's term (届)")
public record TermView(UUID id, @Schema(example = "十一届区委") String name, LocalDate startsOn, LocalDate endsOn) {

    static TermView of(Term term) {
        return new TermView(term.id(), term.name(), term.startsOn(), term.endsOn());
    }
}
