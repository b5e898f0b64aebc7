package io.tempora.booking.capacity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The capacity one booking asks for: a provider's seats during its occupied interval (buffers
 * included) and the resources its service requires.
 *
 * @param bookingId the booking being placed; its own earlier placement never competes with it
 * @param capacity  seats per provider per slot of the service
 */
public record Claim(UUID organizationId, UUID bookingId, UUID serviceId, Instant start, Instant end, Instant occupiedStart,
                    Instant occupiedEnd, int seats, int capacity, List<ResourcePicker.Need> needs) {

    /** The UTC days the occupied interval touches: two overlapping claims always share one. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        LocalDate last = occupiedEnd.minusNanos(1).atOffset(ZoneOffset.UTC).toLocalDate();
        for (LocalDate day = occupiedStart.atOffset(ZoneOffset.UTC).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /** The same claim for an appointment that ends at {@code newEnd}, its clean-up after it as before. */
    public Claim endingAt(Instant newEnd) {
        return new Claim(organizationId, bookingId, serviceId, start, newEnd, occupiedStart,
                occupiedEnd.plus(Duration.between(end, newEnd)), seats, capacity, needs);
    }

    public List<UUID> resourceOptions() {
        return needs.stream().flatMap(need -> need.options().stream()).map(ResourcePicker.Option::resourceId).toList();
    }
}
