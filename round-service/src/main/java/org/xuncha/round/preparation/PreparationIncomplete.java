package org.xuncha.round.preparation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.xuncha.platform.problem.Conflict;

/** 409: an inspection cannot station yet; {@code missing} lists everything it still needs. */
public class PreparationIncomplete extends Conflict {

    public PreparationIncomplete(UUID inspectionId, List<Missing> missing) {
        super("preparation-incomplete", "Inspection " + inspectionId + " cannot station yet: "
                        + missing.stream().map(Missing::detail).collect(Collectors.joining("; ")),
                Map.of("missing", missing));
    }
}
