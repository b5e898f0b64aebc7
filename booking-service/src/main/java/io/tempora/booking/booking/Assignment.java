package io.tempora.booking.booking;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tempora.contracts.provider.ServiceSnapshot;

/**
 * The order in which "any provider" tries the providers who can take a booking, by the service's
 * assignment strategy: {@code FIRST_AVAILABLE_BY_PRIORITY} (the offering's priority, lower
 * first), {@code LEAST_BOOKED} (fewest live bookings that day) or {@code ROUND_ROBIN} (the one
 * who was given a booking of the service longest ago, or never). Ties keep the priority order.
 */
public final class Assignment {

    public static final String FIRST_AVAILABLE_BY_PRIORITY = "FIRST_AVAILABLE_BY_PRIORITY";
    public static final String LEAST_BOOKED = "LEAST_BOOKED";
    public static final String ROUND_ROBIN = "ROUND_ROBIN";

    private Assignment() {
    }

    /** What the strategies weigh, per provider; a provider absent from a map has none. */
    public record Load(Map<UUID, Long> bookingsThatDay, Map<UUID, Instant> lastAssigned) {
    }

    public static List<UUID> order(ServiceSnapshot service, List<UUID> providers, Load load) {
        Comparator<UUID> byPriority = Comparator.comparingInt(provider -> priority(service, provider));
        Comparator<UUID> order = switch (service.assignmentStrategy() == null ? FIRST_AVAILABLE_BY_PRIORITY
                : service.assignmentStrategy()) {
            case LEAST_BOOKED -> Comparator.<UUID>comparingLong(provider -> load.bookingsThatDay().getOrDefault(provider, 0L))
                    .thenComparing(byPriority);
            case ROUND_ROBIN -> Comparator.<UUID, Instant>comparing(provider -> load.lastAssigned().getOrDefault(provider, Instant.MIN))
                    .thenComparing(byPriority);
            default -> byPriority;
        };
        return providers.stream().sorted(order).toList();
    }

    public static boolean needsLoad(ServiceSnapshot service) {
        return LEAST_BOOKED.equals(service.assignmentStrategy()) || ROUND_ROBIN.equals(service.assignmentStrategy());
    }

    private static int priority(ServiceSnapshot service, UUID provider) {
        return service.providers().stream().filter(offering -> offering.providerId().equals(provider))
                .mapToInt(ServiceSnapshot.Offering::priority).findFirst().orElse(Integer.MAX_VALUE);
    }
}
