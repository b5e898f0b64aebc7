package io.tempora.provider.override;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.tempora.persistence.OrganizationScopedRepository;

@ApplicationScoped
public class DateOverrideRepository implements OrganizationScopedRepository<DateOverride> {

    @Override
    public String entityName() {
        return "date override";
    }

    /** Overrides of the organization and of its providers, or of one provider, within dates. */
    public PanacheQuery<DateOverride> search(UUID organizationId, DateOverrideFilter filter) {
        StringBuilder query = new StringBuilder("organizationId = :organization");
        Parameters parameters = Parameters.with("organization", organizationId);
        if (filter.organizationOnly()) {
            query.append(" and providerId is null");
        } else if (filter.providerId() != null) {
            query.append(" and providerId = :provider");
            parameters.and("provider", filter.providerId());
        }
        if (filter.from() != null) {
            query.append(" and date >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and date <= :to");
            parameters.and("to", filter.to());
        }
        return find(query.toString(), Sort.by("date").and("id"), parameters);
    }

    public Uni<Boolean> dateTaken(UUID organizationId, UUID providerId, LocalDate date, UUID except) {
        return (providerId == null
                ? count("organizationId = ?1 and providerId is null and date = ?2 and id <> ?3", organizationId, date, except)
                : count("providerId = ?1 and date = ?2 and id <> ?3", providerId, date, except))
                .map(count -> count > 0);
    }
}
