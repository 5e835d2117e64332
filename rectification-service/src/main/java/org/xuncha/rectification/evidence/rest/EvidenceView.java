package org.xuncha.rectification.evidence.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.evidence.EvidenceFile;

@Schema(name = "EvidenceFile", description = "A file backing an item's rectification (佐证材料)")
public record EvidenceView(UUID id, UUID itemId, @Schema(example = "资金入账凭证.pdf") String fileName,
        @Schema(example = "application/pdf") String contentType, @Schema(example = "482113") long size,
        @Schema(description = "Lower-case hex SHA-256 of the content", example =
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        String uploadedBy, OffsetDateTime uploadedAt) {

    public static EvidenceView of(EvidenceFile file) {
        return new EvidenceView(file.id(), file.itemId(), file.fileName(), file.contentType(), file.size(), file.sha256(),
                file.uploadedBy(), file.uploadedAt());
    }
}
