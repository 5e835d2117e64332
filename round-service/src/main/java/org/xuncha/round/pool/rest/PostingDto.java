package org.xuncha.round.pool.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.pool.Posting;

@Schema(name = "Posting", description = "A post a cadre holds or held")
public record PostingDto(
        @Schema(readOnly = true) UUID id,
        @NotNull UUID organizationId,
        @Schema(example = "副镇长") @Size(max = 100) String post,
        @Schema(example = "2015-03-01") LocalDate fromDate,
        @Schema(description = "Absent while they still hold it", example = "2019-12-31") LocalDate toDate) {

    Posting toPosting() {
        return new Posting(organizationId, post, fromDate, toDate);
    }

    static PostingDto of(Posting posting) {
        return new PostingDto(posting.id(), posting.organizationId(), posting.post(), posting.fromDate(),
                posting.toDate());
    }
}
