package io.tempora.resource.resource;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.tempora.persistence.OrganizationScopedRepository;

@ApplicationScoped
public class ResourceRepository implements OrganizationScopedRepository<Resource> {

    @Override
    public String entityName() {
        return "resource";
    }

    /** Resources not deleted, optionally of one type, by name. */
    public PanacheQuery<Resource> live(UUID organizationId, UUID resourceTypeId) {
        Sort byName = Sort.by("name").and("id");
        if (resourceTypeId == null) {
            return find("organizationId = ?1 and deleted = false", byName, organizationId);
        }
        return find("organizationId = ?1 and resourceTypeId = ?2 and deleted = false", byName, organizationId,
                resourceTypeId);
    }

    /** Every name the type has ever given, deleted resources included: numbers are never reused. */
    public Uni<List<String>> allNamesOfType(UUID resourceTypeId) {
        return find("resourceTypeId", resourceTypeId).project(NameOnly.class).list()
                .map(names -> names.stream().map(NameOnly::name).toList());
    }

    public Uni<Boolean> nameTaken(UUID resourceTypeId, String name, UUID except) {
        return count("resourceTypeId = ?1 and lower(name) = lower(?2) and deleted = false and id <> ?3",
                resourceTypeId, name, except)
                .map(count -> count > 0);
    }

    public Uni<Long> countLiveOfType(UUID resourceTypeId) {
        return count("resourceTypeId = ?1 and deleted = false", resourceTypeId);
    }

    @io.quarkus.runtime.annotations.RegisterForReflection
    public record NameOnly(String name) {
    }
}
