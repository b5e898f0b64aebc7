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
