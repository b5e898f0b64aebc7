package io.tempora.availability.slots;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.tempora.contracts.provider.ServiceSnapshot;

/**
 * The shape of the compact answer ({@code form=compact}), as {@link AvailabilityWriter} writes it: the same
 * slots as {@link AvailabilityView}, with each candidate provider listed once.
 */
@Schema(name = "CompactAvailability")
public record CompactAvailabilityView(UUID organizationId, UUID serviceId, String timezone, int seats,
                                      List<Provider> providers, List<Day> days) {

    /**
     * A provider slots refer to by their index in {@code providers}.
     *
     * @param durationMinutes how long an appointment with them lasts, and
     * @param price           what it costs: both only when some provider's differ from the service's
     */
    @Schema(name = "CompactAvailabilityProvider")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provider(UUID id, String name, String color, Integer durationMinutes, ServiceSnapshot.Money price) {
    }

    @Schema(name = "CompactAvailabilityDay")
    public record Day(LocalDate date, List<Slot> slots) {
    }

    /**
     * @param providers      the candidates, as indexes into the answer's {@code providers}, when the service lets
     *                       clients choose
     * @param remainingSeats each candidate's seats left, in the same order, for services of more than one seat
     */
    @Schema(name = "CompactAvailabilitySlot")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Slot(OffsetDateTime start, OffsetDateTime end, int remainingCapacity, List<Integer> providers,
                       List<Integer> remainingSeats) {
    }
}
