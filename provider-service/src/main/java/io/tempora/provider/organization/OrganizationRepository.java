package io.tempora.provider.organization;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.tempora.kit.problem.ProblemException;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    public Uni<Organization> findExisting(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("organization", id));
    }

    public Uni<Boolean> slugTaken(String slug) {
        return count("slug", slug).map(count -> count > 0);
    }
}
