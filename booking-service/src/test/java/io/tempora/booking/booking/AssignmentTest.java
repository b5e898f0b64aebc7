package io.tempora.booking.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;
import io.tempora.contracts.rules.ProviderSelection;

class AssignmentTest {

    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final UUID third = UUID.randomUUID();

    @Test
    void priorityPutsTheLowestPriorityNumberFirst() {
        assertEquals(List.of(first, second, third), Assignment.order(service(AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY),
                List.of(third, first, second), new Assignment.Load(Map.of(), Map.of())));
    }

    @Test
    void leastBookedPutsTheProviderWithFewestBookingsThatDayFirstAndBreaksTiesByPriority() {
        assertEquals(List.of(third, first, second), Assignment.order(service(AssignmentStrategy.LEAST_BOOKED),
                List.of(first, second, third), new Assignment.Load(Map.of(first, 2L, second, 2L), Map.of())));
    }

    @Test
    void roundRobinPutsWhoeverWasGivenABookingLongestAgoFirst() {
        Instant now = Instant.parse("2027-01-04T10:00:00Z");
        assertEquals(List.of(third, second, first), Assignment.order(service(AssignmentStrategy.ROUND_ROBIN),
                List.of(first, second, third),
                new Assignment.Load(Map.of(), Map.of(first, now, second, now.minusSeconds(60)))));
    }

    private ServiceSnapshot service(AssignmentStrategy strategy) {
        return new ServiceSnapshot(UUID.randomUUID(), UUID.randomUUID(), "Check-up", 30, 0, 0, 30, 1, 0, 30,
                ProviderSelection.AUTO_ASSIGN, strategy, null, true, List.of(
                new ServiceSnapshot.Offering(first, 1, null, null),
                new ServiceSnapshot.Offering(second, 2, null, null),
                new ServiceSnapshot.Offering(third, 3, null, null)), 0);
    }
}
