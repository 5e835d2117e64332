package org.xuncha.round.pool.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.pool.Relative;

@Schema(name = "Relative", description = "A declared relative and where they hold a post")
public record RelativeDto(
        @Schema(readOnly = true) UUID id,
        @Schema(example = "赵某") @NotBlank @Size(max = 100) String name,
        @Schema(example = "配偶") @NotBlank @Size(max = 20) String relation,
        @Schema(description = "Where they hold a post") @NotNull UUID organizationId,
        @Schema(example = "会计") @Size(max = 100) String post) {

    Relative toRelative() {
        return new Relative(name, relation, organizationId, post);
    }

    static RelativeDto of(Relative relative) {
        return new RelativeDto(relative.id(), relative.name(), relative.relation(), relative.organizationId(),
                relative.post());
    }
}
