package io.tempora.booking.availability;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.tempora.contracts.rules.Conflict;

/**
 * booking-service's view of availability-service's check endpoint: the fields it sends and the
 * ones it reads (a tolerant reader; availability-service may answer more).
 */
public final class AvailabilityCheck {

    private AvailabilityCheck() {
    }

    public record Request(UUID serviceId, OffsetDateTime start, UUID providerId, List<UUID> resourceIds, Integer seats,
                          UUID excludeBookingId) {
    }

    /**
     * @param conflicts  for the provider asked for, or all reasons when any provider will do and none can
     * @param candidates providers who can take it, in the order availability-service considered them
     * @param providers  every provider considered, with its own conflicts
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(boolean bookable, List<Conflict> conflicts, List<UUID> candidates, List<ProviderCheck> providers) {

        public List<Conflict> conflictsOf(UUID providerId) {
            return providers.stream().filter(check -> check.providerId().equals(providerId))
                    .findFirst().map(ProviderCheck::conflicts).orElse(conflicts);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProviderCheck(UUID providerId, List<Conflict> conflicts) {
    }
}
