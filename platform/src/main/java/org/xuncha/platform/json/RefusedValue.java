package org.xuncha.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value of the request body that is well-formed JSON of the right type but breaks one of the
 * rules every body keeps to (no control characters in text, dates within sane bounds). Jackson adds
 * the field's path as it unwinds, so the problem names {@code findings[2].description}.
 */
public class RefusedValue extends JsonMappingException {

    private final String reason;

    public RefusedValue(JsonParser parser, String reason) {
        super(parser, reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
