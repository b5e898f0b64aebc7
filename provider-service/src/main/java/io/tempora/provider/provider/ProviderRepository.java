package io.tempora.provider.provider;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.tempora.kit.problem.ProblemException;
import io.tempora.persistence.OrganizationScopedRepository;

@ApplicationScoped
public class ProviderRepository implements OrganizationScopedRepository<Provider> {

    @Override
    public String entityName() {
        return "provider";
    }

    /**
     * The provider, locked until the transaction ends: changes to one provider's schedules are
     * checked against each other one at a time.
     */
    public Uni<Provider> lockInOrganization(UUID organizationId, UUID id) {
        return find("id = :id and organizationId = :organization",
                Parameters.with("id", id).and("organization", organizationId))
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("provider", id));
    }

    public PanacheQuery<Provider> search(UUID organizationId, ProviderFilter filter) {
        StringBuilder query = new StringBuilder("from Provider provider where provider.organizationId = :organization");
        Parameters parameters = Parameters.with("organization", organizationId);
        if (filter.type() != null) {
            query.append(" and provider.type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.parentProviderId() != null) {
            query.append(" and provider.parentProviderId = :parent");
            parameters.and("parent", filter.parentProviderId());
        }
        if (filter.active() != null) {
            query.append(" and provider.active = :active");
            parameters.and("active", filter.active());
        }
        if (filter.specialty() != null && !filter.specialty().isBlank()) {
            query.append(" and exists (select 1 from Provider other join other.specialties specialty")
                    .append(" where other = provider and lower(specialty) like :specialty)");
            parameters.and("specialty", "%" + filter.specialty().strip().toLowerCase(Locale.ROOT) + "%");
        }
        query.append(" order by provider.name, provider.id");
        return find(query.toString(), parameters);
    }

    /** The organization-type providers of an organization: the nodes a hierarchy is made of. */
    public Uni<List<Provider>> organizationTypes(UUID organizationId) {
        return list("organizationId = ?1 and type = ?2", organizationId, Provider.Type.ORGANIZATION);
    }

    /** The organization of each of these providers that exists, by provider id. */
    public Uni<Map<UUID, UUID>> organizationsOf(Collection<UUID> providerIds) {
        // ids only: loading providers would load their specialties and hierarchy too
        return getSession().chain(session -> session.createSelectionQuery(
                        "select p.id, p.organizationId from Provider p where p.id in :ids", Object[].class)
                        .setParameter("ids", providerIds)
                        .getResultList())
                .map(rows -> {
                    Map<UUID, UUID> organizations = new HashMap<>();
                    rows.forEach(row -> organizations.put((UUID) row[0], (UUID) row[1]));
                    return organizations;
                });
    }

    /** Names of the organization's active providers with a booking that has not ended yet (rollout.UpcomingBookings). */
    public Uni<List<String>> activeWithFutureBookings(UUID organizationId) {
        return getSession().chain(session -> session.createNativeQuery(
                        "SELECT p.name FROM provider p WHERE p.organization_id = ?1 AND p.active AND EXISTS"
                                + " (SELECT 1 FROM upcoming_booking u WHERE u.provider_id = p.id AND u.ends_at > now())"
                                + " ORDER BY p.name", String.class)
                .setParameter(1, organizationId).getResultList());
    }
}
