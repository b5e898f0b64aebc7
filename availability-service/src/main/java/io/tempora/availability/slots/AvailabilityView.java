package io.tempora.availability.slots;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.tempora.contracts.provider.ServiceSnapshot;

/** Bookable slots, day by day in the client's time zone. */
@Schema(name = "Availability")
public record AvailabilityView(UUID organizationId, UUID serviceId, String timezone, int seats, List<Day> days) {

    @Schema(name = "AvailabilityDay")
    public record Day(LocalDate date, List<SlotView> slots) {
    }

    /**
     * @param end               when the appointment ends; when providers' durations differ, the latest end
     * @param remainingCapacity seats that can still be booked at this start
     * @param providers         who can take it, when the service lets clients choose
     */
    @Schema(name = "AvailabilitySlot")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SlotView(OffsetDateTime start, OffsetDateTime end, int remainingCapacity, List<Candidate> providers) {
    }

    /**
     * @param end   when the appointment ends with this provider, and
     * @param price what it costs with them: both only when some provider's differ from the service's
     */
    @Schema(name = "AvailabilityCandidate")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Candidate(UUID id, String name, String color, int remainingSeats, OffsetDateTime end,
                            ServiceSnapshot.Money price) {
    }
}
