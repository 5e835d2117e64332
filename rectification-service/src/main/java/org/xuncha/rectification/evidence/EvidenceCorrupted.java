package org.xuncha.rectification.evidence;

import java.util.Map;
import java.util.UUID;
import org.xuncha.platform.problem.Conflict;

/**
 * The stored file no longer has the SHA-256 it was uploaded with: it is not handed out. A 409 with
 * its own problem type, so a client can tell the office to obtain the file again.
 */
public class EvidenceCorrupted extends Conflict {

    public EvidenceCorrupted(UUID evidenceId, String expected, String actual) {
        super("evidence-corrupted", "Evidence file " + evidenceId + " no longer matches its SHA-256; it is withheld "
                + "and must be uploaded again", Map.of("expectedSha256", expected, "actualSha256", actual));
    }
}
