package org.xuncha.round.avoidance.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.avoidance.OverrideRequest;

@Schema(name = "AvoidanceOverride", description = "The leadership group goes ahead despite avoidance conflicts; "
        + "the written reason is recorded with each conflict. Only LEADERSHIP may send it.")
public record OverrideDto(
        @Schema(description = "Required", example = "该同志任职已满八年且无利害关系，经领导小组研究同意不予回避") @Size(max = 2000) String reason) {

    public static OverrideRequest toRequest(OverrideDto dto) {
        return dto == null ? null : new OverrideRequest(dto.reason);
    }
}
