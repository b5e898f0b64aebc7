package io.tempora.provider.timeoff;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request for time off: whole days ({@code allDay}, {@code startDate}..{@code endDate} inclusive,
 * in the provider's zone) or an exact span ({@code start}..{@code end}, end exclusive).
 *
 * @param coverageProviderId a provider of the organization who covers meanwhile, if any
 */
@Schema(name = "TimeOffRequest")
public record TimeOffRequest(
        Boolean allDay,
        @Schema(examples = "2026-12-24") LocalDate startDate,
        @Schema(examples = "2026-12-31") LocalDate endDate,
        @Schema(examples = "2026-12-01T13:00:00-05:00") OffsetDateTime start,
        @Schema(examples = "2026-12-01T17:00:00-05:00") OffsetDateTime end,
        @NotNull TimeOff.Type type,
        @Size(max = 2000) String reason,
        UUID coverageProviderId) {
}
