package io.tempora.provider.staffing;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.tempora.kit.problem.ProblemException;

@ApplicationScoped
public class MembershipRequestRepository implements PanacheRepositoryBase<MembershipRequest, UUID> {

    public Uni<MembershipRequest> findInOrganization(UUID organizationId, MembershipRequest.Kind kind, UUID id) {
        return find("id = :id and organizationId = :organization and kind = :kind",
                Parameters.with("id", id).and("organization", organizationId).and("kind", kind))
                .firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        kind == MembershipRequest.Kind.INVITATION ? "invitation" : "join request", id));
    }

    public PanacheQuery<MembershipRequest> search(UUID organizationId, MembershipRequest.Kind kind) {
        return find("organizationId = ?1 and kind = ?2", Sort.descending("createdAt").and("id"), organizationId, kind);
    }

    public Uni<MembershipRequest> pendingBetween(UUID organizationProviderId, UUID individualProviderId) {
        return find("organizationProviderId = ?1 and individualProviderId = ?2 and status = ?3",
                organizationProviderId, individualProviderId, MembershipRequest.Status.PENDING).firstResult();
    }
}
