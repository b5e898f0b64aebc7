package io.tempora.contracts.provider;

import java.time.Instant;
import java.util.UUID;

/** What happened to an organization, on {@code provider.organization-events.v1}, keyed by organization. */
public final class OrganizationEvents {

    /** The organization now offers a choice of providers (or, turned off, behaves as a single-provider business again). */
    public static final String MULTI_PROVIDER_ENABLED = "multi_provider_enabled";
    public static final String MULTI_PROVIDER_DISABLED = "multi_provider_disabled";

    private OrganizationEvents() {
    }

    public record MultiProviderChanged(UUID organizationId, boolean multiProviderEnabled, Instant changedAt) {
    }
}
