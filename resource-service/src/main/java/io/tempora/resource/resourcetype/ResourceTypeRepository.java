package io.tempora.resource.resourcetype;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.tempora.persistence.OrganizationScopedRepository;

@ApplicationScoped
public class ResourceTypeRepository implements OrganizationScopedRepository<ResourceType> {

    @Override
    public String entityName() {
        return "resource type";
    }

    /** The type with this id in this organization, deleted or not; 404 otherwise. */

    /**
     * The live type, locked until the transaction ends: creating resources of one type one at a
     * time is what keeps automatic names unique under concurrent requests.
     */
    public Uni<ResourceType> lockLive(UUID organizationId, UUID id) {
        return find("id = :id and organizationId = :organization and deleted = false",
                Parameters.with("id", id).and("organization", organizationId))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    public PanacheQuery<ResourceType> live(UUID organizationId) {
        return find("organizationId = ?1 and deleted = false", Sort.by("name").and("id"), organizationId);
    }

    public Uni<Boolean> nameTaken(UUID organizationId, String name, UUID except) {
        return count("organizationId = ?1 and lower(name) = lower(?2) and deleted = false and id <> ?3",
                organizationId, name, except)
                .map(count -> count > 0);
    }
}
