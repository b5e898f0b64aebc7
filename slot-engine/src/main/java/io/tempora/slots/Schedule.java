package io.tempora.slots;

import java.time.LocalDate;
import java.util.List;

/**
 * A provider's weekly hours in effect from {@code from} to {@code until} (inclusive; null: open):
 * the available hours minus the breaks.
 */
public record Schedule(LocalDate from, LocalDate until, List<WeeklyHours> available, List<WeeklyHours> breaks) {

    boolean inEffectOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }
}
