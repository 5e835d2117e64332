package org.xuncha.rectification.escalation.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.escalation.EscalatedPerson;
import org.xuncha.rectification.escalation.Escalation;
import org.xuncha.rectification.escalation.EscalationKind;

@Schema(name = "Escalation", description = "A collective admonishment or an accountability decision")
public record EscalationView(UUID id, EscalationKind kind, List<UUID> caseIds, LocalDate decidedOn, String reason,
        String outcome, List<PersonView> persons, String recordedBy, OffsetDateTime recordedAt) {

    @Schema(name = "EscalatedPerson", description = "A person an escalation concerns")
    public record PersonView(@Schema(example = "王建国") String name, @Schema(example = "党委书记") String post,
            String organization, @Schema(example = "诫勉谈话") String measure) {

        static PersonView of(EscalatedPerson person) {
            return new PersonView(person.name(), person.post(), person.organization(), person.measure());
        }
    }

    public static EscalationView of(Escalation escalation) {
        return new EscalationView(escalation.id(), escalation.kind(), escalation.caseIds().stream().sorted().toList(),
                escalation.decidedOn(), escalation.reason(), escalation.outcome(),
                escalation.persons().stream().map(PersonView::of).toList(), escalation.recordedBy(),
                escalation.recordedAt());
    }
}
