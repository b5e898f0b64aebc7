package io.tempora.resource.resource;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Resource")
public record ResourceView(UUID id, UUID organizationId, UUID resourceTypeId, String name, String description,
                           int capacity, boolean active, boolean deleted, long version, Instant createdAt,
                           Instant updatedAt) {

    static ResourceView of(Resource resource) {
        return new ResourceView(resource.id, resource.organizationId, resource.resourceTypeId, resource.name,
                resource.description, resource.capacity, resource.active, resource.deleted, resource.version,
                resource.createdAt, resource.updatedAt);
    }
}
