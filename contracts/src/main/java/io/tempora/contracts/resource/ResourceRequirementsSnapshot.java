package io.tempora.contracts.resource;

import java.util.List;
import java.util.UUID;

/**
 * What one service (appointment type) needs, on {@code resource.requirements.v1}, keyed by the
 * service id: for each resource type, how many resources one booking holds. An empty list means
 * the service needs no resources.
 */
public record ResourceRequirementsSnapshot(UUID serviceId, UUID organizationId, List<Requirement> requirements,
                                           long version) {

    public static final String TYPE = "resource_requirements_snapshot";

    public record Requirement(UUID resourceTypeId, int quantity) {
    }
}
