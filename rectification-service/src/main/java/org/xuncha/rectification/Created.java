package org.xuncha.rectification;

import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** {@code 201 Created} with the new thing's {@code Location} and its representation. */
public final class Created {

    private Created() {
    }

    public static <T> RestResponse<T> at(String location, T entity) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(entity).build();
    }
}
