package org.xuncha.rectification.ledger.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.ledger.Ledger;

@Schema(name = "Reopening", description = "A closed item found back, to reopen, and why")
public record ReopeningRequest(
        @NotNull UUID itemId,
        @NotBlank @Size(max = 2000) @Schema(example = "回头看发现问题反弹，账外资金再次出现") String reason) {

    public static List<Ledger.Reopening> toReopenings(List<ReopeningRequest> requests) {
        return requests == null ? List.of()
                : requests.stream().map(request -> new Ledger.Reopening(request.itemId(), request.reason())).toList();
    }
}
