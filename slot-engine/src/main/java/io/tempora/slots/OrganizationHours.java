package io.tempora.slots;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The organization's calendar: its zone, weekly business hours, and dated overrides (holidays
 * that close everyone, special hours that replace the business hours that date).
 */
public record OrganizationHours(ZoneId zone, List<WeeklyHours> businessHours, Map<LocalDate, DayOverride> days) {
}
