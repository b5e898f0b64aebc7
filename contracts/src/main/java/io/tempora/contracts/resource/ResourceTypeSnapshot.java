package io.tempora.contracts.resource;

import java.util.UUID;

/** A kind of shared resource (treatment room, ultrasound machine) on {@code resource.resource-types.v1}. */
public record ResourceTypeSnapshot(UUID id, UUID organizationId, String name, boolean deleted, long version) {

    public static final String TYPE = "resource_type_snapshot";
}
