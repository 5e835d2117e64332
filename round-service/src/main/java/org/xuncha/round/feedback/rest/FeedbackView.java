package org.xuncha.round.feedback.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.feedback.Feedback;
import org.xuncha.round.feedback.rest.FeedbackRequest.PointDto;
import org.xuncha.round.finding.Finding;

@Schema(name = "Feedback", description = "Feedback issued to an inspected organization")
public record FeedbackView(
        UUID id, UUID inspectionId, OffsetDateTime issuedAt, String issuedBy,
        @Schema(description = "The findings fed back (清单式反馈)") List<FedBackFinding> findings,
        List<PointDto> secretaryPoints, List<PointDto> accountabilityPoints) {

    @Schema(name = "FedBackFinding", description = "A finding as the feedback lists it")
    public record FedBackFinding(UUID id, @Schema(example = "COUNTY-3") String categoryCode, String description) {
    }

    static FeedbackView of(Feedback feedback, List<Finding> findings) {
        return new FeedbackView(feedback.id(), feedback.inspectionId(), feedback.issuedAt(), feedback.issuedBy(),
                findings.stream().map(f -> new FedBackFinding(f.id(), f.categoryCode(), f.description())).toList(),
                feedback.secretaryPoints().stream().map(PointDto::of).toList(),
                feedback.accountabilityPoints().stream().map(PointDto::of).toList());
    }
}
