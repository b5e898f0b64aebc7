package io.tempora.slots;

import java.time.LocalTime;

/**
 * Local hours of a day, half-open {@code [start, end)}, {@code start < end}; an end of
 * {@link io.tempora.contracts.rules.TimesOfDay#END_OF_DAY} (24:00) runs to the next local midnight.
 */
public record LocalSpan(LocalTime start, LocalTime end) {
}
