package org.xuncha.rectification.cases;

import jakarta.persistence.Embeddable;
import org.xuncha.contract.Official;

/**
 * A leader the case addresses: the organization's principal leader or its leader in charge.
 *
 * @param userId their account; a signature in their capacity must come from it
 */
@Embeddable
public record Leader(String userId, String name, String post) {

    static Leader of(Official official) {
        return official == null ? null : new Leader(official.userId(), official.name(), official.post());
    }
}
