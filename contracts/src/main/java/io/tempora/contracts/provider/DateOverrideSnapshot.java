package io.tempora.contracts.provider;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * One date whose hours differ from the weekly ones, on {@code provider.date-overrides.v1}, keyed
 * by its id; a tombstone when removed.
 *
 * <ul>
 * <li>Organization level ({@code providerId} null): a holiday ({@code closed}) closes every
 * provider; special hours ({@code intervals}) clip the windows of linked individuals.</li>
 * <li>Provider level: {@code intervals} replace that date's weekly hours, {@code closed} makes
 * the provider unavailable. On an organization holiday the provider stays closed unless
 * {@code workOnHoliday} is true.</li>
 * </ul>
 */
public record DateOverrideSnapshot(UUID id, UUID organizationId, UUID providerId, LocalDate date, String name,
                                   boolean closed, List<Interval> intervals, boolean workOnHoliday, long version) {

    public static final String TYPE = "date_override_snapshot";

    public record Interval(LocalTime start, LocalTime end) {
    }
}
