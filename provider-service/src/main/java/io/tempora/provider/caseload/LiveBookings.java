package io.tempora.provider.caseload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How many live bookings clients have with providers: as stored, then as a batch of booking events
 * changes them one after another. A count never goes below none: the cancellation of a booking
 * made before caseloads were followed changes nothing, as it would have alone.
 */
final class LiveBookings {

    /** A client of one provider: a row of {@code caseload_client}. */
    record ClientOfProvider(UUID providerId, UUID clientId) {
    }

    /** What a client's count became: 0 when the provider no longer has them. */
    record Count(UUID organizationId, ClientOfProvider client, int liveBookings) {
    }

    /** How many clients a provider gained (more than 0) or lost (less than 0). */
    record ClientsChange(UUID organizationId, UUID providerId, int clients) {
    }

    private final Map<ClientOfProvider, Integer> stored;
    private final Map<ClientOfProvider, Integer> counts;
    private final Map<ClientOfProvider, UUID> organizations = new HashMap<>();

    /** @param stored the counts before the batch; a client missing has none */
    LiveBookings(Map<ClientOfProvider, Integer> stored) {
        this.stored = Map.copyOf(stored);
        this.counts = new LinkedHashMap<>(stored);
    }

    /** One more (+1) or one fewer (-1) live booking of the client with the provider. */
    void change(UUID organizationId, ClientOfProvider client, int liveBookings) {
        organizations.putIfAbsent(client, organizationId);
        counts.put(client, Math.max(0, counts.getOrDefault(client, 0) + liveBookings));
    }

    /**
     * The providers whose number of clients the batch changed, and by how much: a client counts
     * while they have a live booking with the provider, so only counts that went from none to
     * some, or back, change it.
     */
    List<ClientsChange> clientsChanged() {
        Map<UUID, ClientsChange> byProvider = new LinkedHashMap<>();
        counts.forEach((client, count) -> {
            int change = Boolean.compare(count > 0, stored.getOrDefault(client, 0) > 0);
            if (change != 0) {
                byProvider.merge(client.providerId(), new ClientsChange(organizations.get(client), client.providerId(), change),
                        (before, more) -> new ClientsChange(before.organizationId(), before.providerId(),
                                before.clients() + more.clients()));
            }
        });
        return byProvider.values().stream().filter(change -> change.clients() != 0).toList();
    }

    /** The counts the batch changed, to be stored. */
    List<Count> changed() {
        List<Count> changed = new ArrayList<>();
        counts.forEach((client, count) -> {
            if (count != stored.getOrDefault(client, 0).intValue()) {
                changed.add(new Count(organizations.get(client), client, count));
            }
        });
        return changed;
    }
}
