package io.tempora.provider.organization;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import io.tempora.contracts.WeeklyBlock;

/** Business hours on one weekday, local time, {@code start < end}. */
public record BusinessHoursBlock(@NotNull DayOfWeek dayOfWeek, @NotNull LocalTime start, @NotNull LocalTime end) {

    public WeeklyBlock toWeeklyBlock() {
        return new WeeklyBlock(dayOfWeek, start, end);
    }

    static BusinessHoursBlock of(WeeklyBlock block) {
        return new BusinessHoursBlock(block.dayOfWeek(), block.start(), block.end());
    }
}
