package org.xuncha.round.planning.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.planning.Round;
import org.xuncha.round.planning.RoundKind;

@Schema(name = "Round", description = "A round of a term (巡察轮次)")
public record RoundView(
        UUID id, UUID termId, @Schema(example = "10") int number, RoundKind kind, String theme,
        String partnerCommittee, LocalDate startsOn, Integer batch, @Schema(example = "第10轮") String title) {

    static RoundView of(Round round) {
        return new RoundView(round.id(), round.termId(), round.number(), round.kind(), round.theme(),
                round.partnerCommittee(), round.startsOn(), round.batch(), round.title());
    }
}
