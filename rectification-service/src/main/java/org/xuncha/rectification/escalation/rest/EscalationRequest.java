package org.xuncha.rectification.escalation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.escalation.EscalatedPerson;
import org.xuncha.rectification.escalation.EscalationKind;
import org.xuncha.rectification.escalation.Escalations;

@Schema(name = "EscalationRequest", description = "A collective admonishment (集体约谈) or an accountability decision "
        + "(追责问责) for late or false rectification")
public record EscalationRequest(
        @NotNull @Schema(example = "COLLECTIVE_ADMONISHMENT") EscalationKind kind,
        @NotEmpty @Size(max = 200) @Schema(description = "The cases it concerns; a collective admonishment may cover several")
        List<@NotNull UUID> caseIds,
        @NotNull @Schema(example = "2026-08-26") LocalDate decidedOn,
        @NotBlank @Size(max = 5000) @Schema(example = "回访发现巡察整改不到位") String reason,
        @NotBlank @Size(max = 5000) @Schema(example = "对5个单位党组织主要负责人进行集体约谈，限期30日内整改到位") String outcome,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid PersonRequest> persons) {

    @Schema(name = "EscalatedPersonRequest", description = "A person the escalation concerns")
    public record PersonRequest(
            @NotBlank @Size(max = 100) @Schema(example = "王建国") String name,
            @Size(max = 100) @Schema(example = "党委书记") String post,
            @Size(max = 200) @Schema(example = "城关镇党委") String organization,
            @Size(max = 500) @Schema(description = "What befell them, for accountability", example = "诫勉谈话") String measure) {
    }

    public Escalations.EscalationRecord toRecord() {
        return new Escalations.EscalationRecord(kind, caseIds, decidedOn, reason, outcome, persons.stream()
                .map(person -> new EscalatedPerson(person.name(), person.post(), person.organization(), person.measure()))
                .toList());
    }
}
