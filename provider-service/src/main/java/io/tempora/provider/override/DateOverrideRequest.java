package io.tempora.provider.override;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param providerId    the provider whose date it is; null for the organization (holiday, special hours)
 * @param closed        true: closed (a holiday, or the provider unavailable); then no intervals
 * @param intervals     the hours that date when not closed
 * @param workOnHoliday provider level only: these hours hold even on an organization holiday
 * @param version       on replace: the version the client read
 */
@Schema(name = "DateOverrideRequest")
public record DateOverrideRequest(
        UUID providerId,
        @NotNull @Schema(examples = "2026-12-25") LocalDate date,
        @Size(max = 200) @Schema(examples = "Christmas") String name,
        Boolean closed,
        @Size(max = 20) List<@Valid @NotNull LocalInterval> intervals,
        Boolean workOnHoliday,
        Long version) {
}
