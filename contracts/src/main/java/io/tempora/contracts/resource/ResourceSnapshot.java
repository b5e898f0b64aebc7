package io.tempora.contracts.resource;

import java.util.UUID;

/**
 * One resource on {@code resource.resources.v1}. It can be allocated when active and not deleted,
 * up to {@code capacity} overlapping allocations at once.
 */
public record ResourceSnapshot(
        UUID id,
        UUID organizationId,
        UUID resourceTypeId,
        String name,
        String description,
        int capacity,
        boolean active,
        boolean deleted,
        long version) {

    public static final String TYPE = "resource_snapshot";
}
