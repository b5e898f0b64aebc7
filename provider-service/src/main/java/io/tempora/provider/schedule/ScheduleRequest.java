package io.tempora.provider.schedule;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param effectiveUntil last date it applies (inclusive); null for open-ended
 * @param version        on replace: the version the client read
 */
@Schema(name = "ScheduleRequest")
public record ScheduleRequest(
        @Size(max = 200) @Schema(examples = "Summer hours") String name,
        @NotNull @Schema(examples = "2026-06-01") LocalDate effectiveFrom,
        @Schema(examples = "2026-08-31") LocalDate effectiveUntil,
        @NotNull @Size(max = 100) List<@Valid @NotNull ScheduleBlock> blocks,
        Long version) {
}
