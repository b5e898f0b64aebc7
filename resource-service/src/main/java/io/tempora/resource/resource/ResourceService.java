package io.tempora.resource.resource;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.resource.ResourceSnapshot;
import io.tempora.kit.concurrency.Versions;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.problem.ProblemException;
import io.tempora.kit.problem.ProblemType;
import io.tempora.persistence.Pages;
import io.tempora.persistence.outbox.Outbox;
import io.tempora.resource.allocation.AllocationView;
import io.tempora.resource.resourcetype.ResourceType;
import io.tempora.resource.resourcetype.ResourceTypeRepository;

@ApplicationScoped
public class ResourceService {

    private final ResourceRepository resources;
    private final ResourceTypeRepository types;
    private final AllocationView allocations;
    private final Outbox outbox;
    private final Clock clock;

    public ResourceService(ResourceRepository resources, ResourceTypeRepository types, AllocationView allocations,
                           Outbox outbox, Clock clock) {
        this.resources = resources;
        this.types = types;
        this.allocations = allocations;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Creates a resource of a live type of the organization. The type stays locked until commit,
     * so concurrent creations of one type take their (automatic) names one after the other.
     */
    @WithTransaction
    public Uni<Resource> create(UUID organizationId, ResourceRequest request) {
        return lockType(organizationId, request.resourceTypeId())
                .flatMap(type -> nameFor(type, request.name()).map(name -> newResource(type, name, request)))
                .call(resource -> requireNameFree(resource.resourceTypeId, resource.name, resource.id))
                .call(resources::persistAndFlush)
                .call(this::publish);
    }

    @WithSession
    public Uni<Resource> get(UUID organizationId, UUID id) {
        return resources.findInOrganization(organizationId, id);
    }

    @WithSession
    public Uni<Page<Resource>> list(UUID organizationId, UUID resourceTypeId, PageRequest page) {
        return Pages.fetch(resources.live(organizationId, resourceTypeId), page);
    }

    /** Renames, re-describes, resizes or (de)activates a resource; its type cannot change. */
    @WithTransaction
    public Uni<Resource> replace(UUID organizationId, UUID id, ResourceRequest request) {
        return resources.findInOrganization(organizationId, id)
                .invoke(resource -> {
                    Versions.require("resource", id, resource.version, request.version());
                    if (resource.deleted) {
                        throw ProblemException.conflict("resource " + id + " is deleted");
                    }
                    if (!resource.resourceTypeId.equals(request.resourceTypeId())) {
                        throw ProblemException.invalidField("resourceTypeId",
                                "cannot change; delete the resource and create one of the other type");
                    }
                })
                // checked before the change: the query would otherwise flush it and hit the unique index
                .call(resource -> request.name() == null ? Uni.createFrom().voidItem()
                        : requireNameFree(resource.resourceTypeId, request.name().strip(), resource.id))
                .invoke(resource -> {
                    if (request.name() != null) {
                        resource.name = request.name().strip();
                    }
                    resource.description = request.description();
                    resource.capacity = request.capacity() == null ? resource.capacity : request.capacity();
                    resource.active = request.active() == null ? resource.active : request.active();
                    resource.updatedAt = Instant.now(clock);
                })
                .call(resources::flush)
                .call(this::publish);
    }

    /**
     * Soft-deletes a resource: hidden from lists, still readable by id. Refused while bookings
     * hold it now or later, naming them, so nobody loses a room they were promised.
     */
    @WithTransaction
    public Uni<Resource> delete(UUID organizationId, UUID id) {
        return resources.findInOrganization(organizationId, id)
                .invoke(this::requireNoFutureAllocations)
                .call(resource -> {
                    if (resource.deleted) {
                        return Uni.createFrom().voidItem();
                    }
                    resource.deleted = true;
                    resource.updatedAt = Instant.now(clock);
                    return resources.flush().call(() -> publish(resource));
                });
    }

    private void requireNoFutureAllocations(Resource resource) {
        List<UUID> bookings = allocations.bookingsHoldingFrom(resource.id, Instant.now(clock));
        if (!bookings.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "resource " + resource.id + " is allocated to "
                    + bookings.size() + " current or future bookings; move or cancel them first",
                    List.of(), Map.of("bookingIds", bookings), null);
        }
    }

    private Uni<ResourceType> lockType(UUID organizationId, UUID resourceTypeId) {
        return types.lockLive(organizationId, resourceTypeId).onItem().ifNull().failWith(() ->
                ProblemException.invalidField("resourceTypeId", "no resource type " + resourceTypeId
                        + " in this organization"));
    }

    private Uni<String> nameFor(ResourceType type, String requested) {
        if (requested != null) {
            return Uni.createFrom().item(requested.strip());
        }
        return resources.allNamesOfType(type.id).map(names -> AutoNaming.next(type.name, names));
    }

    private Resource newResource(ResourceType type, String name, ResourceRequest request) {
        Resource resource = new Resource();
        resource.id = UUID.randomUUID();
        resource.organizationId = type.organizationId;
        resource.resourceTypeId = type.id;
        resource.name = name;
        resource.description = request.description();
        resource.capacity = request.capacity() == null ? 1 : request.capacity();
        resource.active = request.active() == null || request.active();
        resource.createdAt = Instant.now(clock);
        resource.updatedAt = resource.createdAt;
        return resource;
    }

    private Uni<Void> requireNameFree(UUID resourceTypeId, String name, UUID resourceId) {
        return resources.nameTaken(resourceTypeId, name, resourceId).invoke(taken -> {
            if (taken) {
                throw ProblemException.conflictOnField("name", "already taken",
                        "the type already has a resource named " + name);
            }
        }).replaceWithVoid();
    }

    private Uni<Void> publish(Resource resource) {
        return outbox.publish(Topics.RESOURCE_RESOURCES, RecordKey.of(resource.organizationId, resource.id),
                ResourceSnapshot.TYPE, new ResourceSnapshot(resource.id, resource.organizationId,
                        resource.resourceTypeId, resource.name, resource.description, resource.capacity,
                        resource.active, resource.deleted, resource.version));
    }
}
