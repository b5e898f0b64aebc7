package io.tempora.booking.booking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Moves a booking to another start and, optionally, another provider or other resources. The
 * same checks as a new booking apply, except that the booking does not conflict with itself.
 *
 * @param providerId  absent to keep the provider
 * @param resourceIds absent to keep what can be kept and allocate the rest
 */
@Schema(name = "RescheduleRequest")
public record RescheduleRequest(
        @NotNull @Schema(examples = "2027-01-05T14:00:00-05:00") OffsetDateTime start,
        UUID providerId,
        @Size(max = 20) List<@NotNull UUID> resourceIds,
        Boolean override,
        @Size(max = 500) String reason) {

    public boolean overriding() {
        return Boolean.TRUE.equals(override);
    }
}
