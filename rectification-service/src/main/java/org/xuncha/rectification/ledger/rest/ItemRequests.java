package org.xuncha.rectification.ledger.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.ledger.ItemOrigin;
import org.xuncha.rectification.ledger.ItemTerm;
import org.xuncha.rectification.ledger.Rectification;

/** The request bodies of the ledger item endpoints. */
public final class ItemRequests {

    private ItemRequests() {
    }

    @Schema(name = "NewLedgerItem", description = "An item the office adds to a case's ledger")
    public record NewItem(
            @NotNull UUID caseId,
            @NotNull @Schema(example = "SECRETARY_POINT") ItemOrigin origin,
            @NotBlank @Size(max = 10_000) @Schema(example = "集体资金账外运行") String problem,
            @Size(max = 500) @Schema(example = "村党支部书记张某") String persons) {
    }

    @Schema(name = "ItemRectification", description = "How the organization rectifies an item, who answers for it, "
            + "by when, and what it achieved. Replaces what was recorded before, field by field.")
    public record RectificationRequest(
            @NotBlank @Size(max = 10_000) @Schema(example = "全面清理账外资金，纳入镇三资平台统一管理") String measures,
            @NotBlank @Size(max = 100) @Schema(example = "王建国") String responsiblePerson,
            @NotBlank @Size(max = 200) @Schema(example = "镇财政所") String responsibleDepartment,
            @NotNull @Schema(example = "DEADLINE") ItemTerm term,
            @Schema(description = "Required for DEADLINE; may be a stage deadline for the others", example = "2026-05-31")
            LocalDate deadline,
            @NotNull @DecimalMin("0.00") @DecimalMax("99999999999999.99") @Digits(integer = 14, fraction = 2) @Schema(example = "126000.00")
            BigDecimal moneyRecovered,
            @NotNull @Min(0) @Max(100000) @Schema(example = "2") Integer rulesEstablished,
            @NotNull @Min(0) @Max(100000) @Schema(example = "1") Integer personsHeldAccountable) {

        public Rectification toRectification() {
            return new Rectification(measures, responsiblePerson, responsibleDepartment, term, deadline, moneyRecovered,
                    rulesEstablished, personsHeldAccountable);
        }
    }

    @Schema(name = "ProgressNoteRequest", description = "A note on how the rectification goes")
    public record NoteRequest(@NotBlank @Size(max = 10_000) @Schema(example = "已召开专题会议，清理账外资金12.6万元") String text) {
    }

    @Schema(name = "ReturnRequest", description = "Why the office sends a submitted item back")
    public record ReturnRequest(@NotBlank @Size(max = 2000) @Schema(example = "佐证材料不全，缺少资金入账凭证") String reason) {
    }

    @Schema(name = "RoutingRequest", description = "The competent department (主管部门) for centralized rectification")
    public record RoutingRequest(@NotBlank @Size(max = 200) @Schema(example = "县农业农村局") String competentDepartment) {
    }
}
