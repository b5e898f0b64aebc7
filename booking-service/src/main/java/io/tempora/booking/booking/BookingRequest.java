package io.tempora.booking.booking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new booking.
 *
 * @param providerId  who; absent for any provider, picked by the service's assignment strategy
 * @param seats       for group services; 1 when absent
 * @param resourceIds resources chosen by the client or staff; the rest of what the service needs is allocated
 * @param override    staff only: book over calendar conflicts, which are kept as warnings; seats
 *                    and resources already taken still count
 */
@Schema(name = "BookingRequest")
public record BookingRequest(
        @NotNull UUID serviceId,
        @NotNull @Schema(examples = "2027-01-04T10:00:00-05:00") OffsetDateTime start,
        UUID providerId,
        @Min(1) @Schema(examples = "1") Integer seats,
        @NotNull @Valid Client client,
        @Size(max = 20) List<@NotNull UUID> resourceIds,
        Boolean override,
        @Size(max = 2000) String notes) {

    @Schema(name = "BookingClient")
    public record Client(@NotNull UUID id, @NotBlank @Size(max = 200) @Schema(examples = "Ada Lovelace") String name,
                         @Email @Size(max = 320) String email, @Size(max = 40) String phone) {
    }

    public int seatsOrOne() {
        return seats == null ? 1 : seats;
    }

    public boolean overriding() {
        return Boolean.TRUE.equals(override);
    }

    public List<UUID> chosenResources() {
        return resourceIds == null ? List.of() : resourceIds;
    }
}
