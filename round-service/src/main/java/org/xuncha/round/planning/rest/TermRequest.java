package org.xuncha.round.planning.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TermRequest", description = "A term to open")
public record TermRequest(
        @Schema(example = "十一届区委") @NotBlank @Size(max = 100) String name,
        @Schema(example = "2017-04-01") @NotNull LocalDate startsOn,
        @Schema(example = "2021-09-30") LocalDate endsOn) {
}
