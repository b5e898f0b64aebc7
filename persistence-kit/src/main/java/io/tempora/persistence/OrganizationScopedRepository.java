package io.tempora.persistence;

import java.util.UUID;

import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
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
        return orNotFound(inOrganization(organizationId, id).firstResult(), id);
    }

    /**
     * As {@link #findInOrganization}, with its row locked until the transaction ends: writers of
     * one entity take turns, and each decides on what the one before it committed.
     */
    default Uni<E> lockedInOrganization(UUID organizationId, UUID id) {
        return orNotFound(inOrganization(organizationId, id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult(), id);
    }

    /** An entity a request body refers to in {@code field}; a 400 naming the field when this organization has none. */
    default Uni<E> findReferenced(UUID organizationId, UUID id, String field) {
        return inOrganization(organizationId, id).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.invalidField(field,
                        "no " + entityName() + " " + id + " in this organization"));
    }

    private PanacheQuery<E> inOrganization(UUID organizationId, UUID id) {
        return find("id = ?1 and organizationId = ?2", id, organizationId);
    }

    private Uni<E> orNotFound(Uni<E> found, UUID id) {
        return found.onItem().ifNull().failWith(() -> ProblemException.notFound(entityName(), id));
    }
}
