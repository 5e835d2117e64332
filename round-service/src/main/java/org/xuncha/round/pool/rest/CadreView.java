package org.xuncha.round.pool.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.pool.Cadre;
import org.xuncha.round.pool.SourceSystem;

@Schema(name = "Cadre", description = "A cadre who may serve on inspection teams")
public record CadreView(
        UUID id, @Schema(example = "赵立新") String name,
        @Schema(description = "The office's own code (干部编码), the key of the cadre import; absent for a cadre registered "
                + "by POST /cadres", example = "QH-C-0007") String officeCode,
        String userId, String rank, SourceSystem sourceSystem,
        UUID homeOrganizationId, UUID homeLocalityId, List<String> skills, List<PostingDto> postings,
        List<RelativeDto> relatives, OffsetDateTime createdAt, long version) {

    static CadreView of(Cadre cadre) {
        return new CadreView(cadre.id(), cadre.name(), cadre.officeCode(), cadre.userId(), cadre.rank(), cadre.sourceSystem(),
                cadre.homeOrganizationId(), cadre.homeLocalityId(), cadre.skills(),
                cadre.postings().stream().map(PostingDto::of).toList(),
                cadre.relatives().stream().map(RelativeDto::of).toList(), cadre.createdAt(), cadre.version());
    }
}
