package io.tempora.provider.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import io.tempora.contracts.rules.BlockType;

/**
 * Hours on one weekday in the provider's local time; half-open {@code [start, end)}.
 *
 * @param type       {@code AVAILABLE}, or {@code BREAK} inside available hours
 * @param locationId where the provider works then, if the organization has several places
 */
@Schema(name = "ScheduleBlock")
public record ScheduleBlock(@NotNull DayOfWeek dayOfWeek, @NotNull @Schema(examples = "09:00") LocalTime start,
                            @NotNull @Schema(examples = "17:00") LocalTime end, @NotNull BlockType type, UUID locationId) {


    boolean overlaps(ScheduleBlock other) {
        return dayOfWeek == other.dayOfWeek && start.isBefore(other.end) && other.start.isBefore(end);
    }

    boolean within(DayOfWeek day, LocalTime from, LocalTime to) {
        return dayOfWeek == day && !start.isBefore(from) && !end.isAfter(to);
    }
}
