package org.xuncha.rectification.report.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.report.NoticeChannel;

@Schema(name = "PublicNoticeRequest", description = "How the organization made its rectification public")
public record PublicNoticeRequest(
        @NotNull @Schema(example = "NOTICE_BOARD") NoticeChannel channel,
        @NotNull @Schema(example = "2026-05-25T09:00:00+08:00") OffsetDateTime noticeAt,
        @NotBlank @Size(max = 2000) @Schema(example = "镇政务公开栏及各村村务公开栏，公示15天") String scope) {
}
