package org.xuncha.round.planning.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.planning.Planning.NewRound;
import org.xuncha.round.planning.RoundKind;

@Schema(name = "RoundRequest", description = "A round to plan")
public record RoundRequest(
        @Schema(description = "The term the round belongs to") @NotNull UUID termId,
        @Schema(description = "The round's number within the term", example = "10") @NotNull @Min(1) @Max(1000) Integer number,
        @Schema(example = "REGULAR") @NotNull RoundKind kind,
        @Schema(description = "Required for SPECIAL rounds", example = "扶贫领域") @Size(max = 200) String theme,
        @Schema(description = "Required for LINKED rounds", example = "市委巡察办") @Size(max = 200) String partnerCommittee,
        @Schema(example = "2026-03-01") LocalDate startsOn,
        @Schema(description = "The batch (批次), for rounds run in batches", example = "1") @Min(1) @Max(100) Integer batch) {

    NewRound toDraft() {
        return new NewRound(number, kind, theme, partnerCommittee, startsOn, batch);
    }
}
