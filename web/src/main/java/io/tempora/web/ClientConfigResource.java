package io.tempora.web;

import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.tempora.web.ClientConfig.ApiBases;

/** The browser app's run-time configuration: where the services are, and a local stack's demo identities. */
@Path("/config")
public class ClientConfigResource {

    private final WebConfig config;

    ClientConfigResource(WebConfig config) {
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ClientConfig get() {
        WebConfig.Api api = config.api();
        return new ClientConfig(new ApiBases(sameOriginUnlessSet(api.availability()), sameOriginUnlessSet(api.provider()),
                sameOriginUnlessSet(api.resource()), sameOriginUnlessSet(api.booking())),
                config.demoTokens().map(DemoTokens::read).orElse(null));
    }

    /** An empty base URL makes the browser call this page's own origin. */
    private static String sameOriginUnlessSet(Optional<String> baseUrl) {
        return baseUrl.orElse("");
    }
}
