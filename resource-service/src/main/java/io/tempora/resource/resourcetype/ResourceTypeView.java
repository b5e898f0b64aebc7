package io.tempora.resource.resourcetype;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResourceType")
public record ResourceTypeView(UUID id, UUID organizationId, String name, String description, boolean deleted,
                               long version, Instant createdAt, Instant updatedAt) {

    static ResourceTypeView of(ResourceType type) {
        return new ResourceTypeView(type.id, type.organizationId, type.name, type.description, type.deleted,
                type.version, type.createdAt, type.updatedAt);
    }
}
