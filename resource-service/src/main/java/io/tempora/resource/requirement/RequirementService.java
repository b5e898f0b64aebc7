package io.tempora.resource.requirement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.resource.ResourceRequirementsSnapshot;
import io.tempora.kit.concurrency.Versions;
import io.tempora.kit.problem.Problem.FieldError;
import io.tempora.kit.problem.ProblemException;
import io.tempora.persistence.outbox.Outbox;
import io.tempora.resource.catalog.ServiceCatalog;
import io.tempora.resource.resourcetype.ResourceTypeRepository;

@ApplicationScoped
public class RequirementService {

    private final RequirementRepository requirements;
    private final ResourceTypeRepository types;
    private final ServiceCatalog catalog;
    private final Outbox outbox;
    private final Clock clock;

    public RequirementService(RequirementRepository requirements, ResourceTypeRepository types,
                              ServiceCatalog catalog, Outbox outbox, Clock clock) {
        this.requirements = requirements;
        this.types = types;
        this.catalog = catalog;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The service's requirements; an empty list (version 0) when none were ever set. */
    @WithSession
    public Uni<ServiceRequirements> get(UUID organizationId, UUID serviceId) {
        catalog.requireService(organizationId, serviceId);
        return requirements.findById(serviceId).map(found -> found != null ? found : empty(organizationId, serviceId));
    }

    /** Replaces the whole list, after checking every type is a live type of the organization. */
    @WithTransaction
    public Uni<ServiceRequirements> replace(UUID organizationId, UUID serviceId, RequirementsRequest request) {
        catalog.requireService(organizationId, serviceId);
        requireEachTypeOnce(request.requirements());
        return requireLiveTypes(organizationId, request.requirements())
                .flatMap(ignored -> requirements.findById(serviceId))
                .flatMap(current -> {
                    if (current != null && request.version() != null) {
                        Versions.require("requirements of service", serviceId, current.version, request.version());
                    }
                    ServiceRequirements service = current != null ? current : empty(organizationId, serviceId);
                    service.requirements.clear();
                    request.requirements().forEach(item -> service.requirements.add(
                            new ServiceRequirements.Requirement(item.resourceTypeId(), item.quantity())));
                    service.updatedAt = Instant.now(clock);
                    return current != null
                            ? requirements.flush().replaceWith(service)
                            : requirements.persistAndFlush(service);
                })
                .call(this::publish);
    }

    private static void requireEachTypeOnce(List<RequirementsRequest.Item> items) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i).resourceTypeId())) {
                throw ProblemException.invalidField("requirements[" + i + "].resourceTypeId",
                        "listed twice; give one quantity per type");
            }
        }
    }

    private Uni<Void> requireLiveTypes(UUID organizationId, List<RequirementsRequest.Item> items) {
        List<UUID> ids = items.stream().map(RequirementsRequest.Item::resourceTypeId).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return types.list("organizationId = ?1 and deleted = false and id in ?2", organizationId, ids)
                .invoke(found -> {
                    Set<UUID> live = new HashSet<>();
                    found.forEach(type -> live.add(type.id));
                    List<FieldError> errors = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        if (!live.contains(ids.get(i))) {
                            errors.add(new FieldError("requirements[" + i + "].resourceTypeId",
                                    "no resource type " + ids.get(i) + " in this organization"));
                        }
                    }
                    if (!errors.isEmpty()) {
                        throw ProblemException.invalidFields(errors);
                    }
                })
                .replaceWithVoid();
    }

    private static ServiceRequirements empty(UUID organizationId, UUID serviceId) {
        ServiceRequirements service = new ServiceRequirements();
        service.serviceId = serviceId;
        service.organizationId = organizationId;
        return service;
    }

    private Uni<Void> publish(ServiceRequirements service) {
        return outbox.publish(Topics.RESOURCE_REQUIREMENTS, RecordKey.of(service.organizationId, service.serviceId),
                ResourceRequirementsSnapshot.TYPE, new ResourceRequirementsSnapshot(service.serviceId,
                        service.organizationId,
                        service.requirements.stream().map(requirement -> new ResourceRequirementsSnapshot.Requirement(
                                requirement.resourceTypeId, requirement.quantity)).toList(),
                        service.version));
    }
}
