package io.tempora.resource.resourcetype;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.tempora.contracts.RecordKey;
import io.tempora.contracts.Topics;
import io.tempora.contracts.resource.ResourceTypeSnapshot;
import io.tempora.kit.concurrency.Versions;
import io.tempora.kit.paging.Page;
import io.tempora.kit.paging.PageRequest;
import io.tempora.kit.problem.ProblemException;
import io.tempora.persistence.Pages;
import io.tempora.persistence.outbox.Outbox;
import io.tempora.resource.requirement.RequirementRepository;
import io.tempora.resource.resource.ResourceRepository;

@ApplicationScoped
public class ResourceTypeService {

    private final ResourceTypeRepository types;
    private final ResourceRepository resources;
    private final RequirementRepository requirements;
    private final Outbox outbox;
    private final Clock clock;

    public ResourceTypeService(ResourceTypeRepository types, ResourceRepository resources,
                               RequirementRepository requirements, Outbox outbox, Clock clock) {
        this.types = types;
        this.resources = resources;
        this.requirements = requirements;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ResourceType> create(UUID organizationId, ResourceTypeRequest request) {
        ResourceType type = new ResourceType();
        type.id = UUID.randomUUID();
        type.organizationId = organizationId;
        type.name = request.name().strip();
        type.description = request.description();
        type.createdAt = Instant.now(clock);
        type.updatedAt = type.createdAt;
        return requireNameFree(organizationId, type.name, type.id)
                .flatMap(free -> types.persistAndFlush(type))
                .call(this::publish);
    }

    @WithSession
    public Uni<ResourceType> get(UUID organizationId, UUID id) {
        return types.findInOrganization(organizationId, id);
    }

    @WithSession
    public Uni<Page<ResourceType>> list(UUID organizationId, PageRequest page) {
        return Pages.fetch(types.live(organizationId), page);
    }

    @WithTransaction
    public Uni<ResourceType> replace(UUID organizationId, UUID id, ResourceTypeRequest request) {
        String name = request.name().strip();
        return types.findInOrganization(organizationId, id)
                .invoke(type -> {
                    Versions.require("resource type", id, type.version, request.version());
                    requireLive(type);
                })
                // checked before the change: the query would otherwise flush it and hit the unique index
                .call(type -> requireNameFree(organizationId, name, type.id))
                .invoke(type -> {
                    type.name = name;
                    type.description = request.description();
                    type.updatedAt = Instant.now(clock);
                })
                .call(types::flush)
                .call(this::publish);
    }

    /**
     * Soft-deletes the type. Refused while resources of the type exist or a service requires it:
     * those would silently lose their meaning.
     */
    @WithTransaction
    public Uni<ResourceType> delete(UUID organizationId, UUID id) {
        return types.findInOrganization(organizationId, id)
                .call(type -> resources.countLiveOfType(type.id).invoke(count -> {
                    if (count > 0) {
                        throw ProblemException.conflict("resource type " + id + " still has " + count
                                + " resources; delete them first");
                    }
                }))
                .call(type -> requirements.servicesRequiring(type.id).invoke(services -> {
                    if (!services.isEmpty()) {
                        throw ProblemException.conflict("resource type " + id + " is required by services "
                                + services + "; change their requirements first");
                    }
                }))
                .call(type -> {
                    if (type.deleted) {
                        return Uni.createFrom().voidItem();
                    }
                    type.deleted = true;
                    type.updatedAt = Instant.now(clock);
                    return types.flush().call(() -> publish(type));
                });
    }

    static void requireLive(ResourceType type) {
        if (type.deleted) {
            throw ProblemException.conflict("resource type " + type.id + " is deleted");
        }
    }

    private Uni<Void> requireNameFree(UUID organizationId, String name, UUID typeId) {
        return types.nameTaken(organizationId, name, typeId).invoke(taken -> {
            if (taken) {
                throw ProblemException.conflictOnField("name", "already taken",
                        "a resource type named " + name + " already exists in this organization");
            }
        }).replaceWithVoid();
    }

    private Uni<Void> publish(ResourceType type) {
        return outbox.publish(Topics.RESOURCE_TYPES, RecordKey.of(type.organizationId, type.id),
                ResourceTypeSnapshot.TYPE,
                new ResourceTypeSnapshot(type.id, type.organizationId, type.name, type.deleted, type.version));
    }
}
