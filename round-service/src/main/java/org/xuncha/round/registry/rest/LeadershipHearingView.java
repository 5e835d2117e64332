package org.xuncha.round.registry.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.registry.LeadershipHearing;

@Schema(name = "LeadershipHearing", description = "A hearing of the inspection team a leadership change relied on")
public record LeadershipHearingView(UUID inspectionId, LocalDate heardOn, String note, OffsetDateTime recordedAt,
        String recordedBy) {

    static LeadershipHearingView of(LeadershipHearing hearing) {
        return new LeadershipHearingView(hearing.inspectionId(), hearing.heardOn(), hearing.note(), hearing.recordedAt(),
                hearing.recordedBy());
    }
}
