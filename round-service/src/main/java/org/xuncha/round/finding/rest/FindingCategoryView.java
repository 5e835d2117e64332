package org.xuncha.round.finding.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.round.finding.FindingCategory;

@Schema(name = "FindingCategory", description = "A category of the finding taxonomy")
public record FindingCategoryView(
        @Schema(example = "COUNTY-3") String code,
        @Schema(example = "COUNTY") String scheme,
        @Schema(example = "3") int position,
        String name) {

    static FindingCategoryView of(FindingCategory category) {
        return new FindingCategoryView(category.code(), category.scheme(), category.position(), category.name());
    }
}
