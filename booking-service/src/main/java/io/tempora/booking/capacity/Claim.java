package io.tempora.booking.capacity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tempora.contracts.provider.ServiceSnapshot;
import io.tempora.contracts.resource.ResourceSnapshot;
import io.tempora.slots.ServiceRules;

/**
 * The capacity one booking asks for: a provider's seats during its occupied interval (buffers
 * included, its length the provider's for the service) and the resources its service requires.
 *
 * @param bookingId  the booking being placed; its own earlier placement never competes with it
 * @param length     the appointment's own length when it is not the service's (an imported appointment); null otherwise
 * @param required   per required resource type, its allocatable resources
 * @param chosen     resources the client or staff asked for; the rest is picked
 * @param overriding staff book over conflicts: busy chosen resources and missing ones become warnings
 */
public record Claim(UUID organizationId, UUID bookingId, ServiceSnapshot service, Instant start, Duration length,
                    int seats, List<RequiredType> required, List<UUID> chosen, boolean overriding) {

    /** A required resource type with the resources that can be allocated for it (active, not deleted). */
    public record RequiredType(UUID resourceTypeId, int quantity, List<ResourceSnapshot> allocatable) {
    }

    /** When the appointment is with one provider, and what it occupies (buffers included). */
    public record Interval(Instant start, Instant end, Instant occupiedStart, Instant occupiedEnd) {

        /** The UTC days the occupied interval touches: two overlapping claims always share one. */
        public List<LocalDate> days() {
            List<LocalDate> days = new ArrayList<>();
            LocalDate last = occupiedEnd.minusNanos(1).atOffset(ZoneOffset.UTC).toLocalDate();
            for (LocalDate day = occupiedStart.atOffset(ZoneOffset.UTC).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
                days.add(day);
            }
            return days;
        }
    }

    /** The slot engine's rules for this claim with a provider: its duration, or the appointment's own length. */
    public ServiceRules rules(UUID providerId) {
        ServiceRules rules = ServiceRules.of(service, providerId);
        return length == null ? rules : rules.lasting(length);
    }

    public Interval interval(UUID providerId) {
        ServiceRules rules = rules(providerId);
        long at = start.getEpochSecond();
        return new Interval(start, start.plusSeconds(rules.durationSeconds()),
                Instant.ofEpochSecond(rules.occupiedStart(at)), Instant.ofEpochSecond(rules.occupiedEnd(at)));
    }

    /** The same claim for an appointment that lasts {@code length}, its clean-up after it as before. */
    public Claim lasting(Duration appointmentLength) {
        return new Claim(organizationId, bookingId, service, start, appointmentLength, seats, required, chosen, overriding);
    }

    public UUID serviceId() {
        return service.id();
    }

    public List<UUID> resourceOptions() {
        return required.stream().flatMap(type -> type.allocatable().stream()).map(ResourceSnapshot::id).toList();
    }
}
