package io.tempora.web;

import java.util.List;
import java.util.UUID;

/**
 * What the browser app reads before anything else.
 *
 * @param api  base URL of each service's API, by service
 * @param demo the local stack's demo practice and its identities, or null outside a local stack
 */
public record ClientConfig(ApiBases api, DemoPractice demo) {

    public record ApiBases(String availability, String provider, String resource, String booking) {
    }

    /** A local stack's demo practice, with a token per role so that trying it needs no identity provider. */
    public record DemoPractice(UUID organizationId, List<DemoIdentity> identities) {
    }

    public record DemoIdentity(String label, String token) {
    }
}
