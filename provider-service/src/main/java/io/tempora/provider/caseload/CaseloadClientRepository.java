package io.tempora.provider.caseload;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The clients each provider looks after (table {@code caseload_client}): a row per provider and
 * client while the client has live bookings with the provider, with how many. Used in the
 * caller's session and transaction.
 */
@ApplicationScoped
public class CaseloadClientRepository {

    /** The client has one more live booking with the provider. */
    Uni<Void> addLiveBooking(UUID organizationId, UUID providerId, UUID clientId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("INSERT INTO caseload_client"
                                + " (provider_id, client_id, organization_id, live_bookings) VALUES (?1, ?2, ?3, 1)"
                                + " ON CONFLICT (provider_id, client_id)"
                                + " DO UPDATE SET live_bookings = caseload_client.live_bookings + 1")
                        .setParameter(1, providerId).setParameter(2, clientId).setParameter(3, organizationId)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The client has one live booking fewer with the provider; with none left, the provider no longer counts them. */
    Uni<Void> removeLiveBooking(UUID providerId, UUID clientId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("UPDATE caseload_client"
                                + " SET live_bookings = live_bookings - 1"
                                + " WHERE provider_id = ?1 AND client_id = ?2 AND live_bookings > 1")
                        .setParameter(1, providerId).setParameter(2, clientId)
                        .executeUpdate()
                        .chain(updated -> updated > 0 ? Uni.createFrom().item(updated)
                                : session.createNativeQuery("DELETE FROM caseload_client WHERE provider_id = ?1 AND client_id = ?2")
                                .setParameter(1, providerId).setParameter(2, clientId)
                                .executeUpdate()))
                .replaceWithVoid();
    }

    /** How many clients have live bookings with the provider. */
    Uni<Integer> clientsOf(UUID providerId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "SELECT count(*) FROM caseload_client WHERE provider_id = ?1", Long.class)
                        .setParameter(1, providerId)
                        .getSingleResult())
                .map(Long::intValue);
    }
}
