package io.tempora.slots;

import java.util.List;

/**
 * Other hours on one date. For a provider: {@code hours} replace the weekly hours, or
 * {@code closed}; {@code workOnHoliday} keeps them on an organization holiday. For the
 * organization: {@code closed} is a holiday, {@code hours} are special business hours.
 */
public record DayOverride(boolean closed, List<LocalSpan> hours, boolean workOnHoliday) {

    public static DayOverride closedDay() {
        return new DayOverride(true, List.of(), false);
    }

    public static DayOverride open(List<LocalSpan> hours) {
        return new DayOverride(false, hours, false);
    }
}
