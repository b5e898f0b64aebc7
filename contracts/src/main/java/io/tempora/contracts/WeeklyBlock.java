package io.tempora.contracts;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * Recurring hours on one weekday, in local time of the owner's IANA zone; half-open
 * {@code [start, end)} and never overnight ({@code start < end}).
 */
public record WeeklyBlock(DayOfWeek dayOfWeek, LocalTime start, LocalTime end) {

    public boolean overlaps(WeeklyBlock other) {
        return dayOfWeek == other.dayOfWeek && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
