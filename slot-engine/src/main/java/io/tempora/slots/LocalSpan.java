package io.tempora.slots;

import java.time.LocalTime;

/** Local hours of a day, half-open {@code [start, end)}, {@code start < end}. */
public record LocalSpan(LocalTime start, LocalTime end) {
}
