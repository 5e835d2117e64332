package org.xuncha.rectification.report.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportRequest", description = "The rectification report, signed by the secretary (the principal "
        + "leader) with the truthfulness commitment (真实性承诺)")
public record ReportRequest(
        @NotBlank @Size(max = 200_000) @Schema(example = "关于巡察反馈意见整改落实情况的报告……") String summary,
        @NotNull @AssertTrue(message = "must be true: the secretary commits that the report is true and complete")
        @Schema(description = "The secretary commits that the report is true and complete", example = "true")
        Boolean truthfulnessCommitment) {
}
