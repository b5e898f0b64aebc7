package io.tempora.provider.timeoff;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.tempora.kit.problem.ProblemException;

@ApplicationScoped
public class TimeOffRepository implements PanacheRepositoryBase<TimeOff, UUID> {

    public Uni<TimeOff> findOfProvider(UUID organizationId, UUID providerId, UUID id) {
        return find("id = :id and organizationId = :organization and providerId = :provider",
                Parameters.with("id", id).and("organization", organizationId).and("provider", providerId))
                .firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("time off", id));
    }

    /** The provider's time off, or the whole organization's when {@code providerId} is null, newest first. */
    public PanacheQuery<TimeOff> search(UUID organizationId, UUID providerId, TimeOff.Status status) {
        StringBuilder query = new StringBuilder("organizationId = :organization");
        Parameters parameters = Parameters.with("organization", organizationId);
        if (providerId != null) {
            query.append(" and providerId = :provider");
            parameters.and("provider", providerId);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(query.toString(), Sort.descending("start").and("id"), parameters);
    }
}
