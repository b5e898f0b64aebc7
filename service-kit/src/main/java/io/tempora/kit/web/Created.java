package io.tempora.kit.web;

import java.net.URI;

import org.jboss.resteasy.reactive.RestResponse;

/** The answer to a successful creation: 201 with the new resource's location and its representation. */
public final class Created {

    private Created() {
    }

    public static <T> RestResponse<T> at(String location, T body) {
        return RestResponse.ResponseBuilder.<T>created(URI.create(location)).entity(body).build();
    }
}
