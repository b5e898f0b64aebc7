package io.tempora.booking.booking;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.rules.AssignmentStrategy;

/**
 * The order in which "any provider" tries the providers who can take a booking, by the service's
 * {@link AssignmentStrategy}: the offering's priority (lower first), the fewest live bookings that
 * day, or the one who was given a booking of the service longest ago (or never). Ties keep the
 * priority order.
 */
public final class Assignment {

    private Assignment() {
    }

    /** What the strategies weigh, per provider; a provider absent from a map has none. */
    public record Load(Map<UUID, Long> bookingsThatDay, Map<UUID, Instant> lastAssigned) {

        public static final Load NONE = new Load(Map.of(), Map.of());
    }

    public static List<UUID> order(ServiceSnapshot service, List<UUID> providers, Load load) {
        Comparator<UUID> byPriority = Comparator.comparingInt(provider -> priority(service, provider));
        Comparator<UUID> order = switch (strategy(service)) {
            case LEAST_BOOKED -> Comparator.<UUID>comparingLong(provider -> load.bookingsThatDay().getOrDefault(provider, 0L))
                    .thenComparing(byPriority);
            case ROUND_ROBIN -> Comparator.<UUID, Instant>comparing(provider -> load.lastAssigned().getOrDefault(provider, Instant.MIN))
                    .thenComparing(byPriority);
            case FIRST_AVAILABLE_BY_PRIORITY -> byPriority;
        };
        return providers.stream().sorted(order).toList();
    }

    public static boolean needsLoad(ServiceSnapshot service) {
        return strategy(service).weighsLoad();
    }

    private static AssignmentStrategy strategy(ServiceSnapshot service) {
        return service.assignmentStrategy() == null ? AssignmentStrategy.FIRST_AVAILABLE_BY_PRIORITY
                : service.assignmentStrategy();
    }

    private static int priority(ServiceSnapshot service, UUID provider) {
        return service.offering(provider).map(ServiceSnapshot.Offering::priority).orElse(Integer.MAX_VALUE);
    }
}
