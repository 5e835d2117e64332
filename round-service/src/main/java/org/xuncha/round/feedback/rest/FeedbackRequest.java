package org.xuncha.round.feedback.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.feedback.FeedbackPoint;

@Schema(name = "FeedbackRequest", description = "Feedback to issue; the findings are the inspection's confirmed ones")
public record FeedbackRequest(
        @Schema(description = "The inspection fed back") @NotNull UUID inspectionId,
        @Schema(description = "书记点人点事清单") @Size(max = 200) List<@NotNull @Valid PointDto> secretaryPoints,
        @Schema(description = "追责问责清单") @Size(max = 200) List<@NotNull @Valid PointDto> accountabilityPoints) {

    @Schema(name = "FeedbackPoint", description = "A point of the secretary's or the accountability list")
    public record PointDto(
            @Schema(example = "村党支部书记张某") @Size(max = 500) String persons,
            @Schema(example = "集体资金账外运行问题负有直接责任") @NotBlank @Size(max = 4000) String matter) {

        FeedbackPoint toPoint() {
            return new FeedbackPoint(persons, matter);
        }

        static PointDto of(FeedbackPoint point) {
            return new PointDto(point.persons(), point.matter());
        }
    }

    List<FeedbackPoint> secretaryPointsOrNone() {
        return secretaryPoints == null ? List.of() : secretaryPoints.stream().map(PointDto::toPoint).toList();
    }

    List<FeedbackPoint> accountabilityPointsOrNone() {
        return accountabilityPoints == null ? List.of() : accountabilityPoints.stream().map(PointDto::toPoint).toList();
    }
}
