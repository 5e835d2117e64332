package org.xuncha.rectification.signoff.rest;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.xuncha.rectification.signoff.Capacity;
import org.xuncha.rectification.signoff.Signature;

@Schema(name = "Signature", description = "A signature of the triple sign-off: who, when, in which capacity")
public record SignatureView(Capacity capacity, @Schema(example = "u-10023") String userId,
        @Schema(example = "王建国") String name, OffsetDateTime signedAt) {

    public static SignatureView of(Signature signature) {
        return new SignatureView(signature.capacity(), signature.userId(), signature.name(), signature.signedAt());
    }
}
