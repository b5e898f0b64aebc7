package io.tempora.slots;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A provider's calendar.
 *
 * @param zone                 the zone its schedules and overrides are read in
 * @param boundByBusinessHours true for an individual linked to an organization: its hours are
 *                             clipped to the organization's business hours
 */
public record ProviderHours(ZoneId zone, List<Schedule> schedules, Map<LocalDate, DayOverride> overrides,
                            boolean boundByBusinessHours) {
}
