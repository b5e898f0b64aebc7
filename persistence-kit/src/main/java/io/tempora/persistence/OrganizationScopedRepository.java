package io.tempora.persistence;

import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.tempora.kit.problem.ProblemException;

/**
 * Tenancy, the one way: a repository of entities that belong to an organization (a mapped
 * {@code organizationId}) finds them only within it, so an id of another organization reads as
 * unknown.
 */
public interface OrganizationScopedRepository<E> extends PanacheRepositoryBase<E, UUID> {

    /** What the entity is called in problems, e.g. {@code provider}. */
    String entityName();

    /** The entity with this id in this organization; a 404 otherwise. */
    default Uni<E> findInOrganization(UUID organizationId, UUID id) {
        return find("id = ?1 and organizationId = ?2", id, organizationId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound(entityName(), id));
    }

    /** An entity a request body refers to in {@code field}; a 400 naming the field when this organization has none. */
    default Uni<E> findReferenced(UUID organizationId, UUID id, String field) {
        return find("id = ?1 and organizationId = ?2", id, organizationId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.invalidField(field,
                        "no " + entityName() + " " + id + " in this organization"));
    }
}
