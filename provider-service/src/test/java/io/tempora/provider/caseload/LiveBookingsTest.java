package io.tempora.provider.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.tempora.provider.caseload.LiveBookings.ClientOfProvider;

/**
 * A batch of changes leaves the counts as the same changes applied one statement at a time would:
 * a booking made adds a row or one to it; a booking cancelled takes one from a row with more than
 * one, and otherwise removes the row (a cancellation without a row changes nothing). Each
 * provider's number of clients changes by the rows it gained less those it lost.
 */
class LiveBookingsTest {

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final UUID LEE = UUID.randomUUID();
    private static final UUID KIM = UUID.randomUUID();
    private static final List<ClientOfProvider> CLIENTS = List.of(
            new ClientOfProvider(LEE, UUID.randomUUID()),
            new ClientOfProvider(LEE, UUID.randomUUID()),
            new ClientOfProvider(KIM, UUID.randomUUID()),
            new ClientOfProvider(KIM, UUID.randomUUID()),
            new ClientOfProvider(UUID.randomUUID(), UUID.randomUUID()));

    record Change(ClientOfProvider client, boolean made) {
    }

    @Property
    void aBatchLeavesTheRowsThatOneChangeAfterAnotherWould(@ForAll("stored") Map<ClientOfProvider, Integer> stored,
                                                           @ForAll("changes") List<Change> changes) {
        Map<ClientOfProvider, Integer> rows = new HashMap<>(stored);
        for (Change change : changes) {
            if (change.made()) {
                rows.merge(change.client(), 1, Integer::sum);
            } else if (rows.containsKey(change.client()) && rows.get(change.client()) > 1) {
                rows.put(change.client(), rows.get(change.client()) - 1);
            } else {
                rows.remove(change.client());
            }
        }

        LiveBookings batch = new LiveBookings(stored);
        changes.forEach(change -> batch.change(ORGANIZATION, change.client(), change.made() ? 1 : -1));
        Map<ClientOfProvider, Integer> written = new HashMap<>(stored);
        for (LiveBookings.Count count : batch.changed()) {
            assertEquals(ORGANIZATION, count.organizationId());
            if (count.liveBookings() == 0) {
                written.remove(count.client());
            } else {
                written.put(count.client(), count.liveBookings());
            }
        }
        assertEquals(rows, written);

        Map<UUID, Integer> clientsGained = new HashMap<>();
        rows.keySet().forEach(client -> clientsGained.merge(client.providerId(), 1, Integer::sum));
        stored.keySet().forEach(client -> clientsGained.merge(client.providerId(), -1, Integer::sum));
        clientsGained.values().removeIf(gained -> gained == 0);
        Map<UUID, Integer> told = new HashMap<>();
        for (LiveBookings.ClientsChange change : batch.clientsChanged()) {
            assertEquals(ORGANIZATION, change.organizationId());
            assertEquals(null, told.put(change.providerId(), change.clients()), "each provider once");
        }
        assertEquals(clientsGained, told, "the change in each provider's number of clients");
    }

    @Provide
    Arbitrary<Map<ClientOfProvider, Integer>> stored() {
        return Arbitraries.maps(Arbitraries.of(CLIENTS), Arbitraries.integers().between(1, 3));
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        return Combinators.combine(Arbitraries.of(CLIENTS), Arbitraries.of(true, false)).as(Change::new)
                .list().ofMaxSize(12);
    }
}
