package org.xuncha.platform.id;

import com.github.f4b6a3.uuid.UuidCreator;
import java.util.UUID;

/**
 * New identifiers: UUID version 7, so ids created close together sort together and index well,
 * and an aggregate knows its id before it is stored.
 */
public final class Ids {

    private Ids() {
    }

    public static UUID next() {
        return UuidCreator.getTimeOrderedEpoch();
    }
}
