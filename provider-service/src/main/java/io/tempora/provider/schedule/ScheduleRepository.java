package io.tempora.provider.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.tempora.kit.problem.ProblemException;

@ApplicationScoped
public class ScheduleRepository implements PanacheRepositoryBase<Schedule, UUID> {

    public Uni<List<Schedule>> ofProvider(UUID providerId) {
        return list("providerId", Sort.by("effectiveFrom").and("id"), providerId);
    }

    public Uni<Long> countOfProvider(UUID providerId) {
        return count("providerId", providerId);
    }

    public Uni<Schedule> findOfProvider(UUID organizationId, UUID providerId, UUID id) {
        return find("id = :id and organizationId = :organization and providerId = :provider",
                Parameters.with("id", id).and("organization", organizationId).and("provider", providerId))
                .firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("schedule", id));
    }

    /** Another schedule of the provider in effect on some date of {@code [from, until]} (until null: open). */
    public Uni<Schedule> overlapping(UUID providerId, UUID except, LocalDate from, LocalDate until) {
        return find("providerId = :provider and id <> :except"
                        + " and (effectiveUntil is null or effectiveUntil >= :from)"
                        + (until == null ? "" : " and effectiveFrom <= :until"),
                until == null
                        ? Parameters.with("provider", providerId).and("except", except).and("from", from)
                        : Parameters.with("provider", providerId).and("except", except).and("from", from)
                        .and("until", until))
                .firstResult();
    }
}
