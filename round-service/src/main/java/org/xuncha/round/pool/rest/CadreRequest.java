package org.xuncha.round.pool.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.pool.CadreProfile;
import org.xuncha.round.pool.SourceSystem;

@Schema(name = "CadreRequest", description = "A cadre to register, with postings and declared relatives")
public record CadreRequest(
        @Schema(example = "赵立新") @NotBlank @Size(max = 100) String name,
        @Schema(description = "Their account (the subject of their token)", example = "u-30077") @Size(max = 100) String userId,
        @Schema(example = "正科级") @Size(max = 50) String rank,
        @Schema(example = "DISCIPLINE") @NotNull SourceSystem sourceSystem,
        @Schema(description = "Where they work now") UUID homeOrganizationId,
        @Schema(description = "The township or village they come from (地域回避)") UUID homeLocalityId,
        @Schema(example = "[\"纪检\", \"财务\"]") @Size(max = 20) List<@NotBlank @Size(max = 20) String> skills,
        @Schema(description = "Posts held before (任职经历)") @Size(max = 50) List<@NotNull @Valid PostingDto> postings,
        @Schema(description = "Declared relatives holding posts (亲属任职)") @Size(max = 50) List<@NotNull @Valid RelativeDto> relatives) {

    CadreProfile toProfile() {
        return new CadreProfile(name, userId, rank, sourceSystem, homeOrganizationId, homeLocalityId,
                skills == null ? List.of() : skills);
    }
}
