package io.tempora.contracts.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Local times of day as schedules, overrides, business and special hours use them. ISO 8601's
 * {@code 24:00} ends a day: as an end it means the next local midnight. {@link LocalTime} cannot
 * hold 24:00, so in memory it is {@link LocalTime#MAX}, which sorts after every other time (so
 * {@code start < end} and overlap checks need no special case) and is written back as
 * {@code 24:00} on the wire.
 */
public final class TimesOfDay {

    /** 24:00: the end of a day. */
    public static final LocalTime END_OF_DAY = LocalTime.MAX;

    private TimesOfDay() {
    }

    public static boolean isEndOfDay(LocalTime time) {
        return END_OF_DAY.equals(time);
    }

    /** The instant a local time of a date means in a zone: 24:00 is the next day's start. */
    public static ZonedDateTime at(LocalDate date, LocalTime time, ZoneId zone) {
        return isEndOfDay(time) ? date.plusDays(1).atStartOfDay(zone) : date.atTime(time).atZone(zone);
    }
}
