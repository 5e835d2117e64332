package org.xuncha.round.pool.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.pool.CadreProfile;
import org.xuncha.round.pool.SourceSystem;

@Schema(name = "CadreRevision", description = "A cadre's whole profile, replacing the recorded one; absent optional "
        + "fields are cleared. Postings and relatives are changed through their own operations.")
public record CadreRevision(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String userId,
        @Size(max = 50) String rank,
        @NotNull SourceSystem sourceSystem,
        UUID homeOrganizationId,
        UUID homeLocalityId,
        @Size(max = 20) List<@NotBlank @Size(max = 20) String> skills) {

    CadreProfile toProfile() {
        return new CadreProfile(name, userId, rank, sourceSystem, homeOrganizationId, homeLocalityId,
                skills == null ? List.of() : skills);
    }
}
