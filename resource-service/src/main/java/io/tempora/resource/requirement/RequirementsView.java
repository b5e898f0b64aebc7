package io.tempora.resource.requirement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResourceRequirements")
public record RequirementsView(UUID serviceId, UUID organizationId, List<RequirementsRequest.Item> requirements,
                               long version, Instant updatedAt) {

    static RequirementsView of(ServiceRequirements service) {
        return new RequirementsView(service.serviceId, service.organizationId,
                service.requirements.stream()
                        .map(requirement -> new RequirementsRequest.Item(requirement.resourceTypeId, requirement.quantity))
                        .toList(),
                service.version, service.updatedAt);
    }
}
