package io.tempora.slots;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.tempora.contracts.rules.TimesOfDay;

/**
 * When a provider works, as instants: rule 1 of the availability rules. Weekly hours of the
 * schedule in effect each local date, minus breaks (both as instants); a provider override replaces a date's hours;
 * an organization holiday closes the date unless the provider's override works on it; a linked
 * individual is clipped to the organization's business hours (or that date's special hours).
 * Local times become instants with the zone's rules, a time in a spring-forward gap moving
 * forward by the gap, an end of 24:00 ({@link TimesOfDay#END_OF_DAY}) being the next local
 * midnight. Touching hours merge into one window.
 */
public final class WorkingWindows {

    /**
     * @param effective when the provider works, exceptions included
     * @param regular   when the weekly schedule alone says the provider works, without date
     *                  overrides, holidays and special hours: what tells an exception from
     *                  "outside availability"
     */
    public record Windows(long[] effective, long[] regular) {
    }

    private WorkingWindows() {
    }

    /** The provider's windows on every local date that touches {@code [from, to)}. */
    public static Windows of(ProviderHours provider, OrganizationHours organization, Instant from, Instant to) {
        return over(provider.zone(), from, to, date -> onDate(provider, organization, date));
    }

    /**
     * The windows of every local date of the zone that touches {@code [from, to)}, each date's
     * taken from {@code dates} (which gives what {@link #onDate} gives, or kept copies of it): a
     * window that runs to midnight and the next date's that starts there merge.
     */
    public static Windows over(ZoneId zone, Instant from, Instant to, Function<LocalDate, Windows> dates) {
        List<long[]> effective = new ArrayList<>();
        List<long[]> regular = new ArrayList<>();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            Windows day = dates.apply(date);
            effective.add(day.effective());
            regular.add(day.regular());
        }
        return new Windows(Spans.normalize(concat(effective)), Spans.normalize(concat(regular)));
    }

    /**
     * The provider's windows on one of its local dates. A provider bound by business hours is
     * clipped to those of the organization's dates that overlap this one: hours of a date lie
     * between its midnight and the next, so no other date's can reach it.
     */
    public static Windows onDate(ProviderHours provider, OrganizationHours organization, LocalDate date) {
        long[] weekly = weeklyHours(provider, date);
        long[] effective = Spans.normalize(effectiveHours(provider, organization, date, weekly));
        if (!provider.boundByBusinessHours()) {
            return new Windows(effective, weekly);
        }
        ZoneId zone = organization.zone();
        LocalDate first = date.atStartOfDay(provider.zone()).withZoneSameInstant(zone).toLocalDate();
        // the last instant of the date, not the next midnight: hours starting there do not overlap it
        LocalDate last = date.plusDays(1).atStartOfDay(provider.zone()).minusSeconds(1).withZoneSameInstant(zone)
                .toLocalDate();
        return new Windows(Spans.intersect(effective, businessHours(organization, first, last, true)),
                Spans.intersect(weekly, businessHours(organization, first, last, false)));
    }

    private static long[] effectiveHours(ProviderHours provider, OrganizationHours organization, LocalDate date,
                                         long[] weekly) {
        DayOverride own = provider.overrides().get(date);
        DayOverride organizationDay = organization.days().get(date);
        boolean holiday = organizationDay != null && organizationDay.closed();
        if (own != null) {
            return own.closed() || (holiday && !own.workOnHoliday()) ? Spans.EMPTY
                    : instants(date, own.hours(), provider.zone());
        }
        return holiday ? Spans.EMPTY : weekly;
    }

    /**
     * Available hours of the schedule in effect on the date, minus its breaks. Both become
     * instants first: a break can only take time away, also where the clocks change.
     */
    static long[] weeklyHours(ProviderHours provider, LocalDate date) {
        for (Schedule schedule : provider.schedules()) {
            if (schedule.inEffectOn(date)) {
                long[] available = Spans.normalize(instants(date, hoursOn(schedule.available(), date.getDayOfWeek()),
                        provider.zone()));
                long[] breaks = Spans.normalize(instants(date, hoursOn(schedule.breaks(), date.getDayOfWeek()),
                        provider.zone()));
                return Spans.subtract(available, breaks);
            }
        }
        return Spans.EMPTY;
    }

    /**
     * Business hours as instants over the organization's dates {@code first} to {@code last}:
     * special hours replace the weekly ones on their date; a holiday is left to the holiday rule,
     * so a provider who works on it keeps the usual business hours as its bounds.
     */
    private static long[] businessHours(OrganizationHours organization, LocalDate first, LocalDate last,
                                        boolean withSpecialHours) {
        List<long[]> spans = new ArrayList<>();
        ZoneId zone = organization.zone();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            DayOverride special = withSpecialHours ? organization.days().get(date) : null;
            List<LocalSpan> hours = special != null && !special.closed()
                    ? special.hours()
                    : hoursOn(organization.businessHours(), date.getDayOfWeek());
            spans.add(instants(date, hours, zone));
        }
        return Spans.normalize(concat(spans));
    }

    private static List<LocalSpan> hoursOn(List<WeeklyHours> weekly, DayOfWeek day) {
        List<LocalSpan> spans = new ArrayList<>();
        for (WeeklyHours hours : weekly) {
            if (hours.day() == day) {
                spans.add(hours.span());
            }
        }
        return spans;
    }

    /**
     * Local spans of a date as flat instant pairs; a time in a spring-forward gap moves forward by
     * the gap, an end of 24:00 is the next local midnight.
     */
    private static long[] instants(LocalDate date, List<LocalSpan> hours, ZoneId zone) {
        long[] spans = new long[hours.size() * 2];
        for (int i = 0; i < hours.size(); i++) {
            spans[2 * i] = TimesOfDay.at(date, hours.get(i).start(), zone).toEpochSecond();
            spans[2 * i + 1] = TimesOfDay.at(date, hours.get(i).end(), zone).toEpochSecond();
        }
        return spans;
    }

    private static long[] concat(List<long[]> parts) {
        int length = 0;
        for (long[] part : parts) {
            length += part.length;
        }
        long[] all = new long[length];
        int position = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, position, part.length);
            position += part.length;
        }
        return all;
    }
}
