package org.xuncha.round.finding.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.finding.FindingDraft;

@Schema(name = "FindingRequest", description = "A finding to draft")
public record FindingRequest(
        @Schema(description = "The inspection that found it") @NotNull UUID inspectionId,
        @Schema(description = "A code of the finding taxonomy", example = "COUNTY-3") @NotBlank @Size(max = 40) String categoryCode,
        @Schema(example = "村集体资金账外运行，2019年以来累计12.6万元未入账") @NotBlank @Size(max = 4000) String description,
        @Schema(description = "Persons the finding names", example = "村党支部书记张某、会计李某") @Size(max = 1000) String personsNamed,
        @Schema(description = "Yuan", example = "126000.00") @DecimalMin("0") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2) BigDecimal moneyInvolved,
        @Schema(description = "The team thinks it recurs elsewhere (共性问题)") Boolean commonProblemCandidate,
        @Schema(description = "The daily briefing (碰头会) of the same inspection it came from") UUID briefingId) {

    FindingDraft toDraft() {
        return new FindingDraft(categoryCode, description, personsNamed, moneyInvolved,
                Boolean.TRUE.equals(commonProblemCandidate), briefingId);
    }
}
