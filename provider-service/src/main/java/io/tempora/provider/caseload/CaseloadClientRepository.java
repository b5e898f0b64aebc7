package io.tempora.provider.caseload;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The clients each provider looks after (table {@code caseload_client}): a row per provider and
 * client while the client has live bookings with the provider, with how many. Used in the
 * caller's session and transaction, a batch of clients per statement.
 */
@ApplicationScoped
public class CaseloadClientRepository {

    /**
     * The live bookings these clients have with these providers, their rows locked until the
     * transaction ends; a client without a row is left out.
     */
    Uni<Map<LiveBookings.ClientOfProvider, Integer>> lockedLiveBookings(Collection<LiveBookings.ClientOfProvider> clients) {
        if (clients.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("SELECT c.provider_id, c.client_id,"
                                + " c.live_bookings FROM caseload_client c JOIN unnest(CAST(?1 AS uuid[]), CAST(?2 AS uuid[]))"
                                + " AS asked (provider_id, client_id) USING (provider_id, client_id) FOR UPDATE OF c",
                        Object[].class)
                        .setParameter(1, providerIds(clients)).setParameter(2, clientIds(clients))
                        .getResultList())
                .map(rows -> {
                    Map<LiveBookings.ClientOfProvider, Integer> counts = new HashMap<>();
                    rows.forEach(row -> counts.put(new LiveBookings.ClientOfProvider((UUID) row[0], (UUID) row[1]),
                            ((Number) row[2]).intValue()));
                    return counts;
                });
    }

    /** Stores the counts: a client with none left is no longer the provider's. */
    Uni<Void> store(List<LiveBookings.Count> counts) {
        List<LiveBookings.Count> kept = counts.stream().filter(count -> count.liveBookings() > 0).toList();
        List<LiveBookings.ClientOfProvider> keptClients = kept.stream().map(LiveBookings.Count::client).toList();
        List<LiveBookings.ClientOfProvider> gone = counts.stream().filter(count -> count.liveBookings() == 0)
                .map(LiveBookings.Count::client).toList();
        return Panache.getSession().chain(session -> (kept.isEmpty() ? Uni.createFrom().voidItem()
                        : session.createNativeQuery("INSERT INTO caseload_client"
                                        + " (provider_id, client_id, organization_id, live_bookings)"
                                        + " SELECT * FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS uuid[]), CAST(?3 AS uuid[]),"
                                        + " CAST(?4 AS int[]))"
                                        + " ON CONFLICT (provider_id, client_id) DO UPDATE SET live_bookings = excluded.live_bookings")
                                .setParameter(1, providerIds(keptClients)).setParameter(2, clientIds(keptClients))
                                .setParameter(3, kept.stream().map(LiveBookings.Count::organizationId).toArray(UUID[]::new))
                                .setParameter(4, kept.stream().map(LiveBookings.Count::liveBookings).toArray(Integer[]::new))
                                .executeUpdate().replaceWithVoid())
                .chain(() -> gone.isEmpty() ? Uni.createFrom().voidItem()
                        : session.createNativeQuery("DELETE FROM caseload_client c"
                                        + " USING unnest(CAST(?1 AS uuid[]), CAST(?2 AS uuid[])) AS gone (provider_id, client_id)"
                                        + " WHERE c.provider_id = gone.provider_id AND c.client_id = gone.client_id")
                                .setParameter(1, providerIds(gone)).setParameter(2, clientIds(gone))
                                .executeUpdate().replaceWithVoid()));
    }

    /** The providers' column of a batch of rows, bound as one array parameter. */
    private static UUID[] providerIds(Collection<LiveBookings.ClientOfProvider> clients) {
        return clients.stream().map(LiveBookings.ClientOfProvider::providerId).toArray(UUID[]::new);
    }

    /** The clients' column of a batch of rows, bound as one array parameter. */
    private static UUID[] clientIds(Collection<LiveBookings.ClientOfProvider> clients) {
        return clients.stream().map(LiveBookings.ClientOfProvider::clientId).toArray(UUID[]::new);
    }
}
