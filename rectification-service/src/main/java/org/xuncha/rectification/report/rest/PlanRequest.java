package org.xuncha.rectification.report.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanRequest", description = "The rectification plan (整改方案); a later one revises it")
public record PlanRequest(
        @NotBlank @Size(max = 200_000) @Schema(example = "一、整改目标……二、整改措施……三、责任分工……") String content) {
}
