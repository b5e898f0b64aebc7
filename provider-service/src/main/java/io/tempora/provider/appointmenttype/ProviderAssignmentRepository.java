package io.tempora.provider.appointmenttype;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.tempora.kit.problem.ProblemException;

@ApplicationScoped
public class ProviderAssignmentRepository implements PanacheRepositoryBase<ProviderAssignment, UUID> {

    /** Who offers the service, in assignment order: priority, then when they were assigned. */
    public Uni<List<ProviderAssignment>> ofService(UUID serviceId) {
        return list("serviceId", Sort.by("priority").and("createdAt").and("id"), serviceId);
    }

    public Uni<ProviderAssignment> findPair(UUID serviceId, UUID providerId) {
        return find("serviceId = ?1 and providerId = ?2", serviceId, providerId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("assignment of provider " + providerId
                        + " to service", serviceId));
    }

    public Uni<Long> countOfService(UUID serviceId) {
        return count("serviceId", serviceId);
    }

    public Uni<Boolean> exists(UUID serviceId, UUID providerId) {
        return count("serviceId = ?1 and providerId = ?2", serviceId, providerId).map(count -> count > 0);
    }
}
