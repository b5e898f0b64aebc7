package io.tempora.provider.override;

import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Hours on the override's date in local time, half-open {@code [start, end)}. */
@Schema(name = "LocalInterval")
public record LocalInterval(@NotNull @Schema(examples = "10:00") LocalTime start,
                            @NotNull @Schema(examples = "14:00") LocalTime end) {
}
