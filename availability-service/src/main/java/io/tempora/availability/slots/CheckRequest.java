package io.tempora.availability.slots;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One concrete booking request to check.
 *
 * @param providerId       the provider asked for; null for any
 * @param resourceIds      resources the client or staff chose; null to have them suggested
 * @param excludeBookingId a booking being moved, which must not conflict with itself
 */
@Schema(name = "AvailabilityCheckRequest")
public record CheckRequest(
        @NotNull UUID serviceId,
        @NotNull @Schema(examples = "2027-01-04T10:00:00-05:00") OffsetDateTime start,
        UUID providerId,
        @Size(max = 50) List<@NotNull UUID> resourceIds,
        @Min(1) Integer seats,
        UUID excludeBookingId) {
}
