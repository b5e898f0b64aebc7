package io.tempora.slots;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** Recurring local hours on one weekday, half-open {@code [start, end)}. */
public record WeeklyHours(DayOfWeek day, LocalTime start, LocalTime end) {

    LocalSpan span() {
        return new LocalSpan(start, end);
    }
}
